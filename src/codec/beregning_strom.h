/*
 * The engine's JSON input without a tree (internal to src/codec; the unit
 * test and the fuzz harness use it to compare the two readers).
 *
 * sag__beregning_strom_laes() reads the text straight into the struct on
 * an accept-only fast path: it takes only a well-formed case whose every
 * member is valid (no escapes in strings, no duplicate keys, no decimals,
 * nothing missing, nothing out of range). Anything else it declines, and
 * the caller reads the text again with jansson, so every refusal and its
 * message comes from one place (beregning_json.c) and the two paths give
 * byte-identical results.
 */
#ifndef SAG_BEREGNING_STROM_H
#define SAG_BEREGNING_STROM_H

#include <stdbool.h>
#include <stddef.h>

#include "skadesag/arena.h"
#include "skadesag/beregning.h"
#include "skadesag/status.h"

/* true: `in` holds the case (strings copied into `arena`); false: declined,
 * `in` and the arena's new contents are to be discarded. */
bool sag__beregning_strom_laes(const char *tekst, size_t len,
                               struct sag_arena *arena,
                               struct sag_beregning_input *in);

/* The jansson reader alone (what sag_beregning_input_fra_json falls back
 * to). */
enum sag_status sag__beregning_input_fra_jansson(const char *tekst, size_t len,
                                                 struct sag_arena *arena,
                                                 struct sag_beregning_input *in,
                                                 struct sag_diag *diag);

#endif /* SAG_BEREGNING_STROM_H */
