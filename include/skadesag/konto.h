/*
 * Accounts (konti), login, sessions and API tokens: what an HTTP server
 * calls to know who is asking, and what the command line (skadesag
 * bruger) calls to manage accounts. Built for OWASP ASVS 5.0 level 2; the
 * decisions, the limits and what is left to the server are in
 * docs/adgang.md.
 *
 * - Passwords: at least 12 characters (Unicode code points), up to 1024
 *   bytes, any characters, no composition rules; not the user name, not a
 *   word from the documented context list or the list of common passwords
 *   (kontekstord.txt and almindelige_kodeord.txt in src/konto). Stored as libsodium Argon2id strings
 *   (crypto_pwhash_str, OPSLIMIT_INTERACTIVE and MEMLIMIT_INTERACTIVE:
 *   2 passes over 64 MiB), rehashed at login when the parameters change.
 * - Second factor: TOTP (RFC 6238: HMAC-SHA-1, 6 digits, 30 s, one step
 *   either side), each time step usable once per account.
 * - Sessions: a 256-bit random token (randombytes_buf) as 64 hex digits,
 *   of which only the SHA-256 is stored; a CSRF token per session; idle
 *   timeout 30 minutes, absolute lifetime 12 hours; at most 10 sessions
 *   per account (the oldest ends).
 * - Throttling: after 5 consecutive failed logins the account is locked
 *   for 1, 2, 4, … minutes (at most 60) per further failure.
 * - API tokens: like session tokens (only the SHA-256 stored), with a
 *   scope; they end when revoked or their account is disabled.
 *
 * Every function takes the time `nu` (Unix seconds, UTC) from its caller:
 * the server passes its clock, tests pass what they need. Messages are
 * Danish and never contain a password, a token, a TOTP code or a CPR
 * number; a failed login says the same whatever was wrong. Out-params are
 * written only on SAG_OK.
 *
 * libsodium and liboath are initialised by the module itself, once, on
 * first use (call_once: thread-safe). Functions are thread-safe as long as
 * each thread uses its own store handle. Implemented in src/konto/konto.c.
 */
#ifndef SAG_KONTO_H
#define SAG_KONTO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "skadesag/sag.h"
#include "skadesag/status.h"
#include "skadesag/tjeneste.h"

struct sag_store;

/* ---- the rules' numbers (docs/adgang.md) ---- */

#define SAG_KONTO_KODEORD_MIN 12      /* characters (code points) */
#define SAG_KONTO_KODEORD_MAKS 1024   /* bytes */
#define SAG_KONTO_MAKS_FEJL 5         /* failures before the first lock */
#define SAG_KONTO_SPAERRING_MAKS 3600 /* seconds: the longest lock */
#define SAG_SESSION_INAKTIV 1800      /* seconds idle before a session ends */
#define SAG_SESSION_LEVETID 43200     /* seconds: absolute lifetime */
#define SAG_SESSION_ROER 60 /* sidst_brugt is written at most this often */
#define SAG_KONTO_MAKS_SESSIONER 10 /* per account; the oldest ends */
#define SAG_TOTP_TRIN 30            /* seconds per TOTP step */

/* An account as the rest of the system sees it: no secrets. */
struct sag_konto {
    char navn[64]; /* ASCII letters, digits, '.', '-', '_'; 1-63 */
    enum sag_rolle rolle;
    char team[32];             /* "" = all teams */
    char cpr[SAG_CPR_LEN + 1]; /* citizen accounts: their CPR number */
    char forsikring[64];       /* insurer accounts: which insurer */
    bool aktiv, totp;
    int64_t spaerret_til; /* no login before this time; 0: not locked */
};

#define SAG_TOKEN_HEX 65 /* 32 random bytes as hex + NUL */

/* A new session: hand `token` to the browser once (a cookie, docs/
 * adgang.md) and `csrf` to the page; neither is stored in clear. */
struct sag_session_ny {
    char token[SAG_TOKEN_HEX];
    char csrf[SAG_TOKEN_HEX];
    struct sag_konto konto;
    int64_t udloeber; /* the absolute end; the idle timeout comes first */
};

/* Log in with a password and, when the account has one, a TOTP code
 * (ignored for an account without). Success: a NEW session, the failure
 * counter reset, the password rehashed if the hashing parameters changed.
 * Failure: SAG_EADGANG, field "/login", one message whatever was wrong
 * (unknown user, wrong password or code, a code already used, a disabled
 * account); an unknown user costs the same Argon2id verification as a
 * known one. The failure that reaches 5 in a row, and every attempt while
 * the account is locked, is SAG_EFORMANGE naming when to try again; each
 * further failure after a lock doubles it (1, 2, 4, … minutes, at most
 * 60). A locked account is refused without checking the password.
 * SAG_EIO/SAG_ENOMEM/SAG_EINTERNAL for the store or libraries.
 * The server should end the session the browser came with, if any
 * (sag_konto_logout), when a login succeeds (ASVS 7.2.4). */
enum sag_status sag_konto_login(struct sag_store *s, const char *navn,
                                const char *kodeord, const char *totp_kode,
                                int64_t nu, struct sag_session_ny *ud,
                                struct sag_diag *d);

/* The session of a token: SAG_EADGANG "/session" if unknown, expired
 * (idle SAG_SESSION_INAKTIV since last use, or past its absolute end) or
 * its account disabled; an expired or orphaned session is removed.
 * Otherwise the account (its current role) and the session's CSRF token;
 * the last use is recorded at most once a minute. */
enum sag_status sag_konto_session(struct sag_store *s, const char *token,
                                  int64_t nu, struct sag_konto *ud,
                                  char csrf[SAG_TOKEN_HEX], struct sag_diag *d);

/* As sag_konto_session, with the idle timeout `inaktiv_sek` (1 to
 * SAG_SESSION_INAKTIV; an assertion) in place of SAG_SESSION_INAKTIV: a
 * server may end idle sessions sooner than the default, never later (every
 * login removes the sessions idle SAG_SESSION_INAKTIV). The last use is
 * recorded at most once a minute and at least every 1/30 of the idle
 * timeout, so a session in use does not time out however short it is. */
enum sag_status sag_konto_session_v2(struct sag_store *s, const char *token,
                                     int64_t nu, int64_t inaktiv_sek,
                                     struct sag_konto *ud,
                                     char csrf[SAG_TOKEN_HEX],
                                     struct sag_diag *d);

/* End one session. An unknown or malformed token is SAG_OK: logging out
 * twice is no error and tells nothing. */
enum sag_status sag_konto_logout(struct sag_store *s, const char *token,
                                 struct sag_diag *d);

/* API tokens for systems (insurers, unions): scope bits. */
#define SAG_SCOPE_BEREGN 1u /* the stateless calculation */
#define SAG_SCOPE_SAGER 2u /* case endpoints, as the token's account and role */
#define SAG_SCOPE_ALLE (SAG_SCOPE_BEREGN | SAG_SCOPE_SAGER)

/* The account and scope of an API token: SAG_EADGANG "/noegle" if
 * unknown, revoked, expired, or its account disabled. */
enum sag_status sag_konto_noegle(struct sag_store *s, const char *token,
                                 int64_t nu, struct sag_konto *ud,
                                 unsigned *scope, struct sag_diag *d);

/* ---- administration (skadesag bruger) ---- */

/* Create an account: `k->navn`, `k->rolle`, `k->team`, and `k->cpr` for a
 * citizen (required, only there) or `k->forsikring` for an insurer
 * (required, only there); `k->aktiv` and `k->totp` are ignored (a new
 * account is active; `totp` decides the second factor). With `totp`, the
 * new TOTP seed in base32 is written to `totp_base32` to enrol (see
 * sag_konto_otpauth); without, "". SAG_EINVAL names the field (/navn,
 * /rolle, /team, /cpr, /forsikring, /kodeord); SAG_ECONFLICT if the name
 * or the CPR number has an account. */
enum sag_status sag_konto_opret(struct sag_store *s, const struct sag_konto *k,
                                const char *kodeord, bool totp,
                                char totp_base32[64], int64_t nu,
                                struct sag_diag *d);

/* Change a staff account's role and team (takes effect at the sessions'
 * next request). Citizen and insurer accounts keep their role: a person
 * changing sides gets a new account. SAG_ENOTFOUND, SAG_EINVAL. */
enum sag_status sag_konto_saet_rolle(struct sag_store *s, const char *navn,
                                     enum sag_rolle rolle, const char *team,
                                     int64_t nu, struct sag_diag *d);

/* Disable an account: it can no longer log in, and its sessions and API
 * tokens end (ASVS 7.4.2). Disabling a disabled account is SAG_OK. */
enum sag_status sag_konto_deaktiver(struct sag_store *s, const char *navn,
                                    int64_t nu, struct sag_diag *d);

/* Enable a disabled account again and unlock it; its old API tokens stay
 * revoked. */
enum sag_status sag_konto_aktiver(struct sag_store *s, const char *navn,
                                  int64_t nu, struct sag_diag *d);

/* A new password (the policy as at creation), unlock, end every session
 * of the account. The second factor is kept. */
enum sag_status sag_konto_nulstil(struct sag_store *s, const char *navn,
                                  const char *nyt_kodeord, int64_t nu,
                                  struct sag_diag *d);

/* The user changes their own password (ASVS 6.2.2, 6.2.3): the current
 * one must be given and right (a wrong one counts as a failed login and
 * is SAG_EADGANG "/kodeord"; a locked account is SAG_EFORMANGE), the new
 * one meets the policy. Every other session of the account ends (ASVS
 * 7.4.3); the session of `behold_token` (may be NULL), the one the change
 * was made in, is kept. */
enum sag_status sag_konto_skift_kodeord(struct sag_store *s, const char *navn,
                                        const char *nuvaerende, const char *nyt,
                                        const char *behold_token, int64_t nu,
                                        struct sag_diag *d);

/* End the sessions of one account, or of every account when `navn` is
 * NULL (ASVS 7.4.5). Writes how many to `antal` (may be NULL). */
enum sag_status sag_konto_afslut_sessioner(struct sag_store *s,
                                           const char *navn, size_t *antal,
                                           struct sag_diag *d);

/* Remove every expired session (a server's timer; logins do it too). */
enum sag_status sag_konto_ryd(struct sag_store *s, int64_t nu, size_t *antal,
                              struct sag_diag *d);

enum sag_status sag_konto_hent(struct sag_store *s, const char *navn,
                               struct sag_konto *ud, struct sag_diag *d);

/* Every account by name; the callback returns 0 to go on. */
enum sag_status sag_konto_liste(struct sag_store *s,
                                int (*cb)(void *ctx, const struct sag_konto *k),
                                void *ctx, struct sag_diag *d);

/* The current TOTP code of an account (for demo accounts and tests;
 * whoever can read the database has the seed anyway). SAG_ENOTFOUND
 * "/totp" for an account without a second factor. */
enum sag_status sag_konto_totp_kode(struct sag_store *s, const char *navn,
                                    int64_t nu, char kode[8],
                                    struct sag_diag *d);

/* A new API token for an account, shown once: `scope` is a non-empty set
 * of SAG_SCOPE_* bits; `beskrivelse` (may be NULL) says what it is for. */
enum sag_status sag_konto_noegle_opret(struct sag_store *s, const char *navn,
                                       unsigned scope, const char *beskrivelse,
                                       int64_t nu, char token[SAG_TOKEN_HEX],
                                       struct sag_diag *d);

/* ---- helpers ---- */

/* Does `kodeord` meet the policy for the account `navn`? SAG_OK, or
 * SAG_EMISSING/SAG_EINVAL "/kodeord" with the reason. Pure. */
enum sag_status sag_konto_kodeord_tjek(const char *navn, const char *kodeord,
                                       struct sag_diag *d);

/* Is `navn` a valid account name? SAG_EINVAL "/navn" if not. Pure. */
enum sag_status sag_konto_navn_tjek(const char *navn, struct sag_diag *d);

/* The otpauth:// URI an authenticator app enrols from (as a QR code). */
enum sag_status sag_konto_otpauth(const char *navn, const char *totp_base32,
                                  char ud[256], struct sag_diag *d);

#endif /* SAG_KONTO_H */
