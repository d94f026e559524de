/*
 * The UI's template engine (skabelon.h): a Mustache subset that escapes
 * every value by default and writes raw only what it rendered itself.
 *
 * It renders straight from the template text, with no parse tree: a
 * section's end is found by scanning for its closing tag, counting nested
 * sections of the same name. The templates are small (a page at most a few
 * kilobytes), so scanning twice costs less than building and freeing a
 * tree per request.
 */
#include <stdbool.h>
#include <string.h>

#include "skabelon.h"

#include "../base/banned.h"

/* Nested contexts (sections inside sections) and nested partials. */
#define STAK_MAKS 32
#define PARTIAL_MAKS 16

/* The key of a fragment object. It starts with a control character, which
 * no name in a template can contain (navn_ok), so a template cannot reach
 * it as {{x.…}}, and no page's data is built with it but through
 * sag__skabelon_fragment. */
#define FRAGMENT "\001sag-fragment"

struct gengivning {
    const struct sag_skabeloner *s;
    struct sag_buf *b;
    struct sag_diag *d;
    const json_t *stak[STAK_MAKS];
    size_t dybde;
    int partialer;
};

/* One tag: its kind ('\0' a value, '{' raw, '#', '^', '/', '>', '!'), its
 * name (trimmed) and where it starts and ends in the text. */
struct maerke {
    char art;
    const char *navn;
    size_t nlen;
    const char *start, *slut;
};

static bool
navn_ok(const char *s, size_t n)
{
    if (n == 1 && s[0] == '.')
        return true;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];

        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9') || c == '_' || c == '-' ||
              (c == '.' && i > 0 && i + 1 < n && s[i + 1] != '.')))
            return false;
    }
    return n > 0;
}

static bool
samme(const struct maerke *a, const struct maerke *b)
{
    return a->nlen == b->nlen && memcmp(a->navn, b->navn, a->nlen) == 0;
}

/* The next tag in [p, end) into *m; *fundet false if there is none. */
static enum sag_status
naeste(struct gengivning *g, const char *p, const char *end, struct maerke *m,
       bool *fundet)
{
    const char *o, *q, *luk;
    size_t ll;

    *fundet = false;
    for (o = p; o + 1 < end; o++)
        if (o[0] == '{' && o[1] == '{')
            break;
    if (o + 1 >= end)
        return SAG_OK;
    m->start = o;
    q = o + 2;
    m->art = '\0';
    luk = "}}";
    if (q < end && *q == '{') {
        m->art = '{';
        luk = "}}}";
        q++;
    } else if (q < end && strchr("#^/>!", *q) != NULL) {
        m->art = *q++;
    }
    ll = strlen(luk);
    for (o = q; o + ll <= end; o++)
        if (memcmp(o, luk, ll) == 0)
            break;
    if (o + ll > end)
        return sag_diag_set(g->d, SAG_EINVAL, "/skabelon",
                            "skabelon: et {{ uden }}");
    m->slut = o + ll;
    /* A comment ends at the first closing braces, so a tag written inside
     * one would end it early and leave its rest on the page: refused. */
    for (const char *c = q; m->art == '!' && c + 1 < o; c++)
        if (c[0] == '{' && c[1] == '{')
            return sag_diag_set(g->d, SAG_EINVAL, "/skabelon",
                                "skabelon: en kommentar med {{");
    while (q < o && *q == ' ')
        q++;
    while (o > q && o[-1] == ' ')
        o--;
    m->navn = q;
    m->nlen = (size_t)(o - q);
    if (m->art != '!' && !navn_ok(m->navn, m->nlen))
        return sag_diag_set(g->d, SAG_EINVAL, "/skabelon",
                            "skabelon: ugyldigt navn '%.*s'", (int)m->nlen,
                            m->navn);
    *fundet = true;
    return SAG_OK;
}

/* The closing tag of the section opened by `aab`, searched from its end. */
static enum sag_status
sektion_slut(struct gengivning *g, const struct maerke *aab, const char *end,
             struct maerke *luk)
{
    const char *p = aab->slut;
    int niveau = 0;
    bool fundet;
    enum sag_status st;

    for (;;) {
        if ((st = naeste(g, p, end, luk, &fundet)) != SAG_OK)
            return st;
        if (!fundet)
            return sag_diag_set(g->d, SAG_EINVAL, "/skabelon",
                                "skabelon: sektionen '%.*s' slutter ikke",
                                (int)aab->nlen, aab->navn);
        if ((luk->art == '#' || luk->art == '^') && samme(luk, aab))
            niveau++;
        else if (luk->art == '/' && samme(luk, aab) && niveau-- == 0)
            return SAG_OK;
        p = luk->slut;
    }
}

/* A name's value, from the innermost context out; NULL if missing. */
static const json_t *
slaa_op(const struct gengivning *g, const char *navn, size_t n)
{
    const json_t *v = NULL;
    const char *prik = memchr(navn, '.', n);
    size_t l = prik ? (size_t)(prik - navn) : n;

    if (n == 1 && navn[0] == '.')
        return g->dybde > 0 ? g->stak[g->dybde - 1] : NULL;
    for (size_t i = g->dybde; i-- > 0 && v == NULL;)
        if (json_is_object(g->stak[i]))
            v = json_object_getn(g->stak[i], navn, l);
    while (v != NULL && prik != NULL) {
        navn = prik + 1;
        n -= l + 1;
        prik = memchr(navn, '.', n);
        l = prik ? (size_t)(prik - navn) : n;
        v = json_is_object(v) ? json_object_getn(v, navn, l) : NULL;
    }
    return v;
}

static bool
sand(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT:
    case JSON_TRUE: return true;
    case JSON_ARRAY: return json_array_size(v) > 0;
    case JSON_STRING: return json_string_length(v) > 0;
    case JSON_INTEGER: return json_integer_value(v) != 0;
    default: return false;
    }
}

static bool
find(const struct sag_skabeloner *s, const char *navn, size_t n,
     const char **tekst, size_t *laengde)
{
    for (size_t i = 0; i < s->antal; i++)
        if (strlen(s->navn[i]) == n && memcmp(s->navn[i], navn, n) == 0) {
            *tekst = (const char *)s->tekst[i];
            *laengde = s->laengde[i];
            return true;
        }
    return false;
}

static enum sag_status gengiv(struct gengivning *g, const char *p,
                              const char *end);

static enum sag_status
skub_og_gengiv(struct gengivning *g, const json_t *v, const char *p,
               const char *end)
{
    enum sag_status st;

    if (g->dybde == STAK_MAKS)
        return sag_diag_set(g->d, SAG_EINVAL, "/skabelon",
                            "skabelon: sektioner for dybt i hinanden");
    g->stak[g->dybde++] = v;
    st = gengiv(g, p, end);
    g->dybde--;
    return st;
}

static enum sag_status
sektion(struct gengivning *g, const struct maerke *m, const char *p,
        const char *end)
{
    const json_t *v = slaa_op(g, m->navn, m->nlen);
    enum sag_status st = SAG_OK;

    if (m->art == '^')
        return v == NULL || !sand(v) ? gengiv(g, p, end) : SAG_OK;
    if (v == NULL || !sand(v))
        return SAG_OK;
    if (json_is_array(v)) {
        for (size_t i = 0; i < json_array_size(v) && st == SAG_OK; i++)
            st = skub_og_gengiv(g, json_array_get(v, i), p, end);
        return st;
    }
    if (json_is_true(v))
        return gengiv(g, p, end);
    return skub_og_gengiv(g, v, p, end);
}

static enum sag_status
vaerdi(struct gengivning *g, const struct maerke *m)
{
    const json_t *v = slaa_op(g, m->navn, m->nlen);
    const json_t *f;

    if (v == NULL)
        return sag_diag_set(g->d, SAG_ENOTFOUND, "/skabelon",
                            "skabelon: '%.*s' mangler i data", (int)m->nlen,
                            m->navn);
    if (m->art == '{') {
        f = json_is_object(v) ? json_object_get(v, FRAGMENT) : NULL;
        if (!json_is_string(f))
            return sag_diag_set(g->d, SAG_EINVAL, "/skabelon",
                                "skabelon: '%.*s' er ikke et fragment",
                                (int)m->nlen, m->navn);
        sag_buf_add(g->b, json_string_value(f), json_string_length(f));
        return SAG_OK;
    }
    switch (json_typeof(v)) {
    case JSON_STRING:
        sag_buf_add_html_n(g->b, json_string_value(v), json_string_length(v));
        return SAG_OK;
    case JSON_INTEGER:
        sag_buf_addf(g->b, "%lld", (long long)json_integer_value(v));
        return SAG_OK;
    case JSON_NULL: return SAG_OK;
    default:
        return sag_diag_set(g->d, SAG_EINVAL, "/skabelon",
                            "skabelon: '%.*s' er ikke en tekst eller et tal",
                            (int)m->nlen, m->navn);
    }
}

static enum sag_status
partial(struct gengivning *g, const struct maerke *m)
{
    const char *t;
    size_t n;
    enum sag_status st;

    if (!find(g->s, m->navn, m->nlen, &t, &n))
        return sag_diag_set(g->d, SAG_ENOTFOUND, "/skabelon",
                            "skabelon: ingen skabelon '%.*s'", (int)m->nlen,
                            m->navn);
    if (g->partialer == PARTIAL_MAKS)
        return sag_diag_set(g->d, SAG_EINVAL, "/skabelon",
                            "skabelon: skabeloner for dybt i hinanden");
    g->partialer++;
    st = gengiv(g, t, t + n);
    g->partialer--;
    return st;
}

static enum sag_status
gengiv(struct gengivning *g, const char *p, const char *end)
{
    struct maerke m, luk;
    bool fundet;
    enum sag_status st;

    for (;;) {
        if ((st = naeste(g, p, end, &m, &fundet)) != SAG_OK)
            return st;
        if (!fundet) {
            sag_buf_add(g->b, p, (size_t)(end - p));
            return SAG_OK;
        }
        sag_buf_add(g->b, p, (size_t)(m.start - p));
        switch (m.art) {
        case '!': break;
        case '>': st = partial(g, &m); break;
        case '#':
        case '^':
            if ((st = sektion_slut(g, &m, end, &luk)) != SAG_OK)
                return st;
            st = sektion(g, &m, m.slut, luk.start);
            m.slut = luk.slut;
            break;
        case '/':
            st = sag_diag_set(g->d, SAG_EINVAL, "/skabelon",
                              "skabelon: {{/%.*s}} uden sektion", (int)m.nlen,
                              m.navn);
            break;
        default: st = vaerdi(g, &m); break;
        }
        if (st != SAG_OK)
            return st;
        p = m.slut;
    }
}

static enum sag_status
start(struct gengivning *g, const struct sag_skabeloner *s, const char *navn,
      const json_t *data, struct sag_buf *b, struct sag_diag *d, const char **t,
      size_t *n)
{
    memset(g, 0, sizeof(*g));
    g->s = s;
    g->b = b;
    g->d = d;
    g->stak[g->dybde++] = data;
    if (!find(s, navn, strlen(navn), t, n))
        return sag_diag_set(d, SAG_ENOTFOUND, "/skabelon",
                            "skabelon: ingen skabelon '%s'", navn);
    return SAG_OK;
}

enum sag_status
sag__skabelon_gengiv(const struct sag_skabeloner *s, const char *navn,
                     const json_t *data, struct sag_buf *b, struct sag_diag *d)
{
    struct gengivning g;
    const char *t = NULL;
    size_t n = 0;
    enum sag_status st;

    if ((st = start(&g, s, navn, data, b, d, &t, &n)) != SAG_OK)
        return st;
    if ((st = gengiv(&g, t, t + n)) != SAG_OK)
        return st;
    return sag_buf_status(b);
}

enum sag_status
sag__skabelon_gengiv_del(const struct sag_skabeloner *s, const char *navn,
                         const char *plads, int del, const json_t *data,
                         struct sag_buf *b, struct sag_diag *d)
{
    struct gengivning g;
    struct maerke m, luk;
    const char *t = NULL, *p;
    size_t n = 0;
    bool fundet;
    enum sag_status st;

    if ((st = start(&g, s, navn, data, b, d, &t, &n)) != SAG_OK)
        return st;
    /* The slot at the top level: sections are stepped over whole. */
    for (p = t;; p = m.slut) {
        if ((st = naeste(&g, p, t + n, &m, &fundet)) != SAG_OK)
            return st;
        if (!fundet)
            return sag_diag_set(d, SAG_ENOTFOUND, "/skabelon",
                                "skabelon: {{{%s}}} mangler i '%s'", plads,
                                navn);
        if (m.art == '{' && m.nlen == strlen(plads) &&
            memcmp(m.navn, plads, m.nlen) == 0)
            break;
        if (m.art == '#' || m.art == '^') {
            if ((st = sektion_slut(&g, &m, t + n, &luk)) != SAG_OK)
                return st;
            m.slut = luk.slut;
        }
    }
    st = del == 0 ? gengiv(&g, t, m.start) : gengiv(&g, m.slut, t + n);
    return st != SAG_OK ? st : sag_buf_status(b);
}

json_t *
sag__skabelon_fragment(const struct sag_skabeloner *s, const char *navn,
                       const json_t *data, struct sag_diag *d)
{
    struct sag_buf b;
    json_t *f = NULL;

    sag_buf_init(&b, 0);
    if (sag__skabelon_gengiv(s, navn, data, &b, d) == SAG_OK)
        f = json_pack("{s:s%}", FRAGMENT, b.buf, b.len);
    if (f == NULL && sag_buf_status(&b) == SAG_OK && d && !d->besked[0])
        (void)sag_diag_set(d, SAG_ENOMEM, "/skabelon",
                           "skabelon: ingen hukommelse");
    sag_buf_release(&b);
    return f;
}
