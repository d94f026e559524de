/*
 * Private declarations shared by the `skadesag` command's source files.
 */
#ifndef SAG_CLI_H
#define SAG_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "skadesag/buf.h"
#include "skadesag/dato.h"
#include "skadesag/satser.h"
#include "skadesag/status.h"

/* Exit codes: 0 ok, 1 the input or data was rejected, 2 usage error,
 * 3 internal or I/O error. */
enum {
    SAG_EXIT_OK = 0,
    SAG_EXIT_AFVIST = 1,
    SAG_EXIT_BRUG = 2,
    SAG_EXIT_FEJL = 3
};

int sag__cmd_beregn(int argc, char **argv);
int sag__cmd_dato(int argc, char **argv);
int sag__cmd_satser(int argc, char **argv);
int sag__cmd_sag(int argc, char **argv);
int sag__cmd_demodata(int argc, char **argv);
int sag__cmd_rapport(int argc, char **argv);

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

struct sag_store;
struct sag_tilstand;
struct sag_haendelse;

/* Compute an erhvervsevnetab decision for a case from engine input (JSON),
 * check that it concerns the case, and store the immutable decision record
 * and its event in one transaction (sag_demo.c). */
enum sag_status
sag__gem_tab_afgoerelse(struct sag_store *st, const struct sag_satser *s,
                        const char *sag_id, const struct sag_tilstand *t,
                        struct sag_haendelse *h, const char *input, size_t len,
                        char id_ud[32], int *pct_ud, struct sag_diag *d);

/* Import a case exported by 'skadesag sag eksport' (keeps its id). */
enum sag_status sag__sag_import(struct sag_store *s, const char *tekst,
                                size_t len, char id[32], struct sag_diag *d);

/* Create the synthetic demo cases. */
enum sag_status sag__sag_demo(struct sag_store *s, const char *data_dir,
                              const char *bruger, struct sag_diag *d);

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
/* Print a refusal ("felt: besked") and return its exit code: 3 for I/O,
 * memory and internal errors, else 1. */
int sag__fejl_diag(enum sag_status st, const struct sag_diag *d);

/* Presentation (tekst.c). The Danish word for a stored code (the code
 * itself if it reads well as is). */
const char *sag__ord(const char *kode);

/* "2024-12-31" as "31.12.2024" in `ud` (returned); "-" for empty; other
 * text unchanged. */
const char *sag__dk_dato(const char *iso, char ud[11]);

/* Append `s` and pad with spaces to `bredde` characters (UTF-8 aware), then
 * one separating space. */
void sag__kolonne(struct sag_buf *b, const char *s, size_t bredde);

#endif /* SAG_CLI_H */
