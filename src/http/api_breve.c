/*
 * The letters over HTTP (docs/breve.md, docs/api.yaml): produce a letter
 * for a case, list a case's letters, and fetch one as PDF, HTML or its
 * description. The letter module and the application layer do the work.
 */
#include <stdio.h>
#include <string.h>

#include "http_int.h"
#include "skadesag/breve.h"
#include "skadesag/mappe_json.h"

#include "../base/banned.h"

int
sag__api_brev_dan(struct sag__http_kald *k)
{
    struct sag_brev_bestilling b = { k->param[0], NULL, NULL };
    struct sag_tj_brev_svar s;
    struct sag_diag d;
    enum sag_status st;

    sag_diag_init(&d);
    st = sag_brev_bestilling_fra_json(k->krop.buf, k->krop.len, &k->a->arena,
                                      &b.type, &b.ref, &d);
    if (st == SAG_OK)
        st = sag_brev_dan(&k->tj, &b, &s, &d);
    if (st == SAG_OK) {
        sag_brev_svar_json(&s, k->b);
        (void)snprintf(k->placering, sizeof(k->placering), "/api/breve/%s",
                       s.id);
    }
    return sag__http_svar(k, st, &d, MHD_HTTP_CREATED);
}

int
sag__api_breve(struct sag__http_kald *k)
{
    struct sag_brev_post *p = NULL;
    struct sag_json_array a;
    struct sag_diag d;
    size_t n = 0;
    enum sag_status st;

    sag_diag_init(&d);
    st = sag_tj_breve(&k->tj, k->param[0], &k->a->arena, &p, &n, &d);
    if (st == SAG_OK) {
        sag_json_array_begynd(&a, k->b);
        for (size_t i = 0; i < n; i++) {
            sag_json_array_naeste(&a);
            sag_brev_post_json(&p[i], k->b);
        }
        sag_json_array_slut(&a);
    }
    return sag__http_svar(k, st, &d, MHD_HTTP_OK);
}

int
sag__api_brev(struct sag__http_kald *k)
{
    const char *format = sag__http_arg(k, "format");
    struct sag_brev_post p;
    struct sag_diag d;
    enum sag_status st;

    if (format == NULL)
        format = "pdf";
    if (strcmp(format, "pdf") != 0 && strcmp(format, "html") != 0 &&
        strcmp(format, "json") != 0)
        return sag__http_problem_status(k, MHD_HTTP_BAD_REQUEST, "/format",
                                        "skal være pdf, html eller json");
    sag_diag_init(&d);
    st = sag_tj_brev_hent(&k->tj, k->param[0], &k->a->arena, &p, &d);
    if (st != SAG_OK || strcmp(format, "json") == 0) {
        if (st == SAG_OK)
            sag_brev_post_json(&p, k->b);
        return sag__http_svar(k, st, &d, MHD_HTTP_OK);
    }
    if (strcmp(format, "html") == 0) {
        sag_buf_adds(k->b, p.html);
        sag__http_html_csp(k);
        k->type = "text/html; charset=utf-8";
    } else {
        sag_buf_add(k->b, p.pdf, p.pdf_len);
        k->type = "application/pdf";
    }
    k->status = MHD_HTTP_OK;
    return 0;
}
