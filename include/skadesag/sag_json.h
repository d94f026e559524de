/*
 * JSON for cases: events (their payload as stored and as entered), the
 * derived state, deadlines and tasks. Output is deterministic (fixed field
 * order), so an event's payload text is stable for the hash chain.
 */
#ifndef SAG_SAG_JSON_H
#define SAG_SAG_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include "skadesag/arena.h"
#include "skadesag/buf.h"
#include "skadesag/frister.h"
#include "skadesag/sag.h"
#include "skadesag/status.h"

/* The payload of an event (everything but type, date, who and why) as a
 * JSON object. */
void sag_haendelse_data_json(const struct sag_haendelse *h, struct sag_buf *ud);

/*
 * An event from its parts as stored: type name, ISO date, who, why and the
 * payload JSON. Strings are copied into `arena`. Errors name the field.
 */
enum sag_status
sag_haendelse_fra_dele(const char *type, const char *dato, const char *bruger,
                       const char *begrundelse, const char *data,
                       size_t datalen, struct sag_arena *arena,
                       struct sag_haendelse *h, struct sag_diag *diag);

/* An event from one JSON object {"type", "dato", "bruger", "begrundelse",
 * payload fields…} as entered by a user or an API. */
enum sag_status sag_haendelse_fra_json(const char *tekst, size_t len,
                                       struct sag_arena *arena,
                                       struct sag_haendelse *h,
                                       struct sag_diag *diag);

/* A new case from the JSON a user or an API gives: the "oprettet" payload
 * (sagstype, generation, dates, cpr, team, …) with optional "dato" (default
 * `idag`) and "begrundelse" (default "Sagen er modtaget"); "type" may be
 * left out. The defaults are set on the parsed object before the same
 * strict parse as sag_haendelse_fra_json. */
enum sag_status sag_opret_fra_json(const char *tekst, size_t len,
                                   struct sag_dato idag,
                                   struct sag_arena *arena,
                                   struct sag_haendelse *h,
                                   struct sag_diag *diag);

/* The state as JSON. The CPR number is shown in full only when `vis_cpr`,
 * otherwise masked (DDMMÅÅ-XXXX). */
void sag_tilstand_json(const struct sag_tilstand *t, bool vis_cpr,
                       struct sag_buf *ud);

void sag_frister_json(const struct sag_frist *f, size_t n, struct sag_buf *ud);
void sag_opgaver_json(const struct sag_opgave *o, size_t n, struct sag_buf *ud);

#endif /* SAG_SAG_JSON_H */
