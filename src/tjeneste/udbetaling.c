/*
 * The monthly payment run (udbetaling.h; docs/udbetaling.md, "Den
 * månedlige kørsel"): every award running in the month, what is due for
 * it (sag_ydelse_forfald), less what the ledger already has for that award
 * and month, as payment orders and ledger bookings — in batches, one
 * transaction each, resumable after a kill at any point.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "skadesag/alloc.h"
#include "skadesag/udbetaling.h"

#include "tjeneste_int.h"

#include "../base/banned.h"

#define STANDARD_BATCH 20000

/* One award's order-to-be, collected while the store streams the awards
 * (a row callback may not call back into the store). */
struct post {
    const char *id, *sag_id, *betaler;
    int betalertype;
    int aar, maaned; /* the month paid: the run's, or earlier (back pay) */
    int64_t beloeb;
    bool skattepligtig;
    int64_t a_skat, fradrag; /* AES's taxable payments (skat.h) */
};

struct samling {
    struct sag_arena *a;
    const struct sag_satser *satser;
    struct sag_maaned m;
    struct sag_spor *sp; /* inactive: the run keeps no trace per award */
    const char *markoer;
    struct post *p;
    size_t n, plads;
    long long ydelser, intet, uden_betaler;
    enum sag_status st;
    struct sag_diag *d;
};

static bool
voks(struct samling *c)
{
    size_t ny = c->plads ? 2 * c->plads : 1024;
    struct post *p;

    if (c->n < c->plads)
        return true;
    if ((p = sag_realloc(c->p, ny * sizeof *p)) == NULL)
        return false;
    c->p = p;
    c->plads = ny;
    return true;
}

static int
saml_ydelse(void *ctx, const struct sag_ydelse *y)
{
    struct samling *c = ctx;
    struct sag_ydelse_forfald f;
    struct post *p;

    c->ydelser++;
    /* Covered by a committed batch of this run already. */
    if (c->markoer[0] != '\0' && strcmp(y->id, c->markoer) <= 0)
        return 0;
    /* An accident with no insurer on file (Q-45: the awards name
     * "forsikringsselskab ikke oplyst") has nobody to pay it: held back,
     * counted, and paid by the run after the insurer is recorded. */
    if (y->betalertype == SAG_YDELSE_BETALER_FORSIKRING &&
        (y->betaler[0] == '\0' ||
         strcmp(y->betaler, "forsikringsselskab ikke oplyst") == 0)) {
        c->uden_betaler++;
        return 0;
    }
    c->st = sag_ydelse_forfald(c->satser, y, c->m, c->sp, &f, c->d);
    if (c->st != SAG_OK)
        return 1;
    if (!f.forfalden || f.beloeb.oere == 0) {
        c->intet++;
        return 0;
    }
    if (!voks(c)) {
        c->st = sag_diag_set(c->d, SAG_ENOMEM, "", "ikke mere hukommelse");
        return 1;
    }
    p = &c->p[c->n++];
    p->id = sag_arena_strdup(c->a, y->id);
    p->sag_id = sag_arena_strdup(c->a, y->sag_id);
    p->betaler = sag_arena_strdup(c->a, y->betaler);
    p->betalertype = (int)y->betalertype;
    p->aar = c->m.aar;
    p->maaned = c->m.maaned;
    p->beloeb = f.beloeb.oere;
    p->skattepligtig = y->skattepligtig;
    p->a_skat = p->fradrag = 0;
    if (p->id == NULL || p->sag_id == NULL || p->betaler == NULL) {
        c->st = sag_diag_set(c->d, SAG_ENOMEM, "", "ikke mere hukommelse");
        return 1;
    }
    return 0;
}

/* What the ledger has booked per award for the month. */
struct bogfoert {
    const char *id;
    int64_t oere;
};

struct bogfoerte {
    struct sag_arena *a;
    struct bogfoert *b;
    size_t n, plads;
    bool fejl;
};

static int
saml_bogfoert(void *ctx, const char *id, int64_t oere)
{
    struct bogfoerte *c = ctx;

    if (c->n == c->plads) {
        size_t ny = c->plads ? 2 * c->plads : 256;
        struct bogfoert *b = sag_realloc(c->b, ny * sizeof *b);

        if (b == NULL) {
            c->fejl = true;
            return 1;
        }
        c->b = b;
        c->plads = ny;
    }
    c->b[c->n].id = sag_arena_strdup(c->a, id);
    c->b[c->n++].oere = oere;
    if (c->b[c->n - 1].id == NULL) {
        c->fejl = true;
        return 1;
    }
    return 0;
}

static int
sammenlign_bogfoert(const void *x, const void *y)
{
    return strcmp(((const struct bogfoert *)x)->id,
                  ((const struct bogfoert *)y)->id);
}

static int
sammenlign_post(const void *x, const void *y)
{
    const struct post *a = x, *b = y;
    int c = strcmp(a->id, b->id);

    if (c != 0)
        return c;
    return (a->aar * 12 + a->maaned) - (b->aar * 12 + b->maaned);
}

/* Start the month's run, or find it: done (nothing to add) or interrupted
 * (resume). The id is minted inside the transaction. */
static enum sag_status
find_eller_start(struct sag_tj *k, struct sag_maaned m,
                 struct sag_udb_resultat *r, struct sag_diag *d)
{
    struct sag_store *s = k->store;
    enum sag_status st;
    long long n = 0;

    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        return st;
    st = sag_store_udb_aktiv(s, m.aar, m.maaned, &r->k, d);
    if (st == SAG_OK) {
        r->allerede = r->k.status != SAG_UDB_I_GANG;
        r->genoptaget = r->k.status == SAG_UDB_I_GANG;
        return sag__tj_afslut(k, SAG_OK, d);
    }
    if (st != SAG_ENOTFOUND)
        return sag__tj_afslut(k, st, d);
    sag_diag_init(d);
    if ((st = sag_store_udb_antal(s, m.aar, m.maaned, &n, d)) != SAG_OK)
        return sag__tj_afslut(k, st, d);
    memset(&r->k, 0, sizeof r->k);
    (void)snprintf(r->k.id, sizeof r->k.id, "UDB-%04d-%02d-K%lld", m.aar,
                   m.maaned, n + 1);
    r->k.aar = m.aar;
    r->k.maaned = m.maaned;
    r->k.status = SAG_UDB_I_GANG;
    (void)snprintf(r->k.bruger, sizeof r->k.bruger, "%s", k->bruger);
    st = sag_store_udb_ny(s, &r->k, d);
    return sag__tj_afslut(k, st, d);
}

/* The reconciliation kept when the run finished (no scan). */
static void
gemt_afstemning(struct sag_udb_resultat *r)
{
    r->bogfoert_oere = r->k.bogfoert_oere;
    r->afstemt = r->k.bogfoert_antal == r->k.antal &&
                 r->k.bogfoert_oere == r->k.sum_oere;
}

static enum sag_status
afstem(struct sag_tj *k, struct sag_udb_resultat *r, struct sag_diag *d)
{
    long long antal = 0;
    enum sag_status st =
        sag_store_udb_bogfoert(k->store, r->k.id, &antal, &r->bogfoert_oere, d);

    r->afstemt = st == SAG_OK && antal == r->k.antal &&
                 r->bogfoert_oere == r->k.sum_oere;
    return st;
}

/* Write the posts in batches: orders, their ledger bookings and the
 * run's cursor, one transaction per batch. */
static enum sag_status
skriv_batches(struct sag_tj *k, struct sag_udb_resultat *r,
              const struct post *p, size_t n, size_t batch, struct sag_diag *d)
{
    struct sag_store *s = k->store;
    enum sag_status st = SAG_OK;

    for (size_t i = 0, slut = 0; i < n && st == SAG_OK; i = slut) {
        slut = i + batch < n ? i + batch : n;
        char efter[sizeof r->k.markoer];

        /* An award's orders (its month and any back pay) stay in one
         * batch: the cursor is an award id. */
        while (slut < n && strcmp(p[slut].id, p[slut - 1].id) == 0)
            slut++;

        (void)snprintf(efter, sizeof efter, "%s", r->k.markoer);
        if ((st = sag_store_begynd(s, d)) != SAG_OK)
            return st;
        for (size_t j = i; j < slut && st == SAG_OK; j++) {
            struct sag_ordre o = { p[j].id,
                                   p[j].sag_id,
                                   p[j].aar,
                                   p[j].maaned,
                                   sag_penge_oere(p[j].beloeb),
                                   p[j].betaler,
                                   NULL,
                                   sag_penge_oere(p[j].a_skat),
                                   sag_penge_oere(p[j].fradrag) };

            st = sag_store_udb_ordre(s, r->k.id, &o, p[j].betalertype, d);
            r->k.sum_oere += p[j].beloeb;
        }
        if (st == SAG_OK)
            st = sag_store_udb_bogfoer(s, r->k.id, efter, p[slut - 1].id, NULL,
                                       d);
        (void)snprintf(r->k.markoer, sizeof r->k.markoer, "%s", p[slut - 1].id);
        r->k.antal += (long long)(slut - i);
        if (st == SAG_OK)
            st = sag_store_udb_opdater(s, &r->k, NULL, NULL, d);
        if ((st = sag__tj_afslut(k, st, d)) == SAG_OK)
            r->nye_ordrer += (long long)(slut - i);
    }
    return st;
}

/* ---- A-skat (skat.h; docs/udbetaling.md "Skat") ---- */

struct sag_cpr {
    const char *sag_id, *cpr;
};

struct person {
    const char *cpr;
    int64_t brugt;           /* the month's allowance used by this run */
    size_t kort, antal_kort; /* the person's cards in skattedata.kort */
};

struct skattedata {
    struct sag_arena *a;
    struct sag_cpr *sager;
    size_t n_sager, plads_sager;
    struct sag_skattekort_post *kort;
    size_t n_kort, plads_kort;
    struct person *personer;
    size_t n_personer;
    bool fejl;
};

static int
saml_aes_cpr(void *ctx, const char *sag_id, int64_t n, const char *cpr)
{
    struct skattedata *c = ctx;

    (void)n;
    if (c->n_sager == c->plads_sager) {
        size_t ny = c->plads_sager ? 2 * c->plads_sager : 256;
        struct sag_cpr *v = sag_realloc(c->sager, ny * sizeof *v);

        if (v == NULL) {
            c->fejl = true;
            return 1;
        }
        c->sager = v;
        c->plads_sager = ny;
    }
    c->sager[c->n_sager].sag_id = sag_arena_strdup(c->a, sag_id);
    c->sager[c->n_sager].cpr = sag_arena_strdup(c->a, cpr);
    if (c->sager[c->n_sager].sag_id == NULL ||
        c->sager[c->n_sager].cpr == NULL) {
        c->fejl = true;
        return 1;
    }
    c->n_sager++;
    return 0;
}

static int
saml_kort(void *ctx, const struct sag_skattekort_post *k)
{
    struct skattedata *c = ctx;

    if (c->n_kort == c->plads_kort) {
        size_t ny = c->plads_kort ? 2 * c->plads_kort : 64;
        struct sag_skattekort_post *v = sag_realloc(c->kort, ny * sizeof *v);

        if (v == NULL) {
            c->fejl = true;
            return 1;
        }
        c->kort = v;
        c->plads_kort = ny;
    }
    c->kort[c->n_kort++] = *k;
    return 0;
}

static int
sammenlign_sag_cpr(const void *x, const void *y)
{
    return strcmp(((const struct sag_cpr *)x)->sag_id,
                  ((const struct sag_cpr *)y)->sag_id);
}

static int
sammenlign_person(const void *x, const void *y)
{
    return strcmp(((const struct person *)x)->cpr,
                  ((const struct person *)y)->cpr);
}

static int
sammenlign_kort(const void *x, const void *y)
{
    const struct sag_skattekort_post *a = x, *b = y;
    int c = strcmp(a->cpr, b->cpr);

    return c != 0 ? c : sag_dato_cmp(a->gyldig_fra, b->gyldig_fra);
}

static struct person *
find_person(struct skattedata *c, const char *cpr)
{
    struct person noegle = { cpr, 0, 0, 0 };

    return c->n_personer ? bsearch(&noegle, c->personer, c->n_personer,
                                   sizeof *c->personer, sammenlign_person)
                         : NULL;
}

static int
saml_brugt(void *ctx, const char *cpr, int64_t oere, const char *ubrugt)
{
    struct skattedata *c = ctx;
    struct person *p = find_person(c, cpr);

    (void)ubrugt;
    if (p != NULL)
        p->brugt += oere;
    return 0;
}

/* Read what the withholding needs, in the run's snapshot: the CPR number
 * of each case with a taxable award AES pays, the cards valid by the end
 * of the month, and (a resumed run) the allowance its committed orders
 * used per person. */
static enum sag_status
laes_skattedata(struct sag_tj *k, const char *koersel, struct sag_maaned m,
                struct skattedata *c, struct sag_diag *d)
{
    enum sag_status st;
    size_t j = 0;

    if ((st = sag_store_udb_aes_cpr(k->store, saml_aes_cpr, c, d)) != SAG_OK)
        return st;
    if (!c->fejl && c->n_sager == 0)
        return SAG_OK;
    if (!c->fejl &&
        (st = sag_store_skattekort(k->store, NULL, sag_maaned_sidste(m),
                                   saml_kort, c, d)) != SAG_OK)
        return st;
    if (c->fejl)
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    qsort(c->sager, c->n_sager, sizeof *c->sager, sammenlign_sag_cpr);
    if (c->n_kort > 1)
        qsort(c->kort, c->n_kort, sizeof *c->kort, sammenlign_kort);
    /* One person per distinct CPR number, with the range of their cards. */
    c->personer = sag_malloc(c->n_sager * sizeof *c->personer);
    if (c->personer == NULL)
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    for (size_t i = 0; i < c->n_sager; i++)
        c->personer[i] = (struct person){ c->sager[i].cpr, 0, 0, 0 };
    c->n_personer = c->n_sager;
    qsort(c->personer, c->n_personer, sizeof *c->personer, sammenlign_person);
    for (size_t i = 0; i < c->n_personer; i++)
        if (j == 0 || strcmp(c->personer[i].cpr, c->personer[j - 1].cpr) != 0)
            c->personer[j++] = c->personer[i];
    c->n_personer = j;
    for (size_t i = 0, kk = 0; i < c->n_personer; i++) {
        while (kk < c->n_kort &&
               strcmp(c->kort[kk].cpr, c->personer[i].cpr) < 0)
            kk++;
        c->personer[i].kort = kk;
        while (kk < c->n_kort &&
               strcmp(c->kort[kk].cpr, c->personer[i].cpr) == 0)
            kk++;
        c->personer[i].antal_kort = kk - c->personer[i].kort;
    }
    if (koersel[0] != '\0')
        st = sag_store_udb_fradrag_brugt(k->store, koersel, saml_brugt, c, d);
    return st;
}

/*
 * The A-skat of every taxable order AES pays (skat.h): insurers withhold
 * themselves for the accidents they pay, and capital sums are tax-free,
 * so those orders carry none. The card is the one in force in the run's
 * month, and the month's allowance is used once per person per run, by
 * the person's orders in award then month order (a resumed run starts from
 * what its committed orders used) — back pay included: it is paid, and so
 * taxed, in the run's month. Counted in the result.
 */
static enum sag_status
traek_skat(struct skattedata *c, struct sag_maaned m, struct post *p, size_t n,
           struct sag_udb_resultat *r, struct sag_diag *d)
{
    for (size_t i = 0; i < n; i++) {
        struct sag_cpr noegle = { p[i].sag_id, NULL };
        const struct sag_cpr *sc;
        struct person *pe;
        struct sag_skattekort kort;
        struct sag_a_skat a;
        enum sag_status st;

        if (p[i].betalertype != SAG_YDELSE_BETALER_AES || !p[i].skattepligtig)
            continue;
        sc = c->n_sager ? bsearch(&noegle, c->sager, c->n_sager,
                                  sizeof *c->sager, sammenlign_sag_cpr)
                        : NULL;
        if (sc == NULL || (pe = find_person(c, sc->cpr)) == NULL)
            return sag_diag_set(d, SAG_ENOTFOUND, "/cpr",
                                "sag %s: intet CPR-nummer til skattetrækket",
                                p[i].sag_id);
        kort = sag_skattekort_gaeldende(c->kort + pe->kort, pe->antal_kort, m);
        st = sag_skat_a_skat(
            &kort, sag_penge_oere(p[i].beloeb),
            sag_penge_oere(kort.findes && kort.fradrag_oere > pe->brugt
                               ? kort.fradrag_oere - pe->brugt
                               : 0),
            NULL, &a, d);
        if (st != SAG_OK)
            return st;
        p[i].a_skat = a.a_skat.oere;
        p[i].fradrag = a.fradrag.oere;
        pe->brugt += a.fradrag.oere;
        if (kort.findes)
            r->skat_med_kort++;
        else
            r->skat_uden_kort++;
    }
    return SAG_OK;
}

/* ---- back pay (efterbetaling; docs/udbetaling.md, Q-63) ---- */

struct ny_ydelse {
    const char *id, *sag_id;
};

struct nye {
    struct sag_arena *a;
    struct ny_ydelse *v;
    size_t n, plads;
    bool fejl;
};

static int
saml_ny(void *ctx, const char *id, const char *sag_id)
{
    struct nye *c = ctx;

    if (c->n == c->plads) {
        size_t ny = c->plads ? 2 * c->plads : 64;
        struct ny_ydelse *v = sag_realloc(c->v, ny * sizeof *v);

        if (v == NULL) {
            c->fejl = true;
            return 1;
        }
        c->v = v;
        c->plads = ny;
    }
    c->v[c->n].id = sag_arena_strdup(c->a, id);
    c->v[c->n].sag_id = sag_arena_strdup(c->a, sag_id);
    if (c->v[c->n].id == NULL || c->v[c->n].sag_id == NULL) {
        c->fejl = true;
        return 1;
    }
    c->n++;
    return 0;
}

struct sagens {
    struct sag_ydelse *y;
    size_t n, plads;
    bool fejl;
};

static int
saml_sagens(void *ctx, const struct sag_ydelse *y)
{
    struct sagens *c = ctx;

    if (c->n == c->plads) {
        size_t ny = c->plads ? 2 * c->plads : 16;
        struct sag_ydelse *v = sag_realloc(c->y, ny * sizeof *v);

        if (v == NULL) {
            c->fejl = true;
            return 1;
        }
        c->y = v;
        c->plads = ny;
    }
    c->y[c->n++] = *y;
    return 0;
}

struct betalte {
    struct sag_ydelse_betalt *v;
    size_t n, plads;
    bool fejl;
};

static int
saml_betalt(void *ctx, const struct sag_ydelse_betaling *b)
{
    struct betalte *c = ctx;

    if (c->n == c->plads) {
        size_t ny = c->plads ? 2 * c->plads : 32;
        struct sag_ydelse_betalt *v = sag_realloc(c->v, ny * sizeof *v);

        if (v == NULL) {
            c->fejl = true;
            return 1;
        }
        c->v = v;
        c->plads = ny;
    }
    c->v[c->n].ydelse_id = NULL;
    c->v[c->n].maaned = (struct sag_maaned){ b->aar, b->maaned };
    c->v[c->n++].beloeb = b->beloeb;
    return 0;
}

/* One award's unpaid earlier months: for each month from the award's
 * first to the month before the run, what is due (sag_ydelse_forfald)
 * less what the ledger has booked for it (any reference), when above
 * zero, as a post for that month. */
static enum sag_status
award_efterbetaling(struct sag_tj *k, struct samling *e,
                    const struct sag_ydelse *y, struct betalte *b,
                    struct sag_diag *d)
{
    struct sag_ydelse_forfald f;
    enum sag_status st;

    b->n = 0;
    if ((st = sag_store_ydelse_betalinger(k->store, y->id, saml_betalt, b,
                                          d)) != SAG_OK)
        return st;
    if (b->fejl)
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    for (struct sag_maaned m = sag_maaned_af(y->fra);
         sag_maaned_cmp(m, e->m) < 0; m = sag_maaned_naeste(m)) {
        int64_t rest;
        struct post *p;

        if ((st = sag_ydelse_forfald(e->satser, y, m, e->sp, &f, d)) != SAG_OK)
            return st;
        if (!f.forfalden || f.beloeb.oere == 0)
            continue;
        rest = f.beloeb.oere;
        for (size_t j = 0; j < b->n; j++)
            if (sag_maaned_cmp(b->v[j].maaned, m) == 0)
                rest -= b->v[j].beloeb.oere;
        if (rest <= 0)
            continue;
        if (!voks(e))
            return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
        p = &e->p[e->n++];
        p->id = sag_arena_strdup(e->a, y->id);
        p->sag_id = sag_arena_strdup(e->a, y->sag_id);
        p->betaler = sag_arena_strdup(e->a, y->betaler);
        p->betalertype = (int)y->betalertype;
        p->aar = m.aar;
        p->maaned = m.maaned;
        p->beloeb = rest;
        p->skattepligtig = y->skattepligtig;
        p->a_skat = p->fradrag = 0;
        if (p->id == NULL || p->sag_id == NULL || p->betaler == NULL)
            return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    }
    return SAG_OK;
}

/*
 * Back pay: a decision recorded after the latest earlier run (of a
 * month before this one, finished or sent) started may grant months that
 * no run has paid — a retroactive award. For every award registered
 * since that run started, its unpaid earlier months are paid by this run
 * as orders for those months (efterbetaling). Awards older than that run
 * are not looked at (their months were the earlier runs'; months before
 * the first run were paid outside the system), nor is anything when no
 * earlier run exists. Read in the run's snapshot; the awards up to the
 * cursor of a resumed run are skipped, as the month's own.
 */
static enum sag_status
efterbetalinger(struct sag_tj *k, const struct samling *c, struct samling *e,
                struct sag_diag *d)
{
    char startet[SAG_TID_LEN];
    bool findes = false;
    struct nye nye = { c->a, NULL, 0, 0, false };
    struct sagens sg = { NULL, 0, 0, false };
    struct betalte b = { NULL, 0, 0, false };
    enum sag_status st;

    e->a = c->a;
    e->satser = c->satser;
    e->m = c->m;
    e->sp = c->sp;
    if ((st = sag_store_udb_sidste_start(k->store, c->m.aar, c->m.maaned,
                                         startet, &findes, d)) != SAG_OK ||
        !findes)
        return st;
    if ((st = sag_store_udb_ydelser_registreret_fra(k->store, startet, saml_ny,
                                                    &nye, d)) != SAG_OK)
        goto ud;
    if (nye.fejl) {
        st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
        goto ud;
    }
    for (size_t i = 0; i < nye.n && st == SAG_OK; i++) {
        if (i == 0 || strcmp(nye.v[i].sag_id, nye.v[i - 1].sag_id) != 0) {
            sg.n = 0;
            if ((st = sag_store_ydelser(k->store, nye.v[i].sag_id, saml_sagens,
                                        &sg, d)) != SAG_OK)
                break;
            if (sg.fejl) {
                st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
                break;
            }
        }
        if (c->markoer[0] != '\0' && strcmp(nye.v[i].id, c->markoer) <= 0)
            continue;
        for (size_t j = 0; j < sg.n; j++) {
            const struct sag_ydelse *y = &sg.y[j];

            if (strcmp(y->id, nye.v[i].id) != 0)
                continue;
            /* Held back like the month's own (no insurer on file). */
            if (y->betalertype == SAG_YDELSE_BETALER_FORSIKRING &&
                (y->betaler[0] == '\0' ||
                 strcmp(y->betaler, "forsikringsselskab ikke oplyst") == 0))
                break;
            st = award_efterbetaling(k, e, y, &b, d);
            break;
        }
    }
ud:
    sag_free(nye.v);
    sag_free(sg.y);
    sag_free(b.v);
    return st;
}

enum sag_status
sag_tj_udbetaling_koer(struct sag_tj *k, struct sag_maaned m, size_t batch,
                       struct sag_udb_resultat *r, struct sag_diag *d)
{
    struct sag_arena a;
    struct samling c;
    struct sag_spor sp;
    struct samling e;
    struct bogfoerte b;
    struct skattedata sk;
    enum sag_status st;
    size_t ud = 0;

    memset(r, 0, sizeof *r);
    if ((st = sag__tj_adgang(k, SAG_HANDLING_UDBETALING, d)) != SAG_OK)
        return st;
    if (k->satser == NULL)
        return sag_diag_set(d, SAG_EMISSING, "/satser",
                            "satstabellerne er ikke indlæst");
    if (m.maaned < 1 || m.maaned > 12 || m.aar < 1900 || m.aar > 9999)
        return sag_diag_set(d, SAG_EINVAL, "/maaned", "ugyldig måned");
    if (batch == 0)
        batch = STANDARD_BATCH;
    if ((st = find_eller_start(k, m, r, d)) != SAG_OK)
        return st;
    if (r->allerede) {
        gemt_afstemning(r);
        return sag_store_udb_efterbetaling(k->store, r->k.id, r->k.aar,
                                           r->k.maaned, &r->efterbetaling_antal,
                                           &r->efterbetaling_oere, d);
    }

    sag_arena_init(&a, 0);
    memset(&c, 0, sizeof c);
    c.a = &a;
    c.satser = k->satser;
    c.m = m;
    sag_spor_init(&sp, &a, false);
    c.sp = &sp;
    c.markoer = r->k.markoer;
    c.d = d;
    memset(&e, 0, sizeof e);
    e.markoer = r->k.markoer;
    e.d = d;
    memset(&b, 0, sizeof b);
    b.a = &a;
    memset(&sk, 0, sizeof sk);
    sk.a = &a;
    /* One snapshot for all the reads. */
    if ((st = sag_store_begynd_laes(k->store, d)) == SAG_OK) {
        st = sag_store_ydelser_i_maaned(k->store, m, saml_ydelse, &c, d);
        if (st == SAG_OK)
            st = c.st;
        if (st == SAG_OK)
            st = sag_store_udb_bogfoert_i_maaned(k->store, m.aar, m.maaned,
                                                 saml_bogfoert, &b, d);
        if (st == SAG_OK && b.fejl)
            st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
        if (st == SAG_OK)
            st = efterbetalinger(k, &c, &e, d);
        if (st == SAG_OK)
            st = laes_skattedata(k, r->k.markoer[0] != '\0' ? r->k.id : "", m,
                                 &sk, d);
        sag_store_fortryd(k->store);
    }
    r->ydelser = c.ydelser;
    r->intet_at_betale = c.intet;
    r->uden_betaler = c.uden_betaler;
    if (st == SAG_OK) {
        bool sorteret = true;

        for (size_t i = 1; i < c.n && sorteret; i++)
            sorteret = strcmp(c.p[i - 1].id, c.p[i].id) < 0;
        if (!sorteret)
            qsort(c.p, c.n, sizeof *c.p, sammenlign_post);
        if (b.n > 1)
            qsort(b.b, b.n, sizeof *b.b, sammenlign_bogfoert);
        /* Less what the ledger has for the award and month already
         * (a manual payment, an earlier run reversed and booked back). */
        for (size_t i = 0; i < c.n; i++) {
            struct bogfoert noegle = { c.p[i].id, 0 };
            const struct bogfoert *f =
                b.n ? bsearch(&noegle, b.b, b.n, sizeof *b.b,
                              sammenlign_bogfoert)
                    : NULL;
            int64_t rest = c.p[i].beloeb - (f != NULL ? f->oere : 0);

            if (rest > 0) {
                c.p[ud] = c.p[i];
                c.p[ud++].beloeb = rest;
            } else if (rest < 0) {
                r->ikke_positive++;
            } else {
                r->intet_at_betale++;
            }
        }
        /* The back pay after the month's own orders, then in award
         * order (each award's orders together, by month). */
        for (size_t i = 0; i < e.n && st == SAG_OK; i++) {
            if (ud >= c.plads) {
                c.n = ud;
                if (!voks(&c)) {
                    st =
                        sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
                    break;
                }
            }
            c.p[ud++] = e.p[i];
        }
        if (e.n > 0)
            qsort(c.p, ud, sizeof *c.p, sammenlign_post);
        if (st == SAG_OK)
            st = traek_skat(&sk, m, c.p, ud, r, d);
        if (st == SAG_OK)
            st = skriv_batches(k, r, c.p, ud, batch, d);
    }
    sag_free(c.p);
    sag_free(e.p);
    sag_free(b.b);
    sag_free(sk.sager);
    sag_free(sk.kort);
    sag_free(sk.personer);
    sag_arena_release(&a);
    if (st != SAG_OK)
        return st;

    /* Done: the run's totals per payer and the ledger's sum under its
     * reference, kept with the run. */
    if ((st = sag_store_begynd(k->store, d)) != SAG_OK)
        return st;
    st = sag_store_udb_afslut(k->store, r->k.id, d);
    if ((st = sag__tj_afslut(k, st, d)) != SAG_OK)
        return st;
    if ((st = sag_store_udb_hent(k->store, r->k.id, &r->k, d)) != SAG_OK)
        return st;
    gemt_afstemning(r);
    return sag_store_udb_efterbetaling(k->store, r->k.id, r->k.aar, r->k.maaned,
                                       &r->efterbetaling_antal,
                                       &r->efterbetaling_oere, d);
}

enum sag_status
sag_tj_udbetaling_vis(struct sag_tj *k, const char *id,
                      struct sag_udb_resultat *r, struct sag_diag *d)
{
    enum sag_status st;

    memset(r, 0, sizeof *r);
    if ((st = sag__tj_adgang(k, SAG_HANDLING_UDBETALING_LAES, d)) != SAG_OK)
        return st;
    if (id == NULL || id[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/koersel", "mangler");
    if ((st = sag_store_udb_hent(k->store, id, &r->k, d)) != SAG_OK)
        return st;
    if ((st = sag_store_udb_efterbetaling(k->store, id, r->k.aar, r->k.maaned,
                                          &r->efterbetaling_antal,
                                          &r->efterbetaling_oere, d)) != SAG_OK)
        return st;
    return afstem(k, r, d);
}

/* Change a run's state in one transaction, checked inside it. */
static enum sag_status
skift(struct sag_tj *k, const char *id, enum sag_udb_status til,
      struct sag_udb_koersel *ud, struct sag_diag *d)
{
    struct sag_store *s = k->store;
    struct sag_udb_koersel t;
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_UDBETALING, d)) != SAG_OK)
        return st;
    if (id == NULL || id[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/koersel", "mangler");
    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        return st;
    if ((st = sag_store_udb_hent(s, id, &t, d)) != SAG_OK)
        return sag__tj_afslut(k, st, d);
    if (til == SAG_UDB_SENDT && t.status != SAG_UDB_FAERDIG)
        return sag__tj_afslut(
            k,
            sag_diag_set(d, SAG_ECONFLICT, "/status",
                         "kun en færdig kørsel kan sendes (kørslen er %s)",
                         sag_udb_status_navn(t.status)),
            d);
    if (til == SAG_UDB_TILBAGEFOERT && t.status != SAG_UDB_FAERDIG &&
        t.status != SAG_UDB_I_GANG)
        return sag__tj_afslut(
            k,
            sag_diag_set(d, SAG_ECONFLICT, "/status",
                         "kun en kørsel der ikke er sendt, kan tilbageføres "
                         "(kørslen er %s)",
                         sag_udb_status_navn(t.status)),
            d);
    if (til == SAG_UDB_TILBAGEFOERT) {
        char ref[SAG_UDB_ID_MAX + 4];

        (void)snprintf(ref, sizeof ref, "%s-T", t.id);
        st = sag_store_udb_tilbagefoer(s, t.id, ref, NULL, d);
    }
    t.status = til;
    if (st == SAG_OK)
        st = sag_store_udb_opdater(
            s, &t, til == SAG_UDB_SENDT ? "sendt" : "tilbagefoert", NULL, d);
    if ((st = sag__tj_afslut(k, st, d)) != SAG_OK)
        return st;
    return sag_store_udb_hent(s, id, ud, d);
}

enum sag_status
sag_tj_udbetaling_send(struct sag_tj *k, const char *id,
                       struct sag_udb_koersel *ud, struct sag_diag *d)
{
    return skift(k, id, SAG_UDB_SENDT, ud, d);
}

enum sag_status
sag_tj_udbetaling_tilbagefoer(struct sag_tj *k, const char *id,
                              struct sag_udb_koersel *ud, struct sag_diag *d)
{
    return skift(k, id, SAG_UDB_TILBAGEFOERT, ud, d);
}

enum sag_status
sag_tj_udbetaling_ordrer(struct sag_tj *k, const char *id, const char *betaler,
                         int (*cb)(void *ctx, const struct sag_ordre *o,
                                   int betalertype),
                         void *ctx, struct sag_diag *d)
{
    enum sag_status st;

    /* The files carry the recipients' CPR numbers (the NemKonto key):
     * only the roles that release payments may produce them. */
    if ((st = sag__tj_adgang(k, SAG_HANDLING_UDBETALING, d)) != SAG_OK)
        return st;
    if (id == NULL || id[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/koersel", "mangler");
    return sag_store_udb_ordrer(k->store, id, betaler, cb, ctx, d);
}

enum sag_status
sag_tj_udbetaling_totaler(struct sag_tj *k, struct sag_maaned fra,
                          struct sag_maaned til,
                          int (*cb)(void *ctx,
                                    const struct sag_udb_maanedstotal *t),
                          void *ctx, struct sag_diag *d)
{
    enum sag_status st;
    struct sag_store *s = k->rapport_store ? k->rapport_store : k->store;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_UDBETALING_LAES, d)) != SAG_OK)
        return st;
    return sag_store_udb_totaler(s, fra.aar, fra.maaned, til.aar, til.maaned,
                                 cb, ctx, d);
}

static int
pf_linje(void *ctx, const struct sag_udb_maanedstotal *t)
{
    struct sag_pf_udbetalinger *u = ctx;
    struct sag_pf_udbetaling_linje *l;

    if (u->antal >= SAG_PF_MAKS_UDBETALINGER)
        return 1;
    l = &u->linjer[u->antal++];
    l->aar = t->aar;
    l->maaned = t->maaned;
    l->aes = t->betalertype == SAG_YDELSE_BETALER_AES;
    (void)snprintf(l->betaler, sizeof l->betaler, "%s", t->betaler);
    l->antal = (long)t->antal;
    l->sum_oere = t->sum_oere;
    l->a_skat_oere = t->a_skat_oere;
    return 0;
}

enum sag_status
sag_tj_udbetaling_portefolje(struct sag_tj *k, struct sag_dato fra,
                             struct sag_dato til,
                             struct sag_pf_udbetalinger *ud, struct sag_diag *d)
{
    ud->antal = 0;
    return sag_tj_udbetaling_totaler(k, sag_maaned_af(fra), sag_maaned_af(til),
                                     pf_linje, ud, d);
}
