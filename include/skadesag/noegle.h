/*
 * The key ring (docs/sikkerhed.md): the secret keys that make the event
 * log tamper-evident, kept in a file OUTSIDE the database. Each key has a
 * number (1, 2, …); the highest is the current one, older ones stay for
 * verifying what they chained. A key holds
 *   - a 32-byte HMAC-SHA-256 key (the events' and anchors' chain), and
 *   - a 32-byte Ed25519 seed (the signed checkpoints).
 *
 * File format, one key a line ('#' starts a comment):
 *   skadesag-noegle/1 NR OPRETTET HMAC-HEX ED25519-SEED-HEX
 * The file must be a regular file owned by the user and readable by no
 * one else (like ssh's private keys: chmod 600).
 *
 * Where: --noeglefil (the CLI), else $SKADESAG_NOEGLEFIL, else
 * $XDG_CONFIG_HOME/skadesag/noegler, else $HOME/.config/skadesag/noegler.
 */
#ifndef SAG_NOEGLE_H
#define SAG_NOEGLE_H

#include <stdbool.h>
#include <stddef.h>

#include "skadesag/status.h"

#define SAG_NOEGLE_MAC_LEN 32
#define SAG_NOEGLE_SIGN_PK_LEN 32
#define SAG_NOEGLE_SIGN_SK_LEN 64
#define SAG_NOEGLE_MAX 64 /* keys in one ring */

struct sag_noegle {
    int nr;
    char oprettet[24];
    unsigned char mac[SAG_NOEGLE_MAC_LEN];
    unsigned char sign_pk[SAG_NOEGLE_SIGN_PK_LEN];
    unsigned char sign_sk[SAG_NOEGLE_SIGN_SK_LEN];
};

struct sag_noeglering {
    size_t n;             /* keys, ascending by nr */
    struct sag_noegle *k; /* sodium_malloc'ed */
    char sti[4096];       /* the file it came from */
};

/* The key file's path by the rules above into ud[n]; `valgt` is the
 * command line's --noeglefil or NULL. SAG_EMISSING when no rule gives
 * one (no HOME). */
enum sag_status sag_noeglering_sti(const char *valgt, char *ud, size_t n,
                                   struct sag_diag *d);

/* Read and check the key ring at `sti`: SAG_ENOTFOUND when there is no
 * file, SAG_EDENIED when others may read it or it is not the user's,
 * SAG_EINVAL for a malformed line (named by its number). */
enum sag_status sag_noeglering_laes(const char *sti, struct sag_noeglering **ud,
                                    struct sag_diag *d);

void sag_noeglering_frigiv(struct sag_noeglering *r);

/* The current (newest) key; NULL for an empty ring. */
const struct sag_noegle *sag_noeglering_aktuel(const struct sag_noeglering *r);

/* The key numbered `nr`; NULL when the ring does not have it. */
const struct sag_noegle *sag_noeglering_find(const struct sag_noeglering *r,
                                             int nr);

/* Create the key file at `sti` with one new random key (mode 0600, the
 * directory created 0700 if missing); SAG_ECONFLICT if it exists.
 * `roter`: instead append a new key numbered one above the newest to an
 * existing ring (which must pass sag_noeglering_laes). The new key's
 * number into *nr. `tid` is the creation time written beside it. */
enum sag_status sag_noeglering_ny(const char *sti, bool roter, const char *tid,
                                  int *nr, struct sag_diag *d);

#endif /* SAG_NOEGLE_H */
