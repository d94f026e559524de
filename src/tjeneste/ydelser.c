/*
 * Awards (ydelser) in the application layer (issue 14): the awards a loss
 * decision grants are stored with it, in its transaction, superseding the
 * earlier awards of the case and its earlier generations from the date the
 * law gives (src/core/ydelse.c); and the payment schedule with its ledger
 * for a case (sag_tj_udbetalingsplan).
 */
#include <stdio.h>
#include <string.h>

#include "skadesag/alloc.h"
#include "skadesag/arena.h"
#include "skadesag/beregning.h"
#include "skadesag/beregning_json.h"
#include "skadesag/buf.h"
#include "skadesag/spor.h"
#include "skadesag/udbetaling.h"
#include "skadesag/store.h"
#include "skadesag/tjeneste.h"
#include "skadesag/ydelse.h"

#include "tjeneste_int.h"

#include "../base/banned.h"

#define MAKS_EKS 64
#define MAKS_GENERATIONER 8

struct samling {
    struct sag_ydelse *y;
    size_t n, max;
    bool for_mange;
};

static int
saml(void *ctx, const struct sag_ydelse *y)
{
    struct samling *c = ctx;

    if (c->n >= c->max) {
        c->for_mange = true;
        return 1;
    }
    c->y[c->n++] = *y;
    return 0;
}

/* The awards of a case and of its earlier generations (revision, § 42,
 * remittal: each a linked case), oldest generation last. */
static enum sag_status
alle_ydelser(struct sag_store *s, const struct sag_tilstand *t,
             struct samling *c, struct sag_diag *d)
{
    char id[SAG_ID_MAX];
    enum sag_status st;

    (void)snprintf(id, sizeof(id), "%s", t->id);
    for (int g = 0; g < MAKS_GENERATIONER && id[0] != '\0'; g++) {
        struct sag_tilstand f;

        if ((st = sag_store_ydelser(s, id, saml, c, d)) != SAG_OK)
            return st;
        if (c->for_mange)
            return sag_diag_set(d, SAG_ETOOBIG, "/ydelser",
                                "sagen har for mange ydelser");
        if (g == 0) {
            (void)snprintf(id, sizeof(id), "%s", t->forrige_sag_id);
            continue;
        }
        if ((st = sag_store_tilstand(s, id, &f, d)) != SAG_OK)
            return st;
        (void)snprintf(id, sizeof(id), "%s", f.forrige_sag_id);
    }
    return SAG_OK;
}

/* The running award in force on day `dag` (the first found), or NULL. */
static const struct sag_ydelse *
i_kraft(const struct sag_ydelse *y, size_t n, struct sag_dato dag)
{
    for (size_t i = 0; i < n; i++) {
        bool hs;
        struct sag_dato slut;

        if (!sag_ydelse_er_loebende(y[i].art) ||
            y[i].art == SAG_YDELSE_FRADRAG_28)
            continue;
        sag_ydelse_periode(&y[i], &hs, &slut);
        if (y[i].fra.dage <= dag.dage && (!hs || slut.dage >= dag.dage))
            return &y[i];
    }
    return NULL;
}

/* Is any award still to take effect on or after `dag` (a running one
 * covering a later day, a once-only sum not yet in effect)? */
static bool
senere(const struct sag_ydelse *y, size_t n, struct sag_dato dag)
{
    for (size_t i = 0; i < n; i++) {
        bool hs;
        struct sag_dato slut;

        sag_ydelse_periode(&y[i], &hs, &slut);
        if (hs && slut.dage < y[i].fra.dage)
            continue; /* superseded entirely */
        if (y[i].art == SAG_YDELSE_MEN)
            continue; /* not a loss award */
        if (sag_ydelse_er_loebende(y[i].art) ? !hs || slut.dage >= dag.dage
                                             : y[i].fra.dage >= dag.dage)
            return true;
    }
    return false;
}

/* The awards a loss decision grants given the awards `eks` (n_eks) in
 * force before it: the new ones in nye (*n) and the supersession of
 * earlier ones in eks (aendret). No I/O: the store's use case and the
 * verification (sag__tj_kontroller_ydelser) share it. */
static enum sag_status
beregn_ydelser(const struct sag_tj *k, const struct sag_tilstand *t,
               const char *afgoerelse_id, const struct sag_beregning_input *in,
               const struct sag_beregning *b, bool har_til, struct sag_dato til,
               struct sag_ydelse *eks, bool *aendret, size_t n_eks,
               struct sag_ydelse *nye, size_t *antal, struct sag_diag *d)
{
    struct sag_ydelse_plan p;
    size_t n = 0;
    const struct sag_ydelse *foer;
    enum sag_status st;
    struct samling c = { eks, n_eks, n_eks, false };

    *antal = 0;
    for (size_t i = 0; i < n_eks; i++)
        aendret[i] = false;
    if (!b->ret_til_erstatning || !b->har_beloeb)
        return SAG_OK;
    memset(&p, 0, sizeof(p));
    p.b = b;
    p.afgoerelsesdato = in->afgoerelsesdato;
    p.skadetype = (int)in->skadetype;
    p.sag_id = t->id;
    p.afgoerelse_id = afgoerelse_id;
    /* An accident's insurer, as the case names it; a case without one
     * still gets its awards, with the payer shown as not given (the
     * monthly run cannot pay them until it is). */
    p.forsikring = t->forsikring[0] != '\0' ? t->forsikring
                                            : "forsikringsselskab ikke oplyst";
    p.skift = SAG_YDELSE_SKIFT_FOERSTE;
    if (har_til) {
        p.skift = SAG_YDELSE_SKIFT_AFSLUTTET_PERIODE;
        p.periode_til = til;
    }
    if ((st = sag_ydelser_fra_afgoerelse(k->satser, &p, NULL, nye,
                                         SAG_YDELSER_PR_AFGOERELSE_MAX, &n,
                                         d)) != SAG_OK)
        return st;
    if (n == 0)
        return SAG_OK;
    /* Which change this is (guidance 2.6.3): nothing in force on the new
     * award's first day — the first award; a § 42 request (the engine's
     * input names it) — from the request; a lower amount than the award in
     * force — a reduction from the month after the decision; otherwise an
     * increase from the tilkendelsesdato. */
    foer = i_kraft(eks, c.n, nye[0].fra);
    if (foer == NULL)
        foer = i_kraft(eks, c.n, in->afgoerelsesdato);
    if (!har_til && (foer != NULL || senere(eks, c.n, nye[0].fra))) {
        if (foer != NULL && nye[0].beloeb.oere < foer->beloeb.oere &&
            sag_ydelse_er_loebende(nye[0].art))
            p.skift = SAG_YDELSE_SKIFT_NEDSAETTELSE;
        else if (in->har_genoptagelse &&
                 in->genoptagelse.type == SAG_GENOPTAGELSE_ANMODNING &&
                 in->genoptagelse.har_anmodningsdato) {
            p.skift = SAG_YDELSE_SKIFT_42;
            p.anmodningsdato = in->genoptagelse.anmodningsdato;
        } else
            p.skift = SAG_YDELSE_SKIFT_FORHOEJELSE;
        if ((st = sag_ydelser_fra_afgoerelse(k->satser, &p, NULL, nye,
                                             SAG_YDELSER_PR_AFGOERELSE_MAX, &n,
                                             d)) != SAG_OK)
            return st;
    }
    if ((st = sag_ydelse_erstat(&p, nye, n, eks, aendret, c.n, d)) != SAG_OK)
        return st;
    *antal = n;
    return SAG_OK;
}

enum sag_status
sag__tj_gem_ydelser(const struct sag_tj *k, const struct sag_tilstand *t,
                    const char *afgoerelse_id,
                    const struct sag_beregning_input *in,
                    const struct sag_beregning *b, bool har_til,
                    struct sag_dato til, struct sag_diag *d)
{
    struct sag_ydelse eks[MAKS_EKS], nye[SAG_YDELSER_PR_AFGOERELSE_MAX];
    bool aendret[MAKS_EKS];
    struct samling c = { eks, 0, MAKS_EKS, false };
    size_t n = 0;
    enum sag_status st;

    if (!b->ret_til_erstatning || !b->har_beloeb)
        return SAG_OK;
    if ((st = alle_ydelser(k->store, t, &c, d)) != SAG_OK)
        return st;
    if ((st = beregn_ydelser(k, t, afgoerelse_id, in, b, har_til, til, eks,
                             aendret, c.n, nye, &n, d)) != SAG_OK)
        return st;
    for (size_t i = 0; i < n; i++)
        if ((st = sag_store_ydelse_gem(k->store, &nye[i], d)) != SAG_OK)
            return st;
    for (size_t i = 0; i < c.n; i++)
        if (aendret[i] && (st = sag_store_ydelse_erstat(
                               k->store, eks[i].id, eks[i].erstattet_fra,
                               eks[i].erstattet_af, d)) != SAG_OK)
            return st;
    return SAG_OK;
}

static enum sag_status
beregn_men(const struct sag_tj *k, const struct sag_tilstand *t,
           const char *afgoerelse_id, int men_pct, struct sag_dato dato,
           const struct sag_ydelse *eks, size_t n_eks, struct sag_ydelse *ny,
           size_t *n, struct sag_diag *d);

/* A mén decision's award (issue 14; Q-69), inside the caller's
 * transaction: the godtgørelse less what earlier mén decisions of the
 * case and its earlier generations granted. Only an accident or an
 * occupational disease is paid here (a private case is a statement; who
 * pays a veteran's is not in the sources). */
enum sag_status
sag__tj_gem_men(const struct sag_tj *k, const struct sag_tilstand *t,
                const char *afgoerelse_id, int men_pct, struct sag_dato dato,
                struct sag_diag *d)
{
    struct sag_ydelse eks[MAKS_EKS], ny;
    struct samling c = { eks, 0, MAKS_EKS, false };
    size_t n = 0;
    enum sag_status st;

    if (t->type != SAG_SAGSTYPE_ULYKKE &&
        t->type != SAG_SAGSTYPE_ERHVERVSSYGDOM)
        return SAG_OK;
    if (k->satser == NULL)
        return sag_diag_set(d, SAG_EMISSING, "/satser",
                            "satstabellerne er ikke indlæst");
    if ((st = alle_ydelser(k->store, t, &c, d)) != SAG_OK)
        return st;
    if ((st = beregn_men(k, t, afgoerelse_id, men_pct, dato, eks, c.n, &ny, &n,
                         d)) != SAG_OK ||
        n == 0)
        return st;
    return sag_store_ydelse_gem(k->store, &ny, d);
}

/* A mén decision's award given the awards `eks` before it (no I/O). */
static enum sag_status
beregn_men(const struct sag_tj *k, const struct sag_tilstand *t,
           const char *afgoerelse_id, int men_pct, struct sag_dato dato,
           const struct sag_ydelse *eks, size_t n_eks, struct sag_ydelse *ny,
           size_t *n, struct sag_diag *d)
{
    struct sag_ydelse_men_plan p;

    *n = 0;
    if (t->type != SAG_SAGSTYPE_ULYKKE &&
        t->type != SAG_SAGSTYPE_ERHVERVSSYGDOM)
        return SAG_OK;
    memset(&p, 0, sizeof p);
    p.men_pct = men_pct;
    p.afgoerelsesdato = dato;
    p.skadetype = t->type == SAG_SAGSTYPE_ERHVERVSSYGDOM
                      ? (int)SAG_SKADETYPE_ERHVERVSSYGDOM
                      : (int)SAG_SKADETYPE_ULYKKE;
    p.sag_id = t->id;
    p.afgoerelse_id = afgoerelse_id;
    p.forsikring = t->forsikring;
    for (size_t i = 0; i < n_eks; i++)
        if (eks[i].art == SAG_YDELSE_MEN && !eks[i].erstattet)
            p.tidligere.oere += eks[i].beloeb.oere;
    return sag_ydelse_men(k->satser, &p, NULL, ny, n, d);
}

enum sag_status
sag__tj_ophoer_ved_doed(const struct sag_tj *k, const struct sag_tilstand *t,
                        struct sag_dato doedsdato, struct sag_diag *d)
{
    struct sag_ydelse eks[MAKS_EKS];
    bool aendret[MAKS_EKS];
    struct samling c = { eks, 0, MAKS_EKS, false };
    size_t n = 0;
    enum sag_status st;

    if ((st = alle_ydelser(k->store, t, &c, d)) != SAG_OK)
        return st;
    if ((st = sag_ydelse_ophoer_ved_doed(eks, c.n, doedsdato, NULL, aendret, &n,
                                         d)) != SAG_OK)
        return st;
    for (size_t i = 0; i < c.n; i++)
        if (aendret[i] && (st = sag_store_ydelse_erstat(
                               k->store, eks[i].id, eks[i].erstattet_fra,
                               eks[i].erstattet_af, d)) != SAG_OK)
            return st;
    return SAG_OK;
}

/* ---- the payment schedule of a case ---- */

struct betalinger {
    struct sag_tj_udbetalingsplan *ud;
    struct sag_arena *a;
    size_t plads;
    bool uden_hukommelse;
};

static int
saml_betaling(void *ctx, const struct sag_ydelse_betaling *b)
{
    struct betalinger *c = ctx;
    struct sag_tj_udbetalingsplan *u = c->ud;
    struct sag_ydelse_betalt *p;

    if (u->antal_betalinger >= c->plads) {
        size_t ny = c->plads ? 2 * c->plads : 16;
        struct sag_ydelse_betalt *q = sag_arena_alloc(c->a, ny * sizeof(*q));

        if (q == NULL) {
            c->uden_hukommelse = true;
            return 1;
        }
        if (u->antal_betalinger > 0)
            memcpy(q, u->betalinger, u->antal_betalinger * sizeof(*q));
        u->betalinger = q;
        c->plads = ny;
    }
    p = &u->betalinger[u->antal_betalinger];
    p->ydelse_id = sag_arena_strdup(c->a, b->ydelse_id);
    p->maaned = (struct sag_maaned){ b->aar, b->maaned };
    p->beloeb = b->beloeb;
    if (p->ydelse_id == NULL) {
        c->uden_hukommelse = true;
        return 1;
    }
    u->antal_betalinger++;
    return 0;
}

enum sag_status
sag_tj_udbetalingsplan(const struct sag_tj *k, const char *sag_id,
                       struct sag_maaned fra, struct sag_maaned til,
                       struct sag_arena *a, struct sag_tj_udbetalingsplan *ud,
                       struct sag_diag *d)
{
    struct sag_tj_udbetalingsplan u;
    struct sag_tilstand t;
    struct sag_hvem hvem = sag__tj_hvem(k);
    struct samling c;
    struct betalinger bc;
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_LAES_SAG, d)) != SAG_OK)
        return st;
    if (sag_id == NULL || sag_id[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/sag_id", "mangler");
    if (k->satser == NULL)
        return sag_diag_set(d, SAG_EINTERNAL, "",
                            "satstabellerne er ikke indlæst");
    if (sag_maaned_cmp(fra, til) > 0)
        return sag_diag_set(d, SAG_EINVAL, "/til",
                            "slutmåneden ligger før startmåneden");
    if ((til.aar - fra.aar) * 12 + til.maaned - fra.maaned >= 12 * 60)
        return sag_diag_set(d, SAG_ERANGE, "/til", "højst 60 år ad gangen");
    memset(&u, 0, sizeof(u));
    u.ydelser = sag_arena_alloc(a, MAKS_EKS * sizeof(*u.ydelser));
    if (u.ydelser == NULL)
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    c = (struct samling){ u.ydelser, 0, MAKS_EKS, false };
    bc = (struct betalinger){ &u, a, 0, false };
    if ((st = sag_store_begynd(k->store, d)) != SAG_OK)
        return st;
    st = sag__tj_tilstand(k, sag_id, &t, d);
    if (st == SAG_OK)
        st = alle_ydelser(k->store, &t, &c, d);
    for (size_t i = 0; st == SAG_OK && i < c.n; i++) {
        st = sag_store_ydelse_betalinger(k->store, c.y[i].id, saml_betaling,
                                         &bc, d);
        if (st == SAG_OK && bc.uden_hukommelse)
            st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    }
    if (st == SAG_OK)
        st = sag_store_laesning(k->store, sag_id, &hvem, "udbetalingsplan", d);
    if ((st = sag__tj_afslut(k, st, d)) != SAG_OK)
        return st;
    u.antal_ydelser = c.n;
    u.fra = fra;
    u.til = til;
    {
        size_t maks = (c.n + 1) * (size_t)((til.aar - fra.aar) * 12 +
                                           til.maaned - fra.maaned + 1);

        u.linjer = sag_arena_alloc(a, maks * sizeof(*u.linjer));
        if (u.linjer == NULL)
            return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
        if ((st = sag_ydelse_bog(k->satser, u.ydelser, u.antal_ydelser,
                                 u.betalinger, u.antal_betalinger, fra, til,
                                 u.linjer, maks, &u.antal_linjer, d)) != SAG_OK)
            return st;
    }
    *ud = u;
    return SAG_OK;
}

/* ---- back-fill (issue 14 round 3, item 3; Q-69) ---- */

struct tekster {
    struct sag_arena *a;
    const char **v;
    size_t n, plads;
    bool fejl;
};

static bool
tekst_ind(struct tekster *c, const char *t)
{
    if (c->n == c->plads) {
        size_t ny = c->plads ? 2 * c->plads : 64;
        const char **v = sag_realloc(c->v, ny * sizeof *v);

        if (v == NULL)
            return false;
        c->v = v;
        c->plads = ny;
    }
    return (c->v[c->n++] = sag_arena_strdup(c->a, t != NULL ? t : "")) != NULL;
}

static int
saml_sag_id(void *ctx, const char *id, int64_t n, const char *ubrugt)
{
    struct tekster *c = ctx;

    (void)n;
    (void)ubrugt;
    if (!tekst_ind(c, id)) {
        c->fejl = true;
        return 1;
    }
    return 0;
}

/* Loss records: id, input and result, three strings each. */
static int
saml_post(void *ctx, const struct sag_afgoerelse_post *p)
{
    struct tekster *c = ctx;

    if (!tekst_ind(c, p->id) || !tekst_ind(c, p->input) ||
        !tekst_ind(c, p->resultat)) {
        c->fejl = true;
        return 1;
    }
    return 0;
}

/* One loss decision's awards from its stored record: the engine runs
 * again on the stored input with the tables loaded now, and the awards
 * are made only if it gives the stored result byte for byte (else the
 * decision is counted as refused: the awards must be the decision's). */
static enum sag_status
genopbyg_tab(const struct sag_tj *k, const struct sag_tilstand *t,
             const struct sag_afgoerelse_ref *ref, const struct tekster *poster,
             struct sag_tj_genopbyg *ud, struct sag_diag *d)
{
    struct sag_arena a;
    struct sag_spor sp;
    struct sag_beregning_input in;
    struct sag_beregning r;
    struct sag_buf b;
    const char *input = NULL, *resultat = NULL;
    enum sag_status st;

    for (size_t i = 0; i + 2 < poster->n; i += 3) {
        if (strcmp(poster->v[i], ref->id) == 0) {
            input = poster->v[i + 1];
            resultat = poster->v[i + 2];
            break;
        }
    }
    if (input == NULL) {
        ud->afvist++;
        return SAG_OK;
    }
    sag_arena_init(&a, 0);
    sag_buf_init(&b, 0);
    st = sag_beregning_input_fra_json(input, strlen(input), &a, &in, d);
    if (st == SAG_OK) {
        sag_spor_init(&sp, &a, true);
        st = sag_beregn(k->satser, &in, &sp, &r, d);
    }
    if (st == SAG_OK) {
        sag_beregning_til_json(&r, &sp, &b);
        st = sag_buf_status(&b);
    }
    if (st != SAG_OK || strcmp(b.buf, resultat) != 0) {
        sag_diag_init(d);
        ud->afvist++;
        st = SAG_OK;
    } else {
        st = sag__tj_gem_ydelser(k, t, ref->id, &in, &r, ref->har_til, ref->til,
                                 d);
    }
    sag_buf_release(&b);
    sag_arena_release(&a);
    return st;
}

static int
har_ydelse(void *ctx, const struct sag_ydelse *y)
{
    struct tekster *c = ctx;

    if (!tekst_ind(c, y->afgoerelse_id)) {
        c->fejl = true;
        return 1;
    }
    return 0;
}

static bool
findes(const struct tekster *c, const char *id)
{
    for (size_t i = 0; i < c->n; i++)
        if (strcmp(c->v[i], id) == 0)
            return true;
    return false;
}

/* One case in one write transaction: its decisions in order after the
 * latest one that has awards. */
static enum sag_status
genopbyg_sag(const struct sag_tj *k, const char *sag_id,
             const struct tekster *poster, struct sag_tj_genopbyg *ud,
             struct sag_diag *d)
{
    struct sag_tilstand t;
    struct sag_arena a;
    struct tekster har = { NULL, NULL, 0, 0, false };
    size_t start = 0;
    enum sag_status st;

    sag_arena_init(&a, 0);
    har.a = &a;
    if ((st = sag_store_begynd(k->store, d)) != SAG_OK)
        goto ud;
    if ((st = sag_store_tilstand(k->store, sag_id, &t, d)) == SAG_OK)
        st = sag_store_ydelser(k->store, sag_id, har_ydelse, &har, d);
    if (st == SAG_OK && har.fejl)
        st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    if (st == SAG_OK) {
        for (size_t i = 0; i < t.antal_afgoerelser; i++)
            if (findes(&har, t.afgoerelser[i].id))
                start = i + 1;
        /* Decisions before a later one with awards stay as they are: a
         * back-filled award would be placed before awards that already
         * superseded what it would have granted. */
        for (size_t i = 0; i < start; i++)
            if ((t.afgoerelser[i].fase == SAG_FASE_ERHVERVSEVNETAB ||
                 t.afgoerelser[i].fase == SAG_FASE_MEN) &&
                !findes(&har, t.afgoerelser[i].id))
                ud->sprunget_over++;
    }
    for (size_t i = start; st == SAG_OK && i < t.antal_afgoerelser; i++) {
        const struct sag_afgoerelse_ref *ref = &t.afgoerelser[i];
        long long foer = 0, efter = 0;

        if (ref->fase != SAG_FASE_MEN && ref->fase != SAG_FASE_ERHVERVSEVNETAB)
            continue;
        if ((st = sag_store_udb_antal_ydelser(k->store, &foer, d)) != SAG_OK)
            break;
        if (ref->fase == SAG_FASE_MEN)
            st = sag__tj_gem_men(k, &t, ref->id, ref->pct, ref->dato, d);
        else
            st = genopbyg_tab(k, &t, ref, poster, ud, d);
        if (st == SAG_OK &&
            (st = sag_store_udb_antal_ydelser(k->store, &efter, d)) == SAG_OK &&
            efter > foer) {
            ud->afgoerelser++;
            ud->ydelser += (size_t)(efter - foer);
        }
    }
    st = sag__tj_afslut(k, st, d);
ud:
    sag_free(har.v);
    sag_arena_release(&a);
    return st;
}

enum sag_status
sag_tj_ydelser_genopbyg(const struct sag_tj *k, struct sag_tj_genopbyg *ud,
                        struct sag_diag *d)
{
    struct sag_arena a;
    struct tekster sager = { NULL, NULL, 0, 0, false };
    struct tekster poster = { NULL, NULL, 0, 0, false };
    struct sag_tj_genopbyg r;
    enum sag_status st;

    memset(&r, 0, sizeof r);
    if ((st = sag__tj_adgang(k, SAG_HANDLING_UDBETALING, d)) != SAG_OK)
        return st;
    if (k->satser == NULL)
        return sag_diag_set(d, SAG_EMISSING, "/satser",
                            "satstabellerne er ikke indlæst");
    sag_arena_init(&a, 0);
    sager.a = poster.a = &a;
    st = sag_store_udb_sager(k->store, saml_sag_id, &sager, d);
    if (st == SAG_OK)
        st = sag_store_alle_afgoerelser(k->store, "erhvervsevnetab", saml_post,
                                        &poster, d);
    if (st == SAG_OK && (sager.fejl || poster.fejl))
        st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    for (size_t i = 0; st == SAG_OK && i < sager.n; i++)
        if ((st = genopbyg_sag(k, sager.v[i], &poster, &r, d)) == SAG_OK)
            r.sager++;
    sag_free(sager.v);
    sag_free(poster.v);
    sag_arena_release(&a);
    if (st == SAG_OK)
        *ud = r;
    return st;
}

/* ---- verification (issue 16, item 2): the awards are a projection ----
 *
 * The awards of a case are derived from its stored decisions with the rate
 * tables, so `verificer` derives them again, with no writes, and compares
 * them row by row with the stored ones: every award needs a decision that
 * gives it, and every award a decision gives must be stored with the same
 * kind, period, amount and payer. The supersession of an award is compared
 * where the case's own decisions made it; a supersession by a later
 * generation is compared when that generation's case is checked, and one by
 * a death (an event, not a decision) is not re-derived (docs/sikkerhed.md).
 */

struct simulering {
    struct sag_ydelse w[MAKS_EKS]; /* the case's own first (o), then older */
    bool aendret[MAKS_EKS];
    size_t o, n;
};

static bool
egen(const struct simulering *m, const char *id)
{
    for (size_t i = 0; i < m->o; i++)
        if (id[0] != '\0' && strcmp(m->w[i].id, id) == 0)
            return true;
    return false;
}

/* Add new awards after the case's own ones, before the older generations'. */
static enum sag_status
tilfoej_sim(struct simulering *m, const struct sag_ydelse *nye, size_t n,
            struct sag_diag *d)
{
    if (m->n + n > MAKS_EKS)
        return sag_diag_set(d, SAG_ETOOBIG, "/ydelser",
                            "sagen har for mange ydelser");
    memmove(&m->w[m->o + n], &m->w[m->o], (m->n - m->o) * sizeof m->w[0]);
    memcpy(&m->w[m->o], nye, n * sizeof nye[0]);
    m->o += n;
    m->n += n;
    return SAG_OK;
}

/* A loss decision again from its stored record; SAG_ECONFLICT when the
 * engine does not give the stored result with the tables loaded now. */
static enum sag_status
sim_tab(const struct sag_tj *k, const struct sag_tilstand *t,
        const struct sag_afgoerelse_ref *ref, struct simulering *m,
        bool *afledt, struct sag_diag *d)
{
    struct sag_arena a;
    struct sag_spor sp;
    struct sag_afgoerelse_post post;
    struct sag_beregning_input in;
    struct sag_beregning r;
    struct sag_buf b;
    struct sag_ydelse nye[SAG_YDELSER_PR_AFGOERELSE_MAX];
    size_t n = 0;
    enum sag_status st;

    *afledt = false;
    sag_arena_init(&a, 0);
    sag_buf_init(&b, 0);
    st = sag_store_hent_afgoerelse(k->store, ref->id, &a, &post, d);
    if (st == SAG_ENOTFOUND) {
        /* A decision event without a record (written before records, or
         * by the synthetic portfolio): nothing to derive from. */
        sag_diag_init(d);
        st = SAG_OK;
        goto ud;
    }
    if (st == SAG_OK)
        st = sag_beregning_input_fra_json(post.input, strlen(post.input), &a,
                                          &in, d);
    if (st == SAG_OK) {
        sag_spor_init(&sp, &a, true);
        st = sag_beregn(k->satser, &in, &sp, &r, d);
    }
    if (st == SAG_OK) {
        sag_beregning_til_json(&r, &sp, &b);
        st = sag_buf_status(&b);
    }
    /* The engine no longer gives the stored result with the tables loaded
     * now (a corrected table, or a record the engine refuses): as in the
     * back-fill, its awards cannot be derived and are taken as stored. */
    if (st == SAG_OK && strcmp(b.buf, post.resultat) != 0)
        goto ud;
    if (st != SAG_OK && st != SAG_ENOMEM && st != SAG_EINTERNAL) {
        sag_diag_init(d);
        st = SAG_OK;
        goto ud;
    }
    if (st == SAG_OK)
        st = beregn_ydelser(k, t, ref->id, &in, &r, ref->har_til, ref->til,
                            m->w, m->aendret, m->n, nye, &n, d);
    if (st == SAG_OK && (st = tilfoej_sim(m, nye, n, d)) == SAG_OK)
        *afledt = true;
ud:
    sag_buf_release(&b);
    sag_arena_release(&a);
    return st;
}

static enum sag_status
forskel(struct sag_diag *d, const char *sag_id, const char *id,
        const char *felt, const char *har, const char *giver)
{
    return sag_diag_set(d, SAG_ECONFLICT, "",
                        "tabellen ydelser er ændret: sag %s ydelse %s har %s "
                        "%s, men afgørelserne giver %s",
                        sag_id, id, felt, har, giver);
}

static void
dato_tekst(bool har, struct sag_dato dato, char out[SAG_DATO_DK_LEN])
{
    if (har)
        sag_dato_format_dk(dato, out);
    else
        (void)snprintf(out, SAG_DATO_DK_LEN, "%s", "ingen");
}

/* The first field in which a stored award differs from the derived one. */
static enum sag_status
sammenlign(const char *sag_id, const struct sag_ydelse *g,
           const struct sag_ydelse *y, bool erstatning, struct sag_diag *d)
{
    char h[80], v[80];

    if (g->art != y->art) {
        (void)snprintf(h, sizeof h, "%d", (int)g->art);
        (void)snprintf(v, sizeof v, "%d", (int)y->art);
        return forskel(d, sag_id, g->id, "art", h, v);
    }
    if (g->fra.dage != y->fra.dage || g->har_til != y->har_til ||
        (g->har_til && g->til.dage != y->til.dage)) {
        char a[SAG_DATO_DK_LEN], b[SAG_DATO_DK_LEN], c[SAG_DATO_DK_LEN],
            e[SAG_DATO_DK_LEN];

        sag_dato_format_dk(g->fra, a);
        dato_tekst(g->har_til, g->til, b);
        sag_dato_format_dk(y->fra, c);
        dato_tekst(y->har_til, y->til, e);
        (void)snprintf(h, sizeof h, "%s–%s", a, b);
        (void)snprintf(v, sizeof v, "%s–%s", c, e);
        return forskel(d, sag_id, g->id, "perioden", h, v);
    }
    if (g->beloeb.oere != y->beloeb.oere) {
        (void)snprintf(h, sizeof h, "%lld øre", (long long)g->beloeb.oere);
        (void)snprintf(v, sizeof v, "%lld øre", (long long)y->beloeb.oere);
        return forskel(d, sag_id, g->id, "beløbet", h, v);
    }
    if (g->betalertype != y->betalertype ||
        strcmp(g->betaler, y->betaler) != 0 ||
        g->andel.taeller != y->andel.taeller ||
        g->andel.naevner != y->andel.naevner) {
        (void)snprintf(h, sizeof h, "'%.40s' (%lld/%lld)", g->betaler,
                       (long long)g->andel.taeller,
                       (long long)g->andel.naevner);
        (void)snprintf(v, sizeof v, "'%.40s' (%lld/%lld)", y->betaler,
                       (long long)y->andel.taeller,
                       (long long)y->andel.naevner);
        return forskel(d, sag_id, g->id, "betaleren", h, v);
    }
    if (g->regulering != y->regulering || g->niveau_aar != y->niveau_aar ||
        g->skattepligtig != y->skattepligtig) {
        (void)snprintf(h, sizeof h, "regulering %d, niveau %d, skat %d",
                       (int)g->regulering, g->niveau_aar, g->skattepligtig);
        (void)snprintf(v, sizeof v, "regulering %d, niveau %d, skat %d",
                       (int)y->regulering, y->niveau_aar, y->skattepligtig);
        return forskel(d, sag_id, g->id, "reguleringen", h, v);
    }
    if (erstatning &&
        (g->erstattet != y->erstattet ||
         (g->erstattet && (g->erstattet_fra.dage != y->erstattet_fra.dage ||
                           strcmp(g->erstattet_af, y->erstattet_af) != 0)))) {
        char a[SAG_DATO_DK_LEN], b[SAG_DATO_DK_LEN];

        dato_tekst(g->erstattet, g->erstattet_fra, a);
        dato_tekst(y->erstattet, y->erstattet_fra, b);
        (void)snprintf(h, sizeof h, "%s (%.40s)", a, g->erstattet_af);
        (void)snprintf(v, sizeof v, "%s (%.40s)", b, y->erstattet_af);
        return forskel(d, sag_id, g->id, "erstattet fra", h, v);
    }
    return SAG_OK;
}

static const struct sag_ydelse *
find_ydelse(const struct sag_ydelse *y, size_t n, const char *id)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(y[i].id, id) == 0)
            return &y[i];
    return NULL;
}

/* Has decision `afg` any stored award among the case's own? */
static bool
har_egne(const struct sag_ydelse *g, size_t n, const char *afg)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(g[i].afgoerelse_id, afg) == 0)
            return true;
    return false;
}

/* A decision whose awards cannot be derived: its stored awards join the
 * derived ones as they are, with the supersession they made of earlier
 * ones taken as stored too. */
static enum sag_status
som_gemt(struct simulering *m, const struct sag_ydelse *g, size_t n,
         const char *afg, struct sag_diag *d)
{
    enum sag_status st = SAG_OK;

    for (size_t i = 0; st == SAG_OK && i < n; i++) {
        if (strcmp(g[i].afgoerelse_id, afg) != 0)
            continue;
        for (size_t j = 0; j < m->n; j++)
            for (size_t l = 0; l < n; l++)
                if (strcmp(g[l].id, m->w[j].id) == 0 && g[l].erstattet &&
                    strcmp(g[l].erstattet_af, g[i].id) == 0) {
                    m->w[j].erstattet = true;
                    m->w[j].erstattet_fra = g[l].erstattet_fra;
                    (void)snprintf(m->w[j].erstattet_af,
                                   sizeof m->w[j].erstattet_af, "%s", g[i].id);
                }
        st = tilfoej_sim(m, &g[i], 1, d);
        if (st == SAG_OK) {
            /* As derived: not yet superseded by a later decision. */
            struct sag_ydelse *y = &m->w[m->o - 1];

            if (y->erstattet && strncmp(y->erstattet_af, "dødsfald", 9) != 0) {
                y->erstattet = false;
                y->erstattet_fra.dage = 0;
                y->erstattet_af[0] = '\0';
            }
        }
    }
    return st;
}

/* One case: its decisions in order over the awards of its earlier
 * generations as they stood before them. */
static enum sag_status
kontroller_sag(const struct sag_tj *k, const char *sag_id, struct simulering *m,
               struct sag_ydelse *alle, struct sag_diag *d)
{
    struct sag_tilstand t;
    struct samling c = { alle, 0, MAKS_EKS, false };
    size_t egne = 0, aeldre, sidste = 0;
    bool penge = false;
    enum sag_status st;

    if ((st = sag_store_tilstand(k->store, sag_id, &t, d)) != SAG_OK)
        return st;
    for (size_t i = 0; i < t.antal_afgoerelser; i++)
        if (t.afgoerelser[i].fase == SAG_FASE_MEN ||
            t.afgoerelser[i].fase == SAG_FASE_ERHVERVSEVNETAB)
            penge = true;
    if ((st = alle_ydelser(k->store, &t, &c, d)) != SAG_OK)
        return st;
    while (egne < c.n && strcmp(alle[egne].sag_id, t.id) == 0)
        egne++;
    if (!penge && c.n == 0)
        return SAG_OK;
    if (k->satser == NULL)
        return sag_diag_set(d, SAG_EMISSING, "/satser",
                            "satstabellerne er ikke indlæst: tabellen "
                            "ydelser kan ikke kontrolleres");
    /* The older generations' awards as they stood before this case: a
     * supersession by this case's awards is undone (it is derived again). */
    aeldre = c.n - egne;
    memset(m, 0, sizeof *m);
    memcpy(m->w, &alle[egne], aeldre * sizeof alle[0]);
    m->n = aeldre;
    for (size_t i = 0; i < m->n; i++) {
        struct sag_ydelse *y = &m->w[i];

        if (y->erstattet && strncmp(y->erstattet_af, "dødsfald", 9) != 0 &&
            find_ydelse(m->w, m->n, y->erstattet_af) == NULL) {
            y->erstattet = false;
            y->erstattet_fra.dage = 0;
            y->erstattet_af[0] = '\0';
        }
    }
    /* The back-fill leaves a decision without awards alone when a later
     * decision of the case has awards (genopbyg_sag): so does the check. */
    for (size_t i = 0; i < t.antal_afgoerelser; i++)
        if (har_egne(alle, egne, t.afgoerelser[i].id))
            sidste = i + 1;
    for (size_t i = 0; st == SAG_OK && i < t.antal_afgoerelser; i++) {
        const struct sag_afgoerelse_ref *ref = &t.afgoerelser[i];
        bool afledt = true;

        if (ref->fase != SAG_FASE_MEN && ref->fase != SAG_FASE_ERHVERVSEVNETAB)
            continue;
        if (i < sidste && !har_egne(alle, egne, ref->id))
            continue;
        if (ref->fase == SAG_FASE_MEN) {
            struct sag_ydelse ny;
            size_t n = 0;

            st = beregn_men(k, &t, ref->id, ref->pct, ref->dato, m->w, m->n,
                            &ny, &n, d);
            if (st == SAG_OK)
                st = tilfoej_sim(m, &ny, n, d);
        } else
            st = sim_tab(k, &t, ref, m, &afledt, d);
        if (st == SAG_OK && !afledt)
            st = som_gemt(m, alle, egne, ref->id, d);
    }
    if (st != SAG_OK)
        return st;
    /* Row by row: the stored awards of the case, then those derived. */
    for (size_t i = 0; i < egne; i++) {
        const struct sag_ydelse *y = find_ydelse(m->w, m->o, alle[i].id);

        if (y == NULL)
            return sag_diag_set(d, SAG_ECONFLICT, "",
                                "tabellen ydelser er ændret: sag %s ydelse %s "
                                "har ingen afgørelse bag sig",
                                t.id, alle[i].id);
        if (strcmp(alle[i].sag_id, y->sag_id) != 0 ||
            strcmp(alle[i].afgoerelse_id, y->afgoerelse_id) != 0)
            return forskel(d, t.id, alle[i].id, "afgørelsen",
                           alle[i].afgoerelse_id, y->afgoerelse_id);
        st = sammenlign(t.id, &alle[i], y,
                        !alle[i].erstattet || egen(m, alle[i].erstattet_af), d);
        if (st != SAG_OK)
            return st;
    }
    for (size_t i = 0; i < m->o; i++)
        if (find_ydelse(alle, egne, m->w[i].id) == NULL)
            return sag_diag_set(
                d, SAG_ECONFLICT, "",
                "tabellen ydelser er ændret: sag %s mangler ydelse %s, som "
                "afgørelse %s giver%s",
                t.id, m->w[i].id, m->w[i].afgoerelse_id,
                har_egne(alle, egne, m->w[i].afgoerelse_id)
                    ? ""
                    : " (er afgørelsen fra før ydelserne: 'skadesag ydelser "
                      "genopbyg')");
    /* The older generations' awards this case superseded. */
    for (size_t i = m->o; i < m->n; i++) {
        const struct sag_ydelse *g =
            find_ydelse(&alle[egne], aeldre, m->w[i].id);

        if (g != NULL &&
            (egen(m, g->erstattet_af) || egen(m, m->w[i].erstattet_af)) &&
            (st = sammenlign(g->sag_id, g, &m->w[i], true, d)) != SAG_OK)
            return st;
    }
    return SAG_OK;
}

enum sag_status
sag__tj_kontroller_ydelser(const struct sag_tj *k, struct sag_diag *d)
{
    struct sag_arena a;
    struct tekster sager = { NULL, NULL, 0, 0, false };
    struct simulering *m = sag_malloc(sizeof *m);
    struct sag_ydelse *alle = sag_malloc(MAKS_EKS * sizeof *alle);
    enum sag_status st;

    sag_arena_init(&a, 0);
    sager.a = &a;
    st = m == NULL || alle == NULL
             ? sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse")
             : sag_store_udb_sager(k->store, saml_sag_id, &sager, d);
    if (st == SAG_OK && sager.fejl)
        st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    for (size_t i = 0; st == SAG_OK && i < sager.n; i++)
        st = kontroller_sag(k, sager.v[i], m, alle, d);
    sag_free(sager.v);
    sag_free(alle);
    sag_free(m);
    sag_arena_release(&a);
    return st;
}
