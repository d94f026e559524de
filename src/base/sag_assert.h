/*
 * SAG_ASSERT: invariants and programmer errors only, never input validation
 * (STYLE.md rule 14). Asserts are on in every build we ship and test; an
 * assertion failure is a bug and aborts with the location.
 */
#ifndef SAG_ASSERT_H
#define SAG_ASSERT_H

_Noreturn void sag__assert_fail(const char *fil, int linje, const char *udtryk);

#define SAG_ASSERT(x) ((x) ? (void)0 : sag__assert_fail(__FILE__, __LINE__, #x))

/* Code that must not be reached (an impossible switch case). */
#define SAG_UNREACHABLE(msg) sag__assert_fail(__FILE__, __LINE__, msg)

#endif /* SAG_ASSERT_H */
