/*
 * Loading, validating and looking up the official rate tables.
 *
 * The tables are the legal parameters of every decision, so the loader is
 * deliberately unforgiving: a missing or unknown column, a malformed date or
 * number, a duplicate key or two rows whose validity overlaps is an error
 * that names the file and line. A decision must never silently run on a
 * table that was read wrongly.
 *
 * The core does no I/O: the caller hands over the bytes of each file. All
 * memory lives in the struct's own arena.
 */
#include "skadesag/satser.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "skadesag/broek.h"
#include "skadesag/parse.h"

#include "../base/ckd.h"
#include "../base/sag_assert.h"
#include "../base/banned.h"

enum art { SATSER = 0, FAKTORER = 1, AKTER = 2, FP_ALDER = 3, ANTAL_ARTER };

static const char *const art_navn[ANTAL_ARTER] = { "satser",
                                                   "kapitaliseringsfaktorer",
                                                   "kapitalisering_acts",
                                                   "folkepensionsalder" };

/* The columns of each table, in file order (see data/README.md). */
#define MAKS_KOLONNER 16
static const char *const kolonner[ANTAL_ARTER][MAKS_KOLONNER] = {
    [SATSER] = { "sats_name", "year", "condition", "value", "unit",
                 "law_paragraph", "legal_ref", "mineo_name", NULL },
    [FAKTORER] = { "act_id", "act_valid_from", "act_valid_to", "table_id",
                   "injury_from", "injury_to", "born_from", "born_to", "sex",
                   "payable_to_age", "age_years", "factor", "in_tabelvalg",
                   NULL },
    [AKTER] = { "injury_from", "injury_to", "cap_from", "cap_to", "act_id",
                "act_dated", "act_valid_from", "act_valid_to", "saerfaktor",
                "saerfaktor_rule", "max_table_age", "tables_for_injury_range",
                "tables_missing_in_source", "act_title", "source_commit",
                NULL },
    [FP_ALDER] = { "rule_in_force_from", "rule_in_force_to", "born_from",
                   "born_to", "pension_age_years", "pension_age_extra_months",
                   "pension_age_total_months", "label", "law_ref", NULL },
};

/* A field of the current line: a slice of the input, not NUL-terminated. */
struct felt {
    const char *p;
    size_t n;
};

/* Parser state for one file. */
struct laeser {
    struct sag_satser *s;
    const char *filnavn;
    struct sag_diag *diag;
    int linje;
    int idx[MAKS_KOLONNER];       /* column number of each expected column */
    struct felt f[MAKS_KOLONNER]; /* current line's fields, in file order */
    int nkol;
};

static enum sag_status fejl(struct laeser *l, enum sag_status st,
                            const char *fmt, ...) SAG_PRINTF(3, 4);

static enum sag_status
fejl(struct laeser *l, enum sag_status st, const char *fmt, ...)
{
    char msg[200];
    va_list ap;

    va_start(ap, fmt);
    (void)vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    return sag_diag_set(l->diag, st, "", "%s:%d: %s", l->filnavn, l->linje,
                        msg);
}

/* The field of expected column k of the current line. */
static struct felt
kol(const struct laeser *l, int k)
{
    return l->f[l->idx[k]];
}

static bool
tom(struct felt f)
{
    return f.n == 0;
}

static bool
er(struct felt f, const char *s)
{
    return f.n == strlen(s) && memcmp(f.p, s, f.n) == 0;
}

static const char *
kopi(struct laeser *l, struct felt f)
{
    return sag_arena_strndup(&l->s->arena, f.p, f.n);
}

/* Column name of expected column k, for messages. */
static const char *
navn(const struct laeser *l, enum art a, int k)
{
    (void)l;
    return kolonner[a][k];
}

/* A date field; an empty field gives `hvis_tom` when allowed. */
static enum sag_status
laes_dato(struct laeser *l, enum art a, int k, bool maa_vaere_tom,
          struct sag_dato hvis_tom, struct sag_dato *out)
{
    struct felt f = kol(l, k);

    if (tom(f)) {
        if (!maa_vaere_tom)
            return fejl(l, SAG_EPARSE, "kolonnen '%s' er tom", navn(l, a, k));
        *out = hvis_tom;
        return SAG_OK;
    }
    if (sag_dato_parse_iso(f.p, f.n, out) != SAG_OK)
        return fejl(l, SAG_EPARSE,
                    "kolonnen '%s': '%.*s' er ikke en dato (ÅÅÅÅ-MM-DD)",
                    navn(l, a, k), (int)(f.n > 40 ? 40 : f.n), f.p);
    return SAG_OK;
}

static enum sag_status
laes_heltal(struct laeser *l, enum art a, int k, int64_t min, int64_t max,
            int64_t *out)
{
    struct felt f = kol(l, k);
    int64_t v = 0;

    if (sag_parse_i64n(f.p, f.n, min, max, &v) != SAG_OK)
        return fejl(l, SAG_EPARSE,
                    "kolonnen '%s': '%.*s' er ikke et heltal mellem %lld og "
                    "%lld",
                    navn(l, a, k), (int)(f.n > 40 ? 40 : f.n), f.p,
                    (long long)min, (long long)max);
    *out = v;
    return SAG_OK;
}

/* A non-negative decimal with '.' as separator, scaled by `skala` and
 * required to be exact at that scale ("46.74" × 1000 = 46740). */
static enum sag_status
laes_decimal(struct laeser *l, enum art a, int k, int64_t skala, int64_t *out)
{
    struct felt f = kol(l, k);
    struct sag_broek b, sk;
    int64_t v = 0;

    for (size_t i = 0; i < f.n; i++)
        if (f.p[i] == ',' || f.p[i] == '/' || f.p[i] == '-')
            goto daarlig;
    if (sag_broek_parse(f.p, f.n, &b) != SAG_OK)
        goto daarlig;
    if (sag_broek_mul(b, sag_broek_heltal(skala), &sk) != SAG_OK ||
        sk.naevner != 1)
        return fejl(l, SAG_EPARSE,
                    "kolonnen '%s': '%.*s' har for mange decimaler",
                    navn(l, a, k), (int)(f.n > 40 ? 40 : f.n), f.p);
    v = sk.taeller;
    *out = v;
    return SAG_OK;
daarlig:
    return fejl(l, SAG_EPARSE, "kolonnen '%s': '%.*s' er ikke et tal",
                navn(l, a, k), (int)(f.n > 40 ? 40 : f.n), f.p);
}

static bool
overlapper(struct sag_dato a_fra, struct sag_dato a_til, struct sag_dato b_fra,
           struct sag_dato b_til)
{
    return a_fra.dage <= b_til.dage && b_fra.dage <= a_til.dage;
}

static enum sag_status
interval(struct laeser *l, enum art a, int k_fra, struct sag_dato fra,
         struct sag_dato til)
{
    if (fra.dage > til.dage)
        return fejl(l, SAG_EINVAL, "'%s' ligger efter '%s'", navn(l, a, k_fra),
                    navn(l, a, k_fra + 1));
    return SAG_OK;
}

/*
 * Row parsers. Each appends to a temporary array that is only published
 * into the struct when the whole file has parsed.
 */

struct midlertidig {
    void *raekker;
    size_t antal, plads, stoerrelse;
};

static void *
ny_raekke(struct midlertidig *m)
{
    SAG_ASSERT(m->antal < m->plads);
    return (char *)m->raekker + m->antal++ * m->stoerrelse;
}

static enum sag_status
raekke_sats(struct laeser *l, struct midlertidig *m)
{
    struct sag_sats *r = ny_raekke(m);
    struct sag_sats *tidl = m->raekker;
    struct felt enhed = kol(l, 4);
    int64_t aar = 0;
    enum sag_status st;

    if (tom(kol(l, 0)))
        return fejl(l, SAG_EPARSE, "kolonnen 'sats_name' er tom");
    if ((st = laes_heltal(l, SATSER, 1, 1900, 2200, &aar)) != SAG_OK)
        return st;
    r->aar = (int)aar;
    if (er(enhed, "kr")) {
        r->enhed = SAG_ENHED_KR;
        st = laes_decimal(l, SATSER, 3, 100, &r->vaerdi);
    } else if (er(enhed, "pct")) {
        r->enhed = SAG_ENHED_PCT;
        st = laes_decimal(l, SATSER, 3, 1000, &r->vaerdi);
    } else {
        return fejl(l, SAG_EPARSE,
                    "kolonnen 'unit': '%.*s' er hverken "
                    "'kr' eller 'pct'",
                    (int)(enhed.n > 20 ? 20 : enhed.n), enhed.p);
    }
    if (st != SAG_OK)
        return st;
    r->navn = kopi(l, kol(l, 0));
    r->betingelse = kopi(l, kol(l, 2));
    r->paragraf = kopi(l, kol(l, 5));
    r->kilde = kopi(l, kol(l, 6));
    r->linje = l->linje;
    /* Every value needs a source: the act that publishes it, or for a
     * statutory base amount (maks_aarsloen 2003) the paragraph itself. */
    if (tom(kol(l, 6)) && tom(kol(l, 5)))
        return fejl(l, SAG_EPARSE,
                    "både 'legal_ref' og 'law_paragraph' er "
                    "tomme: hver sats skal have sin kilde");
    for (size_t i = 0; i + 1 < m->antal; i++)
        if (tidl[i].aar == r->aar && strcmp(tidl[i].navn, r->navn) == 0 &&
            strcmp(tidl[i].betingelse, r->betingelse) == 0)
            return fejl(l, SAG_ECONFLICT,
                        "'%s' for %d findes allerede i linje %d", r->navn,
                        r->aar, tidl[i].linje);
    return SAG_OK;
}

/* A factor row before grouping. */
struct faktor_raekke {
    const char *akt, *tabel;
    struct sag_dato akt_fra, akt_til, skade_fra, skade_til, foedt_fra,
        foedt_til;
    enum sag_koen koen;
    int udbetales_til_mdr;
    int alder;
    int64_t faktor;
    bool i_tabelvalg;
    int linje;
};

static enum sag_status
raekke_faktor(struct laeser *l, struct midlertidig *m)
{
    struct faktor_raekke *r = ny_raekke(m);
    struct felt koen = kol(l, 8), tv = kol(l, 12), fp = kol(l, 9);
    int64_t alder = 0, fpmilli = 0;
    enum sag_status st;

    if (tom(kol(l, 0)) || tom(kol(l, 3)))
        return fejl(l, SAG_EPARSE, "'act_id' og 'table_id' skal udfyldes");
    if ((st = laes_dato(l, FAKTORER, 1, false, SAG_DATO_MIN, &r->akt_fra)) !=
            SAG_OK ||
        (st = laes_dato(l, FAKTORER, 2, true, SAG_DATO_MAX, &r->akt_til)) !=
            SAG_OK ||
        (st = laes_dato(l, FAKTORER, 4, true, SAG_DATO_MIN, &r->skade_fra)) !=
            SAG_OK ||
        (st = laes_dato(l, FAKTORER, 5, true, SAG_DATO_MAX, &r->skade_til)) !=
            SAG_OK ||
        (st = laes_dato(l, FAKTORER, 6, true, SAG_DATO_MIN, &r->foedt_fra)) !=
            SAG_OK ||
        (st = laes_dato(l, FAKTORER, 7, true, SAG_DATO_MAX, &r->foedt_til)) !=
            SAG_OK)
        return st;
    if ((st = interval(l, FAKTORER, 1, r->akt_fra, r->akt_til)) != SAG_OK ||
        (st = interval(l, FAKTORER, 4, r->skade_fra, r->skade_til)) != SAG_OK ||
        (st = interval(l, FAKTORER, 6, r->foedt_fra, r->foedt_til)) != SAG_OK)
        return st;
    if (er(koen, "all"))
        r->koen = SAG_KOEN_ALLE;
    else if (er(koen, "male"))
        r->koen = SAG_KOEN_MAND;
    else if (er(koen, "female"))
        r->koen = SAG_KOEN_KVINDE;
    else
        return fejl(l, SAG_EPARSE,
                    "kolonnen 'sex' skal være all, male "
                    "eller female");
    if (er(tv, "1"))
        r->i_tabelvalg = true;
    else if (er(tv, "0"))
        r->i_tabelvalg = false;
    else
        return fejl(l, SAG_EPARSE,
                    "kolonnen 'in_tabelvalg' skal være 0 "
                    "eller 1");
    if (tom(fp)) {
        r->udbetales_til_mdr = 0;
    } else {
        /* "66.5" years → 798 months; only whole and half years occur. */
        if ((st = laes_decimal(l, FAKTORER, 9, 1000, &fpmilli)) != SAG_OK)
            return st;
        if (fpmilli % 500 != 0 || fpmilli < 50000 || fpmilli > 80000)
            return fejl(l, SAG_EINVAL,
                        "kolonnen 'payable_to_age' skal "
                        "være hele eller halve år mellem 50 og 80");
        r->udbetales_til_mdr = (int)(fpmilli * 12 / 1000);
    }
    if (r->i_tabelvalg && (r->udbetales_til_mdr == 0 || tom(kol(l, 4))))
        return fejl(l, SAG_EINVAL,
                    "en tabel i tabelvalget skal have "
                    "'injury_from' og 'payable_to_age'");
    if ((st = laes_heltal(l, FAKTORER, 10, 0, 120, &alder)) != SAG_OK)
        return st;
    r->alder = (int)alder;
    if ((st = laes_decimal(l, FAKTORER, 11, 1000, &r->faktor)) != SAG_OK)
        return st;
    if (r->faktor <= 0)
        return fejl(l, SAG_EINVAL, "kolonnen 'factor' skal være positiv");
    r->akt = kopi(l, kol(l, 0));
    r->tabel = kopi(l, kol(l, 3));
    r->linje = l->linje;
    return SAG_OK;
}

static enum sag_status
raekke_akt(struct laeser *l, struct midlertidig *m)
{
    struct sag_kap_akt *r = ny_raekke(m);
    struct sag_kap_akt *tidl = m->raekker;
    int64_t v = 0;
    enum sag_status st;

    if ((st = laes_dato(l, AKTER, 0, false, SAG_DATO_MIN, &r->skade_fra)) !=
            SAG_OK ||
        (st = laes_dato(l, AKTER, 1, true, SAG_DATO_MAX, &r->skade_til)) !=
            SAG_OK ||
        (st = laes_dato(l, AKTER, 2, false, SAG_DATO_MIN, &r->kap_fra)) !=
            SAG_OK ||
        (st = laes_dato(l, AKTER, 3, true, SAG_DATO_MAX, &r->kap_til)) !=
            SAG_OK ||
        (st = laes_dato(l, AKTER, 5, false, SAG_DATO_MIN, &r->akt_dateret)) !=
            SAG_OK ||
        (st = laes_dato(l, AKTER, 6, false, SAG_DATO_MIN, &r->akt_fra)) !=
            SAG_OK ||
        (st = laes_dato(l, AKTER, 7, true, SAG_DATO_MAX, &r->akt_til)) !=
            SAG_OK)
        return st;
    if ((st = interval(l, AKTER, 0, r->skade_fra, r->skade_til)) != SAG_OK ||
        (st = interval(l, AKTER, 2, r->kap_fra, r->kap_til)) != SAG_OK)
        return st;
    if (tom(kol(l, 4)))
        return fejl(l, SAG_EPARSE, "kolonnen 'act_id' er tom");
    r->saerfaktor = -1;
    if (!tom(kol(l, 8))) {
        if ((st = laes_decimal(l, AKTER, 8, 1000, &r->saerfaktor)) != SAG_OK)
            return st;
        if (!er(kol(l, 9), "months_to_folkepension<=24"))
            return fejl(l, SAG_EINVAL, "ukendt 'saerfaktor_rule'");
    }
    r->max_tabel_alder = -1;
    if (!tom(kol(l, 10))) {
        if ((st = laes_heltal(l, AKTER, 10, 0, 120, &v)) != SAG_OK)
            return st;
        r->max_tabel_alder = (int)v;
    }
    r->akt = kopi(l, kol(l, 4));
    r->tabeller = kopi(l, kol(l, 11));
    r->mangler = kopi(l, kol(l, 12));
    r->titel = kopi(l, kol(l, 13));
    r->linje = l->linje;
    for (size_t i = 0; i + 1 < m->antal; i++)
        if (overlapper(tidl[i].skade_fra, tidl[i].skade_til, r->skade_fra,
                       r->skade_til) &&
            overlapper(tidl[i].kap_fra, tidl[i].kap_til, r->kap_fra,
                       r->kap_til))
            return fejl(l, SAG_ECONFLICT,
                        "gyldighedsperioden overlapper linje %d",
                        tidl[i].linje);
    return SAG_OK;
}

static enum sag_status
raekke_fp(struct laeser *l, struct midlertidig *m)
{
    struct sag_fp_alder *r = ny_raekke(m);
    struct sag_fp_alder *tidl = m->raekker;
    int64_t aar = 0, ekstra = 0, total = 0;
    enum sag_status st;

    if ((st = laes_dato(l, FP_ALDER, 0, false, SAG_DATO_MIN, &r->regel_fra)) !=
            SAG_OK ||
        (st = laes_dato(l, FP_ALDER, 1, true, SAG_DATO_MAX, &r->regel_til)) !=
            SAG_OK ||
        (st = laes_dato(l, FP_ALDER, 2, true, SAG_DATO_MIN, &r->foedt_fra)) !=
            SAG_OK ||
        (st = laes_dato(l, FP_ALDER, 3, true, SAG_DATO_MAX, &r->foedt_til)) !=
            SAG_OK)
        return st;
    if ((st = interval(l, FP_ALDER, 0, r->regel_fra, r->regel_til)) != SAG_OK ||
        (st = interval(l, FP_ALDER, 2, r->foedt_fra, r->foedt_til)) != SAG_OK)
        return st;
    if ((st = laes_heltal(l, FP_ALDER, 4, 50, 80, &aar)) != SAG_OK ||
        (st = laes_heltal(l, FP_ALDER, 5, 0, 11, &ekstra)) != SAG_OK ||
        (st = laes_heltal(l, FP_ALDER, 6, 600, 971, &total)) != SAG_OK)
        return st;
    if (aar * 12 + ekstra != total)
        return fejl(l, SAG_EINVAL,
                    "'pension_age_total_months' (%lld) er "
                    "ikke år × 12 + måneder (%lld)",
                    (long long)total, (long long)(aar * 12 + ekstra));
    r->maaneder = (int)total;
    r->label = kopi(l, kol(l, 7));
    r->lov = kopi(l, kol(l, 8));
    r->linje = l->linje;
    for (size_t i = 0; i + 1 < m->antal; i++)
        if (overlapper(tidl[i].regel_fra, tidl[i].regel_til, r->regel_fra,
                       r->regel_til) &&
            overlapper(tidl[i].foedt_fra, tidl[i].foedt_til, r->foedt_fra,
                       r->foedt_til))
            return fejl(l, SAG_ECONFLICT,
                        "gyldighedsperioden overlapper linje %d",
                        tidl[i].linje);
    return SAG_OK;
}

/* Order factor rows by group key, then age. */
static int
cmp_faktor(const void *pa, const void *pb)
{
    const struct faktor_raekke *a = pa, *b = pb;
    int c;

    if ((c = strcmp(a->akt, b->akt)) != 0)
        return c;
    if ((c = strcmp(a->tabel, b->tabel)) != 0)
        return c;
    if (a->koen != b->koen)
        return (int)a->koen - (int)b->koen;
    if (a->skade_fra.dage != b->skade_fra.dage)
        return a->skade_fra.dage < b->skade_fra.dage ? -1 : 1;
    if (a->foedt_fra.dage != b->foedt_fra.dage)
        return a->foedt_fra.dage < b->foedt_fra.dage ? -1 : 1;
    return a->alder - b->alder;
}

static bool
samme_gruppe(const struct faktor_raekke *a, const struct faktor_raekke *b)
{
    return strcmp(a->akt, b->akt) == 0 && strcmp(a->tabel, b->tabel) == 0 &&
           a->koen == b->koen && a->skade_fra.dage == b->skade_fra.dage &&
           a->foedt_fra.dage == b->foedt_fra.dage;
}

/* Group sorted factor rows into tables; check that ages are contiguous,
 * factors fall with age, and the other columns agree within a table. */
static enum sag_status
byg_tabeller(struct laeser *l, struct faktor_raekke *r, size_t n,
             struct sag_kap_tabel **ud, size_t *antal_ud)
{
    struct sag_kap_tabel *t;
    size_t ng = 0, i, j;
    int64_t *faktorer;

    qsort(r, n, sizeof(*r), cmp_faktor);
    for (i = 0; i < n; i++)
        if (i == 0 || !samme_gruppe(&r[i - 1], &r[i]))
            ng++;
    t = sag_arena_calloc(&l->s->arena, ng ? ng : 1, sizeof(*t));
    faktorer = sag_arena_calloc(&l->s->arena, n ? n : 1, sizeof(*faktorer));
    if (t == NULL || faktorer == NULL)
        return sag_diag_set(l->diag, SAG_ENOMEM, "",
                            "%s: ikke mere "
                            "hukommelse",
                            l->filnavn);
    ng = 0;
    for (i = 0; i < n; i = j) {
        struct sag_kap_tabel *g = &t[ng++];

        *g =
            (struct sag_kap_tabel){ .akt = r[i].akt,
                                    .akt_fra = r[i].akt_fra,
                                    .akt_til = r[i].akt_til,
                                    .tabel = r[i].tabel,
                                    .skade_fra = r[i].skade_fra,
                                    .skade_til = r[i].skade_til,
                                    .foedt_fra = r[i].foedt_fra,
                                    .foedt_til = r[i].foedt_til,
                                    .koen = r[i].koen,
                                    .udbetales_til_mdr = r[i].udbetales_til_mdr,
                                    .i_tabelvalg = r[i].i_tabelvalg,
                                    .alder_min = r[i].alder,
                                    .alder_max = r[i].alder,
                                    .faktor = faktorer + i,
                                    .linje = r[i].linje };
        faktorer[i] = r[i].faktor;
        for (j = i + 1; j < n && samme_gruppe(&r[i], &r[j]); j++) {
            l->linje = r[j].linje;
            if (r[j].alder == r[j - 1].alder)
                return fejl(l, SAG_ECONFLICT,
                            "alder %d i tabel %s (%s) "
                            "findes allerede i linje %d",
                            r[j].alder, g->tabel, g->akt, r[j - 1].linje);
            if (r[j].alder != r[j - 1].alder + 1)
                return fejl(l, SAG_EINVAL,
                            "tabel %s (%s) springer fra "
                            "alder %d til %d",
                            g->tabel, g->akt, r[j - 1].alder, r[j].alder);
            if (r[j].faktor >= r[j - 1].faktor)
                return fejl(l, SAG_EINVAL,
                            "tabel %s (%s): faktoren for "
                            "alder %d er ikke mindre end for alder %d",
                            g->tabel, g->akt, r[j].alder, r[j - 1].alder);
            if (r[j].skade_til.dage != g->skade_til.dage ||
                r[j].foedt_til.dage != g->foedt_til.dage ||
                r[j].udbetales_til_mdr != g->udbetales_til_mdr ||
                r[j].i_tabelvalg != g->i_tabelvalg ||
                r[j].akt_fra.dage != g->akt_fra.dage ||
                r[j].akt_til.dage != g->akt_til.dage)
                return fejl(l, SAG_ECONFLICT,
                            "tabel %s (%s) har andre "
                            "gyldighedsdatoer end linje %d",
                            g->tabel, g->akt, g->linje);
            faktorer[j] = r[j].faktor;
            g->alder_max = r[j].alder;
        }
    }
    /* Two selectable tables of one act must never both apply. */
    for (i = 0; i < ng; i++)
        for (j = i + 1; j < ng; j++) {
            const struct sag_kap_tabel *a = &t[i], *b = &t[j];

            if (!a->i_tabelvalg || !b->i_tabelvalg ||
                strcmp(a->akt, b->akt) != 0)
                continue;
            if (a->koen != b->koen && a->koen != SAG_KOEN_ALLE &&
                b->koen != SAG_KOEN_ALLE)
                continue;
            if (overlapper(a->skade_fra, a->skade_til, b->skade_fra,
                           b->skade_til) &&
                overlapper(a->foedt_fra, a->foedt_til, b->foedt_fra,
                           b->foedt_til)) {
                l->linje = b->linje;
                return fejl(l, SAG_ECONFLICT,
                            "tabel %s og %s i %s dækker "
                            "samme skade- og fødselsdatoer",
                            a->tabel, b->tabel, a->akt);
            }
        }
    *ud = t;
    *antal_ud = ng;
    return SAG_OK;
}

/* Split the line [p, slut) into fields at tabs. */
static enum sag_status
del_linje(struct laeser *l, const char *p, const char *slut, int forventet)
{
    int n = 0;

    for (;;) {
        const char *tab = memchr(p, '\t', (size_t)(slut - p));
        const char *e = tab ? tab : slut;

        if (n == MAKS_KOLONNER)
            return fejl(l, SAG_EPARSE, "for mange kolonner");
        l->f[n++] = (struct felt){ p, (size_t)(e - p) };
        if (tab == NULL)
            break;
        p = tab + 1;
    }
    if (forventet >= 0 && n != forventet)
        return fejl(l, SAG_EPARSE, "%d kolonner, overskriften har %d", n,
                    forventet);
    l->nkol = n;
    return SAG_OK;
}

/* Recognise the table from its header and map the expected columns. */
static enum sag_status
laes_overskrift(struct laeser *l, enum art *art)
{
    int bedst = -1, bedst_antal = -1;

    /* The kind whose columns the header matches best; ties cannot occur
     * because the kinds' first columns differ. */
    for (int a = 0; a < ANTAL_ARTER; a++) {
        int fundet = 0;

        for (int k = 0; kolonner[a][k] != NULL; k++)
            for (int i = 0; i < l->nkol; i++)
                if (er(l->f[i], kolonner[a][k]))
                    fundet++;
        if (fundet > bedst_antal) {
            bedst = a;
            bedst_antal = fundet;
        }
    }
    if (bedst_antal < 2)
        return fejl(l, SAG_EPARSE,
                    "ukendt tabel: overskriften passer ikke "
                    "til nogen af satser, kapitaliseringsfaktorer, "
                    "kapitalisering_acts eller folkepensionsalder");
    *art = (enum art)bedst;
    for (int k = 0; kolonner[bedst][k] != NULL; k++) {
        l->idx[k] = -1;
        for (int i = 0; i < l->nkol; i++)
            if (er(l->f[i], kolonner[bedst][k])) {
                if (l->idx[k] >= 0)
                    return fejl(l, SAG_EPARSE, "kolonnen '%s' står to gange",
                                kolonner[bedst][k]);
                l->idx[k] = i;
            }
        if (l->idx[k] < 0)
            return fejl(l, SAG_EPARSE,
                        "kolonnen '%s' mangler (tabellen "
                        "ligner %s)",
                        kolonner[bedst][k], art_navn[bedst]);
    }
    for (int i = 0; i < l->nkol; i++) {
        bool kendt = false;

        for (int k = 0; kolonner[bedst][k] != NULL; k++)
            kendt = kendt || er(l->f[i], kolonner[bedst][k]);
        if (!kendt)
            return fejl(l, SAG_EPARSE, "ukendt kolonne '%.*s'",
                        (int)(l->f[i].n > 40 ? 40 : l->f[i].n), l->f[i].p);
    }
    return SAG_OK;
}

void
sag_satser_init(struct sag_satser *s)
{
    memset(s, 0, sizeof(*s));
    sag_arena_init(&s->arena, 0);
    sag_sha256_init(&s->sha);
}

void
sag_satser_release(struct sag_satser *s)
{
    if (s == NULL)
        return;
    sag_arena_release(&s->arena);
    sag_satser_init(s);
}

enum sag_status
sag_satser_indlaes_tsv(struct sag_satser *s, const char *filnavn,
                       const char *data, size_t len, struct sag_diag *diag)
{
    struct laeser l = { .s = s, .filnavn = filnavn, .diag = diag, .linje = 1 };
    struct midlertidig m = { 0 };
    const char *p = data, *slut = data + len, *nl;
    enum art art = SATSER;
    enum sag_status st;
    size_t linjer = 0, stoerrelser[ANTAL_ARTER] = {
        sizeof(struct sag_sats), sizeof(struct faktor_raekke),
        sizeof(struct sag_kap_akt), sizeof(struct sag_fp_alder)
    };
    int nkol;

    if (s->klar)
        return sag_diag_set(diag, SAG_ECONFLICT, "",
                            "%s: tabellerne er "
                            "allerede færdigindlæst",
                            filnavn);
    if (len == 0)
        return fejl(&l, SAG_EPARSE, "filen er tom");
    if (memchr(data, '\0', len) != NULL)
        return fejl(&l, SAG_EPARSE, "filen indeholder en NUL-byte");
    if (data[len - 1] != '\n')
        return fejl(&l, SAG_EPARSE, "sidste linje mangler linjeskift");
    for (const char *q = data; q < slut; q++)
        if (*q == '\n')
            linjer++;

    nl = memchr(p, '\n', (size_t)(slut - p));
    if ((st = del_linje(&l, p, nl, -1)) != SAG_OK)
        return st;
    if ((st = laes_overskrift(&l, &art)) != SAG_OK)
        return st;
    if (s->indlaest & (1u << art))
        return fejl(&l, SAG_ECONFLICT, "tabellen %s er allerede indlæst",
                    art_navn[art]);
    nkol = l.nkol;
    m.stoerrelse = stoerrelser[art];
    m.plads = linjer;
    m.raekker = sag_arena_calloc(&s->arena, linjer, m.stoerrelse);
    if (m.raekker == NULL)
        return fejl(&l, SAG_ENOMEM, "ikke mere hukommelse");

    for (p = nl + 1; p < slut; p = nl + 1) {
        l.linje++;
        nl = memchr(p, '\n', (size_t)(slut - p));
        if (nl == p)
            return fejl(&l, SAG_EPARSE, "tom linje");
        if (nl[-1] == '\r')
            return fejl(&l, SAG_EPARSE, "linjen slutter med CR (brug LF)");
        if ((st = del_linje(&l, p, nl, nkol)) != SAG_OK)
            return st;
        switch (art) {
        case SATSER: st = raekke_sats(&l, &m); break;
        case FAKTORER: st = raekke_faktor(&l, &m); break;
        case AKTER: st = raekke_akt(&l, &m); break;
        case FP_ALDER: st = raekke_fp(&l, &m); break;
        case ANTAL_ARTER: st = SAG_EINTERNAL; break;
        }
        if (st != SAG_OK)
            return st;
        if (sag_arena_status(&s->arena) != SAG_OK)
            return fejl(&l, SAG_ENOMEM, "ikke mere hukommelse");
    }
    if (m.antal == 0)
        return fejl(&l, SAG_EPARSE, "tabellen har ingen raekker");

    /* Everything parsed: publish. */
    switch (art) {
    case SATSER:
        s->satser = m.raekker;
        s->antal_satser = m.antal;
        break;
    case FAKTORER:
        st = byg_tabeller(&l, m.raekker, m.antal, &s->kap_tabeller,
                          &s->antal_kap_tabeller);
        if (st != SAG_OK)
            return st;
        break;
    case AKTER:
        s->kap_akter = m.raekker;
        s->antal_kap_akter = m.antal;
        break;
    case FP_ALDER:
        s->fp_aldre = m.raekker;
        s->antal_fp_aldre = m.antal;
        break;
    case ANTAL_ARTER: return SAG_EINTERNAL;
    }
    s->indlaest |= 1u << art;
    {
        char hdr[64];
        int n = snprintf(hdr, sizeof(hdr), "%zu", len);

        sag_sha256_update(&s->sha, filnavn, strlen(filnavn) + 1);
        sag_sha256_update(&s->sha, hdr, (size_t)n + 1);
        sag_sha256_update(&s->sha, data, len);
    }
    return SAG_OK;
}

static int
cmp_sats(const void *pa, const void *pb)
{
    const struct sag_sats *a = *(const struct sag_sats *const *)pa;
    const struct sag_sats *b = *(const struct sag_sats *const *)pb;
    int c = strcmp(a->navn, b->navn);

    if (c == 0)
        c = strcmp(a->betingelse, b->betingelse);
    if (c == 0)
        c = a->aar - b->aar;
    return c;
}

/* Group the rate rows into series by (navn, betingelse), each indexed by
 * year, so that a look-up is a binary search plus an array index. The engine
 * does several look-ups per decision, so this matters for throughput. */
static enum sag_status
byg_serier(struct sag_satser *s)
{
    const struct sag_sats **sorteret;
    size_t n = s->antal_satser, ns = 0, i, j;

    sorteret = sag_arena_calloc(&s->arena, n ? n : 1, sizeof(*sorteret));
    if (sorteret == NULL)
        return SAG_ENOMEM;
    for (i = 0; i < n; i++)
        sorteret[i] = &s->satser[i];
    qsort(sorteret, n, sizeof(*sorteret), cmp_sats);
    for (i = 0; i < n; i++)
        if (i == 0 || strcmp(sorteret[i]->navn, sorteret[i - 1]->navn) != 0 ||
            strcmp(sorteret[i]->betingelse, sorteret[i - 1]->betingelse) != 0)
            ns++;
    s->serier = sag_arena_calloc(&s->arena, ns ? ns : 1, sizeof(*s->serier));
    if (s->serier == NULL)
        return SAG_ENOMEM;
    s->antal_serier = 0;
    for (i = 0; i < n; i = j) {
        struct sag_sats_serie *se = &s->serier[s->antal_serier++];

        for (j = i + 1;
             j < n && strcmp(sorteret[j]->navn, sorteret[i]->navn) == 0 &&
             strcmp(sorteret[j]->betingelse, sorteret[i]->betingelse) == 0;
             j++)
            ;
        se->navn = sorteret[i]->navn;
        se->betingelse = sorteret[i]->betingelse;
        se->aar_min = sorteret[i]->aar;
        se->aar_max = sorteret[j - 1]->aar;
        se->efter_aar =
            sag_arena_calloc(&s->arena, (size_t)(se->aar_max - se->aar_min + 1),
                             sizeof(*se->efter_aar));
        if (se->efter_aar == NULL)
            return SAG_ENOMEM;
        for (size_t k = i; k < j; k++)
            se->efter_aar[sorteret[k]->aar - se->aar_min] = sorteret[k];
    }
    return SAG_OK;
}

/* Point every act row at its run of tables (the tables are sorted by act
 * name in byg_tabeller). */
static enum sag_status
byg_akt_indeks(struct sag_satser *s)
{
    for (size_t i = 0; i < s->antal_kap_akter; i++) {
        struct sag_kap_akt *a = &s->kap_akter[i];
        size_t j = 0;

        while (j < s->antal_kap_tabeller &&
               strcmp(s->kap_tabeller[j].akt, a->akt) != 0)
            j++;
        a->akt_tabeller = s->kap_tabeller + j;
        a->antal_akt_tabeller = 0;
        while (j + a->antal_akt_tabeller < s->antal_kap_tabeller &&
               strcmp(s->kap_tabeller[j + a->antal_akt_tabeller].akt, a->akt) ==
                   0)
            a->antal_akt_tabeller++;
    }
    return SAG_OK;
}

enum sag_status
sag_satser_klar(struct sag_satser *s, struct sag_diag *diag)
{
    unsigned char digest[32];

    for (int a = 0; a < ANTAL_ARTER; a++)
        if (!(s->indlaest & (1u << a)))
            return sag_diag_set(diag, SAG_EMISSING, "",
                                "tabellen %s er "
                                "ikke indlæst",
                                art_navn[a]);
    /* Every act the selection map names must have tables. */
    for (size_t i = 0; i < s->antal_kap_akter; i++) {
        bool fundet = false;

        for (size_t j = 0; j < s->antal_kap_tabeller && !fundet; j++)
            fundet = strcmp(s->kap_tabeller[j].akt, s->kap_akter[i].akt) == 0;
        if (!fundet)
            return sag_diag_set(diag, SAG_ECONFLICT, "",
                                "kapitalisering_acts:%d: akten %s har ingen "
                                "tabeller i kapitaliseringsfaktorer",
                                s->kap_akter[i].linje, s->kap_akter[i].akt);
    }
    if (byg_serier(s) != SAG_OK || byg_akt_indeks(s) != SAG_OK)
        return sag_diag_set(diag, SAG_ENOMEM, "", "ikke mere hukommelse");
    sag_sha256_final(&s->sha, digest);
    sag_sha256_hex(digest, s->checksum);
    s->klar = true;
    return SAG_OK;
}

const char *
sag_satser_checksum(const struct sag_satser *s)
{
    SAG_ASSERT(s->klar);
    return s->checksum;
}

enum sag_status
sag_satser_sats(const struct sag_satser *s, const char *navn, int aar,
                const char *betingelse, const struct sag_sats **out)
{
    size_t lo = 0, hi;

    SAG_ASSERT(s->klar);
    if (betingelse == NULL)
        betingelse = "";
    hi = s->antal_serier;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const struct sag_sats_serie *se = &s->serier[mid];
        int c = strcmp(navn, se->navn);

        if (c == 0)
            c = strcmp(betingelse, se->betingelse);
        if (c == 0) {
            const struct sag_sats *r;

            if (aar < se->aar_min || aar > se->aar_max)
                return SAG_ENOTFOUND;
            r = se->efter_aar[aar - se->aar_min];
            if (r == NULL)
                return SAG_ENOTFOUND;
            *out = r;
            return SAG_OK;
        }
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return SAG_ENOTFOUND;
}

enum sag_status
sag_satser_sats_paa_dato(const struct sag_satser *s, const char *navn,
                         struct sag_dato d, const char *betingelse,
                         const struct sag_sats **out)
{
    return sag_satser_sats(s, navn, sag_dato_aar(d), betingelse, out);
}

static bool
indeholder(struct sag_dato fra, struct sag_dato til, struct sag_dato d)
{
    return fra.dage <= d.dage && d.dage <= til.dage;
}

enum sag_status
sag_satser_folkepensionsalder(const struct sag_satser *s, struct sag_dato foedt,
                              struct sag_dato opslag,
                              const struct sag_fp_alder **out)
{
    for (size_t i = 0; i < s->antal_fp_aldre; i++) {
        const struct sag_fp_alder *r = &s->fp_aldre[i];

        if (indeholder(r->regel_fra, r->regel_til, opslag) &&
            indeholder(r->foedt_fra, r->foedt_til, foedt)) {
            *out = r;
            return SAG_OK;
        }
    }
    return SAG_ENOTFOUND;
}

enum sag_status
sag_satser_kap_akt(const struct sag_satser *s, struct sag_dato skadedato,
                   struct sag_dato kapdato, const struct sag_kap_akt **out)
{
    for (size_t i = 0; i < s->antal_kap_akter; i++) {
        const struct sag_kap_akt *r = &s->kap_akter[i];

        if (indeholder(r->skade_fra, r->skade_til, skadedato) &&
            indeholder(r->kap_fra, r->kap_til, kapdato)) {
            *out = r;
            return SAG_OK;
        }
    }
    return SAG_ENOTFOUND;
}

enum sag_status
sag_satser_kap_tabel(const struct sag_satser *s, struct sag_dato skadedato,
                     struct sag_dato kapdato, struct sag_dato foedselsdato,
                     enum sag_koen koen, const struct sag_kap_akt **akt,
                     const struct sag_kap_tabel **tabel)
{
    const struct sag_kap_akt *a;
    enum sag_status st = sag_satser_kap_akt(s, skadedato, kapdato, &a);
    bool kraever_koen = false;

    if (st != SAG_OK)
        return st;
    SAG_ASSERT(s->klar);
    for (size_t i = 0; i < a->antal_akt_tabeller; i++) {
        const struct sag_kap_tabel *t = &a->akt_tabeller[i];

        if (!t->i_tabelvalg ||
            !indeholder(t->skade_fra, t->skade_til, skadedato) ||
            !indeholder(t->foedt_fra, t->foedt_til, foedselsdato))
            continue;
        if (t->koen != SAG_KOEN_ALLE && t->koen != koen) {
            kraever_koen = kraever_koen || koen == SAG_KOEN_ALLE;
            continue;
        }
        *akt = a;
        *tabel = t;
        return SAG_OK;
    }
    return kraever_koen ? SAG_EMISSING : SAG_ENOTFOUND;
}

enum sag_status
sag_kap_tabel_faktor(const struct sag_kap_tabel *t, int alder, int64_t *faktor)
{
    if (alder < t->alder_min || alder > t->alder_max)
        return SAG_ERANGE;
    *faktor = t->faktor[alder - t->alder_min];
    return SAG_OK;
}
