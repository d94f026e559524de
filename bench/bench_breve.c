/*
 * Benchmark of the decision letters (docs/breve.md, docs/performance.md):
 * N cases with the loss decision of examples/toemrer_2025.json are stored,
 * then a letter is produced for each through sag_brev_dan (read the case,
 * build, render HTML and the tagged PDF/A, store with its event). Prints
 * the first letter's time (cold: fontconfig and pango load their caches)
 * and the letters per second of the rest.
 *
 * Usage: bench_breve [N [DB [DATA_DIR [INPUT]]]]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "skadesag/breve.h"
#include "skadesag/parse.h"
#include "skadesag/satser_fil.h"
#include "skadesag/tjeneste.h"

#include "../src/base/banned.h"

static double
nu(void)
{
    struct timespec t;

    (void)clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int
laes(const char *sti, struct sag_buf *b)
{
    FILE *f = fopen(sti, "rb");
    char tmp[4096];
    size_t n;

    if (f == NULL)
        return -1;
    while ((n = fread(tmp, 1, sizeof(tmp), f)) > 0)
        sag_buf_add(b, tmp, n);
    (void)fclose(f);
    return sag_buf_status(b) == SAG_OK ? 0 : -1;
}

int
main(int argc, char **argv)
{
    int64_t n = 1000;
    const char *db = argc > 2 ? argv[2] : "/tmp/skadesag-bench-breve.db";
    const char *data = argc > 3 ? argv[3] : "data";
    const char *input = argc > 4 ? argv[4] : "examples/toemrer_2025.json";
    char sti[512];
    struct sag_store *s = NULL;
    struct sag_satser satser;
    struct sag_tj k;
    struct sag_diag d;
    struct sag_buf ind;
    char(*ider)[SAG_ID_MAX];
    double t0, t1, t2 = 0, t3;

    if (argc > 1 && sag_parse_i64(argv[1], 1, 1000000, &n) != SAG_OK) {
        (void)fprintf(stderr, "bench_breve: N skal være 1-1000000\n");
        return 2;
    }
    (void)unlink(db);
    (void)snprintf(sti, sizeof(sti), "%s-wal", db);
    (void)unlink(sti);
    (void)snprintf(sti, sizeof(sti), "%s-shm", db);
    (void)unlink(sti);
    sag_diag_init(&d);
    sag_satser_init(&satser);
    sag_buf_init(&ind, 0);
    if (sag_satser_indlaes_mappe(&satser, data, &d) != SAG_OK ||
        laes(input, &ind) != 0 || sag_store_aabn_sqlite(db, &s, &d) != SAG_OK) {
        (void)fprintf(stderr, "bench_breve: %s %s\n", d.felt, d.besked);
        return 3;
    }
    sag_tj_init(&k, s, &satser, "bench", SAG_ROLLE_SAGSBEHANDLER,
                SAG_DATO(2026, 3, 3));
    ider = calloc((size_t)n, sizeof(*ider));
    if (ider == NULL)
        return 3;

    /* The cases and their decisions. */
    t0 = nu();
    for (int64_t i = 0; i < n; i++) {
        struct sag_haendelse h;
        struct sag_tj_afgoerelse a;
        struct sag_tj_afgoerelse_svar svar;

        memset(&h, 0, sizeof(h));
        h.type = SAG_H_OPRETTET;
        h.dato = SAG_DATO(2025, 2, 14);
        h.bruger = "bench";
        h.begrundelse = "Sagen er modtaget";
        h.ny.type = SAG_SAGSTYPE_ULYKKE;
        h.ny.generation = SAG_GENERATION_FOERSTEGANG;
        h.ny.skadedato = SAG_DATO(2025, 2, 10);
        h.ny.anmeldelsesdato = SAG_DATO(2025, 2, 14);
        h.ny.har_skadedato = h.ny.har_anmeldelsesdato = true;
        h.ny.cpr = "0101809011";
        h.ny.forsikring = "Tryg";
        h.ny.team = "T1";
        h.ny.sagsbehandler = "bench";
        memset(&a, 0, sizeof(a));
        a.fase = SAG_FASE_ANERKENDELSE;
        a.anerkendt = true;
        a.dato = SAG_DATO(2025, 4, 1);
        a.begrundelse = "Ulykke i arbejdstiden";
        if (sag_tj_opret(&k, &h, ider[i], &d) != SAG_OK ||
            sag_tj_afgoer(&k, ider[i], &a, &svar, NULL, &d) != SAG_OK)
            goto fejl;
        memset(&a, 0, sizeof(a));
        a.fase = SAG_FASE_ERHVERVSEVNETAB;
        a.dato = SAG_DATO(2026, 3, 2);
        a.begrundelse = "Tab fastsat efter indtægtssammenligning";
        a.beregning = ind.buf;
        a.beregning_len = ind.len;
        if (sag_tj_afgoer(&k, ider[i], &a, &svar, NULL, &d) != SAG_OK)
            goto fejl;
    }
    t1 = nu();

    /* The letters: the first one cold, then the rest. */
    for (int64_t i = 0; i < n; i++) {
        struct sag_brev_bestilling b = { ider[i], "erhvervsevnetab", NULL };
        struct sag_tj_brev_svar svar;

        if (sag_brev_dan(&k, &b, &svar, &d) != SAG_OK)
            goto fejl;
        if (i == 0)
            t2 = nu();
    }
    t3 = nu();
    (void)printf("sager med afgørelse: %lld på %.2f s\n", (long long)n,
                 t1 - t0);
    (void)printf("første brev (koldt): %.1f ms\n", (t2 - t1) * 1000);
    if (n > 1)
        (void)printf("%lld breve: %.2f s, %.0f breve/s, %.1f ms pr. brev\n",
                     (long long)(n - 1), t3 - t2, (double)(n - 1) / (t3 - t2),
                     (t3 - t2) * 1000 / (double)(n - 1));
    /* Rendering alone (build, HTML, PDF/A) of one stored case, without
     * the read, the store and its commits. */
    {
        struct sag_arena a;
        struct sag_tj_mappe mp;
        struct sag_brev_bestilling b = { ider[0], "erhvervsevnetab", NULL };
        int gange = 200;
        double r0, r1;

        sag_arena_init(&a, 0);
        if (sag_tj_sagsmappe(&k, ider[0], "bench", &a, &mp, &d) != SAG_OK)
            goto fejl;
        r0 = nu();
        for (int i = 0; i < gange; i++) {
            struct sag_arena x;
            struct sag_brev brev;
            struct sag_buf html, pdf;

            sag_arena_init(&x, 0);
            sag_buf_init(&html, 0);
            sag_buf_init(&pdf, 1u << 24);
            if (sag_brev_byg(&mp, &b, &k.kalender, &x, &brev, &d) != SAG_OK)
                goto fejl;
            sag_brev_html(&brev, &html);
            if (sag_brev_pdf(&brev, &pdf, &d) != SAG_OK)
                goto fejl;
            sag_buf_release(&pdf);
            sag_buf_release(&html);
            sag_arena_release(&x);
        }
        r1 = nu();
        (void)printf("dannelse alene (model, HTML, PDF/A): %.1f ms pr. brev\n",
                     (r1 - r0) * 1000 / gange);
        sag_arena_release(&a);
    }
    free(ider);
    sag_store_luk(s);
    sag_satser_release(&satser);
    sag_buf_release(&ind);
    sag_brev_afslut();
    return 0;
fejl:
    (void)fprintf(stderr, "bench_breve: %s %s\n", d.felt, d.besked);
    return 3;
}
