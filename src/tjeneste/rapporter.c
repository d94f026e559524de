/*
 * Use cases over the whole store: the board's portfolio figures with the
 * quality sample and a prognosis, the quality review, the impact runs of a
 * change in law or practice on stored decisions, and maintenance
 * (verification, rebuilding the projections).
 */
#include "skadesag/tjeneste.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "skadesag/alloc.h"
#include "skadesag/beregning_json.h"
#include "tjeneste_int.h"

#include "../base/banned.h"

/* The board report holds every report row of the portfolio in memory:
 * about 300 MB for 1.000.000 cases (the arrays grow by doubling in the
 * arena), over the arena's default cap of 256 MB. */
#define RAPPORT_ARENA_MAKS ((size_t)1024 * 1024 * 1024)

enum sag_status
sag_tj_verificer(const struct sag_tj *k, long long *antal, struct sag_diag *d)
{
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_VERIFICER, d)) != SAG_OK)
        return st;
    if ((st = sag_store_verificer(k->store, antal, d)) != SAG_OK)
        return st;
    /* The awards are a projection too, derived in this layer with the
     * rate tables the store does not have (src/tjeneste/ydelser.c). */
    if ((st = sag__tj_kontroller_ydelser(k, d)) != SAG_OK)
        return st;
    /* The newest signed checkpoint outside the database must hold
     * (docs/sikkerhed.md): it catches a cut tail. A database with events
     * and no checkpoint at all is refused too, for its id may have been
     * changed to escape its checkpoints. */
    st = sag_store_kontroller_kontrolpunkt(k->store, NULL, NULL, d);
    if (st == SAG_ENOTFOUND && *antal == 0)
        return SAG_OK;
    /* This very handle keyed the chain (migration 12, after verifying the
     * unkeyed one): its first checkpoint is written now. */
    if (st == SAG_ENOTFOUND && sag_store_skrevet(k->store) > 0 &&
        (st = sag_store_kontrolpunkt(k->store, NULL, NULL, NULL, d)) == SAG_OK)
        st = sag_store_kontroller_kontrolpunkt(k->store, NULL, NULL, d);
    if (st == SAG_ENOTFOUND && d != NULL) {
        struct sag_diag kopi = *d;

        return sag_diag_set(d, SAG_ECONFLICT, "",
                            "%s; skriv et med 'skadesag sag kontrolpunkt'",
                            kopi.besked);
    }
    return st == SAG_ENOTFOUND ? SAG_ECONFLICT : st;
}

enum sag_status
sag_tj_genopbyg(const struct sag_tj *k, size_t *antal, struct sag_diag *d)
{
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_VEDLIGEHOLD, d)) != SAG_OK)
        return st;
    return sag_store_genopbyg_projektioner(k->store, antal, d);
}

/* The store the reports read (sag_tj.rapport_store). */
static struct sag_store *
rapportlager(const struct sag_tj *k)
{
    return k->rapport_store != NULL ? k->rapport_store : k->store;
}

/* The report's facts read from the store now, with one reference for the
 * caller. */
static enum sag_status
fakta_laes(const struct sag_tj *k, struct sag__tj_fakta **ud,
           struct sag_diag *d)
{
    struct sag__tj_fakta *f = sag_calloc(1, sizeof(*f));
    enum sag_status st;

    if (f == NULL)
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    sag_arena_init(&f->a, RAPPORT_ARENA_MAKS);
    f->ref = 1;
    if ((st = sag_store_portefolje(rapportlager(k), &f->a, &f->data, d)) !=
        SAG_OK) {
        sag__tj_fakta_slip(NULL, f);
        return st;
    }
    *ud = f;
    return SAG_OK;
}

/* The report's facts for a request: the server's snapshot when it has a
 * fresh one (no store read), else read now and, in a server, kept as the
 * snapshot for the next. Release with sag__tj_fakta_slip(k->rapportcache,
 * f). */
static enum sag_status
fakta_hent(const struct sag_tj *k, struct sag__tj_fakta **ud,
           struct sag_diag *d)
{
    struct sag__tj_fakta *f;
    enum sag_status st;

    if (k->rapportcache != NULL &&
        (f = sag__tj_cache_hent_fakta(k->rapportcache)) != NULL) {
        *ud = f;
        return SAG_OK;
    }
    if ((st = fakta_laes(k, &f, d)) != SAG_OK)
        return st;
    if (k->rapportcache != NULL) {
        /* One reference for the cache, one for the caller. */
        f->ref = 2;
        sag__tj_cache_gem_fakta(k->rapportcache, f);
    }
    *ud = f;
    return SAG_OK;
}

/* The portfolio figures for [fra, til] as of `pr` into `ud`, and those of
 * the prognosis' own calendar year into `aaret` when `prognose` is given,
 * from the report's facts. */
static enum sag_status
portefolje_af(const struct sag_pf_data *data, struct sag_dato fra,
              struct sag_dato til, struct sag_dato pr,
              struct sag_pf_rapport *ud, const struct sag_pf_prognose *prognose,
              struct sag_pf_rapport *aaret, struct sag_diag *d)
{
    enum sag_status st;

    if ((st = sag_portefolje_beregn(data, fra, til, pr, ud, d)) != SAG_OK)
        return st;
    if (prognose != NULL) {
        /* Realised in the prognosis' own calendar year, as known on `pr`. */
        struct sag_dato y0, y1;

        if (sag_dato_fra_ymd(prognose->aar, 1, 1, &y0) != SAG_OK ||
            sag_dato_fra_ymd(prognose->aar, 12, 31, &y1) != SAG_OK)
            return sag_diag_set(d, SAG_EINVAL, "/prognose", "ugyldigt år");
        if ((st = sag_portefolje_beregn(data, y0, y1,
                                        pr.dage < y1.dage ? pr : y1, aaret,
                                        d)) != SAG_OK) {
            sag_diag_prefix(d, "prognose: ");
            return st;
        }
    }
    return SAG_OK;
}

/* Every team's figures for the period (the scope is applied by the
 * caller), in team order. Each team's are computed from its own facts of
 * every kind (the store gives deadlines, decisions and appeals their
 * case's team), so the teams' figures add up to the whole, less the facts
 * of cases with no team. `data` is not changed: it may be shared. */
static enum sag_status
teamrapporter_af(const struct sag_pf_data *data, struct sag_dato fra,
                 struct sag_dato til, struct sag_dato pr,
                 struct sag__tj_teamrapporter *ud, struct sag_diag *d)
{
    const char *teams[SAG_TJ_MAKS_TEAMS];
    size_t n = 0;
    enum sag_status st;

    ud->n = 0;
    /* The teams of the cases (interned: mostly one pointer per team). */
    for (size_t i = 0; i < data->antal_sager; i++) {
        const char *t = data->sager[i].team;
        size_t j;

        if (t == NULL)
            continue;
        for (j = 0; j < n; j++)
            if (teams[j] == t || strcmp(teams[j], t) == 0)
                break;
        if (j < n)
            continue;
        if (n == SAG_TJ_MAKS_TEAMS)
            return sag_diag_set(d, SAG_EINVAL, "/team", "flere end %d hold",
                                SAG_TJ_MAKS_TEAMS);
        teams[n++] = t;
    }
    /* In the order of the names (insertion sort: the teams are few). */
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && strcmp(teams[j - 1], teams[j]) > 0; j--) {
            const char *t = teams[j];

            teams[j] = teams[j - 1];
            teams[j - 1] = t;
        }
    for (size_t j = 0; j < n; j++) {
        size_t l = strlen(teams[j]);

        if (l >= sizeof(ud->navn[0]))
            return sag_diag_set(d, SAG_EINVAL, "/team", "for langt holdnavn");
        memcpy(ud->navn[j], teams[j], l + 1);
    }
    /* Every team's figures in one pass over the facts. */
    if ((st = sag_portefolje_beregn_teams(data, teams, n, fra, til, pr, ud->r,
                                          d)) != SAG_OK)
        return st;
    ud->n = n;
    return SAG_OK;
}

/* Every team's figures for the period from the snapshot `f`: the cache's
 * when it has them for `f`, else computed and kept there. */
static enum sag_status
teamrapporter_hent(const struct sag_tj *k, const struct sag__tj_fakta *f,
                   struct sag_dato fra, struct sag_dato til, struct sag_dato pr,
                   struct sag__tj_teamrapporter *ud, struct sag_diag *d)
{
    enum sag_status st;

    if (k->rapportcache != NULL &&
        sag__tj_cache_hent_teamrapporter(k->rapportcache, f, fra, til, pr, ud))
        return SAG_OK;
    if ((st = teamrapporter_af(&f->data, fra, til, pr, ud, d)) != SAG_OK)
        return st;
    for (size_t i = 0; i < ud->n; i++)
        ud->r[i].opgjort = f->opgjort;
    if (k->rapportcache != NULL)
        sag__tj_cache_gem_teamrapporter(k->rapportcache, f, fra, til, pr, ud);
    return SAG_OK;
}

/* The whole portfolio's figures for the period from the snapshot `f`
 * (with the prognosis' year in `aaret` when `prognose` is given): the
 * cache's when it has them for `f` (prognose_aar -1: any), else computed
 * and kept there. */
static enum sag_status
rapport_hent(const struct sag_tj *k, const struct sag__tj_fakta *f,
             struct sag_dato fra, struct sag_dato til, struct sag_dato pr,
             int prognose_aar, const struct sag_pf_prognose *prognose,
             struct sag_pf_rapport *ud, struct sag_pf_rapport *aaret,
             struct sag_diag *d)
{
    enum sag_status st;

    if (k->rapportcache != NULL &&
        sag__tj_cache_hent_rapport(k->rapportcache, f, fra, til, pr,
                                   prognose_aar, ud, aaret))
        return SAG_OK;
    if ((st = portefolje_af(&f->data, fra, til, pr, ud, prognose, aaret, d)) !=
        SAG_OK)
        return st;
    ud->opgjort = f->opgjort;
    if (k->rapportcache != NULL)
        sag__tj_cache_gem_rapport(k->rapportcache, f, fra, til, pr,
                                  prognose_aar < 0 ? 0 : prognose_aar, ud,
                                  aaret);
    return SAG_OK;
}

enum sag_status
sag_tj_rapportteam(const struct sag_tj *k, const char *team, const char **ud,
                   struct sag_diag *d)
{
    enum sag_status st;

    *ud = NULL;
    if ((st = sag__tj_adgang(k, SAG_HANDLING_RAPPORT, d)) != SAG_OK)
        return st;
    if (team != NULL && team[0] == '\0')
        team = NULL;
    if (k->team != NULL && k->team[0] != '\0') {
        if (team != NULL && strcmp(team, k->team) != 0)
            return sag_diag_set(d, SAG_EADGANG, "/team",
                                "du kan kun se dit eget teams tal");
        team = k->team;
    }
    *ud = team;
    return SAG_OK;
}

enum sag_status
sag_tj_portefolje_teams(const struct sag_tj *k, struct sag_dato fra,
                        struct sag_dato til, struct sag_dato pr,
                        int (*cb)(void *ctx, const char *team,
                                  const struct sag_pf_rapport *r),
                        void *ctx, struct sag_diag *d)
{
    struct sag__tj_teamrapporter *tr;
    struct sag__tj_fakta *f;
    enum sag_status st = SAG_OK;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_RAPPORT, d)) != SAG_OK)
        return st;
    if ((tr = sag_malloc(sizeof(*tr))) == NULL)
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    if ((st = fakta_hent(k, &f, d)) != SAG_OK) {
        sag_free(tr);
        return st;
    }
    st = teamrapporter_hent(k, f, fra, til, pr, tr, d);
    sag__tj_fakta_slip(k->rapportcache, f);
    /* A team-scoped user sees their own team's figures. */
    for (size_t j = 0; st == SAG_OK && j < tr->n; j++) {
        if (k->team != NULL && k->team[0] != '\0' &&
            strcmp(tr->navn[j], k->team) != 0)
            continue;
        if (cb(ctx, tr->navn[j], &tr->r[j]) != 0)
            break;
    }
    sag_free(tr);
    return st;
}

/* The figure `tal` of `team` (NULL: the whole portfolio) for the period,
 * from the snapshot `f`: as the management page shows it (the same cache
 * entries), 0 for a team with no facts. */
static enum sag_status
tal_af(const struct sag_tj *k, const struct sag__tj_fakta *f, const char *team,
       struct sag_dato fra, struct sag_dato til, struct sag_dato pr,
       const struct sag_pf_tal *tal, long *ud, struct sag_diag *d)
{
    enum sag_status st;
    long v = 0;

    if (team == NULL) {
        struct sag_pf_rapport *r = sag_malloc(sizeof(*r));

        if (r == NULL)
            return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
        st = rapport_hent(k, f, fra, til, pr, -1, NULL, r, NULL, d);
        if (st == SAG_OK)
            v = sag_pf_tal_vaerdi(r, tal);
        sag_free(r);
    } else {
        struct sag__tj_teamrapporter *tr = sag_malloc(sizeof(*tr));

        if (tr == NULL)
            return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
        st = teamrapporter_hent(k, f, fra, til, pr, tr, d);
        for (size_t j = 0; st == SAG_OK && j < tr->n; j++)
            if (strcmp(tr->navn[j], team) == 0)
                v = sag_pf_tal_vaerdi(&tr->r[j], tal);
        sag_free(tr);
    }
    *ud = v < 0 ? 0 : v;
    return st;
}

enum sag_status
sag_tj_portefolje_sager(const struct sag_tj *k, const char *team,
                        struct sag_dato fra, struct sag_dato til,
                        struct sag_dato pr, const struct sag_pf_tal *tal,
                        int (*cb)(void *ctx, const char *sag_id,
                                  struct sag_dato dato),
                        void *ctx, long *antal, struct sag_diag *d)
{
    struct sag__tj_fakta *f;
    enum sag_status st;

    /* The policy and whose cases (a team-scoped user their own team's):
     * as for the figures. */
    if ((st = sag_tj_rapportteam(k, team, &team, d)) != SAG_OK ||
        (st = fakta_hent(k, &f, d)) != SAG_OK)
        return st;
    st = sag_portefolje_sager(&f->data, team, fra, til, pr, tal, cb, ctx, d);
    if (st == SAG_OK && antal != NULL)
        st = tal_af(k, f, team, fra, til, pr, tal, antal, d);
    sag__tj_fakta_slip(k->rapportcache, f);
    return st;
}

enum sag_status
sag_tj_portefolje(const struct sag_tj *k, struct sag_dato fra,
                  struct sag_dato til, struct sag_dato pr,
                  struct sag_pf_rapport *ud, struct sag_pf_kvalitet *kvalitet,
                  struct sag_pf_prognose *prognose, struct sag_diag *d)
{
    struct sag_pf_rapport *aaret = NULL;
    struct sag__tj_fakta *f;
    int paar = prognose != NULL ? prognose->aar : 0;
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_RAPPORT, d)) != SAG_OK)
        return st;
    if (prognose != NULL && (aaret = sag_malloc(sizeof(*aaret))) == NULL)
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    /* The figures from the snapshot (the cache's entry for it when there
     * is one); the quality sample read when asked for (it changes with
     * every verdict). */
    if ((st = fakta_hent(k, &f, d)) == SAG_OK) {
        st = rapport_hent(k, f, fra, til, pr, paar, prognose, ud, aaret, d);
        sag__tj_fakta_slip(k->rapportcache, f);
    }
    if (st == SAG_OK && kvalitet != NULL)
        st = sag_store_kvalitet(rapportlager(k), fra, til, kvalitet, d);
    if (st == SAG_OK && prognose != NULL)
        sag_pf_prognose_realiseret(prognose, aaret);
    sag_free(aaret);
    return st;
}

/* Open cases per team: counted from the case list of every team. */
struct teamtael {
    struct sag_tj_teamtal *t;
    bool fuld;
};

static int
teamtael(void *ctx, const struct sag_liste_post *p)
{
    struct teamtael *c = ctx;
    struct sag_tj_teamtal *t = c->t;
    size_t i, l = strlen(p->team);

    t->i_alt++;
    for (i = 0; i < t->n; i++)
        if (strcmp(t->navn[i], p->team) == 0)
            break;
    if (i == t->n) {
        if (t->n == SAG_TJ_MAKS_TEAMS || l >= sizeof(t->navn[0])) {
            c->fuld = true;
            return 1;
        }
        memcpy(t->navn[i], p->team, l + 1);
        t->n++;
    }
    t->aabne[i]++;
    return 0;
}

static int
efter_id(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The cases on a worklist's waiting list (one case may wait on several
 * parties: counted once). */
static enum sag_status
ventende_sager(const struct sag_tj_arbejdsliste *al, long *antal,
               struct sag_diag *d)
{
    const char **id;

    *antal = 0;
    if (al->antal_venter == 0)
        return SAG_OK;
    if ((id = sag_malloc(al->antal_venter * sizeof(*id))) == NULL)
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    for (size_t j = 0; j < al->antal_venter; j++)
        id[j] = al->venter[j].p.sag_id;
    qsort(id, al->antal_venter, sizeof(*id), efter_id);
    for (size_t j = 0; j < al->antal_venter; j++)
        *antal += j == 0 || strcmp(id[j], id[j - 1]) != 0;
    sag_free(id);
    return SAG_OK;
}

static enum sag_status
teamtal_beregn(const struct sag_tj *k, struct sag_tj_teamtal *ud,
               struct sag_diag *d)
{
    struct sag_tj alle = *k;
    struct sag_liste_filter lf;
    struct teamtael c = { ud, false };
    enum sag_status st;

    memset(ud, 0, sizeof(*ud));
    memset(&lf, 0, sizeof(lf));
    lf.status = "aaben";
    /* Every team's (the scope is applied to the result). */
    alle.team = NULL;
    if ((st = sag_tj_liste(&alle, &lf, teamtael, &c, d)) != SAG_OK)
        return st;
    if (c.fuld)
        return sag_diag_set(d, SAG_EINVAL, "/team",
                            "flere end %d hold eller et for langt holdnavn",
                            SAG_TJ_MAKS_TEAMS);
    /* Overdue tasks and the cases waiting on others: each team's worklist,
     * counted, so the report and the worklist agree by construction (audit
     * of issue 12, point 6: a reply past its deadline is AES's to chase,
     * not a wait; the case list's projected flag still counted it). */
    for (size_t i = 0; i < ud->n; i++) {
        struct sag_tj_arbejdsliste al;
        struct sag_arena a;

        sag_arena_init(&a, 0);
        st = sag_tj_arbejdsliste(&alle, ud->navn[i], NULL, 100000, &a, &al, d);
        if (st == SAG_OK)
            for (size_t j = 0; j < al.antal_til_behandling; j++)
                ud->overskredne[i] += al.til_behandling[j].overskredet;
        if (st == SAG_OK)
            st = ventende_sager(&al, &ud->venter[i], d);
        sag_arena_release(&a);
        if (st != SAG_OK)
            return st;
    }
    return SAG_OK;
}

enum sag_status
sag_tj_aabne_pr_team(const struct sag_tj *k, struct sag_tj_teamtal *ud,
                     struct sag_diag *d)
{
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_RAPPORT, d)) != SAG_OK)
        return st;
    if (k->rapportcache == NULL ||
        !sag__tj_cache_hent_teamtal(k->rapportcache, k->idag, ud)) {
        if ((st = teamtal_beregn(k, ud, d)) != SAG_OK)
            return st;
        if (k->rapportcache != NULL)
            sag__tj_cache_gem_teamtal(k->rapportcache, k->idag, ud);
        ud->opgjort = 0;
    }
    /* A team-scoped user sees their own team's line. */
    if (k->team != NULL && k->team[0] != '\0') {
        size_t i;

        for (i = 0; i < ud->n; i++)
            if (strcmp(ud->navn[i], k->team) == 0)
                break;
        if (i < ud->n) {
            memmove(ud->navn[0], ud->navn[i], sizeof(ud->navn[0]));
            ud->aabne[0] = ud->aabne[i];
            ud->venter[0] = ud->venter[i];
            ud->overskredne[0] = ud->overskredne[i];
            ud->i_alt = ud->aabne[0];
            ud->n = 1;
        } else {
            ud->n = 0;
            ud->i_alt = 0;
        }
    }
    return SAG_OK;
}

enum sag_status
sag_tj_rapportcache_forny(const struct sag_tj *k, struct sag_dato fra,
                          struct sag_dato til, struct sag_dato pr,
                          struct sag_pf_prognose *prognose, struct sag_diag *d)
{
    struct sag_pf_rapport *r = sag_malloc(sizeof(*r)),
                          *aaret = sag_malloc(sizeof(*aaret));
    struct sag_tj_teamtal *t = sag_malloc(sizeof(*t));
    struct sag__tj_teamrapporter *tr = NULL;
    struct sag__tj_fakta *f = NULL;
    enum sag_status st;

    if (r == NULL || aaret == NULL || t == NULL) {
        st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
        goto out;
    }
    if ((st = sag__tj_adgang(k, SAG_HANDLING_RAPPORT, d)) != SAG_OK ||
        k->rapportcache == NULL)
        goto out;
    if ((tr = sag_malloc(sizeof(*tr))) == NULL) {
        st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
        goto out;
    }
    /* The report's facts are read once for the report and the team
     * figures (on 1.000.000 cases the read is most of the time), and kept
     * as the snapshot other periods, teams and drill-downs are computed
     * from until the next refresh. */
    if ((st = fakta_laes(k, &f, d)) != SAG_OK)
        goto out;
    f->ref = 2;
    sag__tj_cache_gem_fakta(k->rapportcache, f);
    /* A new snapshot: the cache has nothing for it yet, so both are
     * computed from it and kept. */
    if ((st = rapport_hent(k, f, fra, til, pr,
                           prognose != NULL ? prognose->aar : 0, prognose, r,
                           prognose != NULL ? aaret : NULL, d)) != SAG_OK ||
        (st = teamrapporter_hent(k, f, fra, til, pr, tr, d)) != SAG_OK)
        goto out;
    if ((st = teamtal_beregn(k, t, d)) != SAG_OK)
        goto out;
    sag__tj_cache_gem_teamtal(k->rapportcache, k->idag, t);
out:
    if (f != NULL)
        sag__tj_fakta_slip(k->rapportcache, f);
    sag_free(tr);
    sag_free(r);
    sag_free(aaret);
    sag_free(t);
    return st;
}

enum sag_status
sag_tj_kvalitet_udtraek(const struct sag_tj *k, struct sag_dato fra,
                        struct sag_dato til, unsigned long long seed,
                        int promille, size_t *udtrukket, size_t *i_alt,
                        struct sag_diag *d)
{
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_KVALITET_UDTRAEK, d)) != SAG_OK)
        return st;
    return sag_store_kvalitet_udtraek(k->store, fra, til, seed, promille,
                                      udtrukket, i_alt, d);
}

enum sag_status
sag_tj_kvalitet_vurder(const struct sag_tj *k, const char *afgoerelse_id,
                       bool korrekt, const char *begrundelse,
                       struct sag_diag *d)
{
    struct sag_hvem hvem = sag__tj_hvem(k);
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_KVALITET_VURDER, d)) != SAG_OK)
        return st;
    return sag_store_kvalitet_vurder(k->store, afgoerelse_id, korrekt, &hvem,
                                     begrundelse, d);
}

enum sag_status
sag_tj_kvalitet_liste(const struct sag_tj *k, struct sag_dato fra,
                      struct sag_dato til,
                      int (*cb)(void *ctx, const struct sag_kvalitet_post *p),
                      void *ctx, struct sag_diag *d)
{
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_RAPPORT, d)) != SAG_OK)
        return st;
    return sag_store_kvalitet_liste(k->store, fra, til, cb, ctx, d);
}

enum sag_status
sag_tj_kvalitet(const struct sag_tj *k, struct sag_dato fra,
                struct sag_dato til, struct sag_pf_kvalitet *ud,
                struct sag_diag *d)
{
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_RAPPORT, d)) != SAG_OK)
        return st;
    return sag_store_kvalitet(k->store, fra, til, ud, d);
}

/* ---- impact runs ---- */

struct konsekvens {
    const struct sag_tj *k;
    bool hr; /* else folkepensionsalder */
    struct sag_dato pr;
    int (*cb_hr)(void *ctx, const struct sag_afgoerelse_post *p,
                 const struct sag_konsekvens_hr2025 *r);
    int (*cb_fp)(void *ctx, const struct sag_afgoerelse_post *p,
                 const struct sag_konsekvens_fp *r);
    void *ctx;
    struct sag_tj_konsekvens_hr hr_sum;
    struct sag_tj_konsekvens_fp fp_sum;
    enum sag_status st;   /* an overflow in a sum stops the run */
    struct sag_buf viste; /* the cases shown, NUL-separated: read-logged */
};

/* Add `b` to the sum `a`, checked. */
static bool
laeg_til(struct sag_penge *a, struct sag_penge b)
{
    struct sag_penge s;

    if (sag_penge_add(*a, b, &s) != SAG_OK)
        return false;
    *a = s;
    return true;
}

/* A case whose amounts the caller is shown: remembered for the read log. */
static void
vist(struct konsekvens *c, const struct sag_afgoerelse_post *p)
{
    if ((c->cb_hr == NULL && c->cb_fp == NULL) || p->sag_id == NULL)
        return;
    sag_buf_add(&c->viste, p->sag_id, strlen(p->sag_id) + 1);
}

static int
konsekvens_cb(void *ctx, const struct sag_afgoerelse_post *p)
{
    struct konsekvens *c = ctx;
    struct sag_arena a;
    struct sag_beregning_input in;
    struct sag_diag d;
    int stop = 0;

    sag_arena_init(&a, 0);
    sag_diag_init(&d);
    if (c->hr)
        c->hr_sum.gennemgaaet++;
    else
        c->fp_sum.gennemgaaet++;
    if (sag_beregning_input_fra_json(p->input, strlen(p->input), &a, &in, &d) !=
        SAG_OK) {
        c->hr_sum.fejl += c->hr;
        c->fp_sum.fejl += !c->hr;
        goto out;
    }
    if (c->hr) {
        struct sag_konsekvens_hr2025 r;

        if (in.tab.grundlag == SAG_GRUNDLAG_17A)
            c->hr_sum.relevante++;
        if (sag_konsekvens_hr2025(c->k->satser, &in, &r, &d) != SAG_OK) {
            c->hr_sum.fejl++;
        } else if (r.beroert) {
            c->hr_sum.beroerte++;
            if ((r.efter.har_beloeb &&
                 !laeg_til(&c->hr_sum.sum_aarlig, r.efter.aarlig)) ||
                (r.efter.har_kapital && r.efter.kapital.oere > 0 &&
                 !laeg_til(&c->hr_sum.sum_kapital, r.efter.kapital)))
                c->st = SAG_EOVERFLOW;
            vist(c, p);
            stop = c->cb_hr ? c->cb_hr(c->ctx, p, &r) : 0;
        }
    } else {
        struct sag_konsekvens_fp r;

        if (sag_konsekvens_folkepension(c->k->satser, &in, c->pr, &r, &d) !=
            SAG_OK) {
            c->fp_sum.fejl++;
        } else if (r.beroert) {
            struct sag_penge alene = { r.kapital_efter.oere -
                                       r.kapital_gl.oere };

            c->fp_sum.beroerte++;
            if (!laeg_til(&c->fp_sum.sum_foer, r.kapital_foer) ||
                !laeg_til(&c->fp_sum.sum_efter, r.kapital_efter) ||
                (r.har_gl && !laeg_til(&c->fp_sum.sum_alene, alene)))
                c->st = SAG_EOVERFLOW;
            c->fp_sum.gl_antal += r.har_gl;
            vist(c, p);
            stop = c->cb_fp ? c->cb_fp(c->ctx, p, &r) : 0;
        }
    }
out:
    sag_arena_release(&a);
    return stop || c->st != SAG_OK;
}

static enum sag_status
konsekvens(struct konsekvens *c, struct sag_diag *d)
{
    enum sag_status st;

    if ((st = sag__tj_adgang(c->k, SAG_HANDLING_RAPPORT, d)) != SAG_OK)
        return st;
    if (c->k->satser == NULL)
        return sag_diag_set(d, SAG_EINTERNAL, "",
                            "satstabellerne er ikke indlæst");
    c->st = SAG_OK;
    sag_buf_init(&c->viste, 0);
    st = sag_store_alle_afgoerelser(rapportlager(c->k), "erhvervsevnetab",
                                    konsekvens_cb, c, d);
    if (st == SAG_OK && c->st != SAG_OK)
        st = sag_diag_set(d, c->st, "", "summen er for stor");
    if (st == SAG_OK && (st = sag_buf_status(&c->viste)) != SAG_OK)
        st = sag_diag_set(d, st, "", "ikke mere hukommelse");
    /* Issue 16, item 6: the amounts per case are case data; each case
     * shown gets its read-log row, all in one transaction. */
    if (st == SAG_OK && c->viste.len > 0) {
        struct sag_hvem hvem = sag__tj_hvem(c->k);
        const char *grund = c->hr ? "konsekvensberegning hoejesteret-2025"
                                  : "konsekvensberegning folkepensionsalder";

        if ((st = sag_store_begynd(c->k->store, d)) == SAG_OK) {
            for (size_t i = 0; st == SAG_OK && i < c->viste.len;
                 i += strlen(c->viste.buf + i) + 1)
                st = sag_store_log_laesning(c->k->store, c->viste.buf + i,
                                            &hvem, grund, d);
            st = sag__tj_afslut(c->k, st, d);
        }
    }
    sag_buf_release(&c->viste);
    return st;
}

enum sag_status
sag_tj_konsekvens_hr2025(const struct sag_tj *k,
                         int (*cb)(void *ctx,
                                   const struct sag_afgoerelse_post *p,
                                   const struct sag_konsekvens_hr2025 *r),
                         void *ctx, struct sag_tj_konsekvens_hr *ud,
                         struct sag_diag *d)
{
    struct konsekvens c;
    enum sag_status st;

    memset(&c, 0, sizeof(c));
    c.k = k;
    c.hr = true;
    c.cb_hr = cb;
    c.ctx = ctx;
    if ((st = konsekvens(&c, d)) == SAG_OK)
        *ud = c.hr_sum;
    return st;
}

enum sag_status
sag_tj_konsekvens_folkepension(const struct sag_tj *k, struct sag_dato pr,
                               int (*cb)(void *ctx,
                                         const struct sag_afgoerelse_post *p,
                                         const struct sag_konsekvens_fp *r),
                               void *ctx, struct sag_tj_konsekvens_fp *ud,
                               struct sag_diag *d)
{
    struct konsekvens c;
    enum sag_status st;

    memset(&c, 0, sizeof(c));
    c.k = k;
    c.pr = pr;
    c.cb_fp = cb;
    c.ctx = ctx;
    if ((st = konsekvens(&c, d)) == SAG_OK)
        *ud = c.fp_sum;
    return st;
}
