/*
 * Årsløn (ASL § 24) and its regulation to the decision year (§ 25, stk. 4).
 *
 * An årsløn is fixed only when the loss is at least 15 % (guidance 2.1.7,
 * L302). Its basis, in order of precedence:
 *   1. set by skøn (§ 24, stk. 2) — an attributed, assessed input;
 *   2. given (§ 24, stk. 1: "samlede arbejdsfortjeneste i året før
 *      arbejdsskadens indtræden");
 *   3. computed from income years: before 1.7.2024 the year before the
 *      injury; from 1.7.2024 the highest of the last 5 income years before
 *      the injury, each raised to the injury year's level (§ 24, stk. 1 as
 *      amended by lov nr. 1541 af 12/12/2023; bek. nr. 581 af 30/05/2024
 *      "opregulering"; the index used is open question Q-04).
 *
 * Minimum and maximum are those of the injury year (key date): the maximum
 * (§ 24, stk. 5 old / stk. 10 new) always; the minimum before 1.7.2024 only
 * for a person under 18 or in education (§ 24, stk. 6), from 1.7.2024 for
 * everyone.
 *
 * § 25, stk. 4: compensation is computed "som om arbejdsskaden var
 * indtruffet på afgørelsens tidspunkt". By the yearly regulation acts
 * (BEK nr. 1232 af 2018 §§ 2-3, law_facts_2 1.2) the årsløn is converted
 * once to a grundløn at the base level (§ 24, stk. 8: × 367.000 / the
 * maximum årsløn of the injury year; for injuries from 1.7.2024 the 2024
 * level, 608.000) and the running payment is the amount for the grundløn
 * with the cumulative regulation percentage of the payment year as a
 * supplement (46,9 % in 2019). Since the yearly amount is proportional to
 * the årsløn, we carry this as the "årsløn at the decision year's level":
 * årsløn × basis / max[injury year] × (1 + pct[decision year]), in whole
 * øre. The earlier method, the ratio of the maxima of the decision year
 * and the injury year (guidance 3.6, L1947-1955; Ex 4.5), is kept behind
 * SAG__AARSLOEN_REGULERING_GRUNDLOEN = 0. Open question Q-03.
 */
#include "beregning_int.h"

#include <stdio.h>
#include <string.h>

#include "../base/sag_assert.h"
#include "../base/banned.h"

/* 1 = the grundløn method of the regulation acts (BEK nr. 1232 af
 * 2018 §§ 2-3); 0 = the ratio of the maxima (the engine's method until
 * issue 15). */
#define SAG__AARSLOEN_REGULERING_GRUNDLOEN 1

#define REG_PCT "reguleringsprocent_erhvervsevnetab_kumuleret"

/* The regulation from the injury year's årsløn to the decision year's
 * level (see the top of this file). */
struct regulering {
    const struct sag_sats *basis;  /* maks_aarsloen 2003 or 2024 */
    const struct sag_sats *pct[2]; /* cumulative percentages applied */
    struct sag_broek f;
};

static enum sag_status
grundloen_regulering(struct sag__ctx *c, int aard, const struct sag_sats *maks0,
                     struct regulering *r)
{
    const struct sag_satser *s = c->s;
    int reform = sag_dato_aar(SAG_LOV_DATO_REFORM_2024);
    struct sag_broek g;

    memset(r, 0, sizeof(*r));
    if (sag_satser_sats(s, "maks_aarsloen", c->fra_2024_07 ? reform : 2003, "",
                        &r->basis) != SAG_OK)
        return SAG_ENOTFOUND;
    if (c->fra_2024_07) {
        /* The 2024 level and the series from 2024 (0,0 % in 2024). */
        if (sag_satser_sats(s, REG_PCT, aard, "serie_fra_2024", &r->pct[0]) !=
            SAG_OK)
            return SAG_ENOTFOUND;
    } else if (aard <= reform) {
        if (sag_satser_sats(s, REG_PCT, aard, "serie_foer_2024", &r->pct[0]) !=
            SAG_OK)
            return SAG_ENOTFOUND;
    } else {
        /* Lifted to the new base level in 2024 (65,7 %), then the series
         * from 2024 (Mineo, law_facts_2 1.2 [SECONDARY]). */
        if (sag_satser_sats(s, REG_PCT, reform, "serie_foer_2024",
                            &r->pct[0]) != SAG_OK ||
            sag_satser_sats(s, REG_PCT, aard, "serie_fra_2024", &r->pct[1]) !=
                SAG_OK)
            return SAG_ENOTFOUND;
    }
    /* The percentages are stored × 1000 (65,7 % = 65700). */
    if (sag_broek_ny(r->basis->vaerdi, maks0->vaerdi, &r->f) != SAG_OK)
        return SAG_EOVERFLOW;
    for (int i = 0; i < 2 && r->pct[i] != NULL; i++)
        if (sag_broek_ny(100000 + r->pct[i]->vaerdi, 100000, &g) != SAG_OK ||
            sag_broek_mul(r->f, g, &r->f) != SAG_OK)
            return SAG_EOVERFLOW;
    return SAG_OK;
}

static enum sag_status
sats(struct sag__ctx *c, const char *navn, int aar, const char *betingelse,
     const char *felt, const struct sag_sats **r)
{
    if (sag_satser_sats(c->s, navn, aar, betingelse, r) == SAG_OK)
        return SAG_OK;
    return sag_diag_set(c->diag, SAG_ENOTFOUND, felt,
                        "satstabellen har ingen %s for %d", navn, aar);
}

/* "satser.tsv linje N" and, if given, ": kilde", as snprintf into `k` of
 * `cap` bytes would write it (cut at cap - 1): every rate's step has one,
 * and snprintf cost a tenth of a traced calculation (callgrind). */
static void
kilde_linje(char *k, size_t cap, int linje, const char *kilde)
{
    static const char forst[] = "satser.tsv linje ";
    char tal[16], s[200];
    size_t i = sizeof(tal), n = sizeof(forst) - 1, m;
    unsigned u = linje < 0 ? 0U - (unsigned)linje : (unsigned)linje;

    do {
        tal[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u > 0);
    if (linje < 0)
        tal[--i] = '-';
    memcpy(s, forst, n);
    memcpy(s + n, tal + i, sizeof(tal) - i);
    n += sizeof(tal) - i;
    if (kilde != NULL) {
        m = strlen(kilde);
        if (m > sizeof(s) - n - 3)
            m = sizeof(s) - n - 3;
        s[n++] = ':';
        s[n++] = ' ';
        memcpy(s + n, kilde, m);
        n += m;
    }
    if (n > cap - 1)
        n = cap - 1;
    memcpy(k, s, n);
    k[n] = '\0';
}

static void
parameter(struct sag_spor_trin *t, const struct sag_sats *r)
{
    char v[SAG_PENGE_STR_LEN], k[160];

    if (t == NULL)
        return;
    sag_penge_format_dk(sag_penge_oere(r->vaerdi), v);
    /* The act that sets the figure, not the rule again: the step cites the
     * rule (one citation per rule, issue 10 item 6). The table's paragraph
     * column carries a secondary label ("§ 24, stk. 10", Mineo) that
     * disagrees with the primary text's "§ 24, stk. 5". */
    kilde_linje(k, sizeof(k), r->linje,
                r->kilde != NULL && r->kilde[0] != '\0' ? r->kilde : NULL);
    sag_spor_parameter(t, r->navn, k, "%s (%d)", v, r->aar);
}

/* The årsløn from income years. */
static enum sag_status
fra_indkomstaar(struct sag__ctx *c, int aar0, struct sag_penge *ud)
{
    const struct sag_beregning_input *in = c->in;
    const struct sag_sats *maks0, *maksy;
    struct sag_spor_trin *t;
    struct sag_penge bedst = { -1 }, v;
    int bedst_aar = 0;
    enum sag_status st;

    for (size_t i = 0; i < in->antal_indkomstaar; i++) {
        if (in->indkomstaar[i].indkomst.oere < 0)
            return sag_diag_set(c->diag, SAG_EINVAL, "/indkomstaar",
                                "indtægten for %d er negativ",
                                in->indkomstaar[i].aar);
        for (size_t j = 0; j < i; j++)
            if (in->indkomstaar[j].aar == in->indkomstaar[i].aar)
                return sag_diag_set(c->diag, SAG_EINVAL, "/indkomstaar",
                                    "året %d står to gange",
                                    in->indkomstaar[i].aar);
    }
    if (!c->fra_2024_07) {
        /* § 24, stk. 1 (before the reform): the year before the injury. */
        for (size_t i = 0; i < in->antal_indkomstaar; i++)
            if (in->indkomstaar[i].aar == aar0 - 1)
                bedst = in->indkomstaar[i].indkomst, bedst_aar = aar0 - 1;
        if (bedst.oere < 0)
            return sag_diag_set(c->diag, SAG_EMISSING, "/indkomstaar",
                                "mangler indtægtsåret %d (året før skaden, "
                                "§ 24, stk. 1)",
                                aar0 - 1);
        t = sag_spor_trin(c->sp, "aarsloen.aaret-foer-skaden",
                          SAG__HJ_ASL(c, "§ 24, stk. 1", ""),
                          SAG_SPOR_BEREGNET);
        if (t != NULL) {
            char b[SAG_PENGE_STR_LEN];

            sag_penge_format_dk(bedst, b);
            sag_spor_resultat(t, "%lld", (long long)bedst.oere);
            sag_spor_tekst(t,
                           "Årslønnen er indtægten i %d, året før skaden: "
                           "%s.",
                           bedst_aar, b);
        }
        *ud = bedst;
        return SAG_OK;
    }
    /* From 1.7.2024: the highest of the last 5 income years, each raised
     * to the injury year's level. */
    if ((st = sats(c, "maks_aarsloen", aar0, "", "/skadedato", &maks0)) !=
        SAG_OK)
        return st;
    t = sag_spor_trin(c->sp, "aarsloen.bedste-af-5-aar",
                      SAG__HJ_ASL(c, "§ 24, stk. 1",
                                  "; " SAG_KILDE_BEK_581_2024
                                  " (opregulering)"),
                      SAG_SPOR_BEREGNET);
    for (size_t i = 0; i < in->antal_indkomstaar; i++) {
        int y = in->indkomstaar[i].aar;
        struct sag_broek f;

        if (y < aar0 - SAG_LOV_AARSLOEN_INDKOMSTAAR || y > aar0 - 1)
            continue;
        if ((st = sats(c, "maks_aarsloen", y, "", "/indkomstaar", &maksy)) !=
            SAG_OK)
            return st;
        if (sag_broek_ny(maks0->vaerdi, maksy->vaerdi, &f) != SAG_OK ||
            sag_penge_gange_broek(in->indkomstaar[i].indkomst, f,
                                  SAG_AFRUND_HALV_OP, &v) != SAG_OK)
            return sag_diag_set(c->diag, SAG_EOVERFLOW, "/indkomstaar",
                                "beløbet er for stort");
        if (t != NULL) {
            char a[SAG_PENGE_STR_LEN], b[SAG_PENGE_STR_LEN];

            sag_penge_format_dk(in->indkomstaar[i].indkomst, a);
            sag_penge_format_dk(v, b);
            sag_spor_input(t, y == aar0 - 1 ? "aar_foer_skaden" : "aar",
                           "%d: %s (i %d-niveau %s)", y, a, aar0, b);
        }
        if (v.oere > bedst.oere) {
            bedst = v;
            bedst_aar = y;
        }
    }
    if (bedst.oere < 0)
        return sag_diag_set(c->diag, SAG_EMISSING, "/indkomstaar",
                            "mangler: ingen indtægtsår i %d-%d (de %d år før "
                            "skaden)",
                            aar0 - SAG_LOV_AARSLOEN_INDKOMSTAAR, aar0 - 1,
                            SAG_LOV_AARSLOEN_INDKOMSTAAR);
    if (t != NULL) {
        char b[SAG_PENGE_STR_LEN];

        sag_penge_format_dk(bedst, b);
        sag_spor_resultat(t, "%lld", (long long)bedst.oere);
        sag_spor_tekst(t,
                       "Årslønnen er indtægten i det bedste af de 5 "
                       "indtægtsår før skaden, %d: %s (opreguleret til "
                       "%d-niveau).",
                       bedst_aar, b, aar0);
    }
    *ud = bedst;
    return SAG_OK;
}

enum sag_status
sag__aarsloen(struct sag__ctx *c)
{
    const struct sag_beregning_input *in = c->in;
    struct sag_beregning *ud = c->ud;
    struct sag_spor_trin *t;
    const struct sag_sats *maks0, *maksd, *min0 = NULL;
    struct sag_penge a = { 0 }, capped;
    struct sag_broek f;
    struct regulering reg;
    bool har_reg = false;
    enum sag_status st;
    int aar0 = sag_dato_aar(ud->noegledato);
    int aard = sag_dato_aar(in->afgoerelsesdato);
    int alder;
    bool reformaar;

    /* The basis. */
    if (in->har_aarsloen_skoen) {
        if ((st = sag__kraev_vurdering(c, &in->aarsloen_skoen_vurdering,
                                       "/aarsloen_skoen")) != SAG_OK)
            return st;
        a = in->aarsloen_skoen;
        if (a.oere < 0)
            return sag_diag_set(c->diag, SAG_EINVAL,
                                "/aarsloen_skoen/beloeb_oere",
                                "må ikke være negativ");
        t = sag_spor_trin(c->sp, "aarsloen.skoen",
                          SAG__HJ_ASL(c, "§ 24, stk. 2", ""),
                          SAG_SPOR_VURDERET);
        if (t != NULL) {
            char b[SAG_PENGE_STR_LEN];

            sag_penge_format_dk(a, b);
            sag_spor_resultat(t, "%lld", (long long)a.oere);
            sag_spor_tekst(t, "Årslønnen er fastsat skønsmæssigt til %s.", b);
            sag_spor_vurdering(t, in->aarsloen_skoen_vurdering.af,
                               in->aarsloen_skoen_vurdering.begrundelse);
        }
    } else if (in->har_aarsloen) {
        a = in->aarsloen;
        if (a.oere < 0)
            return sag_diag_set(c->diag, SAG_EINVAL, "/aarsloen_oere",
                                "må ikke være negativ");
        t = sag_spor_trin(c->sp, "aarsloen.oplyst",
                          SAG__HJ_ASL(c, "§ 24, stk. 1", ""), SAG_SPOR_OPLYST);
        if (t != NULL) {
            char b[SAG_PENGE_STR_LEN];

            sag_penge_format_dk(a, b);
            sag_spor_resultat(t, "%lld", (long long)a.oere);
            sag_spor_tekst(t, "Årslønnen efter § 24, stk. 1 er oplyst til %s.",
                           b);
        }
    } else if (in->antal_indkomstaar > 0) {
        if ((st = fra_indkomstaar(c, aar0, &a)) != SAG_OK)
            return st;
    } else {
        return sag_diag_set(c->diag, SAG_EMISSING, "/aarsloen_oere",
                            "mangler: der skal fastsættes en årsløn, når "
                            "tabet er mindst 15 %% (aarsloen_oere, "
                            "indkomstaar eller aarsloen_skoen)");
    }

    /* Without the law's maximum for the injury year (the 1992 act, or a
     * year the tables do not cover, e.g. 2004) no amount can be computed:
     * the årsløn is recorded as given and the decision goes on without
     * amounts. */
    if (ud->lov != SAG_LOV_1992 && SAG__AARSLOEN_REGULERING_GRUNDLOEN &&
        sag_satser_sats(c->s, "maks_aarsloen", aar0, "", &maks0) == SAG_OK) {
        st = grundloen_regulering(c, aard, maks0, &reg);
        if (st == SAG_EOVERFLOW)
            return sag_diag_set(c->diag, st, "/aarsloen_oere",
                                "beløbet er for stort");
        har_reg = st == SAG_OK;
    }
    if (ud->lov == SAG_LOV_1992 ||
        sag_satser_sats(c->s, "maks_aarsloen", aar0, "", &maks0) != SAG_OK ||
        sag_satser_sats(c->s, "maks_aarsloen", aard, "", &maksd) != SAG_OK ||
        (SAG__AARSLOEN_REGULERING_GRUNDLOEN && !har_reg)) {
        ud->har_aarsloen = true;
        ud->aarsloen = a;
        ud->aarsloen_reguleret = a;
        c->kan_beregne_beloeb = false;
        t = sag_spor_trin(
            c->sp, "beloeb.ikke-beregnet",
            ud->lov == SAG_LOV_1992
                ? SAG_KILDE_LOV_1992
                : SAG__HJ_ASL(c, "§ 24, stk. 5; § 25", " (satstabellerne)"),
            SAG_SPOR_IKKE_OPFYLDT);
        if (ud->lov == SAG_LOV_1992)
            sag_spor_tekst(t, "Beløb efter 1992-loven beregnes ikke: lovens "
                              "maksimum og regulering findes ikke i "
                              "satstabellerne. Årslønnen er gengivet som "
                              "oplyst.");
        else if (sag_satser_sats(c->s, "maks_aarsloen", aar0, "", &maks0) !=
                     SAG_OK ||
                 sag_satser_sats(c->s, "maks_aarsloen", aard, "", &maksd) !=
                     SAG_OK)
            sag_spor_tekst(t,
                           "Beløb beregnes ikke: satstabellerne har ingen "
                           "maksimal årsløn for %d. Årslønnen er gengivet som "
                           "oplyst uden maksimum og regulering.",
                           sag_satser_sats(c->s, "maks_aarsloen", aar0, "",
                                           &maks0) != SAG_OK
                               ? aar0
                               : aard);
        else
            sag_spor_tekst(t,
                           "Beløb beregnes ikke: satstabellerne har ingen "
                           "reguleringsprocent for %d. Årslønnen er gengivet "
                           "som oplyst uden maksimum og regulering.",
                           aard);
        return SAG_OK;
    }

    /* Minimum and maximum of the injury year. */
    if (sag_dato_alder(in->foedselsdato, ud->noegledato,
                       SAG_MAANED_FOERSTE_EFTER, &alder) != SAG_OK)
        alder = 0;
    /* In the reform's year the rate tables hold two minimums, told apart
     * by these conditions (data/satser.tsv). */
    reformaar = aar0 == sag_dato_aar(SAG_LOV_DATO_REFORM_2024);
    if (c->fra_2024_07) {
        if ((st = sats(c, "min_aarsloen", aar0,
                       reformaar ? "skade_fra_2024-07-01" : "", "/skadedato",
                       &min0)) != SAG_OK)
            return st;
    } else if (in->under_uddannelse || alder < SAG_LOV_AARSLOEN_MINDSTE_ALDER) {
        if ((st = sats(c, "min_aarsloen", aar0,
                       reformaar ? "skade_foer_2024-07-01" : "", "/skadedato",
                       &min0)) != SAG_OK)
            return st;
    }
    capped = a;
    if (capped.oere > maks0->vaerdi)
        capped.oere = maks0->vaerdi;
    if (min0 != NULL && capped.oere < min0->vaerdi)
        capped.oere = min0->vaerdi;
    if (capped.oere != a.oere) {
        bool op = capped.oere > a.oere;

        t = sag_spor_trin(
            c->sp, op ? "aarsloen.minimum" : "aarsloen.maksimum",
            op ? (c->fra_2024_07 ? SAG__HJ_ASL(c, "§ 24", " (minimumsårsløn)")
                                 : SAG__HJ_ASL(c, "§ 24, stk. 6",
                                               " (under 18 år eller "
                                               "under uddannelse)"))
               : SAG__HJ_ASL(c,
                             "§ 24, stk. 5, reguleret efter "
                             "§ 25, stk. 1",
                             ""),
            SAG_SPOR_BEREGNET);
        if (t != NULL) {
            char x[SAG_PENGE_STR_LEN], y[SAG_PENGE_STR_LEN];

            sag_penge_format_dk(a, x);
            sag_penge_format_dk(capped, y);
            sag_spor_input(t, "aarsloen", "%s", x);
            parameter(t, op ? min0 : maks0);
            sag_spor_resultat(t, "%lld", (long long)capped.oere);
            sag_spor_tekst(t, "Årslønnen på %s er %s til %s for %d.", x,
                           op ? "forhøjet til minimum" : "nedsat til maksimum",
                           y, aar0);
        }
    }
    ud->har_aarsloen = true;
    ud->aarsloen = capped;

    /* § 25, stk. 4: to the decision year's level. */
    if (SAG__AARSLOEN_REGULERING_GRUNDLOEN) {
        if (sag_penge_gange_broek(capped, reg.f, SAG_AFRUND_HALV_OP,
                                  &ud->aarsloen_reguleret) != SAG_OK)
            return sag_diag_set(c->diag, SAG_EOVERFLOW, "/aarsloen_oere",
                                "beløbet er for stort");
        t = sag_spor_trin(c->sp, "aarsloen.grundloen-og-regulering",
                          SAG__HJ_ASL(c, "§ 24, stk. 8, og § 25, stk. 2 og 4",
                                      "; " SAG_KILDE_REGULERING_2019
                                      " §§ 2-3 og de tilsvarende årlige "
                                      "reguleringsakter "
                                      "(åbent spørgsmål Q-03)"),
                          SAG_SPOR_BEREGNET);
        if (t != NULL) {
            char x[SAG_PENGE_STR_LEN], y[SAG_PENGE_STR_LEN];
            char bs[SAG_PENGE_STR_LEN], ms[SAG_PENGE_STR_LEN];
            char p[2][SAG_BROEK_STR_LEN];

            sag_penge_format_dk(capped, x);
            sag_penge_format_dk(ud->aarsloen_reguleret, y);
            sag_spor_input(t, "aarsloen", "%s (%d)", x, aar0);
            parameter(t, maks0);
            parameter(t, reg.basis);
            for (int i = 0; i < 2; i++) {
                p[i][0] = '\0';
                if (reg.pct[i] != NULL) {
                    char k[160];

                    (void)sag_broek_format_decimal(
                        (struct sag_broek){ reg.pct[i]->vaerdi, 1000 }, 1, ',',
                        p[i]);
                    kilde_linje(k, sizeof(k), reg.pct[i]->linje,
                                reg.pct[i]->kilde);
                    sag_spor_parameter(t, reg.pct[i]->navn, k, "%s %% (%d)",
                                       p[i], reg.pct[i]->aar);
                }
            }
            sag_spor_afrunding(t, "til hele øre, halv op");
            sag_spor_resultat(t, "%lld",
                              (long long)ud->aarsloen_reguleret.oere);
            sag_penge_format_dk(sag_penge_oere(reg.basis->vaerdi), bs);
            sag_penge_format_dk(sag_penge_oere(maks0->vaerdi), ms);
            if (reg.pct[1] != NULL)
                sag_spor_tekst(t,
                               "Erstatningen beregnes, som om skaden var sket "
                               "på afgørelsestidspunktet: årslønnen %s "
                               "omregnes til grundløn (× %s / %s, den "
                               "maksimale årsløn for %d) og reguleres med "
                               "%s %% (%d) og %s %% (%d) til %s.",
                               x, bs, ms, aar0, p[0], reg.pct[0]->aar, p[1],
                               aard, y);
            else
                sag_spor_tekst(t,
                               "Erstatningen beregnes, som om skaden var sket "
                               "på afgørelsestidspunktet: årslønnen %s "
                               "omregnes til grundløn (× %s / %s, den "
                               "maksimale årsløn for %d) og reguleres med "
                               "%s %% (%d) til %s.",
                               x, bs, ms, aar0, p[0], aard, y);
        }
        return SAG_OK;
    }
    /* The ratio need not be normalised to multiply and round. */
    f = (struct sag_broek){ maksd->vaerdi, maks0->vaerdi };
    if (sag_penge_gange_broek(capped, f, SAG_AFRUND_HALV_OP,
                              &ud->aarsloen_reguleret) != SAG_OK)
        return sag_diag_set(c->diag, SAG_EOVERFLOW, "/aarsloen_oere",
                            "beløbet er for stort");
    if (aard != aar0) {
        t = sag_spor_trin(
            c->sp, "aarsloen.regulering",
            SAG__HJ_ASL(
                c, "§ 25, stk. 4",
                "; " SAG__VEJ("afsnit 3.6 (L1947-1955), "
                              "eksempel 4.5 og 4.6") " "
                                                     "(åbent spørgsmål Q-03)"),
            SAG_SPOR_BEREGNET);
        if (t != NULL) {
            char x[SAG_PENGE_STR_LEN], y[SAG_PENGE_STR_LEN];

            sag_penge_format_dk(capped, x);
            sag_penge_format_dk(ud->aarsloen_reguleret, y);
            sag_spor_input(t, "aarsloen", "%s (%d)", x, aar0);
            parameter(t, maks0);
            parameter(t, maksd);
            sag_spor_afrunding(t, "til hele øre, halv op");
            sag_spor_resultat(t, "%lld",
                              (long long)ud->aarsloen_reguleret.oere);
            sag_spor_tekst(t,
                           "Erstatningen beregnes, som om skaden var sket på "
                           "afgørelsestidspunktet: årslønnen %s reguleres "
                           "fra %d til %d med forholdet mellem de maksimale "
                           "årslønninger til %s.",
                           x, aar0, aard, y);
        }
    }
    return SAG_OK;
}
