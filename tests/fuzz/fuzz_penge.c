/*
 * Fuzz the money parsers: parsing never crashes, and a parsed amount
 * formatted in Danish parses back to the same øre.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "skadesag/penge.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct sag_penge p, q;
    char s[SAG_PENGE_STR_LEN];

    if (sag_penge_parse_kr((const char *)data, size, &p) == SAG_OK) {
        sag_penge_format_dk_tal(p, s);
        if (sag_penge_parse_kr(s, strlen(s), &q) != SAG_OK || q.oere != p.oere)
            abort();
        (void)sag_penge_op_til_12_kr(p, &q);
        (void)sag_penge_afrund_naermeste_1000_kr(p, &q);
    }
    (void)sag_penge_parse_oere((const char *)data, size, &p);
    return 0;
}
