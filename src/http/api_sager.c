/*
 * The case handlers: JSON → request (the wire codec) → one use case →
 * JSON. Nothing here decides a rule, a permission or an id.
 */
#include <stdio.h>
#include <string.h>

#include "skadesag/mappe_json.h"
#include "skadesag/parse.h"
#include "skadesag/sag_json.h"
#include "http_int.h"

#include "../base/banned.h"

/* A limit from the query: 1 to `max`, `standard` when absent; -1 when
 * bad (the answer is written). */
static int
graense(struct sag__http_kald *k, int64_t max, size_t standard, size_t *ud)
{
    const char *g = sag__http_arg(k, "graense");
    int64_t n;

    *ud = standard;
    if (g == NULL)
        return 0;
    if (sag_parse_i64(g, 1, max, &n) != SAG_OK) {
        (void)sag__http_problem_status(k, MHD_HTTP_UNPROCESSABLE_CONTENT,
                                       "/graense",
                                       "skal være et positivt heltal");
        return -1;
    }
    *ud = (size_t)n;
    return 0;
}

int
sag__api_sager_opret(struct sag__http_kald *k)
{
    struct sag_haendelse h;
    struct sag_diag d;
    char id[SAG_ID_MAX];
    enum sag_status st;

    sag_diag_init(&d);
    st = sag_opret_fra_json(k->krop.buf, k->krop.len, k->tj.idag, &k->a->arena,
                            &h, &d);
    if (st == SAG_OK)
        st = sag_tj_opret(&k->tj, &h, id, &d);
    if (st == SAG_OK) {
        /* The duplicate warning (issue 10, item 1): the case is created,
         * the answer names the cases it may duplicate. */
        char dubletter[4][SAG_ID_MAX];
        size_t n = 0;
        struct sag_diag d2;

        if (sag_tj_dubletter(&k->tj, &h, id, dubletter, 4, &n, &d2) != SAG_OK)
            n = 0;
        sag_opret_svar_json(id, (const char(*)[SAG_ID_MAX])dubletter,
                            n < 4 ? n : 4, k->b);
        (void)snprintf(k->placering, sizeof(k->placering), "/api/sager/%s", id);
    }
    return sag__http_svar(k, st, &d, MHD_HTTP_CREATED);
}

struct liste {
    struct sag_json_array a;
    struct sag_buf *b;
    char sidste[SAG_ID_MAX];
};

static int
liste_post(void *ctx, const struct sag_liste_post *p)
{
    struct liste *l = ctx;

    sag_json_array_naeste(&l->a);
    sag_liste_post_json(p, l->b);
    (void)snprintf(l->sidste, sizeof(l->sidste), "%s", p->id);
    return 0;
}

/* Append "&navn=value" percent-encoded (RFC 3986 unreserved kept). */
static void
arg(struct sag_buf *b, const char *navn, const char *v)
{
    if (v == NULL)
        return;
    sag_buf_addf(b, "&%s=", navn);
    for (const unsigned char *p = (const unsigned char *)v; *p; p++)
        if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
            (*p >= '0' && *p <= '9') || strchr("-._~", *p) != NULL)
            sag_buf_addc(b, (char)*p);
        else
            sag_buf_addf(b, "%%%02X", *p);
}

/* A full page: the next one is after its last case (RFC 8288 Link). */
static void
naeste_side(struct sag__http_kald *k, const struct sag_liste_filter *f,
            const char *sidste)
{
    struct sag_buf u;

    sag_buf_init(&u, sizeof(k->link) - 1);
    sag_buf_addf(&u, "</api/sager?graense=%zu", f->graense);
    arg(&u, "team", f->team);
    arg(&u, "sagsbehandler", f->sagsbehandler);
    arg(&u, "status", f->status);
    arg(&u, "type", f->type);
    arg(&u, "efter", sidste);
    sag_buf_adds(&u, ">; rel=\"next\"");
    if (sag_buf_status(&u) == SAG_OK)
        (void)snprintf(k->link, sizeof(k->link), "%s", u.buf);
    sag_buf_release(&u);
}

int
sag__api_sager_liste(struct sag__http_kald *k)
{
    struct sag_liste_filter f;
    struct liste l;
    struct sag_diag d;
    enum sag_status st;

    memset(&f, 0, sizeof(f));
    f.team = sag__http_arg(k, "team");
    f.sagsbehandler = sag__http_arg(k, "sagsbehandler");
    f.status = sag__http_arg(k, "status");
    f.type = sag__http_arg(k, "type");
    f.efter = sag__http_arg(k, "efter");
    if (graense(k, 10000, 100, &f.graense) != 0)
        return 0;
    sag_diag_init(&d);
    l.b = k->b;
    l.sidste[0] = '\0';
    sag_json_array_begynd(&l.a, k->b);
    st = sag_tj_liste(&k->tj, &f, liste_post, &l, &d);
    sag_json_array_slut(&l.a);
    if (st == SAG_OK && l.a.antal == f.graense)
        naeste_side(k, &f, l.sidste);
    return sag__http_svar(k, st, &d, MHD_HTTP_OK);
}

/* POST /api/soegning {"cpr"} or {"navn"}: a person's cases, or the cases
 * with a party of that name (in the body, never in the URL; every hit
 * read-logged). */
int
sag__api_soegning(struct sag__http_kald *k)
{
    struct liste l;
    struct sag_diag d;
    const char *cpr = NULL, *navn = NULL;
    enum sag_status st;

    sag_diag_init(&d);
    st = sag_soegning_fra_json(k->krop.buf, k->krop.len, &k->a->arena, &cpr,
                               &navn, &d);
    l.b = k->b;
    l.sidste[0] = '\0';
    if (st == SAG_OK) {
        sag_json_array_begynd(&l.a, k->b);
        st = cpr != NULL ? sag_tj_soeg_cpr(&k->tj, cpr, liste_post, &l, &d)
                         : sag_tj_soeg_navn(&k->tj, navn, liste_post, &l, &d);
        sag_json_array_slut(&l.a);
    }
    return sag__http_svar(k, st, &d, MHD_HTTP_OK);
}

/* "idag" from the query for the folder as of a date; else today. */
static int
som_af(struct sag__http_kald *k)
{
    const char *s = sag__http_arg(k, "idag");

    if (s == NULL)
        return 0;
    if (sag_dato_parse(s, strlen(s), &k->tj.idag) != SAG_OK) {
        (void)sag__http_problem_status(
            k, MHD_HTTP_UNPROCESSABLE_CONTENT, "/idag",
            "skal være en dato (DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD)");
        return -1;
    }
    return 0;
}

int
sag__api_sag(struct sag__http_kald *k)
{
    struct sag_tj_mappe *m;
    struct sag_diag d;
    const char *grund = sag__http_arg(k, "grund");
    enum sag_status st;

    if (som_af(k) != 0)
        return 0;
    if ((m = sag_arena_alloc(&k->a->arena, sizeof(*m))) == NULL)
        return sag__http_problem_status(k, MHD_HTTP_INTERNAL_SERVER_ERROR, NULL,
                                        NULL);
    sag_diag_init(&d);
    st = sag_tj_sagsmappe(&k->tj, k->param[0], grund ? grund : "sagsbehandling",
                          &k->a->arena, m, &d);
    if (st == SAG_OK)
        sag_mappe_json(m, k->b);
    return sag__http_svar(k, st, &d, MHD_HTTP_OK);
}

/* POST /api/sager/{id}/dokumenter?titel=&retning=&part=&svar_paa=&dato=
 * with the document's bytes as the body (PDF, PNG, JPEG): the journal. */
int
sag__api_dokument(struct sag__http_kald *k)
{
    struct sag_tj_dokument r;
    struct sag_diag d;
    const char *dato = sag__http_arg(k, "dato");
    char sha[65];
    enum sag_status st = SAG_OK;

    memset(&r, 0, sizeof(r));
    sag_diag_init(&d);
    r.dato = k->tj.idag;
    if (dato != NULL && sag_dato_parse(dato, strlen(dato), &r.dato) != SAG_OK)
        st = sag_diag_set(&d, SAG_EINVAL, "/dato",
                          "skal være en dato (DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD)");
    r.titel = sag__http_arg(k, "titel");
    r.retning = sag__http_arg(k, "retning");
    r.part = sag__http_arg(k, "part");
    r.anmodning_id = sag__http_arg(k, "svar_paa");
    r.indhold = k->krop.buf;
    r.len = k->krop.len;
    if (st == SAG_OK)
        st = sag_tj_dokument(&k->tj, k->param[0], &r, sha, &d);
    if (st == SAG_OK) {
        sag_svar_json("sha256", sha, k->b);
        (void)snprintf(k->placering, sizeof(k->placering),
                       "/api/sager/%s/dokumenter/%s", k->param[0], sha);
    }
    return sag__http_svar(k, st, &d, MHD_HTTP_CREATED);
}

/* GET /api/sager/{id}/dokumenter/{sha256}: the bytes, as stored, with
 * their type (a logged read). */
int
sag__api_hent_dokument(struct sag__http_kald *k)
{
    struct sag_diag d;
    const char *grund = sag__http_arg(k, "grund"), *mime = NULL;
    const void *b = NULL;
    size_t n = 0;
    enum sag_status st;

    sag_diag_init(&d);
    st = sag_tj_hent_dokument(&k->tj, k->param[0], k->param[1],
                              grund ? grund : "sagsbehandling", &k->a->arena,
                              &mime, &b, &n, &d);
    if (st != SAG_OK)
        return sag__http_svar(k, st, &d, MHD_HTTP_OK);
    sag_buf_add(k->b, b, n);
    k->status = MHD_HTTP_OK;
    k->type = mime;
    return 0;
}

int
sag__api_eksport(struct sag__http_kald *k)
{
    struct sag_tj_mappe *m;
    struct sag_diag d;
    enum sag_status st;

    if ((m = sag_arena_alloc(&k->a->arena, sizeof(*m))) == NULL)
        return sag__http_problem_status(k, MHD_HTTP_INTERNAL_SERVER_ERROR, NULL,
                                        NULL);
    sag_diag_init(&d);
    st = sag_tj_eksport(&k->tj, k->param[0], sag__http_arg(k, "grund"),
                        &k->a->arena, m, &d);
    if (st == SAG_OK)
        sag_eksport_json(m, k->b);
    return sag__http_svar(k, st, &d, MHD_HTTP_OK);
}

int
sag__api_import(struct sag__http_kald *k)
{
    struct sag_tj_import imp;
    struct sag_diag d;
    char id[SAG_ID_MAX];
    enum sag_status st;

    sag_diag_init(&d);
    st = sag_eksport_fra_json(k->krop.buf, k->krop.len, &k->a->arena, &imp, &d);
    if (st == SAG_OK)
        st = sag_tj_import(&k->tj, &imp, id, &d);
    if (st == SAG_OK) {
        sag_svar_json("id", id, k->b);
        (void)snprintf(k->placering, sizeof(k->placering), "/api/sager/%s", id);
    }
    return sag__http_svar(k, st, &d, MHD_HTTP_CREATED);
}

int
sag__api_haendelse(struct sag__http_kald *k)
{
    struct sag_haendelse h;
    struct sag_diag d;
    enum sag_status st;

    sag_diag_init(&d);
    st = sag_haendelse_fra_json(k->krop.buf, k->krop.len, &k->a->arena, &h, &d);
    if (st == SAG_OK)
        st = sag_tj_haendelse(&k->tj, k->param[0], &h, &d);
    if (st == SAG_OK)
        sag_svar_json("sag_id", k->param[0], k->b);
    return sag__http_svar(k, st, &d, MHD_HTTP_CREATED);
}

int
sag__api_afgoer(struct sag__http_kald *k)
{
    struct sag_tj_afgoerelse a;
    struct sag_tj_afgoerelse_svar s;
    struct sag_buf res;
    struct sag_diag d;
    enum sag_status st;

    sag_diag_init(&d);
    sag_buf_init(&res, 0);
    st = sag_afgoerelse_fra_json(k->krop.buf, k->krop.len, k->tj.idag,
                                 &k->a->arena, &a, &d);
    if (st == SAG_OK)
        st = sag_tj_afgoer(&k->tj, k->param[0], &a, &s, &res, &d);
    if (st == SAG_OK)
        sag_afgoerelse_svar_fuld_json(&s, a.fase, res.len ? res.buf : NULL,
                                      k->b);
    sag_buf_release(&res);
    return sag__http_svar(k, st, &d, MHD_HTTP_CREATED);
}

int
sag__api_klage(struct sag__http_kald *k)
{
    struct sag_tj_klage r;
    struct sag_diag d;
    char id[SAG_ID_MAX];
    enum sag_status st;

    sag_diag_init(&d);
    st = sag_klage_fra_json(k->krop.buf, k->krop.len, k->tj.idag, &k->a->arena,
                            &r, &d);
    if (st == SAG_OK)
        st = sag_tj_klage(&k->tj, k->param[0], &r, id, &d);
    if (st == SAG_OK)
        sag_svar_json("id", id, k->b);
    return sag__http_svar(k, st, &d, MHD_HTTP_CREATED);
}

static enum sag_status
klageskridt(struct sag__http_kald *k, struct sag_tj_klageskridt *r, bool *send,
            struct sag_diag *d)
{
    enum sag_status st = sag_klageskridt_fra_json(
        k->krop.buf, k->krop.len, k->tj.idag, &k->a->arena, r, send, d);

    r->klage_id = k->param[1];
    return st;
}

int
sag__api_genvurder(struct sag__http_kald *k)
{
    struct sag_tj_klageskridt r;
    struct sag_diag d;
    bool send;
    enum sag_status st;

    sag_diag_init(&d);
    if ((st = klageskridt(k, &r, &send, &d)) == SAG_OK && send)
        st = sag_diag_set(&d, SAG_EINVAL, "/send",
                          "bruges kun ved Ankestyrelsen");
    if (st == SAG_OK)
        st = sag_tj_genvurder(&k->tj, k->param[0], &r, &d);
    if (st == SAG_OK)
        sag_svar_json("klage_id", r.klage_id, k->b);
    return sag__http_svar(k, st, &d, MHD_HTTP_OK);
}

/* Another party joins the appeal (klage_tilsluttet). */
int
sag__api_tilslut(struct sag__http_kald *k)
{
    struct sag_tj_klageskridt r;
    struct sag_diag d;
    bool send;
    enum sag_status st;

    sag_diag_init(&d);
    if ((st = klageskridt(k, &r, &send, &d)) == SAG_OK && send)
        st = sag_diag_set(&d, SAG_EINVAL, "/send",
                          "bruges kun ved Ankestyrelsen");
    if (st == SAG_OK)
        st = sag_tj_klage_tilslut(&k->tj, k->param[0], &r, &d);
    if (st == SAG_OK)
        sag_svar_json("klage_id", r.klage_id, k->b);
    return sag__http_svar(k, st, &d, MHD_HTTP_OK);
}

int
sag__api_ankestyrelsen(struct sag__http_kald *k)
{
    struct sag_tj_klageskridt r;
    struct sag_diag d;
    char ny[SAG_ID_MAX] = "";
    bool send = false;
    enum sag_status st;

    sag_diag_init(&d);
    if ((st = klageskridt(k, &r, &send, &d)) == SAG_OK)
        st = send ? sag_tj_send_til_ankestyrelsen(&k->tj, k->param[0], &r, &d)
                  : sag_tj_ankestyrelsen(&k->tj, k->param[0], &r, ny, &d);
    if (st == SAG_OK) {
        if (ny[0]) {
            sag_svar_json("ny_sag_id", ny, k->b);
            (void)snprintf(k->placering, sizeof(k->placering), "/api/sager/%s",
                           ny);
        } else {
            sag_svar_json("klage_id", r.klage_id, k->b);
        }
    }
    return sag__http_svar(k, st, &d, ny[0] ? MHD_HTTP_CREATED : MHD_HTTP_OK);
}

static int
ny_generation(struct sag__http_kald *k, bool genoptag)
{
    struct sag_tj_ny_generation r;
    struct sag_diag d;
    char ny[SAG_ID_MAX];
    enum sag_status st;

    sag_diag_init(&d);
    st = sag_ny_generation_fra_json(k->krop.buf, k->krop.len, k->tj.idag,
                                    &k->a->arena, &r, &d);
    if (st == SAG_OK)
        st = genoptag ? sag_tj_genoptag(&k->tj, k->param[0], &r, ny, &d)
                      : sag_tj_revision(&k->tj, k->param[0], &r, ny, &d);
    if (st == SAG_OK) {
        sag_svar_json("ny_sag_id", ny, k->b);
        (void)snprintf(k->placering, sizeof(k->placering), "/api/sager/%s", ny);
    }
    return sag__http_svar(k, st, &d, MHD_HTTP_CREATED);
}

int
sag__api_revision(struct sag__http_kald *k)
{
    return ny_generation(k, false);
}

int
sag__api_genoptag(struct sag__http_kald *k)
{
    return ny_generation(k, true);
}

static int
laesning(void *ctx, const struct sag_laesning *l)
{
    struct liste *x = ctx;

    sag_json_array_naeste(&x->a);
    sag_laesning_json(l, x->b);
    return 0;
}

int
sag__api_laesninger(struct sag__http_kald *k)
{
    struct liste l;
    struct sag_diag d;
    enum sag_status st;

    sag_diag_init(&d);
    l.b = k->b;
    sag_json_array_begynd(&l.a, k->b);
    st = sag_tj_laesninger(&k->tj, k->param[0], laesning, &l, &d);
    sag_json_array_slut(&l.a);
    return sag__http_svar(k, st, &d, MHD_HTTP_OK);
}

int
sag__api_genberegn(struct sag__http_kald *k)
{
    struct sag_tj_genberegning g;
    struct sag_diag d;
    enum sag_status st;

    sag_diag_init(&d);
    if ((st = sag_tj_genberegn(&k->tj, k->param[0], &g, &d)) == SAG_OK)
        sag_genberegning_json(&g, k->b);
    return sag__http_svar(k, st, &d, MHD_HTTP_OK);
}

/* A date of the worklist's filter (either form); -1 after a 422. */
static int
filterdato(struct sag__http_kald *k, const char *navn, const char *felt,
           bool *har, struct sag_dato *ud)
{
    const char *s = sag__http_arg(k, navn);

    *har = false;
    if (s == NULL || s[0] == '\0')
        return 0;
    if (sag_dato_parse(s, strlen(s), ud) != SAG_OK) {
        (void)sag__http_problem_status(
            k, MHD_HTTP_UNPROCESSABLE_CONTENT, felt,
            "skal være en dato (DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD)");
        return -1;
    }
    *har = true;
    return 0;
}

/* GET /api/arbejdsliste: the worklist with the UI's filters (fra, til,
 * status, type, q), applied by the use case. */
int
sag__api_arbejdsliste(struct sag__http_kald *k)
{
    struct sag_tj_arbejdsliste l;
    struct sag_tj_arbejdsfilter f;
    struct sag_diag d;
    size_t g;
    enum sag_status st;

    memset(&f, 0, sizeof(f));
    if (graense(k, 100000, 50, &g) != 0 || som_af(k) != 0 ||
        filterdato(k, "fra", "/fra", &f.har_fra, &f.fra) != 0 ||
        filterdato(k, "til", "/til", &f.har_til, &f.til) != 0)
        return 0;
    f.status = sag__http_arg(k, "status");
    f.type = sag__http_arg(k, "type");
    f.tekst = sag__http_arg(k, "q");
    sag_diag_init(&d);
    if ((st = sag_tj_arbejdsliste_filtreret(&k->tj, sag__http_arg(k, "team"),
                                            sag__http_arg(k, "sagsbehandler"),
                                            &f, g, &k->a->arena, &l, &d)) ==
        SAG_OK)
        sag_arbejdsliste_json(&l, k->b);
    return sag__http_svar(k, st, &d, MHD_HTTP_OK);
}

int
sag__api_verificer(struct sag__http_kald *k)
{
    struct sag_diag d;
    long long n = 0;
    enum sag_status st;

    sag_diag_init(&d);
    if ((st = sag_tj_verificer(&k->tj, &n, &d)) == SAG_OK)
        sag_verificering_json(n, k->b);
    return sag__http_svar(k, st, &d, MHD_HTTP_OK);
}
