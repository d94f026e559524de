/*
 * The wire formats of the application layer (tjeneste.h), shared by every
 * front end (the command line's --json, the HTTP API): the case folder,
 * the case list and worklist lines, and a case's export "skadesag-sag/1"
 * and its import. Output is deterministic (fixed member order); input is
 * strict and every error names the field by its JSON pointer.
 *
 * This layer sits above the application layer: it renders what a use case
 * returned and parses what a use case is asked; the use cases never call
 * it. Thread-safe with distinct arguments.
 */
#ifndef SAG_MAPPE_JSON_H
#define SAG_MAPPE_JSON_H

#include <stddef.h>

#include "skadesag/arena.h"
#include "skadesag/buf.h"
#include "skadesag/status.h"
#include "skadesag/store.h"
#include "skadesag/tjeneste.h"

/* The case folder: {"sag", "fristregime", "idag", "frister", "opgaver",
 * "haendelser"}. An event's payload is left out where the folder has none
 * (the CPR-bearing payload for roles that may not see it). */
void sag_mappe_json(const struct sag_tj_mappe *m, struct sag_buf *ud);

/* A JSON array written as its elements come (a case list can be long):
 * begynd writes "[", naeste the separator before each element, slut "]". */
struct sag_json_array {
    struct sag_buf *b;
    size_t antal;
};
void sag_json_array_begynd(struct sag_json_array *a, struct sag_buf *b);
void sag_json_array_naeste(struct sag_json_array *a);
void sag_json_array_slut(struct sag_json_array *a);

/* One line of the case list, as an object. */
void sag_liste_post_json(const struct sag_liste_post *p, struct sag_buf *ud);

/* The worklist: {"til_behandling": […], "venter_paa_andre": […]}, each line
 * {"sag_id", "art", "forfald", "tekst", "sagsbehandler", "overskredet"}. */
void sag_arbejdsliste_json(const struct sag_tj_arbejdsliste *l,
                           struct sag_buf *ud);

/* What a change answers: {"<noegle>": "<vaerdi>"} (a new case's "id", a
 * new generation's "ny_sag_id"), and a loss decision's {"afgoerelse_id",
 * "pct"}. */
void sag_svar_json(const char *noegle, const char *vaerdi, struct sag_buf *ud);
void sag_afgoerelse_svar_json(const struct sag_tj_afgoerelse_svar *s,
                              struct sag_buf *ud);

/* A case as "skadesag-sag/1": {"format", "id", "haendelser": [{"type",
 * "dato", "bruger", "begrundelse", "data"}], "afgoerelser": [{"id",
 * "fase", "dato", "input", "resultat", "satser_checksum",
 * "motor_version", "registreret"}]}. */
void sag_eksport_json(const struct sag_tj_mappe *m, struct sag_buf *ud);

/* Parse an export into an import request; everything it points to lives
 * in `arena`. SAG_EPARSE for malformed JSON, SAG_EINVAL naming the field
 * (/format, /haendelser, /afgoerelser, …) for a wrong shape. */
enum sag_status sag_eksport_fra_json(const char *tekst, size_t len,
                                     struct sag_arena *arena,
                                     struct sag_tj_import *ud,
                                     struct sag_diag *d);

/*
 * The API's requests, parsed strictly into the use cases' request structs:
 * an unknown member, a wrong type or a bad date is refused naming the field
 * (JSON pointer). Dates are "ÅÅÅÅ-MM-DD"; a missing "dato" is `idag`.
 * Strings live in `arena`.
 */

/* {"fase": "anerkendelse"|"men"|"erhvervsevnetab", "dato", "begrundelse",
 *  "resultat": "anerkendt"|"afvist", "pct", "beregning": {engine input},
 *  "revisionsdato"} */
enum sag_status sag_afgoerelse_fra_json(const char *tekst, size_t len,
                                        struct sag_dato idag,
                                        struct sag_arena *arena,
                                        struct sag_tj_afgoerelse *ud,
                                        struct sag_diag *d);

/* {"cpr"} or {"navn"} (one of them): a search by CPR number or by a
 * party's name (in a body, never in a URL). The value is borrowed from
 * `arena`; it is never echoed in `d`; the other is NULL. */
enum sag_status sag_soegning_fra_json(const char *tekst, size_t len,
                                      struct sag_arena *arena, const char **cpr,
                                      const char **navn, struct sag_diag *d);

/* {"id", "advarsler": ["sag … har samme tilskadekomne og skadedato", …]}:
 * a created case and the cases it may duplicate (no personal data). */
void sag_opret_svar_json(const char *id, const char (*dubletter)[SAG_ID_MAX],
                         size_t n, struct sag_buf *ud);

/* {"afgoerelse_id", "part", "dato", "begrundelse"} */
enum sag_status sag_klage_fra_json(const char *tekst, size_t len,
                                   struct sag_dato idag,
                                   struct sag_arena *arena,
                                   struct sag_tj_klage *ud, struct sag_diag *d);

/* {"udfald", "dato", "begrundelse", "send": true} (the appeal's id comes
 * from the path). */
enum sag_status sag_klageskridt_fra_json(const char *tekst, size_t len,
                                         struct sag_dato idag,
                                         struct sag_arena *arena,
                                         struct sag_tj_klageskridt *ud,
                                         bool *send, struct sag_diag *d);

/* {"dato", "begrundelse", "nye_oplysninger", "saerlige_grunde"} */
enum sag_status sag_ny_generation_fra_json(const char *tekst, size_t len,
                                           struct sag_dato idag,
                                           struct sag_arena *arena,
                                           struct sag_tj_ny_generation *ud,
                                           struct sag_diag *d);

/* {"korrekt": true|false, "begrundelse"} */
enum sag_status sag_vurdering_fra_json(const char *tekst, size_t len,
                                       struct sag_arena *arena, bool *korrekt,
                                       const char **begrundelse,
                                       struct sag_diag *d);

/* The answer to a decision: {"afgoerelse_id", "pct", "type"} and for a
 * loss decision "resultat" (the stored result with its trace, as JSON). */
void sag_afgoerelse_svar_fuld_json(const struct sag_tj_afgoerelse_svar *s,
                                   enum sag_fase fase, const char *resultat,
                                   struct sag_buf *ud);

/* The read log: [{"tidspunkt", "bruger", "rolle", "grund"}] written one
 * element at a time. */
void sag_laesning_json(const struct sag_laesning *l, struct sag_buf *ud);

/* A recomputation: {"afgoerelse_id", "identisk", "bytes", "satser_ved",
 * "satser_nu"}. */
void sag_genberegning_json(const struct sag_tj_genberegning *g,
                           struct sag_buf *ud);

/* A sampled decision of the quality review. */
void sag_kvalitet_post_json(const struct sag_kvalitet_post *p,
                            struct sag_buf *ud);

/* {"udtrukket", "i_alt"} of a quality draw. */
void sag_udtraek_svar_json(size_t udtrukket, size_t i_alt, struct sag_buf *ud);

/* The quality sample counted: {"fra", "til", "afgoerelser", "maal_promille",
 * "linjer": [{"sagstype", "udtrukket", "vurderet", "korrekt",
 * "andel_promille"}]}; line 0 is "i_alt". */
void sag_kvalitet_json(const struct sag_pf_kvalitet *q, struct sag_buf *ud);

/* {"ok": true, "haendelser": n} of a verification. */
void sag_verificering_json(long long haendelser, struct sag_buf *ud);

/* One touched decision of an impact run, and the totals. Amounts in øre. */
void sag_konsekvens_hr_json(const struct sag_afgoerelse_post *p,
                            const struct sag_konsekvens_hr2025 *r,
                            struct sag_buf *ud);
void sag_konsekvens_hr_sum_json(const struct sag_tj_konsekvens_hr *s,
                                struct sag_buf *ud);
void sag_konsekvens_fp_json(const struct sag_afgoerelse_post *p,
                            const struct sag_konsekvens_fp *r,
                            struct sag_buf *ud);
void sag_konsekvens_fp_sum_json(const struct sag_tj_konsekvens_fp *s,
                                struct sag_buf *ud);

/* {"fra", "til", "seed", "promille"} of a quality draw. */
enum sag_status sag_udtraek_fra_json(const char *tekst, size_t len,
                                     struct sag_dato *fra, struct sag_dato *til,
                                     unsigned long long *seed, int *promille,
                                     struct sag_diag *d);

/* {"bruger", "kodeord", "totp"} of a login. */
enum sag_status sag_login_fra_json(const char *tekst, size_t len,
                                   struct sag_arena *arena, const char **bruger,
                                   const char **kodeord, const char **totp,
                                   struct sag_diag *d);

/* Who is logged in: {"bruger", "rolle", "team", "csrf", "udloeber"} ("csrf"
 * and "udloeber" only when given: a session's, not an API token's). */
void sag_session_json(const char *bruger, const char *rolle, const char *team,
                      const char *csrf, long long udloeber, struct sag_buf *ud);

/* Letters (docs/breve.md). A request to produce one: {"type": …, "ref":
 * …} (ref optional); strings in `arena`. SAG_EPARSE, SAG_EINVAL for an
 * unknown field, SAG_EMISSING /type. */
enum sag_status sag_brev_bestilling_fra_json(const char *tekst, size_t len,
                                             struct sag_arena *arena,
                                             const char **type,
                                             const char **ref,
                                             struct sag_diag *d);
/* {"brev_id", "sha256"}. */
void sag_brev_svar_json(const struct sag_tj_brev_svar *s, struct sag_buf *ud);
/* {"id", "sag_id", "type", "dato", "afgoerelse_id", "bytes", "sha256",
 * "registreret"} (not the bytes). */
void sag_brev_post_json(const struct sag_brev_post *p, struct sag_buf *ud);

/* The amounts of a stored loss decision, read from its record's result
 * (the engine's output as stored): yearly, monthly and capital in øre;
 * each `har_` says the record carries it. */
struct sag_afgoerelse_beloeb {
    int64_t aarlig, maanedlig, kapital;
    bool har_aarlig, har_maanedlig, har_kapital;
};

/* false when `resultat` is not a JSON object. */
bool sag_afgoerelse_beloeb_fra_json(const char *resultat,
                                    struct sag_afgoerelse_beloeb *ud);

/* One award as the schedule below describes it: {"id", "afgoerelse_id",
 * "art", "fra", ...} (also the case folder's "ydelser"). */
void sag_ydelse_json(const struct sag_ydelse *y, struct sag_buf *ud);

/* The payment schedule of a case (issue 14): {"fra", "til", "ydelser":
 * [{"id", "afgoerelse_id", "art", "fra", "til"?, "daekket_til"?,
 * "beloeb_oere", "regulering", "niveau_aar"?, "betalertype", "betaler",
 * "andel", "skattepligtig", "erstattet_fra"?, "erstattet_af"?}],
 * "linjer": [{"maaned", "ydelse_id", "forfalden_oere", "betalt_oere",
 * "difference_oere"}], and the totals}. */
void sag_udbetalingsplan_json(const struct sag_tj_udbetalingsplan *u,
                              struct sag_buf *ud);

#endif /* SAG_MAPPE_JSON_H */
