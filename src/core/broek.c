/*
 * Exact rational arithmetic.
 *
 * Every operation computes its raw numerator and denominator in 128 bits,
 * reduces by the gcd there, and only then narrows to 64 bits. Products of two
 * 64-bit values always fit in 128 bits, so the only failure is a reduced
 * result that genuinely needs more than 64 bits, which we report as
 * SAG_EOVERFLOW instead of wrapping (STYLE.md rule 20).
 */
#include "skadesag/broek.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../base/ckd.h"
#include "../base/sag_assert.h"
#include "../base/banned.h"

static sag_i128
abs128(sag_i128 v)
{
    return v < 0 ? -v : v;
}

static sag_i128
gcd128(sag_i128 a, sag_i128 b)
{
    a = abs128(a);
    b = abs128(b);
    while (b != 0) {
        sag_i128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

/* Euclid in 64 bits: 128-bit division is a slow library call, and every
 * fraction operation normalises, so this is on the engine's hot path
 * (docs/performance.md). */
static uint64_t
gcd64(uint64_t a, uint64_t b)
{
    while (b != 0) {
        uint64_t r = a % b;
        a = b;
        b = r;
    }
    return a;
}

/* Normalise t/n computed in 128 bits into *out. */
static enum sag_status
normaliser(sag_i128 t, sag_i128 n, struct sag_broek *out)
{
    sag_i128 g, at;
    int64_t t64, n64;

    if (n == 0)
        return SAG_EDIVZERO;
    if (n < 0) {
        t = -t;
        n = -n;
    }
    at = abs128(t);
    if (n == 1 || t == 0) {
        /* already normal */
    } else if (at <= (sag_i128)UINT64_MAX && n <= (sag_i128)UINT64_MAX) {
        uint64_t g64 = gcd64((uint64_t)at, (uint64_t)n);

        if (g64 > 1) {
            at = (sag_i128)((uint64_t)at / g64);
            n = (sag_i128)((uint64_t)n / g64);
            t = t < 0 ? -at : at;
        }
    } else {
        g = gcd128(t, n);
        if (g > 1) {
            t /= g;
            n /= g;
        }
    }
    if (t == 0)
        n = 1;
    if (sag_ckd_narrow(&t64, t) || sag_ckd_narrow(&n64, n))
        return SAG_EOVERFLOW;
    out->taeller = t64;
    out->naevner = n64;
    return SAG_OK;
}

enum sag_status
sag_broek_ny(int64_t taeller, int64_t naevner, struct sag_broek *out)
{
    return normaliser(taeller, naevner, out);
}

enum sag_status
sag_broek_add(struct sag_broek a, struct sag_broek b, struct sag_broek *out)
{
    sag_i128 t =
        (sag_i128)a.taeller * b.naevner + (sag_i128)b.taeller * a.naevner;

    return normaliser(t, (sag_i128)a.naevner * b.naevner, out);
}

enum sag_status
sag_broek_sub(struct sag_broek a, struct sag_broek b, struct sag_broek *out)
{
    sag_i128 t =
        (sag_i128)a.taeller * b.naevner - (sag_i128)b.taeller * a.naevner;

    return normaliser(t, (sag_i128)a.naevner * b.naevner, out);
}

enum sag_status
sag_broek_mul(struct sag_broek a, struct sag_broek b, struct sag_broek *out)
{
    return normaliser((sag_i128)a.taeller * b.taeller,
                      (sag_i128)a.naevner * b.naevner, out);
}

enum sag_status
sag_broek_div(struct sag_broek a, struct sag_broek b, struct sag_broek *out)
{
    if (b.taeller == 0)
        return SAG_EDIVZERO;
    return normaliser((sag_i128)a.taeller * b.naevner,
                      (sag_i128)a.naevner * b.taeller, out);
}

int
sag_broek_cmp(struct sag_broek a, struct sag_broek b)
{
    sag_i128 l = (sag_i128)a.taeller * b.naevner;
    sag_i128 r = (sag_i128)b.taeller * a.naevner;

    SAG_ASSERT(a.naevner > 0 && b.naevner > 0);
    return (l > r) - (l < r);
}

/* Round t/n (n > 0) to an integer in 128 bits. */
static sag_i128
afrund128(sag_i128 t, sag_i128 n, enum sag_afrunding regel)
{
    sag_i128 q = t / n, r = t % n; /* C truncates towards zero */

    SAG_ASSERT(n > 0);
    if (r == 0)
        return q;
    switch (regel) {
    case SAG_AFRUND_MOD_NUL: return q;
    case SAG_AFRUND_NED: return t < 0 ? q - 1 : q;
    case SAG_AFRUND_OP: return t < 0 ? q : q + 1;
    case SAG_AFRUND_HALV_OP:
        /* |r| / n >= 1/2 rounds away from zero. */
        if (2 * abs128(r) >= n)
            return t < 0 ? q - 1 : q + 1;
        return q;
    }
    SAG_UNREACHABLE("ukendt afrundingsregel");
}

int64_t
sag_broek_afrund(struct sag_broek a, enum sag_afrunding regel)
{
    int64_t q, r;

    /* 64-bit fast path; the 128-bit version only for INT64_MIN. */
    if (a.taeller == INT64_MIN)
        return (int64_t)afrund128(a.taeller, a.naevner, regel);
    q = a.taeller / a.naevner;
    r = a.taeller % a.naevner;
    if (r == 0)
        return q;
    switch (regel) {
    case SAG_AFRUND_MOD_NUL: return q;
    case SAG_AFRUND_NED: return a.taeller < 0 ? q - 1 : q;
    case SAG_AFRUND_OP: return a.taeller < 0 ? q : q + 1;
    case SAG_AFRUND_HALV_OP:
        /* |r| >= n - |r| avoids overflow of 2|r|. */
        if ((r < 0 ? -r : r) >= a.naevner - (r < 0 ? -r : r))
            return a.taeller < 0 ? q - 1 : q + 1;
        return q;
    }
    SAG_UNREACHABLE("ukendt afrundingsregel");
}

static const int64_t tipotens[19] = {
    1LL,
    10LL,
    100LL,
    1000LL,
    10000LL,
    100000LL,
    1000000LL,
    10000000LL,
    100000000LL,
    1000000000LL,
    10000000000LL,
    100000000000LL,
    1000000000000LL,
    10000000000000LL,
    100000000000000LL,
    1000000000000000LL,
    10000000000000000LL,
    100000000000000000LL,
    1000000000000000000LL,
};

enum sag_status
sag_broek_afrund_decimaler(struct sag_broek a, int decimaler,
                           enum sag_afrunding regel, int64_t *out)
{
    sag_i128 v;

    if (decimaler < 0 || decimaler > 18)
        return SAG_EINVAL;
    v = afrund128((sag_i128)a.taeller * tipotens[decimaler], a.naevner, regel);
    if (sag_ckd_narrow(out, v))
        return SAG_EOVERFLOW;
    return SAG_OK;
}

enum sag_status
sag_broek_parse(const char *s, size_t len, struct sag_broek *out)
{
    size_t i = 0, start;
    int neg = 0, decimaler = -1;
    sag_i128 t = 0;

    if (s == NULL || len == 0)
        return SAG_EPARSE;
    if (s[0] == '-') {
        neg = 1;
        i = 1;
    }
    start = i;
    for (; i < len; i++) {
        char c = s[i];

        if (c >= '0' && c <= '9') {
            t = t * 10 + (c - '0');
            if (t > (sag_i128)INT64_MAX)
                return SAG_EOVERFLOW;
            if (decimaler >= 0 && ++decimaler > 18)
                return SAG_EPARSE;
        } else if ((c == '.' || c == ',') && decimaler < 0 && i > start &&
                   i + 1 < len) {
            decimaler = 0;
        } else if (c == '/' && decimaler < 0 && i > start && i + 1 < len) {
            /* "a/b": the denominator is a plain positive integer. */
            sag_i128 n = 0;

            for (size_t j = i + 1; j < len; j++) {
                if (s[j] < '0' || s[j] > '9')
                    return SAG_EPARSE;
                n = n * 10 + (s[j] - '0');
                if (n > (sag_i128)INT64_MAX)
                    return SAG_EOVERFLOW;
            }
            return normaliser(neg ? -t : t, n, out);
        } else {
            return SAG_EPARSE;
        }
    }
    if (i == start)
        return SAG_EPARSE;
    return normaliser(neg ? -t : t, tipotens[decimaler < 0 ? 0 : decimaler],
                      out);
}

/* "%lld" of `v` at `p` (no NUL), returning its length (at most 20). The
 * trace formats fractions in many steps, and snprintf's set-up cost more
 * than the digits (callgrind). */
static size_t
heltal(char *p, int64_t v)
{
    char tmp[24];
    size_t k = sizeof(tmp);
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;

    do {
        tmp[--k] = (char)('0' + u % 10);
        u /= 10;
    } while (u > 0);
    if (v < 0)
        tmp[--k] = '-';
    memcpy(p, tmp + k, sizeof(tmp) - k);
    return sizeof(tmp) - k;
}

void
sag_broek_format(struct sag_broek a, char out[SAG_BROEK_STR_LEN])
{
    size_t n = heltal(out, a.taeller);

    if (a.naevner != 1) {
        out[n++] = '/';
        n += heltal(out + n, a.naevner);
    }
    SAG_ASSERT(n > 0 && n < SAG_BROEK_STR_LEN);
    out[n] = '\0';
}

enum sag_status
sag_broek_format_decimal(struct sag_broek a, int decimaler, char sep,
                         char out[SAG_BROEK_STR_LEN])
{
    int64_t v;
    uint64_t u, hel, dec;
    enum sag_status st;
    char tmp[SAG_BROEK_STR_LEN];
    int n;

    st = sag_broek_afrund_decimaler(a, decimaler, SAG_AFRUND_HALV_OP, &v);
    if (st != SAG_OK) {
        /* Never an unterminated buffer: the exact fraction instead. */
        sag_broek_format(a, out);
        return st;
    }
    u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    hel = u / (uint64_t)tipotens[decimaler];
    dec = u % (uint64_t)tipotens[decimaler];
    /* What "%s%llu%c%0*llu" writes, without printf (the batch formats
     * a few per result): digits from the right into tmp. */
    {
        char *p = tmp + sizeof(tmp) - 1;

        *p = '\0';
        for (int i = 0; i < decimaler; i++) {
            *--p = (char)('0' + dec % 10);
            dec /= 10;
        }
        if (decimaler > 0)
            *--p = sep;
        do {
            *--p = (char)('0' + hel % 10);
            hel /= 10;
        } while (hel != 0);
        if (v < 0)
            *--p = '-';
        n = (int)(tmp + sizeof(tmp) - 1 - p);
        memmove(tmp, p, (size_t)n + 1);
    }
    SAG_ASSERT(n > 0 && n < SAG_BROEK_STR_LEN);
    memcpy(out, tmp, (size_t)n + 1);
    return SAG_OK;
}

bool
sag_broek_endelig_decimal(struct sag_broek a)
{
    int64_t n = a.naevner;

    while (n % 2 == 0)
        n /= 2;
    while (n % 5 == 0)
        n /= 5;
    return n == 1;
}
