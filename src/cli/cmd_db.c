/*
 * skadesag db: the database as a whole. `kopier FRA TIL` copies every row
 * of one store into another, empty one, of either kind (a path is a SQLite
 * file; postgresql://… a PostgreSQL database), and verifies the copy
 * (docs/postgresql.md). Like `skadesag bruger`, whoever can run this
 * against the databases administers them: there is no login here.
 */
#include "cli.h"

#include <stdio.h>
#include <string.h>

#include "skadesag/store.h"

#include "../base/banned.h"

static void
hjaelp(FILE *f)
{
    (void)fprintf(
        f, "Brug: skadesag db kopier FRA TIL\n\n"
           "Kopierer alle sager med deres hændelser og hashkæder, afgørelser,\n"
           "læselog, rapportfakta, stikprøver, ankre, tællere og konti fra\n"
           "databasen FRA til den tomme database TIL (oprettes om "
           "nødvendigt)\nog verificerer kopien. En database er en sti "
           "(SQLite) eller en\nURL: sqlite:STI eller postgresql://… "
           "(docs/postgresql.md).\n");
}

/* Open a store: a path is a SQLite database. */
static int
aabn(const char *db, unsigned flag, struct sag_store **s)
{
    struct sag_buf url;
    struct sag_diag d;
    enum sag_status st;

    sag_diag_init(&d);
    sag_buf_init(&url, 0);
    sag_buf_addf(&url, "%s%s", strchr(db, ':') ? "" : "sqlite:", db);
    st = sag_buf_status(&url) == SAG_OK ? sag_store_aabn(url.buf, flag, s, &d)
                                        : SAG_ENOMEM;
    sag_buf_release(&url);
    return st == SAG_OK ? 0 : sag__fejl_diag(st, &d);
}

int
sag__cmd_db(int argc, char **argv)
{
    struct sag_store *fra = NULL, *til = NULL;
    struct sag_diag d;
    long long raekker = 0, haendelser = 0;
    enum sag_status st;
    int rc;

    if (argc == 2 && strcmp(argv[1], "--help") == 0) {
        hjaelp(stdout);
        return SAG_EXIT_OK;
    }
    if (argc != 4 || strcmp(argv[1], "kopier") != 0) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    if ((rc = aabn(argv[2], 0, &fra)) != 0)
        return rc;
    if ((rc = aabn(argv[3], SAG_STORE_OPRET, &til)) != 0) {
        sag_store_luk(fra);
        return rc;
    }
    sag_diag_init(&d);
    st = sag_store_kopier(fra, til, &raekker, &d);
    if (st == SAG_OK)
        st = sag_store_verificer(til, &haendelser, &d);
    /* The copy is a database of its own (its own id, docs/sikkerhed.md):
     * its first signed checkpoint, of what was just verified. */
    if (st == SAG_OK)
        st = sag_store_kontrolpunkt(til, NULL, NULL, NULL, &d);
    sag_store_luk(fra);
    sag_store_luk(til);
    if (st != SAG_OK)
        return sag__fejl_diag(st, &d);
    (void)printf("kopieret: %lld rækker; kopien verificeret: %lld "
                 "hændelser, hashkæden og alle afgørelser er intakte\n",
                 raekker, haendelser);
    return SAG_EXIT_OK;
}
