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
#include "skadesag/satser.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct sag_satser satser;
static int klar;

static void
indlaes(void)
{
    static const char *const filer[] = { "satser.tsv",
                                         "kapitaliseringsfaktorer.tsv",
                                         "kapitalisering_acts.tsv",
                                         "folkepensionsalder.tsv" };
    struct sag_diag d;

    sag_satser_init(&satser);
    for (int i = 0; i < 4; i++) {
        char sti[1024];
        FILE *f;
        char *b;
        long n;

        (void)snprintf(sti, sizeof(sti), "%s/data/%s", SAG_SOURCE_ROOT,
                       filer[i]);
        f = fopen(sti, "rb");
        if (f == NULL)
            abort();
        (void)fseek(f, 0, SEEK_END);
        n = ftell(f);
        (void)fseek(f, 0, SEEK_SET);
        b = malloc((size_t)n);
        if (b == NULL || fread(b, 1, (size_t)n, f) != (size_t)n)
            abort();
        (void)fclose(f);
        if (sag_satser_indlaes_tsv(&satser, filer[i], b, (size_t)n, &d) !=
            SAG_OK)
            abort();
        free(b);
    }
    if (sag_satser_klar(&satser, &d) != SAG_OK)
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
