/*
 * Payment orders of the monthly run (issue 14 item 5, docs/udbetaling.md
 * "Den månedlige kørsel"): the files a run's orders are sent as.
 *
 *   - sag_pain001_skriv(): the transfers AES makes itself (occupational
 *     diseases, ASL § 48, stk. 4) as one ISO 20022 Customer Credit Transfer
 *     Initiation, pain.001.001.03, written with libxml2's text writer
 *     (streaming: a million transfers need no tree in memory). The tests
 *     validate it against the official XSD with xmllint.
 *   - sag_instruks_csv() / sag_instruks_json(): a plain instruction to one
 *     insurer, which pays accidents on AES's decision (ASL § 48, stk. 1).
 *
 * The recipient is the injured person's NemKonto, which the payer does not
 * know as an account number: the order names the person by CPR number as
 * the NemKonto key (lov om offentlige betalinger m.v. § 1; Q-48). These
 * files therefore carry personal data and go only to the payer's bank or
 * the insurer, never to a log.
 */
#ifndef SAG_BETALINGSORDRE_H
#define SAG_BETALINGSORDRE_H

#include <stddef.h>

#include "skadesag/buf.h"
#include "skadesag/dato.h"
#include "skadesag/penge.h"
#include "skadesag/status.h"

/* One payment order: one award's payment for one month. */
struct sag_ordre {
    const char *ydelse_id; /* the award; with the month the unique key */
    const char *sag_id;
    int aar, maaned;
    struct sag_penge beloeb; /* > 0 (a non-positive net is not sent) */
    const char *betaler;     /* "AES" or the insurer's name */
    const char *cpr;         /* the recipient's NemKonto key */
    /* The A-skat withheld (AES's taxable payments; 0 otherwise) and the
     * tax card's allowance the order used (skat.h, migration 015). beloeb
     * is gross; the transfer is beloeb − a_skat. */
    struct sag_penge a_skat;
    struct sag_penge fradrag;
};

/* The group header and payment information of a pain.001 file. */
struct sag_pain001_hoved {
    const char *meddelelse_id;  /* MsgId and PmtInfId, at most 35 chars */
    const char *oprettet;       /* CreDtTm, "YYYY-MM-DDTHH:MM:SS" */
    const char *afsender_navn;  /* Dbtr/InitgPty: AES */
    const char *afsender_iban;  /* DbtrAcct (Q-49: configured) */
    const char *afsender_bic;   /* DbtrAgt; NULL or "" leaves it empty */
    struct sag_dato udfoerelse; /* ReqdExctnDt */
};

/*
 * Write `n` orders as one pain.001.001.03 document (one PmtInf, method
 * TRF, currency DKK) to `ud`. Each transfer is the order's net amount
 * (beloeb − a_skat: the A-skat withheld goes to the tax authority, not to
 * the person). The control sum is the exact sum in øre written as kroner
 * with two decimals. SAG_EINVAL (naming the field) for an id over 35
 * characters, a net amount that is not positive, or no orders;
 * SAG_EIO if libxml2 fails.
 */
enum sag_status sag_pain001_skriv(const struct sag_pain001_hoved *h,
                                  const struct sag_ordre *o, size_t n,
                                  struct sag_buf *ud, struct sag_diag *d);

/* The insurer's instruction as CSV (header line, then one line per order:
 * ydelse_id;sag_id;maaned;beloeb_oere;beloeb_kr;modtager_cpr), and as
 * JSON {"format":"skadesag-udbetalingsinstruks/1","koersel":…,
 * "betaler":…,"antal":…,"sum_oere":…,"ordrer":[…]}. */
void sag_instruks_csv(const struct sag_ordre *o, size_t n, struct sag_buf *ud);
void sag_instruks_json(const char *koersel_id, const char *betaler,
                       const struct sag_ordre *o, size_t n, struct sag_buf *ud);

/* An amount in øre as "1234.56" (the files' decimal form, a dot, no
 * thousands separator; negative with a leading minus). */
void sag_ordre_beloeb(struct sag_penge p, char ud[32]);

#endif /* SAG_BETALINGSORDRE_H */
