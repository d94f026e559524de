/*
 * The board's portfolio figures (see portefolje.h for the definitions and
 * sources). One pass over the cases, deadlines, decisions and appeals;
 * integers only.
 */
#include "skadesag/portefolje.h"

#include <stdio.h>
#include <string.h>

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

static struct sag_pf_frist_linje *
fristlinje(struct sag_pf_rapport *r, const struct sag_pf_frist *f)
{
    enum sag_sagstype type = f->art == SAG_PF_FRIST_ANERKENDELSE ? f->type : 0;
    enum sag_fristregime regime = f->regime == SAG_FRISTREGIME_GL_LOV
                                      ? SAG_FRISTREGIME_GL_LOV
                                      : SAG_FRISTREGIME_NY_LOV;

    for (size_t i = 0; i < r->antal_fristlinjer; i++) {
        struct sag_pf_frist_linje *l = &r->frister[i];

        if (l->art == f->art && l->type == type && l->regime == regime)
            return l;
    }
    return NULL;
}

static void
fristlinjer_init(struct sag_pf_rapport *r)
{
    static const struct {
        enum sag_pf_fristart art;
        enum sag_sagstype type;
    } arter[] = {
        { SAG_PF_FRIST_ANERKENDELSE, SAG_SAGSTYPE_ULYKKE },
        { SAG_PF_FRIST_ANERKENDELSE, SAG_SAGSTYPE_ERHVERVSSYGDOM },
        { SAG_PF_FRIST_AFGOERELSE, 0 },
        { SAG_PF_FRIST_AFGOERELSE_ESU, 0 },
    };

    /* In the reports' order: each deadline under old, then new law. */
    r->antal_fristlinjer = 0;
    for (size_t i = 0; i < sizeof(arter) / sizeof(arter[0]); i++)
        for (int gl = 1; gl >= 0; gl--) {
            struct sag_pf_frist_linje *l = &r->frister[r->antal_fristlinjer++];

            l->art = arter[i].art;
            l->type = arter[i].type;
            l->regime = gl ? SAG_FRISTREGIME_GL_LOV : SAG_FRISTREGIME_NY_LOV;
            l->opfyldt = l->i_alt = 0;
        }
}

enum sag_status
sag_portefolje_beregn(const struct sag_pf_data *data, struct sag_dato fra,
                      struct sag_dato til, struct sag_dato pr,
                      struct sag_pf_rapport *r, struct sag_diag *diag)
{
    int aar0, md0, dd, aar1, md1;
    long nm;
    struct sag_dato slut[SAG_PF_MAKS_MAANEDER];

    if (til.dage < fra.dage)
        return sag_diag_set(diag, SAG_EINVAL, "/til",
                            "perioden slutter før den begynder");
    sag_dato_ymd(fra, &aar0, &md0, &dd);
    sag_dato_ymd(til, &aar1, &md1, &dd);
    nm = (long)(aar1 - aar0) * 12 + (md1 - md0) + 1;
    if (nm > SAG_PF_MAKS_MAANEDER)
        return sag_diag_set(diag, SAG_EINVAL, "/til",
                            "perioden er længere end %d måneder",
                            SAG_PF_MAKS_MAANEDER);
    if (aar1 - aar0 + 1 > SAG_PF_MAKS_AAR)
        return sag_diag_set(diag, SAG_EINVAL, "/til", "perioden er for lang");
    memset(r, 0, sizeof(*r));
    r->fra = fra;
    r->til = til;
    r->pr = pr;
    r->antal_maaneder = (size_t)nm;
    for (long m = 0; m < nm; m++) {
        struct sag_dato f;
        int a = aar0 + (int)((md0 - 1 + m) / 12);
        int md = (int)((md0 - 1 + m) % 12) + 1;

        (void)sag_dato_fra_ymd(a, md, 1, &f);
        r->maaneder[m].aar = a;
        r->maaneder[m].maaned = md;
        slut[m] = sag_dato_sidste_i_maaned(f);
        /* A month not yet over on the as-of date is seen as of that date. */
        if (slut[m].dage > pr.dage)
            slut[m] = pr;
    }
    fristlinjer_init(r);
    r->antal_klageaar = (size_t)(aar1 - aar0 + 1);
    for (size_t i = 0; i < r->antal_klageaar; i++)
        r->klager[i].aar = aar0 + (int)i;

    for (size_t i = 0; i < data->antal_sager; i++) {
        const struct sag_pf_sag *s = &data->sager[i];
        bool lukket;
        struct sag_dato to_aar;
        long m0;

        if (s->oprettet.dage > pr.dage)
            continue;
        lukket = s->har_afsluttet && s->afsluttet.dage <= pr.dage;
        if (sag_dato_plus_aar(s->start, 2, SAG_MAANED_FOERSTE_EFTER, &to_aar) !=
            SAG_OK)
            to_aar.dage = INT32_MAX;
        if (i_periode(s->oprettet, fra, til)) {
            r->tilgang++;
            r->maaneder[maaned_nr(s->oprettet, aar0, md0)].tilgang++;
        }
        if (lukket && i_periode(s->afsluttet, fra, til)) {
            int64_t dage = s->afsluttet.dage - s->start.dage;

            if (dage < 0)
                dage = 0;
            r->afsluttet++;
            r->maaneder[maaned_nr(s->afsluttet, aar0, md0)].afsluttet++;
            r->tid[s->gruppe].antal++;
            r->tid[s->gruppe].sum_dage += dage;
            r->tid[SAG_PF_RAEKKE_ALLE].antal++;
            r->tid[SAG_PF_RAEKKE_ALLE].sum_dage += dage;
            if (sag_gruppe_er_a_sag(s->gruppe)) {
                r->tid[SAG_PF_RAEKKE_A_SAGER].antal++;
                r->tid[SAG_PF_RAEKKE_A_SAGER].sum_dage += dage;
            }
        }
        /* Pending at the end of each month of the period. */
        m0 =
            s->oprettet.dage < fra.dage ? 0 : maaned_nr(s->oprettet, aar0, md0);
        for (long m = m0; m < nm; m++) {
            struct sag_pf_maaned *mm = &r->maaneder[m];

            if (s->oprettet.dage > slut[m].dage)
                continue;
            if (lukket && s->afsluttet.dage <= slut[m].dage)
                break;
            mm->verserende++;
            if (foerstegang(s->gruppe)) {
                mm->verserende_foerstegang++;
                mm->alder_foerstegang_sum_dage += slut[m].dage - s->start.dage;
            }
            if (slut[m].dage >= to_aar.dage)
                mm->over_2_aar++;
        }
        /* Pending on the as-of date. */
        if (!lukket) {
            int md = s->start.dage <= pr.dage ? hele_maaneder(s->start, pr) : 0;

            r->verserende++;
            r->alder[aldersgruppe(md)]++;
            if (foerstegang(s->gruppe)) {
                r->verserende_foerstegang++;
                r->alder_foerstegang_sum_dage += pr.dage - s->start.dage;
            }
            if (pr.dage >= to_aar.dage)
                r->over_2_aar++;
        }
    }

    for (size_t i = 0; i < data->antal_frister; i++) {
        const struct sag_pf_frist *f = &data->frister[i];
        struct sag_pf_frist_linje *l;
        bool betinget = f->regime == SAG_FRISTREGIME_GL_LOV &&
                        f->art == SAG_PF_FRIST_ANERKENDELSE;
        bool rettidigt = f->har_afgjort && f->afgjort.dage <= f->forfald.dage;
        struct sag_dato kendt;

        if (!f->taeller || f->regime == SAG_FRISTREGIME_REFORM)
            continue;
        if (betinget) {
            /* Counts only once the case is rejected, then met or not. */
            if (!f->har_afgjort)
                continue;
            kendt = f->afgjort;
        } else {
            kendt = rettidigt ? f->afgjort : f->forfald;
        }
        if (kendt.dage > pr.dage || !i_periode(kendt, fra, til))
            continue;
        if ((l = fristlinje(r, f)) == NULL)
            continue;
        l->i_alt++;
        if (rettidigt)
            l->opfyldt++;
    }

    for (size_t i = 0; i < data->antal_afgoerelser; i++) {
        const struct sag_pf_afgoerelse *a = &data->afgoerelser[i];
        int y, m, d;

        if (a->dato.dage > pr.dage)
            continue;
        sag_dato_ymd(a->dato, &y, &m, &d);
        if (y >= aar0 && y <= aar1)
            r->klager[y - aar0].afgoerelser++;
    }
    for (size_t i = 0; i < data->antal_klager; i++) {
        const struct sag_pf_klage *k = &data->klager[i];
        struct sag_pf_klage_aar *ka;
        bool afgjort = k->har_afgjort && k->afgjort.dage <= pr.dage;
        int y, m, d;

        if (k->modtaget.dage > pr.dage)
            continue;
        sag_dato_ymd(k->afgoerelse_dato, &y, &m, &d);
        if (y < aar0 || y > aar1)
            continue;
        ka = &r->klager[y - aar0];
        ka->klager++;
        if (!afgjort) {
            ka->verserende++;
        } else if (k->status == SAG_KLAGE_AENDRET) {
            ka->aendret_ved_genvurdering++;
        } else {
            switch (k->udfald) {
            case SAG_UDFALD_STADFAESTET: ka->stadfaestet++; break;
            case SAG_UDFALD_AENDRET: ka->aendret++; break;
            case SAG_UDFALD_HJEMVIST: ka->hjemvist++; break;
            case SAG_UDFALD_AFVIST:
            /* The appeal's own point not reviewed: the appeal was not
             * taken up, counted with the rejected (docs/rules_map.md
             * */
            case SAG_UDFALD_IKKE_BEHANDLET: ka->afvist++; break;
            case SAG_UDFALD_INGEN:
            case SAG_UDFALD_FASTHOLDT: ka->verserende++; break;
            }
        }
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
