/*
 * Private declarations shared by the `skadesag` command's source files.
 *
 * The command line holds no logic of its own: each subcommand turns its
 * arguments into a request, calls one function of the application layer
 * (tjeneste.h) or the engine, and renders the result. Options, files,
 * exit codes and the terminal's columns are its only business.
 */
#ifndef SAG_CLI_H
#define SAG_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "skadesag/buf.h"
#include "skadesag/dato.h"
#include "skadesag/satser.h"
#include "skadesag/status.h"
#include "skadesag/tjeneste.h"

/* Exit codes: 0 ok, 1 the input or data was rejected, 2 usage error,
 * 3 internal or I/O error. */
enum {
    SAG_EXIT_OK = 0,
    SAG_EXIT_AFVIST = 1,
    SAG_EXIT_BRUG = 2,
    SAG_EXIT_FEJL = 3
};

/* The one mapping of a status to an exit code: 3 for I/O, memory and
 * internal errors, 1 for every refusal, 0 for SAG_OK. */
int sag__exit(enum sag_status st);

int sag__cmd_beregn(int argc, char **argv);
int sag__cmd_dato(int argc, char **argv);
int sag__cmd_satser(int argc, char **argv);
int sag__cmd_sag(int argc, char **argv);
int sag__cmd_demodata(int argc, char **argv);
int sag__cmd_rapport(int argc, char **argv);
int sag__cmd_server(int argc, char **argv);
int sag__cmd_bruger(int argc, char **argv);
int sag__cmd_brev(int argc, char **argv);
int sag__cmd_db(int argc, char **argv);
int sag__cmd_udbetaling(int argc, char **argv);
/* skadesag ydelser plan SAG (cmd_ydelser.c, issue 14). */
int sag__cmd_ydelser(int argc, char **argv);
int sag__cmd_noegle(int argc, char **argv);

/* Read a whole file ("-" = standard input) into `ud` (capped by ud->max). */
enum sag_status sag__laes_fil(const char *sti, struct sag_buf *ud);

/* The data directory: --data argument if given, else $SKADESAG_DATA, else
 * the compiled-in default. */
const char *sag__data_dir(const char *arg);

/* Load the four rate tables from a directory and finish them. On error a
 * Danish message is printed to stderr. */
enum sag_status sag__indlaes_satser(const char *dir, struct sag_satser *s);

/* Today's date from the system clock (adapters may read the clock). */
struct sag_dato sag__i_dag(void);

/* Print "skadesag: <message>" to stderr. */
void sag__fejl(const char *fmt, ...) SAG_PRINTF(1, 2);

/* Print a refusal ("felt: besked") and return its exit code (sag__exit). */
int sag__fejl_diag(enum sag_status st, const struct sag_diag *d);

/* Write the buffer and a newline to standard output: 0, or 3 on error. */
int sag__skriv(struct sag_buf *b);

/* Options of a subcommand (valg.c): "--navn værdi" pairs, flags (given in
 * `flag`, NULL-terminated) and up to 4 positional arguments. */
#define SAG__MAKS_VALG 24
#define SAG__MAKS_POS 4
struct sag__valg {
    const char *navn[SAG__MAKS_VALG];
    const char *vaerdi[SAG__MAKS_VALG];
    size_t antal;
    const char *pos[SAG__MAKS_POS];
    size_t antal_pos;
};
int sag__laes_valg(int argc, char **argv, const char *const *flag,
                   struct sag__valg *v);
const char *sag__val(const struct sag__valg *v, const char *navn);
/* 0 if every option given is in `tilladt` or `globale` (" --a --b "); else
 * prints which is not and returns -1. */
int sag__tjek_valg(const struct sag__valg *v, const char *kmd,
                   const char *tilladt, const char *globale);
/* A date option: 0 given, 1 absent (and not required), -1 bad or missing
 * (printed). */
int sag__dato_valg(const struct sag__valg *v, const char *navn, bool kraevet,
                   struct sag_dato *ud);

/*
 * The session of a `sag` or `rapport` command: the store, the rate tables
 * when a subcommand needs them, and the application layer's context (who,
 * role, today). The global options --db, --bruger, --rolle and --idag may
 * stand before or after the subcommand; --bruger and --rolle default to
 * $SKADESAG_BRUGER and $SKADESAG_ROLLE.
 */
struct sag__session {
    struct sag_store *store;
    struct sag_satser satser;
    bool har_satser;
    struct sag_tj tj;
    bool json;
    char idag_iso[SAG_DATO_ISO_LEN];
};

struct sag__global {
    const char *db, *bruger, *rolle, *idag;
    bool json;
    bool skrivebeskyttet; /* --skrivebeskyttet: open the store read-only */
};

/* Take the global options that follow a subcommand (from `v`) over those
 * before it (`g`). */
void sag__global_fra_valg(struct sag__global *g, const struct sag__valg *v);

/* The global options before a subcommand (--db, --bruger, --rolle,
 * --skrivebeskyttet, --help)
 * into `g`, and a --help anywhere after the subcommand. Returns -1 with
 * *ni at the subcommand (argc when there is none) to go on, or an exit
 * code once `hjaelp` has printed (to stdout for --help, to stderr for an
 * unknown option). */
int sag__globale_valg(int argc, char **argv, struct sag__global *g, int *ni,
                      void (*hjaelp)(FILE *f));

/* Open the session: the role is checked by name (exit code 2 for an
 * unknown role), the store opened (created only with `opret`). Returns 0 or
 * an exit code (printed). */
int sag__session_aabn(struct sag__session *s, const struct sag__global *g,
                      bool opret);

/* Load the rate tables (--data, $SKADESAG_DATA or the default) into the
 * session's context. Returns 0 or an exit code (printed). */
int sag__session_satser(struct sag__session *s, const char *data);

void sag__session_luk(struct sag__session *s);

/* Append `s` padded to `bredde` characters (UTF-8 aware), then a space. */
void sag__kolonne(struct sag_buf *b, const char *s, size_t bredde);

#endif /* SAG_CLI_H */
