/*
 * The monthly run's wire format (src/wire/udbetaling_json.c): the API's
 * request to run a month, and a run with its totals per payer and its
 * reconciliation as JSON (docs/api.yaml, "Udbetalingskoersel").
 */
#ifndef SAG_UDBETALING_JSON_H
#define SAG_UDBETALING_JSON_H

#include "skadesag/buf.h"
#include "skadesag/udbetaling.h"

/* {"maaned":"2026-01"[,"batch":N]}: unknown members are refused, naming
 * them; SAG_EMISSING / SAG_EINVAL "/maaned". */
enum sag_status sag_udb_bestilling_fra_json(const char *tekst, size_t len,
                                            struct sag_maaned *m, size_t *batch,
                                            struct sag_diag *d);

/* {"id":…,"maaned":"2026-01","status":…,"antal":…,"sum_oere":…,
 *  "betalere":[{"betaler":…,"betalertype":"aes"|"forsikring","antal":…,
 *  "sum_oere":…}],"bogfoert_oere":…,"afstemt":…,"allerede":…,
 *  "nye_ordrer":…, …} */
void sag_udb_resultat_json(const struct sag_udb_resultat *r, struct sag_buf *b);

/* [{"maaned":"2026-01","betalertype":…,"betaler":…,"antal":…,
 *   "sum_oere":…}, …] one line of the board's payments table. */
void sag_udb_total_json(const struct sag_udb_maanedstotal *t, bool foerste,
                        struct sag_buf *b);

/* A tax card to register: {"cpr":…,"gyldig_fra":"2026-01-01",
 * "traekprocent":37,"fradrag_oere":400000,"kilde":…,"kilde_dato":…};
 * unknown members refused, naming them; SAG_EMISSING / SAG_EINVAL naming
 * the field. */
enum sag_status sag_skattekort_fra_json(const char *tekst, size_t len,
                                        struct sag_skattekort_post *p,
                                        struct sag_diag *d);

/* One card as JSON (the same members, plus "bruger" and "registreret"). */
void sag_skattekort_json(const struct sag_skattekort_post *p, bool foerste,
                         struct sag_buf *b);

#endif /* SAG_UDBETALING_JSON_H */
