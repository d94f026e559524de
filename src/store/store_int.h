/*
 * The storage port: what a database adapter implements. The case logic
 * (replay, transition checks, hash chain, projections, read log) lives once
 * in store.c on top of these primitives, so every adapter behaves the same
 * and passes the same contract tests.
 */
#ifndef SAG_STORE_INT_H
#define SAG_STORE_INT_H

#include "skadesag/fakta.h"
#include "skadesag/frister.h"
#include "skadesag/portefolje.h"
#include "skadesag/store.h"

struct sag__store_ops {
    void (*luk)(struct sag_store *s);
    enum sag_status (*begynd)(struct sag_store *s, struct sag_diag *d);
    enum sag_status (*bekraeft)(struct sag_store *s, struct sag_diag *d);
    void (*fortryd)(struct sag_store *s);

    /* Next value of a named counter (1, 2, …), inside the transaction. */
    enum sag_status (*taeller)(struct sag_store *s, const char *navn,
                               long long *ud, struct sag_diag *d);
    /* The last event of the whole log (seq 0 and "" when empty). */
    enum sag_status (*sidste)(struct sag_store *s, long long *seq,
                              char hash[65], struct sag_diag *d);
    /* A case's events in order; SAG_ENOTFOUND when the case has none. */
    enum sag_status (*haendelser)(struct sag_store *s, const char *sag_id,
                                  struct sag_arena *a,
                                  struct sag_haendelse_post **ud, size_t *n,
                                  struct sag_diag *d);
    /* Every event in seq order, for verification. */
    enum sag_status (*alle_haendelser)(
        struct sag_store *s,
        int (*cb)(void *ctx, const char *sag_id,
                  const struct sag_haendelse_post *p),
        void *ctx, struct sag_diag *d);
    enum sag_status (*indsaet)(struct sag_store *s, const char *sag_id,
                               const struct sag_haendelse_post *p,
                               struct sag_diag *d);
    /* Insert or update the case projection and replace its tasks.
     * `venter`: some task waits on others (shown in the case list). */
    enum sag_status (*projektion)(struct sag_store *s,
                                  const struct sag_tilstand *t, bool ny,
                                  const char *fristregime,
                                  const char *naeste_forfald, bool venter,
                                  long long sidste_seq,
                                  const struct sag_opgave *o, size_t n,
                                  struct sag_diag *d);
    enum sag_status (*laesning)(struct sag_store *s, const char *sag_id,
                                const struct sag_hvem *h, const char *grund,
                                const char *tid, struct sag_diag *d);
    enum sag_status (*laesninger)(struct sag_store *s, const char *sag_id,
                                  int (*cb)(void *ctx,
                                            const struct sag_laesning *l),
                                  void *ctx, struct sag_diag *d);
    enum sag_status (*gem_afgoerelse)(struct sag_store *s,
                                      const struct sag_afgoerelse_post *p,
                                      struct sag_diag *d);
    enum sag_status (*hent_afgoerelse)(struct sag_store *s, const char *id,
                                       struct sag_arena *a,
                                       struct sag_afgoerelse_post *ud,
                                       struct sag_diag *d);
    enum sag_status (*afgoerelser)(struct sag_store *s, const char *sag_id,
                                   struct sag_arena *a,
                                   struct sag_afgoerelse_post **ud, size_t *n,
                                   struct sag_diag *d);
    enum sag_status (*liste)(struct sag_store *s,
                             const struct sag_liste_filter *f,
                             int (*cb)(void *ctx,
                                       const struct sag_liste_post *p),
                             void *ctx, struct sag_diag *d);
    enum sag_status (*arbejdsliste)(struct sag_store *s, const char *team,
                                    const char *behandler, bool venter,
                                    size_t graense,
                                    int (*cb)(void *ctx,
                                              const struct sag_arbejdspost *p),
                                    void *ctx, struct sag_diag *d);
    /* Database-level integrity (e.g. PRAGMA integrity_check). */
    enum sag_status (*integritet)(struct sag_store *s, struct sag_diag *d);
    /* Replace the case's report facts: deadlines, decisions, appeals. */
    enum sag_status (*fakta)(struct sag_store *s, const struct sag_tilstand *t,
                             const struct sag_fakta_frist *fr, size_t nfr,
                             struct sag_diag *d);
    /* Named integers kept with the data (0 when absent). */
    enum sag_status (*meta_hent)(struct sag_store *s, const char *navn,
                                 long long *ud, struct sag_diag *d);
    enum sag_status (*meta_saet)(struct sag_store *s, const char *navn,
                                 long long v, struct sag_diag *d);
    /* All report facts (portefolje.h), in the arena. */
    enum sag_status (*portefolje)(struct sag_store *s, struct sag_arena *a,
                                  struct sag_pf_data *ud, struct sag_diag *d);
    /* Decisions made in [fra, til] (ISO dates), in id order. */
    enum sag_status (*afgoerelser_i_periode)(
        struct sag_store *s, const char *fra, const char *til,
        int (*cb)(void *ctx, const char *id, const char *sag_id,
                  const char *sagstype, const char *dato),
        void *ctx, struct sag_diag *d);
    /* Add a decision to the quality sample (nothing if already there);
     * `ny` tells whether it was added. */
    enum sag_status (*stikproeve)(struct sag_store *s, const char *afg_id,
                                  const char *sag_id, const char *sagstype,
                                  const char *dato, const char *fra,
                                  const char *til, long long seed,
                                  const char *tid, bool *ny,
                                  struct sag_diag *d);
    /* Record a verdict; SAG_ENOTFOUND if the decision is not in the
     * sample, SAG_ECONFLICT if it has a verdict. */
    enum sag_status (*vurdering)(struct sag_store *s, const char *afg_id,
                                 bool korrekt, const char *bruger,
                                 const char *begrundelse, const char *tid,
                                 struct sag_diag *d);
    /* The sample of [fra, til] counted by case type (portefolje.h). */
    enum sag_status (*kvalitet)(struct sag_store *s, const char *fra,
                                const char *til, struct sag_pf_kvalitet *ud,
                                struct sag_diag *d);
    /* The sampled decisions of [fra, til] with their verdicts. */
    enum sag_status (*kvalitet_liste)(
        struct sag_store *s, const char *fra, const char *til,
        int (*cb)(void *ctx, const struct sag_kvalitet_post *p), void *ctx,
        struct sag_diag *d);
    /* Every decision record of a phase, by id. */
    enum sag_status (*alle_afgoerelser)(
        struct sag_store *s, const char *fase,
        int (*cb)(void *ctx, const struct sag_afgoerelse_post *p), void *ctx,
        struct sag_diag *d);
    /* Every case id, in order. */
    enum sag_status (*sag_ider)(struct sag_store *s,
                                int (*cb)(void *ctx, const char *id), void *ctx,
                                struct sag_diag *d);
};

/* Common head of every adapter's handle. */
struct sag_store {
    const struct sag__store_ops *ops;
    void (*ur)(void *ctx, char ud[SAG_TID_LEN]);
    void *ur_ctx;
    int transaktioner; /* nesting depth of sag_store_begynd */
    bool afbrudt;      /* an inner level rolled back: the whole must */
};

/* After opening and migrating: rebuild the projections from the event log
 * if a migration asked for it (store.c). */
enum sag_status sag__store_efter_aabning(struct sag_store *s,
                                         struct sag_diag *d);

/* The system clock in UTC as "YYYY-MM-DDTHH:MM:SSZ". */
void sag__systemur(void *ctx, char ud[SAG_TID_LEN]);

#endif /* SAG_STORE_INT_H */
