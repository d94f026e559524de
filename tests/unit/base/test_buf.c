/*
 * Tests for src/base/buf.c: invariants, cap, sticky errors, JSON escaping,
 * and allocation failure.
 */
#include "testutil.h"

#include "skadesag/alloc.h"
#include "skadesag/buf.h"

static void
test_invarianter(void **state)
{
    struct sag_buf b;

    (void)state;
    sag_buf_init(&b, 0);
    assert_non_null(b.buf);
    assert_string_equal(b.buf, "");
    sag_buf_adds(&b, "abc");
    sag_buf_addc(&b, 'd');
    sag_buf_addf(&b, "%d-%s", 42, "x");
    assert_string_equal(b.buf, "abcd42-x");
    assert_int_equal(b.len, 8);
    sag_buf_truncate(&b, 2);
    assert_string_equal(b.buf, "ab");
    sag_buf_reset(&b);
    assert_string_equal(b.buf, "");
    for (int i = 0; i < 10000; i++)
        sag_buf_addc(&b, 'x');
    assert_int_equal(b.len, 10000);
    assert_int_equal(b.buf[10000], '\0');
    sag_buf_release(&b);
    assert_string_equal(b.buf, "");
    sag_buf_release(&b); /* twice is fine */
}

static void
test_loft_og_klaebende_fejl(void **state)
{
    struct sag_buf b;

    (void)state;
    sag_buf_init(&b, 5);
    sag_buf_adds(&b, "12345");
    assert_ok(sag_buf_status(&b));
    sag_buf_adds(&b, "6");
    assert_status(sag_buf_status(&b), SAG_ETOOBIG);
    assert_string_equal(b.buf, "12345");
    sag_buf_adds(&b, ""); /* ignored once in error */
    sag_buf_addf(&b, "%s", "7");
    assert_string_equal(b.buf, "12345");
    assert_status(sag_buf_status(&b), SAG_ETOOBIG);
    sag_buf_reset(&b);
    assert_ok(sag_buf_status(&b));
    sag_buf_release(&b);
}

static void
test_json_streng(void **state)
{
    struct sag_buf b;

    (void)state;
    sag_buf_init(&b, 0);
    sag_buf_add_json_str(&b, "a\"b\\c\n\t\x01 æøå");
    assert_string_equal(b.buf, "\"a\\\"b\\\\c\\n\\t\\u0001 æøå\"");
    /* Appended after what is there; every control character; nothing to
     * escape (one copy); the empty string. */
    sag_buf_add_json_str(&b, "\r\x1f\x7f");
    sag_buf_add_json_str(&b, "plain");
    sag_buf_add_json_str(&b, "");
    assert_string_equal(b.buf, "\"a\\\"b\\\\c\\n\\t\\u0001 æøå\""
                               "\"\\r\\u001f\x7f\"\"plain\"\"\"");
    assert_i64_eq(b.len, strlen(b.buf));
    sag_buf_release(&b);
}

/* The scan for characters to escape reads eight bytes at a time: one
 * special character at every position of strings of every length up to 40
 * (the word loop, the overlapping last word, the short path), and the
 * neighbours of the special bytes (0x20, '!', '#', '[', ']', 0x7f, 0xc3)
 * that must be copied as they are. The escapes are RFC 8259's. */
static void
test_json_streng_hver_position(void **state)
{
    static const struct {
        char c;
        const char *ud;
    } tegn[] = {
        { '"', "\\\"" },       { '\\', "\\\\" },      { '\n', "\\n" },
        { '\x01', "\\u0001" }, { '\x1f', "\\u001f" }, { ' ', " " },
        { '!', "!" },          { '#', "#" },          { '[', "[" },
        { ']', "]" },          { '\x7f', "\x7f" },    { '\xc3', "\xc3" },
    };
    struct sag_buf b;
    char ind[48], ud[64];

    (void)state;
    sag_buf_init(&b, 0);
    for (size_t len = 1; len <= 40; len++)
        for (size_t pos = 0; pos < len; pos++)
            for (size_t k = 0; k < sizeof(tegn) / sizeof(tegn[0]); k++) {
                size_t m = strlen(tegn[k].ud);

                memset(ind, 'x', len);
                ind[len] = '\0';
                ind[pos] = tegn[k].c;
                ud[0] = '"';
                memset(ud + 1, 'x', pos);
                memcpy(ud + 1 + pos, tegn[k].ud, m);
                memset(ud + 1 + pos + m, 'x', len - pos - 1);
                ud[len + m] = '"';
                ud[len + m + 1] = '\0';
                sag_buf_reset(&b);
                sag_buf_add_json_str(&b, ind);
                assert_string_equal(b.buf, ud);
            }
    sag_buf_release(&b);
}

/* The one HTML/XML escaper: the five characters as entities, the rest
 * (UTF-8 too) as is; a length stops it; NULL appends nothing. */
static void
test_html(void **state)
{
    struct sag_buf b;

    (void)state;
    sag_buf_init(&b, 0);
    sag_buf_add_html(&b, "<a href=\"x\">AES' & æø</a>");
    assert_string_equal(
        b.buf, "&lt;a href=&quot;x&quot;&gt;AES&#39; &amp; æø&lt;/a&gt;");
    sag_buf_add_html_n(&b, "&&stop", 1);
    sag_buf_add_html(&b, NULL);
    assert_string_equal(
        b.buf, "&lt;a href=&quot;x&quot;&gt;AES&#39; &amp; æø&lt;/a&gt;&amp;");
    assert_i64_eq(b.len, strlen(b.buf));
    sag_buf_release(&b);
}

/* sag_buf_addf formats into the free room when it fits, and grows and
 * formats again when it does not; over the cap nothing is appended. */
static void
test_addf_rum(void **state)
{
    struct sag_buf b;
    char lang[200];

    (void)state;
    memset(lang, 'y', sizeof(lang) - 1);
    lang[sizeof(lang) - 1] = '\0';
    sag_buf_init(&b, 300);
    sag_buf_addf(&b, "%s", ""); /* nothing, on the static empty string */
    assert_string_equal(b.buf, "");
    sag_buf_addf(&b, "%d", 1);               /* first allocation */
    sag_buf_addf(&b, "%s|%lld", "ab", 23LL); /* fits in the room */
    assert_string_equal(b.buf, "1ab|23");
    sag_buf_addf(&b, "%s", lang); /* does not fit: grows */
    assert_i64_eq(b.len, 6 + 199);
    assert_int_equal(b.buf[5], '3');
    assert_int_equal(b.buf[6], 'y');
    assert_int_equal(b.buf[b.len], '\0');
    sag_buf_addf(&b, "%s", lang); /* over the cap: unchanged */
    assert_status(sag_buf_status(&b), SAG_ETOOBIG);
    assert_i64_eq(b.len, 6 + 199);
    assert_i64_eq(strlen(b.buf), b.len);
    sag_buf_release(&b);
}

/* A string that does not fit under the cap is not appended at all. */
static void
test_json_streng_loft(void **state)
{
    struct sag_buf b;

    (void)state;
    sag_buf_init(&b, 16);
    sag_buf_add_json_str(&b, "abc");
    sag_buf_add_json_str(&b, "\x01\x02");
    assert_status(sag_buf_status(&b), SAG_ETOOBIG);
    assert_string_equal(b.buf, "\"abc\"");
    sag_buf_release(&b);
}

/* sag_buf_fortryd undoes a failed append (the batch's results share one
 * buffer): the earlier content stays, the error is cleared. */
static void
test_fortryd(void **state)
{
    struct sag_buf b;

    (void)state;
    sag_buf_init(&b, 8);
    sag_buf_adds(&b, "abc");
    sag_buf_adds(&b, "defghij"); /* 10 bytes > 8: refused */
    assert_int_equal(sag_buf_status(&b), SAG_ETOOBIG);
    sag_buf_fortryd(&b, 3);
    assert_int_equal(sag_buf_status(&b), SAG_OK);
    assert_string_equal(b.buf, "abc");
    sag_buf_adds(&b, "de");
    sag_buf_fortryd(&b, 3);
    assert_string_equal(b.buf, "abc");
    assert_int_equal(b.len, 3);
    sag_buf_release(&b);
}

static void
test_hukommelsesfejl(void **state)
{
    struct sag_buf b;

    (void)state;
    sag_buf_init(&b, 0);
    sag_alloc_fail_after(1);
    sag_buf_adds(&b, "abc");
    sag_alloc_fail_after(0);
    assert_status(sag_buf_status(&b), SAG_ENOMEM);
    assert_string_equal(b.buf, "");
    sag_buf_release(&b);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_invarianter),
        cmocka_unit_test(test_loft_og_klaebende_fejl),
        cmocka_unit_test(test_json_streng),
        cmocka_unit_test(test_json_streng_hver_position),
        cmocka_unit_test(test_html),
        cmocka_unit_test(test_json_streng_loft),
        cmocka_unit_test(test_addf_rum),
        cmocka_unit_test(test_hukommelsesfejl),
        cmocka_unit_test(test_fortryd),
    };

    return cmocka_run_group_tests_name("buf", tests, NULL, NULL);
}
