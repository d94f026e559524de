/*
 * The board's portfolio figures (see portefolje.h for the definitions and
 * sources). One pass over the cases, deadlines, decisions and appeals;
 * integers only.
 */
#include "skadesag/portefolje.h"

#include <stdio.h>
#include <string.h>

#include "skadesag/parse.h"

#include "../base/banned.h"

long
sag_pf_maaneder_tiendedele(int64_t sum_dage, long antal)
{
    /* months = days * 12 / 365,25 = days * 48 / 1461; tenths: * 480. */
    int64_t t, n;

    if (antal <= 0)
        return -1;
    t = sum_dage * 480;
    n = (int64_t)1461 * antal;
    return (long)((2 * t + n) / (2 * n));
}

long
sag_pf_promille(long a, long b)
{
    if (b <= 0)
        return -1;
    return (long)((2000 * (int64_t)a + b) / (2 * (int64_t)b));
}

long
sag_pf_stadfaestelse(const struct sag_pf_klage_aar *k, bool med_hjemviste)
{
    return sag_pf_promille(k->stadfaestet,
                           k->stadfaestet + k->aendret +
                               (med_hjemviste ? k->hjemvist : 0));
}

static const char *const aldersgrupper[SAG_PF_ALDERSGRUPPER] = {
    "under 3 mdr.", "3-6 mdr.", "6-12 mdr.", "1-2 år", "2-3 år", "over 3 år",
};

const char *
sag_pf_aldersgruppe_tekst(size_t i)
{
    return i < SAG_PF_ALDERSGRUPPER ? aldersgrupper[i] : "";
}

void
sag_pf_fristlinje_tekst(const struct sag_pf_frist_linje *l, char *ud, size_t n)
{
    const char *lov =
        l->regime == SAG_FRISTREGIME_GL_LOV ? "gl. lov" : "ny lov";

    switch (l->art) {
    case SAG_PF_FRIST_ANERKENDELSE:
        if (l->type == SAG_SAGSTYPE_ERHVERVSSYGDOM)
            (void)snprintf(
                ud, n, "6 måneders frist %serhvervssygdomme (%s)",
                l->regime == SAG_FRISTREGIME_GL_LOV ? "på afviste " : "", lov);
        else
            (void)snprintf(ud, n, "3 måneders frist %sulykker (%s)",
                           l->regime == SAG_FRISTREGIME_GL_LOV
                               ? "for afviste arbejds"
                               : "",
                           lov);
        return;
    case SAG_PF_FRIST_AFGOERELSE:
        (void)snprintf(ud, n, "1 års frist for arbejdsskadesager (%s)", lov);
        return;
    case SAG_PF_FRIST_AFGOERELSE_ESU:
        (void)snprintf(ud, n, "2 års frist, Erhvervssygdomsudvalget (%s)", lov);
        return;
    }
    (void)snprintf(ud, n, "?");
}

/* Month index (0 = the period's first month) of a date. */
static long
maaned_nr(struct sag_dato d, int aar0, int md0)
{
    int a, m, dd;

    sag_dato_ymd(d, &a, &m, &dd);
    return (long)(a - aar0) * 12 + (m - md0);
}

/* Whole months from `fra` to `til` (til >= fra). */
static int
hele_maaneder(struct sag_dato fra, struct sag_dato til)
{
    int a1, m1, d1, a2, m2, d2, n;

    sag_dato_ymd(fra, &a1, &m1, &d1);
    sag_dato_ymd(til, &a2, &m2, &d2);
    n = (a2 - a1) * 12 + (m2 - m1);
    if (d2 < d1)
        n--;
    return n < 0 ? 0 : n;
}

static size_t
aldersgruppe(int maaneder)
{
    if (maaneder < 3)
        return 0;
    if (maaneder < 6)
        return 1;
    if (maaneder < 12)
        return 2;
    if (maaneder < 24)
        return 3;
    if (maaneder < 36)
        return 4;
    return 5;
}

static bool
i_periode(struct sag_dato d, struct sag_dato fra, struct sag_dato til)
{
    return d.dage >= fra.dage && d.dage <= til.dage;
}

static bool
foerstegang(enum sag_gruppe g)
{
    return g == SAG_GRUPPE_FOERSTEGANG_UDEN_TAB ||
           g == SAG_GRUPPE_FOERSTEGANG_MED_TAB;
}

/* The deadline lines in the reports' order: each deadline under old, then
 * new law. */
static const struct {
    enum sag_pf_fristart art;
    enum sag_sagstype type;
} fristarter[SAG_PF_FRISTLINJER / 2] = {
    { SAG_PF_FRIST_ANERKENDELSE, SAG_SAGSTYPE_ULYKKE },
    { SAG_PF_FRIST_ANERKENDELSE, SAG_SAGSTYPE_ERHVERVSSYGDOM },
    { SAG_PF_FRIST_AFGOERELSE, 0 },
    { SAG_PF_FRIST_AFGOERELSE_ESU, 0 },
};

static void
fristlinjer_init(struct sag_pf_rapport *r)
{
    r->antal_fristlinjer = 0;
    for (size_t i = 0; i < SAG_PF_FRISTLINJER / 2; i++)
        for (int gl = 1; gl >= 0; gl--) {
            struct sag_pf_frist_linje *l = &r->frister[r->antal_fristlinjer++];

            l->art = fristarter[i].art;
            l->type = fristarter[i].type;
            l->regime = gl ? SAG_FRISTREGIME_GL_LOV : SAG_FRISTREGIME_NY_LOV;
            l->opfyldt = l->i_alt = 0;
        }
}

void
sag_pf_fristlinje_nr(size_t i, struct sag_pf_frist_linje *ud)
{
    i %= SAG_PF_FRISTLINJER;
    memset(ud, 0, sizeof(*ud));
    ud->art = fristarter[i / 2].art;
    ud->type = fristarter[i / 2].type;
    ud->regime = i % 2 == 0 ? SAG_FRISTREGIME_GL_LOV : SAG_FRISTREGIME_NY_LOV;
}

/* The period as the figures see it: its months, each seen at its end or
 * on the as-of date if that is earlier. */
struct periode {
    struct sag_dato fra, til, pr;
    int aar0, md0, aar1;
    long nm;
    struct sag_dato slut[SAG_PF_MAKS_MAANEDER];
};

static enum sag_status
periode_init(struct periode *p, struct sag_dato fra, struct sag_dato til,
             struct sag_dato pr, struct sag_diag *diag)
{
    int dd, md1;

    if (til.dage < fra.dage)
        return sag_diag_set(diag, SAG_EINVAL, "/til",
                            "perioden slutter før den begynder");
    sag_dato_ymd(fra, &p->aar0, &p->md0, &dd);
    sag_dato_ymd(til, &p->aar1, &md1, &dd);
    p->nm = (long)(p->aar1 - p->aar0) * 12 + (md1 - p->md0) + 1;
    if (p->nm > SAG_PF_MAKS_MAANEDER)
        return sag_diag_set(diag, SAG_EINVAL, "/til",
                            "perioden er længere end %d måneder",
                            SAG_PF_MAKS_MAANEDER);
    if (p->aar1 - p->aar0 + 1 > SAG_PF_MAKS_AAR)
        return sag_diag_set(diag, SAG_EINVAL, "/til", "perioden er for lang");
    p->fra = fra;
    p->til = til;
    p->pr = pr;
    for (long m = 0; m < p->nm; m++) {
        struct sag_dato f;
        int a = p->aar0 + (int)((p->md0 - 1 + m) / 12);
        int md = (int)((p->md0 - 1 + m) % 12) + 1;

        (void)sag_dato_fra_ymd(a, md, 1, &f);
        p->slut[m] = sag_dato_sidste_i_maaned(f);
        /* A month not yet over on the as-of date is seen as of that date. */
        if (p->slut[m].dage > pr.dage)
            p->slut[m] = pr;
    }
    return SAG_OK;
}

/* The facts' own string for the team named `team`: the store interns the
 * names (every fact of a team shares one string), so the facts are then
 * matched by pointer. `team` itself if no case has it (then nothing
 * matches); NULL for NULL. */
static const char *
holdnavn(const struct sag_pf_data *data, const char *team)
{
    const char *forrige = NULL;

    if (team == NULL)
        return NULL;
    for (size_t i = 0; i < data->antal_sager; i++) {
        const char *t = data->sager[i].team;

        if (t == NULL || t == forrige)
            continue;
        if (t == team || strcmp(t, team) == 0)
            return t;
        forrige = t;
    }
    return team;
}

static bool
paa_hold(const char *t, const char *team)
{
    return team == NULL || t == team;
}

/* ---- one predicate per figure ----
 *
 * Each kind of fact is classified once against the period: which figures
 * it counts in. The count adds up the classes; the list of the facts
 * behind a figure asks the same class whether the fact is in it, so the two
 * cannot disagree. */

/* The first month from `fra` on whose end (as seen) is on or after `d`;
 * p->nm if none. The ends never decrease. */
static long
foerste_slut(const struct periode *p, long fra, struct sag_dato d)
{
    long lo = fra, hi = p->nm;

    while (lo < hi) {
        long m = lo + (hi - lo) / 2;

        if (p->slut[m].dage >= d.dage)
            hi = m;
        else
            lo = m + 1;
    }
    return lo;
}

/* ---- a case's place in the figures, one predicate each ----
 *
 * The count asks all of them of every case (sag_klasse); the list of the
 * facts behind one figure asks only that figure's (sag_bag), which keeps a
 * drill-down over a million cases cheap. */

static bool
sag_synlig(const struct periode *p, const struct sag_pf_sag *s)
{
    return s->oprettet.dage <= p->pr.dage;
}

/* Closed on or before the as-of date (so not pending then). */
static bool
sag_lukket(const struct periode *p, const struct sag_pf_sag *s)
{
    return s->har_afsluttet && s->afsluttet.dage <= p->pr.dage;
}

/* The month of the period it came in (0-based), -1: not in the period. */
static long
sag_tilgang_md(const struct periode *p, const struct sag_pf_sag *s)
{
    return i_periode(s->oprettet, p->fra, p->til)
               ? maaned_nr(s->oprettet, p->aar0, p->md0)
               : -1;
}

/* The month of the period it was closed in, -1: not closed in it. */
static long
sag_afsluttet_md(const struct periode *p, const struct sag_pf_sag *s)
{
    return sag_lukket(p, s) && i_periode(s->afsluttet, p->fra, p->til)
               ? maaned_nr(s->afsluttet, p->aar0, p->md0)
               : -1;
}

/* Processing time, if closed: from the clock start, never negative. */
static int64_t
sag_dage(const struct sag_pf_sag *s)
{
    int64_t dage = s->afsluttet.dage - s->start.dage;

    return dage < 0 ? 0 : dage;
}

/* When it is 2 years old. */
static struct sag_dato
sag_to_aar(const struct sag_pf_sag *s)
{
    struct sag_dato to_aar;

    if (sag_dato_plus_aar(s->start, 2, SAG_MAANED_FOERSTE_EFTER, &to_aar) !=
        SAG_OK)
        to_aar.dage = INT32_MAX;
    return to_aar;
}

/* The months [*fra, *til) at whose end (as seen) it is pending: from the
 * first month that ends on or after the creation to the first that ends
 * on or after the closing. The months' ends never decrease, so both are
 * found by bisection. */
static void
sag_vers_md(const struct periode *p, const struct sag_pf_sag *s, long *fra,
            long *til)
{
    long m0 = s->oprettet.dage < p->fra.dage
                  ? 0
                  : maaned_nr(s->oprettet, p->aar0, p->md0);

    if (m0 > p->nm)
        m0 = p->nm;
    *fra = foerste_slut(p, m0, s->oprettet);
    *til = sag_lukket(p, s) ? foerste_slut(p, *fra, s->afsluttet) : p->nm;
}

/* Its age band on the as-of date. */
static size_t
sag_alder(const struct periode *p, const struct sag_pf_sag *s)
{
    return aldersgruppe(
        s->start.dage <= p->pr.dage ? hele_maaneder(s->start, p->pr) : 0);
}

/* All of them, for the count. Month indices are 0-based; -1: none. */
struct sagsklasse {
    bool synlig; /* created on or before the as-of date */
    long tilgang_md, afsluttet_md;
    long vers_fra, vers_til;     /* pending at the end of months [fra, til) */
    long over2_fra;              /* over 2 years from this month on */
    bool verserende, over_2_aar; /* on the as-of date */
    size_t alder;                /* its age band then */
};

static void
sag_klasse(const struct periode *p, const struct sag_pf_sag *s,
           struct sagsklasse *k)
{
    struct sag_dato to_aar;

    memset(k, 0, sizeof(*k));
    k->tilgang_md = k->afsluttet_md = -1;
    if (!sag_synlig(p, s))
        return;
    k->synlig = true;
    to_aar = sag_to_aar(s);
    k->tilgang_md = sag_tilgang_md(p, s);
    k->afsluttet_md = sag_afsluttet_md(p, s);
    sag_vers_md(p, s, &k->vers_fra, &k->vers_til);
    /* The months over 2 years are a tail of the pending ones. */
    k->over2_fra = foerste_slut(p, k->vers_fra, to_aar);
    if (!sag_lukket(p, s)) {
        k->verserende = true;
        k->alder = sag_alder(p, s);
        k->over_2_aar = p->pr.dage >= to_aar.dage;
    }
}

/* A deadline's line (an index of r->frister; -1: not counted in the
 * period) and whether it was met. */
static long
frist_klasse(const struct periode *p, const struct sag_pf_frist *f,
             bool *opfyldt)
{
    bool betinget = f->regime == SAG_FRISTREGIME_GL_LOV &&
                    f->art == SAG_PF_FRIST_ANERKENDELSE;
    bool rettidigt = f->har_afgjort && f->afgjort.dage <= f->forfald.dage;
    enum sag_sagstype type = f->art == SAG_PF_FRIST_ANERKENDELSE ? f->type : 0;
    struct sag_dato kendt;

    *opfyldt = rettidigt;
    if (!f->taeller || f->regime == SAG_FRISTREGIME_REFORM)
        return -1;
    if (betinget) {
        /* Counts only once the case is rejected, then met or not. */
        if (!f->har_afgjort)
            return -1;
        kendt = f->afgjort;
    } else {
        kendt = rettidigt ? f->afgjort : f->forfald;
    }
    if (kendt.dage > p->pr.dage || !i_periode(kendt, p->fra, p->til))
        return -1;
    for (size_t i = 0; i < SAG_PF_FRISTLINJER / 2; i++)
        if (fristarter[i].art == f->art && fristarter[i].type == type)
            return (long)(2 * i) +
                   (f->regime == SAG_FRISTREGIME_GL_LOV ? 0 : 1);
    return -1;
}

/* A decision: the index of its year among the appeal years (-1: outside),
 * and whether it was made in the period. */
static long
afgoerelse_klasse(const struct periode *p, const struct sag_pf_afgoerelse *a,
                  bool *i_perioden)
{
    int y, m, d;

    *i_perioden = false;
    if (a->dato.dage > p->pr.dage)
        return -1;
    *i_perioden = i_periode(a->dato, p->fra, p->til);
    sag_dato_ymd(a->dato, &y, &m, &d);
    return y >= p->aar0 && y <= p->aar1 ? y - p->aar0 : -1;
}

/* An appeal: the index of its decision's year (-1: not counted) and the
 * column it counts in besides "klager". */
static long
klage_klasse(const struct periode *p, const struct sag_pf_klage *k,
             enum sag_pf_tal_art *udfald)
{
    bool afgjort = k->har_afgjort && k->afgjort.dage <= p->pr.dage;
    int y, m, d;

    *udfald = SAG_PF_TAL_KLAGE_VERSERER;
    if (k->modtaget.dage > p->pr.dage)
        return -1;
    sag_dato_ymd(k->afgoerelse_dato, &y, &m, &d);
    if (y < p->aar0 || y > p->aar1)
        return -1;
    if (!afgjort) {
        *udfald = SAG_PF_TAL_KLAGE_VERSERER;
    } else if (k->status == SAG_KLAGE_AENDRET) {
        *udfald = SAG_PF_TAL_AENDRET_AES;
    } else {
        switch (k->udfald) {
        case SAG_UDFALD_STADFAESTET: *udfald = SAG_PF_TAL_STADFAESTET; break;
        case SAG_UDFALD_AENDRET: *udfald = SAG_PF_TAL_AENDRET; break;
        case SAG_UDFALD_HJEMVIST: *udfald = SAG_PF_TAL_HJEMVIST; break;
        case SAG_UDFALD_AFVIST:
        /* The appeal's own point not reviewed: the appeal was not taken
         * up, counted with the rejected (docs/rules_map.md Q-39). */
        case SAG_UDFALD_IKKE_BEHANDLET: *udfald = SAG_PF_TAL_AFVIST; break;
        case SAG_UDFALD_INGEN:
        case SAG_UDFALD_FASTHOLDT: *udfald = SAG_PF_TAL_KLAGE_VERSERER; break;
        }
    }
    return y - p->aar0;
}

static long *
klage_felt(struct sag_pf_klage_aar *ka, enum sag_pf_tal_art udfald)
{
    switch (udfald) {
    case SAG_PF_TAL_STADFAESTET: return &ka->stadfaestet;
    case SAG_PF_TAL_AENDRET: return &ka->aendret;
    case SAG_PF_TAL_HJEMVIST: return &ka->hjemvist;
    case SAG_PF_TAL_AFVIST: return &ka->afvist;
    case SAG_PF_TAL_AENDRET_AES: return &ka->aendret_ved_genvurdering;
    default: return &ka->verserende;
    }
}

static void
tid_laeg_til(struct sag_pf_behandlingstid *t, int64_t dage)
{
    t->antal++;
    t->sum_dage += dage;
}

/* The report a fact counts in: the one of its team among `hold` (the
 * facts' own strings, so compared by pointer), or with `alle` the only
 * one; -1: none. */
static long
hold_nr(const char *t, const char *const *hold, size_t n, bool alle)
{
    if (alle)
        return 0;
    for (size_t j = 0; j < n; j++)
        if (t == hold[j])
            return (long)j;
    return -1;
}

/* The figures of the period into ra[0..n): with `alle` every fact into
 * ra[0], else each team's facts (hold[j], resolved by holdnavn) into
 * ra[j], in one pass over the facts. */
static enum sag_status
beregn(const struct sag_pf_data *data, const char *const *hold, size_t n,
       bool alle, struct sag_dato fra, struct sag_dato til, struct sag_dato pr,
       struct sag_pf_rapport *ra, struct sag_diag *diag)
{
    struct periode per, *p = &per;
    enum sag_status st;

    if ((st = periode_init(p, fra, til, pr, diag)) != SAG_OK)
        return st;
    for (size_t j = 0; j < n; j++) {
        struct sag_pf_rapport *r = &ra[j];

        memset(r, 0, sizeof(*r));
        r->fra = fra;
        r->til = til;
        r->pr = pr;
        r->antal_maaneder = (size_t)p->nm;
        for (long m = 0; m < p->nm; m++) {
            r->maaneder[m].aar = p->aar0 + (int)((p->md0 - 1 + m) / 12);
            r->maaneder[m].maaned = (int)((p->md0 - 1 + m) % 12) + 1;
        }
        fristlinjer_init(r);
        r->antal_klageaar = (size_t)(p->aar1 - p->aar0 + 1);
        for (size_t i = 0; i < r->antal_klageaar; i++)
            r->klager[i].aar = p->aar0 + (int)i;
    }

    for (size_t i = 0; i < data->antal_sager; i++) {
        const struct sag_pf_sag *s = &data->sager[i];
        struct sagsklasse k;
        struct sag_pf_rapport *r;
        long j = hold_nr(s->team, hold, n, alle);

        if (j < 0)
            continue;
        r = &ra[j];
        sag_klasse(p, s, &k);
        if (!k.synlig)
            continue;
        if (k.tilgang_md >= 0) {
            r->tilgang++;
            r->maaneder[k.tilgang_md].tilgang++;
        }
        if (k.afsluttet_md >= 0) {
            int64_t dage = sag_dage(s);

            r->afsluttet++;
            r->maaneder[k.afsluttet_md].afsluttet++;
            tid_laeg_til(&r->tid[s->gruppe], dage);
            tid_laeg_til(&r->tid[SAG_PF_RAEKKE_ALLE], dage);
            if (sag_gruppe_er_a_sag(s->gruppe))
                tid_laeg_til(&r->tid[SAG_PF_RAEKKE_A_SAGER], dage);
        }
        for (long m = k.vers_fra; m < k.vers_til; m++) {
            struct sag_pf_maaned *mm = &r->maaneder[m];

            mm->verserende++;
            if (foerstegang(s->gruppe)) {
                mm->verserende_foerstegang++;
                mm->alder_foerstegang_sum_dage +=
                    p->slut[m].dage - s->start.dage;
            }
            if (m >= k.over2_fra)
                mm->over_2_aar++;
        }
        if (k.verserende) {
            r->verserende++;
            r->alder[k.alder]++;
            if (foerstegang(s->gruppe)) {
                r->verserende_foerstegang++;
                r->alder_foerstegang_sum_dage += pr.dage - s->start.dage;
            }
            if (k.over_2_aar)
                r->over_2_aar++;
        }
    }

    for (size_t i = 0; i < data->antal_frister; i++) {
        const struct sag_pf_frist *f = &data->frister[i];
        bool opfyldt;
        long l, j = hold_nr(f->team, hold, n, alle);

        if (j < 0 || (l = frist_klasse(p, f, &opfyldt)) < 0)
            continue;
        ra[j].frister[l].i_alt++;
        if (opfyldt)
            ra[j].frister[l].opfyldt++;
    }

    for (size_t i = 0; i < data->antal_afgoerelser; i++) {
        const struct sag_pf_afgoerelse *a = &data->afgoerelser[i];
        bool i_perioden;
        long y, j = hold_nr(a->team, hold, n, alle);

        if (j < 0)
            continue;
        y = afgoerelse_klasse(p, a, &i_perioden);
        if (y >= 0)
            ra[j].klager[y].afgoerelser++;
        if (i_perioden)
            ra[j].afgoerelser_fase[a->fase <= SAG_FASE_ERHVERVSEVNETAB ? a->fase
                                                                       : 0]++;
    }
    for (size_t i = 0; i < data->antal_klager; i++) {
        const struct sag_pf_klage *k = &data->klager[i];
        enum sag_pf_tal_art udfald;
        long y, j = hold_nr(k->team, hold, n, alle);

        if (j < 0 || (y = klage_klasse(p, k, &udfald)) < 0)
            continue;
        ra[j].klager[y].klager++;
        (*klage_felt(&ra[j].klager[y], udfald))++;
    }
    return SAG_OK;
}

enum sag_status
sag_portefolje_beregn_team(const struct sag_pf_data *data, const char *team,
                           struct sag_dato fra, struct sag_dato til,
                           struct sag_dato pr, struct sag_pf_rapport *r,
                           struct sag_diag *diag)
{
    const char *hold = holdnavn(data, team);

    return beregn(data, &hold, 1, team == NULL, fra, til, pr, r, diag);
}

enum sag_status
sag_portefolje_beregn_teams(const struct sag_pf_data *data,
                            const char *const *teams, size_t n,
                            struct sag_dato fra, struct sag_dato til,
                            struct sag_dato pr, struct sag_pf_rapport *r,
                            struct sag_diag *diag)
{
    const char *hold[SAG_PF_MAKS_TEAMS];

    if (n > SAG_PF_MAKS_TEAMS)
        return sag_diag_set(diag, SAG_EINVAL, "/team", "flere end %d hold",
                            SAG_PF_MAKS_TEAMS);
    for (size_t j = 0; j < n; j++)
        hold[j] = holdnavn(data, teams[j]);
    return beregn(data, hold, n, false, fra, til, pr, r, diag);
}

enum sag_status
sag_portefolje_beregn(const struct sag_pf_data *data, struct sag_dato fra,
                      struct sag_dato til, struct sag_dato pr,
                      struct sag_pf_rapport *r, struct sag_diag *diag)
{
    return sag_portefolje_beregn_team(data, NULL, fra, til, pr, r, diag);
}

/* ---- the facts behind a figure ---- */

static const char *const talnavne[SAG_PF_TAL_ANTAL_ARTER + 1] = {
    [SAG_PF_TAL_TILGANG] = "tilgang",
    [SAG_PF_TAL_AFSLUTTET] = "afsluttet",
    [SAG_PF_TAL_VERSERENDE] = "verserende",
    [SAG_PF_TAL_OVER_2_AAR] = "over-2-aar",
    [SAG_PF_TAL_ALDER] = "alder",
    [SAG_PF_TAL_BEHANDLINGSTID] = "behandlingstid",
    [SAG_PF_TAL_FRIST_OPFYLDT] = "frist-opfyldt",
    [SAG_PF_TAL_FRIST_I_ALT] = "frist-i-alt",
    [SAG_PF_TAL_AFGOERELSER_FASE] = "afgoerelser-fase",
    [SAG_PF_TAL_AFGOERELSER_AAR] = "afgoerelser-aar",
    [SAG_PF_TAL_KLAGER] = "klager",
    [SAG_PF_TAL_STADFAESTET] = "stadfaestet",
    [SAG_PF_TAL_AENDRET] = "aendret",
    [SAG_PF_TAL_HJEMVIST] = "hjemvist",
    [SAG_PF_TAL_AFVIST] = "afvist",
    [SAG_PF_TAL_AENDRET_AES] = "aendret-af-aes",
    [SAG_PF_TAL_KLAGE_VERSERER] = "klage-verserer",
};

void
sag_pf_tal_navn(const struct sag_pf_tal *t, char *ud, size_t n)
{
    const char *navn =
        t->art >= SAG_PF_TAL_TILGANG && t->art <= SAG_PF_TAL_KLAGE_VERSERER
            ? talnavne[t->art]
            : "?";

    (void)snprintf(ud, n, "%s.%d", navn, t->i);
}

enum sag_status
sag_pf_tal_laes(const char *s, struct sag_pf_tal *ud)
{
    const char *punkt = s != NULL ? strchr(s, '.') : NULL;
    int64_t i;

    if (punkt == NULL || sag_parse_i64(punkt + 1, 0, 9999, &i) != SAG_OK)
        return SAG_EINVAL;
    for (int a = SAG_PF_TAL_TILGANG; a <= SAG_PF_TAL_KLAGE_VERSERER; a++)
        if (strlen(talnavne[a]) == (size_t)(punkt - s) &&
            strncmp(talnavne[a], s, (size_t)(punkt - s)) == 0) {
            ud->art = (enum sag_pf_tal_art)a;
            ud->i = (int)i;
            return SAG_OK;
        }
    return SAG_EINVAL;
}

/* The year's row of the appeal figures; NULL outside the period. */
static const struct sag_pf_klage_aar *
klageaar(const struct sag_pf_rapport *r, int aar)
{
    for (size_t i = 0; i < r->antal_klageaar; i++)
        if (r->klager[i].aar == aar)
            return &r->klager[i];
    return NULL;
}

long
sag_pf_tal_vaerdi(const struct sag_pf_rapport *r, const struct sag_pf_tal *t)
{
    const struct sag_pf_maaned *m =
        t->i >= 1 && (size_t)t->i <= r->antal_maaneder ? &r->maaneder[t->i - 1]
                                                       : NULL;
    const struct sag_pf_klage_aar *k = klageaar(r, t->i);

    switch (t->art) {
    case SAG_PF_TAL_TILGANG:
        return t->i == 0 ? r->tilgang : m ? m->tilgang : -1;
    case SAG_PF_TAL_AFSLUTTET:
        return t->i == 0 ? r->afsluttet : m ? m->afsluttet : -1;
    case SAG_PF_TAL_VERSERENDE:
        return t->i == 0 ? r->verserende : m ? m->verserende : -1;
    case SAG_PF_TAL_OVER_2_AAR:
        return t->i == 0 ? r->over_2_aar : m ? m->over_2_aar : -1;
    case SAG_PF_TAL_ALDER:
        return t->i < SAG_PF_ALDERSGRUPPER ? r->alder[t->i] : -1;
    case SAG_PF_TAL_BEHANDLINGSTID:
        return t->i <= SAG_PF_RAEKKE_ALLE ? r->tid[t->i].antal : -1;
    case SAG_PF_TAL_FRIST_OPFYLDT:
        return (size_t)t->i < r->antal_fristlinjer ? r->frister[t->i].opfyldt
                                                   : -1;
    case SAG_PF_TAL_FRIST_I_ALT:
        return (size_t)t->i < r->antal_fristlinjer ? r->frister[t->i].i_alt
                                                   : -1;
    case SAG_PF_TAL_AFGOERELSER_FASE:
        return t->i <= SAG_FASE_ERHVERVSEVNETAB ? r->afgoerelser_fase[t->i]
                                                : -1;
    case SAG_PF_TAL_AFGOERELSER_AAR: return k ? k->afgoerelser : -1;
    case SAG_PF_TAL_KLAGER: return k ? k->klager : -1;
    case SAG_PF_TAL_STADFAESTET: return k ? k->stadfaestet : -1;
    case SAG_PF_TAL_AENDRET: return k ? k->aendret : -1;
    case SAG_PF_TAL_HJEMVIST: return k ? k->hjemvist : -1;
    case SAG_PF_TAL_AFVIST: return k ? k->afvist : -1;
    case SAG_PF_TAL_AENDRET_AES: return k ? k->aendret_ved_genvurdering : -1;
    case SAG_PF_TAL_KLAGE_VERSERER: return k ? k->verserende : -1;
    }
    return -1;
}

/* Is the case behind the figure? The count's predicates, asked one by
 * one. */
static bool
sag_bag(const struct periode *p, const struct sag_pf_sag *s,
        const struct sag_pf_tal *t)
{
    long m = t->i - 1, fra, til;

    if (!sag_synlig(p, s))
        return false;
    switch (t->art) {
    case SAG_PF_TAL_TILGANG:
        return t->i == 0 ? sag_tilgang_md(p, s) >= 0
                         : sag_tilgang_md(p, s) == m;
    case SAG_PF_TAL_AFSLUTTET:
        return t->i == 0 ? sag_afsluttet_md(p, s) >= 0
                         : sag_afsluttet_md(p, s) == m;
    case SAG_PF_TAL_VERSERENDE:
        if (t->i == 0)
            return !sag_lukket(p, s);
        sag_vers_md(p, s, &fra, &til);
        return m >= fra && m < til;
    case SAG_PF_TAL_OVER_2_AAR:
        if (t->i == 0)
            return !sag_lukket(p, s) && p->pr.dage >= sag_to_aar(s).dage;
        sag_vers_md(p, s, &fra, &til);
        return m >= fra && m < til && m >= foerste_slut(p, fra, sag_to_aar(s));
    case SAG_PF_TAL_ALDER:
        return !sag_lukket(p, s) && sag_alder(p, s) == (size_t)t->i;
    case SAG_PF_TAL_BEHANDLINGSTID:
        return (t->i == SAG_PF_RAEKKE_ALLE ||
                (t->i == SAG_PF_RAEKKE_A_SAGER ? sag_gruppe_er_a_sag(s->gruppe)
                                               : (int)s->gruppe == t->i)) &&
               sag_afsluttet_md(p, s) >= 0;
    default: return false;
    }
}

enum sag_status
sag_portefolje_sager(const struct sag_pf_data *data, const char *team,
                     struct sag_dato fra, struct sag_dato til,
                     struct sag_dato pr, const struct sag_pf_tal *t,
                     int (*cb)(void *ctx, const char *sag_id,
                               struct sag_dato dato),
                     void *ctx, struct sag_diag *diag)
{
    struct periode per, *p = &per;
    enum sag_status st;
    int aar = t->i;

    if ((st = periode_init(p, fra, til, pr, diag)) != SAG_OK)
        return st;
    team = holdnavn(data, team);
    /* A figure the report has not: refused, as the count would be -1. */
    if (t->art < SAG_PF_TAL_TILGANG || t->art > SAG_PF_TAL_KLAGE_VERSERER ||
        t->i < 0 || ((t->art <= SAG_PF_TAL_OVER_2_AAR) && t->i > p->nm) ||
        (t->art == SAG_PF_TAL_ALDER && t->i >= SAG_PF_ALDERSGRUPPER) ||
        (t->art == SAG_PF_TAL_BEHANDLINGSTID && t->i > SAG_PF_RAEKKE_ALLE) ||
        ((t->art == SAG_PF_TAL_FRIST_OPFYLDT ||
          t->art == SAG_PF_TAL_FRIST_I_ALT) &&
         t->i >= SAG_PF_FRISTLINJER) ||
        (t->art == SAG_PF_TAL_AFGOERELSER_FASE &&
         t->i > SAG_FASE_ERHVERVSEVNETAB) ||
        (t->art >= SAG_PF_TAL_AFGOERELSER_AAR &&
         (aar < p->aar0 || aar > p->aar1)))
        return sag_diag_set(diag, SAG_EINVAL, "/tal", "intet sådant tal");
    switch (t->art) {
    case SAG_PF_TAL_TILGANG:
    case SAG_PF_TAL_AFSLUTTET:
    case SAG_PF_TAL_VERSERENDE:
    case SAG_PF_TAL_OVER_2_AAR:
    case SAG_PF_TAL_ALDER:
    case SAG_PF_TAL_BEHANDLINGSTID:
        for (size_t i = 0; i < data->antal_sager; i++) {
            const struct sag_pf_sag *s = &data->sager[i];
            struct sag_dato dato;

            if (!paa_hold(s->team, team) || !sag_bag(p, s, t))
                continue;
            dato = t->art == SAG_PF_TAL_TILGANG ? s->oprettet
                   : t->art == SAG_PF_TAL_AFSLUTTET ||
                           t->art == SAG_PF_TAL_BEHANDLINGSTID
                       ? s->afsluttet
                       : s->start;
            if (cb(ctx, s->sag_id, dato) != 0)
                break;
        }
        break;
    case SAG_PF_TAL_FRIST_OPFYLDT:
    case SAG_PF_TAL_FRIST_I_ALT:
        for (size_t i = 0; i < data->antal_frister; i++) {
            const struct sag_pf_frist *f = &data->frister[i];
            bool opfyldt;

            if (!paa_hold(f->team, team) ||
                frist_klasse(p, f, &opfyldt) != t->i ||
                (t->art == SAG_PF_TAL_FRIST_OPFYLDT && !opfyldt))
                continue;
            if (cb(ctx, f->sag_id, f->forfald) != 0)
                break;
        }
        break;
    case SAG_PF_TAL_AFGOERELSER_FASE:
    case SAG_PF_TAL_AFGOERELSER_AAR:
        for (size_t i = 0; i < data->antal_afgoerelser; i++) {
            const struct sag_pf_afgoerelse *a = &data->afgoerelser[i];
            bool i_perioden;
            long y;

            if (!paa_hold(a->team, team))
                continue;
            y = afgoerelse_klasse(p, a, &i_perioden);
            if (t->art == SAG_PF_TAL_AFGOERELSER_AAR
                    ? y != aar - p->aar0
                    : !i_perioden ||
                          (a->fase <= SAG_FASE_ERHVERVSEVNETAB ? (int)a->fase
                                                               : 0) != t->i)
                continue;
            if (cb(ctx, a->sag_id, a->dato) != 0)
                break;
        }
        break;
    default:
        for (size_t i = 0; i < data->antal_klager; i++) {
            const struct sag_pf_klage *k = &data->klager[i];
            enum sag_pf_tal_art udfald;

            if (!paa_hold(k->team, team) ||
                klage_klasse(p, k, &udfald) != aar - p->aar0 ||
                (t->art != SAG_PF_TAL_KLAGER && udfald != t->art))
                continue;
            if (cb(ctx, k->sag_id, k->modtaget) != 0)
                break;
        }
        break;
    }
    return SAG_OK;
}

void
sag_pf_prognose_realiseret(struct sag_pf_prognose *p,
                           const struct sag_pf_rapport *aaret)
{
    memcpy(p->tid, aaret->tid, sizeof(p->tid));
    p->afsluttet = aaret->afsluttet;
}
