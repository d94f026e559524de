/*
 * store_skema4 STI: rewrite the closed SQLite store at STI as a program
 * with schema version 4 (one global hash chain) would have left it, so the
 * command-line tests can check the migration from there.
 */
#include <stdio.h>

#include "skadesag/buf.h"

#include "../../src/store/store_test.h"

#include "../../src/base/banned.h"

int
main(int argc, char **argv)
{
    struct sag_buf url;
    struct sag_diag d;
    const struct sag__store_test *t;
    enum sag_status st;

    if (argc != 2) {
        (void)fprintf(stderr, "brug: store_skema4 STI\n");
        return 2;
    }
    sag_buf_init(&url, 0);
    sag_buf_addf(&url, "sqlite:%s", argv[1]);
    t = sag__store_test(url.buf);
    st = t != NULL && t->skema4 != NULL ? t->skema4(url.buf, &d) : SAG_EINVAL;
    sag_buf_release(&url);
    if (st != SAG_OK) {
        (void)fprintf(stderr, "store_skema4: %s\n",
                      t != NULL ? d.besked : "ukendt lager");
        return 1;
    }
    return 0;
}
