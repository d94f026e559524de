/*
 * The facts of a case that portfolio reports count, derived from its state
 * (pure). The store keeps them as projections in the same transaction as
 * the events, so a report reads a few rows per case instead of replaying
 * the log. The case group (sag_gruppe) is part of the case state and is
 * declared in sag.h.
 */
#ifndef SAG_FAKTA_H
#define SAG_FAKTA_H

#include <stdbool.h>
#include <stddef.h>

#include "skadesag/dato.h"
#include "skadesag/frister.h"
#include "skadesag/sag.h"

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
