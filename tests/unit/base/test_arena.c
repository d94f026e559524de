/*
 * Tests for src/base/arena.c.
 */
#include <stdalign.h>
#include <stdint.h>

#include "testutil.h"

#include "skadesag/alloc.h"
#include "skadesag/arena.h"

static void
test_justering_og_genbrug(void **state)
{
    struct sag_arena a;
    char *p, *q;

    (void)state;
    sag_arena_init(&a, 0);
    for (size_t n = 1; n < 100; n++) {
        p = sag_arena_alloc(&a, n);
        assert_non_null(p);
        assert_int_equal((uintptr_t)p % alignof(max_align_t), 0);
        memset(p, 0xab, n);
    }
    p = sag_arena_alloc(&a, 100000); /* larger than one block */
    assert_non_null(p);
    memset(p, 1, 100000);
    q = sag_arena_printf(&a, "%s-%d", "x", 7);
    assert_string_equal(q, "x-7");
    assert_string_equal(sag_arena_strndup(&a, "abcdef", 3), "abc");
    sag_arena_reset(&a);
    assert_int_equal(a.brugt_i_alt, 0);
    assert_non_null(a.blokke);
    /* The kept block serves new requests without calling malloc. */
    sag_alloc_fail_after(1);
    p = sag_arena_alloc(&a, 10);
    sag_alloc_fail_after(0);
    assert_non_null(p);
    sag_arena_release(&a);
    assert_null(a.blokke);
}

static void
test_loft(void **state)
{
    struct sag_arena a;

    (void)state;
    sag_arena_init(&a, 1024);
    assert_non_null(sag_arena_alloc(&a, 512));
    assert_null(sag_arena_alloc(&a, 1024));
    assert_status(sag_arena_status(&a), SAG_ETOOBIG);
    assert_null(sag_arena_alloc(&a, 1)); /* sticky */
    assert_null(sag_arena_calloc(&a, SIZE_MAX / 2, 4));
    sag_arena_reset(&a);
    assert_ok(sag_arena_status(&a));
    assert_non_null(sag_arena_alloc(&a, 1));
    sag_arena_release(&a);
}

static void
test_hukommelsesfejl(void **state)
{
    struct sag_arena a;

    (void)state;
    sag_arena_init(&a, 0);
    sag_alloc_fail_after(1);
    assert_null(sag_arena_alloc(&a, 10));
    sag_alloc_fail_after(0);
    assert_status(sag_arena_status(&a), SAG_ENOMEM);
    sag_arena_release(&a);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_justering_og_genbrug),
        cmocka_unit_test(test_loft),
        cmocka_unit_test(test_hukommelsesfejl),
    };

    return cmocka_run_group_tests_name("arena", tests, NULL, NULL);
}
