/*
 * struct sag_buf implementation. See include/skadesag/buf.h for the
 * invariants; every function below keeps them.
 */
#include "skadesag/buf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "skadesag/alloc.h"

#include "ckd.h"
#include "sag_assert.h"

#include "banned.h"

/* The shared empty string that an unallocated buffer points at. It is never
 * written: growth always allocates first. */
static char empty[1];

void
sag_buf_init(struct sag_buf *b, size_t max)
{
    b->buf = empty;
    b->len = 0;
    b->alloc = 0;
    b->max = max ? max : SAG_BUF_MAX_DEFAULT;
    b->err = SAG_OK;
}

void
sag_buf_release(struct sag_buf *b)
{
    size_t max;

    if (b == NULL)
        return;
    max = b->max;
    if (b->alloc)
        sag_free(b->buf);
    sag_buf_init(b, max);
}

void
sag_buf_reset(struct sag_buf *b)
{
    b->len = 0;
    if (b->alloc)
        b->buf[0] = '\0';
    b->err = SAG_OK;
}

/* Make room for `extra` more bytes plus the NUL. */
static int
grow(struct sag_buf *b, size_t extra)
{
    size_t want, cap;
    char *nb;

    if (b->err != SAG_OK)
        return -1;
    if (sag_ckd_add_sz(&want, b->len, extra) || want > b->max) {
        b->err = SAG_ETOOBIG;
        return -1;
    }
    if (want < b->alloc)
        return 0;
    cap = b->alloc ? b->alloc : 64;
    while (cap <= want) {
        if (sag_ckd_mul_sz(&cap, cap, 2)) {
            b->err = SAG_ETOOBIG;
            return -1;
        }
    }
    nb = b->alloc ? sag_realloc(b->buf, cap) : sag_malloc(cap);
    if (nb == NULL) {
        b->err = SAG_ENOMEM;
        return -1;
    }
    if (b->alloc == 0)
        nb[0] = '\0';
    b->buf = nb;
    b->alloc = cap;
    return 0;
}

void
sag_buf_add(struct sag_buf *b, const void *data, size_t n)
{
    if (n == 0 || grow(b, n) != 0)
        return;
    memcpy(b->buf + b->len, data, n);
    b->len += n;
    b->buf[b->len] = '\0';
}

void
sag_buf_adds(struct sag_buf *b, const char *s)
{
    sag_buf_add(b, s, strlen(s));
}

void
sag_buf_addc(struct sag_buf *b, char c)
{
    /* The common case, without a call: room, under the cap, no error (the
     * conditions under which grow() would do nothing). */
    if (b->err == SAG_OK && b->len + 1 < b->alloc && b->len + 1 <= b->max) {
        b->buf[b->len++] = c;
        b->buf[b->len] = '\0';
        return;
    }
    sag_buf_add(b, &c, 1);
}

void
sag_buf_addf(struct sag_buf *b, const char *fmt, ...)
{
    va_list ap;
    int n;
    size_t need, rum;

    if (b->err != SAG_OK)
        return;
    /* Format straight into the free room (the static empty string has
     * none); only what does not fit is measured, grown for and formatted
     * again: one vsnprintf instead of two, nearly always. */
    rum = b->alloc - b->len;
    va_start(ap, fmt);
    n = vsnprintf(b->alloc ? b->buf + b->len : NULL, b->alloc ? rum : 0, fmt,
                  ap);
    va_end(ap);
    if (n < 0) {
        if (b->alloc)
            b->buf[b->len] = '\0';
        b->err = SAG_EINVAL;
        return;
    }
    need = (size_t)n;
    if (b->alloc && need < rum && b->len + need <= b->max) {
        b->len += need;
        return;
    }
    if (b->alloc)
        b->buf[b->len] = '\0'; /* what did not fit is not appended */
    if (need == 0 || grow(b, need) != 0)
        return;
    va_start(ap, fmt);
    (void)vsnprintf(b->buf + b->len, need + 1, fmt, ap);
    va_end(ap);
    b->len += need;
}

/* How many bytes a byte takes in a JSON string literal: 1, 2 (\" \\ \n \t
 * \r) or 6 (\u00XX for the other control characters). */
static size_t
json_bredde(unsigned char c)
{
    if (c >= 0x20)
        return c == '"' || c == '\\' ? 2 : 1;
    return c == '\n' || c == '\t' || c == '\r' ? 2 : 6;
}

/* Whether any of the 8 bytes of `w` is below 0x20, a quote or a
 * backslash. The classic "has a zero byte" trick on w, w ^ '"' and
 * w ^ '\\': exact as to whether any byte is one, not which. */
static uint64_t
saerlige8(uint64_t w)
{
    const uint64_t en = 0x0101010101010101u, top = 0x8080808080808080u;
    uint64_t q = w ^ (en * '"'), b = w ^ (en * '\\');

    return ((w - en * 0x20) & ~w & top) | ((q - en) & ~q & top) |
           ((b - en) & ~b & top);
}

/* Whether any of the `len` bytes needs escaping. Eight bytes at a time
 * (the last eight overlapping what was read before), byte by byte only
 * for a string shorter than eight: most strings are short, and a vector
 * loop's set-up and tail cost more than the scan itself (callgrind). With
 * SSE2 (every x86-64) sixteen bytes at a time from 16 bytes on: the trace's
 * Danish sentences are most of the batch's 5 KB of output a case, and the
 * scan was the largest single cost of writing it (callgrind: 2 instructions
 * a byte with the eight-byte trick, under half one with SSE2). Loads never
 * reach past the string (the tail overlaps instead), so the sanitizers see
 * no over-read. */
static bool
saerlige(const unsigned char *p, size_t len)
{
    uint64_t w, acc = 0;
    unsigned char n = 0;

    if (len < 8) {
        for (size_t i = 0; i < len; i++)
            n |=
                (unsigned char)((p[i] < 0x20) | (p[i] == '"') | (p[i] == '\\'));
        return n != 0;
    }
#ifdef __SSE2__
    if (len >= 16) {
        const __m128i lav = _mm_set1_epi8(0x1f), q = _mm_set1_epi8('"'),
                      bs = _mm_set1_epi8('\\');
        __m128i x, m = _mm_setzero_si128();
        size_t i;

        /* A byte is below 0x20 exactly when its unsigned minimum with 0x1f
         * is itself. */
        for (i = 0; i + 16 <= len; i += 16) {
            x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
            m = _mm_or_si128(
                m, _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(x, lav), x),
                                _mm_or_si128(_mm_cmpeq_epi8(x, q),
                                             _mm_cmpeq_epi8(x, bs))));
        }
        if (i < len) {
            x = _mm_loadu_si128((const __m128i *)(const void *)(p + len - 16));
            m = _mm_or_si128(
                m, _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(x, lav), x),
                                _mm_or_si128(_mm_cmpeq_epi8(x, q),
                                             _mm_cmpeq_epi8(x, bs))));
        }
        return _mm_movemask_epi8(m) != 0;
    }
#endif
    for (size_t i = 0; i + 8 <= len; i += 8) {
        memcpy(&w, p + i, 8);
        acc |= saerlige8(w);
    }
    memcpy(&w, p + len - 8, 8);
    acc |= saerlige8(w);
    return acc != 0;
}

void
sag_buf_add_json_felt(struct sag_buf *b, const char *foer, size_t foer_len,
                      const char *s)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s;
    size_t len, n;
    char *o;

    /* Measure, make room once, then write straight into the buffer; a
     * string with nothing to escape (nearly all) is one copy. A worklist
     * of short strings spent most of its time in the calls of one append
     * per run of plain characters. All or nothing. */
    len = strlen(s);
    if (len > (SIZE_MAX - 2 - foer_len) / 6) {
        if (b->err == SAG_OK)
            b->err = SAG_ETOOBIG;
        return;
    }
    n = foer_len + len + 2;
    if (saerlige(p, len))
        for (size_t i = 0; i < len; i++)
            n += json_bredde(p[i]) - 1;
    /* Nothing to escape and room for it (grow()'s conditions for doing
     * nothing): no call. */
    if (n == foer_len + len + 2 && b->err == SAG_OK && b->len + n < b->alloc &&
        b->len + n <= b->max) {
        o = b->buf + b->len;
        memcpy(o, foer, foer_len);
        o += foer_len;
        o[0] = '"';
        memcpy(o + 1, s, len);
        o[len + 1] = '"';
        o[len + 2] = '\0';
        b->len += n;
        return;
    }
    if (grow(b, n) != 0)
        return;
    o = b->buf + b->len;
    memcpy(o, foer, foer_len);
    o += foer_len;
    *o++ = '"';
    if (n == foer_len + len + 2) {
        memcpy(o, s, len);
        o += len;
    } else {
        for (size_t i = 0; i < len; i++) {
            switch (json_bredde(p[i])) {
            case 1: *o++ = (char)p[i]; break;
            case 2:
                *o++ = '\\';
                *o++ = p[i] == '\n'   ? 'n'
                       : p[i] == '\t' ? 't'
                       : p[i] == '\r' ? 'r'
                                      : (char)p[i]; /* " and \ */
                break;
            default:
                *o++ = '\\';
                *o++ = 'u';
                *o++ = '0';
                *o++ = '0';
                *o++ = hex[p[i] >> 4];
                *o++ = hex[p[i] & 15];
                break;
            }
        }
    }
    *o++ = '"';
    *o = '\0';
    b->len += n;
    SAG_ASSERT((size_t)(o - b->buf) == b->len);
}

void
sag_buf_add_json_str(struct sag_buf *b, const char *s)
{
    sag_buf_add_json_felt(b, "", 0, s);
}

void
sag_buf_truncate(struct sag_buf *b, size_t len)
{
    if (len >= b->len)
        return;
    b->len = len;
    b->buf[len] = '\0';
}

void
sag_buf_fortryd(struct sag_buf *b, size_t len)
{
    sag_buf_truncate(b, len);
    b->err = SAG_OK;
}

enum sag_status
sag_buf_status(const struct sag_buf *b)
{
    return b->err;
}

size_t
sag_utf8_tegn(const char *s)
{
    size_t n = 0;

    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

bool
sag_utf8_gyldig(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;

    while (*p != '\0') {
        unsigned c = *p;
        size_t n;
        unsigned long v, min;

        if (c < 0x80) {
            p++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF)
            n = 1, v = c & 0x1F, min = 0x80;
        else if (c >= 0xE0 && c <= 0xEF)
            n = 2, v = c & 0x0F, min = 0x800;
        else if (c >= 0xF0 && c <= 0xF4)
            n = 3, v = c & 0x07, min = 0x10000;
        else
            return false;
        for (size_t i = 1; i <= n; i++) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            v = (v << 6) | (p[i] & 0x3F);
        }
        if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
            return false;
        p += n + 1;
    }
    return true;
}

void
sag_buf_add_udfyldt(struct sag_buf *b, const char *s, size_t bredde,
                    bool hoejre)
{
    size_t n = sag_utf8_tegn(s);

    if (hoejre)
        for (; n < bredde; n++)
            sag_buf_addc(b, ' ');
    sag_buf_adds(b, s);
    if (!hoejre)
        for (; n < bredde; n++)
            sag_buf_addc(b, ' ');
}

void
sag_buf_add_html_n(struct sag_buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        switch (s[i]) {
        case '&': sag_buf_adds(b, "&amp;"); break;
        case '<': sag_buf_adds(b, "&lt;"); break;
        case '>': sag_buf_adds(b, "&gt;"); break;
        case '"': sag_buf_adds(b, "&quot;"); break;
        case '\'': sag_buf_adds(b, "&#39;"); break;
        default: sag_buf_addc(b, s[i]); break;
        }
    }
}

void
sag_buf_add_html(struct sag_buf *b, const char *s)
{
    if (s != NULL)
        sag_buf_add_html_n(b, s, strlen(s));
}
