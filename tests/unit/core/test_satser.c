/*
 * Tests for src/core/satser.c: the TSV loader's strictness and messages, the
 * checksum, and the look-ups against values published by the authorities
 * (cross-checks listed in data/README.md and law_facts.md).
 */
#include <stdlib.h>

#include "testutil.h"

#include "skadesag/satser.h"

static const char *const filer[] = { "satser.tsv",
                                     "kapitaliseringsfaktorer.tsv",
                                     "kapitalisering_acts.tsv",
                                     "folkepensionsalder.tsv" };

static struct sag_dato
D(int y, int m, int d) {
    struct sag_dato r;

    if (sag_dato_fra_ymd(y, m, d, &r) != SAG_OK)
        fail_msg("ugyldig testdato");
    return r;
}

static void
indlaes_alle(struct sag_satser *s)
{
    struct sag_diag d;

    sag_satser_init(s);
    for (size_t i = 0; i < 4; i++) {
        char sti[128];
        size_t len;
        char *data;

        (void)snprintf(sti, sizeof(sti), "data/%s", filer[i]);
        data = test_laes_fil(sti, &len);
        sag_diag_init(&d);
        if (sag_satser_indlaes_tsv(s, filer[i], data, len, &d) != SAG_OK)
            fail_msg("%s", d.besked);
        test_free(data);
    }
    sag_diag_init(&d);
    if (sag_satser_klar(s, &d) != SAG_OK)
        fail_msg("%s", d.besked);
}

static int
opsaet(void **state)
{
    struct sag_satser *s = test_malloc(sizeof(*s));

    indlaes_alle(s);
    *state = s;
    return 0;
}

static int
ryd_op(void **state)
{
    sag_satser_release(*state);
    test_free(*state);
    return 0;
}

static void
test_indlaes_officielle_tabeller(void **state)
{
    struct sag_satser *s = *state;

    assert_int_equal(s->antal_satser, 334); /* 333 + 2004 */
    assert_int_equal(s->antal_kap_tabeller, 294);
    assert_int_equal(s->antal_kap_akter, 82);
    assert_int_equal(s->antal_fp_aldre, 33); /* 28 + 5 */
    assert_int_equal(strlen(sag_satser_checksum(s)), 64);
}

static void
test_checksum_deterministisk(void **state)
{
    struct sag_satser *s = *state, andre;

    indlaes_alle(&andre);
    assert_string_equal(sag_satser_checksum(s), sag_satser_checksum(&andre));
    sag_satser_release(&andre);
}

/* Official values quoted in data/README.md "Cross-checks" and law_facts.md
 * section 3. */
static void
test_satser_publicerede(void **state)
{
    struct sag_satser *s = *state;
    const struct sag_sats *r;

    (void)state;
    assert_ok(sag_satser_sats(s, "maks_aarsloen", 2015, "", &r));
    assert_i64_eq(r->vaerdi, 49800000);
    assert_ok(sag_satser_sats(s, "maks_aarsloen", 2024, "", &r));
    assert_i64_eq(r->vaerdi, 60800000);
    assert_string_equal(r->kilde, "VEJ 9822/2023");
    assert_ok(sag_satser_sats(s, "maks_aarsloen", 2026, NULL, &r));
    assert_i64_eq(r->vaerdi, 66200000);
    assert_ok(sag_satser_sats(s, "men_100pct", 2024, "", &r));
    assert_i64_eq(r->vaerdi, 101350000);
    assert_ok(
        sag_satser_sats(s, "min_aarsloen", 2024, "skade_fra_2024-07-01", &r));
    assert_i64_eq(r->vaerdi, 25700000);
    assert_ok(
        sag_satser_sats(s, "min_aarsloen", 2024, "skade_foer_2024-07-01", &r));
    assert_i64_eq(r->vaerdi, 22700000);
    assert_ok(sag_satser_sats(s,
                              "reguleringsprocent_erhvervsevnetab_"
                              "kumuleret",
                              2024, "serie_foer_2024", &r));
    assert_int_equal(r->enhed, SAG_ENHED_PCT);
    assert_i64_eq(r->vaerdi, 65700); /* 65,7 % */
    assert_ok(
        sag_satser_sats_paa_dato(s, "overgangsbeloeb", D(2022, 6, 30), "", &r));
    assert_i64_eq(r->vaerdi, 17900000);
    /* 2004 from AES's worked example (aes.dk erstatning-tab-15,
     * "379.000/367.000"; law_facts_2 7), added in data/KILDE.md. */
    assert_ok(sag_satser_sats(s, "maks_aarsloen", 2004, "", &r));
    assert_i64_eq(r->vaerdi, 37900000);
    r = NULL;
    assert_status(sag_satser_sats(s, "maks_aarsloen", 2002, "", &r),
                  SAG_ENOTFOUND);
    assert_null(r);
    assert_status(sag_satser_sats(s, "findes_ikke", 2024, "", &r),
                  SAG_ENOTFOUND);
}

static void
test_folkepensionsalder(void **state)
{
    struct sag_satser *s = *state;
    const struct sag_fp_alder *r;

    /* lov om social pension § 1 a as in force from 31.12.2025. */
    assert_ok(
        sag_satser_folkepensionsalder(s, D(1953, 12, 31), D(2026, 1, 1), &r));
    assert_int_equal(r->maaneder, 65 * 12);
    assert_ok(
        sag_satser_folkepensionsalder(s, D(1954, 3, 1), D(2026, 1, 1), &r));
    assert_int_equal(r->maaneder, 65 * 12 + 6);
    assert_ok(
        sag_satser_folkepensionsalder(s, D(1962, 12, 31), D(2026, 1, 1), &r));
    assert_int_equal(r->maaneder, 67 * 12);
    assert_ok(
        sag_satser_folkepensionsalder(s, D(1963, 1, 1), D(2026, 1, 1), &r));
    assert_int_equal(r->maaneder, 68 * 12);
    assert_ok(
        sag_satser_folkepensionsalder(s, D(1971, 1, 1), D(2026, 1, 1), &r));
    assert_int_equal(r->maaneder, 70 * 12);
    /* Before the 69 → 70 step (31.12.2025) the same person had 69. */
    assert_ok(
        sag_satser_folkepensionsalder(s, D(1971, 1, 1), D(2025, 12, 30), &r));
    assert_int_equal(r->maaneder, 69 * 12);
    /* Before 29.12.2015 people born 1963 had 67. */
    assert_ok(
        sag_satser_folkepensionsalder(s, D(1963, 6, 1), D(2015, 12, 28), &r));
    assert_int_equal(r->maaneder, 67 * 12);
    /* 1.7.2009-31.12.2011: lov nr. 1586 af 20/12/2006, cohorts 1959-1960
     * (AES, "Tidligere ændringer af pensionsalderen (2009)": born before
     * 1.1.1959 65, 1.1-30.6.1959 65½, 1.7-31.12.1959 66, 1.1-30.6.1960 66½,
     * from 1.7.1960 67; data/KILDE.md Corrections 3, Q-24). */
    assert_ok(
        sag_satser_folkepensionsalder(s, D(1955, 9, 1), D(2010, 6, 1), &r));
    assert_int_equal(r->maaneder, 65 * 12);
    assert_ok(
        sag_satser_folkepensionsalder(s, D(1959, 3, 1), D(2011, 12, 31), &r));
    assert_int_equal(r->maaneder, 65 * 12 + 6);
    assert_ok(
        sag_satser_folkepensionsalder(s, D(1960, 7, 1), D(2009, 7, 1), &r));
    assert_int_equal(r->maaneder, 67 * 12);
    /* From 1.1.2012 the 1954-1955 cohorts (BEK 1403/2011's tables). */
    assert_ok(
        sag_satser_folkepensionsalder(s, D(1955, 9, 1), D(2012, 1, 1), &r));
    assert_int_equal(r->maaneder, 67 * 12);
}

/* AES's published 2026 table (VEJ 10056/2025, injury ≥ 2021, born
 * 1.7.1955–1962, to 67): age 63 = 2,516, 64 = 1,878 (data/README.md). */
static void
test_kapitalisering_2026(void **state)
{
    struct sag_satser *s = *state;
    const struct sag_kap_akt *a;
    const struct sag_kap_tabel *t;
    int64_t f;

    assert_ok(sag_satser_kap_tabel(s, D(2022, 3, 1), D(2026, 2, 1),
                                   D(1962, 5, 1), SAG_KOEN_ALLE, &a, &t));
    assert_string_equal(a->akt, "VEJ 10056/2025");
    assert_string_equal(t->tabel, "D");
    assert_i64_eq(a->saerfaktor, 1246);
    assert_int_equal(t->udbetales_til_mdr, 67 * 12);
    assert_ok(sag_kap_tabel_faktor(t, 63, &f));
    assert_i64_eq(f, 2516);
    assert_ok(sag_kap_tabel_faktor(t, 64, &f));
    assert_i64_eq(f, 1878);
    assert_status(sag_kap_tabel_faktor(t, 65, &f), SAG_ERANGE);
    /* Table A, born ≥ 1971, to 70 (law_facts.md 4.3): 5 = 64,938,
     * 18 = 46,740 (written "46.74" in the source), 56 = 9,282. */
    assert_ok(sag_satser_kap_tabel(s, D(2022, 3, 1), D(2026, 2, 1),
                                   D(1980, 5, 1), SAG_KOEN_ALLE, &a, &t));
    assert_string_equal(t->tabel, "A");
    assert_ok(sag_kap_tabel_faktor(t, 5, &f));
    assert_i64_eq(f, 64938);
    assert_ok(sag_kap_tabel_faktor(t, 18, &f));
    assert_i64_eq(f, 46740);
    assert_ok(sag_kap_tabel_faktor(t, 56, &f));
    assert_i64_eq(f, 9282);
}

/* 2025 (VEJ 10029/2024) table A, injury ≥ 2021, born ≥ 1967, to 69:
 * 30 = 30,491; 50 = 12,891. */
static void
test_kapitalisering_2025(void **state)
{
    struct sag_satser *s = *state;
    const struct sag_kap_akt *a;
    const struct sag_kap_tabel *t;
    int64_t f;

    assert_ok(sag_satser_kap_tabel(s, D(2021, 1, 1), D(2025, 6, 1),
                                   D(1975, 1, 1), SAG_KOEN_ALLE, &a, &t));
    assert_string_equal(a->akt, "VEJ 10029/2024");
    assert_int_equal(t->udbetales_til_mdr, 69 * 12);
    assert_ok(sag_kap_tabel_faktor(t, 30, &f));
    assert_i64_eq(f, 30491);
    assert_ok(sag_kap_tabel_faktor(t, 50, &f));
    assert_i64_eq(f, 12891);
    /* The special act for capitalisation on 31.12.2025 only. */
    assert_ok(sag_satser_kap_tabel(s, D(2021, 1, 1), D(2025, 12, 31),
                                   D(1975, 1, 1), SAG_KOEN_ALLE, &a, &t));
    assert_string_equal(a->akt, "VEJ 10183/2025");
    assert_ok(sag_kap_tabel_faktor(t, 30, &f));
    assert_i64_eq(f, 31431);
}

static void
test_kapitalisering_koen(void **state)
{
    struct sag_satser *s = *state;
    const struct sag_kap_akt *a = NULL;
    const struct sag_kap_tabel *t = NULL, *tm, *tk;
    int64_t fm, fk;

    /* Before 1.3.2015 the tables are split by sex: without it we cannot
     * choose, and we say so. */
    assert_status(sag_satser_kap_tabel(s, D(2012, 1, 1), D(2013, 3, 1),
                                       D(1962, 5, 1), SAG_KOEN_ALLE, &a, &t),
                  SAG_EMISSING);
    assert_null(t);
    assert_ok(sag_satser_kap_tabel(s, D(2012, 1, 1), D(2013, 3, 1),
                                   D(1962, 5, 1), SAG_KOEN_MAND, &a, &tm));
    assert_ok(sag_satser_kap_tabel(s, D(2012, 1, 1), D(2013, 3, 1),
                                   D(1962, 5, 1), SAG_KOEN_KVINDE, &a, &tk));
    assert_ok(sag_kap_tabel_faktor(tm, 50, &fm));
    assert_ok(sag_kap_tabel_faktor(tk, 50, &fk));
    assert_true(fk > fm);
    /* A gap in the source (BEK 1068/2003 table A) is reported, not
     * papered over. */
    assert_status(sag_satser_kap_tabel(s, D(2005, 1, 1), D(2006, 6, 1),
                                       D(1960, 1, 1), SAG_KOEN_MAND, &a, &t),
                  SAG_ENOTFOUND);
}

/* Load one broken file and return the diag message. */
static enum sag_status
indlaes_tekst(const char *navn, const char *tekst, struct sag_diag *d)
{
    struct sag_satser s;
    enum sag_status st;

    sag_satser_init(&s);
    sag_diag_init(d);
    st = sag_satser_indlaes_tsv(&s, navn, tekst, strlen(tekst), d);
    sag_satser_release(&s);
    return st;
}

#define SATS_HOVED                                                             \
    "sats_name\tyear\tcondition\tvalue\tunit\tlaw_paragraph\tlegal_ref\t"      \
    "mineo_name\n"

static void
test_fejlbeskeder(void **state)
{
    struct sag_diag d;

    (void)state;
    /* Missing column. */
    assert_status(indlaes_tekst("satser.tsv",
                                "sats_name\tyear\tcondition\tunit\t"
                                "law_paragraph\tlegal_ref\tmineo_name\n"
                                "x\t2024\t\tkr\tp\tk\tm\n",
                                &d),
                  SAG_EPARSE);
    assert_string_equal(d.besked, "satser.tsv:1: kolonnen 'value' mangler "
                                  "(tabellen ligner satser)");
    /* Bad number and bad unit, with the line number. */
    assert_status(indlaes_tekst("satser.tsv",
                                SATS_HOVED "a\t2024\t\t100\tkr\tp\tk\tm\n"
                                           "b\t2024\t\t1,5\tkr\tp\tk\tm\n",
                                &d),
                  SAG_EPARSE);
    assert_string_equal(d.besked,
                        "satser.tsv:3: kolonnen 'value': '1,5' er ikke et tal");
    assert_status(indlaes_tekst("satser.tsv",
                                SATS_HOVED "a\t2024\t\t100\tDKK\tp\tk\tm\n",
                                &d),
                  SAG_EPARSE);
    assert_non_null(strstr(d.besked, "satser.tsv:2: kolonnen 'unit'"));
    /* Duplicate key. */
    assert_status(indlaes_tekst("satser.tsv",
                                SATS_HOVED "a\t2024\t\t100\tkr\tp\tk\tm\n"
                                           "a\t2024\t\t200\tkr\tp\tk\tm\n",
                                &d),
                  SAG_ECONFLICT);
    assert_string_equal(d.besked, "satser.tsv:3: 'a' for 2024 findes "
                                  "allerede i linje 2");
    /* Wrong number of fields; missing final newline; CR. */
    assert_status(indlaes_tekst("satser.tsv",
                                SATS_HOVED "a\t2024\t\t100\tkr\tp\tk\n", &d),
                  SAG_EPARSE);
    assert_string_equal(d.besked, "satser.tsv:2: 7 kolonner, overskriften "
                                  "har 8");
    assert_status(indlaes_tekst("satser.tsv",
                                SATS_HOVED "a\t2024\t\t100\tkr\tp\tk\tm", &d),
                  SAG_EPARSE);
    assert_status(indlaes_tekst("satser.tsv",
                                SATS_HOVED "a\t2024\t\t100\tkr\tp\tk\tm\r\n",
                                &d),
                  SAG_EPARSE);
    assert_non_null(strstr(d.besked, "CR"));
    /* Bad date. */
    assert_status(indlaes_tekst("fp.tsv",
                                "rule_in_force_from\trule_in_force_to\t"
                                "born_from\tborn_to\tpension_age_years\t"
                                "pension_age_extra_months\t"
                                "pension_age_total_months\tlabel\tlaw_ref\n"
                                "2020-13-01\t\t\t\t67\t0\t804\tl\tL\n",
                                &d),
                  SAG_EPARSE);
    assert_string_equal(d.besked, "fp.tsv:2: kolonnen 'rule_in_force_from': "
                                  "'2020-13-01' er ikke en dato (ÅÅÅÅ-MM-DD)");
    /* Overlapping validity. */
    assert_status(
        indlaes_tekst("fp.tsv",
                      "rule_in_force_from\trule_in_force_to\t"
                      "born_from\tborn_to\tpension_age_years\t"
                      "pension_age_extra_months\t"
                      "pension_age_total_months\tlabel\tlaw_ref\n"
                      "2020-01-01\t\t\t1960-12-31\t67\t0\t804\tl\tL\n"
                      "2020-01-01\t\t1960-06-01\t\t68\t0\t816\tl\tL\n",
                      &d),
        SAG_ECONFLICT);
    assert_string_equal(d.besked, "fp.tsv:3: gyldighedsperioden overlapper "
                                  "linje 2");
    /* Inconsistent months. */
    assert_status(indlaes_tekst("fp.tsv",
                                "rule_in_force_from\trule_in_force_to\t"
                                "born_from\tborn_to\tpension_age_years\t"
                                "pension_age_extra_months\t"
                                "pension_age_total_months\tlabel\tlaw_ref\n"
                                "2020-01-01\t\t\t\t67\t6\t804\tl\tL\n",
                                &d),
                  SAG_EINVAL);
    /* Unknown table. */
    assert_status(indlaes_tekst("x.tsv", "a\tb\n1\t2\n", &d), SAG_EPARSE);
    assert_non_null(strstr(d.besked, "x.tsv:1: ukendt tabel"));
    /* Factor table: an age gap and a rising factor. */
    assert_status(indlaes_tekst("f.tsv",
                                "act_id\tact_valid_from\tact_valid_to\t"
                                "table_id\tinjury_from\tinjury_to\tborn_from\t"
                                "born_to\tsex\tpayable_to_age\tage_years\t"
                                "factor\tin_tabelvalg\n"
                                "A\t2020-01-01\t\tA\t2020-01-01\t\t\t\tall\t67"
                                "\t5\t10.5\t1\n"
                                "A\t2020-01-01\t\tA\t2020-01-01\t\t\t\tall\t67"
                                "\t7\t10.1\t1\n",
                                &d),
                  SAG_EINVAL);
    assert_string_equal(d.besked, "f.tsv:3: tabel A (A) springer fra alder 5 "
                                  "til 7");
    assert_status(indlaes_tekst("f.tsv",
                                "act_id\tact_valid_from\tact_valid_to\t"
                                "table_id\tinjury_from\tinjury_to\tborn_from\t"
                                "born_to\tsex\tpayable_to_age\tage_years\t"
                                "factor\tin_tabelvalg\n"
                                "A\t2020-01-01\t\tA\t2020-01-01\t\t\t\tall\t67"
                                "\t5\t10.5\t1\n"
                                "A\t2020-01-01\t\tA\t2020-01-01\t\t\t\tall\t67"
                                "\t6\t10.5\t1\n",
                                &d),
                  SAG_EINVAL);
    assert_non_null(strstr(d.besked, "er ikke mindre end"));
}

static void
test_mangler_tabel_og_dobbelt(void **state)
{
    struct sag_satser s;
    struct sag_diag d;
    size_t len;
    char *data = test_laes_fil("data/satser.tsv", &len);

    (void)state;
    sag_satser_init(&s);
    assert_ok(sag_satser_indlaes_tsv(&s, "satser.tsv", data, len, &d));
    assert_status(sag_satser_indlaes_tsv(&s, "satser.tsv", data, len, &d),
                  SAG_ECONFLICT);
    assert_status(sag_satser_klar(&s, &d), SAG_EMISSING);
    assert_string_equal(d.besked, "tabellen kapitaliseringsfaktorer er ikke "
                                  "indlæst");
    sag_satser_release(&s);
    test_free(data);
}

/* A failed load leaves earlier tables intact (nothing already stored is
 * lost). */
static void
test_fejl_bevarer_tabeller(void **state)
{
    struct sag_satser s;
    struct sag_diag d;
    size_t len;
    char *data = test_laes_fil("data/folkepensionsalder.tsv", &len);
    const struct sag_fp_alder *r;

    (void)state;
    sag_satser_init(&s);
    assert_ok(
        sag_satser_indlaes_tsv(&s, "folkepensionsalder.tsv", data, len, &d));
    {
        const char *bad = SATS_HOVED "a\tx\t\t1\tkr\tp\tk\tm\n";

        assert_status(
            sag_satser_indlaes_tsv(&s, "satser.tsv", bad, strlen(bad), &d),
            SAG_EPARSE);
    }
    assert_int_equal(s.antal_satser, 0);
    assert_ok(
        sag_satser_folkepensionsalder(&s, D(1960, 1, 1), D(2024, 1, 1), &r));
    assert_int_equal(r->maaneder, 67 * 12);
    sag_satser_release(&s);
    test_free(data);
}

#define MED_TABELLER(t) cmocka_unit_test_setup_teardown(t, opsaet, ryd_op)

int
main(void)
{
    const struct CMUnitTest tests[] = {
        MED_TABELLER(test_indlaes_officielle_tabeller),
        MED_TABELLER(test_checksum_deterministisk),
        MED_TABELLER(test_satser_publicerede),
        MED_TABELLER(test_folkepensionsalder),
        MED_TABELLER(test_kapitalisering_2026),
        MED_TABELLER(test_kapitalisering_2025),
        MED_TABELLER(test_kapitalisering_koen),
        cmocka_unit_test(test_fejlbeskeder),
        cmocka_unit_test(test_mangler_tabel_og_dobbelt),
        cmocka_unit_test(test_fejl_bevarer_tabeller),
    };

    return cmocka_run_group_tests_name("satser", tests, NULL, NULL);
}
