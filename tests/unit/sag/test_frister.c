/*
 * Tests for src/sag/frister.c: statutory deadlines across weekends, Easter,
 * Store bededag 2023 vs 2024 and year ends; the rule-set boundaries (a case
 * notified 31.12.2019 vs 1.1.2020; injuries before and after 1.7.2024); the
 * appeal deadline with Digital Post; and the tasks they give.
 */
#include "testsag.h"

#include "hjemmel_tjek.h"

#include "skadesag/frister.h"
#include "skadesag/lov.h"
#include "skadesag/sag.h"

static void
sag(struct sag_tilstand *t, enum sag_sagstype type, const char *skade,
    const char *anmeldt, const char *modtaget)
{
    struct sag_haendelse h;
    struct sag_diag d;

    memset(t, 0, sizeof(*t));
    memset(&h, 0, sizeof(h));
    memcpy(t->id, "S", 2);
    h.type = SAG_H_OPRETTET;
    h.dato = dato_iso(modtaget ? modtaget : anmeldt);
    h.bruger = "sb";
    h.begrundelse = "test";
    h.ny.type = type;
    h.ny.generation = SAG_GENERATION_FOERSTEGANG;
    h.ny.skadedato = dato_iso(skade);
    h.ny.anmeldelsesdato = dato_iso(anmeldt);
    h.ny.har_modtaget_dato = modtaget != NULL;
    if (modtaget)
        h.ny.modtaget_dato = dato_iso(modtaget);
    h.ny.cpr = "0101809011";
    if (sag_tilstand_anvend(t, &h, &d) != SAG_OK)
        fail_msg("%s %s", d.felt, d.besked);
}

static void
haendelse(struct sag_tilstand *t, enum sag_haendelsestype type,
          const char *dato, const char *id)
{
    struct sag_haendelse h = haendelse_paa(type, dato);
    struct sag_diag d;

    h.afgoerelse_id = id;
    h.har_pct =
        type == SAG_H_MEN_AFGJORT || type == SAG_H_ERHVERVSEVNETAB_AFGJORT;
    h.pct = 10;
    if (sag_tilstand_anvend(t, &h, &d) != SAG_OK)
        fail_msg("%s %s", d.felt, d.besked);
}

static const struct sag_frist *
find(const struct sag_frist *f, size_t n, enum sag_fristart art)
{
    for (size_t i = 0; i < n; i++)
        if (f[i].art == art)
            return &f[i];
    return NULL;
}

#define assert_dato(a, iso) assert_i64_eq((a).dage, dato_iso(iso).dage)

static void
test_regimer(void **state)
{
    struct sag_tilstand t;
    struct sag_frist f[SAG_MAKS_FRISTER];
    struct sag_kalender k = sag_kalender_standard();
    size_t n;

    (void)state;
    /* A disease notified 31.12.2019: old law. */
    sag(&t, SAG_SAGSTYPE_ERHVERVSSYGDOM, "2019-05-01", "2019-12-31", NULL);
    assert_int_equal(sag_fristregime(&t), SAG_FRISTREGIME_GL_LOV);
    n = sag_frister(&t, &k, dato_iso("2020-01-15"), f, SAG_MAKS_FRISTER);
    assert_int_equal(find(f, n, SAG_FRIST_ANERKENDELSE)->status,
                     SAG_FRISTSTATUS_BETINGET);
    /* 31.12.2019 + 6 months = 30.6.2020 (Tuesday). */
    assert_dato(find(f, n, SAG_FRIST_ANERKENDELSE)->forfald, "2020-06-30");
    /* Recognised: under old law only rejections counted. */
    haendelse(&t, SAG_H_ANERKENDT, "2020-09-01", "A1");
    n = sag_frister(&t, &k, dato_iso("2020-09-02"), f, SAG_MAKS_FRISTER);
    assert_int_equal(find(f, n, SAG_FRIST_ANERKENDELSE)->status,
                     SAG_FRISTSTATUS_BORTFALDET);

    /* The same one day later: new law, recognitions count too. */
    sag(&t, SAG_SAGSTYPE_ERHVERVSSYGDOM, "2019-05-01", "2020-01-01", NULL);
    assert_int_equal(sag_fristregime(&t), SAG_FRISTREGIME_NY_LOV);
    haendelse(&t, SAG_H_ANERKENDT, "2020-09-01", "A1");
    n = sag_frister(&t, &k, dato_iso("2020-09-02"), f, SAG_MAKS_FRISTER);
    /* 1.1.2020 + 6 months = 1.7.2020 (Wednesday); met late. */
    assert_dato(find(f, n, SAG_FRIST_ANERKENDELSE)->forfald, "2020-07-01");
    assert_int_equal(find(f, n, SAG_FRIST_ANERKENDELSE)->status,
                     SAG_FRISTSTATUS_OVERSKREDET);

    /* Accidents are keyed by the accident date. */
    sag(&t, SAG_SAGSTYPE_ULYKKE, "2019-12-31", "2020-01-10", NULL);
    assert_int_equal(sag_fristregime(&t), SAG_FRISTREGIME_GL_LOV);
    sag(&t, SAG_SAGSTYPE_ULYKKE, "2024-06-30", "2024-07-05", NULL);
    assert_int_equal(sag_fristregime(&t), SAG_FRISTREGIME_NY_LOV);
    n = sag_frister(&t, &k, dato_iso("2024-07-05"), f, SAG_MAKS_FRISTER);
    assert_non_null(find(f, n, SAG_FRIST_AFGOERELSE));
    /* From 1.7.2024 the § 16 deadlines are gone. */
    sag(&t, SAG_SAGSTYPE_ULYKKE, "2024-07-01", "2024-07-05", NULL);
    assert_int_equal(sag_fristregime(&t), SAG_FRISTREGIME_REFORM);
    n = sag_frister(&t, &k, dato_iso("2024-07-05"), f, SAG_MAKS_FRISTER);
    assert_null(find(f, n, SAG_FRIST_ANERKENDELSE));
    assert_null(find(f, n, SAG_FRIST_AFGOERELSE));
}

static void
test_lukkedage(void **state)
{
    struct sag_tilstand t;
    struct sag_frist f[SAG_MAKS_FRISTER];
    struct sag_kalender k = sag_kalender_standard();
    size_t n;

    (void)state;
    /* Accident forwarded 5.2.2023: 3 months → 5.5.2023 = Store bededag →
     * Monday 8.5.2023. */
    sag(&t, SAG_SAGSTYPE_ULYKKE, "2023-01-20", "2023-01-25", "2023-02-05");
    n = sag_frister(&t, &k, dato_iso("2023-02-06"), f, SAG_MAKS_FRISTER);
    assert_dato(find(f, n, SAG_FRIST_ANERKENDELSE)->forfald, "2023-05-08");
    /* 26.1.2024 + 3 months = 26.4.2024: no longer a holiday → Friday. */
    sag(&t, SAG_SAGSTYPE_ULYKKE, "2024-01-20", "2024-01-25", "2024-01-26");
    n = sag_frister(&t, &k, dato_iso("2024-01-26"), f, SAG_MAKS_FRISTER);
    assert_dato(find(f, n, SAG_FRIST_ANERKENDELSE)->forfald, "2024-04-26");
    /* 28.12.2023 + 3 months = 28.3.2024 = Skærtorsdag → 2.4.2024. */
    sag(&t, SAG_SAGSTYPE_ULYKKE, "2023-12-01", "2023-12-20", "2023-12-28");
    n = sag_frister(&t, &k, dato_iso("2024-01-02"), f, SAG_MAKS_FRISTER);
    assert_dato(find(f, n, SAG_FRIST_ANERKENDELSE)->forfald, "2024-04-02");
    /* 1 year from notification 26.12.2022 → 26.12.2023 (2. juledag) →
     * 27.12.2023; 30.11 + 3 months → end of February. */
    sag(&t, SAG_SAGSTYPE_ULYKKE, "2022-12-01", "2022-12-26", "2023-11-30");
    n = sag_frister(&t, &k, dato_iso("2023-12-01"), f, SAG_MAKS_FRISTER);
    assert_dato(find(f, n, SAG_FRIST_AFGOERELSE)->forfald, "2023-12-27");
    assert_dato(find(f, n, SAG_FRIST_ANERKENDELSE)->forfald, "2024-02-29");
    /* Year end: notified 1.1.2022 → 1.1.2023 (Sunday, Nytårsdag) → 2.1. */
    sag(&t, SAG_SAGSTYPE_ULYKKE, "2021-12-20", "2022-01-01", NULL);
    n = sag_frister(&t, &k, dato_iso("2022-01-02"), f, SAG_MAKS_FRISTER);
    assert_dato(find(f, n, SAG_FRIST_AFGOERELSE)->forfald, "2023-01-02");
    /* The ESU deadline is two years. */
    sag(&t, SAG_SAGSTYPE_ERHVERVSSYGDOM, "2021-12-20", "2022-03-01", NULL);
    haendelse(&t, SAG_H_FORELAGT_ESU, "2022-04-01", NULL);
    n = sag_frister(&t, &k, dato_iso("2022-04-02"), f, SAG_MAKS_FRISTER);
    assert_dato(find(f, n, SAG_FRIST_AFGOERELSE)->forfald, "2024-03-01");
}

static void
test_klagefrist(void **state)
{
    struct sag_kalender k = sag_kalender_standard();

    (void)state;
    /* Sent Friday 1.3.2024 → received Monday 4.3 → 1.4 (2. påskedag) →
     * 2.4.2024. */
    assert_dato(sag_klagefrist(dato_iso("2024-03-01"), &k), "2024-04-02");
    /* Sent Thursday 4.5.2023 → received 8.5 (Store bededag 5.5) → 5.6
     * (Monday). */
    assert_dato(sag_klagefrist(dato_iso("2023-05-04"), &k), "2023-06-05");
    /* Sent Thursday 25.4.2024 → received Friday 26.4 (no holiday) → 24.5. */
    assert_dato(sag_klagefrist(dato_iso("2024-04-25"), &k), "2024-05-24");
    /* Year end: sent 23.12.2024 → received 24.12 → 21.1.2025. */
    assert_dato(sag_klagefrist(dato_iso("2024-12-23"), &k), "2025-01-21");
    /* With 24.12 closed too: received 27.12 → 24.1.2025. */
    k.lukket |= SAG_LUKKET_JULEAFTEN;
    assert_dato(sag_klagefrist(dato_iso("2024-12-23"), &k), "2025-01-24");
}

static void
test_svarfrist(void **state)
{
    struct sag_tilstand t;
    struct sag_kalender k = sag_kalender_standard();

    (void)state;
    /* From 1.7.2024: 14 days for professional parties. */
    sag(&t, SAG_SAGSTYPE_ULYKKE, "2024-07-01", "2024-07-03", NULL);
    assert_dato(sag_svarfrist_standard(&t, "forsikringsselskab",
                                       dato_iso("2024-08-01"), &k),
                "2024-08-15");
    /* … a deadline on Saturday moves to Monday. */
    assert_dato(sag_svarfrist_standard(&t, "laege", dato_iso("2024-08-03"), &k),
                "2024-08-19");
    /* … 4 weeks for the injured person. */
    assert_dato(
        sag_svarfrist_standard(&t, "tilskadekomne", dato_iso("2024-08-01"), &k),
        "2024-08-29");
    /* Before the reform: 4 weeks for everyone. */
    sag(&t, SAG_SAGSTYPE_ULYKKE, "2024-06-30", "2024-07-03", NULL);
    assert_dato(sag_svarfrist_standard(&t, "forsikringsselskab",
                                       dato_iso("2024-08-01"), &k),
                "2024-08-29");
}

static void
test_status_og_opgaver(void **state)
{
    struct sag_tilstand t;
    struct sag_frist f[SAG_MAKS_FRISTER];
    struct sag_opgave o[SAG_MAKS_OPGAVER];
    struct sag_kalender k = sag_kalender_standard();
    size_t n;
    bool orienter = false, afgoer = false;

    (void)state;
    sag(&t, SAG_SAGSTYPE_ULYKKE, "2022-01-10", "2022-01-20", "2022-02-01");
    n = sag_frister(&t, &k, dato_iso("2022-03-01"), f, SAG_MAKS_FRISTER);
    assert_int_equal(find(f, n, SAG_FRIST_ANERKENDELSE)->status,
                     SAG_FRISTSTATUS_AABEN);
    n = sag_frister(&t, &k, dato_iso("2022-05-03"), f, SAG_MAKS_FRISTER);
    assert_int_equal(find(f, n, SAG_FRIST_ANERKENDELSE)->status,
                     SAG_FRISTSTATUS_OVERSKRIDES);
    /* A deadline that will be missed gives a task to tell the parties,
     * due 14 days before it. */
    n = sag_opgaver(&t, &k, o, SAG_MAKS_OPGAVER);
    for (size_t i = 0; i < n; i++) {
        if (o[i].art == SAG_OPGAVE_ORIENTER_PARTER &&
            strcmp(o[i].ref, "anerkendelse") == 0) {
            assert_dato(o[i].forfald, "2022-04-18");
            orienter = true;
        }
        afgoer = afgoer || o[i].art == SAG_OPGAVE_AFGOER;
    }
    assert_true(orienter && afgoer);
    /* Once told, the task goes away. */
    {
        struct sag_haendelse h;
        struct sag_diag d;

        memset(&h, 0, sizeof(h));
        h.type = SAG_H_PARTER_ORIENTERET;
        h.dato = dato_iso("2022-04-20");
        h.bruger = "sb";
        h.begrundelse = "brev sendt";
        h.frist = "anerkendelse";
        assert_ok(sag_tilstand_anvend(&t, &h, &d));
    }
    n = sag_opgaver(&t, &k, o, SAG_MAKS_OPGAVER);
    afgoer = false;
    for (size_t i = 0; i < n; i++) {
        assert_false(o[i].art == SAG_OPGAVE_ORIENTER_PARTER &&
                     strcmp(o[i].ref, "anerkendelse") == 0);
        afgoer = afgoer || o[i].art == SAG_OPGAVE_AFGOER;
    }
    assert_true(afgoer); /* the deadline itself is still there */
    /* Recognised in time, then all phases decided: the 1-year deadline is
     * met on the last decision. */
    haendelse(&t, SAG_H_ANERKENDT, "2022-04-29", "A1");
    haendelse(&t, SAG_H_MEN_AFGJORT, "2022-08-01", "M1");
    haendelse(&t, SAG_H_ERHVERVSEVNETAB_AFGJORT, "2022-12-01", "E1");
    n = sag_frister(&t, &k, dato_iso("2023-06-01"), f, SAG_MAKS_FRISTER);
    assert_int_equal(find(f, n, SAG_FRIST_ANERKENDELSE)->status,
                     SAG_FRISTSTATUS_OPFYLDT);
    assert_int_equal(find(f, n, SAG_FRIST_AFGOERELSE)->status,
                     SAG_FRISTSTATUS_OPFYLDT);
    assert_dato(find(f, n, SAG_FRIST_AFGOERELSE)->opfyldt, "2022-12-01");
    /* Each decision carries the party's appeal deadline; and the 5-year
     * limit on reopening runs from the first decision on mén or loss, the
     * mén decision of 1.8.2022, not the later loss decision (Ankestyrelsen:
     * "Fristen på 5 år løber fra datoen for den første egentlige afgørelse
     * om spørgsmålene om godtgørelse og erstatning", law_facts_2 6; Q-15). */
    assert_int_equal(find(f, n, SAG_FRIST_KLAGE)->status,
                     SAG_FRISTSTATUS_BORTFALDET);
    /* The appeal deadline cites § 44, stk. 3, 1. pkt. and AES's page that
     * counts it "fra den første hverdag efter datoen på afgørelsen"
     * (law_facts_2 5; Q-14). */
    assert_non_null(strstr(find(f, n, SAG_FRIST_KLAGE)->hjemmel,
                           "ASL § 44, stk. 3, 1. pkt."));
    assert_non_null(strstr(find(f, n, SAG_FRIST_KLAGE)->hjemmel,
                           "første hverdag efter datoen på afgørelsen"));
    assert_non_null(strstr(find(f, n, SAG_FRIST_KLAGE)->hjemmel,
                           "https://www.aes.dk/sagsforloeb/klage"));
    assert_dato(find(f, n, SAG_FRIST_GENOPTAGELSE)->start, "2022-08-01");
    assert_dato(find(f, n, SAG_FRIST_GENOPTAGELSE)->forfald, "2027-08-01");
}

/* Reform cases have no statutory deadline; the worklist uses the 2027
 * targets from receipt: 7 months, 20 for a case with loss of earning
 * capacity (reports 001:L23-25; ). */
static void
test_servicemaal(void **state)
{
    struct sag_tilstand t;
    struct sag_kalender k = sag_kalender_standard();
    struct sag_opgave o[SAG_MAKS_OPGAVER];
    size_t n;
    struct sag_dato forfald = { 0 };

    (void)state;
    /* Received 2.9.2024: 7 months is 2.4.2025, 20 months 2.5.2026. */
    sag(&t, SAG_SAGSTYPE_ULYKKE, "2024-08-26", "2024-09-02", NULL);
    haendelse(&t, SAG_H_ANERKENDT, "2024-10-01", "A1");
    n = sag_opgaver(&t, &k, o, SAG_MAKS_OPGAVER);
    for (size_t i = 0; i < n; i++)
        if (o[i].art == SAG_OPGAVE_SERVICEMAAL)
            forfald = o[i].forfald;
    assert_dato(forfald, "2025-04-02"); /* recognised, no loss decided */
    {
        struct sag_haendelse h =
            haendelse_paa(SAG_H_ERHVERVSEVNETAB_AFGJORT, "2025-03-01");
        struct sag_diag d;

        h.afgoerelse_id = "E2";
        h.har_pct = true;
        h.pct = 30;
        h.afgoerelsestype = SAG_AFGOERELSE_MIDLERTIDIG;
        h.har_revisionsdato = true;
        h.revisionsdato = dato_iso("2026-03-01");
        assert_ok(sag_tilstand_anvend(&t, &h, &d));
    }
    forfald.dage = 0;
    n = sag_opgaver(&t, &k, o, SAG_MAKS_OPGAVER);
    for (size_t i = 0; i < n; i++)
        if (o[i].art == SAG_OPGAVE_SERVICEMAAL)
            forfald = o[i].forfald;
    /* A target, not a deadline: not moved off the Saturday 2.5.2026. */
    assert_dato(forfald, "2026-05-02");
}

/* Every deadline's citation identifies its sources (hjemmel_tjek.h), in
 * each rule set and for each kind of deadline. */
static void
anmod(struct sag_tilstand *t, const char *dato, const char *id,
      const char *part)
{
    struct sag_haendelse h = haendelse_paa(SAG_H_OPLYSNINGER_ANMODET, dato);
    struct sag_diag d;

    h.anmodning_id = id;
    h.part = part;
    if (sag_tilstand_anvend(t, &h, &d) != SAG_OK)
        fail_msg("%s %s", d.felt, d.besked);
}

static void
test_hjemler(void **state)
{
    struct sag_tilstand t;
    struct sag_frist f[SAG_MAKS_FRISTER];
    struct sag_kalender k = sag_kalender_standard();
    char hvorfor[1536];
    unsigned set = 0;
    bool svar_2024 = false;

    (void)state;
    for (int regime = 0; regime < 3; regime++) {
        size_t n;

        if (regime == 0)
            sag(&t, SAG_SAGSTYPE_ERHVERVSSYGDOM, "2019-05-01", "2019-12-31",
                NULL);
        else if (regime == 1)
            sag(&t, SAG_SAGSTYPE_ULYKKE, "2022-01-10", "2022-01-20",
                "2022-02-01");
        else
            sag(&t, SAG_SAGSTYPE_ULYKKE, "2024-08-26", "2024-09-02", NULL);
        anmod(&t, regime == 2 ? "2024-09-10" : "2022-02-10", "F1",
              "forsikringsselskab");
        haendelse(&t, SAG_H_ANERKENDT,
                  regime == 2 ? "2024-10-01" : "2022-04-29", "A1");
        {
            struct sag_haendelse h =
                haendelse_paa(SAG_H_ERHVERVSEVNETAB_AFGJORT,
                              regime == 2 ? "2025-03-01" : "2022-12-01");
            struct sag_diag d;

            h.afgoerelse_id = "E1";
            h.har_pct = true;
            h.pct = 30;
            h.afgoerelsestype = SAG_AFGOERELSE_MIDLERTIDIG;
            h.har_revisionsdato = true;
            h.revisionsdato = dato_iso("2026-03-01");
            assert_ok(sag_tilstand_anvend(&t, &h, &d));
        }
        n = sag_frister(&t, &k, dato_iso("2025-06-01"), f, SAG_MAKS_FRISTER);
        for (size_t i = 0; i < n; i++) {
            if (hjemmel_fejl(f[i].hjemmel, hvorfor, sizeof(hvorfor)) != NULL)
                fail_msg("%s: %s", f[i].navn, hvorfor);
            set |= 1u << f[i].art;
            if (f[i].art == SAG_FRIST_SVAR && regime == 2)
                svar_2024 =
                    strstr(f[i].hjemmel, SAG_KILDE_LOV_1541_2023) != NULL;
        }
    }
    /* All six kinds were checked, and the reform's reply deadline cites
     * the reform. */
    assert_int_equal(
        set, (1u << SAG_FRIST_ANERKENDELSE) | (1u << SAG_FRIST_AFGOERELSE) |
                 (1u << SAG_FRIST_SVAR) | (1u << SAG_FRIST_KLAGE) |
                 (1u << SAG_FRIST_REVISION) | (1u << SAG_FRIST_GENOPTAGELSE));
    assert_true(svar_2024);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_regimer),
        cmocka_unit_test(test_lukkedage),
        cmocka_unit_test(test_klagefrist),
        cmocka_unit_test(test_svarfrist),
        cmocka_unit_test(test_status_og_opgaver),
        cmocka_unit_test(test_servicemaal),
        cmocka_unit_test(test_hjemler),
    };

    return cmocka_run_group_tests_name("frister", tests, NULL, NULL);
}
