/*
 * Allocation wrappers. Adapters and the arena allocate only through these, so
 * tests can make the N-th allocation fail (curl torture, SQLite *fault.test).
 */
#ifndef SAG_ALLOC_H
#define SAG_ALLOC_H

#include <stddef.h>

/* malloc/realloc/free. sag_free(NULL) is a no-op. Thread-safe except while a
 * test changes the fault-injection setting. */
void *sag_malloc(size_t n);
void *sag_calloc(size_t count, size_t size);
void *sag_realloc(void *p, size_t n);
void sag_free(void *p);

/* Fault injection for tests: make allocation number `n` (counting from 1
 * after this call) and every later one fail; 0 turns injection off.
 * Not thread-safe; tests only. */
void sag_alloc_fail_after(long n);

/* Allocations attempted since the last sag_alloc_fail_after() while
 * injection is on. */
long sag_alloc_count(void);

#endif /* SAG_ALLOC_H */
