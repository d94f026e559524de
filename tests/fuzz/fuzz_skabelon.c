/*
 * Fuzz the UI's template engine (src/http/skabelon.c): the input is a
 * template, rendered whole, in its two parts around {{{x}}}, and as a
 * fragment, with fixed data that holds every kind of value, text with
 * HTML's special characters among them, and a fragment. The templates are
 * our own files, but the engine is a parser: any text must render or be
 * refused with a reason, never crash, leak or read out of bounds.
 *
 * And escaping holds: the data's "<script>" may reach the output only
 * escaped, so where the template's own text does not contain "<script",
 * the output must not either (the fragment's own markup is "<b>"). The
 * template's own text is read with its tags taken out: "<scri{{z}}pt"
 * with z empty is the template writing "<script" itself, not the data
 * (CI's run of 07.12.2026 found that the check had counted it as an
 * escaping failure).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "skabelon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool
indeholder(const char *h, size_t n, const char *naal)
{
    size_t l = strlen(naal);

    for (size_t i = 0; i + l <= n; i++)
        if (memcmp(h + i, naal, l) == 0)
            return true;
    return false;
}

/* Does the template's text, every "{{…}}" tag taken out, contain `naal`?
 * (What a tag renders is the data's, or empty.) */
static bool
tekst_indeholder(const uint8_t *data, size_t size, const char *naal)
{
    char *t = malloc(size + 1);
    size_t n = 0;
    bool ja;

    if (t == NULL)
        abort();
    for (size_t i = 0; i < size; i++) {
        if (i + 1 < size && data[i] == '{' && data[i + 1] == '{') {
            size_t j = i + 2;

            while (j + 1 < size && !(data[j] == '}' && data[j + 1] == '}'))
                j++;
            if (j + 1 < size) {
                i = j + 1; /* the tag, through its "}}" */
                continue;
            }
        }
        t[n++] = (char)data[i];
    }
    ja = indeholder(t, n, naal);
    free(t);
    return ja;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const navne[] = { "t", "p" };
    static const char p[] = "[{{a}}{{#l}}{{.}}{{/l}}]";
    const unsigned char *tekster[2];
    size_t laengder[2];
    struct sag_skabeloner s = { navne, tekster, laengder, 2 };
    struct sag_diag d;
    struct sag_buf b;
    json_t *v, *f;
    bool script = indeholder((const char *)data, size, "<script") ||
                  tekst_indeholder(data, size, "<script");

    tekster[0] = data;
    laengder[0] = size;
    tekster[1] = (const unsigned char *)p;
    laengder[1] = sizeof(p) - 1;
    v = json_pack("{s:s,s:I,s:n,s:b,s:b,s:[s,s],s:{s:s,s:[{s:s}]},s:s}", "a",
                  "<script>&\"'", "n", (json_int_t)-42, "z", "sand", 1, "falsk",
                  0, "l", "<script>", "x", "o", "a", "<script>", "r", "a",
                  "'\"<script>", "tom", "");
    if (v == NULL)
        return 0;
    /* A fragment of the partial, made by the engine: raw where {{{f}}}. */
    sag_diag_init(&d);
    f = sag__skabelon_fragment(&s, "p", v, &d);
    if (f != NULL)
        (void)json_object_set_new(v, "f", f);
    sag_buf_init(&b, 1 << 20);
    if (sag__skabelon_gengiv(&s, "t", v, &b, &d) == SAG_OK && !script &&
        indeholder(b.buf, b.len, "<script"))
        abort();
    sag_buf_reset(&b);
    (void)sag__skabelon_gengiv_del(&s, "t", "x", 0, v, &b, &d);
    (void)sag__skabelon_gengiv_del(&s, "t", "x", 1, v, &b, &d);
    sag_buf_release(&b);
    json_decref(sag__skabelon_fragment(&s, "t", v, &d));
    json_decref(v);
    return 0;
}
