/*
 * Allocation wrappers with fault injection for tests.
 *
 * The injection counters are deliberately plain globals: they are touched only
 * by test programs, which run single-threaded while injecting. The production
 * path reads `fail_after` once per call and does nothing else.
 */
#include "skadesag/alloc.h"

#include <stdlib.h>

#include "banned.h"

static long fail_after;
static long attempts;

static int
should_fail(void)
{
    /* Production (fail_after == 0) never writes, so threads do not race. */
    if (fail_after <= 0)
        return 0;
    attempts++;
    return attempts >= fail_after;
}

void *
sag_malloc(size_t n)
{
    if (should_fail())
        return NULL;
    return malloc(n == 0 ? 1 : n);
}

void *
sag_calloc(size_t count, size_t size)
{
    if (should_fail())
        return NULL;
    return calloc(count == 0 ? 1 : count, size == 0 ? 1 : size);
}

void *
sag_realloc(void *p, size_t n)
{
    if (should_fail())
        return NULL;
    return realloc(p, n == 0 ? 1 : n);
}

void
sag_free(void *p)
{
    free(p);
}

void
sag_alloc_fail_after(long n)
{
    fail_after = n;
    attempts = 0;
}

long
sag_alloc_count(void)
{
    return attempts;
}
