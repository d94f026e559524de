/*
 * The facts of a case that portfolio reports count, derived from its state
 * (pure). The store keeps them as projections in the same transaction as
 * the events, so a report reads a few rows per case instead of replaying
 * the log.
 *
 * Case groups follow the AES reports' tables of processing times (reports
 * 000:L348-365, 001:L187-209): first-time work-injury cases without and
 * with loss of earning capacity, second-time cases (revision and
 * reopening), remittals, private cases on mén and on loss of earning
 * capacity; veteran cases are reported apart (000:L425-431).
 */
#ifndef SAG_FAKTA_H
#define SAG_FAKTA_H

#include <stdbool.h>
#include <stddef.h>

#include "skadesag/dato.h"
#include "skadesag/frister.h"
#include "skadesag/sag.h"

enum sag_gruppe {
    SAG_GRUPPE_FOERSTEGANG_UDEN_TAB = 1,
    SAG_GRUPPE_FOERSTEGANG_MED_TAB = 2,
    SAG_GRUPPE_ANDENGANG = 3,
    SAG_GRUPPE_HJEMVISNING = 4,
    SAG_GRUPPE_PRIVAT_MEN = 5,
    SAG_GRUPPE_PRIVAT_TAB = 6,
    SAG_GRUPPE_VETERAN = 7
};
#define SAG_ANTAL_GRUPPER 7

/* Code (ASCII, for storage and CSV) and the reports' Danish label. */
const char *sag_gruppe_navn(enum sag_gruppe g);
const char *sag_gruppe_tekst(enum sag_gruppe g);
/* The reverse of sag_gruppe_navn; 0 for an unknown code. */
int sag_navn_til_gruppe(const char *navn);
/* Work-injury cases ("A-sager": accidents and diseases). */
bool sag_gruppe_er_a_sag(enum sag_gruppe g);

/* The case's group now. A first-time work-injury case is "med
 * erhvervsevnetab" once a decision on the loss has been made (docs/
 * rules_map.md Q-18). */
enum sag_gruppe sag_gruppe(const struct sag_tilstand *t);

/* Where the processing-time clock starts: the notification for a disease,
 * the insurer's forwarding to AES for an accident (reports 001:L171-172);
 * the receipt for the other case types. */
struct sag_dato sag_startdato(const struct sag_tilstand *t);

/* One statutory deadline as the compliance figures count it (reports
 * 000:L554-595): its due date, whether and when it was met, and whether it
 * counts at all (old law: the 3/6-month deadline only for rejections). */
struct sag_fakta_frist {
    enum sag_fristart art; /* ANERKENDELSE or AFGOERELSE */
    bool esu;              /* the 2-year variant (Erhvervssygdomsudvalget) */
    struct sag_dato forfald;
    bool afgjort; /* done (on time or late) */
    struct sag_dato afgjort_dato;
    bool taeller; /* counts for compliance (not lapsed, not conditional) */
};

/* The case's statutory decision deadlines (0 to 2). */
size_t sag_fakta_frister(const struct sag_tilstand *t,
                         const struct sag_kalender *k,
                         struct sag_fakta_frist ud[2]);

#endif /* SAG_FAKTA_H */
