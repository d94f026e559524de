/*
 * Tests for src/core/broek.c: exact fractions.
 */
#include "testutil.h"

#include "skadesag/broek.h"

static struct sag_broek
B(const char *s) {
    struct sag_broek b;

    if (sag_broek_parse(s, strlen(s), &b) != SAG_OK)
        fail_msg("kan ikke læse brøken '%s'", s);
    return b;
}

#define assert_broek(b, t, n)                                                  \
    do {                                                                       \
        struct sag_broek b_ = (b);                                             \
        if (b_.taeller != (t) || b_.naevner != (n))                            \
            fail_msg("%s = %lld/%lld, forventet %lld/%lld", #b,                \
                     (long long)b_.taeller, (long long)b_.naevner,             \
                     (long long)(t), (long long)(n));                          \
    } while (0)

static void
test_normalisering(void **state)
{
    struct sag_broek b = { 9, 9 };

    (void)state;
    assert_ok(sag_broek_ny(6, 8, &b));
    assert_broek(b, 3, 4);
    assert_ok(sag_broek_ny(6, -8, &b));
    assert_broek(b, -3, 4);
    assert_ok(sag_broek_ny(-6, -8, &b));
    assert_broek(b, 3, 4);
    assert_ok(sag_broek_ny(0, -8, &b));
    assert_broek(b, 0, 1);
    b = (struct sag_broek){ 9, 9 };
    assert_status(sag_broek_ny(1, 0, &b), SAG_EDIVZERO);
    assert_broek(b, 9, 9);
    /* INT64_MIN / -1 does not fit. */
    assert_status(sag_broek_ny(INT64_MIN, -1, &b), SAG_EOVERFLOW);
    assert_ok(sag_broek_ny(INT64_MIN, 2, &b));
    assert_broek(b, INT64_MIN / 2, 1);
}

static void
test_parse(void **state)
{
    struct sag_broek b = { 9, 9 };

    (void)state;
    assert_broek(B("2/3"), 2, 3);
    assert_broek(B("0,83"), 83, 100);
    assert_broek(B("0.92"), 23, 25);
    assert_broek(B("47,39"), 4739, 100);
    assert_broek(B("1/4"), 1, 4);
    assert_broek(B("-1/2"), -1, 2);
    assert_broek(B("4/8"), 1, 2);
    assert_broek(B("100"), 100, 1);
    assert_broek(B("1.000000000000000001"), 1000000000000000001LL,
                 1000000000000000000LL);
    static const char *const daarlige[] = {
        "",     "-",     "1/",    "/2",   "1/2/3",
        "1/-2", "1.2.3", "1,2.3", ".5",   "5.",
        "1 /2", "a",     "1/2x",  "0x10", "1.0000000000000000001",
        "+1",
    };
    for (size_t i = 0; i < sizeof(daarlige) / sizeof(daarlige[0]); i++) {
        if (sag_broek_parse(daarlige[i], strlen(daarlige[i]), &b) == SAG_OK)
            fail_msg("'%s' blev accepteret", daarlige[i]);
    }
    assert_broek(b, 9, 9);
    assert_status(sag_broek_parse("1/0", 3, &b), SAG_EDIVZERO);
    assert_status(sag_broek_parse("99999999999999999999", 20, &b),
                  SAG_EOVERFLOW);
}

static void
test_regning(void **state)
{
    struct sag_broek r;

    (void)state;
    /* 0,92 × 0,83 = 0,7636 exactly. */
    assert_ok(sag_broek_mul(B("0,92"), B("0,83"), &r));
    assert_broek(r, 1909, 2500);
    /* § 12: 65 % × 3/4 = 48,75 %. */
    assert_ok(sag_broek_mul(B("65"), B("3/4"), &r));
    assert_broek(r, 195, 4);
    assert_ok(sag_broek_add(B("1/3"), B("1/6"), &r));
    assert_broek(r, 1, 2);
    assert_ok(sag_broek_sub(B("1/3"), B("1/2"), &r));
    assert_broek(r, -1, 6);
    assert_ok(sag_broek_div(B("2/3"), B("4/9"), &r));
    assert_broek(r, 3, 2);
    assert_status(sag_broek_div(B("2/3"), B("0"), &r), SAG_EDIVZERO);
    /* Overflow is an error, never wrap-around. */
    {
        struct sag_broek stor = { INT64_MAX, 1 }, lille = { 1, INT64_MAX };
        struct sag_broek prim = { 1, 2147483647 }, prim2 = { 1, 2147483629 };
        struct sag_broek prim3 = { 1, 2147483587 };

        assert_status(sag_broek_add(stor, stor, &r), SAG_EOVERFLOW);
        assert_status(sag_broek_mul(stor, B("2"), &r), SAG_EOVERFLOW);
        assert_ok(sag_broek_mul(stor, lille, &r));
        assert_broek(r, 1, 1);
        assert_ok(sag_broek_mul(prim, prim2, &r));
        assert_status(sag_broek_mul(r, prim3, &r), SAG_EOVERFLOW);
    }
    assert_int_equal(sag_broek_cmp(B("1/3"), B("333/1000")), 1);
    assert_int_equal(sag_broek_cmp(B("-1/3"), B("-333/1000")), -1);
    assert_int_equal(sag_broek_cmp(B("2/4"), B("1/2")), 0);
}

static void
test_afrunding(void **state)
{
    int64_t v = 0;

    (void)state;
    assert_i64_eq(sag_broek_afrund(B("195/4"), SAG_AFRUND_HALV_OP), 49);
    assert_i64_eq(sag_broek_afrund(B("5/2"), SAG_AFRUND_HALV_OP), 3);
    assert_i64_eq(sag_broek_afrund(B("-5/2"), SAG_AFRUND_HALV_OP), -3);
    assert_i64_eq(sag_broek_afrund(B("-5/2"), SAG_AFRUND_NED), -3);
    assert_i64_eq(sag_broek_afrund(B("-5/2"), SAG_AFRUND_OP), -2);
    assert_i64_eq(sag_broek_afrund(B("-5/2"), SAG_AFRUND_MOD_NUL), -2);
    assert_i64_eq(sag_broek_afrund(B("7/3"), SAG_AFRUND_OP), 3);
    assert_i64_eq(sag_broek_afrund(B("7/3"), SAG_AFRUND_NED), 2);
    assert_i64_eq(sag_broek_afrund(B("6/3"), SAG_AFRUND_OP), 2);
    assert_ok(
        sag_broek_afrund_decimaler(B("1550/37"), 4, SAG_AFRUND_HALV_OP, &v));
    assert_i64_eq(v, 418919);
    assert_status(
        sag_broek_afrund_decimaler(B("1/3"), 19, SAG_AFRUND_HALV_OP, &v),
        SAG_EINVAL);
    assert_status(sag_broek_afrund_decimaler((struct sag_broek){ INT64_MAX, 1 },
                                             2, SAG_AFRUND_HALV_OP, &v),
                  SAG_EOVERFLOW);
}

static void
test_format(void **state)
{
    char s[SAG_BROEK_STR_LEN];

    (void)state;
    sag_broek_format(B("3/4"), s);
    assert_string_equal(s, "3/4");
    sag_broek_format(B("8/4"), s);
    assert_string_equal(s, "2");
    assert_ok(sag_broek_format_decimal(B("1550/37"), 4, '.', s));
    assert_string_equal(s, "41.8919");
    assert_ok(sag_broek_format_decimal(B("-1/8"), 2, ',', s));
    assert_string_equal(s, "-0,13");
    assert_ok(sag_broek_format_decimal(B("-1/1000"), 2, ',', s));
    assert_string_equal(s, "0,00");
    assert_ok(sag_broek_format_decimal(B("50"), 4, '.', s));
    assert_string_equal(s, "50.0000");
    assert_ok(sag_broek_format_decimal(B("2/3"), 0, '.', s));
    assert_string_equal(s, "1");
    /* 888888888888888832 × 10^2 does not fit in 64 bits: refused, and
     * the buffer holds the exact value instead of what was there before
     * (a fuzzed number of hours read past an unterminated buffer). */
    memset(s, 'x', sizeof(s));
    assert_int_equal(
        sag_broek_format_decimal(B("888888888888888832"), 2, ',', s),
        SAG_EOVERFLOW);
    assert_string_equal(s, "888888888888888832");
    assert_true(sag_broek_endelig_decimal(B("3/40")));
    assert_false(sag_broek_endelig_decimal(B("1/3")));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_normalisering), cmocka_unit_test(test_parse),
        cmocka_unit_test(test_regning),       cmocka_unit_test(test_afrunding),
        cmocka_unit_test(test_format),
    };

    return cmocka_run_group_tests_name("broek", tests, NULL, NULL);
}
