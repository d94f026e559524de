/*
 * Helpers for the cmocka unit tests.
 *
 * cmocka prints integers in failed assertions as hex, which is useless for
 * money and dates; these helpers print them in decimal and as text.
 */
#ifndef SAG_TESTUTIL_H
#define SAG_TESTUTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "skadesag/dato.h"

#define assert_i64_eq(a, b)                                                    \
    do {                                                                       \
        long long a_ = (long long)(a), b_ = (long long)(b);                    \
        if (a_ != b_)                                                          \
            fail_msg("%s = %lld, forventet %s = %lld", #a, a_, #b, b_);        \
    } while (0)

#define assert_ore_eq(penge, forventet_oere)                                   \
    assert_i64_eq((penge).oere, (forventet_oere))

#define assert_ok(udtryk)                                                      \
    do {                                                                       \
        int st_ = (int)(udtryk);                                               \
        if (st_ != 0)                                                          \
            fail_msg("%s gav status %d, forventet SAG_OK", #udtryk, st_);      \
    } while (0)

#define assert_status(udtryk, forventet)                                       \
    do {                                                                       \
        int st_ = (int)(udtryk);                                               \
        if (st_ != (int)(forventet))                                           \
            fail_msg("%s gav status %d, forventet %s (%d)", #udtryk, st_,      \
                     #forventet, (int)(forventet));                            \
    } while (0)

/* A date from its ISO form; a typo in a test fails the test. */
static inline struct sag_dato
dato_iso(const char *iso)
{
    struct sag_dato d;

    if (sag_dato_parse_iso(iso, strlen(iso), &d) != SAG_OK)
        fail_msg("ugyldig testdato %s", iso);
    return d;
}

/* Read a file relative to the source root into a malloc'd buffer. */
static inline char *
test_laes_fil(const char *relativ, size_t *len)
{
    char sti[1024];
    FILE *f;
    char *buf;
    long n;

    (void)snprintf(sti, sizeof(sti), "%s/%s", SAG_SOURCE_ROOT, relativ);
    f = fopen(sti, "rb");
    if (f == NULL)
        fail_msg("kan ikke åbne %s", sti);
    (void)fseek(f, 0, SEEK_END);
    n = ftell(f);
    (void)fseek(f, 0, SEEK_SET);
    buf = test_malloc((size_t)n + 1);
    if (fread(buf, 1, (size_t)n, f) != (size_t)n)
        fail_msg("kan ikke læse %s", sti);
    buf[n] = '\0';
    (void)fclose(f);
    *len = (size_t)n;
    return buf;
}

#endif /* SAG_TESTUTIL_H */
