/*
 * skadesag dato: date utilities for caseworkers — Danish holidays, business
 * days and ages, computed exactly as the deadline and age rules use them.
 */
#include "cli.h"

#include <stdio.h>
#include <string.h>

#include "skadesag/dato.h"
#include "skadesag/parse.h"

#include "../base/banned.h"

static void
hjaelp(FILE *f)
{
    (void)fputs(
        "Brug: skadesag dato <underkommando> ...\n\n"
        "  vis DATO                     Datoen i ISO, dansk og lang form og "
        "ugedagen\n"
        "  helligdage ÅR                Danske helligdage i året\n"
        "  arbejdsdage DATO N [--lukket LISTE]\n"
        "                               N arbejdsdage efter DATO (N < 0: "
        "før)\n"
        "  alder FØDSELSDATO DATO       Alder i år og måneder på DATO\n\n"
        "DATO skrives ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ. LISTE er kommasepareret "
        "blandt\ngrundlovsdag, juleaften, nytaarsaften (lukkedage ud over "
        "weekend og helligdage).\n",
        f);
}

/* "--help" after the subcommand: the usage, on standard output (exit 0),
 * not a usage error (issue 10, item 7). */
static bool
hjaelp_bedt(int argc, char **argv, int fra)
{
    for (int j = fra; j < argc; j++)
        if (strcmp(argv[j], "--help") == 0)
            return true;
    return false;
}

static const char *const ugedage[7] = { "mandag",  "tirsdag", "onsdag",
                                        "torsdag", "fredag",  "lørdag",
                                        "søndag" };

static int
laes_dato(const char *s, struct sag_dato *d)
{
    size_t n = strlen(s);

    if (sag_dato_parse_iso(s, n, d) == SAG_OK ||
        sag_dato_parse_dk(s, n, d) == SAG_OK)
        return 0;
    sag__fejl("'%s' er ikke en gyldig dato (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)", s);
    return -1;
}

static int
vis(struct sag_dato d)
{
    char iso[SAG_DATO_ISO_LEN], dk[SAG_DATO_DK_LEN], lang[SAG_DATO_LANG_LEN];

    sag_dato_format_iso(d, iso);
    sag_dato_format_dk(d, dk);
    sag_dato_format_lang(d, lang);
    (void)printf("%s  %s  %s %s\n", iso, dk, ugedage[sag_dato_ugedag(d) - 1],
                 lang);
    return SAG_EXIT_OK;
}

int
sag__cmd_dato(int argc, char **argv)
{
    struct sag_dato d, d2;
    int64_t n;

    if (argc < 2 || hjaelp_bedt(argc, argv, 1)) {
        hjaelp(argc < 2 ? stderr : stdout);
        return argc < 2 ? SAG_EXIT_BRUG : SAG_EXIT_OK;
    }
    if (strcmp(argv[1], "vis") == 0 && argc == 3) {
        if (laes_dato(argv[2], &d) != 0)
            return SAG_EXIT_AFVIST;
        return vis(d);
    }
    if (strcmp(argv[1], "helligdage") == 0 && argc == 3) {
        struct sag_helligdag h[SAG_HELLIGDAGE_MAX];
        size_t antal;

        if (sag_parse_i64(argv[2], 1, 9999, &n) != SAG_OK) {
            sag__fejl("'%s' er ikke et år mellem 1 og 9999", argv[2]);
            return SAG_EXIT_AFVIST;
        }
        (void)sag_helligdage((int)n, h, &antal);
        for (size_t i = 0; i < antal; i++) {
            char dk[SAG_DATO_DK_LEN];

            sag_dato_format_dk(h[i].dato, dk);
            (void)printf("%s  %s\n", dk, h[i].navn);
        }
        return SAG_EXIT_OK;
    }
    if (strcmp(argv[1], "arbejdsdage") == 0 && (argc == 4 || argc == 6)) {
        struct sag_kalender k = sag_kalender_standard();

        if (laes_dato(argv[2], &d) != 0)
            return SAG_EXIT_AFVIST;
        if (sag_parse_i64(argv[3], -100000, 100000, &n) != SAG_OK) {
            sag__fejl("'%s' er ikke et antal dage", argv[3]);
            return SAG_EXIT_AFVIST;
        }
        if (argc == 6) {
            char liste[256];
            char *p, *q;

            if (strcmp(argv[4], "--lukket") != 0 ||
                strlen(argv[5]) >= sizeof(liste)) {
                hjaelp(stderr);
                return SAG_EXIT_BRUG;
            }
            memcpy(liste, argv[5], strlen(argv[5]) + 1);
            for (p = liste; p != NULL; p = q) {
                q = strchr(p, ',');
                if (q != NULL)
                    *q++ = '\0';
                if (strcmp(p, "grundlovsdag") == 0)
                    k.lukket |= SAG_LUKKET_GRUNDLOVSDAG;
                else if (strcmp(p, "juleaften") == 0)
                    k.lukket |= SAG_LUKKET_JULEAFTEN;
                else if (strcmp(p, "nytaarsaften") == 0)
                    k.lukket |= SAG_LUKKET_NYTAARSAFTEN;
                else {
                    sag__fejl("ukendt lukkedag '%s'", p);
                    return SAG_EXIT_BRUG;
                }
            }
        }
        if (sag_dato_plus_arbejdsdage(&k, d, (int32_t)n, &d2) != SAG_OK) {
            sag__fejl("resultatet ligger uden for årene 1-9999");
            return SAG_EXIT_AFVIST;
        }
        return vis(d2);
    }
    if (strcmp(argv[1], "alder") == 0 && argc == 4) {
        int aar, mdr;

        if (laes_dato(argv[2], &d) != 0 || laes_dato(argv[3], &d2) != 0)
            return SAG_EXIT_AFVIST;
        if (sag_dato_alder_maaneder(d, d2, SAG_MAANED_FOERSTE_EFTER, &aar,
                                    &mdr) != SAG_OK) {
            sag__fejl("datoen ligger før fødselsdatoen");
            return SAG_EXIT_AFVIST;
        }
        (void)printf("%d år og %d måneder\n", aar, mdr);
        return SAG_EXIT_OK;
    }
    hjaelp(stderr);
    return SAG_EXIT_BRUG;
}
