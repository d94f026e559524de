/*
 * Private declarations shared by the HTTP server's source files.
 */
#ifndef SAG_HTTP_INT_H
#define SAG_HTTP_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <microhttpd.h>

#include "skadesag/arena.h"
#include "skadesag/buf.h"
#include "skadesag/http.h"
#include "skadesag/satser.h"
#include "skadesag/store.h"
#include "skadesag/tjeneste.h"

#define SAG__HTTP_MAKS_PARAM 3
#define SAG__HTTP_TOKEN_HEX 65

/* Who is calling: from a session cookie or an API token. */
struct sag__http_identitet {
    bool kendt;
    char bruger[64];
    enum sag_rolle rolle;
    char team[32], cpr[SAG_CPR_LEN + 1], forsikring[64]; /* scope */
    bool via_cookie;                                     /* CSRF applies */
    bool via_proxy;  /* identity set by the proxy */
    bool via_noegle; /* an API token */
    unsigned scope;  /* the token's SAG_SCOPE_* */
    char csrf[SAG__HTTP_TOKEN_HEX];
};

/* An API token the store accepted within the last
 * SAG__HTTP_NOEGLE_MAKS_ALDER_MS: the SHA-256 of its text (never the text)
 * and who it is. A request with the same token within that time is
 * answered as that caller without asking the store again, so revoking a
 * token, disabling its account or changing its role takes effect in every
 * worker within that time (adgang.c). */
#define SAG__HTTP_NOEGLER 16
#define SAG__HTTP_NOEGLE_MAKS_ALDER_MS 1000
struct sag__http_noegle {
    bool brugt;
    unsigned char sha256[32];
    struct timespec tjekket; /* CLOCK_MONOTONIC */
    struct sag__http_identitet hvem;
};

/* One worker process: its database connection, its rate tables and its
 * daemon. Handlers run on the daemon's one thread, one at a time. */
struct sag__http_arbejder {
    const struct sag_http_valg *v;
    struct MHD_Daemon *daemon;
    struct sag_store *store;
    struct sag_store *rapport_store; /* --rapport-db; NULL: store */
    /* Computed board reports (SKADESAG_RAPPORT_SEK, docs/server.md);
     * NULL: every report computed when asked for. */
    struct sag_tj_rapportcache *rapportcache;
    struct sag_satser satser;
    struct sag_arena arena; /* per request, reset before each */
    struct sag_buf ud;      /* the response body, reset before each */
    bool tls;
    struct sag__http_noegle noegler[SAG__HTTP_NOEGLER];
    unsigned naeste_noegle; /* the slot the next new token takes */
    int64_t ryddet;         /* when expired sessions were last removed */
    /* Failed logins per client address (this worker's share), for
     * throttling password spraying across accounts. */
    struct sag__http_forsoeg {
        char klient[64];
        int64_t start;
        unsigned antal;
    } forsoeg[256];
};

/* One request. */
struct sag__http_kald {
    struct sag__http_arbejder *a;
    struct MHD_Connection *c;
    const char *metode;
    char sti[512]; /* the path, without the query */
    struct sag_buf krop;
    bool krop_for_stor;
    bool behandlet; /* the handler ran (second call onwards) */
    const char *param[SAG__HTTP_MAKS_PARAM];
    char param_buf[SAG__HTTP_MAKS_PARAM][128];
    struct sag__http_identitet hvem;
    struct sag_tj tj; /* the application layer's context for this caller */
    char klient[64];  /* the client's address, for the access log */
    struct timespec start;

    /* The response. */
    unsigned status;
    const char *type; /* Content-Type */
    struct sag_buf *b;
    char cookie[256];    /* Set-Cookie, "" for none */
    char placering[160]; /* Location, "" for none */
    char link[768];      /* Link (the next page), "" for none */
    char tilladt[32];    /* Allow, for a 405: the path's methods */
    char csp[256];       /* a page's own Content-Security-Policy, "" for
                            the default */
    /* A page's own Referrer-Policy, NULL for the default "no-referrer".
     * The web UI's pages use "same-origin": under "no-referrer" a browser
     * sends "Origin: null" with a form, and the form's Origin check
     * (sag__http_csrf_form_ok) could not tell this server's forms from
     * another site's. */
    const char *referrer;
    /* A UI template failed while the page was built (a programming
     * error: the page is answered 500). */
    bool skabelon_fejl;
};

/* A handler: fill k->status and k->b; 0, or -1 to close the connection. */
typedef int (*sag__http_fn)(struct sag__http_kald *k);

/* Routes (rute.c). */
enum {
    SAG__RUTE_AABEN = 1, /* no login needed */
    SAG__RUTE_SKRIV = 2, /* changes state: CSRF for cookie sessions */
    SAG__RUTE_BEREGN = 4 /* the calculation: an API token's "beregn" scope */
};

struct sag__rute {
    const char *metode;
    const char *moenster; /* "/api/sager/{}/klager/{}/genvurdering" */
    sag__http_fn fn;
    unsigned flag;
};

/* Find the route for a method and path; fills the path parameters. NULL
 * and `*metode_forkert` when the path exists with another method (whose
 * methods are then in k->tilladt, for the Allow header). */
const struct sag__rute *sag__http_rute(struct sag__http_kald *k,
                                       bool *metode_forkert);

/* Every route, for the documentation test. */
const struct sag__rute *sag__http_ruter(size_t *antal);

/* Responses (anmodning.c). */
void sag__http_json(struct sag__http_kald *k, unsigned status);
/* A problem (RFC 9457) from a refusal: the status maps to the HTTP code
 * (here and nowhere else), the field goes in "felt". */
int sag__http_problem(struct sag__http_kald *k, enum sag_status st,
                      const struct sag_diag *d);
/* A use case's answer: `ok` with the body already written, or the
 * refusal as problem+json (the body is replaced). */
int sag__http_svar(struct sag__http_kald *k, enum sag_status st,
                   const struct sag_diag *d, unsigned ok);
/* A problem with an explicit HTTP status and Danish detail. */
int sag__http_problem_status(struct sag__http_kald *k, unsigned status,
                             const char *felt, const char *detalje);
/* A query argument, or NULL. */
const char *sag__http_arg(struct sag__http_kald *k, const char *navn);
/* A request header, or NULL. */
const char *sag__http_header(struct sag__http_kald *k, const char *navn);
/* Send the response that k holds (status, type, body, cookie), with the
 * security headers. */
enum MHD_Result sag__http_send(struct sag__http_kald *k);

/* Login, sessions and tokens (adgang.c). Establish k->hvem from the
 * request (session cookie, Authorization: Bearer, or the proxy's identity
 * header); false if nobody. */
bool sag__http_identificer(struct sag__http_kald *k);
/* May the identified caller use route `r`? An API token needs the scope
 * of the route. */
bool sag__http_scope_ok(const struct sag__http_kald *k,
                        const struct sag__rute *r);
/* A state-changing request over a cookie session must carry the session's
 * CSRF token in X-CSRF-Token, and a browser's Origin must be this
 * server. */
bool sag__http_csrf_ok(struct sag__http_kald *k);

/* A form posted by a browser (the web UI, ui.c): the browser's Origin,
 * if sent, must be this server, and with a cookie session `token` (the
 * form's hidden field) must be the session's CSRF token; `token` NULL
 * checks the Origin only (the login form, before any session). */
bool sag__http_csrf_form_ok(struct sag__http_kald *k, const char *token);

/* Throttling of failed logins per client address (api_adgang.c), shared
 * by the API's login and the web UI's. */
bool sag__http_login_for_mange(struct sag__http_kald *k, int64_t nu);
void sag__http_login_fejlet(struct sag__http_kald *k, int64_t nu);

/* The web UI (ui.c): is this path one of its pages ("/ui", "/ui/…")?
 * Its pages identify the caller themselves (no login: a redirect to the
 * login page) and check the CSRF field of their forms. */
bool sag__ui_sti(const char *sti);
int sag__ui(struct sag__http_kald *k);
/* The UI's static files (web/, embedded by tools/indlejr.c at build
 * time): [0] the style sheet, [1] htmx when web/node_modules has it. */
extern const char *const sag__ui_filer[];
extern const size_t sag__ui_filer_antal;
/* [0]: dkfds.min.css (npm dkfds), or a placeholder comment. */
extern const char *const sag__ui_dkfds[];
/* DKFDS's woff2 fonts: bytes, lengths, file names; maybe none. */
extern const unsigned char *const sag__ui_fonte[];
extern const size_t sag__ui_fonte_laengde[];
extern const char *const sag__ui_fonte_navn[];
extern const size_t sag__ui_fonte_antal;
/* DKFDS's icon sprite (npm dkfds; an empty sprite without the install). */
extern const char *const sag__ui_ikoner[];
/* The UI's templates (web/skabeloner/, embedded by meson.build). */
extern const unsigned char *const sag__ui_skabeloner[];
extern const size_t sag__ui_skabeloner_laengde[];
extern const char *const sag__ui_skabeloner_navn[];
extern const size_t sag__ui_skabeloner_antal;

/* Seconds since 1970 (the clock of sessions). */
int64_t sag__http_nu(void);

/* Where the first CPR-shaped value in s[0..n) begins: six digits, an
 * optional dash or space and four digits, with no digit just before or
 * after (010180-1234, 010180 1234, 0101801234). Writes its start and length; false if there
 * is none. Used to keep CPR numbers out of the access log and out of GET
 * addresses. Pure, thread-safe. */
bool sag__http_cpr_form(const char *s, size_t n, size_t *start, size_t *len);
/* The path `sti` into ud[n] with every CPR-shaped value's digits masked
 * (XXXXXX-XXXX), matched on the whole path before it is cut to n - 1
 * bytes: for the access log and any message that names the path. */
void sag__http_sti_maskeret(const char *sti, char *ud, size_t n);

/* The handlers. */
int sag__api_login(struct sag__http_kald *k);
int sag__api_logout(struct sag__http_kald *k);
int sag__api_mig(struct sag__http_kald *k);
int sag__api_sundhed(struct sag__http_kald *k);
int sag__api_beregn(struct sag__http_kald *k);
int sag__api_satser(struct sag__http_kald *k);
int sag__api_sager_liste(struct sag__http_kald *k);
int sag__api_sager_opret(struct sag__http_kald *k);
int sag__api_sag(struct sag__http_kald *k);
int sag__api_haendelse(struct sag__http_kald *k);
int sag__api_afgoer(struct sag__http_kald *k);
int sag__api_klage(struct sag__http_kald *k);
int sag__api_genvurder(struct sag__http_kald *k);
int sag__api_tilslut(struct sag__http_kald *k);
int sag__api_soegning(struct sag__http_kald *k);
int sag__api_dokument(struct sag__http_kald *k);
int sag__api_hent_dokument(struct sag__http_kald *k);
int sag__api_ankestyrelsen(struct sag__http_kald *k);
int sag__api_revision(struct sag__http_kald *k);
int sag__api_genoptag(struct sag__http_kald *k);
int sag__api_laesninger(struct sag__http_kald *k);
/* GET /api/sager/{id}/ydelser (api_ydelser.c, issue 14). */
int sag__api_ydelser(struct sag__http_kald *k);
/* A self-contained HTML page's Content-Security-Policy: its one inline
 * style sheet allowed by hash, nothing else (api_rapport.c). */
void sag__http_html_csp(struct sag__http_kald *k);
int sag__api_brev_dan(struct sag__http_kald *k);
int sag__api_breve(struct sag__http_kald *k);
int sag__api_brev(struct sag__http_kald *k);
int sag__api_eksport(struct sag__http_kald *k);
int sag__api_import(struct sag__http_kald *k);
int sag__api_genberegn(struct sag__http_kald *k);
int sag__api_arbejdsliste(struct sag__http_kald *k);
int sag__api_verificer(struct sag__http_kald *k);
int sag__api_portefolje(struct sag__http_kald *k);
int sag__api_kvalitet(struct sag__http_kald *k);
int sag__api_kvalitet_udtraek(struct sag__http_kald *k);
int sag__api_kvalitet_vurder(struct sag__http_kald *k);
int sag__api_udbetaling_koer(struct sag__http_kald *k);
int sag__api_udbetaling_vis(struct sag__http_kald *k);
int sag__api_udbetaling_send(struct sag__http_kald *k);
int sag__api_udbetaling_tilbagefoer(struct sag__http_kald *k);
int sag__api_udbetaling_totaler(struct sag__http_kald *k);
int sag__api_skattekort_ny(struct sag__http_kald *k);
int sag__api_skattekort(struct sag__http_kald *k);
int sag__api_konsekvens(struct sag__http_kald *k);

/* The use cases' context of an identified request (k->tj): who acts,
 * today, the scope, --rapport-db and the report cache. The API and the UI
 * both take it from here. Nothing when the caller is not identified. */
void sag__http_kontekst(struct sag__http_kald *k);
/* Today (UTC), for a request's use-case context. */
struct sag_dato sag__http_i_dag(void);

#endif /* SAG_HTTP_INT_H */
