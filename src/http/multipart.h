/*
 * A part of a multipart/form-data request body (RFC 7578) by its field
 * name, as the UI's document form sends it (src/http/ui.c, POST
 * /ui/sager/{id}/dokument). Pure: the caller gives the Content-Type and the
 * body; nothing is copied. Its own small library, so its unit test and its
 * fuzz harness (tests/fuzz/fuzz_multipart.c) link it without the server.
 */
#ifndef SAG_HTTP_MULTIPART_H
#define SAG_HTTP_MULTIPART_H

#include <stdbool.h>
#include <stddef.h>

/* The bytes of the part named `navn` (borrowed from `krop`) and their
 * length; false if `content_type` is not multipart/form-data with a
 * boundary, the body is malformed before that part is found, or no part
 * has the name. Only what a browser's form sends is read: the boundary
 * (quoted or not, at most 70 characters as RFC 2046 allows), each part's
 * headers up to the blank line and the name in its Content-Disposition
 * (the exact name: "fil" is not found in "filnavn"). */
bool sag__multipart_del(const char *content_type, const char *krop,
                        size_t krop_len, const char *navn, const char **ud,
                        size_t *len);

#endif /* SAG_HTTP_MULTIPART_H */
