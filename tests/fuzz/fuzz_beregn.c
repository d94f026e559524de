/*
 * Fuzz the engine's JSON input end to end: parse → compute → render. Any
 * input must give a result or a clean error naming a field; never a crash,
 * a leak, undefined behaviour or an assertion.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "skadesag/beregning.h"
#include "skadesag/beregning_json.h"
#include "skadesag/visning.h"
#include "skadesag/satser.h"
#include "skadesag/satser_fil.h"

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

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct sag_arena a;
    struct sag_beregning_input in;
    struct sag_beregning r;
    struct sag_spor sp;
    struct sag_buf b;
    struct sag_diag d;

    if (!klar)
        indlaes();
    sag_arena_init(&a, 0);
    sag_buf_init(&b, 0);
    sag_diag_init(&d);
    if (sag_beregning_input_fra_json((const char *)data, size, &a, &in, &d) ==
        SAG_OK) {
        sag_spor_init(&sp, &a, true);
        if (sag_beregn(&satser, &in, &sp, &r, &d) == SAG_OK) {
            sag_beregning_til_json(&r, &sp, &b);
            sag_beregning_til_tekst(&r, &sp, &b);
        } else if (d.besked[0] == '\0') {
            abort(); /* every refusal must say why */
        }
    }
    sag_buf_release(&b);
    sag_arena_release(&a);
    return 0;
}
