/*
 * Private declarations of the accounts module, for its tests.
 */
#ifndef SAG_KONTO_INT_H
#define SAG_KONTO_INT_H

/* How many Argon2id password verifications this process has run: a login
 * for an unknown name must cost one too (tests/unit/konto). */
unsigned long sag__konto_argon2_antal(void);

#endif /* SAG_KONTO_INT_H */
