/*
 * A-skat withheld from the running payments AES makes itself (issue 14
 * item 4; docs/udbetaling.md, "Skat"; docs/rules_map.md, Q-64, Q-67, Q-68).
 *
 * A running compensation under the act on work injuries is A-indkomst
 * (kildeskattebekendtgørelsen § 18, nr. 9: "Løbende ydelser efter lov om
 * arbejdsskadeforsikring … lov om sikring mod følger af …" — the list was
 * read truncated, Q-67), so the payer withholds A-skat at every payment
 * (kildeskatteloven § 46, stk. 1) by the withholding rate (trækprocent) and
 * the monthly allowance (fradrag) on the person's tax card (KSL § 48,
 * stk. 1 and 3). A capital sum is tax-free (AES, law_facts 1.14) and an
 * insurer withholds itself for the accidents it pays: neither comes here.
 *
 * Pure and thread-safe; no I/O (STYLE.md rule 22).
 */
#ifndef SAG_SKAT_H
#define SAG_SKAT_H

#include <stdbool.h>
#include <stdint.h>

#include "skadesag/penge.h"
#include "skadesag/status.h"

struct sag_spor;
struct sag_diag;

/* Without a tax card the payer withholds 55 % with no allowance (KSL
 * § 48, stk. 8, as SKAT's Den juridiske vejledning states it). */
#define SAG_SKAT_UDEN_KORT_PCT 55

/* The tax card in force for the payment, as entered from its source (the
 * tax authority's services cannot be reached here). */
struct sag_skattekort {
    bool findes;          /* false: no card for the year (55 %) */
    int traekprocent;     /* whole percent, 0..100 */
    int64_t fradrag_oere; /* the card's monthly allowance (0 on a bikort) */
};

/* One payment's withholding. */
struct sag_a_skat {
    struct sag_penge brutto;   /* the A-indkomst paid (gross) */
    struct sag_penge fradrag;  /* allowance used by this payment */
    struct sag_penge grundlag; /* brutto − fradrag, down to 10 kr. */
    int procent;               /* the rate applied */
    struct sag_penge a_skat;   /* withheld, up to whole kroner */
    struct sag_penge netto;    /* transferred: brutto − a_skat */
};

/*
 * The A-skat of one payment of `brutto` (≥ 0) when `fradrag_rest` (≥ 0) of
 * the month's allowance is still unused: the allowance used is the smaller
 * of the two; the rest is rounded down to a multiple of 10 kr., times the
 * rate, rounded up to whole kroner (SKAT's rounding method, Q-68). Without a
 * card: 55 % of brutto, no allowance, same rounding. Appends the step
 * `skat.a_skat` to `sp` (may be NULL). SAG_EINVAL for a negative amount or
 * a rate outside 0..100; SAG_EOVERFLOW. `ud` is written only on success.
 */
enum sag_status sag_skat_a_skat(const struct sag_skattekort *kort,
                                struct sag_penge brutto,
                                struct sag_penge fradrag_rest,
                                struct sag_spor *sp, struct sag_a_skat *ud,
                                struct sag_diag *d);

#endif /* SAG_SKAT_H */
