/*
 * Benchmark of the case store (SQLite): how fast durable events can be
 * appended, how fast a large portfolio can be loaded, and how long the
 * questions caseworkers ask every minute take on it — a team's worklist,
 * a caseworker's worklist, a filtered case list, and opening a case.
 *
 * Usage: bench_sag DB ANTAL_SAGER [ANTAL_TEAMS]
 * DB is a SQLite path (created fresh) or a store URL naming an empty
 * database (PostgreSQL). Prints a Markdown table; scripts/bench
 * writes it to docs/performance.md. The clock is only read here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "skadesag/store.h"

#include "../src/base/banned.h"

static double
nu(void)
{
    struct timespec t;

    (void)clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void
doe(const char *hvad, const struct sag_diag *d)
{
    (void)fprintf(stderr, "bench_sag: %s: %s %s\n", hvad, d->felt, d->besked);
    exit(1);
}

/* A small deterministic generator (xorshift), so runs compare. */
static unsigned long long tilstand_rng = 88172645463325252ULL;

static unsigned
tilfaeldig(unsigned n)
{
    tilstand_rng ^= tilstand_rng << 13;
    tilstand_rng ^= tilstand_rng >> 7;
    tilstand_rng ^= tilstand_rng << 17;
    return (unsigned)(tilstand_rng % n);
}

static struct sag_haendelse
haendelse(enum sag_haendelsestype type, struct sag_dato dato)
{
    struct sag_haendelse h;

    memset(&h, 0, sizeof(h));
    h.type = type;
    h.dato = dato;
    h.bruger = "bench";
    h.begrundelse = "benchmark";
    return h;
}

static const struct sag_dato START = { 18628 }; /* 2021-01-01 */

/* One synthetic case: notified within five years, a share recognised, some
 * with an information request or waiting on a third party. */
static void
ny_sag(struct sag_store *s, int nr, int teams)
{
    struct sag_dato anm = { START.dage + (int32_t)tilfaeldig(5 * 365) };
    struct sag_haendelse h = haendelse(SAG_H_OPRETTET, anm);
    struct sag_diag d;
    char id[SAG_ID_MAX] = "", team[16], beh[16];
    unsigned r = tilfaeldig(100);

    (void)snprintf(team, sizeof(team), "T%02d", nr % teams);
    (void)snprintf(beh, sizeof(beh), "sb%04d", nr % (teams * 25));
    h.ny.type = r < 80 ? SAG_SAGSTYPE_ULYKKE : SAG_SAGSTYPE_ERHVERVSSYGDOM;
    h.ny.generation = SAG_GENERATION_FOERSTEGANG;
    h.ny.skadedato.dage = anm.dage - (int32_t)tilfaeldig(30);
    h.ny.anmeldelsesdato = anm;
    h.ny.har_skadedato = h.ny.har_anmeldelsesdato = true;
    h.ny.cpr = "0101809011";
    h.ny.team = team;
    h.ny.sagsbehandler = beh;
    if (sag_store_opret(s, &h, id, &d) != SAG_OK)
        doe("opret", &d);
    if (r < 40) {
        struct sag_haendelse a =
            haendelse(SAG_H_ANERKENDT, (struct sag_dato){ anm.dage + 60 });
        char afg[SAG_ID_MAX];

        (void)snprintf(afg, sizeof(afg), "%s-A1", id);
        a.afgoerelse_id = afg;
        if (sag_store_tilfoej(s, id, &a, &d) != SAG_OK)
            doe("anerkend", &d);
    } else if (r < 55) {
        struct sag_haendelse a = haendelse(SAG_H_OPLYSNINGER_ANMODET,
                                           (struct sag_dato){ anm.dage + 10 });

        a.anmodning_id = "L1";
        a.part = "laege";
        if (sag_store_tilfoej(s, id, &a, &d) != SAG_OK)
            doe("anmod", &d);
    } else if (r < 60) {
        struct sag_haendelse a = haendelse(SAG_H_AFVENTER_EKSTERN,
                                           (struct sag_dato){ anm.dage + 20 });

        if (sag_store_tilfoej(s, id, &a, &d) != SAG_OK)
            doe("afvent", &d);
    }
}

static int
tael_arbejd(void *ctx, const struct sag_arbejdspost *p)
{
    (void)p;
    ++*(int *)ctx;
    return 0;
}

static int
tael_liste(void *ctx, const struct sag_liste_post *p)
{
    (void)p;
    ++*(int *)ctx;
    return 0;
}

static int
sammenlign(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;

    return (x > y) - (x < y);
}

/* Median and 99th percentile of `n` timings, in milliseconds. */
static void
fordeling(double *t, int n, double *median, double *p99)
{
    qsort(t, (size_t)n, sizeof(double), sammenlign);
    *median = t[n / 2] * 1000;
    *p99 = t[(n * 99) / 100] * 1000;
}

int
main(int argc, char **argv)
{
    struct sag_store *s = NULL;
    struct sag_diag d;
    int antal, teams, n = 0, forsoeg = 200;
    double t0, t_load, t_enkelt, *tider, med, p99;
    char sti[512];
    const int enkelte = 300;
    struct sag_hvem hvem = { "bench", "sagsbehandler" };

    if (argc < 3) {
        (void)fprintf(stderr, "brug: bench_sag DB ANTAL_SAGER [ANTAL_TEAMS]\n");
        return 2;
    }
    antal = (int)strtol(argv[2], NULL, 10);
    teams = argc > 3 ? (int)strtol(argv[3], NULL, 10) : 50;
    if (antal < 1000 || teams < 1)
        return 2;
    tider = calloc((size_t)forsoeg, sizeof(double));
    if (tider == NULL)
        return 1;
    /* A URL (postgresql://…, docs/postgresql.md) names an empty database
     * the caller made; a path is a SQLite file, made fresh here. */
    if (strstr(argv[1], "://") != NULL) {
        if (sag_store_aabn(argv[1], SAG_STORE_OPRET, &s, &d) != SAG_OK)
            doe("åbn", &d);
    } else {
        for (int i = 0; i < 3; i++) {
            (void)snprintf(sti, sizeof(sti), "%s%s", argv[1],
                           i == 0 ? "" : (i == 1 ? "-wal" : "-shm"));
            (void)unlink(sti);
        }
        if (sag_store_aabn_sqlite(argv[1], &s, &d) != SAG_OK)
            doe("åbn", &d);
    }

    /* 1. Bulk load in transactions of 5.000 cases. */
    t0 = nu();
    for (int i = 0; i < antal; i++) {
        if (i % 5000 == 0 && sag_store_begynd(s, &d) != SAG_OK)
            doe("begynd", &d);
        ny_sag(s, i, teams);
        if ((i % 5000 == 4999 || i == antal - 1) &&
            sag_store_bekraeft(s, &d) != SAG_OK)
            doe("bekræft", &d);
    }
    t_load = nu() - t0;

    /* 2. Durable single events: each its own transaction, fsync'ed. */
    t0 = nu();
    for (int i = 0; i < enkelte; i++) {
        char id[SAG_ID_MAX];
        struct sag_tilstand t;

        (void)snprintf(id, sizeof(id), "AES-2021-%06d",
                       1 + (int)tilfaeldig(100));
        if (sag_store_tilstand(s, id, &t, &d) != SAG_OK)
            doe("tilstand", &d);
        {
            struct sag_haendelse h =
                haendelse(t.venter_ekstern ? SAG_H_AFVENTER_OPHOERT
                                           : SAG_H_AFVENTER_EKSTERN,
                          (struct sag_dato){ START.dage + 5 * 365 });

            if (sag_store_tilfoej(s, id, &h, &d) != SAG_OK)
                doe("tilføj", &d);
        }
    }
    t_enkelt = nu() - t0;

    (void)printf("Portefølje: %d sager i %d teams (%d sagsbehandlere), "
                 "%s.\n\n",
                 antal, teams, teams * 25, argv[1]);
    (void)printf("| måling | antal | tid (s) | pr. sekund | mål |\n"
                 "|---|---:|---:|---:|---|\n");
    (void)printf("| indlæsning af sager (5.000 pr. transaktion, med "
                 "projektioner og hashkæde) | %d | %.2f | %.0f | (ingen) |\n",
                 antal, t_load, antal / t_load);
    (void)printf("| enkelt hændelse, egen transaktion (synchronous=FULL) | %d "
                 "| %.3f | %.0f | ≥ 100 |\n\n",
                 enkelte, t_enkelt, enkelte / t_enkelt);

    (void)printf("| forespørgsel (%d gange, tilfældige teams/sager) | median "
                 "(ms) | 99 %% (ms) | mål |\n|---|---:|---:|---|\n",
                 forsoeg);
    /* 3. A team's worklist, first 50 (what the screen shows). */
    for (int i = 0; i < forsoeg; i++) {
        char team[16];

        (void)snprintf(team, sizeof(team), "T%02u",
                       tilfaeldig((unsigned)teams));
        t0 = nu();
        if (sag_store_arbejdsliste(s, team, NULL, false, 50, tael_arbejd, &n,
                                   &d) != SAG_OK)
            doe("arbejdsliste", &d);
        tider[i] = nu() - t0;
    }
    fordeling(tider, forsoeg, &med, &p99);
    (void)printf("| arbejdsliste for et team (50 første) | %.2f | %.2f | "
                 "< 50 ms |\n",
                 med, p99);
    /* 4. A caseworker's whole worklist. */
    for (int i = 0; i < forsoeg; i++) {
        char beh[16];

        (void)snprintf(beh, sizeof(beh), "sb%04u",
                       tilfaeldig((unsigned)teams * 25));
        t0 = nu();
        if (sag_store_arbejdsliste(s, NULL, beh, false, 0, tael_arbejd, &n,
                                   &d) != SAG_OK)
            doe("arbejdsliste", &d);
        tider[i] = nu() - t0;
    }
    fordeling(tider, forsoeg, &med, &p99);
    (void)printf("| hele arbejdslisten for en sagsbehandler | %.2f | %.2f | "
                 "< 50 ms |\n",
                 med, p99);
    /* 5. A team's open cases, newest first, first 100. */
    for (int i = 0; i < forsoeg; i++) {
        char team[16];
        struct sag_liste_filter f = {
            team, NULL, "aaben", NULL, 100, NULL, NULL
        };

        (void)snprintf(team, sizeof(team), "T%02u",
                       tilfaeldig((unsigned)teams));
        t0 = nu();
        if (sag_store_liste(s, &f, tael_liste, &n, &d) != SAG_OK)
            doe("liste", &d);
        tider[i] = nu() - t0;
    }
    fordeling(tider, forsoeg, &med, &p99);
    (void)printf("| sagsliste for et team (åbne, 100 nyeste) | %.2f | %.2f | "
                 "< 50 ms |\n",
                 med, p99);
    /* 6. Open a case: events, decisions, and the read logged (a write). */
    for (int i = 0; i < forsoeg; i++) {
        char id[SAG_ID_MAX];
        struct sag_arena a;
        struct sag_sagsmappe m;

        (void)snprintf(id, sizeof(id), "AES-%04u-%06u", 2021 + tilfaeldig(5),
                       1 + tilfaeldig((unsigned)antal / 6));
        sag_arena_init(&a, 0);
        t0 = nu();
        if (sag_store_hent(s, id, &hvem, "benchmark", &a, &m, &d) != SAG_OK)
            doe("hent", &d);
        tider[i] = nu() - t0;
        sag_arena_release(&a);
    }
    fordeling(tider, forsoeg, &med, &p99);
    (void)printf("| åbn en sag (med logning af læsningen, fsync) | %.2f | %.2f "
                 "| < 50 ms |\n",
                 med, p99);
    (void)printf("\n(%d poster læst i alt.)\n", n);
    sag_store_luk(s);
    free(tider);
    return 0;
}
