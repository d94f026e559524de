/*
 * The SQLite adapter: the embedded default store.
 *
 * One connection per handle (use one per thread). Every connection sets
 * foreign_keys=ON (off by default in Debian's build), WAL journaling,
 * synchronous=FULL so a committed transaction survives power loss, and a
 * busy timeout; writes use BEGIN IMMEDIATE so writers are serialised
 * instead of failing on upgrade. All SQL is prepared with bound parameters.
 * The schema comes from numbered migrations (src/store/migrationer/NNN_…),
 * applied in order and recorded in PRAGMA user_version.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "skadesag/alloc.h"

#include "skadesag/fakta.h"
#include "skadesag/portefolje.h"

#include "store_int.h"

#include "../base/banned.h"

extern const char *const sag__migrationer[];
extern const size_t sag__migrationer_antal;

/* Prepared statements are kept per connection (parsing SQL cost more than
 * running it), keyed by the address of the SQL text: every statement is a
 * string literal in this file. */
#define CACHE_MAKS 48

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

/* A column as a string copied into the arena ("" for NULL). */
static const char *
kol(sqlite3_stmt *st, int i, struct sag_arena *a)
{
    const unsigned char *t = sqlite3_column_text(st, i);

    return sag_arena_strdup(a, t ? (const char *)t : "");
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
    enum sag_status r = SAG_OK;

    if (st == NULL)
        return dbfejl(l, d, "tæller");
    bind_tekst(st, 1, navn);
    if (sqlite3_step(st) == SQLITE_ROW)
        *ud = sqlite3_column_int64(st, 0);
    else
        r = dbfejl(l, d, "tæller");
    frigiv(l, st);
    return r;
}

static enum sag_status
sidste(struct sag_store *s, long long *seq, char hash[65], struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st =
        forbered(l, "SELECT seq, hash FROM haendelser ORDER BY seq DESC "
                    "LIMIT 1");
    int rc;

    if (st == NULL)
        return dbfejl(l, d, "hashkæden");
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *seq = sqlite3_column_int64(st, 0);
        (void)snprintf(hash, 65, "%s",
                       (const char *)sqlite3_column_text(st, 1));
    } else if (rc == SQLITE_DONE) {
        *seq = 0;
        hash[0] = '\0';
    } else {
        frigiv(l, st);
        return dbfejl(l, d, "hashkæden");
    }
    frigiv(l, st);
    return SAG_OK;
}

static void
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
}

#define HAENDELSE_KOLONNER                                                     \
    "seq, nr, type, dato, registreret, bruger, begrundelse, data, hash"

static enum sag_status
haendelser(struct sag_store *s, const char *sag_id, struct sag_arena *a,
           struct sag_haendelse_post **ud, size_t *n, struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(l, "SELECT " HAENDELSE_KOLONNER
                                   " FROM haendelser WHERE sag_id = ?1 "
                                   "ORDER BY nr");
    struct sag_haendelse_post *p = NULL;
    size_t antal = 0, plads = 0;
    int rc;

    if (st == NULL)
        return dbfejl(l, d, "læsning af hændelser");
    bind_tekst(st, 1, sag_id);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (antal == plads) {
            size_t ny = plads ? plads * 2 : 32;
            struct sag_haendelse_post *q = sag_arena_alloc(a, ny * sizeof(*q));

            if (q == NULL) {
                frigiv(l, st);
                return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
            }
            if (antal)
                memcpy(q, p, antal * sizeof(*q));
            p = q;
            plads = ny;
        }
        laes_post(st, a, &p[antal++]);
    }
    frigiv(l, st);
    if (rc != SQLITE_DONE)
        return dbfejl(l, d, "læsning af hændelser");
    if (antal == 0)
        return sag_diag_set(d, SAG_ENOTFOUND, "/sag_id", "sagen findes ikke");
    if (sag_arena_status(a) != SAG_OK)
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    *ud = p;
    *n = antal;
    return SAG_OK;
}

static enum sag_status
alle_haendelser(struct sag_store *s,
                int (*cb)(void *ctx, const char *sag_id,
                          const struct sag_haendelse_post *p),
                void *ctx, struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(l, "SELECT " HAENDELSE_KOLONNER
                                   ", sag_id FROM haendelser ORDER BY seq");
    struct sag_arena a;
    int rc;

    if (st == NULL)
        return dbfejl(l, d, "læsning af hændelser");
    sag_arena_init(&a, 0);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        struct sag_haendelse_post p;

        sag_arena_reset(&a);
        laes_post(st, &a, &p);
        if (cb(ctx, (const char *)sqlite3_column_text(st, 9), &p) != 0)
            break;
    }
    sag_arena_release(&a);
    frigiv(l, st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return dbfejl(l, d, "læsning af hændelser");
    return SAG_OK;
}

static enum sag_status
indsaet(struct sag_store *s, const char *sag_id,
        const struct sag_haendelse_post *p, struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(
        l, "INSERT INTO haendelser(seq, sag_id, nr, type, dato, registreret, "
           "bruger, begrundelse, data, forrige_hash, hash) VALUES (?1, ?2, ?3, "
           "?4, ?5, ?6, ?7, ?8, ?9, (SELECT coalesce((SELECT hash FROM "
           "haendelser WHERE seq = ?1 - 1), '') ), ?10)");
    int rc;

    if (st == NULL)
        return dbfejl(l, d, "skrivning af hændelse");
    (void)sqlite3_bind_int64(st, 1, p->seq);
    bind_tekst(st, 2, sag_id);
    (void)sqlite3_bind_int(st, 3, p->nr);
    bind_tekst(st, 4, p->type);
    bind_tekst(st, 5, p->dato);
    bind_tekst(st, 6, p->registreret);
    bind_tekst(st, 7, p->bruger);
    bind_tekst(st, 8, p->begrundelse);
    bind_tekst(st, 9, p->data);
    bind_tekst(st, 10, p->hash);
    rc = sqlite3_step(st);
    frigiv(l, st);
    return rc == SQLITE_DONE ? SAG_OK : dbfejl(l, d, "skrivning af hændelse");
}

static enum sag_status
projektion(struct sag_store *s, const struct sag_tilstand *t, bool ny,
           const char *regime, const char *forfald, bool venter, long long seq,
           const struct sag_opgave *o, size_t n, struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st;
    char sk[SAG_DATO_ISO_LEN], an[SAG_DATO_ISO_LEN], mo[SAG_DATO_ISO_LEN],
        op[SAG_DATO_ISO_LEN], lu[SAG_DATO_ISO_LEN], sd[SAG_DATO_ISO_LEN],
        af[SAG_DATO_ISO_LEN];
    int rc;

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
                "antal_haendelser, sidste_seq, gruppe, start_dato, afsluttet) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                "?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)"
              : "UPDATE sager SET status = ?5, lukket = ?11, anerkendelse = "
                "?14, men = ?15, erhvervsevnetab = ?16, naeste_forfald = ?18, "
                "venter = ?19, antal_haendelser = ?20, sidste_seq = ?21, "
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
    (void)sqlite3_bind_int64(st, 21, seq);
    bind_tekst(st, 22, sag_gruppe_navn(sag_gruppe(t)));
    sag_dato_format_iso(sag_startdato(t), sd);
    bind_tekst(st, 23, sd);
    sag_dato_format_iso(t->afsluttet, af);
    bind_tekst(st, 24, t->har_afsluttet ? af : NULL);
    rc = sqlite3_step(st);
    frigiv(l, st);
    if (rc != SQLITE_DONE)
        return dbfejl(l, d, "sagsoversigten");

    st = forbered(l, "DELETE FROM opgaver WHERE sag_id = ?1");
    if (st == NULL)
        return dbfejl(l, d, "arbejdslisten");
    bind_tekst(st, 1, t->id);
    rc = sqlite3_step(st);
    frigiv(l, st);
    if (rc != SQLITE_DONE)
        return dbfejl(l, d, "arbejdslisten");
    st = forbered(l, "INSERT INTO opgaver(sag_id, nr, team, sagsbehandler, "
                     "art, forfald, venter, tekst, ref) VALUES (?1, ?2, ?3, "
                     "?4, ?5, ?6, ?7, ?8, ?9)");
    if (st == NULL)
        return dbfejl(l, d, "arbejdslisten");
    for (size_t i = 0; i < n; i++) {
        char f[SAG_DATO_ISO_LEN];

        sag_dato_format_iso(o[i].forfald, f);
        (void)sqlite3_reset(st);
        bind_tekst(st, 1, t->id);
        (void)sqlite3_bind_int(st, 2, (int)i + 1);
        bind_tekst(st, 3, t->team);
        bind_tekst(st, 4, t->sagsbehandler);
        bind_tekst(st, 5, sag_opgaveart_navn(o[i].art));
        bind_tekst(st, 6, f);
        (void)sqlite3_bind_int(st, 7, o[i].venter_paa_andre);
        bind_tekst(st, 8, o[i].tekst);
        bind_tekst(st, 9, o[i].ref);
        if (sqlite3_step(st) != SQLITE_DONE) {
            frigiv(l, st);
            return dbfejl(l, d, "arbejdslisten");
        }
    }
    frigiv(l, st);
    return SAG_OK;
}

/* Run a prepared single-row change; frees the statement. */
static enum sag_status
trin(struct lite *l, sqlite3_stmt *st, const char *hvad, struct sag_diag *d)
{
    int rc = sqlite3_step(st);

    frigiv(l, st);
    return rc == SQLITE_DONE ? SAG_OK : dbfejl(l, d, hvad);
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
    int rc;

    if (st == NULL)
        return dbfejl(l, d, "metadata");
    bind_tekst(st, 1, navn);
    rc = sqlite3_step(st);
    *ud = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    frigiv(l, st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? SAG_OK
                                                 : dbfejl(l, d, "metadata");
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

static enum sag_status
sag_ider(struct sag_store *s, int (*cb)(void *ctx, const char *id), void *ctx,
         struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(l, "SELECT id FROM sager ORDER BY id");
    int rc;

    if (st == NULL)
        return dbfejl(l, d, "sagsnumre");
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        if (cb(ctx, (const char *)sqlite3_column_text(st, 0)) != 0)
            break;
    frigiv(l, st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? SAG_OK
                                                 : dbfejl(l, d, "sagsnumre");
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

/* Grow an arena array by doubling. */
static void *
voks(struct sag_arena *a, void *p, size_t n, size_t *plads, size_t str)
{
    void *ny;

    if (n < *plads)
        return p;
    *plads = *plads ? 2 * *plads : 4096;
    if ((ny = sag_arena_alloc(a, *plads * str)) == NULL)
        return NULL;
    if (n)
        memcpy(ny, p, n * str);
    return ny;
}

static enum sag_status
portefolje(struct sag_store *s, struct sag_arena *a, struct sag_pf_data *ud,
           struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st;
    size_t plads = 0;
    int rc;

    memset(ud, 0, sizeof(*ud));
    st = forbered(l, "SELECT gruppe, type, fristregime, start_dato, oprettet, "
                     "afsluttet FROM sager");
    if (st == NULL)
        return dbfejl(l, d, "porteføljen");
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        struct sag_pf_sag *x;

        ud->sager = voks(a, ud->sager, ud->antal_sager, &plads, sizeof(*x));
        if (ud->sager == NULL)
            break;
        x = &ud->sager[ud->antal_sager];
        memset(x, 0, sizeof(*x));
        x->gruppe = (enum sag_gruppe)kode(n_gruppe, SAG_ANTAL_GRUPPER,
                                          sqlite3_column_text(st, 0));
        x->type =
            (enum sag_sagstype)kode(n_type, 5, sqlite3_column_text(st, 1));
        x->regime =
            (enum sag_fristregime)kode(n_regime, 3, sqlite3_column_text(st, 2));
        if (x->gruppe == 0 || !dato_kol(st, 3, &x->start) ||
            !dato_kol(st, 4, &x->oprettet))
            continue; /* facts not built: rebuild the projections */
        x->har_afsluttet = dato_kol(st, 5, &x->afsluttet);
        ud->antal_sager++;
    }
    frigiv(l, st);
    if (rc != SQLITE_DONE)
        return ud->sager == NULL && rc == SQLITE_ROW
                   ? sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse")
                   : dbfejl(l, d, "porteføljen");

    plads = 0;
    st = forbered(l, "SELECT f.art, s.type, s.fristregime, f.forfald, "
                     "f.afgjort, f.taeller FROM rapport_frister f JOIN sager "
                     "s ON s.id = f.sag_id");
    if (st == NULL)
        return dbfejl(l, d, "porteføljen");
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        struct sag_pf_frist *x;
        const char *art = (const char *)sqlite3_column_text(st, 0);

        ud->frister =
            voks(a, ud->frister, ud->antal_frister, &plads, sizeof(*x));
        if (ud->frister == NULL)
            break;
        x = &ud->frister[ud->antal_frister];
        memset(x, 0, sizeof(*x));
        x->art = strcmp(art, "anerkendelse") == 0 ? SAG_PF_FRIST_ANERKENDELSE
                 : strcmp(art, "afgoerelse") == 0 ? SAG_PF_FRIST_AFGOERELSE
                                                  : SAG_PF_FRIST_AFGOERELSE_ESU;
        x->type =
            (enum sag_sagstype)kode(n_type, 5, sqlite3_column_text(st, 1));
        x->regime =
            (enum sag_fristregime)kode(n_regime, 3, sqlite3_column_text(st, 2));
        if (!dato_kol(st, 3, &x->forfald))
            continue;
        x->har_afgjort = dato_kol(st, 4, &x->afgjort);
        x->taeller = sqlite3_column_int(st, 5) != 0;
        ud->antal_frister++;
    }
    frigiv(l, st);
    if (rc != SQLITE_DONE)
        return dbfejl(l, d, "porteføljen");

    plads = 0;
    st = forbered(l, "SELECT s.gruppe, s.type, a.fase, a.dato FROM "
                     "rapport_afgoerelser a JOIN sager s ON s.id = a.sag_id");
    if (st == NULL)
        return dbfejl(l, d, "porteføljen");
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        struct sag_pf_afgoerelse *x;

        ud->afgoerelser =
            voks(a, ud->afgoerelser, ud->antal_afgoerelser, &plads, sizeof(*x));
        if (ud->afgoerelser == NULL)
            break;
        x = &ud->afgoerelser[ud->antal_afgoerelser];
        x->gruppe = (enum sag_gruppe)kode(n_gruppe, SAG_ANTAL_GRUPPER,
                                          sqlite3_column_text(st, 0));
        x->type =
            (enum sag_sagstype)kode(n_type, 5, sqlite3_column_text(st, 1));
        x->fase = (enum sag_fase)kode(n_fase, 3, sqlite3_column_text(st, 2));
        if (dato_kol(st, 3, &x->dato))
            ud->antal_afgoerelser++;
    }
    frigiv(l, st);
    if (rc != SQLITE_DONE)
        return dbfejl(l, d, "porteføljen");

    plads = 0;
    st = forbered(l, "SELECT s.gruppe, a.dato, k.modtaget, k.status, "
                     "k.udfald, k.afgjort FROM rapport_klager k JOIN sager s "
                     "ON s.id = k.sag_id JOIN rapport_afgoerelser a ON "
                     "a.sag_id = k.sag_id AND a.id = k.afgoerelse_id");
    if (st == NULL)
        return dbfejl(l, d, "porteføljen");
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        struct sag_pf_klage *x;

        ud->klager = voks(a, ud->klager, ud->antal_klager, &plads, sizeof(*x));
        if (ud->klager == NULL)
            break;
        x = &ud->klager[ud->antal_klager];
        memset(x, 0, sizeof(*x));
        x->gruppe = (enum sag_gruppe)kode(n_gruppe, SAG_ANTAL_GRUPPER,
                                          sqlite3_column_text(st, 0));
        x->status = (enum sag_klagestatus)kode(n_klagestatus, 5,
                                               sqlite3_column_text(st, 3));
        x->udfald =
            (enum sag_udfald)kode(n_udfald, 5, sqlite3_column_text(st, 4));
        if (!dato_kol(st, 1, &x->afgoerelse_dato) ||
            !dato_kol(st, 2, &x->modtaget))
            continue;
        x->har_afgjort = dato_kol(st, 5, &x->afgjort);
        ud->antal_klager++;
    }
    frigiv(l, st);
    if (rc != SQLITE_DONE)
        return dbfejl(l, d, "porteføljen");
    return SAG_OK;
}

/* ---- the quality sample ---- */

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
    int rc;

    if (st == NULL)
        return dbfejl(l, d, "afgørelserne");
    bind_tekst(st, 1, fra);
    bind_tekst(st, 2, til);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        if (cb(ctx, (const char *)sqlite3_column_text(st, 0),
               (const char *)sqlite3_column_text(st, 1),
               (const char *)sqlite3_column_text(st, 2),
               (const char *)sqlite3_column_text(st, 3)) != 0)
            break;
    frigiv(l, st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? SAG_OK
                                                 : dbfejl(l, d, "afgørelserne");
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
    int rc;

    if (st == NULL)
        return dbfejl(l, d, "vurderingen");
    bind_tekst(st, 1, afg_id);
    rc = sqlite3_step(st);
    frigiv(l, st);
    if (rc == SQLITE_DONE)
        return sag_diag_set(d, SAG_ENOTFOUND, "/afgoerelse_id",
                            "afgørelsen er ikke udtrukket til stikprøven");
    if (rc != SQLITE_ROW)
        return dbfejl(l, d, "vurderingen");
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
    frigiv(l, st);
    if (rc == SQLITE_DONE)
        return SAG_OK;
    if ((sqlite3_extended_errcode(l->db) & 0xff) == SQLITE_CONSTRAINT)
        return sag_diag_set(d, SAG_ECONFLICT, "/afgoerelse_id",
                            "afgørelsen er allerede vurderet");
    return dbfejl(l, d, "vurderingen");
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
    int rc;

    if (st == NULL)
        return dbfejl(l, d, "kvaliteten");
    bind_tekst(st, 1, fra);
    bind_tekst(st, 2, til);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int t = kode(n_type, 5, sqlite3_column_text(st, 0));
        struct sag_pf_kvalitet_linje *x = &ud->linjer[t];

        x->udtrukket += sqlite3_column_int(st, 1);
        x->vurderet += sqlite3_column_int(st, 2);
        x->korrekt += sqlite3_column_int(st, 3);
        ud->linjer[0].udtrukket += sqlite3_column_int(st, 1);
        ud->linjer[0].vurderet += sqlite3_column_int(st, 2);
        ud->linjer[0].korrekt += sqlite3_column_int(st, 3);
    }
    frigiv(l, st);
    if (rc != SQLITE_DONE)
        return dbfejl(l, d, "kvaliteten");
    st = forbered(l, "SELECT count(*) FROM rapport_afgoerelser WHERE dato "
                     "BETWEEN ?1 AND ?2");
    if (st == NULL)
        return dbfejl(l, d, "kvaliteten");
    bind_tekst(st, 1, fra);
    bind_tekst(st, 2, til);
    if (sqlite3_step(st) == SQLITE_ROW)
        ud->afgoerelser = sqlite3_column_int(st, 0);
    frigiv(l, st);
    return SAG_OK;
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
    int rc;

    if (st == NULL)
        return dbfejl(l, d, "stikprøven");
    bind_tekst(st, 1, fra);
    bind_tekst(st, 2, til);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        struct sag_kvalitet_post p;

        p.afgoerelse_id = (const char *)sqlite3_column_text(st, 0);
        p.sag_id = (const char *)sqlite3_column_text(st, 1);
        p.sagstype = (const char *)sqlite3_column_text(st, 2);
        p.dato = (const char *)sqlite3_column_text(st, 3);
        p.vurderet = sqlite3_column_type(st, 4) != SQLITE_NULL;
        p.korrekt = sqlite3_column_int(st, 4) != 0;
        p.bruger = (const char *)sqlite3_column_text(st, 5);
        p.begrundelse = (const char *)sqlite3_column_text(st, 6);
        if (cb(ctx, &p) != 0)
            break;
    }
    frigiv(l, st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? SAG_OK
                                                 : dbfejl(l, d, "stikprøven");
}

static enum sag_status
laesning(struct sag_store *s, const char *sag_id, const struct sag_hvem *h,
         const char *grund, const char *tid, struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(l, "INSERT INTO laesninger(sag_id, bruger, "
                                   "rolle, grund, tidspunkt) VALUES (?1, ?2, "
                                   "?3, ?4, ?5)");
    int rc;

    if (st == NULL)
        return dbfejl(l, d, "læseloggen");
    bind_tekst(st, 1, sag_id);
    bind_tekst(st, 2, h->bruger);
    bind_tekst(st, 3, h->rolle ? h->rolle : "");
    bind_tekst(st, 4, grund);
    bind_tekst(st, 5, tid);
    rc = sqlite3_step(st);
    frigiv(l, st);
    return rc == SQLITE_DONE ? SAG_OK : dbfejl(l, d, "læseloggen");
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
    int rc;

    if (st == NULL)
        return dbfejl(l, d, "læseloggen");
    bind_tekst(st, 1, sag_id);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        struct sag_laesning x = {
            (const char *)sqlite3_column_text(st, 0),
            (const char *)sqlite3_column_text(st, 1),
            (const char *)sqlite3_column_text(st, 2),
            (const char *)sqlite3_column_text(st, 3),
        };

        if (cb(ctx, &x) != 0)
            break;
    }
    frigiv(l, st);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? SAG_OK
                                                 : dbfejl(l, d, "læseloggen");
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

static void
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
}

static enum sag_status
hent_afgoerelse(struct sag_store *s, const char *id, struct sag_arena *a,
                struct sag_afgoerelse_post *ud, struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st =
        forbered(l, "SELECT " AFG_KOLONNER " FROM afgoerelser WHERE id = ?1");
    int rc;

    if (st == NULL)
        return dbfejl(l, d, "afgørelsen");
    bind_tekst(st, 1, id);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        laes_afg(st, a, ud);
    frigiv(l, st);
    if (rc == SQLITE_DONE)
        return sag_diag_set(d, SAG_ENOTFOUND, "/afgoerelse_id",
                            "afgørelsen findes ikke");
    return rc == SQLITE_ROW ? SAG_OK : dbfejl(l, d, "afgørelsen");
}

static enum sag_status
afgoerelser(struct sag_store *s, const char *sag_id, struct sag_arena *a,
            struct sag_afgoerelse_post **ud, size_t *n, struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(l, "SELECT " AFG_KOLONNER
                                   " FROM afgoerelser WHERE sag_id = ?1 "
                                   "ORDER BY registreret, id");
    struct sag_afgoerelse_post *p = NULL;
    size_t antal = 0, plads = 0;
    int rc;

    if (st == NULL)
        return dbfejl(l, d, "afgørelserne");
    bind_tekst(st, 1, sag_id);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (antal == plads) {
            size_t ny = plads ? plads * 2 : 8;
            struct sag_afgoerelse_post *q = sag_arena_alloc(a, ny * sizeof(*q));

            if (q == NULL)
                break;
            if (antal)
                memcpy(q, p, antal * sizeof(*q));
            p = q;
            plads = ny;
        }
        laes_afg(st, a, &p[antal++]);
    }
    frigiv(l, st);
    if (rc != SQLITE_DONE)
        return dbfejl(l, d, "afgørelserne");
    *ud = p;
    *n = antal;
    return SAG_OK;
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
    int rc;

    if (st == NULL)
        return dbfejl(l, d, "afgørelserne");
    bind_tekst(st, 1, fase);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        struct sag_afgoerelse_post p;
        struct sag_arena a;
        int stop;

        sag_arena_init(&a, 0);
        laes_afg(st, &a, &p);
        stop = cb(ctx, &p);
        sag_arena_release(&a);
        if (stop)
            break;
    }
    frigiv(l, st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? SAG_OK
                                                 : dbfejl(l, d, "afgørelserne");
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
    "NULL OR type = ?4) ORDER BY oprettet DESC, id DESC LIMIT ?5"
    static const char sql_team[] = LISTE_SQL("team = ?1 AND (?2 IS NULL OR "
                                             "sagsbehandler = ?2)");
    static const char sql_beh[] = LISTE_SQL("sagsbehandler = ?2");
    static const char sql_alle[] = LISTE_SQL("?1 IS NULL AND ?2 IS NULL");
#undef LISTE_SQL
    sqlite3_stmt *st = forbered(l, f->team            ? sql_team
                                   : f->sagsbehandler ? sql_beh
                                                      : sql_alle);
    int rc;

    if (st == NULL)
        return dbfejl(l, d, "sagslisten");
    bind_tekst(st, 1, f->team);
    bind_tekst(st, 2, f->sagsbehandler);
    bind_tekst(st, 3, f->status);
    bind_tekst(st, 4, f->type);
    (void)sqlite3_bind_int64(st, 5,
                             f->graense ? (sqlite3_int64)f->graense : -1);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        struct sag_liste_post p;

#define T(i) ((const char *)sqlite3_column_text(st, (i)))
        p.id = T(0);
        p.type = T(1);
        p.generation = T(2);
        p.status = T(3);
        p.team = T(4);
        p.sagsbehandler = T(5);
        p.anerkendelse = T(6);
        p.men = T(7);
        p.erhvervsevnetab = T(8);
        p.naeste_forfald = T(9) ? T(9) : "";
        p.oprettet = T(10);
        p.venter = sqlite3_column_int(st, 11) != 0;
#undef T
        if (cb(ctx, &p) != 0)
            break;
    }
    frigiv(l, st);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? SAG_OK
                                                 : dbfejl(l, d, "sagslisten");
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
                  "venter FROM opgaver WHERE team = ?1 AND venter = ?2 ORDER "
                  "BY forfald, sag_id LIMIT ?3"
                : "SELECT sag_id, art, forfald, tekst, ref, sagsbehandler, "
                  "venter FROM opgaver WHERE sagsbehandler = ?1 AND venter = "
                  "?2 ORDER BY forfald, sag_id LIMIT ?3");
    int rc;

    if (st == NULL)
        return dbfejl(l, d, "arbejdslisten");
    bind_tekst(st, 1, team ? team : behandler);
    (void)sqlite3_bind_int(st, 2, venter);
    (void)sqlite3_bind_int64(st, 3, graense ? (sqlite3_int64)graense : -1);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        struct sag_arbejdspost p;

        p.sag_id = (const char *)sqlite3_column_text(st, 0);
        p.art = (const char *)sqlite3_column_text(st, 1);
        p.forfald = (const char *)sqlite3_column_text(st, 2);
        p.tekst = (const char *)sqlite3_column_text(st, 3);
        p.ref = (const char *)sqlite3_column_text(st, 4);
        p.sagsbehandler = (const char *)sqlite3_column_text(st, 5);
        p.venter = sqlite3_column_int(st, 6) != 0;
        if (cb(ctx, &p) != 0)
            break;
    }
    frigiv(l, st);
    return rc == SQLITE_DONE || rc == SQLITE_ROW
               ? SAG_OK
               : dbfejl(l, d, "arbejdslisten");
}

static enum sag_status
integritet(struct sag_store *s, struct sag_diag *d)
{
    struct lite *l = L(s);
    sqlite3_stmt *st = forbered(l, "PRAGMA integrity_check");
    enum sag_status r = SAG_OK;

    if (st == NULL)
        return dbfejl(l, d, "integritetskontrol");
    if (sqlite3_step(st) != SQLITE_ROW ||
        strcmp((const char *)sqlite3_column_text(st, 0), "ok") != 0)
        r = sag_diag_set(d, SAG_ECONFLICT, "",
                         "databasen er beskadiget (integrity_check)");
    frigiv(l, st);
    if (r == SAG_OK) {
        st = forbered(l, "PRAGMA foreign_key_check");
        if (st == NULL)
            return dbfejl(l, d, "integritetskontrol");
        if (sqlite3_step(st) == SQLITE_ROW)
            r = sag_diag_set(d, SAG_ECONFLICT, "",
                             "databasen har brudte fremmednøgler");
        frigiv(l, st);
    }
    return r;
}

static const struct sag__store_ops lite_ops = {
    .luk = luk,
    .begynd = begynd,
    .bekraeft = bekraeft,
    .fortryd = fortryd,
    .taeller = taeller,
    .sidste = sidste,
    .haendelser = haendelser,
    .alle_haendelser = alle_haendelser,
    .indsaet = indsaet,
    .projektion = projektion,
    .laesning = laesning,
    .laesninger = laesninger,
    .gem_afgoerelse = gem_afgoerelse,
    .hent_afgoerelse = hent_afgoerelse,
    .afgoerelser = afgoerelser,
    .liste = liste,
    .arbejdsliste = arbejdsliste,
    .integritet = integritet,
    .fakta = fakta,
    .meta_hent = meta_hent,
    .meta_saet = meta_saet,
    .sag_ider = sag_ider,
    .portefolje = portefolje,
    .afgoerelser_i_periode = afgoerelser_i_periode,
    .stikproeve = stikproeve,
    .vurdering = vurdering,
    .kvalitet = kvalitet,
    .kvalitet_liste = kvalitet_liste,
    .alle_afgoerelser = alle_afgoerelser,
};

static enum sag_status
skemaversion(struct lite *l, int *version, struct sag_diag *d)
{
    sqlite3_stmt *st = forbered(l, "PRAGMA user_version");

    if (st == NULL || sqlite3_step(st) != SQLITE_ROW) {
        frigiv(l, st);
        return dbfejl(l, d, "skemaversionen");
    }
    *version = sqlite3_column_int(st, 0);
    frigiv(l, st);
    if ((size_t)*version > sag__migrationer_antal)
        return sag_diag_set(d, SAG_ECONFLICT, "",
                            "databasen har skemaversion %d, men programmet "
                            "kender kun %zu",
                            *version, sag__migrationer_antal);
    return SAG_OK;
}

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
        (size_t)version == sag__migrationer_antal)
        return r;
    if ((r = kor(l, "BEGIN IMMEDIATE", d)) != SAG_OK)
        return r;
    if ((r = skemaversion(l, &version, d)) != SAG_OK)
        goto fejl;
    for (size_t i = (size_t)version; i < sag__migrationer_antal; i++) {
        char sql[64];

        (void)snprintf(sql, sizeof(sql), "PRAGMA user_version = %zu", i + 1);
        if ((r = kor(l, sag__migrationer[i], d)) != SAG_OK ||
            (r = kor(l, sql, d)) != SAG_OK)
            goto fejl;
    }
    if ((r = kor(l, "COMMIT", d)) == SAG_OK)
        return SAG_OK;
fejl:
    (void)sqlite3_exec(l->db, "ROLLBACK", NULL, NULL, NULL);
    return r;
}

enum sag_status
sag_store_aabn_sqlite(const char *sti, struct sag_store **ud,
                      struct sag_diag *d)
{
    struct lite *l = sag_calloc(1, sizeof(*l));
    enum sag_status r;

    if (l == NULL)
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    l->basis.ops = &lite_ops;
    l->basis.ur = sag__systemur;
    if (sqlite3_open_v2(sti, &l->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                            SQLITE_OPEN_NOMUTEX,
                        NULL) != SQLITE_OK) {
        r = sag_diag_set(d, SAG_EIO, "", "kan ikke åbne databasen: %s",
                         l->db ? sqlite3_errmsg(l->db) : "?");
        (void)sqlite3_close(l->db);
        sag_free(l);
        return r;
    }
    (void)sqlite3_busy_timeout(l->db, 10000);
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
        toem_cache(l);
        (void)sqlite3_close(l->db);
        sag_free(l);
        return r;
    }
    *ud = &l->basis;
    return SAG_OK;
}
