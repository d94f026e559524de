/*
 * The monthly run's rows (udbetaling.h, migration 011): runs, payment
 * orders, and their bookings in the awards' ledger (ydelse_betalinger,
 * migration 010). Every statement is written once, in SQL that SQLite and
 * PostgreSQL both take (?N parameters, ON CONFLICT DO NOTHING), and run
 * through the adapters' generic row calls (raekker_ud / raekke_ind, which
 * prepare each statement once and keep it): no adapter code of its own.
 * Values travel as text; the statements are static strings because the
 * adapters' statement caches key on the pointer.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "skadesag/udbetaling.h"

#include "store_int.h"

#include "../base/banned.h"

static void
kopier(char *til, size_t n, const char *fra)
{
    (void)snprintf(til, n, "%s", fra != NULL ? fra : "");
}

static const char *const statusnavne[] = { NULL, "i_gang", "faerdig", "sendt",
                                           "tilbagefoert" };

const char *
sag_udb_status_navn(enum sag_udb_status s)
{
    return (int)s >= 1 && (int)s <= 4 ? statusnavne[s] : NULL;
}

static enum sag_udb_status
status_af(const char *v)
{
    for (int i = 1; i <= 4; i++)
        if (v != NULL && strcmp(v, statusnavne[i]) == 0)
            return (enum sag_udb_status)i;
    return SAG_UDB_I_GANG;
}

/* The store's clock when the caller gives no time. */
static const char *
tid_eller_nu(struct sag_store *s, const char *tid, char nu[SAG_TID_LEN])
{
    if (tid != NULL && tid[0] != '\0')
        return tid;
    s->ur(s->ur_ctx, nu);
    return nu;
}

static long long
tal(const char *v)
{
    return v != NULL ? strtoll(v, NULL, 10) : 0;
}

static void
tekst_tal(char ud[24], long long v)
{
    (void)snprintf(ud, 24, "%lld", v);
}

#define KOERSEL_KOLONNER                                                       \
    "id, aar, maaned, status, markoer, antal, sum_oere, bruger, startet, "     \
    "afsluttet, sendt, tilbagefoert, bogfoert_antal, bogfoert_oere, "          \
    "a_skat_oere"
#define KOERSEL_TYPER "tiittiitttttiii"

struct en_koersel {
    struct sag_udb_koersel *k;
    bool fundet;
};

static int
koersel_raekke(void *ctx, const char *const *v)
{
    struct en_koersel *e = ctx;
    struct sag_udb_koersel *k = e->k;

    memset(k, 0, sizeof *k);
    kopier(k->id, sizeof k->id, v[0]);
    k->aar = (int)tal(v[1]);
    k->maaned = (int)tal(v[2]);
    k->status = status_af(v[3]);
    kopier(k->markoer, sizeof k->markoer, v[4]);
    k->antal = tal(v[5]);
    k->sum_oere = tal(v[6]);
    kopier(k->bruger, sizeof k->bruger, v[7]);
    kopier(k->startet, sizeof k->startet, v[8]);
    kopier(k->afsluttet, sizeof k->afsluttet, v[9]);
    kopier(k->sendt, sizeof k->sendt, v[10]);
    kopier(k->tilbagefoert, sizeof k->tilbagefoert, v[11]);
    k->bogfoert_antal = tal(v[12]);
    k->bogfoert_oere = tal(v[13]);
    k->a_skat_oere = tal(v[14]);
    e->fundet = true;
    return 1;
}

static const char sql_aktiv[] =
    "SELECT " KOERSEL_KOLONNER " FROM udbetaling_koersler WHERE aar = ?1 AND "
    "maaned = ?2 AND status <> 'tilbagefoert'";
static const char sql_hent[] =
    "SELECT " KOERSEL_KOLONNER " FROM udbetaling_koersler WHERE id = ?1";
static const char sql_gemte_totaler[] =
    "SELECT betalertype, betaler, antal, sum_oere, a_skat_oere FROM "
    "udbetaling_totaler WHERE koersel_id = ?1 ORDER BY betalertype, betaler";
static const char sql_betalertotaler[] =
    "SELECT betalertype, betaler, count(*), sum(beloeb_oere), "
    "sum(a_skat_oere) FROM udbetaling_ordrer WHERE koersel_id = ?1 GROUP BY "
    "betalertype, betaler ORDER BY betalertype, betaler";

static int
betalertotal_raekke(void *ctx, const char *const *v)
{
    struct sag_udb_koersel *k = ctx;
    struct sag_udb_betalertotal *b;

    if (k->antal_betalere >= SAG_UDB_BETALERE_MAX)
        return 1;
    b = &k->betalere[k->antal_betalere++];
    b->betalertype = (int)tal(v[0]);
    kopier(b->betaler, sizeof b->betaler, v[1]);
    b->antal = tal(v[2]);
    b->sum_oere = tal(v[3]);
    b->a_skat_oere = tal(v[4]);
    return 0;
}

static enum sag_status
hent(struct sag_store *s, const char *sql, const char *const *p, size_t np,
     struct sag_udb_koersel *ud, const char *felt, struct sag_diag *d)
{
    struct sag_udb_koersel k;
    struct en_koersel e = { &k, false };
    enum sag_status st;

    st = s->ops->raekker_ud_p(s, sql, p, np, KOERSEL_TYPER, koersel_raekke, &e,
                              d);
    if (st != SAG_OK)
        return st;
    if (!e.fundet)
        return sag_diag_set(d, SAG_ENOTFOUND, felt, "ingen sådan kørsel");
    {
        const char *q[] = { k.id };

        /* A finished run's totals were kept when it finished; a run in
         * progress is counted from its orders. */
        st = s->ops->raekker_ud_p(
            s,
            k.status == SAG_UDB_I_GANG ? sql_betalertotaler : sql_gemte_totaler,
            q, 1, "titii", betalertotal_raekke, &k, d);
    }
    if (st == SAG_OK)
        *ud = k;
    return st;
}

enum sag_status
sag_store_udb_aktiv(struct sag_store *s, int aar, int maaned,
                    struct sag_udb_koersel *ud, struct sag_diag *d)
{
    char a[24], m[24];
    const char *p[] = { a, m };

    tekst_tal(a, aar);
    tekst_tal(m, maaned);
    return hent(s, sql_aktiv, p, 2, ud, "/maaned", d);
}

enum sag_status
sag_store_udb_hent(struct sag_store *s, const char *id,
                   struct sag_udb_koersel *ud, struct sag_diag *d)
{
    const char *p[] = { id };

    return hent(s, sql_hent, p, 1, ud, "/koersel", d);
}

static const char sql_ny[] =
    "INSERT INTO udbetaling_koersler(id, aar, maaned, status, markoer, "
    "antal, sum_oere, bruger, startet) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
    "?8, ?9)";

enum sag_status
sag_store_udb_ny(struct sag_store *s, const struct sag_udb_koersel *k,
                 struct sag_diag *d)
{
    char a[24], m[24], n[24], sum[24], nu[SAG_TID_LEN];
    const char *v[] = {
        k->id, a,   m,         sag_udb_status_navn(k->status), k->markoer,
        n,     sum, k->bruger, tid_eller_nu(s, k->startet, nu)
    };

    tekst_tal(a, k->aar);
    tekst_tal(m, k->maaned);
    tekst_tal(n, k->antal);
    tekst_tal(sum, k->sum_oere);
    return s->ops->raekke_ind(s, sql_ny, "tiittiitt", v, d);
}

static const char *const sql_opdater[] = {
    "UPDATE udbetaling_koersler SET status = ?2, markoer = ?3, antal = ?4, "
    "sum_oere = ?5 WHERE id = ?1",
    "UPDATE udbetaling_koersler SET status = ?2, markoer = ?3, antal = ?4, "
    "sum_oere = ?5, afsluttet = ?6 WHERE id = ?1",
    "UPDATE udbetaling_koersler SET status = ?2, markoer = ?3, antal = ?4, "
    "sum_oere = ?5, sendt = ?6 WHERE id = ?1",
    "UPDATE udbetaling_koersler SET status = ?2, markoer = ?3, antal = ?4, "
    "sum_oere = ?5, tilbagefoert = ?6 WHERE id = ?1",
};

enum sag_status
sag_store_udb_opdater(struct sag_store *s, const struct sag_udb_koersel *k,
                      const char *tidsfelt, const char *tid, struct sag_diag *d)
{
    char n[24], sum[24], nu[SAG_TID_LEN];
    const char *v[] = { k->id, sag_udb_status_navn(k->status), k->markoer, n,
                        sum,   tid_eller_nu(s, tid, nu) };
    size_t i = 0;

    if (tidsfelt != NULL)
        i = strcmp(tidsfelt, "afsluttet") == 0 ? 1
            : strcmp(tidsfelt, "sendt") == 0   ? 2
                                               : 3;
    tekst_tal(n, k->antal);
    tekst_tal(sum, k->sum_oere);
    return s->ops->raekke_ind(s, sql_opdater[i], i ? "tttiit" : "tttii", v, d);
}

static const char sql_ordre[] =
    "INSERT INTO udbetaling_ordrer(ydelse_id, aar, maaned, koersel_id, "
    "sag_id, betalertype, betaler, beloeb_oere, a_skat_oere, fradrag_oere) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT DO NOTHING";

enum sag_status
sag_store_udb_ordre(struct sag_store *s, const char *koersel,
                    const struct sag_ordre *o, int betalertype,
                    struct sag_diag *d)
{
    char a[24], m[24], bt[24], b[24], sk[24], fr[24];
    const char *v[] = { o->ydelse_id, a,          m, koersel, o->sag_id,
                        bt,           o->betaler, b, sk,      fr };

    tekst_tal(a, o->aar);
    tekst_tal(m, o->maaned);
    tekst_tal(bt, betalertype);
    tekst_tal(b, o->beloeb.oere);
    tekst_tal(sk, o->a_skat.oere);
    tekst_tal(fr, o->fradrag.oere);
    return s->ops->raekke_ind(s, sql_ordre, "tiittitiii", v, d);
}

/* The ledger side of a batch of orders: one statement per batch. */
static const char sql_bogfoer[] =
    "INSERT INTO ydelse_betalinger(ydelse_id, aar, maaned, beloeb_oere, "
    "reference, registreret) SELECT ydelse_id, aar, maaned, beloeb_oere, "
    "koersel_id, ?4 FROM udbetaling_ordrer WHERE koersel_id = ?1 AND "
    "ydelse_id > ?2 AND ydelse_id <= ?3 ON CONFLICT DO NOTHING";

enum sag_status
sag_store_udb_bogfoer(struct sag_store *s, const char *koersel,
                      const char *efter, const char *til, const char *tid,
                      struct sag_diag *d)
{
    char nu[SAG_TID_LEN];
    const char *v[] = { koersel, efter, til, tid_eller_nu(s, tid, nu) };

    return s->ops->raekke_ind(s, sql_bogfoer, "tttt", v, d);
}

static const char sql_modpost[] =
    "INSERT INTO ydelse_betalinger(ydelse_id, aar, maaned, beloeb_oere, "
    "reference, registreret) SELECT ydelse_id, aar, maaned, -beloeb_oere, "
    "?2, ?3 FROM udbetaling_ordrer WHERE koersel_id = ?1 ON CONFLICT DO "
    "NOTHING";
static const char sql_slet_ordrer[] =
    "DELETE FROM udbetaling_ordrer WHERE koersel_id = ?1";

enum sag_status
sag_store_udb_tilbagefoer(struct sag_store *s, const char *koersel,
                          const char *reference, const char *tid,
                          struct sag_diag *d)
{
    char nu[SAG_TID_LEN];
    const char *v[] = { koersel, reference, tid_eller_nu(s, tid, nu) };
    enum sag_status st = s->ops->raekke_ind(s, sql_modpost, "ttt", v, d);

    if (st == SAG_OK)
        st = s->ops->raekke_ind(s, sql_slet_ordrer, "t", v, d);
    return st;
}

struct bogfoert_cb {
    int (*cb)(void *ctx, const char *ydelse_id, int64_t oere);
    void *ctx;
};

static int
bogfoert_raekke(void *ctx, const char *const *v)
{
    struct bogfoert_cb *c = ctx;

    return c->cb(c->ctx, v[0], (int64_t)tal(v[1]));
}

static const char sql_bogfoert_maaned[] =
    "SELECT ydelse_id, sum(beloeb_oere) FROM ydelse_betalinger WHERE aar = "
    "?1 AND maaned = ?2 GROUP BY ydelse_id";

enum sag_status
sag_store_udb_bogfoert_i_maaned(struct sag_store *s, int aar, int maaned,
                                int (*cb)(void *ctx, const char *ydelse_id,
                                          int64_t oere),
                                void *ctx, struct sag_diag *d)
{
    char a[24], m[24];
    const char *p[] = { a, m };
    struct bogfoert_cb c = { cb, ctx };

    tekst_tal(a, aar);
    tekst_tal(m, maaned);
    return s->ops->raekker_ud_p(s, sql_bogfoert_maaned, p, 2, "ti",
                                bogfoert_raekke, &c, d);
}

struct antal_sum {
    long long antal;
    int64_t sum;
};

static int
antal_sum_raekke(void *ctx, const char *const *v)
{
    struct antal_sum *a = ctx;

    a->antal = tal(v[0]);
    a->sum = (int64_t)tal(v[1]);
    return 1;
}

static const char sql_bogfoert[] =
    "SELECT count(*), coalesce(sum(beloeb_oere), 0) FROM ydelse_betalinger "
    "WHERE reference = ?1";

enum sag_status
sag_store_udb_bogfoert(struct sag_store *s, const char *reference,
                       long long *antal, int64_t *sum, struct sag_diag *d)
{
    const char *p[] = { reference };
    struct antal_sum a = { 0, 0 };
    enum sag_status st = s->ops->raekker_ud_p(s, sql_bogfoert, p, 1, "ii",
                                              antal_sum_raekke, &a, d);

    if (st == SAG_OK) {
        *antal = a.antal;
        *sum = a.sum;
    }
    return st;
}

struct ordre_cb {
    int (*cb)(void *ctx, const struct sag_ordre *o, int betalertype);
    void *ctx;
};

static int
ordre_raekke(void *ctx, const char *const *v)
{
    struct ordre_cb *c = ctx;
    char cpr[16];
    size_t n = 0;
    struct sag_ordre o = { v[0],
                           v[4],
                           (int)tal(v[1]),
                           (int)tal(v[2]),
                           sag_penge_oere((int64_t)tal(v[7])),
                           v[6],
                           cpr,
                           sag_penge_oere((int64_t)tal(v[9])),
                           sag_penge_oere((int64_t)tal(v[10])) };

    /* The NemKonto key: the CPR number's ten digits (stored DDMMYY-XXXX). */
    for (const char *p = v[8] ? v[8] : ""; *p != '\0' && n + 1 < sizeof cpr;
         p++)
        if (*p >= '0' && *p <= '9')
            cpr[n++] = *p;
    cpr[n] = '\0';

    return c->cb(c->ctx, &o, (int)tal(v[5]));
}

static const char sql_ordrer[] =
    "SELECT o.ydelse_id, o.aar, o.maaned, o.koersel_id, o.sag_id, "
    "o.betalertype, o.betaler, o.beloeb_oere, s.cpr, o.a_skat_oere, "
    "o.fradrag_oere FROM udbetaling_ordrer o "
    "JOIN sager s ON s.id = o.sag_id WHERE o.koersel_id = ?1 ORDER BY "
    "o.betalertype, o.betaler, o.ydelse_id";
static const char sql_ordrer_betaler[] =
    "SELECT o.ydelse_id, o.aar, o.maaned, o.koersel_id, o.sag_id, "
    "o.betalertype, o.betaler, o.beloeb_oere, s.cpr, o.a_skat_oere, "
    "o.fradrag_oere FROM udbetaling_ordrer o "
    "JOIN sager s ON s.id = o.sag_id WHERE o.koersel_id = ?1 AND o.betaler "
    "= ?2 ORDER BY o.betalertype, o.ydelse_id";

enum sag_status
sag_store_udb_ordrer(struct sag_store *s, const char *koersel,
                     const char *betaler,
                     int (*cb)(void *ctx, const struct sag_ordre *o,
                               int betalertype),
                     void *ctx, struct sag_diag *d)
{
    const char *p[] = { koersel, betaler };
    struct ordre_cb c = { cb, ctx };

    return s->ops->raekker_ud_p(s, betaler ? sql_ordrer_betaler : sql_ordrer, p,
                                betaler ? 2 : 1, "tiittititii", ordre_raekke,
                                &c, d);
}

struct total_cb {
    int (*cb)(void *ctx, const struct sag_udb_maanedstotal *t);
    void *ctx;
};

static int
total_raekke(void *ctx, const char *const *v)
{
    struct total_cb *c = ctx;
    struct sag_udb_maanedstotal t = { (int)tal(v[0]),    (int)tal(v[1]),
                                      (int)tal(v[2]),    v[3],
                                      tal(v[4]),         (int64_t)tal(v[5]),
                                      (int64_t)tal(v[6]) };

    return c->cb(c->ctx, &t);
}

static const char sql_totaler[] =
    "SELECT o.aar, o.maaned, o.betalertype, o.betaler, count(*), "
    "sum(o.beloeb_oere), sum(o.a_skat_oere) FROM udbetaling_ordrer o WHERE "
    "o.aar * 100 + "
    "o.maaned BETWEEN CAST(?1 AS INTEGER) AND CAST(?2 AS INTEGER) GROUP BY "
    "o.aar, o.maaned, o.betalertype, "
    "o.betaler ORDER BY o.aar, o.maaned, o.betalertype, o.betaler";

enum sag_status
sag_store_udb_totaler(struct sag_store *s, int fra_aar, int fra_maaned,
                      int til_aar, int til_maaned,
                      int (*cb)(void *ctx,
                                const struct sag_udb_maanedstotal *t),
                      void *ctx, struct sag_diag *d)
{
    char f[24], t[24];
    const char *p[] = { f, t };
    struct total_cb c = { cb, ctx };

    tekst_tal(f, (long long)fra_aar * 100 + fra_maaned);
    tekst_tal(t, (long long)til_aar * 100 + til_maaned);
    return s->ops->raekker_ud_p(s, sql_totaler, p, 2, "iiitiii", total_raekke,
                                &c, d);
}

static const char sql_antal_koersler[] =
    "SELECT count(*), 0 FROM udbetaling_koersler WHERE aar = ?1 AND maaned = "
    "?2";

enum sag_status
sag_store_udb_antal(struct sag_store *s, int aar, int maaned, long long *ud,
                    struct sag_diag *d)
{
    char a[24], m[24];
    const char *p[] = { a, m };
    struct antal_sum r = { 0, 0 };
    enum sag_status st;

    tekst_tal(a, aar);
    tekst_tal(m, maaned);
    st = s->ops->raekker_ud_p(s, sql_antal_koersler, p, 2, "ii",
                              antal_sum_raekke, &r, d);
    if (st == SAG_OK)
        *ud = r.antal;
    return st;
}

static const char sql_gem_totaler[] =
    "INSERT INTO udbetaling_totaler(koersel_id, betalertype, betaler, antal, "
    "sum_oere, a_skat_oere) SELECT koersel_id, betalertype, betaler, "
    "count(*), sum(beloeb_oere), sum(a_skat_oere) FROM udbetaling_ordrer "
    "WHERE koersel_id = ?1 GROUP BY koersel_id, betalertype, betaler";
static const char sql_afslut[] =
    "UPDATE udbetaling_koersler SET status = 'faerdig', afsluttet = ?2, "
    "antal = (SELECT coalesce(sum(antal), 0) FROM udbetaling_totaler WHERE "
    "koersel_id = ?1), sum_oere = (SELECT coalesce(sum(sum_oere), 0) FROM "
    "udbetaling_totaler WHERE koersel_id = ?1), a_skat_oere = (SELECT "
    "coalesce(sum(a_skat_oere), 0) FROM udbetaling_totaler WHERE koersel_id "
    "= ?1), bogfoert_antal = ?3, "
    "bogfoert_oere = ?4 WHERE id = ?1";

enum sag_status
sag_store_udb_afslut(struct sag_store *s, const char *id, struct sag_diag *d)
{
    char nu[SAG_TID_LEN], n[24], sum[24];
    long long antal = 0;
    int64_t oere = 0;
    const char *v[] = { id, nu, n, sum };
    enum sag_status st = s->ops->raekke_ind(s, sql_gem_totaler, "t", v, d);

    if (st == SAG_OK)
        st = sag_store_udb_bogfoert(s, id, &antal, &oere, d);
    if (st != SAG_OK)
        return st;
    s->ur(s->ur_ctx, nu);
    tekst_tal(n, antal);
    tekst_tal(sum, oere);
    return s->ops->raekke_ind(s, sql_afslut, "ttii", v, d);
}

/* ---- back pay (efterbetaling; branch ydelser2, Q-63) ---- */

static const char sql_sidste_start[] =
    "SELECT startet FROM udbetaling_koersler WHERE status IN ('faerdig', "
    "'sendt') AND aar * 12 + maaned < ?1 * 12 + ?2 ORDER BY startet DESC "
    "LIMIT 1";

struct tekst_ud {
    char *ud;
    size_t n;
    bool fundet;
};

static int
tekst_raekke(void *ctx, const char *const *v)
{
    struct tekst_ud *t = ctx;

    kopier(t->ud, t->n, v[0]);
    t->fundet = true;
    return 1;
}

enum sag_status
sag_store_udb_sidste_start(struct sag_store *s, int aar, int maaned,
                           char startet[SAG_TID_LEN], bool *findes,
                           struct sag_diag *d)
{
    char a[24], m[24];
    const char *p[] = { a, m };
    struct tekst_ud t = { startet, SAG_TID_LEN, false };
    enum sag_status st;

    tekst_tal(a, aar);
    tekst_tal(m, maaned);
    startet[0] = '\0';
    st = s->ops->raekker_ud_p(s, sql_sidste_start, p, 2, "t", tekst_raekke, &t,
                              d);
    *findes = st == SAG_OK && t.fundet;
    return st;
}

static const char sql_registreret_fra[] =
    "SELECT id, sag_id FROM ydelser WHERE registreret >= ?1 ORDER BY sag_id, "
    "id";

struct id_cb {
    int (*cb)(void *ctx, const char *id, const char *sag_id);
    void *ctx;
};

static int
id_raekke(void *ctx, const char *const *v)
{
    struct id_cb *c = ctx;

    return c->cb(c->ctx, v[0] != NULL ? v[0] : "", v[1] != NULL ? v[1] : "");
}

enum sag_status
sag_store_udb_ydelser_registreret_fra(struct sag_store *s, const char *tid,
                                      int (*cb)(void *ctx, const char *id,
                                                const char *sag_id),
                                      void *ctx, struct sag_diag *d)
{
    const char *p[] = { tid };
    struct id_cb c = { cb, ctx };

    return s->ops->raekker_ud_p(s, sql_registreret_fra, p, 1, "tt", id_raekke,
                                &c, d);
}

static const char sql_efterbetaling[] =
    "SELECT count(*), coalesce(sum(beloeb_oere), 0) FROM udbetaling_ordrer "
    "WHERE koersel_id = ?1 AND NOT (aar = ?2 AND maaned = ?3)";

enum sag_status
sag_store_udb_efterbetaling(struct sag_store *s, const char *koersel, int aar,
                            int maaned, long long *antal, int64_t *sum,
                            struct sag_diag *d)
{
    char a[24], m[24];
    const char *p[] = { koersel, a, m };
    struct antal_sum r = { 0, 0 };
    enum sag_status st;

    tekst_tal(a, aar);
    tekst_tal(m, maaned);
    st = s->ops->raekker_ud_p(s, sql_efterbetaling, p, 3, "ii",
                              antal_sum_raekke, &r, d);
    if (st == SAG_OK) {
        *antal = r.antal;
        *sum = r.sum;
    }
    return st;
}

/* ---- tax cards and the run's withholding (migration 015) ---- */

static const char sql_skattekort_ny[] =
    "INSERT INTO skattekort(cpr, gyldig_fra, traekprocent, "
    "fradrag_maaned_oere, kilde, kilde_dato, bruger, registreret) VALUES "
    "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
static const char sql_skattekort_findes[] =
    "SELECT cpr FROM skattekort WHERE cpr = ?1 AND gyldig_fra = ?2";

enum sag_status
sag_store_skattekort_ny(struct sag_store *s,
                        const struct sag_skattekort_post *k, struct sag_diag *d)
{
    char fra[SAG_DATO_ISO_LEN], kd[SAG_DATO_ISO_LEN], pct[24], fr[24],
        nu[SAG_TID_LEN], cpr[16];
    const char *v[] = { k->cpr,    fra,
                        pct,       fr,
                        k->kilde,  kd,
                        k->bruger, tid_eller_nu(s, k->registreret, nu) };
    struct tekst_ud t = { cpr, sizeof cpr, false };
    enum sag_status st;

    sag_dato_format_iso(k->gyldig_fra, fra);
    sag_dato_format_iso(k->kilde_dato, kd);
    tekst_tal(pct, k->traekprocent);
    tekst_tal(fr, k->fradrag_maaned_oere);
    st = s->ops->raekker_ud_p(s, sql_skattekort_findes, v, 2, "t", tekst_raekke,
                              &t, d);
    if (st != SAG_OK)
        return st;
    if (t.fundet)
        return sag_diag_set(d, SAG_ECONFLICT, "/gyldig_fra",
                            "der er allerede et skattekort for %s fra %s; et "
                            "skattekort rettes ikke: registrer et nyt med en "
                            "senere dato",
                            k->cpr, fra);
    return s->ops->raekke_ind(s, sql_skattekort_ny, "ttiitttt", v, d);
}

struct kort_cb {
    int (*cb)(void *ctx, const struct sag_skattekort_post *k);
    void *ctx;
};

static int
kort_raekke(void *ctx, const char *const *v)
{
    struct kort_cb *c = ctx;
    struct sag_skattekort_post k;

    memset(&k, 0, sizeof k);
    kopier(k.cpr, sizeof k.cpr, v[0]);
    if (v[1] != NULL)
        (void)sag_dato_parse_iso(v[1], strlen(v[1]), &k.gyldig_fra);
    k.traekprocent = (int)tal(v[2]);
    k.fradrag_maaned_oere = (int64_t)tal(v[3]);
    kopier(k.kilde, sizeof k.kilde, v[4]);
    if (v[5] != NULL)
        (void)sag_dato_parse_iso(v[5], strlen(v[5]), &k.kilde_dato);
    kopier(k.bruger, sizeof k.bruger, v[6]);
    kopier(k.registreret, sizeof k.registreret, v[7]);
    return c->cb(c->ctx, &k);
}

static const char sql_skattekort_alle[] =
    "SELECT cpr, gyldig_fra, traekprocent, fradrag_maaned_oere, kilde, "
    "kilde_dato, bruger, registreret FROM skattekort WHERE gyldig_fra <= ?1 "
    "ORDER BY cpr, gyldig_fra";
static const char sql_skattekort_cpr[] =
    "SELECT cpr, gyldig_fra, traekprocent, fradrag_maaned_oere, kilde, "
    "kilde_dato, bruger, registreret FROM skattekort WHERE gyldig_fra <= ?1 "
    "AND cpr = ?2 ORDER BY cpr, gyldig_fra";

enum sag_status
sag_store_skattekort(struct sag_store *s, const char *cpr, struct sag_dato til,
                     int (*cb)(void *ctx, const struct sag_skattekort_post *k),
                     void *ctx, struct sag_diag *d)
{
    char t[SAG_DATO_ISO_LEN];
    const char *p[] = { t, cpr };
    struct kort_cb c = { cb, ctx };

    sag_dato_format_iso(til, t);
    return s->ops->raekker_ud_p(s,
                                cpr ? sql_skattekort_cpr : sql_skattekort_alle,
                                p, cpr ? 2 : 1, "ttiitttt", kort_raekke, &c, d);
}

struct par_cb {
    int (*cb)(void *ctx, const char *a, int64_t n, const char *b);
    void *ctx;
};

static int
par_raekke(void *ctx, const char *const *v)
{
    struct par_cb *c = ctx;

    return c->cb(c->ctx, v[0] ? v[0] : "", (int64_t)tal(v[1]),
                 v[2] ? v[2] : "");
}

/* The CPR number of every case with a taxable award AES pays. */
static const char sql_aes_cpr[] =
    "SELECT DISTINCT y.sag_id, 0, s.cpr FROM ydelser y JOIN sager s ON s.id "
    "= y.sag_id WHERE y.betalertype = 2 AND y.skattepligtig = 1 ORDER BY "
    "y.sag_id";

enum sag_status
sag_store_udb_aes_cpr(struct sag_store *s,
                      int (*cb)(void *ctx, const char *sag_id, int64_t n,
                                const char *cpr),
                      void *ctx, struct sag_diag *d)
{
    struct par_cb c = { cb, ctx };

    return s->ops->raekker_ud_p(s, sql_aes_cpr, NULL, 0, "tit", par_raekke, &c,
                                d);
}

/* The allowance the run's committed orders used, per person. */
static const char sql_fradrag_brugt[] =
    "SELECT s.cpr, sum(o.fradrag_oere), '' FROM udbetaling_ordrer o JOIN "
    "sager s ON s.id = o.sag_id WHERE o.koersel_id = ?1 AND o.fradrag_oere "
    "> 0 GROUP BY s.cpr";

enum sag_status
sag_store_udb_fradrag_brugt(struct sag_store *s, const char *koersel,
                            int (*cb)(void *ctx, const char *cpr, int64_t oere,
                                      const char *ubrugt),
                            void *ctx, struct sag_diag *d)
{
    const char *p[] = { koersel };
    struct par_cb c = { cb, ctx };

    return s->ops->raekker_ud_p(s, sql_fradrag_brugt, p, 1, "tit", par_raekke,
                                &c, d);
}

/* ---- back-fill (issue 14 round 3, item 3) ---- */

static const char sql_sager[] = "SELECT id, 0, '' FROM sager ORDER BY id";

enum sag_status
sag_store_udb_sager(struct sag_store *s,
                    int (*cb)(void *ctx, const char *id, int64_t n,
                              const char *ubrugt),
                    void *ctx, struct sag_diag *d)
{
    struct par_cb c = { cb, ctx };

    return s->ops->raekker_ud_p(s, sql_sager, NULL, 0, "tit", par_raekke, &c,
                                d);
}

static const char sql_antal_ydelser[] = "SELECT count(*), 0 FROM ydelser";

enum sag_status
sag_store_udb_antal_ydelser(struct sag_store *s, long long *ud,
                            struct sag_diag *d)
{
    struct antal_sum r = { 0, 0 };
    enum sag_status st = s->ops->raekker_ud_p(s, sql_antal_ydelser, NULL, 0,
                                              "ii", antal_sum_raekke, &r, d);

    if (st == SAG_OK)
        *ud = r.antal;
    return st;
}
