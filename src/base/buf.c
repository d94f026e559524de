/*
 * struct sag_buf implementation. See include/skadesag/buf.h for the
 * invariants; every function below keeps them.
 */
#include "skadesag/buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "skadesag/alloc.h"

#include "ckd.h"
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
    sag_buf_add(b, &c, 1);
}

void
sag_buf_addf(struct sag_buf *b, const char *fmt, ...)
{
    va_list ap;
    int n;
    size_t need;

    if (b->err != SAG_OK)
        return;
    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->err = SAG_EINVAL;
        return;
    }
    need = (size_t)n;
    if (need == 0 || grow(b, need) != 0)
        return;
    va_start(ap, fmt);
    (void)vsnprintf(b->buf + b->len, need + 1, fmt, ap);
    va_end(ap);
    b->len += need;
}

void
sag_buf_add_json_str(struct sag_buf *b, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p;
    size_t run;

    sag_buf_addc(b, '"');
    for (p = (const unsigned char *)s; *p != '\0';) {
        /* Copy runs of characters that need no escaping in one append. */
        for (run = 0; p[run] >= 0x20 && p[run] != '"' && p[run] != '\\'; run++)
            ;
        if (run) {
            sag_buf_add(b, p, run);
            p += run;
            continue;
        }
        switch (*p) {
        case '"': sag_buf_add(b, "\\\"", 2); break;
        case '\\': sag_buf_add(b, "\\\\", 2); break;
        case '\n': sag_buf_add(b, "\\n", 2); break;
        case '\t': sag_buf_add(b, "\\t", 2); break;
        case '\r': sag_buf_add(b, "\\r", 2); break;
        default: {
            char esc[6] = { '\\', 'u', '0', '0', hex[*p >> 4], hex[*p & 15] };
            sag_buf_add(b, esc, sizeof(esc));
            break;
        }
        }
        p++;
    }
    sag_buf_addc(b, '"');
}

void
sag_buf_truncate(struct sag_buf *b, size_t len)
{
    if (len >= b->len)
        return;
    b->len = len;
    b->buf[len] = '\0';
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
