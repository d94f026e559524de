/*
 * The server's cache of computed board reports (tjeneste.h,
 * sag_tj_rapportcache_ny): the snapshot of the report's facts, and a few
 * entries, each the figures of one period (or the open cases per team).
 * Reading the report's facts reads every report row of the portfolio
 * (seconds on 1.000.000 cases); the cache decides only when that happens,
 * never what the figures are.
 *
 * A period's figures belong to the snapshot they were computed from (its
 * generation): they are served only with that snapshot, so a figure and
 * the cases behind it (sag_tj_portefolje_sager) always come from the same
 * facts, and a refresh makes every period's figures follow the new facts
 * instead of keeping an older period's until it ages out.
 */
#include "skadesag/tjeneste.h"

#include <pthread.h>
#include <string.h>
#include <time.h>

#include "skadesag/alloc.h"
#include "tjeneste_int.h"

#include "../base/banned.h"

#define MAKS_POSTER 8

enum art { RAPPORT = 1, TEAMTAL = 2, TEAMRAPPORTER = 3 };

struct post {
    enum art art; /* 0: empty */
    struct sag_dato fra, til, pr;
    int prognose_aar;  /* 0: without a prognosis */
    long long alder0;  /* CLOCK_MONOTONIC seconds when computed */
    long long opgjort; /* Unix seconds: TEAMTAL's when computed; the others'
                          when their snapshot was loaded */
    unsigned long gen; /* RAPPORT, TEAMRAPPORTER: the snapshot's */
    struct sag_pf_rapport r, aaret;
    struct sag_tj_teamtal t;
    struct sag__tj_teamrapporter *tr; /* TEAMRAPPORTER's (1 MB: on the heap) */
};

struct sag_tj_rapportcache {
    pthread_mutex_t m;
    long maks_alder;
    struct post p[MAKS_POSTER];
    struct sag__tj_fakta *fakta; /* the snapshot (one reference), or NULL */
    unsigned long gen;           /* the last snapshot's generation */
};

static long long
monoton(void)
{
    struct timespec t;

    (void)clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec;
}

struct sag_tj_rapportcache *
sag_tj_rapportcache_ny(long maks_alder_sek)
{
    struct sag_tj_rapportcache *c = sag_calloc(1, sizeof(*c));

    if (c == NULL)
        return NULL;
    if (pthread_mutex_init(&c->m, NULL) != 0) {
        sag_free(c);
        return NULL;
    }
    c->maks_alder = maks_alder_sek > 0 ? maks_alder_sek : 1;
    return c;
}

void
sag_tj_rapportcache_fri(struct sag_tj_rapportcache *c)
{
    if (c == NULL)
        return;
    for (size_t i = 0; i < MAKS_POSTER; i++)
        sag_free(c->p[i].tr);
    sag__tj_fakta_slip(NULL, c->fakta);
    (void)pthread_mutex_destroy(&c->m);
    sag_free(c);
}

/* prognose_aar -1: with or without a prognosis (the figures are the same;
 * only `aaret` differs). */
static bool
samme(const struct post *p, enum art art, struct sag_dato fra,
      struct sag_dato til, struct sag_dato pr, int prognose_aar)
{
    return p->art == art && p->fra.dage == fra.dage &&
           p->til.dage == til.dage && p->pr.dage == pr.dage &&
           (p->prognose_aar == prognose_aar || prognose_aar < 0);
}

/* The entry for the key, or the one to replace (empty, else the oldest).
 * Under the lock. */
static struct post *
find(struct sag_tj_rapportcache *c, enum art art, struct sag_dato fra,
     struct sag_dato til, struct sag_dato pr, int prognose_aar, bool *fundet)
{
    struct post *ledig = &c->p[0];

    for (size_t i = 0; i < MAKS_POSTER; i++) {
        struct post *p = &c->p[i];

        if (samme(p, art, fra, til, pr, prognose_aar)) {
            *fundet = true;
            return p;
        }
        if (ledig->art != 0 && (p->art == 0 || p->alder0 < ledig->alder0))
            ledig = p;
    }
    *fundet = false;
    return ledig;
}

bool
sag__tj_cache_hent_rapport(struct sag_tj_rapportcache *c,
                           const struct sag__tj_fakta *f, struct sag_dato fra,
                           struct sag_dato til, struct sag_dato pr,
                           int prognose_aar, struct sag_pf_rapport *ud,
                           struct sag_pf_rapport *aaret)
{
    bool frisk = false;

    (void)pthread_mutex_lock(&c->m);
    for (size_t i = 0; i < MAKS_POSTER && !frisk; i++) {
        const struct post *p = &c->p[i];

        if (!samme(p, RAPPORT, fra, til, pr, prognose_aar) || p->gen != f->gen)
            continue;
        *ud = p->r;
        ud->opgjort = p->opgjort;
        if (aaret != NULL)
            *aaret = p->aaret;
        frisk = true;
    }
    (void)pthread_mutex_unlock(&c->m);
    return frisk;
}

void
sag__tj_cache_gem_rapport(struct sag_tj_rapportcache *c,
                          const struct sag__tj_fakta *f, struct sag_dato fra,
                          struct sag_dato til, struct sag_dato pr,
                          int prognose_aar, const struct sag_pf_rapport *r,
                          const struct sag_pf_rapport *aaret)
{
    struct post *p;
    bool fundet;

    (void)pthread_mutex_lock(&c->m);
    /* Figures of a snapshot that a refresh has replaced are served to no
     * one: not kept (they would push out the new snapshot's). */
    if (f->gen != c->gen) {
        (void)pthread_mutex_unlock(&c->m);
        return;
    }
    p = find(c, RAPPORT, fra, til, pr, prognose_aar, &fundet);
    p->art = RAPPORT;
    p->fra = fra;
    p->til = til;
    p->pr = pr;
    p->prognose_aar = prognose_aar;
    p->alder0 = monoton();
    p->opgjort = f->opgjort;
    p->gen = f->gen;
    p->r = *r;
    if (aaret != NULL)
        p->aaret = *aaret;
    (void)pthread_mutex_unlock(&c->m);
}

/* The team counts are keyed by the day they count overdue tasks on. */
static const struct sag_dato ingen = { 0 };

bool
sag__tj_cache_hent_teamtal(struct sag_tj_rapportcache *c, struct sag_dato idag,
                           struct sag_tj_teamtal *ud)
{
    struct post *p;
    bool fundet, frisk = false;

    (void)pthread_mutex_lock(&c->m);
    p = find(c, TEAMTAL, ingen, ingen, idag, 0, &fundet);
    if (fundet && monoton() - p->alder0 < c->maks_alder) {
        *ud = p->t;
        ud->opgjort = p->opgjort;
        frisk = true;
    }
    (void)pthread_mutex_unlock(&c->m);
    return frisk;
}

void
sag__tj_cache_gem_teamtal(struct sag_tj_rapportcache *c, struct sag_dato idag,
                          const struct sag_tj_teamtal *t)
{
    struct post *p;
    bool fundet;

    (void)pthread_mutex_lock(&c->m);
    p = find(c, TEAMTAL, ingen, ingen, idag, 0, &fundet);
    p->art = TEAMTAL;
    p->fra = p->til = ingen;
    p->pr = idag;
    p->prognose_aar = 0;
    p->alder0 = monoton();
    p->opgjort = (long long)time(NULL);
    p->t = *t;
    (void)pthread_mutex_unlock(&c->m);
}

bool
sag__tj_cache_hent_teamrapporter(struct sag_tj_rapportcache *c,
                                 const struct sag__tj_fakta *f,
                                 struct sag_dato fra, struct sag_dato til,
                                 struct sag_dato pr,
                                 struct sag__tj_teamrapporter *ud)
{
    struct post *p;
    bool fundet, frisk = false;

    (void)pthread_mutex_lock(&c->m);
    p = find(c, TEAMRAPPORTER, fra, til, pr, 0, &fundet);
    if (fundet && p->tr != NULL && p->gen == f->gen) {
        *ud = *p->tr;
        for (size_t i = 0; i < ud->n; i++)
            ud->r[i].opgjort = p->opgjort;
        frisk = true;
    }
    (void)pthread_mutex_unlock(&c->m);
    return frisk;
}

void
sag__tj_cache_gem_teamrapporter(struct sag_tj_rapportcache *c,
                                const struct sag__tj_fakta *f,
                                struct sag_dato fra, struct sag_dato til,
                                struct sag_dato pr,
                                const struct sag__tj_teamrapporter *t)
{
    struct sag__tj_teamrapporter *kopi = sag_malloc(sizeof(*kopi));
    struct post *p;
    bool fundet;

    if (kopi == NULL)
        return; /* not cached: computed again next time */
    *kopi = *t;
    (void)pthread_mutex_lock(&c->m);
    if (f->gen != c->gen) { /* as in sag__tj_cache_gem_rapport */
        (void)pthread_mutex_unlock(&c->m);
        sag_free(kopi);
        return;
    }
    p = find(c, TEAMRAPPORTER, fra, til, pr, 0, &fundet);
    sag_free(p->tr);
    p->tr = kopi;
    p->art = TEAMRAPPORTER;
    p->fra = fra;
    p->til = til;
    p->pr = pr;
    p->prognose_aar = 0;
    p->alder0 = monoton();
    p->opgjort = f->opgjort;
    p->gen = f->gen;
    (void)pthread_mutex_unlock(&c->m);
}

static void
fakta_fri(struct sag__tj_fakta *f)
{
    sag_arena_release(&f->a);
    sag_free(f);
}

struct sag__tj_fakta *
sag__tj_cache_hent_fakta(struct sag_tj_rapportcache *c)
{
    struct sag__tj_fakta *f = NULL;

    (void)pthread_mutex_lock(&c->m);
    if (c->fakta != NULL && monoton() - c->fakta->alder0 < c->maks_alder) {
        f = c->fakta;
        f->ref++;
    }
    (void)pthread_mutex_unlock(&c->m);
    return f;
}

void
sag__tj_cache_gem_fakta(struct sag_tj_rapportcache *c, struct sag__tj_fakta *f)
{
    struct sag__tj_fakta *gl;

    f->alder0 = monoton();
    f->opgjort = (long long)time(NULL);
    (void)pthread_mutex_lock(&c->m);
    f->gen = ++c->gen;
    gl = c->fakta;
    c->fakta = f;
    (void)pthread_mutex_unlock(&c->m);
    sag__tj_fakta_slip(c, gl);
}

void
sag__tj_fakta_slip(struct sag_tj_rapportcache *c, struct sag__tj_fakta *f)
{
    bool sidst;

    if (f == NULL)
        return;
    if (c == NULL) {
        sidst = --f->ref == 0;
    } else {
        (void)pthread_mutex_lock(&c->m);
        sidst = --f->ref == 0;
        (void)pthread_mutex_unlock(&c->m);
    }
    /* Outside the lock: releasing a million cases' facts takes a while. */
    if (sidst)
        fakta_fri(f);
}
