/*
 * Fuzz the fraction parser: parsed fractions are normalised, and their
 * canonical "a/b" text parses back to the same value.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "skadesag/broek.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct sag_broek b, c, r;
    char s[SAG_BROEK_STR_LEN];
    int64_t v;

    if (sag_broek_parse((const char *)data, size, &b) != SAG_OK)
        return 0;
    if (b.naevner <= 0)
        abort();
    sag_broek_format(b, s);
    if (sag_broek_parse(s, strlen(s), &c) != SAG_OK || sag_broek_cmp(b, c) != 0)
        abort();
    (void)sag_broek_mul(b, c, &r);
    (void)sag_broek_add(b, c, &r);
    (void)sag_broek_afrund_decimaler(b, 4, SAG_AFRUND_HALV_OP, &v);
    (void)sag_broek_format_decimal(b, 4, '.', s);
    return 0;
}
