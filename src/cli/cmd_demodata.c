/*
 * skadesag demodata: generate the synthetic portfolio (demo.h) into a new
 * database and print what was made.
 */
#include "cli.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "skadesag/demo.h"
#include "skadesag/parse.h"

#include "../base/banned.h"

static void
hjaelp(FILE *f)
{
    (void)fputs(
        "Brug: skadesag demodata --db STI [--aar N] [--slut ÅÅÅÅ-MM-DD] "
        "[--seed N]\n"
        "                        [--sager-pr-aar N] [--data MAPPE]\n\n"
        "Opretter en syntetisk sagsportefølje med fulde hændelsesforløb "
        "(standard:\n5 års tilgang frem til 31.12.2025, ca. 53.500 sager om "
        "året, seed 1). Samme\nseed giver samme portefølje. Afgørelser om "
        "erhvervsevnetab beregnes af motoren.\nDatabasen skal være ny eller "
        "tom. Se docs/portefolje.md.\n",
        f);
}

int
sag__cmd_demodata(int argc, char **argv)
{
    const char *db = NULL, *data = NULL;
    int64_t aar = 5, seed = 1, pr_aar = 53500;
    struct sag_demo_valg valg;
    struct sag_demo_resultat r;
    struct sag__session s;
    struct sag__global g = { NULL, "demodata", "sagsbehandler",
                             NULL, false,      false };
    struct sag_diag d;
    enum sag_status st;
    struct timespec t0, t1;
    int rc;

    memset(&valg, 0, sizeof(valg));
    (void)sag_dato_fra_ymd(2025, 12, 31, &valg.slut);
    for (int i = 1; i < argc; i += 2) {
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;

        if (strcmp(argv[i], "--help") == 0) {
            hjaelp(stdout);
            return SAG_EXIT_OK;
        } else if (v && strcmp(argv[i], "--db") == 0) {
            db = v;
        } else if (v && strcmp(argv[i], "--data") == 0) {
            data = v;
        } else if (v && strcmp(argv[i], "--aar") == 0) {
            if (sag_parse_i64(v, 1, 20, &aar) != SAG_OK) {
                sag__fejl("--aar: skal være et heltal 1-20");
                return SAG_EXIT_BRUG;
            }
        } else if (v && strcmp(argv[i], "--seed") == 0) {
            if (sag_parse_i64(v, 0, INT64_MAX, &seed) != SAG_OK) {
                sag__fejl("--seed: skal være et ikke-negativt heltal");
                return SAG_EXIT_BRUG;
            }
        } else if (v && strcmp(argv[i], "--sager-pr-aar") == 0) {
            if (sag_parse_i64(v, 10, 1000000, &pr_aar) != SAG_OK) {
                sag__fejl("--sager-pr-aar: skal være et heltal 10-1000000");
                return SAG_EXIT_BRUG;
            }
        } else if (v && strcmp(argv[i], "--slut") == 0) {
            if (sag_dato_parse(v, strlen(v), &valg.slut) != SAG_OK) {
                sag__fejl("--slut: '%s' er ikke en dato (DD.MM.ÅÅÅÅ eller "
                          "ÅÅÅÅ-MM-DD)",
                          v);
                return SAG_EXIT_BRUG;
            }
        } else {
            hjaelp(stderr);
            return SAG_EXIT_BRUG;
        }
    }
    if (db == NULL) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    valg.aar = (int)aar;
    valg.seed = (unsigned long long)seed;
    valg.sager_pr_aar = (long)pr_aar;
    g.db = db;
    if ((rc = sag__session_aabn(&s, &g, true)) != 0)
        return rc;
    if ((rc = sag__session_satser(&s, data)) != 0) {
        sag__session_luk(&s);
        return rc;
    }
    sag_diag_init(&d);
    (void)clock_gettime(CLOCK_MONOTONIC, &t0);
    st = sag_demo_portefolje(s.store, &s.satser, &valg, &r, &d);
    if (st == SAG_OK) {
        /* The generator writes its decisions as events; their awards come
         * from the back-fill (sag_tj_ydelser_genopbyg, the same code as
         * `skadesag ydelser genopbyg`), so that the portfolio passes
         * `verificer`, which compares the awards with the decisions. */
        struct sag_tj k;
        struct sag_tj_genopbyg gb;

        sag_tj_init(&k, s.store, &s.satser, "demodata", SAG_ROLLE_LEDELSE,
                    valg.slut);
        st = sag_tj_ydelser_genopbyg(&k, &gb, &d);
    }
    (void)clock_gettime(CLOCK_MONOTONIC, &t1);
    sag__session_luk(&s);
    if (st != SAG_OK)
        return sag__fejl_diag(st, &d);
    {
        long ms = (long)(t1.tv_sec - t0.tv_sec) * 1000 +
                  (t1.tv_nsec - t0.tv_nsec) / 1000000;
        char d1[SAG_DATO_DK_LEN], d2[SAG_DATO_DK_LEN];
        struct sag_buf l;

        sag_dato_format_dk(r.start, d1);
        sag_dato_format_dk(r.slut, d2);
        sag_buf_init(&l, 0);
        sag_buf_addf(&l,
                     "Syntetisk portefølje %s–%s (seed %lld): %ld sager, %ld "
                     "hændelser, %ld afgørelser (heraf %ld beregnet af "
                     "motoren), %ld klager, %ld hjemvisninger på %ld,%03ld "
                     "s.\n",
                     d1, d2, (long long)seed, r.sager, r.haendelser,
                     r.afgoerelser, r.beregnede, r.klager, r.hjemvisninger,
                     ms / 1000, ms % 1000);
        for (int gr = 1; gr <= SAG_ANTAL_GRUPPER; gr++)
            if (r.pr_gruppe[gr]) {
                sag_buf_adds(&l, "  ");
                sag__kolonne(&l, sag_gruppe_tekst((enum sag_gruppe)gr), 52);
                sag_buf_addf(&l, "%8ld\n", r.pr_gruppe[gr]);
            }
        if (r.afviste_beregninger)
            sag_buf_addf(&l,
                         "  %ld afgørelser om erhvervsevnetab kunne ikke "
                         "beregnes og blev udeladt\n",
                         r.afviste_beregninger);
        rc = sag_buf_status(&l) == SAG_OK &&
                     fwrite(l.buf, 1, l.len, stdout) == l.len
                 ? SAG_EXIT_OK
                 : SAG_EXIT_FEJL;
        sag_buf_release(&l);
    }
    return rc;
}
