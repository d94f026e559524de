/*
 * The case store: an interface with one implementation per database
 * (SQLite now, the embedded default; PostgreSQL later), all passing the
 * same contract tests (tests/contract).
 *
 * Every change is an appended event, checked against the case's state by
 * sag_tilstand_anvend before it is written; the projections (case list,
 * worklist) are updated in the same transaction; the event log is
 * hash-chained; every read of a case by a person is logged with who and
 * why. A handle is one connection: use one per thread.
 *
 * Implemented in src/store across two files: sqlite.c defines
 * sag_store_aabn_sqlite (the SQLite adapter behind the ops table in
 * store_int.h), store.c every other function here.
 */
#ifndef SAG_STORE_H
#define SAG_STORE_H

#include <stdbool.h>
#include <stddef.h>

#include "skadesag/arena.h"
#include "skadesag/sag.h"
#include "skadesag/status.h"
#include "skadesag/ydelse.h"

struct sag_store;

#define SAG_TID_LEN 21 /* "2024-12-31T23:59:59Z" */

/* Flags for sag_store_aabn. */
#define SAG_STORE_OPRET 0x1u /* create the database if it does not exist */
/* Open read-only (docs/sikkerhed.md, "A read-only database"): nothing is
 * written, migrated or created; every write transaction is refused
 * (SAG_EDENIED "/db"), and so is every read of a case, which must be
 * logged; listing and verification work. A SQLite file opens with
 * mode=ro (immutable when it has no write-ahead log beside it, so that a
 * read-only directory works too); a SQLite file or directory the process
 * cannot write is opened so without the flag. Not with SAG_STORE_OPRET. */
#define SAG_STORE_SKRIVEBESKYTTET 0x2u

/* Open a store from a URL and migrate it to the current schema.
 *
 *   sqlite:PATH               a SQLite file (WAL, synchronous=FULL so a
 *                             committed event survives power loss, foreign
 *                             keys on, STRICT tables)
 *   postgresql://… postgres://…  a PostgreSQL database (a libpq URI, e.g.
 *                             postgresql://host/db or
 *                             postgresql:///db?host=/run/postgresql);
 *                             the database must exist, the schema is
 *                             created in it (docs/postgresql.md). Without
 *                             SAG_STORE_OPRET a database with no store is
 *                             SAG_ENOTFOUND; no server is SAG_EIO.
 *
 * Without SAG_STORE_OPRET a missing database is SAG_ENOTFOUND and nothing
 * is created (reports and verification never create a database); an empty
 * SQLite file, which no store ever left behind, counts as missing. No URL
 * is SAG_EMISSING; an unknown scheme, an empty path and ":memory:" are
 * SAG_EINVAL (a case store must last); each names the field "/db". SAG_EIO
 * when the database cannot be opened, SAG_ECONFLICT when it has a newer
 * schema or a migration finds it tampered with (then it is left as it
 * was). `*ud` is written only on success and
 * owned by the caller (sag_store_luk). Thread-safe; the handle is not. */
enum sag_status sag_store_aabn(const char *url, unsigned flag,
                               struct sag_store **ud, struct sag_diag *diag);

/* Open (and create/migrate) a SQLite store at the path `sti`: the same as
 * sag_store_aabn("sqlite:" sti, SAG_STORE_OPRET, …). */
enum sag_status sag_store_aabn_sqlite(const char *sti, struct sag_store **ud,
                                      struct sag_diag *diag);

/* Close; NULL-safe. An open transaction is rolled back. */
void sag_store_luk(struct sag_store *s);

/* The clock used for "registreret" and read-log times (UTC, ISO 8601).
 * Default: the system clock. Tests set a fixed one. */
void sag_store_saet_ur(struct sag_store *s,
                       void (*ur)(void *ctx, char ud[SAG_TID_LEN]), void *ctx);

/* History mode: while on, events and decision records may carry their own
 * recording time ("registreret", "2024-12-31T23:59:59Z"), which the store
 * keeps instead of its clock. Only import (which must keep a decision
 * record's original time for its hash to match) and the synthetic
 * portfolio generator turn it on. Off by default: a given time is then
 * refused with SAG_EDENIED and the field "/registreret", so no caller can
 * set the audit trail's recording time. */
void sag_store_tillad_historik(struct sag_store *s, bool ja);

/* Explicit transactions, for changes that touch several cases (a remittal
 * creates a new case). Calls inside join it; without one, every write is its
 * own transaction. Every begynd is matched by one bekraeft or fortryd. A
 * fortryd inside a nested level fails the whole transaction: the outermost
 * bekraeft then rolls back and returns SAG_ECONFLICT. */
enum sag_status sag_store_begynd(struct sag_store *s, struct sag_diag *diag);
enum sag_status sag_store_bekraeft(struct sag_store *s, struct sag_diag *diag);
void sag_store_fortryd(struct sag_store *s);

/* After a use case's write transaction failed: may it be run again? True
 * when the failure was a serialization failure or deadlock (PostgreSQL
 * SQLSTATE 40001/40P01, which the database resolves by aborting one of the
 * transactions; never on SQLite), `st` is SAG_ECONFLICT, no transaction is
 * open (the outermost level decides) and fewer than SAG_STORE_FORSOEG runs
 * were made (*forsoeg counts them; start at 0). It then first waits a
 * random time (jitter) from a range that doubles with every run, so the
 * writers that collided do not collide again, and clears `diag`. The
 * application layer runs every writing use case in such a loop
 * (docs/postgresql.md). */
#define SAG_STORE_FORSOEG 10
bool sag_store_igen(struct sag_store *s, enum sag_status st, int *forsoeg,
                    struct sag_diag *diag);

/* A read transaction: the reads until the matching bekraeft/fortryd see
 * one snapshot and share one transaction's overhead; no write lock is
 * taken, so writers are not held up (SQLite: BEGIN DEFERRED, WAL). Only
 * reads may happen inside it; nested in a write transaction it joins it. */
enum sag_status sag_store_begynd_laes(struct sag_store *s,
                                      struct sag_diag *diag);

/* Create a case from its "oprettet" event. If `id` is empty a new id
 * ("AES-2024-000001") is assigned and written back; a non-empty `id` is
 * used as given (import), SAG_ECONFLICT if it exists. */
enum sag_status sag_store_opret(struct sag_store *s,
                                const struct sag_haendelse *h,
                                char id[SAG_ID_MAX], struct sag_diag *diag);

/* Append an event; refused (SAG_EDENIED …) without writing if the case's
 * state does not allow it. SAG_ENOTFOUND for an unknown case. */
enum sag_status sag_store_tilfoej(struct sag_store *s, const char *sag_id,
                                  const struct sag_haendelse *h,
                                  struct sag_diag *diag);

/* Append several events to one case, in order, all or none: the case is
 * replayed once and its projections written once (imports and generated
 * portfolios). A refusal names the event's position. */
enum sag_status sag_store_tilfoej_flere(struct sag_store *s, const char *sag_id,
                                        const struct sag_haendelse *h, size_t n,
                                        struct sag_diag *diag);

/* The current state (replayed from the events). For writers' checks; not a
 * person's read, so not logged. */
enum sag_status sag_store_tilstand(struct sag_store *s, const char *sag_id,
                                   struct sag_tilstand *t,
                                   struct sag_diag *diag);

/* Stored rows, as text (strings live in the caller's arena). `seq` is the
 * store's insertion order, `nr` the event's number within its case;
 * `hashversion` says how `hash` was computed (docs/hashkaede.md). */
struct sag_haendelse_post {
    long long seq;
    int nr;
    const char *type, *dato, *registreret, *bruger, *begrundelse, *data, *hash;
    int hashversion;
    int noegle; /* the key ring's key it was chained with (0: none) */
};

struct sag_afgoerelse_post {
    const char *id, *sag_id, *fase, *dato, *input, *resultat, *satser_checksum,
        *motor_version, *registreret, *hash;
};

struct sag_sagsmappe {
    struct sag_tilstand tilstand;
    struct sag_haendelse_post *haendelser;
    size_t antal_haendelser;
    struct sag_afgoerelse_post *afgoerelser;
    size_t antal_afgoerelser;
};

/* A person reads a case: the read is logged (who, role, why, when) in the
 * same transaction. `grund` must not be empty. */
enum sag_status sag_store_hent(struct sag_store *s, const char *sag_id,
                               const struct sag_hvem *hvem, const char *grund,
                               struct sag_arena *arena,
                               struct sag_sagsmappe *ud, struct sag_diag *diag);

/* Store an immutable decision record; `p->hash` is computed by the store
 * and written back through `hash_ud` (65 bytes); `p->registreret` is set
 * from the clock; a given one (import keeps the original) needs history
 * mode, else SAG_EDENIED "/registreret".
 * The caller appends the decision event (with the hash) in the same
 * transaction. SAG_ECONFLICT if the id exists. */
enum sag_status sag_store_gem_afgoerelse(struct sag_store *s,
                                         const struct sag_afgoerelse_post *p,
                                         char hash_ud[65],
                                         struct sag_diag *diag);

enum sag_status sag_store_hent_afgoerelse(struct sag_store *s, const char *id,
                                          struct sag_arena *arena,
                                          struct sag_afgoerelse_post *ud,
                                          struct sag_diag *diag);

/* Every stored decision record of a phase ("erhvervsevnetab"), by id; the
 * strings live until the callback returns. For impact runs. */
enum sag_status sag_store_alle_afgoerelser(
    struct sag_store *s, const char *fase,
    int (*cb)(void *ctx, const struct sag_afgoerelse_post *p), void *ctx,
    struct sag_diag *diag);

/* A stored letter (docs/breve.md): the PDF and the HTML rendered from a
 * stored record, and the SHA-256 of the PDF. */
struct sag_brev_post {
    const char *id, *sag_id, *afgoerelse_id, *type, *dato, *sha256,
        *registreret, *html;
    const unsigned char *pdf;
    size_t pdf_len;
};

/* Store a letter; `p->registreret` is set from the clock. Joins the
 * caller's transaction (the letter use case appends its "brev_dannet"
 * event in the same one). SAG_ECONFLICT if the id exists. */
enum sag_status sag_store_gem_brev(struct sag_store *s,
                                   const struct sag_brev_post *p,
                                   struct sag_diag *diag);

/* One letter, bytes and strings in the arena; SAG_ENOTFOUND (/brev_id). */
enum sag_status sag_store_hent_brev(struct sag_store *s, const char *id,
                                    struct sag_arena *arena,
                                    struct sag_brev_post *ud,
                                    struct sag_diag *diag);

/* Log a person's read of a case's letters (who, role, why, when), for
 * reads that do not go through sag_store_hent. */
enum sag_status sag_store_laesning(struct sag_store *s, const char *sag_id,
                                   const struct sag_hvem *hvem,
                                   const char *grund, struct sag_diag *diag);

/* The letters of a case, by id, in the arena (`pdf` and `html` included). */
enum sag_status sag_store_breve(struct sag_store *s, const char *sag_id,
                                struct sag_arena *arena,
                                struct sag_brev_post **ud, size_t *n,
                                struct sag_diag *diag);

struct sag_liste_filter {
    const char *team, *sagsbehandler, *status, *type;
    size_t graense;    /* 0 = no limit */
    const char *efter; /* paging: the cases after this one (newest first);
                          NULL from the start */
    const char *cpr;   /* the injured person, canonical "DDMMÅÅ-NNNN" (only
                        through sag_tj_soeg_cpr: the search is logged) */
    /* A party's name has words starting with each of these (sag_navneord's
     * form; only through sag_tj_soeg_navn, which matches the names); the
     * store uses the first SAG_LISTE_NAVNEORD of them. */
    const char *const *navneord;
    size_t antal_navneord;
};
#define SAG_LISTE_NAVNEORD 3

struct sag_liste_post {
    const char *id, *type, *generation, *status, *team, *sagsbehandler,
        *anerkendelse, *men, *erhvervsevnetab, *naeste_forfald, *oprettet;
    bool venter;
};

/* Cases matching the filter, newest first. The callback returns 0 to go on.
 * No personal data is listed. */
enum sag_status
sag_store_liste(struct sag_store *s, const struct sag_liste_filter *f,
                int (*cb)(void *ctx, const struct sag_liste_post *p), void *ctx,
                struct sag_diag *diag);

/* Log a read of a case by a person (who, why; the time is the store's
 * clock), e.g. a search that revealed the case. */
enum sag_status sag_store_log_laesning(struct sag_store *s, const char *sag_id,
                                       const struct sag_hvem *hvem,
                                       const char *grund, struct sag_diag *d);

/* Store a document's bytes under their SHA-256 (written to `sha256_ud`,
 * lowercase hex); storing the same bytes again changes nothing. Inside the
 * caller's transaction if one is open. */
enum sag_status sag_store_gem_dokument(struct sag_store *s, const char *mime,
                                       const void *indhold, size_t len,
                                       char sha256_ud[65], struct sag_diag *d);

/* A stored document (bytes and type in `a`), checked against its hash. */
enum sag_status sag_store_hent_dokument(struct sag_store *s, const char *sha256,
                                        struct sag_arena *a, const char **mime,
                                        const void **indhold, size_t *len,
                                        struct sag_diag *d);

struct sag_arbejdspost {
    const char *sag_id, *art, *forfald, *tekst, *ref, *sagsbehandler;
    bool venter;
    const char *type; /* the case's type ("ulykke", …; issue 12's filter) */
};

/* A worklist filter saved by a user (issue 12): its name and the query
 * string of the worklist page it stands for. */
struct sag_gemt_filter {
    const char *navn, *forespoergsel;
};

/* Save (or replace, by name) a filter of `bruger`. */
enum sag_status sag_store_gem_filter(struct sag_store *s, const char *bruger,
                                     const char *navn,
                                     const char *forespoergsel,
                                     struct sag_diag *diag);

/* The filters of `bruger`, by name. */
enum sag_status sag_store_filtre(struct sag_store *s, const char *bruger,
                                 int (*cb)(void *ctx,
                                           const struct sag_gemt_filter *f),
                                 void *ctx, struct sag_diag *diag);

/* The worklist of a team or a caseworker (give one): tasks, soonest first;
 * `venter` selects the waiting-on-others list instead. */
enum sag_status
sag_store_arbejdsliste(struct sag_store *s, const char *team,
                       const char *sagsbehandler, bool venter, size_t graense,
                       int (*cb)(void *ctx, const struct sag_arbejdspost *p),
                       void *ctx, struct sag_diag *diag);

/* Verify (docs/hashkaede.md): the database's own integrity check, every
 * case's hash chain, every decision record's hash against the event that
 * recorded it, the chain of anchors and that every case head an anchor
 * recorded is still there with its hash, and that every case replays.
 * Writes the number of events checked. SAG_ECONFLICT names the first bad
 * place. Not thread-safe on one handle. */
enum sag_status sag_store_verificer(struct sag_store *s, long long *antal,
                                    struct sag_diag *diag);

/* An anchor: a chained record of the heads (event number and hash) of
 * every case changed since the previous anchor (docs/hashkaede.md). */
struct sag_anker {
    long long nr;       /* 1, 2, …; 0: there is no anchor yet */
    size_t antal_sager; /* case heads recorded in it */
    char registreret[SAG_TID_LEN];
    char hash[65]; /* chains to the previous anchor; publish it */
    bool ny;       /* written by this call */
};

/* Write an anchor now, in its own transaction (or the caller's). If no
 * case changed since the latest anchor, nothing is written and the latest
 * anchor is returned with `ny` false. A server runs this on a timer; the
 * SQLite store also anchors by itself inside the write transaction every
 * 1000 events. SAG_EIO or SAG_ENOMEM on failure, with nothing written.
 * `*ud` is written only on success. */
enum sag_status sag_store_forankr(struct sag_store *s, struct sag_anker *ud,
                                  struct sag_diag *diag);

/* Rebuild every case's projections (case list, worklist, report facts) from
 * the event log. Writes the number of cases. */
enum sag_status sag_store_genopbyg_projektioner(struct sag_store *s,
                                                size_t *antal,
                                                struct sag_diag *diag);

/* All report facts of the portfolio (portefolje.h), in the arena. No
 * personal data. */
struct sag_pf_data;
enum sag_status sag_store_portefolje(struct sag_store *s, struct sag_arena *a,
                                     struct sag_pf_data *ud,
                                     struct sag_diag *diag);

/* The quality review (reports 000:L484-492). Draw a reproducible sample
 * of `promille` (20 = 2 %) of the decisions made in [fra, til], rounded
 * up: the decisions with the smallest SHA-256("<seed>\n<id>"), so the same
 * seed and decisions give the same sample. Decisions already in the sample
 * stay. Writes how many were added and how many decisions there were. */
struct sag_pf_kvalitet;
enum sag_status
sag_store_kvalitet_udtraek(struct sag_store *s, struct sag_dato fra,
                           struct sag_dato til, unsigned long long seed,
                           int promille, size_t *udtrukket, size_t *i_alt,
                           struct sag_diag *diag);
/* A reviewer's verdict on a sampled decision: materially correct or not,
 * with who and why. Once per decision. */
enum sag_status
sag_store_kvalitet_vurder(struct sag_store *s, const char *afgoerelse_id,
                          bool korrekt, const struct sag_hvem *hvem,
                          const char *begrundelse, struct sag_diag *diag);
/* The sample of the decisions made in [fra, til], counted by case type. */
enum sag_status sag_store_kvalitet(struct sag_store *s, struct sag_dato fra,
                                   struct sag_dato til,
                                   struct sag_pf_kvalitet *ud,
                                   struct sag_diag *diag);

struct sag_kvalitet_post {
    const char *afgoerelse_id, *sag_id, *sagstype, *dato;
    bool vurderet, korrekt;
    const char *bruger, *begrundelse;
};

/* The sampled decisions of [fra, til], by decision id, with verdicts. */
enum sag_status sag_store_kvalitet_liste(
    struct sag_store *s, struct sag_dato fra, struct sag_dato til,
    int (*cb)(void *ctx, const struct sag_kvalitet_post *p), void *ctx,
    struct sag_diag *diag);

struct sag_laesning {
    const char *bruger, *rolle, *grund, *tidspunkt;
};

/* The read log of a case, oldest first. */
enum sag_status sag_store_laesninger(struct sag_store *s, const char *sag_id,
                                     int (*cb)(void *ctx,
                                               const struct sag_laesning *l),
                                     void *ctx, struct sag_diag *diag);

/* Copy every row of the store `fra` into the empty store `til` (another
 * database, possibly of the other kind: `skadesag db kopier`): cases and
 * their events with their stored hashes, decisions, the read log, the
 * report facts, the quality sample, the anchors, counters and accounts, in
 * one write transaction on `til` reading one snapshot of `fra`. `til` must
 * hold no case and no account (SAG_ECONFLICT "/til"). Writes the number of
 * rows copied. Verify the copy with sag_store_verificer. */
enum sag_status sag_store_kopier(struct sag_store *fra, struct sag_store *til,
                                 long long *antal, struct sag_diag *diag);

/* ---- Awards and their payments (migration 010, include/skadesag/ydelse.h,
 * issue 14). The monthly run (udbetaling) is built on these calls. ---- */

/* Store a new award (all fields of *y; `erstattet` must be false). Joins
 * the caller's transaction (a decision's use case stores its awards and
 * the supersession of earlier ones in its own). SAG_ECONFLICT (/ydelse_id)
 * if the id exists or the case does not. */
enum sag_status sag_store_ydelse_gem(struct sag_store *s,
                                     const struct sag_ydelse *y,
                                     struct sag_diag *diag);

/* End award `id` from `fra` (the day `fra` is no longer covered), by award
 * `af`. The row is otherwise never changed. SAG_ECONFLICT (/ydelse_id) if
 * no such award, or it is already superseded from that date or earlier. */
enum sag_status sag_store_ydelse_erstat(struct sag_store *s, const char *id,
                                        struct sag_dato fra, const char *af,
                                        struct sag_diag *diag);

/* The awards of a case, ordered by (fra, id), to `cb` (return non-zero to
 * stop; the award is only valid during the call). */
enum sag_status sag_store_ydelser(struct sag_store *s, const char *sag_id,
                                  int (*cb)(void *ctx,
                                            const struct sag_ydelse *y),
                                  void *ctx, struct sag_diag *diag);

/* Every award whose covered period (after supersession) touches month
 * `m`, ordered by id, to `cb` — the monthly run's input. Streams: the
 * award is only valid during the call. */
enum sag_status
sag_store_ydelser_i_maaned(struct sag_store *s, struct sag_maaned m,
                           int (*cb)(void *ctx, const struct sag_ydelse *y),
                           void *ctx, struct sag_diag *diag);

/* One payment (or claim-back, negative) booked against an award for a
 * month. `reference` identifies what paid it (a run id, "manuel-…"): the
 * pair (ydelse_id, maaned, reference) is unique, so a re-run cannot book
 * the same month twice under the same reference. */
struct sag_ydelse_betaling {
    const char *ydelse_id;
    int aar, maaned;
    struct sag_penge beloeb;
    const char *reference;
    const char *registreret; /* set from the store's clock on booking */
};

/* Book a payment. SAG_ECONFLICT (/reference) if (ydelse_id, month,
 * reference) is booked already or there is no such award. */
enum sag_status sag_store_ydelse_betal(struct sag_store *s,
                                       const struct sag_ydelse_betaling *b,
                                       struct sag_diag *diag);

/* The payments booked against one award, by (month, registreret), to
 * `cb`; strings valid during the call. */
enum sag_status sag_store_ydelse_betalinger(
    struct sag_store *s, const char *ydelse_id,
    int (*cb)(void *ctx, const struct sag_ydelse_betaling *b), void *ctx,
    struct sag_diag *diag);
/* The store's key ring (noegle.h), read from the key file on first need
 * (SKADESAG_NOEGLEFIL, else the default path): for the checkpoints. */
struct sag_noeglering;
enum sag_status sag_store_noeglering(struct sag_store *s,
                                     const struct sag_noeglering **ud,
                                     struct sag_diag *d);

/* Signed checkpoints (docs/sikkerhed.md): the newest anchor's number and
 * hash (written first, over every case changed since), the numbers of
 * events and read-log rows and the time, signed with the current key's
 * Ed25519 key and appended as one line to a file outside the database
 * (`fil`; NULL: $SKADESAG_KONTROLPUNKTFIL, else the key file's path with
 * ".kontrolpunkter" added). */
struct sag_kontrolpunkt {
    char db[65];
    char tid[SAG_TID_LEN];
    long long anker;
    char ankerhash[65];
    long long haendelser, laesninger;
    int noegle;
};

/* Write a checkpoint; its line (without the newline) into linje[512] when
 * not NULL. */
enum sag_status sag_store_kontrolpunkt(struct sag_store *s, const char *fil,
                                       struct sag_kontrolpunkt *ud, char *linje,
                                       struct sag_diag *d);

/* Check the database against the newest checkpoint for it: every line for
 * this database must carry a valid signature, and the newest one's anchor
 * must be in the database with its hash, and the database must hold at
 * least its events and read-log rows (a cut tail is caught).
 * SAG_ENOTFOUND when there is no checkpoint for this database (`ud`
 * untouched); SAG_ECONFLICT, naming what failed, when it does not hold. */
enum sag_status sag_store_kontroller_kontrolpunkt(struct sag_store *s,
                                                  const char *fil,
                                                  struct sag_kontrolpunkt *ud,
                                                  struct sag_diag *d);

/* Events appended through this handle since it was opened. */
long long sag_store_skrevet(const struct sag_store *s);

#endif /* SAG_STORE_H */
