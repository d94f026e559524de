/*
 * Money in øre.
 *
 * All arithmetic is checked; products with fractions are formed exactly in
 * 128 bits and rounded once, by a rule the caller names. The roundings the
 * law prescribes have their own functions so that a trace step can say which
 * rule rounded what.
 */
#include "skadesag/penge.h"

#include <string.h>

#include "skadesag/lov.h"

#include "../base/ckd.h"
#include "../base/sag_assert.h"
#include "../base/banned.h"

enum sag_status
sag_penge_fra_kr(int64_t kr, struct sag_penge *out)
{
    int64_t o;

    if (sag_ckd_mul(&o, kr, 100))
        return SAG_EOVERFLOW;
    out->oere = o;
    return SAG_OK;
}

enum sag_status
sag_penge_add(struct sag_penge a, struct sag_penge b, struct sag_penge *out)
{
    int64_t o;

    if (sag_ckd_add(&o, a.oere, b.oere))
        return SAG_EOVERFLOW;
    out->oere = o;
    return SAG_OK;
}

enum sag_status
sag_penge_sub(struct sag_penge a, struct sag_penge b, struct sag_penge *out)
{
    int64_t o;

    if (sag_ckd_sub(&o, a.oere, b.oere))
        return SAG_EOVERFLOW;
    out->oere = o;
    return SAG_OK;
}

enum sag_status
sag_penge_gange_heltal(struct sag_penge a, int64_t n, struct sag_penge *out)
{
    int64_t o;

    if (sag_ckd_mul(&o, a.oere, n))
        return SAG_EOVERFLOW;
    out->oere = o;
    return SAG_OK;
}

enum sag_status
sag_penge_gange_broek(struct sag_penge a, struct sag_broek f,
                      enum sag_afrunding regel, struct sag_penge *out)
{
    sag_i128 t = (sag_i128)a.oere * f.taeller;
    sag_i128 n = f.naevner, q, r;
    int64_t o;

    if (n <= 0)
        return SAG_EINVAL;
    q = t / n;
    r = t % n;
    if (r != 0) {
        switch (regel) {
        case SAG_AFRUND_MOD_NUL: break;
        case SAG_AFRUND_NED:
            if (t < 0)
                q--;
            break;
        case SAG_AFRUND_OP:
            if (t > 0)
                q++;
            break;
        case SAG_AFRUND_HALV_OP:
            if (2 * (r < 0 ? -r : r) >= n)
                q += t < 0 ? -1 : 1;
            break;
        default: return SAG_EINVAL;
        }
    }
    if (sag_ckd_narrow(&o, q))
        return SAG_EOVERFLOW;
    out->oere = o;
    return SAG_OK;
}

struct sag_broek
sag_penge_som_broek_kr(struct sag_penge a)
{
    struct sag_broek b;

    /* a.oere / 100 always reduces into 64 bits. */
    enum sag_status st = sag_broek_ny(a.oere, 100, &b);

    SAG_ASSERT(st == SAG_OK);
    return b;
}

/* Round to a multiple of `enhed` øre by the given rule. */
static enum sag_status
afrund_enhed(struct sag_penge a, int64_t enhed, enum sag_afrunding regel,
             struct sag_penge *out)
{
    struct sag_broek b = { a.oere, enhed };
    int64_t n = sag_broek_afrund(b, regel), o;

    if (sag_ckd_mul(&o, n, enhed))
        return SAG_EOVERFLOW;
    out->oere = o;
    return SAG_OK;
}

enum sag_status
sag_penge_afrund_kr_halv_op(struct sag_penge a, struct sag_penge *out)
{
    return afrund_enhed(a, 100, SAG_AFRUND_HALV_OP, out);
}

enum sag_status
sag_penge_afrund_kr_ned(struct sag_penge a, struct sag_penge *out)
{
    return afrund_enhed(a, 100, SAG_AFRUND_NED, out);
}

enum sag_status
sag_penge_afrund_kr_op(struct sag_penge a, struct sag_penge *out)
{
    return afrund_enhed(a, 100, SAG_AFRUND_OP, out);
}

/* ASL § 25, stk. 5 (see penge.h): "forhøjes til nærmeste med 12 delelige
 * kronebeløb" — an increase, so the ceiling of the amount in units of 12 kr.
 * An amount with øre that is otherwise divisible (e.g. 12,50 kr.) is not
 * divisible by 12 kroner and therefore goes up too. */
enum sag_status
sag_penge_op_til_12_kr(struct sag_penge a, struct sag_penge *out)
{
    return afrund_enhed(a, SAG_LOV_DELELIG_KR * 100, SAG_AFRUND_OP, out);
}

/* ASL § 25, stk. 1, 2. pkt. */
enum sag_status
sag_penge_afrund_naermeste_500_kr(struct sag_penge a, struct sag_penge *out)
{
    return afrund_enhed(a, 50000, SAG_AFRUND_HALV_OP, out);
}

/* ASL § 25, stk. 1, 3. pkt. */
enum sag_status
sag_penge_afrund_naermeste_1000_kr(struct sag_penge a, struct sag_penge *out)
{
    return afrund_enhed(a, 100000, SAG_AFRUND_HALV_OP, out);
}

/* Accumulate digits s[i..j) into *v (kroner), checking overflow. */
static enum sag_status
laes_cifre(const char *s, size_t i, size_t j, int64_t *v)
{
    for (; i < j; i++) {
        if (s[i] < '0' || s[i] > '9')
            return SAG_EPARSE;
        if (sag_ckd_mul(v, *v, 10) || sag_ckd_add(v, *v, s[i] - '0'))
            return SAG_EOVERFLOW;
    }
    return SAG_OK;
}

enum sag_status
sag_penge_parse_kr(const char *s, size_t len, struct sag_penge *out)
{
    size_t i = 0, komma = len, heltal_slut, n_dec;
    size_t punktummer = 0, sidste_punktum = len;
    int neg = 0;
    int64_t kr = 0, oere = 0, total;
    enum sag_status st;

    if (s == NULL || len == 0)
        return SAG_EPARSE;
    if (s[0] == '-') {
        neg = 1;
        i = 1;
    }
    if (i >= len)
        return SAG_EPARSE;
    for (size_t k = i; k < len; k++) {
        if (s[k] == ',') {
            if (komma != len)
                return SAG_EPARSE;
            komma = k;
        } else if (s[k] == '.') {
            if (komma != len)
                return SAG_EPARSE; /* '.' after ',' */
            punktummer++;
            sidste_punktum = k;
        } else if (s[k] < '0' || s[k] > '9') {
            return SAG_EPARSE;
        }
    }

    if (komma == len && punktummer == 1 && len - sidste_punktum - 1 <= 2) {
        /* Machine form "1234.56": one '.', one or two decimals. */
        heltal_slut = sidste_punktum;
        if (heltal_slut == i || sidste_punktum + 1 == len)
            return SAG_EPARSE;
        if ((st = laes_cifre(s, i, heltal_slut, &kr)) != SAG_OK)
            return st;
        n_dec = len - sidste_punktum - 1;
        if ((st = laes_cifre(s, sidste_punktum + 1, len, &oere)) != SAG_OK)
            return st;
        if (n_dec == 1)
            oere *= 10;
    } else {
        /* Danish form: '.' only as thousands separators, ',' decimal. */
        size_t slut = komma;

        if (komma == len && punktummer == 1)
            return SAG_EAMBIGUOUS; /* "1.234": thousands or decimals? */
        if (slut == i)
            return SAG_EPARSE;
        if (punktummer > 0) {
            /* Groups: 1-3 leading digits, then exactly 3 per group. */
            size_t gruppe = 0, foerste = 1;

            for (size_t k = i; k < slut; k++) {
                if (s[k] == '.') {
                    if (gruppe == 0 || (foerste && gruppe > 3) ||
                        (!foerste && gruppe != 3))
                        return SAG_EPARSE;
                    foerste = 0;
                    gruppe = 0;
                } else {
                    gruppe++;
                }
            }
            if (gruppe != 3)
                return SAG_EPARSE;
        }
        for (size_t k = i; k < slut; k++) {
            if (s[k] == '.')
                continue;
            if ((st = laes_cifre(s, k, k + 1, &kr)) != SAG_OK)
                return st;
        }
        if (komma != len) {
            n_dec = len - komma - 1;
            if (n_dec == 0 || n_dec > 2)
                return SAG_EPARSE;
            if ((st = laes_cifre(s, komma + 1, len, &oere)) != SAG_OK)
                return st;
            if (n_dec == 1)
                oere *= 10;
        }
    }
    if (sag_ckd_mul(&total, kr, 100) || sag_ckd_add(&total, total, oere))
        return SAG_EOVERFLOW;
    out->oere = neg ? -total : total;
    return SAG_OK;
}

enum sag_status
sag_penge_parse_oere(const char *s, size_t len, struct sag_penge *out)
{
    size_t i = 0;
    int64_t v = 0;
    enum sag_status st;
    int neg = 0;

    if (s == NULL || len == 0)
        return SAG_EPARSE;
    if (s[0] == '-') {
        neg = 1;
        i = 1;
        if (len == 1)
            return SAG_EPARSE;
    }
    if ((st = laes_cifre(s, i, len, &v)) != SAG_OK)
        return st;
    out->oere = neg ? -v : v;
    return SAG_OK;
}

/* Write |kr| with '.' between groups of three into p; returns length.
 * A group of three at a time, from the right, into the end of a buffer
 * that is then copied once: the trace formats a dozen amounts a decision,
 * and a digit at a time with a second pass for the dots cost a tenth of
 * its formatting (callgrind). */
static size_t
skriv_grupperet(uint64_t kr, char *p)
{
    char tmp[32];
    size_t i = sizeof(tmp), n;

    for (;;) {
        unsigned g = (unsigned)(kr % 1000);

        kr /= 1000;
        if (kr == 0) {
            /* The leftmost group, without leading zeros. */
            do {
                tmp[--i] = (char)('0' + g % 10);
                g /= 10;
            } while (g > 0);
            break;
        }
        tmp[--i] = (char)('0' + g % 10);
        tmp[--i] = (char)('0' + g / 10 % 10);
        tmp[--i] = (char)('0' + g / 100);
        tmp[--i] = '.';
    }
    n = sizeof(tmp) - i;
    memcpy(p, tmp + i, n);
    p[n] = '\0';
    return n;
}

static void
format(struct sag_penge a, int med_oere, int med_kr, char *out)
{
    uint64_t u = a.oere < 0 ? (uint64_t)0 - (uint64_t)a.oere : (uint64_t)a.oere;
    size_t n = 0;

    if (a.oere < 0)
        out[n++] = '-';
    n += skriv_grupperet(u / 100, out + n);
    if (med_oere) {
        out[n++] = ',';
        out[n++] = (char)('0' + (u % 100) / 10);
        out[n++] = (char)('0' + u % 10);
    }
    if (med_kr) {
        memcpy(out + n, " kr.", 4);
        n += 4;
    }
    out[n] = '\0';
    SAG_ASSERT(n < SAG_PENGE_STR_LEN);
}

void
sag_penge_format_dk(struct sag_penge a, char out[SAG_PENGE_STR_LEN])
{
    format(a, 1, 1, out);
}

void
sag_penge_format_dk_tal(struct sag_penge a, char out[SAG_PENGE_STR_LEN])
{
    format(a, 1, 0, out);
}

void
sag_penge_format_dk_hele_kr(struct sag_penge a, char out[SAG_PENGE_STR_LEN])
{
    SAG_ASSERT(a.oere % 100 == 0);
    format(a, 0, 1, out);
}
