/*
 * Tests for src/http/skabelon.c, the UI's template engine: escaping by
 * default, missing keys, sections and their nesting, partials, fragments
 * and the layout's two parts. The expected output is written out by hand.
 */
#include "testutil.h"

#include "skabelon.h"

/* Templates for the tests, by name. */
static const char *const navne[] = { "t",    "liste", "raa",   "del",
                                     "ydre", "indre", "loekke" };
static const char *const tekster[] = {
    "{{a}}",
    "<ul>{{#r}}<li>{{navn}}: {{n}}</li>{{/r}}</ul>{{^r}}Ingen{{/r}}",
    "{{{x}}}",
    "<main>{{{indhold}}}</main>{{#s}}{{{indhold}}}{{/s}}",
    "[{{> indre}}]",
    "{{navn}}",
    "{{> loekke}}",
};
static size_t laengder[7];
static const unsigned char *bytes[7];
static struct sag_skabeloner alle = { navne, bytes, laengder, 7 };

/* One template from text, named "t"; the others stay as they are. */
static struct sag_skabeloner
med(const char *tekst)
{
    struct sag_skabeloner s = alle;
    static const unsigned char *b[7];
    static size_t l[7];

    for (size_t i = 0; i < 7; i++) {
        b[i] = (const unsigned char *)tekster[i];
        l[i] = strlen(tekster[i]);
    }
    b[0] = (const unsigned char *)tekst;
    l[0] = strlen(tekst);
    s.tekst = b;
    s.laengde = l;
    return s;
}

/* Render "t" = `tekst` with `data` (taken) and compare with `forventet`
 * (NULL: the render must fail with `fejl`). */
static void
tjek(const char *tekst, json_t *data, const char *forventet,
     enum sag_status fejl)
{
    struct sag_skabeloner s = med(tekst);
    struct sag_buf b;
    struct sag_diag d;
    enum sag_status st;

    assert_non_null(data);
    sag_buf_init(&b, 0);
    sag_diag_init(&d);
    st = sag__skabelon_gengiv(&s, "t", data, &b, &d);
    if (forventet != NULL) {
        if (st != SAG_OK)
            fail_msg("%s: %s", tekst, d.besked);
        assert_string_equal(b.buf, forventet);
    } else {
        assert_int_equal(st, fejl);
        assert_true(d.besked[0] != '\0');
    }
    sag_buf_release(&b);
    json_decref(data);
}

static void
test_escaping(void **state)
{
    (void)state;
    tjek(
        "<p title=\"{{a}}\">{{a}}</p>",
        json_pack("{s:s}", "a", "<b>\"Tom\" & 'Jerry'</b>"),
        "<p title=\"&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;\">"
        "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;</p>",
        SAG_OK);
    /* A value that looks like a tag is text, not a tag. */
    tjek("{{a}}", json_pack("{s:s}", "a", "{{b}}"), "{{b}}", SAG_OK);
    /* Integers in decimal, null as nothing, Danish letters kept. */
    tjek("{{n}}|{{m}}|{{z}}|{{s}}",
         json_pack("{s:I,s:i,s:n,s:s}", "n", (json_int_t)-1234567890123LL, "m",
                   0, "z", "s", "Ærø"),
         "-1234567890123|0||Ærø", SAG_OK);
    tjek("a{{! en kommentar }}b", json_object(), "ab", SAG_OK);
    /* A tag inside a comment would end it early: refused. */
    tjek("{{! se {{{x}}} }}", json_object(), NULL, SAG_EINVAL);
}

static void
test_manglende_og_forkerte(void **state)
{
    (void)state;
    /* A missing key is an error (a typo never renders blank) ... */
    tjek("{{mangler}}", json_object(), NULL, SAG_ENOTFOUND);
    tjek("{{a.b}}", json_pack("{s:{}}", "a"), NULL, SAG_ENOTFOUND);
    /* ... but a missing section is just false, and its inverse shown. */
    tjek("[{{#mangler}}x{{/mangler}}{{^mangler}}y{{/mangler}}]", json_object(),
         "[y]", SAG_OK);
    /* Values a tag cannot print. */
    tjek("{{a}}", json_pack("{s:b}", "a", 1), NULL, SAG_EINVAL);
    tjek("{{a}}", json_pack("{s:[]}", "a"), NULL, SAG_EINVAL);
    /* Malformed templates. */
    tjek("{{a", json_object(), NULL, SAG_EINVAL);
    tjek("{{#a}}x", json_pack("{s:b}", "a", 1), NULL, SAG_EINVAL);
    tjek("x{{/a}}", json_object(), NULL, SAG_EINVAL);
    tjek("{{a b}}", json_object(), NULL, SAG_EINVAL);
    tjek("{{}}", json_object(), NULL, SAG_EINVAL);
    tjek("{{> ingen}}", json_object(), NULL, SAG_ENOTFOUND);
}

static void
test_sektioner(void **state)
{
    (void)state;
    tjek("{{> liste}}",
         json_pack("{s:[{s:s,s:i},{s:s,s:i}]}", "r", "navn", "a<b", "n", 1,
                   "navn", "c", "n", 2),
         "<ul><li>a&lt;b: 1</li><li>c: 2</li></ul>", SAG_OK);
    tjek("{{> liste}}", json_pack("{s:[]}", "r"), "<ul></ul>Ingen", SAG_OK);
    /* Truth: true, a non-empty string, a non-zero integer, an object. */
    tjek("{{#a}}A{{/a}}{{#b}}B{{/b}}{{#c}}C{{/c}}{{#d}}D{{/d}}"
         "{{#e}}E{{/e}}{{#f}}F{{/f}}{{#g}}G{{/g}}",
         json_pack("{s:b,s:b,s:s,s:s,s:i,s:i,s:{}}", "a", 1, "b", 0, "c", "x",
                   "d", "", "e", 7, "f", 0, "g"),
         "ACEG", SAG_OK);
    /* A list of strings with {{.}}; a string section pushes the string. */
    tjek("{{#l}}<{{.}}>{{/l}}{{#s}}({{.}}){{/s}}",
         json_pack("{s:[s,s],s:s}", "l", "x", "&", "s", "y"), "<x><&amp;>(y)",
         SAG_OK);
    /* Nesting: inner names first, outer names seen through; the same name
     * nested in itself closes at the right tag. */
    tjek("{{#ydre}}{{#indre}}{{a}}{{b}}{{/indre}}{{/ydre}}",
         json_pack("{s:s,s:{s:s,s:[{s:s},{s:s}]}}", "a", "0", "ydre", "b", "B",
                   "indre", "a", "1", "a", "2"),
         "1B2B", SAG_OK);
    tjek("{{#a}}[{{#a}}{{x}}{{/a}}]{{/a}}",
         json_pack("{s:{s:{s:s}}}", "a", "a", "x", "inderst"), "[inderst]",
         SAG_OK);
    tjek("{{a.b.c}}", json_pack("{s:{s:{s:s}}}", "a", "b", "c", "dyb"), "dyb",
         SAG_OK);
    /* A partial sees the context it is called in. */
    tjek("{{#p}}{{> ydre}}{{/p}}", json_pack("{s:[{s:s}]}", "p", "navn", "<q>"),
         "[&lt;q&gt;]", SAG_OK);
    /* A partial that calls itself stops at the depth limit. */
    tjek("{{> loekke}}", json_object(), NULL, SAG_EINVAL);
}

static void
test_fragmenter(void **state)
{
    struct sag_skabeloner s = med("<b>{{a}}</b>");
    struct sag_diag d;
    json_t *data, *f;

    (void)state;
    sag_diag_init(&d);
    data = json_pack("{s:s}", "a", "<i>");
    f = sag__skabelon_fragment(&s, "t", data, &d);
    assert_non_null(f);
    json_decref(data);
    /* The engine's own fragment is written as it is ... */
    data = json_pack("{s:o}", "x", f);
    {
        struct sag_skabeloner r = med("{{{x}}}|{{x}}");
        struct sag_buf b;

        sag_buf_init(&b, 0);
        /* ... and {{x}} of the same fragment is refused (not text). */
        assert_int_equal(sag__skabelon_gengiv(&r, "t", data, &b, &d),
                         SAG_EINVAL);
        assert_string_equal(b.buf, "<b>&lt;i&gt;</b>|");
        sag_buf_release(&b);
    }
    json_decref(data);
    /* A string is never raw, whatever it holds. */
    tjek("{{{x}}}", json_pack("{s:s}", "x", "<script>"), NULL, SAG_EINVAL);
    tjek("{{{x}}}", json_pack("{s:{s:s}}", "x", "sag-fragment", "<script>"),
         NULL, SAG_EINVAL);
    tjek("{{{x}}}", json_object(), NULL, SAG_ENOTFOUND);
}

static void
test_dele(void **state)
{
    struct sag_skabeloner s = med("");
    struct sag_buf b;
    struct sag_diag d;
    json_t *data = json_pack("{s:b}", "s", 0);

    (void)state;
    sag_buf_init(&b, 0);
    sag_diag_init(&d);
    /* The top-level slot; the one inside {{#s}} is stepped over. */
    assert_int_equal(
        sag__skabelon_gengiv_del(&s, "del", "indhold", 0, data, &b, &d),
        SAG_OK);
    sag_buf_adds(&b, "KROP");
    assert_int_equal(
        sag__skabelon_gengiv_del(&s, "del", "indhold", 1, data, &b, &d),
        SAG_OK);
    assert_string_equal(b.buf, "<main>KROP</main>");
    assert_int_equal(
        sag__skabelon_gengiv_del(&s, "del", "andet", 0, data, &b, &d),
        SAG_ENOTFOUND);
    assert_int_equal(sag__skabelon_gengiv(&s, "ingen", data, &b, &d),
                     SAG_ENOTFOUND);
    sag_buf_release(&b);
    json_decref(data);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_escaping),
        cmocka_unit_test(test_manglende_og_forkerte),
        cmocka_unit_test(test_sektioner),
        cmocka_unit_test(test_fragmenter),
        cmocka_unit_test(test_dele),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
