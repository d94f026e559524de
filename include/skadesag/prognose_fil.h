/*
 * The board's prognoses (data/prognoser.tsv: transcribed from the annual
 * reports with their source per row), loaded for one year.
 */
#ifndef SAG_PROGNOSE_FIL_H
#define SAG_PROGNOSE_FIL_H

#include "skadesag/arena.h"
#include "skadesag/portefolje.h"
#include "skadesag/status.h"

/* Load the prognosis for `aar` from `mappe`/prognoser.tsv: processing-time
 * ranges per case group and the production target. Sources are copied
 * into `arena`. SAG_EIO if the file cannot be read; SAG_EINVAL naming
 * "prognoser.tsv:LINJE" for a bad line; SAG_ENOTFOUND (field /prognose)
 * when the file has no row for the year. */
enum sag_status sag_prognose_indlaes(const char *mappe, int aar,
                                     struct sag_arena *arena,
                                     struct sag_pf_prognose *ud,
                                     struct sag_diag *diag);

#endif /* SAG_PROGNOSE_FIL_H */
