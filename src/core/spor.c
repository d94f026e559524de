/*
 * The trace. Steps and values are singly linked lists in the caller's arena
 * with tail pointers, so appending is O(1) and nothing is ever copied or
 * reallocated. Rendering walks the lists in order, which keeps the output
 * deterministic.
 */
#include "skadesag/spor.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../base/banned.h"

void
sag_spor_init(struct sag_spor *sp, struct sag_arena *arena, bool aktiv)
{
    sp->arena = arena;
    sp->foerste = NULL;
    sp->hale = &sp->foerste;
    sp->antal = 0;
    sp->aktiv = aktiv;
    sp->err = SAG_OK;
}

static void
oom(struct sag_spor *sp)
{
    if (sp->err == SAG_OK)
        sp->err = SAG_ENOMEM;
}

struct sag_spor_trin *
sag_spor_trin(struct sag_spor *sp, const char *regel, const char *hjemmel,
              enum sag_spor_art art)
{
    struct sag_spor_trin *t;

    if (!sp->aktiv || sp->err != SAG_OK)
        return NULL;
    t = sag_arena_calloc(sp->arena, 1, sizeof(*t));
    if (t == NULL) {
        oom(sp);
        return NULL;
    }
    t->spor = sp;
    t->regel = regel;
    t->hjemmel = hjemmel;
    t->art = art;
    t->input_hale = &t->input;
    t->parametre_hale = &t->parametre;
    *sp->hale = t;
    sp->hale = &t->naeste;
    sp->antal++;
    return t;
}

/*
 * A small formatter for the trace's templates: %s, %.*s, %d, %lld, %zu and
 * %%.
 * glibc's vsnprintf costs more than the whole computation for a sentence
 * (stream setup per call), and the trace formats dozens per decision, so
 * this keeps the "with trace" throughput target (docs/performance.md).
 * Returns the length written (truncated at cap - 1), or -1 for a conversion
 * it does not know, in which case the caller falls back to vsnprintf.
 */
/* Append `k` bytes to the formatter's output (as many as fit before the
 * NUL); the length counts them all. */
static void
putn(char *ud, size_t cap, size_t *n, const char *s, size_t k)
{
    if (*n + 1 < cap) {
        size_t rum = cap - 1 - *n;

        memcpy(ud + *n, s, k < rum ? k : rum);
    }
    *n += k;
}

static int
hurtig_format(char *ud, size_t cap, const char *fmt, va_list ap)
{
    size_t n = 0;

    /* Literal text and %s arguments are copied a run at a time, not a
     * byte at a time (callgrind: a third of the formatter's cost). */
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            size_t k = strcspn(p, "%");

            putn(ud, cap, &n, p, k);
            p += k - 1;
            continue;
        }
        p++;
        if (*p == '%') {
            putn(ud, cap, &n, "%", 1);
        } else if (*p == 's') {
            const char *a = va_arg(ap, const char *);

            putn(ud, cap, &n, a, strlen(a));
        } else if (p[0] == '.' && p[1] == '*' && p[2] == 's') {
            /* At most `praec` bytes of the string (a negative precision
             * is none, as in printf). */
            int praec = va_arg(ap, int);
            const char *a = va_arg(ap, const char *);
            size_t k = 0;

            if (praec < 0)
                k = strlen(a);
            else
                while (k < (size_t)praec && a[k] != '\0')
                    k++;
            putn(ud, cap, &n, a, k);
            p += 2;
        } else if (*p == 'd' || (p[0] == 'l' && p[1] == 'l' && p[2] == 'd') ||
                   (p[0] == 'z' && p[1] == 'u')) {
            char tmp[24];
            int k = 24;
            unsigned long long u;
            bool neg = false;

            if (*p == 'd') {
                int v = va_arg(ap, int);

                neg = v < 0;
                u = neg ? 0ULL - (unsigned long long)v : (unsigned long long)v;
            } else if (*p == 'l') {
                long long v = va_arg(ap, long long);

                neg = v < 0;
                u = neg ? 0ULL - (unsigned long long)v : (unsigned long long)v;
                p += 2;
            } else {
                u = va_arg(ap, size_t);
                p += 1;
            }
            do {
                tmp[--k] = (char)('0' + u % 10);
                u /= 10;
            } while (u > 0);
            if (neg)
                tmp[--k] = '-';
            putn(ud, cap, &n, tmp + k, (size_t)(24 - k));
        } else {
            return -1;
        }
    }
    if (cap > 0)
        ud[n < cap ? n : cap - 1] = '\0';
    return n > (size_t)INT32_MAX ? -1 : (int)n;
}

/* vprintf into the trace's arena; NULL (and the sticky error) on failure. */
static const char *vformat(struct sag_spor *sp, const char *fmt, va_list ap)
    SAG_PRINTF(2, 0);

static const char *
vformat(struct sag_spor *sp, const char *fmt, va_list ap)
{
    va_list ap2;
    int n;
    char *p;
    char kort[512];

    /* A template without conversions is a literal that outlives the trace:
     * keep the pointer. */
    if (strchr(fmt, '%') == NULL)
        return fmt;
    va_copy(ap2, ap);
    n = hurtig_format(kort, sizeof(kort), fmt, ap2);
    va_end(ap2);
    if (n < 0) {
        va_copy(ap2, ap);
        n = vsnprintf(kort, sizeof(kort), fmt, ap2);
        va_end(ap2);
    }
    if (n < 0) {
        oom(sp);
        return NULL;
    }
    p = sag_arena_alloc(sp->arena, (size_t)n + 1);
    if (p == NULL) {
        oom(sp);
        return NULL;
    }
    if ((size_t)n < sizeof(kort)) {
        memcpy(p, kort, (size_t)n + 1);
        return p;
    }
    /* Longer than the stack buffer: format again into the arena. */
    va_copy(ap2, ap);
    if (hurtig_format(p, (size_t)n + 1, fmt, ap2) < 0)
        (void)vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap2);
    return p;
}

static void
tilfoej(struct sag_spor_trin *t, struct sag_spor_vaerdi ***hale,
        const char *navn, const char *kilde, const char *vaerdi)
{
    struct sag_spor_vaerdi *v;

    if (vaerdi == NULL)
        return;
    v = sag_arena_calloc(t->spor->arena, 1, sizeof(*v));
    if (v == NULL) {
        oom(t->spor);
        return;
    }
    v->navn = navn;
    v->kilde = kilde;
    v->vaerdi = vaerdi;
    **hale = v;
    *hale = &v->naeste;
}

void
sag_spor_input(struct sag_spor_trin *t, const char *navn, const char *fmt, ...)
{
    va_list ap;
    const char *v;

    if (t == NULL)
        return;
    va_start(ap, fmt);
    v = vformat(t->spor, fmt, ap);
    va_end(ap);
    tilfoej(t, &t->input_hale, navn, NULL, v);
}

void
sag_spor_parameter(struct sag_spor_trin *t, const char *navn, const char *kilde,
                   const char *fmt, ...)
{
    va_list ap;
    const char *v, *k;

    if (t == NULL)
        return;
    va_start(ap, fmt);
    v = vformat(t->spor, fmt, ap);
    va_end(ap);
    k = sag_arena_strdup(t->spor->arena, kilde);
    if (k == NULL) {
        oom(t->spor);
        return;
    }
    tilfoej(t, &t->parametre_hale, navn, k, v);
}

#define SAET(felt)                                                             \
    do {                                                                       \
        va_list ap;                                                            \
        if (t == NULL)                                                         \
            return;                                                            \
        va_start(ap, fmt);                                                     \
        t->felt = vformat(t->spor, fmt, ap);                                   \
        va_end(ap);                                                            \
    } while (0)

void
sag_spor_hjemmel(struct sag_spor_trin *t, const char *fmt, ...)
{
    va_list ap;
    const char *h;

    if (t == NULL)
        return;
    va_start(ap, fmt);
    h = vformat(t->spor, fmt, ap);
    va_end(ap);
    if (h != NULL)
        t->hjemmel = h;
}

void
sag_spor_afrunding(struct sag_spor_trin *t, const char *fmt, ...)
{
    SAET(afrunding);
}

void
sag_spor_resultat(struct sag_spor_trin *t, const char *fmt, ...)
{
    SAET(resultat);
}

void
sag_spor_tekst(struct sag_spor_trin *t, const char *fmt, ...)
{
    size_t n;

    SAET(tekst);
    /* A sentence that ends with an amount ("… 300.000,00 kr.") must not
     * get a second full stop from the template. Only a formatted text is
     * ours to change; a template without conversions is kept as the
     * literal itself (vformat). */
    if (t->tekst != NULL && t->tekst != fmt && (n = strlen(t->tekst)) >= 4 &&
        strcmp(t->tekst + n - 4, "kr..") == 0)
        ((char *)t->tekst)[n - 1] = '\0';
}

void
sag_spor_vurdering(struct sag_spor_trin *t, const char *af,
                   const char *begrundelse)
{
    if (t == NULL)
        return;
    t->vurderet_af = af ? sag_arena_strdup(t->spor->arena, af) : NULL;
    t->begrundelse =
        begrundelse ? sag_arena_strdup(t->spor->arena, begrundelse) : NULL;
    if ((af && !t->vurderet_af) || (begrundelse && !t->begrundelse))
        oom(t->spor);
}

enum sag_status
sag_spor_status(const struct sag_spor *sp)
{
    return sp->err;
}

const char *
sag_spor_art_navn(enum sag_spor_art art)
{
    switch (art) {
    case SAG_SPOR_BEREGNET: return "beregnet";
    case SAG_SPOR_VURDERET: return "vurderet";
    case SAG_SPOR_IKKE_OPFYLDT: return "ikke_opfyldt";
    case SAG_SPOR_OPLYST: return "oplyst";
    case SAG_SPOR_MANGLER: return "mangler";
    }
    return "?";
}

/* A member: `navn` is its name as JSON with the comma before it
 * (`,"regel":`), which the first member of an object goes without. One
 * append per member with its name (sag_buf_add_json_felt): the trace is
 * some 30 steps and 5 KB of JSON a decision, and the calls of one append
 * for the name and one for the value were a fifth of writing it
 * (callgrind). */
static void
json_felt(struct sag_buf *ud, const char *navn, size_t navn_len, const char *v,
          bool *foerst)
{
    if (v == NULL)
        return;
    if (*foerst) {
        navn++;
        navn_len--;
    }
    *foerst = false;
    sag_buf_add_json_felt(ud, navn, navn_len, v);
}

/* A member named by a plain literal: its quoted name and colon copied in
 * one go, the length known at compile time. */
#define JSON_FELT(ud, navn, v, f)                                              \
    json_felt((ud), ",\"" navn "\":", sizeof(",\"" navn "\":") - 1, (v), (f))

void
sag_spor_json(const struct sag_spor *sp, struct sag_buf *ud)
{
    const struct sag_spor_trin *t;
    const struct sag_spor_vaerdi *v;

    sag_buf_addc(ud, '[');
    for (t = sp->foerste; t != NULL; t = t->naeste) {
        bool f = true;

        /* `{`, with the comma before it unless first. */
        if (t == sp->foerste)
            sag_buf_addc(ud, '{');
        else
            sag_buf_add(ud, ",{", 2);
        JSON_FELT(ud, "regel", t->regel, &f);
        JSON_FELT(ud, "kilde", t->hjemmel, &f);
        JSON_FELT(ud, "art", sag_spor_art_navn(t->art), &f);
        if (t->input != NULL) {
            sag_buf_adds(ud, ",\"input\":{");
            for (v = t->input; v != NULL; v = v->naeste) {
                /* `,"navn":"vaerdi"`, the comma unless first. */
                sag_buf_add_json_felt(ud, ",", v != t->input ? 1 : 0, v->navn);
                sag_buf_add_json_felt(ud, ":", 1, v->vaerdi);
            }
            sag_buf_addc(ud, '}');
        }
        if (t->parametre != NULL) {
            sag_buf_adds(ud, ",\"parametre\":[");
            for (v = t->parametre; v != NULL; v = v->naeste) {
                bool g = true;

                if (v == t->parametre)
                    sag_buf_addc(ud, '{');
                else
                    sag_buf_add(ud, ",{", 2);
                JSON_FELT(ud, "navn", v->navn, &g);
                JSON_FELT(ud, "vaerdi", v->vaerdi, &g);
                JSON_FELT(ud, "kilde", v->kilde, &g);
                sag_buf_addc(ud, '}');
            }
            sag_buf_addc(ud, ']');
        }
        JSON_FELT(ud, "afrunding", t->afrunding, &f);
        JSON_FELT(ud, "resultat", t->resultat, &f);
        JSON_FELT(ud, "tekst", t->tekst, &f);
        JSON_FELT(ud, "vurderet_af", t->vurderet_af, &f);
        JSON_FELT(ud, "begrundelse", t->begrundelse, &f);
        sag_buf_addc(ud, '}');
    }
    sag_buf_addc(ud, ']');
}

/* A parameter's Danish label for the caseworker's text: the rate
 * tables' and the engine's names (data/satser.tsv's sats_name, the
 * capitalisation table, the tax card) in words; the value and its source
 * are printed as they are. An unknown name is printed as it is. */
static const char *
parameter_ord(const char *navn)
{
    static const char *const ord[][2] = {
        { "maks_aarsloen", "Årslønsmaksimum" },
        { "min_aarsloen", "Årslønsminimum" },
        { "reguleringsprocent_erhvervsevnetab_kumuleret",
          "Regulering af erhvervsevnetabserstatning (samlet)" },
        { "satsreguleringsprocent", "Satsreguleringsprocent" },
        { "men_100pct", "Godtgørelse ved 100 % mén" },
        { "men_pr_grad", "Godtgørelse pr. méngrad" },
        { "overgangsbeloeb", "Overgangsbeløb" },
        { "tabel", "Kapitaliseringstabel" },
        { "traekprocent", "Trækprocent" },
        { "eal_erhvervsevnetab_maks", "Maksimum for erhvervsevnetab (EAL)" },
        { "eal_forsoergertab_min", "Minimum for forsørgertab (EAL)" },
        { "eal_svie_smerte_maks", "Maksimum for svie og smerte (EAL)" },
        { "eal_svie_smerte_pr_dag", "Svie og smerte pr. dag (EAL)" },
    };

    for (size_t i = 0; i < sizeof(ord) / sizeof(ord[0]); i++)
        if (strcmp(ord[i][0], navn) == 0)
            return ord[i][1];
    return navn;
}

void
sag_spor_dansk(const struct sag_spor *sp, struct sag_buf *ud)
{
    const struct sag_spor_trin *t;
    const struct sag_spor_vaerdi *v;
    size_t nr = 0;

    for (t = sp->foerste; t != NULL; t = t->naeste) {
        nr++;
        sag_buf_addf(ud, "%zu. %s", nr, t->tekst ? t->tekst : t->regel);
        if (t->hjemmel)
            sag_buf_addf(ud, " (%s)", t->hjemmel);
        sag_buf_addc(ud, '\n');
        switch (t->art) {
        case SAG_SPOR_VURDERET:
            sag_buf_addf(ud, "   Vurderet af %s",
                         t->vurderet_af ? t->vurderet_af : "(ikke oplyst)");
            if (t->begrundelse)
                sag_buf_addf(ud, ": %s", t->begrundelse);
            sag_buf_addc(ud, '\n');
            break;
        case SAG_SPOR_MANGLER:
            sag_buf_adds(ud, "   Mangler: skal vurderes af en "
                             "sagsbehandler.\n");
            break;
        case SAG_SPOR_IKKE_OPFYLDT:
            sag_buf_adds(ud, "   Betingelsen er ikke opfyldt.\n");
            break;
        case SAG_SPOR_BEREGNET:
        case SAG_SPOR_OPLYST: break;
        }
        for (v = t->parametre; v != NULL; v = v->naeste)
            sag_buf_addf(ud, "   %s: %s (kilde: %s)\n", parameter_ord(v->navn),
                         v->vaerdi, v->kilde);
        if (t->afrunding)
            sag_buf_addf(ud, "   Afrunding: %s\n", t->afrunding);
    }
}

/*
 * The citizen's text (issue 10, item 6). Citations and sentences carry
 * references meant for the caseworker and the jurist checking the rules:
 * source line numbers "(L1147-1150)", open questions "åbent spørgsmål
 * Q-03", the rate tables' provenance ("satser.tsv linje 183", "Mineo
 * label"). The citizen's rendering drops every list item (between ", " or
 * "; " at one level of parentheses) that carries one, and a parenthesis
 * left empty with the space before it; what remains is the law and the
 * guidance by name, section and stk.
 */
static bool
er_bogstav(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c >= 0x80 || c == '_';
}

/* Does s[0..n) name something internal? */
static bool
intern_reference(const char *s, size_t n)
{
    static const char *const ord[] = {
        "Mineo", "law_facts", ".tsv", ".md", "åbent spørgsmål", "vejledning L"
    };

    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        bool start = i == 0 || !er_bogstav((unsigned char)s[i - 1]);

        if (c == 'Q' && i + 2 < n && s[i + 1] == '-' && s[i + 2] >= '0' &&
            s[i + 2] <= '9')
            return true;
        if (c == 'L' && start && i + 1 < n && s[i + 1] >= '0' &&
            s[i + 1] <= '9')
            return true;
        for (size_t k = 0; k < sizeof(ord) / sizeof(ord[0]); k++) {
            size_t m = strlen(ord[k]);

            if (m <= n - i && memcmp(s + i, ord[k], m) == 0)
                return true;
        }
    }
    return false;
}

/* Where the parenthesis opened at s[0] closes within [s, end), or NULL. */
static const char *
slut_parentes(const char *s, const char *end)
{
    int dybde = 0;

    for (const char *p = s; p < end; p++) {
        if (*p == '(')
            dybde++;
        else if (*p == ')' && --dybde == 0)
            return p;
    }
    return NULL;
}

static void borger_liste(const char *s, const char *end, struct sag_buf *ud);

/* One item: its text with each parenthesis cleaned (an emptied one goes,
 * with the space before it). */
static void
borger_led(const char *s, const char *end, struct sag_buf *ud)
{
    const char *p = s;

    while (p < end) {
        const char *q = *p == '(' ? slut_parentes(p, end) : NULL;

        if (q == NULL) {
            sag_buf_addc(ud, *p++);
            continue;
        }
        {
            struct sag_buf inde;

            sag_buf_init(&inde, 0);
            borger_liste(p + 1, q, &inde);
            if (inde.len > 0) {
                sag_buf_addc(ud, '(');
                sag_buf_add(ud, inde.buf, inde.len);
                sag_buf_addc(ud, ')');
            } else if (ud->len > 0 && ud->buf[ud->len - 1] == ' ') {
                sag_buf_truncate(ud, ud->len - 1);
            }
            sag_buf_release(&inde);
        }
        p = q + 1;
    }
}

/* A list: items between ", " and "; " outside parentheses; an item with an
 * internal reference goes, with the separator before it (or after it, for
 * the first). */
static void
borger_liste(const char *s, const char *end, struct sag_buf *ud)
{
    const char *led = s, *sep = NULL; /* separator before `led` */
    int dybde = 0;
    bool noget = false;

    for (const char *p = s;; p++) {
        bool slut = p >= end;

        if (!slut) {
            if (*p == '(')
                dybde++;
            else if (*p == ')' && dybde > 0)
                dybde--;
        }
        if (slut || (dybde == 0 && (p[0] == ',' || p[0] == ';') &&
                     p + 1 < end && p[1] == ' ')) {
            struct sag_buf b;

            sag_buf_init(&b, 0);
            borger_led(led, p, &b);
            if (b.len > 0 && !intern_reference(b.buf, b.len)) {
                if (noget && sep != NULL)
                    sag_buf_add(ud, sep, 2);
                sag_buf_add(ud, b.buf, b.len);
                noget = true;
            }
            sag_buf_release(&b);
            if (slut)
                break;
            sep = p;
            led = p + 2;
            p++;
        }
    }
}

void
sag_spor_borgertekst(const char *s, struct sag_buf *ud)
{
    if (s != NULL)
        borger_liste(s, s + strlen(s), ud);
}

void
sag_spor_dansk_borger(const struct sag_spor *sp, struct sag_buf *ud)
{
    const struct sag_spor_trin *t;
    size_t nr = 0;

    for (t = sp->foerste; t != NULL; t = t->naeste) {
        size_t start;

        /* A step without a sentence has only its rule id: not for the
         * citizen. */
        if (t->tekst == NULL)
            continue;
        nr++;
        sag_buf_addf(ud, "%zu. ", nr);
        sag_spor_borgertekst(t->tekst, ud);
        start = ud->len;
        sag_buf_adds(ud, " (");
        sag_spor_borgertekst(t->hjemmel, ud);
        if (ud->len == start + 2)
            sag_buf_truncate(ud, start);
        else
            sag_buf_addc(ud, ')');
        sag_buf_addc(ud, '\n');
        switch (t->art) {
        case SAG_SPOR_VURDERET:
            sag_buf_addf(ud, "   Vurderet af %s",
                         t->vurderet_af ? t->vurderet_af : "(ikke oplyst)");
            if (t->begrundelse) {
                sag_buf_adds(ud, ": ");
                sag_spor_borgertekst(t->begrundelse, ud);
            }
            sag_buf_addc(ud, '\n');
            break;
        case SAG_SPOR_MANGLER:
            sag_buf_adds(ud, "   Mangler: skal vurderes af en "
                             "sagsbehandler.\n");
            break;
        case SAG_SPOR_IKKE_OPFYLDT:
        case SAG_SPOR_BEREGNET:
        case SAG_SPOR_OPLYST: break;
        }
        /* The parameters' names and sources are the caseworker's; their
         * values are in the sentence. */
        if (t->afrunding) {
            sag_buf_adds(ud, "   Afrunding: ");
            sag_spor_borgertekst(t->afrunding, ud);
            sag_buf_addc(ud, '\n');
        }
    }
}
