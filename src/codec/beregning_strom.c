/*
 * The engine's JSON input, read without building a tree (see
 * beregning_strom.h). Accept-only: each function returns false ("decline")
 * at the first thing that is not a plainly valid member, and the caller
 * falls back to the jansson reader, which then names the error. So this
 * file never writes an error message, and what it accepts it must read
 * exactly as beregning_json.c's laes() does (the differential test
 * tests/unit/codec/test_beregning_strom.c and the fuzz harness
 * fuzz_beregn_strom hold the two to that).
 *
 * What it declines, beyond anything jansson or laes() would refuse: escapes
 * in strings, "-0", integers over 18 digits, null, and members of a type
 * the schema does not take.
 */
#include "beregning_strom.h"

#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "../base/banned.h"

struct strom {
    const char *p, *end;
    struct sag_arena *arena;
};

enum art { ART_TEKST, ART_HELTAL, ART_SAND, ART_FALSK };

struct vaerdi {
    enum art art;
    const char *s; /* ART_TEKST: the bytes between the quotes */
    size_t n;
    int64_t i; /* ART_HELTAL */
};

static void
ws(struct strom *s)
{
    while (s->p < s->end &&
           (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
        s->p++;
}

/* One UTF-8 sequence starting at p (first byte >= 0x80), as jansson checks
 * it: no overlong forms, no surrogates, nothing above U+10FFFF. Its length,
 * or 0 if invalid. */
static size_t
utf8(const unsigned char *p, const unsigned char *end)
{
    unsigned c = p[0];
    uint32_t v;
    size_t n;

    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        v = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        v = c & 0x07;
    } else {
        return 0;
    }
    if ((size_t)(end - p) < n)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (p[i] & 0x3F);
    }
    if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) || (n == 3 && v < 0x800) ||
        (n == 4 && v < 0x10000))
        return 0;
    return n;
}

#ifndef __SSE2__
/* The bytes of `w` that are a quote, a backslash, a control character or
 * above 0x7F, as a mask with the top bit of each such byte set. Exact per
 * byte (no carry crosses a byte), so the lowest set bit is the first such
 * byte: on the little-endian load below, byte k is bits 8k..8k+7. */
static uint64_t
saerlige8(uint64_t w)
{
    const uint64_t lav = 0x7F7F7F7F7F7F7F7Fu, top = 0x8080808080808080u;
    const uint64_t en = 0x0101010101010101u;
    uint64_t q = w ^ (en * '"'), b = w ^ (en * '\\');
    uint64_t nul_q = ~(((q & lav) + lav) | q | lav);
    uint64_t nul_b = ~(((b & lav) + lav) | b | lav);
    uint64_t styr_hoej = (~((w & lav) + en * 0x60) | w) & top;

    return nul_q | nul_b | styr_hoej;
}

/* The index (0-7) of the lowest byte whose top bit is set in a non-zero
 * mask from saerlige8: the lowest bit isolated, moved to bit 8k, and a
 * multiplication that leaves k in the top byte. */
static size_t
foerste_byte(uint64_t m)
{
    uint64_t lavest = m & (~m + 1);

    return (size_t)(((lavest >> 7) * 0x0001020304050607u) >> 56);
}
#endif

/* A string without escapes; s->p at the opening quote. The closing quote
 * is found with memchr, then the span is checked in one pass for a control
 * character, a backslash (an escape: decline) and bytes above 0x7F, which
 * only then are checked as UTF-8 (a sequence cannot hold a quote, so
 * ending the check at the quote loses nothing). */
static bool
tekst_tok(struct strom *s, const char **ud, size_t *n)
{
    const unsigned char *p, *q;

    if (s->p >= s->end || *s->p != '"')
        return false;
    p = (const unsigned char *)s->p + 1;
    /* The common case first: plain ASCII up to the closing quote, found
     * eight bytes at a time (keys and most values are short; memchr and
     * a second pass cost more than the bytes, callgrind). Anything else
     * before the quote (a backslash, a control character, a byte above
     * 0x7F) takes the general path below. */
    q = p;
#ifdef __SSE2__
    {
        /* With SSE2 (every x86-64) sixteen bytes at a time, bytes above
         * 0x7F included: the first quote, backslash or control character
         * ends the scan, and whether a byte above 0x7F came before it is
         * noted. The Danish texts of a case (assessments, reasons) then
         * take one pass instead of the eight-byte loop, memchr and two byte
         * loops below (callgrind: this function was a sixth of a batch
         * without the trace). Loads stay before s->end. */
        const __m128i lav = _mm_set1_epi8(0x1f), qq = _mm_set1_epi8('"'),
                      bs = _mm_set1_epi8('\\');
        static const unsigned char debruijn[32] = {
            0,  1,  28, 2,  29, 14, 24, 3, 30, 22, 20, 15, 25, 17, 4,  8,
            31, 27, 13, 23, 21, 19, 16, 7, 26, 12, 18, 6,  11, 5,  10, 9
        };
        int h = 0;

        while ((size_t)((const unsigned char *)s->end - q) >= 16) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)q);
            __m128i m = _mm_or_si128(
                _mm_cmpeq_epi8(_mm_min_epu8(x, lav), x),
                _mm_or_si128(_mm_cmpeq_epi8(x, qq), _mm_cmpeq_epi8(x, bs)));

            unsigned ms = (unsigned)_mm_movemask_epi8(m);

            if (ms != 0) {
                /* The stop is the lowest set bit: its index by a de
                 * Bruijn multiplication (no byte loop for the key or
                 * short value that ends here, nearly every string). */
                unsigned lavest = ms & (0u - ms);

                h |= _mm_movemask_epi8(x) & (int)(lavest - 1);
                q += debruijn[(uint32_t)(lavest * 0x077CB531u) >> 27];
                break;
            }
            h |= _mm_movemask_epi8(x);
            q += 16;
        }
        /* The rest (under 16 bytes before the end) a byte at a time. */
        while (q < (const unsigned char *)s->end && *q >= 0x20 && *q != '"' &&
               *q != '\\') {
            h |= *q & 0x80;
            q++;
        }
        /* A backslash (an escape) or a control character before the
         * closing quote, or no quote: decline, as below. */
        if (q >= (const unsigned char *)s->end || *q != '"')
            return false;
        if (h != 0)
            for (const unsigned char *c = p; c < q;) {
                size_t k = *c < 0x80 ? 1 : utf8(c, q);

                if (k == 0)
                    return false;
                c += k;
            }
        *ud = (const char *)p;
        *n = (size_t)(q - p);
        s->p = (const char *)q + 1;
        return true;
    }
#else
    {
        unsigned char daarlig = 0, hoej = 0;

        for (;;) {
            uint64_t w, m;

            if ((size_t)((const unsigned char *)s->end - q) < 8) {
                while (q < (const unsigned char *)s->end && *q >= 0x20 &&
                       *q < 0x80 && *q != '"' && *q != '\\')
                    q++;
                break;
            }
            memcpy(&w, q, 8);
            m = saerlige8(w);
            if (m != 0) {
                q += foerste_byte(m);
                break;
            }
            q += 8;
        }
        if (q < (const unsigned char *)s->end && *q == '"') {
            *ud = (const char *)p;
            *n = (size_t)(q - p);
            s->p = (const char *)q + 1;
            return true;
        }
        q = memchr(p, '"', (size_t)(s->end - (const char *)p));
        if (q == NULL)
            return false;
        for (const unsigned char *c = p; c < q; c++) {
            daarlig |= (unsigned char)((*c < 0x20) | (*c == '\\'));
            hoej |= *c;
        }
        if (daarlig)
            return false;
        if (hoej & 0x80)
            for (const unsigned char *c = p; c < q;) {
                size_t k = *c < 0x80 ? 1 : utf8(c, q);

                if (k == 0)
                    return false;
                c += k;
            }
        *ud = (const char *)p;
        *n = (size_t)(q - p);
        s->p = (const char *)q + 1;
        return true;
    }
#endif
}

static bool
ordslut(const struct strom *s)
{
    /* After a literal or a number: what may follow it in valid JSON. */
    return s->p == s->end || *s->p == ',' || *s->p == '}' || *s->p == ']' ||
           *s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r';
}

/* A string, an integer, true or false; anything else declines. */
static bool
vaerdi(struct strom *s, struct vaerdi *v)
{
    const char *p = s->p;
    size_t rest = (size_t)(s->end - p);

    if (rest == 0)
        return false;
    if (*p == '"') {
        v->art = ART_TEKST;
        return tekst_tok(s, &v->s, &v->n);
    }
    if (rest >= 4 && memcmp(p, "true", 4) == 0) {
        s->p += 4;
        v->art = ART_SAND;
        return ordslut(s);
    }
    if (rest >= 5 && memcmp(p, "false", 5) == 0) {
        s->p += 5;
        v->art = ART_FALSK;
        return ordslut(s);
    }
    if (*p == '-' || (*p >= '0' && *p <= '9')) {
        bool neg = *p == '-';
        int64_t x = 0;
        int cifre = 0;

        if (neg)
            p++;
        if (p >= s->end || *p < '0' || *p > '9')
            return false;
        if (*p == '0' &&
            (neg || (p + 1 < s->end && p[1] >= '0' && p[1] <= '9')))
            return false;
        while (p < s->end && *p >= '0' && *p <= '9') {
            if (++cifre > 18)
                return false;
            x = x * 10 + (*p - '0');
            p++;
        }
        s->p = p;
        v->art = ART_HELTAL;
        v->i = neg ? -x : x;
        return ordslut(s);
    }
    return false;
}

/* '{' and the first key if any: 1 a member follows, 0 the object was empty
 * (closed), -1 decline. */
static int
obj_start(struct strom *s)
{
    ws(s);
    if (s->p >= s->end || *s->p != '{')
        return -1;
    s->p++;
    ws(s);
    if (s->p < s->end && *s->p == '}') {
        s->p++;
        return 0;
    }
    return 1;
}

/* After a member's value: 1 another member follows, 0 the object closed,
 * -1 decline. */
static int
obj_naeste(struct strom *s)
{
    ws(s);
    if (s->p >= s->end)
        return -1;
    if (*s->p == ',') {
        s->p++;
        ws(s);
        return 1;
    }
    if (*s->p == '}') {
        s->p++;
        return 0;
    }
    return -1;
}

static bool
noegle(struct strom *s, const char **k, size_t *n)
{
    if (!tekst_tok(s, k, n))
        return false;
    ws(s);
    if (s->p >= s->end || *s->p != ':')
        return false;
    s->p++;
    ws(s);
    return true;
}

/* Index of key k among navne (NULL-terminated), or -1. */
static int
find(const char *k, size_t n, const char *const *navne)
{
    /* k holds no NUL (control characters decline), so the comparison
     * stops at the end of a shorter name; compared inline (a call per
     * candidate was a twentieth of a batch without the trace). */
    for (int i = 0; navne[i] != NULL; i++) {
        const char *a = navne[i];
        size_t j = 0;

        while (j < n && a[j] == k[j])
            j++;
        if (j == n && a[n] == '\0')
            return i;
    }
    return -1;
}

/* Mark key i seen; false if it was already (a duplicate: jansson refuses). */
/* find() for an object's members, which nearly always come in the
 * schema's order (as the tables list them): the search starts after the
 * member found last, and wraps around. Names are unique, so the answer is
 * find()'s. */
static int
find_fra(const char *k, size_t n, const char *const *navne, int *fra)
{
    int i = find(k, n, navne + *fra);

    if (i >= 0) {
        i += *fra;
    } else {
        for (i = 0; i < *fra; i++) {
            const char *a = navne[i];
            size_t j = 0;

            while (j < n && a[j] == k[j])
                j++;
            if (j == n && a[n] == '\0')
                break;
        }
        if (i == *fra)
            return -1;
    }
    *fra = i + 1;
    return i;
}

static bool
set(uint32_t *sete, int i)
{
    if (*sete & (1u << i))
        return false;
    *sete |= 1u << i;
    return true;
}

static bool
tekst(struct strom *s, const char **ud)
{
    struct vaerdi v;
    char *c;

    if (!vaerdi(s, &v) || v.art != ART_TEKST)
        return false;
    c = sag_arena_strndup(s->arena, v.s, v.n);
    if (c == NULL)
        return false;
    *ud = c;
    return true;
}

static bool
dato(struct strom *s, struct sag_dato *ud)
{
    struct vaerdi v;

    /* Outside 1900-2199: the full parser names the field (issue 16). */
    return vaerdi(s, &v) && v.art == ART_TEKST &&
           sag_dato_parse_iso(v.s, v.n, ud) == SAG_OK &&
           ud->dage >= SAG_DATO(1900, 1, 1).dage &&
           ud->dage <= SAG_DATO(2199, 12, 31).dage;
}

static bool
oere(struct strom *s, struct sag_penge *ud)
{
    struct vaerdi v;

    if (!vaerdi(s, &v) || v.art != ART_HELTAL)
        return false;
    ud->oere = v.i;
    return true;
}

static bool
heltal(struct strom *s, int min, int max, int *ud)
{
    struct vaerdi v;

    if (!vaerdi(s, &v) || v.art != ART_HELTAL || v.i < min || v.i > max)
        return false;
    *ud = (int)v.i;
    return true;
}

static bool
sandhed(struct strom *s, bool *ud)
{
    struct vaerdi v;

    if (!vaerdi(s, &v) || (v.art != ART_SAND && v.art != ART_FALSK))
        return false;
    *ud = v.art == ART_SAND;
    return true;
}

static bool
broek(struct strom *s, struct sag_broek *ud)
{
    struct vaerdi v;

    if (!vaerdi(s, &v))
        return false;
    if (v.art == ART_HELTAL) {
        *ud = sag_broek_heltal(v.i);
        return true;
    }
    return v.art == ART_TEKST && sag_broek_parse(v.s, v.n, ud) == SAG_OK;
}

/* A string that must be one of navne: its index, or -1. */
static int
valg(struct strom *s, const char *const *navne)
{
    struct vaerdi v;

    if (!vaerdi(s, &v) || v.art != ART_TEKST)
        return -1;
    return find(v.s, v.n, navne);
}

static bool
vurdering(struct strom *s, struct sag_vurdering *ud, struct sag_penge *beloeb,
          bool *har_beloeb)
{
    static const char *const navne[] = { "af", "begrundelse", "beloeb_oere",
                                         NULL };
    uint32_t sete = 0;
    int fra = 0;
    int r = obj_start(s);

    while (r == 1) {
        const char *k;
        size_t n;
        int i;
        bool ok;

        if (!noegle(s, &k, &n) || (i = find_fra(k, n, navne, &fra)) < 0 ||
            !set(&sete, i))
            return false;
        switch (i) {
        case 0: ok = tekst(s, &ud->af); break;
        case 1: ok = tekst(s, &ud->begrundelse); break;
        default:
            if (beloeb == NULL || !oere(s, beloeb))
                return false;
            *har_beloeb = true;
            ok = true;
            break;
        }
        if (!ok)
            return false;
        r = obj_naeste(s);
    }
    return r == 0;
}

/* Must equal beregning_json.c's list (same order: the index is the enum). */
static const char *const situationer[] = {
    "uoplyst",         "ordinaer",
    "fleksjob",        "ledighedsydelse",
    "sygedagpenge",    "arbejdsloeshedsdagpenge",
    "kontanthjaelp",   "revalidering",
    "foertidspension", "efterloen",
    "folkepension",    "uddannelse",
    "fleksydelse",     NULL
};

static bool
tab(struct strom *s, struct sag_tab_input *t)
{
    static const char *const grundlag[] = { "skoen", "indtaegtstab", "17a",
                                            NULL };
    static const char *const navne[] = { "grundlag",
                                         "skoen_pct",
                                         "forslag_bekraeftet",
                                         "indtaegt_uden_skade_oere",
                                         "indtaegt_med_skade_oere",
                                         "timer_uden_skade",
                                         "timer_med_skade",
                                         "fleksjob_loen_oere",
                                         "kommunalt_tilskud_oere",
                                         "ledighedsydelse_oere",
                                         "atp_bidrag_oere",
                                         "situation",
                                         "klart_og_varigt",
                                         "arbejdsskadens_andel",
                                         "andel_vurdering",
                                         NULL };
    uint32_t sete = 0;
    int fra = 0;
    int r = obj_start(s), i;

    while (r == 1) {
        const char *k;
        size_t n;
        bool ok = true, b = false;
        int j;

        if (!noegle(s, &k, &n) || (i = find_fra(k, n, navne, &fra)) < 0 ||
            !set(&sete, i))
            return false;
        switch (i) {
        case 0:
            if ((j = valg(s, grundlag)) < 0)
                return false;
            t->grundlag = (enum sag_grundlag)(j + 1);
            break;
        case 1:
            ok = heltal(s, 0, 100, &t->skoen_pct);
            t->har_skoen_pct = true;
            break;
        case 2: ok = sandhed(s, &t->forslag_bekraeftet); break;
        case 3:
            ok = oere(s, &t->indtaegt_uden_skade);
            t->har_uden = true;
            break;
        case 4:
            ok = oere(s, &t->indtaegt_med_skade);
            t->har_med = true;
            break;
        case 5:
            ok = broek(s, &t->timer_uden_skade);
            t->har_timer = true;
            break;
        case 6:
            ok = broek(s, &t->timer_med_skade);
            t->har_timer = true;
            break;
        case 7:
            ok = oere(s, &t->fleksjob_loen);
            t->har_fleksjob_loen = true;
            break;
        case 8:
            ok = oere(s, &t->kommunalt_tilskud);
            t->har_kommunalt_tilskud = true;
            break;
        case 9:
            ok = oere(s, &t->ledighedsydelse);
            t->har_ledighedsydelse = true;
            break;
        case 10:
            ok = oere(s, &t->atp_bidrag);
            t->har_atp_bidrag = true;
            break;
        case 11:
            if ((j = valg(s, situationer)) < 0)
                return false;
            t->situation = (enum sag_situation)j;
            break;
        case 12:
            ok = sandhed(s, &b);
            t->klart_og_varigt = b ? 1 : 0;
            break;
        case 13:
            ok = broek(s, &t->arbejdsskadens_andel);
            t->har_andel = true;
            break;
        default: ok = vurdering(s, &t->andel_vurdering, NULL, NULL); break;
        }
        if (!ok)
            return false;
        r = obj_naeste(s);
    }
    if (r != 0 || !(sete & 1u))
        return false;
    /* Hours: both or neither (laes() names the missing one). */
    if (t->har_timer && (sete & (3u << 5)) != (3u << 5))
        return false;
    return true;
}

static bool
genoptagelse(struct strom *s, struct sag_genoptagelse *g)
{
    static const char *const typer[] = { "anmodning", "revision", NULL };
    static const char *const navne[] = { "type", "anmodningsdato",
                                         "tidligere_pct",
                                         "tidligere_kapitaliseret_pct", NULL };
    uint32_t sete = 0;
    int fra = 0;
    int r = obj_start(s), i, j;

    while (r == 1) {
        const char *k;
        size_t n;
        bool ok = true;

        if (!noegle(s, &k, &n) || (i = find_fra(k, n, navne, &fra)) < 0 ||
            !set(&sete, i))
            return false;
        switch (i) {
        case 0:
            if ((j = valg(s, typer)) < 0)
                return false;
            g->type = (enum sag_genoptagelsestype)(j + 1);
            break;
        case 1:
            ok = dato(s, &g->anmodningsdato);
            g->har_anmodningsdato = true;
            break;
        case 2:
            ok = heltal(s, 0, 100, &g->tidligere_pct);
            g->har_tidligere_pct = true;
            break;
        default: ok = heltal(s, 0, 100, &g->tidligere_kapitaliseret_pct); break;
        }
        if (!ok)
            return false;
        r = obj_naeste(s);
    }
    return r == 0 && g->type != 0;
}

static bool
tjenestemand(struct strom *s, struct sag_tjenestemand *t)
{
    static const char *const tkp[] = { "ikke_afgjort", "nej", "ja", NULL };
    static const char *const navne[] = { "tilskadekomstpension",
                                         "pensionsforhoejelse_aarlig_oere",
                                         "pensionsforhoejelse_vaerdi_oere",
                                         NULL };
    uint32_t sete = 0;
    int fra = 0;
    int r = obj_start(s), i, j;

    while (r == 1) {
        const char *k;
        size_t n;
        bool ok = true;

        if (!noegle(s, &k, &n) || (i = find_fra(k, n, navne, &fra)) < 0 ||
            !set(&sete, i))
            return false;
        switch (i) {
        case 0:
            if ((j = valg(s, tkp)) < 0)
                return false;
            t->tilskadekomstpension = (enum sag_tilskadekomstpension)(j + 1);
            break;
        case 1:
            ok = oere(s, &t->forhoejelse_aarlig);
            t->har_forhoejelse_aarlig = true;
            break;
        default:
            ok = oere(s, &t->forhoejelse_vaerdi);
            t->har_forhoejelse_vaerdi = true;
            break;
        }
        if (!ok)
            return false;
        r = obj_naeste(s);
    }
    return r == 0 && t->tilskadekomstpension != 0;
}

/* '[' … ']' of objects, each read by `en` into element i of an array of
 * up to `max` elements of `str` bytes; the count into *antal. */
static bool
liste(struct strom *s, size_t max, size_t str, bool tom_ok,
      bool (*en)(struct strom *, void *), void **ud, size_t *antal)
{
    _Alignas(16) char tmp[SAG_FORDELING_MAX > 20 ? SAG_FORDELING_MAX : 20][32];
    size_t n = 0;
    char *r;

    if (str > sizeof(tmp[0]) || max > sizeof(tmp) / sizeof(tmp[0]))
        return false;
    memset(tmp, 0, sizeof(tmp));
    ws(s);
    if (s->p >= s->end || *s->p != '[')
        return false;
    s->p++;
    ws(s);
    if (s->p < s->end && *s->p == ']') {
        s->p++;
    } else {
        for (;;) {
            if (n == max || !en(s, tmp[n]))
                return false;
            n++;
            ws(s);
            if (s->p >= s->end)
                return false;
            if (*s->p == ']') {
                s->p++;
                break;
            }
            if (*s->p != ',')
                return false;
            s->p++;
            ws(s);
        }
    }
    if (n == 0 && !tom_ok)
        return false;
    r = sag_arena_calloc(s->arena, n ? n : 1, str);
    if (r == NULL)
        return false;
    for (size_t i = 0; i < n; i++)
        memcpy(r + i * str, tmp[i], str);
    *ud = r;
    *antal = n;
    return true;
}

static bool
et_indkomstaar(struct strom *s, void *ud)
{
    static const char *const navne[] = { "aar", "indkomst_oere", NULL };
    struct sag_indkomstaar *a = ud;
    uint32_t sete = 0;
    int fra = 0;
    int r = obj_start(s), i;

    while (r == 1) {
        const char *k;
        size_t n;
        bool ok;

        if (!noegle(s, &k, &n) || (i = find_fra(k, n, navne, &fra)) < 0 ||
            !set(&sete, i))
            return false;
        ok = i == 0 ? heltal(s, 1900, 2200, &a->aar) : oere(s, &a->indkomst);
        if (!ok)
            return false;
        r = obj_naeste(s);
    }
    return r == 0 && sete == 3u;
}

static bool
en_fordeling(struct strom *s, void *ud)
{
    static const char *const navne[] = { "forsikring", "andel", NULL };
    struct sag_fordeling *f = ud;
    uint32_t sete = 0;
    int fra = 0;
    int r = obj_start(s), i;

    while (r == 1) {
        const char *k;
        size_t n;
        bool ok;

        if (!noegle(s, &k, &n) || (i = find_fra(k, n, navne, &fra)) < 0 ||
            !set(&sete, i))
            return false;
        ok = i == 0 ? tekst(s, &f->forsikring) : broek(s, &f->andel);
        if (!ok)
            return false;
        r = obj_naeste(s);
    }
    return r == 0 && f->forsikring != NULL && f->andel.naevner != 0;
}

enum {
    F_ID,
    F_KOMMENTAR,
    F_SKADETYPE,
    F_SKADEDATO,
    F_ANMELDELSESDATO,
    F_FOEDSELSDATO,
    F_AFGOERELSESDATO,
    F_KOEN,
    F_AFGOERELSE,
    F_UNDER_UDDANNELSE,
    F_AARSLOEN,
    F_INDKOMSTAAR,
    F_AARSLOEN_SKOEN,
    F_ERHVERVSEVNETAB,
    F_TAB_PAAVIST,
    F_SITUATION_DATO,
    F_KAPITALISERING,
    F_VURDERING,
    F_GENOPTAGELSE,
    F_UDDANNELSE_SLUT,
    F_TJENESTEMAND,
    F_FORDELING,
};

static const char *const rodnavne[] = { "id",
                                        "kommentar",
                                        "skadetype",
                                        "skadedato",
                                        "anmeldelsesdato",
                                        "foedselsdato",
                                        "afgoerelsesdato",
                                        "koen",
                                        "afgoerelse",
                                        "under_uddannelse",
                                        "aarsloen_oere",
                                        "indkomstaar",
                                        "aarsloen_skoen",
                                        "erhvervsevnetab",
                                        "tab_paavist_dato",
                                        "situation_dato",
                                        "kapitalisering_anmodet",
                                        "vurdering",
                                        "genoptagelse",
                                        "uddannelse_forventet_afsluttet",
                                        "tjenestemand",
                                        "fordeling",
                                        NULL };

/* The members laes() requires before it reads any. */
#define KRAEVET                                                                \
    ((1u << F_SKADETYPE) | (1u << F_SKADEDATO) | (1u << F_ANMELDELSESDATO) |   \
     (1u << F_FOEDSELSDATO) | (1u << F_AFGOERELSESDATO) |                      \
     (1u << F_AFGOERELSE) | (1u << F_ERHVERVSEVNETAB))

static bool
rod(struct strom *s, struct sag_beregning_input *in)
{
    static const char *const skadetyper[] = { "ulykke", "erhvervssygdom",
                                              NULL };
    static const char *const afgoerelser[] = { "endelig", "midlertidig", NULL };
    static const char *const koen[] = { "alle", "mand", "kvinde", NULL };
    uint32_t sete = 0;
    int fra = 0;
    int r = obj_start(s), i, j;

    while (r == 1) {
        const char *k;
        size_t n;
        bool ok = true, har = false;
        struct vaerdi v;
        void *liste_ud = NULL;

        if (!noegle(s, &k, &n) || (i = find_fra(k, n, rodnavne, &fra)) < 0 ||
            !set(&sete, i))
            return false;
        switch (i) {
        case F_ID: ok = tekst(s, &in->id); break;
        case F_KOMMENTAR: ok = vaerdi(s, &v) && v.art == ART_TEKST; break;
        case F_SKADETYPE:
            if ((j = valg(s, skadetyper)) < 0)
                return false;
            in->skadetype = (enum sag_skadetype)(j + 1);
            break;
        case F_SKADEDATO: ok = dato(s, &in->skadedato); break;
        case F_ANMELDELSESDATO: ok = dato(s, &in->anmeldelsesdato); break;
        case F_FOEDSELSDATO: ok = dato(s, &in->foedselsdato); break;
        case F_AFGOERELSESDATO: ok = dato(s, &in->afgoerelsesdato); break;
        case F_KOEN:
            if ((j = valg(s, koen)) < 0)
                return false;
            in->koen = (enum sag_koen)j;
            break;
        case F_AFGOERELSE:
            if ((j = valg(s, afgoerelser)) < 0)
                return false;
            in->afgoerelse = (enum sag_afgoerelsestype)(j + 1);
            break;
        case F_UNDER_UDDANNELSE: ok = sandhed(s, &in->under_uddannelse); break;
        case F_AARSLOEN:
            ok = oere(s, &in->aarsloen);
            in->har_aarsloen = true;
            break;
        case F_INDKOMSTAAR:
            ok = liste(s, 20, sizeof(struct sag_indkomstaar), true,
                       et_indkomstaar, &liste_ud, &in->antal_indkomstaar);
            in->indkomstaar = liste_ud;
            break;
        case F_AARSLOEN_SKOEN:
            ok = vurdering(s, &in->aarsloen_skoen_vurdering,
                           &in->aarsloen_skoen, &har) &&
                 har;
            in->har_aarsloen_skoen = true;
            break;
        case F_ERHVERVSEVNETAB: ok = tab(s, &in->tab); break;
        case F_TAB_PAAVIST:
            ok = dato(s, &in->tab_paavist_dato);
            in->har_tab_paavist_dato = true;
            break;
        case F_SITUATION_DATO:
            ok = dato(s, &in->situation_dato);
            in->har_situation_dato = true;
            break;
        case F_KAPITALISERING:
            ok = sandhed(s, &in->kapitalisering_anmodet);
            break;
        case F_VURDERING: ok = vurdering(s, &in->vurdering, NULL, NULL); break;
        case F_GENOPTAGELSE:
            ok = genoptagelse(s, &in->genoptagelse);
            in->har_genoptagelse = true;
            break;
        case F_UDDANNELSE_SLUT:
            ok = dato(s, &in->uddannelse_forventet_afsluttet);
            in->har_uddannelse_slut = true;
            break;
        case F_TJENESTEMAND:
            ok = tjenestemand(s, &in->tjenestemand);
            in->har_tjenestemand = true;
            break;
        default:
            ok = liste(s, SAG_FORDELING_MAX, sizeof(struct sag_fordeling),
                       false, en_fordeling, &liste_ud, &in->antal_fordeling);
            in->fordeling = liste_ud;
            break;
        }
        if (!ok)
            return false;
        r = obj_naeste(s);
    }
    return r == 0 && (sete & KRAEVET) == KRAEVET;
}

bool
sag__beregning_strom_laes(const char *tekst_, size_t len,
                          struct sag_arena *arena,
                          struct sag_beregning_input *in)
{
    struct strom s = { tekst_, tekst_ + len, arena };

    sag_beregning_input_init(in);
    if (!rod(&s, in))
        return false;
    ws(&s);
    return s.p == s.end && sag_arena_status(arena) == SAG_OK;
}
