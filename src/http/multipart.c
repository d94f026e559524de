/*
 * multipart/form-data (multipart.h): finding a part by its field name.
 */
#include "multipart.h"

#include <stdio.h>
#include <string.h>

#include "../base/banned.h"

/* The first n-byte `naal` in h[0..hn), or NULL (memmem is not C17). */
static const char *
find_bytes(const char *h, size_t hn, const char *naal, size_t n)
{
    for (size_t i = 0; n > 0 && i + n <= hn; i++)
        if (h[i] == naal[0] && memcmp(h + i, naal, n) == 0)
            return h + i;
    return NULL;
}

bool
sag__multipart_del(const char *ct, const char *krop, size_t krop_len,
                   const char *navn, const char **ud, size_t *len)
{
    const char *b, *p, *slut;
    char graense[128], soeg[160];
    size_t gl, sl;

    if (ct == NULL || krop == NULL || navn == NULL ||
        strncmp(ct, "multipart/form-data", 19) != 0 ||
        (b = strstr(ct, "boundary=")) == NULL || krop_len == 0)
        return false;
    b += 9;
    gl = strcspn(b, "; ");
    if (*b == '"')
        gl = strcspn(++b, "\"");
    /* RFC 2046 5.1.1: a boundary is 1 to 70 characters. */
    if (gl == 0 || gl > 70)
        return false;
    (void)snprintf(graense, sizeof(graense), "\r\n--%.*s", (int)gl, b);
    if (snprintf(soeg, sizeof(soeg), "name=\"%s\"", navn) >= (int)sizeof(soeg))
        return false;
    sl = strlen(soeg);
    p = krop;
    slut = p + krop_len;
    /* The first boundary has no CR LF before it. */
    if ((size_t)(slut - p) < gl + 2 || memcmp(p, graense + 2, gl + 2) != 0)
        return false;
    p += gl + 2;
    for (;;) {
        const char *hoved, *del, *naeste, *n;

        if ((size_t)(slut - p) < 2 || memcmp(p, "\r\n", 2) != 0)
            return false; /* "--" after the last part, or malformed */
        hoved = p + 2;
        if ((del = find_bytes(hoved, (size_t)(slut - hoved), "\r\n\r\n", 4)) ==
            NULL)
            return false;
        del += 4;
        if ((naeste = find_bytes(del, (size_t)(slut - del), graense, gl + 4)) ==
            NULL)
            return false;
        n = find_bytes(hoved, (size_t)(del - hoved), soeg, sl);
        /* The name, and not a longer one ("fil" in "filnavn"). */
        if (n != NULL && (n == hoved || n[-1] == ' ' || n[-1] == ';')) {
            *ud = del;
            *len = (size_t)(naeste - del);
            return true;
        }
        p = naeste + gl + 4;
    }
}
