/*
 * Exact fractions (rationals) with 64-bit numerator and denominator. Every
 * percentage, share and factor in the rules is a struct sag_broek: 2/3,
 * 0,83, 0,92, 47,39 %, a § 12 share of 1/4. There is no binary floating
 * point anywhere in the rules.
 *
 * Invariants of a value produced by this module: naevner > 0 and
 * gcd(|taeller|, naevner) == 1. Operations compute in 128 bits and fail with
 * SAG_EOVERFLOW when the reduced result does not fit in 64 bits. Pure and
 * thread-safe.
 */
#ifndef SAG_BROEK_H
#define SAG_BROEK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "skadesag/status.h"

struct sag_broek {
    int64_t taeller;
    int64_t naevner;
};

/* taeller/naevner reduced; SAG_EDIVZERO when naevner == 0. */
enum sag_status sag_broek_ny(int64_t taeller, int64_t naevner,
                             struct sag_broek *out);

/* An integer as a fraction (n/1). Always valid. */
static inline struct sag_broek
sag_broek_heltal(int64_t n)
{
    return (struct sag_broek){ n, 1 };
}

enum sag_status sag_broek_add(struct sag_broek a, struct sag_broek b,
                              struct sag_broek *out);
enum sag_status sag_broek_sub(struct sag_broek a, struct sag_broek b,
                              struct sag_broek *out);
enum sag_status sag_broek_mul(struct sag_broek a, struct sag_broek b,
                              struct sag_broek *out);
/* SAG_EDIVZERO when b is zero. */
enum sag_status sag_broek_div(struct sag_broek a, struct sag_broek b,
                              struct sag_broek *out);

/* -1, 0, 1. Exact for all valid fractions (compares in 128 bits). */
int sag_broek_cmp(struct sag_broek a, struct sag_broek b);

static inline bool
sag_broek_er_nul(struct sag_broek a)
{
    return a.taeller == 0;
}

/* How to round a fraction to an integer. Each rule that rounds names one of
 * these and cites its source. */
enum sag_afrunding {
    SAG_AFRUND_HALV_OP = 0, /* nearest; ties away from zero */
    SAG_AFRUND_NED = 1,     /* towards minus infinity (floor) */
    SAG_AFRUND_OP = 2,      /* towards plus infinity (ceiling) */
    SAG_AFRUND_MOD_NUL = 3  /* towards zero (truncate) */
};

/* Round to an integer. Never overflows (|result| <= |taeller|). */
int64_t sag_broek_afrund(struct sag_broek a, enum sag_afrunding regel);

/* Round a * 10^decimaler to an integer (decimaler 0–18). */
enum sag_status sag_broek_afrund_decimaler(struct sag_broek a, int decimaler,
                                           enum sag_afrunding regel,
                                           int64_t *out);

/*
 * Parse "3/4", "-1/2", a decimal with '.' or ',' ("0,83", "0.92", "47,39",
 * "12") — at most 18 decimals, no thousands separators, no spaces.
 * SAG_EPARSE on malformed text, SAG_EDIVZERO for "x/0", SAG_EOVERFLOW when
 * too large.
 */
enum sag_status sag_broek_parse(const char *s, size_t len,
                                struct sag_broek *out);

/* "3/4" (or "2" when the denominator is 1). out needs 42 bytes. */
#define SAG_BROEK_STR_LEN 42
void sag_broek_format(struct sag_broek a, char out[SAG_BROEK_STR_LEN]);

/* Decimal with exactly `decimaler` digits (0–18) after `sep`, rounded half
 * away from zero: 1550/37 with 4 and '.' is "41.8919". out needs 42 bytes.
 * SAG_EOVERFLOW if the scaled value does not fit; `out` then holds the exact
 * fraction (sag_broek_format), so it is always a string. */
enum sag_status sag_broek_format_decimal(struct sag_broek a, int decimaler,
                                         char sep, char out[SAG_BROEK_STR_LEN]);

/* True if a has a finite decimal expansion (denominator 2^a 5^b). */
bool sag_broek_endelig_decimal(struct sag_broek a);

#endif /* SAG_BROEK_H */
