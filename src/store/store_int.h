/*
 * The storage port: what a database adapter implements. The case logic
 * (replay, transition checks, hash chain, projections, read log) lives once
 * in store.c on top of these primitives, so every adapter behaves the same
 * and passes the same contract tests.
 */
#ifndef SAG_STORE_INT_H
#define SAG_STORE_INT_H

#include "skadesag/fakta.h"
#include "skadesag/frister.h"
#include "skadesag/konto_store.h"
#include "skadesag/noegle.h"
#include "skadesag/portefolje.h"
#include "skadesag/store.h"

/* The hash of the empty chain: what the first event of a case (and the
 * first anchor) is chained to. */
#define SAG__NUL_HASH                                                          \
    "0000000000000000000000000000000000000000000000000000000000000000"

/* Hash versions (docs/hashkaede.md). Version 1, the global chain of schema
 * 1-4, exists only in databases not yet migrated. */
#define SAG__HASH_GLOBAL 1  /* SHA-256 over seq, case, fields, previous */
#define SAG__HASH_SAG 2     /* SHA-256, chained within the case */
#define SAG__HASH_NOEGLE 3  /* HMAC-SHA-256 (key file), within the case */
#define SAG__ANKER_HASH 1   /* SHA-256 over the heads, chained anchors */
#define SAG__ANKER_NOEGLE 2 /* HMAC-SHA-256 over the heads, chained */
#define SAG__LAESNING_MAERKE "skadesag-laesning/1" /* read-log chain */

/* One case's head: its newest event's number and hash. */
struct sag__hoved {
    const char *sag_id;
    int nr;
    const char *hash;
};

/* A stored anchor (the heads are passed beside it). */
struct sag__anker_post {
    long long nr;
    int hashversion;
    int noegle; /* the key it was chained with (0: none) */
    size_t antal_sager;
    const char *registreret, *forrige_hash, *hash;
};

/* The order in which alle_haendelser streams the log. */
enum sag__orden {
    SAG__EFTER_SAG, /* by case, then by number within the case */
    SAG__EFTER_SEQ  /* by insertion order (the schema 1-4 global chain) */
};

/*
 * What an adapter implements. Rules for every operation:
 * - writes happen inside the transaction store.c opened (begynd);
 * - out-params are written only on SAG_OK;
 * - a row callback returns 0 to go on and non-zero to stop, and must not
 *   call back into the store: a PostgreSQL connection cannot start a
 *   statement while it streams another's rows. The strings it gets live
 *   until it returns.
 */
struct sag__store_ops {
    void (*luk)(struct sag_store *s);
    enum sag_status (*begynd)(struct sag_store *s, struct sag_diag *d);
    /* A read transaction: one snapshot for several reads, no write lock
     * (NULL: reads run as they are). */
    enum sag_status (*begynd_laes)(struct sag_store *s, struct sag_diag *d);
    enum sag_status (*bekraeft)(struct sag_store *s, struct sag_diag *d);
    void (*fortryd)(struct sag_store *s);

    /* Next value of a named counter (1, 2, …), inside the transaction. */
    enum sag_status (*taeller)(struct sag_store *s, const char *navn,
                               long long *ud, struct sag_diag *d);
    /* Serialise the writers of one case until the transaction ends, before
     * its events are read to append to them (PostgreSQL: SELECT … FOR
     * UPDATE on the case's row). NULL where the database serialises every
     * writer anyway (SQLite: BEGIN IMMEDIATE). */
    enum sag_status (*laas)(struct sag_store *s, const char *sag_id,
                            struct sag_diag *d);
    /* A case's events in order; SAG_ENOTFOUND when the case has none. */
    enum sag_status (*haendelser)(struct sag_store *s, const char *sag_id,
                                  struct sag_arena *a,
                                  struct sag_haendelse_post **ud, size_t *n,
                                  struct sag_diag *d);
    /* Every event, for verification and migration. */
    enum sag_status (*alle_haendelser)(
        struct sag_store *s, enum sag__orden orden,
        int (*cb)(void *ctx, const char *sag_id,
                  const struct sag_haendelse_post *p),
        void *ctx, struct sag_diag *d);
    /* Append an event: `p->seq` is ignored (the adapter assigns the
     * insertion order), `forrige` is the hash of the case's previous
     * event. */
    enum sag_status (*indsaet)(struct sag_store *s, const char *sag_id,
                               const struct sag_haendelse_post *p,
                               const char *forrige, struct sag_diag *d);
    /* Replace a stored event's hash (migration 5 of SQLite only; NULL in
     * adapters that never had the global chain). */
    enum sag_status (*omhash)(struct sag_store *s, long long seq,
                              int hashversion, int noegle, const char *forrige,
                              const char *hash, struct sag_diag *d);
    /* Insert or update the case projection and replace its tasks.
     * `venter`: some task waits on others (shown in the case list). */
    enum sag_status (*projektion)(struct sag_store *s,
                                  const struct sag_tilstand *t, bool ny,
                                  const char *fristregime,
                                  const char *naeste_forfald, bool venter,
                                  const struct sag_opgave *o, size_t n,
                                  struct sag_diag *d);
    /* The hash of the case's newest read-log row (SAG__NUL_HASH when it
     * has none), inside the write transaction that will append the next;
     * the adapter serialises the readers of one case until the transaction
     * ends (PostgreSQL: an advisory lock per case; SQLite: BEGIN
     * IMMEDIATE), so that the case's read chain never forks. */
    enum sag_status (*laesning_forrige)(struct sag_store *s, const char *sag_id,
                                        char ud[65], struct sag_diag *d);
    /* Append a read-log row chained with key `noegle` (docs/hashkaede.md,
     * "The read log"). */
    enum sag_status (*laesning)(struct sag_store *s, const char *sag_id,
                                const struct sag_hvem *h, const char *grund,
                                const char *tid, int noegle, const char *hash,
                                struct sag_diag *d);
    enum sag_status (*laesninger)(struct sag_store *s, const char *sag_id,
                                  int (*cb)(void *ctx,
                                            const struct sag_laesning *l),
                                  void *ctx, struct sag_diag *d);
    /* ---- awards (migration 010, include/skadesag/ydelse.h) ---- */
    enum sag_status (*ydelse_gem)(struct sag_store *s,
                                  const struct sag_ydelse *y,
                                  const char *registreret, struct sag_diag *d);
    /* End award `id` from day `fra` (slut = min(til, fra - 1)); no row
     * changed when already superseded from `fra` or earlier. */
    enum sag_status (*ydelse_erstat)(struct sag_store *s, const char *id,
                                     int32_t fra, const char *af, bool *aendret,
                                     struct sag_diag *d);
    /* sag_id != NULL: the case's awards by (fra, id); else every award
     * covering a day in [m0, m1], by id. */
    enum sag_status (*ydelser)(struct sag_store *s, const char *sag_id,
                               int32_t m0, int32_t m1,
                               int (*cb)(void *ctx, const struct sag_ydelse *y),
                               void *ctx, struct sag_diag *d);
    enum sag_status (*ydelse_betal)(struct sag_store *s,
                                    const struct sag_ydelse_betaling *b,
                                    struct sag_diag *d);
    enum sag_status (*ydelse_betalinger)(
        struct sag_store *s, const char *ydelse_id,
        int (*cb)(void *ctx, const struct sag_ydelse_betaling *b), void *ctx,
        struct sag_diag *d);
    enum sag_status (*gem_afgoerelse)(struct sag_store *s,
                                      const struct sag_afgoerelse_post *p,
                                      struct sag_diag *d);
    enum sag_status (*hent_afgoerelse)(struct sag_store *s, const char *id,
                                       struct sag_arena *a,
                                       struct sag_afgoerelse_post *ud,
                                       struct sag_diag *d);
    /* A document by its SHA-256: stored once (the same bytes again are
     * no change), never altered. */
    enum sag_status (*gem_dokument)(struct sag_store *s, const char *sha256,
                                    const char *mime, const void *indhold,
                                    size_t len, const char *tid,
                                    struct sag_diag *d);
    enum sag_status (*hent_dokument)(struct sag_store *s, const char *sha256,
                                     struct sag_arena *a, const char **mime,
                                     const void **indhold, size_t *len,
                                     struct sag_diag *d);
    enum sag_status (*afgoerelser)(struct sag_store *s, const char *sag_id,
                                   struct sag_arena *a,
                                   struct sag_afgoerelse_post **ud, size_t *n,
                                   struct sag_diag *d);
    enum sag_status (*gem_brev)(struct sag_store *s,
                                const struct sag_brev_post *p,
                                struct sag_diag *d);
    enum sag_status (*hent_brev)(struct sag_store *s, const char *id,
                                 struct sag_arena *a, struct sag_brev_post *ud,
                                 struct sag_diag *d);
    enum sag_status (*breve)(struct sag_store *s, const char *sag_id,
                             struct sag_arena *a, struct sag_brev_post **ud,
                             size_t *n, struct sag_diag *d);
    enum sag_status (*liste)(struct sag_store *s,
                             const struct sag_liste_filter *f,
                             int (*cb)(void *ctx,
                                       const struct sag_liste_post *p),
                             void *ctx, struct sag_diag *d);
    enum sag_status (*arbejdsliste)(struct sag_store *s, const char *team,
                                    const char *behandler, bool venter,
                                    size_t graense,
                                    int (*cb)(void *ctx,
                                              const struct sag_arbejdspost *p),
                                    void *ctx, struct sag_diag *d);
    enum sag_status (*gem_filter)(struct sag_store *s, const char *bruger,
                                  const char *navn, const char *forespoergsel,
                                  const char *tid, struct sag_diag *d);
    enum sag_status (*filtre)(struct sag_store *s, const char *bruger,
                              int (*cb)(void *ctx,
                                        const struct sag_gemt_filter *f),
                              void *ctx, struct sag_diag *d);
    /* Database-level integrity (e.g. PRAGMA integrity_check). */
    enum sag_status (*integritet)(struct sag_store *s, struct sag_diag *d);
    /* Replace the case's rows in the index of party names (migration 17):
     * row i is word ord[i] of party nr[i] (from 1). */
    enum sag_status (*parter)(struct sag_store *s, const char *sag_id,
                              const int *nr,
                              const char (*ord)[SAG_NAVNEORD_MAX], size_t n,
                              struct sag_diag *d);
    /* The ids of the cases with a part_tilfoejet event (migration 17). */
    enum sag_status (*sager_med_parter)(struct sag_store *s,
                                        int (*cb)(void *ctx, const char *id),
                                        void *ctx, struct sag_diag *d);
    /* Replace the case's report facts: deadlines, decisions, appeals. */
    enum sag_status (*fakta)(struct sag_store *s, const struct sag_tilstand *t,
                             const struct sag_fakta_frist *fr, size_t nfr,
                             struct sag_diag *d);
    /* Named integers kept with the data (0 when absent). */
    enum sag_status (*meta_hent)(struct sag_store *s, const char *navn,
                                 long long *ud, struct sag_diag *d);
    enum sag_status (*meta_saet)(struct sag_store *s, const char *navn,
                                 long long v, struct sag_diag *d);
    /* All report facts (portefolje.h), in the arena. */
    enum sag_status (*portefolje)(struct sag_store *s, struct sag_arena *a,
                                  struct sag_pf_data *ud, struct sag_diag *d);
    /* Decisions made in [fra, til] (ISO dates), in id order. */
    enum sag_status (*afgoerelser_i_periode)(
        struct sag_store *s, const char *fra, const char *til,
        int (*cb)(void *ctx, const char *id, const char *sag_id,
                  const char *sagstype, const char *dato),
        void *ctx, struct sag_diag *d);
    /* Add a decision to the quality sample (nothing if already there);
     * `ny` tells whether it was added. */
    enum sag_status (*stikproeve)(struct sag_store *s, const char *afg_id,
                                  const char *sag_id, const char *sagstype,
                                  const char *dato, const char *fra,
                                  const char *til, long long seed,
                                  const char *tid, bool *ny,
                                  struct sag_diag *d);
    /* Record a verdict; SAG_ENOTFOUND if the decision is not in the
     * sample, SAG_ECONFLICT if it has a verdict. */
    enum sag_status (*vurdering)(struct sag_store *s, const char *afg_id,
                                 bool korrekt, const char *bruger,
                                 const char *begrundelse, const char *tid,
                                 struct sag_diag *d);
    /* The sample of [fra, til] counted by case type (portefolje.h). */
    enum sag_status (*kvalitet)(struct sag_store *s, const char *fra,
                                const char *til, struct sag_pf_kvalitet *ud,
                                struct sag_diag *d);
    /* The sampled decisions of [fra, til] with their verdicts. */
    enum sag_status (*kvalitet_liste)(
        struct sag_store *s, const char *fra, const char *til,
        int (*cb)(void *ctx, const struct sag_kvalitet_post *p), void *ctx,
        struct sag_diag *d);
    /* Every decision record of a phase, by id. */
    enum sag_status (*alle_afgoerelser)(
        struct sag_store *s, const char *fase,
        int (*cb)(void *ctx, const struct sag_afgoerelse_post *p), void *ctx,
        struct sag_diag *d);
    /* Every case id, in order. */
    enum sag_status (*sag_ider)(struct sag_store *s,
                                int (*cb)(void *ctx, const char *id), void *ctx,
                                struct sag_diag *d);

    /* ---- anchors (docs/hashkaede.md) ---- */

    /* The latest anchor (`ud->nr` 0 when there is none) and roughly how
     * many events were appended since it. */
    /* What a signed checkpoint names (docs/sikkerhed.md): the database's
     * id (migration 12) into id[65], and the numbers of stored events and
     * read-log rows. */
    enum sag_status (*sikring_status)(struct sag_store *s, char id[65],
                                      long long *haendelser,
                                      long long *laesninger,
                                      struct sag_diag *d);
    enum sag_status (*seneste_anker)(struct sag_store *s, struct sag_anker *ud,
                                     long long *uforankrede,
                                     struct sag_diag *d);
    /* The head of every case that got events since the latest anchor, as
     * seen inside the current write transaction. */
    enum sag_status (*nye_hoveder)(struct sag_store *s,
                                   int (*cb)(void *ctx,
                                             const struct sag__hoved *h),
                                   void *ctx, struct sag_diag *d);
    /* Store an anchor with its heads, and remember that these cases are
     * anchored up to these heads. */
    enum sag_status (*skriv_anker)(struct sag_store *s,
                                   const struct sag__anker_post *a,
                                   const struct sag__hoved *h, size_t n,
                                   struct sag_diag *d);
    /* Every anchor in order, once per recorded head (`h` NULL for an
     * anchor without heads), each with the stored hash of the event the
     * head names (`haendelse_hash` NULL when that event does not exist). */
    enum sag_status (*ankre)(struct sag_store *s,
                             int (*cb)(void *ctx,
                                       const struct sag__anker_post *a,
                                       const struct sag__hoved *h,
                                       const char *haendelse_hash),
                             void *ctx, struct sag_diag *d);

    /* ---- copying a whole store (sag_store_kopier) ----
     * `sql` is one of store.c's portable statements; `typer` has a letter
     * per column: t text, i integer, b blob (as "\\x" and hex digits).
     * Values are text, NULL for NULL. */
    enum sag_status (*raekker_ud)(struct sag_store *s, const char *sql,
                                  const char *typer,
                                  int (*cb)(void *ctx, const char *const *v),
                                  void *ctx, struct sag_diag *d);
    enum sag_status (*raekke_ind)(struct sag_store *s, const char *sql,
                                  const char *typer, const char *const *v,
                                  struct sag_diag *d);
    /* Like raekker_ud with the `np` parameters ?1… bound as text (the
     * monthly run's reads, src/store/udbetaling.c: portable statements,
     * one for both adapters). */
    enum sag_status (*raekker_ud_p)(struct sag_store *s, const char *sql,
                                    const char *const *p, size_t np,
                                    const char *typer,
                                    int (*cb)(void *ctx, const char *const *v),
                                    void *ctx, struct sag_diag *d);
    /* After the rows are in (NULL: nothing to do): PostgreSQL sets its
     * identity sequences and its table of unanchored cases. */
    enum sag_status (*kopi_faerdig)(struct sag_store *s, struct sag_diag *d);

    /* ---- accounts, sessions, API tokens (konto_store.h) ----
     * Rows only; the rules are the accounts module's. */

    /* SAG_ECONFLICT "/navn" for a taken name, "/cpr" for a CPR number
     * that has an account. */
    enum sag_status (*konto_indsaet)(struct sag_store *s,
                                     const struct sag_konto_post *k,
                                     struct sag_diag *d);
    /* Inside a write transaction, PostgreSQL locks the row (FOR UPDATE):
     * the caller reads, changes and writes it back. */
    enum sag_status (*konto_hent)(struct sag_store *s, const char *navn,
                                  struct sag_arena *a,
                                  struct sag_konto_post *ud,
                                  struct sag_diag *d);
    enum sag_status (*konto_opdater)(struct sag_store *s,
                                     const struct sag_konto_post *k,
                                     struct sag_diag *d);
    enum sag_status (*konti)(struct sag_store *s,
                             int (*cb)(void *ctx,
                                       const struct sag_konto_post *k),
                             void *ctx, struct sag_diag *d);
    enum sag_status (*session_indsaet)(struct sag_store *s,
                                       const struct sag_session_post *p,
                                       struct sag_diag *d);
    enum sag_status (*session_hent)(struct sag_store *s, const char *token_hash,
                                    struct sag_arena *a,
                                    struct sag_session_post *ud,
                                    struct sag_diag *d);
    enum sag_status (*session_roer)(struct sag_store *s, const char *token_hash,
                                    int64_t sidst_brugt, struct sag_diag *d);
    enum sag_status (*session_slet)(struct sag_store *s, const char *token_hash,
                                    struct sag_diag *d);
    /* `bruger` NULL: every account; keep the newest `behold` of each. */
    enum sag_status (*sessioner_slet)(struct sag_store *s, const char *bruger,
                                      size_t behold, size_t *antal,
                                      struct sag_diag *d);
    enum sag_status (*sessioner_ryd)(struct sag_store *s, int64_t nu,
                                     int64_t sidst_brugt_foer, size_t *antal,
                                     struct sag_diag *d);
    enum sag_status (*noegle_indsaet)(struct sag_store *s,
                                      const struct sag_noegle_post *p,
                                      struct sag_diag *d);
    enum sag_status (*noegle_hent)(struct sag_store *s, const char *token_hash,
                                   struct sag_arena *a,
                                   struct sag_noegle_post *ud,
                                   struct sag_diag *d);
    enum sag_status (*noegler_deaktiver)(struct sag_store *s,
                                         const char *bruger, size_t *antal,
                                         struct sag_diag *d);
};

/* Common head of every adapter's handle. */
struct sag_store {
    const struct sag__store_ops *ops;
    void (*ur)(void *ctx, char ud[SAG_TID_LEN]);
    void *ur_ctx;
    int transaktioner; /* nesting depth of sag_store_begynd */
    bool afbrudt;      /* an inner level rolled back: the whole must */
    bool historik;     /* given recording times are kept (import) */
    long long skrevet; /* events appended in the open transaction */
    /* Anchor inside the write transaction once this many events are
     * unanchored; 0: only sag_store_forankr anchors (a server's timer). */
    long long ankerinterval;
    /* The open (or last) transaction failed on a serialization failure or
     * deadlock: it may be run again (sag_store_igen). Set by the adapter. */
    bool forbigaaende;
    /* The key ring (noegle.h), read from the key file on first need: a
     * write, verification or migration 12. */
    struct sag_noeglering *noegler;
    long long skrevet_i_alt; /* events appended since the store opened */
    /* Opened read-only (SAG_STORE_SKRIVEBESKYTTET): begynd refuses. */
    bool skrivebeskyttet;
};

/* Open the SQLite store at the path `sti` (sag_store_aabn's rules). */
enum sag_status sag__sqlite_aabn(const char *sti, unsigned flag,
                                 struct sag_store **ud, struct sag_diag *d);

/* Open the PostgreSQL store at a libpq URI (sag_store_aabn's rules). */
enum sag_status sag__pg_aabn(const char *url, unsigned flag,
                             struct sag_store **ud, struct sag_diag *d);

/* After opening and migrating: rebuild the projections from the event log
 * if a migration asked for it (store.c). */
enum sag_status sag__store_efter_aabning(struct sag_store *s,
                                         struct sag_diag *d);

/* A migration's number from its first line "-- Migration N…" (0 if none):
 * its C step is found by that number, not by its place in the list, so
 * that migrations merged from parallel branches keep their steps. */
size_t sag__migration_nr(const char *sql);

/* The system clock in UTC as "YYYY-MM-DDTHH:MM:SSZ". */
void sag__systemur(void *ctx, char ud[SAG_TID_LEN]);

/* The schema 1-4 hash of one event: SHA-256(seq, case, nr, type, date,
 * recorded, who, why, payload, previous event of the whole log). Kept to
 * verify a database before migration 5 re-hashes it, and for tests that
 * build such a database. */
void sag__haendelse_hash_v1(long long seq, const char *sag_id,
                            const struct sag_haendelse_post *p,
                            const char *forrige, char ud[65]);

/* Migration 5, inside the migration's transaction: verify the global
 * chain (SAG_ECONFLICT, nothing changed, if it is broken) and re-hash
 * every event into its case's unkeyed chain; migration 12's step, which
 * runs after it, keys the chain and writes the first anchor. */
enum sag_status sag__store_kaede_pr_sag(struct sag_store *s,
                                        struct sag_diag *d);

/* Migration 12, inside the migration's transaction: verify every case's
 * unkeyed chain, re-hash every event with the key file's current key and
 * write a keyed anchor over every case; needs the key file only when there
 * are events. */
enum sag_status sag__store_noeglekaede(struct sag_store *s, struct sag_diag *d);

/* Migration 14, inside the migration's transaction: chain every read-log
 * row, case by case in insertion order, with the key file's current key;
 * needs the key file only when there are rows. */
enum sag_status sag__store_laeselogkaede(struct sag_store *s,
                                         struct sag_diag *d);

/* Migration 17, inside the migration's transaction: the index of party
 * names for the cases that had parties before it, from their events. */
enum sag_status sag__store_parter_indeks(struct sag_store *s,
                                         struct sag_diag *d);

/* The upper end (excluded) of the index range of words starting with
 * `ord`: `ord` followed by U+10FFFF, above every word that starts with it
 * in byte order (SQLite's BINARY, PostgreSQL's "C" collation). */
void sag__navneord_til(const char *ord, char *ud, size_t n);

/* The report facts' strings while they are loaded (sag_store_portefolje,
 * both adapters): the team names seen so far (few: a case's team is one
 * of the organisation's), so that a million facts share a handful of
 * strings and every fact of a team has the same one (portefolje.h); and
 * the last case number seen (a case's facts mostly come together, and
 * then share its string). Zeroed, with `a` set, before the first row. */
struct sag__pf_strenge {
    struct sag_arena *a;
    const char **teams;
    size_t antal_teams, plads_teams;
    const char *sidste_id;
};

/* The team `t` as an interned string in the arena; NULL for NULL (and if
 * out of memory: the fact then counts in no team's figures). */
const char *sag__pf_team(struct sag__pf_strenge *c, const char *t);

/* The case number `t` in the arena, shared with the previous row's if the
 * same; NULL for NULL or out of memory (the fact is then listed under no
 * case). */
const char *sag__pf_id(struct sag__pf_strenge *c, const char *t);

/* The most rows a case has in the index of party names. */
#define SAG__MAKS_NAVNEORD 128

#endif /* SAG_STORE_INT_H */
