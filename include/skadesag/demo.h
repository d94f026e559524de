/*
 * Synthetic demonstration data (not part of libskadesag: the demo library
 * libskadesag_demo is linked by the command line only). Every person is
 * invented: CPR numbers use serial numbers 9000-9999 and are not known to
 * belong to anyone; employers and insurers are invented too.
 *
 * Implemented in src/demo/: demo.c (a handful of cases that show each
 * flow, through the application layer) and portefolje_demo.c (a seeded
 * portfolio of years of cases shaped after AES' annual reports).
 */
#ifndef SAG_DEMO_H
#define SAG_DEMO_H

#include <stddef.h>

#include "skadesag/fakta.h"
#include "skadesag/satser.h"
#include "skadesag/status.h"
#include "skadesag/store.h"
#include "skadesag/tjeneste.h"

/* Ten demo cases through the application layer as the context's user:
 * accidents and diseases under each deadline regime, a loss decision
 * through the engine (final and temporary), an appeal remitted by
 * Ankestyrelsen, a § 42 reopening, a private case and a veteran case. The
 * context needs the rate tables. */
enum sag_status sag_demo_sager(const struct sag_tj *k, struct sag_diag *d);

/* The synthetic portfolio (docs/portefolje.md, "Demodata"). */
struct sag_demo_valg {
    struct sag_dato slut;    /* the last day of intake */
    int aar;                 /* years of intake, 1-20 */
    unsigned long long seed; /* same seed, same portfolio */
    long sager_pr_aar;       /* intake per year */
};

struct sag_demo_resultat {
    struct sag_dato start, slut;
    long sager, haendelser, afgoerelser, beregnede, klager, hjemvisninger;
    long afviste_beregninger; /* loss decisions the engine refused */
    long pr_gruppe[SAG_ANTAL_GRUPPER + 1]; /* cases per enum sag_gruppe */
};

/* Generate into an empty store (SAG_ECONFLICT, field /db, if it has
 * cases). The store's clock follows the simulated dates while it runs. */
enum sag_status sag_demo_portefolje(struct sag_store *s,
                                    const struct sag_satser *satser,
                                    const struct sag_demo_valg *valg,
                                    struct sag_demo_resultat *ud,
                                    struct sag_diag *d);

#endif /* SAG_DEMO_H */
