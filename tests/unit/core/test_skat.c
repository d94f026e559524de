/*
 * Tests for the A-skat withheld from AES's running payments
 * (src/core/skat.c; issue 14 item 4; docs/rules_map.md ).
 * Every expected amount is worked out by hand in the comments from the
 * rules as SKAT states them: the allowance (fradrag) is deducted from the
 * A-indkomst, the rest is rounded down to an amount divisible by 10 kr.,
 * times the rate (trækprocent), and the A-skat is rounded up to whole
 * kroner; without a tax card 55 % with no allowance (KSL § 48, stk. 8).
 */
#include "testutil.h"

#include "skadesag/arena.h"
#include "skadesag/skat.h"
#include "skadesag/spor.h"

static struct sag_skattekort
kort(int pct, int64_t fradrag_kr)
{
    struct sag_skattekort k = { true, pct, fradrag_kr * 100 };

    return k;
}

/* The 2024 monthly amount of test_ydelse's award (165.708 kr. / 12 =
 * 13.809,00 kr.) on a card of 37 % with 4.000 kr. a month:
 *   13.809,00 − 4.000,00 = 9.809,00, down to 9.800 kr.;
 *   9.800 × 37 % = 3.626,00 kr., whole kroner already: A-skat 3.626 kr.;
 *   net 13.809,00 − 3.626,00 = 10.183,00 kr. */
static void
med_kort(void **state)
{
    struct sag_skattekort k = kort(37, 4000);
    struct sag_a_skat r;
    struct sag_diag d;

    (void)state;
    assert_ok(sag_skat_a_skat(&k, sag_penge_oere(1380900),
                              sag_penge_oere(400000), NULL, &r, &d));
    assert_ore_eq(r.fradrag, 400000);
    assert_ore_eq(r.grundlag, 980000);
    assert_ore_eq(r.a_skat, 362600);
    assert_ore_eq(r.netto, 1018300);
    assert_int_equal(r.procent, 37);
}

/* SKAT's rounding with øre (the payroll example's A-skat basis
 * 25.165,35 kr. at 39 % gives 9.813 kr.): gross 35.241,35 kr., allowance
 * 10.076 kr.: 25.165,35, down to 25.160 kr.; × 39 % = 9.812,40 kr., up to
 * 9.813 kr.; net 35.241,35 − 9.813,00 = 25.428,35 kr. */
static void
afrunding(void **state)
{
    struct sag_skattekort k = kort(39, 10076);
    struct sag_a_skat r;
    struct sag_diag d;

    (void)state;
    assert_ok(sag_skat_a_skat(&k, sag_penge_oere(3524135),
                              sag_penge_oere(1007600), NULL, &r, &d));
    assert_ore_eq(r.grundlag, 2516000);
    assert_ore_eq(r.a_skat, 981300);
    assert_ore_eq(r.netto, 2542835);
}

/* No card (KSL § 48, stk. 8): 13.809,00 kr. down to 13.800 kr., 55 % =
 * 7.590,00 kr.; no allowance even if one is offered; net 6.219,00 kr. */
static void
uden_kort(void **state)
{
    struct sag_skattekort k = { false, 0, 0 };
    struct sag_a_skat r;
    struct sag_diag d;

    (void)state;
    assert_ok(sag_skat_a_skat(&k, sag_penge_oere(1380900),
                              sag_penge_oere(400000), NULL, &r, &d));
    assert_ore_eq(r.fradrag, 0);
    assert_int_equal(r.procent, 55);
    assert_ore_eq(r.a_skat, 759000);
    assert_ore_eq(r.netto, 621900);
}

/* The month's allowance is used once: a first payment of 13.809,00 kr.
 * with 20.000 kr. left uses 13.809,00 (no tax, net = gross), leaving
 * 6.191,00 kr.; a second of 5.195,00 kr. uses 5.195,00 (no tax); a third
 * of 5.195,00 kr. with 996,00 left: 4.199,00, down to 4.190 kr., × 37 % =
 * 1.550,30, up to 1.551 kr.; net 3.644,00 kr. Then nothing left: 5.195,00
 * down to 5.190 × 37 % = 1.920,30, up to 1.921 kr. */
static void
fradrag_bruges_op(void **state)
{
    struct sag_skattekort k = kort(37, 20000);
    struct sag_a_skat r;
    struct sag_diag d;

    (void)state;
    assert_ok(sag_skat_a_skat(&k, sag_penge_oere(1380900),
                              sag_penge_oere(2000000), NULL, &r, &d));
    assert_ore_eq(r.fradrag, 1380900);
    assert_ore_eq(r.a_skat, 0);
    assert_ore_eq(r.netto, 1380900);
    assert_ok(sag_skat_a_skat(&k, sag_penge_oere(519500),
                              sag_penge_oere(619100), NULL, &r, &d));
    assert_ore_eq(r.fradrag, 519500);
    assert_ore_eq(r.a_skat, 0);
    assert_ok(sag_skat_a_skat(&k, sag_penge_oere(519500), sag_penge_oere(99600),
                              NULL, &r, &d));
    assert_ore_eq(r.fradrag, 99600);
    assert_ore_eq(r.grundlag, 419000);
    assert_ore_eq(r.a_skat, 155100);
    assert_ore_eq(r.netto, 364400);
    assert_ok(sag_skat_a_skat(&k, sag_penge_oere(519500), sag_penge_oere(0),
                              NULL, &r, &d));
    assert_ore_eq(r.a_skat, 192100);
}

/* A bikort: no allowance, 40 %: 1.234,56 kr. down to 1.230 kr., 492,00
 * kr.; net 742,56 kr. A payment under 10 kr. is taxed nothing. */
static void
bikort_og_smaa_beloeb(void **state)
{
    struct sag_skattekort k = kort(40, 0);
    struct sag_a_skat r;
    struct sag_diag d;

    (void)state;
    assert_ok(sag_skat_a_skat(&k, sag_penge_oere(123456), sag_penge_oere(0),
                              NULL, &r, &d));
    assert_ore_eq(r.a_skat, 49200);
    assert_ore_eq(r.netto, 74256);
    assert_ok(sag_skat_a_skat(&k, sag_penge_oere(999), sag_penge_oere(0), NULL,
                              &r, &d));
    assert_ore_eq(r.a_skat, 0);
    assert_ore_eq(r.netto, 999);
}

static void
fejl_og_spor(void **state)
{
    struct sag_skattekort k = kort(101, 0);
    struct sag_skattekort ok = kort(37, 4000);
    struct sag_a_skat r;
    struct sag_diag d;
    struct sag_arena a;
    struct sag_spor sp;
    struct sag_buf b;

    (void)state;
    assert_status(sag_skat_a_skat(&k, sag_penge_oere(100), sag_penge_oere(0),
                                  NULL, &r, &d),
                  SAG_EINVAL);
    assert_status(sag_skat_a_skat(&ok, sag_penge_oere(-1), sag_penge_oere(0),
                                  NULL, &r, &d),
                  SAG_EINVAL);
    sag_arena_init(&a, 0);
    sag_spor_init(&sp, &a, true);
    assert_ok(sag_skat_a_skat(&ok, sag_penge_oere(1380900),
                              sag_penge_oere(400000), &sp, &r, &d));
    sag_buf_init(&b, 1 << 16);
    sag_spor_json(&sp, &b);
    assert_non_null(strstr(b.buf, "\"skat.a_skat\""));
    assert_non_null(strstr(b.buf, "kildeskatteloven § 46"));
    assert_non_null(strstr(b.buf, "3.626,00 kr."));
    sag_buf_release(&b);
    sag_arena_release(&a);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(med_kort),
        cmocka_unit_test(afrunding),
        cmocka_unit_test(uden_kort),
        cmocka_unit_test(fradrag_bruges_op),
        cmocka_unit_test(bikort_og_smaa_beloeb),
        cmocka_unit_test(fejl_og_spor),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
