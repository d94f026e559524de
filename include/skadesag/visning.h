/*
 * Presentation for people, in Danish, shared by the command line, the web
 * UI and the decision letters: the words for the stored codes, Danish
 * dates (31.12.2024) from ISO text, deadline statuses, and a decision with
 * its "Sådan har vi beregnet". Amounts and dates from the structs have
 * their own formatters (sag_penge_format_dk, sag_dato_format_dk). JSON
 * keeps the codes and ISO dates; this module is for reading.
 * Locale-independent and thread-safe.
 */
#ifndef SAG_VISNING_H
#define SAG_VISNING_H

#include "skadesag/beregning.h"
#include "skadesag/buf.h"
#include "skadesag/dato.h"
#include "skadesag/frister.h"
#include "skadesag/spor.h"

/* The Danish word for a stored code ("aaben" → "åben"); the code itself if
 * it reads well as is; "" for NULL. */
const char *sag_visning_ord(const char *kode);

/* An event type's name (sag_haendelsestype_navn) in words for a timeline
 * ("brev_dannet" → "brev dannet"); never a code with an underscore. */
const char *sag_visning_haendelse(const char *kode);

/* A legal basis as people read it: `hjemmel` in `ud` (n bytes, returned)
 * without the clauses that point at our own files or open questions
 * ("se docs/rules_map.md Q-14"), which are for developers; the act, its
 * section and the published sources stay. Truncated to fit. */
const char *sag_visning_hjemmel(const char *hjemmel, char *ud, size_t n);

/* "2024-12-31" as "31.12.2024" in `ud` (returned); "-" for NULL or empty;
 * other text returned unchanged. */
const char *sag_visning_dato(const char *iso, char ud[SAG_DATO_DK_LEN]);

/* A deadline's status in Danish (a lapsed appeal or reopening limit reads
 * "udløbet"). */
const char *sag_visning_friststatus(const struct sag_frist *f);

/* A decision in Danish: the result in brief, then "Sådan har vi beregnet"
 * with the numbered trace (if `spor` is active), then the checksum of the
 * rate tables. The citizen's text: no internal references
 * (sag_spor_dansk_borger). */
void sag_beregning_til_tekst(const struct sag_beregning *b,
                             const struct sag_spor *spor, struct sag_buf *ud);

/* The same for the caseworker: the trace with rule sources, parameters and
 * their provenance, open questions and source line references
 * (sag_spor_dansk). */
void sag_beregning_til_tekst_sagsbehandler(const struct sag_beregning *b,
                                           const struct sag_spor *spor,
                                           struct sag_buf *ud);

/* Awards (issue 14, ydelse.h) as a Danish timeline: kind, period or date,
 * base-level or fixed amount, payer and share, taxable or not, and the
 * supersession. */
struct sag_ydelse;
struct sag_ydelse_linje;
void sag_visning_ydelser(const struct sag_ydelse *y, size_t n,
                         struct sag_buf *ud);

/* An award's kind (enum sag_ydelse_art) in Danish ("løbende erstatning,
 * endelig", …). */
const char *sag_visning_ydelse_art(int art);

/* The ledger: per month and award what is due, paid and the difference,
 * with totals and what a difference means (back pay; an overpayment
 * claimed back only under ASL § 40 a). */
void sag_visning_ydelsesbog(const struct sag_ydelse_linje *l, size_t n,
                            struct sag_buf *ud);

#endif /* SAG_VISNING_H */
