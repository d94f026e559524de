/*
 * Fuzz the multipart/form-data reader (src/http/multipart.c): the input up
 * to its first newline is the Content-Type's boundary parameter (as
 * "multipart/form-data; boundary=<it>"), the rest the body; each of a few
 * field names is looked for. Any input must give a part or false, never a
 * crash or a read out of bounds, and a part found must lie inside the body.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "multipart.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const navne[] = { "titel", "fil", "x", "" };
    const uint8_t *nl = memchr(data, '\n', size);
    size_t hl = nl != NULL ? (size_t)(nl - data) : 0;
    char ct[160], *krop;
    size_t kl;

    if (nl == NULL || hl > 100)
        return 0;
    memcpy(ct, "multipart/form-data; boundary=", 30);
    memcpy(ct + 30, data, hl);
    ct[30 + hl] = '\0';
    /* The body in its own allocation, so that a read past it is caught. */
    kl = size - hl - 1;
    krop = malloc(kl > 0 ? kl : 1);
    if (krop == NULL)
        return 0;
    memcpy(krop, nl + 1, kl);
    for (size_t i = 0; i < sizeof(navne) / sizeof(navne[0]); i++) {
        const char *v;
        size_t n;

        if (sag__multipart_del(ct, krop, kl, navne[i], &v, &n) &&
            (v < krop || v + n > krop + kl))
            abort();
    }
    free(krop);
    return 0;
}
