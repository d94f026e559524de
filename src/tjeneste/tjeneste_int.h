/*
 * Private declarations shared by the application layer's source files.
 */
#ifndef SAG_TJENESTE_INT_H
#define SAG_TJENESTE_INT_H

#include "skadesag/tjeneste.h"

/* Check the policy for `h` and that someone is acting;
 * SAG_EADGANG naming the field (/bruger or /rolle) otherwise. Every use case calls this
 * first. */
enum sag_status sag__tj_adgang(const struct sag_tj *k, enum sag_handling h,
                               struct sag_diag *d);

/* Is case `t` within the context's scope (team, the citizen's own case,
 * the insurer's case)? SAG_EADGANG naming /sag_id otherwise. */
enum sag_status sag__tj_omfang(const struct sag_tj *k,
                               const struct sag_tilstand *t,
                               struct sag_diag *d);

/* What a citizen (borger) is told of a case number, or a letter, that is
 * not theirs — the same whether it exists or not (no existence oracle). */
#define SAG_TJ_IKKE_DIN_SAG                                                    \
    "Vi har ingen sag med det nummer, som handler om dig."
#define SAG_TJ_IKKE_DIT_BREV                                                   \
    "Vi har intet brev med det nummer, som handler om dig."

/* The case's state (replayed), checked against the scope. For a citizen,
 * a case outside the scope and a case that does not exist are both
 * SAG_ENOTFOUND (/sag_id, SAG_TJ_IKKE_DIN_SAG). */
enum sag_status sag__tj_tilstand(const struct sag_tj *k, const char *sag_id,
                                 struct sag_tilstand *t, struct sag_diag *d);

/* Is the context limited to some cases (team, citizen, insurer)? */
bool sag__tj_afgraenset(const struct sag_tj *k);

/* Who is acting, for the store's read log. */
struct sag_hvem sag__tj_hvem(const struct sag_tj *k);

/* "<sag_id>-<bogstav><n>": an id for the n-th decision or appeal of a
 * case. SAG_EINVAL (field /sag_id) if it does not fit. */
enum sag_status sag__tj_id(const char *sag_id, char bogstav, size_t n,
                           char ud[SAG_ID_MAX], struct sag_diag *d);

/* Commit if `st` is SAG_OK, else roll back; returns the final status. */
enum sag_status sag__tj_afslut(const struct sag_tj *k, enum sag_status st,
                               struct sag_diag *d);

/* A document's type read from its bytes (PDF, PNG, JPEG); NULL for any
 * other. */
const char *sag__tj_dokumenttype(const unsigned char *b, size_t n);

/* Store the awards of a loss decision with the supersession of earlier
 * ones, inside the caller's transaction (src/tjeneste/ydelser.c). An
 * overlap is SAG_ECONFLICT (/ydelser) and the decision is refused. */
enum sag_status sag__tj_gem_ydelser(const struct sag_tj *k,
                                    const struct sag_tilstand *t,
                                    const char *afgoerelse_id,
                                    const struct sag_beregning_input *in,
                                    const struct sag_beregning *b, bool har_til,
                                    struct sag_dato til, struct sag_diag *d);

/* A mén decision's award (ASL § 18; Q-69), inside the caller's
 * transaction (src/tjeneste/ydelser.c). */
enum sag_status sag__tj_gem_men(const struct sag_tj *k,
                                const struct sag_tilstand *t,
                                const char *afgoerelse_id, int men_pct,
                                struct sag_dato dato, struct sag_diag *d);

/* verificer's check of the awards (issue 16, item 2): every case's
 * awards derived again from its stored decisions with the loaded rate
 * tables, no writes, and compared row by row with the stored ones.
 * SAG_ECONFLICT (/ydelser) naming the case, the award and the field at the
 * first difference; SAG_EMISSING (/satser) without rate tables when any
 * case has awards or decisions that grant money (src/tjeneste/ydelser.c). */
enum sag_status sag__tj_kontroller_ydelser(const struct sag_tj *k,
                                           struct sag_diag *d);

/* A death (SAG_H_DOEDSFALD) on `t`: end the running awards of the case
 * and its earlier generations after the month of death, inside the
 * caller's transaction (src/tjeneste/ydelser.c; guidance 2.16, Q-62). */
enum sag_status sag__tj_ophoer_ved_doed(const struct sag_tj *k,
                                        const struct sag_tilstand *t,
                                        struct sag_dato doedsdato,
                                        struct sag_diag *d);

/* Names and ids without control characters; free text (`fritekst`) may
 * break lines. SAG_EINVAL naming `felt` otherwise. */
enum sag_status sag__tj_tekst(const char *s, bool fritekst, const char *felt,
                              struct sag_diag *d);

/* A date within 1.1.1900–31.12.2199; SAG_EINVAL naming `felt` otherwise. */
enum sag_status sag__tj_rimelig_dato(struct sag_dato dato, const char *felt,
                                     struct sag_diag *d);

/* Every text and date of an event a caller hands in: no control
 * characters in names and ids, no implausible dates. */
enum sag_status sag__tj_haendelse_tjek(const struct sag_haendelse *h,
                                       struct sag_diag *d);

/* `s` with every CPR-shaped number (DDMMÅÅ-NNNN, or ten digits whose
 * first six are a date by CPR-kontoret's rule) masked as
 * sag_cpr_maskeret does (DDMMÅÅ-XXXX); a copy in `a` if anything was
 * masked, `s` itself if not, NULL when out of memory. For free text shown
 * to a role that sees masked numbers (issue 16, item 6). */
const char *sag__tj_masker_cpr(struct sag_arena *a, const char *s);

/* The report cache's entries (rapportcache.c). A period's figures are
 * kept with the snapshot they were computed from (`f`, sag__tj_fakta) and
 * copied out only for that snapshot (false: none for it). prognose_aar
 * -1 on the way out: with or without a prognosis (`aaret` then unused). */
struct sag__tj_fakta;
bool sag__tj_cache_hent_rapport(struct sag_tj_rapportcache *c,
                                const struct sag__tj_fakta *f,
                                struct sag_dato fra, struct sag_dato til,
                                struct sag_dato pr, int prognose_aar,
                                struct sag_pf_rapport *ud,
                                struct sag_pf_rapport *aaret);
void sag__tj_cache_gem_rapport(struct sag_tj_rapportcache *c,
                               const struct sag__tj_fakta *f,
                               struct sag_dato fra, struct sag_dato til,
                               struct sag_dato pr, int prognose_aar,
                               const struct sag_pf_rapport *r,
                               const struct sag_pf_rapport *aaret);
/* The open cases per team: a fresh entry (false: none, or too old). */
bool sag__tj_cache_hent_teamtal(struct sag_tj_rapportcache *c,
                                struct sag_dato idag,
                                struct sag_tj_teamtal *ud);
void sag__tj_cache_gem_teamtal(struct sag_tj_rapportcache *c,
                               struct sag_dato idag,
                               const struct sag_tj_teamtal *t);

/* The report's facts as loaded (sag_store_portefolje), shared: the
 * server's report cache keeps the newest as a snapshot, from which any
 * period's, team's or figure's facts are computed without reading the
 * store again. Reference-counted under the cache's lock, so the refresh
 * thread can replace the snapshot while requests still read the old one;
 * the facts are never changed once loaded. */
struct sag__tj_fakta {
    struct sag_arena a;
    struct sag_pf_data data;
    long ref;          /* the cache's reference and each reader's */
    long long alder0;  /* CLOCK_MONOTONIC seconds when loaded */
    long long opgjort; /* Unix seconds when loaded */
    unsigned long gen; /* the cache's count of snapshots when it became
                          one (0: never in a cache) */
};

/* The snapshot with a reference for the caller, if the cache has one
 * younger than its maximum age; NULL if not. */
struct sag__tj_fakta *sag__tj_cache_hent_fakta(struct sag_tj_rapportcache *c);
/* Make `f` (just loaded, one reference: the caller's, which the cache
 * takes over) the snapshot, dropping the cache's reference to the old. */
void sag__tj_cache_gem_fakta(struct sag_tj_rapportcache *c,
                             struct sag__tj_fakta *f);
/* Drop one reference (NULL-safe); the last frees the facts. `c` NULL: `f`
 * was never shared. */
void sag__tj_fakta_slip(struct sag_tj_rapportcache *c, struct sag__tj_fakta *f);

/* The board's figures of every team for one period (the report cache's
 * entry for sag_tj_portefolje_teams), in team order. */
struct sag__tj_teamrapporter {
    size_t n;
    char navn[SAG_TJ_MAKS_TEAMS][64];
    struct sag_pf_rapport r[SAG_TJ_MAKS_TEAMS];
};
bool sag__tj_cache_hent_teamrapporter(struct sag_tj_rapportcache *c,
                                      const struct sag__tj_fakta *f,
                                      struct sag_dato fra, struct sag_dato til,
                                      struct sag_dato pr,
                                      struct sag__tj_teamrapporter *ud);
void sag__tj_cache_gem_teamrapporter(struct sag_tj_rapportcache *c,
                                     const struct sag__tj_fakta *f,
                                     struct sag_dato fra, struct sag_dato til,
                                     struct sag_dato pr,
                                     const struct sag__tj_teamrapporter *t);

#endif /* SAG_TJENESTE_INT_H */
