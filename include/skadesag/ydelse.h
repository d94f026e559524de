/*
 * Awards (ydelser) with periods, the yearly regulation of running amounts,
 * and "what is due for award A in month M" (issue 14).
 *
 * An award is what one decision grants for one period and one payer: a
 * running monthly compensation (temporary or final), the interim running
 * payment until a capital sum takes effect, a capital sum, the 1992 act's
 * 2x/4x lump sum, or a § 28 deduction. Running amounts are stored at the
 * base level (the "grundydelse" of the regulation acts: the yearly amount
 * that corresponds to the grundløn, BEK nr. 1232 af 2018 §§ 2-3; ASL § 24,
 * stk. 8, § 25, stk. 2) and regulated each 1 January by the cumulative
 * regulation percentage of the payment year (ASL § 25, stk. 2-3), the yearly
 * amount rounded up to whole kroner divisible by 12 (§ 25, stk. 5) — each
 * year recomputed from the base, never compounded (law_facts_2 2.1).
 *
 * This header is the interface the monthly run (src/.../udbetaling, issue
 * 14 item 5) is built on:
 *   - sag_ydelse_forfald(): pure; the amount due for an award in a month at
 *     the level in force that month, with trace steps;
 *   - sag_ydelse_aarlig(): pure; the yearly amount in force in a year;
 *   - the store calls in store.h (sag_store_ydelse_*): save awards, list
 *     the awards running in a month, record and read payments (migration
 *     010, SQLite and PostgreSQL).
 *
 * Everything here is pure and thread-safe; no float/double; money in øre.
 */
#ifndef SAG_YDELSE_H
#define SAG_YDELSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "skadesag/broek.h"
#include "skadesag/dato.h"
#include "skadesag/penge.h"
#include "skadesag/status.h"

struct sag_satser;
struct sag_spor;
struct sag_beregning;

#define SAG_YDELSE_ID_MAX 64
#define SAG_YDELSE_BETALER_MAX 64

/* The kind of award. Stable numbers (stored). */
enum sag_ydelse_art {
    SAG_YDELSE_LOEBENDE_MIDLERTIDIG = 1,    /* temporary running compensation */
    SAG_YDELSE_LOEBENDE_ENDELIG = 2,        /* final running compensation */
    SAG_YDELSE_LOEBENDE_INDTIL_KAPITAL = 3, /* interim running payment until
                                               a capital sum takes effect */
    SAG_YDELSE_KAPITAL = 4,                 /* capital sum (once) */
    SAG_YDELSE_ENGANG = 5,     /* 1992 act's 2x/4x lump sum (once) */
    SAG_YDELSE_FRADRAG_28 = 6, /* § 28 deduction from a running award
                                  (negative yearly amount) */
    SAG_YDELSE_MEN = 7 /* godtgørelse for varigt mén, ASL § 18 (once) */
};

/* Who pays: the employer's insurer for accidents, AES for occupational
 * diseases (ASL § 48, stk. 1 and 4; see docs/rules_map.md). */
enum sag_ydelse_betalertype {
    SAG_YDELSE_BETALER_FORSIKRING = 1,
    SAG_YDELSE_BETALER_AES = 2
};

/* How a running amount is regulated each 1 January (stored numbers). */
enum sag_ydelse_regulering {
    SAG_YDELSE_REG_INGEN = 0, /* a fixed amount (capital, lump sum) */
    /* Injuries before 1.7.2024: grundydelse at the 2003 level; the series
     * "serie_foer_2024" to 2024 (65,7 % in 2024), then × the series
     * "serie_fra_2024" (law_facts_2 1.2, Mineo [SECONDARY]). */
    SAG_YDELSE_REG_FOER_2024 = 1,
    /* Injuries from 1.7.2024: grundydelse at the 2024 level (608.000 kr.
     * base); the series "serie_fra_2024" (0,0 % in 2024). */
    SAG_YDELSE_REG_FRA_2024 = 2
};

/* One award. Dates are inclusive; `har_til` false means open-ended (then
 * the cessation at folkepensionsalder is still `til` when known: every
 * running award from a decision with an ophoersdato gets it as `til`). */
struct sag_ydelse {
    char id[SAG_YDELSE_ID_MAX];            /* "<afgoerelse_id>-Y<n>" */
    char sag_id[SAG_YDELSE_ID_MAX];        /* the case */
    char afgoerelse_id[SAG_YDELSE_ID_MAX]; /* the decision it came from */
    enum sag_ydelse_art art;
    struct sag_dato fra; /* first day covered (running) / effect (once) */
    bool har_til;
    struct sag_dato til; /* last day covered, inclusive */
    /* Running kinds: the yearly amount at the base level (grundydelse, in
     * øre, before the § 25, stk. 5 rounding; negative for FRADRAG_28).
     * Once kinds: the amount in øre, paid in the month of `fra`. */
    struct sag_penge beloeb;
    enum sag_ydelse_regulering regulering;
    /* The year of the decision that fixed the award: months before it are
     * paid at that year's level ("udbetales ydelsen fra tidspunktet for
     * dennes begyndelse med et tillæg på [the decision year's] pct.",
     * BEK nr. 1232 af 2018 § 3; ASL § 25, stk. 4); 0 = none. */
    int niveau_aar;
    enum sag_ydelse_betalertype betalertype;
    char betaler[SAG_YDELSE_BETALER_MAX]; /* insurer's name/id; "AES" */
    struct sag_broek andel;               /* the payer's share (1/1 alone) */
    bool skattepligtig; /* running: taxable (PSL § 4); capital: free (§ 5) */
    /* Supersession: a later decision ends this award from a date (the
     * day before `erstattet_fra` is its last paid day). */
    bool erstattet;
    struct sag_dato erstattet_fra;
    char erstattet_af[SAG_YDELSE_ID_MAX];
};

/* The period an award actually covers after supersession: [fra, *slut]
 * with *har_slut false for open-ended. */
void sag_ydelse_periode(const struct sag_ydelse *y, bool *har_slut,
                        struct sag_dato *slut);

/* A month: year and month 1-12. */
struct sag_maaned {
    int aar, maaned;
};

/* What is due for one award in one month. */
struct sag_ydelse_forfald {
    struct sag_maaned maaned;
    bool forfalden;             /* false: nothing due this month */
    struct sag_penge aarlig;    /* running: yearly amount in force (12-kr.) */
    struct sag_penge maanedlig; /* running: aarlig / 12 */
    int dage, dage_i_maaned;    /* days covered in the month / its length */
    struct sag_penge beloeb;    /* due for this month, this payer's share */
    const char *regel;          /* rule id of the step that decided it */
};

/*
 * The yearly amount in force in `aar` for a running award: grundydelse ×
 * the cumulative regulation factor of the year, rounded up to whole kroner
 * divisible by 12 (ASL § 25, stk. 2 and 5; BEK nr. 1232 af 2018 § 3), the
 * whole amount (before the payer's share). Writes a trace step
 * "ydelse.regulering" if `sp` is active.
 *   SAG_EINVAL     the award is not a running kind
 *   SAG_ENOTFOUND  the tables have no regulation percentage for `aar`
 *   SAG_EOVERFLOW
 */
enum sag_status sag_ydelse_aarlig(const struct sag_satser *s,
                                  const struct sag_ydelse *y, int aar,
                                  struct sag_spor *sp, struct sag_penge *ud,
                                  struct sag_diag *d);

/*
 * What is due for award `y` in month `m` (pure; the monthly run's
 * question): running kinds the yearly amount in force that month / 12, for
 * a month only partly covered the days covered / days in the month of it
 * (rounded half up to whole øre; Q-43), times the payer's share (rounded
 * half up); once kinds the amount in the month of `fra`. Nothing is due
 * outside the award's period after supersession (so nothing after the
 * cessation month). The amount may be negative (FRADRAG_28). Trace steps
 * if `sp` is active. Errors as sag_ydelse_aarlig.
 */
enum sag_status sag_ydelse_forfald(const struct sag_satser *s,
                                   const struct sag_ydelse *y,
                                   struct sag_maaned m, struct sag_spor *sp,
                                   struct sag_ydelse_forfald *ud,
                                   struct sag_diag *d);

/*
 * The grundydelse of a running award from the decision's figures: the
 * grundløn = årsløn (after the injury year's maximum/minimum) × basis /
 * maximum årsløn of the injury year, in whole kroner (ASL § 24, stk. 8;
 * basis 367.000 kr., from 1.7.2024 608.000 kr.), × 0,92 × 0,83 (from
 * 2011; 0,80 before) × pct %, rounded half up to whole øre (law_facts_2
 * 1.2, Mineo's round2 [SECONDARY]). `regulering` is set to the series.
 */
enum sag_status sag_ydelse_grundydelse(const struct sag_satser *s,
                                       const struct sag_beregning *b, int pct,
                                       struct sag_spor *sp,
                                       struct sag_penge *grund,
                                       enum sag_ydelse_regulering *regulering,
                                       struct sag_diag *d);

/*
 * Check that a new award does not overlap the awards of the same case that
 * are still in force (same art family: running kinds overlap running kinds
 * of the same payer). SAG_ECONFLICT with a Danish reason naming both
 * awards and the overlapping period.
 */
enum sag_status sag_ydelse_tjek_overlap(const struct sag_ydelse *ny,
                                        const struct sag_ydelse *eksisterende,
                                        size_t antal, struct sag_diag *d);

/* How a new decision's awards relate to the awards already in force
 * (guidance 2.6.3, "Ved revision og genoptagelse"). Stable numbers. */
enum sag_ydelse_skift {
    /* The first decision granting money: nothing is superseded. */
    SAG_YDELSE_SKIFT_FOERSTE = 0,
    /* A reduction on revision or reopening: "sker ændringen fra den
     * førstkommende måned efter vores nye afgørelse" — the new award and
     * the supersession from the 1st of the month after the decision. */
    SAG_YDELSE_SKIFT_NEDSAETTELSE = 1,
    /* An increase on revision (or a final decision after a temporary one):
     * "fra det tidspunkt, hvor ændringer i indtægten begrunder ændringer",
     * also before the revision date — from the decision's
     * tilkendelsesdato; months already paid become back pay. */
    SAG_YDELSE_SKIFT_FORHOEJELSE = 2,
    /* § 42 reopening: "tidligst udbetales eller forhøjes fra anmodningen
     * om genoptagelse" — from the later of the tilkendelsesdato and the
     * request. */
    SAG_YDELSE_SKIFT_42 = 3,
    /* A closed past period (e.g. a temporary award for the time before a
     * final one, source 004): the new award ends on `periode_til`, nothing
     * is superseded, and an overlap with an award in force is refused. */
    SAG_YDELSE_SKIFT_AFSLUTTET_PERIODE = 4
};

/* What a decision that grants money needs to become awards. */
struct sag_ydelse_plan {
    const struct sag_beregning *b; /* the engine's result */
    struct sag_dato afgoerelsesdato;
    int skadetype;             /* enum sag_skadetype */
    const char *sag_id;        /* the case */
    const char *afgoerelse_id; /* "<sag>-E<n>": awards are "<id>-Y<n>" */
    const char *forsikring;    /* the employer's insurer (accidents) */
    enum sag_ydelse_skift skift;
    struct sag_dato anmodningsdato; /* SKIFT_42: the request */
    struct sag_dato periode_til;    /* SKIFT_AFSLUTTET_PERIODE: last day */
};

#define SAG_YDELSER_PR_AFGOERELSE_MAX 32

/* A mén decision (ASL § 18): the percentage, the decision date, the case
 * type's payer and what earlier mén awards of the case already granted. */
struct sag_ydelse_men_plan {
    int men_pct;
    struct sag_dato afgoerelsesdato;
    int skadetype; /* enum sag_skadetype */
    const char *sag_id;
    const char *afgoerelse_id;  /* "<sag>-M<n>": the award is "<id>-Y1" */
    const char *forsikring;     /* the employer's insurer (accidents) */
    struct sag_penge tidligere; /* earlier mén awards of the case, in all */
};

/*
 * The award a mén decision grants (pure; Q-69): the godtgørelse is the
 * percentage × the amount per percent of the decision year (data/
 * satser.tsv "men_pr_grad", ASL § 18, stk. 3, regulated by § 25), less
 * what earlier mén decisions of the case granted; once, in the month of
 * the decision, tax-free; paid by the insurer of an accident or AES for an
 * occupational disease. Nothing (*antal = 0) below 5 % or when the new
 * amount is not above the earlier ones. SAG_ENOTFOUND (/satser) for a year
 * the table lacks. Appends the step `ydelse.men`.
 */
enum sag_status sag_ydelse_men(const struct sag_satser *s,
                               const struct sag_ydelse_men_plan *p,
                               struct sag_spor *sp, struct sag_ydelse *ud,
                               size_t *antal, struct sag_diag *d);

/*
 * The awards a decision grants (pure): running compensation (temporary or
 * final, to the cessation date), the interim running payment until the
 * capital sum takes effect and the capital sum at the decision, the
 * engangserstatning, the 1992 act's 2x/4x lump sum after the cessation,
 * and the § 28 deduction — one award per payer and share (guidance 2.10).
 * The payer: the employer's insurer for an accident, AES for an
 * occupational disease. A decision without amounts grants none
 * (*antal = 0). SAG_EMISSING (/forsikring) for an accident without an
 * insurer; SAG_ETOOBIG beyond `max`.
 */
enum sag_status sag_ydelser_fra_afgoerelse(const struct sag_satser *s,
                                           const struct sag_ydelse_plan *p,
                                           struct sag_spor *sp,
                                           struct sag_ydelse *ud, size_t max,
                                           size_t *antal, struct sag_diag *d);

/*
 * Supersede: mark in `eks` every award in force that the new awards
 * replace from their effective date (running kinds of the same payer:
 * `erstattet`, `erstattet_fra`, `erstattet_af`), by the rule of
 * `p->skift`, then check that no new award overlaps one still in force
 * (SAG_ECONFLICT with a Danish reason). `eks` is changed only on success;
 * `aendret[i]` tells which entries to store.
 */
enum sag_status sag_ydelse_erstat(const struct sag_ydelse_plan *p,
                                  const struct sag_ydelse *nye,
                                  size_t antal_nye, struct sag_ydelse *eks,
                                  bool *aendret, size_t antal_eks,
                                  struct sag_diag *d);

/*
 * Cessation on death (guidance 2.16; Q-62): every running award (and
 * § 28 deduction) still covering a day after the month of death is
 * superseded from the 1st of the month after it (an award beginning
 * later, from its first day: whole), `erstattet_af` "dødsfald DD.MM.ÅÅÅÅ";
 * `aendret[i]` tells which to store, `*antal` how many. Once-only sums are
 * left: a capital sum decided before the death is paid to the estate
 * (guidance 2.16). Pure; a trace step `ydelse.doedsfald` per award.
 */
enum sag_status sag_ydelse_ophoer_ved_doed(struct sag_ydelse *y, size_t n,
                                           struct sag_dato doedsdato,
                                           struct sag_spor *sp, bool *aendret,
                                           size_t *antal, struct sag_diag *d);

/* ---- the ledger ---- */

/* A payment as the ledger sees it (from sag_store_ydelse_betalinger). */
struct sag_ydelse_betalt {
    const char *ydelse_id;
    struct sag_maaned maaned;
    struct sag_penge beloeb;
};

/* One line of the ledger: one award, one month. difference = forfalden -
 * betalt: above zero still owed (back pay, efterbetaling, when the month
 * is past), below zero overpaid (claimed back only under ASL § 40 a, when
 * the duty to report changes was breached; guidance 2.13). */
struct sag_ydelse_linje {
    const struct sag_ydelse *y;
    struct sag_maaned maaned;
    struct sag_penge forfalden, betalt, difference;
};

/*
 * The ledger of a case's awards for the months [fra, til]: a line for
 * every award and month with something due or paid, by month then award.
 * SAG_ETOOBIG beyond `max` lines. Pure.
 */
enum sag_status sag_ydelse_bog(const struct sag_satser *s,
                               const struct sag_ydelse *y, size_t antal_y,
                               const struct sag_ydelse_betalt *b,
                               size_t antal_b, struct sag_maaned fra,
                               struct sag_maaned til,
                               struct sag_ydelse_linje *ud, size_t max,
                               size_t *antal, struct sag_diag *d);

/* Month helpers. */
struct sag_dato sag_maaned_foerste(struct sag_maaned m);
struct sag_dato sag_maaned_sidste(struct sag_maaned m);
struct sag_maaned sag_maaned_af(struct sag_dato d);
struct sag_maaned sag_maaned_naeste(struct sag_maaned m);
int sag_maaned_cmp(struct sag_maaned a, struct sag_maaned b);
/* "2026-01" <-> month; SAG_EPARSE on anything else. */
enum sag_status sag_maaned_parse(const char *s, struct sag_maaned *ud);

/* Stable names (JSON, CLI): "loebende_midlertidig", … ; "forsikring",
 * "aes". */
const char *sag_ydelse_art_navn(enum sag_ydelse_art a);
const char *sag_ydelse_betalertype_navn(enum sag_ydelse_betalertype b);
bool sag_ydelse_er_loebende(enum sag_ydelse_art a);

#endif /* SAG_YDELSE_H */
