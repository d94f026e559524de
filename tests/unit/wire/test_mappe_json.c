/*
 * Tests for src/wire/mappe_json.c: the API's request parsers refuse every
 * member they do not know, naming it.
 */
#include "testutil.h"

#include "skadesag/mappe_json.h"

static const struct sag_dato idag = { 20423 }; /* 2025-12-01 */

/* Regression (fuzz_http): a member whose name holds a space was looked up
 * as " name " in the list of known names, so "korrekt begrundelse" was
 * found between "korrekt" and "begrundelse" and accepted unread. */
static void
test_ukendt_felt_med_mellemrum(void **state)
{
    static const char *const daarlige[] = {
        "{\"korrekt\":true,\"korrekt begrundelse\":\"x\"}",
        "{\"korrekt\":true,\" korrekt\":1}",
        "{\"korrekt\":true,\"\":1}",
    };
    struct sag_arena a;
    struct sag_diag d;
    const char *b = NULL;
    bool korrekt = false;

    (void)state;
    sag_arena_init(&a, 0);
    for (size_t i = 0; i < sizeof(daarlige) / sizeof(daarlige[0]); i++) {
        sag_diag_init(&d);
        assert_status(sag_vurdering_fra_json(daarlige[i], strlen(daarlige[i]),
                                             &a, &korrekt, &b, &d),
                      SAG_EINVAL);
        assert_string_equal(d.besked, "ukendt felt");
    }
    sag_arena_release(&a);
}

/* Every parser: a known request is accepted; the same with one unknown
 * member is refused and the member named; with a member spanning two
 * known names it is refused. */
static void
test_ukendte_felter(void **state)
{
    struct sag_arena a;
    struct sag_diag d;
    struct sag_tj_klage k;
    struct sag_tj_klageskridt s;
    struct sag_tj_ny_generation g;
    struct sag_tj_afgoerelse af;
    struct sag_dato fra, til;
    unsigned long long seed;
    int promille;
    const char *b, *kode, *totp;
    bool send;

    (void)state;
    sag_arena_init(&a, 0);
#define TJEK(kald, ok_json, ukendt_json, mellem_json, navn)                    \
    do {                                                                       \
        const char *t_ = (ok_json);                                            \
        sag_diag_init(&d);                                                     \
        assert_ok(kald);                                                       \
        t_ = (ukendt_json);                                                    \
        sag_diag_init(&d);                                                     \
        assert_status(kald, SAG_EINVAL);                                       \
        assert_string_equal(d.felt, navn);                                     \
        t_ = (mellem_json);                                                    \
        sag_diag_init(&d);                                                     \
        assert_status(kald, SAG_EINVAL);                                       \
        assert_string_equal(d.felt, "/");                                      \
    } while (0)
    TJEK(sag_klage_fra_json(t_, strlen(t_), idag, &a, &k, &d),
         "{\"afgoerelse_id\":\"X-A1\",\"part\":\"p\"}",
         "{\"afgoerelse_id\":\"X-A1\",\"parti\":\"p\"}",
         "{\"afgoerelse_id\":\"X-A1\",\"part dato\":\"p\"}", "/parti");
    TJEK(sag_klageskridt_fra_json(t_, strlen(t_), idag, &a, &s, &send, &d),
         "{\"udfald\":\"fastholdt\"}", "{\"udfald\":\"fastholdt\",\"x\":1}",
         "{\"udfald\":\"fastholdt\",\"dato begrundelse\":1}", "/x");
    TJEK(sag_ny_generation_fra_json(t_, strlen(t_), idag, &a, &g, &d),
         "{\"begrundelse\":\"b\"}", "{\"begrundelse\":\"b\",\"grund\":1}",
         "{\"begrundelse\":\"b\",\"begrundelse nye_oplysninger\":1}", "/grund");
    TJEK(sag_afgoerelse_fra_json(t_, strlen(t_), idag, &a, &af, &d),
         "{\"fase\":\"men\",\"pct\":5}", "{\"fase\":\"men\",\"pct\":5,\"y\":1}",
         "{\"fase\":\"men\",\"pct\":5,\"fase dato\":1}", "/y");
    TJEK(sag_udtraek_fra_json(t_, strlen(t_), &fra, &til, &seed, &promille, &d),
         "{\"fra\":\"2025-01-01\",\"til\":\"2025-12-31\"}",
         "{\"fra\":\"2025-01-01\",\"til\":\"2025-12-31\",\"z\":1}",
         "{\"fra\":\"2025-01-01\",\"til\":\"2025-12-31\",\"fra til\":1}", "/z");
    TJEK(sag_login_fra_json(t_, strlen(t_), &a, &b, &kode, &totp, &d),
         "{\"bruger\":\"a\",\"kodeord\":\"k\"}",
         "{\"bruger\":\"a\",\"kodeord\":\"k\",\"w\":1}",
         "{\"bruger\":\"a\",\"kodeord\":\"k\",\"bruger kodeord\":1}", "/w");
#undef TJEK
    sag_arena_release(&a);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ukendt_felt_med_mellemrum),
        cmocka_unit_test(test_ukendte_felter),
    };

    return cmocka_run_group_tests_name("mappe_json", tests, NULL, NULL);
}
