/*
 * Strict number parsing, modelled on OpenBSD strtonum(3): the only way text
 * becomes an integer in Skadesag (atoi & co. are banned).
 */
#ifndef SAG_PARSE_H
#define SAG_PARSE_H

#include <stddef.h>
#include <stdint.h>

#include "skadesag/status.h"

/*
 * Parse a whole NUL-terminated string as a decimal integer in [min, max].
 * Accepts an optional leading '-' and ASCII digits only: no whitespace, no
 * '+', no trailing characters, not empty. Returns SAG_OK, SAG_EPARSE
 * (malformed) or SAG_ERANGE (outside [min, max] or beyond int64). *out is
 * written only on success. Thread-safe.
 */
enum sag_status sag_parse_i64(const char *s, int64_t min, int64_t max,
                              int64_t *out);

/* The same for the first `len` bytes of `s` (need not be NUL-terminated). */
enum sag_status sag_parse_i64n(const char *s, size_t len, int64_t min,
                               int64_t max, int64_t *out);

#endif /* SAG_PARSE_H */
