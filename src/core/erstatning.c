/*
 * Yearly and monthly compensation.
 *
 * Level (by the case's key date):
 *   from 1.1.2011: 83 % of the årsløn after deducting 8 %
 *     arbejdsmarkedsbidrag (ASL § 17, stk. 6; § 24, stk. 3). Verified: it
 *     reproduces every published maximum, e.g. 2024: 608.000 × 0,92 × 0,83
 *     = 464.268,80 → 464.269 kr. (law_facts.md 0.1, bm.dk);
 *   2004–2010: 80 % with no deduction (Mineo loebende-eet.md; SECONDARY,
 *     open question Q-05).
 * The yearly amount is computed exactly and then raised to the nearest
 * amount in whole kroner divisible by 12 (§ 25, stk. 5), so the monthly
 * amount is a whole number of kroner.
 *
 * § 28 (tjenestemand): the compensation is reduced by 2/3 of the increase of
 * the tjenestemandspension; the amount step waits until the pension
 * authority has decided (guidance 2.18, L1454-1466: the two-step decision).
 */

#include "skadesag/beregning.h"

#include "beregning_int.h"

#include "../base/ckd.h"
#include "../base/sag_assert.h"
#include "../base/banned.h"

_Static_assert(SAG_LOV_NIVEAU_FOER_2011_PCT % 20 == 0, "80/100 is 4/5");

/* The level as an exact fraction of the årsløn. */
static struct sag_broek
niveau(const struct sag__ctx *c)
{
    /* 83 % × 92 % as 1909/2500 (lov.h); 80 % as 4/5. Kept in lowest terms:
     * the bound on the årsløn before an amount overflows depends on it. */
    return c->fra_2011 ? (struct sag_broek){ SAG_LOV_NIVEAU_NETTO_TAELLER,
                                             SAG_LOV_NIVEAU_NETTO_NAEVNER }
                       : (struct sag_broek){ SAG_LOV_NIVEAU_FOER_2011_PCT / 20,
                                             100 / 20 };
}

enum sag_status
sag__aarlig_erstatning(struct sag__ctx *c, int pct,
                       struct sag_broek *aarlig_oere)
{
    struct sag_broek r;

    struct sag_broek n = niveau(c);
    int64_t t;

    SAG_ASSERT(c->ud->har_aarsloen);
    /* årsløn × level × pct / 100 with one normalisation. */
    if (sag_ckd_mul(&t, c->ud->aarsloen_reguleret.oere, n.taeller) ||
        sag_ckd_mul(&t, t, pct) ||
        sag_broek_ny(t, n.naevner * 100, &r) != SAG_OK)
        return sag_diag_set(c->diag, SAG_EOVERFLOW, "/aarsloen_oere",
                            "beløbet er for stort");
    *aarlig_oere = r;
    return SAG_OK;
}

enum sag_status
sag_maks_aarlig_erstatning(const struct sag_satser *satser, int aar,
                           struct sag_penge *ud)
{
    const struct sag_sats *maks;
    struct sag_penge p;
    enum sag_status st;

    /* ASL § 17, stk. 6 with § 24, stk. 3: the maximum årsløn × 0,92 ×
     * 0,83, published in whole kroner. */
    if ((st = sag_satser_sats(satser, "maks_aarsloen", aar, "", &maks)) !=
        SAG_OK)
        return st;
    if ((st = sag_penge_gange_broek(
             sag_penge_oere(maks->vaerdi),
             (struct sag_broek){ SAG_LOV_NIVEAU_NETTO_TAELLER,
                                 SAG_LOV_NIVEAU_NETTO_NAEVNER },
             SAG_AFRUND_HALV_OP, &p)) != SAG_OK)
        return st;
    return sag_penge_afrund_kr_halv_op(p, ud);
}

enum sag_status
sag__erstatning(struct sag__ctx *c)
{
    const struct sag_beregning_input *in = c->in;
    struct sag_beregning *ud = c->ud;
    struct sag_spor_trin *t;
    struct sag_broek aarlig, fradrag;
    enum sag_status st;

    if (!ud->ret_til_erstatning || !ud->har_aarsloen || !c->kan_beregne_beloeb)
        return SAG_OK;
    if (in->har_tjenestemand &&
        in->tjenestemand.tilskadekomstpension == SAG_TKP_IKKE_AFGJORT) {
        t = sag_spor_trin(
            c->sp, "tjenestemand.to-trin",
            SAG__HJ_ASL(c, "§ 28, stk. 1", "; " SAG__VEJ("afsnit 2.18")),
            SAG_SPOR_IKKE_OPFYLDT);
        sag_spor_tekst(t, "Tilskadekomne er tjenestemand, og "
                          "pensionsmyndigheden har ikke afgjort, om der "
                          "tilkendes tilskadekomstpension. Afgørelsen "
                          "fastsætter procent og årsløn uden kronebeløb; "
                          "beløbet beregnes, når pensionsmyndigheden har "
                          "truffet afgørelse.");
        return SAG_OK;
    }
    if ((st = sag__aarlig_erstatning(c, ud->pct, &aarlig)) != SAG_OK)
        return st;

    if (in->har_tjenestemand &&
        in->tjenestemand.tilskadekomstpension == SAG_TKP_JA &&
        in->tjenestemand.har_forhoejelse_aarlig) {
        /* § 28, stk. 1: 2/3 of the yearly pension increase. */
        if (in->tjenestemand.forhoejelse_aarlig.oere < 0)
            return sag_diag_set(c->diag, SAG_EINVAL,
                                "/tjenestemand/pensionsforhoejelse_aarlig_oere",
                                "må ikke være negativ");
        if (sag_broek_mul(
                sag_broek_heltal(in->tjenestemand.forhoejelse_aarlig.oere),
                (struct sag_broek){ SAG_LOV_TJM_FRADRAG_TAELLER,
                                    SAG_LOV_TJM_FRADRAG_NAEVNER },
                &fradrag) != SAG_OK ||
            sag_broek_sub(aarlig, fradrag, &aarlig) != SAG_OK)
            return SAG_EOVERFLOW;
        if (sag_broek_cmp(aarlig, sag_broek_heltal(0)) < 0)
            aarlig = sag_broek_heltal(0);
        ud->har_tjenestemandsfradrag = true;
        ud->tjenestemandsfradrag =
            sag_penge_oere(sag_broek_afrund(fradrag, SAG_AFRUND_HALV_OP));
        t = sag_spor_trin(c->sp, "tjenestemand.fradrag",
                          SAG__HJ_ASL(c, "§ 28, stk. 1", ""),
                          SAG_SPOR_BEREGNET);
        if (t != NULL) {
            char x[SAG_PENGE_STR_LEN], y[SAG_PENGE_STR_LEN];

            sag_penge_format_dk(in->tjenestemand.forhoejelse_aarlig, x);
            sag_penge_format_dk(ud->tjenestemandsfradrag, y);
            sag_spor_input(t, "pensionsforhoejelse_aarlig", "%s", x);
            sag_spor_resultat(t, "%lld",
                              (long long)ud->tjenestemandsfradrag.oere);
            sag_spor_tekst(t,
                           "Erstatningen nedsættes med 2/3 af forhøjelsen "
                           "af tjenestemandspensionen (%s): %s om året.",
                           x, y);
        }
    }

    ud->aarlig_foer_afrunding =
        sag_penge_oere(sag_broek_afrund(aarlig, SAG_AFRUND_HALV_OP));
    /* § 25, stk. 5: up to whole kroner divisible by 12, from the amount in
     * øre the trace shows. */
    if (sag_penge_op_til_12_kr(ud->aarlig_foer_afrunding, &ud->aarlig) !=
        SAG_OK)
        return sag_diag_set(c->diag, SAG_EOVERFLOW, "/aarsloen_oere",
                            "beløbet er for stort");
    ud->maanedlig = sag_penge_oere(ud->aarlig.oere / SAG_LOV_DELELIG_KR);
    ud->har_beloeb = true;

    t = sag_spor_trin(c->sp, "erstatning.aarlig",
                      c->fra_2011
                          ? SAG__HJ_ASL(c,
                                        "§ 17, stk. 6; § 24, stk. 3 "
                                        "(arbejdsmarkedsbidrag); § 25, stk. 5",
                                        "")
                          : SAG__HJ_ASL(c,
                                        "§ 17, stk. 6 (80 %, skader før "
                                        "1.1.2011; åbent spørgsmål Q-05); "
                                        "§ 25, stk. 5",
                                        ""),
                      SAG_SPOR_BEREGNET);
    if (t != NULL) {
        char x[SAG_PENGE_STR_LEN], y[SAG_PENGE_STR_LEN], z[SAG_PENGE_STR_LEN],
            m[SAG_PENGE_STR_LEN];

        sag_penge_format_dk(ud->aarsloen_reguleret, x);
        sag_penge_format_dk(ud->aarlig_foer_afrunding, y);
        sag_penge_format_dk(ud->aarlig, z);
        sag_penge_format_dk(ud->maanedlig, m);
        sag_spor_input(t, "aarsloen", "%s", x);
        sag_spor_input(t, "procent", "%d", ud->pct);
        sag_spor_afrunding(t, "op til nærmeste med 12 delelige kronebeløb "
                              "(ASL § 25, stk. 5)");
        sag_spor_resultat(t, "%lld", (long long)ud->aarlig.oere);
        if (c->fra_2011)
            sag_spor_tekst(t,
                           "Den årlige erstatning er %s × 92 %% × 83 %% × "
                           "%d %% = %s, forhøjet til %s (%s om måneden).",
                           x, ud->pct, y, z, m);
        else
            sag_spor_tekst(t,
                           "Den årlige erstatning er %s × 80 %% × %d %% = %s, "
                           "forhøjet til %s (%s om måneden).",
                           x, ud->pct, y, z, m);
    }
    return SAG_OK;
}
