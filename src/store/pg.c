/*
 * The PostgreSQL adapter: the server store (docs/postgresql.md).
 *
 * One libpq connection per handle (use one per thread or process). Every
 * statement is prepared once per connection (named after its place in this
 * file) and run with bound parameters; rows are streamed in single-row
 * mode, so a callback sees a row as it arrives and a report over a million
 * cases is never held twice. The SQL is written with SQLite's "?N"
 * placeholders, so both adapters read alike, and turned into "$N" when
 * prepared.
 *
 * Isolation. Writes run in READ COMMITTED transactions with explicit
 * locks, which give each use case what SQLite's BEGIN IMMEDIATE gives it
 * without making every writer wait for every other: the case's row is
 * locked (SELECT … FOR UPDATE, the store's `laas`) before its events are
 * read to append to them, so the state is replayed and the next event
 * number minted with no other writer of that case in between; counters
 * are single-row upserts (row-locked until commit); account rows are
 * read FOR UPDATE inside a write transaction; an anchor is written under
 * a transaction-scoped advisory lock. Writers of different cases never
 * wait for each other. A read transaction is REPEATABLE READ READ ONLY:
 * one snapshot, no locks. A serialization failure or deadlock (SQLSTATE
 * 40001/40P01; two anchoring writers can deadlock) is reported as
 * SAG_ECONFLICT naming the retry and marks the handle `forbigaaende`: the
 * application layer then runs the use case again (sag_store_igen).
 *
 * The schema comes from numbered migrations in PostgreSQL's dialect
 * (src/store/migrationer/pg/NNN_…, numbered like SQLite's), recorded in
 * the table skadesag_skema and applied under an advisory lock, so several
 * processes opening a new database migrate it exactly once.
 *
 * No error message passed on names a value: only PostgreSQL's primary
 * message is used (its DETAIL would quote a duplicate key, e.g. a CPR
 * number).
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "skadesag/alloc.h"

#include "skadesag/fakta.h"
#include "skadesag/portefolje.h"

#include "store_int.h"

#include "../base/banned.h"

extern const char *const sag__migrationer_pg[];
extern const size_t sag__migrationer_pg_antal;

/* As in SQLite: write transactions anchor by themselves once this many
 * cases have unanchored events (docs/hashkaede.md). */
#define ANKERINTERVAL 1000

/* The advisory locks (pg_advisory_xact_lock keys): migrating, anchoring. */
#define LAAS_MIGRATION "7161150001"
#define LAAS_ANKER "7161150002"
/* The seed of the read log's per-case lock keys (hashtextextended). */
#define LAAS_LAESNING "7161150003"

#define MAKS_PARAM 24
#define CACHE_MAKS 192
/* Changes sent ahead in pipeline mode before their answers are read. */
#define KOE_MAKS 1000
/* The buffer of rows sent to a COPY ... FROM STDIN (db kopier). */
#define KOPI_BUF 65536

/* One statement being bound and run. Only one runs at a time on a
 * connection (a row callback must not call back into the store), so the
 * handle has one. Bound values are pointers the caller keeps alive until
 * the statement has run, or copies in `tal`/`blob`. */
struct stmt {
    struct pg *l;
    const char *sql; /* the key: every statement is a literal here */
    int nparam;
    const char *v[MAKS_PARAM];
    char tal[MAKS_PARAM][24];
    char *blob[MAKS_PARAM];
    PGresult *res;        /* the current row (single-row mode) */
    bool uden_hukommelse; /* a value could not be bound */
};

struct pg {
    struct sag_store basis;
    PGconn *db;
    struct stmt st;
    struct {
        const char *sql;
        int nparam;
    } cache[CACHE_MAKS];
    size_t antal_cache;
    long long aendret;    /* rows the last change touched */
    char sqlstate[6];     /* of the last error ("" if none) */
    char fejl[256];       /* its primary message */
    char constraint[64];  /* the constraint it names, if any */
    long long anker_set;  /* the latest anchor seneste_anker saw */
    bool skriver;         /* in a write transaction */
    bool uden_hukommelse; /* the last failure was out of memory */
    /* Changes sent in pipeline mode whose answers are not read yet (koe),
     * with what each was, for the error message. */
    const char *koe_hvad[KOE_MAKS];
    size_t i_koe;
    /* The copied table whose rows go by COPY ... FROM STDIN now (its
     * INSERT statement from store.c; NULL: none), and the rows not sent
     * yet (kopi_buf, allocated at the first copy). */
    const char *kopi_sql;
    char *kopi_buf;
    size_t kopi_n;
};

static struct pg *
L(struct sag_store *s)
{
    return (struct pg *)s;
}

static void
noter_fejl(struct pg *l, const PGresult *res)
{
    const char *s = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
    const char *m =
        res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
    const char *c =
        res ? PQresultErrorField(res, PG_DIAG_CONSTRAINT_NAME) : NULL;

    (void)snprintf(l->sqlstate, sizeof(l->sqlstate), "%s", s ? s : "");
    if (m == NULL) {
        /* A connection error: libpq's message, first line only. */
        m = PQerrorMessage(l->db);
    }
    (void)snprintf(l->fejl, sizeof(l->fejl), "%.*s", (int)strcspn(m, "\n"), m);
    (void)snprintf(l->constraint, sizeof(l->constraint), "%s", c ? c : "");
}

static enum sag_status
dbfejl(struct pg *l, struct sag_diag *d, const char *hvad)
{
    enum sag_status st =
        strncmp(l->sqlstate, "23", 2) == 0 ? SAG_ECONFLICT : SAG_EIO;

    if (l->uden_hukommelse) {
        l->uden_hukommelse = false;
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    }
    if (strcmp(l->sqlstate, "40001") == 0 ||
        strcmp(l->sqlstate, "40P01") == 0) {
        l->basis.forbigaaende = true; /* the use case runs again */
        return sag_diag_set(d, SAG_ECONFLICT, "",
                            "databasen afbrød %s på grund af en samtidig "
                            "ændring; prøv igen",
                            hvad);
    }
    return sag_diag_set(d, st, "", "databasefejl ved %s: %s", hvad,
                        l->fejl[0] ? l->fejl : "?");
}

/* ---- pipeline mode ----
 *
 * In a write transaction, the changes whose answer nobody waits for (an
 * event, the unanchored-case row, the projections, the report facts, the
 * read log, a copied row) are sent without waiting (koe: libpq pipeline
 * mode), and their answers are read together (toem) before the next
 * statement whose answer is needed, before COMMIT, and before preparing a
 * new statement: a case's ten or so changes cost one round trip instead of
 * ten. A change that fails is reported by toem, naming it; PostgreSQL has
 * then aborted the transaction, so the ones sent after it did nothing and
 * the commit becomes a rollback: nothing of it is stored, as when the
 * failure is seen at once. */

static bool kopi_slut(struct pg *l, const char **hvad);

/* Read the answers of the changes sent ahead and leave pipeline mode, or
 * end a COPY of copied rows (kopi_slut, below); false if one failed (its
 * error noted in l, its `hvad` in *hvad). Every statement, commit and
 * rollback comes through here first. */
static bool
toem_stille(struct pg *l, const char **hvad)
{
    bool ok = true;
    PGresult *res;

    if (l->kopi_sql != NULL)
        return kopi_slut(l, hvad); /* COPY and pipeline mode exclude */
    if (PQpipelineStatus(l->db) == PQ_PIPELINE_OFF)
        return true;
    if (PQpipelineSync(l->db) != 1) {
        noter_fejl(l, NULL);
        *hvad = l->i_koe ? l->koe_hvad[0] : "?";
        ok = false;
    }
    /* Each change's answers end with a NULL; after them comes the sync. */
    for (size_t i = 0; i < l->i_koe; i++)
        while ((res = PQgetResult(l->db)) != NULL) {
            if (PQresultStatus(res) == PGRES_FATAL_ERROR && ok) {
                noter_fejl(l, res);
                *hvad = l->koe_hvad[i];
                ok = false;
            }
            PQclear(res);
        }
    while ((res = PQgetResult(l->db)) != NULL) {
        ExecStatusType s = PQresultStatus(res);

        PQclear(res);
        if (s == PGRES_PIPELINE_SYNC)
            break;
    }
    l->i_koe = 0;
    if (!PQexitPipelineMode(l->db) && ok) {
        noter_fejl(l, NULL);
        *hvad = "?";
        ok = false;
    }
    return ok;
}

static enum sag_status dbfejl(struct pg *l, struct sag_diag *d,
                              const char *hvad);

static enum sag_status
toem(struct pg *l, struct sag_diag *d)
{
    const char *hvad = NULL;

    if (!toem_stille(l, &hvad))
        return dbfejl(l, d, hvad);
    return SAG_OK;
}

/* Run SQL without parameters or rows (transaction control, migrations). */
static enum sag_status
kor(struct pg *l, const char *sql, struct sag_diag *d)
{
    PGresult *res;
    ExecStatusType s;
    enum sag_status r = SAG_OK;

    if ((r = toem(l, d)) != SAG_OK)
        return r;
    res = PQexec(l->db, sql);
    s = PQresultStatus(res);

    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK) {
        noter_fejl(l, res);
        r = sag_diag_set(d, SAG_EIO, "", "databasefejl: %s", l->fejl);
    }
    PQclear(res);
    return r;
}

/* "?N" → "$N"; the highest N into *maks and which N occur into `brugt`. */
static char *
oversaet(const char *sql, int *maks, bool brugt[MAKS_PARAM + 1])
{
    size_t n = strlen(sql);
    char *ud = sag_malloc(n + 1), *q = ud;

    *maks = 0;
    if (ud == NULL)
        return NULL;
    for (const char *p = sql; *p; p++) {
        if (*p == '?' && p[1] >= '0' && p[1] <= '9') {
            int v = 0;

            *q++ = '$';
            while (p[1] >= '0' && p[1] <= '9') {
                v = v * 10 + (p[1] - '0');
                *q++ = *++p;
            }
            if (v > 0 && v <= MAKS_PARAM) {
                brugt[v] = true;
                if (v > *maks)
                    *maks = v;
            }
        } else {
            *q++ = *p;
        }
    }
    *q = '\0';
    return ud;
}

/* The statement, prepared on this connection if it was not yet, with no
 * values bound; NULL (and the error noted) if it cannot be prepared. */
static struct stmt *
forbered(struct pg *l, const char *sql)
{
    struct stmt *st = &l->st;
    int nparam = -1;
    size_t i;

    for (i = 0; i < l->antal_cache; i++)
        if (l->cache[i].sql == sql) {
            nparam = l->cache[i].nparam;
            break;
        }
    if (nparam < 0) {
        bool brugt[MAKS_PARAM + 1] = { false };
        Oid typer[MAKS_PARAM];
        char navn[32];
        char *pgsql = oversaet(sql, &nparam, brugt);
        PGresult *res;
        bool ok;

        const char *hvad = NULL;

        /* PQprepare waits for its answer: not in pipeline mode. */
        if (!toem_stille(l, &hvad)) {
            sag_free(pgsql);
            return NULL;
        }
        if (pgsql == NULL || l->antal_cache >= CACHE_MAKS) {
            sag_free(pgsql);
            l->uden_hukommelse = pgsql == NULL;
            (void)snprintf(l->fejl, sizeof(l->fejl), "%s",
                           pgsql ? "for mange sætninger"
                                 : "ikke mere hukommelse");
            l->sqlstate[0] = '\0';
            return NULL;
        }
        /* A parameter the SQL does not use has no type to infer: text. */
        for (int j = 0; j < nparam; j++)
            typer[j] = brugt[j + 1] ? 0 : 25;
        (void)snprintf(navn, sizeof(navn), "s%zu", l->antal_cache);
        res = PQprepare(l->db, navn, pgsql, nparam, typer);
        ok = PQresultStatus(res) == PGRES_COMMAND_OK;
        if (!ok)
            noter_fejl(l, res);
        PQclear(res);
        sag_free(pgsql);
        if (!ok)
            return NULL;
        l->cache[l->antal_cache].sql = sql;
        l->cache[l->antal_cache++].nparam = nparam;
    }
    memset(st, 0, sizeof(*st));
    st->l = l;
    st->sql = sql;
    st->nparam = nparam;
    return st;
}

static void
bind_tekst(struct stmt *st, int i, const char *v)
{
    if (i >= 1 && i <= MAKS_PARAM)
        st->v[i - 1] = v;
}

static void
bind_tal(struct stmt *st, int i, long long v)
{
    if (i >= 1 && i <= MAKS_PARAM) {
        (void)snprintf(st->tal[i - 1], sizeof(st->tal[i - 1]), "%lld", v);
        st->v[i - 1] = st->tal[i - 1];
    }
}

/* A bytea parameter, in PostgreSQL's hex text form. */
static void
bind_blob(struct stmt *st, int i, const unsigned char *p, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    char *b;

    if (i < 1 || i > MAKS_PARAM || n > SIZE_MAX / 2 - 3 ||
        (b = sag_malloc(2 * n + 3)) == NULL) {
        st->uden_hukommelse = true; /* the statement is not run */
        return;
    }
    b[0] = '\\';
    b[1] = 'x';
    for (size_t j = 0; j < n; j++) {
        b[2 + 2 * j] = hex[p[j] >> 4];
        b[3 + 2 * j] = hex[p[j] & 15];
    }
    b[2 + 2 * n] = '\0';
    st->blob[i - 1] = b;
    st->v[i - 1] = b;
}

/* Column i of the current row, NULL for NULL. */
static const unsigned char *
kol_u(struct stmt *st, int i)
{
    if (st->res == NULL || PQgetisnull(st->res, 0, i))
        return NULL;
    return (const unsigned char *)PQgetvalue(st->res, 0, i);
}

static long long
kol_tal(struct stmt *st, int i)
{
    const unsigned char *t = kol_u(st, i);

    return t ? strtoll((const char *)t, NULL, 10) : 0;
}

/* ---- running statements ---- */

/* What a row callback returns: go on, stop early (not an error), or the
 * row could not be kept (out of memory). */
#define VIDERE 0
#define STOP 1
#define UDEN_HUKOMMELSE (-1)

/* Run a prepared, bound statement to its end, calling `raekke` (if any)
 * for every row until it returns non-zero; the remaining rows are read and
 * dropped. The number of rows changed goes to l->aendret, an error's
 * SQLSTATE, message and constraint to l (and the status is SAG_EIO, or
 * SAG_ECONFLICT for an integrity violation, with a diag naming `hvad`). */
static enum sag_status
raekker(struct pg *l, struct stmt *st, const char *hvad,
        int (*raekke)(void *ctx, struct stmt *st), void *ctx,
        struct sag_diag *d)
{
    enum sag_status r = SAG_OK;
    int svar = VIDERE;
    bool fejlet = false;
    char navn[32];
    size_t i;
    PGresult *res;

    for (i = 0; i < l->antal_cache && l->cache[i].sql != st->sql; i++)
        ;
    (void)snprintf(navn, sizeof(navn), "s%zu", i);
    l->aendret = 0;
    l->sqlstate[0] = '\0';
    if ((r = toem(l, d)) != SAG_OK) {
        for (i = 0; i < MAKS_PARAM; i++)
            sag_free(st->blob[i]);
        memset(st->blob, 0, sizeof(st->blob));
        return r;
    }
    if (st->uden_hukommelse) {
        l->uden_hukommelse = true;
        fejlet = true;
    } else if (!PQsendQueryPrepared(l->db, navn, st->nparam, st->v, NULL, NULL,
                                    0)) {
        noter_fejl(l, NULL);
        fejlet = true;
    } else {
        (void)PQsetSingleRowMode(l->db);
        while ((res = PQgetResult(l->db)) != NULL) {
            ExecStatusType s = PQresultStatus(res);

            if (s == PGRES_SINGLE_TUPLE) {
                if (raekke != NULL && svar == VIDERE) {
                    st->res = res;
                    svar = raekke(ctx, st);
                    st->res = NULL;
                }
            } else if (s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK) {
                const char *t = PQcmdTuples(res);

                l->aendret = t && *t ? strtoll(t, NULL, 10) : 0;
            } else if (!fejlet) {
                noter_fejl(l, res);
                fejlet = true;
            }
            PQclear(res);
        }
    }
    for (i = 0; i < MAKS_PARAM; i++)
        sag_free(st->blob[i]);
    memset(st->blob, 0, sizeof(st->blob));
    if (fejlet)
        r = dbfejl(l, d, hvad);
    else if (svar == UDEN_HUKOMMELSE)
        r = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    return r;
}

/* Run a prepared change. */
static enum sag_status
trin(struct pg *l, struct stmt *st, const char *hvad, struct sag_diag *d)
{
    return raekker(l, st, hvad, NULL, NULL, d);
}

/* Send a prepared change whose answer is not needed now (pipeline mode,
 * above); outside a write transaction it runs as trin. `hvad` must be a
 * literal (it is kept until toem). */
static enum sag_status
koe(struct pg *l, struct stmt *st, const char *hvad, struct sag_diag *d)
{
    enum sag_status r = SAG_OK;
    char navn[32];
    size_t i;

    if (!l->skriver || st->uden_hukommelse ||
        (l->i_koe >= KOE_MAKS && (r = toem(l, d)) != SAG_OK) ||
        (PQpipelineStatus(l->db) == PQ_PIPELINE_OFF &&
         !PQenterPipelineMode(l->db))) {
        if (r == SAG_OK)
            return trin(l, st, hvad, d); /* frees the bound blobs */
        for (i = 0; i < MAKS_PARAM; i++)
            sag_free(st->blob[i]);
        memset(st->blob, 0, sizeof(st->blob));
        return r;
    }
    for (i = 0; i < l->antal_cache && l->cache[i].sql != st->sql; i++)
        ;
    (void)snprintf(navn, sizeof(navn), "s%zu", i);
    /* libpq copies the values into its output buffer here. */
    if (!PQsendQueryPrepared(l->db, navn, st->nparam, st->v, NULL, NULL, 0)) {
        noter_fejl(l, NULL);
        r = dbfejl(l, d, hvad);
    } else {
        l->koe_hvad[l->i_koe++] = hvad;
    }
    for (i = 0; i < MAKS_PARAM; i++)
        sag_free(st->blob[i]);
    memset(st->blob, 0, sizeof(st->blob));
    return r;
}

/* Room for element `n` of an arena array that grows by doubling from
 * `start` elements of `str` bytes: the array (moved if it grew), or NULL
 * when out of memory, leaving `p` and `*plads` as they were. */
static void *
voks(struct sag_arena *a, void *p, size_t n, size_t *plads, size_t str,
     size_t start)
{
    size_t ny;
    void *q;

    if (n < *plads)
        return p;
    ny = *plads ? 2 * *plads : start;
    if (ny < *plads || ny > SIZE_MAX / str)
        return NULL;
    if ((q = sag_arena_alloc(a, ny * str)) == NULL)
        return NULL;
    if (n)
        memcpy(q, p, n * str);
    *plads = ny;
    return q;
}

/* A column as a string copied into the arena ("" for NULL); NULL when out
 * of memory. */
static const char *
kol(struct stmt *st, int i, struct sag_arena *a)
{
    const unsigned char *t = kol_u(st, i);

    return sag_arena_strdup(a, t ? (const char *)t : "");
}

/* A column as a string valid until the next row ("" for NULL). */
static const char *
tekst(struct stmt *st, int i)
{
    const unsigned char *t = kol_u(st, i);

    return t ? (const char *)t : "";
}

/* A column as a string valid until the next row, NULL for NULL. */
static const char *
tekst_null(struct stmt *st, int i)
{
    return (const char *)kol_u(st, i);
}

/* Row callback for one integer (column 0) into a long long. */
static int
et_tal(void *ctx, struct stmt *st)
{
    *(long long *)ctx = kol_tal(st, 0);
    return STOP;
}

/* Row callback that only notes that there was a row. */
static int
findes(void *ctx, struct stmt *st)
{
    (void)st;
    *(bool *)ctx = true;
    return STOP;
}

static void
luk(struct sag_store *s)
{
    struct pg *l = L(s);
    const char *hvad;

    (void)toem_stille(l, &hvad);
    if (l->basis.transaktioner > 0)
        PQclear(PQexec(l->db, "ROLLBACK"));
    PQfinish(l->db);
    sag_free(l->kopi_buf);
    sag_free(l);
}

static enum sag_status
begynd(struct sag_store *s, struct sag_diag *d)
{
    enum sag_status r = kor(L(s), "BEGIN ISOLATION LEVEL READ COMMITTED", d);

    L(s)->anker_set = -1;
    L(s)->skriver = r == SAG_OK;
    return r;
}

static enum sag_status
begynd_laes(struct sag_store *s, struct sag_diag *d)
{
    return kor(L(s), "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", d);
}

static enum sag_status
bekraeft(struct sag_store *s, struct sag_diag *d)
{
    struct pg *l = L(s);
    PGresult *res;
    enum sag_status r;

    /* The changes sent ahead first: a failed one is the error (the caller
     * then rolls back). */
    if ((r = toem(l, d)) != SAG_OK)
        return r;
    res = PQexec(l->db, "COMMIT");
    l->skriver = false;
    /* COMMIT of an aborted transaction "succeeds" as ROLLBACK. */
    if (PQresultStatus(res) != PGRES_COMMAND_OK) {
        noter_fejl(l, res);
        r = dbfejl(l, d, "bekræftelsen");
    } else if (strcmp(PQcmdStatus(res), "ROLLBACK") == 0) {
        r = sag_diag_set(d, SAG_EIO, "",
                         "databasen rullede transaktionen tilbage");
    }
    PQclear(res);
    return r;
}

static void
fortryd(struct sag_store *s)
{
    const char *hvad;

    (void)toem_stille(L(s), &hvad);
    L(s)->skriver = false;
    PQclear(PQexec(L(s)->db, "ROLLBACK"));
}

static enum sag_status
taeller(struct sag_store *s, const char *navn, long long *ud,
        struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(
        l, "INSERT INTO taellere(navn, vaerdi) VALUES (?1, 1) "
           "ON CONFLICT(navn) DO UPDATE SET vaerdi = taellere.vaerdi + 1 "
           "RETURNING vaerdi");
    long long v = 0;
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "tæller");
    bind_tekst(st, 1, navn);
    if ((r = raekker(l, st, "tæller", et_tal, &v, d)) == SAG_OK && v == 0)
        r = sag_diag_set(d, SAG_EIO, "", "databasefejl ved tæller");
    if (r == SAG_OK)
        *ud = v;
    return r;
}

static enum sag_status
laas(struct sag_store *s, const char *sag_id, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st =
        forbered(l, "SELECT 1 FROM sager WHERE id = ?1 FOR UPDATE");

    if (st == NULL)
        return dbfejl(l, d, "låsning af sagen");
    bind_tekst(st, 1, sag_id);
    return trin(l, st, "låsning af sagen", d);
}

/* ---- events ---- */

#define HAENDELSE_KOLONNER                                                     \
    "seq, nr, type, dato, registreret, bruger, begrundelse, data, hash, "      \
    "hashversion, noegle"

/* An event row (HAENDELSE_KOLONNER) with its strings in the arena; false
 * when out of memory. */
static bool
laes_post(struct stmt *st, struct sag_arena *a, struct sag_haendelse_post *p)
{
    p->seq = kol_tal(st, 0);
    p->nr = (int)kol_tal(st, 1);
    p->type = kol(st, 2, a);
    p->dato = kol(st, 3, a);
    p->registreret = kol(st, 4, a);
    p->bruger = kol(st, 5, a);
    p->begrundelse = kol(st, 6, a);
    p->data = kol(st, 7, a);
    p->hash = kol(st, 8, a);
    p->hashversion = (int)kol_tal(st, 9);
    p->noegle = (int)kol_tal(st, 10);
    return sag_arena_status(a) == SAG_OK;
}

/* Rows gathered into an arena array. */
struct samling {
    struct sag_arena *a;
    void *p;
    size_t n, plads;
};

static int
saml_haendelse(void *ctx, struct stmt *st)
{
    struct samling *c = ctx;
    struct sag_haendelse_post *p =
        voks(c->a, c->p, c->n, &c->plads, sizeof(*p), 32);

    if (p == NULL)
        return UDEN_HUKOMMELSE;
    c->p = p;
    if (!laes_post(st, c->a, &p[c->n]))
        return UDEN_HUKOMMELSE;
    c->n++;
    return VIDERE;
}

static enum sag_status
haendelser(struct sag_store *s, const char *sag_id, struct sag_arena *a,
           struct sag_haendelse_post **ud, size_t *n, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(l, "SELECT " HAENDELSE_KOLONNER
                                  " FROM haendelser WHERE sag_id = ?1 "
                                  "ORDER BY nr");
    struct samling c = { a, NULL, 0, 0 };
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "læsning af hændelser");
    bind_tekst(st, 1, sag_id);
    if ((r = raekker(l, st, "læsning af hændelser", saml_haendelse, &c, d)) !=
        SAG_OK)
        return r;
    if (c.n == 0)
        return sag_diag_set(d, SAG_ENOTFOUND, "/sag_id", "sagen findes ikke");
    *ud = c.p;
    *n = c.n;
    return SAG_OK;
}

struct strom {
    struct sag_arena a; /* one row's strings */
    int (*cb)(void *ctx, const char *sag_id,
              const struct sag_haendelse_post *p);
    void *ctx;
};

static int
strom_haendelse(void *ctx, struct stmt *st)
{
    struct strom *c = ctx;
    struct sag_haendelse_post p;

    sag_arena_reset(&c->a);
    if (!laes_post(st, &c->a, &p))
        return UDEN_HUKOMMELSE;
    return c->cb(c->ctx, tekst(st, 11), &p) != 0 ? STOP : VIDERE;
}

static enum sag_status
alle_haendelser(struct sag_store *s, enum sag__orden orden,
                int (*cb)(void *ctx, const char *sag_id,
                          const struct sag_haendelse_post *p),
                void *ctx, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(l, orden == SAG__EFTER_SEQ
                                      ? "SELECT " HAENDELSE_KOLONNER
                                        ", sag_id FROM haendelser ORDER BY seq"
                                      : "SELECT " HAENDELSE_KOLONNER
                                        ", sag_id FROM haendelser ORDER BY "
                                        "sag_id, nr");
    struct strom c;
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "læsning af hændelser");
    sag_arena_init(&c.a, 0);
    c.cb = cb;
    c.ctx = ctx;
    r = raekker(l, st, "læsning af hændelser", strom_haendelse, &c, d);
    sag_arena_release(&c.a);
    return r;
}

static enum sag_status
indsaet(struct sag_store *s, const char *sag_id,
        const struct sag_haendelse_post *p, const char *forrige,
        struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(
        l, "INSERT INTO haendelser(sag_id, nr, type, dato, registreret, "
           "bruger, begrundelse, data, forrige_hash, hash, hashversion, "
           "noegle) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
           "?12)");
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "skrivning af hændelse");
    bind_tekst(st, 1, sag_id);
    bind_tal(st, 2, p->nr);
    bind_tekst(st, 3, p->type);
    bind_tekst(st, 4, p->dato);
    bind_tekst(st, 5, p->registreret);
    bind_tekst(st, 6, p->bruger);
    bind_tekst(st, 7, p->begrundelse);
    bind_tekst(st, 8, p->data);
    bind_tekst(st, 9, forrige);
    bind_tekst(st, 10, p->hash);
    bind_tal(st, 11, p->hashversion);
    bind_tal(st, 12, p->noegle);
    /* seq is the identity PostgreSQL assigns: the insertion order, which
     * is not the commit order when several write (see uforankrede). */
    if ((r = koe(l, st, "skrivning af hændelse", d)) != SAG_OK)
        return r;
    st = forbered(l, "INSERT INTO uforankrede(sag_id, nr, antal) VALUES (?1, "
                     "?2, 1) ON CONFLICT(sag_id) DO UPDATE SET nr = "
                     "excluded.nr, antal = uforankrede.antal + 1");
    if (st == NULL)
        return dbfejl(l, d, "skrivning af hændelse");
    bind_tekst(st, 1, sag_id);
    bind_tal(st, 2, p->nr);
    return koe(l, st, "skrivning af hændelse", d);
}

static enum sag_status
omhash(struct sag_store *s, long long seq, int hashversion, int noegle,
       const char *forrige, const char *hash, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st =
        forbered(l, "UPDATE haendelser SET hashversion = ?2, forrige_hash = "
                    "?3, hash = ?4, noegle = ?5 WHERE seq = ?1");

    if (st == NULL)
        return dbfejl(l, d, "hashkæden");
    bind_tal(st, 1, seq);
    bind_tal(st, 2, hashversion);
    bind_tekst(st, 3, forrige);
    bind_tekst(st, 4, hash);
    bind_tal(st, 5, noegle);
    return koe(l, st, "hashkæden", d);
}

static enum sag_status
projektion(struct sag_store *s, const struct sag_tilstand *t, bool ny,
           const char *regime, const char *forfald, bool venter,
           const struct sag_opgave *o, size_t n, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st;
    char sk[SAG_DATO_ISO_LEN], an[SAG_DATO_ISO_LEN], mo[SAG_DATO_ISO_LEN],
        op[SAG_DATO_ISO_LEN], lu[SAG_DATO_ISO_LEN], sd[SAG_DATO_ISO_LEN],
        af[SAG_DATO_ISO_LEN];
    enum sag_status r;

    sag_dato_format_iso(t->skadedato, sk);
    sag_dato_format_iso(t->anmeldelsesdato, an);
    sag_dato_format_iso(t->modtaget_dato, mo);
    sag_dato_format_iso(t->oprettet, op);
    sag_dato_format_iso(t->lukket, lu);
    st = forbered(
        l, ny ? "INSERT INTO sager(id, type, generation, forrige_sag_id, "
                "status, cpr, skadedato, anmeldelsesdato, modtaget_dato, "
                "oprettet, lukket, team, sagsbehandler, anerkendelse, men, "
                "erhvervsevnetab, fristregime, naeste_forfald, venter, "
                "antal_haendelser, gruppe, start_dato, afsluttet) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                "?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?22, ?23, ?24)"
              : "UPDATE sager SET status = ?5, lukket = ?11, sagsbehandler = "
                "?13, anerkendelse = "
                "?14, men = ?15, erhvervsevnetab = ?16, naeste_forfald = ?18, "
                "venter = ?19, antal_haendelser = ?20, "
                "gruppe = ?22, start_dato = ?23, afsluttet = ?24 WHERE id = "
                "?1");
    if (st == NULL)
        return dbfejl(l, d, "sagsoversigten");
    bind_tekst(st, 1, t->id);
    bind_tekst(st, 2, sag_sagstype_navn(t->type));
    bind_tekst(st, 3, sag_generation_navn(t->generation));
    bind_tekst(st, 4, t->forrige_sag_id[0] ? t->forrige_sag_id : NULL);
    bind_tekst(st, 5, t->status == SAG_STATUS_AABEN ? "aaben" : "lukket");
    bind_tekst(st, 6, t->cpr);
    bind_tekst(st, 7, sk);
    bind_tekst(st, 8, an);
    bind_tekst(st, 9, mo);
    bind_tekst(st, 10, op);
    bind_tekst(st, 11, t->status == SAG_STATUS_LUKKET ? lu : NULL);
    bind_tekst(st, 12, t->team);
    bind_tekst(st, 13, t->sagsbehandler);
    bind_tekst(st, 14, sag_fasestatus_navn(t->anerkendelse));
    bind_tekst(st, 15, sag_fasestatus_navn(t->men));
    bind_tekst(st, 16, sag_fasestatus_navn(t->erhvervsevnetab));
    bind_tekst(st, 17, regime);
    bind_tekst(st, 18, forfald);
    bind_tal(st, 19, venter);
    bind_tal(st, 20, (long long)t->antal_haendelser);
    bind_tekst(st, 22, sag_gruppe_navn(sag_gruppe(t)));
    sag_dato_format_iso(sag_startdato(t), sd);
    bind_tekst(st, 23, sd);
    sag_dato_format_iso(t->afsluttet, af);
    bind_tekst(st, 24, t->har_afsluttet ? af : NULL);
    if ((r = koe(l, st, "sagsoversigten", d)) != SAG_OK)
        return r;
    st = forbered(l, "DELETE FROM opgaver WHERE sag_id = ?1");
    if (st == NULL)
        return dbfejl(l, d, "arbejdslisten");
    bind_tekst(st, 1, t->id);
    if ((r = koe(l, st, "arbejdslisten", d)) != SAG_OK)
        return r;
    for (size_t i = 0; i < n; i++) {
        char f[SAG_DATO_ISO_LEN];

        st = forbered(l, "INSERT INTO opgaver(sag_id, nr, team, "
                         "sagsbehandler, art, forfald, venter, tekst, ref, "
                         "type) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                         "?10)");
        if (st == NULL)
            return dbfejl(l, d, "arbejdslisten");
        sag_dato_format_iso(o[i].forfald, f);
        bind_tekst(st, 1, t->id);
        bind_tal(st, 2, (int)i + 1);
        bind_tekst(st, 3, t->team);
        bind_tekst(st, 4, t->sagsbehandler);
        bind_tekst(st, 5, sag_opgaveart_navn(o[i].art));
        bind_tekst(st, 6, f);
        bind_tal(st, 7, o[i].venter_paa_andre);
        bind_tekst(st, 8, o[i].tekst);
        bind_tekst(st, 9, o[i].ref);
        bind_tekst(st, 10, sag_sagstype_navn(t->type));
        if ((r = koe(l, st, "arbejdslisten", d)) != SAG_OK)
            return r;
    }
    return SAG_OK;
}

static enum sag_status
fakta(struct sag_store *s, const struct sag_tilstand *t,
      const struct sag_fakta_frist *fr, size_t nfr, struct sag_diag *d)
{
    static const char *const slet[] = {
        "DELETE FROM rapport_frister WHERE sag_id = ?1",
        "DELETE FROM rapport_afgoerelser WHERE sag_id = ?1",
        "DELETE FROM rapport_klager WHERE sag_id = ?1",
    };
    struct pg *l = L(s);
    struct stmt *st;
    enum sag_status r;
    char a[SAG_DATO_ISO_LEN], b[SAG_DATO_ISO_LEN];

    for (size_t i = 0; i < 3; i++) {
        if ((st = forbered(l, slet[i])) == NULL)
            return dbfejl(l, d, "rapportfakta");
        bind_tekst(st, 1, t->id);
        if ((r = koe(l, st, "rapportfakta", d)) != SAG_OK)
            return r;
    }
    for (size_t i = 0; i < nfr; i++) {
        st = forbered(l, "INSERT INTO rapport_frister(sag_id, art, forfald, "
                         "afgjort, taeller) VALUES (?1, ?2, ?3, ?4, ?5)");
        if (st == NULL)
            return dbfejl(l, d, "rapportfakta");
        sag_dato_format_iso(fr[i].forfald, a);
        sag_dato_format_iso(fr[i].afgjort_dato, b);
        bind_tekst(st, 1, t->id);
        bind_tekst(st, 2,
                   fr[i].art == SAG_FRIST_ANERKENDELSE ? "anerkendelse"
                   : fr[i].esu                         ? "afgoerelse_esu"
                                                       : "afgoerelse");
        bind_tekst(st, 3, a);
        bind_tekst(st, 4, fr[i].afgjort ? b : NULL);
        bind_tal(st, 5, fr[i].taeller);
        if ((r = koe(l, st, "rapportfakta", d)) != SAG_OK)
            return r;
    }
    for (size_t i = 0; i < t->antal_afgoerelser; i++) {
        const struct sag_afgoerelse_ref *x = &t->afgoerelser[i];

        st = forbered(l, "INSERT INTO rapport_afgoerelser(sag_id, id, fase, "
                         "dato, type, pct) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        if (st == NULL)
            return dbfejl(l, d, "rapportfakta");
        sag_dato_format_iso(x->dato, a);
        bind_tekst(st, 1, t->id);
        bind_tekst(st, 2, x->id);
        bind_tekst(st, 3, sag_fase_navn(x->fase));
        bind_tekst(st, 4, a);
        bind_tekst(st, 5,
                   x->fase == SAG_FASE_ANERKENDELSE
                       ? ""
                       : (x->type == SAG_AFGOERELSE_MIDLERTIDIG ? "midlertidig"
                                                                : "endelig"));
        bind_tal(st, 6, x->pct);
        if ((r = koe(l, st, "rapportfakta", d)) != SAG_OK)
            return r;
    }
    for (size_t i = 0; i < t->antal_klager; i++) {
        const struct sag_klage *k = &t->klager[i];

        st = forbered(l, "INSERT INTO rapport_klager(sag_id, id, "
                         "afgoerelse_id, fase, modtaget, rettidig, status, "
                         "udfald, afgjort) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                         "?7, ?8, ?9)");
        if (st == NULL)
            return dbfejl(l, d, "rapportfakta");
        sag_dato_format_iso(k->modtaget, a);
        sag_dato_format_iso(k->afgjort, b);
        bind_tekst(st, 1, t->id);
        bind_tekst(st, 2, k->id);
        bind_tekst(st, 3, k->afgoerelse_id);
        bind_tekst(st, 4, sag_fase_navn(k->fase));
        bind_tekst(st, 5, a);
        bind_tal(st, 6, k->rettidig);
        bind_tekst(st, 7, sag_klagestatus_navn(k->status));
        bind_tekst(st, 8, sag_udfald_navn(k->udfald));
        bind_tekst(st, 9,
                   k->status == SAG_KLAGE_AFGJORT ||
                           k->status == SAG_KLAGE_AENDRET
                       ? b
                       : NULL);
        if ((r = koe(l, st, "rapportfakta", d)) != SAG_OK)
            return r;
    }
    return SAG_OK;
}

static enum sag_status
meta_hent(struct sag_store *s, const char *navn, long long *ud,
          struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st =
        forbered(l, "SELECT vaerdi FROM taellere WHERE navn = ?1");
    long long v = 0;
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "metadata");
    bind_tekst(st, 1, navn);
    if ((r = raekker(l, st, "metadata", et_tal, &v, d)) == SAG_OK)
        *ud = v;
    return r;
}

static enum sag_status
meta_saet(struct sag_store *s, const char *navn, long long v,
          struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st =
        forbered(l, "INSERT INTO taellere(navn, vaerdi) VALUES (?1, ?2) ON "
                    "CONFLICT(navn) DO UPDATE SET vaerdi = ?2");

    if (st == NULL)
        return dbfejl(l, d, "metadata");
    bind_tekst(st, 1, navn);
    bind_tal(st, 2, v);
    return trin(l, st, "metadata", d);
}

/* A callback over one text column (column 0). */
struct tekst_cb {
    int (*cb)(void *ctx, const char *t);
    void *ctx;
};

static int
en_tekst(void *ctx, struct stmt *st)
{
    struct tekst_cb *c = ctx;

    return c->cb(c->ctx, tekst(st, 0)) != 0 ? STOP : VIDERE;
}

static enum sag_status
sag_ider(struct sag_store *s, int (*cb)(void *ctx, const char *id), void *ctx,
         struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(l, "SELECT id FROM sager ORDER BY id");
    struct tekst_cb c = { cb, ctx };

    if (st == NULL)
        return dbfejl(l, d, "sagsnumre");
    return raekker(l, st, "sagsnumre", en_tekst, &c, d);
}

/* The case's rows in the index of party names (migration 17). */
static enum sag_status
parter(struct sag_store *s, const char *sag_id, const int *nr,
       const char (*ord)[SAG_NAVNEORD_MAX], size_t n, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(l, "DELETE FROM parter WHERE sag_id = ?1");
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "navneindekset");
    bind_tekst(st, 1, sag_id);
    if ((r = koe(l, st, "navneindekset", d)) != SAG_OK)
        return r;
    for (size_t i = 0; i < n; i++) {
        st = forbered(l, "INSERT INTO parter(sag_id, nr, ord) VALUES (?1, "
                         "?2, ?3)");
        if (st == NULL)
            return dbfejl(l, d, "navneindekset");
        bind_tekst(st, 1, sag_id);
        bind_tal(st, 2, nr[i]);
        bind_tekst(st, 3, ord[i]);
        if ((r = koe(l, st, "navneindekset", d)) != SAG_OK)
            return r;
    }
    return SAG_OK;
}

static enum sag_status
sager_med_parter(struct sag_store *s, int (*cb)(void *ctx, const char *id),
                 void *ctx, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st =
        forbered(l, "SELECT DISTINCT sag_id FROM haendelser WHERE type = "
                    "'part_tilfoejet' ORDER BY sag_id");
    struct tekst_cb c = { cb, ctx };

    if (st == NULL)
        return dbfejl(l, d, "navneindekset");
    return raekker(l, st, "navneindekset", en_tekst, &c, d);
}

/* ---- report facts, loaded whole (sag_store_portefolje) ---- */

/* The enum value whose name is `navn`, by trying 1..max; 0 if none. */
static int
kode(const char *(*navn)(int), int max, const unsigned char *v)
{
    for (int i = 1; v != NULL && i <= max; i++) {
        const char *n = navn(i);

        if (n != NULL && strcmp(n, (const char *)v) == 0)
            return i;
    }
    return 0;
}

static const char *
n_type(int i)
{
    return sag_sagstype_navn((enum sag_sagstype)i);
}
static const char *
n_regime(int i)
{
    return sag_fristregime_navn((enum sag_fristregime)i);
}
static const char *
n_fase(int i)
{
    return sag_fase_navn((enum sag_fase)i);
}
static const char *
n_klagestatus(int i)
{
    return sag_klagestatus_navn((enum sag_klagestatus)i);
}
static const char *
n_udfald(int i)
{
    return i == 0 ? NULL : sag_udfald_navn((enum sag_udfald)i);
}
static const char *
n_gruppe(int i)
{
    return sag_gruppe_navn((enum sag_gruppe)i);
}

static bool
dato_kol(struct stmt *st, int i, struct sag_dato *ud)
{
    const char *t = (const char *)kol_u(st, i);

    return t != NULL && sag_dato_parse_iso(t, strlen(t), ud) == SAG_OK;
}

/* The four tables of report facts, gathered into `r`. */
struct pf {
    struct sag_arena *a;
    struct sag_pf_data r;
    size_t plads;
    struct sag__pf_strenge strenge; /* teams and case numbers, interned */
};

static int
pf_sag(void *ctx, struct stmt *st)
{
    struct pf *c = ctx;
    struct sag_pf_sag *p =
        voks(c->a, c->r.sager, c->r.antal_sager, &c->plads, sizeof(*p), 4096);
    struct sag_pf_sag *x;

    if (p == NULL)
        return UDEN_HUKOMMELSE;
    c->r.sager = p;
    x = &p[c->r.antal_sager];
    memset(x, 0, sizeof(*x));
    x->gruppe =
        (enum sag_gruppe)kode(n_gruppe, SAG_ANTAL_GRUPPER, kol_u(st, 0));
    x->type = (enum sag_sagstype)kode(n_type, 5, kol_u(st, 1));
    x->regime = (enum sag_fristregime)kode(n_regime, 3, kol_u(st, 2));
    if (x->gruppe == 0 || !dato_kol(st, 3, &x->start) ||
        !dato_kol(st, 4, &x->oprettet))
        return VIDERE; /* facts not built: rebuild the projections */
    x->har_afsluttet = dato_kol(st, 5, &x->afsluttet);
    x->team = sag__pf_team(&c->strenge, (const char *)kol_u(st, 6));
    x->sag_id = sag__pf_id(&c->strenge, (const char *)kol_u(st, 7));
    c->r.antal_sager++;
    return VIDERE;
}

static int
pf_frist(void *ctx, struct stmt *st)
{
    struct pf *c = ctx;
    struct sag_pf_frist *p = voks(c->a, c->r.frister, c->r.antal_frister,
                                  &c->plads, sizeof(*p), 4096);
    struct sag_pf_frist *x;
    const char *art = tekst(st, 0);

    if (p == NULL)
        return UDEN_HUKOMMELSE;
    c->r.frister = p;
    x = &p[c->r.antal_frister];
    memset(x, 0, sizeof(*x));
    x->art = strcmp(art, "anerkendelse") == 0 ? SAG_PF_FRIST_ANERKENDELSE
             : strcmp(art, "afgoerelse") == 0 ? SAG_PF_FRIST_AFGOERELSE
                                              : SAG_PF_FRIST_AFGOERELSE_ESU;
    x->type = (enum sag_sagstype)kode(n_type, 5, kol_u(st, 1));
    x->regime = (enum sag_fristregime)kode(n_regime, 3, kol_u(st, 2));
    if (!dato_kol(st, 3, &x->forfald))
        return VIDERE;
    x->har_afgjort = dato_kol(st, 4, &x->afgjort);
    x->taeller = kol_tal(st, 5) != 0;
    x->team = sag__pf_team(&c->strenge, (const char *)kol_u(st, 6));
    x->sag_id = sag__pf_id(&c->strenge, (const char *)kol_u(st, 7));
    c->r.antal_frister++;
    return VIDERE;
}

static int
pf_afgoerelse(void *ctx, struct stmt *st)
{
    struct pf *c = ctx;
    struct sag_pf_afgoerelse *p =
        voks(c->a, c->r.afgoerelser, c->r.antal_afgoerelser, &c->plads,
             sizeof(*p), 4096);
    struct sag_pf_afgoerelse *x;

    if (p == NULL)
        return UDEN_HUKOMMELSE;
    c->r.afgoerelser = p;
    x = &p[c->r.antal_afgoerelser];
    memset(x, 0, sizeof(*x));
    x->gruppe =
        (enum sag_gruppe)kode(n_gruppe, SAG_ANTAL_GRUPPER, kol_u(st, 0));
    x->type = (enum sag_sagstype)kode(n_type, 5, kol_u(st, 1));
    x->fase = (enum sag_fase)kode(n_fase, 3, kol_u(st, 2));
    x->team = sag__pf_team(&c->strenge, (const char *)kol_u(st, 4));
    x->sag_id = sag__pf_id(&c->strenge, (const char *)kol_u(st, 5));
    if (dato_kol(st, 3, &x->dato))
        c->r.antal_afgoerelser++;
    return VIDERE;
}

static int
pf_klage(void *ctx, struct stmt *st)
{
    struct pf *c = ctx;
    struct sag_pf_klage *p =
        voks(c->a, c->r.klager, c->r.antal_klager, &c->plads, sizeof(*p), 4096);
    struct sag_pf_klage *x;

    if (p == NULL)
        return UDEN_HUKOMMELSE;
    c->r.klager = p;
    x = &p[c->r.antal_klager];
    memset(x, 0, sizeof(*x));
    x->gruppe =
        (enum sag_gruppe)kode(n_gruppe, SAG_ANTAL_GRUPPER, kol_u(st, 0));
    x->status = (enum sag_klagestatus)kode(n_klagestatus, 5, kol_u(st, 3));
    x->udfald = (enum sag_udfald)kode(n_udfald, 5, kol_u(st, 4));
    if (!dato_kol(st, 1, &x->afgoerelse_dato) || !dato_kol(st, 2, &x->modtaget))
        return VIDERE;
    x->har_afgjort = dato_kol(st, 5, &x->afgjort);
    x->team = sag__pf_team(&c->strenge, (const char *)kol_u(st, 6));
    x->sag_id = sag__pf_id(&c->strenge, (const char *)kol_u(st, 7));
    c->r.antal_klager++;
    return VIDERE;
}

static enum sag_status
portefolje(struct sag_store *s, struct sag_arena *a, struct sag_pf_data *ud,
           struct sag_diag *d)
{
    static const struct {
        const char *sql;
        int (*raekke)(void *ctx, struct stmt *st);
    } dele[] = {
        { "SELECT gruppe, type, fristregime, start_dato, oprettet, afsluttet, "
          "team, id FROM sager",
          pf_sag },
        { "SELECT f.art, s.type, s.fristregime, f.forfald, f.afgjort, "
          "f.taeller, s.team, s.id FROM rapport_frister f JOIN sager s ON "
          "s.id = f.sag_id",
          pf_frist },
        { "SELECT s.gruppe, s.type, a.fase, a.dato, s.team, s.id FROM "
          "rapport_afgoerelser a JOIN sager s ON s.id = a.sag_id",
          pf_afgoerelse },
        { "SELECT s.gruppe, a.dato, k.modtaget, k.status, k.udfald, "
          "k.afgjort, s.team, s.id FROM rapport_klager k JOIN sager s ON s.id "
          "= k.sag_id "
          "JOIN rapport_afgoerelser a ON a.sag_id = k.sag_id AND a.id = "
          "k.afgoerelse_id",
          pf_klage },
    };
    struct pg *l = L(s);
    struct pf c;
    enum sag_status r = SAG_OK;

    memset(&c, 0, sizeof(c));
    c.a = a;
    c.strenge.a = a;
    for (size_t i = 0; r == SAG_OK && i < sizeof(dele) / sizeof(dele[0]); i++) {
        c.strenge.sidste_id = NULL;
        struct stmt *st = forbered(l, dele[i].sql);

        if (st == NULL)
            return dbfejl(l, d, "porteføljen");
        c.plads = 0;
        r = raekker(l, st, "porteføljen", dele[i].raekke, &c, d);
    }
    if (r == SAG_OK)
        *ud = c.r;
    return r;
}

/* ---- the quality sample ---- */

struct periode_cb {
    int (*cb)(void *ctx, const char *id, const char *sag_id,
              const char *sagstype, const char *dato);
    void *ctx;
};

static int
periode_raekke(void *ctx, struct stmt *st)
{
    struct periode_cb *c = ctx;

    return c->cb(c->ctx, tekst(st, 0), tekst(st, 1), tekst(st, 2),
                 tekst(st, 3)) != 0
               ? STOP
               : VIDERE;
}

static enum sag_status
afgoerelser_i_periode(struct sag_store *s, const char *fra, const char *til,
                      int (*cb)(void *ctx, const char *id, const char *sag_id,
                                const char *sagstype, const char *dato),
                      void *ctx, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(
        l, "SELECT a.id, a.sag_id, s.type, a.dato FROM rapport_afgoerelser a "
           "JOIN sager s ON s.id = a.sag_id WHERE a.dato BETWEEN ?1 AND ?2 "
           "ORDER BY a.id");
    struct periode_cb c = { cb, ctx };

    if (st == NULL)
        return dbfejl(l, d, "afgørelserne");
    bind_tekst(st, 1, fra);
    bind_tekst(st, 2, til);
    return raekker(l, st, "afgørelserne", periode_raekke, &c, d);
}

static enum sag_status
stikproeve(struct sag_store *s, const char *afg_id, const char *sag_id,
           const char *sagstype, const char *dato, const char *fra,
           const char *til, long long seed, const char *tid, bool *ny,
           struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(
        l, "INSERT INTO kvalitet_stikproeve(afgoerelse_id, sag_id, sagstype, "
           "afgoerelse_dato, periode_fra, periode_til, seed, udtrukket) "
           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT DO NOTHING");
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "stikprøven");
    bind_tekst(st, 1, afg_id);
    bind_tekst(st, 2, sag_id);
    bind_tekst(st, 3, sagstype);
    bind_tekst(st, 4, dato);
    bind_tekst(st, 5, fra);
    bind_tekst(st, 6, til);
    bind_tal(st, 7, seed);
    bind_tekst(st, 8, tid);
    r = trin(l, st, "stikprøven", d);
    *ny = r == SAG_OK && l->aendret > 0;
    return r;
}

static enum sag_status
vurdering(struct sag_store *s, const char *afg_id, bool korrekt,
          const char *bruger, const char *begrundelse, const char *tid,
          struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(
        l, "SELECT 1 FROM kvalitet_stikproeve WHERE afgoerelse_id = ?1");
    bool udtrukket = false;
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "vurderingen");
    bind_tekst(st, 1, afg_id);
    if ((r = raekker(l, st, "vurderingen", findes, &udtrukket, d)) != SAG_OK)
        return r;
    if (!udtrukket)
        return sag_diag_set(d, SAG_ENOTFOUND, "/afgoerelse_id",
                            "afgørelsen er ikke udtrukket til stikprøven");
    st = forbered(l, "INSERT INTO kvalitet_vurderinger(afgoerelse_id, "
                     "korrekt, bruger, begrundelse, vurderet) VALUES (?1, ?2, "
                     "?3, ?4, ?5)");
    if (st == NULL)
        return dbfejl(l, d, "vurderingen");
    bind_tekst(st, 1, afg_id);
    bind_tal(st, 2, korrekt);
    bind_tekst(st, 3, bruger);
    bind_tekst(st, 4, begrundelse);
    bind_tekst(st, 5, tid);
    r = trin(l, st, "vurderingen", d);
    if (r == SAG_ECONFLICT)
        r = sag_diag_set(d, SAG_ECONFLICT, "/afgoerelse_id",
                         "afgørelsen er allerede vurderet");
    return r;
}

static int
kvalitet_raekke(void *ctx, struct stmt *st)
{
    struct sag_pf_kvalitet *ud = ctx;
    int t = kode(n_type, 5, kol_u(st, 0));
    struct sag_pf_kvalitet_linje *x = &ud->linjer[t];

    x->udtrukket += kol_tal(st, 1);
    x->vurderet += kol_tal(st, 2);
    x->korrekt += kol_tal(st, 3);
    ud->linjer[0].udtrukket += kol_tal(st, 1);
    ud->linjer[0].vurderet += kol_tal(st, 2);
    ud->linjer[0].korrekt += kol_tal(st, 3);
    return VIDERE;
}

static enum sag_status
kvalitet(struct sag_store *s, const char *fra, const char *til,
         struct sag_pf_kvalitet *ud, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(
        l, "SELECT k.sagstype, count(*), count(v.afgoerelse_id), "
           "coalesce(sum(v.korrekt), 0) FROM kvalitet_stikproeve k LEFT JOIN "
           "kvalitet_vurderinger v ON v.afgoerelse_id = k.afgoerelse_id "
           "WHERE k.afgoerelse_dato BETWEEN ?1 AND ?2 GROUP BY k.sagstype");
    struct sag_pf_kvalitet r = *ud;
    long long antal = 0;
    enum sag_status rc;

    if (st == NULL)
        return dbfejl(l, d, "kvaliteten");
    bind_tekst(st, 1, fra);
    bind_tekst(st, 2, til);
    if ((rc = raekker(l, st, "kvaliteten", kvalitet_raekke, &r, d)) != SAG_OK)
        return rc;
    st = forbered(l, "SELECT count(*) FROM rapport_afgoerelser WHERE dato "
                     "BETWEEN ?1 AND ?2");
    if (st == NULL)
        return dbfejl(l, d, "kvaliteten");
    bind_tekst(st, 1, fra);
    bind_tekst(st, 2, til);
    if ((rc = raekker(l, st, "kvaliteten", et_tal, &antal, d)) != SAG_OK)
        return rc;
    r.afgoerelser = (long)antal;
    *ud = r;
    return SAG_OK;
}

struct kvalitet_cb {
    int (*cb)(void *ctx, const struct sag_kvalitet_post *p);
    void *ctx;
};

static int
kvalitet_post(void *ctx, struct stmt *st)
{
    struct kvalitet_cb *c = ctx;
    struct sag_kvalitet_post p;

    p.afgoerelse_id = tekst(st, 0);
    p.sag_id = tekst(st, 1);
    p.sagstype = tekst(st, 2);
    p.dato = tekst(st, 3);
    p.vurderet = kol_u(st, 4) != NULL;
    p.korrekt = kol_tal(st, 4) != 0;
    p.bruger = tekst_null(st, 5);
    p.begrundelse = tekst_null(st, 6);
    return c->cb(c->ctx, &p) != 0 ? STOP : VIDERE;
}

static enum sag_status
kvalitet_liste(struct sag_store *s, const char *fra, const char *til,
               int (*cb)(void *ctx, const struct sag_kvalitet_post *p),
               void *ctx, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(
        l, "SELECT k.afgoerelse_id, k.sag_id, k.sagstype, k.afgoerelse_dato, "
           "v.korrekt, v.bruger, v.begrundelse FROM kvalitet_stikproeve k "
           "LEFT JOIN kvalitet_vurderinger v ON v.afgoerelse_id = "
           "k.afgoerelse_id WHERE k.afgoerelse_dato BETWEEN ?1 AND ?2 ORDER "
           "BY k.afgoerelse_id");
    struct kvalitet_cb c = { cb, ctx };

    if (st == NULL)
        return dbfejl(l, d, "stikprøven");
    bind_tekst(st, 1, fra);
    bind_tekst(st, 2, til);
    return raekker(l, st, "stikprøven", kvalitet_post, &c, d);
}

/* Row callback for one hash (column 0) into a char[65]. */
static int
et_hash(void *ctx, struct stmt *st)
{
    (void)snprintf(ctx, 65, "%s", tekst(st, 0));
    return STOP;
}

static enum sag_status
laesning_forrige(struct sag_store *s, const char *sag_id, char ud[65],
                 struct sag_diag *d)
{
    struct pg *l = L(s);
    /* Readers of one case wait for each other until their transactions
     * end (an advisory lock keyed by the case, not the case's row: a read
     * does not wait for a writer of the case's events); readers of
     * different cases never wait. Under READ COMMITTED the SELECT after
     * the lock sees the row of the reader that held it. */
    struct stmt *st = forbered(l, "SELECT pg_advisory_xact_lock("
                                  "hashtextextended(?1, " LAAS_LAESNING "))");
    char hash[65];
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "læseloggen");
    bind_tekst(st, 1, sag_id);
    if ((r = trin(l, st, "læseloggen", d)) != SAG_OK)
        return r;
    st = forbered(l, "SELECT hash FROM laesninger WHERE sag_id = ?1 ORDER BY "
                     "seq DESC LIMIT 1");
    if (st == NULL)
        return dbfejl(l, d, "læseloggen");
    bind_tekst(st, 1, sag_id);
    memcpy(hash, SAG__NUL_HASH, sizeof(hash));
    if ((r = raekker(l, st, "læseloggen", et_hash, hash, d)) == SAG_OK)
        memcpy(ud, hash, sizeof(hash));
    return r;
}

static enum sag_status
laesning(struct sag_store *s, const char *sag_id, const struct sag_hvem *h,
         const char *grund, const char *tid, int noegle, const char *hash,
         struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(l, "INSERT INTO laesninger(sag_id, bruger, "
                                  "rolle, grund, tidspunkt, noegle, hash) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");

    if (st == NULL)
        return dbfejl(l, d, "læseloggen");
    bind_tekst(st, 1, sag_id);
    bind_tekst(st, 2, h->bruger);
    bind_tekst(st, 3, h->rolle ? h->rolle : "");
    bind_tekst(st, 4, grund);
    bind_tekst(st, 5, tid);
    bind_tal(st, 6, noegle);
    bind_tekst(st, 7, hash);
    return koe(l, st, "læseloggen", d);
}

struct laesning_cb {
    int (*cb)(void *ctx, const struct sag_laesning *l);
    void *ctx;
};

static int
laesning_raekke(void *ctx, struct stmt *st)
{
    struct laesning_cb *c = ctx;
    struct sag_laesning x;

    x.bruger = tekst(st, 0);
    x.rolle = tekst(st, 1);
    x.grund = tekst(st, 2);
    x.tidspunkt = tekst(st, 3);
    return c->cb(c->ctx, &x) != 0 ? STOP : VIDERE;
}

static enum sag_status
laesninger(struct sag_store *s, const char *sag_id,
           int (*cb)(void *ctx, const struct sag_laesning *l), void *ctx,
           struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(l, "SELECT bruger, rolle, grund, tidspunkt "
                                  "FROM laesninger WHERE sag_id = ?1 ORDER "
                                  "BY seq");
    struct laesning_cb c = { cb, ctx };

    if (st == NULL)
        return dbfejl(l, d, "læseloggen");
    bind_tekst(st, 1, sag_id);
    return raekker(l, st, "læseloggen", laesning_raekke, &c, d);
}

static enum sag_status
gem_afgoerelse(struct sag_store *s, const struct sag_afgoerelse_post *p,
               struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(
        l, "INSERT INTO afgoerelser(id, sag_id, fase, dato, input, resultat, "
           "satser_checksum, motor_version, registreret, hash) VALUES (?1, ?2, "
           "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "afgørelsen");
    bind_tekst(st, 1, p->id);
    bind_tekst(st, 2, p->sag_id);
    bind_tekst(st, 3, p->fase);
    bind_tekst(st, 4, p->dato);
    bind_tekst(st, 5, p->input);
    bind_tekst(st, 6, p->resultat);
    bind_tekst(st, 7, p->satser_checksum);
    bind_tekst(st, 8, p->motor_version);
    bind_tekst(st, 9, p->registreret);
    bind_tekst(st, 10, p->hash);
    r = trin(l, st, "afgørelsen", d);
    if (r == SAG_ECONFLICT)
        return sag_diag_set(d, SAG_ECONFLICT, "/afgoerelse_id",
                            "afgørelsen findes allerede, eller sagen findes "
                            "ikke");
    return r;
}

#define AFG_KOLONNER                                                           \
    "id, sag_id, fase, dato, input, resultat, satser_checksum, "               \
    "motor_version, registreret, hash"

/* A decision row (AFG_KOLONNER) with its strings in the arena; false when
 * out of memory. */
static bool
laes_afg(struct stmt *st, struct sag_arena *a, struct sag_afgoerelse_post *p)
{
    p->id = kol(st, 0, a);
    p->sag_id = kol(st, 1, a);
    p->fase = kol(st, 2, a);
    p->dato = kol(st, 3, a);
    p->input = kol(st, 4, a);
    p->resultat = kol(st, 5, a);
    p->satser_checksum = kol(st, 6, a);
    p->motor_version = kol(st, 7, a);
    p->registreret = kol(st, 8, a);
    p->hash = kol(st, 9, a);
    return sag_arena_status(a) == SAG_OK;
}

static int
saml_afgoerelse(void *ctx, struct stmt *st)
{
    struct samling *c = ctx;
    struct sag_afgoerelse_post *p =
        voks(c->a, c->p, c->n, &c->plads, sizeof(*p), 8);

    if (p == NULL)
        return UDEN_HUKOMMELSE;
    c->p = p;
    if (!laes_afg(st, c->a, &p[c->n]))
        return UDEN_HUKOMMELSE;
    c->n++;
    return VIDERE;
}

static enum sag_status
hent_afgoerelse(struct sag_store *s, const char *id, struct sag_arena *a,
                struct sag_afgoerelse_post *ud, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st =
        forbered(l, "SELECT " AFG_KOLONNER " FROM afgoerelser WHERE id = ?1");
    struct samling c = { a, NULL, 0, 0 };
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "afgørelsen");
    bind_tekst(st, 1, id);
    if ((r = raekker(l, st, "afgørelsen", saml_afgoerelse, &c, d)) != SAG_OK)
        return r;
    if (c.n == 0)
        return sag_diag_set(d, SAG_ENOTFOUND, "/afgoerelse_id",
                            "afgørelsen findes ikke");
    *ud = *(struct sag_afgoerelse_post *)c.p;
    return SAG_OK;
}

static enum sag_status
afgoerelser(struct sag_store *s, const char *sag_id, struct sag_arena *a,
            struct sag_afgoerelse_post **ud, size_t *n, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(l, "SELECT " AFG_KOLONNER
                                  " FROM afgoerelser WHERE sag_id = ?1 "
                                  "ORDER BY registreret, id");
    struct samling c = { a, NULL, 0, 0 };
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "afgørelserne");
    bind_tekst(st, 1, sag_id);
    if ((r = raekker(l, st, "afgørelserne", saml_afgoerelse, &c, d)) != SAG_OK)
        return r;
    *ud = c.p;
    *n = c.n;
    return SAG_OK;
}

/* ---- documents (migration 9) and letters (migration 8) ---- */

/* A hex digit of a bytea column's text form (0 for anything else). */
static int
hexciffer(char c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                  : 0;
}

/* A bytea column ("\\x" and hex digits) decoded into the arena; false when
 * out of memory. NULL or not hex gives 0 bytes. */
static bool
kol_bytea(struct stmt *st, int i, struct sag_arena *a, const void **ud,
          size_t *len)
{
    const char *t = tekst_null(st, i);
    size_t n = t != NULL && strncmp(t, "\\x", 2) == 0 ? (strlen(t) - 2) / 2 : 0;
    unsigned char *p = sag_arena_alloc(a, n + 1);

    if (p == NULL)
        return false;
    for (size_t j = 0; j < n; j++)
        p[j] = (unsigned char)(hexciffer(t[2 + 2 * j]) << 4 |
                               hexciffer(t[3 + 2 * j]));
    *ud = p;
    *len = n;
    return true;
}

static enum sag_status
gem_dokument(struct sag_store *s, const char *sha256, const char *mime,
             const void *indhold, size_t len, const char *tid,
             struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(
        l, "INSERT INTO dokumenter(sha256, mime, stoerrelse, indhold, "
           "registreret) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(sha256) DO "
           "NOTHING");

    if (st == NULL)
        return dbfejl(l, d, "dokumentet");
    bind_tekst(st, 1, sha256);
    bind_tekst(st, 2, mime);
    bind_tal(st, 3, (long long)len);
    bind_blob(st, 4, indhold, len);
    bind_tekst(st, 5, tid);
    return trin(l, st, "dokumentet", d);
}

struct dok_svar {
    struct sag_arena *a;
    const char *mime;
    const void *indhold;
    size_t len;
    bool fundet, ok;
};

static int
laes_dokument(void *ctx, struct stmt *st)
{
    struct dok_svar *c = ctx;

    c->fundet = true;
    c->mime = kol(st, 0, c->a);
    c->ok = c->mime != NULL && kol_bytea(st, 1, c->a, &c->indhold, &c->len);
    return c->ok ? STOP : UDEN_HUKOMMELSE;
}

static enum sag_status
hent_dokument(struct sag_store *s, const char *sha256, struct sag_arena *a,
              const char **mime, const void **indhold, size_t *len,
              struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st =
        forbered(l, "SELECT mime, indhold FROM dokumenter WHERE sha256 = ?1");
    struct dok_svar c = { a, NULL, NULL, 0, false, false };
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "dokumentet");
    bind_tekst(st, 1, sha256);
    if ((r = raekker(l, st, "dokumentet", laes_dokument, &c, d)) != SAG_OK)
        return r;
    if (!c.fundet)
        return sag_diag_set(d, SAG_ENOTFOUND, "/dokument",
                            "dokumentet findes ikke");
    *mime = c.mime;
    *indhold = c.indhold;
    *len = c.len;
    return SAG_OK;
}

/* ---- awards (migration 010, include/skadesag/ydelse.h); the same text
 * in sqlite.c and pg.c but for these accessors ---- */

#define BIND_TAL(st, i, v) bind_tal((st), (i), (v))
#define KOL_TAL(st, i) kol_tal((st), (i))
#define AENDREDE(l) ((l)->aendret)

#define YDELSE_KOLONNER                                                        \
    "id, sag_id, afgoerelse_id, art, fra, til, beloeb_oere, regulering, "      \
    "betalertype, betaler, andel_taeller, andel_naevner, skattepligtig, "      \
    "erstattet_fra, erstattet_af, niveau_aar"

static void
kopier_felt(char *ud, size_t n, const char *v)
{
    (void)snprintf(ud, n, "%s", v != NULL ? v : "");
}

static enum sag_status
ydelse_gem(struct sag_store *s, const struct sag_ydelse *y,
           const char *registreret, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(
        l,
        "INSERT INTO ydelser(id, sag_id, afgoerelse_id, art, fra, til, "
        "beloeb_oere, regulering, betalertype, betaler, andel_taeller, "
        "andel_naevner, skattepligtig, slut, registreret, niveau_aar) VALUES "
        "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?6, ?14, "
        "?15)");
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "ydelsen");
    bind_tekst(st, 1, y->id);
    bind_tekst(st, 2, y->sag_id);
    bind_tekst(st, 3, y->afgoerelse_id);
    BIND_TAL(st, 4, (long long)y->art);
    BIND_TAL(st, 5, (long long)y->fra.dage);
    if (y->har_til)
        BIND_TAL(st, 6, (long long)y->til.dage);
    else
        bind_tekst(st, 6, NULL);
    BIND_TAL(st, 7, (long long)y->beloeb.oere);
    BIND_TAL(st, 8, (long long)y->regulering);
    BIND_TAL(st, 9, (long long)y->betalertype);
    bind_tekst(st, 10, y->betaler);
    BIND_TAL(st, 11, (long long)y->andel.taeller);
    BIND_TAL(st, 12, (long long)y->andel.naevner);
    BIND_TAL(st, 13, y->skattepligtig ? 1LL : 0LL);
    bind_tekst(st, 14, registreret);
    BIND_TAL(st, 15, (long long)y->niveau_aar);
    r = trin(l, st, "ydelsen", d);
    if (r == SAG_ECONFLICT)
        return sag_diag_set(d, SAG_ECONFLICT, "/ydelse_id",
                            "ydelsen findes allerede, eller sagen findes "
                            "ikke");
    return r;
}

static enum sag_status
ydelse_erstat(struct sag_store *s, const char *id, int32_t fra, const char *af,
              bool *aendret, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(
        l, "UPDATE ydelser SET erstattet_fra = ?2, erstattet_af = ?3, "
           "slut = CASE WHEN til IS NOT NULL AND til < ?4 THEN til ELSE ?4 "
           "END WHERE id = ?1 AND (erstattet_fra IS NULL OR "
           "erstattet_fra > ?2)");
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "ydelsen");
    bind_tekst(st, 1, id);
    BIND_TAL(st, 2, (long long)fra);
    bind_tekst(st, 3, af);
    BIND_TAL(st, 4, (long long)fra - 1);
    r = trin(l, st, "ydelsen", d);
    if (r == SAG_OK)
        *aendret = AENDREDE(l) > 0;
    return r;
}

struct ydelse_strom {
    int (*cb)(void *ctx, const struct sag_ydelse *y);
    void *ctx;
};

static int
strom_ydelse(void *ctx, struct stmt *st)
{
    struct ydelse_strom *c = ctx;
    struct sag_ydelse y;

    memset(&y, 0, sizeof(y));
    kopier_felt(y.id, sizeof(y.id), tekst(st, 0));
    kopier_felt(y.sag_id, sizeof(y.sag_id), tekst(st, 1));
    kopier_felt(y.afgoerelse_id, sizeof(y.afgoerelse_id), tekst(st, 2));
    y.art = (enum sag_ydelse_art)KOL_TAL(st, 3);
    y.fra.dage = (int32_t)KOL_TAL(st, 4);
    y.har_til = tekst_null(st, 5) != NULL;
    y.til.dage = (int32_t)KOL_TAL(st, 5);
    y.beloeb.oere = (int64_t)KOL_TAL(st, 6);
    y.regulering = (enum sag_ydelse_regulering)KOL_TAL(st, 7);
    y.betalertype = (enum sag_ydelse_betalertype)KOL_TAL(st, 8);
    kopier_felt(y.betaler, sizeof(y.betaler), tekst(st, 9));
    y.andel.taeller = (int64_t)KOL_TAL(st, 10);
    y.andel.naevner = (int64_t)KOL_TAL(st, 11);
    y.skattepligtig = KOL_TAL(st, 12) != 0;
    y.erstattet = tekst_null(st, 13) != NULL;
    y.erstattet_fra.dage = (int32_t)KOL_TAL(st, 13);
    kopier_felt(y.erstattet_af, sizeof(y.erstattet_af), tekst(st, 14));
    y.niveau_aar = (int)KOL_TAL(st, 15);
    return c->cb(c->ctx, &y) != 0 ? STOP : VIDERE;
}

static enum sag_status
ydelser(struct sag_store *s, const char *sag_id, int32_t m0, int32_t m1,
        int (*cb)(void *ctx, const struct sag_ydelse *y), void *ctx,
        struct sag_diag *d)
{
    struct pg *l = L(s);
    struct ydelse_strom c = { cb, ctx };
    struct stmt *st;

    if (sag_id != NULL) {
        st = forbered(l, "SELECT " YDELSE_KOLONNER " FROM ydelser WHERE "
                         "sag_id = ?1 ORDER BY fra, id");
        if (st == NULL)
            return dbfejl(l, d, "ydelserne");
        bind_tekst(st, 1, sag_id);
    } else {
        st = forbered(l, "SELECT " YDELSE_KOLONNER " FROM ydelser WHERE "
                         "fra <= ?2 AND (slut IS NULL OR slut >= ?1) "
                         "ORDER BY id");
        if (st == NULL)
            return dbfejl(l, d, "ydelserne");
        BIND_TAL(st, 1, (long long)m0);
        BIND_TAL(st, 2, (long long)m1);
    }
    return raekker(l, st, "ydelserne", strom_ydelse, &c, d);
}

static enum sag_status
ydelse_betal(struct sag_store *s, const struct sag_ydelse_betaling *b,
             struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(
        l, "INSERT INTO ydelse_betalinger(ydelse_id, aar, maaned, "
           "beloeb_oere, reference, registreret) VALUES (?1, ?2, ?3, ?4, ?5, "
           "?6)");
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "betalingen");
    bind_tekst(st, 1, b->ydelse_id);
    BIND_TAL(st, 2, (long long)b->aar);
    BIND_TAL(st, 3, (long long)b->maaned);
    BIND_TAL(st, 4, (long long)b->beloeb.oere);
    bind_tekst(st, 5, b->reference);
    bind_tekst(st, 6, b->registreret);
    r = trin(l, st, "betalingen", d);
    if (r == SAG_ECONFLICT)
        return sag_diag_set(d, SAG_ECONFLICT, "/reference",
                            "måneden er allerede bogført med denne "
                            "reference, eller ydelsen findes ikke");
    return r;
}

struct betaling_strom {
    int (*cb)(void *ctx, const struct sag_ydelse_betaling *b);
    void *ctx;
};

static int
strom_betaling(void *ctx, struct stmt *st)
{
    struct betaling_strom *c = ctx;
    struct sag_ydelse_betaling b;

    b.ydelse_id = tekst(st, 0);
    b.aar = (int)KOL_TAL(st, 1);
    b.maaned = (int)KOL_TAL(st, 2);
    b.beloeb.oere = (int64_t)KOL_TAL(st, 3);
    b.reference = tekst(st, 4);
    b.registreret = tekst(st, 5);
    return c->cb(c->ctx, &b) != 0 ? STOP : VIDERE;
}

static enum sag_status
ydelse_betalinger(struct sag_store *s, const char *ydelse_id,
                  int (*cb)(void *ctx, const struct sag_ydelse_betaling *b),
                  void *ctx, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct betaling_strom c = { cb, ctx };
    struct stmt *st =
        forbered(l, "SELECT ydelse_id, aar, maaned, beloeb_oere, "
                    "reference, registreret FROM ydelse_betalinger "
                    "WHERE ydelse_id = ?1 ORDER BY aar, maaned, "
                    "registreret, reference");

    if (st == NULL)
        return dbfejl(l, d, "betalingerne");
    bind_tekst(st, 1, ydelse_id);
    return raekker(l, st, "betalingerne", strom_betaling, &c, d);
}

static enum sag_status
gem_brev(struct sag_store *s, const struct sag_brev_post *p, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(
        l, "INSERT INTO breve(id, sag_id, afgoerelse_id, type, dato, pdf, "
           "html, sha256, registreret) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
           "?8, ?9)");
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "brevet");
    bind_tekst(st, 1, p->id);
    bind_tekst(st, 2, p->sag_id);
    bind_tekst(st, 3, p->afgoerelse_id);
    bind_tekst(st, 4, p->type);
    bind_tekst(st, 5, p->dato);
    bind_blob(st, 6, p->pdf, p->pdf_len);
    bind_tekst(st, 7, p->html);
    bind_tekst(st, 8, p->sha256);
    bind_tekst(st, 9, p->registreret);
    r = trin(l, st, "brevet", d);
    if (r == SAG_ECONFLICT)
        return sag_diag_set(d, SAG_ECONFLICT, "/brev_id",
                            "brevet findes allerede, eller sagen findes "
                            "ikke");
    return r;
}

#define BREV_KOLONNER                                                          \
    "id, sag_id, afgoerelse_id, type, dato, pdf, html, sha256, registreret"

static int
saml_brev(void *ctx, struct stmt *st)
{
    struct samling *c = ctx;
    struct sag_brev_post *p = voks(c->a, c->p, c->n, &c->plads, sizeof(*p), 4);
    const void *pdf = NULL;

    if (p == NULL)
        return UDEN_HUKOMMELSE;
    c->p = p;
    p += c->n;
    p->id = kol(st, 0, c->a);
    p->sag_id = kol(st, 1, c->a);
    p->afgoerelse_id = kol(st, 2, c->a);
    p->type = kol(st, 3, c->a);
    p->dato = kol(st, 4, c->a);
    if (!kol_bytea(st, 5, c->a, &pdf, &p->pdf_len))
        return UDEN_HUKOMMELSE;
    p->pdf = pdf;
    p->html = kol(st, 6, c->a);
    p->sha256 = kol(st, 7, c->a);
    p->registreret = kol(st, 8, c->a);
    if (sag_arena_status(c->a) != SAG_OK)
        return UDEN_HUKOMMELSE;
    c->n++;
    return VIDERE;
}

static enum sag_status
hent_brev(struct sag_store *s, const char *id, struct sag_arena *a,
          struct sag_brev_post *ud, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st =
        forbered(l, "SELECT " BREV_KOLONNER " FROM breve WHERE id = ?1");
    struct samling c = { a, NULL, 0, 0 };
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "brevet");
    bind_tekst(st, 1, id);
    if ((r = raekker(l, st, "brevet", saml_brev, &c, d)) != SAG_OK)
        return r;
    if (c.n == 0)
        return sag_diag_set(d, SAG_ENOTFOUND, "/brev_id", "brevet findes ikke");
    *ud = *(struct sag_brev_post *)c.p;
    return SAG_OK;
}

static enum sag_status
breve(struct sag_store *s, const char *sag_id, struct sag_arena *a,
      struct sag_brev_post **ud, size_t *n, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(l, "SELECT " BREV_KOLONNER
                                  " FROM breve WHERE sag_id = ?1 ORDER BY "
                                  "registreret, id");
    struct samling c = { a, NULL, 0, 0 };
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "brevene");
    bind_tekst(st, 1, sag_id);
    if ((r = raekker(l, st, "brevene", saml_brev, &c, d)) != SAG_OK)
        return r;
    *ud = c.p;
    *n = c.n;
    return SAG_OK;
}

struct afg_strom {
    struct sag_arena a; /* one row's strings */
    int (*cb)(void *ctx, const struct sag_afgoerelse_post *p);
    void *ctx;
};

static int
strom_afgoerelse(void *ctx, struct stmt *st)
{
    struct afg_strom *c = ctx;
    struct sag_afgoerelse_post p;

    sag_arena_reset(&c->a);
    if (!laes_afg(st, &c->a, &p))
        return UDEN_HUKOMMELSE;
    return c->cb(c->ctx, &p) != 0 ? STOP : VIDERE;
}

static enum sag_status
alle_afgoerelser(struct sag_store *s, const char *fase,
                 int (*cb)(void *ctx, const struct sag_afgoerelse_post *p),
                 void *ctx, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(l, "SELECT " AFG_KOLONNER
                                  " FROM afgoerelser WHERE fase = ?1 ORDER "
                                  "BY id");
    struct afg_strom c;
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "afgørelserne");
    bind_tekst(st, 1, fase);
    sag_arena_init(&c.a, 0);
    c.cb = cb;
    c.ctx = ctx;
    r = raekker(l, st, "afgørelserne", strom_afgoerelse, &c, d);
    sag_arena_release(&c.a);
    return r;
}

struct liste_cb {
    int (*cb)(void *ctx, const struct sag_liste_post *p);
    void *ctx;
};

static int
liste_raekke(void *ctx, struct stmt *st)
{
    struct liste_cb *c = ctx;
    struct sag_liste_post p;

    p.id = tekst(st, 0);
    p.type = tekst(st, 1);
    p.generation = tekst(st, 2);
    p.status = tekst(st, 3);
    p.team = tekst(st, 4);
    p.sagsbehandler = tekst(st, 5);
    p.anerkendelse = tekst(st, 6);
    p.men = tekst(st, 7);
    p.erhvervsevnetab = tekst(st, 8);
    p.naeste_forfald = tekst(st, 9);
    p.oprettet = tekst(st, 10);
    p.venter = kol_tal(st, 11) != 0;
    return c->cb(c->ctx, &p) != 0 ? STOP : VIDERE;
}

static enum sag_status
liste(struct sag_store *s, const struct sag_liste_filter *f,
      int (*cb)(void *ctx, const struct sag_liste_post *p), void *ctx,
      struct sag_diag *d)
{
    struct pg *l = L(s);
    /* One statement per leading filter, so each walks its index newest
     * first and stops at the limit; status and type filter on the way. */
#define LISTE_SQL(hvor)                                                        \
    "SELECT id, type, generation, status, team, sagsbehandler, "               \
    "anerkendelse, men, erhvervsevnetab, naeste_forfald, oprettet, venter "    \
    "FROM sager WHERE " hvor                                                   \
    " AND (?3::text IS NULL OR status = ?3) AND (?4::text IS "                 \
    "NULL OR type = ?4) AND (?6::text IS NULL OR (oprettet, id) < (SELECT "    \
    "oprettet, id FROM sager WHERE id = ?6)) ORDER BY oprettet DESC, id DESC " \
    "LIMIT nullif(?5, -1)"
    static const char sql_team[] =
        LISTE_SQL("team = ?1 AND (?2::text IS NULL OR "
                  "sagsbehandler = ?2)");
    static const char sql_beh[] = LISTE_SQL("sagsbehandler = ?2");
    static const char sql_alle[] =
        LISTE_SQL("?1::text IS NULL AND ?2::text IS NULL");
    /* By the person (index sager_cpr); team and caseworker filter on the
     * way. */
    static const char sql_cpr[] =
        LISTE_SQL("cpr = ?7 AND (?1::text IS NULL OR team = ?1) AND "
                  "(?2::text IS NULL OR sagsbehandler = ?2)");
    /* By a word of a party's name (index parter_ord, migration 17; the
     * column's collation is "C", byte order): the words from ?7 up to ?8, and
     * as many as two more words' ranges (?9-?10, ?11-?12), each NULL when not
     * searched for: every word of the search starts a word of some party. */
    static const char sql_navn[] = LISTE_SQL(
        "id IN (SELECT sag_id FROM parter WHERE ord >= ?7 AND ord "
        "< ?8) AND (?9::text IS NULL OR id IN (SELECT sag_id FROM "
        "parter WHERE ord >= ?9 AND ord < ?10)) AND (?11::text IS NULL "
        "OR id IN (SELECT sag_id FROM parter WHERE ord >= ?11 AND "
        "ord < ?12)) AND (?1::text IS NULL OR team = ?1) AND (?2::text IS "
        "NULL OR sagsbehandler = ?2)");
#undef LISTE_SQL
    struct stmt *st = forbered(l, f->cpr             ? sql_cpr
                                  : f->navneord      ? sql_navn
                                  : f->team          ? sql_team
                                  : f->sagsbehandler ? sql_beh
                                                     : sql_alle);
    struct liste_cb c = { cb, ctx };
    /* The upper end of the name range: bound by pointer (pg.c), so it
     * lives as long as the statement runs. */
    char til[SAG_LISTE_NAVNEORD][SAG_NAVNEORD_MAX + 8];

    if (st == NULL)
        return dbfejl(l, d, "sagslisten");
    bind_tekst(st, 1, f->team);
    bind_tekst(st, 2, f->sagsbehandler);
    bind_tekst(st, 3, f->status);
    bind_tekst(st, 4, f->type);
    bind_tal(st, 5, f->graense ? (long long)f->graense : -1);
    bind_tekst(st, 6, f->efter);
    if (f->cpr)
        bind_tekst(st, 7, f->cpr);
    else if (f->navneord) {
        for (size_t i = 0; i < SAG_LISTE_NAVNEORD; i++) {
            const char *o = i < f->antal_navneord ? f->navneord[i] : NULL;

            if (o != NULL)
                sag__navneord_til(o, til[i], sizeof(til[i]));
            bind_tekst(st, 7 + 2 * (int)i, o);
            bind_tekst(st, 8 + 2 * (int)i, o != NULL ? til[i] : NULL);
        }
    }
    return raekker(l, st, "sagslisten", liste_raekke, &c, d);
}

struct arbejd_cb {
    int (*cb)(void *ctx, const struct sag_arbejdspost *p);
    void *ctx;
};

static int
arbejd_raekke(void *ctx, struct stmt *st)
{
    struct arbejd_cb *c = ctx;
    struct sag_arbejdspost p;

    p.sag_id = tekst(st, 0);
    p.art = tekst(st, 1);
    p.forfald = tekst(st, 2);
    p.tekst = tekst(st, 3);
    p.ref = tekst(st, 4);
    p.sagsbehandler = tekst(st, 5);
    p.venter = kol_tal(st, 6) != 0;
    p.type = tekst(st, 7);
    return c->cb(c->ctx, &p) != 0 ? STOP : VIDERE;
}

static enum sag_status
arbejdsliste(struct sag_store *s, const char *team, const char *behandler,
             bool venter, size_t graense,
             int (*cb)(void *ctx, const struct sag_arbejdspost *p), void *ctx,
             struct sag_diag *d)
{
    struct pg *l = L(s);
    /* Two statements so each uses its index (team or caseworker, then
     * venter, then due date). */
    struct stmt *st = forbered(
        l, team ? "SELECT sag_id, art, forfald, tekst, ref, sagsbehandler, "
                  "venter, type FROM opgaver WHERE team = ?1 AND venter = "
                  "?2 ORDER "
                  "BY forfald, sag_id LIMIT nullif(?3, -1)"
                : "SELECT sag_id, art, forfald, tekst, ref, sagsbehandler, "
                  "venter, type FROM opgaver WHERE sagsbehandler = ?1 AND "
                  "venter = "
                  "?2 ORDER BY forfald, sag_id LIMIT nullif(?3, -1)");
    struct arbejd_cb c = { cb, ctx };

    if (st == NULL)
        return dbfejl(l, d, "arbejdslisten");
    bind_tekst(st, 1, team ? team : behandler);
    bind_tal(st, 2, venter);
    bind_tal(st, 3, graense ? (long long)graense : -1);
    return raekker(l, st, "arbejdslisten", arbejd_raekke, &c, d);
}

/* PostgreSQL keeps its own storage consistent (checksums are a cluster
 * option, foreign keys are always enforced): what is left to check is that
 * the connection answers. */
static enum sag_status
integritet(struct sag_store *s, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(l, "SELECT 1");
    bool ok = false;
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "integritetskontrol");
    if ((r = raekker(l, st, "integritetskontrol", findes, &ok, d)) != SAG_OK)
        return r;
    if (!ok)
        return sag_diag_set(d, SAG_EIO, "", "databasen svarer ikke");
    return SAG_OK;
}

/* ---- anchors (docs/hashkaede.md) ----
 *
 * Several processes write at once, so seq is not commit order: the cases
 * with unanchored events are kept in uforankrede (every append upserts its
 * case's row). An anchor is written under an advisory lock; if another
 * anchor was committed between seneste_anker and the lock, nye_hoveder
 * reports no heads and this transaction writes none (the next one will).
 * The heads of uncommitted writers are not seen (READ COMMITTED) and stay
 * in uforankrede for the next anchor, and so does a case whose row a writer
 * in flight has locked (nye_hoveder locks the rows it anchors and skips
 * locked ones), so skriv_anker's DELETE of an anchored row never waits. */

struct seneste {
    struct sag_anker a;
};

static int
seneste_raekke(void *ctx, struct stmt *st)
{
    struct seneste *c = ctx;

    c->a.nr = kol_tal(st, 0);
    c->a.antal_sager = (size_t)kol_tal(st, 1);
    (void)snprintf(c->a.registreret, sizeof(c->a.registreret), "%s",
                   tekst(st, 2));
    (void)snprintf(c->a.hash, sizeof(c->a.hash), "%s", tekst(st, 3));
    return STOP;
}

static enum sag_status
seneste_anker(struct sag_store *s, struct sag_anker *ud, long long *uforankrede,
              struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(l, "SELECT nr, antal_sager, registreret, hash "
                                  "FROM ankre ORDER BY nr DESC LIMIT 1");
    struct seneste c;
    long long n = 0;
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "ankrene");
    memset(&c, 0, sizeof(c));
    if ((r = raekker(l, st, "ankrene", seneste_raekke, &c, d)) != SAG_OK)
        return r;
    if ((st = forbered(l, "SELECT coalesce(sum(antal), 0) FROM "
                          "uforankrede")) == NULL)
        return dbfejl(l, d, "ankrene");
    if ((r = raekker(l, st, "ankrene", et_tal, &n, d)) != SAG_OK)
        return r;
    l->anker_set = c.a.nr;
    *ud = c.a;
    *uforankrede = n;
    return SAG_OK;
}

struct hoved_cb {
    int (*cb)(void *ctx, const struct sag__hoved *h);
    void *ctx;
};

static int
hoved_raekke(void *ctx, struct stmt *st)
{
    struct hoved_cb *c = ctx;
    struct sag__hoved h;

    h.sag_id = tekst(st, 0);
    h.nr = (int)kol_tal(st, 1);
    h.hash = tekst(st, 2);
    return c->cb(c->ctx, &h) != 0 ? STOP : VIDERE;
}

static enum sag_status
nye_hoveder(struct sag_store *s,
            int (*cb)(void *ctx, const struct sag__hoved *h), void *ctx,
            struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st;
    struct hoved_cb c = { cb, ctx };
    long long nr = 0;
    enum sag_status r;

    if ((r = kor(l, "SELECT pg_advisory_xact_lock(" LAAS_ANKER ")", d)) !=
        SAG_OK)
        return r;
    if ((st = forbered(l, "SELECT coalesce(max(nr), 0) FROM ankre")) == NULL)
        return dbfejl(l, d, "ankrene");
    if ((r = raekker(l, st, "ankrene", et_tal, &nr, d)) != SAG_OK)
        return r;
    if (nr != l->anker_set)
        return SAG_OK; /* another anchor came first: none from here */
    /* The rows anchored are locked here, and the rows of writers still in
     * flight skipped (their cases wait for the next anchor): the DELETEs
     * in skriv_anker then never wait for a writer, who may itself be
     * waiting for the advisory lock above to anchor (a deadlock, each
     * costing deadlock_timeout, measured 18 times in 13 s with 4 writers
     * on the 1.000.000-case portfolio). */
    st = forbered(l, "SELECT u.sag_id, h.nr, h.hash FROM uforankrede u JOIN "
                     "haendelser h ON h.sag_id = u.sag_id AND h.nr = u.nr "
                     "ORDER BY u.sag_id FOR UPDATE OF u SKIP LOCKED");
    if (st == NULL)
        return dbfejl(l, d, "ankrene");
    return raekker(l, st, "ankrene", hoved_raekke, &c, d);
}

static enum sag_status
skriv_anker(struct sag_store *s, const struct sag__anker_post *a,
            const struct sag__hoved *h, size_t n, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(
        l, "INSERT INTO ankre(nr, hashversion, registreret, antal_sager, "
           "forrige_hash, hash, noegle, til_seq) VALUES (?1, ?2, ?3, ?4, ?5, "
           "?6, ?7, (SELECT coalesce(max(seq), 0) FROM haendelser))");
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "ankeret");
    bind_tal(st, 1, a->nr);
    bind_tal(st, 2, a->hashversion);
    bind_tekst(st, 3, a->registreret);
    bind_tal(st, 4, (long long)a->antal_sager);
    bind_tekst(st, 5, a->forrige_hash);
    bind_tekst(st, 6, a->hash);
    bind_tal(st, 7, a->noegle);
    if ((r = trin(l, st, "ankeret", d)) != SAG_OK)
        return r;
    for (size_t i = 0; i < n; i++) {
        st = forbered(l, "INSERT INTO anker_hoveder(anker_nr, sag_id, nr, "
                         "hash) VALUES (?1, ?2, ?3, ?4)");
        if (st == NULL)
            return dbfejl(l, d, "ankeret");
        bind_tal(st, 1, a->nr);
        bind_tekst(st, 2, h[i].sag_id);
        bind_tal(st, 3, h[i].nr);
        bind_tekst(st, 4, h[i].hash);
        if ((r = trin(l, st, "ankeret", d)) != SAG_OK)
            return r;
        st = forbered(l, "DELETE FROM uforankrede WHERE sag_id = ?1 AND nr "
                         "<= ?2");
        if (st == NULL)
            return dbfejl(l, d, "ankeret");
        bind_tekst(st, 1, h[i].sag_id);
        bind_tal(st, 2, h[i].nr);
        if ((r = trin(l, st, "ankeret", d)) != SAG_OK)
            return r;
    }
    l->anker_set = a->nr;
    return SAG_OK;
}

struct anker_cb {
    int (*cb)(void *ctx, const struct sag__anker_post *a,
              const struct sag__hoved *h, const char *haendelse_hash);
    void *ctx;
};

static int
anker_raekke(void *ctx, struct stmt *st)
{
    struct anker_cb *c = ctx;
    struct sag__anker_post a;
    struct sag__hoved h;

    a.nr = kol_tal(st, 0);
    a.hashversion = (int)kol_tal(st, 1);
    a.noegle = (int)kol_tal(st, 10);
    a.antal_sager = (size_t)kol_tal(st, 2);
    a.registreret = tekst(st, 3);
    a.forrige_hash = tekst(st, 4);
    a.hash = tekst(st, 5);
    h.sag_id = tekst_null(st, 6);
    h.nr = (int)kol_tal(st, 7);
    h.hash = tekst(st, 8);
    return c->cb(c->ctx, &a, h.sag_id ? &h : NULL, tekst_null(st, 9)) != 0
               ? STOP
               : VIDERE;
}

static enum sag_status
ankre(struct sag_store *s,
      int (*cb)(void *ctx, const struct sag__anker_post *a,
                const struct sag__hoved *h, const char *haendelse_hash),
      void *ctx, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(
        l, "SELECT a.nr, a.hashversion, a.antal_sager, a.registreret, "
           "a.forrige_hash, a.hash, k.sag_id, k.nr, k.hash, e.hash, a.noegle "
           "FROM ankre "
           "a LEFT JOIN anker_hoveder k ON k.anker_nr = a.nr LEFT JOIN "
           "haendelser e ON e.sag_id = k.sag_id AND e.nr = k.nr ORDER BY "
           "a.nr, k.sag_id");
    struct anker_cb c = { cb, ctx };

    if (st == NULL)
        return dbfejl(l, d, "ankrene");
    return raekker(l, st, "ankrene", anker_raekke, &c, d);
}

/* ---- accounts, sessions and API tokens (konto_store.h) ---- */

/* A column copied into the arena, NULL for NULL; false when out of
 * memory. */
static bool
kol_null(struct stmt *st, int i, struct sag_arena *a, const char **ud)
{
    const unsigned char *t = kol_u(st, i);

    *ud = NULL;
    if (t == NULL)
        return true;
    *ud = sag_arena_strdup(a, (const char *)t);
    return *ud != NULL;
}

static void
bind_tid(struct stmt *st, int i, int64_t t)
{
    bind_tal(st, i, (long long)t);
}

#define KONTO_KOLONNER                                                         \
    "navn, rolle, team, cpr, forsikring, kodeord_hash, totp_hemmelighed, "     \
    "totp_brugt, aktiv, fejl, spaerret_til, oprettet, aendret"

/* An account row (KONTO_KOLONNER) with its strings and seed in the arena;
 * false when out of memory. */
static bool
laes_konto(struct stmt *st, struct sag_arena *a, struct sag_konto_post *k)
{
    const char *blob = tekst_null(st, 6); /* bytea as "\\x" hex */
    size_t n = blob != NULL && strncmp(blob, "\\x", 2) == 0
                   ? (strlen(blob) - 2) / 2
                   : 0;

    memset(k, 0, sizeof(*k));
    if (!kol_null(st, 0, a, &k->navn) || !kol_null(st, 1, a, &k->rolle) ||
        !kol_null(st, 2, a, &k->team) || !kol_null(st, 3, a, &k->cpr) ||
        !kol_null(st, 4, a, &k->forsikring) ||
        !kol_null(st, 5, a, &k->kodeord_hash))
        return false;
    if (n > 0) {
        unsigned char *p = sag_arena_alloc(a, n);

        if (p == NULL)
            return false;
        for (size_t i = 0; i < n; i++)
            p[i] = (unsigned char)(hexciffer(blob[2 + 2 * i]) << 4 |
                                   hexciffer(blob[3 + 2 * i]));
        k->totp = p;
        k->totp_len = n;
    }
    k->totp_brugt = kol_tal(st, 7);
    k->aktiv = kol_tal(st, 8) != 0;
    k->fejl = (int)kol_tal(st, 9);
    k->spaerret_til = kol_tal(st, 10);
    k->oprettet = kol_tal(st, 11);
    k->aendret = kol_tal(st, 12);
    return k->navn != NULL && k->rolle != NULL && k->kodeord_hash != NULL;
}

/* Bind an account's columns as ?1..?13 in KONTO_KOLONNER order. */
static void
bind_konto(struct stmt *st, const struct sag_konto_post *k)
{
    bind_tekst(st, 1, k->navn);
    bind_tekst(st, 2, k->rolle);
    bind_tekst(st, 3, k->team);
    bind_tekst(st, 4, k->cpr);
    bind_tekst(st, 5, k->forsikring);
    bind_tekst(st, 6, k->kodeord_hash);
    if (k->totp != NULL && k->totp_len > 0)
        bind_blob(st, 7, k->totp, k->totp_len);
    else
        bind_tekst(st, 7, NULL);
    bind_tid(st, 8, k->totp_brugt);
    bind_tal(st, 9, k->aktiv);
    bind_tal(st, 10, k->fejl);
    bind_tid(st, 11, k->spaerret_til);
    bind_tid(st, 12, k->oprettet);
    bind_tid(st, 13, k->aendret);
}

static enum sag_status
konto_indsaet(struct sag_store *s, const struct sag_konto_post *k,
              struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st =
        forbered(l, "INSERT INTO konti(" KONTO_KOLONNER ") VALUES (?1, ?2, "
                    "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "kontoen");
    bind_konto(st, k);
    /* Which constraint, without echoing the value (a CPR number): its
     * name, never PostgreSQL's DETAIL. */
    if ((r = trin(l, st, "kontoen", d)) == SAG_OK)
        return SAG_OK;
    if (strcmp(l->sqlstate, "23505") == 0 &&
        strcmp(l->constraint, "konti_cpr") != 0)
        return sag_diag_set(d, SAG_ECONFLICT, "/navn",
                            "der findes allerede en konto med det navn");
    if (strcmp(l->sqlstate, "23505") == 0)
        return sag_diag_set(d, SAG_ECONFLICT, "/cpr",
                            "der findes allerede en konto til det "
                            "CPR-nummer");
    return r;
}

struct konto_en {
    struct sag_arena *a;
    struct sag_konto_post *k;
    bool fundet;
};

static int
konto_raekke(void *ctx, struct stmt *st)
{
    struct konto_en *c = ctx;

    if (!laes_konto(st, c->a, c->k))
        return UDEN_HUKOMMELSE;
    c->fundet = true;
    return STOP;
}

static enum sag_status
konto_hent(struct sag_store *s, const char *navn, struct sag_arena *a,
           struct sag_konto_post *ud, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(
        l, l->skriver ? "SELECT " KONTO_KOLONNER " FROM konti WHERE navn = ?1 "
                        "FOR UPDATE"
                      : "SELECT " KONTO_KOLONNER " FROM konti WHERE navn = ?1");
    struct sag_konto_post k;
    struct konto_en c = { a, &k, false };
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "kontoen");
    bind_tekst(st, 1, navn);
    if ((r = raekker(l, st, "kontoen", konto_raekke, &c, d)) != SAG_OK)
        return r;
    if (!c.fundet)
        return sag_diag_set(d, SAG_ENOTFOUND, "/navn", "kontoen findes ikke");
    *ud = k;
    return SAG_OK;
}

static enum sag_status
konto_opdater(struct sag_store *s, const struct sag_konto_post *k,
              struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(
        l, "UPDATE konti SET rolle = ?2, team = ?3, cpr = ?4, forsikring = "
           "?5, kodeord_hash = ?6, totp_hemmelighed = ?7, totp_brugt = ?8, "
           "aktiv = ?9, fejl = ?10, spaerret_til = ?11, aendret = ?13 WHERE "
           "navn = ?1");
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "kontoen");
    bind_konto(st, k);
    if ((r = trin(l, st, "kontoen", d)) != SAG_OK)
        return r;
    if (l->aendret == 0)
        return sag_diag_set(d, SAG_ENOTFOUND, "/navn", "kontoen findes ikke");
    return SAG_OK;
}

struct konti_cb {
    struct sag_arena a; /* one row's strings */
    int (*cb)(void *ctx, const struct sag_konto_post *k);
    void *ctx;
};

static int
konti_raekke(void *ctx, struct stmt *st)
{
    struct konti_cb *c = ctx;
    struct sag_konto_post k;

    sag_arena_reset(&c->a);
    if (!laes_konto(st, &c->a, &k))
        return UDEN_HUKOMMELSE;
    return c->cb(c->ctx, &k) != 0 ? STOP : VIDERE;
}

static enum sag_status
konti(struct sag_store *s, int (*cb)(void *ctx, const struct sag_konto_post *k),
      void *ctx, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st =
        forbered(l, "SELECT " KONTO_KOLONNER " FROM konti ORDER BY navn");
    struct konti_cb c;
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "kontiene");
    sag_arena_init(&c.a, 0);
    c.cb = cb;
    c.ctx = ctx;
    r = raekker(l, st, "kontiene", konti_raekke, &c, d);
    sag_arena_release(&c.a);
    return r;
}

static enum sag_status
session_indsaet(struct sag_store *s, const struct sag_session_post *p,
                struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st =
        forbered(l, "INSERT INTO sessioner(token_hash, bruger, csrf, "
                    "oprettet, sidst_brugt, udloeber) VALUES (?1, ?2, ?3, "
                    "?4, ?5, ?6)");

    if (st == NULL)
        return dbfejl(l, d, "sessionen");
    bind_tekst(st, 1, p->token_hash);
    bind_tekst(st, 2, p->bruger);
    bind_tekst(st, 3, p->csrf);
    bind_tid(st, 4, p->oprettet);
    bind_tid(st, 5, p->sidst_brugt);
    bind_tid(st, 6, p->udloeber);
    return trin(l, st, "sessionen", d);
}

struct session_en {
    struct sag_arena *a;
    struct sag_session_post *p;
    bool fundet;
};

static int
session_raekke(void *ctx, struct stmt *st)
{
    struct session_en *c = ctx;

    if (!kol_null(st, 0, c->a, &c->p->token_hash) ||
        !kol_null(st, 1, c->a, &c->p->bruger) ||
        !kol_null(st, 2, c->a, &c->p->csrf))
        return UDEN_HUKOMMELSE;
    c->p->oprettet = kol_tal(st, 3);
    c->p->sidst_brugt = kol_tal(st, 4);
    c->p->udloeber = kol_tal(st, 5);
    c->fundet = true;
    return STOP;
}

static enum sag_status
session_hent(struct sag_store *s, const char *token_hash, struct sag_arena *a,
             struct sag_session_post *ud, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(l, "SELECT token_hash, bruger, csrf, oprettet, "
                                  "sidst_brugt, udloeber FROM sessioner "
                                  "WHERE token_hash = ?1");
    struct sag_session_post p;
    struct session_en c = { a, &p, false };
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "sessionen");
    memset(&p, 0, sizeof(p));
    bind_tekst(st, 1, token_hash);
    if ((r = raekker(l, st, "sessionen", session_raekke, &c, d)) != SAG_OK)
        return r;
    if (!c.fundet)
        return sag_diag_set(d, SAG_ENOTFOUND, "/session",
                            "sessionen findes ikke");
    *ud = p;
    return SAG_OK;
}

static enum sag_status
session_roer(struct sag_store *s, const char *token_hash, int64_t sidst_brugt,
             struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(l, "UPDATE sessioner SET sidst_brugt = ?2 "
                                  "WHERE token_hash = ?1");

    if (st == NULL)
        return dbfejl(l, d, "sessionen");
    bind_tekst(st, 1, token_hash);
    bind_tid(st, 2, sidst_brugt);
    return trin(l, st, "sessionen", d);
}

static enum sag_status
session_slet(struct sag_store *s, const char *token_hash, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st =
        forbered(l, "DELETE FROM sessioner WHERE token_hash = ?1");

    if (st == NULL)
        return dbfejl(l, d, "sessionen");
    bind_tekst(st, 1, token_hash);
    return trin(l, st, "sessionen", d);
}

/* The number of rows the last change touched, into `antal` if given. */
static enum sag_status
aendrede(struct pg *l, enum sag_status r, size_t *antal)
{
    if (r == SAG_OK && antal != NULL)
        *antal = (size_t)l->aendret;
    return r;
}

static enum sag_status
sessioner_slet(struct sag_store *s, const char *bruger, size_t behold,
               size_t *antal, struct sag_diag *d)
{
    struct pg *l = L(s);
    /* Keep the newest `behold` sessions of each account in scope. */
    struct stmt *st = forbered(
        l, "DELETE FROM sessioner WHERE (?1::text IS NULL OR bruger = ?1) AND "
           "token_hash NOT IN (SELECT token_hash FROM (SELECT token_hash, "
           "row_number() OVER (PARTITION BY bruger ORDER BY oprettet DESC, "
           "sidst_brugt DESC) AS r FROM sessioner WHERE ?1::text IS NULL OR "
           "bruger "
           "= ?1) AS nyeste WHERE r <= ?2)");

    if (st == NULL)
        return dbfejl(l, d, "sessionerne");
    bind_tekst(st, 1, bruger);
    bind_tal(st, 2, (long long)behold);
    return aendrede(l, trin(l, st, "sessionerne", d), antal);
}

static enum sag_status
sessioner_ryd(struct sag_store *s, int64_t nu, int64_t sidst_brugt_foer,
              size_t *antal, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(l, "DELETE FROM sessioner WHERE udloeber <= "
                                  "?1 OR sidst_brugt < ?2");

    if (st == NULL)
        return dbfejl(l, d, "sessionerne");
    bind_tid(st, 1, nu);
    bind_tid(st, 2, sidst_brugt_foer);
    return aendrede(l, trin(l, st, "sessionerne", d), antal);
}

static enum sag_status
noegle_indsaet(struct sag_store *s, const struct sag_noegle_post *p,
               struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(
        l, "INSERT INTO api_noegler(token_hash, bruger, scope, beskrivelse, "
           "oprettet, udloeber, aktiv) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");

    if (st == NULL)
        return dbfejl(l, d, "API-nøglen");
    bind_tekst(st, 1, p->token_hash);
    bind_tekst(st, 2, p->bruger);
    bind_tal(st, 3, (long long)p->scope);
    bind_tekst(st, 4, p->beskrivelse);
    bind_tid(st, 5, p->oprettet);
    if (p->udloeber != 0)
        bind_tid(st, 6, p->udloeber);
    else
        bind_tekst(st, 6, NULL);
    bind_tal(st, 7, p->aktiv);
    return trin(l, st, "API-nøglen", d);
}

struct noegle_en {
    struct sag_arena *a;
    struct sag_noegle_post *p;
    bool fundet;
};

static int
noegle_raekke(void *ctx, struct stmt *st)
{
    struct noegle_en *c = ctx;

    if (!kol_null(st, 0, c->a, &c->p->token_hash) ||
        !kol_null(st, 1, c->a, &c->p->bruger) ||
        !kol_null(st, 3, c->a, &c->p->beskrivelse))
        return UDEN_HUKOMMELSE;
    c->p->scope = (unsigned)kol_tal(st, 2);
    c->p->oprettet = kol_tal(st, 4);
    c->p->udloeber = kol_tal(st, 5); /* NULL reads as 0 */
    c->p->aktiv = kol_tal(st, 6) != 0;
    c->fundet = true;
    return STOP;
}

static enum sag_status
noegle_hent(struct sag_store *s, const char *token_hash, struct sag_arena *a,
            struct sag_noegle_post *ud, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st =
        forbered(l, "SELECT token_hash, bruger, scope, beskrivelse, oprettet, "
                    "udloeber, aktiv FROM api_noegler WHERE token_hash = ?1");
    struct sag_noegle_post p;
    struct noegle_en c = { a, &p, false };
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "API-nøglen");
    memset(&p, 0, sizeof(p));
    bind_tekst(st, 1, token_hash);
    if ((r = raekker(l, st, "API-nøglen", noegle_raekke, &c, d)) != SAG_OK)
        return r;
    if (!c.fundet)
        return sag_diag_set(d, SAG_ENOTFOUND, "/noegle",
                            "API-nøglen findes ikke");
    *ud = p;
    return SAG_OK;
}

static enum sag_status
noegler_deaktiver(struct sag_store *s, const char *bruger, size_t *antal,
                  struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(l, "UPDATE api_noegler SET aktiv = 0 WHERE "
                                  "bruger = ?1 AND aktiv = 1");

    if (st == NULL)
        return dbfejl(l, d, "API-nøglerne");
    bind_tekst(st, 1, bruger);
    return aendrede(l, trin(l, st, "API-nøglerne", d), antal);
}

/* ---- copying a whole store (sag_store_kopier) ---- */

struct ud_cb {
    size_t n;
    int (*cb)(void *ctx, const char *const *v);
    void *ctx;
};

static int
ud_raekke(void *ctx, struct stmt *st)
{
    struct ud_cb *c = ctx;
    const char *v[MAKS_PARAM];

    for (size_t i = 0; i < c->n && i < MAKS_PARAM; i++)
        v[i] = tekst_null(st, (int)i);
    return c->cb(c->ctx, v) != 0 ? STOP : VIDERE;
}

static enum sag_status
raekker_ud(struct sag_store *s, const char *sql, const char *typer,
           int (*cb)(void *ctx, const char *const *v), void *ctx,
           struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(l, sql);
    struct ud_cb c = { strlen(typer), cb, ctx };

    if (st == NULL)
        return dbfejl(l, d, "kopieringen");
    return raekker(l, st, "kopieringen", ud_raekke, &c, d);
}

static enum sag_status
raekker_ud_p(struct sag_store *s, const char *sql, const char *const *p,
             size_t np, const char *typer,
             int (*cb)(void *ctx, const char *const *v), void *ctx,
             struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(l, sql);
    struct ud_cb c = { strlen(typer), cb, ctx };

    if (st == NULL)
        return dbfejl(l, d, "udbetalingen");
    for (size_t i = 0; i < np && i < MAKS_PARAM; i++)
        bind_tekst(st, (int)i + 1, p[i]);
    return raekker(l, st, "udbetalingen", ud_raekke, &c, d);
}

/* Copied rows go to PostgreSQL by COPY ... FROM STDIN, a table at a time
 * in the copy's one transaction: the rows stream to the server without an
 * answer per row or per batch, and the server parses and plans nothing per
 * row. The rows are the source's own values (the hash chain's columns
 * among them) in COPY's text format; integers and bytea ("\\x" hex) are
 * read from their text forms as with INSERT. A failed row (a broken
 * constraint) is reported when the table's COPY ends: at the next
 * statement, the next table or the commit, naming the copy; PostgreSQL
 * has then aborted the transaction, so nothing of the copy is kept. */

/* Send the buffered rows; false if libpq could not (error noted). */
static bool
kopi_send(struct pg *l)
{
    bool ok = l->kopi_n == 0 ||
              PQputCopyData(l->db, l->kopi_buf, (int)l->kopi_n) == 1;

    if (!ok)
        noter_fejl(l, NULL);
    l->kopi_n = 0;
    return ok;
}

/* End the COPY in progress and read its answer; false if it failed. */
static bool
kopi_slut(struct pg *l, const char **hvad)
{
    bool ok = kopi_send(l);
    PGresult *res;

    l->kopi_sql = NULL;
    if (PQputCopyEnd(l->db, ok ? NULL : "kopieringen blev afbrudt") != 1 &&
        ok) {
        noter_fejl(l, NULL);
        ok = false;
    }
    while ((res = PQgetResult(l->db)) != NULL) {
        ExecStatusType s = PQresultStatus(res);

        if (s != PGRES_COMMAND_OK && ok) {
            noter_fejl(l, res);
            ok = false;
        }
        PQclear(res);
        /* Still copying means the connection is gone: libpq would answer
         * COPY_IN for ever. */
        if (s == PGRES_COPY_IN || s == PGRES_COPY_OUT)
            break;
    }
    if (!ok)
        *hvad = "kopieringen";
    return ok;
}

static bool
kopi_tegn(struct pg *l, char c)
{
    if (l->kopi_n == KOPI_BUF && !kopi_send(l))
        return false;
    l->kopi_buf[l->kopi_n++] = c;
    return true;
}

/* "INSERT INTO t(a, b) VALUES (...)" → "COPY t(a, b) FROM STDIN" in `ud`;
 * false for a statement COPY cannot do (an upsert). */
static bool
kopi_saetning(const char *sql, char *ud, size_t n)
{
    const char *v = strstr(sql, " VALUES");
    int m;

    if (strncmp(sql, "INSERT INTO ", 12) != 0 || v == NULL ||
        strstr(sql, "ON CONFLICT") != NULL)
        return false;
    m = snprintf(ud, n, "COPY %.*s FROM STDIN", (int)(v - sql - 12), sql + 12);
    return m > 0 && (size_t)m < n;
}

/* Start the COPY of `sql`'s table, ending the previous one. */
static enum sag_status
kopi_begynd(struct pg *l, const char *sql, const char *copy, struct sag_diag *d)
{
    enum sag_status r;
    PGresult *res;
    bool ok;

    if ((r = toem(l, d)) != SAG_OK)
        return r;
    if (l->kopi_buf == NULL && (l->kopi_buf = sag_malloc(KOPI_BUF)) == NULL)
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    res = PQexec(l->db, copy);
    ok = PQresultStatus(res) == PGRES_COPY_IN;
    if (!ok)
        noter_fejl(l, res);
    PQclear(res);
    if (!ok)
        return dbfejl(l, d, "kopieringen");
    l->kopi_sql = sql;
    l->kopi_n = 0;
    return SAG_OK;
}

/* One row in COPY's text format: tab between columns, \N for NULL, and
 * backslash, tab, newline and carriage return escaped. */
static enum sag_status
kopi_raekke(struct pg *l, size_t n, const char *const *v, struct sag_diag *d)
{
    bool ok = true;

    for (size_t i = 0; ok && i < n; i++) {
        if (i > 0)
            ok = kopi_tegn(l, '\t');
        if (v[i] == NULL) {
            ok = ok && kopi_tegn(l, '\\') && kopi_tegn(l, 'N');
            continue;
        }
        for (const char *p = v[i]; ok && *p; p++) {
            switch (*p) {
            case '\\': ok = kopi_tegn(l, '\\') && kopi_tegn(l, '\\'); break;
            case '\t': ok = kopi_tegn(l, '\\') && kopi_tegn(l, 't'); break;
            case '\n': ok = kopi_tegn(l, '\\') && kopi_tegn(l, 'n'); break;
            case '\r': ok = kopi_tegn(l, '\\') && kopi_tegn(l, 'r'); break;
            default: ok = kopi_tegn(l, *p); break;
            }
        }
    }
    if (ok && kopi_tegn(l, '\n'))
        return SAG_OK;
    return dbfejl(l, d, "kopieringen");
}

/* In the copy's write transaction, by COPY (above); otherwise, and for
 * an upsert, a prepared INSERT with text for every column: PostgreSQL
 * reads integers and bytea ("\\x" hex) from their text forms. */
static enum sag_status
raekke_ind(struct sag_store *s, const char *sql, const char *typer,
           const char *const *v, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st;
    size_t n = strlen(typer);
    char copy[1024];
    enum sag_status r;

    if (l->skriver && n <= MAKS_PARAM &&
        (l->kopi_sql == sql || kopi_saetning(sql, copy, sizeof(copy)))) {
        if (l->kopi_sql != sql && (r = kopi_begynd(l, sql, copy, d)) != SAG_OK)
            return r;
        return kopi_raekke(l, n, v, d);
    }
    if ((st = forbered(l, sql)) == NULL)
        return dbfejl(l, d, "kopieringen");
    for (size_t i = 0; i < n && i < MAKS_PARAM; i++)
        bind_tekst(st, (int)i + 1, v[i]);
    return koe(l, st, "kopieringen", d);
}

/* The identity sequences continue after the copied rows, and the cases
 * with events after their latest anchored head are the unanchored ones.
 * Then ANALYZE, in the copy's transaction: the planner has statistics for
 * the new rows from the first query on, rather than planning a million
 * cases as an empty table until autovacuum comes round. */
static enum sag_status
kopi_faerdig(struct sag_store *s, struct sag_diag *d)
{
    return kor(L(s),
               "SELECT setval(pg_get_serial_sequence('haendelser', 'seq'), "
               "coalesce(max(seq), 0) + 1, false) FROM haendelser; "
               "SELECT setval(pg_get_serial_sequence('laesninger', 'seq'), "
               "coalesce(max(seq), 0) + 1, false) FROM laesninger; "
               /* One pass over each table (a hash join), not a lookup
                * per event: anker_hoveder has no index by case alone. */
               "INSERT INTO uforankrede(sag_id, nr, antal) SELECT h.sag_id, "
               "max(h.nr), count(*) FROM haendelser h LEFT JOIN (SELECT "
               "sag_id, max(nr) AS nr FROM anker_hoveder GROUP BY sag_id) k "
               "ON k.sag_id = h.sag_id WHERE h.nr > coalesce(k.nr, 0) "
               "GROUP BY h.sag_id; ANALYZE",
               d);
}

/* ---- what a checkpoint names (docs/sikkerhed.md) ---- */

struct sikring_raekke {
    char *id;
    long long haendelser, laesninger;
};

static int
sikring_raekke(void *ctx, struct stmt *st)
{
    struct sikring_raekke *r = ctx;

    (void)snprintf(r->id, 65, "%s", tekst(st, 0));
    r->haendelser = kol_tal(st, 1);
    r->laesninger = kol_tal(st, 2);
    return STOP;
}

static enum sag_status
sikring_status(struct sag_store *s, char id[65], long long *haendelser,
               long long *laesninger, struct sag_diag *d)
{
    struct sikring_raekke r = { id, 0, 0 };
    struct stmt *st =
        forbered(L(s), "SELECT coalesce((SELECT id FROM databasen), "
                       "''), (SELECT count(*) FROM haendelser), "
                       "(SELECT count(*) FROM laesninger)");
    enum sag_status x;

    id[0] = '\0';
    if (st == NULL)
        return dbfejl(L(s), d, "databasens id");
    if ((x = raekker(L(s), st, "databasens id", sikring_raekke, &r, d)) !=
        SAG_OK)
        return x;
    *haendelser = r.haendelser;
    *laesninger = r.laesninger;
    return SAG_OK;
}

/* ---- saved worklist filters (issue 12) ---- */

static enum sag_status
gem_filter(struct sag_store *s, const char *bruger, const char *navn,
           const char *forespoergsel, const char *tid, struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st = forbered(
        l, "INSERT INTO gemte_filtre(bruger, navn, forespoergsel, gemt) "
           "VALUES (?1, ?2, ?3, ?4) ON CONFLICT(bruger, navn) DO UPDATE SET "
           "forespoergsel = excluded.forespoergsel, gemt = excluded.gemt");

    if (st == NULL)
        return dbfejl(l, d, "de gemte filtre");
    bind_tekst(st, 1, bruger);
    bind_tekst(st, 2, navn);
    bind_tekst(st, 3, forespoergsel);
    bind_tekst(st, 4, tid);
    return trin(l, st, "de gemte filtre", d);
}

struct filter_cb {
    int (*cb)(void *ctx, const struct sag_gemt_filter *f);
    void *ctx;
};

static int
filter_raekke(void *ctx, struct stmt *st)
{
    struct filter_cb *c = ctx;
    struct sag_gemt_filter f;

    f.navn = tekst(st, 0);
    f.forespoergsel = tekst(st, 1);
    return c->cb(c->ctx, &f) != 0 ? STOP : VIDERE;
}

static enum sag_status
filtre(struct sag_store *s, const char *bruger,
       int (*cb)(void *ctx, const struct sag_gemt_filter *f), void *ctx,
       struct sag_diag *d)
{
    struct pg *l = L(s);
    struct stmt *st =
        forbered(l, "SELECT navn, forespoergsel FROM gemte_filtre "
                    "WHERE bruger = ?1 ORDER BY navn");
    struct filter_cb c = { cb, ctx };

    if (st == NULL)
        return dbfejl(l, d, "de gemte filtre");
    bind_tekst(st, 1, bruger);
    return raekker(l, st, "de gemte filtre", filter_raekke, &c, d);
}

static const struct sag__store_ops pg_ops = {
    .luk = luk,
    .begynd = begynd,
    .begynd_laes = begynd_laes,
    .bekraeft = bekraeft,
    .fortryd = fortryd,
    .taeller = taeller,
    .laas = laas,
    .haendelser = haendelser,
    .alle_haendelser = alle_haendelser,
    .indsaet = indsaet,
    .omhash = omhash,
    .projektion = projektion,
    .laesning_forrige = laesning_forrige,
    .laesning = laesning,
    .laesninger = laesninger,
    .gem_afgoerelse = gem_afgoerelse,
    .hent_afgoerelse = hent_afgoerelse,
    .afgoerelser = afgoerelser,
    .gem_dokument = gem_dokument,
    .hent_dokument = hent_dokument,
    .ydelse_gem = ydelse_gem,
    .ydelse_erstat = ydelse_erstat,
    .ydelser = ydelser,
    .ydelse_betal = ydelse_betal,
    .ydelse_betalinger = ydelse_betalinger,
    .gem_brev = gem_brev,
    .hent_brev = hent_brev,
    .breve = breve,
    .liste = liste,
    .arbejdsliste = arbejdsliste,
    .gem_filter = gem_filter,
    .filtre = filtre,
    .integritet = integritet,
    .fakta = fakta,
    .meta_hent = meta_hent,
    .meta_saet = meta_saet,
    .sag_ider = sag_ider,
    .portefolje = portefolje,
    .parter = parter,
    .sager_med_parter = sager_med_parter,
    .afgoerelser_i_periode = afgoerelser_i_periode,
    .stikproeve = stikproeve,
    .vurdering = vurdering,
    .kvalitet = kvalitet,
    .kvalitet_liste = kvalitet_liste,
    .alle_afgoerelser = alle_afgoerelser,
    .seneste_anker = seneste_anker,
    .sikring_status = sikring_status,
    .nye_hoveder = nye_hoveder,
    .skriv_anker = skriv_anker,
    .ankre = ankre,
    .konto_indsaet = konto_indsaet,
    .konto_hent = konto_hent,
    .konto_opdater = konto_opdater,
    .konti = konti,
    .session_indsaet = session_indsaet,
    .session_hent = session_hent,
    .session_roer = session_roer,
    .session_slet = session_slet,
    .sessioner_slet = sessioner_slet,
    .sessioner_ryd = sessioner_ryd,
    .noegle_indsaet = noegle_indsaet,
    .noegle_hent = noegle_hent,
    .noegler_deaktiver = noegler_deaktiver,
    .raekker_ud = raekker_ud,
    .raekke_ind = raekke_ind,
    .raekker_ud_p = raekker_ud_p,
    .kopi_faerdig = kopi_faerdig,
};

/* ---- opening and migrating ---- */

static enum sag_status
skemaversion(struct pg *l, int *version, struct sag_diag *d)
{
    struct stmt *st = forbered(l, "SELECT version FROM skadesag_skema");
    long long v = 0;
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "skemaversionen");
    if ((r = raekker(l, st, "skemaversionen", et_tal, &v, d)) != SAG_OK)
        return r;
    if (v < 0 || (size_t)v > sag__migrationer_pg_antal)
        return sag_diag_set(d, SAG_ECONFLICT, "",
                            "databasen har skemaversion %lld, men programmet "
                            "kender kun %zu",
                            v, sag__migrationer_pg_antal);
    *version = (int)v;
    return SAG_OK;
}

/* As SQLite's: migration 5's step in C (on a new database it finds no
 * events and writes nothing). */
static const struct {
    size_t version;
    enum sag_status (*trin)(struct sag_store *s, struct sag_diag *d);
} migrationstrin[] = {
    { 5, sag__store_kaede_pr_sag },
    { 12, sag__store_noeglekaede },
    { 14, sag__store_laeselogkaede },
    { 17, sag__store_parter_indeks },
};

/* Apply the migrations the database has not seen, in one transaction under
 * an advisory lock, the version read again under the lock. */
static enum sag_status
migrer(struct pg *l, struct sag_diag *d)
{
    int version = 0;
    enum sag_status r;

    if ((r = kor(l, "BEGIN", d)) != SAG_OK)
        return r;
    if ((r = kor(l, "SELECT pg_advisory_xact_lock(" LAAS_MIGRATION ")", d)) !=
            SAG_OK ||
        (r = kor(l,
                 "CREATE TABLE IF NOT EXISTS skadesag_skema (version BIGINT "
                 "NOT NULL); INSERT INTO skadesag_skema(version) SELECT 0 "
                 "WHERE NOT EXISTS (SELECT 1 FROM skadesag_skema)",
                 d)) != SAG_OK ||
        (r = skemaversion(l, &version, d)) != SAG_OK)
        goto fejl;
    for (size_t i = (size_t)version; i < sag__migrationer_pg_antal; i++) {
        char sql[64];

        (void)snprintf(sql, sizeof(sql),
                       "UPDATE skadesag_skema SET version = %zu", i + 1);
        if ((r = kor(l, sag__migrationer_pg[i], d)) != SAG_OK)
            goto fejl;
        if ((r = kor(l, sql, d)) != SAG_OK)
            goto fejl;
    }
    /* The steps in C run after all the SQL, in order, so that they read
     * and write the newest schema's columns (migration 5's re-hashing
     * reads the events' key column of migration 12). */
    for (size_t i = (size_t)version; i < sag__migrationer_pg_antal; i++)
        for (size_t j = 0;
             j < sizeof(migrationstrin) / sizeof(migrationstrin[0]); j++)
            if (migrationstrin[j].version ==
                    sag__migration_nr(sag__migrationer_pg[i]) &&
                (r = migrationstrin[j].trin(&l->basis, d)) != SAG_OK)
                goto fejl;
    if ((r = kor(l, "COMMIT", d)) == SAG_OK)
        return SAG_OK;
fejl:
    PQclear(PQexec(l->db, "ROLLBACK"));
    return r;
}

/* Whether the database has no store (no schema table). */
static enum sag_status
er_tom(struct pg *l, bool *tom, struct sag_diag *d)
{
    struct stmt *st =
        forbered(l, "SELECT 1 WHERE to_regclass('skadesag_skema') IS NOT NULL");
    bool noget = false;
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "åbning af databasen");
    if ((r = raekker(l, st, "åbning af databasen", findes, &noget, d)) ==
        SAG_OK)
        *tom = !noget;
    return r;
}

/* Whether the server is a hot standby in recovery (read-only). */
static enum sag_status
standby(struct pg *l, bool *ja, struct sag_diag *d)
{
    struct stmt *st = forbered(l, "SELECT 1 WHERE pg_is_in_recovery()");
    bool svar = false;
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "åbning af databasen");
    if ((r = raekker(l, st, "åbning af databasen", findes, &svar, d)) == SAG_OK)
        *ja = svar;
    return r;
}

static void
luk_fejlet(struct pg *l)
{
    PQfinish(l->db);
    sag_free(l);
}

/* Open the store at a libpq URI (postgresql://… or postgres://…). */
enum sag_status
sag__pg_aabn(const char *url, unsigned flag, struct sag_store **ud,
             struct sag_diag *d)
{
    struct pg *l;
    bool tom = false, laeser = false;
    enum sag_status r;

    if ((l = sag_calloc(1, sizeof(*l))) == NULL)
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    l->basis.ops = &pg_ops;
    l->basis.ur = sag__systemur;
    l->basis.ankerinterval = ANKERINTERVAL;
    l->db = PQconnectdb(url);
    if (l->db == NULL || PQstatus(l->db) != CONNECTION_OK) {
        /* libpq's message names host and port, never the password. */
        const char *m = l->db ? PQerrorMessage(l->db) : "?";

        r = sag_diag_set(d, SAG_EIO, "/db",
                         "kan ikke forbinde til PostgreSQL: %.*s",
                         (int)strcspn(m, "\n"), m);
        luk_fejlet(l);
        return r;
    }
    if ((r = kor(l,
                 "SET client_encoding = 'UTF8'; SET synchronous_commit = on; "
                 "SET client_min_messages = warning",
                 d)) != SAG_OK ||
        (r = er_tom(l, &tom, d)) != SAG_OK) {
        luk_fejlet(l);
        return r;
    }
    if (tom && !(flag & SAG_STORE_OPRET)) {
        luk_fejlet(l);
        return sag_diag_set(d, SAG_ENOTFOUND, "/db",
                            "databasen er tom (ikke oprettet af skadesag)");
    }
    if ((r = standby(l, &laeser, d)) != SAG_OK) {
        luk_fejlet(l);
        return r;
    }
    if (laeser) {
        /* A hot standby (docs/postgresql.md): read-only, its schema is the
         * primary's; it is read (--rapport-db), never migrated. */
        int version = 0;

        if (tom)
            r = sag_diag_set(d, SAG_ENOTFOUND, "/db",
                             "standby-databasen er tom (primæren er ikke "
                             "oprettet af skadesag)");
        else if ((r = skemaversion(l, &version, d)) == SAG_OK &&
                 (size_t)version != sag__migrationer_pg_antal)
            r = sag_diag_set(d, SAG_ECONFLICT, "/db",
                             "standby-databasen har skemaversion %d; "
                             "programmet kræver %zu (åbn primæren først)",
                             version, sag__migrationer_pg_antal);
    } else if ((r = migrer(l, d)) == SAG_OK) {
        r = sag__store_efter_aabning(&l->basis, d);
    }
    if (r != SAG_OK) {
        luk_fejlet(l);
        return r;
    }
    *ud = &l->basis;
    return SAG_OK;
}
