/*
 * Fuzz the engine's two JSON readers against each other: whatever the
 * streaming reader (src/codec/beregning_strom.c) accepts, the jansson
 * reader must accept too and read to the same case, rendered through the
 * engine with its trace to the same bytes. A difference aborts.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "skadesag/beregning.h"
#include "skadesag/beregning_json.h"
#include "skadesag/satser.h"
#include "skadesag/satser_fil.h"

#include "../../src/codec/beregning_strom.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct sag_satser satser;
static int klar;

static void
indlaes(void)
{
    struct sag_diag d;

    sag_satser_init(&satser);
    if (sag_satser_indlaes_mappe(&satser, SAG_SOURCE_ROOT "/data", &d) !=
        SAG_OK)
        abort();
    klar = 1;
}

/* The case through the engine to JSON (or its refusal), into b. */
static void
gengiv(const struct sag_beregning_input *in, struct sag_arena *a,
       struct sag_buf *b)
{
    struct sag_beregning r;
    struct sag_spor sp;
    struct sag_diag d;
    enum sag_status st;

    sag_diag_init(&d);
    sag_spor_init(&sp, a, true);
    st = sag_beregn(&satser, in, &sp, &r, &d);
    if (st == SAG_OK)
        sag_beregning_til_json_id(in->id, &r, &sp, b);
    else
        sag_beregning_fejl_json(st, &d, b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct sag_arena a1, a2;
    struct sag_beregning_input x, y;
    struct sag_buf b1, b2;
    struct sag_diag d;

    if (!klar)
        indlaes();
    sag_arena_init(&a1, 0);
    sag_arena_init(&a2, 0);
    sag_buf_init(&b1, 0);
    sag_buf_init(&b2, 0);
    sag_diag_init(&d);
    if (sag__beregning_strom_laes((const char *)data, size, &a1, &x)) {
        if (sag__beregning_input_fra_jansson((const char *)data, size, &a2, &y,
                                             &d) != SAG_OK)
            abort(); /* accepted what jansson refuses */
        gengiv(&x, &a1, &b1);
        gengiv(&y, &a2, &b2);
        if (b1.len != b2.len || memcmp(b1.buf, b2.buf, b1.len) != 0)
            abort(); /* read differently */
    }
    sag_buf_release(&b1);
    sag_buf_release(&b2);
    sag_arena_release(&a1);
    sag_arena_release(&a2);
    return 0;
}
