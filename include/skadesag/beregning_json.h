/*
 * JSON codec for the engine (docs/beregning.md is the
 * contract). Shared by the command line, the server and the letters.
 *
 * Input: strict — unknown fields, wrong types, impossible dates, amounts as
 * JSON reals, duplicate keys are errors naming the field by JSON pointer.
 * Output: deterministic bytes (fixed field order, integers for øre, decimal
 * strings for fractions), so identical inputs give identical output.
 */
#ifndef SAG_BEREGNING_JSON_H
#define SAG_BEREGNING_JSON_H

#include <stddef.h>

#include "skadesag/arena.h"
#include "skadesag/beregning.h"
#include "skadesag/buf.h"
#include "skadesag/spor.h"
#include "skadesag/status.h"

/*
 * Parse one case from JSON text. Strings and arrays the input points to
 * are copied into `arena` (caller-owned; they live until its reset).
 * SAG_EPARSE for malformed JSON (diag->felt empty, besked with line and
 * column), SAG_EINVAL / SAG_EMISSING for a bad or missing field (diag->felt
 * is its JSON pointer). Thread-safe with distinct arguments.
 */
enum sag_status sag_beregning_input_fra_json(const char *tekst, size_t len,
                                             struct sag_arena *arena,
                                             struct sag_beregning_input *in,
                                             struct sag_diag *diag);

/* Append the result as one JSON object (no newline). `spor` may be NULL or
 * inactive, in which case no "spor" member is written. */
void sag_beregning_til_json(const struct sag_beregning *b,
                            const struct sag_spor *spor, struct sag_buf *ud);

/* The same, with the caller's case id first ({"id": …, …}) so a batch's
 * output lines can be matched to its input; without an id (NULL) exactly
 * sag_beregning_til_json. */
void sag_beregning_til_json_id(const char *id, const struct sag_beregning *b,
                               const struct sag_spor *spor, struct sag_buf *ud);

/* Append an error object {"fejl": {"felt": …, "besked": …, "status": …}}. */
void sag_beregning_fejl_json(enum sag_status st, const struct sag_diag *d,
                             struct sag_buf *ud);

#endif /* SAG_BEREGNING_JSON_H */
