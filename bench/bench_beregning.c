/*
 * Benchmark: decisions per second on one core, with and without the trace,
 * over a varied set of cases (skøn, income comparison and § 17 a; final and
 * temporary; injuries 2005–2025; capital and running awards). Also the
 * end-to-end cost of JSON in → decision → JSON out.
 *
 * Usage: bench_beregning [DATA_DIR] [ANTAL]
 * Prints a Markdown table; scripts/bench writes it to docs/performance.md.
 * The clock is only read here, never in the library.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "skadesag/beregning.h"
#include "skadesag/beregning_json.h"
#include "skadesag/lov.h"
#include "skadesag/satser.h"
#include "skadesag/satser_fil.h"

#include "../src/base/banned.h"

#define VARIANTER 4096

static uint64_t rng = 0x9E3779B97F4A7C15ULL;

static int64_t
tal(int64_t lo, int64_t hi)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return lo + (int64_t)(rng % (uint64_t)(hi - lo + 1));
}

static double
nu(void)
{
    struct timespec t;

    (void)clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int
indlaes(const char *dir, struct sag_satser *s)
{
    struct sag_diag d;

    sag_satser_init(s);
    return sag_satser_indlaes_mappe(s, dir, &d) == SAG_OK ? 0 : -1;
}

static void
sag(struct sag_beregning_input *in)
{
    int32_t skade;

    sag_beregning_input_init(in);
    in->skadetype =
        tal(0, 4) ? SAG_SKADETYPE_ULYKKE : SAG_SKADETYPE_ERHVERVSSYGDOM;
    skade = (int32_t)tal(12784, 20089); /* 2005-01-01 .. 2025-01-01 */
    in->skadedato.dage = skade;
    in->anmeldelsesdato.dage = skade + (int32_t)tal(0, 200);
    in->afgoerelsesdato.dage = in->anmeldelsesdato.dage + (int32_t)tal(60, 700);
    if (in->afgoerelsesdato.dage > 20818) /* 2026-12-31 */
        in->afgoerelsesdato.dage = 20818;
    in->foedselsdato.dage = skade - (int32_t)tal(20 * 365, 60 * 365);
    in->koen = tal(0, 1) ? SAG_KOEN_MAND : SAG_KOEN_KVINDE;
    in->afgoerelse =
        tal(0, 3) ? SAG_AFGOERELSE_ENDELIG : SAG_AFGOERELSE_MIDLERTIDIG;
    in->har_aarsloen = true;
    in->aarsloen = sag_penge_oere(tal(150000, 700000) * 100);
    in->har_tab_paavist_dato = true;
    in->tab_paavist_dato.dage = skade + (int32_t)tal(30, 500);
    in->kapitalisering_anmodet = tal(0, 1);
    in->vurdering.af = "bench";
    in->vurdering.begrundelse = "syntetisk";
    switch (tal(0, 2)) {
    case 0:
        in->tab.grundlag = SAG_GRUNDLAG_SKOEN;
        in->tab.har_skoen_pct = true;
        in->tab.skoen_pct = (int)tal(2, 20) * 5;
        if (in->skadedato.dage >= SAG_LOV_DATO_REFORM_2024.dage &&
            in->tab.skoen_pct > 20)
            in->tab.skoen_pct = in->tab.skoen_pct / 10 * 10;
        in->tab.situation = SAG_SITUATION_FOERTIDSPENSION;
        break;
    case 1:
        in->tab.grundlag = SAG_GRUNDLAG_INDTAEGTSTAB;
        in->tab.forslag_bekraeftet = true;
        in->tab.har_uden = in->tab.har_med = true;
        in->tab.indtaegt_uden_skade = sag_penge_oere(tal(200000, 600000) * 100);
        in->tab.indtaegt_med_skade = sag_penge_oere(
            tal(0, in->tab.indtaegt_uden_skade.oere / 100) * 100);
        in->tab.situation = SAG_SITUATION_ORDINAER;
        break;
    default:
        in->tab.grundlag = SAG_GRUNDLAG_17A;
        if (in->skadedato.dage < SAG_LOV_DATO_17A.dage) {
            in->skadedato.dage = SAG_LOV_DATO_17A.dage + (int32_t)tal(0, 3000);
            in->anmeldelsesdato.dage = in->skadedato.dage + 10;
            in->tab_paavist_dato.dage = in->skadedato.dage + 100;
            in->afgoerelsesdato.dage = in->skadedato.dage + 400;
        }
        in->tab.situation = SAG_SITUATION_FLEKSJOB;
        in->tab.klart_og_varigt = 1;
        in->tab.har_uden = in->tab.har_fleksjob_loen =
            in->tab.har_kommunalt_tilskud = true;
        in->tab.indtaegt_uden_skade = sag_penge_oere(tal(250000, 500000) * 100);
        in->tab.fleksjob_loen = sag_penge_oere(tal(50000, 150000) * 100);
        in->tab.kommunalt_tilskud = sag_penge_oere(tal(50000, 150000) * 100);
        break;
    }
}

int
main(int argc, char **argv)
{
    static struct sag_beregning_input in[VARIANTER];
    struct sag_satser s;
    struct sag_beregning r;
    struct sag_arena a;
    struct sag_spor sp;
    struct sag_diag d;
    struct sag_buf b;
    const char *dir = argc > 1 ? argv[1] : "data";
    long antal = argc > 2 ? strtol(argv[2], NULL, 10) : 2000000;
    const char *kun = argc > 3 ? argv[3] : "";
    long ok = 0, json_antal = antal / 10;
    double t0, t_uden, t_med, t_json;
    char **json = malloc(VARIANTER * sizeof(*json));
    size_t *jlen = malloc(VARIANTER * sizeof(*jlen));

    if (indlaes(dir, &s) != 0 || json == NULL || jlen == NULL) {
        (void)fprintf(stderr, "kan ikke indlæse satstabellerne\n");
        return 2;
    }
    for (int i = 0; i < VARIANTER; i++)
        sag(&in[i]);
    sag_arena_init(&a, 0);

    /* Without the trace. */
    sag_spor_init(&sp, &a, false);
    t0 = nu();
    for (long i = 0; i < antal; i++)
        ok += sag_beregn(&s, &in[i % VARIANTER], &sp, &r, &d) == SAG_OK;
    t_uden = nu() - t0;

    if (strcmp(kun, "uden") == 0) {
        (void)printf("motor uden spor: %ld på %.3f s = %.0f pr. sekund\n",
                     antal, t_uden, (double)antal / t_uden);
        return 0;
    }
    /* With the trace (arena reset per decision, as a server would). */
    t0 = nu();
    for (long i = 0; i < antal; i++) {
        sag_arena_reset(&a);
        sag_spor_init(&sp, &a, true);
        (void)sag_beregn(&s, &in[i % VARIANTER], &sp, &r, &d);
    }
    t_med = nu() - t0;
    if (strcmp(kun, "med") == 0) {
        (void)printf("motor med spor: %ld på %.3f s = %.0f pr. sekund\n", antal,
                     t_med, (double)antal / t_med);
        return 0;
    }

    /* End to end: JSON text in, JSON text out (with trace). */
    sag_buf_init(&b, 0);
    for (int i = 0; i < VARIANTER; i++) {
        sag_arena_reset(&a);
        sag_spor_init(&sp, &a, false);
        sag_buf_reset(&b);
        /* Render each case's input through a decision's JSON is not the
         * input format, so build the input JSON by hand. */
        sag_buf_addf(
            &b,
            "{\"skadetype\":\"%s\",\"skadedato\":\"%04d-01-15\","
            "\"anmeldelsesdato\":\"%04d-02-01\","
            "\"foedselsdato\":\"%04d-06-01\","
            "\"afgoerelsesdato\":\"%04d-03-01\","
            "\"afgoerelse\":\"endelig\",\"koen\":\"mand\","
            "\"aarsloen_oere\":%lld,\"tab_paavist_dato\":\"%04d-09-01\","
            "\"erhvervsevnetab\":{\"grundlag\":\"indtaegtstab\","
            "\"indtaegt_uden_skade_oere\":%lld,"
            "\"indtaegt_med_skade_oere\":%lld,"
            "\"forslag_bekraeftet\":true,\"situation\":\"ordinaer\"},"
            "\"vurdering\":{\"af\":\"bench\",\"begrundelse\":\"x\"}}",
            i % 5 ? "ulykke" : "erhvervssygdom", 2012 + i % 12, 2012 + i % 12,
            1960 + i % 30, 2014 + i % 12, (long long)in[i].aarsloen.oere,
            2012 + i % 12, (long long)40000000, (long long)(i % 400) * 100000);
        json[i] = malloc(b.len + 1);
        memcpy(json[i], b.buf, b.len + 1);
        jlen[i] = b.len;
    }
    t0 = nu();
    for (long i = 0; i < json_antal; i++) {
        struct sag_beregning_input x;

        sag_arena_reset(&a);
        sag_buf_reset(&b);
        if (sag_beregning_input_fra_json(json[i % VARIANTER],
                                         jlen[i % VARIANTER], &a, &x,
                                         &d) == SAG_OK) {
            sag_spor_init(&sp, &a, true);
            if (sag_beregn(&s, &x, &sp, &r, &d) == SAG_OK)
                sag_beregning_til_json(&r, &sp, &b);
        }
    }
    t_json = nu() - t0;

    (void)printf("| måling | antal | tid (s) | afgørelser pr. sekund | mål |\n"
                 "|---|---:|---:|---:|---|\n");
    (void)printf("| motor uden spor | %ld | %.3f | %.0f | ≥ 1.000.000 |\n",
                 antal, t_uden, (double)antal / t_uden);
    (void)printf("| motor med spor | %ld | %.3f | %.0f | ≥ 200.000 |\n", antal,
                 t_med, (double)antal / t_med);
    (void)printf("| JSON ind → afgørelse med spor → JSON ud | %ld | %.3f | "
                 "%.0f | (ingen) |\n",
                 json_antal, t_json, (double)json_antal / t_json);
    (void)printf("\n%ld af %ld varierede sager blev beregnet (resten afvist "
                 "af reglerne, fx kønsopdelte tabeller uden køn eller huller i "
                 "tabellerne).\n",
                 ok, antal);
    for (int i = 0; i < VARIANTER; i++)
        free(json[i]);
    free(json);
    free(jlen);
    sag_buf_release(&b);
    sag_arena_release(&a);
    sag_satser_release(&s);
    return 0;
}
