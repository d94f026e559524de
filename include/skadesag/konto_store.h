/*
 * The store's rows for accounts, sessions and API tokens: the storage port
 * under the accounts module (konto.h), in the same database as the cases
 * and behind the same adapters (SQLite now, PostgreSQL later), passing the
 * same contract tests (tests/contract/test_store.c).
 *
 * These functions only move rows: the rules (password policy, hashing,
 * TOTP, lockout, expiry) are the accounts module's. Account changes are
 * not case events and are not in the hash chains (docs/hashkaede.md).
 * Nothing here ever sees a password, a session token or an API token in
 * clear: the module hands over an Argon2id string and SHA-256 hashes.
 *
 * Times are Unix seconds (UTC), given by the caller. Every change is its
 * own transaction, or joins the caller's (sag_store_begynd). Read-modify-
 * write sequences (the failure counter) belong in the caller's write
 * transaction: SQLite serialises writers with BEGIN IMMEDIATE; the
 * PostgreSQL adapter takes the account row's lock (SELECT … FOR UPDATE)
 * when sag_store_konto_hent runs inside a transaction.
 *
 * Implemented in src/store/store.c on top of the adapter's ops. A handle
 * is one connection: use one per thread.
 */
#ifndef SAG_KONTO_STORE_H
#define SAG_KONTO_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "skadesag/arena.h"
#include "skadesag/status.h"

struct sag_store;

/* An account row. Strings are NUL-terminated; NULL where the column is
 * NULL (team: every team; cpr, forsikring: not that kind of account). */
struct sag_konto_post {
    const char *navn;
    const char *rolle; /* a role's name (tjeneste.h), as text */
    const char *team, *cpr, *forsikring;
    const char *kodeord_hash;  /* crypto_pwhash_str output */
    const unsigned char *totp; /* raw TOTP seed; NULL: no second factor */
    size_t totp_len;
    int64_t totp_brugt; /* the last TOTP time step accepted (no reuse) */
    bool aktiv;
    int fejl;             /* consecutive failed logins */
    int64_t spaerret_til; /* no login before this time (0: none) */
    int64_t oprettet, aendret;
};

/* A session row: `token_hash` is the SHA-256 (hex) of the token. */
struct sag_session_post {
    const char *token_hash, *bruger, *csrf;
    int64_t oprettet, sidst_brugt, udloeber;
};

/* An API token row: `token_hash` is the SHA-256 (hex) of the token;
 * `udloeber` 0 means no expiry (NULL in the database). */
struct sag_noegle_post {
    const char *token_hash, *bruger, *beskrivelse;
    unsigned scope;
    int64_t oprettet, udloeber;
    bool aktiv;
};

/* ---- accounts ---- */

/* Store a new account. SAG_ECONFLICT "/navn" if the name is taken,
 * "/cpr" if the CPR number has an account already. */
enum sag_status sag_store_konto_opret(struct sag_store *s,
                                      const struct sag_konto_post *k,
                                      struct sag_diag *d);

/* An account by name, its strings and seed in `a`. SAG_ENOTFOUND "/navn"
 * for an unknown name. `*ud` is written only on success. */
enum sag_status sag_store_konto_hent(struct sag_store *s, const char *navn,
                                     struct sag_arena *a,
                                     struct sag_konto_post *ud,
                                     struct sag_diag *d);

/* Replace every column but the name and `oprettet` of the account
 * `k->navn`. SAG_ENOTFOUND if there is none. */
enum sag_status sag_store_konto_opdater(struct sag_store *s,
                                        const struct sag_konto_post *k,
                                        struct sag_diag *d);

/* Every account by name. The strings live until the callback returns,
 * which returns 0 to go on and must not call back into the store. */
enum sag_status sag_store_konti(struct sag_store *s,
                                int (*cb)(void *ctx,
                                          const struct sag_konto_post *k),
                                void *ctx, struct sag_diag *d);

/* ---- sessions ---- */

/* Store a new session (its account must exist: SAG_ECONFLICT if not). */
enum sag_status sag_store_session_opret(struct sag_store *s,
                                        const struct sag_session_post *p,
                                        struct sag_diag *d);

/* A session by its token's hash, strings in `a`; SAG_ENOTFOUND. */
enum sag_status sag_store_session_hent(struct sag_store *s,
                                       const char *token_hash,
                                       struct sag_arena *a,
                                       struct sag_session_post *ud,
                                       struct sag_diag *d);

/* Set a session's `sidst_brugt`. A session that is gone is no error. */
enum sag_status sag_store_session_roer(struct sag_store *s,
                                       const char *token_hash,
                                       int64_t sidst_brugt, struct sag_diag *d);

/* End one session (nothing to end is no error). */
enum sag_status sag_store_session_slet(struct sag_store *s,
                                       const char *token_hash,
                                       struct sag_diag *d);

/* End the sessions of `bruger`, or of everybody when `bruger` is NULL,
 * except the newest `behold` of each account (0: all of them). Writes how
 * many were ended to `antal` (may be NULL). */
enum sag_status sag_store_sessioner_slet(struct sag_store *s,
                                         const char *bruger, size_t behold,
                                         size_t *antal, struct sag_diag *d);

/* Remove every session expired at `nu`: past `udloeber`, or unused since
 * `sidst_brugt_foer` (idle). Writes how many to `antal` (may be NULL). */
enum sag_status sag_store_sessioner_ryd(struct sag_store *s, int64_t nu,
                                        int64_t sidst_brugt_foer, size_t *antal,
                                        struct sag_diag *d);

/* ---- API tokens ---- */

/* Store a new API token (its account must exist: SAG_ECONFLICT if not). */
enum sag_status sag_store_noegle_opret(struct sag_store *s,
                                       const struct sag_noegle_post *p,
                                       struct sag_diag *d);

/* An API token by its hash, strings in `a`; SAG_ENOTFOUND. */
enum sag_status sag_store_noegle_hent(struct sag_store *s,
                                      const char *token_hash,
                                      struct sag_arena *a,
                                      struct sag_noegle_post *ud,
                                      struct sag_diag *d);

/* Revoke every API token of `bruger` (kept, inactive, for the record).
 * Writes how many were active to `antal` (may be NULL). */
enum sag_status sag_store_noegler_deaktiver(struct sag_store *s,
                                            const char *bruger, size_t *antal,
                                            struct sag_diag *d);

#endif /* SAG_KONTO_STORE_H */
