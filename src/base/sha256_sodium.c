/*
 * SHA-256 from libsodium (crypto_hash_sha256). The hand-written
 * implementation this replaces is gone (issue 16): one audited
 * implementation of the primitive, shared with the keyed chain's
 * HMAC-SHA-256 and the checkpoints' Ed25519.
 */
#include <sodium.h>

#include "skadesag/sha256.h"

#include "banned.h"

_Static_assert(sizeof(crypto_hash_sha256_state) <=
                   sizeof(((struct sag_sha256 *)0)->tilstand),
               "struct sag_sha256 too small for libsodium's state");
_Static_assert(_Alignof(crypto_hash_sha256_state) <= 8,
               "struct sag_sha256 under-aligned for libsodium's state");

void
sag_sha256_init(struct sag_sha256 *c)
{
    (void)crypto_hash_sha256_init((crypto_hash_sha256_state *)c->tilstand);
}

void
sag_sha256_update(struct sag_sha256 *c, const void *data, size_t n)
{
    if (n > 0)
        (void)crypto_hash_sha256_update((crypto_hash_sha256_state *)c->tilstand,
                                        data, (unsigned long long)n);
}

void
sag_sha256_final(struct sag_sha256 *c, unsigned char digest[32])
{
    (void)crypto_hash_sha256_final((crypto_hash_sha256_state *)c->tilstand,
                                   digest);
    sodium_memzero(c->tilstand, sizeof(c->tilstand));
}

void
sag_sha256_hex(const unsigned char digest[32], char out[65])
{
    (void)sodium_bin2hex(out, 65, digest, 32);
}
