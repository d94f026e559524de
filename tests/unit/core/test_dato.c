/*
 * Tests for src/core/dato.c: civil dates, Danish holidays, business days.
 */
#include "testutil.h"

#include "skadesag/dato.h"

static struct sag_dato
D(int y, int m, int d) {
    struct sag_dato r;

    if (sag_dato_fra_ymd(y, m, d, &r) != SAG_OK)
        fail_msg("ugyldig testdato %04d-%02d-%02d", y, m, d);
    return r;
}

#define assert_dato_eq(a, b)                                                   \
    do {                                                                       \
        char x_[SAG_DATO_ISO_LEN], y_[SAG_DATO_ISO_LEN];                       \
        sag_dato_format_iso((a), x_);                                          \
        sag_dato_format_iso((b), y_);                                          \
        if ((a).dage != (b).dage)                                              \
            fail_msg("%s = %s, forventet %s", #a, x_, y_);                     \
    } while (0)

/* Every day from 1900-01-01 to 2200-12-31: the day numbers are consecutive,
 * ISO text round-trips, and year/month/day advance like a calendar. */
static void
test_rundtur_1900_2200(void **state)
{
    struct sag_dato d = D(1900, 1, 1), slut = D(2200, 12, 31), p;
    int y = 1900, m = 1, dd = 1;
    char iso[SAG_DATO_ISO_LEN], dk[SAG_DATO_DK_LEN];
    long antal = 0;

    (void)state;
    for (; d.dage <= slut.dage; d.dage++, antal++) {
        int yy, mm, ddd;

        sag_dato_ymd(d, &yy, &mm, &ddd);
        if (yy != y || mm != m || ddd != dd)
            fail_msg("dag %d: %04d-%02d-%02d, forventet %04d-%02d-%02d", d.dage,
                     yy, mm, ddd, y, m, dd);
        sag_dato_format_iso(d, iso);
        assert_ok(sag_dato_parse_iso(iso, strlen(iso), &p));
        assert_i64_eq(p.dage, d.dage);
        sag_dato_format_dk(d, dk);
        assert_ok(sag_dato_parse_dk(dk, strlen(dk), &p));
        assert_i64_eq(p.dage, d.dage);
        /* Advance the expected calendar date by one day. */
        if (++dd > sag_dato_dage_i_maaned(y, m)) {
            dd = 1;
            if (++m > 12) {
                m = 1;
                y++;
            }
        }
    }
    /* 301 years with 73 leap years (1900 and 2100 are not leap years). */
    assert_i64_eq(antal, 301L * 365 + 73);
}

static void
test_kendte_dagnumre(void **state)
{
    (void)state;
    assert_i64_eq(D(1970, 1, 1).dage, 0);
    assert_i64_eq(D(2000, 3, 1).dage, 11017);
    assert_i64_eq(D(1969, 12, 31).dage, -1);
    assert_i64_eq(D(1, 1, 1).dage, -719162);
    assert_i64_eq(D(9999, 12, 31).dage, 2932896);
    assert_int_equal(sag_dato_ugedag(D(2024, 12, 31)), 2); /* tirsdag */
    assert_int_equal(sag_dato_ugedag(D(1970, 1, 1)), 4);   /* torsdag */
    assert_int_equal(sag_dato_ugedag(D(1900, 1, 1)), 1);   /* mandag */
}

static void
test_parse_streng(void **state)
{
    static const char *const daarlige[] = {
        "2024-2-01",  "2024-02-1",  "24-02-01", " 2024-02-01", "2024-02-01 ",
        "2024/02/01", "2024-02-0a", "",         "2024-0201-",  "+024-02-01",
    };
    struct sag_dato d = { 12345 };

    (void)state;
    for (size_t i = 0; i < sizeof(daarlige) / sizeof(daarlige[0]); i++) {
        assert_status(sag_dato_parse_iso(daarlige[i], strlen(daarlige[i]), &d),
                      SAG_EPARSE);
        assert_i64_eq(d.dage, 12345); /* out-param untouched on failure */
    }
    assert_status(sag_dato_parse_iso("2023-02-29", 10, &d), SAG_EINVAL);
    assert_status(sag_dato_parse_iso("2024-13-01", 10, &d), SAG_EINVAL);
    assert_status(sag_dato_parse_iso("2024-04-31", 10, &d), SAG_EINVAL);
    assert_status(sag_dato_parse_iso("0000-01-01", 10, &d), SAG_EINVAL);
    assert_ok(sag_dato_parse_iso("2024-02-29", 10, &d));
    assert_dato_eq(d, D(2024, 2, 29));
    assert_ok(sag_dato_parse_iso("2000-02-29", 10, &d));
    assert_status(sag_dato_parse_iso("1900-02-29", 10, &d), SAG_EINVAL);
    assert_status(sag_dato_parse_dk("31.02.2024", 10, &d), SAG_EINVAL);
    /* Input from people: both forms, the same day (issue 10, item 5). */
    assert_ok(sag_dato_parse("15.10.2026", 10, &d));
    assert_dato_eq(d, D(2026, 10, 15));
    assert_ok(sag_dato_parse("2026-10-15", 10, &d));
    assert_dato_eq(d, D(2026, 10, 15));
    assert_status(sag_dato_parse("31.02.2024", 10, &d), SAG_EINVAL);
    assert_status(sag_dato_parse("15/10/2026", 10, &d), SAG_EPARSE);
    assert_status(sag_dato_parse("5.10.2026", 9, &d), SAG_EPARSE);
    assert_status(sag_dato_parse_dk("1.2.2024", 8, &d), SAG_EPARSE);
}

/* The web UI's one date parser: without leading zeros too (audit point 8).
 * The expected days are the calendar's, by hand. */
static void
test_parse_tastet(void **state)
{
    static const char *const daarlige[] = {
        "",           "1.2.26",     "1..2026",   ".2.2026",  "1.2.",
        "123.1.2026", "1.123.2026", "1.2.20260", "1,2.2026", "1.2.2026 ",
        " 1.2.2026",  "1-2-2026",   "2026-1-2",  "a.2.2026", "1.2.-026",
    };
    struct sag_dato d;

    (void)state;
    assert_ok(sag_dato_parse_tastet("1.2.2026", 8, &d));
    assert_dato_eq(d, D(2026, 2, 1));
    assert_ok(sag_dato_parse_tastet("01.02.2026", 10, &d));
    assert_dato_eq(d, D(2026, 2, 1));
    assert_ok(sag_dato_parse_tastet("1.02.2026", 9, &d));
    assert_dato_eq(d, D(2026, 2, 1));
    assert_ok(sag_dato_parse_tastet("31.12.2024", 10, &d));
    assert_dato_eq(d, D(2024, 12, 31));
    assert_ok(sag_dato_parse_tastet("2024-12-31", 10, &d));
    assert_dato_eq(d, D(2024, 12, 31));
    assert_ok(sag_dato_parse_tastet("29.2.2024", 9, &d));
    assert_dato_eq(d, D(2024, 2, 29));
    assert_status(sag_dato_parse_tastet("29.2.2025", 9, &d), SAG_EINVAL);
    assert_status(sag_dato_parse_tastet("0.1.2026", 8, &d), SAG_EINVAL);
    assert_status(sag_dato_parse_tastet("1.13.2026", 9, &d), SAG_EINVAL);
    for (size_t i = 0; i < sizeof(daarlige) / sizeof(daarlige[0]); i++)
        assert_status(
            sag_dato_parse_tastet(daarlige[i], strlen(daarlige[i]), &d),
            SAG_EPARSE);
    assert_status(sag_dato_parse_tastet(NULL, 0, &d), SAG_EPARSE);
}

static void
test_format(void **state)
{
    char dk[SAG_DATO_DK_LEN], lang[SAG_DATO_LANG_LEN];

    (void)state;
    sag_dato_format_dk(D(2024, 12, 31), dk);
    assert_string_equal(dk, "31.12.2024");
    sag_dato_format_lang(D(2024, 1, 1), lang);
    assert_string_equal(lang, "1. januar 2024");
    sag_dato_format_lang(D(2023, 9, 30), lang);
    assert_string_equal(lang, "30. september 2023");
    sag_dato_format_dk(D(5, 3, 7), dk);
    assert_string_equal(dk, "07.03.0005");
}

static void
test_maaneder_og_aar(void **state)
{
    struct sag_dato r = { 777 };

    (void)state;
    /* 31 January + 1 month is ambiguous unless the caller names the rule. */
    assert_status(
        sag_dato_plus_maaneder(D(2024, 1, 31), 1, SAG_MAANED_STRENG, &r),
        SAG_EAMBIGUOUS);
    assert_i64_eq(r.dage, 777);
    assert_ok(
        sag_dato_plus_maaneder(D(2024, 1, 31), 1, SAG_MAANED_SIDSTE_DAG, &r));
    assert_dato_eq(r, D(2024, 2, 29));
    assert_ok(
        sag_dato_plus_maaneder(D(2023, 1, 31), 1, SAG_MAANED_SIDSTE_DAG, &r));
    assert_dato_eq(r, D(2023, 2, 28));
    assert_ok(sag_dato_plus_maaneder(D(2024, 1, 31), 1,
                                     SAG_MAANED_FOERSTE_EFTER, &r));
    assert_dato_eq(r, D(2024, 3, 1));
    assert_ok(
        sag_dato_plus_maaneder(D(2024, 12, 31), 0, SAG_MAANED_STRENG, &r));
    assert_dato_eq(r, D(2024, 12, 31));
    /* Unambiguous cases work under the strict rule, also backwards and
     * across year ends. */
    assert_ok(
        sag_dato_plus_maaneder(D(2024, 11, 15), 3, SAG_MAANED_STRENG, &r));
    assert_dato_eq(r, D(2025, 2, 15));
    assert_ok(
        sag_dato_plus_maaneder(D(2024, 3, 15), -15, SAG_MAANED_STRENG, &r));
    assert_dato_eq(r, D(2022, 12, 15));
    assert_ok(sag_dato_plus_maaneder(D(2024, 12, 31), 1,
                                     SAG_MAANED_FOERSTE_EFTER, &r));
    assert_dato_eq(r, D(2025, 1, 31));
    assert_ok(
        sag_dato_plus_maaneder(D(2024, 11, 30), 1, SAG_MAANED_STRENG, &r));
    assert_dato_eq(r, D(2024, 12, 30));
    /* 29 February + 1 year. */
    assert_status(sag_dato_plus_aar(D(2024, 2, 29), 1, SAG_MAANED_STRENG, &r),
                  SAG_EAMBIGUOUS);
    assert_ok(sag_dato_plus_aar(D(2024, 2, 29), 1, SAG_MAANED_SIDSTE_DAG, &r));
    assert_dato_eq(r, D(2025, 2, 28));
    assert_ok(
        sag_dato_plus_aar(D(2024, 2, 29), 1, SAG_MAANED_FOERSTE_EFTER, &r));
    assert_dato_eq(r, D(2025, 3, 1));
    assert_ok(sag_dato_plus_aar(D(2024, 2, 29), 4, SAG_MAANED_STRENG, &r));
    assert_dato_eq(r, D(2028, 2, 29));
    /* Range. */
    assert_status(sag_dato_plus_aar(D(9999, 6, 1), 1, SAG_MAANED_STRENG, &r),
                  SAG_ERANGE);
    assert_status(sag_dato_plus_dage(D(1, 1, 1), -1, &r), SAG_ERANGE);
    assert_status(sag_dato_plus_maaneder(D(9999, 12, 31), 1,
                                         SAG_MAANED_FOERSTE_EFTER, &r),
                  SAG_ERANGE);
}

static void
test_maanedens_dage(void **state)
{
    (void)state;
    assert_dato_eq(sag_dato_sidste_i_maaned(D(2024, 2, 10)), D(2024, 2, 29));
    assert_dato_eq(sag_dato_sidste_i_maaned(D(2023, 2, 28)), D(2023, 2, 28));
    assert_dato_eq(sag_dato_sidste_i_maaned(D(2100, 2, 1)), D(2100, 2, 28));
    assert_dato_eq(sag_dato_sidste_i_maaned(D(2024, 12, 1)), D(2024, 12, 31));
    assert_dato_eq(sag_dato_foerste_i_maaned(D(2024, 12, 31)), D(2024, 12, 1));
    assert_true(sag_dato_skudaar(2000));
    assert_false(sag_dato_skudaar(1900));
    assert_true(sag_dato_skudaar(2024));
    assert_false(sag_dato_skudaar(2023));
}

static void
test_alder(void **state)
{
    int aar = -1, mdr = -1;

    (void)state;
    assert_ok(sag_dato_alder(D(1960, 6, 15), D(2024, 6, 14),
                             SAG_MAANED_FOERSTE_EFTER, &aar));
    assert_int_equal(aar, 63);
    assert_ok(sag_dato_alder(D(1960, 6, 15), D(2024, 6, 15),
                             SAG_MAANED_FOERSTE_EFTER, &aar));
    assert_int_equal(aar, 64);
    /* 29 February birthday: in a common year the birthday is reached on
     * 1 March under our default, on 28 February under the other rule. */
    assert_ok(sag_dato_alder(D(1964, 2, 29), D(2025, 2, 28),
                             SAG_MAANED_FOERSTE_EFTER, &aar));
    assert_int_equal(aar, 60);
    assert_ok(sag_dato_alder(D(1964, 2, 29), D(2025, 3, 1),
                             SAG_MAANED_FOERSTE_EFTER, &aar));
    assert_int_equal(aar, 61);
    assert_ok(sag_dato_alder(D(1964, 2, 29), D(2025, 2, 28),
                             SAG_MAANED_SIDSTE_DAG, &aar));
    assert_int_equal(aar, 61);
    assert_ok(sag_dato_alder(D(1964, 2, 29), D(2024, 2, 29),
                             SAG_MAANED_FOERSTE_EFTER, &aar));
    assert_int_equal(aar, 60);
    /* Years and months. */
    assert_ok(sag_dato_alder_maaneder(D(1962, 5, 1), D(2026, 3, 1),
                                      SAG_MAANED_FOERSTE_EFTER, &aar, &mdr));
    assert_int_equal(aar, 63);
    assert_int_equal(mdr, 10);
    assert_ok(sag_dato_alder_maaneder(D(1980, 1, 31), D(1980, 2, 29),
                                      SAG_MAANED_FOERSTE_EFTER, &aar, &mdr));
    assert_int_equal(mdr, 0);
    assert_ok(sag_dato_alder_maaneder(D(1980, 1, 31), D(1980, 2, 29),
                                      SAG_MAANED_SIDSTE_DAG, &aar, &mdr));
    assert_int_equal(mdr, 1);
    assert_ok(sag_dato_alder_maaneder(D(1980, 1, 31), D(1980, 3, 1),
                                      SAG_MAANED_FOERSTE_EFTER, &aar, &mdr));
    assert_int_equal(mdr, 1);
    assert_ok(sag_dato_alder_maaneder(D(2000, 1, 1), D(2000, 1, 1),
                                      SAG_MAANED_FOERSTE_EFTER, &aar, &mdr));
    assert_int_equal(aar, 0);
    assert_int_equal(mdr, 0);
    aar = 99;
    assert_status(sag_dato_alder(D(2000, 1, 2), D(2000, 1, 1),
                                 SAG_MAANED_FOERSTE_EFTER, &aar),
                  SAG_EINVAL);
    assert_status(
        sag_dato_alder(D(2000, 1, 1), D(2001, 1, 1), SAG_MAANED_STRENG, &aar),
        SAG_EINVAL);
    assert_int_equal(aar, 99);
}

static void
test_paaske(void **state)
{
    static const int kendte[][3] = {
        { 1900, 4, 15 }, { 1961, 4, 2 },  { 2000, 4, 23 }, { 2008, 3, 23 },
        { 2011, 4, 24 }, { 2016, 3, 27 }, { 2018, 4, 1 },  { 2019, 4, 21 },
        { 2020, 4, 12 }, { 2021, 4, 4 },  { 2022, 4, 17 }, { 2023, 4, 9 },
        { 2024, 3, 31 }, { 2025, 4, 20 }, { 2026, 4, 5 },  { 2038, 4, 25 },
        { 2285, 3, 22 },
    };

    (void)state;
    for (size_t i = 0; i < sizeof(kendte) / sizeof(kendte[0]); i++)
        assert_dato_eq(sag_dato_paaskedag(kendte[i][0]),
                       D(kendte[i][0], kendte[i][1], kendte[i][2]));
}

static bool
har(const struct sag_helligdag *h, size_t n, const char *navn,
    struct sag_dato d)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(h[i].navn, navn) == 0)
            return h[i].dato.dage == d.dage;
    return false;
}

static void
test_helligdage(void **state)
{
    struct sag_helligdag h[SAG_HELLIGDAGE_MAX];
    size_t n;

    (void)state;
    assert_ok(sag_helligdage(2023, h, &n));
    assert_int_equal(n, 11);
    assert_true(har(h, n, "Store bededag", D(2023, 5, 5)));
    assert_true(har(h, n, "Skærtorsdag", D(2023, 4, 6)));
    assert_true(har(h, n, "Kristi himmelfartsdag", D(2023, 5, 18)));
    assert_true(har(h, n, "2. pinsedag", D(2023, 5, 29)));
    assert_ok(sag_helligdage(2024, h, &n));
    assert_int_equal(n, 10);
    assert_false(har(h, n, "Store bededag", D(2024, 4, 26)));
    assert_true(har(h, n, "Påskedag", D(2024, 3, 31)));
    assert_true(har(h, n, "Langfredag", D(2024, 3, 29)));
    assert_true(har(h, n, "2. påskedag", D(2024, 4, 1)));
    assert_true(har(h, n, "Pinsedag", D(2024, 5, 19)));
    assert_true(har(h, n, "Nytårsdag", D(2024, 1, 1)));
    assert_true(har(h, n, "2. juledag", D(2024, 12, 26)));
    assert_ok(sag_helligdage(2025, h, &n));
    assert_true(har(h, n, "Påskedag", D(2025, 4, 20)));
    /* Sorted by date. */
    for (size_t i = 1; i < n; i++)
        assert_true(h[i - 1].dato.dage < h[i].dato.dage);
    assert_status(sag_helligdage(0, h, &n), SAG_ERANGE);
}

static void
test_arbejdsdage(void **state)
{
    struct sag_kalender k = sag_kalender_standard();
    struct sag_dato r;

    (void)state;
    /* A deadline on a closed day moves to the next business day. */
    assert_ok(sag_dato_arbejdsdag_fra(&k, D(2024, 3, 28), &r));
    assert_dato_eq(r, D(2024, 4, 2)); /* over Easter 2024 */
    assert_ok(sag_dato_arbejdsdag_fra(&k, D(2023, 5, 5), &r));
    assert_dato_eq(r, D(2023, 5, 8)); /* Store bededag 2023 */
    assert_ok(sag_dato_arbejdsdag_fra(&k, D(2024, 4, 26), &r));
    assert_dato_eq(r, D(2024, 4, 26)); /* not a holiday from 2024 */
    assert_ok(sag_dato_arbejdsdag_fra(&k, D(2024, 6, 1), &r));
    assert_dato_eq(r, D(2024, 6, 3)); /* Saturday */
    assert_ok(sag_dato_arbejdsdag_fra(&k, D(2024, 6, 4), &r));
    assert_dato_eq(r, D(2024, 6, 4));
    /* The next business day, strictly after. */
    assert_ok(sag_dato_naeste_arbejdsdag(&k, D(2024, 12, 24), &r));
    assert_dato_eq(r, D(2024, 12, 27));
    assert_ok(sag_dato_naeste_arbejdsdag(&k, D(2024, 12, 31), &r));
    assert_dato_eq(r, D(2025, 1, 2));
    /* N business days. */
    assert_ok(sag_dato_plus_arbejdsdage(&k, D(2024, 3, 27), 2, &r));
    assert_dato_eq(r, D(2024, 4, 3));
    assert_ok(sag_dato_plus_arbejdsdage(&k, D(2024, 12, 20), 3, &r));
    assert_dato_eq(r, D(2024, 12, 27));
    assert_ok(sag_dato_plus_arbejdsdage(&k, D(2024, 4, 2), -1, &r));
    assert_dato_eq(r, D(2024, 3, 27));
    assert_ok(sag_dato_plus_arbejdsdage(&k, D(2024, 6, 1), 0, &r));
    assert_dato_eq(r, D(2024, 6, 3));
    /* Optional closed days. */
    k.lukket |= SAG_LUKKET_JULEAFTEN | SAG_LUKKET_NYTAARSAFTEN |
                SAG_LUKKET_GRUNDLOVSDAG;
    assert_ok(sag_dato_plus_arbejdsdage(&k, D(2024, 12, 20), 3, &r));
    assert_dato_eq(r, D(2024, 12, 30));
    assert_ok(sag_dato_arbejdsdag_fra(&k, D(2025, 6, 5), &r));
    assert_dato_eq(r, D(2025, 6, 6));
    assert_ok(sag_dato_naeste_arbejdsdag(&k, D(2024, 12, 30), &r));
    assert_dato_eq(r, D(2025, 1, 2));
}

static void
test_ekstra_lukkedage(void **state)
{
    struct sag_dato ekstra[2];
    struct sag_kalender k = sag_kalender_standard();
    struct sag_kalender alt = { SAG_LUKKET_WEEKEND, NULL, 0 };
    struct sag_dato alle[7], r;

    (void)state;
    ekstra[0] = D(2024, 5, 1);
    ekstra[1] = D(2024, 5, 2);
    k.ekstra = ekstra;
    k.antal_ekstra = 2;
    assert_true(sag_kalender_lukket(&k, D(2024, 5, 1)));
    assert_ok(sag_dato_arbejdsdag_fra(&k, D(2024, 5, 1), &r));
    assert_dato_eq(r, D(2024, 5, 3));
    /* A calendar with every weekday also closed has no open day: refused
     * rather than looping. */
    for (int i = 0; i < 7; i++)
        alle[i] = D(2024, 5, 6 + i);
    alt.ekstra = alle;
    alt.antal_ekstra = 5;
    alt.lukket = 0;
    for (int i = 0; i < 5; i++)
        alle[i] = D(2024, 5, 6 + i);
    assert_false(sag_kalender_lukket(&alt, D(2024, 5, 11)));
    alt.lukket = SAG_LUKKET_WEEKEND;
    assert_ok(sag_dato_arbejdsdag_fra(&alt, D(2024, 5, 6), &r));
    assert_dato_eq(r, D(2024, 5, 13));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rundtur_1900_2200),
        cmocka_unit_test(test_kendte_dagnumre),
        cmocka_unit_test(test_parse_streng),
        cmocka_unit_test(test_format),
        cmocka_unit_test(test_maaneder_og_aar),
        cmocka_unit_test(test_maanedens_dage),
        cmocka_unit_test(test_alder),
        cmocka_unit_test(test_paaske),
        cmocka_unit_test(test_parse_tastet),
        cmocka_unit_test(test_helligdage),
        cmocka_unit_test(test_arbejdsdage),
        cmocka_unit_test(test_ekstra_lukkedage),
    };

    return cmocka_run_group_tests_name("dato", tests, NULL, NULL);
}
