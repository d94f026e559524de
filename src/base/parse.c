/*
 * strtonum-style integer parsing without locale or errno.
 */
#include "skadesag/parse.h"

#include <string.h>

#include "ckd.h"
#include "banned.h"

enum sag_status
sag_parse_i64n(const char *s, size_t len, int64_t min, int64_t max,
               int64_t *out)
{
    size_t i = 0;
    int neg = 0;
    int64_t v = 0;

    if (s == NULL || len == 0)
        return SAG_EPARSE;
    if (s[0] == '-') {
        neg = 1;
        i = 1;
        if (len == 1)
            return SAG_EPARSE;
    }
    for (; i < len; i++) {
        int d;

        if (s[i] < '0' || s[i] > '9')
            return SAG_EPARSE;
        d = s[i] - '0';
        /* Accumulate negatively so INT64_MIN parses without overflow. */
        if (sag_ckd_mul(&v, v, 10) || sag_ckd_sub(&v, v, d))
            return SAG_ERANGE;
    }
    if (!neg) {
        if (v == INT64_MIN)
            return SAG_ERANGE;
        v = -v;
    }
    if (v < min || v > max)
        return SAG_ERANGE;
    *out = v;
    return SAG_OK;
}

enum sag_status
sag_parse_i64(const char *s, int64_t min, int64_t max, int64_t *out)
{
    if (s == NULL)
        return SAG_EPARSE;
    return sag_parse_i64n(s, strlen(s), min, max, out);
}
