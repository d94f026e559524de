/*
 * Test support for the SQLite adapter (store_test.h). Not part of
 * libskadesag.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "skadesag/alloc.h"
#include "skadesag/buf.h"

#include "store_int.h"
#include "store_test.h"

#include "../base/banned.h"

extern const char *const sag__migrationer_sqlite[];
extern const size_t sag__migrationer_sqlite_antal;

/* The path in "sqlite:PATH". */
static const char *
sti(const char *url)
{
    return strncmp(url, "sqlite:", 7) == 0 ? url + 7 : url;
}

static enum sag_status
slet(const char *fil, struct sag_diag *d)
{
    static const char *const ender[] = { "", "-wal", "-shm", "-journal" };

    for (size_t i = 0; i < sizeof(ender) / sizeof(ender[0]); i++) {
        char navn[1024];

        if (snprintf(navn, sizeof(navn), "%s%s", fil, ender[i]) >=
            (int)sizeof(navn))
            return sag_diag_set(d, SAG_ETOOBIG, "/db", "for lang sti");
        if (unlink(navn) != 0 && errno != ENOENT)
            return sag_diag_set(d, SAG_EIO, "/db", "kan ikke slette %s: %s",
                                navn, strerror(errno));
    }
    return SAG_OK;
}

static enum sag_status
nulstil(const char *url, struct sag_diag *d)
{
    return slet(sti(url), d);
}

static enum sag_status
fejl(sqlite3 *db, struct sag_diag *d, const char *hvad)
{
    return sag_diag_set(d, SAG_EIO, "", "%s: %s", hvad,
                        db ? sqlite3_errmsg(db) : "?");
}

static enum sag_status
raa(const char *url, const char *sql, struct sag_diag *d)
{
    sqlite3 *db = NULL;
    enum sag_status st = SAG_OK;

    if (sqlite3_open_v2(sti(url), &db, SQLITE_OPEN_READWRITE, NULL) !=
            SQLITE_OK ||
        sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
        st = fejl(db, d, "manipulation");
    (void)sqlite3_close(db);
    return st;
}

/* Copy every table of the schema-4 database `main` from the attached
 * current one (`ny`), column by column as schema 4 has them; a column
 * schema 4 had and the current schema dropped (sager.sidste_seq, which
 * nothing read) gets 0. Identifiers come from our own schema, not from
 * input, so they are quoted into the SQL; values are never. */
static enum sag_status
kopier_tabeller(sqlite3 *db, struct sag_diag *d)
{
    sqlite3_stmt *tab = NULL, *kol = NULL;
    struct sag_buf sql;
    enum sag_status st = SAG_OK;

    sag_buf_init(&sql, 0);
    if (sqlite3_prepare_v2(db,
                           "SELECT name FROM main.sqlite_master WHERE type = "
                           "'table' AND name NOT LIKE 'sqlite_%' ORDER BY "
                           "name",
                           -1, &tab, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db,
                           "SELECT m.name, n.name IS NOT NULL FROM "
                           "pragma_table_info(?1, 'main') m LEFT JOIN "
                           "pragma_table_info(?1, 'ny') n ON n.name = m.name",
                           -1, &kol, NULL) != SQLITE_OK) {
        st = fejl(db, d, "skema 4");
        goto ud;
    }
    while (st == SAG_OK && sqlite3_step(tab) == SQLITE_ROW) {
        const char *navn = (const char *)sqlite3_column_text(tab, 0);
        struct sag_buf til, fra;

        sag_buf_init(&til, 0);
        sag_buf_init(&fra, 0);
        (void)sqlite3_reset(kol);
        (void)sqlite3_bind_text(kol, 1, navn, -1, SQLITE_TRANSIENT);
        while (sqlite3_step(kol) == SQLITE_ROW) {
            const char *k = (const char *)sqlite3_column_text(kol, 0);

            sag_buf_addf(&til, "%s\"%s\"", til.len ? ", " : "", k);
            if (sqlite3_column_int(kol, 1))
                sag_buf_addf(&fra, "%s\"%s\"", fra.len ? ", " : "", k);
            else
                sag_buf_addf(&fra, "%s0", fra.len ? ", " : "");
        }
        sag_buf_reset(&sql);
        sag_buf_addf(&sql,
                     "INSERT OR REPLACE INTO main.\"%s\"(%s) SELECT %s FROM "
                     "ny.\"%s\"",
                     navn, til.buf, fra.buf, navn);
        if (sag_buf_status(&til) != SAG_OK || sag_buf_status(&fra) != SAG_OK ||
            sag_buf_status(&sql) != SAG_OK)
            st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
        else if (sqlite3_exec(db, sql.buf, NULL, NULL, NULL) != SQLITE_OK)
            st = fejl(db, d, navn);
        sag_buf_release(&fra);
        sag_buf_release(&til);
    }
ud:
    (void)sqlite3_finalize(kol);
    (void)sqlite3_finalize(tab);
    sag_buf_release(&sql);
    return st;
}

/* Re-hash every event into the global chain of schema 1-4, as that
 * program wrote it (its first event's forrige_hash was empty). */
static enum sag_status
global_kaede(sqlite3 *db, struct sag_diag *d)
{
    sqlite3_stmt *les = NULL, *skriv = NULL;
    char forrige[65] = SAG__NUL_HASH;
    enum sag_status st = SAG_OK;
    int rc;

    if (sqlite3_prepare_v2(db,
                           "SELECT seq, sag_id, nr, type, dato, registreret, "
                           "bruger, begrundelse, data FROM main.haendelser "
                           "ORDER BY seq",
                           -1, &les, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db,
                           "UPDATE main.haendelser SET forrige_hash = ?2, "
                           "hash = ?3 WHERE seq = ?1",
                           -1, &skriv, NULL) != SQLITE_OK) {
        st = fejl(db, d, "global hashkæde");
        goto ud;
    }
    /* Updating a row of the table being read is safe here: the read is in
     * rowid order and only non-key columns change. */
    while (st == SAG_OK && (rc = sqlite3_step(les)) == SQLITE_ROW) {
        struct sag_haendelse_post p;
        long long seq = sqlite3_column_int64(les, 0);
        char hash[65];

#define T(i) ((const char *)sqlite3_column_text(les, (i)))
        memset(&p, 0, sizeof(p));
        p.nr = sqlite3_column_int(les, 2);
        p.type = T(3);
        p.dato = T(4);
        p.registreret = T(5);
        p.bruger = T(6);
        p.begrundelse = T(7);
        p.data = T(8);
        sag__haendelse_hash_v1(seq, T(1), &p, forrige, hash);
#undef T
        (void)sqlite3_reset(skriv);
        (void)sqlite3_bind_int64(skriv, 1, seq);
        (void)sqlite3_bind_text(skriv, 2, seq == 1 ? "" : forrige, -1,
                                SQLITE_TRANSIENT);
        (void)sqlite3_bind_text(skriv, 3, hash, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(skriv) != SQLITE_DONE)
            st = fejl(db, d, "global hashkæde");
        memcpy(forrige, hash, sizeof(hash));
    }
ud:
    (void)sqlite3_finalize(skriv);
    (void)sqlite3_finalize(les);
    return st;
}

static enum sag_status
skema4(const char *url, struct sag_diag *d)
{
    const char *fil = sti(url);
    char gammel[1024];
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    enum sag_status r;

    if (snprintf(gammel, sizeof(gammel), "%s.skema4", fil) >=
        (int)sizeof(gammel))
        return sag_diag_set(d, SAG_ETOOBIG, "/db", "for lang sti");
    if ((r = slet(gammel, d)) != SAG_OK)
        return r;
    if (sqlite3_open(gammel, &db) != SQLITE_OK) {
        r = fejl(db, d, "skema 4");
        goto ud;
    }
    /* ATTACH is not allowed inside a transaction: first. */
    if (sqlite3_prepare_v2(db, "ATTACH ?1 AS ny", -1, &st, NULL) != SQLITE_OK) {
        r = fejl(db, d, "skema 4");
        goto ud;
    }
    (void)sqlite3_bind_text(st, 1, fil, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(st) != SQLITE_DONE ||
        sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK) {
        r = fejl(db, d, "skema 4");
        goto ud;
    }
    for (size_t i = 0; i < 4 && i < sag__migrationer_sqlite_antal; i++)
        if (sqlite3_exec(db, sag__migrationer_sqlite[i], NULL, NULL, NULL) !=
            SQLITE_OK) {
            r = fejl(db, d, "migrationerne 1-4");
            goto ud;
        }
    if ((r = kopier_tabeller(db, d)) != SAG_OK ||
        (r = global_kaede(db, d)) != SAG_OK)
        goto ud;
    if (sqlite3_exec(db, "PRAGMA main.user_version = 4; COMMIT", NULL, NULL,
                     NULL) != SQLITE_OK) {
        r = fejl(db, d, "skema 4");
        goto ud;
    }
    (void)sqlite3_finalize(st);
    st = NULL;
    if (sqlite3_exec(db, "DETACH ny", NULL, NULL, NULL) != SQLITE_OK) {
        r = fejl(db, d, "skema 4");
        goto ud;
    }
    (void)sqlite3_close(db);
    db = NULL;
    if ((r = slet(fil, d)) == SAG_OK && rename(gammel, fil) != 0)
        r = sag_diag_set(d, SAG_EIO, "/db", "kan ikke omdøbe %s: %s", gammel,
                         strerror(errno));
ud:
    (void)sqlite3_finalize(st);
    (void)sqlite3_close(db);
    return r;
}

static const struct sag__store_test sqlite_test = {
    .navn = "sqlite",
    .nulstil = nulstil,
    .raa = raa,
    .skema4 = skema4,
};

extern const struct sag__store_test sag__pg_test; /* pg_test.c */

const struct sag__store_test *
sag__store_test(const char *url)
{
    if (url != NULL && strncmp(url, "sqlite:", 7) == 0)
        return &sqlite_test;
    if (url != NULL && (strncmp(url, "postgresql://", 13) == 0 ||
                        strncmp(url, "postgres://", 11) == 0))
        return &sag__pg_test;
    return NULL;
}
