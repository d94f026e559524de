/*
 * The SQLite adapter: the embedded default store.
 *
 * One connection per handle (use one per thread). Every connection sets
 * foreign_keys=ON (off by default in Debian's build), WAL journaling,
 * synchronous=FULL so a committed transaction survives power loss, and a
 * busy timeout; writes use BEGIN IMMEDIATE so writers are serialised
 * instead of failing on upgrade. All SQL is prepared with bound parameters.
 * The schema comes from numbered migrations
 * (src/store/migrationer/sqlite/NNN_…), applied in order and recorded in
 * PRAGMA user_version; a migration may have a step in C that runs after
 * its SQL in the same transaction.
 *
 * Every operation that returns rows runs its statement through raekker()
 * with a row callback, and grows its arrays with voks(): a row that cannot
 * be kept is SAG_ENOMEM with a diag, everywhere the same.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include <sqlite3.h>

#include "skadesag/alloc.h"

#include "skadesag/fakta.h"
#include "skadesag/portefolje.h"

#include "store_int.h"

#include "../base/banned.h"

extern const char *const sag__migrationer_sqlite[];
extern const size_t sag__migrationer_sqlite_antal;

/* Write transactions anchor by themselves once this many events are
 * unanchored (docs/hashkaede.md): writers are serialised anyway, and an
 * anchor over at most this many case heads costs a few milliseconds. */
#define ANKERINTERVAL 1000

/* Prepared statements are kept per connection (parsing SQL cost more than
 * running it), keyed by the address of the SQL text: every statement is a
 * string literal in this file. */
#define CACHE_MAKS 64

struct lite {
    struct sag_store basis;
    sqlite3 *db;
    struct {
        const char *sql;
        sqlite3_stmt *st;
    } cache[CACHE_MAKS];
    size_t antal_cache;
};

static struct lite *
L(struct sag_store *s)
{
    return (struct lite *)s;
}

static enum sag_status
dbfejl(struct lite *l, struct sag_diag *d, const char *hvad)
{
    int kode = sqlite3_extended_errcode(l->db);
    enum sag_status st =
        (kode & 0xff) == SQLITE_CONSTRAINT ? SAG_ECONFLICT : SAG_EIO;

    return sag_diag_set(d, st, "", "databasefejl ved %s: %s", hvad,
                        sqlite3_errmsg(l->db));
}

static enum sag_status
kor(struct lite *l, const char *sql, struct sag_diag *d)
{
    char *fejl = NULL;

    if (sqlite3_exec(l->db, sql, NULL, NULL, &fejl) != SQLITE_OK) {
        enum sag_status st =
            sag_diag_set(d, SAG_EIO, "", "databasefejl: %s", fejl ? fejl : "?");
        sqlite3_free(fejl);
        return st;
    }
    return SAG_OK;
}

/* A statement ready to bind; give it back with frigiv(). A cached
 * statement still in use (a nested call) gets a fresh, uncached one. */
static sqlite3_stmt *
forbered(struct lite *l, const char *sql)
{
    sqlite3_stmt *st = NULL;

    for (size_t i = 0; i < l->antal_cache; i++)
        if (l->cache[i].sql == sql) {
            if (!sqlite3_stmt_busy(l->cache[i].st))
                return l->cache[i].st;
            break;
        }
    if (sqlite3_prepare_v3(l->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st,
                           NULL) != SQLITE_OK)
        return NULL;
    if (l->antal_cache < CACHE_MAKS) {
        bool findes = false;

        for (size_t i = 0; i < l->antal_cache; i++)
            findes = findes || l->cache[i].sql == sql;
        if (!findes) {
            l->cache[l->antal_cache].sql = sql;
            l->cache[l->antal_cache++].st = st;
        }
    }
    return st;
}

/* Done with a statement: reset a cached one, finalize any other. */
static void
frigiv(struct lite *l, sqlite3_stmt *st)
{
    for (size_t i = 0; i < l->antal_cache; i++)
        if (l->cache[i].st == st) {
            (void)sqlite3_reset(st);
            (void)sqlite3_clear_bindings(st);
            return;
        }
    (void)sqlite3_finalize(st);
}

static void
toem_cache(struct lite *l)
{
    for (size_t i = 0; i < l->antal_cache; i++)
        (void)sqlite3_finalize(l->cache[i].st);
    l->antal_cache = 0;
}

static void
bind_tekst(sqlite3_stmt *st, int i, const char *v)
{
    if (v == NULL)
        (void)sqlite3_bind_null(st, i);
    else
        (void)sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
}

/* ---- running statements ---- */

/* What a row callback returns: go on, stop early (not an error), or the
 * row could not be kept (out of memory). */
#define VIDERE 0
#define STOP 1
#define UDEN_HUKOMMELSE (-1)

/* Run a prepared, bound statement to its end, calling `raekke` for every
 * row until it returns non-zero. The statement is given back in every
 * case. SAG_ENOMEM with a diag when a row could not be kept; a database
 * error names `hvad`. */
static enum sag_status
raekker(struct lite *l, sqlite3_stmt *st, const char *hvad,
        int (*raekke)(void *ctx, sqlite3_stmt *st), void *ctx,
        struct sag_diag *d)
{
    enum sag_status r = SAG_OK;
    int rc, svar = VIDERE;

    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        if ((svar = raekke(ctx, st)) != VIDERE)
            break;
    if (svar == UDEN_HUKOMMELSE)
        r = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    else if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        r = dbfejl(l, d, hvad);
    frigiv(l, st);
    return r;
}

/* Run a prepared single-row change; gives the statement back. */
static enum sag_status
trin(struct lite *l, sqlite3_stmt *st, const char *hvad, struct sag_diag *d)
{
    enum sag_status r =
        sqlite3_step(st) == SQLITE_DONE ? SAG_OK : dbfejl(l, d, hvad);

    frigiv(l, st);
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
kol(sqlite3_stmt *st, int i, struct sag_arena *a)
{
    const unsigned char *t = sqlite3_column_text(st, i);

    return sag_arena_strdup(a, t ? (const char *)t : "");
}

/* A column as a string valid until the next step ("" for NULL). */
static const char *
tekst(sqlite3_stmt *st, int i)
{
    const unsigned char *t = sqlite3_column_text(st, i);

    return t ? (const char *)t : "";
}

/* A column as a string valid until the next step, NULL for NULL. */
static const char *
tekst_null(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

/* Row callback for one integer (column 0) into a long long. */
static int
et_tal(void *ctx, sqlite3_stmt *st)
{
    *(long long *)ctx = sqlite3_column_int64(st, 0);
    return STOP;
}

/* Row callback that only notes that there was a row. */
static int
findes(void *ctx, sqlite3_stmt *st)
{
    (void)st;
    *(bool *)ctx = true;
    return STOP;
}

static void
luk(struct sag_store *s)
{
    struct lite *l = L(s);

    if (l->basis.transaktioner > 0)
        (void)sqlite3_exec(l->db, "ROLLBACK", NULL, NULL, NULL);
    toem_cache(l);
    (void)sqlite3_close(l->db);
    sag_free(l);
}

static enum sag_status
begynd(struct sag_store *s, struct sag_diag *d)
{
    return kor(L(s), "BEGIN IMMEDIATE", d);
}

static enum sag_status
begynd_laes(struct sag_store *s, struct sag_diag *d)
{
    return kor(L(s), "BEGIN DEFERRED", d);
}

static enum sag_status
bekraeft(struct sag_store *s, struct sag_diag *d)
{
    return kor(L(s), "COMMIT", d);
}

static void
fortryd(struct sag_store *s)
{
    (void)sqlite3_exec(L(s)->db, "ROLLBACK", NULL, NULL, NULL);
}

static enum sag_status
taeller(struct sag_store *s, const char *navn, long long *ud,
        struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st =
        forbered(l, "INSERT INTO taellere(navn, vaerdi) VALUES (?1, 1) "
                    "ON CONFLICT(navn) DO UPDATE SET vaerdi = vaerdi + 1 "
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

/* ---- events ---- */

#define HAENDELSE_KOLONNER                                                     \
    "seq, nr, type, dato, registreret, bruger, begrundelse, data, hash, "      \
    "hashversion, noegle"

/* An event row (HAENDELSE_KOLONNER) with its strings in the arena; false
 * when out of memory. */
static bool
laes_post(sqlite3_stmt *st, struct sag_arena *a, struct sag_haendelse_post *p)
{
    p->seq = sqlite3_column_int64(st, 0);
    p->nr = sqlite3_column_int(st, 1);
    p->type = kol(st, 2, a);
    p->dato = kol(st, 3, a);
    p->registreret = kol(st, 4, a);
    p->bruger = kol(st, 5, a);
    p->begrundelse = kol(st, 6, a);
    p->data = kol(st, 7, a);
    p->hash = kol(st, 8, a);
    p->hashversion = sqlite3_column_int(st, 9);
    p->noegle = sqlite3_column_int(st, 10);
    return sag_arena_status(a) == SAG_OK;
}

/* Rows gathered into an arena array. */
struct samling {
    struct sag_arena *a;
    void *p;
    size_t n, plads;
};

static int
saml_haendelse(void *ctx, sqlite3_stmt *st)
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
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(l, "SELECT " HAENDELSE_KOLONNER
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
strom_haendelse(void *ctx, sqlite3_stmt *st)
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
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(l, orden == SAG__EFTER_SEQ
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
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(
        l, "INSERT INTO haendelser(sag_id, nr, type, dato, registreret, "
           "bruger, begrundelse, data, forrige_hash, hash, hashversion, "
           "noegle) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
           "?12)");

    if (st == NULL)
        return dbfejl(l, d, "skrivning af hændelse");
    bind_tekst(st, 1, sag_id);
    (void)sqlite3_bind_int(st, 2, p->nr);
    bind_tekst(st, 3, p->type);
    bind_tekst(st, 4, p->dato);
    bind_tekst(st, 5, p->registreret);
    bind_tekst(st, 6, p->bruger);
    bind_tekst(st, 7, p->begrundelse);
    bind_tekst(st, 8, p->data);
    bind_tekst(st, 9, forrige);
    bind_tekst(st, 10, p->hash);
    (void)sqlite3_bind_int(st, 11, p->hashversion);
    (void)sqlite3_bind_int(st, 12, p->noegle);
    /* seq is the rowid SQLite assigns: the insertion order, which is the
     * commit order because writers are serialised. */
    return trin(l, st, "skrivning af hændelse", d);
}

static enum sag_status
omhash(struct sag_store *s, long long seq, int hashversion, int noegle,
       const char *forrige, const char *hash, struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st =
        forbered(l, "UPDATE haendelser SET hashversion = ?2, forrige_hash = "
                    "?3, hash = ?4, noegle = ?5 WHERE seq = ?1");

    if (st == NULL)
        return dbfejl(l, d, "hashkæden");
    (void)sqlite3_bind_int64(st, 1, seq);
    (void)sqlite3_bind_int(st, 2, hashversion);
    bind_tekst(st, 3, forrige);
    bind_tekst(st, 4, hash);
    (void)sqlite3_bind_int(st, 5, noegle);
    return trin(l, st, "hashkæden", d);
}

static enum sag_status
projektion(struct sag_store *s, const struct sag_tilstand *t, bool ny,
           const char *regime, const char *forfald, bool venter,
           const struct sag_opgave *o, size_t n, struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st;
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
    (void)sqlite3_bind_int(st, 19, venter);
    (void)sqlite3_bind_int64(st, 20, (sqlite3_int64)t->antal_haendelser);
    bind_tekst(st, 22, sag_gruppe_navn(sag_gruppe(t)));
    sag_dato_format_iso(sag_startdato(t), sd);
    bind_tekst(st, 23, sd);
    sag_dato_format_iso(t->afsluttet, af);
    bind_tekst(st, 24, t->har_afsluttet ? af : NULL);
    if ((r = trin(l, st, "sagsoversigten", d)) != SAG_OK)
        return r;
    st = forbered(l, "DELETE FROM opgaver WHERE sag_id = ?1");
    if (st == NULL)
        return dbfejl(l, d, "arbejdslisten");
    bind_tekst(st, 1, t->id);
    if ((r = trin(l, st, "arbejdslisten", d)) != SAG_OK)
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
        (void)sqlite3_bind_int(st, 2, (int)i + 1);
        bind_tekst(st, 3, t->team);
        bind_tekst(st, 4, t->sagsbehandler);
        bind_tekst(st, 5, sag_opgaveart_navn(o[i].art));
        bind_tekst(st, 6, f);
        (void)sqlite3_bind_int(st, 7, o[i].venter_paa_andre);
        bind_tekst(st, 8, o[i].tekst);
        bind_tekst(st, 9, o[i].ref);
        bind_tekst(st, 10, sag_sagstype_navn(t->type));
        if ((r = trin(l, st, "arbejdslisten", d)) != SAG_OK)
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
    struct lite *l = L(s);
    sqlite3_stmt *st;
    enum sag_status r;
    char a[SAG_DATO_ISO_LEN], b[SAG_DATO_ISO_LEN];

    for (size_t i = 0; i < 3; i++) {
        if ((st = forbered(l, slet[i])) == NULL)
            return dbfejl(l, d, "rapportfakta");
        bind_tekst(st, 1, t->id);
        if ((r = trin(l, st, "rapportfakta", d)) != SAG_OK)
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
        (void)sqlite3_bind_int(st, 5, fr[i].taeller);
        if ((r = trin(l, st, "rapportfakta", d)) != SAG_OK)
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
        (void)sqlite3_bind_int(st, 6, x->pct);
        if ((r = trin(l, st, "rapportfakta", d)) != SAG_OK)
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
        (void)sqlite3_bind_int(st, 6, k->rettidig);
        bind_tekst(st, 7, sag_klagestatus_navn(k->status));
        bind_tekst(st, 8, sag_udfald_navn(k->udfald));
        bind_tekst(st, 9,
                   k->status == SAG_KLAGE_AFGJORT ||
                           k->status == SAG_KLAGE_AENDRET
                       ? b
                       : NULL);
        if ((r = trin(l, st, "rapportfakta", d)) != SAG_OK)
            return r;
    }
    return SAG_OK;
}

static enum sag_status
meta_hent(struct sag_store *s, const char *navn, long long *ud,
          struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st =
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
    struct lite *l = L(s);
    sqlite3_stmt *st =
        forbered(l, "INSERT INTO taellere(navn, vaerdi) VALUES (?1, ?2) ON "
                    "CONFLICT(navn) DO UPDATE SET vaerdi = ?2");

    if (st == NULL)
        return dbfejl(l, d, "metadata");
    bind_tekst(st, 1, navn);
    (void)sqlite3_bind_int64(st, 2, v);
    return trin(l, st, "metadata", d);
}

/* A callback over one text column (column 0). */
struct tekst_cb {
    int (*cb)(void *ctx, const char *t);
    void *ctx;
};

static int
en_tekst(void *ctx, sqlite3_stmt *st)
{
    struct tekst_cb *c = ctx;

    return c->cb(c->ctx, tekst(st, 0)) != 0 ? STOP : VIDERE;
}

static enum sag_status
sag_ider(struct sag_store *s, int (*cb)(void *ctx, const char *id), void *ctx,
         struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(l, "SELECT id FROM sager ORDER BY id");
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
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(l, "DELETE FROM parter WHERE sag_id = ?1");
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "navneindekset");
    bind_tekst(st, 1, sag_id);
    if ((r = trin(l, st, "navneindekset", d)) != SAG_OK)
        return r;
    for (size_t i = 0; i < n; i++) {
        st = forbered(l, "INSERT INTO parter(sag_id, nr, ord) VALUES (?1, "
                         "?2, ?3)");
        if (st == NULL)
            return dbfejl(l, d, "navneindekset");
        bind_tekst(st, 1, sag_id);
        (void)sqlite3_bind_int(st, 2, nr[i]);
        bind_tekst(st, 3, ord[i]);
        if ((r = trin(l, st, "navneindekset", d)) != SAG_OK)
            return r;
    }
    return SAG_OK;
}

static enum sag_status
sager_med_parter(struct sag_store *s, int (*cb)(void *ctx, const char *id),
                 void *ctx, struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st =
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
dato_kol(sqlite3_stmt *st, int i, struct sag_dato *ud)
{
    const char *t = (const char *)sqlite3_column_text(st, i);

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
pf_sag(void *ctx, sqlite3_stmt *st)
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
    x->gruppe = (enum sag_gruppe)kode(n_gruppe, SAG_ANTAL_GRUPPER,
                                      sqlite3_column_text(st, 0));
    x->type = (enum sag_sagstype)kode(n_type, 5, sqlite3_column_text(st, 1));
    x->regime =
        (enum sag_fristregime)kode(n_regime, 3, sqlite3_column_text(st, 2));
    if (x->gruppe == 0 || !dato_kol(st, 3, &x->start) ||
        !dato_kol(st, 4, &x->oprettet))
        return VIDERE; /* facts not built: rebuild the projections */
    x->har_afsluttet = dato_kol(st, 5, &x->afsluttet);
    x->team =
        sag__pf_team(&c->strenge, (const char *)sqlite3_column_text(st, 6));
    x->sag_id =
        sag__pf_id(&c->strenge, (const char *)sqlite3_column_text(st, 7));
    c->r.antal_sager++;
    return VIDERE;
}

static int
pf_frist(void *ctx, sqlite3_stmt *st)
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
    x->type = (enum sag_sagstype)kode(n_type, 5, sqlite3_column_text(st, 1));
    x->regime =
        (enum sag_fristregime)kode(n_regime, 3, sqlite3_column_text(st, 2));
    if (!dato_kol(st, 3, &x->forfald))
        return VIDERE;
    x->har_afgjort = dato_kol(st, 4, &x->afgjort);
    x->taeller = sqlite3_column_int(st, 5) != 0;
    x->team =
        sag__pf_team(&c->strenge, (const char *)sqlite3_column_text(st, 6));
    x->sag_id =
        sag__pf_id(&c->strenge, (const char *)sqlite3_column_text(st, 7));
    c->r.antal_frister++;
    return VIDERE;
}

static int
pf_afgoerelse(void *ctx, sqlite3_stmt *st)
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
    x->gruppe = (enum sag_gruppe)kode(n_gruppe, SAG_ANTAL_GRUPPER,
                                      sqlite3_column_text(st, 0));
    x->type = (enum sag_sagstype)kode(n_type, 5, sqlite3_column_text(st, 1));
    x->fase = (enum sag_fase)kode(n_fase, 3, sqlite3_column_text(st, 2));
    x->team =
        sag__pf_team(&c->strenge, (const char *)sqlite3_column_text(st, 4));
    x->sag_id =
        sag__pf_id(&c->strenge, (const char *)sqlite3_column_text(st, 5));
    if (dato_kol(st, 3, &x->dato))
        c->r.antal_afgoerelser++;
    return VIDERE;
}

static int
pf_klage(void *ctx, sqlite3_stmt *st)
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
    x->gruppe = (enum sag_gruppe)kode(n_gruppe, SAG_ANTAL_GRUPPER,
                                      sqlite3_column_text(st, 0));
    x->status = (enum sag_klagestatus)kode(n_klagestatus, 5,
                                           sqlite3_column_text(st, 3));
    x->udfald = (enum sag_udfald)kode(n_udfald, 5, sqlite3_column_text(st, 4));
    if (!dato_kol(st, 1, &x->afgoerelse_dato) || !dato_kol(st, 2, &x->modtaget))
        return VIDERE;
    x->har_afgjort = dato_kol(st, 5, &x->afgjort);
    x->team =
        sag__pf_team(&c->strenge, (const char *)sqlite3_column_text(st, 6));
    x->sag_id =
        sag__pf_id(&c->strenge, (const char *)sqlite3_column_text(st, 7));
    c->r.antal_klager++;
    return VIDERE;
}

static enum sag_status
portefolje(struct sag_store *s, struct sag_arena *a, struct sag_pf_data *ud,
           struct sag_diag *d)
{
    static const struct {
        const char *sql;
        int (*raekke)(void *ctx, sqlite3_stmt *st);
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
    struct lite *l = L(s);
    struct pf c;
    enum sag_status r = SAG_OK;

    memset(&c, 0, sizeof(c));
    c.a = a;
    c.strenge.a = a;
    for (size_t i = 0; r == SAG_OK && i < sizeof(dele) / sizeof(dele[0]); i++) {
        c.strenge.sidste_id = NULL;
        sqlite3_stmt *st = forbered(l, dele[i].sql);

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
periode_raekke(void *ctx, sqlite3_stmt *st)
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
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(
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
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(
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
    (void)sqlite3_bind_int64(st, 7, seed);
    bind_tekst(st, 8, tid);
    r = trin(l, st, "stikprøven", d);
    *ny = r == SAG_OK && sqlite3_changes(l->db) > 0;
    return r;
}

static enum sag_status
vurdering(struct sag_store *s, const char *afg_id, bool korrekt,
          const char *bruger, const char *begrundelse, const char *tid,
          struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(
        l, "SELECT 1 FROM kvalitet_stikproeve WHERE afgoerelse_id = ?1");
    bool udtrukket = false;
    enum sag_status r;
    int rc;

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
    (void)sqlite3_bind_int(st, 2, korrekt);
    bind_tekst(st, 3, bruger);
    bind_tekst(st, 4, begrundelse);
    bind_tekst(st, 5, tid);
    rc = sqlite3_step(st);
    if (rc == SQLITE_DONE)
        r = SAG_OK;
    else if ((sqlite3_extended_errcode(l->db) & 0xff) == SQLITE_CONSTRAINT)
        r = sag_diag_set(d, SAG_ECONFLICT, "/afgoerelse_id",
                         "afgørelsen er allerede vurderet");
    else
        r = dbfejl(l, d, "vurderingen");
    frigiv(l, st);
    return r;
}

static int
kvalitet_raekke(void *ctx, sqlite3_stmt *st)
{
    struct sag_pf_kvalitet *ud = ctx;
    int t = kode(n_type, 5, sqlite3_column_text(st, 0));
    struct sag_pf_kvalitet_linje *x = &ud->linjer[t];

    x->udtrukket += sqlite3_column_int(st, 1);
    x->vurderet += sqlite3_column_int(st, 2);
    x->korrekt += sqlite3_column_int(st, 3);
    ud->linjer[0].udtrukket += sqlite3_column_int(st, 1);
    ud->linjer[0].vurderet += sqlite3_column_int(st, 2);
    ud->linjer[0].korrekt += sqlite3_column_int(st, 3);
    return VIDERE;
}

static enum sag_status
kvalitet(struct sag_store *s, const char *fra, const char *til,
         struct sag_pf_kvalitet *ud, struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(
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
kvalitet_post(void *ctx, sqlite3_stmt *st)
{
    struct kvalitet_cb *c = ctx;
    struct sag_kvalitet_post p;

    p.afgoerelse_id = tekst(st, 0);
    p.sag_id = tekst(st, 1);
    p.sagstype = tekst(st, 2);
    p.dato = tekst(st, 3);
    p.vurderet = sqlite3_column_type(st, 4) != SQLITE_NULL;
    p.korrekt = sqlite3_column_int(st, 4) != 0;
    p.bruger = tekst_null(st, 5);
    p.begrundelse = tekst_null(st, 6);
    return c->cb(c->ctx, &p) != 0 ? STOP : VIDERE;
}

static enum sag_status
kvalitet_liste(struct sag_store *s, const char *fra, const char *til,
               int (*cb)(void *ctx, const struct sag_kvalitet_post *p),
               void *ctx, struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(
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

static enum sag_status
laesning_forrige(struct sag_store *s, const char *sag_id, char ud[65],
                 struct sag_diag *d)
{
    struct lite *l = L(s);
    /* BEGIN IMMEDIATE already serialises every writer: no lock of its
     * own. The index on sag_id holds seq (the rowid) in order. */
    sqlite3_stmt *st = forbered(l, "SELECT hash FROM laesninger WHERE "
                                   "sag_id = ?1 ORDER BY seq DESC LIMIT 1");
    enum sag_status r;
    int rc;

    if (st == NULL)
        return dbfejl(l, d, "læseloggen");
    bind_tekst(st, 1, sag_id);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        (void)snprintf(ud, 65, "%s", tekst(st, 0));
        r = SAG_OK;
    } else if (rc == SQLITE_DONE) {
        memcpy(ud, SAG__NUL_HASH, 65);
        r = SAG_OK;
    } else {
        r = dbfejl(l, d, "læseloggen");
    }
    frigiv(l, st);
    return r;
}

static enum sag_status
laesning(struct sag_store *s, const char *sag_id, const struct sag_hvem *h,
         const char *grund, const char *tid, int noegle, const char *hash,
         struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(l, "INSERT INTO laesninger(sag_id, bruger, "
                                   "rolle, grund, tidspunkt, noegle, hash) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");

    if (st == NULL)
        return dbfejl(l, d, "læseloggen");
    bind_tekst(st, 1, sag_id);
    bind_tekst(st, 2, h->bruger);
    bind_tekst(st, 3, h->rolle ? h->rolle : "");
    bind_tekst(st, 4, grund);
    bind_tekst(st, 5, tid);
    (void)sqlite3_bind_int64(st, 6, noegle);
    bind_tekst(st, 7, hash);
    return trin(l, st, "læseloggen", d);
}

struct laesning_cb {
    int (*cb)(void *ctx, const struct sag_laesning *l);
    void *ctx;
};

static int
laesning_raekke(void *ctx, sqlite3_stmt *st)
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
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(l, "SELECT bruger, rolle, grund, tidspunkt "
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
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(
        l, "INSERT INTO afgoerelser(id, sag_id, fase, dato, input, resultat, "
           "satser_checksum, motor_version, registreret, hash) VALUES (?1, ?2, "
           "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    int rc;

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
    rc = sqlite3_step(st);
    frigiv(l, st);
    if (rc == SQLITE_CONSTRAINT)
        return sag_diag_set(d, SAG_ECONFLICT, "/afgoerelse_id",
                            "afgørelsen findes allerede, eller sagen findes "
                            "ikke");
    return rc == SQLITE_DONE ? SAG_OK : dbfejl(l, d, "afgørelsen");
}

#define AFG_KOLONNER                                                           \
    "id, sag_id, fase, dato, input, resultat, satser_checksum, "               \
    "motor_version, registreret, hash"

/* A decision row (AFG_KOLONNER) with its strings in the arena; false when
 * out of memory. */
static bool
laes_afg(sqlite3_stmt *st, struct sag_arena *a, struct sag_afgoerelse_post *p)
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
saml_afgoerelse(void *ctx, sqlite3_stmt *st)
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
    struct lite *l = L(s);
    sqlite3_stmt *st =
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
gem_dokument(struct sag_store *s, const char *sha256, const char *mime,
             const void *indhold, size_t len, const char *tid,
             struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(
        l, "INSERT INTO dokumenter(sha256, mime, stoerrelse, indhold, "
           "registreret) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(sha256) DO "
           "NOTHING");

    if (st == NULL)
        return dbfejl(l, d, "dokumentet");
    bind_tekst(st, 1, sha256);
    bind_tekst(st, 2, mime);
    (void)sqlite3_bind_int64(st, 3, (sqlite3_int64)len);
    (void)sqlite3_bind_blob64(st, 4, indhold, (sqlite3_uint64)len,
                              SQLITE_STATIC);
    bind_tekst(st, 5, tid);
    return trin(l, st, "dokumentet", d);
}

static enum sag_status
hent_dokument(struct sag_store *s, const char *sha256, struct sag_arena *a,
              const char **mime, const void **indhold, size_t *len,
              struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st =
        forbered(l, "SELECT mime, indhold FROM dokumenter WHERE sha256 = ?1");
    int rc;

    if (st == NULL)
        return dbfejl(l, d, "dokumentet");
    bind_tekst(st, 1, sha256);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        int n = sqlite3_column_bytes(st, 1);
        const void *b = sqlite3_column_blob(st, 1);
        void *kopi = sag_arena_alloc(a, n > 0 ? (size_t)n : 1);

        *mime = sag_arena_strdup(a, tekst(st, 0));
        if (kopi == NULL || *mime == NULL) {
            frigiv(l, st);
            return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
        }
        if (n > 0)
            memcpy(kopi, b, (size_t)n);
        *indhold = kopi;
        *len = (size_t)n;
        frigiv(l, st);
        return SAG_OK;
    }
    frigiv(l, st);
    if (rc == SQLITE_DONE)
        return sag_diag_set(d, SAG_ENOTFOUND, "/dokument",
                            "dokumentet findes ikke");
    return dbfejl(l, d, "dokumentet");
}

static enum sag_status
afgoerelser(struct sag_store *s, const char *sag_id, struct sag_arena *a,
            struct sag_afgoerelse_post **ud, size_t *n, struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(l, "SELECT " AFG_KOLONNER
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

/* ---- awards (migration 010, include/skadesag/ydelse.h); the same text
 * in sqlite.c and pg.c but for these accessors ---- */

#define BIND_TAL(st, i, v)                                                     \
    (void)sqlite3_bind_int64((st), (i), (sqlite3_int64)(v))
#define KOL_TAL(st, i) sqlite3_column_int64((st), (i))
#define AENDREDE(l) sqlite3_changes((l)->db)

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
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(
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
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(
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
strom_ydelse(void *ctx, sqlite3_stmt *st)
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
    struct lite *l = L(s);
    struct ydelse_strom c = { cb, ctx };
    sqlite3_stmt *st;

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
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(
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
strom_betaling(void *ctx, sqlite3_stmt *st)
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
    struct lite *l = L(s);
    struct betaling_strom c = { cb, ctx };
    sqlite3_stmt *st =
        forbered(l, "SELECT ydelse_id, aar, maaned, beloeb_oere, "
                    "reference, registreret FROM ydelse_betalinger "
                    "WHERE ydelse_id = ?1 ORDER BY aar, maaned, "
                    "registreret, reference");

    if (st == NULL)
        return dbfejl(l, d, "betalingerne");
    bind_tekst(st, 1, ydelse_id);
    return raekker(l, st, "betalingerne", strom_betaling, &c, d);
}

/* ---- letters (migration 8, docs/breve.md) ---- */

static enum sag_status
gem_brev(struct sag_store *s, const struct sag_brev_post *p, struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(
        l, "INSERT INTO breve(id, sag_id, afgoerelse_id, type, dato, pdf, "
           "html, sha256, registreret) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
           "?8, ?9)");
    int rc;

    if (st == NULL)
        return dbfejl(l, d, "brevet");
    bind_tekst(st, 1, p->id);
    bind_tekst(st, 2, p->sag_id);
    bind_tekst(st, 3, p->afgoerelse_id);
    bind_tekst(st, 4, p->type);
    bind_tekst(st, 5, p->dato);
    (void)sqlite3_bind_blob64(st, 6, p->pdf, (sqlite3_uint64)p->pdf_len,
                              SQLITE_TRANSIENT);
    bind_tekst(st, 7, p->html);
    bind_tekst(st, 8, p->sha256);
    bind_tekst(st, 9, p->registreret);
    rc = sqlite3_step(st);
    frigiv(l, st);
    if (rc == SQLITE_CONSTRAINT)
        return sag_diag_set(d, SAG_ECONFLICT, "/brev_id",
                            "brevet findes allerede, eller sagen findes "
                            "ikke");
    return rc == SQLITE_DONE ? SAG_OK : dbfejl(l, d, "brevet");
}

#define BREV_KOLONNER                                                          \
    "id, sag_id, afgoerelse_id, type, dato, pdf, html, sha256, registreret"

static int
saml_brev(void *ctx, sqlite3_stmt *st)
{
    struct samling *c = ctx;
    struct sag_brev_post *p = voks(c->a, c->p, c->n, &c->plads, sizeof(*p), 4);
    const void *blob;
    int n;

    if (p == NULL)
        return UDEN_HUKOMMELSE;
    c->p = p;
    p += c->n;
    p->id = kol(st, 0, c->a);
    p->sag_id = kol(st, 1, c->a);
    p->afgoerelse_id = kol(st, 2, c->a);
    p->type = kol(st, 3, c->a);
    p->dato = kol(st, 4, c->a);
    blob = sqlite3_column_blob(st, 5);
    n = sqlite3_column_bytes(st, 5);
    p->pdf_len = n > 0 ? (size_t)n : 0;
    p->pdf = sag_arena_alloc(c->a, p->pdf_len + 1);
    if (p->pdf != NULL && p->pdf_len > 0)
        memcpy((void *)p->pdf, blob, p->pdf_len);
    p->html = kol(st, 6, c->a);
    p->sha256 = kol(st, 7, c->a);
    p->registreret = kol(st, 8, c->a);
    if (sag_arena_status(c->a) != SAG_OK || p->pdf == NULL)
        return UDEN_HUKOMMELSE;
    c->n++;
    return VIDERE;
}

static enum sag_status
hent_brev(struct sag_store *s, const char *id, struct sag_arena *a,
          struct sag_brev_post *ud, struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st =
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
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(l, "SELECT " BREV_KOLONNER
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
strom_afgoerelse(void *ctx, sqlite3_stmt *st)
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
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(l, "SELECT " AFG_KOLONNER
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
liste_raekke(void *ctx, sqlite3_stmt *st)
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
    p.venter = sqlite3_column_int(st, 11) != 0;
    return c->cb(c->ctx, &p) != 0 ? STOP : VIDERE;
}

static enum sag_status
liste(struct sag_store *s, const struct sag_liste_filter *f,
      int (*cb)(void *ctx, const struct sag_liste_post *p), void *ctx,
      struct sag_diag *d)
{
    struct lite *l = L(s);
    /* One statement per leading filter, so each walks its index newest
     * first and stops at the limit; status and type filter on the way. */
#define LISTE_SQL(hvor)                                                        \
    "SELECT id, type, generation, status, team, sagsbehandler, "               \
    "anerkendelse, men, erhvervsevnetab, naeste_forfald, oprettet, venter "    \
    "FROM sager WHERE " hvor " AND (?3 IS NULL OR status = ?3) AND (?4 IS "    \
    "NULL OR type = ?4) AND (?6 IS NULL OR (oprettet, id) < (SELECT "          \
    "oprettet, id FROM sager WHERE id = ?6)) ORDER BY oprettet DESC, id DESC " \
    "LIMIT ?5"
    static const char sql_team[] = LISTE_SQL("team = ?1 AND (?2 IS NULL OR "
                                             "sagsbehandler = ?2)");
    static const char sql_beh[] = LISTE_SQL("sagsbehandler = ?2");
    static const char sql_alle[] = LISTE_SQL("?1 IS NULL AND ?2 IS NULL");
    /* By the person (index sager_cpr); team and caseworker filter on the
     * way. */
    static const char sql_cpr[] =
        LISTE_SQL("cpr = ?7 AND (?1 IS NULL OR team = ?1) AND (?2 IS NULL "
                  "OR sagsbehandler = ?2)");
    /* By a word of a party's name (index parter_ord, migration 17): the
     * words from ?8 up to ?9. */
    static const char sql_navn[] =
        LISTE_SQL("id IN (SELECT sag_id FROM parter WHERE ord >= ?7 AND ord "
                  "< ?8) AND (?9 IS NULL OR id IN (SELECT sag_id FROM "
                  "parter WHERE ord >= ?9 AND ord < ?10)) AND (?11 IS NULL "
                  "OR id IN (SELECT sag_id FROM parter WHERE ord >= ?11 AND "
                  "ord < ?12)) AND (?1 IS NULL OR team = ?1) AND (?2 IS "
                  "NULL OR sagsbehandler = ?2)");
#undef LISTE_SQL
    sqlite3_stmt *st = forbered(l, f->cpr             ? sql_cpr
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
    (void)sqlite3_bind_int64(st, 5,
                             f->graense ? (sqlite3_int64)f->graense : -1);
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
arbejd_raekke(void *ctx, sqlite3_stmt *st)
{
    struct arbejd_cb *c = ctx;
    struct sag_arbejdspost p;

    p.sag_id = tekst(st, 0);
    p.art = tekst(st, 1);
    p.forfald = tekst(st, 2);
    p.tekst = tekst(st, 3);
    p.ref = tekst(st, 4);
    p.sagsbehandler = tekst(st, 5);
    p.venter = sqlite3_column_int(st, 6) != 0;
    p.type = tekst(st, 7);
    return c->cb(c->ctx, &p) != 0 ? STOP : VIDERE;
}

static enum sag_status
arbejdsliste(struct sag_store *s, const char *team, const char *behandler,
             bool venter, size_t graense,
             int (*cb)(void *ctx, const struct sag_arbejdspost *p), void *ctx,
             struct sag_diag *d)
{
    struct lite *l = L(s);
    /* Two statements so each uses its index (team or caseworker, then
     * venter, then due date). */
    sqlite3_stmt *st = forbered(
        l, team ? "SELECT sag_id, art, forfald, tekst, ref, sagsbehandler, "
                  "venter, type FROM opgaver WHERE team = ?1 AND venter = "
                  "?2 ORDER "
                  "BY forfald, sag_id LIMIT ?3"
                : "SELECT sag_id, art, forfald, tekst, ref, sagsbehandler, "
                  "venter, type FROM opgaver WHERE sagsbehandler = ?1 AND "
                  "venter = "
                  "?2 ORDER BY forfald, sag_id LIMIT ?3");
    struct arbejd_cb c = { cb, ctx };

    if (st == NULL)
        return dbfejl(l, d, "arbejdslisten");
    bind_tekst(st, 1, team ? team : behandler);
    (void)sqlite3_bind_int(st, 2, venter);
    (void)sqlite3_bind_int64(st, 3, graense ? (sqlite3_int64)graense : -1);
    return raekker(l, st, "arbejdslisten", arbejd_raekke, &c, d);
}

/* ---- saved worklist filters (issue 12) ---- */

static enum sag_status
gem_filter(struct sag_store *s, const char *bruger, const char *navn,
           const char *forespoergsel, const char *tid, struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(
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
filter_raekke(void *ctx, sqlite3_stmt *st)
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
    struct lite *l = L(s);
    sqlite3_stmt *st =
        forbered(l, "SELECT navn, forespoergsel FROM gemte_filtre "
                    "WHERE bruger = ?1 ORDER BY navn");
    struct filter_cb c = { cb, ctx };

    if (st == NULL)
        return dbfejl(l, d, "de gemte filtre");
    bind_tekst(st, 1, bruger);
    return raekker(l, st, "de gemte filtre", filter_raekke, &c, d);
}

/* Row callback for PRAGMA integrity_check: "ok" or the first problem. */
static int
integritet_raekke(void *ctx, sqlite3_stmt *st)
{
    *(bool *)ctx = strcmp(tekst(st, 0), "ok") == 0;
    return STOP;
}

static enum sag_status
integritet(struct sag_store *s, struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(l, "PRAGMA integrity_check");
    bool ok = false, brudt = false;
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "integritetskontrol");
    if ((r = raekker(l, st, "integritetskontrol", integritet_raekke, &ok, d)) !=
        SAG_OK)
        return r;
    if (!ok)
        return sag_diag_set(d, SAG_ECONFLICT, "",
                            "databasen er beskadiget (integrity_check)");
    if ((st = forbered(l, "PRAGMA foreign_key_check")) == NULL)
        return dbfejl(l, d, "integritetskontrol");
    if ((r = raekker(l, st, "integritetskontrol", findes, &brudt, d)) != SAG_OK)
        return r;
    if (brudt)
        return sag_diag_set(d, SAG_ECONFLICT, "",
                            "databasen har brudte fremmednøgler");
    return SAG_OK;
}

/* ---- anchors (docs/hashkaede.md) ----
 *
 * An anchor row keeps til_seq, the newest event it covers. Writers are
 * serialised, so seq is commit order and the cases changed since the
 * latest anchor are exactly those with events after its til_seq. */

struct seneste {
    struct sag_anker a;
    long long til_seq;
};

static int
seneste_raekke(void *ctx, sqlite3_stmt *st)
{
    struct seneste *c = ctx;

    c->a.nr = sqlite3_column_int64(st, 0);
    c->a.antal_sager = (size_t)sqlite3_column_int64(st, 1);
    (void)snprintf(c->a.registreret, sizeof(c->a.registreret), "%s",
                   tekst(st, 2));
    (void)snprintf(c->a.hash, sizeof(c->a.hash), "%s", tekst(st, 3));
    c->til_seq = sqlite3_column_int64(st, 4);
    return STOP;
}

static enum sag_status
seneste_anker(struct sag_store *s, struct sag_anker *ud, long long *uforankrede,
              struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st =
        forbered(l, "SELECT nr, antal_sager, registreret, hash, til_seq FROM "
                    "ankre ORDER BY nr DESC LIMIT 1");
    struct seneste c;
    long long seq = 0;
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "ankrene");
    memset(&c, 0, sizeof(c));
    if ((r = raekker(l, st, "ankrene", seneste_raekke, &c, d)) != SAG_OK)
        return r;
    if ((st = forbered(l, "SELECT coalesce(max(seq), 0) FROM haendelser")) ==
        NULL)
        return dbfejl(l, d, "ankrene");
    if ((r = raekker(l, st, "ankrene", et_tal, &seq, d)) != SAG_OK)
        return r;
    *ud = c.a;
    *uforankrede = seq > c.til_seq ? seq - c.til_seq : 0;
    return SAG_OK;
}

struct hoved_cb {
    int (*cb)(void *ctx, const struct sag__hoved *h);
    void *ctx;
};

static int
hoved_raekke(void *ctx, sqlite3_stmt *st)
{
    struct hoved_cb *c = ctx;
    struct sag__hoved h;

    h.sag_id = tekst(st, 0);
    h.nr = sqlite3_column_int(st, 1);
    h.hash = tekst(st, 2);
    return c->cb(c->ctx, &h) != 0 ? STOP : VIDERE;
}

static enum sag_status
nye_hoveder(struct sag_store *s,
            int (*cb)(void *ctx, const struct sag__hoved *h), void *ctx,
            struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(
        l, "SELECT h.sag_id, h.nr, h.hash FROM (SELECT sag_id, max(nr) AS nr "
           "FROM haendelser WHERE seq > coalesce((SELECT til_seq FROM ankre "
           "ORDER BY nr DESC LIMIT 1), 0) GROUP BY sag_id) n JOIN haendelser "
           "h ON h.sag_id = n.sag_id AND h.nr = n.nr");
    struct hoved_cb c = { cb, ctx };

    if (st == NULL)
        return dbfejl(l, d, "ankrene");
    return raekker(l, st, "ankrene", hoved_raekke, &c, d);
}

static enum sag_status
skriv_anker(struct sag_store *s, const struct sag__anker_post *a,
            const struct sag__hoved *h, size_t n, struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(
        l, "INSERT INTO ankre(nr, hashversion, registreret, antal_sager, "
           "forrige_hash, hash, noegle, til_seq) VALUES (?1, ?2, ?3, ?4, ?5, "
           "?6, ?7, (SELECT coalesce(max(seq), 0) FROM haendelser))");
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "ankeret");
    (void)sqlite3_bind_int64(st, 1, a->nr);
    (void)sqlite3_bind_int(st, 2, a->hashversion);
    bind_tekst(st, 3, a->registreret);
    (void)sqlite3_bind_int64(st, 4, (sqlite3_int64)a->antal_sager);
    bind_tekst(st, 5, a->forrige_hash);
    bind_tekst(st, 6, a->hash);
    (void)sqlite3_bind_int(st, 7, a->noegle);
    if ((r = trin(l, st, "ankeret", d)) != SAG_OK)
        return r;
    for (size_t i = 0; i < n; i++) {
        st = forbered(l, "INSERT INTO anker_hoveder(anker_nr, sag_id, nr, "
                         "hash) VALUES (?1, ?2, ?3, ?4)");
        if (st == NULL)
            return dbfejl(l, d, "ankeret");
        (void)sqlite3_bind_int64(st, 1, a->nr);
        bind_tekst(st, 2, h[i].sag_id);
        (void)sqlite3_bind_int(st, 3, h[i].nr);
        bind_tekst(st, 4, h[i].hash);
        if ((r = trin(l, st, "ankeret", d)) != SAG_OK)
            return r;
    }
    return SAG_OK;
}

struct anker_cb {
    int (*cb)(void *ctx, const struct sag__anker_post *a,
              const struct sag__hoved *h, const char *haendelse_hash);
    void *ctx;
};

static int
anker_raekke(void *ctx, sqlite3_stmt *st)
{
    struct anker_cb *c = ctx;
    struct sag__anker_post a;
    struct sag__hoved h;

    a.nr = sqlite3_column_int64(st, 0);
    a.hashversion = sqlite3_column_int(st, 1);
    a.noegle = sqlite3_column_int(st, 10);
    a.antal_sager = (size_t)sqlite3_column_int64(st, 2);
    a.registreret = tekst(st, 3);
    a.forrige_hash = tekst(st, 4);
    a.hash = tekst(st, 5);
    h.sag_id = tekst_null(st, 6);
    h.nr = sqlite3_column_int(st, 7);
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
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(
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
kol_null(sqlite3_stmt *st, int i, struct sag_arena *a, const char **ud)
{
    const unsigned char *t = sqlite3_column_text(st, i);

    *ud = NULL;
    if (t == NULL)
        return true;
    *ud = sag_arena_strdup(a, (const char *)t);
    return *ud != NULL;
}

static void
bind_tid(sqlite3_stmt *st, int i, int64_t t)
{
    (void)sqlite3_bind_int64(st, i, (sqlite3_int64)t);
}

#define KONTO_KOLONNER                                                         \
    "navn, rolle, team, cpr, forsikring, kodeord_hash, totp_hemmelighed, "     \
    "totp_brugt, aktiv, fejl, spaerret_til, oprettet, aendret"

/* An account row (KONTO_KOLONNER) with its strings and seed in the arena;
 * false when out of memory. */
static bool
laes_konto(sqlite3_stmt *st, struct sag_arena *a, struct sag_konto_post *k)
{
    const void *blob = sqlite3_column_blob(st, 6);
    int n = sqlite3_column_bytes(st, 6);

    memset(k, 0, sizeof(*k));
    if (!kol_null(st, 0, a, &k->navn) || !kol_null(st, 1, a, &k->rolle) ||
        !kol_null(st, 2, a, &k->team) || !kol_null(st, 3, a, &k->cpr) ||
        !kol_null(st, 4, a, &k->forsikring) ||
        !kol_null(st, 5, a, &k->kodeord_hash))
        return false;
    if (blob != NULL && n > 0) {
        unsigned char *p = sag_arena_alloc(a, (size_t)n);

        if (p == NULL)
            return false;
        memcpy(p, blob, (size_t)n);
        k->totp = p;
        k->totp_len = (size_t)n;
    }
    k->totp_brugt = sqlite3_column_int64(st, 7);
    k->aktiv = sqlite3_column_int(st, 8) != 0;
    k->fejl = sqlite3_column_int(st, 9);
    k->spaerret_til = sqlite3_column_int64(st, 10);
    k->oprettet = sqlite3_column_int64(st, 11);
    k->aendret = sqlite3_column_int64(st, 12);
    return k->navn != NULL && k->rolle != NULL && k->kodeord_hash != NULL;
}

/* Bind an account's columns as ?1..?13 in KONTO_KOLONNER order. */
static void
bind_konto(sqlite3_stmt *st, const struct sag_konto_post *k)
{
    bind_tekst(st, 1, k->navn);
    bind_tekst(st, 2, k->rolle);
    bind_tekst(st, 3, k->team);
    bind_tekst(st, 4, k->cpr);
    bind_tekst(st, 5, k->forsikring);
    bind_tekst(st, 6, k->kodeord_hash);
    if (k->totp != NULL && k->totp_len > 0)
        (void)sqlite3_bind_blob(st, 7, k->totp, (int)k->totp_len,
                                SQLITE_TRANSIENT);
    else
        (void)sqlite3_bind_null(st, 7);
    bind_tid(st, 8, k->totp_brugt);
    (void)sqlite3_bind_int(st, 9, k->aktiv);
    (void)sqlite3_bind_int(st, 10, k->fejl);
    bind_tid(st, 11, k->spaerret_til);
    bind_tid(st, 12, k->oprettet);
    bind_tid(st, 13, k->aendret);
}

static enum sag_status
konto_indsaet(struct sag_store *s, const struct sag_konto_post *k,
              struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st =
        forbered(l, "INSERT INTO konti(" KONTO_KOLONNER ") VALUES (?1, ?2, "
                    "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    bool cpr;
    int rc, kode;

    if (st == NULL)
        return dbfejl(l, d, "kontoen");
    bind_konto(st, k);
    rc = sqlite3_step(st);
    kode = sqlite3_extended_errcode(l->db);
    /* Which constraint, without echoing the value (a CPR number): SQLite
     * names the column in its message ("… failed: konti.cpr"). */
    cpr = strstr(sqlite3_errmsg(l->db), "konti.cpr") != NULL;
    frigiv(l, st);
    if (rc == SQLITE_DONE)
        return SAG_OK;
    if (kode == SQLITE_CONSTRAINT_PRIMARYKEY ||
        (kode == SQLITE_CONSTRAINT_UNIQUE && !cpr))
        return sag_diag_set(d, SAG_ECONFLICT, "/navn",
                            "der findes allerede en konto med det navn");
    if (kode == SQLITE_CONSTRAINT_UNIQUE)
        return sag_diag_set(d, SAG_ECONFLICT, "/cpr",
                            "der findes allerede en konto til det "
                            "CPR-nummer");
    return dbfejl(l, d, "kontoen");
}

struct konto_en {
    struct sag_arena *a;
    struct sag_konto_post *k;
    bool fundet;
};

static int
konto_raekke(void *ctx, sqlite3_stmt *st)
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
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(l, "SELECT " KONTO_KOLONNER " FROM konti "
                                   "WHERE navn = ?1");
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
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(
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
    if (sqlite3_changes(l->db) == 0)
        return sag_diag_set(d, SAG_ENOTFOUND, "/navn", "kontoen findes ikke");
    return SAG_OK;
}

struct konti_cb {
    struct sag_arena a; /* one row's strings */
    int (*cb)(void *ctx, const struct sag_konto_post *k);
    void *ctx;
};

static int
konti_raekke(void *ctx, sqlite3_stmt *st)
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
    struct lite *l = L(s);
    sqlite3_stmt *st =
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
    struct lite *l = L(s);
    sqlite3_stmt *st =
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
session_raekke(void *ctx, sqlite3_stmt *st)
{
    struct session_en *c = ctx;

    if (!kol_null(st, 0, c->a, &c->p->token_hash) ||
        !kol_null(st, 1, c->a, &c->p->bruger) ||
        !kol_null(st, 2, c->a, &c->p->csrf))
        return UDEN_HUKOMMELSE;
    c->p->oprettet = sqlite3_column_int64(st, 3);
    c->p->sidst_brugt = sqlite3_column_int64(st, 4);
    c->p->udloeber = sqlite3_column_int64(st, 5);
    c->fundet = true;
    return STOP;
}

static enum sag_status
session_hent(struct sag_store *s, const char *token_hash, struct sag_arena *a,
             struct sag_session_post *ud, struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(l, "SELECT token_hash, bruger, csrf, oprettet, "
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
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(l, "UPDATE sessioner SET sidst_brugt = ?2 "
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
    struct lite *l = L(s);
    sqlite3_stmt *st =
        forbered(l, "DELETE FROM sessioner WHERE token_hash = ?1");

    if (st == NULL)
        return dbfejl(l, d, "sessionen");
    bind_tekst(st, 1, token_hash);
    return trin(l, st, "sessionen", d);
}

/* The number of rows the last change touched, into `antal` if given. */
static enum sag_status
aendrede(struct lite *l, enum sag_status r, size_t *antal)
{
    if (r == SAG_OK && antal != NULL)
        *antal = (size_t)sqlite3_changes(l->db);
    return r;
}

static enum sag_status
sessioner_slet(struct sag_store *s, const char *bruger, size_t behold,
               size_t *antal, struct sag_diag *d)
{
    struct lite *l = L(s);
    /* Keep the newest `behold` sessions of each account in scope. */
    sqlite3_stmt *st = forbered(
        l, "DELETE FROM sessioner WHERE (?1 IS NULL OR bruger = ?1) AND "
           "token_hash NOT IN (SELECT token_hash FROM (SELECT token_hash, "
           "row_number() OVER (PARTITION BY bruger ORDER BY oprettet DESC, "
           "sidst_brugt DESC) AS r FROM sessioner WHERE ?1 IS NULL OR bruger "
           "= ?1) WHERE r <= ?2)");

    if (st == NULL)
        return dbfejl(l, d, "sessionerne");
    bind_tekst(st, 1, bruger);
    (void)sqlite3_bind_int64(st, 2, (sqlite3_int64)behold);
    return aendrede(l, trin(l, st, "sessionerne", d), antal);
}

static enum sag_status
sessioner_ryd(struct sag_store *s, int64_t nu, int64_t sidst_brugt_foer,
              size_t *antal, struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(l, "DELETE FROM sessioner WHERE udloeber <= "
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
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(
        l, "INSERT INTO api_noegler(token_hash, bruger, scope, beskrivelse, "
           "oprettet, udloeber, aktiv) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");

    if (st == NULL)
        return dbfejl(l, d, "API-nøglen");
    bind_tekst(st, 1, p->token_hash);
    bind_tekst(st, 2, p->bruger);
    (void)sqlite3_bind_int64(st, 3, (sqlite3_int64)p->scope);
    bind_tekst(st, 4, p->beskrivelse);
    bind_tid(st, 5, p->oprettet);
    if (p->udloeber != 0)
        bind_tid(st, 6, p->udloeber);
    else
        (void)sqlite3_bind_null(st, 6);
    (void)sqlite3_bind_int(st, 7, p->aktiv);
    return trin(l, st, "API-nøglen", d);
}

struct noegle_en {
    struct sag_arena *a;
    struct sag_noegle_post *p;
    bool fundet;
};

static int
noegle_raekke(void *ctx, sqlite3_stmt *st)
{
    struct noegle_en *c = ctx;

    if (!kol_null(st, 0, c->a, &c->p->token_hash) ||
        !kol_null(st, 1, c->a, &c->p->bruger) ||
        !kol_null(st, 3, c->a, &c->p->beskrivelse))
        return UDEN_HUKOMMELSE;
    c->p->scope = (unsigned)sqlite3_column_int64(st, 2);
    c->p->oprettet = sqlite3_column_int64(st, 4);
    c->p->udloeber = sqlite3_column_int64(st, 5); /* NULL reads as 0 */
    c->p->aktiv = sqlite3_column_int(st, 6) != 0;
    c->fundet = true;
    return STOP;
}

static enum sag_status
noegle_hent(struct sag_store *s, const char *token_hash, struct sag_arena *a,
            struct sag_noegle_post *ud, struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st =
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
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(l, "UPDATE api_noegler SET aktiv = 0 WHERE "
                                   "bruger = ?1 AND aktiv = 1");

    if (st == NULL)
        return dbfejl(l, d, "API-nøglerne");
    bind_tekst(st, 1, bruger);
    return aendrede(l, trin(l, st, "API-nøglerne", d), antal);
}

/* ---- copying a whole store (sag_store_kopier) ---- */

#define KOPI_KOLONNER 32

struct ud_cb {
    const char *typer;
    int (*cb)(void *ctx, const char *const *v);
    void *ctx;
};

static int
ud_raekke(void *ctx, sqlite3_stmt *st)
{
    static const char hex[] = "0123456789abcdef";
    struct ud_cb *c = ctx;
    const char *v[KOPI_KOLONNER];
    char *blob[KOPI_KOLONNER];
    size_t n = strlen(c->typer);
    int svar = VIDERE;

    for (size_t i = 0; i < n && i < KOPI_KOLONNER; i++) {
        blob[i] = NULL;
        if (c->typer[i] == 'b' &&
            sqlite3_column_type(st, (int)i) != SQLITE_NULL) {
            const unsigned char *p = sqlite3_column_blob(st, (int)i);
            size_t m = (size_t)sqlite3_column_bytes(st, (int)i);

            if ((blob[i] = sag_malloc(2 * m + 3)) == NULL) {
                svar = UDEN_HUKOMMELSE;
                n = i;
                break;
            }
            blob[i][0] = '\\';
            blob[i][1] = 'x';
            for (size_t j = 0; j < m; j++) {
                blob[i][2 + 2 * j] = hex[p[j] >> 4];
                blob[i][3 + 2 * j] = hex[p[j] & 15];
            }
            blob[i][2 + 2 * m] = '\0';
            v[i] = blob[i];
        } else {
            v[i] = tekst_null(st, (int)i);
        }
    }
    if (svar == VIDERE)
        svar = c->cb(c->ctx, v) != 0 ? STOP : VIDERE;
    for (size_t i = 0; i < n && i < KOPI_KOLONNER; i++)
        sag_free(blob[i]);
    return svar;
}

static enum sag_status
raekker_ud(struct sag_store *s, const char *sql, const char *typer,
           int (*cb)(void *ctx, const char *const *v), void *ctx,
           struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(l, sql);
    struct ud_cb c = { typer, cb, ctx };

    if (st == NULL)
        return dbfejl(l, d, "kopieringen");
    return raekker(l, st, "kopieringen", ud_raekke, &c, d);
}

static int
hexciffer(char c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : 0;
}

static enum sag_status
raekke_ind(struct sag_store *s, const char *sql, const char *typer,
           const char *const *v, struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(l, sql);
    size_t n = strlen(typer);

    if (st == NULL)
        return dbfejl(l, d, "kopieringen");
    for (size_t i = 0; i < n && i < KOPI_KOLONNER; i++) {
        int k = (int)i + 1;

        if (v[i] == NULL) {
            (void)sqlite3_bind_null(st, k);
        } else if (typer[i] == 'i') {
            (void)sqlite3_bind_int64(st, k, strtoll(v[i], NULL, 10));
        } else if (typer[i] == 'b' && strncmp(v[i], "\\x", 2) == 0) {
            size_t m = (strlen(v[i]) - 2) / 2;
            unsigned char *b = sag_malloc(m ? m : 1);

            if (b == NULL) {
                frigiv(l, st);
                return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
            }
            for (size_t j = 0; j < m; j++)
                b[j] = (unsigned char)(hexciffer(v[i][2 + 2 * j]) << 4 |
                                       hexciffer(v[i][3 + 2 * j]));
            (void)sqlite3_bind_blob(st, k, b, (int)m, SQLITE_TRANSIENT);
            sag_free(b);
        } else {
            bind_tekst(st, k, v[i]);
        }
    }
    return trin(l, st, "kopieringen", d);
}

static enum sag_status
raekker_ud_p(struct sag_store *s, const char *sql, const char *const *p,
             size_t np, const char *typer,
             int (*cb)(void *ctx, const char *const *v), void *ctx,
             struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(l, sql);
    struct ud_cb c = { typer, cb, ctx };

    if (st == NULL)
        return dbfejl(l, d, "udbetalingen");
    for (size_t i = 0; i < np; i++)
        bind_tekst(st, (int)i + 1, p[i]);
    return raekker(l, st, "udbetalingen", ud_raekke, &c, d);
}

/* ---- what a checkpoint names (docs/sikkerhed.md) ---- */

struct sikring_raekke {
    char *id;
    long long haendelser, laesninger;
};

static int
sikring_raekke(void *ctx, sqlite3_stmt *st)
{
    struct sikring_raekke *r = ctx;

    (void)snprintf(r->id, 65, "%s", tekst(st, 0));
    r->haendelser = sqlite3_column_int64(st, 1);
    r->laesninger = sqlite3_column_int64(st, 2);
    return STOP;
}

static enum sag_status
sikring_status(struct sag_store *s, char id[65], long long *haendelser,
               long long *laesninger, struct sag_diag *d)
{
    struct sikring_raekke r = { id, 0, 0 };
    sqlite3_stmt *st =
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

static const struct sag__store_ops lite_ops = {
    .luk = luk,
    .begynd = begynd,
    .begynd_laes = begynd_laes,
    .bekraeft = bekraeft,
    .fortryd = fortryd,
    .taeller = taeller,
    .laas = NULL, /* BEGIN IMMEDIATE serialises every writer */
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
    .gem_dokument = gem_dokument,
    .hent_dokument = hent_dokument,
    .afgoerelser = afgoerelser,
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
    .kopi_faerdig = NULL,
};

/* ---- opening and migrating ---- */

static int
version_raekke(void *ctx, sqlite3_stmt *st)
{
    *(int *)ctx = sqlite3_column_int(st, 0);
    return STOP;
}

static enum sag_status
skemaversion(struct lite *l, int *version, struct sag_diag *d)
{
    sqlite3_stmt *st = forbered(l, "PRAGMA user_version");
    int v = 0;
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "skemaversionen");
    if ((r = raekker(l, st, "skemaversionen", version_raekke, &v, d)) != SAG_OK)
        return r;
    if (v < 0 || (size_t)v > sag__migrationer_sqlite_antal)
        return sag_diag_set(d, SAG_ECONFLICT, "",
                            "databasen har skemaversion %d, men programmet "
                            "kender kun %zu",
                            v, sag__migrationer_sqlite_antal);
    *version = v;
    return SAG_OK;
}

/* The steps in C of a migration, run after its SQL in the same
 * transaction: migration 5 re-hashes the log into one chain per case. */
static const struct {
    size_t version;
    enum sag_status (*trin)(struct sag_store *s, struct sag_diag *d);
} migrationstrin[] = {
    { 5, sag__store_kaede_pr_sag },
    { 12, sag__store_noeglekaede },
    { 14, sag__store_laeselogkaede },
    { 17, sag__store_parter_indeks },
};

/* Apply the migrations the database has not seen, in one write transaction
 * together with the new user_version. The version is read again inside the
 * transaction: several processes or threads opening a new database at once
 * migrate it exactly once. */
static enum sag_status
migrer(struct lite *l, struct sag_diag *d)
{
    int version;
    enum sag_status r;

    if ((r = skemaversion(l, &version, d)) != SAG_OK ||
        (size_t)version == sag__migrationer_sqlite_antal)
        return r;
    if ((r = kor(l, "BEGIN IMMEDIATE", d)) != SAG_OK)
        return r;
    if ((r = skemaversion(l, &version, d)) != SAG_OK)
        goto fejl;
    for (size_t i = (size_t)version; i < sag__migrationer_sqlite_antal; i++) {
        char sql[64];

        (void)snprintf(sql, sizeof(sql), "PRAGMA user_version = %zu", i + 1);
        if ((r = kor(l, sag__migrationer_sqlite[i], d)) != SAG_OK)
            goto fejl;
        if ((r = kor(l, sql, d)) != SAG_OK)
            goto fejl;
    }
    /* The steps in C run after all the SQL, in order, so that they read
     * and write the newest schema's columns (migration 5's re-hashing
     * reads the events' key column of migration 12). */
    for (size_t i = (size_t)version; i < sag__migrationer_sqlite_antal; i++)
        for (size_t j = 0;
             j < sizeof(migrationstrin) / sizeof(migrationstrin[0]); j++)
            if (migrationstrin[j].version ==
                    sag__migration_nr(sag__migrationer_sqlite[i]) &&
                (r = migrationstrin[j].trin(&l->basis, d)) != SAG_OK)
                goto fejl;
    if ((r = kor(l, "COMMIT", d)) == SAG_OK)
        return SAG_OK;
fejl:
    (void)sqlite3_exec(l->db, "ROLLBACK", NULL, NULL, NULL);
    return r;
}

/* Whether the database has no schema at all (a file no store left). */
static enum sag_status
er_tom(struct lite *l, bool *tom, struct sag_diag *d)
{
    sqlite3_stmt *st = forbered(l, "SELECT 1 FROM sqlite_master LIMIT 1");
    bool noget = false;
    enum sag_status r;

    if (st == NULL)
        return dbfejl(l, d, "åbning af databasen");
    if ((r = raekker(l, st, "åbning af databasen", findes, &noget, d)) ==
        SAG_OK)
        *tom = !noget;
    return r;
}

static void
luk_fejlet(struct lite *l)
{
    toem_cache(l);
    (void)sqlite3_close(l->db);
    sag_free(l);
}

/* Whether an existing database file and its directory can be written
 * (the write-ahead log and its index are created beside the file). A
 * missing file counts as writable: opening it fails on its own. */
static bool
skrivbar(const char *fil)
{
    char mappe[4096];
    const char *skraa = strrchr(fil, '/');
    int n;

    if (access(fil, F_OK) != 0)
        return true;
    if (skraa == NULL)
        n = snprintf(mappe, sizeof(mappe), ".");
    else if (skraa == fil)
        n = snprintf(mappe, sizeof(mappe), "/");
    else
        n = snprintf(mappe, sizeof(mappe), "%.*s", (int)(skraa - fil), fil);
    if (n < 0 || (size_t)n >= sizeof(mappe))
        return true;
    return access(fil, W_OK) == 0 && access(mappe, W_OK) == 0;
}

/* The read-only URI for a path: "file:" and the path percent-encoded, with
 * mode=ro; immutable=1 when no write-ahead log lies beside the file (a
 * cleanly closed WAL database holds everything in the file itself, and
 * SQLite then needs no shared-memory file, which a read-only directory
 * could not hold). With a log, SQLite reads it (and needs its -shm). */
static void
laes_uri(struct sag_buf *b, const char *fil)
{
    static const char hex[] = "0123456789ABCDEF";
    char wal[4200];
    struct stat st;
    bool log;
    int n = snprintf(wal, sizeof(wal), "%s-wal", fil);

    log = n > 0 && (size_t)n < sizeof(wal) && stat(wal, &st) == 0 &&
          st.st_size > 0;
    sag_buf_adds(b, "file:");
    for (const unsigned char *p = (const unsigned char *)fil; *p; p++)
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
            (*p >= '0' && *p <= '9') || strchr("/._-~", *p) != NULL) {
            sag_buf_addc(b, (char)*p);
        } else {
            sag_buf_addc(b, '%');
            sag_buf_addc(b, hex[*p >> 4]);
            sag_buf_addc(b, hex[*p & 15]);
        }
    sag_buf_adds(b, log ? "?mode=ro" : "?mode=ro&immutable=1");
}

enum sag_status
sag__sqlite_aabn(const char *sti, unsigned flag, struct sag_store **ud,
                 struct sag_diag *d)
{
    struct lite *l;
    struct sag_buf fil;
    bool tom = false;
    enum sag_status r;
    int rc;

    if (sti == NULL || sti[0] == '\0')
        return sag_diag_set(d, SAG_EINVAL, "/db",
                            "mangler stien til SQLite-databasen "
                            "(sqlite:STI)");
    if (strcmp(sti, ":memory:") == 0)
        return sag_diag_set(d, SAG_EINVAL, "/db",
                            "en database i hukommelsen forsvinder, når den "
                            "lukkes; sagerne skal gemmes i en fil");
    /* The library is built to read "file:…" as a URI (which could name a
     * database in memory); a path is always a path. */
    sag_buf_init(&fil, 0);
    if (strncmp(sti, "file:", 5) == 0)
        sag_buf_adds(&fil, "./");
    sag_buf_adds(&fil, sti);
    if (sag_buf_status(&fil) != SAG_OK) {
        sag_buf_release(&fil);
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    }
    if ((l = sag_calloc(1, sizeof(*l))) == NULL) {
        sag_buf_release(&fil);
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    }
    l->basis.ops = &lite_ops;
    l->basis.ur = sag__systemur;
    l->basis.ankerinterval = ANKERINTERVAL;
    if (!(flag & SAG_STORE_OPRET) && !skrivbar(fil.buf))
        flag |= SAG_STORE_SKRIVEBESKYTTET;
    if (flag & SAG_STORE_SKRIVEBESKYTTET) {
        struct sag_buf uri;

        sag_buf_init(&uri, 0);
        laes_uri(&uri, fil.buf);
        if (sag_buf_status(&uri) != SAG_OK) {
            sag_buf_release(&uri);
            sag_buf_release(&fil);
            luk_fejlet(l);
            return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
        }
        l->basis.skrivebeskyttet = true;
        rc = sqlite3_open_v2(
            uri.buf, &l->db,
            SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
        sag_buf_release(&uri);
    } else {
        rc = sqlite3_open_v2(
            fil.buf, &l->db,
            SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX |
                (flag & SAG_STORE_OPRET ? SQLITE_OPEN_CREATE : 0),
            NULL);
    }
    if (rc != SQLITE_OK) {
        if (!(flag & SAG_STORE_OPRET) && access(fil.buf, F_OK) != 0 &&
            errno == ENOENT)
            r = sag_diag_set(d, SAG_ENOTFOUND, "/db",
                             "databasen %s findes ikke", sti);
        else
            r = sag_diag_set(d, SAG_EIO, "/db", "kan ikke åbne databasen: %s",
                             l->db ? sqlite3_errmsg(l->db) : "?");
        sag_buf_release(&fil);
        luk_fejlet(l);
        return r;
    }
    sag_buf_release(&fil);
    (void)sqlite3_busy_timeout(l->db, 10000);
    /* Without SAG_STORE_OPRET an empty file is not made into a store: it
     * is checked before anything (even WAL mode) is written to it. */
    if (!(flag & SAG_STORE_OPRET)) {
        if ((r = er_tom(l, &tom, d)) == SAG_OK && tom)
            r = sag_diag_set(d, SAG_ENOTFOUND, "/db",
                             "databasen %s er tom (ikke oprettet af "
                             "skadesag)",
                             sti);
        if (r != SAG_OK) {
            luk_fejlet(l);
            return r;
        }
    }
    if (l->basis.skrivebeskyttet) {
        int version;

        /* Nothing is migrated or rebuilt: the schema must be this
         * program's. */
        if ((r = skemaversion(l, &version, d)) == SAG_OK &&
            (size_t)version != sag__migrationer_sqlite_antal)
            r = sag_diag_set(d, SAG_ECONFLICT, "/db",
                             "databasen %s er skrivebeskyttet og har "
                             "skemaversion %d, men programmet bruger %zu; "
                             "åbn den skrivbart én gang for at migrere den",
                             sti, version, sag__migrationer_sqlite_antal);
        if (r == SAG_OK)
            r = kor(l, "PRAGMA foreign_keys = ON", d);
        if (r != SAG_OK) {
            luk_fejlet(l);
            return r;
        }
        *ud = &l->basis;
        return SAG_OK;
    }
    if ((r = kor(l, "PRAGMA foreign_keys = ON", d)) != SAG_OK ||
        (r = kor(l, "PRAGMA journal_mode = WAL", d)) != SAG_OK ||
        (r = kor(l, "PRAGMA synchronous = FULL", d)) != SAG_OK ||
        /* 64 MB page cache per connection (the default 2 MB makes index
         * inserts into a large portfolio read from disk), and temporary
         * sort structures in memory. */
        (r = kor(l, "PRAGMA cache_size = -65536", d)) != SAG_OK ||
        (r = kor(l, "PRAGMA temp_store = MEMORY", d)) != SAG_OK ||
        (r = migrer(l, d)) != SAG_OK ||
        (r = sag__store_efter_aabning(&l->basis, d)) != SAG_OK) {
        luk_fejlet(l);
        return r;
    }
    *ud = &l->basis;
    return SAG_OK;
}

enum sag_status
sag_store_aabn_sqlite(const char *sti, struct sag_store **ud,
                      struct sag_diag *d)
{
    return sag__sqlite_aabn(sti, SAG_STORE_OPRET, ud, d);
}
