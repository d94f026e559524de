/*
 * Awards (ydelser) in the application layer (issue 14): the awards a loss
 * decision grants are stored with it, in its transaction, superseding the
 * earlier awards of the case and its earlier generations from the date the
 * law gives (src/core/ydelse.c); and the payment schedule with its ledger
 * for a case (sag_tj_udbetalingsplan).
 */
#include <stdio.h>
#include <string.h>

#include "skadesag/beregning.h"
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
    struct sag_ydelse_plan p;
    size_t n = 0;
    const struct sag_ydelse *foer;
    enum sag_status st;

    if (!b->ret_til_erstatning || !b->har_beloeb)
        return SAG_OK;
    if ((st = alle_ydelser(k->store, t, &c, d)) != SAG_OK)
        return st;
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
    struct sag_ydelse_men_plan p;
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
    memset(&p, 0, sizeof p);
    p.men_pct = men_pct;
    p.afgoerelsesdato = dato;
    p.skadetype = t->type == SAG_SAGSTYPE_ERHVERVSSYGDOM
                      ? (int)SAG_SKADETYPE_ERHVERVSSYGDOM
                      : (int)SAG_SKADETYPE_ULYKKE;
    p.sag_id = t->id;
    p.afgoerelse_id = afgoerelse_id;
    p.forsikring = t->forsikring;
    for (size_t i = 0; i < c.n; i++)
        if (eks[i].art == SAG_YDELSE_MEN && !eks[i].erstattet)
            p.tidligere.oere += eks[i].beloeb.oere;
    if ((st = sag_ydelse_men(k->satser, &p, NULL, &ny, &n, d)) != SAG_OK ||
        n == 0)
        return st;
    return sag_store_ydelse_gem(k->store, &ny, d);
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
