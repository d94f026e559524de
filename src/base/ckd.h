/*
 * Checked integer arithmetic.
 *
 * This is the one place where compiler extensions are allowed (STYLE.md rule 1):
 * gcc 12 has no <stdckdint.h>, so the C23 ckd_* operations are emulated with
 * __builtin_*_overflow, and a 128-bit integer is provided for exact
 * intermediate products of 64-bit money and fraction arithmetic.
 *
 * Every function returns true when the result overflowed (the C23 convention),
 * in which case *out is unspecified.
 */
#ifndef SAG_CKD_H
#define SAG_CKD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

__extension__ typedef __int128 sag_i128;

static inline bool
sag_ckd_add(int64_t *out, int64_t a, int64_t b)
{
    return __builtin_add_overflow(a, b, out);
}

static inline bool
sag_ckd_sub(int64_t *out, int64_t a, int64_t b)
{
    return __builtin_sub_overflow(a, b, out);
}

static inline bool
sag_ckd_mul(int64_t *out, int64_t a, int64_t b)
{
    return __builtin_mul_overflow(a, b, out);
}

static inline bool
sag_ckd_add_sz(size_t *out, size_t a, size_t b)
{
    return __builtin_add_overflow(a, b, out);
}

static inline bool
sag_ckd_mul_sz(size_t *out, size_t a, size_t b)
{
    return __builtin_mul_overflow(a, b, out);
}

/* Narrow a 128-bit value to int64_t; true when it does not fit. */
static inline bool
sag_ckd_narrow(int64_t *out, sag_i128 v)
{
    if (v > (sag_i128)INT64_MAX || v < (sag_i128)INT64_MIN)
        return true;
    *out = (int64_t)v;
    return false;
}

#endif /* SAG_CKD_H */
