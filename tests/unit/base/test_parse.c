/*
 * Tests for src/base/parse.c (strtonum-style integers).
 */
#include "testutil.h"

#include "skadesag/parse.h"

static void
test_gyldige(void **state)
{
    int64_t v = 0;

    (void)state;
    assert_ok(sag_parse_i64("0", 0, 10, &v));
    assert_i64_eq(v, 0);
    assert_ok(sag_parse_i64("-42", -100, 100, &v));
    assert_i64_eq(v, -42);
    assert_ok(sag_parse_i64("9223372036854775807", INT64_MIN, INT64_MAX, &v));
    assert_i64_eq(v, INT64_MAX);
    assert_ok(sag_parse_i64("-9223372036854775808", INT64_MIN, INT64_MAX, &v));
    assert_i64_eq(v, INT64_MIN);
    assert_ok(sag_parse_i64("007", 0, 10, &v));
    assert_i64_eq(v, 7);
    assert_ok(sag_parse_i64n("123abc", 3, 0, 1000, &v));
    assert_i64_eq(v, 123);
}

static void
test_ugyldige(void **state)
{
    static const char *const daarlige[] = {
        "", "-", "+1", " 1", "1 ", "1a", "0x10", "1.0", "--1", "١",
    };
    int64_t v = 99;

    (void)state;
    for (size_t i = 0; i < sizeof(daarlige) / sizeof(daarlige[0]); i++)
        assert_status(sag_parse_i64(daarlige[i], INT64_MIN, INT64_MAX, &v),
                      SAG_EPARSE);
    assert_status(sag_parse_i64(NULL, 0, 1, &v), SAG_EPARSE);
    assert_status(
        sag_parse_i64("9223372036854775808", INT64_MIN, INT64_MAX, &v),
        SAG_ERANGE);
    assert_status(
        sag_parse_i64("-9223372036854775809", INT64_MIN, INT64_MAX, &v),
        SAG_ERANGE);
    assert_status(sag_parse_i64("11", 0, 10, &v), SAG_ERANGE);
    assert_status(sag_parse_i64("-1", 0, 10, &v), SAG_ERANGE);
    assert_i64_eq(v, 99);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_gyldige),
        cmocka_unit_test(test_ugyldige),
    };

    return cmocka_run_group_tests_name("parse", tests, NULL, NULL);
}
