/*
 * The export of every case in one process, for comparing stores of a
 * whole portfolio (tests/pg/portefolje.sh): `skadesag sag eksport` once
 * per case would start a quarter of a million processes.
 *
 * Usage: eksport_alle DB < sagsnumre
 * Reads one case id a line; prints "<id> <SHA-256 of its export>" for
 * each, the export being the bytes `skadesag sag eksport ID` prints (the
 * same sag_tj_eksport and sag_eksport_json, as a legal officer, reason
 * "kopikontrol"). Exit 1 on the first case that cannot be exported.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "skadesag/mappe_json.h"
#include "skadesag/sha256.h"
#include "skadesag/store.h"
#include "skadesag/tjeneste.h"

#include "../../src/base/banned.h"

int
main(int argc, char **argv)
{
    struct sag_store *s = NULL;
    struct sag_tj k;
    struct sag_diag d;
    struct sag_dato idag;
    struct sag_tj_mappe *mp = malloc(sizeof(*mp));
    char linje[256];
    long antal = 0;

    if (argc != 2 || mp == NULL) {
        (void)fprintf(stderr, "brug: eksport_alle DB < sagsnumre\n");
        return 2;
    }
    sag_diag_init(&d);
    if (sag_store_aabn(argv[1], 0, &s, &d) != SAG_OK) {
        (void)fprintf(stderr, "eksport_alle: %s %s\n", d.felt, d.besked);
        return 1;
    }
    /* Any fixed day after the portfolio: the same for every store. */
    (void)sag_dato_fra_ymd(2026, 12, 31, &idag);
    sag_tj_init(&k, s, NULL, "kopikontrol", SAG_ROLLE_JURIST, idag);
    /* The exports' read-log entries committed 2.000 at a time (one fsync
     * per export would be most of the time on SQLite). */
    if (sag_store_begynd(s, &d) != SAG_OK) {
        (void)fprintf(stderr, "eksport_alle: %s\n", d.besked);
        return 1;
    }
    while (fgets(linje, sizeof(linje), stdin) != NULL) {
        struct sag_arena a;
        struct sag_buf b;
        struct sag_sha256 c;
        unsigned char h[32];
        char hex[65];

        linje[strcspn(linje, "\r\n")] = '\0';
        if (linje[0] == '\0')
            continue;
        sag_arena_init(&a, 0);
        sag_buf_init(&b, 0);
        if (sag_tj_eksport(&k, linje, "kopikontrol", &a, mp, &d) != SAG_OK) {
            (void)fprintf(stderr, "eksport_alle: %s: %s %s\n", linje, d.felt,
                          d.besked);
            return 1;
        }
        sag_eksport_json(mp, &b);
        if (sag_buf_status(&b) != SAG_OK) {
            (void)fprintf(stderr, "eksport_alle: ikke mere hukommelse\n");
            return 1;
        }
        sag_sha256_init(&c);
        sag_sha256_update(&c, b.buf, b.len);
        sag_sha256_final(&c, h);
        sag_sha256_hex(h, hex);
        (void)printf("%s %s\n", linje, hex);
        sag_buf_release(&b);
        sag_arena_release(&a);
        if (++antal % 2000 == 0 && (sag_store_bekraeft(s, &d) != SAG_OK ||
                                    sag_store_begynd(s, &d) != SAG_OK)) {
            (void)fprintf(stderr, "eksport_alle: %s\n", d.besked);
            return 1;
        }
    }
    if (sag_store_bekraeft(s, &d) != SAG_OK) {
        (void)fprintf(stderr, "eksport_alle: %s\n", d.besked);
        return 1;
    }
    sag_store_luk(s);
    free(mp);
    (void)fprintf(stderr, "eksport_alle: %ld sager\n", antal);
    return 0;
}
