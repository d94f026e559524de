/*
 * Tests for include/skadesag/lov.h and src/core/lov.c: the law's constants
 * have the values the sources give, worked out here by hand with the source
 * beside each; the compile-time date macro agrees with the date functions;
 * the source table identifies every source it can; and the citation check
 * used on every trace step (hjemmel_tjek.h) rejects what it should.
 */
#include "testutil.h"

#include "hjemmel_tjek.h"

#include "skadesag/lov.h"

static struct sag_dato
ymd(int aar, int maaned, int dag)
{
    struct sag_dato d;

    if (sag_dato_fra_ymd(aar, maaned, dag, &d) != SAG_OK)
        fail_msg("ugyldig dato %d-%d-%d", aar, maaned, dag);
    return d;
}

/* SAG_DATO(y, m, d) is the day sag_dato_fra_ymd gives, for every day of
 * 1900–2100 (leap years, 1900 not one, 2000 one) and at the range ends. */
static void
test_dato_makro(void **state)
{
    struct sag_dato d = ymd(1900, 1, 1), slut = ymd(2100, 12, 31);

    (void)state;
    for (; d.dage <= slut.dage; d.dage++) {
        int a, m, dd;

        sag_dato_ymd(d, &a, &m, &dd);
        if (SAG_DATO_DAGE(a, m, dd) != d.dage)
            fail_msg("SAG_DATO_DAGE(%d, %d, %d) = %d, forventet %d", a, m, dd,
                     SAG_DATO_DAGE(a, m, dd), (int)d.dage);
    }
    assert_i64_eq(SAG_DATO_DAGE(1, 1, 1), ymd(1, 1, 1).dage);
    assert_i64_eq(SAG_DATO_DAGE(9999, 12, 31), ymd(9999, 12, 31).dage);
    assert_i64_eq(SAG_DATO(2024, 7, 1).dage, 19905);
    assert_i64_eq(SAG_DATO(1970, 1, 1).dage, 0);
}

/* Each date as the source writes it. */
static void
test_datoer(void **state)
{
    (void)state;
    /* Guidance kapitel 1, L35: "Den 1. januar 2004 trådte nuværende
     * arbejdsskadesikringslov i kraft" (lov nr. 422 af 10/06/2003). */
    assert_i64_eq(SAG_LOV_DATO_ASL_2003.dage, ymd(2004, 1, 1).dage);
    /* Guidance 8.1, L3891: "Den 1. januar 2006 trådte ændringslov nummer
     * 1388 af 21. december 2005 i kraft" (§ 17 a). */
    assert_i64_eq(SAG_LOV_DATO_17A.dage, ymd(2006, 1, 1).dage);
    /* Guidance 2.11, L1317-1318 (lov nr. 496 af 6/6/2007): "ulykker sket
     * 1. juli 2007 eller senere og erhvervssygdomme anmeldt 1. juli 2007
     * eller senere". */
    assert_i64_eq(SAG_LOV_DATO_2007_07.dage, ymd(2007, 7, 1).dage);
    /* law_facts 0.1 (Mineo): "01-01-2011: Erstatningsniveau hæves fra 80 %
     * til 83 %". */
    assert_i64_eq(SAG_LOV_DATO_NIVEAU_2011.dage, ymd(2011, 1, 1).dage);
    /* law_facts 1.3: lov nr. 550 af 7/5/2019, § 4, stk. 1: "træder i kraft
     * den 1. januar 2020". */
    assert_i64_eq(SAG_LOV_DATO_2020.dage, ymd(2020, 1, 1).dage);
    /* law_facts 2.1: lov nr. 1541 af 12/12/2023, "Most changes took effect
     * 1 July 2024". */
    assert_i64_eq(SAG_LOV_DATO_REFORM_2024.dage, ymd(2024, 7, 1).dage);
    /* Guidance 2.11, L1331: "fyldt 60 år senest den 1. juli 1999" (lov nr.
     * 288 af 12/5/1999). */
    assert_i64_eq(SAG_LOV_DATO_1999_07.dage, ymd(1999, 7, 1).dage);
    /* law_facts 2.3: "HR 9 April 2024, BS-50553/2023-HJR"; "HR 17 January
     * 2025". */
    assert_i64_eq(SAG_LOV_DATO_HR_2024.dage, ymd(2024, 4, 9).dage);
    assert_i64_eq(SAG_LOV_DATO_HR_2025.dage, ymd(2025, 1, 17).dage);
    /* In the order the law changed. */
    assert_true(SAG_LOV_DATO_1999_07.dage < SAG_LOV_DATO_ASL_2003.dage);
    assert_true(SAG_LOV_DATO_ASL_2003.dage < SAG_LOV_DATO_17A.dage);
    assert_true(SAG_LOV_DATO_17A.dage < SAG_LOV_DATO_2007_07.dage);
    assert_true(SAG_LOV_DATO_2007_07.dage < SAG_LOV_DATO_NIVEAU_2011.dage);
    assert_true(SAG_LOV_DATO_NIVEAU_2011.dage < SAG_LOV_DATO_2020.dage);
    assert_true(SAG_LOV_DATO_2020.dage < SAG_LOV_DATO_HR_2024.dage);
    assert_true(SAG_LOV_DATO_HR_2024.dage < SAG_LOV_DATO_REFORM_2024.dage);
    assert_true(SAG_LOV_DATO_REFORM_2024.dage < SAG_LOV_DATO_HR_2025.dage);
}

/* The percentages and periods as the sources state them. */
static void
test_tal(void **state)
{
    static const int gitter[] = { 15, 20, 30, 40, 50, 60, 70, 80, 90, 100 };

    (void)state;
    /* Guidance 2.1, L164-165: "Hvis tabet af erhvervsevne er mindre end 15
     * procent, ydes der ikke erstatning (§ 17, stykke 1, 2. led)". */
    assert_int_equal(SAG_LOV_TAERSKEL_PCT, 15);
    /* law_facts 2.3, HR 17.1.2025: "A loss below 5 % is 'bagatelagtigt'". */
    assert_int_equal(SAG_LOV_HR_NEDRE_PCT, 5);
    /* Guidance 2.1.7, L334-335: "procenterne 15, 20, 25, 30, 35, 40, 45,
     * 50 og så videre" — steps of 20 − 15 = 5. */
    assert_int_equal(SAG_LOV_GITTER_TRIN_PCT, 20 - 15);
    assert_int_equal(SAG_LOV_FULDT_TAB_PCT, 100);
    /* law_facts 1.7 (AES on lov 1541/2023): "minimum 15 pct. som i dag og
     * derefter i intervaller fra 20, 30, 40 til 100 pct." */
    assert_int_equal(SAG_LOV_GITTER_2024_ANTAL, 10);
    for (size_t i = 0; i < SAG_LOV_GITTER_2024_ANTAL; i++)
        assert_int_equal(sag_lov_gitter_2024[i], gitter[i]);
    /* Guidance 2.8, L1147: "mindre end 50 procent bliver den løbende ydelse
     * omsat til et kapitalbeløb" (§ 27, stk. 1, 1. pkt.). */
    assert_int_equal(SAG_LOV_KAPITAL_GRAENSE_PCT, 50);
    /* AES (law_facts 1.14): "mindre end to år fra folkepensionsalderen" —
     * 2 × 12 months. */
    assert_int_equal(SAG_LOV_FOLKEPENSION_KAPITAL_MDR, 2 * 12);
    /* Guidance 2.8, L1178-1179: "63 år eller derover … to gange en årlig
     * løbende erstatning (§ 17, stykke 7, 2. pkt.)". */
    assert_int_equal(SAG_LOV_ENGANGS_ALDER_FOER_2007, 63);
    assert_int_equal(SAG_LOV_ENGANGS_GANGE, 2);
    /* Guidance 2.11, L1320-1323: born from 1.7.1939, injured 2004-30.6.2007:
     * "udgangen af den måned, hvor modtageren fylder 65 år". */
    assert_int_equal(SAG_LOV_OPHOER_ALDER_2004_2007, 65);
    /* Guidance 2.11, L1331-1341: 60 by 1.7.1999 → 67 and "to gange";
     * otherwise 65 and "4 gange". */
    assert_int_equal(SAG_LOV_1992_SKILLEALDER, 60);
    assert_int_equal(SAG_LOV_1992_OPHOER_ALDER_GL, 67);
    assert_int_equal(SAG_LOV_1992_AFLOESNING_GANGE_GL, 2);
    assert_int_equal(SAG_LOV_1992_OPHOER_ALDER_NY, 65);
    assert_int_equal(SAG_LOV_1992_AFLOESNING_GANGE_NY, 4);
    /* law_facts 1.11: "de seneste 5 indtægtsår"; § 24, stk. 6: "under 18
     * år eller under uddannelse". */
    assert_int_equal(SAG_LOV_AARSLOEN_INDKOMSTAAR, 5);
    assert_int_equal(SAG_LOV_AARSLOEN_MINDSTE_ALDER, 18);
    /* law_facts 0.1: 2024 maximum 608.000 × 0,92 × 0,83 = 464.268,8, the
     * published 464.269 kr. In øre with the named fraction: 60.800.000 ×
     * 1909 / 2500 = 46.426.880 øre exactly. */
    assert_int_equal(SAG_LOV_NIVEAU_PCT, 83);
    assert_int_equal(SAG_LOV_AM_BIDRAG_PCT, 8);
    assert_int_equal(SAG_LOV_NIVEAU_FOER_2011_PCT, 80);
    assert_i64_eq(60800000LL * SAG_LOV_NIVEAU_NETTO_TAELLER %
                      SAG_LOV_NIVEAU_NETTO_NAEVNER,
                  0);
    assert_i64_eq(60800000LL * SAG_LOV_NIVEAU_NETTO_TAELLER /
                      SAG_LOV_NIVEAU_NETTO_NAEVNER,
                  46426880);
    /* § 25, stk. 5: "delelige med 12"; § 28, stk. 1: "2/3 af værdien". */
    assert_int_equal(SAG_LOV_DELELIG_KR, 12);
    assert_int_equal(SAG_LOV_TJM_FRADRAG_TAELLER * 3,
                     SAG_LOV_TJM_FRADRAG_NAEVNER * 2);
    /* AES' beretning 2020, L556 and L590-592: "3- og 6-måndersfristen",
     * "1 års frist for arbejdsskadesager", "2 års frist for
     * erhvervssygdomme som forelægges erhvervssygdomsudvalget". */
    assert_int_equal(SAG_LOV_ANERKENDELSE_ULYKKE_MDR, 3);
    assert_int_equal(SAG_LOV_ANERKENDELSE_SYGDOM_MDR, 6);
    assert_int_equal(SAG_LOV_AFGOERELSE_MDR, 12);
    assert_int_equal(SAG_LOV_AFGOERELSE_ESU_MDR, 24);
    /* law_facts_2 5: "Fristen er på 4 uger" — 4 × 7 days; law_facts 2.1
     * item 6: "Svarfristen fastsættes i loven til 14 dage". */
    assert_int_equal(SAG_LOV_KLAGEFRIST_DAGE, 4 * 7);
    assert_int_equal(SAG_LOV_SVARFRIST_PROFESSIONEL_DAGE, 14);
    assert_int_equal(SAG_AES_SVARFRIST_DAGE, 4 * 7);
    /* law_facts_2 6: "Fristen på 5 år". */
    assert_int_equal(SAG_LOV_GENOPTAGELSE_AAR, 5);
}

/* Every source in the table says what identifies it; only the two the
 * sources cannot identify (docs/rules_map.md Q-27) are marked so. */
static void
test_kilder(void **state)
{
    size_t n;
    const struct sag_lov_kilde *k = sag_lov_kilder(&n);
    char hvorfor[512];

    (void)state;
    assert_true(n >= 10);
    for (size_t i = 0; i < n; i++) {
        const char *t = k[i].tekst;
        const char *e = t + strlen(t);

        for (size_t j = 0; j < i; j++)
            if (strcmp(k[i].id, k[j].id) == 0)
                fail_msg("kilden %s står to gange", k[i].id);
        if (!k[i].identificeret) {
            if (strcmp(k[i].id, "lov-1992") != 0 &&
                strcmp(k[i].id, "social-pension-1a") != 0)
                fail_msg("%s er ikke identificeret", k[i].id);
            continue;
        }
        /* Acts and guidance: number and date. */
        if ((strncmp(k[i].id, "lov-", 4) == 0 ||
             strncmp(k[i].id, "asl", 3) == 0 ||
             strncmp(k[i].id, "bek-", 4) == 0 ||
             strncmp(k[i].id, "vej-", 4) == 0) &&
            !hj__akt_id(t, e))
            fail_msg("%s mangler nummer og dato: %s", k[i].id, t);
        /* Judgments: the court, the date and a case number. */
        if (strncmp(k[i].id, "hr-", 3) == 0 &&
            (strstr(t, "Højesterets dom af ") == NULL ||
             strstr(t, "BS-") == NULL))
            fail_msg("%s mangler dato eller sagsnummer: %s", k[i].id, t);
        if (hjemmel_fejl(t, hvorfor, sizeof(hvorfor)) != NULL)
            fail_msg("%s: %s", k[i].id, hvorfor);
    }
    /* The reform's act is the 2003 act as amended. */
    assert_non_null(strstr(SAG_KILDE_ASL_REFORM, SAG_KILDE_ASL));
    assert_non_null(strstr(SAG_KILDE_ASL_REFORM, SAG_KILDE_LOV_1541_2023));
}

/* The citation check rejects the forms this code used to write, and
 * accepts the forms it writes now. */
static void
test_hjemmel_tjek(void **state)
{
    static const char *const afvis[] = {
        "",
        "ASL § 17, stk. 2",
        "ASL § 17, stk. 2; vejledningen afsnit 3.3 (L1514-1535)",
        "Vejledningen 2.8 (L1147-1150); PA 155-10",
        "ASL § 16 (" SAG_KILDE_ASL "); AES' årsrapport 2020 (000:L554-595)",
        "Lov (" SAG_KILDE_ASL "); vejledning om omsætning af løbende ydelser",
        /* The lines lie in kapitel 3's introduction, not in 3.3. */
        SAG_KILDE_VEJ ", afsnit 3.3 (L1514-1535)",
        /* L1024 is in 2.6.3, not 2.7. */
        SAG_KILDE_VEJ ", afsnit 2.7 (L1024-1025)",
        /* A line reference with the guidance but no section. */
        SAG_KILDE_VEJ " (L162-165)",
        /* A section of the guidance in another clause than the line. */
        SAG_KILDE_VEJ ", afsnit 2.1; L162-165",
    };
    static const char *const godkend[] = {
        "ASL § 17, stk. 2 (" SAG_KILDE_ASL ")",
        "ASL § 17, stk. 2 (" SAG_KILDE_ASL_REFORM ")",
        SAG_KILDE_VEJ ", afsnit 2.1 (L162-165)",
        SAG_KILDE_VEJ ", kapitel 3 (L1514-1535)",
        SAG_KILDE_VEJ ", afsnit 2.6.3 (L1024-1025)",
        SAG_KILDE_VEJ ", afsnit 2.8 (L1147-1150) og 2.6 (L904-907); "
                      "Ankestyrelsens principafgørelse 155-10",
        SAG_KILDE_VEJ ", afsnit 2.6 (L940-946, eksempel 2.15) og afsnit "
                      "14.4.4 (L6394)",
        SAG_KILDE_LOV_1992 " § 32, stk. 8",
        "ASL § 27, stk. 4 (" SAG_KILDE_ASL "); Vejledning om omsætning af "
        "løbende erstatning til kapitalbeløb i 2026 i sager om arbejdsskader "
        "(VEJ nr. 10056 af 30. oktober 2025), tabel A",
    };
    char hvorfor[512];

    (void)state;
    for (size_t i = 0; i < sizeof(afvis) / sizeof(afvis[0]); i++)
        if (hjemmel_fejl(afvis[i], hvorfor, sizeof(hvorfor)) == NULL)
            fail_msg("blev godkendt: %s", afvis[i]);
    for (size_t i = 0; i < sizeof(godkend) / sizeof(godkend[0]); i++)
        if (hjemmel_fejl(godkend[i], hvorfor, sizeof(hvorfor)) != NULL)
            fail_msg("blev afvist: %s", hvorfor);
    /* The section table: the guidance's chapter 3 starts at L1514 and 3.3
     * at L1623 (shared/spec/sources/002_…). */
    assert_string_equal(hj__afsnit_for_linje(1514), "3");
    assert_string_equal(hj__afsnit_for_linje(1622), "3.2");
    assert_string_equal(hj__afsnit_for_linje(1623), "3.3");
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dato_makro),   cmocka_unit_test(test_datoer),
        cmocka_unit_test(test_tal),          cmocka_unit_test(test_kilder),
        cmocka_unit_test(test_hjemmel_tjek),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
