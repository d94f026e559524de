/*
 * A-skat withheld from AES's own running payments (include/skadesag/skat.h;
 * issue 14 item 4; docs/rules_map.md ).
 *
 * The sources, as read (docs/rules_map.md lists the pages):
 *
 *   - Kildeskatteloven § 46, stk. 1: at every payment of A-indkomst a
 *     provisional tax (A-skat) is withheld by the payer.
 *   - Kildeskattebekendtgørelsen § 18, nr. 9: running benefits under the
 *     work-injury acts count as A-indkomst (read truncated after "lov om
 *     sikring mod følger af …"; that the current act, lov om
 *     arbejdsskadesikring, is in the list is Q-67).
 *   - KSL § 48, stk. 1 and 3: the tax card (hovedkort) carries the
 *     withholding rate and the allowance per month, deducted from the
 *     A-indkomst before withholding; a bikort carries no allowance.
 *   - KSL § 48, stk. 8 (SKAT, Den juridiske vejledning, "Når der ikke er
 *     modtaget skattekort"): without a tax card, bikort or frikort, 55 % of
 *     the A-indkomst is withheld without any allowance.
 *   - Rounding (SKAT, Den juridiske vejledning, "Nedrunding ved beregning
 *     af A-skat og AM-bidrag", and the older guidance's three permitted
 *     methods): the A-indkomst is rounded down to an amount divisible by
 *     10 before the A-skat is computed, and the A-skat is then rounded up to
 *     whole kroner. It is one of several permitted methods; we use it
 *     throughout and name it in the trace.
 *
 * No AM-bidrag is withheld: the sources found do not make a running
 * work-injury compensation arbejdsmarkedsbidragspligtig.
 */
#include "skadesag/skat.h"

#include "skadesag/spor.h"
#include "../base/ckd.h"
#include "../base/sag_assert.h"
#include "../base/banned.h"

#define HJ_A_SKAT                                                              \
    "kildeskatteloven § 46, stk. 1, og § 48, stk. 1, 3 og 8; "               \
    "kildeskattebekendtgørelsen § 18, nr. 9; SKAT, Den juridiske "           \
    "vejledning (nedrunding ved beregning af A-skat) (Q-64, Q-67, Q-68)"

/* "1.234,56 kr." for the trace. */
static void
kr(struct sag_penge p, char ud[SAG_PENGE_STR_LEN])
{
    sag_penge_format_dk(p, ud);
}

enum sag_status
sag_skat_a_skat(const struct sag_skattekort *kort, struct sag_penge brutto,
                struct sag_penge fradrag_rest, struct sag_spor *sp,
                struct sag_a_skat *ud, struct sag_diag *d)
{
    struct sag_a_skat r = { 0 };
    int64_t grundlag, produkt, skat_kr;
    int procent;
    struct sag_spor_trin *t;
    char b1[SAG_PENGE_STR_LEN], b2[SAG_PENGE_STR_LEN], b3[SAG_PENGE_STR_LEN],
        b4[SAG_PENGE_STR_LEN];

    SAG_ASSERT(kort != NULL && ud != NULL);
    if (brutto.oere < 0)
        return sag_diag_set(d, SAG_EINVAL, "/brutto",
                            "A-indkomsten kan ikke være negativ");
    if (fradrag_rest.oere < 0)
        return sag_diag_set(d, SAG_EINVAL, "/fradrag",
                            "fradraget kan ikke være negativt");
    if (kort->findes && (kort->traekprocent < 0 || kort->traekprocent > 100 ||
                         kort->fradrag_oere < 0))
        return sag_diag_set(d, SAG_EINVAL, "/traekprocent",
                            "trækprocenten skal være 0-100 og fradraget "
                            "mindst 0");

    r.brutto = brutto;
    /* Without a card: 55 %, no allowance (KSL § 48, stk. 8). With one:
     * the month's allowance left, at most the payment (KSL § 48, stk. 3:
     * the allowance is deducted from the A-indkomst before withholding). */
    if (kort->findes) {
        procent = kort->traekprocent;
        r.fradrag.oere =
            fradrag_rest.oere < brutto.oere ? fradrag_rest.oere : brutto.oere;
    } else {
        procent = SAG_SKAT_UDEN_KORT_PCT;
        r.fradrag.oere = 0;
    }
    r.procent = procent;

    /* Down to an amount divisible by 10 kr. (1.000 øre), the rate, then up
     * to whole kroner: skat_kr = ceil(grundlag × procent / 100 / 100 øre).
     * grundlag ≥ 0, so the integer ceiling is (x + 9.999) / 10.000. */
    grundlag = brutto.oere - r.fradrag.oere;
    grundlag -= grundlag % 1000;
    r.grundlag.oere = grundlag;
    if (sag_ckd_mul(&produkt, grundlag, procent) ||
        sag_ckd_add(&produkt, produkt, 9999))
        return sag_diag_set(d, SAG_EOVERFLOW, "/brutto",
                            "beløbet er for stort");
    skat_kr = produkt / 10000;
    r.a_skat.oere = skat_kr * 100;
    /* The rate is at most 100 % of an amount rounded down to whole tens of
     * kroner, so the tax rounded up to whole kroner never exceeds it. */
    SAG_ASSERT(r.a_skat.oere <= grundlag);
    r.netto.oere = brutto.oere - r.a_skat.oere;

    if ((t = sp != NULL ? sag_spor_trin(sp, "skat.a_skat", HJ_A_SKAT,
                                        SAG_SPOR_BEREGNET)
                        : NULL) != NULL) {
        kr(r.brutto, b1);
        kr(r.fradrag, b2);
        kr(r.grundlag, b3);
        kr(r.a_skat, b4);
        sag_spor_input(t, "brutto", "%s", b1);
        if (kort->findes) {
            sag_spor_parameter(t, "traekprocent", "skattekort", "%d %%",
                               procent);
            sag_spor_input(t, "fradrag_rest", "%lld øre",
                           (long long)fradrag_rest.oere);
        } else {
            sag_spor_parameter(t, "traekprocent",
                               "KSL § 48, stk. 8 (intet skattekort)", "%d %%",
                               procent);
        }
        sag_spor_afrunding(t, "A-indkomst efter fradrag ned til hele 10 kr., "
                              "A-skat op til hele kroner");
        sag_spor_resultat(t, "%lld", (long long)r.a_skat.oere);
        sag_spor_tekst(t,
                       "Af %s er der trukket %s i A-skat (%d %% af %s efter "
                       "fradrag på %s).",
                       b1, b4, procent, b3, b2);
    }
    *ud = r;
    return SAG_OK;
}
