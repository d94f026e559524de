/*
 * The golden-case runner: feeds every JSON file under tests/cases to the engine
 * through the same JSON codec the command line uses and checks each field of
 * "forventet" exactly. Prints TAP ("ok N - id", "not ok N - id: why").
 *
 * Case kinds:
 *   - engine cases: {"input": {...}, "forventet": {...}} (README.md here);
 *   - published figures: {"type": "maks_aarlig_erstatning", "aar": 2024,
 *     "forventet_oere": ...} and {"type": "kapitaliseringsfaktor", ...}.
 *
 * Usage: run_cases DIR [DATA_DIR]
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "skadesag/beregning.h"
#include "skadesag/beregning_json.h"
#include "skadesag/satser.h"
#include "skadesag/satser_fil.h"
#include "skadesag/visning.h"

#include "../unit/hjemmel_tjek.h"

#include "../../src/base/banned.h"

static int nr, fejl;
static long hjemler; /* citations checked */

static int
indlaes_satser(const char *dir, struct sag_satser *s)
{
    struct sag_diag d;

    sag_satser_init(s);
    if (sag_satser_indlaes_mappe(s, dir, &d) != SAG_OK) {
        (void)fprintf(stderr, "%s\n", d.besked);
        return -1;
    }
    return 0;
}

static void
resultat(const char *id, const char *fil, const char *hvorfor)
{
    nr++;
    if (hvorfor == NULL) {
        (void)printf("ok %d - %s\n", nr, id);
    } else {
        fejl++;
        (void)printf("not ok %d - %s (%s): %s\n", nr, id, fil, hvorfor);
    }
}

/* Compare a "ca" (approximate to printed precision) expectation against
 * the exact fraction in the output. */
/*
 * The citizen's text is free of internal references (issue 10, item 6):
 * every line of the rendering (`beregn --format tekst`, the letters'
 * "Sådan har vi beregnet") is scanned for a rule id of the trace, an open
 * question "Q-<digit>", a source line "L<digit>", an identifier with an
 * underscore (parameter names like maks_aarsloen), and source names. On
 * the first hit, `why` names the line.
 */
static int
borgertekst_ren(const struct sag_spor *sp, const char *tekst, char *why,
                size_t n)
{
    static const char *const navne[] = { "Mineo",        "law_facts",
                                         "vejledning L", "åbent spørgsmål",
                                         "satser",       ".tsv",
                                         ".md",          ".json",
                                         ".c ",          "kilde:" };
    const char *linje = tekst;

    while (*linje) {
        size_t len = strcspn(linje, "\n");
        const char *fund = NULL;
        char l[1024];

        (void)snprintf(l, sizeof(l), "%.*s", (int)len, linje);
        for (size_t i = 0; l[i] && !fund; i++) {
            unsigned char f = i ? (unsigned char)l[i - 1] : ' ';
            bool start = !(f >= 0x80 || f == '_' || (f >= '0' && f <= '9') ||
                           (f >= 'a' && f <= 'z') || (f >= 'A' && f <= 'Z'));

            if (l[i] == 'Q' && l[i + 1] == '-' && l[i + 2] >= '0' &&
                l[i + 2] <= '9')
                fund = "Q-nummer";
            else if (start && l[i] == 'L' && l[i + 1] >= '0' && l[i + 1] <= '9')
                fund = "linjehenvisning";
            else if (l[i] == '_' && i > 0 && f >= 'a' && f <= 'z' &&
                     l[i + 1] >= 'a' && l[i + 1] <= 'z')
                fund = "intern identifikator";
        }
        for (size_t k = 0; k < sizeof(navne) / sizeof(navne[0]) && !fund; k++)
            if (strstr(l, navne[k]) != NULL)
                fund = navne[k];
        for (const struct sag_spor_trin *t = sp->foerste; t && !fund;
             t = t->naeste)
            if (strstr(l, t->regel) != NULL)
                fund = t->regel;
        if (fund != NULL) {
            (void)snprintf(why, n, "borgerteksten har %s: %s", fund, l);
            return 0;
        }
        linje += len;
        if (*linje == '\n')
            linje++;
    }
    return 1;
}

static int
ca_ok(json_t *ud, const char *ca, char *why, size_t n)
{
    json_t *b = json_object_get(ud, "erhvervsevnetab_beregnet_broek");
    struct sag_broek x;
    const char *dot = strchr(ca, '.');
    int dec = dot ? (int)strlen(dot + 1) : 0;
    char s[SAG_BROEK_STR_LEN];

    if (!json_is_string(b) ||
        sag_broek_parse(json_string_value(b), json_string_length(b), &x) !=
            SAG_OK) {
        (void)snprintf(why, n, "erhvervsevnetab_beregnet mangler i resultatet");
        return 0;
    }
    (void)sag_broek_format_decimal(x, dec, '.', s);
    if (strcmp(s, ca) != 0) {
        (void)snprintf(why, n,
                       "erhvervsevnetab_beregnet: forventet ca. %s, fik %s", ca,
                       s);
        return 0;
    }
    return 1;
}

static void
motor_sag(const struct sag_satser *s, const char *id, const char *fil,
          json_t *sag)
{
    json_t *input = json_object_get(sag, "input");
    json_t *forv = json_object_get(sag, "forventet");
    json_t *forv_fejl = json_object_get(sag, "fejl");
    struct sag_beregning_input in;
    struct sag_beregning r;
    struct sag_arena arena;
    struct sag_spor sp;
    struct sag_buf ud;
    struct sag_diag d;
    enum sag_status st;
    char *tekst;
    char why[2048], hw[1536];
    json_t *ud_json = NULL;
    const char *k;
    json_t *v;

    if (!json_is_object(input) || (!json_is_object(forv) && !forv_fejl)) {
        resultat(id, fil, "mangler input eller forventet");
        return;
    }
    /* A case expects an error or values, never both, and never nothing. */
    if (forv_fejl != NULL && forv != NULL) {
        resultat(id, fil, "både fejl og forventet");
        return;
    }
    if (forv_fejl == NULL && json_object_size(forv) == 0) {
        resultat(id, fil, "forventet er tom");
        return;
    }
    tekst = json_dumps(input, JSON_COMPACT);
    sag_arena_init(&arena, 0);
    sag_buf_init(&ud, 0);
    sag_diag_init(&d);
    st = sag_beregning_input_fra_json(tekst, strlen(tekst), &arena, &in, &d);
    if (st == SAG_OK) {
        sag_spor_init(&sp, &arena, true);
        st = sag_beregn(s, &in, &sp, &r, &d);
    }
    free(tekst);
    if (forv_fejl != NULL) {
        /* "fejl": "/felt: ..." — the error must name that field. */
        const char *f = json_string_value(forv_fejl);
        size_t flen = strcspn(f ? f : "", ":");

        if (st == SAG_OK)
            (void)snprintf(why, sizeof(why),
                           "forventede fejl %s, men sagen "
                           "blev beregnet",
                           f);
        else if (f == NULL || strlen(d.felt) != flen ||
                 strncmp(d.felt, f, flen) != 0)
            (void)snprintf(why, sizeof(why),
                           "forventede fejl i %s, fik %s: "
                           "%s",
                           f, d.felt, d.besked);
        else
            why[0] = '\0';
        resultat(id, fil, why[0] ? why : NULL);
        goto out;
    }
    if (st != SAG_OK) {
        (void)snprintf(why, sizeof(why), "afvist: %s: %s", d.felt, d.besked);
        resultat(id, fil, why);
        goto out;
    }
    sag_beregning_til_json(&r, NULL, &ud);
    ud_json = json_loads(ud.buf, 0, NULL);
    why[0] = '\0';
    json_object_foreach(forv, k, v)
    {
        json_t *faktisk = json_object_get(ud_json, k);

        if (json_is_object(v) && json_object_get(v, "ca")) {
            /* Approximate values only for the computed loss (a fraction
             * the guidance prints rounded). */
            if (strcmp(k, "erhvervsevnetab_beregnet") != 0) {
                (void)snprintf(why, sizeof(why),
                               "%s: \"ca\" kun for erhvervsevnetab_beregnet",
                               k);
                break;
            }
            if (!ca_ok(ud_json, json_string_value(json_object_get(v, "ca")),
                       why, sizeof(why)))
                break;
            continue;
        }
        if (!json_equal(faktisk, v)) {
            char *a = json_dumps(v, JSON_ENCODE_ANY);
            char *b = faktisk ? json_dumps(faktisk, JSON_ENCODE_ANY) : NULL;

            (void)snprintf(why, sizeof(why), "%s: forventet %s, fik %s", k, a,
                           b ? b : "(mangler)");
            free(a);
            free(b);
            break;
        }
    }
    /* Every step's citation must identify its sources (hjemmel_tjek.h). */
    for (const struct sag_spor_trin *t = sp.foerste; t != NULL && !why[0];
         t = t->naeste) {
        hjemler++;
        if (hjemmel_fejl(t->hjemmel, hw, sizeof(hw)) != NULL)
            (void)snprintf(why, sizeof(why), "trin %s: %s", t->regel, hw);
    }
    /* One citation per rule: the step cites the rule; a parameter names
     * only the act or table that sets its figure (issue 10, item 6: the
     * maximum årsløn was cited as § 24, stk. 5 by the step and stk. 10 by
     * its parameter). */
    for (const struct sag_spor_trin *t = sp.foerste; t != NULL && !why[0];
         t = t->naeste)
        for (const struct sag_spor_vaerdi *pv = t->parametre;
             pv != NULL && !why[0]; pv = pv->naeste)
            if (pv->kilde != NULL && strstr(pv->kilde, "§") != NULL)
                (void)snprintf(why, sizeof(why),
                               "trin %s: parameteren %s citerer en "
                               "paragraf: %s",
                               t->regel, pv->navn, pv->kilde);
    if (!why[0]) {
        struct sag_buf tekst_ud;

        sag_buf_init(&tekst_ud, 0);
        sag_beregning_til_tekst(&r, &sp, &tekst_ud);
        (void)borgertekst_ren(&sp, tekst_ud.buf, why, sizeof(why));
        sag_buf_release(&tekst_ud);
    }
    resultat(id, fil, why[0] ? why : NULL);
out:
    json_decref(ud_json);
    sag_buf_release(&ud);
    sag_arena_release(&arena);
}

static struct sag_dato
dato(json_t *o, const char *k)
{
    struct sag_dato d = { 0 };
    json_t *v = json_object_get(o, k);

    if (json_is_string(v))
        (void)sag_dato_parse_iso(json_string_value(v), json_string_length(v),
                                 &d);
    return d;
}

static void
satser_sag(const struct sag_satser *s, const char *id, const char *fil,
           json_t *sag, const char *type)
{
    char why[512];

    why[0] = '\0';
    if (strcmp(type, "maks_aarlig_erstatning") == 0) {
        struct sag_penge p = { 0 };
        int aar = (int)json_integer_value(json_object_get(sag, "aar"));
        long long forv = (long long)json_integer_value(
            json_object_get(sag, "forventet_oere"));

        if (sag_maks_aarlig_erstatning(s, aar, &p) != SAG_OK)
            (void)snprintf(why, sizeof(why), "ingen værdi for %d", aar);
        else if (p.oere != forv)
            (void)snprintf(why, sizeof(why),
                           "%d: forventet %lld øre, fik "
                           "%lld",
                           aar, forv, (long long)p.oere);
    } else if (strcmp(type, "maks_aarsloen") == 0) {
        const struct sag_sats *r;
        int aar = (int)json_integer_value(json_object_get(sag, "aar"));
        long long forv = (long long)json_integer_value(
            json_object_get(sag, "forventet_oere"));

        if (sag_satser_sats(s, "maks_aarsloen", aar, "", &r) != SAG_OK)
            (void)snprintf(why, sizeof(why), "ingen værdi for %d", aar);
        else if (r->vaerdi != forv)
            (void)snprintf(why, sizeof(why),
                           "%d: forventet %lld øre, fik "
                           "%lld",
                           aar, forv, (long long)r->vaerdi);
    } else if (strcmp(type, "kapitaliseringsfaktor") == 0) {
        int64_t f;
        struct sag_diag d;
        struct sag_arena a;
        struct sag_spor sp;
        const char *forv = json_string_value(json_object_get(sag, "forventet"));
        const char *koen = json_string_value(json_object_get(sag, "koen"));
        char fs[SAG_BROEK_STR_LEN];

        sag_arena_init(&a, 0);
        sag_spor_init(&sp, &a, false);
        if (sag_kapitaliseringsfaktor(
                s, dato(sag, "skadedato"), dato(sag, "kapitaliseringsdato"),
                dato(sag, "foedselsdato"),
                koen == NULL                  ? SAG_KOEN_ALLE
                : strcmp(koen, "mand") == 0   ? SAG_KOEN_MAND
                : strcmp(koen, "kvinde") == 0 ? SAG_KOEN_KVINDE
                                              : SAG_KOEN_ALLE,
                &sp, &f, &d) != SAG_OK) {
            (void)snprintf(why, sizeof(why), "fejl: %s", d.besked);
        } else {
            (void)sag_broek_format_decimal((struct sag_broek){ f, 1000 }, 3,
                                           '.', fs);
            if (forv == NULL || strcmp(fs, forv) != 0)
                (void)snprintf(why, sizeof(why), "forventet %s, fik %s",
                               forv ? forv : "?", fs);
        }
        sag_arena_release(&a);
    } else {
        (void)snprintf(why, sizeof(why), "ukendt type %s", type);
    }
    resultat(id, fil, why[0] ? why : NULL);
}

static int
cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Run every .json file in dir and its subdirectories, in name order. */
static void
koer_mappe(const struct sag_satser *s, const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char **navne = NULL;
    size_t n = 0, plads = 0;

    if (d == NULL) {
        resultat(dir, dir, "kan ikke åbne mappen");
        return;
    }
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        if (n == plads) {
            plads = plads ? plads * 2 : 64;
            navne = realloc(navne, plads * sizeof(*navne));
        }
        navne[n++] = strdup(e->d_name);
    }
    (void)closedir(d);
    qsort(navne, n, sizeof(*navne), cmp_str);
    for (size_t i = 0; i < n; i++) {
        char sti[2048];
        size_t len = strlen(navne[i]);

        (void)snprintf(sti, sizeof(sti), "%s/%s", dir, navne[i]);
        if (len > 5 && strcmp(navne[i] + len - 5, ".json") == 0) {
            json_error_t jf;
            json_t *sag = json_load_file(sti, 0, &jf);
            const char *id, *type;

            if (sag == NULL) {
                resultat(navne[i], sti, jf.text);
                continue;
            }
            id = json_string_value(json_object_get(sag, "id"));
            type = json_string_value(json_object_get(sag, "type"));
            if (type != NULL)
                satser_sag(s, id ? id : navne[i], sti, sag, type);
            else
                motor_sag(s, id ? id : navne[i], sti, sag);
            json_decref(sag);
        } else {
            DIR *sub = opendir(sti);

            if (sub != NULL) {
                (void)closedir(sub);
                koer_mappe(s, sti);
            }
        }
        free(navne[i]);
    }
    free(navne);
}

int
main(int argc, char **argv)
{
    struct sag_satser s;

    if (argc < 2) {
        (void)fprintf(stderr, "brug: run_cases MAPPE [DATAMAPPE]\n");
        return 2;
    }
    if (indlaes_satser(argc > 2 ? argv[2] : "data", &s) != 0)
        return 2;
    koer_mappe(&s, argv[1]);
    if (nr == 0)
        resultat(argv[1], argv[1], "ingen sager fundet");
    (void)printf("1..%d\n# %d ok, %d fejl; %ld hjemler kontrolleret\n", nr,
                 nr - fejl, fejl, hjemler);
    sag_satser_release(&s);
    return fejl ? 1 : 0;
}
