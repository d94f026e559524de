/*
 * Private declarations shared by the engine's source files
 * (regelsaet.c, erhvervsevnetab.c, aarsloen.c, erstatning.c,
 * kapitalisering.c, tidspunkter.c, beregning.c).
 */
#ifndef SAG_BEREGNING_INT_H
#define SAG_BEREGNING_INT_H

#include <stdbool.h>

#include "skadesag/beregning.h"
#include "skadesag/lov.h"

/* The computation's working state. */
struct sag__ctx {
    const struct sag_satser *s;
    const struct sag_beregning_input *in;
    struct sag_spor *sp;
    struct sag_beregning *ud;
    struct sag_diag *diag;

    /* Rule versions in force for the case (regelsaet.c). */
    bool fra_2004, fra_2006, fra_2007_07, fra_2011, fra_2024_07;

    /* Ages and pension ages in months (beregning.c). */
    int alder_noegle_mdr; /* age at the key date */
    int alder_afg_mdr;    /* age at the decision */
    int fp_noegle_mdr;    /* folkepensionsalder, rules at the key date */
    int fp_afg_mdr;       /* folkepensionsalder, rules at the decision */

    /* False when a rate the amounts need is missing from the tables (e.g.
     * the maximum årsløn for 2004); the decision is still made, without
     * amounts, and the trace says why. */
    bool kan_beregne_beloeb;
};

/*
 * Citations of the act in force for the case. The engine knows three
 * regimes by the key date (regelsaet.c): the 1992 act before 1.1.2004, ASL
 * 2003 (lov nr. 422 af 10/06/2003) until 30.6.2024, and ASL as amended by
 * the reform (lov nr. 1541 af 12/12/2023) from 1.7.2024. Each citation is
 * written once per regime as a string literal built from the source table
 * in lov.h, so it costs nothing and outlives the trace:
 *
 *   SAG__HJ_ASL(c, "§ 17, stk. 2", "; " SAG__VEJ("afsnit 2.1.7"))
 *
 * `par` names the provisions of ASL; `mere` (a literal, may be "") follows
 * the act, typically the guidance. For a case under the 1992 act the
 * citation says that the corresponding provision of that act applies, and
 * identifies the ASL provision it corresponds to.
 */
static inline const char *
sag__hj_dato(struct sag_dato noegle, const char *lov1992, const char *asl,
             const char *reform)
{
    if (noegle.dage >= SAG_LOV_DATO_REFORM_2024.dage)
        return reform;
    return noegle.dage >= SAG_LOV_DATO_ASL_2003.dage ? asl : lov1992;
}

#define SAG__HJ_ASL_DATO(noegle, par, mere)                                    \
    sag__hj_dato((noegle),                                                     \
                 SAG_KILDE_LOV_1992 ", bestemmelsen svarende til ASL " par     \
                                    " (" SAG_KILDE_ASL ")" mere,               \
                 "ASL " par " (" SAG_KILDE_ASL ")" mere,                       \
                 "ASL " par " (" SAG_KILDE_ASL_REFORM ")" mere)
#define SAG__HJ_ASL(c, par, mere)                                              \
    SAG__HJ_ASL_DATO((c)->ud->noegledato, par, mere)

/* The guidance, by section ("afsnit 2.8", "kapitel 3") or example. */
#define SAG__VEJ(hvor) SAG_KILDE_VEJ ", " hvor

/* Record the rule version `id` (static string) in the result. */
void sag__version(struct sag__ctx *c, const char *id);

/* regelsaet.c: choose the law and rule versions; validate date order. */
enum sag_status sag__regelsaet(struct sag__ctx *c);

/* erhvervsevnetab.c: the loss — computed, proposed, assessed, § 12 share,
 * grid, threshold, capitalised part on reopening; forced decision type. */
enum sag_status sag__erhvervsevnetab(struct sag__ctx *c);

/* Round a loss (percent, exact, >= 15) to the grid in force. */
int sag__gitter(const struct sag__ctx *c, struct sag_broek pct);

/* aarsloen.c: the årsløn (§ 24) and its regulation to the decision year
 * (§ 25, stk. 4). Sets ud->har_aarsloen; leaves it false with a trace step
 * when amounts cannot be computed under the case's law. */
enum sag_status sag__aarsloen(struct sag__ctx *c);

/* erstatning.c: yearly and monthly compensation (§ 17, stk. 6; § 24,
 * stk. 3; § 25, stk. 5) for `pct` percent; exact before rounding. */
enum sag_status sag__aarlig_erstatning(struct sag__ctx *c, int pct,
                                       struct sag_broek *aarlig_oere);
enum sag_status sag__erstatning(struct sag__ctx *c);

/* kapitalisering.c: payment form and capital sums (§ 27; § 17, stk. 7). */
enum sag_status sag__udbetaling(struct sag__ctx *c);

/* tidspunkter.c: start date (§ 17, stk. 10; guidance 2.6, 2.7) and end
 * date (§ 17, stk. 7; guidance 2.11). */
enum sag_status sag__tilkendelse(struct sag__ctx *c);
enum sag_status sag__ophoer(struct sag__ctx *c);

/* 1992 act: the age (months) at which the running payment is replaced by
 * an afløsningsbeløb, and its multiple (2 or 4) — guidance 2.11
 * (L1326-1348). */
enum sag_status sag__alder_1992(struct sag__ctx *c, int *mdr, int *gange);

/* Folkepensionsalder in months for the input's birth date under the rules
 * in force on `d`. */
enum sag_status sag__fp_mdr(struct sag__ctx *c, struct sag_dato d, int *mdr);

/* Formatting helpers for trace values (into a caller buffer). */
void sag__fmt_pct(struct sag_broek b, char out[SAG_BROEK_STR_LEN]);

/* Months between birth and a date (whole months, default birthday rule). */
int sag__alder_mdr(struct sag_dato foedt, struct sag_dato paa);
/* The last day of the month in which the injured person is `mdr` months
 * old (the month a payment ending at that age ends with). */
enum sag_status sag__udgang_af_maaned(struct sag__ctx *c, int mdr,
                                      struct sag_dato *ud);

/* An assessment (skøn) is attributed: who made it and why; SAG_EMISSING
 * naming "<felt>/af" or "<felt>/begrundelse" otherwise. */
enum sag_status sag__kraev_vurdering(struct sag__ctx *c,
                                     const struct sag_vurdering *v,
                                     const char *felt);

#endif /* SAG_BEREGNING_INT_H */
