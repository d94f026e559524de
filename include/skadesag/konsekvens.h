/*
 * The impact of a change in law or practice on stored decisions: re-run the
 * engine on a decision's stored input and say whether the change touches
 * it and what it gives (pure; the caller iterates the decision records).
 *
 *  - Højesteret 17.1.2025 (and 9.4.2024): a § 17 a loss of at least 5 % and
 *    below 15 % that is clear and lasting gives 15 %. Touched: § 17 a
 *    decisions where the computed loss is in [5 %, 15 %) and compensation
 *    was refused. What they would get: the same decision at 15 % (the
 *    caseworker must still find the loss clear and lasting).
 *  - A rise in the folkepensionsalder (70 for people born from 1.1.1971,
 *    in force 31.12.2025): touched are capitalised awards to people whose
 *    pension age under the rules in force on `pr` differs from the one on
 *    the decision date. What it gives: the factor at the same age under
 *    the tables in force on `pr` (the capitalisation date and the birth
 *    date moved together by whole months) against the factor used, and the
 *    capital sums. That difference also holds the tables' newer basis;
 *    where the tables on `pr` still have a table with the old pension age
 *    for that age (the nearest earlier birth cohort's), the pension age's
 *    own share is given too (docs/rules_map.md Q-21).
 */
#ifndef SAG_KONSEKVENS_H
#define SAG_KONSEKVENS_H

#include <stdbool.h>
#include <stdint.h>

#include "skadesag/beregning.h"
#include "skadesag/satser.h"

struct sag_konsekvens_hr2025 {
    bool beroert;
    struct sag_broek beregnet;  /* the computed loss */
    struct sag_beregning efter; /* the decision at 15 % */
};

enum sag_status sag_konsekvens_hr2025(const struct sag_satser *s,
                                      const struct sag_beregning_input *in,
                                      struct sag_konsekvens_hr2025 *ud,
                                      struct sag_diag *diag);

struct sag_konsekvens_fp {
    bool beroert;
    int fp_foer_mdr, fp_efter_mdr; /* pension age in months */
    /* As decided, and now: the tables in force on `pr` at the same age
     * (they run to the new pension age). */
    int64_t faktor_foer, faktor_efter; /* × 1000 */
    struct sag_penge kapital_foer, kapital_efter;
    /* The pension age alone, where the tables in force on `pr` still have
     * a table with the old pension age covering the age (the nearest
     * earlier birth cohort's): its factor and capital. */
    bool har_gl;
    int64_t faktor_gl;
    struct sag_penge kapital_gl;
};

enum sag_status sag_konsekvens_folkepension(
    const struct sag_satser *s, const struct sag_beregning_input *in,
    struct sag_dato pr, struct sag_konsekvens_fp *ud, struct sag_diag *diag);

#endif /* SAG_KONSEKVENS_H */
