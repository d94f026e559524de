/*
 * The UI's templates (docs/web.md, "Templates"): a small Mustache subset
 * that escapes by default. Templates are files under web/skabeloner/,
 * embedded in the binary at build time; the data is a jansson object built
 * by the page's C code.
 *
 *   {{navn}}, {{a.b}}, {{.}}  the value HTML-escaped (& < > " '): a string,
 *                             an integer in decimal, null as nothing; a
 *                             key missing from every level is an error
 *                             (a typo in a template fails, never blank)
 *   {{#navn}}...{{/navn}}     a list: once per element (the element on top
 *                             of the context); an object: once with it on
 *                             top; true, a non-empty string, a non-zero
 *                             integer: once; false, null, missing, "", 0 and
 *                             an empty list: not at all
 *   {{^navn}}...{{/navn}}     the inverse: only where # would not render
 *   {{> navn}}                another template, with the same context
 *   {{{navn}}}                raw: only a fragment this engine rendered
 *                             (sag__skabelon_fragment); any other value is
 *                             an error, so data can never reach the page
 *                             unescaped
 *   {{! comment}}             nothing
 *
 * Names are looked up from the innermost context outwards, as Mustache
 * does. There is no other way to write raw text: no {{& }} and no set
 * delimiters. Thread-safe: the functions keep no state.
 */
#ifndef SAG_HTTP_SKABELON_H
#define SAG_HTTP_SKABELON_H

#include <stddef.h>

#include <jansson.h>

#include "skadesag/buf.h"
#include "skadesag/status.h"

/* A set of templates by name (a file's base name, "side.html"); the text
 * need not be NUL-terminated. The storage is the caller's (the embedded
 * files: static). */
struct sag_skabeloner {
    const char *const *navn;
    const unsigned char *const *tekst;
    const size_t *laengde;
    size_t antal;
};

/* Render the template `navn` of `s` with `data` (an object; borrowed)
 * onto `b`. On failure `b` may hold part of the output. Returns SAG_OK,
 * SAG_ENOTFOUND (no such template, a missing key: `d` names it),
 * SAG_EINVAL (a malformed template or a value of the wrong kind for its
 * tag), SAG_ENOMEM (the buffer's sticky error). */
enum sag_status sag__skabelon_gengiv(const struct sag_skabeloner *s,
                                     const char *navn, const json_t *data,
                                     struct sag_buf *b, struct sag_diag *d);

/* Render the part of `navn` before (`del` 0) or after (`del` 1) its
 * top-level raw tag {{{plads}}}: a layout around a body its caller writes
 * between the two. The after part is rendered with the same `data`.
 * Errors as sag__skabelon_gengiv; SAG_ENOTFOUND if there is no such tag at
 * the top level. */
enum sag_status sag__skabelon_gengiv_del(const struct sag_skabeloner *s,
                                         const char *navn, const char *plads,
                                         int del, const json_t *data,
                                         struct sag_buf *b, struct sag_diag *d);

/* Render `navn` with `data` as a fragment: a new JSON value (the caller
 * owns it; typically handed to json_object_set_new) that {{{x}}} writes
 * as it is. NULL on failure, with `d` set. */
json_t *sag__skabelon_fragment(const struct sag_skabeloner *s, const char *navn,
                               const json_t *data, struct sag_diag *d);

#endif
