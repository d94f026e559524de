/*
 * The erhvervsevnetab engine: every objective part of a decision on
 * erstatning for tab af erhvervsevne under arbejdsskadesikringsloven (ASL),
 * computed exactly under the rules in force for the case's dates, with a
 * trace step for each rule and its legal source.
 *
 * Discretion stays with the caseworker. Assessed inputs (the loss in
 * percent, a § 12 share, an årsløn set by skøn) enter with who assessed them
 * and why; the engine never invents one, and a missing assessment is an
 * error naming the field (SAG_EMISSING).
 *
 * sag_beregn() is pure: it reads the loaded rate tables and the input, writes
 * the result and the trace, and does no I/O. It is thread-safe as long as
 * each thread has its own result, trace and arena.
 *
 * Implemented across several files of src/core: beregning.c (sag_beregn, the
 * input and the names), erstatning.c (sag_maks_aarlig_erstatning) and
 * kapitalisering.c (the capitalisation factors and sag_kapitalbeloeb); the
 * steps of sag_beregn are in regelsaet.c, erhvervsevnetab.c, aarsloen.c,
 * erstatning.c, kapitalisering.c and tidspunkter.c, sharing
 * src/core/beregning_int.h.
 */
#ifndef SAG_BEREGNING_H
#define SAG_BEREGNING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "skadesag/broek.h"
#include "skadesag/dato.h"
#include "skadesag/penge.h"
#include "skadesag/satser.h"
#include "skadesag/spor.h"
#include "skadesag/status.h"

enum sag_skadetype {
    SAG_SKADETYPE_ULYKKE = 1,
    SAG_SKADETYPE_ERHVERVSSYGDOM = 2
};

enum sag_afgoerelsestype {
    SAG_AFGOERELSE_ENDELIG = 1,
    SAG_AFGOERELSE_MIDLERTIDIG = 2
};

/* How the loss is found. */
enum sag_grundlag {
    SAG_GRUNDLAG_SKOEN = 1,        /* the caseworker's assessment, § 17 */
    SAG_GRUNDLAG_INDTAEGTSTAB = 2, /* income comparison, a proposal */
    SAG_GRUNDLAG_17A = 3           /* § 17 a, computed and binding */
};

/* The injured person's situation at the decision (guidance ch. 3–18). */
enum sag_situation {
    SAG_SITUATION_UOPLYST = 0,
    SAG_SITUATION_ORDINAER,
    SAG_SITUATION_FLEKSJOB,
    SAG_SITUATION_LEDIGHEDSYDELSE,
    SAG_SITUATION_SYGEDAGPENGE,
    SAG_SITUATION_ARBEJDSLOESHEDSDAGPENGE,
    SAG_SITUATION_KONTANTHJAELP,
    SAG_SITUATION_REVALIDERING,
    SAG_SITUATION_FOERTIDSPENSION,
    SAG_SITUATION_EFTERLOEN,
    SAG_SITUATION_FOLKEPENSION,
    SAG_SITUATION_UDDANNELSE,
    SAG_SITUATION_FLEKSYDELSE,
    SAG_SITUATION_ANTAL
};

enum sag_udbetalingsform {
    SAG_UDBETALING_INGEN = 0,
    SAG_UDBETALING_LOEBENDE = 1,
    SAG_UDBETALING_KAPITAL = 2,
    SAG_UDBETALING_DELVIS_KAPITAL = 3
};

/* The law generation that governs the case (by its key date). */
enum sag_lov {
    SAG_LOV_1992 = 1, /* lov om arbejdsskadeforsikring (injuries before 2004) */
    SAG_LOV_2003 = 2  /* lov om arbejdsskadesikring, lov nr. 422/2003 */
};

/* Who assessed and why. Both NULL means "not given". Strings are borrowed. */
struct sag_vurdering {
    const char *af;
    const char *begrundelse;
};

struct sag_indkomstaar {
    int aar;
    struct sag_penge indkomst;
};

/* The caseworker's or the computation's basis for the loss. */
struct sag_tab_input {
    enum sag_grundlag grundlag;
    bool har_skoen_pct;
    int skoen_pct; /* assessed total loss, 0–100 */
    bool forslag_bekraeftet;
    bool har_uden, har_med;
    struct sag_penge indtaegt_uden_skade, indtaegt_med_skade;
    bool har_timer;
    struct sag_broek timer_uden_skade, timer_med_skade;
    bool har_fleksjob_loen, har_kommunalt_tilskud;
    struct sag_penge fleksjob_loen, kommunalt_tilskud;
    bool har_ledighedsydelse, har_atp_bidrag;
    struct sag_penge ledighedsydelse, atp_bidrag;
    enum sag_situation situation;
    int klart_og_varigt; /* -1 not given, 0 no, 1 yes */
    bool har_andel;
    struct sag_broek arbejdsskadens_andel; /* default 1/1 */
    struct sag_vurdering andel_vurdering;
};

enum sag_genoptagelsestype {
    SAG_GENOPTAGELSE_ANMODNING = 1, /* § 42: on the injured person's request */
    SAG_GENOPTAGELSE_REVISION = 2   /* the authority's own revision */
};

struct sag_genoptagelse {
    enum sag_genoptagelsestype type;
    bool har_anmodningsdato;
    struct sag_dato anmodningsdato;
    bool har_tidligere_pct;
    int tidligere_pct;
    int tidligere_kapitaliseret_pct; /* 0 if none */
};

enum sag_tilskadekomstpension {
    SAG_TKP_IKKE_AFGJORT = 1, /* the pension authority has not decided */
    SAG_TKP_NEJ = 2,
    SAG_TKP_JA = 3
};

/* § 28: a civil servant's tilskadekomstpension. */
struct sag_tjenestemand {
    enum sag_tilskadekomstpension tilskadekomstpension;
    bool har_forhoejelse_aarlig;
    struct sag_penge forhoejelse_aarlig; /* yearly pension increase */
    bool har_forhoejelse_vaerdi;
    struct sag_penge forhoejelse_vaerdi; /* capital value of the increase */
};

/* Payment split between insurers (several injuries, guidance 2.10). */
struct sag_fordeling {
    const char *forsikring;
    struct sag_broek andel;
};

struct sag_beregning_input {
    const char *id; /* the caller's case id, echoed; not used by the rules */
    enum sag_skadetype skadetype;
    struct sag_dato skadedato, anmeldelsesdato, foedselsdato, afgoerelsesdato;
    enum sag_koen koen;
    enum sag_afgoerelsestype afgoerelse;
    bool under_uddannelse; /* at the injury (§ 24, stk. 6 minimum) */

    bool har_aarsloen;
    struct sag_penge aarsloen; /* § 24, stk. 1, before minimum/maximum */
    const struct sag_indkomstaar *indkomstaar;
    size_t antal_indkomstaar;
    bool har_aarsloen_skoen;
    struct sag_penge aarsloen_skoen; /* § 24, stk. 2 */
    struct sag_vurdering aarsloen_skoen_vurdering;

    struct sag_tab_input tab;

    bool har_tab_paavist_dato;
    struct sag_dato tab_paavist_dato;
    bool har_situation_dato;
    struct sag_dato situation_dato; /* when the situation began */
    bool kapitalisering_anmodet;
    struct sag_vurdering vurdering;

    bool har_genoptagelse;
    struct sag_genoptagelse genoptagelse;
    bool har_uddannelse_slut;
    struct sag_dato uddannelse_forventet_afsluttet;
    bool har_tjenestemand;
    struct sag_tjenestemand tjenestemand;
    const struct sag_fordeling *fordeling;
    size_t antal_fordeling;
};

#define SAG_VERSIONER_MAX 16
#define SAG_FORDELING_MAX 8

struct sag_fordeling_resultat {
    const char *forsikring;
    struct sag_broek andel;
    struct sag_penge aarlig, kapital;
};

struct sag_beregning {
    /* Which law and which rule versions. */
    struct sag_dato noegledato;
    bool noegle_er_anmeldelse; /* diseases: the notification date */
    enum sag_lov lov;
    const char *versioner[SAG_VERSIONER_MAX]; /* static rule-version ids */
    size_t antal_versioner;
    const char *satser_checksum;

    enum sag_afgoerelsestype afgoerelse; /* after forcing rules */

    /* The loss. Percent values are of 100 (45 means 45 %). */
    bool har_beregnet;
    struct sag_broek beregnet; /* computed loss, exact */
    bool har_forslag;
    int forslag_pct;              /* proposal from the computed loss */
    int samlet_pct;               /* total loss before the § 12 share */
    struct sag_broek efter_andel; /* samlet × share, exact */
    int fastsat_pct;              /* on the grid, after the threshold */
    int pct;                      /* awarded now (fastsat − capitalised) */
    bool ret_til_erstatning;

    /* Årsløn and amounts. */
    bool har_aarsloen;
    struct sag_penge aarsloen;           /* as fixed, after min/max */
    struct sag_penge aarsloen_reguleret; /* at the decision year's level */
    bool har_beloeb;
    struct sag_penge aarlig_foer_afrunding;
    struct sag_penge aarlig; /* rounded up to 12 kr. (§ 25, stk. 5) */
    struct sag_penge maanedlig;

    enum sag_udbetalingsform udbetalingsform;
    bool engangserstatning; /* a multiple of the yearly amount (faktor) */
    bool har_kapital;
    int kapital_pct;                   /* percentage points capitalised */
    int64_t faktor_milli;              /* capitalisation factor × 1000 */
    struct sag_penge kapital;          /* capital sum */
    struct sag_penge kapital_grundlag; /* the yearly amount capitalised */
    bool har_loebende_til;             /* running payment until the capital */
    struct sag_dato loebende_til;

    bool har_tilkendelse;
    struct sag_dato tilkendelsesdato;
    bool har_ophoer;
    struct sag_dato ophoersdato;
    int afloesning_gange; /* 1992 act: 2 or 4 × yearly, else 0 */
    struct sag_penge afloesningsbeloeb;

    bool har_tjenestemandsfradrag;
    struct sag_penge tjenestemandsfradrag;

    struct sag_fordeling_resultat fordeling[SAG_FORDELING_MAX];
    size_t antal_fordeling;
};

/* An input with every field unset/defaulted (share 1/1, klart_og_varigt
 * not given). */
void sag_beregning_input_init(struct sag_beregning_input *in);

/*
 * Compute a decision. `satser` must be finished (sag_satser_klar). `spor`
 * may be an inactive trace. On success *ud is filled. On error *ud is
 * unspecified, and diag names the field (JSON pointer) and reason:
 *   SAG_EMISSING   a required or discretionary input is missing
 *   SAG_EINVAL     an input is invalid (negative income, share above 1, …)
 *   SAG_ECONFLICT  inputs contradict each other or the law's dates
 *   SAG_ENOTFOUND  a rate the case needs is not in the tables
 *   SAG_EOVERFLOW  an amount is beyond any sensible range
 *   SAG_ENOMEM     the trace's arena ran out
 */
enum sag_status sag_beregn(const struct sag_satser *satser,
                           const struct sag_beregning_input *in,
                           struct sag_spor *spor, struct sag_beregning *ud,
                           struct sag_diag *diag);

/* The published maximum yearly compensation for 100 % loss in a year: the
 * maximum årsløn × 0,92 × 0,83 rounded to whole kroner (ASL § 17, stk. 6;
 * § 24, stk. 3). */
enum sag_status sag_maks_aarlig_erstatning(const struct sag_satser *satser,
                                           int aar, struct sag_penge *ud);

/*
 * Capitalisation factor (× 1000) for a person born `foedt`, injured on
 * `skadedato`, capitalised on `kapdato`: the act and table in force, age in
 * years and months, monthly interpolation for injuries from 1.7.2007,
 * interpolation towards the særfaktor beyond the table, and the særfaktor
 * within two years of folkepensionsalderen.
 */
enum sag_status sag_kapitaliseringsfaktor(
    const struct sag_satser *satser, struct sag_dato skadedato,
    struct sag_dato kapdato, struct sag_dato foedt, enum sag_koen koen,
    struct sag_spor *spor, int64_t *faktor_milli, struct sag_diag *diag);

/* The same for impact analyses: the table chosen as for a person born
 * `foedt_tabel` (the age still from `foedt`), and the folkepensionsalder
 * `fp_mdr` (months; -1: the rules in force on `kapdato`). */
enum sag_status sag_kapitaliseringsfaktor_variant(
    const struct sag_satser *satser, struct sag_dato skadedato,
    struct sag_dato kapdato, struct sag_dato foedt, struct sag_dato foedt_tabel,
    int fp_mdr, enum sag_koen koen, struct sag_spor *spor,
    int64_t *faktor_milli, struct sag_diag *diag);

/* The capital sum of a yearly amount (øre) at a factor (× 1000): rounded up
 * to whole kroner (ASL § 27, stk. 1 and 4; docs/rules_map.md Q-10). */
enum sag_status sag_kapitalbeloeb(struct sag_penge aarlig, int64_t faktor_milli,
                                  struct sag_penge *ud);

/* Names used in JSON and text (Danish, ASCII). */
const char *sag_situation_navn(enum sag_situation s);
const char *sag_udbetalingsform_navn(enum sag_udbetalingsform u);
const char *sag_afgoerelsestype_navn(enum sag_afgoerelsestype a);

/* The engine's injury kind by its name ("ulykke", "erhvervssygdom", as a
 * case type is named); SAG_EINVAL for any other name (NULL included): the
 * engine computes no loss of earning capacity for it. `ud` is written
 * only on success. Pure, thread-safe. */
enum sag_status sag_skadetype_fra_navn(const char *navn,
                                       enum sag_skadetype *ud);

#endif /* SAG_BEREGNING_H */
