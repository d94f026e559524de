/*
 * Crash-test writer: writes to a store as fast as it can and prints a line
 * after every commit, so that tests/crash/crash.sh can kill it with SIGKILL
 * at a random moment and then check that everything reported as committed
 * is there, that nothing half-written is, and that the store verifies.
 *
 *   skriver STI skriv   create cases A and B (or reuse them), then loop: in
 *                       one transaction toggle "afventer" on both cases;
 *                       after the commit print "ok N" (N = events per case)
 *   skriver STI tjek N  check: both cases have the same number of events
 *                       (>= N, at most N+1: the last commit may have landed
 *                       before its line was printed), the same state, and
 *                       the store verifies (integrity, hash chain, replay)
 *
 * STI is a SQLite file, or a store URL (postgresql://…: the same test
 * against PostgreSQL, tests/pg/koer).
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "skadesag/store.h"

#include "../../src/base/banned.h"

static struct sag_haendelse
haendelse(enum sag_haendelsestype type)
{
    struct sag_haendelse h;

    memset(&h, 0, sizeof(h));
    h.type = type;
    (void)sag_dato_parse_iso("2024-01-10", 10, &h.dato);
    h.bruger = "skriver";
    h.begrundelse = "nedbrudstest";
    return h;
}

/* A path is a SQLite file; a URL (with "://") any store. */
static enum sag_status
aabn(const char *sti, struct sag_store **s, struct sag_diag *d)
{
    if (strstr(sti, "://") != NULL)
        return sag_store_aabn(sti, SAG_STORE_OPRET, s, d);
    return sag_store_aabn_sqlite(sti, s, d);
}

static int
fejl(const char *hvad, const struct sag_diag *d)
{
    (void)fprintf(stderr, "skriver: %s: %s %s\n", hvad, d->felt, d->besked);
    return 3;
}

static int
sikr_sager(struct sag_store *s)
{
    struct sag_tilstand t;
    struct sag_diag d;

    if (sag_store_tilstand(s, "NED-A", &t, &d) == SAG_OK)
        return 0;
    if (sag_store_begynd(s, &d) != SAG_OK)
        return fejl("begynd", &d);
    for (int i = 0; i < 2; i++) {
        struct sag_haendelse h = haendelse(SAG_H_OPRETTET);
        char id[SAG_ID_MAX];

        (void)snprintf(id, sizeof(id), "NED-%c", 'A' + i);
        h.ny.type = SAG_SAGSTYPE_ULYKKE;
        h.ny.generation = SAG_GENERATION_FOERSTEGANG;
        (void)sag_dato_parse_iso("2024-01-02", 10, &h.ny.skadedato);
        h.ny.anmeldelsesdato = h.dato;
        h.ny.har_skadedato = h.ny.har_anmeldelsesdato = true;
        h.ny.cpr = "0101809011";
        h.ny.team = "T1";
        h.ny.sagsbehandler = "sb1";
        if (sag_store_opret(s, &h, id, &d) != SAG_OK) {
            sag_store_fortryd(s);
            return fejl("opret", &d);
        }
    }
    if (sag_store_bekraeft(s, &d) != SAG_OK)
        return fejl("bekræft", &d);
    return 0;
}

static int
skriv(struct sag_store *s)
{
    struct sag_tilstand t;
    struct sag_diag d;
    int rc = sikr_sager(s);

    if (rc != 0)
        return rc;
    for (;;) {
        struct sag_haendelse h;

        if (sag_store_tilstand(s, "NED-A", &t, &d) != SAG_OK)
            return fejl("tilstand", &d);
        h = haendelse(t.venter_ekstern ? SAG_H_AFVENTER_OPHOERT
                                       : SAG_H_AFVENTER_EKSTERN);
        if (sag_store_begynd(s, &d) != SAG_OK)
            return fejl("begynd", &d);
        if (sag_store_tilfoej(s, "NED-A", &h, &d) != SAG_OK ||
            sag_store_tilfoej(s, "NED-B", &h, &d) != SAG_OK) {
            sag_store_fortryd(s);
            return fejl("tilføj", &d);
        }
        if (sag_store_bekraeft(s, &d) != SAG_OK)
            return fejl("bekræft", &d);
        (void)printf("ok %zu\n", t.antal_haendelser + 1);
        (void)fflush(stdout);
        /* A signed checkpoint now and then (docs/sikkerhed.md): a kill
         * may cut its line short, which verification must survive. */
        if (t.antal_haendelser % 5 == 0 &&
            sag_store_kontrolpunkt(s, NULL, NULL, NULL, &d) != SAG_OK)
            return fejl("kontrolpunkt", &d);
    }
}

static int
tjek(struct sag_store *s, size_t minst)
{
    struct sag_tilstand a, b;
    struct sag_diag d;
    long long n = 0;
    size_t naa = 0;

    if (minst == 0 && sag_store_tilstand(s, "NED-A", &a, &d) == SAG_ENOTFOUND) {
        /* Killed before the first commit: B must not exist either. */
        if (sag_store_tilstand(s, "NED-B", &b, &d) != SAG_ENOTFOUND) {
            (void)fprintf(stderr, "skriver: B findes uden A\n");
            return 1;
        }
    } else {
        if (sag_store_tilstand(s, "NED-A", &a, &d) != SAG_OK ||
            sag_store_tilstand(s, "NED-B", &b, &d) != SAG_OK)
            return fejl("tilstand", &d);
        if (a.antal_haendelser != b.antal_haendelser ||
            a.venter_ekstern != b.venter_ekstern) {
            (void)fprintf(stderr,
                          "skriver: halv transaktion: A %zu hændelser, B %zu\n",
                          a.antal_haendelser, b.antal_haendelser);
            return 1;
        }
        /* Before any report: the creation and one unreported commit. */
        if (a.antal_haendelser < minst ||
            a.antal_haendelser > (minst == 0 ? 2 : minst + 1)) {
            (void)fprintf(stderr,
                          "skriver: %zu hændelser, men %zu blev meldt "
                          "bekræftet\n",
                          a.antal_haendelser, minst);
            return 1;
        }
        naa = a.antal_haendelser;
    }
    if (sag_store_verificer(s, &n, &d) != SAG_OK)
        return fejl("verificer", &d);
    /* The newest complete checkpoint holds after the kill (none yet is
     * fine: the writer may have died before its first). */
    {
        enum sag_status st =
            sag_store_kontroller_kontrolpunkt(s, NULL, NULL, &d);

        if (st != SAG_OK && st != SAG_ENOTFOUND)
            return fejl("kontrolpunkt", &d);
    }
    /* What is there now is committed: the next round's baseline. */
    (void)printf("%zu\n", naa);
    return 0;
}

struct traad {
    const char *sti;
    int nr, antal;
    int rc;
};

static void *
traad_skriv(void *arg)
{
    struct traad *tr = arg;
    struct sag_store *s = NULL;
    struct sag_diag d;
    struct sag_haendelse h = haendelse(SAG_H_OPRETTET);
    char id[SAG_ID_MAX];

    tr->rc = 3;
    if (aabn(tr->sti, &s, &d) != SAG_OK) {
        (void)fprintf(stderr, "skriver: tråd %d: %s\n", tr->nr, d.besked);
        return NULL;
    }
    (void)snprintf(id, sizeof(id), "PAR-%d", tr->nr);
    h.ny.type = SAG_SAGSTYPE_ULYKKE;
    h.ny.generation = SAG_GENERATION_FOERSTEGANG;
    (void)sag_dato_parse_iso("2024-01-02", 10, &h.ny.skadedato);
    h.ny.anmeldelsesdato = h.dato;
    h.ny.har_skadedato = h.ny.har_anmeldelsesdato = true;
    h.ny.cpr = "0101809011";
    h.ny.team = "T1";
    h.ny.sagsbehandler = "sb1";
    if (sag_store_opret(s, &h, id, &d) != SAG_OK) {
        (void)fprintf(stderr, "skriver: tråd %d: %s\n", tr->nr, d.besked);
        goto ud;
    }
    for (int i = 0; i < tr->antal; i++) {
        struct sag_haendelse e = haendelse(i % 2 == 0 ? SAG_H_AFVENTER_EKSTERN
                                                      : SAG_H_AFVENTER_OPHOERT);

        if (sag_store_tilfoej(s, id, &e, &d) != SAG_OK) {
            (void)fprintf(stderr, "skriver: tråd %d: %s %s\n", tr->nr, d.felt,
                          d.besked);
            goto ud;
        }
    }
    tr->rc = 0;
ud:
    sag_store_luk(s);
    return NULL;
}

static int
parallel(const char *sti, int traade, int antal)
{
    pthread_t t[16];
    struct traad a[16];
    struct sag_store *s = NULL;
    struct sag_diag d;
    long long n = 0;
    int rc = 0;

    if (traade < 1 || traade > 16 || antal < 1)
        return 2;
    for (int i = 0; i < traade; i++) {
        a[i] = (struct traad){ sti, i + 1, antal, 3 };
        if (pthread_create(&t[i], NULL, traad_skriv, &a[i]) != 0)
            return 3;
    }
    for (int i = 0; i < traade; i++) {
        (void)pthread_join(t[i], NULL);
        rc = rc || a[i].rc;
    }
    if (rc != 0)
        return 1;
    if (aabn(sti, &s, &d) != SAG_OK)
        return fejl("åbn", &d);
    for (int i = 0; i < traade && rc == 0; i++) {
        struct sag_tilstand st;
        char id[SAG_ID_MAX];

        (void)snprintf(id, sizeof(id), "PAR-%d", i + 1);
        if (sag_store_tilstand(s, id, &st, &d) != SAG_OK ||
            st.antal_haendelser != (size_t)antal + 1) {
            (void)fprintf(stderr, "skriver: %s mangler hændelser\n", id);
            rc = 1;
        }
    }
    if (rc == 0 && sag_store_verificer(s, &n, &d) != SAG_OK)
        rc = fejl("verificer", &d);
    else if (rc == 0 && n != (long long)traade * (antal + 1)) {
        (void)fprintf(stderr, "skriver: %lld hændelser i kæden\n", n);
        rc = 1;
    }
    sag_store_luk(s);
    if (rc == 0)
        (void)printf("ok %lld hændelser fra %d tråde\n", n, traade);
    return rc;
}

int
main(int argc, char **argv)
{
    struct sag_store *s = NULL;
    struct sag_diag d;
    int rc;

    if (argc == 5 && strcmp(argv[2], "parallel") == 0)
        return parallel(argv[1], (int)strtol(argv[3], NULL, 10),
                        (int)strtol(argv[4], NULL, 10));
    if (argc < 3 || (strcmp(argv[2], "tjek") == 0 && argc != 4)) {
        (void)fprintf(stderr, "brug: skriver STI skriv | skriver STI tjek N\n");
        return 2;
    }
    if (aabn(argv[1], &s, &d) != SAG_OK)
        return fejl("åbn", &d);
    if (strcmp(argv[2], "skriv") == 0)
        rc = skriv(s);
    else
        rc = tjek(s, (size_t)strtoul(argv[3], NULL, 10));
    sag_store_luk(s);
    return rc;
}
