/*
 * Tests for src/core/spor.c: recording steps, JSON and Danish rendering,
 * inactive traces, and running out of arena memory.
 */
#include "testutil.h"

#include "skadesag/spor.h"

static void
byg(struct sag_spor *sp)
{
    struct sag_spor_trin *t;

    t = sag_spor_trin(sp, "aarsloen.maksimum", "ASL § 24, stk. 5",
                      SAG_SPOR_BEREGNET);
    sag_spor_input(t, "aarsloen", "%d kr.", 700000);
    sag_spor_parameter(t, "maks_aarsloen", "satser.tsv: VEJ 9822/2023", "%s",
                       "608.000 kr.");
    sag_spor_afrunding(t, "ingen");
    sag_spor_resultat(t, "608000");
    sag_spor_tekst(t, "Årslønnen er nedsat til maksimum %s", "608.000 kr.");
    t = sag_spor_trin(sp, "tab.skoen", "ASL § 17, stk. 2", SAG_SPOR_VURDERET);
    sag_spor_resultat(t, "25");
    sag_spor_tekst(t, "Erhvervsevnetabet er vurderet til 25 %%.");
    sag_spor_vurdering(t, "sagsbehandler \"A\"", "Kan ikke løfte.\n");
}

static void
test_json(void **state)
{
    struct sag_arena a;
    struct sag_spor sp;
    struct sag_buf b;

    (void)state;
    sag_arena_init(&a, 0);
    sag_buf_init(&b, 0);
    sag_spor_init(&sp, &a, true);
    byg(&sp);
    assert_ok(sag_spor_status(&sp));
    assert_int_equal(sp.antal, 2);
    sag_spor_json(&sp, &b);
    assert_ok(sag_buf_status(&b));
    assert_string_equal(
        b.buf,
        "[{\"regel\":\"aarsloen.maksimum\",\"kilde\":\"ASL § 24, stk. 5\","
        "\"art\":\"beregnet\",\"input\":{\"aarsloen\":\"700000 kr.\"},"
        "\"parametre\":[{\"navn\":\"maks_aarsloen\",\"vaerdi\":\"608.000 "
        "kr.\",\"kilde\":\"satser.tsv: VEJ 9822/2023\"}],\"afrunding\":"
        "\"ingen\",\"resultat\":\"608000\",\"tekst\":\"Årslønnen er nedsat "
        "til maksimum 608.000 kr.\"},{\"regel\":\"tab.skoen\",\"kilde\":"
        "\"ASL § 17, stk. 2\",\"art\":\"vurderet\",\"resultat\":\"25\","
        "\"tekst\":\"Erhvervsevnetabet er vurderet til 25 %.\","
        "\"vurderet_af\":\"sagsbehandler \\\"A\\\"\",\"begrundelse\":\"Kan "
        "ikke løfte.\\n\"}]");
    sag_buf_release(&b);
    sag_arena_release(&a);
}

static void
test_dansk(void **state)
{
    struct sag_arena a;
    struct sag_spor sp;
    struct sag_buf b;

    (void)state;
    sag_arena_init(&a, 0);
    sag_buf_init(&b, 0);
    sag_spor_init(&sp, &a, true);
    byg(&sp);
    sag_spor_dansk(&sp, &b);
    assert_string_equal(
        b.buf,
        "1. Årslønnen er nedsat til maksimum 608.000 kr. (ASL § 24, stk. 5)\n"
        "   Årslønsmaksimum: 608.000 kr. (kilde: satser.tsv: VEJ 9822/2023)\n"
        "   Afrunding: ingen\n"
        "2. Erhvervsevnetabet er vurderet til 25 %. (ASL § 17, stk. 2)\n"
        "   Vurderet af sagsbehandler \"A\": Kan ikke løfte.\n\n");
    sag_buf_release(&b);
    sag_arena_release(&a);
}

static void
test_inaktiv(void **state)
{
    struct sag_arena a;
    struct sag_spor sp;
    struct sag_buf b;

    (void)state;
    sag_arena_init(&a, 0);
    sag_buf_init(&b, 0);
    sag_spor_init(&sp, &a, false);
    byg(&sp);
    assert_int_equal(sp.antal, 0);
    assert_int_equal(a.brugt_i_alt, 0);
    sag_spor_json(&sp, &b);
    assert_string_equal(b.buf, "[]");
    sag_buf_release(&b);
    sag_arena_release(&a);
}

static void
test_tom_arena(void **state)
{
    struct sag_arena a;
    struct sag_spor sp;

    (void)state;
    sag_arena_init(&a, 64); /* far too small for two steps */
    sag_spor_init(&sp, &a, true);
    byg(&sp);
    assert_status(sag_spor_status(&sp), SAG_ENOMEM);
    sag_arena_release(&a);
}

/* A citation formatted at run time replaces the literal one and lives in
 * the arena; an inactive trace and a NULL step ignore it. */
static void
test_hjemmel(void **state)
{
    struct sag_arena a;
    struct sag_spor sp;
    struct sag_spor_trin *t;
    char akt[32];

    (void)state;
    sag_arena_init(&a, 0);
    sag_spor_init(&sp, &a, true);
    t = sag_spor_trin(&sp, "kapitalisering.faktor", "ASL § 27, stk. 4",
                      SAG_SPOR_BEREGNET);
    (void)snprintf(akt, sizeof(akt), "VEJ nr. %d", 10056);
    sag_spor_hjemmel(t, "%s; %s af %s, tabel %s", "ASL § 27, stk. 4", akt,
                     "30. oktober 2025", "A");
    akt[0] = '\0'; /* the step keeps its own copy */
    assert_ok(sag_spor_status(&sp));
    assert_string_equal(t->hjemmel, "ASL § 27, stk. 4; VEJ nr. 10056 af 30. "
                                    "oktober 2025, tabel A");
    sag_spor_hjemmel(NULL, "%s", "x");
    sag_arena_release(&a);

    sag_spor_init(&sp, NULL, false);
    t = sag_spor_trin(&sp, "r", "h", SAG_SPOR_BEREGNET);
    assert_null(t);
    sag_spor_hjemmel(t, "%s", "x");
    assert_ok(sag_spor_status(&sp));
}

/* The citizen's text (issue 10, item 6): each internal reference goes,
 * with its list separator or the space before its parenthesis; what
 * remains reads as before. Expected strings written by hand. */
static void
ren(const char *ind, const char *forventet)
{
    struct sag_buf b;

    sag_buf_init(&b, 0);
    sag_spor_borgertekst(ind, &b);
    assert_string_equal(b.buf, forventet);
    sag_buf_release(&b);
}

static void
test_borgertekst(void **state)
{
    (void)state;
    /* A source line in its own parenthesis; a second list item stays. */
    ren("VEJ, afsnit 2.1.7 (L334-341); eksempel 2.1",
        "VEJ, afsnit 2.1.7; eksempel 2.1");
    /* An open question as the last item of a parenthesis: the rest of the
     * parenthesis stays. */
    ren("ASL § 17, stk. 6 (80 %, skader før 1.1.2011; åbent spørgsmål "
        "Q-05); § 25, stk. 5",
        "ASL § 17, stk. 6 (80 %, skader før 1.1.2011); § 25, stk. 5");
    /* Two line references, then one with an example: only the example
     * stays. */
    ren("afsnit 2.6 (L889-890, L955-956)", "afsnit 2.6");
    ren("afsnit 2.6 (L940-946, eksempel 2.15)", "afsnit 2.6 (eksempel 2.15)");
    /* In a sentence. */
    ren("Udgangspunktet er datoen (vejledningen 2.6, L917-953): 01.08.2024.",
        "Udgangspunktet er datoen (vejledningen 2.6): 01.08.2024.");
    /* A first item that goes takes the separator after it. */
    ren("satser.tsv linje 4: VEJ 9822/2023; ASL § 24", "ASL § 24");
    /* Mineo, nested. */
    ren("ASL § 24, stk. 10 (Mineo label: Maksimum årsløn (§ 24, stk. 10))",
        "ASL § 24, stk. 10");
    /* Nothing internal: unchanged, including "LOV" and "§ 1 a". */
    ren("lov nr. 422 (LOV), § 1 a; BEK 1022/2009, tabel C",
        "lov nr. 422 (LOV), § 1 a; BEK 1022/2009, tabel C");
    ren("", "");
}

/* The citizen's rendering: the sentence and the cleaned citation; no
 * parameter names or sources. */
static void
test_dansk_borger(void **state)
{
    struct sag_arena a;
    struct sag_spor sp;
    struct sag_buf b;
    struct sag_spor_trin *t;

    (void)state;
    sag_arena_init(&a, 0);
    sag_buf_init(&b, 0);
    sag_spor_init(&sp, &a, true);
    byg(&sp);
    t = sag_spor_trin(&sp, "r.intern", "VEJ afsnit 2.8 (L1147-1150)",
                      SAG_SPOR_IKKE_OPFYLDT);
    sag_spor_tekst(t, "Afgørelsen er midlertidig og kan ikke kapitaliseres.");
    (void)sag_spor_trin(&sp, "r.uden-tekst", "Q-01", SAG_SPOR_BEREGNET);
    sag_spor_dansk_borger(&sp, &b);
    assert_string_equal(
        b.buf,
        "1. Årslønnen er nedsat til maksimum 608.000 kr. (ASL § 24, stk. 5)\n"
        "   Afrunding: ingen\n"
        "2. Erhvervsevnetabet er vurderet til 25 %. (ASL § 17, stk. 2)\n"
        "   Vurderet af sagsbehandler \"A\": Kan ikke løfte.\n\n"
        "3. Afgørelsen er midlertidig og kan ikke kapitaliseres. (VEJ afsnit "
        "2.8)\n");
    sag_buf_release(&b);
    sag_arena_release(&a);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_json),         cmocka_unit_test(test_dansk),
        cmocka_unit_test(test_inaktiv),      cmocka_unit_test(test_tom_arena),
        cmocka_unit_test(test_hjemmel),      cmocka_unit_test(test_borgertekst),
        cmocka_unit_test(test_dansk_borger),
    };

    return cmocka_run_group_tests_name("spor", tests, NULL, NULL);
}
