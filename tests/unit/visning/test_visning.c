/*
 * The Danish presentation (src/visning/visning.c) where the case page
 * depends on it: every event type reads as words in a timeline, and a
 * legal basis shown to people keeps the act and its sources but drops our
 * own references (audit of issue 12, point 7).
 */
#include "testsag.h"

#include "skadesag/sag.h"
#include "skadesag/visning.h"

static void
test_haendelser_i_ord(void **state)
{
    (void)state;
    for (int i = 1; i < SAG_H_ANTAL; i++) {
        const char *ord = sag_visning_haendelse(
            sag_haendelsestype_navn((enum sag_haendelsestype)i));

        assert_non_null(ord);
        assert_true(ord[0] != '\0');
        if (strchr(ord, '_') != NULL)
            fail_msg("hændelse %d læses som en kode: %s", i, ord);
    }
    assert_string_equal(sag_visning_haendelse("brev_dannet"), "brev dannet");
    assert_string_equal(sag_visning_haendelse("forelagt_esu"),
                        "forelagt Erhvervssygdomsudvalget");
    assert_string_equal(sag_visning_haendelse(NULL), "");
}

static void
test_hjemmel_uden_interne_henvisninger(void **state)
{
    char ud[512];

    (void)state;
    /* A bracketed clause with the reference goes with its brackets. */
    assert_string_equal(
        sag_visning_hjemmel("Klagefrist 4 uger: ASL § 44, stk. 3, 1. pkt. "
                            "(lov nr. 422), som AES gengiver den (ordlyden er "
                            "ikke gennemgået, se docs/rules_map.md Q-14); "
                            "fristen regnes fra den første hverdag",
                            ud, sizeof(ud)),
        "Klagefrist 4 uger: ASL § 44, stk. 3, 1. pkt. (lov nr. 422), som AES "
        "gengiver den; fristen regnes fra den første hverdag");
    /* One after a semicolon inside brackets goes up to the bracket. */
    assert_string_equal(
        sag_visning_hjemmel("ASL § 42 (lov nr. 422 af 10. juni 2003 om "
                            "arbejdsskadesikring; ordlyden er ikke "
                            "gennemgået, se docs/rules_map.md Q-15); "
                            "Ankestyrelsen, \"Genoptagelse\"",
                            ud, sizeof(ud)),
        "ASL § 42 (lov nr. 422 af 10. juni 2003 om arbejdsskadesikring); "
        "Ankestyrelsen, \"Genoptagelse\"");
    /* Text without references is unchanged; a short buffer truncates at
     * a character: "§" is two bytes, so 5 bytes hold "ASL " only. */
    assert_string_equal(sag_visning_hjemmel("ASL § 16, stk. 1", ud, sizeof(ud)),
                        "ASL § 16, stk. 1");
    assert_string_equal(sag_visning_hjemmel("ASL § 16, stk. 1", ud, 8),
                        "ASL § ");
    assert_string_equal(sag_visning_hjemmel("ASL § 16, stk. 1", ud, 6), "ASL ");
    assert_string_equal(sag_visning_hjemmel(NULL, ud, sizeof(ud)), "");
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_haendelser_i_ord),
        cmocka_unit_test(test_hjemmel_uden_interne_henvisninger),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
