/*
 * Test support for the store contract suite (tests/contract): the few
 * things only an adapter knows, so that the suite itself is the same for
 * every adapter. How to start from an empty database at a URL; how to
 * change stored data behind the store's back, as an attacker with access
 * to the database files could; and, for an adapter that once had an older
 * schema, how to turn a store into what the older program left.
 *
 * Built into a static library that only tests link, never into
 * libskadesag: none of this belongs in a program that keeps cases.
 */
#ifndef SAG_STORE_TEST_H
#define SAG_STORE_TEST_H

#include "skadesag/status.h"

struct sag__store_test {
    const char *navn; /* "sqlite": prefixes the test names */
    /* Remove whatever store is at `url` (nothing there is fine), so that
     * the next sag_store_aabn(url, SAG_STORE_OPRET, …) starts empty. */
    enum sag_status (*nulstil)(const char *url, struct sag_diag *d);
    /* Run SQL directly on the database at `url`, bypassing the store (the
     * store must be closed, or it may not see the change). */
    enum sag_status (*raa)(const char *url, const char *sql,
                           struct sag_diag *d);
    /* Rewrite the closed store at `url` as a program with schema version 4
     * would have left it: the tables of migrations 1-4 only, every event
     * in the global hash chain. NULL for an adapter that never had schema
     * 4 (its tests of the migration are skipped). */
    enum sag_status (*skema4)(const char *url, struct sag_diag *d);
};

/* The test support of the adapter that serves `url`; NULL if none. */
const struct sag__store_test *sag__store_test(const char *url);

#endif /* SAG_STORE_TEST_H */
