/*
 * Status codes and diagnostics shared by every libskadesag function.
 *
 * Fallible functions return enum sag_status (SAG_OK == 0) and write their
 * out-params only on success. The numbers are stable: new codes are appended,
 * old ones are never renumbered or reused (like curl's CURLcode).
 */
#ifndef SAG_STATUS_H
#define SAG_STATUS_H

#include <stddef.h>

/* printf-style format checking where the compiler supports it. */
#if defined(__GNUC__)
#define SAG_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define SAG_PRINTF(fmt, args)
#endif

enum sag_status {
    SAG_OK = 0,
    SAG_EINVAL = 1,    /* an argument or input value is invalid */
    SAG_ERANGE = 2,    /* a value is outside its allowed range */
    SAG_EOVERFLOW = 3, /* arithmetic would overflow */
    SAG_ENOMEM = 4,    /* allocation failed */
    SAG_ETOOBIG = 5,   /* a buffer or input exceeds its cap */
    SAG_EAMBIGUOUS =
        6, /* the result is ambiguous and the caller named no rule */
    SAG_ENOTFOUND = 7, /* no table row / value applies */
    SAG_EPARSE = 8,    /* malformed text input */
    SAG_EMISSING = 9,  /* a required input is missing */
    SAG_EIO = 10,      /* an operating-system I/O call failed (adapters only) */
    SAG_ECONFLICT = 11, /* the input contradicts itself or stored state */
    SAG_EDIVZERO = 12,  /* division by zero */
    SAG_EDENIED = 13,   /* not allowed (role, state transition) */
    SAG_EINTERNAL = 14, /* an invariant failed; a bug */
    SAG_EADGANG = 15,   /* the acting user or role may not do this */
    SAG_EFORMANGE = 16  /* too many attempts: try again later (HTTP 429) */
};

/* Short stable identifier, e.g. "SAG_EINVAL". Never NULL. Thread-safe. */
const char *sag_status_name(enum sag_status st);

/* Human-readable Danish description, e.g. "ugyldig værdi". Never NULL.
 * Thread-safe. */
const char *sag_status_str(enum sag_status st);

#define SAG_DIAG_MSG_MAX 256
#define SAG_DIAG_FELT_MAX 128

/*
 * Optional details about a failure, supplied by the caller (may be NULL
 * everywhere a function accepts one). `felt` is a JSON-pointer style path to
 * the offending input ("/erhvervsevnetab/skoen_pct"), empty when not about a
 * field; `besked` is a Danish message that never contains personal data.
 */
struct sag_diag {
    char felt[SAG_DIAG_FELT_MAX];
    char besked[SAG_DIAG_MSG_MAX];
};

/* Clear a diag (NULL-safe). */
void sag_diag_init(struct sag_diag *d);

/* Set field path and message (printf-style). NULL-safe; returns st so callers
 * can write `return sag_diag_set(d, SAG_EINVAL, "/x", "...")`. Truncates
 * silently at the buffer sizes. */
enum sag_status sag_diag_set(struct sag_diag *d, enum sag_status st,
                             const char *felt, const char *fmt, ...)
    SAG_PRINTF(4, 5);

/* Prefix the field path with `prefix` (e.g. "/erhvervsevnetab"). NULL-safe. */
void sag_diag_prefix(struct sag_diag *d, const char *prefix);

#endif /* SAG_STATUS_H */
