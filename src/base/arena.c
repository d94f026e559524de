/*
 * Bump allocator in a list of blocks. Each block is at least BLOK_MIN bytes;
 * an allocation larger than that gets a block of its own. Reset keeps one
 * block so that a batch of requests reuses the same memory without calling
 * malloc again (this matters for the decisions-per-second target).
 */
#include "skadesag/arena.h"

#include <stdalign.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "skadesag/alloc.h"

#include "ckd.h"
#include "banned.h"

#define BLOK_MIN ((size_t)16 * 1024)
#define ALIGN (alignof(max_align_t))

struct sag__arena_blok {
    struct sag__arena_blok *naeste;
    size_t stoerrelse; /* usable bytes in data[] */
    size_t brugt;
    alignas(max_align_t) unsigned char data[];
};

void
sag_arena_init(struct sag_arena *a, size_t max)
{
    a->blokke = NULL;
    a->brugt_i_alt = 0;
    a->max = max ? max : SAG_ARENA_MAX_DEFAULT;
    a->err = SAG_OK;
}

void
sag_arena_release(struct sag_arena *a)
{
    struct sag__arena_blok *b, *n;

    if (a == NULL)
        return;
    for (b = a->blokke; b != NULL; b = n) {
        n = b->naeste;
        sag_free(b);
    }
    sag_arena_init(a, a->max);
}

void
sag_arena_reset(struct sag_arena *a)
{
    struct sag__arena_blok *b, *n, *behold = NULL;

    for (b = a->blokke; b != NULL; b = n) {
        n = b->naeste;
        if (behold == NULL || b->stoerrelse > behold->stoerrelse) {
            if (behold != NULL)
                sag_free(behold);
            behold = b;
        } else {
            sag_free(b);
        }
    }
    if (behold != NULL) {
        behold->naeste = NULL;
        behold->brugt = 0;
    }
    a->blokke = behold;
    a->brugt_i_alt = 0;
    a->err = SAG_OK;
}

void *
sag_arena_alloc(struct sag_arena *a, size_t n)
{
    struct sag__arena_blok *b;
    size_t rund, stoerrelse, total;
    void *p;

    if (a->err != SAG_OK)
        return NULL;
    /* Round up to the alignment so every block offset stays aligned. */
    if (sag_ckd_add_sz(&rund, n ? n : 1, ALIGN - 1))
        goto toobig;
    rund &= ~(ALIGN - 1);
    if (sag_ckd_add_sz(&total, a->brugt_i_alt, rund) || total > a->max)
        goto toobig;
    b = a->blokke;
    if (b == NULL || b->stoerrelse - b->brugt < rund) {
        stoerrelse = rund > BLOK_MIN ? rund : BLOK_MIN;
        b = sag_malloc(sizeof(*b) + stoerrelse);
        if (b == NULL) {
            a->err = SAG_ENOMEM;
            return NULL;
        }
        b->stoerrelse = stoerrelse;
        b->brugt = 0;
        b->naeste = a->blokke;
        a->blokke = b;
    }
    p = b->data + b->brugt;
    b->brugt += rund;
    a->brugt_i_alt = total;
    return p;
toobig:
    a->err = SAG_ETOOBIG;
    return NULL;
}

void *
sag_arena_calloc(struct sag_arena *a, size_t count, size_t size)
{
    size_t n;
    void *p;

    if (sag_ckd_mul_sz(&n, count, size)) {
        a->err = SAG_ETOOBIG;
        return NULL;
    }
    p = sag_arena_alloc(a, n);
    if (p != NULL)
        memset(p, 0, n);
    return p;
}

char *
sag_arena_strndup(struct sag_arena *a, const char *s, size_t n)
{
    char *p;
    size_t n1;

    if (sag_ckd_add_sz(&n1, n, 1)) {
        a->err = SAG_ETOOBIG;
        return NULL;
    }
    p = sag_arena_alloc(a, n1);
    if (p == NULL)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *
sag_arena_strdup(struct sag_arena *a, const char *s)
{
    return sag_arena_strndup(a, s, strlen(s));
}

char *
sag_arena_printf(struct sag_arena *a, const char *fmt, ...)
{
    va_list ap;
    int n;
    char *p;

    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) {
        a->err = SAG_EINVAL;
        return NULL;
    }
    p = sag_arena_alloc(a, (size_t)n + 1);
    if (p == NULL)
        return NULL;
    va_start(ap, fmt);
    (void)vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

enum sag_status
sag_arena_status(const struct sag_arena *a)
{
    return a->err;
}
