/*
 * Parameter tables (satser): the official rate tables, loaded from TSV text
 * that an adapter has read (the core never opens files), validated strictly,
 * indexed for fast look-up, and fingerprinted with a checksum that every
 * decision records.
 *
 * Four tables are understood, recognised by their header line (see
 * data/README.md for the columns and the provenance of every value):
 *
 *   satser.tsv                 yearly amounts and percentages
 *   kapitaliseringsfaktorer.tsv capitalisation factors per act/table/age
 *   kapitalisering_acts.tsv    which act applies (injury × capitalisation date)
 *   folkepensionsalder.tsv     pension age by birth date and rule period
 *
 * Lifecycle: sag_satser_init → sag_satser_indlaes_tsv (once per file) →
 * sag_satser_klar → look-ups … → sag_satser_release. After sag_satser_klar
 * the tables are read-only and may be shared between threads.
 */
#ifndef SAG_SATSER_H
#define SAG_SATSER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "skadesag/arena.h"
#include "skadesag/dato.h"
#include "skadesag/sha256.h"
#include "skadesag/status.h"

/* Open range ends are stored as the extreme supported dates. */
#define SAG_DATO_MIN ((struct sag_dato){ -719162 }) /* 0001-01-01 */
#define SAG_DATO_MAX ((struct sag_dato){ 2932896 }) /* 9999-12-31 */

enum sag_enhed {
    SAG_ENHED_KR = 0, /* value in øre after loading */
    SAG_ENHED_PCT = 1 /* value in thousandths of a percent point */
};

enum sag_koen { SAG_KOEN_ALLE = 0, SAG_KOEN_MAND = 1, SAG_KOEN_KVINDE = 2 };

/* One row of satser.tsv. */
struct sag_sats {
    const char *navn;       /* sats_name, e.g. "maks_aarsloen" */
    int aar;                /* year */
    const char *betingelse; /* "" or e.g. "skade_fra_2024-07-01" */
    enum sag_enhed enhed;
    int64_t vaerdi;       /* øre (kr) or milli-percent (pct) */
    const char *paragraf; /* law_paragraph */
    const char *kilde;    /* legal_ref: the act that publishes the value */
    int linje;            /* line in the TSV file */
};

/* One capitalisation table of one act (a group of rows of
 * kapitaliseringsfaktorer.tsv with the same act/table/sex/cohort). */
struct sag_kap_tabel {
    const char *akt; /* act_id, e.g. "VEJ 10056/2025" */
    struct sag_dato akt_fra, akt_til;
    const char *tabel; /* table letter(s) */
    struct sag_dato skade_fra, skade_til;
    struct sag_dato foedt_fra, foedt_til;
    enum sag_koen koen;
    int udbetales_til_mdr; /* payable_to_age in months; 0 = not given */
    bool i_tabelvalg;      /* referenced by the act's table selection */
    int alder_min, alder_max;
    const int64_t *faktor; /* thousandths, index alder - alder_min */
    int linje;             /* first line in the file */
};

/* One row of kapitalisering_acts.tsv. */
struct sag_kap_akt {
    struct sag_dato skade_fra, skade_til, kap_fra, kap_til;
    const char *akt;
    struct sag_dato akt_dateret, akt_fra, akt_til;
    int64_t saerfaktor;   /* thousandths; -1 = the act states none */
    int max_tabel_alder;  /* -1 = not given */
    const char *tabeller; /* tables_for_injury_range */
    const char *mangler;  /* tables_missing_in_source */
    const char *titel;
    int linje;
    /* The act's tables (set by sag_satser_klar): a contiguous run of
     * sag_satser.kap_tabeller. */
    const struct sag_kap_tabel *akt_tabeller;
    size_t antal_akt_tabeller;
};

/* One row of folkepensionsalder.tsv. */
struct sag_fp_alder {
    struct sag_dato regel_fra, regel_til, foedt_fra, foedt_til;
    int maaneder; /* pension_age_total_months */
    const char *label;
    const char *lov;
    int linje;
};

/* All rows of satser.tsv with one (navn, betingelse), indexed by year
 * (built by sag_satser_klar for O(log n) look-ups). */
struct sag_sats_serie {
    const char *navn;
    const char *betingelse;
    int aar_min, aar_max;
    const struct sag_sats **efter_aar; /* index aar - aar_min; may be NULL */
};

struct sag_satser {
    struct sag_arena arena;        /* owns every string and array below */
    struct sag_sats_serie *serier; /* sorted by (navn, betingelse) */
    size_t antal_serier;
    struct sag_sats *satser;
    size_t antal_satser;
    struct sag_kap_tabel *kap_tabeller;
    size_t antal_kap_tabeller;
    struct sag_kap_akt *kap_akter;
    size_t antal_kap_akter;
    struct sag_fp_alder *fp_aldre;
    size_t antal_fp_aldre;
    unsigned indlaest; /* bit per table kind already loaded */
    bool klar;
    struct sag_sha256 sha; /* running checksum over the loaded files */
    char checksum[65];     /* hex SHA-256, set by sag_satser_klar */
};

/* Initialise empty tables. Does not allocate. */
void sag_satser_init(struct sag_satser *s);

/* Free everything. NULL-safe. */
void sag_satser_release(struct sag_satser *s);

/*
 * Parse one TSV file's contents. `filnavn` is used in messages and the
 * checksum (pass the base name, e.g. "satser.tsv"). The kind of table is
 * recognised from its header. Errors (SAG_EPARSE, SAG_EINVAL, SAG_ECONFLICT)
 * fill diag->besked with "filnavn:linje: reason" in Danish; on error the
 * tables are unchanged. Loading the same kind twice is SAG_ECONFLICT.
 */
enum sag_status sag_satser_indlaes_tsv(struct sag_satser *s,
                                       const char *filnavn, const char *data,
                                       size_t len, struct sag_diag *diag);

/* Finish loading: require all four tables, check references between them,
 * and compute the checksum. SAG_EMISSING names a missing table. */
enum sag_status sag_satser_klar(struct sag_satser *s, struct sag_diag *diag);

/* Hex SHA-256 over every loaded file (name, size and bytes, in load order).
 * Valid after sag_satser_klar. */
const char *sag_satser_checksum(const struct sag_satser *s);

/* The row for (navn, aar, betingelse) with betingelse "" for none.
 * SAG_ENOTFOUND if the table has no such row. */
enum sag_status sag_satser_sats(const struct sag_satser *s, const char *navn,
                                int aar, const char *betingelse,
                                const struct sag_sats **out);

/* The value in force on a date: the row for the date's year. */
enum sag_status sag_satser_sats_paa_dato(const struct sag_satser *s,
                                         const char *navn, struct sag_dato d,
                                         const char *betingelse,
                                         const struct sag_sats **out);

/* Folkepensionsalder (in months) of a person born `foedt`, under the rules
 * in force on `opslag`. */
enum sag_status sag_satser_folkepensionsalder(const struct sag_satser *s,
                                              struct sag_dato foedt,
                                              struct sag_dato opslag,
                                              const struct sag_fp_alder **out);

/* The act that applies to capitalisation on `kapdato` of an injury of
 * `skadedato`. */
enum sag_status sag_satser_kap_akt(const struct sag_satser *s,
                                   struct sag_dato skadedato,
                                   struct sag_dato kapdato,
                                   const struct sag_kap_akt **out);

/*
 * The table that applies for injury date X, capitalisation date Y, birth
 * date Z (and sex where the act's tables are split by sex): the act from
 * sag_satser_kap_akt, then the table its selection assigns to the injury and
 * birth dates. SAG_ENOTFOUND when the act references a table the source
 * lacks (see data/README.md, "Gaps"); SAG_EMISSING when the act splits by sex
 * and koen is SAG_KOEN_ALLE.
 */
enum sag_status
sag_satser_kap_tabel(const struct sag_satser *s, struct sag_dato skadedato,
                     struct sag_dato kapdato, struct sag_dato foedselsdato,
                     enum sag_koen koen, const struct sag_kap_akt **akt,
                     const struct sag_kap_tabel **tabel);

/* Factor (thousandths) for a whole age in a table; SAG_ERANGE outside the
 * table's ages. */
enum sag_status sag_kap_tabel_faktor(const struct sag_kap_tabel *t, int alder,
                                     int64_t *faktor);

#endif /* SAG_SATSER_H */
