/*
 * Tests for awards, regulation and the ledger (src/core/ydelse.c, issue
 * 14). Every expected amount is worked out by hand in the comments from
 * the rate tables (data/satser.tsv, "reguleringsprocent_erhvervsevnetab_
 * kumuleret" and "maks_aarsloen") and the rules cited in ydelse.h — never
 * from running our code. Notation: 12-ceil(x) = x raised to whole kroner
 * divisible by 12 (ASL § 25, stk. 5).
 *
 * Percentages used (data/satser.tsv):
 *   serie_foer_2024: 2021 53,6 %; 2022 55,4 %; 2023 60,1 %; 2024 65,7 %
 *   serie_fra_2024:  2024 0,0 %; 2025 3,9 %; 2026 8,9 %
 *   maks_aarsloen:   2024 608.000 kr.; 2025 632.000 kr.
 */
#include <stdlib.h>

#include "testutil.h"

#include "hjemmel_tjek.h"

#include "skadesag/arena.h"
#include "skadesag/beregning.h"
#include "skadesag/satser.h"
#include "skadesag/satser_fil.h"
#include "skadesag/spor.h"
#include "skadesag/ydelse.h"

static struct sag_satser satser;

static int
opsaet(void **state)
{
    struct sag_diag d;

    (void)state;
    sag_satser_init(&satser);
    return sag_satser_indlaes_mappe(&satser, SAG_SOURCE_ROOT "/data", &d) ==
                   SAG_OK
               ? 0
               : -1;
}

static int
ryd_op(void **state)
{
    (void)state;
    sag_satser_release(&satser);
    return 0;
}

static struct sag_maaned
M(int aar, int maaned) {
    return (struct sag_maaned){ aar, maaned };
}

/* A running award of `grund_kr` whole kroner at the base level. */
static struct sag_ydelse
loebende(const char *id, enum sag_ydelse_art art, const char *fra,
         const char *til, int64_t grund_kr, enum sag_ydelse_regulering reg)
{
    struct sag_ydelse y;

    memset(&y, 0, sizeof(y));
    (void)snprintf(y.id, sizeof(y.id), "%s", id);
    (void)snprintf(y.sag_id, sizeof(y.sag_id), "S1");
    (void)snprintf(y.afgoerelse_id, sizeof(y.afgoerelse_id), "S1-E1");
    y.art = art;
    y.fra = dato_iso(fra);
    y.har_til = til != NULL;
    if (til != NULL)
        y.til = dato_iso(til);
    y.beloeb = sag_penge_oere(grund_kr * 100);
    y.regulering = reg;
    y.betalertype = SAG_YDELSE_BETALER_FORSIKRING;
    (void)snprintf(y.betaler, sizeof(y.betaler), "Forsikring A");
    y.andel = sag_broek_heltal(1);
    y.skattepligtig = true;
    return y;
}

static int64_t
forfald(const struct sag_ydelse *y, struct sag_maaned m)
{
    struct sag_ydelse_forfald f;
    struct sag_diag d;

    assert_ok(sag_ydelse_forfald(&satser, y, m, NULL, &f, &d));
    return f.forfalden ? f.beloeb.oere : 0;
}

static int64_t
aarlig(const struct sag_ydelse *y, int aar)
{
    struct sag_penge p;
    struct sag_diag d;

    assert_ok(sag_ydelse_aarlig(&satser, y, aar, NULL, &p, &d));
    return p.oere;
}

/* Sum due over the months [a, b]. */
static int64_t
sum(const struct sag_ydelse *y, struct sag_maaned a, struct sag_maaned b)
{
    int64_t s = 0;

    for (struct sag_maaned m = a; sag_maaned_cmp(m, b) <= 0;
         m = sag_maaned_naeste(m))
        s += forfald(y, m);
    return s;
}

/* Regulation from 2024's new base: grundydelse 200.000 kr.
 *   2024: 200.000 × 1,000 = 200.000; /12 = 16.666,67 → 12-ceil 200.004
 *   2025: 200.000 × 1,039 = 207.800; /12 = 17.316,67 → 207.804
 *   2026: 200.000 × 1,089 = 217.800; /12 = 18.150 exactly → 217.800 */
static void
regulering_fra_2024(void **state)
{
    struct sag_ydelse y =
        loebende("Y", SAG_YDELSE_LOEBENDE_ENDELIG, "2024-07-01", NULL, 200000,
                 SAG_YDELSE_REG_FRA_2024);

    (void)state;
    assert_i64_eq(aarlig(&y, 2024), 20000400);
    assert_i64_eq(aarlig(&y, 2025), 20780400);
    assert_i64_eq(aarlig(&y, 2026), 21780000);
}

/* Before the reform: grundydelse 100.000 kr. at the 2003 level.
 *   2023: × 1,601 = 160.100; /12 = 13.341,67 → 160.104 (13.342/md.)
 *   2024: × 1,657 = 165.700; /12 = 13.808,33 → 165.708 (13.809/md.)
 *   2025: × 1,657 × 1,039 = 172.162,30; /12 = 14.346,86 → 172.164
 *   2026: × 1,657 × 1,089 = 180.447,30; /12 = 15.037,28 → 180.456
 * Each year from the base, never the previous year's rounded amount
 * compounded (law_facts_2 2.1): 165.708 × 1,039 = 172.170,6 would give
 * 172.176 instead. */
static void
regulering_foer_2024(void **state)
{
    struct sag_ydelse y =
        loebende("Y", SAG_YDELSE_LOEBENDE_ENDELIG, "2020-01-01", NULL, 100000,
                 SAG_YDELSE_REG_FOER_2024);

    (void)state;
    assert_i64_eq(aarlig(&y, 2023), 16010400);
    assert_i64_eq(aarlig(&y, 2024), 16570800);
    assert_i64_eq(aarlig(&y, 2025), 17216400);
    assert_i64_eq(aarlig(&y, 2026), 18045600);
}

/* A final running award across three 1 January regulations to the
 * cessation at folkepensionsalder. Born 10.3.1959: 65,5 years
 * (folkepensionsalder.tsv, born 1.1-30.6.1959), reached 10.9.2024; payment
 * stops at the end of that month (ASL § 17, stk. 7 as in guidance 2.11):
 * til 30.9.2024. Grundydelse 100.000 kr. (2003 level), from 1.3.2021.
 *   2021: × 1,536 = 153.600 (divisible) → 12.800/md. × 10 (Mar-Dec) = 128.000
 *   2022: × 1,554 = 155.400 (divisible) → 12.950/md. × 12 = 155.400
 *   2023: 160.104 → 13.342/md. × 12 = 160.104
 *   2024: 165.708 → 13.809/md. × 9 (Jan-Sep) = 124.281
 *   total 567.785,00 kr.; October 2024 and later: nothing. */
static void
tre_reguleringer_til_pensionsalder(void **state)
{
    struct sag_ydelse y =
        loebende("Y", SAG_YDELSE_LOEBENDE_ENDELIG, "2021-03-01", "2024-09-30",
                 100000, SAG_YDELSE_REG_FOER_2024);

    (void)state;
    assert_i64_eq(forfald(&y, M(2021, 2)), 0);
    assert_i64_eq(forfald(&y, M(2021, 3)), 1280000);
    assert_i64_eq(forfald(&y, M(2022, 1)), 1295000);
    assert_i64_eq(forfald(&y, M(2023, 1)), 1334200);
    assert_i64_eq(forfald(&y, M(2024, 9)), 1380900);
    assert_i64_eq(forfald(&y, M(2024, 10)), 0);
    assert_i64_eq(forfald(&y, M(2030, 1)), 0);
    assert_i64_eq(sum(&y, M(2021, 1), M(2026, 12)), 56778500);
}

/* A capital award with an interim running payment. Injury 1.3.2025
 * (reform base): årsløn 316.000 kr., 30 %.
 *   grundløn = 316.000 × 608.000 / 632.000 = 304.000 kr.
 *   grundydelse = 304.000 × 0,92 × 0,83 × 0,30 = 304.000 × 0,22908
 *               = 69.640,32 kr.
 *   2025: 69.640,32 × 1,039 = 72.356,29; /12 = 6.029,69 → 72.360 kr.
 *         = 6.030,00/md.
 * Running from the tilkendelsesdato 15.4.2025 until the capital takes
 * effect at the decision 10.9.2025 (loebende_til 9.9.2025):
 *   April 16/30 × 6.030 = 3.216,00; May-Aug 4 × 6.030 = 24.120,00;
 *   September 9/30 × 6.030 = 1.809,00; interim total 29.145,00 kr.
 * The capital sum 500.000,00 kr. is due in September 2025, once. */
static void
kapital_med_loebende_indtil(void **state)
{
    struct sag_beregning b;
    struct sag_ydelse_plan p;
    struct sag_ydelse y[8];
    size_t n = 0;
    struct sag_diag d;
    int64_t loeb = 0, kap = 0;

    (void)state;
    memset(&b, 0, sizeof(b));
    b.noegledato = dato_iso("2025-03-01");
    b.afgoerelse = SAG_AFGOERELSE_ENDELIG;
    b.ret_til_erstatning = true;
    b.pct = 30;
    b.har_aarsloen = true;
    b.aarsloen = sag_penge_oere(31600000);
    b.har_beloeb = true;
    b.udbetalingsform = SAG_UDBETALING_KAPITAL;
    b.har_kapital = true;
    b.kapital = sag_penge_oere(50000000);
    b.har_loebende_til = true;
    b.loebende_til = dato_iso("2025-09-09");
    b.har_tilkendelse = true;
    b.tilkendelsesdato = dato_iso("2025-04-15");
    memset(&p, 0, sizeof(p));
    p.b = &b;
    p.afgoerelsesdato = dato_iso("2025-09-10");
    p.skadetype = SAG_SKADETYPE_ULYKKE;
    p.sag_id = "S1";
    p.afgoerelse_id = "S1-E1";
    p.forsikring = "Forsikring A";
    assert_ok(sag_ydelser_fra_afgoerelse(&satser, &p, NULL, y, 8, &n, &d));
    assert_i64_eq(n, 2);
    assert_i64_eq(y[0].art, SAG_YDELSE_LOEBENDE_INDTIL_KAPITAL);
    assert_ore_eq(y[0].beloeb, 6964032);
    assert_i64_eq(y[0].regulering, SAG_YDELSE_REG_FRA_2024);
    assert_true(y[0].skattepligtig);
    assert_i64_eq(y[1].art, SAG_YDELSE_KAPITAL);
    assert_false(y[1].skattepligtig);
    assert_string_equal(y[0].id, "S1-E1-Y1");
    assert_i64_eq(forfald(&y[0], M(2025, 4)), 321600);
    assert_i64_eq(forfald(&y[0], M(2025, 5)), 603000);
    assert_i64_eq(forfald(&y[0], M(2025, 9)), 180900);
    assert_i64_eq(forfald(&y[0], M(2025, 10)), 0);
    for (struct sag_maaned m = M(2025, 1); sag_maaned_cmp(m, M(2026, 12)) <= 0;
         m = sag_maaned_naeste(m)) {
        loeb += forfald(&y[0], m);
        kap += forfald(&y[1], m);
    }
    assert_i64_eq(loeb, 2914500);
    assert_i64_eq(kap, 50000000);
    assert_i64_eq(forfald(&y[1], M(2025, 9)), 50000000);
}

/* Insurer split 1/3 and 2/3 of a 2023 month of 13.342,00 kr.:
 *   13.342 / 3 = 4.447,333 → 4.447,33; × 2/3 = 8.894,667 → 8.894,67;
 *   together 13.342,00 (the shares of guidance 2.10). */
static void
fordeling_mellem_selskaber(void **state)
{
    struct sag_ydelse a =
        loebende("A", SAG_YDELSE_LOEBENDE_ENDELIG, "2020-01-01", NULL, 100000,
                 SAG_YDELSE_REG_FOER_2024);
    struct sag_ydelse b = a;

    (void)state;
    a.andel = (struct sag_broek){ 1, 3 };
    (void)snprintf(b.id, sizeof(b.id), "B");
    (void)snprintf(b.betaler, sizeof(b.betaler), "Forsikring B");
    b.andel = (struct sag_broek){ 2, 3 };
    assert_i64_eq(forfald(&a, M(2023, 5)), 444733);
    assert_i64_eq(forfald(&b, M(2023, 5)), 889467);
    assert_i64_eq(forfald(&a, M(2023, 5)) + forfald(&b, M(2023, 5)), 1334200);
}

/* A plan with the decision's figures given by hand (for supersession). */
static void
plan(struct sag_ydelse_plan *p, struct sag_beregning *b,
     enum sag_ydelse_skift skift, const char *afg, const char *tilkendt)
{
    memset(p, 0, sizeof(*p));
    p->b = b;
    p->afgoerelsesdato = dato_iso(afg);
    p->skadetype = SAG_SKADETYPE_ULYKKE;
    p->sag_id = "S1";
    p->afgoerelse_id = "S1-E2";
    p->forsikring = "Forsikring A";
    p->skift = skift;
    b->har_tilkendelse = true;
    b->tilkendelsesdato = dato_iso(tilkendt);
}

/* A temporary award superseded by a final one with back pay. Temporary
 * 100.000 kr. (2003 level) from 1.1.2024, paid Jan-Jun 2024 at 13.809/md.
 * The final decision of 20.6.2024 raises it to 150.000 kr. from the same
 * tilkendelsesdato (guidance 2.6.3, revision: from when the changes
 * justify it):
 *   150.000 × 1,657 = 248.550; /12 = 20.712,5 → 248.556 = 20.713/md.
 *   back pay Jan-Jun: 6 × (20.713 − 13.809) = 6 × 6.904 = 41.424,00 kr. */
static void
midlertidig_erstattet_af_endelig(void **state)
{
    struct sag_ydelse eks[1], ny[1];
    struct sag_ydelse_plan p;
    struct sag_beregning b;
    bool aendret[1];
    struct sag_diag d;
    struct sag_ydelse alle[2];
    struct sag_ydelse_betalt bet[6];
    struct sag_ydelse_linje l[32];
    size_t n = 0;
    int64_t diff = 0;

    (void)state;
    eks[0] = loebende("S1-E1-Y1", SAG_YDELSE_LOEBENDE_MIDLERTIDIG, "2024-01-01",
                      NULL, 100000, SAG_YDELSE_REG_FOER_2024);
    ny[0] = loebende("S1-E2-Y1", SAG_YDELSE_LOEBENDE_ENDELIG, "2024-01-01",
                     NULL, 150000, SAG_YDELSE_REG_FOER_2024);
    memset(&b, 0, sizeof(b));
    plan(&p, &b, SAG_YDELSE_SKIFT_FORHOEJELSE, "2024-06-20", "2024-01-01");
    assert_ok(sag_ydelse_erstat(&p, ny, 1, eks, aendret, 1, &d));
    assert_true(aendret[0]);
    assert_true(eks[0].erstattet);
    assert_i64_eq(eks[0].erstattet_fra.dage, dato_iso("2024-01-01").dage);
    assert_string_equal(eks[0].erstattet_af, "S1-E2-Y1");
    alle[0] = eks[0];
    alle[1] = ny[0];
    for (int i = 0; i < 6; i++) {
        bet[i].ydelse_id = "S1-E1-Y1";
        bet[i].maaned = M(2024, i + 1);
        bet[i].beloeb = sag_penge_oere(1380900);
    }
    assert_ok(sag_ydelse_bog(&satser, alle, 2, bet, 6, M(2024, 1), M(2024, 6),
                             l, 32, &n, &d));
    assert_i64_eq(n, 12);
    for (size_t i = 0; i < n; i++)
        diff += l[i].difference.oere;
    assert_i64_eq(diff, 4142400);
    /* The temporary award's months are overpaid on it (nothing due any
     * more), the final's owed in full. */
    assert_i64_eq(l[0].y == &alle[0] ? l[0].difference.oere
                                     : l[1].difference.oere,
                  -1380900);
}

/* A revision reduction from the month after the new decision. Final
 * 150.000 kr. from 1.1.2023; the revision decision of 12.3.2024 lowers it
 * to 100.000 kr.: "fra den førstkommende måned efter vores nye afgørelse"
 * (guidance 2.6.3), so from 1.4.2024. March 2024: the old 20.713,00;
 * April 2024: the new 13.809,00. */
static void
revision_nedsaettelse(void **state)
{
    struct sag_ydelse eks[1], ny[8];
    struct sag_ydelse_plan p;
    struct sag_beregning b;
    bool aendret[1];
    struct sag_diag d;
    size_t n = 0;

    (void)state;
    eks[0] = loebende("S1-E1-Y1", SAG_YDELSE_LOEBENDE_ENDELIG, "2023-01-01",
                      NULL, 150000, SAG_YDELSE_REG_FOER_2024);
    /* A decision of 30 % on årsløn 400.000 kr., injured 2022 (maks 570.000):
     * only its effective date matters here; the amount is set by hand. */
    memset(&b, 0, sizeof(b));
    b.noegledato = dato_iso("2022-05-01");
    b.afgoerelse = SAG_AFGOERELSE_ENDELIG;
    b.ret_til_erstatning = true;
    b.har_beloeb = true;
    b.pct = 30;
    b.har_aarsloen = true;
    b.aarsloen = sag_penge_oere(40000000);
    b.udbetalingsform = SAG_UDBETALING_LOEBENDE;
    plan(&p, &b, SAG_YDELSE_SKIFT_NEDSAETTELSE, "2024-03-12", "2022-06-01");
    assert_ok(sag_ydelser_fra_afgoerelse(&satser, &p, NULL, ny, 8, &n, &d));
    assert_i64_eq(n, 1);
    assert_i64_eq(ny[0].fra.dage, dato_iso("2024-04-01").dage);
    ny[0].beloeb = sag_penge_oere(10000000);
    assert_ok(sag_ydelse_erstat(&p, ny, 1, eks, aendret, 1, &d));
    assert_i64_eq(eks[0].erstattet_fra.dage, dato_iso("2024-04-01").dage);
    assert_i64_eq(forfald(&eks[0], M(2024, 3)), 2071300);
    assert_i64_eq(forfald(&eks[0], M(2024, 4)), 0);
    assert_i64_eq(forfald(&ny[0], M(2024, 3)), 0);
    assert_i64_eq(forfald(&ny[0], M(2024, 4)), 1380900);
}

/* A § 42 increase from the request. Final 100.000 kr. from 1.1.2020; the
 * request of 10.2.2024 leads to 150.000 kr. with a loss shown from
 * 1.6.2023 — but "tidligst ... fra anmodningen om genoptagelse" (guidance
 * 2.6.3), so from 10.2.2024. February 2024 has 29 days:
 *   old 9/29 × 13.809 = 124.281 / 29 = 4.285,55
 *   new 20/29 × 20.713 = 414.260 / 29 = 14.284,83 */
static void
genoptagelse_42_fra_anmodningen(void **state)
{
    struct sag_ydelse eks[1], ny[8];
    struct sag_ydelse_plan p;
    struct sag_beregning b;
    bool aendret[1];
    struct sag_diag d;
    size_t n = 0;

    (void)state;
    eks[0] = loebende("S1-E1-Y1", SAG_YDELSE_LOEBENDE_ENDELIG, "2020-01-01",
                      NULL, 100000, SAG_YDELSE_REG_FOER_2024);
    memset(&b, 0, sizeof(b));
    b.noegledato = dato_iso("2019-05-01");
    b.afgoerelse = SAG_AFGOERELSE_ENDELIG;
    b.ret_til_erstatning = true;
    b.har_beloeb = true;
    b.pct = 45;
    b.har_aarsloen = true;
    b.aarsloen = sag_penge_oere(40000000);
    b.udbetalingsform = SAG_UDBETALING_LOEBENDE;
    plan(&p, &b, SAG_YDELSE_SKIFT_42, "2024-05-02", "2023-06-01");
    p.anmodningsdato = dato_iso("2024-02-10");
    assert_ok(sag_ydelser_fra_afgoerelse(&satser, &p, NULL, ny, 8, &n, &d));
    assert_i64_eq(ny[0].fra.dage, dato_iso("2024-02-10").dage);
    ny[0].beloeb = sag_penge_oere(15000000);
    assert_ok(sag_ydelse_erstat(&p, ny, 1, eks, aendret, 1, &d));
    assert_i64_eq(forfald(&eks[0], M(2024, 2)), 428555);
    assert_i64_eq(forfald(&ny[0], M(2024, 2)), 1428483);
    assert_i64_eq(forfald(&ny[0], M(2024, 1)), 0);
}

/* Source 004: Ankestyrelsen's final 90 % award stands; AES's later
 * temporary decision for the closed period before it is added beside it,
 * and a temporary award reaching into the final one's period is refused
 * (the reported bug: it must not overwrite the final award). */
static void
kilde_004_midlertidig_foer_endelig(void **state)
{
    struct sag_ydelse eks[1], ny[1];
    struct sag_ydelse_plan p;
    struct sag_beregning b;
    bool aendret[1];
    struct sag_diag d;

    (void)state;
    eks[0] = loebende("S1-E1-Y1", SAG_YDELSE_LOEBENDE_ENDELIG, "2021-05-01",
                      "2041-05-31", 200000, SAG_YDELSE_REG_FOER_2024);
    ny[0] = loebende("S1-E2-Y1", SAG_YDELSE_LOEBENDE_MIDLERTIDIG, "2020-02-01",
                     "2021-04-30", 80000, SAG_YDELSE_REG_FOER_2024);
    memset(&b, 0, sizeof(b));
    plan(&p, &b, SAG_YDELSE_SKIFT_AFSLUTTET_PERIODE, "2022-01-10",
         "2020-02-01");
    assert_ok(sag_ydelse_erstat(&p, ny, 1, eks, aendret, 1, &d));
    assert_false(aendret[0]);
    assert_false(eks[0].erstattet);
    assert_true(eks[0].har_til);
    assert_i64_eq(eks[0].art, SAG_YDELSE_LOEBENDE_ENDELIG);

    /* Reaching two months into the final award: refused, nothing changed. */
    ny[0].til = dato_iso("2021-06-30");
    assert_status(sag_ydelse_erstat(&p, ny, 1, eks, aendret, 1, &d),
                  SAG_ECONFLICT);
    assert_string_equal(d.felt, "/ydelser");
    assert_non_null(strstr(d.besked, "overlapper"));
    assert_false(eks[0].erstattet);
}

/* Properties over generated portfolios (a fixed-seed LCG, no rand()):
 *   1. the twelve monthly amounts of every whole year inside an award add
 *      up to the yearly amount in force that year;
 *   2. nothing is due after the cessation month nor before the start;
 *   3. after a chain of supersessions no day is covered by two running
 *      awards of the same payer (no period paid twice). */
static uint64_t froe = 0x9e3779b97f4a7c15u;

static int
tilfaeldig(int n)
{
    froe = froe * 6364136223846793005u + 1442695040888963407u;
    return (int)((froe >> 33) % (uint64_t)n);
}

static void
egenskaber(void **state)
{
    struct sag_diag d;

    (void)state;
    for (int k = 0; k < 400; k++) {
        struct sag_ydelse y;
        int aar0 = 2015 + tilfaeldig(10), aar1 = aar0 + 1 + tilfaeldig(8);
        char fra[40], til[40];
        bool hs;
        struct sag_dato slut;

        (void)snprintf(fra, sizeof(fra), "%04d-%02d-%02d", aar0,
                       1 + tilfaeldig(12), 1 + tilfaeldig(28));
        (void)snprintf(til, sizeof(til), "%04d-%02d-%02d", aar1,
                       1 + tilfaeldig(12), 1 + tilfaeldig(28));
        y = loebende("P", SAG_YDELSE_LOEBENDE_ENDELIG, fra, til,
                     10000 + tilfaeldig(400000),
                     aar0 >= 2025 ? SAG_YDELSE_REG_FRA_2024
                                  : SAG_YDELSE_REG_FOER_2024);
        y.beloeb.oere += tilfaeldig(100);
        if (aar1 > 2026)
            y.til = dato_iso("2026-12-31");
        sag_ydelse_periode(&y, &hs, &slut);
        for (int aar = aar0 + 1; aar < sag_dato_aar(slut); aar++)
            if (aar >= 2025 || y.regulering == SAG_YDELSE_REG_FOER_2024)
                assert_i64_eq(sum(&y, M(aar, 1), M(aar, 12)), aarlig(&y, aar));
        assert_i64_eq(forfald(&y, sag_maaned_naeste(sag_maaned_af(slut))), 0);
        assert_i64_eq(
            forfald(&y, sag_maaned_af((struct sag_dato){ y.fra.dage - 31 })),
            0);
    }

    for (int k = 0; k < 200; k++) {
        struct sag_ydelse eks[6];
        size_t ne = 0;

        eks[ne++] =
            loebende("K-E1-Y1", SAG_YDELSE_LOEBENDE_MIDLERTIDIG, "2020-01-01",
                     NULL, 100000, SAG_YDELSE_REG_FOER_2024);
        for (int j = 2; j <= 5; j++) {
            struct sag_ydelse ny[1];
            struct sag_ydelse_plan p;
            struct sag_beregning b;
            bool aendret[6];
            char dag[40], id[32];

            memset(&b, 0, sizeof(b));
            (void)snprintf(dag, sizeof(dag), "%04d-%02d-%02d",
                           2020 + tilfaeldig(6), 1 + tilfaeldig(12),
                           1 + tilfaeldig(28));
            plan(&p, &b, (enum sag_ydelse_skift)(1 + tilfaeldig(3)), dag, dag);
            (void)snprintf(id, sizeof(id), "K-E%d-Y1", j);
            ny[0] =
                loebende(id, SAG_YDELSE_LOEBENDE_ENDELIG, dag, NULL,
                         50000 + tilfaeldig(100000), SAG_YDELSE_REG_FOER_2024);
            if (p.skift == SAG_YDELSE_SKIFT_NEDSAETTELSE)
                ny[0].fra = sag_maaned_foerste(
                    sag_maaned_naeste(sag_maaned_af(ny[0].fra)));
            if (sag_ydelse_erstat(&p, ny, 1, eks, aendret, ne, &d) == SAG_OK)
                eks[ne++] = ny[0];
        }
        /* Every day 2019-2027: at most one award covers it. */
        for (int32_t dag = dato_iso("2019-01-01").dage;
             dag <= dato_iso("2027-12-31").dage; dag += 7) {
            int daekket = 0;

            for (size_t i = 0; i < ne; i++) {
                bool hs;
                struct sag_dato s;

                sag_ydelse_periode(&eks[i], &hs, &s);
                if (eks[i].fra.dage <= dag && (!hs || s.dage >= dag))
                    daekket++;
            }
            assert_true(daekket <= 1);
        }
    }
}

/* Every trace step of a month's computation cites its sources. */
static void
spor_med_hjemmel(void **state)
{
    struct sag_ydelse y =
        loebende("Y", SAG_YDELSE_LOEBENDE_ENDELIG, "2024-01-15", NULL, 100000,
                 SAG_YDELSE_REG_FOER_2024);
    struct sag_arena a;
    struct sag_spor sp;
    struct sag_ydelse_forfald f;
    struct sag_diag d;
    char hvorfor[1536];
    int trin = 0;

    (void)state;
    sag_arena_init(&a, 1 << 16);
    sag_spor_init(&sp, &a, true);
    assert_ok(sag_ydelse_forfald(&satser, &y, M(2024, 1), &sp, &f, &d));
    /* 17 of 31 days of 13.809 = 234.753 / 31 = 7.572,677 → 7.572,68. */
    assert_ore_eq(f.beloeb, 757268);
    for (const struct sag_spor_trin *t = sp.foerste; t != NULL;
         t = t->naeste, trin++)
        if (hjemmel_fejl(t->hjemmel, hvorfor, sizeof(hvorfor)) != NULL)
            fail_msg("trin %s: %s", t->regel, hvorfor);
    assert_int_equal(trin, 2);
    sag_arena_release(&a);
}

/* Cessation on death (guidance 2.16; Q-62), death on 10.03.2026:
 *   A final running award from 15.01.2024, 200.000 kr. at the 2024 base:
 *     2026: 200.000 × 1,089 = 217.800 (/12 = 18.150 exactly), so March
 *     2026 (the month of death) is paid in full, 18.150,00 kr., and
 *     nothing from April: superseded from 01.04.2026.
 *   B a capital sum 100.000,00 kr. on 01.05.2026 (decided before the
 *     death): paid to the estate (2.16), still due in May.
 *   C a temporary award ending 31.12.2025: untouched.
 *   D a running award from 01.06.2026: superseded whole (from its first
 *     day), nothing due June-December 2026.
 *   Two awards changed, each with a trace step citing its source. */
static void
doedsfald(void **state)
{
    struct sag_ydelse y[4];
    bool aendret[4];
    size_t antal = 9;
    struct sag_arena a;
    struct sag_spor sp;
    struct sag_diag d;
    char hvorfor[1536];
    int trin = 0;

    (void)state;
    y[0] = loebende("A", SAG_YDELSE_LOEBENDE_ENDELIG, "2024-01-15", NULL,
                    200000, SAG_YDELSE_REG_FRA_2024);
    y[1] = loebende("B", SAG_YDELSE_KAPITAL, "2026-05-01", NULL, 100000,
                    SAG_YDELSE_REG_INGEN);
    y[1].skattepligtig = false;
    y[2] = loebende("C", SAG_YDELSE_LOEBENDE_MIDLERTIDIG, "2025-01-01",
                    "2025-12-31", 200000, SAG_YDELSE_REG_FRA_2024);
    y[3] = loebende("D", SAG_YDELSE_LOEBENDE_ENDELIG, "2026-06-01", NULL,
                    200000, SAG_YDELSE_REG_FRA_2024);
    assert_int_equal(forfald(&y[0], M(2026, 4)), 1815000);
    sag_arena_init(&a, 1 << 16);
    sag_spor_init(&sp, &a, true);
    assert_ok(sag_ydelse_ophoer_ved_doed(y, 4, dato_iso("2026-03-10"), &sp,
                                         aendret, &antal, &d));
    assert_int_equal(antal, 2);
    assert_true(aendret[0] && !aendret[1] && !aendret[2] && aendret[3]);
    assert_int_equal(y[0].erstattet_fra.dage, dato_iso("2026-04-01").dage);
    assert_string_equal(y[0].erstattet_af, "dødsfald 10.03.2026");
    assert_int_equal(y[3].erstattet_fra.dage, dato_iso("2026-06-01").dage);
    assert_int_equal(forfald(&y[0], M(2026, 3)), 1815000);
    assert_int_equal(forfald(&y[0], M(2026, 4)), 0);
    assert_int_equal(sum(&y[0], M(2026, 4), M(2030, 12)), 0);
    assert_int_equal(forfald(&y[1], M(2026, 5)), 10000000);
    assert_false(y[2].erstattet);
    assert_int_equal(sum(&y[3], M(2026, 6), M(2026, 12)), 0);
    for (const struct sag_spor_trin *t = sp.foerste; t != NULL;
         t = t->naeste, trin++) {
        assert_string_equal(t->regel, "ydelse.doedsfald");
        if (hjemmel_fejl(t->hjemmel, hvorfor, sizeof(hvorfor)) != NULL)
            fail_msg("trin %s: %s", t->regel, hvorfor);
    }
    assert_int_equal(trin, 2);
    sag_arena_release(&a);
}

static void
fejl_og_maaneder(void **state)
{
    struct sag_maaned m;
    struct sag_ydelse y =
        loebende("Y", SAG_YDELSE_LOEBENDE_ENDELIG, "2024-01-01", NULL, 100000,
                 SAG_YDELSE_REG_FOER_2024);
    struct sag_ydelse_forfald f;
    struct sag_diag d;

    (void)state;
    assert_ok(sag_maaned_parse("2026-01", &m));
    assert_int_equal(m.aar, 2026);
    assert_int_equal(m.maaned, 1);
    assert_status(sag_maaned_parse("2026-13", &m), SAG_EPARSE);
    assert_status(sag_maaned_parse("2026-1", &m), SAG_EPARSE);
    /* No percentage for 2040 in the tables: named, not guessed. */
    assert_status(sag_ydelse_forfald(&satser, &y, M(2040, 1), NULL, &f, &d),
                  SAG_ENOTFOUND);
    assert_non_null(strstr(d.besked, "2040"));
}

/* Months before the decision year at the decision year's level (BEK nr.
 * 1232 af 2018 § 3: paid "fra tidspunktet for dennes begyndelse med et
 * tillæg på 46,9 pct." for an award fixed in 2019). Grundydelse 100.000
 * kr. from 1.3.2016, decided in 2021 (53,6 %):
 *   2016-2021 months: 153.600 / 12 = 12.800,00 (not 2016's 37,6 %:
 *   137.600 / 12 = 11.466,67 → 137.604 = 11.467,00);
 *   2022: 155.400 / 12 = 12.950,00. */
static void
niveau_fra_afgoerelsesaaret(void **state)
{
    struct sag_ydelse y =
        loebende("Y", SAG_YDELSE_LOEBENDE_MIDLERTIDIG, "2016-03-01", NULL,
                 100000, SAG_YDELSE_REG_FOER_2024);

    (void)state;
    y.niveau_aar = 2021;
    assert_i64_eq(forfald(&y, M(2016, 3)), 1280000);
    assert_i64_eq(forfald(&y, M(2021, 12)), 1280000);
    assert_i64_eq(forfald(&y, M(2022, 1)), 1295000);
    y.niveau_aar = 0;
    assert_i64_eq(forfald(&y, M(2016, 3)), 1146700);
}

/*
 * Mén (ASL § 18; Q-69), from data/satser.tsv "men_pr_grad": 2025 10.530
 * kr., 2026 11.035 kr. per percent.
 *   10 % decided 15.1.2026, occupational disease: 10 × 11.035 =
 *     110.350,00 kr., AES, once in January 2026, tax-free.
 *   15 % later in 2026, with 110.350,00 granted: 15 × 11.035 = 165.525,00
 *     − 110.350,00 = 55.175,00 kr.
 *   8 % decided 2025, accident, insurer Tryg: 8 × 10.530 = 84.240,00 kr.
 *   4 %: below 5 %, nothing; 10 % again with 110.350,00 granted: nothing.
 */
static void
men_godtgoerelse(void **state)
{
    struct sag_ydelse_men_plan p;
    struct sag_ydelse y;
    struct sag_ydelse_forfald f;
    struct sag_diag d;
    size_t n = 9;

    (void)state;
    memset(&p, 0, sizeof p);
    p.men_pct = 10;
    p.afgoerelsesdato = dato_iso("2026-01-15");
    p.skadetype = SAG_SKADETYPE_ERHVERVSSYGDOM;
    p.sag_id = "S1";
    p.afgoerelse_id = "S1-M2";
    assert_ok(sag_ydelse_men(&satser, &p, NULL, &y, &n, &d));
    assert_int_equal(n, 1);
    assert_string_equal(y.id, "S1-M2-Y1");
    assert_int_equal(y.art, SAG_YDELSE_MEN);
    assert_ore_eq(y.beloeb, 11035000);
    assert_int_equal(y.betalertype, SAG_YDELSE_BETALER_AES);
    assert_false(y.skattepligtig);
    assert_false(sag_ydelse_er_loebende(y.art));
    assert_ok(sag_ydelse_forfald(&satser, &y, M(2026, 1), NULL, &f, &d));
    assert_true(f.forfalden);
    assert_ore_eq(f.beloeb, 11035000);
    assert_ok(sag_ydelse_forfald(&satser, &y, M(2026, 2), NULL, &f, &d));
    assert_false(f.forfalden);

    p.men_pct = 15;
    p.afgoerelse_id = "S1-M3";
    p.tidligere = sag_penge_oere(11035000);
    assert_ok(sag_ydelse_men(&satser, &p, NULL, &y, &n, &d));
    assert_int_equal(n, 1);
    assert_ore_eq(y.beloeb, 5517500);

    p.men_pct = 10;
    assert_ok(sag_ydelse_men(&satser, &p, NULL, &y, &n, &d));
    assert_int_equal(n, 0);
    p.men_pct = 4;
    p.tidligere = sag_penge_oere(0);
    assert_ok(sag_ydelse_men(&satser, &p, NULL, &y, &n, &d));
    assert_int_equal(n, 0);

    p.men_pct = 8;
    p.afgoerelsesdato = dato_iso("2025-06-02");
    p.skadetype = SAG_SKADETYPE_ULYKKE;
    p.forsikring = "Tryg";
    assert_ok(sag_ydelse_men(&satser, &p, NULL, &y, &n, &d));
    assert_int_equal(n, 1);
    assert_ore_eq(y.beloeb, 8424000);
    assert_int_equal(y.betalertype, SAG_YDELSE_BETALER_FORSIKRING);
    assert_string_equal(y.betaler, "Tryg");
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(regulering_fra_2024),
        cmocka_unit_test(regulering_foer_2024),
        cmocka_unit_test(tre_reguleringer_til_pensionsalder),
        cmocka_unit_test(kapital_med_loebende_indtil),
        cmocka_unit_test(fordeling_mellem_selskaber),
        cmocka_unit_test(midlertidig_erstattet_af_endelig),
        cmocka_unit_test(revision_nedsaettelse),
        cmocka_unit_test(genoptagelse_42_fra_anmodningen),
        cmocka_unit_test(kilde_004_midlertidig_foer_endelig),
        cmocka_unit_test(egenskaber),
        cmocka_unit_test(men_godtgoerelse),
        cmocka_unit_test(spor_med_hjemmel),
        cmocka_unit_test(fejl_og_maaneder),
        cmocka_unit_test(niveau_fra_afgoerelsesaaret),
        cmocka_unit_test(doedsfald),
    };

    return cmocka_run_group_tests(tests, opsaet, ryd_op);
}
