/*
 * Reports over the API: the board's portfolio (text, CSV or the
 * self-contained HTML page), the impact runs and the quality sample as
 * JSON.
 */
#include <stdio.h>
#include <string.h>

#include "skadesag/mappe_json.h"
#include "skadesag/parse.h"
#include "skadesag/portefolje_gengiv.h"
#include "skadesag/prognose_fil.h"
#include "skadesag/sha256.h"
#include "skadesag/udbetaling.h"
#include <sodium.h>

#include "http_int.h"

#include "../base/banned.h"

/* A required or optional date argument; -1 when bad (answered). */
static int
dato_arg(struct sag__http_kald *k, const char *navn, bool kraevet,
         struct sag_dato *ud, bool *har)
{
    const char *s = sag__http_arg(k, navn);
    char felt[32];

    *har = s != NULL;
    if (s != NULL && sag_dato_parse(s, strlen(s), ud) == SAG_OK)
        return 0;
    if (s == NULL && !kraevet)
        return 0;
    (void)snprintf(felt, sizeof(felt), "/%s", navn);
    (void)sag__http_problem_status(k, MHD_HTTP_UNPROCESSABLE_CONTENT, felt,
                                   s ? "skal være en dato (DD.MM.ÅÅÅÅ eller "
                                       "ÅÅÅÅ-MM-DD)"
                                     : "mangler (ÅÅÅÅ-MM-DD)");
    return -1;
}

/* The HTML page's one inline style sheet is allowed by its hash (CSP
 * level 2, 'sha256-…'): the default policy allows no inline style, and
 * 'unsafe-inline' would allow any. The page needs nothing else. */
void
sag__http_html_csp(struct sag__http_kald *k)
{
    const char *a = strstr(k->b->buf, "<style>"), *e;
    struct sag_sha256 c;
    unsigned char h[32];
    char b64[sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_ORIGINAL)];

    if (a == NULL || (e = strstr(a, "</style>")) == NULL)
        return;
    a += strlen("<style>");
    sag_sha256_init(&c);
    sag_sha256_update(&c, a, (size_t)(e - a));
    sag_sha256_final(&c, h);
    (void)sodium_bin2base64(b64, sizeof(b64), h, sizeof(h),
                            sodium_base64_VARIANT_ORIGINAL);
    (void)snprintf(k->csp, sizeof(k->csp),
                   "default-src 'none'; style-src 'sha256-%s'; base-uri "
                   "'none'; form-action 'none'; frame-ancestors 'none'",
                   b64);
}

int
sag__api_portefolje(struct sag__http_kald *k)
{
    struct sag_dato fra, til, pr;
    struct sag_pf_rapport *r = sag_arena_alloc(&k->a->arena, sizeof(*r));
    struct sag_pf_kvalitet q;
    struct sag_pf_prognose prog, *progp = NULL;
    struct sag_pf_gengiv g;
    struct sag_diag d;
    const char *format = sag__http_arg(k, "format");
    const char *prognose = sag__http_arg(k, "prognose");
    bool har, kvalitet = sag__http_arg(k, "kvalitet") != NULL;
    enum sag_status st;

    if (r == NULL)
        return sag__http_problem_status(k, MHD_HTTP_INTERNAL_SERVER_ERROR, NULL,
                                        NULL);
    if (dato_arg(k, "fra", true, &fra, &har) != 0 ||
        dato_arg(k, "til", true, &til, &har) != 0 ||
        dato_arg(k, "pr", false, &pr, &har) != 0)
        return 0;
    if (!har)
        pr = til;
    if (format == NULL)
        format = "html";
    if (strcmp(format, "tekst") && strcmp(format, "csv") &&
        strcmp(format, "html"))
        return sag__http_problem_status(k, MHD_HTTP_UNPROCESSABLE_CONTENT,
                                        "/format",
                                        "skal være tekst, csv eller html");
    sag_diag_init(&d);
    if (prognose != NULL) {
        int64_t aar;

        if (sag_parse_i64(prognose, 1900, 2100, &aar) != SAG_OK)
            return sag__http_problem_status(k, MHD_HTTP_UNPROCESSABLE_CONTENT,
                                            "/prognose", "skal være et årstal");
        if ((st = sag_prognose_indlaes(k->a->v->data_dir, (int)aar,
                                       &k->a->arena, &prog, &d)) != SAG_OK)
            return sag__http_svar(k, st, &d, MHD_HTTP_OK);
        progp = &prog;
    }
    if ((st = sag_tj_portefolje(&k->tj, fra, til, pr, r, kvalitet ? &q : NULL,
                                progp, &d)) != SAG_OK)
        return sag__http_svar(k, st, &d, MHD_HTTP_OK);
    memset(&g, 0, sizeof(g));
    g.rapport = r;
    g.kvalitet = kvalitet ? &q : NULL;
    g.prognose = progp;
    g.titel = "Porteføljerapport";
    /* Payments per month and payer for the roles that may see them. */
    {
        struct sag_pf_udbetalinger *u =
            sag_arena_alloc(&k->a->arena, sizeof(*u));

        if (u != NULL) {
            st = sag_tj_udbetaling_portefolje(&k->tj, fra, til, u, &d);
            if (st == SAG_OK)
                g.udbetalinger = u;
            else if (st != SAG_EADGANG)
                return sag__http_svar(k, st, &d, MHD_HTTP_OK);
            sag_diag_init(&d);
        }
    }
    if (strcmp(format, "csv") == 0) {
        sag_pf_csv(&g, k->b);
        k->type = "text/csv; charset=utf-8";
    } else if (strcmp(format, "html") == 0) {
        sag_pf_html(&g, k->b);
        sag__http_html_csp(k);
        k->type = "text/html; charset=utf-8";
    } else {
        sag_pf_tekst(&g, k->b);
        k->type = "text/plain; charset=utf-8";
    }
    k->status = MHD_HTTP_OK;
    return 0;
}

struct raekker {
    struct sag_json_array a;
    struct sag_buf *b;
};

static int
hr_raekke(void *ctx, const struct sag_afgoerelse_post *p,
          const struct sag_konsekvens_hr2025 *r)
{
    struct raekker *x = ctx;

    sag_json_array_naeste(&x->a);
    sag_konsekvens_hr_json(p, r, x->b);
    return 0;
}

static int
fp_raekke(void *ctx, const struct sag_afgoerelse_post *p,
          const struct sag_konsekvens_fp *r)
{
    struct raekker *x = ctx;

    sag_json_array_naeste(&x->a);
    sag_konsekvens_fp_json(p, r, x->b);
    return 0;
}

int
sag__api_konsekvens(struct sag__http_kald *k)
{
    struct raekker x;
    struct sag_tj_konsekvens_hr hr;
    struct sag_tj_konsekvens_fp fp;
    struct sag_diag d;
    struct sag_dato pr = k->tj.idag;
    bool har, er_hr = strcmp(k->param[0], "hoejesteret-2025") == 0;
    enum sag_status st;

    if (!er_hr && strcmp(k->param[0], "folkepensionsalder") != 0)
        return sag__http_problem_status(k, MHD_HTTP_NOT_FOUND, NULL,
                                        "hoejesteret-2025 eller "
                                        "folkepensionsalder");
    if (dato_arg(k, "pr", false, &pr, &har) != 0)
        return 0;
    if (!har)
        pr = k->tj.idag;
    sag_diag_init(&d);
    x.b = k->b;
    sag_buf_adds(k->b, "{\"afgoerelser\":");
    sag_json_array_begynd(&x.a, k->b);
    st = er_hr ? sag_tj_konsekvens_hr2025(&k->tj, hr_raekke, &x, &hr, &d)
               : sag_tj_konsekvens_folkepension(&k->tj, pr, fp_raekke, &x, &fp,
                                                &d);
    sag_json_array_slut(&x.a);
    if (st == SAG_OK) {
        sag_buf_adds(k->b, ",\"i_alt\":");
        if (er_hr)
            sag_konsekvens_hr_sum_json(&hr, k->b);
        else
            sag_konsekvens_fp_sum_json(&fp, k->b);
        sag_buf_addc(k->b, '}');
    }
    return sag__http_svar(k, st, &d, MHD_HTTP_OK);
}

static int
kvalitet_post(void *ctx, const struct sag_kvalitet_post *p)
{
    struct raekker *x = ctx;

    sag_json_array_naeste(&x->a);
    sag_kvalitet_post_json(p, x->b);
    return 0;
}

int
sag__api_kvalitet(struct sag__http_kald *k)
{
    struct sag_dato fra, til;
    struct sag_pf_kvalitet q;
    struct raekker x;
    struct sag_diag d;
    bool har;
    enum sag_status st;

    if (dato_arg(k, "fra", true, &fra, &har) != 0 ||
        dato_arg(k, "til", true, &til, &har) != 0)
        return 0;
    sag_diag_init(&d);
    if ((st = sag_tj_kvalitet(&k->tj, fra, til, &q, &d)) != SAG_OK)
        return sag__http_svar(k, st, &d, MHD_HTTP_OK);
    sag_buf_adds(k->b, "{\"status\":");
    sag_kvalitet_json(&q, k->b);
    sag_buf_adds(k->b, ",\"stikproeve\":");
    x.b = k->b;
    sag_json_array_begynd(&x.a, k->b);
    st = sag_tj_kvalitet_liste(&k->tj, fra, til, kvalitet_post, &x, &d);
    sag_json_array_slut(&x.a);
    sag_buf_addc(k->b, '}');
    return sag__http_svar(k, st, &d, MHD_HTTP_OK);
}

int
sag__api_kvalitet_udtraek(struct sag__http_kald *k)
{
    struct sag_dato fra, til;
    unsigned long long seed;
    int promille;
    size_t nye = 0, i_alt = 0;
    struct sag_diag d;
    enum sag_status st;

    sag_diag_init(&d);
    st = sag_udtraek_fra_json(k->krop.buf, k->krop.len, &fra, &til, &seed,
                              &promille, &d);
    if (st == SAG_OK)
        st = sag_tj_kvalitet_udtraek(&k->tj, fra, til, seed, promille, &nye,
                                     &i_alt, &d);
    if (st == SAG_OK)
        sag_udtraek_svar_json(nye, i_alt, k->b);
    return sag__http_svar(k, st, &d, MHD_HTTP_OK);
}

int
sag__api_kvalitet_vurder(struct sag__http_kald *k)
{
    const char *begrundelse = NULL;
    bool korrekt = false;
    struct sag_diag d;
    enum sag_status st;

    sag_diag_init(&d);
    st = sag_vurdering_fra_json(k->krop.buf, k->krop.len, &k->a->arena,
                                &korrekt, &begrundelse, &d);
    if (st == SAG_OK)
        st = sag_tj_kvalitet_vurder(&k->tj, k->param[0], korrekt, begrundelse,
                                    &d);
    if (st == SAG_OK)
        sag_svar_json("afgoerelse_id", k->param[0], k->b);
    return sag__http_svar(k, st, &d, MHD_HTTP_OK);
}
