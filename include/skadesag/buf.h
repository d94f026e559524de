/*
 * struct sag_buf: the one growable byte buffer (git strbuf invariants).
 *
 * - `buf` is never NULL and is always NUL-terminated, so it can be printed at
 *   any time;
 * - growth is capped at `max` bytes (curl's dynbuf "toobig");
 * - errors are sticky (SQLite's StrAccum accError): after a failed append all
 *   further appends are ignored and sag_buf_status() reports the first error,
 *   so a caller checks once after a series of appends.
 *
 * A buffer is owned by its caller; it is not thread-safe to share one.
 */
#ifndef SAG_BUF_H
#define SAG_BUF_H

#include <stdbool.h>
#include <stddef.h>

#include "skadesag/status.h"

struct sag_buf {
    char *buf;    /* never NULL, NUL-terminated */
    size_t len;   /* bytes used, not counting the NUL */
    size_t alloc; /* bytes allocated; 0 while buf is the static empty string */
    size_t max;   /* cap on len */
    enum sag_status err; /* first error, sticky */
};

/* Default cap when a caller has no better bound: 64 MiB. */
#define SAG_BUF_MAX_DEFAULT ((size_t)64 * 1024 * 1024)

/* Initialise to empty with the given cap (0 = SAG_BUF_MAX_DEFAULT). Does not
 * allocate. */
void sag_buf_init(struct sag_buf *b, size_t max);

/* Free the contents; the buffer is then empty and valid again. NULL-safe. */
void sag_buf_release(struct sag_buf *b);

/* Empty the buffer and clear its error, keeping the allocation. */
void sag_buf_reset(struct sag_buf *b);

/* Append bytes / a C string / one char / printf-formatted text. On failure the
 * sticky error is set (SAG_ENOMEM, SAG_ETOOBIG) and the buffer is unchanged. */
void sag_buf_add(struct sag_buf *b, const void *data, size_t n);
void sag_buf_adds(struct sag_buf *b, const char *s);
void sag_buf_addc(struct sag_buf *b, char c);
/* Text for HTML or XML content and attribute values: & < > " ' as
 * entities (the one escaper of the report, the web UI and the letters). */
void sag_buf_add_html(struct sag_buf *b, const char *s);
void sag_buf_add_html_n(struct sag_buf *b, const char *s, size_t n);
void sag_buf_addf(struct sag_buf *b, const char *fmt, ...) SAG_PRINTF(2, 3);

/* Append `s` as a JSON string literal (quoted, escaped; UTF-8 passed through,
 * control characters as \u00XX). */
void sag_buf_add_json_str(struct sag_buf *b, const char *s);
/* Append the `foer_len` bytes at `foer` as they are (JSON already, such as
 * `,"navn":`), then `s` as sag_buf_add_json_str does: one call and one
 * check for room for a member of an object. All or nothing. */
void sag_buf_add_json_felt(struct sag_buf *b, const char *foer, size_t foer_len,
                           const char *s);

/* The number of characters (not bytes) of a UTF-8 string. */
size_t sag_utf8_tegn(const char *s);

/* Whether `s` is well-formed UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF). */
bool sag_utf8_gyldig(const char *s);

/* Append `s` padded with spaces to `bredde` characters (UTF-8 aware), left-
 * or right-aligned, for text tables. */
void sag_buf_add_udfyldt(struct sag_buf *b, const char *s, size_t bredde,
                         bool hoejre);

/* Shorten to `len` bytes (len <= b->len). */
void sag_buf_truncate(struct sag_buf *b, size_t len);

/* Undo what was appended since the buffer was `len` bytes long, a failed
 * append included: shorten to `len` and clear the error (len <= b->len). For
 * a buffer that collects several results, one of which may fail. */
void sag_buf_fortryd(struct sag_buf *b, size_t len);

/* SAG_OK, or the first error since init/reset. */
enum sag_status sag_buf_status(const struct sag_buf *b);

#endif /* SAG_BUF_H */
