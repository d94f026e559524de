/*
 * skadesag: the command-line front end. Each subcommand lives in its own
 * cmd_*.c file and has its own --help.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sag_config.h"

#include "../base/banned.h"

struct kommando {
    const char *navn;
    int (*fn)(int argc, char **argv);
    const char *kort;
};

static const struct kommando kommandoer[] = {
    { "beregn", sag__cmd_beregn,
      "Beregn erstatning for tab af erhvervsevne for en sag (JSON)" },
    { "ydelser", sag__cmd_ydelser,
      "Sagens ydelser og udbetalingsplan med regnskab" },
    { "satser", sag__cmd_satser,
      "Vis og kontrollér satstabellerne (satser, faktorer, pensionsalder)" },
    { "sag", sag__cmd_sag,
      "Sagsbehandling: sager, hændelser, frister, afgørelser og klager" },
    { "demodata", sag__cmd_demodata,
      "Opret en syntetisk sagsportefølje (reproducerbar, seed)" },
    { "brev", sag__cmd_brev,
      "Afgørelsesbreve: dan, vis og list breve (PDF/A og HTML)" },
    { "rapport", sag__cmd_rapport,
      "Porteføljens nøgletal, kvalitet, prognoser og konsekvensberegninger" },
    { "server", sag__cmd_server,
      "HTTP-API'et med login (docs/api.yaml, docs/server.md)" },
    { "dato", sag__cmd_dato, "Datoer, helligdage og arbejdsdage" },
    { "bruger", sag__cmd_bruger,
      "Konti: opret, roller, deaktivering, kodeord, engangskoder, "
      "API-nøgler" },
    { "db", sag__cmd_db, "Databasen: kopier alt mellem SQLite og PostgreSQL" },
    { "udbetaling", sag__cmd_udbetaling,
      "Månedens udbetalingskørsel, betalingsfiler, afsendelse og "
      "tilbageførsel" },
    { "noegle", sag__cmd_noegle,
      "Nøglefilen til hashkæden og kontrolpunkterne: ny, roter, vis" },
};

/* --noeglefil FIL (or --noeglefil=FIL) anywhere before "--", for every
 * command: taken out of argv and given to the store and the key commands
 * as $SKADESAG_NOEGLEFIL (docs/sikkerhed.md). Returns the new argc, or -1
 * when the option has no value. */
static int
noeglefil_valg(int argc, char **argv)
{
    int j = 0;

    for (int i = 0; i < argc; i++) {
        const char *v = NULL;

        if (strcmp(argv[i], "--") == 0) {
            while (i < argc)
                argv[j++] = argv[i++];
            break;
        }
        if (strcmp(argv[i], "--noeglefil") == 0) {
            if (i + 1 >= argc || argv[i + 1][0] == '\0')
                return -1;
            v = argv[++i];
        } else if (strncmp(argv[i], "--noeglefil=", 12) == 0) {
            if (argv[i][12] == '\0')
                return -1;
            v = argv[i] + 12;
        }
        if (v != NULL)
            (void)setenv("SKADESAG_NOEGLEFIL", v, 1);
        else
            argv[j++] = argv[i];
    }
    argv[j] = NULL;
    return j;
}

static void
hjaelp(FILE *f)
{
    (void)fprintf(f, "Brug: skadesag [--version] [--help] <kommando> "
                     "[<argumenter>]\n\n"
                     "Skadesag beregner de objektive dele af en afgørelse om "
                     "erstatning for tab af\nerhvervsevne efter "
                     "arbejdsskadesikringsloven, præcist og med hjemmel.\n\n"
                     "Kommandoer:\n");
    for (size_t i = 0; i < sizeof(kommandoer) / sizeof(kommandoer[0]); i++)
        (void)fprintf(f, "  %-10s %s\n", kommandoer[i].navn,
                      kommandoer[i].kort);
    (void)fprintf(f, "\nSkriv 'skadesag <kommando> --help' for hjælp til en "
                     "kommando.\n");
}

int
main(int argc, char **argv)
{
    if ((argc = noeglefil_valg(argc, argv)) < 0) {
        sag__fejl("--noeglefil mangler en fil");
        return SAG_EXIT_BRUG;
    }
    if (argc < 2) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "hjaelp") == 0) {
        hjaelp(stdout);
        return SAG_EXIT_OK;
    }
    if (strcmp(argv[1], "--version") == 0) {
        (void)printf("skadesag %s\n", SAG_VERSION);
        return SAG_EXIT_OK;
    }
    for (size_t i = 0; i < sizeof(kommandoer) / sizeof(kommandoer[0]); i++)
        if (strcmp(argv[1], kommandoer[i].navn) == 0)
            return kommandoer[i].fn(argc - 1, argv + 1);
    sag__fejl("ukendt kommando '%s' (se 'skadesag --help')", argv[1]);
    return SAG_EXIT_BRUG;
}
