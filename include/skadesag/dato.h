/*
 * Civil dates (proleptic Gregorian calendar) without time_t or time zones,
 * Danish public holidays and business-day arithmetic.
 *
 * A date is the number of days since 1970-01-01, so comparing and
 * subtracting dates is integer arithmetic. Supported years: 1–9999.
 * Every function here is pure and thread-safe.
 */
#ifndef SAG_DATO_H
#define SAG_DATO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "skadesag/status.h"

struct sag_dato {
    int32_t dage; /* days since 1970-01-01 */
};

#define SAG_DATO_AAR_MIN 1
#define SAG_DATO_AAR_MAX 9999

/*
 * A date written as year, month, day, computed by the preprocessor and the
 * compiler, so that legal dates can be named once in readable form
 * (include/skadesag/lov.h) and compared without a function call:
 * SAG_DATO(2024, 7, 1).dage is 19905. The arguments must be constants of an
 * existing date in years 1–9999; nothing is validated here — a unit test
 * compares the macro with sag_dato_fra_ymd() for every day it is used on.
 * The arithmetic is Howard Hinnant's days_from_civil with the year starting
 * in March, so the leap day is the last day of the year.
 */
#define SAG__DATO_AAR_MARTS(aar, maaned) ((aar) - ((maaned) <= 2))
#define SAG__DATO_AAR_I_ERA(aar, maaned)                                       \
    (SAG__DATO_AAR_MARTS(aar, maaned) % 400)
#define SAG__DATO_DAG_I_AAR(maaned, dag)                                       \
    ((153 * ((maaned) + ((maaned) > 2 ? -3 : 9)) + 2) / 5 + (dag)-1)
#define SAG_DATO_DAGE(aar, maaned, dag)                                        \
    (SAG__DATO_AAR_MARTS(aar, maaned) / 400 * 146097 +                         \
     SAG__DATO_AAR_I_ERA(aar, maaned) * 365 +                                  \
     SAG__DATO_AAR_I_ERA(aar, maaned) / 4 -                                    \
     SAG__DATO_AAR_I_ERA(aar, maaned) / 100 +                                  \
     SAG__DATO_DAG_I_AAR(maaned, dag) - 719468)
#define SAG_DATO(aar, maaned, dag)                                             \
    ((struct sag_dato){ SAG_DATO_DAGE(aar, maaned, dag) })

_Static_assert(SAG_DATO_DAGE(1970, 1, 1) == 0, "the epoch is day 0");

/* Buffer sizes for the formatters, NUL included. */
#define SAG_DATO_ISO_LEN 11  /* "2024-12-31" */
#define SAG_DATO_DK_LEN 11   /* "31.12.2024" */
#define SAG_DATO_LANG_LEN 24 /* "31. september 2024" */

/* Build a date from year, month (1-12), day. SAG_EINVAL if it does not exist
 * (2023-02-29) or the year is outside 1–9999. */
enum sag_status sag_dato_fra_ymd(int aar, int maaned, int dag,
                                 struct sag_dato *out);

/* Split a date into year, month and day (any out-pointer may be NULL). */
void sag_dato_ymd(struct sag_dato d, int *aar, int *maaned, int *dag);

int sag_dato_aar(struct sag_dato d);

/* Strictly "YYYY-MM-DD" (exactly 10 characters, must exist). SAG_EPARSE for
 * bad syntax, SAG_EINVAL for a non-existent day. `len` is the string length
 * (need not be NUL-terminated). */
enum sag_status sag_dato_parse_iso(const char *s, size_t len,
                                   struct sag_dato *out);

/* Strictly "DD.MM.YYYY". */
enum sag_status sag_dato_parse_dk(const char *s, size_t len,
                                  struct sag_dato *out);

/* A date as a user types it: "31.12.2024" (as every screen prints it) or
 * "2024-12-31". The one parser for input from people (issue 10, item 5). */
enum sag_status sag_dato_parse(const char *s, size_t len, struct sag_dato *out);

/* A date typed into a form of the web UI: "2024-12-31", or day, month and
 * year with points, the day and the month with or without a leading zero
 * ("31.12.2024", "1.2.2026"). The year has four digits. SAG_EPARSE for bad
 * syntax, SAG_EINVAL for a day that does not exist. Pure, thread-safe. */
enum sag_status sag_dato_parse_tastet(const char *s, size_t len,
                                      struct sag_dato *out);

/* Formatters write a NUL-terminated string into a caller buffer of at least
 * the *_LEN size. */
void sag_dato_format_iso(struct sag_dato d, char out[SAG_DATO_ISO_LEN]);
void sag_dato_format_dk(struct sag_dato d, char out[SAG_DATO_DK_LEN]);
void sag_dato_format_lang(struct sag_dato d, char out[SAG_DATO_LANG_LEN]);

/* Danish month name, 1 = "januar". NULL outside 1-12. */
const char *sag_dato_maanedsnavn(int maaned);

static inline int
sag_dato_cmp(struct sag_dato a, struct sag_dato b)
{
    return (a.dage > b.dage) - (a.dage < b.dage);
}

static inline struct sag_dato
sag_dato_max(struct sag_dato a, struct sag_dato b)
{
    return a.dage >= b.dage ? a : b;
}

static inline struct sag_dato
sag_dato_min(struct sag_dato a, struct sag_dato b)
{
    return a.dage <= b.dage ? a : b;
}

/* Days from a to b (b - a). */
static inline int32_t
sag_dato_forskel(struct sag_dato a, struct sag_dato b)
{
    return b.dage - a.dage;
}

/* d + n days; SAG_ERANGE if the result leaves years 1–9999. */
enum sag_status sag_dato_plus_dage(struct sag_dato d, int32_t n,
                                   struct sag_dato *out);

/*
 * What to do when month or year arithmetic lands on a day that does not exist
 * (31 January + 1 month, 29 February + 1 year). The caller must name the rule;
 * SAG_MAANED_STRENG refuses with SAG_EAMBIGUOUS.
 */
enum sag_maaned_regel {
    SAG_MAANED_STRENG = 0,       /* refuse an ambiguous result */
    SAG_MAANED_SIDSTE_DAG = 1,   /* use the last day of the month */
    SAG_MAANED_FOERSTE_EFTER = 2 /* use the first day of the next month */
};

enum sag_status sag_dato_plus_maaneder(struct sag_dato d, int32_t n,
                                       enum sag_maaned_regel regel,
                                       struct sag_dato *out);
enum sag_status sag_dato_plus_aar(struct sag_dato d, int32_t n,
                                  enum sag_maaned_regel regel,
                                  struct sag_dato *out);

/* First and last day of d's month; days in a month; leap year. */
struct sag_dato sag_dato_foerste_i_maaned(struct sag_dato d);
struct sag_dato sag_dato_sidste_i_maaned(struct sag_dato d);
int sag_dato_dage_i_maaned(int aar, int maaned);
bool sag_dato_skudaar(int aar);

/* ISO weekday: 1 = Monday ... 7 = Sunday. */
int sag_dato_ugedag(struct sag_dato d);

/*
 * Age on date `paa` of a person born `foedt`, in whole years and in
 * years + months. A birthday or monthly anniversary that falls on a day the
 * month lacks (29 February, the 31st) is reached by the `regel`:
 * SAG_MAANED_FOERSTE_EFTER (the following day; our default reading) or
 * SAG_MAANED_SIDSTE_DAG (the last day of the shorter month). SAG_EINVAL if
 * `paa` is before `foedt` or the rule is SAG_MAANED_STRENG.
 */
enum sag_status sag_dato_alder(struct sag_dato foedt, struct sag_dato paa,
                               enum sag_maaned_regel regel, int *aar);
enum sag_status sag_dato_alder_maaneder(struct sag_dato foedt,
                                        struct sag_dato paa,
                                        enum sag_maaned_regel regel, int *aar,
                                        int *maaneder);

/* Easter Sunday of a year (Gregorian computus). */
struct sag_dato sag_dato_paaskedag(int aar);

/* Danish public holidays (helligdage) of one year, in date order. */
struct sag_helligdag {
    struct sag_dato dato;
    const char *navn; /* static Danish name, e.g. "Store bededag" */
};

#define SAG_HELLIGDAGE_MAX 16

/* Fills out[] (room for SAG_HELLIGDAGE_MAX) and *antal. Store bededag is
 * included up to and including 2023 and not from 2024 (abolished by the act
 * of 28 February 2023). SAG_ERANGE outside years 1–9999. */
enum sag_status sag_helligdage(int aar,
                               struct sag_helligdag out[SAG_HELLIGDAGE_MAX],
                               size_t *antal);

/*
 * Which days are closed for deadlines and business-day arithmetic. Weekends
 * and helligdage are closed by default; Grundlovsdag, 24 and 31 December are
 * optional, and a caller may add its own closed dates (sorted or not).
 */
enum {
    SAG_LUKKET_WEEKEND = 1u << 0,
    SAG_LUKKET_HELLIGDAGE = 1u << 1,
    SAG_LUKKET_GRUNDLOVSDAG = 1u << 2,
    SAG_LUKKET_JULEAFTEN = 1u << 3,
    SAG_LUKKET_NYTAARSAFTEN = 1u << 4
};

struct sag_kalender {
    unsigned lukket;               /* SAG_LUKKET_* flags */
    const struct sag_dato *ekstra; /* extra closed dates, may be NULL */
    size_t antal_ekstra;
};

/* The default calendar: weekends and helligdage closed. */
struct sag_kalender sag_kalender_standard(void);

bool sag_kalender_lukket(const struct sag_kalender *k, struct sag_dato d);

/* d itself if open, else the next open day (a deadline that falls on a
 * closed day moves to the next business day). */
enum sag_status sag_dato_arbejdsdag_fra(const struct sag_kalender *k,
                                        struct sag_dato d,
                                        struct sag_dato *out);

/* The first open day strictly after d. */
enum sag_status sag_dato_naeste_arbejdsdag(const struct sag_kalender *k,
                                           struct sag_dato d,
                                           struct sag_dato *out);

/* The n-th open day after d (n > 0), before d (n < 0), or d moved forward to
 * an open day (n == 0). */
enum sag_status sag_dato_plus_arbejdsdage(const struct sag_kalender *k,
                                          struct sag_dato d, int32_t n,
                                          struct sag_dato *out);

#endif /* SAG_DATO_H */
