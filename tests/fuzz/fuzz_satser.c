/*
 * Fuzz the TSV table loader: arbitrary bytes must give SAG_OK or a clean
 * error with a "file:line: reason" message, never a crash or a leak.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "skadesag/satser.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct sag_satser s;
    struct sag_diag d;
    enum sag_status st;

    sag_satser_init(&s);
    sag_diag_init(&d);
    st = sag_satser_indlaes_tsv(&s, "fuzz.tsv", (const char *)data, size, &d);
    if (st != SAG_OK && strncmp(d.besked, "fuzz.tsv:", 9) != 0)
        abort();
    sag_satser_release(&s);
    return 0;
}
