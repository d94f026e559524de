/*
 * SHA-256 (FIPS 180-4), used for the checksum of the loaded rate tables,
 * the letters' and documents' content hashes and the token hashes. A thin
 * wrapper over libsodium's crypto_hash_sha256 (src/base/sha256_sodium.c),
 * so that callers keep one small interface and no header outside src/base
 * needs <sodium.h>.
 */
#ifndef SAG_SHA256_H
#define SAG_SHA256_H

#include <stddef.h>
#include <stdint.h>

/* Room for libsodium's crypto_hash_sha256_state (104 bytes); the size is
 * checked at compile time in the implementation. */
struct sag_sha256 {
    _Alignas(8) unsigned char tilstand[128];
};

#define SAG_SHA256_HEX_LEN 64

void sag_sha256_init(struct sag_sha256 *c);
void sag_sha256_update(struct sag_sha256 *c, const void *data, size_t n);
void sag_sha256_final(struct sag_sha256 *c, unsigned char digest[32]);
/* Lower-case hex of a digest into out[65]. */
void sag_sha256_hex(const unsigned char digest[32], char out[65]);

#endif /* SAG_SHA256_H */
