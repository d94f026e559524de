/*
 * A check that a citation (the `hjemmel` of a trace step or a deadline)
 * identifies its sources so that a jurist can find them without our
 * repository. Used by the golden-case runner on every trace step of every
 * case, and by the unit tests on the branches the golden cases do not reach.
 *
 * The rules:
 *   1. "ASL" only with an act number and date ("lov nr. 422 af 10. juni
 *      2003") or a retsinformation ELI address;
 *   2. a guidance ("vejledning", any case) only with its number and date
 *      ("VEJ nr. 9946 af 24. november 2014") in the same clause;
 *   3. a line reference "Lnnnn" (into our text copy of the guidance) only in
 *      a clause that names the guidance and, before it, a section ("afsnit
 *      2.6", "kapitel 3"); and the lines must lie in that section of the
 *      guidance (tests/unit/vejledning_afsnit.h);
 *   4. no line references into other documents of ours ("000:L554").
 * A clause is the text between semicolons.
 *
 * Header-only: static functions for the test programs that include it.
 */
#ifndef SAG_HJEMMEL_TJEK_H
#define SAG_HJEMMEL_TJEK_H

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "vejledning_afsnit.h"

static bool
hj__ciffer(char c)
{
    return c >= '0' && c <= '9';
}

static bool
hj__bogstav(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (unsigned char)c >= 0x80;
}

/* Digits at p; returns the position after them (p itself if none). */
static const char *
hj__tal(const char *p, long *v)
{
    *v = 0;
    while (hj__ciffer(*p)) {
        *v = *v * 10 + (*p - '0');
        p++;
    }
    return p;
}

/* "nr. <n> af <d>. <måned> <åååå>" somewhere in [s, e). */
static bool
hj__akt_id(const char *s, const char *e)
{
    static const char *const mdr[] = { "januar",  "februar",  "marts",
                                       "april",   "maj",      "juni",
                                       "juli",    "august",   "september",
                                       "oktober", "november", "december" };

    for (const char *p = s; p + 4 < e; p++) {
        const char *q;
        long v;

        if (strncmp(p, "nr. ", 4) != 0)
            continue;
        q = hj__tal(p + 4, &v);
        if (q == p + 4 || strncmp(q, " af ", 4) != 0)
            continue;
        q = hj__tal(q + 4, &v);
        if (v < 1 || v > 31 || strncmp(q, ". ", 2) != 0)
            continue;
        q += 2;
        for (size_t m = 0; m < 12; m++) {
            size_t n = strlen(mdr[m]);
            const char *r;

            if (strncmp(q, mdr[m], n) != 0 || q[n] != ' ')
                continue;
            r = hj__tal(q + n + 1, &v);
            if (r - (q + n + 1) == 4 && r <= e)
                return true;
        }
    }
    return false;
}

static const char *
hj__find(const char *s, const char *e, const char *naal)
{
    size_t n = strlen(naal);

    for (const char *p = s; p + n <= e; p++)
        if (strncmp(p, naal, n) == 0)
            return p;
    return NULL;
}

/* The guidance section a line of our text copy lies in ("" before 1). */
static const char *
hj__afsnit_for_linje(long linje)
{
    const char *a = "";

    for (size_t i = 0;
         i < sizeof(vejledning_afsnit) / sizeof(vejledning_afsnit[0]); i++) {
        if (vejledning_afsnit[i].linje > linje)
            break;
        a = vejledning_afsnit[i].afsnit;
    }
    return a;
}

/* Is section `del` (n characters) the section `hel` or one of its
 * subsections ("2.6" covers "2.6.3", not "2.60")? */
static bool
hj__indeholder(const char *del, size_t n, const char *hel)
{
    return strncmp(del, hel, n) == 0 && (hel[n] == '\0' || hel[n] == '.');
}

/* The last section number in [s, e) written after "afsnit ", "kapitel " or
 * "og " (as in "afsnit 2.8 og 2.6"): its start and length. */
static bool
hj__sidste_afsnit(const char *s, const char *e, const char **nr, size_t *n)
{
    static const char *const foer[] = { "afsnit ", "kapitel ", "og " };
    bool fundet = false;

    for (const char *p = s; p < e; p++) {
        for (size_t k = 0; k < 3; k++) {
            size_t m = strlen(foer[k]);
            const char *q = p + m;

            if (p + m >= e || strncmp(p, foer[k], m) != 0 ||
                (p > s && hj__bogstav(p[-1])) || !hj__ciffer(*q))
                continue;
            while (q < e && (hj__ciffer(*q) || (*q == '.' && hj__ciffer(q[1]))))
                q++;
            *nr = p + m;
            *n = (size_t)(q - (p + m));
            fundet = true;
        }
    }
    return fundet;
}

/* NULL if `h` passes, else why not (in `hvorfor`). */
static const char *
hjemmel_fejl(const char *h, char *hvorfor, size_t n)
{
    const char *e;

    if (h == NULL || h[0] == '\0') {
        (void)snprintf(hvorfor, n, "tom hjemmel");
        return hvorfor;
    }
    e = h + strlen(h);

    /* 1. ASL with its act number and date. */
    for (const char *p = h; (p = hj__find(p, e, "ASL")) != NULL; p += 3) {
        if ((p > h && hj__bogstav(p[-1])) || hj__bogstav(p[3]))
            continue;
        if (!hj__akt_id(h, e) &&
            hj__find(h, e, "retsinformation.dk/eli/") == NULL) {
            (void)snprintf(hvorfor, n,
                           "nævner ASL uden lovens nummer og dato: %s", h);
            return hvorfor;
        }
        break;
    }

    for (const char *k = h; k < e;) {
        const char *slut = strchr(k, ';');

        if (slut == NULL)
            slut = e;
        /* 2. A guidance with its number and date. */
        if ((hj__find(k, slut, "ejledning") != NULL) && !hj__akt_id(k, slut)) {
            (void)snprintf(hvorfor, n,
                           "nævner en vejledning uden nummer og dato: %.*s",
                           (int)(slut - k), k);
            return hvorfor;
        }
        /* 3 and 4. Line references. */
        for (const char *p = k; p < slut; p++) {
            const char *nr = "";
            size_t nl = 0;
            long a, b;
            const char *q;

            if (*p != 'L' || !hj__ciffer(p[1]) || (p > h && hj__bogstav(p[-1])))
                continue;
            if (p > h && p[-1] == ':') {
                (void)snprintf(hvorfor, n,
                               "linjehenvisning til et af vores egne "
                               "dokumenter: %.*s",
                               (int)(slut - k), k);
                return hvorfor;
            }
            if (hj__find(k, slut, "VEJ nr. 9946") == NULL ||
                !hj__sidste_afsnit(k, p, &nr, &nl)) {
                (void)snprintf(hvorfor, n,
                               "linjehenvisning uden vejledningens afsnit: "
                               "%.*s",
                               (int)(slut - k), k);
                return hvorfor;
            }
            q = hj__tal(p + 1, &a);
            b = a;
            if (*q == '-') {
                const char *r = q + 1;

                if (*r == 'L')
                    r++;
                (void)hj__tal(r, &b);
            }
            if (!hj__indeholder(nr, nl, hj__afsnit_for_linje(a)) ||
                !hj__indeholder(nr, nl, hj__afsnit_for_linje(b))) {
                (void)snprintf(hvorfor, n,
                               "L%ld-%ld ligger i vejledningens afsnit %s og "
                               "%s, ikke i det citerede %.*s: %s",
                               a, b, hj__afsnit_for_linje(a),
                               hj__afsnit_for_linje(b), (int)nl, nr, h);
                return hvorfor;
            }
        }
        k = slut < e ? slut + 1 : e;
    }
    return NULL;
}

#endif /* SAG_HJEMMEL_TJEK_H */
