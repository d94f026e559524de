/*
 * Fuzz the case-file parsers every front end feeds: an event (as entered),
 * a new case with its defaults, and an exported case to import; each parsed
 * event is applied to a fresh state and written back as stored JSON. Any
 * input must give a result or a clean error naming a field; never a crash,
 * a leak, undefined behaviour or an assertion. The first byte chooses the
 * parser.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "skadesag/mappe_json.h"
#include "skadesag/sag.h"
#include "skadesag/sag_json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
anvend(const struct sag_haendelse *h, size_t n)
{
    struct sag_tilstand t;
    struct sag_diag d;
    struct sag_buf b;

    memset(&t, 0, sizeof(t));
    memcpy(t.id, "AES-2025-000001", 16);
    sag_buf_init(&b, 0);
    for (size_t i = 0; i < n; i++) {
        if (sag_tilstand_anvend(&t, &h[i], &d) != SAG_OK)
            break;
        sag_buf_reset(&b);
        sag_haendelse_data_json(&h[i], &b);
    }
    sag_buf_reset(&b);
    sag_tilstand_json(&t, false, &b);
    sag_buf_release(&b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct sag_arena a;
    struct sag_haendelse h;
    struct sag_tj_import imp;
    struct sag_diag d;
    const char *tekst = (const char *)data + 1;
    struct sag_dato idag = { 20423 }; /* 2025-12-01 */

    if (size < 1)
        return 0;
    sag_arena_init(&a, 0);
    sag_diag_init(&d);
    switch (data[0] % 3) {
    case 0:
        if (sag_haendelse_fra_json(tekst, size - 1, &a, &h, &d) == SAG_OK &&
            h.type == SAG_H_OPRETTET)
            anvend(&h, 1);
        break;
    case 1:
        if (sag_opret_fra_json(tekst, size - 1, idag, &a, &h, &d) == SAG_OK)
            anvend(&h, 1);
        break;
    default:
        if (sag_eksport_fra_json(tekst, size - 1, &a, &imp, &d) == SAG_OK)
            anvend(imp.haendelser, imp.antal_haendelser);
        break;
    }
    sag_arena_release(&a);
    return 0;
}
