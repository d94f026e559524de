/*
 * Fuzz the date parsers and check round trips: any date that parses must
 * format back to the same text, and arithmetic on it must stay in range.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "skadesag/dato.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct sag_dato d, r;
    char iso[SAG_DATO_ISO_LEN], dk[SAG_DATO_DK_LEN];
    struct sag_kalender k = sag_kalender_standard();
    int aar, mdr;

    if (sag_dato_parse_iso((const char *)data, size, &d) == SAG_OK) {
        sag_dato_format_iso(d, iso);
        if (size != 10 || memcmp(iso, data, 10) != 0)
            abort();
        (void)sag_dato_plus_maaneder(d, 1, SAG_MAANED_SIDSTE_DAG, &r);
        (void)sag_dato_plus_arbejdsdage(&k, d, 10, &r);
        (void)sag_dato_alder_maaneder((struct sag_dato){ -719162 }, d,
                                      SAG_MAANED_FOERSTE_EFTER, &aar, &mdr);
    }
    if (sag_dato_parse_dk((const char *)data, size, &d) == SAG_OK) {
        sag_dato_format_dk(d, dk);
        if (size != 10 || memcmp(dk, data, 10) != 0)
            abort();
    }
    return 0;
}
