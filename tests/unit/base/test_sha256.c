/*
 * Tests for src/base/sha256.c against the FIPS 180-4 example vectors.
 */
#include "testutil.h"

#include "skadesag/sha256.h"

static void
hash(const char *s, size_t n, size_t stykker, char hex[65])
{
    struct sag_sha256 c;
    unsigned char d[32];
    size_t i = 0;

    sag_sha256_init(&c);
    /* Feed in uneven pieces to exercise the block buffering. */
    while (i < n) {
        size_t k = stykker < n - i ? stykker : n - i;
        sag_sha256_update(&c, s + i, k);
        i += k;
    }
    sag_sha256_final(&c, d);
    sag_sha256_hex(d, hex);
}

static void
test_vektorer(void **state)
{
    char hex[65];
    static const char abq[] =
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";

    (void)state;
    hash("", 0, 1, hex);
    assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934c"
                             "a495991b7852b855");
    hash("abc", 3, 1, hex);
    assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9c"
                             "b410ff61f20015ad");
    for (size_t k = 1; k < 70; k += 7) {
        hash(abq, strlen(abq), k, hex);
        assert_string_equal(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff"
                                 "2167f6ecedd419db06c1");
    }
}

static void
test_million_a(void **state)
{
    static char a[1000];
    struct sag_sha256 c;
    unsigned char d[32];
    char hex[65];

    (void)state;
    memset(a, 'a', sizeof(a));
    sag_sha256_init(&c);
    for (int i = 0; i < 1000; i++)
        sag_sha256_update(&c, a, sizeof(a));
    sag_sha256_final(&c, d);
    sag_sha256_hex(d, hex);
    assert_string_equal(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e"
                             "046d39ccc7112cd0");
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_vektorer),
        cmocka_unit_test(test_million_a),
    };

    return cmocka_run_group_tests_name("sha256", tests, NULL, NULL);
}
