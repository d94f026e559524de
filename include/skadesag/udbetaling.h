/*
 * The monthly payment run (issue 14 item 5; docs/udbetaling.md, "Den
 * månedlige kørsel"): `skadesag udbetaling koer --maaned 2026-01`.
 *
 * A run takes every award running in the month (sag_store_ydelser_i_maaned,
 * ydelse.h), asks what is due for it that month (sag_ydelse_forfald), takes
 * off what the ledger already has booked for that award and month, and
 * writes one payment order per award with something left to pay, booking
 * the same amount in the ledger with the run's id as reference. It writes
 * in batches, one transaction each, which also moves the run's cursor
 * (`markoer`): a run killed at any point resumes after the last committed
 * batch, and the unique key (award, month) of the orders keeps a month from
 * being paid twice. A run that is done is not run again: a re-run returns
 * it and adds nothing. A run not yet sent can be reversed (the ledger gets
 * the opposite amounts, the orders go), and then run anew.
 *
 * The use cases follow tjeneste.h's rules (one policy, ids minted in the
 * write transaction, the store's clock); the store calls use migration 011.
 */
#ifndef SAG_UDBETALING_H
#define SAG_UDBETALING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "skadesag/betalingsordre.h"
#include "skadesag/portefolje.h"
#include "skadesag/skat.h"
#include "skadesag/store.h"
#include "skadesag/tjeneste.h"
#include "skadesag/ydelse.h"

#define SAG_UDB_ID_MAX 40
#define SAG_UDB_BETALERE_MAX 64

/* A run's state (stored as its name). */
enum sag_udb_status {
    SAG_UDB_I_GANG = 1,  /* started; batches may be missing (resume) */
    SAG_UDB_FAERDIG = 2, /* every award covered; orders ready to send */
    SAG_UDB_SENDT = 3,   /* the files went to the bank and insurers */
    SAG_UDB_TILBAGEFOERT = 4
};
const char *sag_udb_status_navn(enum sag_udb_status s);

/* One payer's part of a run. */
struct sag_udb_betalertotal {
    int betalertype; /* SAG_YDELSE_BETALER_FORSIKRING / _AES */
    char betaler[64];
    long long antal;
    int64_t sum_oere;    /* gross */
    int64_t a_skat_oere; /* withheld (AES's taxable payments) */
};

/* A run as stored, with its totals per payer. */
struct sag_udb_koersel {
    char id[SAG_UDB_ID_MAX];
    int aar, maaned;
    enum sag_udb_status status;
    char markoer[64];
    long long antal; /* orders */
    int64_t sum_oere;
    char bruger[64];
    char startet[SAG_TID_LEN], afsluttet[SAG_TID_LEN], sendt[SAG_TID_LEN],
        tilbagefoert[SAG_TID_LEN];
    /* Set when the run finished: the ledger under its reference. */
    long long bogfoert_antal;
    int64_t bogfoert_oere;
    int64_t a_skat_oere; /* withheld in all; net = sum_oere − a_skat_oere */
    struct sag_udb_betalertotal betalere[SAG_UDB_BETALERE_MAX];
    size_t antal_betalere;
};

/* What a run did, with the reconciliation against the ledger. */
struct sag_udb_resultat {
    struct sag_udb_koersel k;
    bool allerede;             /* the month's run was done: nothing added */
    bool genoptaget;           /* an interrupted run was resumed */
    long long ydelser;         /* awards running in the month */
    long long nye_ordrer;      /* orders this call wrote */
    long long intet_at_betale; /* due already booked, or nothing due */
    long long ikke_positive;   /* net due below zero: no transfer */
    long long uden_betaler;    /* no insurer on file: held back */
    int64_t bogfoert_oere;     /* the ledger's sum under the run's reference */
    /* Back pay (efterbetaling, Q-63): the run's orders for earlier months
     * (awards registered since the latest earlier run started). */
    long long efterbetaling_antal;
    int64_t efterbetaling_oere;
    /* Tax (skat.h): AES's taxable orders withheld by a tax card, and
     * those withheld at 55 % for want of one (KSL § 48, stk. 8). */
    long long skat_med_kort, skat_uden_kort;
    bool afstemt; /* ledger sum == sum of the orders */
};

/* ---- use cases (role: sag_tj_tilladt(…, SAG_HANDLING_UDBETALING)) ---- */

/* The monthly run for `maaned`, `batch` awards per transaction (0: the
 * default, 20.000). Errors: SAG_EADGANG; SAG_ENOTFOUND (/maaned) when a
 * regulation percentage for the year is missing from the tables. */
enum sag_status sag_tj_udbetaling_koer(struct sag_tj *k, struct sag_maaned m,
                                       size_t batch,
                                       struct sag_udb_resultat *ud,
                                       struct sag_diag *d);

/* A run by id, with totals per payer and the reconciliation. */
enum sag_status sag_tj_udbetaling_vis(struct sag_tj *k, const char *id,
                                      struct sag_udb_resultat *ud,
                                      struct sag_diag *d);

/* Mark a finished run as sent (the files went out). SAG_ECONFLICT
 * (/status) unless it is finished. */
enum sag_status sag_tj_udbetaling_send(struct sag_tj *k, const char *id,
                                       struct sag_udb_koersel *ud,
                                       struct sag_diag *d);

/* Reverse a run that was not sent: the ledger gets the opposite amounts
 * under the reference "<id>-T", the orders are deleted, the run is marked
 * tilbagefoert (and the month can be run again). SAG_ECONFLICT (/status)
 * for a sent or reversed run. */
enum sag_status sag_tj_udbetaling_tilbagefoer(struct sag_tj *k, const char *id,
                                              struct sag_udb_koersel *ud,
                                              struct sag_diag *d);

/* The orders of a run for one payer (`betaler` NULL: all), by payer then
 * award id, with the recipient's CPR number (the NemKonto key, Q-48), to
 * `cb`; strings valid during the call. For the files (betalingsordre.h). */
enum sag_status sag_tj_udbetaling_ordrer(
    struct sag_tj *k, const char *id, const char *betaler,
    int (*cb)(void *ctx, const struct sag_ordre *o, int betalertype), void *ctx,
    struct sag_diag *d);

/* Totals per month and payer over the runs not reversed, months in
 * [fra, til] — the board report's payments table. */
struct sag_udb_maanedstotal {
    int aar, maaned;
    int betalertype;
    const char *betaler;
    long long antal;
    int64_t sum_oere;    /* gross */
    int64_t a_skat_oere; /* withheld */
};
enum sag_status sag_tj_udbetaling_totaler(
    struct sag_tj *k, struct sag_maaned fra, struct sag_maaned til,
    int (*cb)(void *ctx, const struct sag_udb_maanedstotal *t), void *ctx,
    struct sag_diag *d);

/* The same for the board report (portefolje.h): the months of [fra, til]
 * as report lines (at most SAG_PF_MAKS_UDBETALINGER). */
enum sag_status sag_tj_udbetaling_portefolje(struct sag_tj *k,
                                             struct sag_dato fra,
                                             struct sag_dato til,
                                             struct sag_pf_udbetalinger *ud,
                                             struct sag_diag *d);

/* ---- store calls (src/store/udbetaling.c, migration 011) ----
 * Written once in portable SQL through the adapters' generic row calls,
 * so SQLite and PostgreSQL run the same statements. Writes join the
 * caller's transaction. */

enum sag_status sag_store_udb_aktiv(struct sag_store *s, int aar, int maaned,
                                    struct sag_udb_koersel *ud,
                                    struct sag_diag *d);
enum sag_status sag_store_udb_hent(struct sag_store *s, const char *id,
                                   struct sag_udb_koersel *ud,
                                   struct sag_diag *d);
enum sag_status sag_store_udb_ny(struct sag_store *s,
                                 const struct sag_udb_koersel *k,
                                 struct sag_diag *d);
/* Status, cursor and counts; `tidsfelt` ("afsluttet", "sendt",
 * "tilbagefoert" or NULL) is set to `tid`. */
enum sag_status sag_store_udb_opdater(struct sag_store *s,
                                      const struct sag_udb_koersel *k,
                                      const char *tidsfelt, const char *tid,
                                      struct sag_diag *d);
/* How many runs month (aar, maaned) has had (for the next run's id). */
enum sag_status sag_store_udb_antal(struct sag_store *s, int aar, int maaned,
                                    long long *ud, struct sag_diag *d);
/* Times (`tid`, the run's `startet`) NULL or "": the store's clock. */
/* Finish a run in the caller's transaction: its totals per payer from
 * its orders (kept in udbetaling_totaler), the ledger's count and sum
 * under its reference, status faerdig and the finishing time. */
enum sag_status sag_store_udb_afslut(struct sag_store *s, const char *id,
                                     struct sag_diag *d);
/* One order (nothing if the award's month has one already). */
enum sag_status sag_store_udb_ordre(struct sag_store *s, const char *koersel,
                                    const struct sag_ordre *o, int betalertype,
                                    struct sag_diag *d);
/* Book the run's orders for awards in (efter, til] in the ledger. */
enum sag_status sag_store_udb_bogfoer(struct sag_store *s, const char *koersel,
                                      const char *efter, const char *til,
                                      const char *tid, struct sag_diag *d);
/* The opposite amounts under `reference`, then delete the orders. */
enum sag_status sag_store_udb_tilbagefoer(struct sag_store *s,
                                          const char *koersel,
                                          const char *reference,
                                          const char *tid, struct sag_diag *d);
/* What the ledger has booked for each award in the month (all
 * references), to `cb`. */
enum sag_status sag_store_udb_bogfoert_i_maaned(
    struct sag_store *s, int aar, int maaned,
    int (*cb)(void *ctx, const char *ydelse_id, int64_t oere), void *ctx,
    struct sag_diag *d);
/* The ledger's count and sum under one reference. */
enum sag_status sag_store_udb_bogfoert(struct sag_store *s,
                                       const char *reference, long long *antal,
                                       int64_t *sum, struct sag_diag *d);
/* Back pay: the start time of the latest finished or sent run of
 * a month before (aar, maaned) (*findes false: none); the awards (id,
 * case) registered at or after `tid`, by case; a run's orders for months
 * other than its own (count and sum). */
enum sag_status sag_store_udb_sidste_start(struct sag_store *s, int aar,
                                           int maaned,
                                           char startet[SAG_TID_LEN],
                                           bool *findes, struct sag_diag *d);
enum sag_status sag_store_udb_ydelser_registreret_fra(
    struct sag_store *s, const char *tid,
    int (*cb)(void *ctx, const char *id, const char *sag_id), void *ctx,
    struct sag_diag *d);
enum sag_status sag_store_udb_efterbetaling(struct sag_store *s,
                                            const char *koersel, int aar,
                                            int maaned, long long *antal,
                                            int64_t *sum, struct sag_diag *d);
enum sag_status sag_store_udb_ordrer(
    struct sag_store *s, const char *koersel, const char *betaler,
    int (*cb)(void *ctx, const struct sag_ordre *o, int betalertype), void *ctx,
    struct sag_diag *d);
enum sag_status sag_store_udb_totaler(
    struct sag_store *s, int fra_aar, int fra_maaned, int til_aar,
    int til_maaned, int (*cb)(void *ctx, const struct sag_udb_maanedstotal *t),
    void *ctx, struct sag_diag *d);

/* ---- tax cards (issue 14 item 4; skat.h; migration 015) ---- */

/* A tax card as entered from its source (the tax authority's services
 * cannot be reached here): the rate and monthly allowance, valid from
 * `gyldig_fra` within its calendar year. */
struct sag_skattekort_post {
    char cpr[16]; /* DDMMYY-XXXX */
    struct sag_dato gyldig_fra;
    int traekprocent;            /* whole percent, 0..100 */
    int64_t fradrag_maaned_oere; /* 0 on a bikort */
    char kilde[256];             /* the source text, e.g. "e-skattekort …" */
    struct sag_dato kilde_dato;  /* the source's date */
    char bruger[64];             /* who entered it (set by the use case) */
    char registreret[SAG_TID_LEN];
};

/* Register a tax card (role: SAG_HANDLING_UDBETALING). SAG_EINVAL naming
 * the field (/cpr, /traekprocent, /fradrag, /kilde, /gyldig_fra);
 * SAG_ECONFLICT when the person has a card from that date already (a card
 * is never changed: enter a new one from a later date). `ud` (may be NULL)
 * gets the stored card. */
enum sag_status sag_tj_skattekort_registrer(struct sag_tj *k,
                                            const struct sag_skattekort_post *p,
                                            struct sag_skattekort_post *ud,
                                            struct sag_diag *d);

/* A person's cards (cpr NULL: everyone's), oldest first, to `cb` (role:
 * SAG_HANDLING_UDBETALING_LAES). */
enum sag_status
sag_tj_skattekort(struct sag_tj *k, const char *cpr,
                  int (*cb)(void *ctx, const struct sag_skattekort_post *p),
                  void *ctx, struct sag_diag *d);

/* The card in force for a payment in month `m`: the latest card of that
 * year from a day no later than the month's last day. Pure; `kort`
 * holds one person's cards oldest first. */
struct sag_skattekort
sag_skattekort_gaeldende(const struct sag_skattekort_post *kort, size_t n,
                         struct sag_maaned m);

enum sag_status sag_store_skattekort_ny(struct sag_store *s,
                                        const struct sag_skattekort_post *k,
                                        struct sag_diag *d);
/* Cards valid from no later than `til`, by CPR then date (cpr NULL:
 * everyone's). */
enum sag_status
sag_store_skattekort(struct sag_store *s, const char *cpr, struct sag_dato til,
                     int (*cb)(void *ctx, const struct sag_skattekort_post *k),
                     void *ctx, struct sag_diag *d);
/* (sag_id, 0, cpr) of every case with a taxable award AES pays. */
enum sag_status sag_store_udb_aes_cpr(struct sag_store *s,
                                      int (*cb)(void *ctx, const char *sag_id,
                                                int64_t n, const char *cpr),
                                      void *ctx, struct sag_diag *d);
/* (cpr, allowance used, "") of a run's committed orders, per person. */
enum sag_status sag_store_udb_fradrag_brugt(
    struct sag_store *s, const char *koersel,
    int (*cb)(void *ctx, const char *cpr, int64_t oere, const char *ubrugt),
    void *ctx, struct sag_diag *d);

/* Every case id, by id (the back-fill, tjeneste.h); the count of awards. */
enum sag_status sag_store_udb_sager(struct sag_store *s,
                                    int (*cb)(void *ctx, const char *id,
                                              int64_t n, const char *ubrugt),
                                    void *ctx, struct sag_diag *d);
enum sag_status sag_store_udb_antal_ydelser(struct sag_store *s, long long *ud,
                                            struct sag_diag *d);

#endif /* SAG_UDBETALING_H */
