/*
 * Assertion failure: print where, then abort so a core dump or sanitizer
 * report shows the stack. The message holds only source locations, never
 * data, so no personal information can leak through it.
 */
#include "sag_assert.h"

#include <stdio.h>
#include <stdlib.h>

#include "banned.h"

_Noreturn void
sag__assert_fail(const char *fil, int linje, const char *udtryk)
{
    (void)fprintf(stderr, "skadesag: intern fejl: %s:%d: %s\n", fil, linje,
                  udtryk);
    abort();
}
