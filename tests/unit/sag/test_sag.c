/*
 * Tests for src/sag/sag.c: every transition of the case state machine,
 * allowed and refused, and CPR validation.
 */
#include "testsag.h"

#include "skadesag/frister.h"
#include "skadesag/sag.h"

static void
ny_sag_datoer(struct sag_tilstand *t, enum sag_sagstype type, const char *skade,
              const char *anmeldt)
{
    struct sag_haendelse h = haendelse_paa(SAG_H_OPRETTET, anmeldt);
    struct sag_diag d;

    memset(t, 0, sizeof(*t));
    memcpy(t->id, "AES-2024-000001", 16);
    h.ny.type = type;
    h.ny.generation = SAG_GENERATION_FOERSTEGANG;
    h.ny.skadedato = dato_iso(skade);
    h.ny.anmeldelsesdato = dato_iso(anmeldt);
    h.ny.cpr = "0101809011";
    h.ny.team = "T1";
    h.ny.sagsbehandler = "sb1";
    if (sag_tilstand_anvend(t, &h, &d) != SAG_OK)
        fail_msg("kan ikke oprette: %s %s", d.felt, d.besked);
}

static void
ny_sag(struct sag_tilstand *t, enum sag_sagstype type)
{
    ny_sag_datoer(t, type, "2024-01-10", "2024-01-20");
}

#define anvend_ok(t, h)                                                        \
    do {                                                                       \
        struct sag_diag d_;                                                    \
        struct sag_haendelse h_ = (h);                                         \
        if (sag_tilstand_anvend((t), &h_, &d_) != SAG_OK)                      \
            fail_msg("afvist: %s %s", d_.felt, d_.besked);                     \
    } while (0)

/* A refused event leaves the state byte-for-byte unchanged. */
#define anvend_afvist(t, h, status, felt_)                                     \
    do {                                                                       \
        struct sag_diag d_;                                                    \
        struct sag_haendelse h_ = (h);                                         \
        struct sag_tilstand foer_ = *(t);                                      \
        int st_ = (int)sag_tilstand_anvend((t), &h_, &d_);                     \
        if (st_ != (int)(status))                                              \
            fail_msg("status %d, forventet %d (%s %s)", st_, (int)(status),    \
                     d_.felt, d_.besked);                                      \
        if (strcmp(d_.felt, (felt_)) != 0)                                     \
            fail_msg("felt %s, forventet %s (%s)", d_.felt, (felt_),           \
                     d_.besked);                                               \
        assert_memory_equal(&foer_, (t), sizeof(foer_));                       \
    } while (0)

static struct sag_haendelse
afg(enum sag_haendelsestype type, const char *dato, const char *id, int pct)
{
    struct sag_haendelse h = haendelse_paa(type, dato);

    h.afgoerelse_id = id;
    h.har_pct = pct >= 0;
    h.pct = pct;
    return h;
}

static void
test_oprettelse(void **state)
{
    struct sag_tilstand t;
    struct sag_haendelse h = haendelse_paa(SAG_H_ANERKENDT, "2024-02-01");

    (void)state;
    memset(&t, 0, sizeof(t));
    /* Nothing comes before "oprettet". */
    anvend_afvist(&t, h, SAG_EDENIED, "/type");
    h = haendelse_paa(SAG_H_OPRETTET, "2024-02-01");
    h.ny.type = SAG_SAGSTYPE_ULYKKE;
    h.ny.generation = SAG_GENERATION_FOERSTEGANG;
    h.ny.skadedato = dato_iso("2024-01-10");
    h.ny.anmeldelsesdato = dato_iso("2024-01-05");
    h.ny.cpr = "0101809011";
    anvend_afvist(&t, h, SAG_ECONFLICT, "/anmeldelsesdato");
    h.ny.anmeldelsesdato = dato_iso("2024-01-20");
    h.ny.cpr = "3202809011"; /* 32 February */
    anvend_afvist(&t, h, SAG_EINVAL, "/cpr");
    h.ny.cpr = "0101809011";
    h.ny.generation = SAG_GENERATION_ANDENGANG;
    anvend_afvist(&t, h, SAG_EMISSING, "/forrige_sag_id");
    h.ny.generation = SAG_GENERATION_FOERSTEGANG;
    h.bruger = NULL;
    anvend_afvist(&t, h, SAG_EMISSING, "/bruger");
    h.bruger = "sb1";
    h.begrundelse = "";
    anvend_afvist(&t, h, SAG_EMISSING, "/begrundelse");
    h.begrundelse = "ny";
    anvend_ok(&t, h);
    assert_int_equal(t.status, SAG_STATUS_AABEN);
    assert_string_equal(t.cpr, "010180-9011");
    assert_i64_eq(t.modtaget_dato.dage, dato_iso("2024-01-20").dage);
    anvend_afvist(&t, h, SAG_EDENIED, "/type"); /* exists already */
}

static void
test_faser_i_raekkefoelge(void **state)
{
    struct sag_tilstand t;

    (void)state;
    ny_sag(&t, SAG_SAGSTYPE_ULYKKE);
    /* Mén and loss only after recognition (in either order). */
    anvend_afvist(&t, afg(SAG_H_MEN_AFGJORT, "2024-03-01", "M", 10),
                  SAG_EDENIED, "/type");
    anvend_afvist(&t, afg(SAG_H_ERHVERVSEVNETAB_AFGJORT, "2024-03-01", "E", 30),
                  SAG_EDENIED, "/type");
    anvend_afvist(&t, afg(SAG_H_ANERKENDT, "2024-03-01", NULL, -1),
                  SAG_EMISSING, "/afgoerelse_id");
    anvend_ok(&t, afg(SAG_H_ANERKENDT, "2024-03-01", "A1", -1));
    anvend_afvist(&t, afg(SAG_H_AFVIST, "2024-03-02", "A2", -1), SAG_EDENIED,
                  "/type");
    anvend_afvist(&t, afg(SAG_H_MEN_AFGJORT, "2024-04-01", "M1", 121),
                  SAG_EINVAL, "/pct");
    /* A temporary loss decision may come before the mén; it needs a
     * revision date after it. */
    {
        struct sag_haendelse h =
            afg(SAG_H_ERHVERVSEVNETAB_AFGJORT, "2024-06-01", "E1", 30);

        h.afgoerelsestype = SAG_AFGOERELSE_MIDLERTIDIG;
        anvend_afvist(&t, h, SAG_EMISSING, "/revisionsdato");
        h.har_revisionsdato = true;
        h.revisionsdato = dato_iso("2024-05-01");
        anvend_afvist(&t, h, SAG_ECONFLICT, "/revisionsdato");
        h.revisionsdato = dato_iso("2025-06-01");
        anvend_ok(&t, h);
    }
    assert_int_equal(t.men, SAG_FASE_UAFGJORT);
    anvend_ok(&t, afg(SAG_H_MEN_AFGJORT, "2024-07-01", "M1", 10));
    assert_int_equal(t.erhvervsevnetab, SAG_FASE_MIDLERTIDIG);
    assert_true(t.har_revisionsdato);
    /* Duplicate decision ids are refused. */
    anvend_afvist(&t, afg(SAG_H_MEN_AFGJORT, "2024-08-01", "M1", 12),
                  SAG_EDENIED, "/afgoerelse_id");
    assert_int_equal(t.antal_afgoerelser, 3);
}

static void
test_lukket_sag(void **state)
{
    struct sag_tilstand t;
    struct sag_haendelse h;

    (void)state;
    ny_sag(&t, SAG_SAGSTYPE_ULYKKE);
    anvend_ok(&t, afg(SAG_H_AFVIST, "2024-03-01", "A1", -1));
    anvend_ok(&t, haendelse_paa(SAG_H_LUKKET, "2024-03-02"));
    assert_int_equal(t.status, SAG_STATUS_LUKKET);
    /* A decision on a closed case is refused. */
    anvend_afvist(&t, afg(SAG_H_MEN_AFGJORT, "2024-04-01", "M1", 5),
                  SAG_EDENIED, "/type");
    anvend_afvist(&t, haendelse_paa(SAG_H_AFVENTER_EKSTERN, "2024-04-01"),
                  SAG_EDENIED, "/type");
    /* An appeal reopens it. */
    h = haendelse_paa(SAG_H_KLAGE_MODTAGET, "2024-03-20");
    h.klage_id = "K1";
    h.afgoerelse_id = "A1";
    anvend_ok(&t, h);
    assert_int_equal(t.status, SAG_STATUS_AABEN);
    /* While the appeal is open the case cannot close. */
    anvend_afvist(&t, haendelse_paa(SAG_H_LUKKET, "2024-03-21"), SAG_EDENIED,
                  "/type");
}

static void
test_klageforloeb(void **state)
{
    struct sag_tilstand t;
    struct sag_haendelse h;

    (void)state;
    ny_sag(&t, SAG_SAGSTYPE_ULYKKE);
    anvend_ok(&t, afg(SAG_H_ANERKENDT, "2024-03-01", "A1", -1));
    /* An appeal against a decision that does not exist. */
    h = haendelse_paa(SAG_H_KLAGE_MODTAGET, "2024-03-10");
    h.klage_id = "K1";
    h.afgoerelse_id = "A9";
    anvend_afvist(&t, h, SAG_EDENIED, "/afgoerelse_id");
    h.afgoerelse_id = "A1";
    h.dato = dato_iso("2024-02-20");
    anvend_afvist(&t, h, SAG_ECONFLICT, "/dato");
    /* Deadline: received 4.3 (Monday), + 28 = 1.4 = 2. påskedag → 2.4. */
    h.dato = dato_iso("2024-04-03");
    anvend_ok(&t, h);
    assert_false(t.klager[0].rettidig);
    /* Ankestyrelsen before the genvurdering is refused. */
    h = haendelse_paa(SAG_H_SENDT_TIL_ANKESTYRELSEN, "2024-04-10");
    h.klage_id = "K1";
    anvend_afvist(&t, h, SAG_EDENIED, "/klage_id");
    h = haendelse_paa(SAG_H_ANKESTYRELSEN_AFGJORT, "2024-04-10");
    h.klage_id = "K1";
    h.udfald = SAG_UDFALD_STADFAESTET;
    anvend_afvist(&t, h, SAG_EDENIED, "/klage_id");
    h = haendelse_paa(SAG_H_GENVURDERET, "2024-04-10");
    h.klage_id = "K1";
    h.udfald = SAG_UDFALD_STADFAESTET; /* not a genvurdering outcome */
    anvend_afvist(&t, h, SAG_EINVAL, "/udfald");
    h.udfald = SAG_UDFALD_FASTHOLDT;
    anvend_ok(&t, h);
    anvend_afvist(&t, h, SAG_EDENIED, "/klage_id"); /* twice */
    h = haendelse_paa(SAG_H_SENDT_TIL_ANKESTYRELSEN, "2024-04-11");
    h.klage_id = "K1";
    anvend_ok(&t, h);
    h = haendelse_paa(SAG_H_ANKESTYRELSEN_AFGJORT, "2024-09-01");
    h.klage_id = "K1";
    h.udfald = SAG_UDFALD_HJEMVIST;
    anvend_afvist(&t, h, SAG_EMISSING, "/ny_sag_id");
    h.ny_sag_id = "AES-2024-000002";
    anvend_ok(&t, h);
    assert_int_equal(t.klager[0].status, SAG_KLAGE_AFGJORT);
    assert_int_equal(t.klager[0].udfald, SAG_UDFALD_HJEMVIST);
    /* A timely appeal: decision 1.3.2024 (Friday), received Monday 4.3,
     * deadline 1.4.2024 (2. påskedag) → Tuesday 2.4. */
    ny_sag(&t, SAG_SAGSTYPE_ULYKKE);
    anvend_ok(&t, afg(SAG_H_ANERKENDT, "2024-03-01", "A1", -1));
    h = haendelse_paa(SAG_H_KLAGE_MODTAGET, "2024-04-02");
    h.klage_id = "K1";
    h.afgoerelse_id = "A1";
    anvend_ok(&t, h);
    assert_true(t.klager[0].rettidig);
}

static void
test_genoptagelse(void **state)
{
    struct sag_tilstand t;
    struct sag_haendelse h;

    (void)state;
    ny_sag_datoer(&t, SAG_SAGSTYPE_ULYKKE, "2018-01-10", "2018-01-20");
    h = haendelse_paa(SAG_H_GENOPTAGELSE_ANMODET, "2024-03-01");
    h.ny_sag_id = "AES-2024-000002";
    anvend_afvist(&t, h, SAG_EDENIED, "/type"); /* nothing to reopen */
    anvend_ok(&t, afg(SAG_H_ANERKENDT, "2018-06-01", "A1", -1));
    /* More than 5 years after the latest decision: special reasons. */
    h.dato = dato_iso("2024-03-01");
    h.nye_oplysninger = "ny scanning";
    anvend_afvist(&t, h, SAG_EDENIED, "/saerlige_grunde");
    h.saerlige_grunde = true;
    anvend_ok(&t, h);
    /* The 5 years run from the first decision on mén or loss, not the
     * latest (Ankestyrelsen, "Genoptagelse efter arbejdsskadeloven":
     * "Fristen på 5 år løber fra datoen for den første egentlige
     * afgørelse om spørgsmålene om godtgørelse og erstatning"; law_facts_2
     * 6; Q-15): mén 1.2.2019, loss 1.3.2023; a request of 1.3.2024 is 6
     * years after the first and 1 year after the latest: special reasons
     * are needed; on 1.2.2024 (the limit, 5 years to the day) it is in
     * time. The recognition decision of 2018 does not start the limit. */
    anvend_ok(&t, afg(SAG_H_MEN_AFGJORT, "2019-02-01", "M1", 10));
    anvend_ok(&t, afg(SAG_H_ERHVERVSEVNETAB_AFGJORT, "2023-03-01", "E1", 25));
    assert_i64_eq(sag_genoptagelse_start(&t).dage, dato_iso("2019-02-01").dage);
    h.saerlige_grunde = false;
    h.dato = dato_iso("2024-03-01");
    anvend_afvist(&t, h, SAG_EDENIED, "/saerlige_grunde");
    h.dato = dato_iso("2024-02-01");
    anvend_ok(&t, h);
    /* From 1.7.2024 a request must state the new information. */
    ny_sag(&t, SAG_SAGSTYPE_ULYKKE);
    anvend_ok(&t, afg(SAG_H_ANERKENDT, "2024-03-01", "A1", -1));
    h = haendelse_paa(SAG_H_GENOPTAGELSE_ANMODET, "2024-06-30");
    h.ny_sag_id = "AES-2024-000002";
    anvend_ok(&t, h); /* received before the reform */
    h.dato = dato_iso("2024-07-01");
    anvend_afvist(&t, h, SAG_EMISSING, "/nye_oplysninger");
    h.nye_oplysninger = "speciallægeerklæring af 1.6.2024";
    anvend_ok(&t, h);
    /* Revision needs a revision date and a new case. */
    h = haendelse_paa(SAG_H_REVISION_PAABEGYNDT, "2024-08-01");
    anvend_afvist(&t, h, SAG_EDENIED, "/type");
    {
        struct sag_haendelse r =
            haendelse_paa(SAG_H_REVISION_PLANLAGT, "2024-08-01");

        r.har_revisionsdato = true;
        r.revisionsdato = dato_iso("2025-01-01");
        anvend_ok(&t, r);
    }
    anvend_afvist(&t, h, SAG_EMISSING, "/ny_sag_id");
    h.ny_sag_id = "AES-2024-000003";
    anvend_ok(&t, h);
    assert_false(t.har_revisionsdato);
}

static void
test_oplysninger_og_venter(void **state)
{
    struct sag_tilstand t;
    struct sag_haendelse h;

    (void)state;
    ny_sag(&t, SAG_SAGSTYPE_ERHVERVSSYGDOM);
    h = haendelse_paa(SAG_H_OPLYSNINGER_ANMODET, "2024-02-05");
    h.anmodning_id = "L1";
    anvend_afvist(&t, h, SAG_EMISSING, "/part");
    h.part = "laege";
    anvend_ok(&t, h);
    anvend_afvist(&t, h, SAG_EDENIED, "/anmodning_id");
    /* Default deadline before the reform: 4 weeks, 4.3.2024 (Monday). */
    assert_i64_eq(t.anmodninger[0].svarfrist.dage, dato_iso("2024-03-04").dage);
    h = haendelse_paa(SAG_H_OPLYSNINGER_MODTAGET, "2024-02-20");
    h.anmodning_id = "L2";
    anvend_afvist(&t, h, SAG_EDENIED, "/anmodning_id");
    h.anmodning_id = "L1";
    anvend_ok(&t, h);
    anvend_afvist(&t, h, SAG_EDENIED, "/anmodning_id");
    anvend_afvist(&t, haendelse_paa(SAG_H_AFVENTER_OPHOERT, "2024-02-21"),
                  SAG_EDENIED, "/type");
    anvend_ok(&t, haendelse_paa(SAG_H_AFVENTER_EKSTERN, "2024-02-21"));
    anvend_afvist(&t, haendelse_paa(SAG_H_AFVENTER_EKSTERN, "2024-02-22"),
                  SAG_EDENIED, "/type");
    anvend_ok(&t, haendelse_paa(SAG_H_AFVENTER_OPHOERT, "2024-03-01"));
    /* Only diseases go to Erhvervssygdomsudvalget. */
    anvend_ok(&t, haendelse_paa(SAG_H_FORELAGT_ESU, "2024-03-02"));
    ny_sag(&t, SAG_SAGSTYPE_ULYKKE);
    anvend_afvist(&t, haendelse_paa(SAG_H_FORELAGT_ESU, "2024-03-02"),
                  SAG_EDENIED, "/type");
    /* Events cannot predate the injury. */
    anvend_afvist(&t, haendelse_paa(SAG_H_AFVENTER_EKSTERN, "2023-12-31"),
                  SAG_ECONFLICT, "/dato");
}

static void
test_privat_sag(void **state)
{
    struct sag_tilstand t;

    (void)state;
    ny_sag(&t, SAG_SAGSTYPE_PRIVAT_MEN);
    assert_int_equal(t.anerkendelse, SAG_FASE_IKKE_RELEVANT);
    anvend_afvist(&t, afg(SAG_H_ANERKENDT, "2024-03-01", "A1", -1), SAG_EDENIED,
                  "/type");
    anvend_ok(&t, afg(SAG_H_MEN_AFGJORT, "2024-03-01", "M1", 12));
    anvend_afvist(&t,
                  afg(SAG_H_ERHVERVSEVNETAB_AFGJORT, "2024-04-01", "E1", 20),
                  SAG_EDENIED, "/type");
}

/* A letter (docs/breve.md) changes nothing but the letter count; it needs
 * its id, kind and the PDF's SHA-256 (64 lowercase hex digits). */
static void
test_brev_dannet(void **state)
{
    struct sag_tilstand t;
    struct sag_haendelse h;
    static const char hash[] =
        "6ffb5083efdeda4455a4a0252c3423a1a2dee0719d21a0b477b1c55d3185d2f8";

    (void)state;
    ny_sag(&t, SAG_SAGSTYPE_ULYKKE);
    anvend_ok(&t, afg(SAG_H_ANERKENDT, "2024-03-01", "A1", -1));
    h = haendelse_paa(SAG_H_BREV_DANNET, "2024-03-01");
    h.brev_id = "AES-2024-000001-B1";
    h.brevtype = "anerkendelse";
    h.afgoerelse_id = "A1";
    anvend_afvist(&t, h, SAG_EINVAL, "/brev_hash");
    h.brev_hash =
        "6FFB5083EFDEDA4455A4A0252C3423A1A2DEE0719D21A0B477B1C55D3185D2F8";
    anvend_afvist(&t, h, SAG_EINVAL, "/brev_hash");
    h.brev_hash = "abc";
    anvend_afvist(&t, h, SAG_EINVAL, "/brev_hash");
    h.brev_hash = hash;
    h.brevtype = NULL;
    anvend_afvist(&t, h, SAG_EMISSING, "/brevtype");
    h.brevtype = "anerkendelse";
    h.brev_id = "";
    anvend_afvist(&t, h, SAG_EMISSING, "/brev_id");
    h.brev_id = "AES-2024-000001-B1";
    {
        struct sag_tilstand foer = t;

        anvend_ok(&t, h);
        assert_int_equal(t.antal_breve, 1);
        /* Nothing else of the case changes. */
        foer.antal_breve = 1;
        foer.antal_haendelser = t.antal_haendelser;
        assert_memory_equal(&foer, &t, sizeof(t));
    }
    /* A letter may come after the case is closed (a corrected letter). */
    anvend_ok(&t, haendelse_paa(SAG_H_LUKKET, "2024-03-02"));
    h.brev_id = "AES-2024-000001-B2";
    anvend_ok(&t, h);
    assert_int_equal(t.antal_breve, 2);
    assert_int_equal(t.status, SAG_STATUS_LUKKET);
    assert_string_equal(sag_haendelsestype_navn(SAG_H_BREV_DANNET),
                        "brev_dannet");
    assert_int_equal(sag_navn_til_haendelsestype("brev_dannet"),
                     SAG_H_BREV_DANNET);
}

static void
test_cpr(void **state)
{
    char ud[SAG_CPR_LEN + 1];
    struct sag_dato f;
    struct sag_diag d;
    static const char *const daarlige[] = {
        "",
        "12345",
        "0101801234x",
        "01018012345",
        "010180 1234",
        "3102801234",
        "290201-4012" /* 29.2.2001 does not exist */,
        "010180--1234",
    };

    (void)state;
    assert_ok(sag_cpr_valider("010180-9011", ud, &f, &d));
    assert_string_equal(ud, "010180-9011");
    assert_i64_eq(f.dage, dato_iso("1980-01-01").dage);
    assert_ok(sag_cpr_valider("2902004012", ud, &f, &d)); /* 7th 4, ≤36 */
    assert_i64_eq(f.dage, dato_iso("2000-02-29").dage);
    assert_ok(sag_cpr_valider("0101585012", ud, &f, &d)); /* 7th 5, >57 */
    assert_i64_eq(f.dage, dato_iso("1858-01-01").dage);
    assert_ok(sag_cpr_valider("0101379012", ud, &f, &d)); /* 7th 9, >36 */
    assert_i64_eq(f.dage, dato_iso("1937-01-01").dage);
    for (size_t i = 0; i < sizeof(daarlige) / sizeof(daarlige[0]); i++) {
        assert_int_not_equal(sag_cpr_valider(daarlige[i], ud, &f, &d), SAG_OK);
        /* The number itself never appears in the message. */
        if (strlen(daarlige[i]) >= 6)
            assert_null(strstr(d.besked, daarlige[i]));
        assert_string_equal(d.felt, "/cpr");
    }
    sag_cpr_maskeret("010180-9011", ud);
    assert_string_equal(ud, "010180-XXXX");
}

/* Source 004 (Ankestyrelsen, principmeddelelse 19-21): AES decided the loss
 * on 1.4.2019, 90 % final from 11.5.2018; the insurer and the lawyer
 * appealed (one appeal, two appellants); Ankestyrelsen confirmed the loss,
 * did not review the årsløn ("Ankestyrelsen fandt ikke grundlag for at
 * tage stilling til årslønnen") and told AES to decide a temporary loss
 * before 11.5.2018. Dates other than those are made up. */
static void
test_afgoerelsespunkter_004(void **state)
{
    struct sag_tilstand t;
    struct sag_haendelse h;
    struct sag_kalender k = sag_kalender_standard();
    struct sag_opgave o[SAG_MAKS_OPGAVER];
    size_t n, paalaeg = 0;

    (void)state;
    ny_sag_datoer(&t, SAG_SAGSTYPE_ULYKKE, "2015-06-15", "2015-06-20");
    anvend_ok(&t, afg(SAG_H_ANERKENDT, "2016-01-10", "A1", -1));
    h = afg(SAG_H_ERHVERVSEVNETAB_AFGJORT, "2019-04-01", "E2", 90);
    h.har_fra = true;
    h.fra = dato_iso("2018-05-11");
    anvend_ok(&t, h);
    h = haendelse_paa(SAG_H_KLAGE_MODTAGET, "2019-04-20");
    h.klage_id = "K1";
    h.afgoerelse_id = "E2";
    h.part = "forsikringsselskab";
    anvend_ok(&t, h);
    /* The lawyer joins; twice, or without a party, is refused. */
    h = haendelse_paa(SAG_H_KLAGE_TILSLUTTET, "2019-04-25");
    h.klage_id = "K1";
    anvend_afvist(&t, h, SAG_EMISSING, "/part");
    h.part = "repraesentant";
    anvend_ok(&t, h);
    anvend_afvist(&t, h, SAG_EDENIED, "/part");
    assert_int_equal(t.antal_klager, 1);
    assert_int_equal(t.klager[0].antal_parter, 2);
    assert_string_equal(t.klager[0].parter[1], "repraesentant");
    h = haendelse_paa(SAG_H_GENVURDERET, "2019-05-10");
    h.klage_id = "K1";
    h.udfald = SAG_UDFALD_FASTHOLDT;
    anvend_ok(&t, h);
    /* "Send to Ankestyrelsen" is due from the reassessment (10.5.2019),
     * not from the appeal's receipt (20.4.2019). */
    n = sag_opgaver(&t, &k, o, SAG_MAKS_OPGAVER);
    for (size_t i = 0; i < n; i++)
        if (o[i].art == SAG_OPGAVE_SEND_TIL_AST) {
            paalaeg++;
            assert_int_equal(o[i].forfald.dage, dato_iso("2019-05-10").dage);
        }
    assert_int_equal(paalaeg, 1);
    paalaeg = 0;
    h = haendelse_paa(SAG_H_SENDT_TIL_ANKESTYRELSEN, "2019-05-11");
    h.klage_id = "K1";
    anvend_ok(&t, h);
    /* Per point: the loss confirmed with an instruction … */
    h = haendelse_paa(SAG_H_ANKESTYRELSEN_AFGJORT, "2021-09-29");
    h.klage_id = "K1";
    h.punkt = SAG_PUNKT_MEN; /* not a point of a loss decision */
    h.udfald = SAG_UDFALD_STADFAESTET;
    anvend_afvist(&t, h, SAG_EINVAL, "/punkt");
    h.punkt = SAG_PUNKT_ERHVERVSEVNETAB;
    h.paalaeg = "Tag stilling til midlertidigt erhvervsevnetab før 11.05.2018";
    h.har_paalaeg_frist = true;
    h.paalaeg_frist = dato_iso("2021-10-27");
    anvend_ok(&t, h);
    /* … the årsløn not reviewed, on the same date; later is refused. */
    h = haendelse_paa(SAG_H_ANKESTYRELSEN_AFGJORT, "2021-09-30");
    h.klage_id = "K1";
    h.punkt = SAG_PUNKT_AARSLOEN;
    h.udfald = SAG_UDFALD_IKKE_BEHANDLET;
    anvend_afvist(&t, h, SAG_EDENIED, "/klage_id");
    h.dato = dato_iso("2021-09-29");
    anvend_ok(&t, h);
    anvend_afvist(&t, h, SAG_EDENIED, "/punkt"); /* twice */
    assert_int_equal(t.klager[0].udfald, SAG_UDFALD_STADFAESTET);
    assert_int_equal(t.klager[0].punkt_udfald[SAG_PUNKT_ERHVERVSEVNETAB],
                     SAG_UDFALD_STADFAESTET);
    assert_int_equal(t.klager[0].punkt_udfald[SAG_PUNKT_AARSLOEN],
                     SAG_UDFALD_IKKE_BEHANDLET);
    /* The instruction is a task due 27.10.2021. */
    n = sag_opgaver(&t, &k, o, SAG_MAKS_OPGAVER);
    for (size_t i = 0; i < n; i++)
        if (o[i].art == SAG_OPGAVE_PAALAEG) {
            paalaeg++;
            assert_int_equal(o[i].forfald.dage, dato_iso("2021-10-27").dage);
            assert_string_equal(o[i].ref, "K1");
        }
    assert_int_equal(paalaeg, 1);
    /* A temporary loss for a period overlapping the final award is
     * refused; ending the day before it, it is decided and the task
     * closes; the final 90 % stands. */
    h = afg(SAG_H_ERHVERVSEVNETAB_AFGJORT, "2021-11-01", "E3", 65);
    h.afgoerelsestype = SAG_AFGOERELSE_MIDLERTIDIG;
    h.har_fra = true;
    h.fra = dato_iso("2016-03-01");
    h.har_til = true;
    h.til = dato_iso("2018-05-11");
    anvend_afvist(&t, h, SAG_ECONFLICT, "/til");
    h.til = dato_iso("2018-05-10");
    anvend_ok(&t, h);
    assert_true(t.paalaeg[0].opfyldt);
    assert_string_equal(t.paalaeg[0].opfyldt_af, "E3");
    assert_int_equal(t.erhvervsevnetab, SAG_FASE_AFGJORT);
    assert_int_equal(t.erhvervsevnetab_pct, 90);
    n = sag_opgaver(&t, &k, o, SAG_MAKS_OPGAVER);
    for (size_t i = 0; i < n; i++)
        assert_int_not_equal(o[i].art, SAG_OPGAVE_PAALAEG);
}

/* A remittal case inherits the recognition when it was not remitted. */
static void
test_hjemvisning_arver(void **state)
{
    struct sag_tilstand t;
    struct sag_haendelse h = haendelse_paa(SAG_H_OPRETTET, "2024-05-01");
    struct sag_diag d;

    (void)state;
    memset(&t, 0, sizeof(t));
    memcpy(t.id, "AES-2024-000002", 16);
    h.ny.type = SAG_SAGSTYPE_ULYKKE;
    h.ny.generation = SAG_GENERATION_FOERSTEGANG;
    h.ny.skadedato = dato_iso("2024-01-10");
    h.ny.anmeldelsesdato = dato_iso("2024-01-20");
    h.ny.cpr = "0101809011";
    h.ny.anerkendelse_staar = true; /* only for a remittal */
    assert_int_equal(sag_tilstand_anvend(&t, &h, &d), SAG_EINVAL);
    assert_string_equal(d.felt, "/anerkendelse_staar");
    h.ny.generation = SAG_GENERATION_HJEMVISNING;
    h.ny.forrige_sag_id = "AES-2024-000001";
    anvend_ok(&t, h);
    assert_int_equal(t.anerkendelse, SAG_FASE_ANERKENDT);
    /* So the loss can be decided at once. */
    anvend_ok(&t, afg(SAG_H_ERHVERVSEVNETAB_AFGJORT, "2024-06-01", "E1", 20));
}

/* The journal: a document event names a SHA-256; a received reply answers
 * its request; a sent one cannot. */
static void
test_dokument(void **state)
{
    static const char sha[] =
        "9a5bf2229e36fcc058cdfee9eae4a77e6840d45ae48b8fac2cb6f0ff16d4e167";
    struct sag_tilstand t;
    struct sag_haendelse h;

    (void)state;
    ny_sag(&t, SAG_SAGSTYPE_ULYKKE);
    h = haendelse_paa(SAG_H_OPLYSNINGER_ANMODET, "2024-02-01");
    h.anmodning_id = "A1";
    h.part = "laege";
    anvend_ok(&t, h);
    h = haendelse_paa(SAG_H_DOKUMENT, "2024-02-10");
    h.titel = "Lægeerklæring";
    h.retning = "modtaget";
    h.dokument = "9A5B"; /* not a SHA-256 */
    anvend_afvist(&t, h, SAG_EINVAL, "/dokument");
    h.dokument = sha;
    h.retning = "ind";
    anvend_afvist(&t, h, SAG_EINVAL, "/retning");
    h.retning = "sendt";
    h.anmodning_id = "A1";
    anvend_afvist(&t, h, SAG_EINVAL, "/retning");
    h.retning = "modtaget";
    anvend_ok(&t, h);
    assert_true(t.anmodninger[0].besvaret);
    assert_int_equal(t.antal_dokumenter, 1);
    assert_string_equal(t.dokumenter[0].sha256, sha);
    anvend_afvist(&t, h, SAG_EDENIED, "/anmodning_id"); /* answered */
}

/* The words of a name as the index of names keeps them (migration 17),
 * worked by hand: split at what is not a letter or digit, lower-cased
 * (ASCII and the Latin-1 capitals as UTF-8: Æ C3 86 → æ C3 A6, Ø C3 98 →
 * ø C3 B8, Å C3 85 → å C3 A5, É C3 89 → é C3 A9), long words cut on a
 * character boundary. */
static void
test_navneord(void **state)
{
    char o[8][SAG_NAVNEORD_MAX];
    /* 30 a's then "æx": "æ" would take bytes 31 and 32 of a 31-byte word,
     * so the cut drops it whole: 30 a's remain. */
    char lang[64];

    (void)state;
    assert_int_equal(sag_navneord("Hans-Ole ÆRØ, A/S", o, 8), 5);
    assert_string_equal(o[0], "hans");
    assert_string_equal(o[1], "ole");
    assert_string_equal(o[2], "\xc3\xa6r\xc3\xb8"); /* ærø */
    assert_string_equal(o[3], "a");
    assert_string_equal(o[4], "s");
    assert_int_equal(sag_navneord("Éva ÅBERG", o, 8), 2);
    assert_string_equal(o[0], "\xc3\xa9va"); /* éva */
    assert_string_equal(o[1], "\xc3\xa5"
                              "berg"); /* åberg */
    /* × (C3 97) is not a capital: kept as it is. */
    assert_int_equal(sag_navneord("a\xc3\x97"
                                  "b",
                                  o, 8),
                     1);
    assert_string_equal(o[0], "a\xc3\x97"
                              "b");
    assert_int_equal(sag_navneord("  -- ", o, 8), 0);
    assert_int_equal(sag_navneord(NULL, o, 8), 0);
    /* At most `maks` words. */
    assert_int_equal(sag_navneord("a b c d", o, 2), 2);
    assert_string_equal(o[1], "b");
    memset(lang, 'a', 30);
    memcpy(lang + 30, "\xc3\xa6x", 4);
    assert_int_equal(sag_navneord(lang, o, 8), 1);
    assert_int_equal(strlen(o[0]), 30);
    /* 31 ASCII letters fit exactly; the 32nd is cut. */
    memset(lang, 'b', 32);
    lang[32] = '\0';
    assert_int_equal(sag_navneord(lang, o, 8), 1);
    assert_int_equal(strlen(o[0]), SAG_NAVNEORD_MAX - 1);

    /* Every word searched for starts a word of the name. */
    assert_true(sag_navn_matcher("Søren Østergaard", "øster"));
    assert_true(sag_navn_matcher("Søren Østergaard", "ØSTERGAARD s"));
    assert_false(sag_navn_matcher("Søren Østergaard", "gaard"));
    assert_false(sag_navn_matcher("Søren Østergaard", "søren hansen"));
    assert_false(sag_navn_matcher("Søren Østergaard", " - "));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_oprettelse),
        cmocka_unit_test(test_brev_dannet),
        cmocka_unit_test(test_faser_i_raekkefoelge),
        cmocka_unit_test(test_lukket_sag),
        cmocka_unit_test(test_klageforloeb),
        cmocka_unit_test(test_afgoerelsespunkter_004),
        cmocka_unit_test(test_hjemvisning_arver),
        cmocka_unit_test(test_dokument),
        cmocka_unit_test(test_genoptagelse),
        cmocka_unit_test(test_oplysninger_og_venter),
        cmocka_unit_test(test_privat_sag),
        cmocka_unit_test(test_cpr),
        cmocka_unit_test(test_navneord),
    };

    return cmocka_run_group_tests_name("sag", tests, NULL, NULL);
}
