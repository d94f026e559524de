/*
 * The monthly payment run (udbetaling.h) on a real SQLite store: the
 * policy, a hand-worked run, a re-run that adds nothing, reversal and a
 * new run, sending, the pain.001 file of AES's orders against the official
 * XSD (when SKADESAG_PAIN001_XSD is set), and, over a generated portfolio
 * run in small batches, the ledger totals = the sum of the payment orders
 * = what sag_ydelse_forfald says is due. (A real kill -9 and resume:
 * tests/udbetaling/kill9.sh.)
 */
#include <stdlib.h>
#include <unistd.h>

#include "testnoegle.h"
#include "testsag.h"

#include "skadesag/satser_fil.h"
#include "skadesag/udbetaling.h"

static struct sag_satser satser;
static char sti[256];

static void
fjern(const char *s)
{
    char x[300];

    (void)unlink(s);
    (void)snprintf(x, sizeof(x), "%s-wal", s);
    (void)unlink(x);
    (void)snprintf(x, sizeof(x), "%s-shm", s);
    (void)unlink(x);
}

static struct sag_store *
aabn(void)
{
    struct sag_store *st = NULL;
    struct sag_diag d;
    char url[300];

    (void)snprintf(url, sizeof(url), "sqlite:%s", sti);
    if (sag_store_aabn(url, SAG_STORE_OPRET, &st, &d) != SAG_OK)
        fail_msg("kan ikke åbne %s: %s", sti, d.besked);
    return st;
}

static int
setup(void **state)
{
    (void)state;
    (void)snprintf(sti, sizeof(sti), "/tmp/skadesag-udb-%ld.db",
                   (long)getpid());
    fjern(sti);
    return 0;
}

static int
teardown(void **state)
{
    (void)state;
    fjern(sti);
    return 0;
}

static struct sag_tj
kontekst(struct sag_store *s, enum sag_rolle rolle)
{
    struct sag_tj k;

    sag_tj_init(&k, s, &satser, "tl1", rolle, dato_iso("2026-01-20"));
    return k;
}

static void
opret(struct sag_store *s, const char *cpr, char id[SAG_ID_MAX])
{
    struct sag_tj k = kontekst(s, SAG_ROLLE_SAGSBEHANDLER);
    struct sag_haendelse h = haendelse_paa(SAG_H_OPRETTET, "2025-02-14");
    struct sag_diag d;

    h.ny.type = SAG_SAGSTYPE_ULYKKE;
    h.ny.generation = SAG_GENERATION_FOERSTEGANG;
    h.ny.har_skadedato = true;
    h.ny.skadedato = dato_iso("2025-02-10");
    h.ny.har_anmeldelsesdato = true;
    h.ny.anmeldelsesdato = dato_iso("2025-02-14");
    h.ny.cpr = cpr;
    h.ny.team = "T1";
    h.ny.sagsbehandler = "sb1";
    if (sag_tj_opret(&k, &h, id, &d) != SAG_OK)
        fail_msg("opret: %s %s", d.felt, d.besked);
}

/* A final running award from `fra` at the 2024 base level. */
static void
ydelse_fra(struct sag_store *s, const char *sag_id, int n, int64_t grund_kr,
           enum sag_ydelse_betalertype bt, const char *betaler, int64_t t,
           int64_t nv, const char *fra)
{
    struct sag_ydelse y;
    struct sag_diag d;

    memset(&y, 0, sizeof y);
    (void)snprintf(y.id, sizeof y.id, "%s-E1-Y%d", sag_id, n);
    (void)snprintf(y.sag_id, sizeof y.sag_id, "%s", sag_id);
    (void)snprintf(y.afgoerelse_id, sizeof y.afgoerelse_id, "%s-E1", sag_id);
    y.art = SAG_YDELSE_LOEBENDE_ENDELIG;
    y.fra = dato_iso(fra);
    y.beloeb = sag_penge_oere(grund_kr * 100);
    y.regulering = SAG_YDELSE_REG_FRA_2024;
    y.betalertype = bt;
    (void)snprintf(y.betaler, sizeof y.betaler, "%s", betaler);
    y.andel.taeller = t;
    y.andel.naevner = nv;
    y.skattepligtig = true;
    assert_ok(sag_store_begynd(s, &d));
    if (sag_store_ydelse_gem(s, &y, &d) != SAG_OK)
        fail_msg("ydelse: %s %s", d.felt, d.besked);
    assert_ok(sag_store_bekraeft(s, &d));
}

/* A final running award from 1.1.2025 at the 2024 base level. */
static void
ydelse(struct sag_store *s, const char *sag_id, int n, int64_t grund_kr,
       enum sag_ydelse_betalertype bt, const char *betaler, int64_t t,
       int64_t nv)
{
    ydelse_fra(s, sag_id, n, grund_kr, bt, betaler, t, nv, "2025-01-01");
}

static const struct sag_maaned jan26 = { 2026, 1 };

/* The ledger's sum for a month, all references. */
static int
plus(void *ctx, const char *id, int64_t oere)
{
    (void)id;
    *(int64_t *)ctx += oere;
    return 0;
}

static int64_t
hovedbog(struct sag_store *s, struct sag_maaned m)
{
    int64_t sum = 0;
    struct sag_diag d;

    assert_ok(
        sag_store_udb_bogfoert_i_maaned(s, m.aar, m.maaned, plus, &sum, &d));
    return sum;
}

/*
 * Hand-worked: three awards at the 2024 base level, regulated for 2026 by
 * the series "serie_fra_2024" (8,9 % in 2026, data/satser.tsv), the
 * yearly amount rounded up to whole kroner divisible by 12 (§ 25, stk. 5):
 *   A (Tryg, 1/1): 120.000 kr. × 1,089 = 130.680 kr. = 12 × 10.890 kr.
 *                  → 10.890,00 kr. for January
 *   B (AES, 1/1):   60.000 kr. × 1,089 =  65.340 kr. = 12 × 5.445 kr.
 *                  →  5.445,00 kr.
 *   C (Tryg, 1/2): 120.000 kr. → 10.890,00 / 2 = 5.445,00 kr.
 * Total 21.780,00 kr.; Tryg 16.335,00 kr. (2 orders), AES 5.445,00 kr.
 */
static void
test_koersel(void **state)
{
    struct sag_store *s = aabn();
    struct sag_tj k = kontekst(s, SAG_ROLLE_TEAMLEDER);
    struct sag_tj sb = kontekst(s, SAG_ROLLE_SAGSBEHANDLER);
    struct sag_udb_resultat r, r2;
    struct sag_udb_koersel t;
    struct sag_diag d;
    char a[SAG_ID_MAX], b[SAG_ID_MAX], c[SAG_ID_MAX];

    (void)state;
    opret(s, "0101809011", a);
    opret(s, "0202809012", b);
    opret(s, "0303809013", c);
    ydelse(s, a, 1, 120000, SAG_YDELSE_BETALER_FORSIKRING, "Tryg", 1, 1);
    ydelse(s, b, 1, 60000, SAG_YDELSE_BETALER_AES, "AES", 1, 1);
    ydelse(s, c, 1, 120000, SAG_YDELSE_BETALER_FORSIKRING, "Tryg", 1, 2);
    /* No insurer on file: held back, not paid. */
    ydelse(s, c, 2, 120000, SAG_YDELSE_BETALER_FORSIKRING,
           "forsikringsselskab ikke oplyst", 1, 2);

    /* A caseworker may not release payments; nothing is stored. */
    assert_status(sag_tj_udbetaling_koer(&sb, jan26, 0, &r, &d), SAG_EADGANG);
    assert_status(sag_store_udb_aktiv(s, 2026, 1, &t, &d), SAG_ENOTFOUND);

    assert_ok(sag_tj_udbetaling_koer(&k, jan26, 2, &r, &d));
    assert_string_equal(r.k.id, "UDB-2026-01-K1");
    assert_int_equal(r.k.status, SAG_UDB_FAERDIG);
    assert_false(r.allerede);
    assert_i64_eq(r.ydelser, 4);
    assert_i64_eq(r.uden_betaler, 1);
    assert_i64_eq(r.nye_ordrer, 3);
    assert_i64_eq(r.k.antal, 3);
    assert_i64_eq(r.k.sum_oere, 2178000);
    assert_true(r.afstemt);
    assert_i64_eq(r.bogfoert_oere, 2178000);
    assert_int_equal(r.k.antal_betalere, 2);
    assert_string_equal(r.k.betalere[0].betaler, "Tryg"); /* type 1 first */
    assert_i64_eq(r.k.betalere[0].antal, 2);
    assert_i64_eq(r.k.betalere[0].sum_oere, 1633500);
    assert_string_equal(r.k.betalere[1].betaler, "AES");
    assert_i64_eq(r.k.betalere[1].sum_oere, 544500);
    assert_i64_eq(hovedbog(s, jan26), 2178000);

    /* A re-run adds nothing. */
    assert_ok(sag_tj_udbetaling_koer(&k, jan26, 0, &r2, &d));
    assert_true(r2.allerede);
    assert_i64_eq(r2.nye_ordrer, 0);
    assert_string_equal(r2.k.id, "UDB-2026-01-K1");
    assert_i64_eq(hovedbog(s, jan26), 2178000);

    /* Reversal: the ledger is back at 0 for the month, and a new run pays
     * the same again under a new id. */
    assert_ok(sag_tj_udbetaling_tilbagefoer(&k, "UDB-2026-01-K1", &t, &d));
    assert_int_equal(t.status, SAG_UDB_TILBAGEFOERT);
    assert_i64_eq(hovedbog(s, jan26), 0);
    assert_status(sag_tj_udbetaling_tilbagefoer(&k, "UDB-2026-01-K1", &t, &d),
                  SAG_ECONFLICT);
    assert_string_equal(d.felt, "/status");
    assert_ok(sag_tj_udbetaling_koer(&k, jan26, 0, &r2, &d));
    assert_string_equal(r2.k.id, "UDB-2026-01-K2");
    assert_i64_eq(r2.k.sum_oere, 2178000);
    assert_i64_eq(hovedbog(s, jan26), 2178000);

    /* Sent: no longer reversible. */
    assert_status(sag_tj_udbetaling_send(&sb, "UDB-2026-01-K2", &t, &d),
                  SAG_EADGANG);
    assert_ok(sag_tj_udbetaling_send(&k, "UDB-2026-01-K2", &t, &d));
    assert_int_equal(t.status, SAG_UDB_SENDT);
    assert_status(sag_tj_udbetaling_tilbagefoer(&k, "UDB-2026-01-K2", &t, &d),
                  SAG_ECONFLICT);
    assert_i64_eq(hovedbog(s, jan26), 2178000);
    sag_store_luk(s);
}

/* AES's orders as pain.001 (validated against the XSD if given). */
struct ordresamling {
    struct sag_ordre o[8];
    char id[8][64], sag[8][32], cpr[8][16];
    size_t n;
};

static int
saml(void *ctx, const struct sag_ordre *o, int betalertype)
{
    struct ordresamling *c = ctx;

    (void)betalertype;
    if (c->n >= 8)
        return 1;
    c->o[c->n] = *o;
    (void)snprintf(c->id[c->n], 64, "%s", o->ydelse_id);
    (void)snprintf(c->sag[c->n], 32, "%s", o->sag_id);
    (void)snprintf(c->cpr[c->n], 16, "%s", o->cpr);
    c->o[c->n].ydelse_id = c->id[c->n];
    c->o[c->n].sag_id = c->sag[c->n];
    c->o[c->n].cpr = c->cpr[c->n];
    c->o[c->n].betaler = "AES";
    c->n++;
    return 0;
}

static void
test_pain001(void **state)
{
    struct sag_store *s = aabn();
    struct sag_tj k = kontekst(s, SAG_ROLLE_LEDELSE);
    struct sag_udb_resultat r;
    struct ordresamling c;
    struct sag_pain001_hoved h = { "UDB-2026-01-K1",
                                   "2026-01-20T10:00:00",
                                   "Arbejdsmarkedets Erhvervssikring",
                                   "DK5000400440116243",
                                   NULL,
                                   dato_iso("2026-01-30") };
    struct sag_buf b;
    struct sag_diag d;
    char a[SAG_ID_MAX], e[SAG_ID_MAX];
    const char *xsd = getenv("SKADESAG_PAIN001_XSD");

    (void)state;
    memset(&c, 0, sizeof c);
    opret(s, "0101809011", a);
    opret(s, "0202809012", e);
    ydelse(s, a, 1, 60000, SAG_YDELSE_BETALER_AES, "AES", 1, 1);
    ydelse(s, e, 1, 120000, SAG_YDELSE_BETALER_AES, "AES", 1, 1);
    assert_ok(sag_tj_udbetaling_koer(&k, jan26, 0, &r, &d));
    assert_ok(sag_tj_udbetaling_ordrer(&k, r.k.id, "AES", saml, &c, &d));
    assert_int_equal(c.n, 2);
    assert_string_equal(c.o[0].cpr, "0101809011");
    sag_buf_init(&b, SAG_BUF_MAX_DEFAULT);
    assert_ok(sag_pain001_skriv(&h, c.o, c.n, &b, &d));
    /* The transfers are net of A-skat; neither person has a tax card, so
     * 55 % is withheld (KSL § 48, stk. 8; test_skattetraek has cards):
     * 5.445,00 down to 5.440 × 55 % = 2.992,00 kr. → 2.453,00 kr.;
     * 10.890,00 × 55 % = 5.989,50, up to 5.990 kr. → 4.900,00 kr.;
     * 2.453,00 + 4.900,00 = 7.353,00 kr. */
    assert_non_null(strstr(b.buf, "<CtrlSum>7353.00</CtrlSum>"));
    if (xsd != NULL && xsd[0] != '\0') {
        char fil[] = "/tmp/udb_pain001_XXXXXX", kmd[600];
        int fd = mkstemp(fil);

        assert_true(fd >= 0);
        assert_true(write(fd, b.buf, b.len) == (ssize_t)b.len);
        close(fd);
        (void)snprintf(kmd, sizeof kmd, "xmllint --noout --schema '%s' '%s'",
                       xsd, fil);
        assert_int_equal(system(kmd), 0);
        unlink(fil);
    }
    sag_buf_release(&b);
    sag_store_luk(s);
}

/* Property over a generated portfolio (seeded LCG): awards with random
 * base amounts, start dates either side of the month, shares and payers;
 * a run in batches of 7. Every award's order is what sag_ydelse_forfald
 * says is due (none where nothing is), the ledger's sum for the month
 * equals the sum of the orders, and the run reconciles. */
struct kontrol {
    const struct sag_satser *s;
    int64_t forventet;
    long long antal;
};

static int
kontroller(void *ctx, const struct sag_ydelse *y)
{
    struct kontrol *c = ctx;
    struct sag_ydelse_forfald f;
    struct sag_diag d;
    struct sag_arena a;
    struct sag_spor sp;
    enum sag_status st;

    sag_arena_init(&a, 0);
    sag_spor_init(&sp, &a, false);
    st = sag_ydelse_forfald(c->s, y, jan26, &sp, &f, &d);
    sag_arena_release(&a);
    if (st != SAG_OK)
        fail_msg("forfald %s: %s", y->id, d.besked);
    if (f.forfalden && f.beloeb.oere > 0) {
        c->forventet += f.beloeb.oere;
        c->antal++;
    }
    return 0;
}

static int
ordresum(void *ctx, const struct sag_ordre *o, int betalertype)
{
    (void)betalertype;
    *(int64_t *)ctx += o->beloeb.oere;
    return 0;
}

static void
test_egenskab(void **state)
{
    struct sag_store *s = aabn();
    struct sag_tj k = kontekst(s, SAG_ROLLE_TEAMLEDER);
    struct sag_udb_resultat r;
    struct kontrol c = { &satser, 0, 0 };
    struct sag_diag d;
    uint64_t x = 20260101u;
    int64_t ordrer = 0;
    static const char *const betalere[] = { "Tryg", "Codan", "Topdanmark" };

    (void)state;
    for (int i = 0; i < 60; i++) {
        char id[SAG_ID_MAX], cpr[12];
        struct sag_ydelse y;

        (void)snprintf(cpr, sizeof cpr, "%02d0180%04d", 1 + i % 28, 1000 + i);
        opret(s, cpr, id);
        for (int j = 1; j <= 2; j++) {
            x = x * 6364136223846793005u + 1442695040888963407u;
            memset(&y, 0, sizeof y);
            (void)snprintf(y.id, sizeof y.id, "%s-E1-Y%d", id, j);
            (void)snprintf(y.sag_id, sizeof y.sag_id, "%s", id);
            (void)snprintf(y.afgoerelse_id, sizeof y.afgoerelse_id, "%s-E1",
                           id);
            y.art = SAG_YDELSE_LOEBENDE_ENDELIG;
            /* Start between 1.10.2025 and 28.2.2026: some in the month,
             * some after it, some mid-month (a part month). */
            y.fra.dage = dato_iso("2025-10-01").dage + (int32_t)(x >> 40) % 150;
            y.beloeb = sag_penge_oere((int64_t)((x >> 20) % 50000000) + 100);
            y.regulering = SAG_YDELSE_REG_FRA_2024;
            y.betalertype = (x >> 8) % 3 == 0 ? SAG_YDELSE_BETALER_AES
                                              : SAG_YDELSE_BETALER_FORSIKRING;
            (void)snprintf(y.betaler, sizeof y.betaler, "%s",
                           y.betalertype == SAG_YDELSE_BETALER_AES
                               ? "AES"
                               : betalere[(x >> 12) % 3]);
            y.andel.taeller = 1;
            y.andel.naevner = j == 1 ? 1 : 1 + (int64_t)((x >> 16) % 3);
            /* Two separate running awards of one case would overlap if
             * they had the same payer; the sample does not check that. */
            y.skattepligtig = true;
            assert_ok(sag_store_begynd(s, &d));
            if (sag_store_ydelse_gem(s, &y, &d) != SAG_OK)
                fail_msg("ydelse: %s %s", d.felt, d.besked);
            assert_ok(sag_store_bekraeft(s, &d));
        }
    }
    assert_ok(sag_store_ydelser_i_maaned(s, jan26, kontroller, &c, &d));
    assert_ok(sag_tj_udbetaling_koer(&k, jan26, 7, &r, &d));
    assert_ok(
        sag_tj_udbetaling_ordrer(&k, r.k.id, NULL, ordresum, &ordrer, &d));
    assert_true(c.antal > 10); /* the sample is not empty */
    assert_i64_eq(r.k.antal, c.antal);
    assert_i64_eq(ordrer, c.forventet);
    assert_i64_eq(r.k.sum_oere, c.forventet);
    assert_i64_eq(hovedbog(s, jan26), ordrer);
    assert_true(r.afstemt);
    sag_store_luk(s);
}

/* The store's clock, set by the test (registration and run times). */
static char klokke[SAG_TID_LEN];

static void
ur(void *ctx, char ud[SAG_TID_LEN])
{
    (void)ctx;
    (void)snprintf(ud, SAG_TID_LEN, "%s", klokke);
}

static void
saet_klokke(const char *t)
{
    (void)snprintf(klokke, sizeof klokke, "%s", t);
}

/*
 * Back pay (efterbetaling, Q-63), hand-worked. 2025 regulation 3,9 %
 * (serie_fra_2024, data/satser.tsv), § 25, stk. 5 (whole kroner divisible
 * by 12); 2026 8,9 %:
 *   A (Tryg) 120.000 kr. from 1.1.2025, registered 20.11.2025 10:00:
 *     2025: 124.680 kr. = 12 × 10.390 → 10.390,00 kr. a month;
 *     2026: 130.680 kr. = 12 × 10.890 → 10.890,00 kr.
 *   B (AES) 60.000 kr. from 1.9.2025, registered 10.12.2025, after the
 *     November run (started 25.11.2025) — a retroactive decision:
 *     2025: 62.340 kr. = 12 × 5.195 → 5.195,00 kr. a month;
 *     2026: 65.340 kr. = 12 × 5.445 → 5.445,00 kr.
 * November run (the first: no back pay): A 10.390,00 kr.
 * December run: A 10.390,00 + B 5.195,00 for December, and B's unpaid
 *   September, October, November as back pay, 3 × 5.195,00 = 15.585,00 kr.;
 *   5 orders, 31.170,00 kr. A's January-October 2025 are not back pay: A
 *   was registered before the system's first run.
 * January 2026 run: nothing registered since December's run: no back pay;
 *   10.890,00 + 5.445,00 = 16.335,00 kr., 2 orders.
 */
static void
test_efterbetaling(void **state)
{
    struct sag_store *s = aabn();
    struct sag_tj k = kontekst(s, SAG_ROLLE_TEAMLEDER);
    struct sag_udb_resultat r;
    struct sag_diag d;
    char a[SAG_ID_MAX], b[SAG_ID_MAX];
    static const struct sag_maaned nov25 = { 2025, 11 }, dec25 = { 2025, 12 },
                                   sep25 = { 2025, 9 };

    (void)state;
    sag_store_saet_ur(s, ur, NULL);
    saet_klokke("2025-11-20T10:00:00Z");
    opret(s, "0101809011", a);
    opret(s, "0202809012", b);
    ydelse(s, a, 1, 120000, SAG_YDELSE_BETALER_FORSIKRING, "Tryg", 1, 1);

    saet_klokke("2025-11-25T10:00:00Z");
    assert_ok(sag_tj_udbetaling_koer(&k, nov25, 0, &r, &d));
    assert_int_equal(r.k.antal, 1);
    assert_int_equal(r.k.sum_oere, 1039000);
    assert_int_equal(r.efterbetaling_antal, 0);

    saet_klokke("2025-12-10T10:00:00Z");
    ydelse_fra(s, b, 1, 60000, SAG_YDELSE_BETALER_AES, "AES", 1, 1,
               "2025-09-01");
    saet_klokke("2025-12-20T10:00:00Z");
    /* Batches of 1 award: B's four orders stay in one batch. */
    assert_ok(sag_tj_udbetaling_koer(&k, dec25, 1, &r, &d));
    assert_int_equal(r.k.antal, 5);
    assert_int_equal(r.k.sum_oere, 3117000);
    assert_int_equal(r.efterbetaling_antal, 3);
    assert_int_equal(r.efterbetaling_oere, 1558500);
    assert_true(r.afstemt);
    assert_int_equal(hovedbog(s, sep25), 519500);
    assert_int_equal(hovedbog(s, nov25), 1039000 + 519500);
    assert_int_equal(hovedbog(s, dec25), 1039000 + 519500);
    /* A re-run adds nothing and reports the same back pay. */
    assert_ok(sag_tj_udbetaling_koer(&k, dec25, 0, &r, &d));
    assert_true(r.allerede);
    assert_int_equal(r.nye_ordrer, 0);
    assert_int_equal(r.efterbetaling_antal, 3);
    assert_int_equal(r.efterbetaling_oere, 1558500);

    saet_klokke("2026-01-20T10:00:00Z");
    assert_ok(sag_tj_udbetaling_koer(&k, jan26, 0, &r, &d));
    assert_int_equal(r.k.antal, 2);
    assert_int_equal(r.k.sum_oere, 1633500);
    assert_int_equal(r.efterbetaling_antal, 0);
    assert_true(r.afstemt);
    sag_store_luk(s);
}

/* ---- A-skat (issue 14 item 4; src/core/skat.c, Q-64, Q-67, Q-68) ---- */

static void
kort_til(struct sag_tj *k, const char *cpr, const char *fra, int pct,
         int64_t fradrag_kr)
{
    struct sag_skattekort_post p;
    struct sag_diag d;

    memset(&p, 0, sizeof p);
    (void)snprintf(p.cpr, sizeof p.cpr, "%s", cpr);
    p.gyldig_fra = dato_iso(fra);
    p.traekprocent = pct;
    p.fradrag_maaned_oere = fradrag_kr * 100;
    (void)snprintf(p.kilde, sizeof p.kilde, "%s",
                   "e-skattekort, udskrift fra Skatteforvaltningen");
    p.kilde_dato = dato_iso(fra);
    if (sag_tj_skattekort_registrer(k, &p, NULL, &d) != SAG_OK)
        fail_msg("skattekort: %s %s", d.felt, d.besked);
}

/* A capital sum (tax-free) of `kr` kroner AES pays in the month of `fra`. */
static void
kapital(struct sag_store *s, const char *sag_id, int n, int64_t kr,
        const char *fra)
{
    struct sag_ydelse y;
    struct sag_diag d;

    memset(&y, 0, sizeof y);
    (void)snprintf(y.id, sizeof y.id, "%s-E1-Y%d", sag_id, n);
    (void)snprintf(y.sag_id, sizeof y.sag_id, "%s", sag_id);
    (void)snprintf(y.afgoerelse_id, sizeof y.afgoerelse_id, "%s-E1", sag_id);
    y.art = SAG_YDELSE_KAPITAL;
    y.fra = dato_iso(fra);
    y.beloeb = sag_penge_oere(kr * 100);
    y.regulering = SAG_YDELSE_REG_INGEN;
    y.betalertype = SAG_YDELSE_BETALER_AES;
    (void)snprintf(y.betaler, sizeof y.betaler, "AES");
    y.andel.taeller = 1;
    y.andel.naevner = 1;
    y.skattepligtig = false;
    assert_ok(sag_store_begynd(s, &d));
    if (sag_store_ydelse_gem(s, &y, &d) != SAG_OK)
        fail_msg("ydelse: %s %s", d.felt, d.besked);
    assert_ok(sag_store_bekraeft(s, &d));
}

struct skatsamling {
    int64_t brutto, a_skat, fradrag;
    char id[8][64];
    int64_t skat[8];
    size_t n;
};

static int
saml_skat(void *ctx, const struct sag_ordre *o, int betalertype)
{
    struct skatsamling *c = ctx;

    (void)betalertype;
    c->brutto += o->beloeb.oere;
    c->a_skat += o->a_skat.oere;
    c->fradrag += o->fradrag.oere;
    if (c->n < 8) {
        (void)snprintf(c->id[c->n], 64, "%s", o->ydelse_id);
        c->skat[c->n++] = o->a_skat.oere;
    }
    return 0;
}

/*
 * Hand-worked (January 2026; the monthly amounts as in test_koersel:
 * 60.000 kr. base → 5.445,00 kr., 120.000 kr. → 10.890,00 kr.):
 *   person P (0101809011), cases A and D, each an AES award of 5.445,00;
 *     tax card 2026 from 1.1.2026: 37 %, 4.000 kr. a month (a 2025 card of
 *     40 % and a card from 1.2.2026 of 50 % do not apply to January);
 *     A first (award order): 5.445 − 4.000 = 1.445, down to 1.440 kr.,
 *       × 37 % = 532,80, up to 533 kr.; net 4.912,00 kr.
 *     D: the allowance is used up: 5.445, down to 5.440 × 37 % = 2.012,80,
 *       up to 2.013 kr.; net 3.432,00 kr.
 *   person Q (0202809012), case B: AES 10.890,00, no card: 55 % (KSL § 48,
 *     stk. 8): 10.890 × 55 % = 5.989,50, up to 5.990 kr.; net 4.900,00 kr.;
 *     and a capital sum of 50.000,00 kr. in January: tax-free, no A-skat.
 *   case C (0303809013): Tryg 10.890,00 kr.: the insurer withholds, 0 here.
 * Gross 82.670,00 kr. (the ledger); A-skat 533 + 2.013 + 5.990 = 8.536,00
 * kr.; net 74.134,00 kr. AES's pain.001: 71.780,00 − 8.536,00 = 63.244,00.
 */
static void
test_skattetraek(void **state)
{
    struct sag_store *s = aabn();
    struct sag_tj k = kontekst(s, SAG_ROLLE_TEAMLEDER);
    struct sag_tj sb = kontekst(s, SAG_ROLLE_SAGSBEHANDLER);
    struct sag_udb_resultat r, r2;
    struct skatsamling c;
    struct ordresamling o;
    struct sag_skattekort_post p;
    struct sag_pain001_hoved h = { "UDB-2026-01-K1",
                                   "2026-01-20T10:00:00",
                                   "Arbejdsmarkedets Erhvervssikring",
                                   "DK5000400440116243",
                                   NULL,
                                   dato_iso("2026-01-30") };
    struct sag_buf b;
    struct sag_diag d;
    char a[SAG_ID_MAX], bb[SAG_ID_MAX], cc[SAG_ID_MAX], dd[SAG_ID_MAX];

    (void)state;
    opret(s, "0101809011", a);
    opret(s, "0202809012", bb);
    opret(s, "0303809013", cc);
    opret(s, "0101809011", dd);
    ydelse(s, a, 1, 60000, SAG_YDELSE_BETALER_AES, "AES", 1, 1);
    ydelse(s, bb, 1, 120000, SAG_YDELSE_BETALER_AES, "AES", 1, 1);
    kapital(s, bb, 2, 50000, "2026-01-10");
    ydelse(s, cc, 1, 120000, SAG_YDELSE_BETALER_FORSIKRING, "Tryg", 1, 1);
    ydelse(s, dd, 1, 60000, SAG_YDELSE_BETALER_AES, "AES", 1, 1);

    /* Registering: team lead only; a card is never changed. */
    memset(&p, 0, sizeof p);
    (void)snprintf(p.cpr, sizeof p.cpr, "0101809011");
    p.gyldig_fra = dato_iso("2026-01-01");
    p.traekprocent = 37;
    p.fradrag_maaned_oere = 400000;
    (void)snprintf(p.kilde, sizeof p.kilde, "e-skattekort");
    p.kilde_dato = dato_iso("2026-01-01");
    assert_status(sag_tj_skattekort_registrer(&sb, &p, NULL, &d), SAG_EADGANG);
    p.traekprocent = 101;
    assert_status(sag_tj_skattekort_registrer(&k, &p, NULL, &d), SAG_EINVAL);
    assert_string_equal(d.felt, "/traekprocent");
    p.traekprocent = 37;
    p.kilde[0] = '\0';
    assert_status(sag_tj_skattekort_registrer(&k, &p, NULL, &d), SAG_EMISSING);
    assert_string_equal(d.felt, "/kilde");
    kort_til(&k, "0101809011", "2025-01-01", 40, 0);
    kort_til(&k, "010180-9011", "2026-01-01", 37, 4000);
    kort_til(&k, "0101809011", "2026-02-01", 50, 0);
    (void)snprintf(p.kilde, sizeof p.kilde, "e-skattekort");
    assert_status(sag_tj_skattekort_registrer(&k, &p, NULL, &d), SAG_ECONFLICT);
    assert_string_equal(d.felt, "/gyldig_fra");

    assert_ok(sag_tj_udbetaling_koer(&k, jan26, 2, &r, &d));
    assert_i64_eq(r.k.antal, 5);
    assert_i64_eq(r.k.sum_oere, 8267000);
    assert_i64_eq(r.k.a_skat_oere, 853600);
    assert_i64_eq(r.skat_med_kort, 2);
    assert_i64_eq(r.skat_uden_kort, 1);
    assert_true(r.afstemt);
    assert_i64_eq(r.bogfoert_oere, 8267000); /* the ledger books gross */
    assert_string_equal(r.k.betalere[0].betaler, "Tryg");
    assert_i64_eq(r.k.betalere[0].a_skat_oere, 0);
    assert_string_equal(r.k.betalere[1].betaler, "AES");
    assert_i64_eq(r.k.betalere[1].sum_oere, 7178000);
    assert_i64_eq(r.k.betalere[1].a_skat_oere, 853600);

    memset(&c, 0, sizeof c);
    assert_ok(sag_tj_udbetaling_ordrer(&k, r.k.id, "AES", saml_skat, &c, &d));
    assert_i64_eq(c.n, 4);
    assert_i64_eq(c.brutto, 7178000);
    assert_i64_eq(c.a_skat, 853600);
    assert_i64_eq(c.fradrag, 400000);
    /* By award id: A's, B's running and capital, D's. */
    assert_i64_eq(c.skat[0], 53300);
    assert_i64_eq(c.skat[1], 599000);
    assert_i64_eq(c.skat[2], 0);
    assert_i64_eq(c.skat[3], 201300);

    /* The transfers are net. */
    memset(&o, 0, sizeof o);
    assert_ok(sag_tj_udbetaling_ordrer(&k, r.k.id, "AES", saml, &o, &d));
    sag_buf_init(&b, SAG_BUF_MAX_DEFAULT);
    assert_ok(sag_pain001_skriv(&h, o.o, o.n, &b, &d));
    assert_non_null(strstr(b.buf, "<CtrlSum>63244.00</CtrlSum>"));
    assert_non_null(strstr(b.buf, "<InstdAmt Ccy=\"DKK\">4912.00</InstdAmt>"));
    sag_buf_release(&b);

    /* The totals per month and payer carry the tax; a re-run adds none. */
    assert_ok(sag_tj_udbetaling_koer(&k, jan26, 0, &r2, &d));
    assert_true(r2.allerede);
    assert_i64_eq(r2.k.a_skat_oere, 853600);
    sag_store_luk(s);
}

/* A resumed run starts from the allowance its committed orders used:
 * here a run killed after P's first order (case A, which used the whole
 * 4.000 kr.) resumes with D's order taxed without allowance, 2.013 kr.,
 * as in the uninterrupted run (test_skattetraek). */
static void
test_skattetraek_genoptaget(void **state)
{
    struct sag_store *s = aabn();
    struct sag_tj k = kontekst(s, SAG_ROLLE_TEAMLEDER);
    struct sag_udb_resultat r;
    struct sag_udb_koersel kk;
    struct skatsamling c;
    struct sag_diag d;
    char a[SAG_ID_MAX], dd[SAG_ID_MAX], yid[SAG_YDELSE_ID_MAX];

    (void)state;
    opret(s, "0101809011", a);
    opret(s, "0101809011", dd);
    ydelse(s, a, 1, 60000, SAG_YDELSE_BETALER_AES, "AES", 1, 1);
    ydelse(s, dd, 1, 60000, SAG_YDELSE_BETALER_AES, "AES", 1, 1);
    kort_til(&k, "0101809011", "2026-01-01", 37, 4000);

    /* What the killed run left: its first batch (A's order) committed. */
    (void)snprintf(yid, sizeof yid, "%s-E1-Y1", a);
    memset(&kk, 0, sizeof kk);
    (void)snprintf(kk.id, sizeof kk.id, "UDB-2026-01-K1");
    kk.aar = 2026;
    kk.maaned = 1;
    kk.status = SAG_UDB_I_GANG;
    (void)snprintf(kk.bruger, sizeof kk.bruger, "tl1");
    assert_ok(sag_store_begynd(s, &d));
    assert_ok(sag_store_udb_ny(s, &kk, &d));
    {
        struct sag_ordre o = { yid,
                               a,
                               2026,
                               1,
                               sag_penge_oere(544500),
                               "AES",
                               NULL,
                               sag_penge_oere(53300),
                               sag_penge_oere(400000) };

        assert_ok(
            sag_store_udb_ordre(s, kk.id, &o, SAG_YDELSE_BETALER_AES, &d));
    }
    assert_ok(sag_store_udb_bogfoer(s, kk.id, "", yid, NULL, &d));
    (void)snprintf(kk.markoer, sizeof kk.markoer, "%s", yid);
    kk.antal = 1;
    kk.sum_oere = 544500;
    assert_ok(sag_store_udb_opdater(s, &kk, NULL, NULL, &d));
    assert_ok(sag_store_bekraeft(s, &d));

    assert_ok(sag_tj_udbetaling_koer(&k, jan26, 0, &r, &d));
    assert_true(r.genoptaget);
    assert_i64_eq(r.k.antal, 2);
    assert_i64_eq(r.k.a_skat_oere, 53300 + 201300);
    memset(&c, 0, sizeof c);
    assert_ok(sag_tj_udbetaling_ordrer(&k, r.k.id, "AES", saml_skat, &c, &d));
    assert_i64_eq(c.skat[1], 201300);
    assert_i64_eq(c.fradrag, 400000);
    sag_store_luk(s);
}

/* A mén decision's award through the use case and the run: an
 * occupational disease, recognised, 10 % mén decided 15.1.2026: 10 ×
 * 11.035 kr. (men_pr_grad 2026) = 110.350,00 kr., AES, tax-free: the
 * January run pays it gross = net, with no A-skat. */
static void
test_men_ydelse(void **state)
{
    struct sag_store *s = aabn();
    struct sag_tj sb = kontekst(s, SAG_ROLLE_SAGSBEHANDLER);
    struct sag_tj k = kontekst(s, SAG_ROLLE_TEAMLEDER);
    struct sag_haendelse h = haendelse_paa(SAG_H_OPRETTET, "2025-02-14");
    struct sag_tj_afgoerelse a;
    struct sag_tj_afgoerelse_svar svar;
    struct sag_udb_resultat r;
    struct sag_diag d;
    char id[SAG_ID_MAX];

    (void)state;
    h.ny.type = SAG_SAGSTYPE_ERHVERVSSYGDOM;
    h.ny.generation = SAG_GENERATION_FOERSTEGANG;
    h.ny.har_skadedato = true;
    h.ny.skadedato = dato_iso("2025-02-10");
    h.ny.har_anmeldelsesdato = true;
    h.ny.anmeldelsesdato = dato_iso("2025-02-14");
    h.ny.cpr = "0404809014";
    h.ny.team = "T1";
    h.ny.sagsbehandler = "sb1";
    if (sag_tj_opret(&sb, &h, id, &d) != SAG_OK)
        fail_msg("opret: %s %s", d.felt, d.besked);
    memset(&a, 0, sizeof a);
    a.fase = SAG_FASE_ANERKENDELSE;
    a.anerkendt = true;
    a.dato = dato_iso("2025-06-01");
    a.begrundelse = "Anerkendt";
    if (sag_tj_afgoer(&sb, id, &a, &svar, NULL, &d) != SAG_OK)
        fail_msg("anerkend: %s %s", d.felt, d.besked);
    memset(&a, 0, sizeof a);
    a.fase = SAG_FASE_MEN;
    a.men_pct = 10;
    a.dato = dato_iso("2026-01-15");
    a.begrundelse = "Mén";
    if (sag_tj_afgoer(&sb, id, &a, &svar, NULL, &d) != SAG_OK)
        fail_msg("mén: %s %s", d.felt, d.besked);

    assert_ok(sag_tj_udbetaling_koer(&k, jan26, 0, &r, &d));
    assert_i64_eq(r.k.antal, 1);
    assert_i64_eq(r.k.sum_oere, 11035000);
    assert_i64_eq(r.k.a_skat_oere, 0);
    assert_string_equal(r.k.betalere[0].betaler, "AES");
    assert_true(r.afstemt);
    /* Issue 16 item 2: verificer derives the mén award again from the
     * decision and finds it as stored; the run's ledger is a record of what
     * was paid, not compared. */
    {
        long long antal = 0;

        if (sag_tj_verificer(&k, &antal, &d) != SAG_OK)
            fail_msg("verificer: %s %s", d.felt, d.besked);
    }
    sag_store_luk(s);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_koersel, setup, teardown),
        cmocka_unit_test_setup_teardown(test_pain001, setup, teardown),
        cmocka_unit_test_setup_teardown(test_egenskab, setup, teardown),
        cmocka_unit_test_setup_teardown(test_efterbetaling, setup, teardown),
        cmocka_unit_test_setup_teardown(test_skattetraek, setup, teardown),
        cmocka_unit_test_setup_teardown(test_men_ydelse, setup, teardown),
        cmocka_unit_test_setup_teardown(test_skattetraek_genoptaget, setup,
                                        teardown),
    };
    struct sag_diag d;

    testnoegle_installer();

    sag_satser_init(&satser);
    if (sag_satser_indlaes_mappe(&satser, SAG_SOURCE_ROOT "/data", &d) !=
        SAG_OK) {
        (void)fprintf(stderr, "satser: %s\n", d.besked);
        return 1;
    }
    return cmocka_run_group_tests(tests, NULL, NULL);
}
