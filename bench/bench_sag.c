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
 *
 *        bench_sag --eksisterende URL PRØVER [HÆNDELSER_PR_SKRIVER]
 * measures an existing portfolio instead (bench/begge.sh: the same
 * 1.000.000-case portfolio on SQLite and on PostgreSQL): no loading; the
 * teams, caseworkers, open cases and cases asked about are drawn from the
 * file PRØVER (lines "team\tX", "sb\tX", "aaben\tID", "sag\tID"); and
 * then 1, 2 and 4 writer processes at once, each with its own connection
 * (what a server process is to the database) appending single durable
 * events to open cases of its own. Beside each wall time it prints the CPU
 * time of this process and its writers and, when BENCH_PG_PID names the
 * PostgreSQL postmaster, of the database server's processes (read from
 * /proc), and the load average before and after.
 *
 *        bench_sag --kopier FRA TIL
 * times sag_store_kopier alone (what `skadesag db kopier` does before it
 * verifies the copy): the loading figure of an existing portfolio into an
 * empty store, with the same CPU times.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
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

/* ---- an existing portfolio (--eksisterende) ---- */

struct liste {
    char **v;
    size_t n, plads;
};

/* What the questions are asked about: NULL for the synthetic portfolio
 * (teams "T00"…, caseworkers "sb0000"…, cases AES-…). */
static struct {
    struct liste team, sb, aaben, sag;
} * proever;

static void
tilfoej_linje(struct liste *l, const char *v)
{
    size_t n = strlen(v);

    if (l->n == l->plads) {
        l->plads = l->plads ? 2 * l->plads : 1024;
        l->v = realloc(l->v, l->plads * sizeof(*l->v));
        if (l->v == NULL)
            exit(1);
    }
    if ((l->v[l->n] = malloc(n + 1)) == NULL)
        exit(1);
    memcpy(l->v[l->n++], v, n + 1);
}

static void
laes_proever(const char *sti)
{
    FILE *f = fopen(sti, "r");
    char linje[256];

    proever = calloc(1, sizeof(*proever));
    if (f == NULL || proever == NULL) {
        (void)fprintf(stderr, "bench_sag: kan ikke læse %s\n", sti);
        exit(1);
    }
    while (fgets(linje, sizeof(linje), f) != NULL) {
        char *tab = strchr(linje, '\t');

        linje[strcspn(linje, "\n")] = '\0';
        if (tab == NULL)
            continue;
        *tab++ = '\0';
        if (strcmp(linje, "team") == 0)
            tilfoej_linje(&proever->team, tab);
        else if (strcmp(linje, "sb") == 0)
            tilfoej_linje(&proever->sb, tab);
        else if (strcmp(linje, "aaben") == 0)
            tilfoej_linje(&proever->aaben, tab);
        else if (strcmp(linje, "sag") == 0)
            tilfoej_linje(&proever->sag, tab);
    }
    (void)fclose(f);
    if (proever->team.n == 0 || proever->sb.n == 0 || proever->aaben.n == 0 ||
        proever->sag.n == 0) {
        (void)fprintf(stderr,
                      "bench_sag: %s mangler team, sb, aaben eller "
                      "sag\n",
                      sti);
        exit(1);
    }
}

/* CPU seconds (user + system) of this process, or of its waited-for
 * children. */
static double
cpu(int hvem)
{
    struct rusage r;

    (void)getrusage(hvem, &r);
    return (double)(r.ru_utime.tv_sec + r.ru_stime.tv_sec) +
           (double)(r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e6;
}

/* Fields 14-17 of /proc/PID/stat (utime, stime, cutime, cstime) in clock
 * ticks, and field 4 (ppid); false if the process is gone. */
static int
proc_stat(const char *pid, long long *ppid, long long tid[4])
{
    char sti[64], linje[1024], *p;
    FILE *f;
    int n;

    (void)snprintf(sti, sizeof(sti), "/proc/%s/stat", pid);
    if ((f = fopen(sti, "r")) == NULL)
        return 0;
    p = fgets(linje, sizeof(linje), f);
    (void)fclose(f);
    if (p == NULL || (p = strrchr(linje, ')')) == NULL)
        return 0;
    /* After the command name: state ppid pgrp session tty tpgid flags
     * minflt cminflt majflt cmajflt utime stime cutime cstime. */
    n = sscanf(p + 1,
               " %*c %lld %*d %*d %*d %*d %*u %*u %*u %*u %*u %lld %lld "
               "%lld %lld",
               ppid, &tid[0], &tid[1], &tid[2], &tid[3]);
    return n == 5;
}

/* CPU seconds of the PostgreSQL server named by BENCH_PG_PID: the
 * postmaster with its reaped children, and its live children; 0 without
 * it (SQLite runs in this process). */
static double
cpu_server(void)
{
    const char *pm = getenv("BENCH_PG_PID");
    long long ppid, t[4], sum = 0, pmpid;
    DIR *dir;
    struct dirent *e;

    if (pm == NULL || *pm == '\0' || !proc_stat(pm, &ppid, t))
        return 0;
    sum = t[0] + t[1] + t[2] + t[3];
    pmpid = strtoll(pm, NULL, 10);
    if ((dir = opendir("/proc")) == NULL)
        return 0;
    while ((e = readdir(dir)) != NULL)
        if (e->d_name[0] >= '1' && e->d_name[0] <= '9' &&
            proc_stat(e->d_name, &ppid, t) && ppid == pmpid)
            sum += t[0] + t[1];
    (void)closedir(dir);
    return (double)sum / (double)sysconf(_SC_CLK_TCK);
}

static void
belastning(char *ud, size_t n)
{
    FILE *f = fopen("/proc/loadavg", "r");
    double a = 0, b = 0, c = 0;

    if (f != NULL) {
        if (fscanf(f, "%lf %lf %lf", &a, &b, &c) != 3)
            a = b = c = 0;
        (void)fclose(f);
    }
    (void)snprintf(ud, n, "%.2f %.2f %.2f", a, b, c);
}

/* Wall, client and server time of one measurement. */
struct maal {
    double vaeg, klient, server;
};

static void
maal_start(struct maal *m)
{
    m->vaeg = 0;
    m->klient = -cpu(RUSAGE_SELF) - cpu(RUSAGE_CHILDREN);
    m->server = -cpu_server();
}

static void
maal_slut(struct maal *m, double vaeg)
{
    m->vaeg = vaeg;
    m->klient += cpu(RUSAGE_SELF) + cpu(RUSAGE_CHILDREN);
    m->server += cpu_server();
}

static const char *
vaelg(const struct liste *l)
{
    return l->v[tilfaeldig((unsigned)l->n)];
}

/* The next single event for a case: "afventer" on and off by turns. */
static enum sag_status
skift_venter(struct sag_store *s, const char *id, struct sag_dato dato,
             struct sag_diag *d)
{
    struct sag_tilstand t;
    struct sag_haendelse h;
    enum sag_status st;

    if ((st = sag_store_tilstand(s, id, &t, d)) != SAG_OK)
        return st;
    memset(&h, 0, sizeof(h));
    h.type = t.venter_ekstern ? SAG_H_AFVENTER_OPHOERT : SAG_H_AFVENTER_EKSTERN;
    h.dato = dato;
    h.bruger = "bench";
    h.begrundelse = "benchmark";
    return sag_store_tilfoej(s, id, &h, d);
}

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

/* Writer process `k` of `w`: `n` single durable events, each in its own
 * transaction, on open cases no other writer touches. */
static int
skriv(const char *url, int k, int w, int n, struct sag_dato dato)
{
    struct sag_store *s = NULL;
    struct sag_diag d;
    int ok = 0;
    /* Writer k takes the cases k, k + w, k + 2w, ... of the first m (a
     * multiple of w), round again if it needs more: no two writers share
     * a case. An event the state machine refuses is not counted. */
    size_t m = proever->aaben.n - proever->aaben.n % (size_t)w;

    if (sag_store_aabn(url, 0, &s, &d) != SAG_OK) {
        (void)fprintf(stderr, "bench_sag: skriver %d: %s\n", k, d.besked);
        return 1;
    }
    for (size_t j = 0; m > 0 && ok < n && j < 3 * (size_t)n; j++)
        if (skift_venter(s, proever->aaben.v[((size_t)k + j * (size_t)w) % m],
                         dato, &d) == SAG_OK)
            ok++;
    sag_store_luk(s);
    return ok == n ? 0 : 1;
}

/* 1, 2 and 4 writer processes at once. */
static void
skrivere(const char *url, int n, struct sag_dato dato)
{
    static const int antal[] = { 1, 2, 4 };

    (void)printf("| skriverprocesser | hændelser | tid (s) | hændelser/s | "
                 "CPU klient (s) | CPU server (s) |\n"
                 "|---:|---:|---:|---:|---:|---:|\n");
    for (size_t j = 0; j < sizeof(antal) / sizeof(antal[0]); j++) {
        int w = antal[j], fejl = 0, status;
        struct maal m;
        double t0;

        (void)fflush(stdout);
        maal_start(&m);
        t0 = nu();
        for (int k = 0; k < w; k++) {
            pid_t p = fork();

            if (p == 0)
                _exit(skriv(url, k + (int)j * 4, w, n, dato));
            if (p < 0)
                fejl = 1;
        }
        while (wait(&status) > 0)
            if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
                fejl = 1;
        maal_slut(&m, nu() - t0);
        if (fejl) {
            (void)fprintf(stderr, "bench_sag: en skriver fejlede\n");
            exit(1);
        }
        (void)printf("| %d | %d | %.2f | %.0f | %.2f | %.2f |\n", w, w * n,
                     m.vaeg, w * n / m.vaeg, m.klient, m.server);
    }
}

static void
team_navn(char *ud, size_t n, int teams)
{
    if (proever != NULL)
        (void)snprintf(ud, n, "%s", vaelg(&proever->team));
    else
        (void)snprintf(ud, n, "T%02u", tilfaeldig((unsigned)teams));
}

/* The questions caseworkers ask all day, each `forsoeg` times. */
static void
spoergsmaal(struct sag_store *s, int antal, int teams, int forsoeg,
            double *tider)
{
    struct sag_diag d;
    double t0, med, p99;
    int n = 0;
    struct sag_hvem hvem = { "bench", "sagsbehandler" };
    struct maal m;

    (void)printf("| forespørgsel (%d gange, tilfældige teams/sager) | median "
                 "(ms) | 99 %% (ms) | mål | CPU klient (s) | CPU server "
                 "(s) |\n|---|---:|---:|---|---:|---:|\n",
                 forsoeg);
    /* 3. A team's worklist, first 50 (what the screen shows). */
    maal_start(&m);
    for (int i = 0; i < forsoeg; i++) {
        char team[64];

        team_navn(team, sizeof(team), teams);
        t0 = nu();
        if (sag_store_arbejdsliste(s, team, NULL, false, 50, tael_arbejd, &n,
                                   &d) != SAG_OK)
            doe("arbejdsliste", &d);
        tider[i] = nu() - t0;
    }
    maal_slut(&m, 0);
    fordeling(tider, forsoeg, &med, &p99);
    (void)printf("| arbejdsliste for et team (50 første) | %.2f | %.2f | "
                 "< 50 ms | %.2f | %.2f |\n",
                 med, p99, m.klient, m.server);
    /* 4. A caseworker's whole worklist. */
    maal_start(&m);
    for (int i = 0; i < forsoeg; i++) {
        char beh[64];

        if (proever != NULL)
            (void)snprintf(beh, sizeof(beh), "%s", vaelg(&proever->sb));
        else
            (void)snprintf(beh, sizeof(beh), "sb%04u",
                           tilfaeldig((unsigned)teams * 25));
        t0 = nu();
        if (sag_store_arbejdsliste(s, NULL, beh, false, 0, tael_arbejd, &n,
                                   &d) != SAG_OK)
            doe("arbejdsliste", &d);
        tider[i] = nu() - t0;
    }
    maal_slut(&m, 0);
    fordeling(tider, forsoeg, &med, &p99);
    (void)printf("| hele arbejdslisten for en sagsbehandler | %.2f | %.2f | "
                 "< 50 ms | %.2f | %.2f |\n",
                 med, p99, m.klient, m.server);
    /* 5. A team's open cases, newest first, first 100. */
    maal_start(&m);
    for (int i = 0; i < forsoeg; i++) {
        char team[64];
        struct sag_liste_filter f = {
            team, NULL, "aaben", NULL, 100, NULL, NULL
        };

        team_navn(team, sizeof(team), teams);
        t0 = nu();
        if (sag_store_liste(s, &f, tael_liste, &n, &d) != SAG_OK)
            doe("liste", &d);
        tider[i] = nu() - t0;
    }
    maal_slut(&m, 0);
    fordeling(tider, forsoeg, &med, &p99);
    (void)printf("| sagsliste for et team (åbne, 100 nyeste) | %.2f | %.2f | "
                 "< 50 ms | %.2f | %.2f |\n",
                 med, p99, m.klient, m.server);
    /* 6. Open a case: events, decisions, and the read logged (a write). */
    maal_start(&m);
    for (int i = 0; i < forsoeg; i++) {
        char id[SAG_ID_MAX];
        struct sag_arena a;
        struct sag_sagsmappe mappe;

        if (proever != NULL)
            (void)snprintf(id, sizeof(id), "%s", vaelg(&proever->sag));
        else
            (void)snprintf(id, sizeof(id), "AES-%04u-%06u",
                           2021 + tilfaeldig(5),
                           1 + tilfaeldig((unsigned)antal / 6));
        sag_arena_init(&a, 0);
        t0 = nu();
        if (sag_store_hent(s, id, &hvem, "benchmark", &a, &mappe, &d) != SAG_OK)
            doe("hent", &d);
        tider[i] = nu() - t0;
        sag_arena_release(&a);
    }
    maal_slut(&m, 0);
    fordeling(tider, forsoeg, &med, &p99);
    (void)printf("| åbn en sag (med logning af læsningen, fsync) | %.2f | %.2f "
                 "| < 50 ms | %.2f | %.2f |\n",
                 med, p99, m.klient, m.server);
    (void)printf("\n(%d poster læst i alt.)\n", n);
}

/* --eksisterende URL PRØVER [N]: the portfolio as it is. */
static int
eksisterende(const char *url, const char *sti, int n)
{
    struct sag_store *s = NULL;
    struct sag_diag d;
    const int enkelte = 300, forsoeg = 200;
    double *tider = calloc((size_t)forsoeg, sizeof(double)), t0;
    struct sag_dato dato;
    char foer[64], efter[64];
    struct maal m;
    int ok = 0, i;

    if (tider == NULL || n < 1)
        return 2;
    laes_proever(sti);
    (void)sag_dato_parse_iso("2026-01-15", 10, &dato);
    belastning(foer, sizeof(foer));
    if (sag_store_aabn(url, 0, &s, &d) != SAG_OK)
        doe("åbn", &d);
    (void)printf("Portefølje: %s (eksisterende; stikprøve: %zu teams, %zu "
                 "sagsbehandlere, %zu åbne sager, %zu sager).\n\n",
                 url, proever->team.n, proever->sb.n, proever->aaben.n,
                 proever->sag.n);
    /* 2. Durable single events on open cases (from the end of the list:
     * the writers below take theirs from its start). */
    maal_start(&m);
    t0 = nu();
    for (i = 0; ok < enkelte && i < 3 * enkelte; i++) {
        const char *id =
            proever->aaben
                .v[proever->aaben.n - 1 - (size_t)i % proever->aaben.n];

        if (skift_venter(s, id, dato, &d) == SAG_OK)
            ok++;
    }
    maal_slut(&m, nu() - t0);
    (void)printf("| måling | antal | tid (s) | pr. sekund | mål | CPU klient "
                 "(s) | CPU server (s) |\n|---|---:|---:|---:|---|---:|---:|\n"
                 "| enkelt hændelse, egen transaktion (holdbar) | %d | %.3f | "
                 "%.0f | ≥ 100 | %.2f | %.2f |\n\n",
                 ok, m.vaeg, ok / m.vaeg, m.klient, m.server);
    if (ok < enkelte)
        (void)printf("(%d af %d forsøg afvist af tilstandsmaskinen.)\n\n",
                     i - ok, i);
    spoergsmaal(s, 0, 0, forsoeg, tider);
    sag_store_luk(s);
    (void)printf("\n");
    skrivere(url, n, dato);
    belastning(efter, sizeof(efter));
    (void)printf("\nBelastning (1, 5, 15 min) før: %s; efter: %s.\n", foer,
                 efter);
    free(tider);
    return 0;
}

/* --kopier FRA TIL: the copy alone, unverified. */
static int
kopier(const char *fra_url, const char *til_url)
{
    struct sag_store *fra = NULL, *til = NULL;
    struct sag_diag d;
    long long raekker = 0;
    char foer[64], efter[64];
    struct maal m;
    double t0;

    if (sag_store_aabn(fra_url, 0, &fra, &d) != SAG_OK)
        doe("åbn", &d);
    if (sag_store_aabn(til_url, SAG_STORE_OPRET, &til, &d) != SAG_OK)
        doe("åbn", &d);
    belastning(foer, sizeof(foer));
    maal_start(&m);
    t0 = nu();
    if (sag_store_kopier(fra, til, &raekker, &d) != SAG_OK)
        doe("kopier", &d);
    maal_slut(&m, nu() - t0);
    belastning(efter, sizeof(efter));
    sag_store_luk(fra);
    sag_store_luk(til);
    (void)printf("| kopiering (sag_store_kopier, uden verificering) | %lld "
                 "rækker | %.1f s | %.0f rækker/s | CPU klient %.1f s | CPU "
                 "server %.1f s | belastning før %s, efter %s |\n",
                 raekker, m.vaeg, (double)raekker / m.vaeg, m.klient, m.server,
                 foer, efter);
    return 0;
}

int
main(int argc, char **argv)
{
    struct sag_store *s = NULL;
    struct sag_diag d;
    int antal, teams, forsoeg = 200;
    double t0, t_load, t_enkelt, *tider;
    char sti[512];
    const int enkelte = 300;

    if (argc == 4 && strcmp(argv[1], "--kopier") == 0)
        return kopier(argv[2], argv[3]);
    if (argc >= 4 && strcmp(argv[1], "--eksisterende") == 0)
        return eksisterende(argv[2], argv[3],
                            argc > 4 ? (int)strtol(argv[4], NULL, 10) : 150);
    if (argc < 3) {
        (void)fprintf(stderr, "brug: bench_sag DB ANTAL_SAGER [ANTAL_TEAMS]\n"
                              "      bench_sag --eksisterende URL PRØVER [N]\n"
                              "      bench_sag --kopier FRA TIL\n");
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
    spoergsmaal(s, antal, teams, forsoeg, tider);
    sag_store_luk(s);
    free(tider);
    return 0;
}
