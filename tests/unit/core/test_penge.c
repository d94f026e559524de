/*
 * Tests for src/core/penge.c: øre arithmetic, named roundings, parsing and
 * Danish formatting.
 */
#include "testutil.h"

#include "skadesag/penge.h"

static struct sag_penge
P(int64_t oere) {
    return sag_penge_oere(oere);
}

static void
test_overflow(void **state)
{
    struct sag_penge r = P(42);

    (void)state;
    assert_status(sag_penge_add(P(INT64_MAX), P(1), &r), SAG_EOVERFLOW);
    assert_status(sag_penge_sub(P(INT64_MIN), P(1), &r), SAG_EOVERFLOW);
    assert_status(sag_penge_gange_heltal(P(INT64_MAX / 2 + 1), 2, &r),
                  SAG_EOVERFLOW);
    assert_status(sag_penge_fra_kr(INT64_MAX / 100 + 1, &r), SAG_EOVERFLOW);
    assert_ore_eq(r, 42); /* untouched on failure */
    assert_ok(sag_penge_add(P(INT64_MAX - 1), P(1), &r));
    assert_ore_eq(r, INT64_MAX);
    assert_ok(sag_penge_fra_kr(608000, &r));
    assert_ore_eq(r, 60800000);
    /* A product with a fraction is exact in 128 bits even when the
     * intermediate exceeds 64 bits; only the result must fit. */
    {
        struct sag_broek halv = { 1, 2 };

        assert_ok(
            sag_penge_gange_broek(P(INT64_MAX), halv, SAG_AFRUND_NED, &r));
        assert_ore_eq(r, INT64_MAX / 2);
        struct sag_broek to = { 2, 1 };
        assert_status(
            sag_penge_gange_broek(P(INT64_MAX), to, SAG_AFRUND_NED, &r),
            SAG_EOVERFLOW);
    }
}

static void
test_gange_broek(void **state)
{
    struct sag_penge r;
    struct sag_broek f;

    (void)state;
    /* 608.000 × 0,92 × 0,83 = 464.268,80 kr. (the 2024 maximum before the
     * published rounding to whole kroner). */
    assert_ok(sag_broek_parse("0.7636", 6, &f));
    assert_ok(sag_penge_gange_broek(P(60800000), f, SAG_AFRUND_HALV_OP, &r));
    assert_ore_eq(r, 46426880);
    /* Rounding of the øre fraction by each rule, both signs. */
    f = (struct sag_broek){ 1, 3 };
    assert_ok(sag_penge_gange_broek(P(100), f, SAG_AFRUND_HALV_OP, &r));
    assert_ore_eq(r, 33);
    assert_ok(sag_penge_gange_broek(P(100), f, SAG_AFRUND_OP, &r));
    assert_ore_eq(r, 34);
    assert_ok(sag_penge_gange_broek(P(-100), f, SAG_AFRUND_OP, &r));
    assert_ore_eq(r, -33);
    assert_ok(sag_penge_gange_broek(P(-100), f, SAG_AFRUND_NED, &r));
    assert_ore_eq(r, -34);
    assert_ok(sag_penge_gange_broek(P(-100), f, SAG_AFRUND_MOD_NUL, &r));
    assert_ore_eq(r, -33);
    f = (struct sag_broek){ 1, 2 };
    assert_ok(sag_penge_gange_broek(P(1), f, SAG_AFRUND_HALV_OP, &r));
    assert_ore_eq(r, 1);
    assert_ok(sag_penge_gange_broek(P(-1), f, SAG_AFRUND_HALV_OP, &r));
    assert_ore_eq(r, -1);
}

static void
test_afrund_kr(void **state)
{
    struct sag_penge r;

    (void)state;
    assert_ok(sag_penge_afrund_kr_halv_op(P(46426880), &r));
    assert_ore_eq(r, 46426900); /* 464.268,80 → 464.269 */
    assert_ok(sag_penge_afrund_kr_halv_op(P(44899680), &r));
    assert_ore_eq(r, 44899700); /* 448.996,80 → 448.997 (2023) */
    assert_ok(sag_penge_afrund_kr_halv_op(P(150), &r));
    assert_ore_eq(r, 200);
    assert_ok(sag_penge_afrund_kr_halv_op(P(149), &r));
    assert_ore_eq(r, 100);
    assert_ok(sag_penge_afrund_kr_halv_op(P(-150), &r));
    assert_ore_eq(r, -200);
    assert_ok(sag_penge_afrund_kr_ned(P(199), &r));
    assert_ore_eq(r, 100);
    assert_ok(sag_penge_afrund_kr_ned(P(-101), &r));
    assert_ore_eq(r, -200);
    assert_ok(sag_penge_afrund_kr_op(P(101), &r));
    assert_ore_eq(r, 200);
    assert_ok(sag_penge_afrund_kr_op(P(100), &r));
    assert_ore_eq(r, 100);
    assert_ok(sag_penge_afrund_kr_op(P(0), &r));
    assert_ore_eq(r, 0);
}

static void
test_op_til_12(void **state)
{
    struct sag_penge r;

    (void)state;
    /* ASL § 25, stk. 5: up to an amount in kroner divisible by 12. */
    assert_ok(sag_penge_op_til_12_kr(P(1200), &r));
    assert_ore_eq(r, 1200);
    assert_ok(sag_penge_op_til_12_kr(P(1201), &r));
    assert_ore_eq(r, 2400);
    assert_ok(sag_penge_op_til_12_kr(P(1250), &r)); /* 12,50 kr. */
    assert_ore_eq(r, 2400);
    /* 464.268 = 12 × 38.689 is divisible; 464.268,80 is not and goes up. */
    assert_ok(sag_penge_op_til_12_kr(P(46426800), &r));
    assert_ore_eq(r, 46426800);
    assert_ok(sag_penge_op_til_12_kr(P(46426880), &r));
    assert_ore_eq(r, 46428000);
    assert_ok(sag_penge_op_til_12_kr(P(46426801), &r));
    assert_ore_eq(r, 46428000);
    assert_ok(sag_penge_op_til_12_kr(P(0), &r));
    assert_ore_eq(r, 0);
    assert_ok(sag_penge_op_til_12_kr(P(1), &r));
    assert_ore_eq(r, 1200);
}

static void
test_naermeste_500_1000(void **state)
{
    struct sag_penge r;

    (void)state;
    /* § 25, stk. 1: 367.000 × 1,357 = 498.019 → 498.000 (2015). */
    assert_ok(sag_penge_afrund_naermeste_1000_kr(P(49801900), &r));
    assert_ore_eq(r, 49800000);
    assert_ok(sag_penge_afrund_naermeste_1000_kr(P(49850000), &r));
    assert_ore_eq(r, 49900000); /* tie: up (open question) */
    assert_ok(sag_penge_afrund_naermeste_1000_kr(P(49849999), &r));
    assert_ore_eq(r, 49800000);
    assert_ok(sag_penge_afrund_naermeste_500_kr(P(105300000 + 24999), &r));
    assert_ore_eq(r, 105300000);
    assert_ok(sag_penge_afrund_naermeste_500_kr(P(105325000), &r));
    assert_ore_eq(r, 105350000);
    assert_ok(sag_penge_afrund_naermeste_500_kr(P(105374999), &r));
    assert_ore_eq(r, 105350000);
}

static void
test_parse(void **state)
{
    static const struct {
        const char *s;
        int64_t oere;
    } gode[] = {
        { "1234.56", 123456 },
        { "1.234,56", 123456 },
        { "1234,56", 123456 },
        { "1234", 123400 },
        { "1234.5", 123450 },
        { "1234,5", 123450 },
        { "0", 0 },
        { "-12.00", -1200 },
        { "-1.234,56", -123456 },
        { "1.234.567", 123456700 },
        { "12.345.678,90", 1234567890 },
        { "0,01", 1 },
    };
    static const char *const daarlige[] = {
        "",         "-",      "1.234.56", "1,234.56",    "12,345",
        "1.23.456", "1..234", ".5",       "5.",          "5,",
        "1 234",    "+5",     "1.234,5x", "12.3456",     "1,2,3",
        "1e3",      "12a",    "1234.567", "123.4567,00",
    };
    struct sag_penge r = P(7);

    (void)state;
    for (size_t i = 0; i < sizeof(gode) / sizeof(gode[0]); i++) {
        assert_ok(sag_penge_parse_kr(gode[i].s, strlen(gode[i].s), &r));
        if (r.oere != gode[i].oere)
            fail_msg("'%s' gav %lld øre, forventet %lld", gode[i].s,
                     (long long)r.oere, (long long)gode[i].oere);
    }
    r = P(7);
    for (size_t i = 0; i < sizeof(daarlige) / sizeof(daarlige[0]); i++) {
        enum sag_status st =
            sag_penge_parse_kr(daarlige[i], strlen(daarlige[i]), &r);
        if (st == SAG_OK)
            fail_msg("'%s' blev accepteret som %lld øre", daarlige[i],
                     (long long)r.oere);
    }
    assert_ore_eq(r, 7);
    /* "1.234" could be 1.234 kr. or 1,234 kr.: refused as ambiguous. */
    assert_status(sag_penge_parse_kr("1.234", 5, &r), SAG_EAMBIGUOUS);
    assert_status(sag_penge_parse_kr("92233720368547758.08", 20, &r),
                  SAG_EOVERFLOW);
    assert_ok(sag_penge_parse_oere("123456", 6, &r));
    assert_ore_eq(r, 123456);
    assert_ok(sag_penge_parse_oere("-5", 2, &r));
    assert_ore_eq(r, -5);
    assert_status(sag_penge_parse_oere("12.5", 4, &r), SAG_EPARSE);
    assert_status(sag_penge_parse_oere("", 0, &r), SAG_EPARSE);
    assert_status(sag_penge_parse_oere("99999999999999999999", 20, &r),
                  SAG_EOVERFLOW);
}

static void
test_format(void **state)
{
    char s[SAG_PENGE_STR_LEN];

    (void)state;
    sag_penge_format_dk(P(123456), s);
    assert_string_equal(s, "1.234,56 kr.");
    sag_penge_format_dk(P(5), s);
    assert_string_equal(s, "0,05 kr.");
    sag_penge_format_dk(P(-50), s);
    assert_string_equal(s, "-0,50 kr.");
    sag_penge_format_dk(P(100000000), s);
    assert_string_equal(s, "1.000.000,00 kr.");
    sag_penge_format_dk_tal(P(99999), s);
    assert_string_equal(s, "999,99");
    sag_penge_format_dk_hele_kr(P(46426900), s);
    assert_string_equal(s, "464.269 kr.");
    sag_penge_format_dk(P(INT64_MIN), s);
    assert_string_equal(s, "-92.233.720.368.547.758,08 kr.");
    sag_penge_format_dk(P(INT64_MAX), s);
    assert_string_equal(s, "92.233.720.368.547.758,07 kr.");
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_overflow),
        cmocka_unit_test(test_gange_broek),
        cmocka_unit_test(test_afrund_kr),
        cmocka_unit_test(test_op_til_12),
        cmocka_unit_test(test_naermeste_500_1000),
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_format),
    };

    return cmocka_run_group_tests_name("penge", tests, NULL, NULL);
}
