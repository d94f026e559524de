/*
 * The synthetic portfolio (demo.h): a reproducible (seeded) synthetic portfolio with full
 * event histories, shaped after AES' annual reports (docs/portefolje.md,
 * "Demodata"): intake per year and shares per case group (reports
 * 001:L150-209), processing times of the order the reports give, deadline
 * compliance, information requests and waiting on external parties,
 * appeals (about 16 % of decisions, 000:L494-497) and Ankestyrelsen's
 * outcomes (001:L583-591), remittals, revisions of temporary decisions and
 * reopenings. Decisions on loss of earning capacity in work-injury cases go
 * through the real engine and are stored as decision records.
 *
 * Every person is synthetic. The generator is a discrete-event simulation:
 * a case's own history is planned when it is created and written in one
 * batch; what touches another case (a remittal or a reopening opens a new
 * case) waits in a queue until its date, so cases are created in date order.
 */
#include "skadesag/demo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "skadesag/beregning.h"
#include "skadesag/fakta.h"
#include "skadesag/lov.h"
#include "skadesag/store.h"

#include "../base/banned.h"

/* ---- the shape, from the reports ---- */

/* Shares of all intake per group in per mille (001:L187-209: 71 / 5 / 18 /
 * 2 / 3 / 1 %). Second-time cases and remittals arise from earlier cases;
 * first-time cases with loss of earning capacity are first-time cases whose
 * course leads to a decision on the loss. */
#define ANDEL_FOERSTEGANG 760       /* 71 + 5 */
#define ANDEL_TAB_AF_FOERSTEGANG 66 /* 5 / 76, of first-time cases */
#define ANDEL_ANDENGANG 170         /* 18 % less the revisions that arise */
#define ANDEL_PRIVAT_MEN 30
#define ANDEL_PRIVAT_TAB 10
/* Mean processing time in days per group, from the 2024 averages
 * (001:L187-209: 11, 33, 12, 15, 16 and 37 months): the long tails of a
 * few years' window are cut off, so the means drawn are set higher
 * (about 12,7, 38, 13,8, 17, 18,4 and 43 months) to land near the
 * reports' closed-case averages. */
static const int middel_dage[SAG_ANTAL_GRUPPER + 1] = {
    0, 385, 1150, 420, 520, 560, 1300, 365,
};

/* ---- random numbers (xorshift64*, seeded) ---- */

struct rng {
    unsigned long long s;
};

static unsigned long long
naeste(struct rng *r)
{
    r->s ^= r->s >> 12;
    r->s ^= r->s << 25;
    r->s ^= r->s >> 27;
    return r->s * 2685821657736338717ULL;
}

/* Uniform in [a, b]. */
static int
ens(struct rng *r, int a, int b)
{
    return b <= a ? a : a + (int)(naeste(r) % (unsigned long long)(b - a + 1));
}

/* True with probability p per mille. */
static bool
chance(struct rng *r, int p)
{
    return ens(r, 0, 999) < p;
}

/* A skewed duration with the given mean: most cases short, a tail of long
 * ones (half in 0,2-0,8 x, a third in 0,8-1,6 x, the rest 1,6-3,2 x the
 * mean; the mixture's mean is 1,03 x, so scale by 100/103). */
static int
varighed(struct rng *r, int middel)
{
    int u = ens(r, 0, 99), m = middel * 100 / 103;

    if (u < 50)
        return ens(r, m / 5, m * 4 / 5);
    if (u < 85)
        return ens(r, m * 4 / 5, m * 8 / 5);
    return ens(r, m * 8 / 5, m * 16 / 5);
}

/* ---- a case's planned history ---- */

enum planart {
    P_HAENDELSE = 0, /* an ordinary event of the case itself */
    P_TAB = 1,       /* a decision on the loss through the engine */
    P_BARN = 2       /* opens a new case (remittal, revision) */
};

struct plan {
    enum planart art;
    enum sag_haendelsestype type;
    struct sag_dato dato;
    int pct;
    int afg;   /* decision number (1-based) this event makes or refers to */
    int klage; /* appeal number (1-based) */
    enum sag_udfald udfald;
    bool midlertidig;
    struct sag_dato revisionsdato;
    enum sag_gruppe barn; /* P_BARN: the new case's group */
    bool udeladt;         /* P_TAB: the engine refused; not written */
    int anm;              /* information request number (1-based) */
    const char *part;     /* information request: to whom */
};

#define MAKS_PLAN 96
#define ID_PLADS 48 /* a case id and a suffix ("-K12") */

struct sagsplan {
    struct plan p[MAKS_PLAN];
    size_t n;
};

/* ---- the queue of things that wait for their date ---- */

enum jobart {
    J_NY = 1,       /* a new case (intake) */
    J_GENOPTAG = 2, /* a second-time case from an earlier case (§ 42) */
    J_FORTSAET = 3  /* the rest of a case's history, starting with P_BARN */
};

struct sagsinfo {
    char id[SAG_ID_MAX];
    enum sag_sagstype type;
    enum sag_generation generation;
    enum sag_gruppe gruppe;
    bool faar_tab; /* first-time: the course leads to a loss decision */
    struct sag_dato skadedato, anmeldt, modtaget, foedt;
    int koen; /* 0 mand, 1 kvinde */
    char team[16], behandler[16];
};

struct job {
    struct sag_dato dato;
    unsigned long nr; /* tie-break: creation order */
    enum jobart art;
    enum sag_gruppe gruppe;
    struct sagsinfo sag;   /* J_FORTSAET: the case; J_NY child: the parent */
    struct sagsplan *rest; /* J_FORTSAET */
    size_t fra;            /* first plan item to write */
};

struct forael {
    char id[SAG_ID_MAX];
    enum sag_sagstype type;
    struct sag_dato skadedato, anmeldt, foedt, ledig_fra;
    int koen;
};

struct gen {
    struct sag_store *s;
    const struct sag_satser *satser;
    struct rng rng;
    struct sag_dato start, slut;
    struct job *koe;
    size_t antal_job, plads_job;
    unsigned long jobnr;
    struct forael *puljen;
    size_t antal_puljen, plads_puljen;
    char nu[SAG_TID_LEN];
    struct sag_diag *d;
    /* counts for the summary */
    long sager, haendelser, afgoerelser, beregnede, afviste_beregninger, klager,
        hjemvisninger;
    long pr_gruppe[SAG_ANTAL_GRUPPER + 1];
};

static bool
foer(const struct job *a, const struct job *b)
{
    return a->dato.dage < b->dato.dage ||
           (a->dato.dage == b->dato.dage && a->nr < b->nr);
}

static enum sag_status
koe_ind(struct gen *g, struct job j)
{
    size_t i;

    if (j.dato.dage > g->slut.dage) {
        free(j.rest);
        return SAG_OK;
    }
    if (g->antal_job == g->plads_job) {
        size_t ny = g->plads_job ? 2 * g->plads_job : 4096;
        struct job *k = realloc(g->koe, ny * sizeof(*k));

        if (k == NULL)
            return sag_diag_set(g->d, SAG_ENOMEM, "", "ikke mere hukommelse");
        g->koe = k;
        g->plads_job = ny;
    }
    j.nr = g->jobnr++;
    i = g->antal_job++;
    g->koe[i] = j;
    while (i > 0 && foer(&g->koe[i], &g->koe[(i - 1) / 2])) {
        struct job t = g->koe[i];

        g->koe[i] = g->koe[(i - 1) / 2];
        g->koe[(i - 1) / 2] = t;
        i = (i - 1) / 2;
    }
    return SAG_OK;
}

static struct job
koe_ud(struct gen *g)
{
    struct job top = g->koe[0];
    size_t i = 0;

    g->koe[0] = g->koe[--g->antal_job];
    for (;;) {
        size_t v = 2 * i + 1, h = v + 1, m = i;

        if (v < g->antal_job && foer(&g->koe[v], &g->koe[m]))
            m = v;
        if (h < g->antal_job && foer(&g->koe[h], &g->koe[m]))
            m = h;
        if (m == i)
            break;
        struct job t = g->koe[i];

        g->koe[i] = g->koe[m];
        g->koe[m] = t;
        i = m;
    }
    return top;
}

static struct sag_dato
plus(struct sag_dato d, int dage)
{
    struct sag_dato r = { d.dage + dage };

    return r;
}

static void
ur(void *ctx, char ud[SAG_TID_LEN])
{
    memcpy(ud, ((struct gen *)ctx)->nu, SAG_TID_LEN);
}

static void
saet_nu(struct gen *g, struct sag_dato d)
{
    char iso[SAG_DATO_ISO_LEN];

    sag_dato_format_iso(d, iso);
    (void)snprintf(g->nu, sizeof(g->nu), "%sT12:00:00Z", iso);
}

/* ---- planning a case ---- */

static void
tilfoej(struct sagsplan *sp, struct plan p)
{
    if (sp->n < MAKS_PLAN)
        sp->p[sp->n++] = p;
}

static struct plan
P(enum sag_haendelsestype type, struct sag_dato dato) {
    struct plan p;

    memset(&p, 0, sizeof(p));
    p.type = type;
    p.dato = dato;
    return p;
}

/* The grid a caseworker's skøn lands on (before and after 1.7.2024, by
 * the key date: the notification for a disease, else the injury). */
static int
gitterpct(struct rng *r, struct sag_dato skadedato)
{
    if (skadedato.dage >= SAG_LOV_DATO_REFORM_2024.dage)
        return sag_lov_gitter_2024[ens(r, 0, 7)]; /* 15 … 80 */
    return SAG_LOV_GITTER_TRIN_PCT * ens(r, 3, 14);
}

/* An appeal on decision `afg` made on `dato`; returns when it ends. Appeals
 * about 16 % of decisions (000:L494-497); AES changes about 8 % on
 * reassessment; Ankestyrelsen confirms about 70 %, changes 17 %, remits 9 %
 * and dismisses 4 % (001:L583-591, 003:L396-406). */
static struct sag_dato
klage(struct gen *g, struct sagsplan *sp, int afg, struct sag_dato dato,
      int *klager)
{
    struct rng *r = &g->rng;
    struct plan p;
    struct sag_dato t;
    int k = ++*klager, u;

    t = plus(dato, chance(r, 950) ? ens(r, 3, 26) : ens(r, 31, 60));
    p = P(SAG_H_KLAGE_MODTAGET, t);
    p.afg = afg;
    p.klage = k;
    tilfoej(sp, p);
    t = plus(t, ens(r, 14, 60));
    p = P(SAG_H_GENVURDERET, t);
    p.klage = k;
    p.udfald = chance(r, 80) ? SAG_UDFALD_AENDRET : SAG_UDFALD_FASTHOLDT;
    tilfoej(sp, p);
    if (p.udfald == SAG_UDFALD_AENDRET)
        return t;
    t = plus(t, ens(r, 1, 10));
    p = P(SAG_H_SENDT_TIL_ANKESTYRELSEN, t);
    p.klage = k;
    tilfoej(sp, p);
    t = plus(t, ens(r, 90, 330));
    p = P(SAG_H_ANKESTYRELSEN_AFGJORT, t);
    p.klage = k;
    u = ens(r, 0, 99);
    p.udfald = u < 70   ? SAG_UDFALD_STADFAESTET
               : u < 87 ? SAG_UDFALD_AENDRET
               : u < 96 ? SAG_UDFALD_HJEMVIST
                        : SAG_UDFALD_AFVIST;
    if (p.udfald == SAG_UDFALD_HJEMVIST) {
        p.art = P_BARN;
        p.barn = SAG_GRUPPE_HJEMVISNING;
    }
    tilfoej(sp, p);
    return t;
}

static int
efter_dato(const void *a, const void *b)
{
    const struct plan *x = a, *y = b;

    if (x->dato.dage != y->dato.dage)
        return x->dato.dage < y->dato.dage ? -1 : 1;
    /* Same day: decisions before appeals before closing. */
    return (x->type == SAG_H_LUKKET) - (y->type == SAG_H_LUKKET);
}

/* Plan the history of a new case. */
static void
planlaeg(struct gen *g, const struct sagsinfo *c, struct sag_dato d0,
         struct sagsplan *sp)
{
    struct rng *r = &g->rng;
    int afg = 0, klager = 0;
    int D = varighed(r, middel_dage[c->gruppe]);
    struct sag_dato luk, slut_klager = d0;
    struct {
        int nr;
        struct sag_dato dato;
    } afgoerelser[8];
    int n_afg = 0;
    struct plan p;
    bool anerkendt = c->generation == SAG_GENERATION_ANDENGANG ||
                     c->type == SAG_SAGSTYPE_PRIVAT_MEN ||
                     c->type == SAG_SAGSTYPE_PRIVAT_ERHVERVSEVNETAB;

    sp->n = 0;
    if (D < 20)
        D = 20;
    luk = plus(d0, D);

    /* Information: from the doctor in most cases, from the employer and
     * the municipality in some (002:L693-735). */
    {
        static const char *const parter[] = { "laege", "arbejdsgiver",
                                              "kommune" };
        int n = chance(r, 800) + chance(r, 500) + chance(r, 300);

        for (int i = 0; i < n; i++) {
            struct sag_dato t = plus(d0, ens(r, 5, 40 + 60 * i));
            struct sag_dato svar = plus(t, ens(r, 7, 70));

            p = P(SAG_H_OPLYSNINGER_ANMODET, t);
            p.anm = i + 1;
            p.part = parter[i];
            tilfoej(sp, p);
            if (svar.dage < luk.dage) {
                p = P(SAG_H_OPLYSNINGER_MODTAGET, svar);
                p.anm = i + 1;
                tilfoej(sp, p);
            }
        }
    }
    /* Waiting on an external party (the municipality, a specialist). */
    if (D > 120 && chance(r, 250)) {
        struct sag_dato t = plus(d0, ens(r, 30, D / 2));

        tilfoej(sp, P(SAG_H_AFVENTER_EKSTERN, t));
        tilfoej(sp, P(SAG_H_AFVENTER_OPHOERT,
                      plus(t, ens(r, 20, D / 2 - 10 > 21 ? D / 2 - 10 : 21))));
    }
    /* Recognition: within about 5 months on average for accidents
     * (001:L135-141), later for diseases and remittals. */
    if (!anerkendt) {
        int ta =
            c->type == SAG_SAGSTYPE_ULYKKE
                ? varighed(r, 150)
                : varighed(r, c->gruppe == SAG_GRUPPE_HJEMVISNING ? 200 : 150);
        bool ja = c->faar_tab || chance(r, 650);

        if (ta >= D)
            ta = D - 1 > 1 ? D - 1 : 1;
        /* Some first-time disease cases go before Erhvervssygdomsudvalget:
         * the decision deadline is then 2 years (002:L1043-1045). */
        if (c->type == SAG_SAGSTYPE_ERHVERVSSYGDOM &&
            c->generation == SAG_GENERATION_FOERSTEGANG && ta > 20 &&
            chance(r, 120))
            tilfoej(sp, P(SAG_H_FORELAGT_ESU, plus(d0, ens(r, 5, ta / 2))));
        p = P(ja ? SAG_H_ANERKENDT : SAG_H_AFVIST, plus(d0, ta));
        p.afg = ++afg;
        tilfoej(sp, p);
        afgoerelser[n_afg].nr = afg;
        afgoerelser[n_afg++].dato = p.dato;
        anerkendt = ja;
        if (!ja) {
            D = ta + ens(r, 1, 20);
            luk = plus(d0, D);
        }
    }
    if (anerkendt) {
        int sidst = sp->n ? sp->p[sp->n - 1].dato.dage - d0.dage : 0;
        bool men = c->type != SAG_SAGSTYPE_PRIVAT_ERHVERVSEVNETAB &&
                   (c->type == SAG_SAGSTYPE_PRIVAT_MEN || chance(r, 650));
        bool tab =
            c->faar_tab || c->type == SAG_SAGSTYPE_PRIVAT_ERHVERVSEVNETAB ||
            (c->generation == SAG_GENERATION_ANDENGANG && chance(r, 250));

        if (sidst < 1)
            sidst = 1;
        if (men) {
            p = P(SAG_H_MEN_AFGJORT,
                  plus(d0, ens(r, sidst + 1, sidst + (D - sidst) * 2 / 3 + 1)));
            p.afg = ++afg;
            p.pct = ens(r, 1, 5) * 5;
            tilfoej(sp, p);
            afgoerelser[n_afg].nr = afg;
            afgoerelser[n_afg++].dato = p.dato;
        }
        if (tab) {
            p = P(SAG_H_ERHVERVSEVNETAB_AFGJORT, plus(luk, -ens(r, 1, 25)));
            if (p.dato.dage <= d0.dage + sidst + 2)
                p.dato = plus(d0, sidst + 3);
            if (p.dato.dage >= luk.dage)
                luk = plus(p.dato, 1);
            p.art = c->type == SAG_SAGSTYPE_PRIVAT_ERHVERVSEVNETAB ? P_HAENDELSE
                                                                   : P_TAB;
            p.afg = ++afg;
            p.pct = gitterpct(r, c->type == SAG_SAGSTYPE_ERHVERVSSYGDOM
                                     ? c->anmeldt
                                     : c->skadedato);
            /* A third temporary, revised after about a year (002:L1354). */
            p.midlertidig = p.art == P_TAB && chance(r, 300);
            p.revisionsdato = plus(p.dato, ens(r, 300, 420));
            tilfoej(sp, p);
            afgoerelser[n_afg].nr = afg;
            afgoerelser[n_afg++].dato = p.dato;
            if (p.midlertidig) {
                struct plan rv = P(SAG_H_REVISION_PAABEGYNDT, p.revisionsdato);

                rv.afg = p.afg;
                rv.art = P_BARN;
                rv.barn = SAG_GRUPPE_ANDENGANG;
                tilfoej(sp, rv);
            }
        }
    }
    /* Appeals; a case is closed only when no appeal is pending. */
    for (int i = 0; i < n_afg; i++)
        if (chance(r, 160)) {
            struct sag_dato s =
                klage(g, sp, afgoerelser[i].nr, afgoerelser[i].dato, &klager);

            if (s.dage > slut_klager.dage)
                slut_klager = s;
        }
    g->klager += klager;
    /* Close after the decisions; if an appeal arrived before the closing,
     * after its outcome; an appeal after the closing reopens the case, which
     * is closed again when it ends. */
    {
        struct sag_dato tidligst = luk;

        for (size_t i = 0; i < sp->n; i++)
            if (sp->p[i].type != SAG_H_KLAGE_MODTAGET &&
                sp->p[i].type != SAG_H_GENVURDERET &&
                sp->p[i].type != SAG_H_SENDT_TIL_ANKESTYRELSEN &&
                sp->p[i].type != SAG_H_ANKESTYRELSEN_AFGJORT &&
                sp->p[i].type != SAG_H_REVISION_PAABEGYNDT &&
                sp->p[i].dato.dage >= tidligst.dage)
                tidligst = plus(sp->p[i].dato, 1);
        for (bool flyttet = true; flyttet;) {
            flyttet = false;
            for (size_t i = 0; i < sp->n; i++)
                if (sp->p[i].type == SAG_H_KLAGE_MODTAGET &&
                    sp->p[i].dato.dage <= tidligst.dage) {
                    /* Pending at the closing: wait for the whole appeal. */
                    for (size_t j = 0; j < sp->n; j++)
                        if (sp->p[j].klage == sp->p[i].klage &&
                            sp->p[j].dato.dage >= tidligst.dage) {
                            tidligst = plus(sp->p[j].dato, ens(r, 1, 20));
                            flyttet = true;
                        }
                }
        }
        tilfoej(sp, P(SAG_H_LUKKET, tidligst));
        if (slut_klager.dage >= tidligst.dage)
            tilfoej(sp, P(SAG_H_LUKKET, plus(slut_klager, ens(r, 1, 20))));
    }
    qsort(sp->p, sp->n, sizeof(sp->p[0]), efter_dato);
}

/* ---- writing ---- */

static const char *
begrundelse(enum sag_haendelsestype t)
{
    switch (t) {
    case SAG_H_OPRETTET: return "Anmeldelsen er modtaget";
    case SAG_H_OPLYSNINGER_ANMODET: return "Lægelige oplysninger indhentes";
    case SAG_H_OPLYSNINGER_MODTAGET: return "Oplysningerne er modtaget";
    case SAG_H_AFVENTER_EKSTERN: return "Afventer kommunens afklaring";
    case SAG_H_AFVENTER_OPHOERT: return "Afklaringen foreligger";
    case SAG_H_FORELAGT_ESU: return "Forelagt Erhvervssygdomsudvalget";
    case SAG_H_ANERKENDT: return "Betingelserne for anerkendelse er opfyldt";
    case SAG_H_AFVIST: return "Betingelserne for anerkendelse er ikke opfyldt";
    case SAG_H_MEN_AFGJORT: return "Ménet er vurderet efter méntabellen";
    case SAG_H_ERHVERVSEVNETAB_AFGJORT: return "Erhvervsevnetabet er vurderet";
    case SAG_H_KLAGE_MODTAGET: return "Klage modtaget";
    case SAG_H_GENVURDERET: return "Afgørelsen er genvurderet";
    case SAG_H_SENDT_TIL_ANKESTYRELSEN: return "Klagen er sendt videre";
    case SAG_H_ANKESTYRELSEN_AFGJORT: return "Ankestyrelsens afgørelse";
    case SAG_H_REVISION_PAABEGYNDT: return "Revision af midlertidig afgørelse";
    case SAG_H_GENOPTAGELSE_ANMODET: return "Anmodning om genoptagelse";
    case SAG_H_LUKKET: return "Sagen er afsluttet";
    default: return "Demodata";
    }
}

/* The engine input of a decision on the loss of earning capacity: an
 * assessed loss on the grid, or for one in five a § 17 a calculation in a
 * fleksjob — a third of those with a loss of 5-15 %, which before the
 * Supreme Court's judgments was refused (klart_og_varigt false). */
static void
tab_input(struct gen *g, const struct sagsinfo *c, const struct plan *p,
          struct sag_buf *b)
{
    struct rng *r = &g->rng;
    char sk[SAG_DATO_ISO_LEN], an[SAG_DATO_ISO_LEN], fo[SAG_DATO_ISO_LEN],
        af[SAG_DATO_ISO_LEN], si[SAG_DATO_ISO_LEN];
    long long aarsloen = 100LL * ens(r, 240000, 620000);
    struct sag_dato hr2024 = SAG_LOV_DATO_HR_2024;

    sag_dato_format_iso(c->skadedato, sk);
    sag_dato_format_iso(c->anmeldt, an);
    sag_dato_format_iso(c->foedt, fo);
    sag_dato_format_iso(p->dato, af);
    sag_dato_format_iso(plus(p->dato, -ens(r, 30, 300)), si);
    sag_buf_addf(b,
                 "{\"skadetype\":\"%s\",\"skadedato\":\"%s\","
                 "\"anmeldelsesdato\":\"%s\",\"foedselsdato\":\"%s\","
                 "\"koen\":\"%s\",\"afgoerelsesdato\":\"%s\","
                 "\"afgoerelse\":\"%s\",\"aarsloen_oere\":%lld,"
                 "\"situation_dato\":\"%s\",",
                 c->type == SAG_SAGSTYPE_ERHVERVSSYGDOM ? "erhvervssygdom"
                                                        : "ulykke",
                 sk, an, fo, c->koen ? "kvinde" : "mand", af,
                 p->midlertidig ? "midlertidig" : "endelig", aarsloen, si);
    if (chance(r, 200)) {
        long long uden = aarsloen + 100LL * ens(r, 0, 40000);
        /* The pay in the fleksjob: a loss of 5-15 % for a third. */
        int tab_promille = chance(r, 333) ? ens(r, 55, 145) : ens(r, 160, 700);
        long long med = uden * (1000 - tab_promille) / 1000;
        long long tilskud = med * ens(r, 300, 600) / 1000;

        sag_buf_addf(b,
                     "\"erhvervsevnetab\":{\"grundlag\":\"17a\","
                     "\"situation\":\"fleksjob\","
                     "\"indtaegt_uden_skade_oere\":%lld,"
                     "\"fleksjob_loen_oere\":%lld,"
                     "\"kommunalt_tilskud_oere\":%lld%s},",
                     uden, med - tilskud, tilskud,
                     tab_promille < 150
                         ? (p->dato.dage < hr2024.dage || chance(r, 300)
                                ? ",\"klart_og_varigt\":false"
                                : ",\"klart_og_varigt\":true")
                         : "");
    } else {
        sag_buf_addf(b,
                     "\"erhvervsevnetab\":{\"grundlag\":\"skoen\","
                     "\"skoen_pct\":%d,\"situation\":\"%s\"},",
                     p->pct, p->pct >= 60 ? "foertidspension" : "ordinaer");
    }
    sag_buf_addf(b,
                 "\"vurdering\":{\"af\":\"%s\",\"begrundelse\":\"Vurderet "
                 "på grundlag af de lægelige og erhvervsmæssige oplysninger "
                 "(syntetisk)\"}}",
                 c->behandler);
}

static enum sag_status
skriv_batch(struct gen *g, const char *id, struct sag_haendelse *h, size_t *n)
{
    enum sag_status st;

    if (*n == 0)
        return SAG_OK;
    saet_nu(g, h[*n - 1].dato);
    st = sag_store_tilfoej_flere(g->s, id, h, *n, g->d);
    g->haendelser += (long)*n;
    *n = 0;
    return st;
}

static enum sag_status skriv_sag(struct gen *g, struct sagsinfo *c,
                                 struct sagsplan *sp, size_t fra,
                                 const char *barn_id);

/* Create a case from the intake or as the child of `forael`. Writes its
 * id into c->id. */
static enum sag_status
ny_sag(struct gen *g, struct sag_dato d0, enum sag_gruppe gruppe,
       const struct sagsinfo *forael, struct sagsinfo *c)
{
    struct rng *r = &g->rng;
    struct sag_haendelse h;
    struct sagsplan *sp;
    char cpr[16];
    int a, m, dd, t;
    enum sag_status st;

    memset(c, 0, sizeof(*c));
    c->gruppe = gruppe;
    if (forael != NULL) {
        c->type = forael->type;
        c->skadedato = forael->skadedato;
        c->anmeldt = forael->anmeldt;
        c->foedt = forael->foedt;
        c->koen = forael->koen;
        c->generation = gruppe == SAG_GRUPPE_HJEMVISNING
                            ? SAG_GENERATION_HJEMVISNING
                            : SAG_GENERATION_ANDENGANG;
    } else {
        c->generation = SAG_GENERATION_FOERSTEGANG;
        if (gruppe == SAG_GRUPPE_PRIVAT_MEN)
            c->type = SAG_SAGSTYPE_PRIVAT_MEN;
        else if (gruppe == SAG_GRUPPE_PRIVAT_TAB)
            c->type = SAG_SAGSTYPE_PRIVAT_ERHVERVSEVNETAB;
        else
            c->type = chance(r, 650) ? SAG_SAGSTYPE_ULYKKE
                                     : SAG_SAGSTYPE_ERHVERVSSYGDOM;
        c->faar_tab = gruppe == SAG_GRUPPE_FOERSTEGANG_MED_TAB;
        if (c->type == SAG_SAGSTYPE_ERHVERVSSYGDOM) {
            c->anmeldt = d0;
            c->skadedato = plus(d0, -ens(r, 30, 700));
        } else {
            c->anmeldt = plus(d0, -ens(r, 0, 20));
            c->skadedato = plus(c->anmeldt, -ens(r, 0, 60));
        }
        /* Aged 20-62 at the injury. */
        c->foedt = plus(c->skadedato, -ens(r, 20 * 365, 62 * 365));
        c->koen = ens(r, 0, 1);
    }
    c->modtaget = d0.dage > c->anmeldt.dage ? d0 : c->anmeldt;
    t = ens(r, 1, 20);
    (void)snprintf(c->team, sizeof(c->team), "Team %02d", t);
    (void)snprintf(c->behandler, sizeof(c->behandler), "sb%02d%02d", t,
                   ens(r, 1, 25));
    /* A synthetic CPR number: the birth date and a serial whose 7th digit
     * gives the right century (CPR-kontoret's rule). */
    sag_dato_ymd(c->foedt, &a, &m, &dd);
    (void)snprintf(cpr, sizeof(cpr), "%02d%02d%02d%d%03d", dd, m, a % 100,
                   a >= 2000 ? 4 : ens(r, 0, 3), ens(r, 0, 999));

    memset(&h, 0, sizeof(h));
    h.type = SAG_H_OPRETTET;
    h.dato = d0;
    h.bruger = c->behandler;
    h.begrundelse = forael == NULL ? begrundelse(SAG_H_OPRETTET)
                    : gruppe == SAG_GRUPPE_HJEMVISNING
                        ? "Hjemvist af Ankestyrelsen til fornyet behandling"
                        : "Sagen genoptages";
    h.ny.type = c->type;
    h.ny.generation = c->generation;
    h.ny.forrige_sag_id = forael ? forael->id : NULL;
    h.ny.skadedato = c->skadedato;
    h.ny.anmeldelsesdato = c->anmeldt;
    h.ny.har_skadedato = h.ny.har_anmeldelsesdato = true;
    h.ny.har_modtaget_dato = true;
    h.ny.modtaget_dato = c->modtaget;
    h.ny.cpr = cpr;
    h.ny.arbejdsgiver_cvr = "12345678";
    h.ny.forsikring = "Demo Forsikring A/S";
    h.ny.team = c->team;
    h.ny.sagsbehandler = c->behandler;
    saet_nu(g, d0);
    h.registreret = g->nu;
    c->id[0] = '\0';
    if ((st = sag_store_opret(g->s, &h, c->id, g->d)) != SAG_OK)
        return st;
    g->sager++;
    g->haendelser++;
    g->pr_gruppe[gruppe]++;
    if (gruppe == SAG_GRUPPE_HJEMVISNING)
        g->hjemvisninger++;
    if ((sp = malloc(sizeof(*sp))) == NULL)
        return sag_diag_set(g->d, SAG_ENOMEM, "", "ikke mere hukommelse");
    planlaeg(g, c, d0, sp);
    return skriv_sag(g, c, sp, 0, NULL); /* takes sp */
}

/* Whether the decision or appeal a P_BARN item rests on was written:
 * a revision needs its temporary decision, a remittal its appeal. */
static bool
har_grundlag(const struct sagsplan *sp, size_t i,
             char afg_id[MAKS_PLAN][ID_PLADS])
{
    const struct plan *p = &sp->p[i];

    if (p->type == SAG_H_REVISION_PAABEGYNDT) {
        if (p->afg <= 0 || afg_id[p->afg - 1][0] == '\0')
            return false;
        /* A temporary loss decision remitted by Ankestyrelsen before its
         * revision date is superseded and has no revision any more
         * (sag.c, SAG_H_ANKESTYRELSEN_AFGJORT): the new case decides. */
        for (size_t j = 0; j < i; j++) {
            if (sp->p[j].type != SAG_H_ANKESTYRELSEN_AFGJORT ||
                sp->p[j].udfald != SAG_UDFALD_HJEMVIST)
                continue;
            for (size_t k = 0; k < j; k++)
                if (sp->p[k].type == SAG_H_KLAGE_MODTAGET &&
                    sp->p[k].klage == sp->p[j].klage && sp->p[k].afg == p->afg)
                    return false;
        }
        return true;
    }
    for (size_t j = 0; j < i; j++)
        if (sp->p[j].type == SAG_H_KLAGE_MODTAGET && sp->p[j].klage == p->klage)
            return afg_id[sp->p[j].afg - 1][0] != '\0';
    return false;
}

static int
taeller_cb(void *ctx, const struct sag_liste_post *p)
{
    (void)p;
    ++*(long *)ctx;
    return 1;
}

/* Write plan items from `fra`; the first may be the P_BARN whose child
 * `barn_id` was just created. Stops at the next P_BARN (queued) or after
 * the end date. Owns and frees `sp` unless it is queued. */
static enum sag_status
skriv_sag(struct gen *g, struct sagsinfo *c, struct sagsplan *sp, size_t fra,
          const char *barn_id)
{
    struct sag_haendelse h[MAKS_PLAN];
    char afg_id[MAKS_PLAN][ID_PLADS], klage_id[MAKS_PLAN][ID_PLADS],
        anm_id[8][SAG_ID_MAX];
    size_t n = 0;
    enum sag_status st = SAG_OK;
    struct sag_buf input;
    bool lukket = false;

    sag_buf_init(&input, 0);
    for (int i = 0; i < MAKS_PLAN; i++) {
        (void)snprintf(klage_id[i], ID_PLADS, "%s-K%d", c->id, i + 1);
        afg_id[i][0] = '\0';
    }
    /* Decision ids follow the order the decisions were made. */
    {
        int nr = 0;

        for (size_t i = 0; i < sp->n; i++)
            if ((sp->p[i].type == SAG_H_ANERKENDT ||
                 sp->p[i].type == SAG_H_AFVIST ||
                 sp->p[i].type == SAG_H_MEN_AFGJORT ||
                 sp->p[i].type == SAG_H_ERHVERVSEVNETAB_AFGJORT) &&
                !sp->p[i].udeladt) {
                char k = sp->p[i].type == SAG_H_MEN_AFGJORT               ? 'M'
                         : sp->p[i].type == SAG_H_ERHVERVSEVNETAB_AFGJORT ? 'E'
                                                                          : 'A';

                nr++;
                (void)snprintf(afg_id[sp->p[i].afg - 1], ID_PLADS, "%s-%c%d",
                               c->id, k, nr);
            }
    }
    /* Whether the case is closed, so that a closing whose reopening appeal
     * was not written (its decision was refused by the engine) is
     * skipped. */
    if (fra > 0) {
        struct sag_tilstand t;

        if ((st = sag_store_tilstand(g->s, c->id, &t, g->d)) != SAG_OK) {
            sag_buf_release(&input);
            free(sp);
            return st;
        }
        lukket = t.status == SAG_STATUS_LUKKET;
    }
    for (size_t i = fra; st == SAG_OK && i < sp->n; i++) {
        const struct plan *p = &sp->p[i];
        struct sag_haendelse *e;

        if (p->dato.dage > g->slut.dage)
            break;
        if (p->art == P_BARN && !har_grundlag(sp, i, afg_id))
            continue; /* its decision or appeal was not made */
        if (p->art == P_BARN && !(i == fra && barn_id != NULL)) {
            /* Another case is opened on that date: continue then. */
            struct job j;

            if ((st = skriv_batch(g, c->id, h, &n)) != SAG_OK)
                break;
            memset(&j, 0, sizeof(j));
            j.dato = p->dato;
            j.art = J_FORTSAET;
            j.gruppe = p->barn;
            j.sag = *c;
            j.rest = sp;
            j.fra = i;
            sag_buf_release(&input);
            return koe_ind(g, j);
        }
        if (p->art == P_TAB) {
            struct sag_haendelse th;
            char id[32];

            if ((st = skriv_batch(g, c->id, h, &n)) != SAG_OK)
                break;
            sag_buf_reset(&input);
            tab_input(g, c, p, &input);
            memset(&th, 0, sizeof(th));
            th.dato = p->dato;
            th.bruger = c->behandler;
            th.begrundelse = begrundelse(SAG_H_ERHVERVSEVNETAB_AFGJORT);
            saet_nu(g, p->dato);
            th.registreret = g->nu;
            th.har_revisionsdato = p->midlertidig;
            th.revisionsdato = p->revisionsdato;
            {
                /* Through the application layer as the case's caseworker;
                 * the store's clock stands at the decision's date. */
                struct sag_tj k;
                struct sag_tj_afgoerelse a;
                struct sag_tj_afgoerelse_svar svar;

                sag_tj_init(&k, g->s, g->satser, c->behandler,
                            SAG_ROLLE_SAGSBEHANDLER, p->dato);
                memset(&a, 0, sizeof(a));
                a.fase = SAG_FASE_ERHVERVSEVNETAB;
                a.dato = th.dato;
                a.begrundelse = th.begrundelse;
                a.beregning = input.buf;
                a.beregning_len = input.len;
                a.har_revisionsdato = th.har_revisionsdato;
                a.revisionsdato = th.revisionsdato;
                st = sag_tj_afgoer(&k, c->id, &a, &svar, NULL, g->d);
                (void)snprintf(id, sizeof(id), "%s", svar.id);
            }
            if (st == SAG_OK) {
                g->beregnede++;
                g->afgoerelser++;
                g->haendelser++;
                (void)snprintf(afg_id[p->afg - 1], ID_PLADS, "%s", id);
            } else {
                /* The engine refused (e.g. a gap in the tables): the case
                 * goes on without this decision. */
                g->afviste_beregninger++;
                st = SAG_OK;
                afg_id[p->afg - 1][0] = '\0';
                sp->p[i].udeladt = true;
            }
            continue;
        }
        e = &h[n];
        memset(e, 0, sizeof(*e));
        e->type = p->type;
        e->dato = p->dato;
        e->bruger = c->behandler;
        e->begrundelse = begrundelse(p->type);
        switch (p->type) {
        case SAG_H_OPLYSNINGER_ANMODET:
        case SAG_H_OPLYSNINGER_MODTAGET:
            if (p->anm < 1 || p->anm > 8)
                continue;
            (void)snprintf(anm_id[p->anm - 1], SAG_ID_MAX, "L%d", p->anm);
            e->anmodning_id = anm_id[p->anm - 1];
            e->part = p->part;
            break;
        case SAG_H_ANERKENDT:
        case SAG_H_AFVIST:
        case SAG_H_MEN_AFGJORT:
        case SAG_H_ERHVERVSEVNETAB_AFGJORT:
            e->afgoerelse_id = afg_id[p->afg - 1];
            e->har_pct = p->type == SAG_H_MEN_AFGJORT ||
                         p->type == SAG_H_ERHVERVSEVNETAB_AFGJORT;
            e->pct = p->pct;
            e->afgoerelsestype = SAG_AFGOERELSE_ENDELIG;
            g->afgoerelser++;
            break;
        case SAG_H_KLAGE_MODTAGET:
            if (afg_id[p->afg - 1][0] == '\0')
                continue; /* the decision was not made */
            e->klage_id = klage_id[p->klage - 1];
            e->afgoerelse_id = afg_id[p->afg - 1];
            e->part = "tilskadekomne";
            break;
        case SAG_H_GENVURDERET:
        case SAG_H_SENDT_TIL_ANKESTYRELSEN:
        case SAG_H_ANKESTYRELSEN_AFGJORT: {
            bool findes = false;

            for (size_t j = 0; j < i; j++)
                findes = findes || (sp->p[j].type == SAG_H_KLAGE_MODTAGET &&
                                    sp->p[j].klage == p->klage &&
                                    afg_id[sp->p[j].afg - 1][0] != '\0');
            if (!findes)
                continue;
            e->klage_id = klage_id[p->klage - 1];
            e->udfald = p->udfald;
            e->ny_sag_id = i == fra ? barn_id : NULL;
            break;
        }
        case SAG_H_REVISION_PAABEGYNDT:
            if (i != fra || barn_id == NULL)
                continue;
            e->ny_sag_id = barn_id;
            break;
        case SAG_H_LUKKET:
            if (lukket)
                continue;
            break;
        default: break;
        }
        if (p->type == SAG_H_LUKKET)
            lukket = true;
        else if (p->type == SAG_H_KLAGE_MODTAGET)
            lukket = false;
        e->registreret = NULL;
        n++;
        if (i == fra && barn_id != NULL) {
            /* The event that opened the child: its own transaction with the
             * child already written. */
            if ((st = skriv_batch(g, c->id, h, &n)) != SAG_OK)
                break;
        }
    }
    if (st == SAG_OK)
        st = skriv_batch(g, c->id, h, &n);
    /* A closed first-time work-injury case that was recognised may be
     * reopened later. */
    if (st == SAG_OK && c->generation == SAG_GENERATION_FOERSTEGANG &&
        (c->type == SAG_SAGSTYPE_ULYKKE ||
         c->type == SAG_SAGSTYPE_ERHVERVSSYGDOM)) {
        struct sag_tilstand t;

        if (sag_store_tilstand(g->s, c->id, &t, g->d) == SAG_OK &&
            t.status == SAG_STATUS_LUKKET &&
            t.anerkendelse == SAG_FASE_ANERKENDT) {
            if (g->antal_puljen == g->plads_puljen) {
                size_t ny = g->plads_puljen ? 2 * g->plads_puljen : 4096;
                struct forael *f = realloc(g->puljen, ny * sizeof(*f));

                if (f == NULL)
                    st = sag_diag_set(g->d, SAG_ENOMEM, "",
                                      "ikke mere hukommelse");
                else {
                    g->puljen = f;
                    g->plads_puljen = ny;
                }
            }
            if (st == SAG_OK) {
                struct forael *f = &g->puljen[g->antal_puljen++];

                memcpy(f->id, c->id, SAG_ID_MAX);
                f->type = c->type;
                f->skadedato = c->skadedato;
                f->anmeldt = c->anmeldt;
                f->foedt = c->foedt;
                f->koen = c->koen;
                f->ledig_fra = plus(t.lukket, 30);
            }
        }
    }
    sag_buf_release(&input);
    free(sp);
    return st;
}

/* A second-time case (§ 42 reopening) on an earlier closed, recognised
 * case chosen at random among those closed at least a month before. */
static enum sag_status
genoptag(struct gen *g, struct sag_dato dato)
{
    struct forael *f = NULL;
    struct sagsinfo forael, barn;
    struct sag_haendelse h;
    enum sag_status st;

    for (int forsoeg = 0; forsoeg < 8 && g->antal_puljen > 0; forsoeg++) {
        struct forael *x =
            &g->puljen[ens(&g->rng, 0, (int)g->antal_puljen - 1)];

        if (x->ledig_fra.dage <= dato.dage) {
            f = x;
            break;
        }
    }
    if (f == NULL)
        return SAG_OK; /* nothing to reopen yet (the first months) */
    memset(&forael, 0, sizeof(forael));
    memcpy(forael.id, f->id, SAG_ID_MAX);
    forael.type = f->type;
    forael.skadedato = f->skadedato;
    forael.anmeldt = f->anmeldt;
    forael.foedt = f->foedt;
    forael.koen = f->koen;
    if ((st = sag_store_begynd(g->s, g->d)) != SAG_OK)
        return st;
    st = ny_sag(g, dato, SAG_GRUPPE_ANDENGANG, &forael, &barn);
    if (st == SAG_OK) {
        memset(&h, 0, sizeof(h));
        h.type = SAG_H_GENOPTAGELSE_ANMODET;
        h.dato = dato;
        h.bruger = barn.behandler;
        h.begrundelse = begrundelse(SAG_H_GENOPTAGELSE_ANMODET);
        h.nye_oplysninger = "Ny speciallægeerklæring (syntetisk)";
        h.saerlige_grunde = true; /* accepted also after 5 years */
        h.ny_sag_id = barn.id;
        saet_nu(g, dato);
        h.registreret = g->nu;
        st = sag_store_tilfoej(g->s, forael.id, &h, g->d);
        g->haendelser++;
    }
    if (st != SAG_OK) {
        sag_store_fortryd(g->s);
        return st;
    }
    f->ledig_fra = plus(dato, 365); /* not reopened again within a year */
    return sag_store_bekraeft(g->s, g->d);
}

static enum sag_status
koer_job(struct gen *g, struct job *j)
{
    struct sagsinfo c;
    enum sag_status st;

    switch (j->art) {
    case J_NY: return ny_sag(g, j->dato, j->gruppe, NULL, &c);
    case J_GENOPTAG: return genoptag(g, j->dato);
    case J_FORTSAET:
        /* The child first, then the parent's event naming it, together. */
        if ((st = sag_store_begynd(g->s, g->d)) != SAG_OK)
            return st;
        st = ny_sag(g, j->dato, j->gruppe, &j->sag, &c);
        if (st == SAG_OK)
            st = skriv_sag(g, &j->sag, j->rest, j->fra, c.id);
        else
            free(j->rest);
        j->rest = NULL;
        if (st != SAG_OK) {
            sag_store_fortryd(g->s);
            return st;
        }
        return sag_store_bekraeft(g->s, g->d);
    }
    return SAG_EINTERNAL;
}

enum sag_status
sag_demo_portefolje(struct sag_store *s, const struct sag_satser *satser,
                    const struct sag_demo_valg *valg,
                    struct sag_demo_resultat *ud, struct sag_diag *d)
{
    struct gen g;
    enum sag_status st;

    memset(&g, 0, sizeof(g));
    g.d = d;
    g.s = s;
    g.satser = satser;
    g.rng.s = 0x9E3779B97F4A7C15ULL ^ valg->seed;
    (void)naeste(&g.rng);
    g.slut = valg->slut;
    {
        int y, m, dd;

        sag_dato_ymd(g.slut, &y, &m, &dd);
        (void)sag_dato_fra_ymd(y - valg->aar + 1, 1, 1, &g.start);
        if (m != 12 || dd != 31)
            (void)sag_dato_plus_aar(plus(g.slut, 1), -(int32_t)valg->aar,
                                    SAG_MAANED_SIDSTE_DAG, &g.start);
    }
    {
        struct sag_liste_filter f = { NULL, NULL, NULL, NULL, 1,
                                      NULL, NULL, NULL, 0 };
        long findes = 0;

        if ((st = sag_store_liste(s, &f, taeller_cb, &findes, d)) != SAG_OK)
            return st;
        if (findes > 0)
            return sag_diag_set(d, SAG_ECONFLICT, "/db",
                                "databasen indeholder allerede sager; brug "
                                "en ny");
    }
    sag_store_saet_ur(s, ur, &g);
    sag_store_tillad_historik(s, true); /* synthetic recording times */

    /* The intake: every day's new cases, spread evenly over the year, and
     * the reopenings at their rate. */
    {
        long dage = g.slut.dage - g.start.dage + 1;
        long i_alt = valg->sager_pr_aar * dage / 365;

        for (long i = 0; i < i_alt; i++) {
            struct job j;
            int u = ens(&g.rng, 0, 999);

            memset(&j, 0, sizeof(j));
            j.dato = plus(g.start, (int)(i * dage / i_alt));
            if (u < ANDEL_FOERSTEGANG) {
                j.art = J_NY;
                j.gruppe = ens(&g.rng, 0, 999) < ANDEL_TAB_AF_FOERSTEGANG
                               ? SAG_GRUPPE_FOERSTEGANG_MED_TAB
                               : SAG_GRUPPE_FOERSTEGANG_UDEN_TAB;
            } else if (u < ANDEL_FOERSTEGANG + ANDEL_ANDENGANG) {
                j.art = J_GENOPTAG;
            } else if (u <
                       ANDEL_FOERSTEGANG + ANDEL_ANDENGANG + ANDEL_PRIVAT_MEN) {
                j.art = J_NY;
                j.gruppe = SAG_GRUPPE_PRIVAT_MEN;
            } else if (u < ANDEL_FOERSTEGANG + ANDEL_ANDENGANG +
                               ANDEL_PRIVAT_MEN + ANDEL_PRIVAT_TAB) {
                j.art = J_NY;
                j.gruppe = SAG_GRUPPE_PRIVAT_TAB;
            } else {
                continue; /* the remaining 2 %: remittals arise from appeals */
            }
            if ((st = koe_ind(&g, j)) != SAG_OK)
                break;
        }
    }
    /* Run the queue in date order, committing every 2.000 jobs. */
    st = sag_store_begynd(s, d);
    for (long n = 0; st == SAG_OK && g.antal_job > 0; n++) {
        struct job j = koe_ud(&g);

        st = koer_job(&g, &j);
        if (st == SAG_OK && n % 2000 == 1999) {
            st = sag_store_bekraeft(s, d);
            if (st == SAG_OK)
                st = sag_store_begynd(s, d);
        }
    }
    if (st == SAG_OK)
        st = sag_store_bekraeft(s, d);
    else
        sag_store_fortryd(s);
    while (g.antal_job > 0) {
        struct job j = koe_ud(&g);

        free(j.rest);
    }
    free(g.koe);
    free(g.puljen);
    sag_store_saet_ur(s, NULL, NULL);
    sag_store_tillad_historik(s, false);
    if (st != SAG_OK)
        return st;
    memset(ud, 0, sizeof(*ud));
    ud->start = g.start;
    ud->slut = g.slut;
    ud->sager = g.sager;
    ud->haendelser = g.haendelser;
    ud->afgoerelser = g.afgoerelser;
    ud->beregnede = g.beregnede;
    ud->klager = g.klager;
    ud->hjemvisninger = g.hjemvisninger;
    ud->afviste_beregninger = g.afviste_beregninger;
    memcpy(ud->pr_gruppe, g.pr_gruppe, sizeof(ud->pr_gruppe));
    return SAG_OK;
}
