/*
 * Civil dates, Danish public holidays and business days.
 *
 * Dates are day numbers counted from 1970-01-01 in the proleptic Gregorian
 * calendar. The conversions use Howard Hinnant's public-domain algorithms
 * ("chrono-Compatible Low-Level Date Algorithms"), which work on whole
 * 400-year eras and are exact for every year we accept (1-9999). No time_t,
 * no time zone and no locale is involved anywhere, so a date means the same
 * on every machine.
 */
#include "skadesag/dato.h"

#include <stdio.h>
#include <string.h>

#include "../base/sag_assert.h"
#include "../base/banned.h"

/* Day numbers of 0001-01-01 and 9999-12-31, the supported range. */
#define DAG_MIN (-719162)
#define DAG_MAX 2932896

static const char *const maanedsnavne[12] = {
    "januar", "februar", "marts",     "april",   "maj",      "juni",
    "juli",   "august",  "september", "oktober", "november", "december"
};

bool
sag_dato_skudaar(int aar)
{
    return (aar % 4 == 0 && aar % 100 != 0) || aar % 400 == 0;
}

int
sag_dato_dage_i_maaned(int aar, int maaned)
{
    static const int dage[12] = {
        31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
    };

    SAG_ASSERT(maaned >= 1 && maaned <= 12);
    if (maaned == 2 && sag_dato_skudaar(aar))
        return 29;
    return dage[maaned - 1];
}

/* Hinnant's days_from_civil. Valid for any y, m in 1-12, d in 1-31. */
static int32_t
dage_fra_civil(int y, int m, int d)
{
    int era, yoe, doy, doe;

    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* Hinnant's civil_from_days. */
static void
civil_fra_dage(int32_t z, int *y, int *m, int *d)
{
    int era, doe, yoe, doy, mp, yy;

    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = z - era * 146097;
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    yy = yoe + era * 400;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = yy + (*m <= 2);
}

enum sag_status
sag_dato_fra_ymd(int aar, int maaned, int dag, struct sag_dato *out)
{
    if (aar < SAG_DATO_AAR_MIN || aar > SAG_DATO_AAR_MAX)
        return SAG_EINVAL;
    if (maaned < 1 || maaned > 12)
        return SAG_EINVAL;
    if (dag < 1 || dag > sag_dato_dage_i_maaned(aar, maaned))
        return SAG_EINVAL;
    out->dage = dage_fra_civil(aar, maaned, dag);
    return SAG_OK;
}

void
sag_dato_ymd(struct sag_dato d, int *aar, int *maaned, int *dag)
{
    int y, m, dd;

    civil_fra_dage(d.dage, &y, &m, &dd);
    if (aar)
        *aar = y;
    if (maaned)
        *maaned = m;
    if (dag)
        *dag = dd;
}

int
sag_dato_aar(struct sag_dato d)
{
    int y;

    sag_dato_ymd(d, &y, NULL, NULL);
    return y;
}

/* Read exactly n ASCII digits; -1 if any is not a digit. */
static int
cifre(const char *s, int n)
{
    int v = 0;

    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

enum sag_status
sag_dato_parse_iso(const char *s, size_t len, struct sag_dato *out)
{
    int y, m, d;

    if (s == NULL || len != 10 || s[4] != '-' || s[7] != '-')
        return SAG_EPARSE;
    y = cifre(s, 4);
    m = cifre(s + 5, 2);
    d = cifre(s + 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return SAG_EPARSE;
    return sag_dato_fra_ymd(y, m, d, out);
}

enum sag_status
sag_dato_parse_dk(const char *s, size_t len, struct sag_dato *out)
{
    int y, m, d;

    if (s == NULL || len != 10 || s[2] != '.' || s[5] != '.')
        return SAG_EPARSE;
    d = cifre(s, 2);
    m = cifre(s + 3, 2);
    y = cifre(s + 6, 4);
    if (y < 0 || m < 0 || d < 0)
        return SAG_EPARSE;
    return sag_dato_fra_ymd(y, m, d, out);
}

enum sag_status
sag_dato_parse(const char *s, size_t len, struct sag_dato *out)
{
    if (s != NULL && len == 10 && s[2] == '.')
        return sag_dato_parse_dk(s, len, out);
    return sag_dato_parse_iso(s, len, out);
}

/* "d.m.yyyy": one or two digits for the day and the month, four for the
 * year (1.2.2026, 01.02.2026, 1.02.2026). */
static enum sag_status
parse_dk_fri(const char *s, size_t len, struct sag_dato *out)
{
    int v[3] = { 0, 0, 0 };
    size_t i = 0;

    for (int felt = 0; felt < 3; felt++) {
        size_t start = i, maks = felt < 2 ? 2 : 4;

        while (i < len && s[i] >= '0' && s[i] <= '9' && i - start < maks)
            v[felt] = v[felt] * 10 + (s[i++] - '0');
        if (i == start || (felt == 2 && i - start != 4))
            return SAG_EPARSE;
        if (felt < 2 && (i >= len || s[i++] != '.'))
            return SAG_EPARSE;
    }
    if (i != len)
        return SAG_EPARSE;
    return sag_dato_fra_ymd(v[2], v[1], v[0], out);
}

enum sag_status
sag_dato_parse_tastet(const char *s, size_t len, struct sag_dato *out)
{
    if (s == NULL)
        return SAG_EPARSE;
    if (len == 10 && s[4] == '-')
        return sag_dato_parse_iso(s, len, out);
    return parse_dk_fri(s, len, out);
}

/* Write v (0-9999) as exactly n digits. No printf: dates are formatted in
 * every trace step, so this is on the hot path. */
static void
cifre_ud(char *p, int v, int n)
{
    for (int i = n - 1; i >= 0; i--) {
        p[i] = (char)('0' + v % 10);
        v /= 10;
    }
}

void
sag_dato_format_iso(struct sag_dato d, char out[SAG_DATO_ISO_LEN])
{
    int y, m, dd;

    sag_dato_ymd(d, &y, &m, &dd);
    cifre_ud(out, y, 4);
    out[4] = '-';
    cifre_ud(out + 5, m, 2);
    out[7] = '-';
    cifre_ud(out + 8, dd, 2);
    out[10] = '\0';
}

void
sag_dato_format_dk(struct sag_dato d, char out[SAG_DATO_DK_LEN])
{
    int y, m, dd;

    sag_dato_ymd(d, &y, &m, &dd);
    cifre_ud(out, dd, 2);
    out[2] = '.';
    cifre_ud(out + 3, m, 2);
    out[5] = '.';
    cifre_ud(out + 6, y, 4);
    out[10] = '\0';
}

void
sag_dato_format_lang(struct sag_dato d, char out[SAG_DATO_LANG_LEN])
{
    int y, m, dd;

    sag_dato_ymd(d, &y, &m, &dd);
    /* What "%d. %s %d" writes, without snprintf's set-up (which cost more
     * than the date's arithmetic; the trace writes several a decision) for
     * a four-digit year; snprintf for any other. */
    if (y >= 1000 && y <= 9999) {
        size_t n = 0, k = strlen(maanedsnavne[m - 1]);

        SAG_ASSERT(dd >= 1 && dd <= 31 && k + 10 < SAG_DATO_LANG_LEN);
        if (dd >= 10)
            out[n++] = (char)('0' + dd / 10);
        out[n++] = (char)('0' + dd % 10);
        out[n++] = '.';
        out[n++] = ' ';
        memcpy(out + n, maanedsnavne[m - 1], k);
        n += k;
        out[n++] = ' ';
        cifre_ud(out + n, y, 4);
        out[n + 4] = '\0';
        return;
    }
    (void)snprintf(out, SAG_DATO_LANG_LEN, "%d. %s %d", dd, maanedsnavne[m - 1],
                   y);
}

const char *
sag_dato_maanedsnavn(int maaned)
{
    if (maaned < 1 || maaned > 12)
        return NULL;
    return maanedsnavne[maaned - 1];
}

enum sag_status
sag_dato_plus_dage(struct sag_dato d, int32_t n, struct sag_dato *out)
{
    int64_t r = (int64_t)d.dage + n;

    if (r < DAG_MIN || r > DAG_MAX)
        return SAG_ERANGE;
    out->dage = (int32_t)r;
    return SAG_OK;
}

/*
 * Month arithmetic on (year, month) first, then the day. Adding months is not
 * associative when the day is clamped (31.1 + 1 + 1 month is not 31.1 + 2
 * months), which is exactly why the caller must name the rule.
 */
enum sag_status
sag_dato_plus_maaneder(struct sag_dato d, int32_t n,
                       enum sag_maaned_regel regel, struct sag_dato *out)
{
    int y, m, dd, maxdag;
    int64_t mi;

    sag_dato_ymd(d, &y, &m, &dd);
    mi = (int64_t)y * 12 + (m - 1) + n;
    if (mi < (int64_t)SAG_DATO_AAR_MIN * 12 ||
        mi > (int64_t)SAG_DATO_AAR_MAX * 12 + 11)
        return SAG_ERANGE;
    y = (int)(mi / 12);
    m = (int)(mi % 12) + 1;
    maxdag = sag_dato_dage_i_maaned(y, m);
    if (dd > maxdag) {
        switch (regel) {
        case SAG_MAANED_STRENG: return SAG_EAMBIGUOUS;
        case SAG_MAANED_SIDSTE_DAG: dd = maxdag; break;
        case SAG_MAANED_FOERSTE_EFTER:
            if (m == 12) {
                if (y == SAG_DATO_AAR_MAX)
                    return SAG_ERANGE;
                y++;
                m = 1;
            } else {
                m++;
            }
            dd = 1;
            break;
        default: return SAG_EINVAL;
        }
    }
    return sag_dato_fra_ymd(y, m, dd, out);
}

enum sag_status
sag_dato_plus_aar(struct sag_dato d, int32_t n, enum sag_maaned_regel regel,
                  struct sag_dato *out)
{
    if (n > 10000 || n < -10000)
        return SAG_ERANGE;
    return sag_dato_plus_maaneder(d, n * 12, regel, out);
}

struct sag_dato
sag_dato_foerste_i_maaned(struct sag_dato d)
{
    int y, m, dd;

    sag_dato_ymd(d, &y, &m, &dd);
    return (struct sag_dato){ d.dage - (dd - 1) };
}

struct sag_dato
sag_dato_sidste_i_maaned(struct sag_dato d)
{
    int y, m, dd;

    sag_dato_ymd(d, &y, &m, &dd);
    return (struct sag_dato){ d.dage + (sag_dato_dage_i_maaned(y, m) - dd) };
}

int
sag_dato_ugedag(struct sag_dato d)
{
    /* 1970-01-01 was a Thursday (ISO 4). Floor modulo for negative days. */
    int r = (int)((d.dage % 7 + 7 + 3) % 7);

    return r + 1;
}

/*
 * Whole months from `foedt` to `paa`: the calendar difference, less one if
 * this month's anniversary has not been reached. An anniversary on a day the
 * month lacks (the 31st, 29 February) falls on the 1st of the next month
 * under SAG_MAANED_FOERSTE_EFTER — so it is not reached within the month —
 * and on the month's last day under SAG_MAANED_SIDSTE_DAG.
 */
static enum sag_status
hele_maaneder(struct sag_dato foedt, struct sag_dato paa,
              enum sag_maaned_regel regel, int *ud)
{
    int fy, fm, fd, py, pm, pd, k, dim;
    bool naaet;

    if (regel != SAG_MAANED_SIDSTE_DAG && regel != SAG_MAANED_FOERSTE_EFTER)
        return SAG_EINVAL;
    if (paa.dage < foedt.dage)
        return SAG_EINVAL;
    sag_dato_ymd(foedt, &fy, &fm, &fd);
    sag_dato_ymd(paa, &py, &pm, &pd);
    k = (py - fy) * 12 + (pm - fm);
    dim = sag_dato_dage_i_maaned(py, pm);
    if (fd <= dim)
        naaet = pd >= fd;
    else
        naaet = regel == SAG_MAANED_SIDSTE_DAG && pd == dim;
    if (!naaet)
        k--;
    SAG_ASSERT(k >= 0);
    *ud = k;
    return SAG_OK;
}

enum sag_status
sag_dato_alder(struct sag_dato foedt, struct sag_dato paa,
               enum sag_maaned_regel regel, int *aar)
{
    int mdr;
    enum sag_status st = hele_maaneder(foedt, paa, regel, &mdr);

    if (st == SAG_OK)
        *aar = mdr / 12;
    return st;
}

enum sag_status
sag_dato_alder_maaneder(struct sag_dato foedt, struct sag_dato paa,
                        enum sag_maaned_regel regel, int *aar, int *maaneder)
{
    int mdr;
    enum sag_status st = hele_maaneder(foedt, paa, regel, &mdr);

    if (st == SAG_OK) {
        *aar = mdr / 12;
        *maaneder = mdr % 12;
    }
    return st;
}

/*
 * Easter Sunday by the anonymous Gregorian algorithm (Meeus, "Astronomical
 * Algorithms", ch. 8; also known as Meeus/Jones/Butcher). The Danish church
 * year and hence every movable helligdag follows it.
 */
struct sag_dato
sag_dato_paaskedag(int aar)
{
    int a = aar % 19, b = aar / 100, c = aar % 100;
    int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4, k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int maaned = (h + l - 7 * m + 114) / 31;
    int dag = (h + l - 7 * m + 114) % 31 + 1;

    return (struct sag_dato){ dage_fra_civil(aar, maaned, dag) };
}

/* The last year Store bededag was a helligdag. It was abolished from 2024 by
 * the act adopted by Folketinget on 28 February 2023. */
#define STORE_BEDEDAG_SIDSTE_AAR 2023

enum sag_status
sag_helligdage(int aar, struct sag_helligdag out[SAG_HELLIGDAGE_MAX],
               size_t *antal)
{
    struct sag_dato p;
    size_t n = 0;

    if (aar < SAG_DATO_AAR_MIN || aar > SAG_DATO_AAR_MAX)
        return SAG_ERANGE;
    p = sag_dato_paaskedag(aar);

    /* Helligdagsloven: the fixed days and those that follow Easter. */
    out[n++] =
        (struct sag_helligdag){ { dage_fra_civil(aar, 1, 1) }, "Nytårsdag" };
    out[n++] = (struct sag_helligdag){ { p.dage - 3 }, "Skærtorsdag" };
    out[n++] = (struct sag_helligdag){ { p.dage - 2 }, "Langfredag" };
    out[n++] = (struct sag_helligdag){ p, "Påskedag" };
    out[n++] = (struct sag_helligdag){ { p.dage + 1 }, "2. påskedag" };
    if (aar <= STORE_BEDEDAG_SIDSTE_AAR)
        out[n++] = (struct sag_helligdag){ { p.dage + 26 }, "Store bededag" };
    out[n++] =
        (struct sag_helligdag){ { p.dage + 39 }, "Kristi himmelfartsdag" };
    out[n++] = (struct sag_helligdag){ { p.dage + 49 }, "Pinsedag" };
    out[n++] = (struct sag_helligdag){ { p.dage + 50 }, "2. pinsedag" };
    out[n++] =
        (struct sag_helligdag){ { dage_fra_civil(aar, 12, 25) }, "Juledag" };
    out[n++] =
        (struct sag_helligdag){ { dage_fra_civil(aar, 12, 26) }, "2. juledag" };
    SAG_ASSERT(n <= SAG_HELLIGDAGE_MAX);
    *antal = n;
    return SAG_OK;
}

struct sag_kalender
sag_kalender_standard(void)
{
    return (struct sag_kalender){ SAG_LUKKET_WEEKEND | SAG_LUKKET_HELLIGDAGE,
                                  NULL, 0 };
}

/* Is d a helligdag? Checks the offsets from Easter without building a list,
 * because this runs for every day of every deadline computation. */
static bool
er_helligdag(struct sag_dato d)
{
    int y, m, dd;
    int32_t off;

    sag_dato_ymd(d, &y, &m, &dd);
    if ((m == 1 && dd == 1) || (m == 12 && (dd == 25 || dd == 26)))
        return true;
    if (m < 3 || m > 6)
        return false;
    off = d.dage - sag_dato_paaskedag(y).dage;
    switch (off) {
    case -3:
    case -2:
    case 0:
    case 1:
    case 39:
    case 49:
    case 50: return true;
    case 26: return y <= STORE_BEDEDAG_SIDSTE_AAR;
    default: return false;
    }
}

bool
sag_kalender_lukket(const struct sag_kalender *k, struct sag_dato d)
{
    int m, dd;

    if ((k->lukket & SAG_LUKKET_WEEKEND) && sag_dato_ugedag(d) >= 6)
        return true;
    if ((k->lukket & SAG_LUKKET_HELLIGDAGE) && er_helligdag(d))
        return true;
    if (k->lukket & (SAG_LUKKET_GRUNDLOVSDAG | SAG_LUKKET_JULEAFTEN |
                     SAG_LUKKET_NYTAARSAFTEN)) {
        sag_dato_ymd(d, NULL, &m, &dd);
        if ((k->lukket & SAG_LUKKET_GRUNDLOVSDAG) && m == 6 && dd == 5)
            return true;
        if ((k->lukket & SAG_LUKKET_JULEAFTEN) && m == 12 && dd == 24)
            return true;
        if ((k->lukket & SAG_LUKKET_NYTAARSAFTEN) && m == 12 && dd == 31)
            return true;
    }
    for (size_t i = 0; i < k->antal_ekstra; i++)
        if (k->ekstra[i].dage == d.dage)
            return true;
    return false;
}

/* Step one day at a time in direction `retning` until an open day. A
 * calendar that closes every day would loop, so the walk is bounded: no
 * real calendar has 60 closed days in a row. */
static enum sag_status
gaa_til_aaben(const struct sag_kalender *k, struct sag_dato d, int retning,
              struct sag_dato *out)
{
    for (int i = 0; i < 60; i++) {
        if (!sag_kalender_lukket(k, d)) {
            *out = d;
            return SAG_OK;
        }
        if (sag_dato_plus_dage(d, retning, &d) != SAG_OK)
            return SAG_ERANGE;
    }
    return SAG_EINVAL;
}

enum sag_status
sag_dato_arbejdsdag_fra(const struct sag_kalender *k, struct sag_dato d,
                        struct sag_dato *out)
{
    return gaa_til_aaben(k, d, 1, out);
}

enum sag_status
sag_dato_naeste_arbejdsdag(const struct sag_kalender *k, struct sag_dato d,
                           struct sag_dato *out)
{
    if (sag_dato_plus_dage(d, 1, &d) != SAG_OK)
        return SAG_ERANGE;
    return gaa_til_aaben(k, d, 1, out);
}

enum sag_status
sag_dato_plus_arbejdsdage(const struct sag_kalender *k, struct sag_dato d,
                          int32_t n, struct sag_dato *out)
{
    int retning = n < 0 ? -1 : 1;
    int32_t rest = n < 0 ? -n : n;
    enum sag_status st;

    if (n == 0)
        return gaa_til_aaben(k, d, 1, out);
    if (rest > 100000)
        return SAG_ERANGE;
    while (rest > 0) {
        if (sag_dato_plus_dage(d, retning, &d) != SAG_OK)
            return SAG_ERANGE;
        st = gaa_til_aaben(k, d, retning, &d);
        if (st != SAG_OK)
            return st;
        rest--;
    }
    *out = d;
    return SAG_OK;
}
