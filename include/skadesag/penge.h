/*
 * Money: integer øre in an int64_t, overflow-checked arithmetic, every
 * rounding a named function that cites the rule it implements, and Danish
 * parsing and formatting that never depend on the C locale.
 *
 * Pure and thread-safe.
 */
#ifndef SAG_PENGE_H
#define SAG_PENGE_H

#include <stddef.h>
#include <stdint.h>

#include "skadesag/broek.h"
#include "skadesag/status.h"

struct sag_penge {
    int64_t oere;
};

static inline struct sag_penge
sag_penge_oere(int64_t oere)
{
    return (struct sag_penge){ oere };
}

/* Whole kroner to øre; SAG_EOVERFLOW beyond the int64 range. */
enum sag_status sag_penge_fra_kr(int64_t kr, struct sag_penge *out);

/* Checked arithmetic: SAG_EOVERFLOW instead of undefined behaviour. */
enum sag_status sag_penge_add(struct sag_penge a, struct sag_penge b,
                              struct sag_penge *out);
enum sag_status sag_penge_sub(struct sag_penge a, struct sag_penge b,
                              struct sag_penge *out);
enum sag_status sag_penge_gange_heltal(struct sag_penge a, int64_t n,
                                       struct sag_penge *out);

/* a × f rounded to whole øre by `regel` (the product is exact in 128 bits
 * before rounding). */
enum sag_status sag_penge_gange_broek(struct sag_penge a, struct sag_broek f,
                                      enum sag_afrunding regel,
                                      struct sag_penge *out);

/* a as a fraction of whole kroner (a.oere / 100), for exact formulas. */
struct sag_broek sag_penge_som_broek_kr(struct sag_penge a);

static inline int
sag_penge_cmp(struct sag_penge a, struct sag_penge b)
{
    return (a.oere > b.oere) - (a.oere < b.oere);
}

/*
 * Named roundings. Each returns SAG_EOVERFLOW only at the edge of int64.
 */

/* To whole kroner: nearest with 50 øre rounding away from zero; down
 * (floor); up (ceiling). Used where a published amount is stated in whole
 * kroner (e.g. the maximum yearly compensation on the rate pages). */
enum sag_status sag_penge_afrund_kr_halv_op(struct sag_penge a,
                                            struct sag_penge *out);
enum sag_status sag_penge_afrund_kr_ned(struct sag_penge a,
                                        struct sag_penge *out);
enum sag_status sag_penge_afrund_kr_op(struct sag_penge a,
                                       struct sag_penge *out);

/* ASL § 25, stk. 5: "Løbende årlige ydelser, der ikke er delelige med 12,
 * forhøjes til nærmeste med 12 delelige kronebeløb." Up to the next amount
 * in whole kroner divisible by 12 (an amount already divisible is kept). */
enum sag_status sag_penge_op_til_12_kr(struct sag_penge a,
                                       struct sag_penge *out);

/* ASL § 25, stk. 1, 2. pkt.: regulated amounts for varigt mén and
 * overgangsbeløb are rounded "til nærmeste med 500 delelige kronebeløb";
 * 3. pkt.: amounts concerning årsløn "til nærmeste med 1.000 delelige
 * kronebeløb". The act does not say how a tie (exactly half way) goes; we
 * round it up and list that as an open question in docs/rules_map.md. */
enum sag_status sag_penge_afrund_naermeste_500_kr(struct sag_penge a,
                                                  struct sag_penge *out);
enum sag_status sag_penge_afrund_naermeste_1000_kr(struct sag_penge a,
                                                   struct sag_penge *out);

/*
 * Parsing, strict. sag_penge_parse_kr accepts kroner with optional øre in
 * two spellings:
 *   "1234", "1234.5", "1234.56", "-12.00"   (machine form: '.' decimal)
 *   "1.234,56", "1234,56", "1.234"          (Danish: ',' decimal, '.' groups)
 * A '.' followed by exactly three digits and nothing else ("1.234") is read
 * as a Danish thousands separator only when the groups are complete; to
 * avoid guessing, "1.234" alone is refused as ambiguous (SAG_EAMBIGUOUS):
 * write "1.234,00" or "1234". More than two decimals is SAG_EPARSE.
 * sag_penge_parse_oere accepts an integer number of øre only.
 */
enum sag_status sag_penge_parse_kr(const char *s, size_t len,
                                   struct sag_penge *out);
enum sag_status sag_penge_parse_oere(const char *s, size_t len,
                                     struct sag_penge *out);

/* "1.234,56 kr." / "-0,50 kr." (with suffix) and "1.234,56" (without).
 * out needs SAG_PENGE_STR_LEN bytes. */
#define SAG_PENGE_STR_LEN 40
void sag_penge_format_dk(struct sag_penge a, char out[SAG_PENGE_STR_LEN]);
void sag_penge_format_dk_tal(struct sag_penge a, char out[SAG_PENGE_STR_LEN]);
/* Whole kroner with thousands points and no decimals: "464.269 kr." —
 * only for amounts known to be whole kroner (asserts otherwise). */
void sag_penge_format_dk_hele_kr(struct sag_penge a,
                                 char out[SAG_PENGE_STR_LEN]);

#endif /* SAG_PENGE_H */
