/*
 * struct sag_arena: a per-request bump allocator. The core never calls
 * malloc; it allocates from an arena its caller owns and frees once at the end
 * of the request (STYLE.md rule 16).
 *
 * Allocation failure is sticky: sag_arena_alloc() returns NULL and
 * sag_arena_status() reports SAG_ENOMEM or SAG_ETOOBIG until reset.
 * An arena is not thread-safe; use one per thread or request.
 */
#ifndef SAG_ARENA_H
#define SAG_ARENA_H

#include <stddef.h>

#include "skadesag/status.h"

struct sag__arena_blok;

struct sag_arena {
    struct sag__arena_blok *blokke; /* newest first */
    size_t brugt_i_alt;             /* bytes handed out since reset */
    size_t max;                     /* cap on brugt_i_alt */
    enum sag_status err;
};

#define SAG_ARENA_MAX_DEFAULT ((size_t)256 * 1024 * 1024)

/* Initialise an empty arena with a cap (0 = default). Does not allocate. */
void sag_arena_init(struct sag_arena *a, size_t max);

/* Free all memory. NULL-safe; the arena is empty and valid afterwards. */
void sag_arena_release(struct sag_arena *a);

/* Forget all allocations but keep the largest block for reuse, and clear the
 * error. Pointers from before the reset become invalid. */
void sag_arena_reset(struct sag_arena *a);

/* `n` bytes aligned for any object; NULL on failure (sticky error). The
 * memory lives until reset/release. */
void *sag_arena_alloc(struct sag_arena *a, size_t n);

/* Zeroed array of `count` objects of `size` bytes, overflow-checked. */
void *sag_arena_calloc(struct sag_arena *a, size_t count, size_t size);

/* Copy of a string / of `n` bytes plus a NUL; NULL on failure. */
char *sag_arena_strdup(struct sag_arena *a, const char *s);
char *sag_arena_strndup(struct sag_arena *a, const char *s, size_t n);

/* printf into arena memory; NULL on failure. */
char *sag_arena_printf(struct sag_arena *a, const char *fmt, ...)
    SAG_PRINTF(2, 3);

enum sag_status sag_arena_status(const struct sag_arena *a);

#endif /* SAG_ARENA_H */
