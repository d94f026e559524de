/*
 * Awards (ydelser) with periods, the yearly regulation of running amounts
 * and what is due for an award in a month (include/skadesag/ydelse.h,
 * issue 14).
 *
 * Regulation (ASL § 25, stk. 2, 3 and 5; BEK nr. 1232 af 2018 §§ 2-3;
 * law_facts_2 1.1-1.2 and 2.1): a running award is stored as its
 * grundydelse, the yearly amount that corresponds to the grundløn (§ 24,
 * stk. 8). The yearly amount paid in year Y is the grundydelse with the
 * cumulative regulation percentage of Y as a supplement, raised to whole
 * kroner divisible by 12 (§ 25, stk. 5: "forhøjes"). Each year is
 * recomputed from the base; the previous year's rounded amount is never
 * compounded (law_facts_2 2.1). The changes take effect from 1 January
 * (§ 25, stk. 3). For injuries before 1.7.2024 the 2024 regulation lifts
 * the base to the new level (65,7 %) and the series from 2024 applies on
 * top (Mineo [SECONDARY], law_facts_2 1.2) — the same factor the engine
 * uses for the decision year (src/core/aarsloen.c, grundloen_regulering).
 *
 * Monthly amount: the yearly amount / 12 (whole kroner, since the yearly
 * amount is divisible by 12). AES pays "én gang om måneden" (law_facts_2
 * 2.2); whether in advance or in arrears is not in the sources: the
 * amount for a month is the same either way, only the payment date moves.
 * A month only partly covered (a start or an end inside it) gets the days
 * covered / the days of the month of the monthly amount, rounded half up to
 * whole øre (Q-43: the sources name no rule for a broken month).
 */
#include "skadesag/ydelse.h"

#include <stdio.h>
#include <string.h>

#include "skadesag/beregning.h"
#include "skadesag/lov.h"
#include "skadesag/satser.h"
#include "skadesag/spor.h"
#include "../base/sag_assert.h"
#include "../base/banned.h"

#define REG_PCT "reguleringsprocent_erhvervsevnetab_kumuleret"

/* A trace step; `sp` may be NULL here (the monthly run passes none). */
static struct sag_spor_trin *
trin(struct sag_spor *sp, const char *regel, const char *hjemmel,
     enum sag_spor_art art)
{
    return sp != NULL ? sag_spor_trin(sp, regel, hjemmel, art) : NULL;
}

/* The regulation acts' citation for every regulation step. */
#define HJ_REGULERING                                                          \
    "ASL § 25, stk. 2, 3 og 5 (" SAG_KILDE_ASL "); " SAG_KILDE_REGULERING_2019 \
    " § 3 og de tilsvarende årlige reguleringsakter"

/* ---- months ---- */

struct sag_dato
sag_maaned_foerste(struct sag_maaned m)
{
    struct sag_dato d = { 0 };

    (void)sag_dato_fra_ymd(m.aar, m.maaned, 1, &d);
    return d;
}

struct sag_dato
sag_maaned_sidste(struct sag_maaned m)
{
    return sag_dato_sidste_i_maaned(sag_maaned_foerste(m));
}

struct sag_maaned
sag_maaned_af(struct sag_dato d)
{
    struct sag_maaned m;
    int dag;

    sag_dato_ymd(d, &m.aar, &m.maaned, &dag);
    return m;
}

struct sag_maaned
sag_maaned_naeste(struct sag_maaned m)
{
    if (m.maaned == 12)
        return (struct sag_maaned){ m.aar + 1, 1 };
    return (struct sag_maaned){ m.aar, m.maaned + 1 };
}

int
sag_maaned_cmp(struct sag_maaned a, struct sag_maaned b)
{
    int x = a.aar * 12 + a.maaned, y = b.aar * 12 + b.maaned;

    return (x > y) - (x < y);
}

enum sag_status
sag_maaned_parse(const char *s, struct sag_maaned *ud)
{
    int v[2] = { 0, 0 };
    size_t i = 0;

    if (s == NULL || strlen(s) != 7 || s[4] != '-')
        return SAG_EPARSE;
    for (i = 0; i < 7; i++) {
        if (i == 4)
            continue;
        if (s[i] < '0' || s[i] > '9')
            return SAG_EPARSE;
        if (i < 4)
            v[0] = v[0] * 10 + (s[i] - '0');
        else
            v[1] = v[1] * 10 + (s[i] - '0');
    }
    if (v[0] < 1900 || v[0] > 9998 || v[1] < 1 || v[1] > 12)
        return SAG_EPARSE;
    ud->aar = v[0];
    ud->maaned = v[1];
    return SAG_OK;
}

/* ---- names ---- */

const char *
sag_ydelse_art_navn(enum sag_ydelse_art a)
{
    switch (a) {
    case SAG_YDELSE_LOEBENDE_MIDLERTIDIG: return "loebende_midlertidig";
    case SAG_YDELSE_LOEBENDE_ENDELIG: return "loebende_endelig";
    case SAG_YDELSE_LOEBENDE_INDTIL_KAPITAL: return "loebende_indtil_kapital";
    case SAG_YDELSE_KAPITAL: return "kapital";
    case SAG_YDELSE_ENGANG: return "engangsbeloeb";
    case SAG_YDELSE_FRADRAG_28: return "fradrag_28";
    case SAG_YDELSE_MEN: return "men";
    }
    return "ukendt";
}

const char *
sag_ydelse_betalertype_navn(enum sag_ydelse_betalertype b)
{
    switch (b) {
    case SAG_YDELSE_BETALER_FORSIKRING: return "forsikring";
    case SAG_YDELSE_BETALER_AES: return "aes";
    }
    return "ukendt";
}

bool
sag_ydelse_er_loebende(enum sag_ydelse_art a)
{
    return a == SAG_YDELSE_LOEBENDE_MIDLERTIDIG ||
           a == SAG_YDELSE_LOEBENDE_ENDELIG ||
           a == SAG_YDELSE_LOEBENDE_INDTIL_KAPITAL ||
           a == SAG_YDELSE_FRADRAG_28;
}

/* ---- the period ---- */

void
sag_ydelse_periode(const struct sag_ydelse *y, bool *har_slut,
                   struct sag_dato *slut)
{
    bool h = y->har_til;
    struct sag_dato s = y->til;

    /* A supersession from date F makes F - 1 the last day covered. */
    if (y->erstattet) {
        struct sag_dato e = { y->erstattet_fra.dage - 1 };

        if (!h || e.dage < s.dage)
            s = e;
        h = true;
    }
    *har_slut = h;
    *slut = s;
}

/* ---- regulation ---- */

static enum sag_status
pct_sats(const struct sag_satser *s, int aar, const char *serie,
         const struct sag_sats **r, struct sag_diag *d)
{
    if (sag_satser_sats(s, REG_PCT, aar, serie, r) == SAG_OK)
        return SAG_OK;
    return sag_diag_set(d, SAG_ENOTFOUND, "/maaned",
                        "satstabellen har ingen reguleringsprocent (%s) for "
                        "%d",
                        serie, aar);
}

/* The cumulative regulation factor of `aar` for the award's series, and
 * the rows used (for the trace). The percentages are stored × 1000 (65,7 %
 * = 65700). */
static enum sag_status
faktor(const struct sag_satser *s, enum sag_ydelse_regulering reg, int aar,
       struct sag_broek *f, const struct sag_sats *brugt[2], struct sag_diag *d)
{
    int reform = sag_dato_aar(SAG_LOV_DATO_REFORM_2024);
    const struct sag_sats *p[2] = { NULL, NULL };
    enum sag_status st;
    struct sag_broek g;

    if (reg == SAG_YDELSE_REG_FOER_2024) {
        if (aar <= reform) {
            if ((st = pct_sats(s, aar, "serie_foer_2024", &p[0], d)) != SAG_OK)
                return st;
        } else if ((st = pct_sats(s, reform, "serie_foer_2024", &p[0], d)) !=
                       SAG_OK ||
                   (st = pct_sats(s, aar, "serie_fra_2024", &p[1], d)) !=
                       SAG_OK) {
            return st;
        }
    } else if (reg == SAG_YDELSE_REG_FRA_2024) {
        if ((st = pct_sats(s, aar, "serie_fra_2024", &p[0], d)) != SAG_OK)
            return st;
    }
    *f = sag_broek_heltal(1);
    for (int i = 0; i < 2 && p[i] != NULL; i++)
        if (sag_broek_ny(100000 + p[i]->vaerdi, 100000, &g) != SAG_OK ||
            sag_broek_mul(*f, g, f) != SAG_OK)
            return sag_diag_set(d, SAG_EOVERFLOW, "/beloeb_oere",
                                "beløbet er for stort");
    brugt[0] = p[0];
    brugt[1] = p[1];
    return SAG_OK;
}

static void
parameter(struct sag_spor_trin *t, const struct sag_sats *r)
{
    char k[160];

    if (t == NULL || r == NULL)
        return;
    if (r->kilde != NULL && r->kilde[0] != '\0')
        (void)snprintf(k, sizeof(k), "satser.tsv linje %d: %s", r->linje,
                       r->kilde);
    else
        (void)snprintf(k, sizeof(k), "satser.tsv linje %d", r->linje);
    sag_spor_parameter(t, r->navn, k, "%lld,%03lld %% (%d, %s)",
                       (long long)(r->vaerdi / 1000),
                       (long long)(r->vaerdi % 1000), r->aar, r->betingelse);
}

enum sag_status
sag_ydelse_aarlig(const struct sag_satser *s, const struct sag_ydelse *y,
                  int aar, struct sag_spor *sp, struct sag_penge *ud,
                  struct sag_diag *d)
{
    const struct sag_sats *brugt[2] = { NULL, NULL };
    struct sag_broek f;
    struct sag_penge p, r;
    struct sag_spor_trin *t;
    enum sag_status st;

    SAG_ASSERT(s != NULL && y != NULL && ud != NULL);
    if (!sag_ydelse_er_loebende(y->art))
        return sag_diag_set(d, SAG_EINVAL, "/art",
                            "ydelsen er ikke en løbende ydelse");
    /* A fixed running amount (the § 28 deduction as decided; Q-45) is not
     * regulated and not rounded. */
    if (y->regulering == SAG_YDELSE_REG_INGEN) {
        *ud = y->beloeb;
        return SAG_OK;
    }
    /* Months before the decision year are paid at its level (BEK nr. 1232
     * af 2018 § 3: "fra tidspunktet for dennes begyndelse med et tillæg på
     * 46,9 pct." — the decision year's percentage). */
    if (aar < y->niveau_aar)
        aar = y->niveau_aar;
    if ((st = faktor(s, y->regulering, aar, &f, brugt, d)) != SAG_OK)
        return st;
    /* The exact product, up to whole øre (the § 25, stk. 5 rounding that
     * follows goes up anyway, so rounding the øre up first changes
     * nothing), then up to whole kroner divisible by 12. */
    if (sag_penge_gange_broek(y->beloeb, f, SAG_AFRUND_OP, &p) != SAG_OK ||
        sag_penge_op_til_12_kr(p, &r) != SAG_OK)
        return sag_diag_set(d, SAG_EOVERFLOW, "/beloeb_oere",
                            "beløbet er for stort");
    t = trin(sp, "ydelse.regulering", HJ_REGULERING, SAG_SPOR_BEREGNET);
    if (t != NULL) {
        char g[SAG_PENGE_STR_LEN], a[SAG_PENGE_STR_LEN], b[SAG_PENGE_STR_LEN];
        char fs[SAG_BROEK_STR_LEN];

        sag_penge_format_dk(y->beloeb, g);
        sag_penge_format_dk(p, a);
        sag_penge_format_dk(r, b);
        sag_broek_format(f, fs);
        sag_spor_input(t, "grundydelse", "%s", g);
        sag_spor_input(t, "aar", "%d", aar);
        parameter(t, brugt[0]);
        parameter(t, brugt[1]);
        sag_spor_afrunding(t, "op til nærmeste med 12 delelige kronebeløb "
                              "(ASL § 25, stk. 5)");
        sag_spor_resultat(t, "%lld", (long long)r.oere);
        sag_spor_tekst(t,
                       "Den årlige ydelse for %d er grundydelsen %s × %s = "
                       "%s, forhøjet til %s.",
                       aar, g, fs, a, b);
    }
    *ud = r;
    return SAG_OK;
}

/* ---- due in a month ---- */

static enum sag_status
andel(struct sag_penge a, struct sag_broek andel, struct sag_penge *ud)
{
    if (andel.naevner == 0 || andel.taeller == andel.naevner) {
        *ud = a;
        return SAG_OK;
    }
    /* The payer's share, half up to whole øre (guidance 2.10 names the
     * shares, not the rounding; Q-45). */
    return sag_penge_gange_broek(a, andel, SAG_AFRUND_HALV_OP, ud);
}

enum sag_status
sag_ydelse_forfald(const struct sag_satser *s, const struct sag_ydelse *y,
                   struct sag_maaned m, struct sag_spor *sp,
                   struct sag_ydelse_forfald *ud, struct sag_diag *d)
{
    struct sag_ydelse_forfald r;
    struct sag_dato m0 = sag_maaned_foerste(m), m1 = sag_maaned_sidste(m);
    struct sag_dato fra, til;
    bool har_slut;
    struct sag_penge hel;
    struct sag_spor_trin *t;
    enum sag_status st;

    SAG_ASSERT(s != NULL && y != NULL && ud != NULL);
    memset(&r, 0, sizeof(r));
    r.maaned = m;
    r.dage_i_maaned = sag_dato_dage_i_maaned(m.aar, m.maaned);
    sag_ydelse_periode(y, &har_slut, &til);

    if (!sag_ydelse_er_loebende(y->art)) {
        /* A capital sum or lump sum is due once, in the month it takes
         * effect (guidance 2.8: the capital sum takes effect at the
         * decision; the running payment before it is its own award). */
        if (sag_maaned_cmp(sag_maaned_af(y->fra), m) != 0 ||
            (har_slut && til.dage < y->fra.dage)) {
            r.regel = "ydelse.ikke-forfalden";
            *ud = r;
            return SAG_OK;
        }
        if ((st = andel(y->beloeb, y->andel, &r.beloeb)) != SAG_OK)
            return sag_diag_set(d, st, "/beloeb_oere", "beløbet er for stort");
        r.forfalden = true;
        r.regel = "ydelse.engang";
        t = trin(
            sp, "ydelse.engang",
            y->art == SAG_YDELSE_KAPITAL ? "ASL § 27 (" SAG_KILDE_ASL
                                           "); " SAG_KILDE_VEJ ", afsnit 2.8"
            : y->art == SAG_YDELSE_MEN ? "ASL § 18 (" SAG_KILDE_ASL "); Q-69"
                                       : SAG_KILDE_VEJ ", afsnit 2.11",
            SAG_SPOR_BEREGNET);
        if (t != NULL) {
            char b[SAG_PENGE_STR_LEN];

            sag_penge_format_dk(r.beloeb, b);
            sag_spor_resultat(t, "%lld", (long long)r.beloeb.oere);
            sag_spor_tekst(t, "%s udbetales én gang: %s.",
                           y->art == SAG_YDELSE_KAPITAL ? "Kapitalbeløbet"
                           : y->art == SAG_YDELSE_MEN
                               ? "Godtgørelsen for varigt mén"
                               : "Engangsbeløbet",
                           b);
        }
        *ud = r;
        return SAG_OK;
    }

    /* The part of the month the award covers. */
    fra = sag_dato_max(y->fra, m0);
    if (har_slut)
        til = sag_dato_min(til, m1);
    else
        til = m1;
    if (sag_dato_cmp(fra, til) > 0) {
        r.regel = "ydelse.ikke-forfalden";
        *ud = r;
        return SAG_OK;
    }
    r.dage = (int)(til.dage - fra.dage + 1);

    if ((st = sag_ydelse_aarlig(s, y, m.aar, sp, &r.aarlig, d)) != SAG_OK)
        return st;
    /* Divisible by 12 kroner after § 25, stk. 5, so exact for regulated
     * amounts; a fixed amount is divided half up. */
    {
        struct sag_broek tolv;

        if (sag_broek_ny(1, SAG_LOV_DELELIG_KR, &tolv) != SAG_OK ||
            sag_penge_gange_broek(r.aarlig, tolv, SAG_AFRUND_HALV_OP,
                                  &r.maanedlig) != SAG_OK)
            return sag_diag_set(d, SAG_EOVERFLOW, "/beloeb_oere",
                                "beløbet er for stort");
    }
    hel = r.maanedlig;
    if (r.dage != r.dage_i_maaned) {
        struct sag_broek del;

        /* a broken month by days, half up to whole øre. */
        if (sag_broek_ny(r.dage, r.dage_i_maaned, &del) != SAG_OK ||
            sag_penge_gange_broek(r.maanedlig, del, SAG_AFRUND_HALV_OP, &hel) !=
                SAG_OK)
            return sag_diag_set(d, SAG_EOVERFLOW, "/beloeb_oere",
                                "beløbet er for stort");
    }
    if ((st = andel(hel, y->andel, &r.beloeb)) != SAG_OK)
        return sag_diag_set(d, st, "/beloeb_oere", "beløbet er for stort");
    r.forfalden = true;
    r.regel = "ydelse.maaned";
    t = trin(sp, "ydelse.maaned",
             "ASL § 25, stk. 5 (" SAG_KILDE_ASL
             "); månedlig udbetaling (åbne spørgsmål Q-42, Q-43)",
             SAG_SPOR_BEREGNET);
    if (t != NULL) {
        char a[SAG_PENGE_STR_LEN], b[SAG_PENGE_STR_LEN], c[SAG_PENGE_STR_LEN];

        sag_penge_format_dk(r.aarlig, a);
        sag_penge_format_dk(r.maanedlig, b);
        sag_penge_format_dk(r.beloeb, c);
        sag_spor_input(t, "maaned", "%04d-%02d", m.aar, m.maaned);
        sag_spor_input(t, "dage", "%d af %d", r.dage, r.dage_i_maaned);
        sag_spor_resultat(t, "%lld", (long long)r.beloeb.oere);
        sag_spor_tekst(t,
                       "For %s %d forfalder %s (årlig ydelse %s, %s om "
                       "måneden, %d af %d dage).",
                       sag_dato_maanedsnavn(m.maaned), m.aar, c, a, b, r.dage,
                       r.dage_i_maaned);
    }
    *ud = r;
    return SAG_OK;
}

/* ---- grundydelse from a decision ---- */

enum sag_status
sag_ydelse_grundydelse(const struct sag_satser *s,
                       const struct sag_beregning *b, int pct,
                       struct sag_spor *sp, struct sag_penge *grund,
                       enum sag_ydelse_regulering *regulering,
                       struct sag_diag *d)
{
    int reform = sag_dato_aar(SAG_LOV_DATO_REFORM_2024);
    bool ny = sag_dato_cmp(b->noegledato, SAG_LOV_DATO_REFORM_2024) >= 0;
    int aar0 = sag_dato_aar(b->noegledato);
    const struct sag_sats *basis, *maks0;
    struct sag_broek f, g;
    struct sag_penge r;
    struct sag_spor_trin *t;

    if (!b->har_aarsloen)
        return sag_diag_set(d, SAG_EMISSING, "/aarsloen_oere",
                            "afgørelsen har ingen årsløn");
    if (sag_satser_sats(s, "maks_aarsloen", ny ? reform : 2003, "", &basis) !=
            SAG_OK ||
        sag_satser_sats(s, "maks_aarsloen", aar0, "", &maks0) != SAG_OK)
        return sag_diag_set(d, SAG_ENOTFOUND, "/aarsloen_oere",
                            "satstabellen har ingen maksimal årsløn for %d",
                            aar0);
    /* grundløn = årsløn × basis / maks[skadeår] (§ 24, stk. 8), kept exact
     * as the engine does (src/core/aarsloen.c; Mineo rounds it to whole
     * kroner, Q-44); × 0,92 × 0,83 (from 2011; 0,80 before, § 17, stk. 6)
     * × pct %, half up to whole øre (Mineo's round2). */
    if (sag_broek_ny(basis->vaerdi, maks0->vaerdi, &f) != SAG_OK)
        return SAG_EOVERFLOW;
    if (sag_dato_cmp(b->noegledato, SAG_LOV_DATO_NIVEAU_2011) >= 0) {
        if (sag_broek_ny(SAG_LOV_NIVEAU_NETTO_TAELLER,
                         SAG_LOV_NIVEAU_NETTO_NAEVNER, &g) != SAG_OK)
            return SAG_EOVERFLOW;
    } else if (sag_broek_ny(SAG_LOV_NIVEAU_FOER_2011_PCT, 100, &g) != SAG_OK) {
        return SAG_EOVERFLOW;
    }
    if (sag_broek_mul(f, g, &f) != SAG_OK ||
        sag_broek_ny(pct, 100, &g) != SAG_OK ||
        sag_broek_mul(f, g, &f) != SAG_OK ||
        sag_penge_gange_broek(b->aarsloen, f, SAG_AFRUND_HALV_OP, &r) != SAG_OK)
        return sag_diag_set(d, SAG_EOVERFLOW, "/aarsloen_oere",
                            "beløbet er for stort");
    t = trin(sp, "ydelse.grundydelse",
             "ASL § 24, stk. 8, og § 25, stk. 2 (" SAG_KILDE_ASL
             "); " SAG_KILDE_REGULERING_2019 " §§ 2-3 (åbent spørgsmål Q-44)",
             SAG_SPOR_BEREGNET);
    if (t != NULL) {
        char a[SAG_PENGE_STR_LEN], x[SAG_PENGE_STR_LEN], m[SAG_PENGE_STR_LEN],
            gs[SAG_PENGE_STR_LEN];

        sag_penge_format_dk(b->aarsloen, a);
        sag_penge_format_dk(sag_penge_oere(basis->vaerdi), x);
        sag_penge_format_dk(sag_penge_oere(maks0->vaerdi), m);
        sag_penge_format_dk(r, gs);
        sag_spor_input(t, "aarsloen", "%s", a);
        sag_spor_input(t, "procent", "%d", pct);
        sag_spor_resultat(t, "%lld", (long long)r.oere);
        sag_spor_tekst(t,
                       "Grundydelsen er årslønnen %s × %s / %s × %s × %d %% "
                       "= %s om året på grundniveau.",
                       a, x, m,
                       sag_dato_cmp(b->noegledato, SAG_LOV_DATO_NIVEAU_2011) >=
                               0
                           ? "92 % × 83 %"
                           : "80 %",
                       pct, gs);
    }
    *grund = r;
    *regulering = ny ? SAG_YDELSE_REG_FRA_2024 : SAG_YDELSE_REG_FOER_2024;
    return SAG_OK;
}

/* ---- overlap ---- */

static bool
samme_familie(const struct sag_ydelse *a, const struct sag_ydelse *b)
{
    /* A § 28 deduction runs beside the award it reduces; a once-only sum
     * beside running payments. Two running compensations for the same
     * period and payer are the payment twice over that the issue reports. */
    bool la = sag_ydelse_er_loebende(a->art) && a->art != SAG_YDELSE_FRADRAG_28;
    bool lb = sag_ydelse_er_loebende(b->art) && b->art != SAG_YDELSE_FRADRAG_28;

    if (la != lb)
        return false;
    if (!la)
        return a->art == b->art;
    return strcmp(a->betaler, b->betaler) == 0;
}

enum sag_status
sag_ydelse_tjek_overlap(const struct sag_ydelse *ny,
                        const struct sag_ydelse *eks, size_t antal,
                        struct sag_diag *d)
{
    bool hn, he;
    struct sag_dato sn, se;

    sag_ydelse_periode(ny, &hn, &sn);
    /* A once-only sum occupies the day it takes effect. */
    if (!sag_ydelse_er_loebende(ny->art) && (!hn || sn.dage > ny->fra.dage)) {
        hn = true;
        sn = ny->fra;
    }
    for (size_t i = 0; i < antal; i++) {
        const struct sag_ydelse *e = &eks[i];
        struct sag_dato fra, til;

        if (!samme_familie(ny, e))
            continue;
        sag_ydelse_periode(e, &he, &se);
        if (!sag_ydelse_er_loebende(e->art) && (!he || se.dage > e->fra.dage)) {
            he = true;
            se = e->fra;
        }
        if (he && se.dage < e->fra.dage)
            continue; /* superseded before it began */
        fra = sag_dato_max(ny->fra, e->fra);
        if (hn && he)
            til = sag_dato_min(sn, se);
        else if (hn)
            til = sn;
        else if (he)
            til = se;
        else
            til = SAG_DATO_MAX;
        if (sag_dato_cmp(fra, til) <= 0) {
            char a[SAG_DATO_DK_LEN], b[SAG_DATO_DK_LEN];

            sag_dato_format_dk(fra, a);
            if (til.dage == SAG_DATO_MAX.dage)
                (void)snprintf(b, sizeof(b), "%s", "videre");
            else
                sag_dato_format_dk(til, b);
            return sag_diag_set(d, SAG_ECONFLICT, "/ydelser",
                                "ydelsen (%s fra %s) overlapper ydelse %s (%s) "
                                "i perioden %s til %s: samme periode kan ikke "
                                "udbetales to gange",
                                sag_ydelse_art_navn(ny->art), a, e->id,
                                sag_ydelse_art_navn(e->art), a, b);
        }
    }
    return SAG_OK;
}

/* ---- awards from a decision ---- */

/* The first day a new running award covers, by the rule of the change
 * (guidance 2.6.3; see enum sag_ydelse_skift). */
static struct sag_dato
virkning(const struct sag_ydelse_plan *p)
{
    const struct sag_beregning *b = p->b;
    struct sag_dato t =
        b->har_tilkendelse ? b->tilkendelsesdato : p->afgoerelsesdato;

    switch (p->skift) {
    case SAG_YDELSE_SKIFT_NEDSAETTELSE:
        return sag_maaned_foerste(
            sag_maaned_naeste(sag_maaned_af(p->afgoerelsesdato)));
    case SAG_YDELSE_SKIFT_42: return sag_dato_max(t, p->anmodningsdato);
    case SAG_YDELSE_SKIFT_FOERSTE:
    case SAG_YDELSE_SKIFT_FORHOEJELSE:
    case SAG_YDELSE_SKIFT_AFSLUTTET_PERIODE: break;
    }
    return t;
}

static const char *
virkning_hjemmel(enum sag_ydelse_skift s)
{
    switch (s) {
    case SAG_YDELSE_SKIFT_NEDSAETTELSE:
        return SAG_KILDE_VEJ ", afsnit 2.6.3 (revision: nedsættelse fra den "
                             "førstkommende måned efter den nye afgørelse)";
    case SAG_YDELSE_SKIFT_FORHOEJELSE:
        return SAG_KILDE_VEJ ", afsnit 2.6.3 (revision: fra det tidspunkt, "
                             "hvor ændringerne begrunder det)";
    case SAG_YDELSE_SKIFT_42:
        return "ASL § 42 (" SAG_KILDE_ASL "); " SAG_KILDE_VEJ
               ", afsnit 2.6.3 (tidligst fra anmodningen om genoptagelse)";
    case SAG_YDELSE_SKIFT_FOERSTE:
    case SAG_YDELSE_SKIFT_AFSLUTTET_PERIODE: break;
    }
    return "ASL § 17, stk. 7 (" SAG_KILDE_ASL "); " SAG_KILDE_VEJ
           ", afsnit 2.6 (fra det tidspunkt, hvor tabet er påvist)";
}

struct betaler {
    enum sag_ydelse_betalertype type;
    const char *navn;
    struct sag_broek andel;
};

struct bygger {
    const struct sag_ydelse_plan *p;
    struct sag_ydelse *ud;
    size_t max, n;
    struct sag_diag *d;
};

static enum sag_status
tilfoej(struct bygger *g, const struct betaler *bt, enum sag_ydelse_art art,
        struct sag_dato fra, bool har_til, struct sag_dato til,
        struct sag_penge beloeb, enum sag_ydelse_regulering reg)
{
    struct sag_ydelse *y;

    if (har_til && til.dage < fra.dage)
        return SAG_OK; /* an empty period grants nothing */
    if (g->n >= g->max)
        return sag_diag_set(g->d, SAG_ETOOBIG, "/ydelser",
                            "afgørelsen giver for mange ydelser");
    y = &g->ud[g->n];
    memset(y, 0, sizeof(*y));
    (void)snprintf(y->id, sizeof(y->id), "%s-Y%zu", g->p->afgoerelse_id,
                   g->n + 1);
    (void)snprintf(y->sag_id, sizeof(y->sag_id), "%s", g->p->sag_id);
    (void)snprintf(y->afgoerelse_id, sizeof(y->afgoerelse_id), "%s",
                   g->p->afgoerelse_id);
    y->art = art;
    y->fra = fra;
    y->har_til = har_til;
    y->til = har_til ? til : (struct sag_dato){ 0 };
    y->beloeb = beloeb;
    y->regulering = reg;
    y->niveau_aar =
        reg == SAG_YDELSE_REG_INGEN ? 0 : sag_dato_aar(g->p->afgoerelsesdato);
    y->betalertype = bt->type;
    (void)snprintf(y->betaler, sizeof(y->betaler), "%s", bt->navn);
    y->andel = bt->andel;
    /* Running compensation is taxable income, a capital sum and a lump sum
     * are not (Q-46: ligningsloven/statsskatteloven not in the sources;
     * AES's pages state it). */
    y->skattepligtig = sag_ydelse_er_loebende(art);
    g->n++;
    return SAG_OK;
}

enum sag_status
sag_ydelser_fra_afgoerelse(const struct sag_satser *s,
                           const struct sag_ydelse_plan *p, struct sag_spor *sp,
                           struct sag_ydelse *ud, size_t max, size_t *antal,
                           struct sag_diag *d)
{
    const struct sag_beregning *b = p->b;
    struct betaler bt[SAG_FORDELING_MAX];
    size_t nb = 0;
    struct bygger g = { p, ud, max, 0, d };
    struct sag_dato fra = virkning(p), tom = { 0 };
    bool har_til = false;
    struct sag_dato til = { 0 };
    enum sag_ydelse_regulering reg = SAG_YDELSE_REG_INGEN;
    struct sag_penge grund = { 0 };
    struct sag_spor_trin *t;
    enum sag_status st;
    bool loebende, kapital;
    int pct;

    SAG_ASSERT(p != NULL && b != NULL && antal != NULL);
    if (!b->ret_til_erstatning || !b->har_beloeb) {
        *antal = 0;
        return SAG_OK;
    }

    /* Who pays: the shares of several injuries decided together
     * (guidance 2.10), else the employer's insurer for an accident and AES
     * for an occupational disease. */
    if (b->antal_fordeling > 0) {
        for (size_t i = 0; i < b->antal_fordeling && i < SAG_FORDELING_MAX;
             i++) {
            bt[nb].type = SAG_YDELSE_BETALER_FORSIKRING;
            bt[nb].navn = b->fordeling[i].forsikring;
            bt[nb].andel = b->fordeling[i].andel;
            nb++;
        }
    } else if (p->skadetype == SAG_SKADETYPE_ERHVERVSSYGDOM) {
        bt[nb++] = (struct betaler){ SAG_YDELSE_BETALER_AES, "AES",
                                     sag_broek_heltal(1) };
    } else {
        if (p->forsikring == NULL || p->forsikring[0] == '\0')
            return sag_diag_set(d, SAG_EMISSING, "/forsikring",
                                "mangler: forsikringsselskabet, der betaler "
                                "erstatningen for ulykken");
        bt[nb++] = (struct betaler){ SAG_YDELSE_BETALER_FORSIKRING,
                                     p->forsikring, sag_broek_heltal(1) };
    }

    if (p->skift == SAG_YDELSE_SKIFT_AFSLUTTET_PERIODE) {
        har_til = true;
        til = p->periode_til;
    } else if (b->har_ophoer) {
        har_til = true;
        til = b->ophoersdato;
    }

    kapital =
        b->har_kapital && (b->udbetalingsform == SAG_UDBETALING_KAPITAL ||
                           b->udbetalingsform == SAG_UDBETALING_DELVIS_KAPITAL);
    loebende = b->udbetalingsform == SAG_UDBETALING_LOEBENDE ||
               b->udbetalingsform == SAG_UDBETALING_DELVIS_KAPITAL;
    pct = b->udbetalingsform == SAG_UDBETALING_DELVIS_KAPITAL
              ? b->pct - b->kapital_pct
              : b->pct;
    if (loebende || b->har_loebende_til) {
        if ((st = sag_ydelse_grundydelse(s, b, loebende ? pct : b->pct, sp,
                                         &grund, &reg, d)) != SAG_OK)
            return st;
    }

    for (size_t i = 0; i < nb; i++) {
        if (loebende) {
            enum sag_ydelse_art art =
                b->afgoerelse == SAG_AFGOERELSE_MIDLERTIDIG
                    ? SAG_YDELSE_LOEBENDE_MIDLERTIDIG
                    : SAG_YDELSE_LOEBENDE_ENDELIG;

            if ((st = tilfoej(&g, &bt[i], art, fra, har_til, til, grund,
                              reg)) != SAG_OK)
                return st;
        }
        if (b->har_loebende_til &&
            (st = tilfoej(&g, &bt[i], SAG_YDELSE_LOEBENDE_INDTIL_KAPITAL, fra,
                          true, b->loebende_til, grund, reg)) != SAG_OK)
            return st;
        if ((kapital || b->engangserstatning) && b->har_kapital &&
            (st = tilfoej(&g, &bt[i], SAG_YDELSE_KAPITAL, p->afgoerelsesdato,
                          false, tom, b->kapital, SAG_YDELSE_REG_INGEN)) !=
                SAG_OK)
            return st;
        if (b->afloesning_gange > 0 && b->har_ophoer &&
            (st = tilfoej(&g, &bt[i], SAG_YDELSE_ENGANG,
                          (struct sag_dato){ b->ophoersdato.dage + 1 }, false,
                          tom, b->afloesningsbeloeb, SAG_YDELSE_REG_INGEN)) !=
                SAG_OK)
            return st;
        if (loebende && b->har_tjenestemandsfradrag &&
            b->tjenestemandsfradrag.oere > 0 &&
            (st = tilfoej(&g, &bt[i], SAG_YDELSE_FRADRAG_28, fra, har_til, til,
                          sag_penge_oere(-b->tjenestemandsfradrag.oere),
                          SAG_YDELSE_REG_INGEN)) != SAG_OK)
            return st;
    }

    t = trin(sp, "ydelse.virkning", virkning_hjemmel(p->skift),
             SAG_SPOR_BEREGNET);
    if (t != NULL) {
        char a[SAG_DATO_DK_LEN], e[SAG_DATO_DK_LEN];

        sag_dato_format_dk(fra, a);
        sag_spor_resultat(t, "%s", a);
        if (har_til) {
            sag_dato_format_dk(til, e);
            sag_spor_tekst(t,
                           "Afgørelsen giver %zu ydelse(r); den løbende "
                           "ydelse har virkning fra %s til og med %s.",
                           g.n, a, e);
        } else {
            sag_spor_tekst(t,
                           "Afgørelsen giver %zu ydelse(r); den løbende "
                           "ydelse har virkning fra %s.",
                           g.n, a);
        }
    }
    *antal = g.n;
    return SAG_OK;
}

/* ---- supersession ---- */

enum sag_status
sag_ydelse_erstat(const struct sag_ydelse_plan *p, const struct sag_ydelse *nye,
                  size_t antal_nye, struct sag_ydelse *eks, bool *aendret,
                  size_t antal_eks, struct sag_diag *d)
{
    struct sag_ydelse kopi[64];
    bool har_v = false;
    struct sag_dato v = { 0 };
    const char *af = "";
    enum sag_status st;

    if (antal_eks > sizeof(kopi) / sizeof(kopi[0]))
        return sag_diag_set(d, SAG_ETOOBIG, "/ydelser",
                            "sagen har for mange ydelser");
    memcpy(kopi, eks, antal_eks * sizeof(*eks));
    for (size_t i = 0; i < antal_eks; i++)
        aendret[i] = false;

    /* The effective date: the first day of the new running awards. */
    for (size_t i = 0; i < antal_nye; i++)
        if (sag_ydelse_er_loebende(nye[i].art) &&
            (!har_v || nye[i].fra.dage < v.dage)) {
            v = nye[i].fra;
            af = nye[i].id;
            har_v = true;
        }
    /* A decision granting only a once-only sum: its own date. */
    for (size_t i = 0; !har_v && i < antal_nye; i++)
        if (i == 0 || nye[i].fra.dage < v.dage) {
            v = nye[i].fra;
            af = nye[i].id;
        }
    har_v = har_v || antal_nye > 0;
    if (har_v && (p->skift == SAG_YDELSE_SKIFT_NEDSAETTELSE ||
                  p->skift == SAG_YDELSE_SKIFT_FORHOEJELSE ||
                  p->skift == SAG_YDELSE_SKIFT_42)) {
        for (size_t i = 0; i < antal_eks; i++) {
            struct sag_ydelse *e = &kopi[i];
            bool hs;
            struct sag_dato slut, fra;

            /* A once-only sum of the earlier decision that takes effect
             * on or after the new date is replaced too (the new decision
             * grants its own); one already in effect before stays. */
            if (!sag_ydelse_er_loebende(e->art)) {
                /* A mén award is not a loss award: no loss decision
                 * replaces it. */
                if (e->fra.dage < v.dage || e->erstattet ||
                    e->art == SAG_YDELSE_MEN)
                    continue;
                e->erstattet = true;
                e->erstattet_fra = e->fra;
                (void)snprintf(e->erstattet_af, sizeof(e->erstattet_af), "%s",
                               af);
                aendret[i] = true;
                continue;
            }
            sag_ydelse_periode(e, &hs, &slut);
            if (hs && slut.dage < v.dage)
                continue; /* ended before the new award takes effect */
            fra = sag_dato_max(v, e->fra);
            e->erstattet = true;
            e->erstattet_fra = fra;
            (void)snprintf(e->erstattet_af, sizeof(e->erstattet_af), "%s", af);
            aendret[i] = true;
        }
    }
    for (size_t i = 0; i < antal_nye; i++) {
        if ((st = sag_ydelse_tjek_overlap(&nye[i], kopi, antal_eks, d)) !=
                SAG_OK ||
            (st = sag_ydelse_tjek_overlap(&nye[i], nye, i, d)) != SAG_OK) {
            for (size_t j = 0; j < antal_eks; j++)
                aendret[j] = false;
            return st;
        }
    }
    memcpy(eks, kopi, antal_eks * sizeof(*eks));
    return SAG_OK;
}

/* ---- the ledger ---- */

enum sag_status
sag_ydelse_bog(const struct sag_satser *s, const struct sag_ydelse *y,
               size_t antal_y, const struct sag_ydelse_betalt *b,
               size_t antal_b, struct sag_maaned fra, struct sag_maaned til,
               struct sag_ydelse_linje *ud, size_t max, size_t *antal,
               struct sag_diag *d)
{
    size_t n = 0;
    enum sag_status st;

    for (struct sag_maaned m = fra; sag_maaned_cmp(m, til) <= 0;
         m = sag_maaned_naeste(m)) {
        for (size_t i = 0; i < antal_y; i++) {
            struct sag_ydelse_forfald f;
            struct sag_penge betalt = { 0 };
            bool har_betaling = false;

            if ((st = sag_ydelse_forfald(s, &y[i], m, NULL, &f, d)) != SAG_OK)
                return st;
            for (size_t j = 0; j < antal_b; j++)
                if (sag_maaned_cmp(b[j].maaned, m) == 0 &&
                    strcmp(b[j].ydelse_id, y[i].id) == 0) {
                    if (sag_penge_add(betalt, b[j].beloeb, &betalt) != SAG_OK)
                        return sag_diag_set(d, SAG_EOVERFLOW, "/betalinger",
                                            "beløbet er for stort");
                    har_betaling = true;
                }
            if (!f.forfalden && !har_betaling)
                continue;
            if (n >= max)
                return sag_diag_set(d, SAG_ETOOBIG, "/ydelser",
                                    "for mange linjer i udbetalingsoversigten");
            ud[n].y = &y[i];
            ud[n].maaned = m;
            ud[n].forfalden = f.forfalden ? f.beloeb : sag_penge_oere(0);
            ud[n].betalt = betalt;
            if (sag_penge_sub(ud[n].forfalden, betalt, &ud[n].difference) !=
                SAG_OK)
                return sag_diag_set(d, SAG_EOVERFLOW, "/betalinger",
                                    "beløbet er for stort");
            n++;
        }
    }
    *antal = n;
    return SAG_OK;
}

/* ---- cessation on death ---- */

enum sag_status
sag_ydelse_ophoer_ved_doed(struct sag_ydelse *y, size_t n,
                           struct sag_dato doedsdato, struct sag_spor *sp,
                           bool *aendret, size_t *antal, struct sag_diag *d)
{
    /* The first day no longer covered: the 1st of the month after the
     * death (Q-62: the guidance is silent on the month; the and
     * the payment practice's reading — the running amount for the month
     * of death is paid, nothing after it). */
    struct sag_dato ophoer =
        sag_maaned_foerste(sag_maaned_naeste(sag_maaned_af(doedsdato)));
    char af[SAG_YDELSE_ID_MAX], dk[SAG_DATO_DK_LEN];
    struct sag_spor_trin *t;

    *antal = 0;
    sag_dato_format_dk(doedsdato, dk);
    (void)snprintf(af, sizeof(af), "dødsfald %s", dk);
    for (size_t i = 0; i < n; i++) {
        bool hs;
        struct sag_dato slut;

        aendret[i] = false;
        /* Once-only sums stay: a capital sum decided before the death is
         * paid to the estate (guidance 2.16: "udbetales erstatningen til
         * boet, hvis tilskadekomne dør, inden pågældende har fået
         * erstatningen udbetalt"); the 1992 act's lump sum: Q-62. */
        if (!sag_ydelse_er_loebende(y[i].art))
            continue;
        sag_ydelse_periode(&y[i], &hs, &slut);
        if (hs && slut.dage < ophoer.dage)
            continue; /* ends in or before the month of death */
        aendret[i] = true;
        (*antal)++;
    }
    for (size_t i = 0; i < n; i++) {
        if (!aendret[i])
            continue;
        y[i].erstattet = true;
        /* An award that would begin after the month of death is
         * superseded whole (from its first day: it covers nothing). */
        y[i].erstattet_fra = sag_dato_max(ophoer, y[i].fra);
        (void)snprintf(y[i].erstattet_af, sizeof(y[i].erstattet_af), "%s", af);
        t = trin(sp, "ydelse.doedsfald", SAG_KILDE_VEJ ", afsnit 2.16 (Q-62)",
                 SAG_SPOR_BEREGNET);
        if (t != NULL) {
            char o[SAG_DATO_DK_LEN];

            sag_dato_format_dk(y[i].erstattet_fra, o);
            sag_spor_input(t, "ydelse", "%s", y[i].id);
            sag_spor_input(t, "doedsdato", "%s", dk);
            sag_spor_tekst(t,
                           "Retten til løbende erstatning er personlig og "
                           "ophører ved dødsfaldet; sidste måned er "
                           "dødsmåneden, ydelsen ophører fra %s.",
                           o);
        }
    }
    (void)d;
    return SAG_OK;
}

/* ---- mén (ASL § 18; Q-69) ---- */

enum sag_status
sag_ydelse_men(const struct sag_satser *s, const struct sag_ydelse_men_plan *p,
               struct sag_spor *sp, struct sag_ydelse *ud, size_t *antal,
               struct sag_diag *d)
{
    const struct sag_sats *pr_grad;
    struct sag_penge hel, ny;
    struct sag_ydelse y;
    struct sag_spor_trin *t;
    int aar = sag_dato_aar(p->afgoerelsesdato);
    char b1[SAG_PENGE_STR_LEN], b2[SAG_PENGE_STR_LEN], b3[SAG_PENGE_STR_LEN];

    SAG_ASSERT(s != NULL && p != NULL && ud != NULL && antal != NULL);
    *antal = 0;
    /* Below 5 % no godtgørelse is paid (law_facts 1.9, "udbetaling fra 5%
     * mèn" [SECONDARY]; ASL § 18's own threshold wording not retrieved:
     * */
    if (p->men_pct < 5)
        return SAG_OK;
    /* The amount per percent of the decision year (ASL § 18, stk. 3,
     * regulated each 1 January by § 25; the year of the decision: § 25,
     * stk. 4, read as for the loss, Q-69). */
    if (sag_satser_sats(s, "men_pr_grad", aar, "", &pr_grad) != SAG_OK)
        return sag_diag_set(d, SAG_ENOTFOUND, "/satser",
                            "satstabellerne har ikke men_pr_grad for %d", aar);
    if (sag_penge_gange_heltal(sag_penge_oere(pr_grad->vaerdi), p->men_pct,
                               &hel) != SAG_OK ||
        sag_penge_sub(hel, p->tidligere, &ny) != SAG_OK)
        return sag_diag_set(d, SAG_EOVERFLOW, "/men_pct",
                            "beløbet er for stort");
    t = trin(sp, "ydelse.men",
             "ASL § 18, stk. 3, og § 25 (" SAG_KILDE_ASL "); Q-69",
             SAG_SPOR_BEREGNET);
    sag_penge_format_dk(sag_penge_oere(pr_grad->vaerdi), b1);
    sag_penge_format_dk(hel, b2);
    sag_penge_format_dk(p->tidligere, b3);
    sag_spor_input(t, "men_pct", "%d %%", p->men_pct);
    sag_spor_parameter(t, "men_pr_grad", pr_grad->kilde, "%s (%d)", b1, aar);
    sag_spor_input(t, "tidligere", "%s", b3);
    sag_spor_resultat(t, "%lld", (long long)ny.oere);
    sag_spor_tekst(t,
                   "Godtgørelsen for %d %% varigt mén er %d × %s = %s; "
                   "tidligere tilkendt %s.",
                   p->men_pct, p->men_pct, b1, b2, b3);
    /* A lower or equal percentage grants nothing more; what was paid is
     * not claimed back here. */
    if (ny.oere <= 0)
        return SAG_OK;
    memset(&y, 0, sizeof y);
    (void)snprintf(y.id, sizeof y.id, "%s-Y1", p->afgoerelse_id);
    (void)snprintf(y.sag_id, sizeof y.sag_id, "%s", p->sag_id);
    (void)snprintf(y.afgoerelse_id, sizeof y.afgoerelse_id, "%s",
                   p->afgoerelse_id);
    y.art = SAG_YDELSE_MEN;
    y.fra = p->afgoerelsesdato;
    y.beloeb = ny;
    y.regulering = SAG_YDELSE_REG_INGEN;
    y.niveau_aar = aar;
    /* The payer as for the loss: AES for an occupational disease,
     * the employer's insurer for an accident. */
    if (p->skadetype == SAG_SKADETYPE_ERHVERVSSYGDOM) {
        y.betalertype = SAG_YDELSE_BETALER_AES;
        (void)snprintf(y.betaler, sizeof y.betaler, "AES");
    } else {
        y.betalertype = SAG_YDELSE_BETALER_FORSIKRING;
        (void)snprintf(y.betaler, sizeof y.betaler, "%s",
                       p->forsikring != NULL && p->forsikring[0] != '\0'
                           ? p->forsikring
                           : "forsikringsselskab ikke oplyst");
    }
    y.andel.taeller = 1;
    y.andel.naevner = 1;
    /* A godtgørelse is tax-free (law_facts 1.14 for lump sums; Q-46). */
    y.skattepligtig = false;
    *ud = y;
    *antal = 1;
    return SAG_OK;
}
