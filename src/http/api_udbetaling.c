/*
 * The monthly payment run over the API (udbetaling.h, docs/api.yaml):
 * run a month, read a run, mark it sent, reverse it, and the totals per
 * month and payer. The payment files (they carry CPR numbers) are the
 * command line's (`skadesag udbetaling filer`).
 */
#include <string.h>

#include "skadesag/udbetaling_json.h"

#include "http_int.h"

#include "../base/banned.h"

int
sag__api_udbetaling_koer(struct sag__http_kald *k)
{
    struct sag_udb_resultat r;
    struct sag_maaned m;
    struct sag_diag d;
    size_t batch = 0;
    enum sag_status st;

    sag_diag_init(&d);
    st = sag_udb_bestilling_fra_json(k->krop.buf, k->krop.len, &m, &batch, &d);
    if (st == SAG_OK)
        st = sag_tj_udbetaling_koer(&k->tj, m, batch, &r, &d);
    if (st == SAG_OK)
        sag_udb_resultat_json(&r, k->b);
    /* 201 for a run this call started or finished; 200 when the month
     * was done already (nothing added). */
    return sag__http_svar(
        k, st, &d, st == SAG_OK && r.allerede ? MHD_HTTP_OK : MHD_HTTP_CREATED);
}

int
sag__api_udbetaling_vis(struct sag__http_kald *k)
{
    struct sag_udb_resultat r;
    struct sag_diag d;
    enum sag_status st;

    sag_diag_init(&d);
    st = sag_tj_udbetaling_vis(&k->tj, k->param[0], &r, &d);
    if (st == SAG_OK)
        sag_udb_resultat_json(&r, k->b);
    return sag__http_svar(k, st, &d, MHD_HTTP_OK);
}

static int
skift(struct sag__http_kald *k, bool send)
{
    struct sag_udb_resultat r;
    struct sag_diag d;
    enum sag_status st;

    memset(&r, 0, sizeof r);
    sag_diag_init(&d);
    st = send ? sag_tj_udbetaling_send(&k->tj, k->param[0], &r.k, &d)
              : sag_tj_udbetaling_tilbagefoer(&k->tj, k->param[0], &r.k, &d);
    if (st == SAG_OK)
        sag_udb_resultat_json(&r, k->b);
    return sag__http_svar(k, st, &d, MHD_HTTP_OK);
}

int
sag__api_udbetaling_send(struct sag__http_kald *k)
{
    return skift(k, true);
}

int
sag__api_udbetaling_tilbagefoer(struct sag__http_kald *k)
{
    return skift(k, false);
}

struct totaler {
    struct sag_buf *b;
    bool foerste;
};

static int
total(void *ctx, const struct sag_udb_maanedstotal *t)
{
    struct totaler *c = ctx;

    sag_udb_total_json(t, c->foerste, c->b);
    c->foerste = false;
    return 0;
}

int
sag__api_udbetaling_totaler(struct sag__http_kald *k)
{
    struct sag_maaned fra, til;
    struct sag_diag d;
    struct totaler c = { k->b, true };
    const char *f = sag__http_arg(k, "fra"), *t = sag__http_arg(k, "til");
    enum sag_status st;

    if (f == NULL || sag_maaned_parse(f, &fra) != SAG_OK)
        return sag__http_problem_status(k, MHD_HTTP_UNPROCESSABLE_CONTENT,
                                        "/fra", "skal være en måned (ÅÅÅÅ-MM)");
    if (t == NULL || sag_maaned_parse(t, &til) != SAG_OK)
        return sag__http_problem_status(k, MHD_HTTP_UNPROCESSABLE_CONTENT,
                                        "/til", "skal være en måned (ÅÅÅÅ-MM)");
    sag_diag_init(&d);
    sag_buf_addc(k->b, '[');
    st = sag_tj_udbetaling_totaler(&k->tj, fra, til, total, &c, &d);
    sag_buf_addc(k->b, ']');
    return sag__http_svar(k, st, &d, MHD_HTTP_OK);
}

/* Tax cards (issue 14 item 4): POST registers one, GET lists a person's
 * (?cpr=, required: the list carries CPR numbers). */
int
sag__api_skattekort_ny(struct sag__http_kald *k)
{
    struct sag_skattekort_post p, ud;
    struct sag_diag d;
    enum sag_status st;

    sag_diag_init(&d);
    st = sag_skattekort_fra_json(k->krop.buf, k->krop.len, &p, &d);
    if (st == SAG_OK)
        st = sag_tj_skattekort_registrer(&k->tj, &p, &ud, &d);
    if (st == SAG_OK)
        sag_skattekort_json(&ud, true, k->b);
    return sag__http_svar(k, st, &d, MHD_HTTP_CREATED);
}

struct kortliste {
    struct sag_buf *b;
    bool foerste;
};

static int
kort(void *ctx, const struct sag_skattekort_post *p)
{
    struct kortliste *c = ctx;

    sag_skattekort_json(p, c->foerste, c->b);
    c->foerste = false;
    return 0;
}

int
sag__api_skattekort(struct sag__http_kald *k)
{
    struct sag_diag d;
    struct kortliste c = { k->b, true };
    const char *cpr = sag__http_arg(k, "cpr");
    enum sag_status st;

    if (cpr == NULL || cpr[0] == '\0')
        return sag__http_problem_status(k, MHD_HTTP_UNPROCESSABLE_CONTENT,
                                        "/cpr", "mangler");
    sag_diag_init(&d);
    sag_buf_addc(k->b, '[');
    st = sag_tj_skattekort(&k->tj, cpr, kort, &c, &d);
    sag_buf_addc(k->b, ']');
    return sag__http_svar(k, st, &d, MHD_HTTP_OK);
}
