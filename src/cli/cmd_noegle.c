/*
 * skadesag noegle: the key file that keys the event log's chain and signs
 * its checkpoints (docs/sikkerhed.md). `ny` creates it with one key,
 * `roter` adds a new current key (the old ones stay for verification),
 * `vis` lists the keys' numbers, dates and public signing keys (never a
 * secret). Whoever can run this administers the keys: there is no login.
 */
#include "cli.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "skadesag/noegle.h"
#include "skadesag/store.h"

#include "../base/banned.h"

static void
hjaelp(FILE *f)
{
    (void)fprintf(
        f, "Brug: skadesag noegle ny|roter|vis [--noeglefil FIL]\n\n"
           "Nøglefilen holder de hemmelige nøgler, som hændelsesloggens "
           "hashkæde\n(HMAC-SHA-256) og de signerede kontrolpunkter "
           "(Ed25519) laves med. Den\nligger uden for databasen og må kun "
           "kunne læses af sin ejer (chmod 600).\n\n"
           "  ny      Opret nøglefilen med én ny nøgle\n"
           "  roter   Tilføj en ny aktuel nøgle; de gamle bevares til "
           "verifikation\n"
           "  vis     Vis nøglernes numre, datoer og offentlige "
           "signeringsnøgler\n\n"
           "Nøglefilen: --noeglefil FIL, ellers $SKADESAG_NOEGLEFIL, ellers\n"
           "$XDG_CONFIG_HOME/skadesag/noegler eller "
           "~/.config/skadesag/noegler.\n");
}

int
sag__cmd_noegle(int argc, char **argv)
{
    char sti[4096], tid[SAG_TID_LEN];
    struct sag_diag d;
    enum sag_status st;
    int nr = 0;

    if (argc == 2 && strcmp(argv[1], "--help") == 0) {
        hjaelp(stdout);
        return SAG_EXIT_OK;
    }
    if (argc != 2 ||
        (strcmp(argv[1], "ny") != 0 && strcmp(argv[1], "roter") != 0 &&
         strcmp(argv[1], "vis") != 0)) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    sag_diag_init(&d);
    if ((st = sag_noeglering_sti(NULL, sti, sizeof(sti), &d)) != SAG_OK)
        return sag__fejl_diag(st, &d);
    if (strcmp(argv[1], "vis") == 0) {
        struct sag_noeglering *r;
        char pk[65];

        if ((st = sag_noeglering_laes(sti, &r, &d)) != SAG_OK)
            return sag__fejl_diag(st, &d);
        (void)printf("nøglefil: %s\n", sti);
        for (size_t i = 0; i < r->n; i++) {
            (void)sodium_bin2hex(pk, sizeof(pk), r->k[i].sign_pk,
                                 sizeof(r->k[i].sign_pk));
            (void)printf("nøgle %d  oprettet %s  Ed25519 %s%s\n", r->k[i].nr,
                         r->k[i].oprettet, pk,
                         i + 1 == r->n ? "  (aktuel)" : "");
        }
        sag_noeglering_frigiv(r);
        return SAG_EXIT_OK;
    }
    {
        time_t nu = time(NULL);
        struct tm tm;

        if (gmtime_r(&nu, &tm) == NULL ||
            strftime(tid, sizeof(tid), "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
            (void)snprintf(tid, sizeof(tid), "ukendt");
    }
    if ((st = sag_noeglering_ny(sti, strcmp(argv[1], "roter") == 0, tid, &nr,
                                &d)) != SAG_OK)
        return sag__fejl_diag(st, &d);
    (void)printf(
        "nøgle %d %s i %s\n", nr,
        strcmp(argv[1], "roter") == 0 ? "er nu den aktuelle" : "oprettet", sti);
    return SAG_EXIT_OK;
}
