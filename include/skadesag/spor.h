/*
 * The trace (spor): a structured record of every step of a computation, from
 * which the "Sådan har vi beregnet" section of a decision letter is rendered
 * and against which a jurist can check each step.
 *
 * A step carries: a rule id, the legal citation (law, §, stk., act number and
 * date, or guidance section), its inputs, the parameters it used with their
 * source, the rounding it applied, its result, a Danish sentence, and whether
 * it was computed, came from a caseworker's assessment (with who and why),
 * was a condition not met, or is a discretionary input that is missing.
 *
 * All memory comes from a caller-owned arena. A trace created inactive turns
 * every call into a no-op, so the same rule code runs with and without a
 * trace at full speed. Not thread-safe; one trace per computation.
 */
#ifndef SAG_SPOR_H
#define SAG_SPOR_H

#include <stdbool.h>
#include <stddef.h>

#include "skadesag/arena.h"
#include "skadesag/buf.h"
#include "skadesag/status.h"

enum sag_spor_art {
    SAG_SPOR_BEREGNET = 0,     /* computed by the engine from facts */
    SAG_SPOR_VURDERET = 1,     /* a caseworker's assessment (skøn) */
    SAG_SPOR_IKKE_OPFYLDT = 2, /* a condition that is not met ("why not") */
    SAG_SPOR_OPLYST = 3,       /* a fact taken as given from the input */
    SAG_SPOR_MANGLER = 4       /* a discretionary input that is missing */
};

/* A named value: an input or a parameter (with its source). */
struct sag_spor_vaerdi {
    struct sag_spor_vaerdi *naeste;
    const char *navn;
    const char *vaerdi;
    const char *kilde; /* parameters only; NULL for inputs */
};

struct sag_spor_trin {
    struct sag_spor_trin *naeste;
    struct sag_spor *spor;
    const char *regel;   /* stable rule id, e.g. "aarsloen.maksimum" */
    const char *hjemmel; /* citation */
    enum sag_spor_art art;
    struct sag_spor_vaerdi *input, **input_hale;
    struct sag_spor_vaerdi *parametre, **parametre_hale;
    const char *afrunding;
    const char *resultat;
    const char *tekst;
    const char *vurderet_af;
    const char *begrundelse;
};

struct sag_spor {
    struct sag_arena *arena;
    struct sag_spor_trin *foerste, **hale;
    size_t antal;
    bool aktiv;
    enum sag_status err; /* sticky: SAG_ENOMEM if the arena ran out */
};

/* Start an empty trace that allocates from `arena` (not owned). An inactive
 * trace (aktiv == false) records nothing. */
void sag_spor_init(struct sag_spor *sp, struct sag_arena *arena, bool aktiv);

/* Append a step. Returns NULL when the trace is inactive or out of memory;
 * every other function accepts that NULL and does nothing. `regel` and
 * `hjemmel` must outlive the trace (string literals). */
struct sag_spor_trin *sag_spor_trin(struct sag_spor *sp, const char *regel,
                                    const char *hjemmel, enum sag_spor_art art);

/* Replace the step's citation by a formatted one (copied into the trace's
 * arena), for a citation that names a source only known at run time, such
 * as the capitalisation act of the case. On failure the step keeps the
 * citation it had and the trace's sticky error is set. */
void sag_spor_hjemmel(struct sag_spor_trin *t, const char *fmt, ...)
    SAG_PRINTF(2, 3);

/* Record an input of the step (printf-style value). */
void sag_spor_input(struct sag_spor_trin *t, const char *navn, const char *fmt,
                    ...) SAG_PRINTF(3, 4);

/* Record a parameter with its source (e.g. "satser.tsv: maks_aarsloen 2024,
 * VEJ 9822/2023"). */
void sag_spor_parameter(struct sag_spor_trin *t, const char *navn,
                        const char *kilde, const char *fmt, ...)
    SAG_PRINTF(4, 5);

void sag_spor_afrunding(struct sag_spor_trin *t, const char *fmt, ...)
    SAG_PRINTF(2, 3);

void sag_spor_resultat(struct sag_spor_trin *t, const char *fmt, ...)
    SAG_PRINTF(2, 3);

/* The Danish sentence for the letter, e.g. "Årslønnen er nedsat til
 * maksimum 608.000 kr." */
void sag_spor_tekst(struct sag_spor_trin *t, const char *fmt, ...)
    SAG_PRINTF(2, 3);

/* Attribute an assessed step to its author with the reason. The strings are
 * copied. */
void sag_spor_vurdering(struct sag_spor_trin *t, const char *af,
                        const char *begrundelse);

/* SAG_OK or SAG_ENOMEM if any step could not be recorded. */
enum sag_status sag_spor_status(const struct sag_spor *sp);

/* Danish name of a step kind: "beregnet", "vurderet", "ikke_opfyldt",
 * "oplyst", "mangler". */
const char *sag_spor_art_navn(enum sag_spor_art art);

/* Render the steps as a JSON array into `ud` (appended). Deterministic:
 * identical traces give identical bytes. */
void sag_spor_json(const struct sag_spor *sp, struct sag_buf *ud);

/* Render the steps as numbered Danish text for the "Sådan har vi beregnet"
 * section, each ending with its citation and marking assessed steps. */
void sag_spor_dansk(const struct sag_spor *sp, struct sag_buf *ud);

/* The same for the citizen (the decision letters and `beregn --format
 * tekst`): no rule ids, no parameter names or sources, and every internal
 * reference (source line numbers "L…", open questions "Q-…", rate-table
 * provenance) removed from sentences and citations. A condition not met is
 * said by its own sentence, not by an added "Betingelsen er ikke opfyldt". */
void sag_spor_dansk_borger(const struct sag_spor *sp, struct sag_buf *ud);

/* Append `s` without its internal references (see above). */
void sag_spor_borgertekst(const char *s, struct sag_buf *ud);

#endif /* SAG_SPOR_H */
