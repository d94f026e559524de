/*
 * SHA-256 (FIPS 180-4), used for the checksum of the loaded rate tables and
 * the hash chain of the event log. Small and dependency-free so the core can
 * use it without linking a crypto library.
 */
#ifndef SAG_SHA256_H
#define SAG_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct sag_sha256 {
    uint32_t h[8];
    uint64_t laengde; /* bytes hashed so far */
    unsigned char blok[64];
    size_t fyldt;
};

#define SAG_SHA256_HEX_LEN 64

void sag_sha256_init(struct sag_sha256 *c);
void sag_sha256_update(struct sag_sha256 *c, const void *data, size_t n);
void sag_sha256_final(struct sag_sha256 *c, unsigned char digest[32]);
/* Lower-case hex of a digest into out[65]. */
void sag_sha256_hex(const unsigned char digest[32], char out[65]);

#endif /* SAG_SHA256_H */
