/*
 * Tests for src/http/multipart.c: a part of a multipart/form-data body by
 * its field name. The bodies are written out by hand, as a browser sends
 * the UI's document form (RFC 7578).
 */
#include "testutil.h"

#include "multipart.h"

/* Boundary "----X": each delimiter is "--" + "----X" = "------X". */
static const char krop[] =
    "------X\r\n"
    "Content-Disposition: form-data; name=\"titel\"\r\n"
    "\r\n"
    "Brev fra l\xc3\xa6ge\r\n"
    "------X\r\n"
    "Content-Disposition: form-data; name=\"fil\"; filename=\"a.pdf\"\r\n"
    "Content-Type: application/pdf\r\n"
    "\r\n"
    "%PDF\0\1\r\n"
    "------X--\r\n";

static void
test_dele(void **state)
{
    const char *v;
    size_t n;

    (void)state;
    assert_true(sag__multipart_del("multipart/form-data; boundary=----X", krop,
                                   sizeof(krop) - 1, "titel", &v, &n));
    /* "Brev fra l" (10) + "æ" (2 bytes) + "ge" (2). */
    assert_int_equal(n, 14);
    assert_memory_equal(v, "Brev fra l\xc3\xa6ge", 14);
    /* The file's bytes, a NUL among them: "%PDF", 0, 1. */
    assert_true(sag__multipart_del("multipart/form-data; boundary=----X", krop,
                                   sizeof(krop) - 1, "fil", &v, &n));
    assert_int_equal(n, 6);
    assert_memory_equal(v, "%PDF\0\1", 6);
    /* A quoted boundary gives the same. */
    assert_true(sag__multipart_del("multipart/form-data; boundary=\"----X\"",
                                   krop, sizeof(krop) - 1, "titel", &v, &n));
    assert_int_equal(n, 14);
}

static void
test_afvist(void **state)
{
    static const char ikke_foerst[] = "x\r\n------X\r\n\r\n\r\nA\r\n------X--";
    char ct[128], k70[256];
    const char *v;
    size_t n;

    (void)state;
    /* No part of the name, nor a longer or a shorter one. */
    assert_false(sag__multipart_del("multipart/form-data; boundary=----X", krop,
                                    sizeof(krop) - 1, "filnavn", &v, &n));
    assert_false(sag__multipart_del("multipart/form-data; boundary=----X", krop,
                                    sizeof(krop) - 1, "tit", &v, &n));
    /* Not multipart, no boundary, an empty body. */
    assert_false(sag__multipart_del("application/x-www-form-urlencoded", krop,
                                    sizeof(krop) - 1, "titel", &v, &n));
    assert_false(sag__multipart_del("multipart/form-data", krop,
                                    sizeof(krop) - 1, "titel", &v, &n));
    assert_false(sag__multipart_del("multipart/form-data; boundary=----X", krop,
                                    0, "titel", &v, &n));
    assert_false(
        sag__multipart_del(NULL, krop, sizeof(krop) - 1, "titel", &v, &n));
    /* A body cut inside the first part: its end is never found. */
    assert_false(sag__multipart_del("multipart/form-data; boundary=----X", krop,
                                    60, "titel", &v, &n));
    /* A body that does not start with the boundary. */
    assert_false(sag__multipart_del("multipart/form-data; boundary=----X",
                                    ikke_foerst, sizeof(ikke_foerst) - 1, "",
                                    &v, &n));
    /* A boundary of 71 characters is refused (RFC 2046 allows 70); one of
     * 70 is read. */
    memcpy(ct, "multipart/form-data; boundary=", 30);
    memset(ct + 30, 'a', 71);
    ct[101] = '\0';
    /* "--" + 70 a's, the part, "\r\n--" + 70 a's + "--". */
    {
        static const char del[] =
            "\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nB\r\n--";
        size_t o = 0;

        memcpy(k70, "--", 2);
        o = 2;
        memset(k70 + o, 'a', 70);
        o += 70;
        memcpy(k70 + o, del, sizeof(del) - 1);
        o += sizeof(del) - 1;
        memset(k70 + o, 'a', 70);
        o += 70;
        memcpy(k70 + o, "--", 3);
    }
    assert_false(sag__multipart_del(ct, k70, strlen(k70), "x", &v, &n));
    ct[100] = '\0';
    assert_true(sag__multipart_del(ct, k70, strlen(k70), "x", &v, &n));
    assert_int_equal(n, 1);
    assert_memory_equal(v, "B", 1);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dele),
        cmocka_unit_test(test_afvist),
    };

    return cmocka_run_group_tests_name("multipart", tests, NULL, NULL);
}
