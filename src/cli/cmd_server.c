/*
 * skadesag server: the HTTP API (http.h) on a database.
 */
#include "cli.h"

#include <stdio.h>
#include <string.h>

#include "skadesag/http.h"
#include "skadesag/konto.h"
#include "skadesag/parse.h"

#include "../base/banned.h"

static void
hjaelp(FILE *f)
{
    (void)fputs(
        "Brug: skadesag server [--db STI|URL] [--rapport-db URL]\n"
        "                      [--vaert ADRESSE] [--port N] [--arbejdere N]\n"
        "                      [--cert FIL --noegle FIL] [--bag-proxy]\n"
        "                      [--identitet-header NAVN] [--adgangslog FIL|-]\n"
        "                      [--maks-krop BYTES] [--session-inaktiv SEK] "
        "[--data MAPPE]\n"
        "       skadesag server --ruter\n\n"
        "Starter HTTP-API'et (docs/api.yaml) på databasen. Standard: "
        "127.0.0.1:8080,\nén arbejdsproces pr. kerne. Uden --cert/--noegle kun "
        "på 127.0.0.1 eller ::1,\nmedmindre en omvendt proxy afslutter TLS "
        "(--bag-proxy; se docs/server.md).\nEn session slutter efter "
        "--session-inaktiv sekunder uden brug (1-1800,\nstandard 1800). "
        "SIGTERM: færdiggør igangværende forespørgsler og stopper.\n"
        "--rapport-db: porteføljerapport og konsekvensberegninger læses her "
        "(fx en\nPostgreSQL hot standby, docs/postgresql.md).\n"
        "--ruter skriver serverens ruter, én pr. linje: METODE STI ({} er en "
        "parameter).\n",
        f);
}

static void
klar(void *ctx, const char *adresse)
{
    (void)ctx;
    (void)printf("skadesag server lytter på %s\n", adresse);
    (void)fflush(stdout);
}

int
sag__cmd_server(int argc, char **argv)
{
    struct sag_http_valg v;
    struct sag_diag d;
    const char *db = "skadesag.db", *data = NULL, *log = NULL, *rapport = NULL;
    char url[4096], rurl[4096];
    FILE *logf = NULL;
    enum sag_status st;
    int64_t n;

    sag_http_valg_init(&v);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *x = i + 1 < argc ? argv[i + 1] : NULL;

        if (strcmp(a, "--help") == 0) {
            hjaelp(stdout);
            return SAG_EXIT_OK;
        } else if (strcmp(a, "--ruter") == 0 && argc == 2) {
            const char *m, *p;

            for (size_t j = 0; sag_http_rute_nr(j, &m, &p); j++)
                (void)printf("%s %s\n", m, p);
            return SAG_EXIT_OK;
        } else if (strcmp(a, "--bag-proxy") == 0) {
            v.bag_proxy = true;
            continue;
        } else if (x == NULL) {
            hjaelp(stderr);
            return SAG_EXIT_BRUG;
        }
        i++;
        if (strcmp(a, "--db") == 0)
            db = x;
        else if (strcmp(a, "--rapport-db") == 0)
            rapport = x;
        else if (strcmp(a, "--vaert") == 0)
            v.vaert = x;
        else if (strcmp(a, "--cert") == 0)
            v.cert_fil = x;
        else if (strcmp(a, "--noegle") == 0)
            v.noegle_fil = x;
        else if (strcmp(a, "--identitet-header") == 0)
            v.identitet_header = x;
        else if (strcmp(a, "--adgangslog") == 0)
            log = x;
        else if (strcmp(a, "--data") == 0)
            data = x;
        else if (strcmp(a, "--port") == 0 &&
                 sag_parse_i64(x, 0, 65535, &n) == SAG_OK)
            v.port = (unsigned)n;
        else if (strcmp(a, "--arbejdere") == 0 &&
                 sag_parse_i64(x, 1, 64, &n) == SAG_OK)
            v.arbejdere = (unsigned)n;
        else if (strcmp(a, "--maks-krop") == 0 &&
                 sag_parse_i64(x, 1024, 256 * 1024 * 1024, &n) == SAG_OK)
            v.maks_krop = (size_t)n;
        else if (strcmp(a, "--session-inaktiv") == 0 &&
                 sag_parse_i64(x, 1, SAG_SESSION_INAKTIV, &n) == SAG_OK)
            v.session_inaktiv_sek = (unsigned)n;
        else {
            sag__fejl("%s: ukendt tilvalg eller ugyldig værdi '%s'", a, x);
            return SAG_EXIT_BRUG;
        }
    }
    if (snprintf(url, sizeof(url), "%s%s",
                 strchr(db, ':') ? "" : "sqlite:", db) >= (int)sizeof(url)) {
        sag__fejl("--db: for lang sti");
        return SAG_EXIT_BRUG;
    }
    if (log != NULL) {
        logf = strcmp(log, "-") == 0 ? stderr : fopen(log, "a");
        if (logf == NULL) {
            sag__fejl("--adgangslog: kan ikke skrive %s", log);
            return SAG_EXIT_FEJL;
        }
    }
    v.db_url = url;
    if (rapport != NULL) {
        if (snprintf(rurl, sizeof(rurl), "%s%s",
                     strchr(rapport, ':') ? "" : "sqlite:", rapport) >=
            (int)sizeof(rurl)) {
            sag__fejl("--rapport-db: for lang sti");
            return SAG_EXIT_BRUG;
        }
        v.rapport_db_url = rurl;
    }
    v.data_dir = sag__data_dir(data);
    v.adgangslog = logf;
    v.klar = klar;
    sag_diag_init(&d);
    st = sag_http_koer(&v, &d);
    if (logf != NULL && logf != stderr)
        (void)fclose(logf);
    return st == SAG_OK ? SAG_EXIT_OK : sag__fejl_diag(st, &d);
}
