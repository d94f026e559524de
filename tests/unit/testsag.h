/*
 * Helpers for tests of the case layer (state machine, deadlines, store).
 */
#ifndef SAG_TESTSAG_H
#define SAG_TESTSAG_H

#include "testutil.h"

#include "skadesag/sag.h"

/* An event of `type` on `dato` (ISO) by "sb1", with a reason. */
static inline struct sag_haendelse
haendelse_paa(enum sag_haendelsestype type, const char *dato)
{
    struct sag_haendelse h;

    memset(&h, 0, sizeof(h));
    h.type = type;
    h.dato = dato_iso(dato);
    h.bruger = "sb1";
    h.begrundelse = "test";
    return h;
}

#endif /* SAG_TESTSAG_H */
