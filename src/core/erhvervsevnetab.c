/*
 * The loss of earning capacity (erhvervsevnetab).
 *
 * Three grounds (guidance 2.1.7, L314-341; chapters 3 and 8):
 *   skøn          the caseworker's assessed percentage (§ 17, stk. 2);
 *   indtægtstab   an income comparison, (uden − med) / uden, computed as a
 *                 proposal that the caseworker confirms or departs from
 *                 (guidance kapitel 3, L1525-1528: the loss "fastsættes
 *                 skønsmæssigt"; 3.4, L1850-1851: the drop is "et
 *                 væsentligt hensyn i skønnet");
 *   § 17 a        fleksjob/ledighedsydelse: computed and binding
 *                 (guidance 8.1-8.3, L3896-3897, L3932-3934, L3963-3971).
 *
 * Then, in this order: the 15 % threshold on the unrounded loss (§ 17,
 * stk. 1, 2. led; L162-165), for § 17 a the Supreme Court rule (HR 9.4.2024
 * BS-50553/2023-HJR and HR 17.1.2025: a clear and lasting loss of 5 % up to
 * 15 % gives 15 %, below 5 % nothing); the § 12 share as an exact fraction
 * of the total (L828-833); the grid (nearest 5 % step before 1.7.2024,
 * L334-341; 15, 20, 30 … 100 from 1.7.2024, lov 1541/2023); and on a
 * reopening the deduction of a percentage already paid as capital (guidance
 * 8.5, L4012-4016, Ex 8.5).
 *
 * All percentages are exact fractions until the grid rounds them.
 */
#include "beregning_int.h"

#include <stdio.h>
#include <string.h>

#include "../base/ckd.h"
#include "../base/sag_assert.h"
#include "../base/banned.h"

/* The hours of a week (7 x 24): the most a weekly-hours figure can be. */
#define UGENS_TIMER 168

/* Citations (the act by the case's regime, see beregning_int.h). */
#define HJ_TAERSKEL(c)                                                         \
    SAG__HJ_ASL(c, "§ 17, stk. 1, 2. led", "; " SAG__VEJ("afsnit 2.1"))
#define HJ_GITTER_5                                                            \
    SAG__VEJ("afsnit 2.1.7 (L334-341); eksempel 2.1, 2.11, 2.19 og 8.2")
#define HJ_GITTER_2024                                                         \
    "ASL § 17, stk. 1 (" SAG_KILDE_ASL_REFORM ") (intervaller 15, 20, 30 … " \
    "100 %); afrundingsreglen er ikke fundet (åbent spørgsmål Q-01)"

/* The step times a denominator bounded by the threshold cannot overflow
 * (see sag__gitter). */
_Static_assert(SAG_LOV_GITTER_TRIN_PCT <= SAG_LOV_TAERSKEL_PCT,
               "the grid step is at most the threshold");

/*
 * The grid. Before 1.7.2024: multiples of 5 from 15, nearest, ties up —
 * every example in the guidance fits nearest (41,9 → 40, Ex 2.1; 48,75 →
 * 50, Ex 2.11; 33,3 → 35, Ex 2.19; 42,08 → 40, Ex 8.2) and none is a tie.
 * From 1.7.2024: 15, 20, 30, 40 … 100 (sag_lov_gitter_2024), nearest, ties
 * up: below the midpoint of two neighbours the lower one, so [15;
 * 17,5) gives 15, [17,5; 25) gives 20, [25; 35) gives 30 and so on.
 */
int
sag__gitter(const struct sag__ctx *c, struct sag_broek pct)
{
    struct sag_broek x;
    int64_t r;

    SAG_ASSERT(sag_broek_cmp(pct, sag_broek_heltal(SAG_LOV_TAERSKEL_PCT)) >= 0);
    if (!c->fra_2024_07) {
        /* floor(pct / 5 + 1/2) * 5; rounding needs no normalised fraction.
         * pct >= 15 bounds its denominator by INT64_MAX / 15, so the
         * denominator times the step cannot overflow. */
        x = (struct sag_broek){ pct.taeller,
                                pct.naevner * SAG_LOV_GITTER_TRIN_PCT };
        r = sag_broek_afrund(x, SAG_AFRUND_HALV_OP) * SAG_LOV_GITTER_TRIN_PCT;
    } else {
        r = sag_lov_gitter_2024[SAG_LOV_GITTER_2024_ANTAL - 1];
        for (size_t i = 0; i + 1 < SAG_LOV_GITTER_2024_ANTAL; i++) {
            int a = sag_lov_gitter_2024[i], b = sag_lov_gitter_2024[i + 1];

            if (sag_broek_cmp(pct, (struct sag_broek){ a + b, 2 }) < 0) {
                r = a;
                break;
            }
        }
    }
    if (r > SAG_LOV_FULDT_TAB_PCT)
        r = SAG_LOV_FULDT_TAB_PCT;
    return (int)r;
}

/* A skøn must be a percentage on the grid in force: 5 % steps from 15
 * (guidance 2.1.7, L334-335), or 15, 20, 30 … 100 from 1.7.2024 (lov nr.
 * 1541 af 12/12/2023). */
static bool
paa_gitter(const struct sag__ctx *c, int pct)
{
    if (pct < SAG_LOV_TAERSKEL_PCT)
        return true; /* below the threshold: any value means "no award" */
    if (pct > SAG_LOV_FULDT_TAB_PCT)
        return false;
    if (!c->fra_2024_07)
        return pct % SAG_LOV_GITTER_TRIN_PCT == 0;
    for (size_t i = 0; i < SAG_LOV_GITTER_2024_ANTAL; i++)
        if (pct == sag_lov_gitter_2024[i])
            return true;
    return false;
}

enum sag_status
sag__kraev_vurdering(struct sag__ctx *c, const struct sag_vurdering *v,
                     const char *felt)
{
    char sti[64];

    if (v->af == NULL || v->af[0] == '\0') {
        (void)snprintf(sti, sizeof(sti), "%s/af", felt);
        return sag_diag_set(c->diag, SAG_EMISSING, sti,
                            "mangler: hvem har foretaget skønnet");
    }
    if (v->begrundelse == NULL || v->begrundelse[0] == '\0') {
        (void)snprintf(sti, sizeof(sti), "%s/begrundelse", felt);
        return sag_diag_set(c->diag, SAG_EMISSING, sti,
                            "mangler: skønnet skal begrundes");
    }
    return SAG_OK;
}

void
sag__fmt_pct(struct sag_broek b, char out[SAG_BROEK_STR_LEN])
{
    /* Danish display with two decimals ("41,89"); exact value elsewhere. */
    if (sag_broek_format_decimal(b, 2, ',', out) != SAG_OK)
        (void)snprintf(out, SAG_BROEK_STR_LEN, "?");
}

/* The income after the injury for § 17 a: the fleksjob pay including the
 * municipal subsidy, or ledighedsydelse plus the municipality's ATP
 * contribution (guidance 8.2.1, L3963-3971; Ex 8.2). */
static enum sag_status
indtaegt_17a(struct sag__ctx *c, struct sag_penge *med)
{
    const struct sag_tab_input *t = &c->in->tab;
    struct sag_penge a, b;

    if (t->situation == SAG_SITUATION_FLEKSJOB) {
        if (t->har_med && !t->har_fleksjob_loen) {
            *med = t->indtaegt_med_skade;
            return SAG_OK;
        }
        if (!t->har_fleksjob_loen)
            return sag_diag_set(c->diag, SAG_EMISSING,
                                "/erhvervsevnetab/fleksjob_loen_oere",
                                "mangler: lønnen i fleksjobbet (eller "
                                "indtaegt_med_skade_oere inkl. tilskud)");
        if (!t->har_kommunalt_tilskud)
            return sag_diag_set(c->diag, SAG_EMISSING,
                                "/erhvervsevnetab/kommunalt_tilskud_oere",
                                "mangler: kommunens tilskud indgår i "
                                "indtægten (vejledningen 8.2.1)");
        a = t->fleksjob_loen;
        b = t->kommunalt_tilskud;
    } else {
        if (t->har_med && !t->har_ledighedsydelse) {
            *med = t->indtaegt_med_skade;
            return SAG_OK;
        }
        if (!t->har_ledighedsydelse)
            return sag_diag_set(c->diag, SAG_EMISSING,
                                "/erhvervsevnetab/ledighedsydelse_oere",
                                "mangler: ledighedsydelsen");
        if (!t->har_atp_bidrag)
            return sag_diag_set(c->diag, SAG_EMISSING,
                                "/erhvervsevnetab/atp_bidrag_oere",
                                "mangler: kommunens ATP-bidrag indgår i "
                                "indtægten (vejledningen 8.2.1)");
        a = t->ledighedsydelse;
        b = t->atp_bidrag;
    }
    if (sag_penge_add(a, b, med) != SAG_OK)
        return sag_diag_set(c->diag, SAG_EOVERFLOW, "/erhvervsevnetab",
                            "beløbet er for stort");
    return SAG_OK;
}

/* The computed loss (uden − med) / uden × 100, exact; negative drops give
 * 0 (an income rise is no loss). */
static enum sag_status
beregnet_tab(struct sag__ctx *c)
{
    const struct sag_tab_input *t = &c->in->tab;
    struct sag_beregning *ud = c->ud;
    struct sag_broek uden, med, diff, r;
    struct sag_penge med_kr = { 0 };
    struct sag_spor_trin *tr;
    enum sag_status st;
    bool timer = false;

    if (t->grundlag == SAG_GRUNDLAG_17A) {
        if (!t->har_uden)
            return sag_diag_set(c->diag, SAG_EMISSING,
                                "/erhvervsevnetab/indtaegt_uden_skade_oere",
                                "mangler: indtjeningen, hvis skaden ikke var "
                                "sket (§ 17 a, stk. 2)");
        if ((st = indtaegt_17a(c, &med_kr)) != SAG_OK)
            return st;
        uden = sag_penge_som_broek_kr(t->indtaegt_uden_skade);
        med = sag_penge_som_broek_kr(med_kr);
    } else if (t->har_uden || t->har_med) {
        if (!t->har_uden)
            return sag_diag_set(c->diag, SAG_EMISSING,
                                "/erhvervsevnetab/indtaegt_uden_skade_oere",
                                "mangler");
        if (!t->har_med)
            return sag_diag_set(c->diag, SAG_EMISSING,
                                "/erhvervsevnetab/indtaegt_med_skade_oere",
                                "mangler");
        uden = sag_penge_som_broek_kr(t->indtaegt_uden_skade);
        med_kr = t->indtaegt_med_skade;
        med = sag_penge_som_broek_kr(med_kr);
    } else if (t->har_timer) {
        /* Hours when the hourly pay is unchanged (Ex 2.1, Ex 3.9). */
        uden = t->timer_uden_skade;
        med = t->timer_med_skade;
        timer = true;
    } else {
        return sag_diag_set(c->diag, SAG_EMISSING,
                            "/erhvervsevnetab/indtaegt_uden_skade_oere",
                            "mangler: indtægtssammenligningen kræver "
                            "indtægt (eller timer) uden og med skaden");
    }
    if (sag_broek_cmp(uden, sag_broek_heltal(0)) <= 0)
        return sag_diag_set(c->diag, SAG_EINVAL,
                            timer ? "/erhvervsevnetab/timer_uden_skade"
                                  : "/erhvervsevnetab/indtaegt_uden_skade_oere",
                            "skal være større end 0");
    if (sag_broek_cmp(med, sag_broek_heltal(0)) < 0)
        return sag_diag_set(c->diag, SAG_EINVAL,
                            timer ? "/erhvervsevnetab/timer_med_skade"
                                  : "/erhvervsevnetab/indtaegt_med_skade_oere",
                            "må ikke være negativ");
    /* Weekly hours (docs/beregning.md): a week has 7 x 24 = 168 hours, so
     * more is a typing error, not a fact to compute with. Not a rule of
     * law: a plausibility check on input. */
    if (timer && sag_broek_cmp(uden, sag_broek_heltal(UGENS_TIMER)) > 0)
        return sag_diag_set(c->diag, SAG_EINVAL,
                            "/erhvervsevnetab/timer_uden_skade",
                            "højst %d timer om ugen", UGENS_TIMER);
    if (timer && sag_broek_cmp(med, sag_broek_heltal(UGENS_TIMER)) > 0)
        return sag_diag_set(c->diag, SAG_EINVAL,
                            "/erhvervsevnetab/timer_med_skade",
                            "højst %d timer om ugen", UGENS_TIMER);
    if (!timer) {
        /* In øre: (uden − med) × 100 / uden, one normalisation. */
        int64_t u = t->grundlag == SAG_GRUNDLAG_17A || t->har_uden
                        ? t->indtaegt_uden_skade.oere
                        : 0;
        int64_t d;

        if (sag_ckd_sub(&d, u, med_kr.oere) || sag_ckd_mul(&d, d, 100) ||
            sag_broek_ny(d, u, &r) != SAG_OK)
            return sag_diag_set(c->diag, SAG_EOVERFLOW, "/erhvervsevnetab",
                                "tallene er for store");
    } else if ((st = sag_broek_sub(uden, med, &diff)) != SAG_OK ||
               (st = sag_broek_div(diff, uden, &r)) != SAG_OK ||
               (st = sag_broek_mul(r, sag_broek_heltal(100), &r)) != SAG_OK) {
        return sag_diag_set(c->diag, SAG_EOVERFLOW, "/erhvervsevnetab",
                            "tallene er for store");
    }
    if (sag_broek_cmp(r, sag_broek_heltal(0)) < 0)
        r = sag_broek_heltal(0);
    ud->har_beregnet = true;
    ud->beregnet = r;

    tr = sag_spor_trin(
        c->sp,
        t->grundlag == SAG_GRUNDLAG_17A ? "tab.17a.beregning"
                                        : "tab.indtaegtstab",
        t->grundlag == SAG_GRUNDLAG_17A
            ? SAG__HJ_ASL(
                  c, "§ 17 a, stk. 1-2, indsat ved " SAG_KILDE_LOV_1388_2005,
                  "; " SAG__VEJ("afsnit 8.2.1 og 8.3"))
            : SAG__HJ_ASL(c, "§ 17, stk. 2",
                          "; " SAG__VEJ("kapitel 3 (indledningen) og "
                                        "afsnit 3.3")),
        SAG_SPOR_BEREGNET);
    if (tr != NULL) {
        char a[SAG_BROEK_STR_LEN], b[SAG_BROEK_STR_LEN], p[SAG_BROEK_STR_LEN];

        if (timer) {
            /* Two decimals, or the exact fraction where a number of hours
             * too large for that (a fuzzed input) does not fit. */
            if (sag_broek_format_decimal(uden, 2, ',', a) != SAG_OK)
                sag_broek_format(uden, a);
            if (sag_broek_format_decimal(med, 2, ',', b) != SAG_OK)
                sag_broek_format(med, b);
        } else {
            char x[SAG_PENGE_STR_LEN], y[SAG_PENGE_STR_LEN];

            sag_penge_format_dk(t->indtaegt_uden_skade, x);
            sag_penge_format_dk(med_kr, y);
            /* Copied, not through snprintf (whose set-up is a tenth of
             * this step's cost): an amount fits in a fraction's room. */
            SAG_ASSERT(sizeof(x) <= sizeof(a) && sizeof(y) <= sizeof(b));
            memcpy(a, x, strlen(x) + 1);
            memcpy(b, y, strlen(y) + 1);
        }
        sag__fmt_pct(r, p);
        sag_spor_input(tr, timer ? "timer_uden_skade" : "indtaegt_uden_skade",
                       "%s", a);
        sag_spor_input(tr, timer ? "timer_med_skade" : "indtaegt_med_skade",
                       "%s", b);
        {
            char q[SAG_BROEK_STR_LEN];

            sag_broek_format(r, q);
            sag_spor_resultat(tr, "%s", q);
        }
        sag_spor_tekst(
            tr, "%s: (%s − %s) / %s × 100 = %s %%.",
            t->grundlag == SAG_GRUNDLAG_17A
                ? "Lønnedgangen efter § 17 a"
                : (timer ? "Nedgangen i arbejdstid" : "Indtægtsnedgangen"),
            a, b, a, p);
    }
    return SAG_OK;
}

/* The proposal (indtægtstab) or binding result (§ 17 a) from the computed
 * loss: the threshold on the unrounded value, then the grid. */
static enum sag_status
forslag(struct sag__ctx *c, int *ud_pct)
{
    const struct sag_tab_input *t = &c->in->tab;
    struct sag_broek r = c->ud->beregnet;
    struct sag_spor_trin *tr;
    int p;

    if (sag_broek_cmp(r, sag_broek_heltal(SAG_LOV_TAERSKEL_PCT)) >= 0) {
        p = sag__gitter(c, r);
        tr = sag_spor_trin(c->sp, "tab.afrunding",
                           c->fra_2024_07 ? HJ_GITTER_2024 : HJ_GITTER_5,
                           SAG_SPOR_BEREGNET);
        if (tr != NULL) {
            char a[SAG_BROEK_STR_LEN];

            sag__fmt_pct(r, a);
            sag_spor_input(tr, "tab", "%s %%", a);
            sag_spor_afrunding(
                tr, "%s",
                c->fra_2024_07 ? "nærmeste af 15, 20, 30 … 100 %, midtpunkt "
                                 "op"
                               : "nærmeste hele 5 %, midtpunkt op");
            sag_spor_resultat(tr, "%d", p);
            sag_spor_tekst(tr, "%s %% afrundes til %d %%.", a, p);
        }
    } else if (t->grundlag == SAG_GRUNDLAG_17A &&
               sag_broek_cmp(r, sag_broek_heltal(SAG_LOV_HR_NEDRE_PCT)) >= 0) {
        /* Højesteret 9.4.2024 and 17.1.2025: 5 % up to 15 % gives 15 %
         * when the loss is clear and lasting — the caseworker's call. */
        if (t->klart_og_varigt < 0)
            return sag_diag_set(c->diag, SAG_EMISSING,
                                "/erhvervsevnetab/klart_og_varigt",
                                "mangler: et beregnet tab mellem 5 og 15 %% "
                                "giver 15 %%, hvis tabet er klart og varigt "
                                "(sagsbehandlerens vurdering)");
        p = t->klart_og_varigt ? SAG_LOV_TAERSKEL_PCT : 0;
        tr = sag_spor_trin(
            c->sp, "tab.17a.hoejesteret-2025",
            SAG__HJ_ASL(c, "§ 17 a",
                        "; " SAG_KILDE_HR_2024 " og " SAG_KILDE_HR_2025),
            t->klart_og_varigt ? SAG_SPOR_VURDERET : SAG_SPOR_IKKE_OPFYLDT);
        if (tr != NULL) {
            char a[SAG_BROEK_STR_LEN];

            sag__fmt_pct(r, a);
            sag_spor_input(tr, "tab", "%s %%", a);
            sag_spor_input(tr, "klart_og_varigt", "%s",
                           t->klart_og_varigt ? "ja" : "nej");
            sag_spor_resultat(tr, "%d", p);
            sag_spor_tekst(tr,
                           t->klart_og_varigt
                               ? "Lønnedgangen på %s %% er mindst 5 %% og "
                                 "vurderet klar og varig; tabet fastsættes "
                                 "til 15 %%."
                               : "Lønnedgangen på %s %% er under 15 %% og "
                                 "ikke vurderet klar og varig; der ydes ikke "
                                 "erstatning.",
                           a);
            sag_spor_vurdering(tr, c->in->vurdering.af,
                               c->in->vurdering.begrundelse);
        }
    } else {
        p = 0;
        tr = sag_spor_trin(c->sp, "tab.taerskel-15",
                           t->grundlag == SAG_GRUNDLAG_17A
                               ? SAG__HJ_ASL(c, "§ 17, stk. 1, 2. led",
                                             "; " SAG_KILDE_HR_2025
                                             " (under 5 % er bagatelagtigt)")
                               : HJ_TAERSKEL(c),
                           SAG_SPOR_IKKE_OPFYLDT);
        if (tr != NULL) {
            char a[SAG_BROEK_STR_LEN];

            sag__fmt_pct(r, a);
            sag_spor_input(tr, "tab", "%s %%", a);
            sag_spor_resultat(tr, "0");
            /* Under § 17 a the computed loss decides; an income
             * comparison only proposes, and the caseworker's assessment
             * that follows may set another percentage (issue 10, item 6:
             * the sentence must not say "no compensation" before a step
             * that sets 90 %). */
            if (t->grundlag == SAG_GRUNDLAG_17A)
                sag_spor_tekst(tr,
                               "Det beregnede tab på %s %% er under %d %% "
                               "(før afrunding); der ydes ikke erstatning.",
                               a, SAG_LOV_HR_NEDRE_PCT);
            else
                sag_spor_tekst(tr,
                               "Det beregnede tab på %s %% er under %d %% "
                               "(før afrunding); indtægtssammenligningen "
                               "foreslår derfor 0 %%.",
                               a, SAG_LOV_TAERSKEL_PCT);
        }
    }
    c->ud->har_forslag = true;
    c->ud->forslag_pct = p;
    *ud_pct = p;
    return SAG_OK;
}

static enum sag_status
skoen_pct(struct sag__ctx *c, int *ud_pct)
{
    const struct sag_tab_input *t = &c->in->tab;
    struct sag_spor_trin *tr;
    enum sag_status st;

    if (t->skoen_pct < 0 || t->skoen_pct > SAG_LOV_FULDT_TAB_PCT)
        return sag_diag_set(c->diag, SAG_EINVAL, "/erhvervsevnetab/skoen_pct",
                            "skal være mellem 0 og 100");
    if (!paa_gitter(c, t->skoen_pct))
        return sag_diag_set(
            c->diag, SAG_EINVAL, "/erhvervsevnetab/skoen_pct",
            "%d er ikke en tilladt procentsats (%s)", t->skoen_pct,
            c->fra_2024_07 ? "15, 20, 30, 40 … 100" : "15, 20, 25, 30 … 100");
    if ((st = sag__kraev_vurdering(c, &c->in->vurdering, "/vurdering")) !=
        SAG_OK)
        return st;
    tr = sag_spor_trin(
        c->sp, "tab.skoen",
        SAG__HJ_ASL(c, "§ 17, stk. 2", "; " SAG__VEJ("afsnit 2.1.7")),
        SAG_SPOR_VURDERET);
    if (tr != NULL) {
        sag_spor_resultat(tr, "%d", t->skoen_pct);
        if (c->ud->har_forslag && c->ud->forslag_pct != t->skoen_pct)
            sag_spor_tekst(tr,
                           "Erhvervsevnetabet er skønsmæssigt fastsat til "
                           "%d %% (indtægtssammenligningen foreslog %d %%).",
                           t->skoen_pct, c->ud->forslag_pct);
        else
            sag_spor_tekst(tr,
                           "Erhvervsevnetabet er skønsmæssigt fastsat til "
                           "%d %%.",
                           t->skoen_pct);
        sag_spor_vurdering(tr, c->in->vurdering.af,
                           c->in->vurdering.begrundelse);
    }
    *ud_pct = t->skoen_pct;
    return SAG_OK;
}

/* § 12: the share of the total loss caused by the work injury, then the
 * grid and the threshold on the result. */
static enum sag_status
andel(struct sag__ctx *c)
{
    const struct sag_tab_input *t = &c->in->tab;
    struct sag_beregning *ud = c->ud;
    struct sag_broek a =
        t->har_andel ? t->arbejdsskadens_andel : sag_broek_heltal(1);
    struct sag_spor_trin *tr;
    enum sag_status st;
    bool hel = sag_broek_cmp(a, sag_broek_heltal(1)) == 0;

    if (sag_broek_cmp(a, sag_broek_heltal(0)) <= 0 ||
        sag_broek_cmp(a, sag_broek_heltal(1)) > 0)
        return sag_diag_set(c->diag, SAG_EINVAL,
                            "/erhvervsevnetab/arbejdsskadens_andel",
                            "skal være større end 0 og højst 1");
    if (!hel && (st = sag__kraev_vurdering(
                     c, &t->andel_vurdering,
                     "/erhvervsevnetab/andel_vurdering")) != SAG_OK)
        return st;
    if (sag_broek_mul(sag_broek_heltal(ud->samlet_pct), a, &ud->efter_andel) !=
        SAG_OK)
        return sag_diag_set(c->diag, SAG_EOVERFLOW,
                            "/erhvervsevnetab/arbejdsskadens_andel",
                            "brøken er for stor til at regne med nøjagtigt");
    if (sag_broek_cmp(ud->efter_andel, sag_broek_heltal(SAG_LOV_TAERSKEL_PCT)) <
        0)
        ud->fastsat_pct = 0;
    else
        ud->fastsat_pct = sag__gitter(c, ud->efter_andel);
    if (hel)
        return SAG_OK;
    tr = sag_spor_trin(c->sp, "tab.paragraf12-andel",
                       SAG__HJ_ASL(c, "§ 12, stk. 1-2",
                                   "; " SAG__VEJ("afsnit 2.5 og eksempel "
                                                 "2.10-2.11")),
                       SAG_SPOR_VURDERET);
    if (tr != NULL) {
        char b[SAG_BROEK_STR_LEN], e[SAG_BROEK_STR_LEN];

        sag_broek_format(a, b);
        sag__fmt_pct(ud->efter_andel, e);
        sag_spor_input(tr, "samlet_tab", "%d %%", ud->samlet_pct);
        sag_spor_input(tr, "arbejdsskadens_andel", "%s", b);
        sag_spor_afrunding(tr, "%s",
                           c->fra_2024_07 ? "nærmeste af 15, 20, 30 … 100 %"
                                          : "nærmeste hele 5 %");
        sag_spor_resultat(tr, "%d", ud->fastsat_pct);
        if (ud->fastsat_pct == 0)
            sag_spor_tekst(tr,
                           "Arbejdsskaden har forårsaget %s af det samlede "
                           "tab på %d %%, dvs. %s %%, hvilket er under 15 %%; "
                           "der ydes ikke erstatning.",
                           b, ud->samlet_pct, e);
        else
            sag_spor_tekst(tr,
                           "Arbejdsskaden har forårsaget %s af det samlede "
                           "tab på %d %%, dvs. %s %%, som afrundes til "
                           "%d %%.",
                           b, ud->samlet_pct, e, ud->fastsat_pct);
        sag_spor_vurdering(tr, t->andel_vurdering.af,
                           t->andel_vurdering.begrundelse);
    }
    return SAG_OK;
}

/* Decision types the law forces, whatever the caseworker chose. */
static void
tving_afgoerelse(struct sag__ctx *c)
{
    const struct sag_tab_input *t = &c->in->tab;
    struct sag_beregning *ud = c->ud;
    struct sag_spor_trin *tr;
    const char *hj = NULL, *grund = NULL;

    ud->afgoerelse = c->in->afgoerelse;
    if (t->grundlag == SAG_GRUNDLAG_17A &&
        t->situation == SAG_SITUATION_LEDIGHEDSYDELSE) {
        hj = SAG__HJ_ASL(c, "§ 17 a, stk. 3",
                         "; " SAG__VEJ("afsnit 8.6.1 (L4061-4062)"));
        grund = "tilskadekomne modtager ledighedsydelse";
    } else if (t->situation == SAG_SITUATION_REVALIDERING) {
        hj = SAG__HJ_ASL(c, "§ 17, stk. 3",
                         "; " SAG__VEJ("afsnit 2.7.1 (L1118)"));
        grund = "tilskadekomne er påbegyndt omskoling/revalidering";
    }
    if (hj == NULL || ud->afgoerelse == SAG_AFGOERELSE_MIDLERTIDIG)
        return;
    ud->afgoerelse = SAG_AFGOERELSE_MIDLERTIDIG;
    tr = sag_spor_trin(c->sp, "afgoerelse.altid-midlertidig", hj,
                       SAG_SPOR_BEREGNET);
    sag_spor_resultat(tr, "midlertidig");
    sag_spor_tekst(tr, "Afgørelsen er midlertidig, fordi %s.", grund);
}

enum sag_status
sag__erhvervsevnetab(struct sag__ctx *c)
{
    const struct sag_tab_input *t = &c->in->tab;
    struct sag_beregning *ud = c->ud;
    struct sag_spor_trin *tr;
    enum sag_status st;
    int kap;

    switch (t->grundlag) {
    case SAG_GRUNDLAG_SKOEN:
        if (!t->har_skoen_pct)
            return sag_diag_set(c->diag, SAG_EMISSING,
                                "/erhvervsevnetab/skoen_pct",
                                "mangler: erhvervsevnetabet skal vurderes af "
                                "en sagsbehandler");
        if ((st = skoen_pct(c, &ud->samlet_pct)) != SAG_OK)
            return st;
        break;
    case SAG_GRUNDLAG_INDTAEGTSTAB:
        if ((st = beregnet_tab(c)) != SAG_OK ||
            (st = forslag(c, &ud->forslag_pct)) != SAG_OK)
            return st;
        if (t->har_skoen_pct) {
            if ((st = skoen_pct(c, &ud->samlet_pct)) != SAG_OK)
                return st;
        } else if (t->forslag_bekraeftet) {
            if ((st = sag__kraev_vurdering(c, &c->in->vurdering,
                                           "/vurdering")) != SAG_OK)
                return st;
            ud->samlet_pct = ud->forslag_pct;
            tr = sag_spor_trin(
                c->sp, "tab.forslag-bekraeftet",
                SAG__HJ_ASL(c, "§ 17, stk. 2",
                            "; " SAG__VEJ("kapitel 3 (indledningen)")),
                SAG_SPOR_VURDERET);
            sag_spor_resultat(tr, "%d", ud->samlet_pct);
            sag_spor_tekst(tr,
                           "Sagsbehandleren har bekræftet forslaget: "
                           "erhvervsevnetabet fastsættes til %d %%.",
                           ud->samlet_pct);
            sag_spor_vurdering(tr, c->in->vurdering.af,
                               c->in->vurdering.begrundelse);
        } else {
            return sag_diag_set(c->diag, SAG_EMISSING,
                                "/erhvervsevnetab/skoen_pct",
                                "mangler: indtægtssammenligningen giver kun "
                                "et forslag (%d %%); sagsbehandleren skal "
                                "angive skoen_pct eller forslag_bekraeftet",
                                ud->forslag_pct);
        }
        break;
    case SAG_GRUNDLAG_17A:
        if (!c->fra_2006)
            return sag_diag_set(c->diag, SAG_ECONFLICT,
                                "/erhvervsevnetab/grundlag",
                                "§ 17 a gælder kun for ulykker sket og "
                                "erhvervssygdomme anmeldt fra 1.1.2006");
        if (t->situation != SAG_SITUATION_FLEKSJOB &&
            t->situation != SAG_SITUATION_LEDIGHEDSYDELSE)
            return sag_diag_set(c->diag, SAG_EINVAL,
                                "/erhvervsevnetab/situation",
                                "§ 17 a kræver fleksjob eller "
                                "ledighedsydelse");
        if (t->har_skoen_pct)
            return sag_diag_set(c->diag, SAG_ECONFLICT,
                                "/erhvervsevnetab/skoen_pct",
                                "kan ikke angives: tabet efter § 17 a er "
                                "beregnet og bindende");
        if ((st = beregnet_tab(c)) != SAG_OK ||
            (st = forslag(c, &ud->samlet_pct)) != SAG_OK)
            return st;
        break;
    default:
        return sag_diag_set(c->diag, SAG_EINVAL, "/erhvervsevnetab/grundlag",
                            "ukendt grundlag");
    }

    if ((st = andel(c)) != SAG_OK)
        return st;

    /* Threshold on the (possibly reduced) loss, when the share did not
     * already explain it. */
    if (ud->fastsat_pct == 0 && ud->samlet_pct > 0 &&
        ud->samlet_pct < SAG_LOV_TAERSKEL_PCT) {
        tr = sag_spor_trin(c->sp, "tab.taerskel-15", HJ_TAERSKEL(c),
                           SAG_SPOR_IKKE_OPFYLDT);
        sag_spor_input(tr, "tab", "%d %%", ud->samlet_pct);
        sag_spor_resultat(tr, "0");
        sag_spor_tekst(tr, "Tabet er mindre end 15 %%; der ydes ikke "
                           "erstatning.");
    }

    /* Reopening: a percentage already paid as capital is deducted; the
     * difference is paid monthly (guidance 8.5, L4012-4016). */
    kap = c->in->har_genoptagelse
              ? c->in->genoptagelse.tidligere_kapitaliseret_pct
              : 0;
    if (kap < 0 || kap > SAG_LOV_FULDT_TAB_PCT)
        return sag_diag_set(c->diag, SAG_EINVAL,
                            "/genoptagelse/tidligere_kapitaliseret_pct",
                            "skal være mellem 0 og 100");
    ud->pct = ud->fastsat_pct;
    if (kap > 0 && ud->fastsat_pct >= SAG_LOV_TAERSKEL_PCT) {
        ud->pct = ud->fastsat_pct > kap ? ud->fastsat_pct - kap : 0;
        tr = sag_spor_trin(c->sp, "tab.tidligere-kapitaliseret",
                           SAG__VEJ("afsnit 8.5 (L4012-4016) og eksempel "
                                    "8.5"),
                           SAG_SPOR_BEREGNET);
        sag_spor_input(tr, "fastsat", "%d %%", ud->fastsat_pct);
        sag_spor_input(tr, "tidligere_kapitaliseret", "%d %%", kap);
        sag_spor_resultat(tr, "%d", ud->pct);
        sag_spor_tekst(tr,
                       "%d %% er tidligere udbetalt som kapitalbeløb; der "
                       "tilkendes yderligere %d − %d = %d %% som løbende "
                       "ydelse.",
                       kap, ud->fastsat_pct, kap, ud->pct);
    }
    ud->ret_til_erstatning =
        ud->fastsat_pct >= SAG_LOV_TAERSKEL_PCT && ud->pct > 0;
    tving_afgoerelse(c);
    return SAG_OK;
}
