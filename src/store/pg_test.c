/*
 * Test support for the PostgreSQL adapter (store_test.h). Not part of
 * libskadesag. Starting empty drops and recreates the database's public
 * schema (the test cluster's user owns it); tampering runs SQL over its own
 * connection.
 */
#include <stdio.h>
#include <string.h>

#include <libpq-fe.h>

#include "store_int.h"
#include "store_test.h"

#include "../base/banned.h"

static enum sag_status
kor(const char *url, const char *sql, struct sag_diag *d)
{
    PGconn *db = PQconnectdb(url);
    PGresult *res;
    enum sag_status r = SAG_OK;

    if (PQstatus(db) != CONNECTION_OK) {
        r = sag_diag_set(d, SAG_EIO, "/db", "kan ikke forbinde: %s",
                         PQerrorMessage(db));
        PQfinish(db);
        return r;
    }
    res = PQexec(db, sql);
    if (PQresultStatus(res) != PGRES_COMMAND_OK &&
        PQresultStatus(res) != PGRES_TUPLES_OK)
        r = sag_diag_set(d, SAG_EIO, "", "%s", PQerrorMessage(db));
    PQclear(res);
    PQfinish(db);
    return r;
}

static enum sag_status
nulstil(const char *url, struct sag_diag *d)
{
    return kor(url,
               "SET client_min_messages = warning; DROP SCHEMA public "
               "CASCADE; CREATE SCHEMA public",
               d);
}

static enum sag_status
raa(const char *url, const char *sql, struct sag_diag *d)
{
    return kor(url, sql, d);
}

/* PostgreSQL stores never had schema 4: no skema4. */
const struct sag__store_test sag__pg_test = {
    .navn = "postgresql",
    .nulstil = nulstil,
    .raa = raa,
    .skema4 = NULL,
};
