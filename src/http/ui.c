/*
 * The web UI (docs/web.md): server-rendered HTML pages under /ui on the
 * same port and over the same application layer and access policy as the
 * API. Every core flow works without JavaScript: plain links and forms
 * (POST, then 303 to the page that shows the result). A page decides no
 * rule and no permission: it asks the use case and shows its answer or
 * its refusal, the refusal's field (sag_diag) next to that field.
 *
 * Safety: every page is a template (web/skabeloner/, skabelon.h) that
 * HTML-escapes every value it writes, so no C code here writes HTML; every
 * form that changes state carries the session's CSRF token in a hidden
 * field, checked with the browser's Origin (sag__http_csrf_form_ok); no
 * inline script or style (the server's CSP forbids both); no personal data
 * in a URL (case ids only).
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "skadesag/beregning.h"
#include "skadesag/beregning_json.h"
#include "skadesag/breve.h"
#include "skadesag/dato.h"
#include "skadesag/frister.h"
#include "skadesag/konto.h"
#include "skadesag/penge.h"
#include "skadesag/parse.h"
#include "skadesag/portefolje_gengiv.h"
#include "skadesag/prognose_fil.h"
#include "skadesag/sag_json.h"
#include "skadesag/udbetaling.h"
#include "skadesag/visning.h"
#include "http_int.h"
#include "multipart.h"
#include "skabelon.h"

#include "../base/banned.h"

#define COOKIE "__Host-skadesag"
/* The login form's pre-session CSRF token (double-submit: the same random
 * value in this cookie and in the form's hidden field). */
#define LOGIN_COOKIE "__Host-skadesag-login"
#define LOGIN_TOKEN_LEN 64

/* ---- output ---- */

static void
html(struct sag__http_kald *k, unsigned status)
{
    k->status = status;
    k->type = "text/html; charset=utf-8";
}

static int
omdiriger(struct sag__http_kald *k, const char *sti)
{
    sag_buf_reset(k->b);
    (void)snprintf(k->placering, sizeof(k->placering), "%s", sti);
    k->status = MHD_HTTP_SEE_OTHER;
    k->type = "text/plain; charset=utf-8";
    return 0;
}

static const char *forside(const struct sag__http_kald *k);

/* ---- templates (web/skabeloner/, src/http/skabelon.h) ---- */

static struct sag_skabeloner
skabeloner(void)
{
    struct sag_skabeloner s;

    s.navn = sag__ui_skabeloner_navn;
    s.tekst = sag__ui_skabeloner;
    s.laengde = sag__ui_skabeloner_laengde;
    s.antal = sag__ui_skabeloner_antal;
    return s;
}

/* A template's failure is a programming error (the templates are
 * embedded and every one is rendered by the browser tests): it is logged
 * and the page is answered 500 by side_slut. */
static void
skabelon_tjek(struct sag__http_kald *k, enum sag_status st,
              const struct sag_diag *d)
{
    if (st == SAG_OK)
        return;
    char sti[512];

    k->skabelon_fejl = true;
    sag__http_sti_maskeret(k->sti, sti, sizeof(sti));
    (void)fprintf(stderr, "skadesag server: %s: %s\n", sti,
                  d->besked[0] ? d->besked : sag_status_str(st));
}

/* Render the template `navn` with `data` (taken; NULL is out of memory)
 * onto the page. */
static void
skabelon(struct sag__http_kald *k, const char *navn, json_t *data)
{
    struct sag_skabeloner s = skabeloner();
    struct sag_diag d;

    sag_diag_init(&d);
    skabelon_tjek(
        k, data ? sag__skabelon_gengiv(&s, navn, data, k->b, &d) : SAG_ENOMEM,
        &d);
    json_decref(data);
}

/* The layout's data (side.html): the title, htmx when it is embedded,
 * and who is logged in with the menu items the policy gives the role. */
static json_t *
side_data(const struct sag__http_kald *k, const char *titel)
{
    json_t *bruger = json_null();

    if (k->hvem.kendt)
        bruger = json_pack(
            "{s:s,s:s,s:s,s:b,s:b,s:b,s:b,s:b}", "navn", k->hvem.bruger,
            "rolle", sag_visning_ord(sag_rolle_navn(k->hvem.rolle)), "csrf",
            k->hvem.csrf, "borger", k->hvem.rolle == SAG_ROLLE_BORGER, "team",
            k->hvem.team[0] != '\0', "soeg",
            sag_tj_tilladt(k->hvem.rolle, SAG_HANDLING_LISTE), "rapport",
            sag_tj_tilladt(k->hvem.rolle, SAG_HANDLING_RAPPORT), "opret",
            sag_tj_tilladt(k->hvem.rolle, SAG_HANDLING_OPRET));
    /* htmx (progressive enhancement; docs/web.md): no indicator style of
     * its own (the CSP forbids inline style). */
    return json_pack("{s:s,s:b,s:o*}", "titel", titel, "htmx",
                     sag__ui_filer_antal > 1, "bruger", bruger);
}

/* The start of a page: the layout (web/skabeloner/side.html) up to its
 * {{{indhold}}}: the skip link, the header with who is logged in and the
 * logout button, the navigation, and <main>. */
static void
side_start(struct sag__http_kald *k, const char *titel)
{
    struct sag_skabeloner s = skabeloner();
    json_t *data = side_data(k, titel);
    struct sag_diag d;

    sag_buf_reset(k->b);
    k->skabelon_fejl = false;
    sag_diag_init(&d);
    skabelon_tjek(k,
                  data ? sag__skabelon_gengiv_del(&s, "side.html", "indhold", 0,
                                                  data, k->b, &d)
                       : SAG_ENOMEM,
                  &d);
    json_decref(data);
}

/* The end of a page: the layout after its {{{indhold}}}. */
static void
side_slut(struct sag__http_kald *k, unsigned status)
{
    struct sag_skabeloner s = skabeloner();
    json_t *data = json_object();
    struct sag_diag d;

    sag_diag_init(&d);
    skabelon_tjek(k,
                  data ? sag__skabelon_gengiv_del(&s, "side.html", "indhold", 1,
                                                  data, k->b, &d)
                       : SAG_ENOMEM,
                  &d);
    json_decref(data);
    html(k, k->skabelon_fejl ? MHD_HTTP_INTERNAL_SERVER_ERROR : status);
}

/* A refusal as a page: the heading and the message. */
static int
fejlside(struct sag__http_kald *k, unsigned status, const char *titel,
         const char *besked)
{
    side_start(k, titel);
    skabelon(k, "fejlside.html",
             json_pack("{s:s,s:s}", "titel", titel, "besked", besked));
    side_slut(k, status);
    return 0;
}

static int
afvist(struct sag__http_kald *k, enum sag_status st, const struct sag_diag *d)
{
    switch (st) {
    case SAG_EADGANG:
        return fejlside(k, MHD_HTTP_FORBIDDEN, "Ingen adgang", d->besked);
    case SAG_ENOTFOUND:
        return fejlside(k, MHD_HTTP_NOT_FOUND, "Findes ikke", d->besked);
    case SAG_EIO:
    case SAG_ENOMEM:
    case SAG_EINTERNAL:
        return fejlside(k, MHD_HTTP_INTERNAL_SERVER_ERROR, "Der skete en fejl",
                        "Prøv igen om lidt.");
    default:
        return fejlside(k, MHD_HTTP_UNPROCESSABLE_CONTENT,
                        "Oplysningerne er afvist", d->besked);
    }
}

/* ---- forms (application/x-www-form-urlencoded) ---- */

static int
hex(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Percent-decode s[0..n) into the arena; NULL if malformed or out of
 * memory. A NUL byte is refused. */
static char *
afkod(struct sag_arena *a, const char *s, size_t n)
{
    char *ud = sag_arena_alloc(a, n + 1);
    size_t j = 0;

    if (ud == NULL)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '+') {
            ud[j++] = ' ';
        } else if (s[i] == '%') {
            int h1, h2;

            if (i + 2 >= n || (h1 = hex(s[i + 1])) < 0 ||
                (h2 = hex(s[i + 2])) < 0 || (h1 == 0 && h2 == 0))
                return NULL;
            ud[j++] = (char)(h1 * 16 + h2);
            i += 2;
        } else {
            ud[j++] = s[i];
        }
    }
    ud[j] = '\0';
    return ud;
}

/* A field of the request's form body, decoded; NULL if absent. */
static const char *
felt(struct sag__http_kald *k, const char *navn)
{
    const char *p = k->krop.buf, *slut;
    size_t l = strlen(navn);

    if (p == NULL || k->krop.len == 0)
        return NULL;
    slut = p + k->krop.len;
    while (p < slut) {
        const char *og = memchr(p, '&', (size_t)(slut - p));
        const char *e = og ? og : slut;

        if ((size_t)(e - p) > l && memcmp(p, navn, l) == 0 && p[l] == '=')
            return afkod(&k->a->arena, p + l + 1, (size_t)(e - p) - l - 1);
        p = e + 1;
    }
    return NULL;
}

/* A state-changing form from a logged-in browser: the CSRF field must be
 * the session's token, and the browser's Origin this server. */
static bool
csrf_ok(struct sag__http_kald *k)
{
    const char *t = felt(k, "csrf");

    if (!k->hvem.via_cookie)
        return false;
    return sag__http_csrf_form_ok(k, t);
}

/* ---- the pages ---- */

/* Where a role starts: the injured person at their own cases, a team
 * leader at the team's worklist, everyone else at their own. */
static const char *
forside(const struct sag__http_kald *k)
{
    if (k->hvem.rolle == SAG_ROLLE_BORGER)
        return "/ui/mine-sager";
    if (k->hvem.rolle == SAG_ROLLE_TEAMLEDER && k->hvem.team[0])
        return "/ui/arbejdsliste?team=1";
    /* A role without worklists (the insurer: it may only read its own
     * cases) starts at the search, where it finds a case by its number. */
    if (!sag_tj_tilladt(k->hvem.rolle, SAG_HANDLING_LISTE))
        return "/ui/soeg";
    return "/ui/arbejdsliste";
}

/* The login CSRF token the browser holds (its cookie), if well formed. */
static const char *
login_token_cookie(struct sag__http_kald *k)
{
    const char *c =
        MHD_lookup_connection_value(k->c, MHD_COOKIE_KIND, LOGIN_COOKIE);

    if (c == NULL || strlen(c) != LOGIN_TOKEN_LEN ||
        strspn(c, "0123456789abcdef") != LOGIN_TOKEN_LEN)
        return NULL;
    return c;
}

/* The login form's token: the browser's own if it has one, else a new
 * random one set as its cookie (ASVS 2: a pre-session CSRF token, checked
 * with the Origin by post_login). Written to `ud`. */
static void
login_token(struct sag__http_kald *k, char ud[LOGIN_TOKEN_LEN + 1])
{
    const char *c = login_token_cookie(k);
    unsigned char r[LOGIN_TOKEN_LEN / 2];

    if (c != NULL) {
        memcpy(ud, c, LOGIN_TOKEN_LEN + 1);
        return;
    }
    randombytes_buf(r, sizeof(r));
    (void)sodium_bin2hex(ud, LOGIN_TOKEN_LEN + 1, r, sizeof(r));
    (void)snprintf(k->cookie, sizeof(k->cookie),
                   LOGIN_COOKIE "=%s; Path=/; Secure; HttpOnly; "
                                "SameSite=Strict; Max-Age=3600",
                   ud);
}

/* The login form's token sent back with its cookie: both there, equal. */
static bool
login_token_ok(struct sag__http_kald *k)
{
    const char *c = login_token_cookie(k), *t = felt(k, "csrf");

    return c != NULL && t != NULL && strlen(t) == LOGIN_TOKEN_LEN &&
           sodium_memcmp(c, t, LOGIN_TOKEN_LEN) == 0;
}

/* The login form (web/skabeloner/login.html); `fejl_felt` ("bruger",
 * "kodeord", "totp" or NULL) gets `fejl` beside it, and the error summary
 * links to it. A refusal that names no one field (the accounts module's
 * one message for a failed login, shown at the password) is tied to every
 * field by aria-describedby: it concerns them all. */
static void
login_form(struct sag__http_kald *k, const char *bruger, const char *fejl_felt,
           const char *fejl, bool alle)
{
    static const struct {
        const char *navn, *label, *type, *auto_, *hjaelp;
    } felter[] = {
        { "bruger", "Brugernavn", "text", "username", NULL },
        { "kodeord", "Adgangskode", "password", "current-password", NULL },
        { "totp", "Engangskode", "text", "one-time-code",
          "De 6 cifre fra din kodeapp. Lad feltet stå tomt, hvis din konto "
          "ikke har en." },
    };
    json_t *fl = json_array(), *data;
    char token[LOGIN_TOKEN_LEN + 1];

    for (size_t i = 0; fl && i < sizeof(felter) / sizeof(felter[0]); i++) {
        bool fejl_her = fejl != NULL && fejl_felt != NULL &&
                        strcmp(fejl_felt, felter[i].navn) == 0;
        bool beskriv = fejl_her || (fejl != NULL && alle);
        char beskrevet[64];

        /* aria-describedby: the hint, then the error message. */
        (void)snprintf(beskrevet, sizeof(beskrevet), "%s%s%s%s%s",
                       felter[i].hjaelp ? "hjaelp-" : "",
                       felter[i].hjaelp ? felter[i].navn : "",
                       felter[i].hjaelp && beskriv ? " " : "",
                       beskriv ? "fejl-" : "",
                       beskriv ? (fejl_felt ? fejl_felt : "bruger") : "");
        (void)json_array_append_new(
            fl,
            json_pack("{s:s,s:s,s:s,s:s,s:s?,s:s?,s:b,s:s,s:s?}", "navn",
                      felter[i].navn, "label", felter[i].label, "type",
                      felter[i].type, "auto", felter[i].auto_, "hjaelp",
                      felter[i].hjaelp, "fejl", fejl_her ? fejl : NULL,
                      "numerisk", strcmp(felter[i].navn, "totp") == 0,
                      "beskrevet", beskrevet, "vaerdi",
                      strcmp(felter[i].navn, "bruger") == 0 ? bruger : NULL));
    }
    login_token(k, token);
    data = json_pack("{s:o*,s:o?,s:s}", "felter", fl, "fejl",
                     fejl != NULL ? json_pack("{s:s,s:s}", "felt",
                                              fejl_felt ? fejl_felt : "bruger",
                                              "besked", fejl)
                                  : NULL,
                     "csrf", token);
    side_start(k, "Log ind");
    skabelon(k, "login.html", data);
}

static int
side_login(struct sag__http_kald *k)
{
    if (k->hvem.kendt)
        return omdiriger(k, forside(k));
    login_form(k, NULL, NULL, NULL, false);
    side_slut(k, MHD_HTTP_OK);
    return 0;
}

static int
post_login(struct sag__http_kald *k)
{
    const char *bruger = felt(k, "bruger"), *kodeord = felt(k, "kodeord"),
               *totp = felt(k, "totp"), *gl, *f;
    struct sag_session_ny s;
    struct sag_diag d;
    int64_t nu = sag__http_nu();
    enum sag_status st;
    unsigned status;

    sag_diag_init(&d);
    /* Login has no session yet: the Origin and the form's pre-session
     * token (the same in its cookie) guard it. */
    if (!sag__http_csrf_form_ok(k, NULL))
        return fejlside(k, MHD_HTTP_FORBIDDEN, "Ingen adgang",
                        "Formularen kom ikke fra denne side.");
    if (!login_token_ok(k)) {
        login_form(k, bruger, "bruger", "Formularen er udløbet. Log ind igen.",
                   true);
        side_slut(k, MHD_HTTP_FORBIDDEN);
        return 0;
    }
    if (sag__http_login_for_mange(k, nu)) {
        login_form(k, bruger, "bruger",
                   "For mange mislykkede forsøg fra denne adresse. Prøv "
                   "igen om lidt.",
                   true);
        side_slut(k, MHD_HTTP_TOO_MANY_REQUESTS);
        return 0;
    }
    st = sag_konto_login(k->a->store, bruger ? bruger : "",
                         kodeord ? kodeord : "", totp && totp[0] ? totp : NULL,
                         nu, &s, &d);
    if (st == SAG_EADGANG || st == SAG_EFORMANGE)
        sag__http_login_fejlet(k, nu);
    if (st != SAG_OK) {
        /* The accounts module's one message for every failed login is
         * shown at the password; a field it names, at that field. */
        f = strcmp(d.felt, "/bruger") == 0 ? "bruger"
            : strcmp(d.felt, "/totp") == 0 ? "totp"
                                           : "kodeord";
        status = st == SAG_EFORMANGE ? MHD_HTTP_TOO_MANY_REQUESTS
                 : st == SAG_EADGANG ? MHD_HTTP_UNAUTHORIZED
                                     : MHD_HTTP_UNPROCESSABLE_CONTENT;
        login_form(k, bruger, f, d.besked[0] ? d.besked : "Login mislykkedes",
                   strcmp(d.felt, "/bruger") != 0 &&
                       strcmp(d.felt, "/kodeord") != 0 &&
                       strcmp(d.felt, "/totp") != 0);
        side_slut(k, status);
        return 0;
    }
    if ((gl = MHD_lookup_connection_value(k->c, MHD_COOKIE_KIND, COOKIE)) !=
        NULL)
        (void)sag_konto_logout(k->a->store, gl, &d);
    (void)snprintf(k->cookie, sizeof(k->cookie),
                   COOKIE "=%s; Path=/; Secure; HttpOnly; SameSite=Strict; "
                          "Max-Age=%lld",
                   s.token, (long long)(s.udloeber - nu));
    sodium_memzero(s.token, sizeof(s.token));
    k->hvem.rolle = s.konto.rolle;
    (void)snprintf(k->hvem.team, sizeof(k->hvem.team), "%s", s.konto.team);
    return omdiriger(k, forside(k));
}

static int
post_logout(struct sag__http_kald *k)
{
    const char *c = MHD_lookup_connection_value(k->c, MHD_COOKIE_KIND, COOKIE);
    struct sag_diag d;

    sag_diag_init(&d);
    if (!csrf_ok(k))
        return fejlside(k, MHD_HTTP_FORBIDDEN, "Ingen adgang",
                        "Formularen er udløbet. Gå tilbage og prøv igen.");
    if (c != NULL)
        (void)sag_konto_logout(k->a->store, c, &d);
    (void)snprintf(k->cookie, sizeof(k->cookie),
                   COOKIE "=; Path=/; Secure; HttpOnly; SameSite=Strict; "
                          "Max-Age=0");
    return omdiriger(k, "/ui/login");
}

static int32_t
iso_dage(const char *iso)
{
    struct sag_dato d = { 0 };

    if (iso == NULL || sag_dato_parse_iso(iso, strlen(iso), &d) != SAG_OK)
        return 0;
    return d.dage;
}

/* A worklist table's data (web/skabeloner/arbejdstabel.html). */
static json_t *
arbejd_tabel(struct sag__http_kald *k, const struct sag_tj_arbejdspost *p,
             size_t n, bool venter, const char *caption, bool vaelg)
{
    json_t *r = json_array();
    char d[SAG_DATO_DK_LEN];

    for (size_t i = 0; r && i < n; i++) {
        /* One box per case: a case with two tasks on the page is chosen
         * once, at its first row (the assignment is the case's). */
        bool boks = true;

        for (size_t j = 0; j < i && boks; j++)
            boks = strcmp(p[j].p.sag_id, p[i].p.sag_id) != 0;
        (void)json_array_append_new(
            r, json_pack(
                   "{s:I,s:s,s:s,s:I,s:b,s:s,s:s,s:s,s:b}", "i", (json_int_t)i,
                   "sag", p[i].p.sag_id, "forfald",
                   sag_visning_dato(p[i].p.forfald, d), "dage",
                   (json_int_t)(k->tj.idag.dage - iso_dage(p[i].p.forfald)),
                   "overskredet", p[i].overskredet, "type",
                   sag_visning_ord(p[i].p.type), "sagsbehandler",
                   p[i].p.sagsbehandler, "tekst", p[i].p.tekst, "boks", boks));
    }
    return json_pack("{s:s,s:I,s:b,s:b,s:i,s:o*}", "caption", caption, "antal",
                     (json_int_t)n, "venter", venter, "vaelg", vaelg,
                     "kolonner", vaelg ? 7 : 6, "raekker", r);
}

/* The case page's action form as the caseworker left it, with the
 * refusal's field and message (none: all NULL). */
struct handling {
    const char *form; /* the form that was sent: "h", "d", "k" or "s" (the
                         prefix of its field ids) */
    const char *type, *dato, *begrundelse, *part, *svarfrist, *anmodning_id;
    const char *navn, *kontakt;              /* a new party */
    const char *titel, *retning;             /* a document ("d") */
    const char *afgoerelse, *klage, *skridt; /* the appeal forms */
    const char *fejl_felt, *fejl;
};

static void handlingspanel(struct sag__http_kald *k, const char *sag_id,
                           const struct handling *f);
static void klagepanel(struct sag__http_kald *k, const struct sag_tilstand *t,
                       const struct handling *f);

/* A letter's kind in words for the page's reader. */
static const char *
brevtype_tekst(const char *type)
{
    static const char *const navne[][2] = {
        { "anerkendelse", "Afgørelse om anerkendelse" },
        { "men", "Afgørelse om mén" },
        { "erhvervsevnetab", "Afgørelse om erhvervsevnetab" },
        { "genvurdering", "Genvurdering efter klage" },
        { "oplysninger", "Anmodning om oplysninger" },
        { "fristoverskridelse", "Orientering om sagsbehandlingstid" },
        { "partshoering", "Partshøring" },
    };

    for (size_t i = 0; i < sizeof(navne) / sizeof(navne[0]); i++)
        if (strcmp(navne[i][0], type) == 0)
            return navne[i][1];
    return type;
}

/* ---- the injured person's own pages (issue 12) ---- */

/* A phase in the citizen's words: "anerkendelse", "varigt mén",
 * "erhvervsevnetab". */
static const char *
borger_fase(enum sag_fase f)
{
    switch (f) {
    case SAG_FASE_ANERKENDELSE: return "anerkendelse";
    case SAG_FASE_MEN: return "varigt mén";
    case SAG_FASE_ERHVERVSEVNETAB: return "erhvervsevnetab";
    }
    return "din sag";
}

/* A decision named by what it decides and its date: "afgørelsen om
 * anerkendelse af 03.03.2025" (never its id). */
static void
borger_afg_navn(enum sag_fase f, struct sag_dato dato, char *ud, size_t n)
{
    char d[SAG_DATO_DK_LEN];

    sag_dato_format_dk(dato, d);
    (void)snprintf(ud, n, "afgørelsen om %s af %s", borger_fase(f), d);
}

/* A party asked for a reply, in the citizen's words ("lægen"). */
static const char *
borger_part(const char *part)
{
    static const char *const ord[][2] = {
        { "laege", "lægen" },
        { "tilskadekomne", "dig" },
        { "arbejdsgiver", "din arbejdsgiver" },
        { "forsikringsselskab", "forsikringsselskabet" },
        { "kommune", "kommunen" },
        { "sygehus", "sygehuset" },
        { "region", "regionen" },
        { "repraesentant", "din repræsentant" },
    };

    for (size_t i = 0; part != NULL && i < sizeof(ord) / sizeof(ord[0]); i++)
        if (strcmp(part, ord[i][0]) == 0)
            return ord[i][1];
    return "andre";
}

/* What AES is to do in a step, as "Vi skal …" goes on. */
static const char *
borger_gerning(const struct sag_tj_borger_skridt *s)
{
    switch (s->art) {
    case SAG_OPGAVE_AFGOER:
        return s->om_anerkendelse ? "afgøre, om din skade kan anerkendes som "
                                    "en arbejdsskade"
                                  : "træffe afgørelse i din sag";
    case SAG_OPGAVE_REVISION:
        return "vurdere dit erhvervsevnetab igen, fordi afgørelsen var "
               "midlertidig";
    case SAG_OPGAVE_GENVURDER_KLAGE:
        return "se på den afgørelse, du har klaget over, igen";
    case SAG_OPGAVE_SEND_TIL_AST: return "sende din klage til Ankestyrelsen";
    case SAG_OPGAVE_PAALAEG:
        return "gøre det, Ankestyrelsen har bedt os om i sin afgørelse";
    default: return "træffe afgørelse i din sag";
    }
}

/* One step of "Det sker nu" in plain Danish. The date of what AES is to
 * do is never shown as a promise once it has passed: then the page says
 * that we are late, and by the statutory deadline if that is what is
 * being missed (the application layer's facts, sag_tj_borgersag). */
static void
borger_skridt_tekst(const struct sag_tj_borger_skridt *s, char *ud, size_t n)
{
    char d[SAG_DATO_DK_LEN];

    sag_dato_format_dk(s->forfald, d);
    if (s->art == SAG_OPGAVE_AFVENTER)
        (void)snprintf(ud, n,
                       "Vi venter på oplysninger fra andre, før vi kan gå "
                       "videre (siden %s).",
                       d);
    else if (s->art == SAG_OPGAVE_SVAR && !s->forsinket)
        (void)snprintf(ud, n,
                       "Vi har bedt %s om oplysninger og venter på svar. "
                       "Svarfristen er %s.",
                       borger_part(s->part), d);
    else if (s->art == SAG_OPGAVE_SVAR)
        (void)snprintf(ud, n,
                       "Vi har bedt %s om oplysninger. Svarfristen var %s, "
                       "og vi har ikke fået svar endnu. Vi rykker for det.",
                       borger_part(s->part), d);
    else if (s->uden_dato)
        (void)snprintf(ud, n, "Vi skal %s.", borger_gerning(s));
    else if (!s->forsinket)
        (void)snprintf(ud, n,
                       "Vi skal %s. Vi forventer at være færdige senest %s.",
                       borger_gerning(s), d);
    else if (s->lovfrist_overskrides)
        (void)snprintf(ud, n,
                       "Vi er forsinkede. Efter loven skulle vi senest %s %s. "
                       "Vi gør det så hurtigt, vi kan.",
                       d, borger_gerning(s));
    else
        (void)snprintf(ud, n,
                       "Vi er forsinkede. Vi havde regnet med senest %s at "
                       "%s. Vi gør det så hurtigt, vi kan.",
                       d, borger_gerning(s));
}

/* An appeal's state in the citizen's words. */
static const char *
borger_klagestatus(const struct sag_klage *kl)
{
    switch (kl->status) {
    case SAG_KLAGE_MODTAGET:
        return "Vi har modtaget din klage og ser på afgørelsen igen.";
    case SAG_KLAGE_FASTHOLDT:
        return "Vi har set på afgørelsen igen og fastholder den. Vi sender "
               "din klage til Ankestyrelsen.";
    case SAG_KLAGE_AENDRET:
        return "Vi har set på afgørelsen igen og ændret den.";
    case SAG_KLAGE_SENDT_AST:
        return "Vi har sendt din klage til Ankestyrelsen, som behandler den.";
    case SAG_KLAGE_AFGJORT: break;
    }
    switch (kl->udfald) {
    case SAG_UDFALD_STADFAESTET:
        return "Ankestyrelsen har stadfæstet afgørelsen (den gælder).";
    case SAG_UDFALD_AENDRET: return "Ankestyrelsen har ændret afgørelsen.";
    case SAG_UDFALD_HJEMVIST:
        return "Ankestyrelsen har sendt afgørelsen tilbage til os "
               "(hjemvist), så vi kan behandle den igen.";
    case SAG_UDFALD_AFVIST: return "Ankestyrelsen har afvist klagen.";
    case SAG_UDFALD_IKKE_BEHANDLET:
        return "Ankestyrelsen har ikke behandlet klagen.";
    default: return "Ankestyrelsen har afgjort klagen.";
    }
}

/* A decision's result and the amounts the citizen is entitled to see, as
 * rows "label: value" (web/skabeloner/borger.html). */
static json_t *
borger_afg_json(const struct sag_tj_borger_afgoerelse *a)
{
    const struct sag_afgoerelse_ref *r = a->ref;
    json_t *rk = json_array();
    char navn[96], overskrift[96], pct[48], kr[SAG_PENGE_STR_LEN];
    const char *resultat = NULL;

    borger_afg_navn(r->fase, r->dato, navn, sizeof(navn));
    if (r->fase == SAG_FASE_ANERKENDELSE) {
        resultat = a->anerkendt ? "Din skade er anerkendt som en arbejdsskade."
                                : "Din skade er ikke anerkendt som en "
                                  "arbejdsskade.";
    } else {
        (void)snprintf(pct, sizeof(pct), "%d %%%s", r->pct,
                       r->type == SAG_AFGOERELSE_MIDLERTIDIG
                           ? " (midlertidig afgørelse)"
                           : "");
        (void)json_array_append_new(rk, json_pack("{s:s,s:s}", "dt",
                                                  r->fase == SAG_FASE_MEN
                                                      ? "Varigt mén"
                                                      : "Erhvervsevnetab",
                                                  "dd", pct));
    }
    if (rk && a->har_men) {
        sag_penge_format_dk(a->men, kr);
        (void)json_array_append_new(rk, json_pack("{s:s,s:s}", "dt",
                                                  "Godtgørelse for varigt mén",
                                                  "dd", kr));
    }
    if (rk && a->har_aarlig) {
        sag_penge_format_dk(a->aarlig, kr);
        (void)json_array_append_new(
            rk, json_pack("{s:s,s:s}", "dt", "Erstatning om året", "dd", kr));
    }
    if (rk && a->har_maanedlig) {
        sag_penge_format_dk(a->maanedlig, kr);
        (void)json_array_append_new(
            rk,
            json_pack("{s:s,s:s}", "dt", "Erstatning om måneden", "dd", kr));
    }
    if (rk && a->har_kapital) {
        sag_penge_format_dk(a->kapital, kr);
        (void)json_array_append_new(rk, json_pack("{s:s,s:s}", "dt",
                                                  "Kapitalbeløb (engangsbeløb)",
                                                  "dd", kr));
    }
    /* The name opens a sentence: "Afgørelsen om …". */
    (void)snprintf(overskrift, sizeof(overskrift), "A%s", navn + 1);
    return json_pack("{s:s,s:s?,s:b,s:o*}", "navn", overskrift, "resultat",
                     resultat, "har_beloeb", json_array_size(rk) > 0, "beloeb",
                     rk);
}

/* The injured person's own case, in plain Danish: where it stands, what
 * happens next and when, the decisions with their amounts, the letters,
 * the appeal deadlines and the appeals. Nothing here is decided: the
 * words restate what the use case found (sag_tj_borgersag;
 * web/skabeloner/borger.html). */
static int
side_borger(struct sag__http_kald *k)
{
    struct sag_tj_borgersag *b;
    const struct sag_tilstand *t;
    json_t *skridt, *afg, *breve, *frister, *klager, *forrige = NULL, *data;
    char d1[SAG_DATO_DK_LEN], d2[SAG_DATO_DK_LEN], tekst[400], navn[96],
        hvem[96];
    struct sag_diag d;
    enum sag_status st;

    if ((b = sag_arena_alloc(&k->a->arena, sizeof(*b))) == NULL)
        return fejlside(k, MHD_HTTP_INTERNAL_SERVER_ERROR, "Der skete en fejl",
                        "Prøv igen om lidt.");
    sag_diag_init(&d);
    if ((st = sag_tj_borgersag(&k->tj, k->param[0], &k->a->arena, b, &d)) !=
        SAG_OK)
        return afvist(k, st, &d);
    t = &b->mappe.m.tilstand;
    skridt = json_array();
    afg = json_array();
    breve = json_array();
    frister = json_array();
    klager = json_array();
    for (size_t i = 0; skridt && i < b->antal_skridt; i++) {
        borger_skridt_tekst(&b->skridt[i], tekst, sizeof(tekst));
        (void)json_array_append_new(
            skridt, json_pack("{s:s,s:b}", "tekst", tekst, "forsinket",
                              b->skridt[i].forsinket && !b->skridt[i].venter));
    }
    for (size_t i = 0; afg && i < b->antal_afgoerelser; i++) {
        const struct sag_tj_borger_afgoerelse *a = &b->afgoerelser[i];

        (void)json_array_append_new(afg, borger_afg_json(a));
        if (frister && a->har_klagefrist) {
            borger_afg_navn(a->ref->fase, a->ref->dato, navn, sizeof(navn));
            sag_dato_format_dk(a->klagefrist, d1);
            (void)json_array_append_new(
                frister,
                json_pack("{s:s,s:s}", "afgoerelse", navn, "dato", d1));
        }
    }
    for (size_t i = 0; breve && i < b->mappe.antal_breve; i++) {
        const struct sag_brev_post *p = &b->mappe.breve[i];

        (void)json_array_append_new(
            breve, json_pack("{s:s?,s:s?,s:s?}", "id", p->id, "dato",
                             sag_visning_dato(p->dato, d1), "type",
                             brevtype_tekst(p->type)));
    }
    for (size_t i = 0; klager && i < b->antal_klager; i++) {
        const struct sag_tj_borger_klage *kl = &b->klager[i];

        if (kl->afgoerelse != NULL)
            borger_afg_navn(kl->afgoerelse->fase, kl->afgoerelse->dato, navn,
                            sizeof(navn));
        else
            (void)snprintf(navn, sizeof(navn), "en afgørelse");
        sag_dato_format_dk(kl->klage->modtaget, d1);
        (void)json_array_append_new(
            klager,
            json_pack("{s:s,s:s,s:s,s:s?}", "afgoerelse", navn, "modtaget", d1,
                      "status", borger_klagestatus(kl->klage), "ny_sag",
                      kl->ny_sag_id[0] ? kl->ny_sag_id : NULL));
    }
    if (t->forrige_sag_id[0] != '\0') {
        if (b->har_forrige_afgoerelse)
            borger_afg_navn(b->forrige_fase, b->forrige_dato, navn,
                            sizeof(navn));
        forrige =
            json_pack("{s:s,s:b,s:s?}", "sag", t->forrige_sag_id, "hjemvisning",
                      t->generation == SAG_GENERATION_HJEMVISNING, "afgoerelse",
                      b->har_forrige_afgoerelse ? navn : NULL);
    }
    /* The caseworker by team, never by login (accounts have no name to
     * show). */
    (void)snprintf(hvem, sizeof(hvem), "En sagsbehandler i %s",
                   t->team[0] ? t->team : "Arbejdsmarkedets Erhvervssikring");
    sag_dato_format_dk(t->skadedato, d1);
    sag_dato_format_dk(t->anmeldelsesdato, d2);
    data = json_pack(
        "{s:s,s:b,s:s,s:s,s:s,s:o?,s:o*,s:b,s:o*,s:b,s:o*,s:o*,s:b,s:o*}", "id",
        t->id, "aaben", t->status == SAG_STATUS_AABEN, "skadedato", d1,
        "anmeldt", d2, "sagsbehandler", hvem, "forrige", forrige, "skridt",
        skridt, "har_afgoerelser", b->antal_afgoerelser > 0, "afgoerelser", afg,
        "har_breve", b->mappe.antal_breve > 0, "breve", breve, "klagefrister",
        frister, "har_klager", b->antal_klager > 0, "klager", klager);
    side_start(k, "Din sag");
    skabelon(k, "borger.html", data);
    side_slut(k, MHD_HTTP_OK);
    return 0;
}

/* One of the citizen's cases for "Mine sager": its number (the link), its
 * kind and where it stands, in words. */
static int
mine_cb(void *ctx, const struct sag_liste_post *p)
{
    json_t *l = ctx;
    const char *type = "Sag", *status;
    char d[SAG_DATO_DK_LEN];
    static const char *const typer[][2] = {
        { "ulykke", "Arbejdsulykke" },
        { "erhvervssygdom", "Erhvervssygdom" },
        { "privat_men", "Vejledende udtalelse om mén" },
        { "privat_erhvervsevnetab", "Vejledende udtalelse om erhvervsevnetab" },
        { "veteran", "Veteransag" },
    };

    for (size_t i = 0; i < sizeof(typer) / sizeof(typer[0]); i++)
        if (p->type != NULL && strcmp(p->type, typer[i][0]) == 0)
            type = typer[i][1];
    if (p->status != NULL && strcmp(p->status, "aaben") != 0)
        status = "Afsluttet";
    else if (p->venter)
        status = "Under behandling – vi venter på oplysninger fra andre";
    else
        status = "Under behandling";
    return json_array_append_new(
               l, json_pack("{s:s,s:s,s:s,s:s,s:b}", "id", p->id, "type", type,
                            "oprettet", sag_visning_dato(p->oprettet, d),
                            "status", status, "igen",
                            p->generation != NULL &&
                                strcmp(p->generation, "foerstegang") != 0)) !=
           0;
}

/* The injured person's start page: their cases (sag_tj_mine_sager, each
 * read-logged), and a case by its number from a letter. Another role has
 * no cases of its own: the page shows only the form. */
static int
side_mine_sager(struct sag__http_kald *k)
{
    json_t *l = json_array();
    struct sag_diag d;
    enum sag_status st = SAG_OK;

    sag_diag_init(&d);
    if (l == NULL)
        return afvist(k, SAG_ENOMEM, &d);
    if (k->hvem.rolle == SAG_ROLLE_BORGER)
        st = sag_tj_mine_sager(&k->tj, mine_cb, l, &d);
    if (st != SAG_OK) {
        json_decref(l);
        return afvist(k, st, &d);
    }
    side_start(k, "Mine sager");
    skabelon(k, "mine_sager.html",
             json_pack("{s:b,s:b,s:o}", "borger",
                       k->hvem.rolle == SAG_ROLLE_BORGER, "har_sager",
                       json_array_size(l) > 0, "sager", l));
    side_slut(k, MHD_HTTP_OK);
    return 0;
}

/* A case number's shape (AES-2024-000001: "AES-", then digits and
 * dashes), short enough for an id: what the UI follows to a case page. */
static bool
er_sagsnummer(const char *s)
{
    return s != NULL && strncmp(s, "AES-", 4) == 0 && strlen(s) < SAG_ID_MAX &&
           strspn(s, "AES-0123456789") == strlen(s);
}

/* A case number typed in (the injured person's start page): to its page
 * (a case id is no personal data). Only a case number's shape: anything
 * else (a CPR number with its dash, too) is refused without going
 * anywhere; the header's search is a POST to side_soeg. */
static int
side_opslag(struct sag__http_kald *k)
{
    const char *id = sag__http_arg(k, "sag");
    char sti[160];

    if (!er_sagsnummer(id))
        return fejlside(k, MHD_HTTP_UNPROCESSABLE_CONTENT, "Findes ikke",
                        "Et sagsnummer har formen AES-2024-000001.");
    (void)snprintf(sti, sizeof(sti), "/ui/sager/%s", id);
    return omdiriger(k, sti);
}

/* The case's awards as a timeline (issue 14), oldest first: the period
 * (or the date of a once-only sum), kind, amount, payer, tax and the
 * supersession; `skadesag ydelser plan` has the schedule and ledger.
 * Rows of sag.html's {{#ydelser}}. */
static json_t *
ydelser_data(const struct sag_tj_mappe *m)
{
    json_t *l = json_array();

    for (size_t i = 0; l && i < m->antal_ydelser; i++) {
        const struct sag_ydelse *y = &m->ydelser[i];
        char kr[SAG_PENGE_STR_LEN], d1[SAG_DATO_DK_LEN], d2[SAG_DATO_DK_LEN],
            periode[64], andel[64] = "", erstattet[160] = "";
        bool hs, loeb = sag_ydelse_er_loebende(y->art);
        struct sag_dato slut;

        sag_ydelse_periode(y, &hs, &slut);
        sag_penge_format_dk(y->beloeb, kr);
        sag_dato_format_dk(y->fra, d1);
        sag_dato_format_dk(slut, d2);
        (void)snprintf(periode, sizeof(periode), "%s%s%s", d1,
                       loeb ? " – " : "",
                       loeb && hs && slut.dage >= y->fra.dage ? d2 : "");
        if (y->andel.naevner != 0 && y->andel.taeller != y->andel.naevner)
            (void)snprintf(andel, sizeof(andel), "%lld/%lld",
                           (long long)y->andel.taeller,
                           (long long)y->andel.naevner);
        if (y->erstattet && hs && slut.dage < y->fra.dage) {
            (void)snprintf(erstattet, sizeof(erstattet), "Erstattet helt af %s",
                           y->erstattet_af);
        } else if (y->erstattet) {
            sag_dato_format_dk(y->erstattet_fra, d2);
            (void)snprintf(erstattet, sizeof(erstattet),
                           "Erstattet fra %s af %s", d2, y->erstattet_af);
        }
        (void)json_array_append_new(
            l, json_pack(
                   "{s:s,s:s,s:s,s:s?,s:s,s:s?,s:s,s:s?,s:s}", "periode",
                   periode, "art", sag_visning_ydelse_art((int)y->art),
                   "beloeb", kr, "om_aaret",
                   !loeb ? NULL
                   : y->regulering == SAG_YDELSE_REG_INGEN
                       ? " om året"
                       : " om året (grundydelse, reguleres 1. januar)",
                   "betaler", y->betaler, "andel", andel[0] ? andel : NULL,
                   "skat", y->skattepligtig ? "skattepligtig" : "skattefri",
                   "erstattet", erstattet[0] ? erstattet : NULL, "id", y->id));
    }
    return l;
}

/* A label and its value, for sag.html's {{#oplysninger}}. */
static int
oplysning(json_t *l, const char *dt, const char *dd)
{
    return json_array_append_new(l, json_pack("{s:s,s:s}", "dt", dt, "dd", dd));
}

static json_t *
dato_json(struct sag_dato d)
{
    char s[SAG_DATO_DK_LEN];

    sag_dato_format_dk(d, s);
    return json_string(s);
}

static bool er(const char *a, const char *b);

/* A text member of an event's data (JSON), or NULL. */
static const char *
data_tekst(const json_t *o, const char *navn)
{
    return json_string_value(json_object_get(o, navn));
}

/* The amounts a decision granted, as the letter gives them: its awards
 * (issue 14: mén as a once-only sum, a loss as a yearly amount or a
 * capital sum), "-" if none (a recognition). */
static json_t *
beloeb_json(const struct sag_tj_mappe *m, const char *afgoerelse_id)
{
    json_t *l = json_array();

    for (size_t i = 0; l && i < m->antal_ydelser; i++) {
        const struct sag_ydelse *y = &m->ydelser[i];
        char kr[SAG_PENGE_STR_LEN], linje[160];

        if (strcmp(y->afgoerelse_id, afgoerelse_id) != 0)
            continue;
        sag_penge_format_dk(y->beloeb, kr);
        (void)snprintf(linje, sizeof(linje), "%s: %s%s",
                       sag_visning_ydelse_art((int)y->art), kr,
                       sag_ydelse_er_loebende(y->art) ? " om året" : "");
        (void)json_array_append_new(l, json_string(linje));
    }
    return l;
}

/* The case's documents (the journal, issue 10 item 2) with their type from
 * the "dokument" events' data, for sag.html's {{#dokumenter}}. */
static json_t *
dokumenter_json(const struct sag_tj_mappe *m, json_t *const *data)
{
    const struct sag_tilstand *t = &m->m.tilstand;
    json_t *l = json_array();

    for (size_t i = 0; l && i < t->antal_dokumenter; i++) {
        const struct sag_dokument_ref *r = &t->dokumenter[i];
        const char *mime = NULL;

        for (size_t j = 0; mime == NULL && j < m->m.antal_haendelser; j++)
            if (data[j] != NULL && er(m->m.haendelser[j].type, "dokument") &&
                er(data_tekst(data[j], "dokument"), r->sha256))
                mime = data_tekst(data[j], "mime");
        (void)json_array_append_new(
            l, json_pack("{s:s,s:s,s:s,s:s,s:o*,s:s}", "sha256", r->sha256,
                         "titel", r->titel, "type",
                         er(mime, "application/pdf") ? "PDF"
                         : er(mime, "image/png")     ? "PNG-billede"
                         : er(mime, "image/jpeg")    ? "JPEG-billede"
                                                     : "-",
                         "retning",
                         er(r->retning, "sendt") ? "sendt til" : "modtaget fra",
                         "dato", dato_json(r->dato), "part",
                         r->part[0] ? sag_visning_ord(r->part) : "-"));
    }
    return l;
}

/* The case page's data (web/skabeloner/sag.html). */
static json_t *
sag_data(struct sag__http_kald *k, const struct sag_tj_mappe *m)
{
    const struct sag_tilstand *t = &m->m.tilstand;
    json_t *opl = json_array(), *frister = json_array(),
           *opgaver = json_array(), *afg = json_array(), *breve = json_array(),
           *klager = json_array(), *forloeb = json_array(),
           *parter = json_array(), *hjemvist = json_array(), **data, *r;
    char s[SAG_DATO_DK_LEN], d1[SAG_DATO_DK_LEN], d2[SAG_DATO_DK_LEN];

    /* Each event's data, parsed once (NULL where there is none). */
    data = sag_arena_alloc(&k->a->arena,
                           (m->m.antal_haendelser + 1) * sizeof(*data));
    for (size_t i = 0; data && i < m->m.antal_haendelser; i++)
        data[i] = m->m.haendelser[i].data != NULL
                      ? json_loads(m->m.haendelser[i].data, 0, NULL)
                      : NULL;
    if (opl != NULL) {
        sag_dato_format_dk(t->skadedato, d1);
        sag_dato_format_dk(t->anmeldelsesdato, d2);
        (void)oplysning(opl, "Tilskadekomne (CPR-nummer)", t->cpr);
        (void)oplysning(opl, "Forsikringsselskab",
                        t->forsikring[0] ? t->forsikring : "-");
        (void)oplysning(opl, "Team", t->team);
        (void)oplysning(opl, "Sagsbehandler", t->sagsbehandler);
        (void)oplysning(opl, "Skadedato", d1);
        (void)oplysning(opl, "Anmeldt", d2);
        (void)oplysning(opl, "Fristregler",
                        sag_visning_ord(sag_fristregime_navn(m->regime)));
        (void)oplysning(opl, "Anerkendelse",
                        sag_visning_ord(sag_fasestatus_navn(t->anerkendelse)));
        (void)oplysning(opl, "Mén",
                        sag_visning_ord(sag_fasestatus_navn(t->men)));
        (void)oplysning(
            opl, "Erhvervsevnetab",
            sag_visning_ord(sag_fasestatus_navn(t->erhvervsevnetab)));
    }
    /* The parties as part_tilfoejet recorded them (names as given; no
     * CPR number here). */
    for (size_t i = 0; parter && i < t->antal_parter; i++) {
        const struct sag_part *p = &t->parter[i];

        (void)json_array_append_new(
            parter,
            json_pack("{s:s,s:s,s:s,s:s}", "rolle", sag_visning_ord(p->rolle),
                      "navn", p->navn, "cvr", p->cvr[0] ? p->cvr : "-",
                      "kontakt", p->kontakt[0] ? p->kontakt : "-"));
    }
    for (size_t i = 0; frister && i < m->antal_frister; i++) {
        const struct sag_frist *f = &m->frister[i];
        char hj[512];

        (void)json_array_append_new(
            frister,
            json_pack("{s:s,s:o*,s:s,s:s?,s:s}", "navn", f->navn, "forfald",
                      dato_json(f->forfald), "status",
                      sag_visning_friststatus(f), "ref",
                      f->ref[0] ? f->ref : NULL, "hjemmel",
                      sag_visning_hjemmel(f->hjemmel, hj, sizeof(hj))));
    }
    for (size_t i = 0; opgaver && i < m->antal_opgaver; i++) {
        const struct sag_opgave *o = &m->opgaver[i];

        (void)json_array_append_new(
            opgaver,
            json_pack("{s:o*,s:s,s:b}", "forfald", dato_json(o->forfald),
                      "tekst", o->tekst, "venter", o->venter_paa_andre));
    }
    for (size_t i = 0; afg && i < t->antal_afgoerelser; i++) {
        const struct sag_afgoerelse_ref *a = &t->afgoerelser[i];
        char res[64];

        if (a->fase == SAG_FASE_ANERKENDELSE)
            (void)snprintf(
                res, sizeof(res), "%s",
                sag_visning_ord(sag_fasestatus_navn(t->anerkendelse)));
        else
            (void)snprintf(
                res, sizeof(res), "%d %%%s", a->pct,
                a->type == SAG_AFGOERELSE_MIDLERTIDIG ? " (midlertidig)" : "");
        (void)json_array_append_new(
            afg, json_pack("{s:s,s:s,s:o*,s:s,s:o*}", "id", a->id, "fase",
                           sag_visning_ord(sag_fase_navn(a->fase)), "dato",
                           dato_json(a->dato), "resultat", res, "beloeb",
                           beloeb_json(m, a->id)));
    }
    for (size_t i = 0; breve && i < m->antal_breve; i++) {
        const struct sag_brev_post *p = &m->breve[i];
        const char *hash = p->sha256 != NULL ? p->sha256 : "";

        (void)json_array_append_new(
            breve,
            json_pack("{s:s,s:s,s:s,s:s,s:s,s:s%}", "id", p->id, "type",
                      brevtype_tekst(p->type), "dato",
                      sag_visning_dato(p->dato, s), "afgoerelse",
                      p->afgoerelse_id != NULL && p->afgoerelse_id[0] != '\0'
                          ? p->afgoerelse_id
                          : "-",
                      "sha256", hash, "sha256_kort", hash,
                      strlen(hash) < 12 ? strlen(hash) : (size_t)12));
    }
    for (size_t i = 0; klager && i < t->antal_klager; i++) {
        const struct sag_klage *kl = &t->klager[i];
        char mod[48], status[160];
        const char *ny = NULL;

        sag_dato_format_dk(kl->modtaget, d1);
        (void)snprintf(mod, sizeof(mod), "%s%s", d1,
                       kl->rettidig ? "" : " (for sent)");
        (void)snprintf(status, sizeof(status), "%s%s%s",
                       sag_visning_ord(sag_klagestatus_navn(kl->status)),
                       kl->udfald != SAG_UDFALD_INGEN ? ": " : "",
                       kl->udfald != SAG_UDFALD_INGEN
                           ? sag_visning_ord(sag_udfald_navn(kl->udfald))
                           : "");
        /* A remittal opened a new case: the appeal's row links to it. */
        for (size_t j = 0; data && j < m->m.antal_haendelser; j++)
            if (data[j] != NULL &&
                er(data_tekst(data[j], "klage_id"), kl->id) &&
                data_tekst(data[j], "ny_sag_id") != NULL)
                ny = data_tekst(data[j], "ny_sag_id");
        (void)json_array_append_new(
            klager, json_pack("{s:s,s:s,s:s,s:s,s:s?}", "id", kl->id, "over",
                              kl->afgoerelse_id, "modtaget", mod, "status",
                              status, "ny_sag", ny));
        if (ny != NULL && hjemvist != NULL)
            (void)json_array_append_new(hjemvist, json_string(ny));
    }
    for (size_t i = 0; forloeb && i < m->m.antal_haendelser; i++) {
        const struct sag_haendelse_post *p = &m->m.haendelser[i];
        const json_t *o = data ? data[i] : NULL;
        const char *dok = er(p->type, "dokument") ? data_tekst(o, "dokument")
                                                  : NULL,
                   *part = data_tekst(o, "part");

        (void)json_array_append_new(
            forloeb,
            json_pack("{s:s,s:s,s:s,s:s,s:s?,s:s?,s:s?}", "dato",
                      sag_visning_dato(p->dato, s), "type",
                      sag_visning_haendelse(p->type), "bruger", p->bruger,
                      "begrundelse", p->begrundelse, "dokument", dok, "ny_sag",
                      data_tekst(o, "ny_sag_id"), "part",
                      part != NULL && part[0] ? sag_visning_ord(part) : NULL));
    }
    r = json_pack(
        "{s:s,s:s,s:s,s:s,s:o*,s:s?,s:b,s:o*,s:o*,s:b,s:o*,s:b,s:o*,s:b,"
        "s:o*,s:b,s:o*,s:b,s:o*,s:o*,s:b,s:o*,s:b,s:o*}",
        "id", t->id, "type", sag_visning_ord(sag_sagstype_navn(t->type)),
        "generation", sag_visning_ord(sag_generation_navn(t->generation)),
        "status", t->status == SAG_STATUS_AABEN ? "åben" : "lukket",
        "oplysninger", opl, "forrige",
        t->forrige_sag_id[0] ? t->forrige_sag_id : NULL, "afgoer",
        sag_tj_tilladt(k->hvem.rolle, SAG_HANDLING_AFGOER) &&
            t->status == SAG_STATUS_AABEN,
        "frister", frister, "opgaver", opgaver, "har_opgaver",
        m->antal_opgaver > 0, "afgoerelser", afg, "har_afgoerelser",
        t->antal_afgoerelser > 0, "breve", breve, "har_breve",
        m->antal_breve > 0, "ydelser", ydelser_data(m), "har_ydelser",
        m->antal_ydelser > 0, "klager", klager, "har_klager",
        t->antal_klager > 0, "forloeb", forloeb, "parter", parter, "har_parter",
        t->antal_parter > 0, "dokumenter",
        data ? dokumenter_json(m, data) : NULL, "har_dokumenter",
        t->antal_dokumenter > 0, "hjemvist", hjemvist);
    for (size_t i = 0; data && i < m->m.antal_haendelser; i++)
        json_decref(data[i]);
    return r;
}

static int
side_sag(struct sag__http_kald *k, const struct handling *form, unsigned status)
{
    struct sag_tj_mappe *m;
    const struct sag_tilstand *t;
    struct sag_diag d;
    enum sag_status st;
    struct sag_skabeloner sk = skabeloner();
    json_t *data;

    if (k->hvem.rolle == SAG_ROLLE_BORGER)
        return side_borger(k);
    if ((m = sag_arena_alloc(&k->a->arena, sizeof(*m))) == NULL)
        return fejlside(k, MHD_HTTP_INTERNAL_SERVER_ERROR, "Der skete en fejl",
                        "Prøv igen om lidt.");
    sag_diag_init(&d);
    /* The injured person went to side_borger above. */
    st = sag_tj_sagsmappe(&k->tj, k->param[0], "sagsbehandling", &k->a->arena,
                          m, &d);
    if (st != SAG_OK)
        return afvist(k, st, &d);
    t = &m->m.tilstand;
    data = sag_data(k, m);
    /* The page is sag.html; the action and appeal panels (forms with
     * their refusals at the fields, still built in C) go at its
     * {{{panel}}}. */
    side_start(k, t->id);
    sag_diag_init(&d);
    skabelon_tjek(k,
                  data ? sag__skabelon_gengiv_del(&sk, "sag.html", "panel", 0,
                                                  data, k->b, &d)
                       : SAG_ENOMEM,
                  &d);
    if (sag_tj_tilladt(k->hvem.rolle, SAG_HANDLING_HAENDELSE))
        handlingspanel(k, t->id, form);
    if (sag_tj_tilladt(k->hvem.rolle, SAG_HANDLING_KLAGE) &&
        t->antal_afgoerelser > 0)
        klagepanel(k, t, form);
    sag_diag_init(&d);
    skabelon_tjek(k,
                  data ? sag__skabelon_gengiv_del(&sk, "sag.html", "panel", 1,
                                                  data, k->b, &d)
                       : SAG_ENOMEM,
                  &d);
    json_decref(data);
    side_slut(k, status);
    return 0;
}

/* The events a caseworker registers from the case page (decisions,
 * appeals and new generations have their own use cases). */
static const struct {
    enum sag_haendelsestype type;
    const char *ord; /* the action in the select, as the caseworker says it */
} handlingstyper[] = {
    { SAG_H_OPLYSNINGER_ANMODET, "Anmod en part om oplysninger" },
    { SAG_H_OPLYSNINGER_MODTAGET, "Registrér svar på en anmodning" },
    { SAG_H_NOTAT, "Notat" },
    { SAG_H_PART_TILFOEJET, "Tilføj part" },
    { SAG_H_AFVENTER_EKSTERN, "Afvent en ekstern part" },
    { SAG_H_AFVENTER_OPHOERT, "Stop ventetiden" },
    { SAG_H_FORELAGT_ESU, "Forelæg for Erhvervssygdomsudvalget" },
    { SAG_H_LUKKET, "Luk sagen" },
};

/* The parties a request, a wait or a new party can concern (stored codes;
 * the use case says which it takes for which action). */
static const char *const parter[] = {
    "tilskadekomne", "arbejdsgiver", "forsikringsselskab",
    "repraesentant", "laege",        "sygehus",
    "kommune",       "region",
};

static bool
er(const char *a, const char *b)
{
    return a != NULL && b != NULL && strcmp(a, b) == 0;
}

/* The field ids of the form being drawn: "h-dato", "k-dato", … */
static const char *praefiks = "h";

/* Does the refusal belong to this field of the form being drawn? */
static bool
fejl_i(const struct handling *f, const char *navn)
{
    return er(f->form, praefiks) && er(f->fejl_felt, navn);
}

/* A field of a form (web/skabeloner/felter.html), shared by the case
 * page's action forms and the decision form: its id is the form's prefix
 * `p` and `navn` ("h-dato", "a-dato"); `art` "tekst", "omraade" or "valg"
 * (then `muligheder`, taken); `fejl` the refusal's message if the refusal
 * names this field (else NULL), tied to it with aria-describedby after
 * the hint. */
static json_t *
felt_json(const char *p, const char *navn, const char *label,
          const char *hjaelp, const char *art, const char *vaerdi,
          const char *fejl, json_t *muligheder)
{
    char id[64], beskrevet[160];

    (void)snprintf(id, sizeof(id), "%s-%s", p, navn);
    (void)snprintf(beskrevet, sizeof(beskrevet), "%s%s%s%s%s",
                   hjaelp ? "hjaelp-" : "", hjaelp ? id : "",
                   hjaelp && fejl ? " " : "", fejl ? "fejl-" : "",
                   fejl ? id : "");
    return json_pack(
        "{s:s,s:s,s:s,s:s?,s:s?,s:s?,s:b,s:b,s:b,s:s?,s:o*}", "id", id, "navn",
        navn, "label", label, "hjaelp", hjaelp, "fejl", fejl, "beskrevet",
        beskrevet[0] ? beskrevet : NULL, "tekst", strcmp(art, "tekst") == 0,
        "omraade", strcmp(art, "omraade") == 0, "valg",
        strcmp(art, "valg") == 0, "vaerdi", vaerdi, "muligheder", muligheder);
}

/* A field of the action form being drawn (praefiks), with the refusal's
 * message if the refusal is this field's. */
static json_t *
felt_data(const struct handling *f, const char *navn, const char *label,
          const char *hjaelp, const char *art, const char *vaerdi,
          json_t *muligheder)
{
    return felt_json(praefiks, navn, label, hjaelp, art, vaerdi,
                     fejl_i(f, navn) ? f->fejl : NULL, muligheder);
}

/* An option of a select: the value sent and the words shown. */
static json_t *
mulighed(const char *vaerdi, const char *ord, bool valgt)
{
    return json_pack("{s:s,s:s,s:b}", "vaerdi", vaerdi, "ord", ord, "valgt",
                     valgt);
}

/* A form's error summary (web/skabeloner/fejlresume.html): its field ids'
 * prefix `p`, the heading's level (2 on a page of its own, 3 in a panel),
 * the refused field and the message; null if there is no refusal
 * (`besked` NULL). */
static json_t *
resume_json(const char *p, int niveau, const char *overskrift, const char *felt,
            const char *besked)
{
    if (besked == NULL)
        return json_null();
    return json_pack("{s:s,s:i,s:s,s:s?,s:s}", "p", p, "niveau", niveau,
                     "overskrift", overskrift, "felt", felt, "besked", besked);
}

/* The error summary of the action form being drawn, if the refusal is
 * its; null otherwise. */
static json_t *
resume(const struct handling *f, const char *overskrift)
{
    if (!er(f->form, praefiks))
        return json_null();
    return resume_json(praefiks, 3, overskrift, f->fejl_felt, f->fejl);
}

/* The side panel's form registering a document on the journal (prefix
 * "d", multipart: web/skabeloner/handlingspanel.html): title, received or
 * sent, from or to whom, date, the request it answers, the file. */
static json_t *
dokumentform(struct sag__http_kald *k, const struct handling *f)
{
    bool min = er(f->form, "d");
    char idag[SAG_DATO_DK_LEN];
    json_t *retning = json_array(), *pt = json_array(), *fil;

    praefiks = "d";
    sag_dato_format_dk(k->tj.idag, idag);
    if (retning != NULL) {
        (void)json_array_append_new(
            retning,
            mulighed("modtaget", "Modtaget", !min || !er(f->retning, "sendt")));
        (void)json_array_append_new(
            retning,
            mulighed("sendt", "Sendt", min && er(f->retning, "sendt")));
    }
    if (pt != NULL)
        (void)json_array_append_new(pt, mulighed("", "Ingen", false));
    for (size_t i = 0; pt && i < sizeof(parter) / sizeof(parter[0]); i++)
        (void)json_array_append_new(
            pt, mulighed(parter[i], sag_visning_ord(parter[i]),
                         min && er(f->part, parter[i])));
    fil = felt_data(f, "fil", "Fil", "PDF, PNG eller JPEG, under 1 MB.", "fil",
                    NULL, NULL);
    if (fil != NULL)
        (void)json_object_set_new(fil, "fil", json_true());
    return json_pack(
        "{s:o,s:[o,o,o,o,o,o]}", "resume",
        resume(f, "Dokumentet er ikke journaliseret"), "felter",
        felt_data(f, "titel", "Titel", NULL, "tekst",
                  min && f->titel ? f->titel : "", NULL),
        felt_data(f, "retning", "Modtaget eller sendt", NULL, "valg", NULL,
                  retning),
        felt_data(f, "part", "Fra eller til", NULL, "valg", NULL, pt),
        felt_data(f, "dato", "Dato", "Fx 31.12.2024 eller 2024-12-31.", "tekst",
                  min && f->dato ? f->dato : idag, NULL),
        felt_data(f, "anmodning_id", "Svar på anmodning",
                  "Kan udelades. Fx L1, når dokumentet er svaret.", "tekst",
                  min && f->anmodning_id ? f->anmodning_id : "", NULL),
        fil);
}

static void
handlingspanel(struct sag__http_kald *k, const char *sag_id,
               const struct handling *f)
{
    static const struct handling ingen = { 0 };
    char idag[SAG_DATO_DK_LEN];
    json_t *typer = json_array(), *pt = json_array(), *felter, *dok;

    if (f == NULL)
        f = &ingen;
    dok = dokumentform(k, f);
    /* Another form's refusal leaves this one as new. */
    if (!er(f->form, "h"))
        f = &ingen;
    praefiks = "h";
    sag_dato_format_dk(k->tj.idag, idag);
    for (size_t i = 0;
         typer && i < sizeof(handlingstyper) / sizeof(handlingstyper[0]); i++) {
        const char *kode = sag_haendelsestype_navn(handlingstyper[i].type);

        (void)json_array_append_new(
            typer, mulighed(kode, handlingstyper[i].ord, er(f->type, kode)));
    }
    /* "Ingen" first: no party; never selected (an empty part is none). */
    if (pt != NULL)
        (void)json_array_append_new(pt, mulighed("", "Ingen", false));
    for (size_t i = 0; pt && i < sizeof(parter) / sizeof(parter[0]); i++)
        (void)json_array_append_new(pt, mulighed(parter[i],
                                                 sag_visning_ord(parter[i]),
                                                 er(f->part, parter[i])));
    felter = json_pack(
        "[o,o,o,o,o,o,o,o]",
        felt_data(f, "type", "Handling", NULL, "valg", NULL, typer),
        felt_data(f, "dato", "Dato", "Fx 31.12.2024 eller 2024-12-31.", "tekst",
                  f->dato ? f->dato : idag, NULL),
        felt_data(f, "begrundelse", "Begrundelse", NULL, "omraade",
                  f->begrundelse ? f->begrundelse : "", NULL),
        felt_data(f, "part", "Part",
                  "Ved anmodning om oplysninger, ventetid og ny part.", "valg",
                  NULL, pt),
        felt_data(f, "navn", "Partens navn",
                  "Ved ny part: navnet, som det skal "
                  "stå på sagen.",
                  "tekst", f->navn ? f->navn : "", NULL),
        felt_data(f, "kontakt", "Partens kontaktoplysninger",
                  "Ved ny part; kan udelades.", "tekst",
                  f->kontakt ? f->kontakt : "", NULL),
        felt_data(f, "anmodning_id", "Anmodningens nummer",
                  "Fx L1. Ved anmodning om og modtagelse af oplysninger.",
                  "tekst", f->anmodning_id ? f->anmodning_id : "", NULL),
        felt_data(f, "svarfrist", "Svarfrist",
                  "Kan udelades: så gælder den almindelige svarfrist.", "tekst",
                  f->svarfrist ? f->svarfrist : "", NULL));
    skabelon(k, "handlingspanel.html",
             json_pack("{s:s,s:s,s:o,s:o*,s:o*}", "sag", sag_id, "csrf",
                       k->hvem.csrf, "resume",
                       resume(f, "Handlingen er ikke registreret"), "felter",
                       felter, "dokument", dok));
}

static bool
tom_streng(const char *s)
{
    return s == NULL || s[0] == '\0';
}

/* A date as typed: 31.12.2024, 1.2.2026 or 2024-12-31 (the one parser of
 * the UI's dates, sag_dato_parse_tastet). */
static bool
laes_dato(const char *s, struct sag_dato *d)
{
    return s != NULL && sag_dato_parse_tastet(s, strlen(s), d) == SAG_OK;
}

/* The form field a refusal's pointer names ("/begrundelse" →
 * "begrundelse"); the event type's selector for anything else. */
static const char *
felt_for(const char *peger)
{
    static const char *const navne[] = { "dato",      "begrundelse",  "part",
                                         "svarfrist", "anmodning_id", "type",
                                         "navn",      "kontakt" };

    for (size_t i = 0; i < sizeof(navne) / sizeof(navne[0]); i++)
        if (peger[0] == '/' && strcmp(peger + 1, navne[i]) == 0)
            return navne[i];
    return "type";
}

/* A refusal's message as the caseworker reads it: "mangler" (or
 * "mangler: hvorfor") names the field's label ("Begrundelse mangler"), not
 * the use case's word for it (audit of issue 12, point 7); other messages
 * are the use case's. In the arena. */
static const char *
fejlbesked(struct sag__http_kald *k, const char *felt_navn,
           const struct sag_diag *d, enum sag_status st)
{
    static const char *const labels[][2] = {
        { "type", "Handling" },
        { "dato", "Dato" },
        { "begrundelse", "Begrundelse" },
        { "part", "Part" },
        { "svarfrist", "Svarfrist" },
        { "anmodning_id", "Anmodningens nummer" },
        { "navn", "Partens navn" },
        { "kontakt", "Partens kontaktoplysninger" },
        { "afgoerelse", "Afgørelse, der klages over" },
        { "klage", "Klage" },
        { "skridt", "Skridt" },
        { "titel", "Titel" },
        { "fil", "Fil" },
    };
    const char *b = d->besked[0] ? d->besked : sag_status_str(st);
    char t[160];

    if (strncmp(b, "mangler", 7) != 0 || (b[7] != '\0' && b[7] != ':'))
        return b;
    for (size_t i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
        if (er(felt_navn, labels[i][0])) {
            const char *r;

            (void)snprintf(t, sizeof(t), "%s mangler", labels[i][1]);
            r = sag_arena_strdup(&k->a->arena, t);
            return r != NULL ? r : b;
        }
    return b;
}

static int
post_haendelse(struct sag__http_kald *k)
{
    struct handling f = { 0 };
    struct sag_haendelse h;
    struct sag_diag d;
    enum sag_status st = SAG_OK;
    char sti[160];

    if (!csrf_ok(k))
        return fejlside(k, MHD_HTTP_FORBIDDEN, "Ingen adgang",
                        "Formularen er udløbet. Gå tilbage og prøv igen.");
    f.type = felt(k, "type");
    f.dato = felt(k, "dato");
    f.begrundelse = felt(k, "begrundelse");
    f.part = felt(k, "part");
    f.svarfrist = felt(k, "svarfrist");
    f.anmodning_id = felt(k, "anmodning_id");
    f.navn = felt(k, "navn");
    f.kontakt = felt(k, "kontakt");
    sag_diag_init(&d);
    memset(&h, 0, sizeof(h));
    for (size_t i = 0; i < sizeof(handlingstyper) / sizeof(handlingstyper[0]);
         i++)
        if (er(f.type, sag_haendelsestype_navn(handlingstyper[i].type)))
            h.type = handlingstyper[i].type;
    if (h.type == 0)
        st = sag_diag_set(&d, SAG_EINVAL, "/type", "vælg en handling");
    else if (!laes_dato(f.dato, &h.dato))
        st = sag_diag_set(&d, SAG_EINVAL, "/dato",
                          "ugyldig dato (skriv fx 31.12.2024)");
    else if (!tom_streng(f.svarfrist) && !laes_dato(f.svarfrist, &h.svarfrist))
        st = sag_diag_set(&d, SAG_EINVAL, "/svarfrist",
                          "ugyldig dato (skriv fx 31.12.2024)");
    if (st == SAG_OK) {
        h.har_svarfrist = !tom_streng(f.svarfrist);
        h.begrundelse = f.begrundelse ? f.begrundelse : "";
        h.part = tom_streng(f.part) ? NULL : f.part;
        h.anmodning_id = tom_streng(f.anmodning_id) ? NULL : f.anmodning_id;
        if (h.type == SAG_H_PART_TILFOEJET) {
            h.navn = tom_streng(f.navn) ? NULL : f.navn;
            h.kontakt = tom_streng(f.kontakt) ? NULL : f.kontakt;
        }
        st = sag_tj_haendelse(&k->tj, k->param[0], &h, &d);
    }
    if (st == SAG_OK) {
        (void)snprintf(sti, sizeof(sti), "/ui/sager/%s#forloeb", k->param[0]);
        return omdiriger(k, sti);
    }
    if (st != SAG_EINVAL && st != SAG_EMISSING && st != SAG_EDENIED &&
        st != SAG_ECONFLICT && st != SAG_ERANGE)
        return afvist(k, st, &d);
    f.form = "h";
    f.fejl_felt = felt_for(d.felt);
    f.fejl = fejlbesked(k, f.fejl_felt, &d, st);
    return side_sag(k, &f,
                    st == SAG_EDENIED || st == SAG_ECONFLICT
                        ? MHD_HTTP_CONFLICT
                        : MHD_HTTP_UNPROCESSABLE_CONTENT);
}

/* ---- the document form (multipart/form-data) ---- */

/* A part of the request's multipart/form-data body by its field name
 * (multipart.h): its bytes (borrowed from the body) and length. */
static bool
del_felt(struct sag__http_kald *k, const char *navn, const char **ud,
         size_t *len)
{
    return sag__multipart_del(
        MHD_lookup_connection_value(k->c, MHD_HEADER_KIND, "Content-Type"),
        k->krop.buf, k->krop.len, navn, ud, len);
}

/* A text part of the multipart body, NUL-terminated in the arena; NULL if
 * absent (or holding a NUL byte). */
static const char *
del_tekst(struct sag__http_kald *k, const char *navn)
{
    const char *v;
    size_t n;
    char *t;

    if (!del_felt(k, navn, &v, &n) || memchr(v, '\0', n) != NULL ||
        (t = sag_arena_alloc(&k->a->arena, n + 1)) == NULL)
        return NULL;
    memcpy(t, v, n);
    t[n] = '\0';
    return t;
}

/* POST /ui/sager/{id}/dokument (multipart/form-data): a document on the
 * journal through sag_tj_dokument, as the API's upload; the type is read
 * from the bytes by the use case. A refusal re-shows the case page with
 * the message at the field. */
static int
post_dokument(struct sag__http_kald *k)
{
    static const char *const navne[] = { "titel", "retning", "part", "dato",
                                         "anmodning_id" };
    struct handling f = { 0 };
    struct sag_tj_dokument r;
    struct sag_diag d;
    enum sag_status st = SAG_OK;
    const char *fil = NULL;
    size_t fil_len = 0;
    char sha[65], sti[160];

    if (!k->hvem.via_cookie || !sag__http_csrf_form_ok(k, del_tekst(k, "csrf")))
        return fejlside(k, MHD_HTTP_FORBIDDEN, "Ingen adgang",
                        "Formularen er udløbet. Gå tilbage og prøv igen.");
    f.form = "d";
    f.titel = del_tekst(k, "titel");
    f.retning = del_tekst(k, "retning");
    f.part = del_tekst(k, "part");
    f.dato = del_tekst(k, "dato");
    f.anmodning_id = del_tekst(k, "anmodning_id");
    (void)del_felt(k, "fil", &fil, &fil_len);
    sag_diag_init(&d);
    memset(&r, 0, sizeof(r));
    r.titel = f.titel ? f.titel : "";
    r.retning = f.retning ? f.retning : "";
    r.part = tom_streng(f.part) ? NULL : f.part;
    r.anmodning_id = tom_streng(f.anmodning_id) ? NULL : f.anmodning_id;
    r.indhold = fil;
    r.len = fil_len;
    if (!laes_dato(f.dato, &r.dato))
        st = sag_diag_set(&d, SAG_EINVAL, "/dato",
                          "ugyldig dato (skriv fx 31.12.2024)");
    else
        st = sag_tj_dokument(&k->tj, k->param[0], &r, sha, &d);
    if (st == SAG_OK) {
        (void)snprintf(sti, sizeof(sti), "/ui/sager/%s#dokumenter",
                       k->param[0]);
        return omdiriger(k, sti);
    }
    if (st != SAG_EINVAL && st != SAG_EMISSING && st != SAG_EDENIED &&
        st != SAG_ECONFLICT && st != SAG_ERANGE)
        return afvist(k, st, &d);
    f.fejl_felt = "fil";
    for (size_t i = 0; i < sizeof(navne) / sizeof(navne[0]); i++)
        if (d.felt[0] == '/' && strcmp(d.felt + 1, navne[i]) == 0)
            f.fejl_felt = navne[i];
    f.fejl = fejlbesked(k, f.fejl_felt, &d, st);
    return side_sag(k, &f,
                    st == SAG_EDENIED || st == SAG_ECONFLICT
                        ? MHD_HTTP_CONFLICT
                        : MHD_HTTP_UNPROCESSABLE_CONTENT);
}

/* The parties that may appeal (stored codes). */
static const char *const klagere[] = { "tilskadekomne", "repraesentant",
                                       "arbejdsgiver", "forsikringsselskab" };

/* The steps of an appeal after it is registered: AES's reassessment,
 * sending it on, and Ankestyrelsen's outcome (the form's codes). */
static const struct {
    const char *kode, *tekst;
    enum sag_udfald udfald;
    int trin; /* 1 genvurdering, 2 send to AST, 3 AST's outcome */
} skridt[] = {
    { "genvurderet_fastholdt", "Genvurderet: afgørelsen fastholdes",
      SAG_UDFALD_FASTHOLDT, 1 },
    { "genvurderet_aendret", "Genvurderet: afgørelsen ændres",
      SAG_UDFALD_AENDRET, 1 },
    { "sendt_til_ankestyrelsen", "Sendt til Ankestyrelsen", SAG_UDFALD_INGEN,
      2 },
    { "ast_stadfaestet", "Ankestyrelsen: stadfæstet", SAG_UDFALD_STADFAESTET,
      3 },
    { "ast_aendret", "Ankestyrelsen: ændret", SAG_UDFALD_AENDRET, 3 },
    { "ast_hjemvist", "Ankestyrelsen: hjemvist (ny sag oprettes)",
      SAG_UDFALD_HJEMVIST, 3 },
    { "ast_afvist", "Ankestyrelsen: afvist", SAG_UDFALD_AFVIST, 3 },
};

static void
klagepanel(struct sag__http_kald *k, const struct sag_tilstand *t,
           const struct handling *f)
{
    static const struct handling ingen = { 0 };
    char idag[SAG_DATO_DK_LEN], ord[256];
    json_t *afg = json_array(), *kl = json_array(), *klage, *skridt_data;
    bool k_min, s_min;
    size_t aabne = 0;

    if (f == NULL)
        f = &ingen;
    sag_dato_format_dk(k->tj.idag, idag);
    k_min = er(f->form, "k");
    s_min = er(f->form, "s");
    for (size_t i = 0; afg && i < t->antal_afgoerelser; i++) {
        const struct sag_afgoerelse_ref *r = &t->afgoerelser[i];

        (void)snprintf(ord, sizeof(ord), "%s (%s)", r->id,
                       sag_visning_ord(sag_fase_navn(r->fase)));
        (void)json_array_append_new(
            afg, mulighed(r->id, ord, k_min && er(f->afgoerelse, r->id)));
    }
    for (size_t i = 0; kl && i < sizeof(klagere) / sizeof(klagere[0]); i++)
        (void)json_array_append_new(
            kl, mulighed(klagere[i], sag_visning_ord(klagere[i]),
                         k_min && er(f->part, klagere[i])));
    praefiks = "k";
    klage = json_pack(
        "{s:o,s:[o,o,o,o]}", "resume", resume(f, "Klagen er ikke registreret"),
        "felter",
        felt_data(f, "afgoerelse", "Afgørelse, der klages over", NULL, "valg",
                  NULL, afg),
        felt_data(f, "part", "Klager", NULL, "valg", NULL, kl),
        felt_data(f, "dato", "Dato", "Fx 31.12.2024 eller 2024-12-31.", "tekst",
                  k_min && f->dato ? f->dato : idag, NULL),
        felt_data(f, "begrundelse", "Begrundelse", NULL, "omraade",
                  k_min && f->begrundelse ? f->begrundelse : "", NULL));

    for (size_t i = 0; i < t->antal_klager; i++)
        if (t->klager[i].status != SAG_KLAGE_AFGJORT &&
            t->klager[i].status != SAG_KLAGE_AENDRET)
            aabne++;
    skridt_data = json_null();
    if (aabne > 0) {
        json_t *ks = json_array(), *sk = json_array();

        for (size_t i = 0; ks && i < t->antal_klager; i++) {
            const struct sag_klage *x = &t->klager[i];

            if (x->status == SAG_KLAGE_AFGJORT ||
                x->status == SAG_KLAGE_AENDRET)
                continue;
            (void)snprintf(ord, sizeof(ord), "%s over %s (%s)", x->id,
                           x->afgoerelse_id,
                           sag_visning_ord(sag_klagestatus_navn(x->status)));
            (void)json_array_append_new(
                ks, mulighed(x->id, ord, s_min && er(f->klage, x->id)));
        }
        /* Only the steps an open appeal can take in its state (the
         * state machine's sag_klage_kan, which the use cases obey). */
        for (size_t i = 0; sk && i < sizeof(skridt) / sizeof(skridt[0]); i++) {
            static const enum sag_haendelsestype trin_type[] = {
                SAG_H_GENVURDERET, SAG_H_GENVURDERET,
                SAG_H_SENDT_TIL_ANKESTYRELSEN, SAG_H_ANKESTYRELSEN_AFGJORT
            };
            bool mulig = false;

            for (size_t j = 0; j < t->antal_klager; j++)
                mulig = mulig ||
                        sag_klage_kan(&t->klager[j], trin_type[skridt[i].trin]);
            if (mulig)
                (void)json_array_append_new(
                    sk, mulighed(skridt[i].kode, skridt[i].tekst,
                                 s_min && er(f->skridt, skridt[i].kode)));
        }
        praefiks = "s";
        skridt_data = json_pack(
            "{s:o,s:[o,o,o,o]}", "resume",
            resume(f, "Skridtet er ikke registreret"), "felter",
            felt_data(f, "klage", "Klage", NULL, "valg", NULL, ks),
            felt_data(f, "skridt", "Skridt", NULL, "valg", NULL, sk),
            felt_data(f, "dato", "Dato", "Fx 31.12.2024 eller 2024-12-31.",
                      "tekst", s_min && f->dato ? f->dato : idag, NULL),
            felt_data(f, "begrundelse", "Begrundelse", NULL, "omraade",
                      s_min && f->begrundelse ? f->begrundelse : "", NULL));
    }
    praefiks = "h";
    skabelon(k, "klagepanel.html",
             json_pack("{s:s,s:s,s:o*,s:o*}", "sag", t->id, "csrf",
                       k->hvem.csrf, "klage", klage, "skridt", skridt_data));
}

/* A refused appeal form: the case page again, the message at the field. */
static int
klage_afvist(struct sag__http_kald *k, struct handling *f, enum sag_status st,
             const struct sag_diag *d)
{
    static const char *const navne[] = { "afgoerelse",  "part",  "dato",
                                         "begrundelse", "klage", "skridt" };

    if (st == SAG_EADGANG || st == SAG_ENOTFOUND || st == SAG_EIO ||
        st == SAG_ENOMEM || st == SAG_EINTERNAL)
        return afvist(k, st, d);
    f->fejl_felt = er(f->form, "k") ? "afgoerelse" : "skridt";
    for (size_t i = 0; i < sizeof(navne) / sizeof(navne[0]); i++)
        if (d->felt[0] == '/' && strcmp(d->felt + 1, navne[i]) == 0)
            f->fejl_felt = navne[i];
    /* The step form: the appeal's state refused the step (the step
     * select offers only possible ones, but the state may have moved on
     * since the page was drawn): the message belongs at "Skridt". */
    if (strcmp(d->felt, "/klage_id") == 0 || strcmp(d->felt, "/udfald") == 0)
        f->fejl_felt = er(f->form, "s") ? "skridt" : "klage";
    if (strcmp(d->felt, "/afgoerelse_id") == 0)
        f->fejl_felt = "afgoerelse";
    f->fejl = fejlbesked(k, f->fejl_felt, d, st);
    return side_sag(k, f,
                    st == SAG_EDENIED || st == SAG_ECONFLICT
                        ? MHD_HTTP_CONFLICT
                        : MHD_HTTP_UNPROCESSABLE_CONTENT);
}

static int
post_klage(struct sag__http_kald *k)
{
    struct handling f = { 0 };
    struct sag_tj_klage r;
    struct sag_diag d;
    enum sag_status st = SAG_OK;
    char id[SAG_ID_MAX], sti[160];

    if (!csrf_ok(k))
        return fejlside(k, MHD_HTTP_FORBIDDEN, "Ingen adgang",
                        "Formularen er udløbet. Gå tilbage og prøv igen.");
    f.form = "k";
    f.afgoerelse = felt(k, "afgoerelse");
    f.part = felt(k, "part");
    f.dato = felt(k, "dato");
    f.begrundelse = felt(k, "begrundelse");
    sag_diag_init(&d);
    memset(&r, 0, sizeof(r));
    r.afgoerelse_id = f.afgoerelse;
    r.part = tom_streng(f.part) ? NULL : f.part;
    r.begrundelse = f.begrundelse ? f.begrundelse : "";
    if (!laes_dato(f.dato, &r.dato))
        st = sag_diag_set(&d, SAG_EINVAL, "/dato",
                          "ugyldig dato (skriv fx 31.12.2024)");
    else
        st = sag_tj_klage(&k->tj, k->param[0], &r, id, &d);
    if (st != SAG_OK)
        return klage_afvist(k, &f, st, &d);
    (void)snprintf(sti, sizeof(sti), "/ui/sager/%s#klageflow", k->param[0]);
    return omdiriger(k, sti);
}

static int
post_klageskridt(struct sag__http_kald *k)
{
    struct handling f = { 0 };
    struct sag_tj_klageskridt r;
    struct sag_diag d;
    enum sag_status st = SAG_OK;
    char ny[SAG_ID_MAX] = "", sti[160];
    int trin = 0;

    if (!csrf_ok(k))
        return fejlside(k, MHD_HTTP_FORBIDDEN, "Ingen adgang",
                        "Formularen er udløbet. Gå tilbage og prøv igen.");
    f.form = "s";
    f.klage = felt(k, "klage");
    f.skridt = felt(k, "skridt");
    f.dato = felt(k, "dato");
    f.begrundelse = felt(k, "begrundelse");
    sag_diag_init(&d);
    memset(&r, 0, sizeof(r));
    r.klage_id = f.klage;
    r.begrundelse = f.begrundelse ? f.begrundelse : "";
    for (size_t i = 0; i < sizeof(skridt) / sizeof(skridt[0]); i++)
        if (er(f.skridt, skridt[i].kode)) {
            r.udfald = skridt[i].udfald;
            trin = skridt[i].trin;
        }
    if (trin == 0)
        st = sag_diag_set(&d, SAG_EINVAL, "/skridt", "vælg et skridt");
    else if (!laes_dato(f.dato, &r.dato))
        st = sag_diag_set(&d, SAG_EINVAL, "/dato",
                          "ugyldig dato (skriv fx 31.12.2024)");
    else if (trin == 1)
        st = sag_tj_genvurder(&k->tj, k->param[0], &r, &d);
    else if (trin == 2)
        st = sag_tj_send_til_ankestyrelsen(&k->tj, k->param[0], &r, &d);
    else
        st = sag_tj_ankestyrelsen(&k->tj, k->param[0], &r, ny, &d);
    if (st != SAG_OK)
        return klage_afvist(k, &f, st, &d);
    /* A remittal opened a new linked case: go there (it names this one). */
    if (ny[0])
        (void)snprintf(sti, sizeof(sti), "/ui/sager/%s", ny);
    else
        (void)snprintf(sti, sizeof(sti), "/ui/sager/%s#klageflow", k->param[0]);
    return omdiriger(k, sti);
}

/* GET /ui/breve/{id} (the letter's HTML page, with its own CSP) and
 * /ui/breve/{id}/pdf: the letter use case checks the role and the scope
 * (a citizen reads only their own case's letters) and logs the read. */
static int
side_brev(struct sag__http_kald *k, bool pdf)
{
    struct sag_brev_post p;
    struct sag_diag d;
    enum sag_status st;

    sag_diag_init(&d);
    st = sag_tj_brev_hent(&k->tj, k->param[0], &k->a->arena, &p, &d);
    if (st != SAG_OK)
        return afvist(k, st, &d);
    sag_buf_reset(k->b);
    if (pdf) {
        sag_buf_add(k->b, p.pdf, p.pdf_len);
        k->type = "application/pdf";
    } else {
        sag_buf_adds(k->b, p.html);
        sag__http_html_csp(k);
        k->type = "text/html; charset=utf-8";
    }
    k->status = MHD_HTTP_OK;
    return 0;
}

/* "/ui/breve/{id}" or "/ui/breve/{id}/pdf": the id into k->param[0]. */
static bool
brev_sti(struct sag__http_kald *k, bool *pdf)
{
    const char *id = k->sti + strlen("/ui/breve/"), *skraa;
    size_t l;

    if (strncmp(k->sti, "/ui/breve/", strlen("/ui/breve/")) != 0)
        return false;
    skraa = strchr(id, '/');
    l = skraa ? (size_t)(skraa - id) : strlen(id);
    *pdf = skraa != NULL;
    if (l == 0 || l >= sizeof(k->param_buf[0]) ||
        (skraa != NULL && strcmp(skraa, "/pdf") != 0))
        return false;
    memcpy(k->param_buf[0], id, l);
    k->param_buf[0][l] = '\0';
    k->param[0] = k->param_buf[0];
    return true;
}

/* ---- decisions (recognition, mén, loss of earning capacity) ---- */

/* The decision form's fields (ids "a-<name>"). The loss form carries the
 * facts and each assessment with who made it and why; the engine decides
 * what is required (a skøn without "vurderet af" is refused at that
 * field), the page only passes the values on. */
enum {
    AF_FASE,
    AF_DATO,
    AF_BEGRUNDELSE,
    AF_RESULTAT,
    AF_MEN_PCT,
    AF_TYPE,
    AF_FOEDSELSDATO,
    AF_KOEN,
    AF_AARSLOEN,
    AF_GRUNDLAG,
    AF_SKOEN_PCT,
    AF_UDEN,
    AF_MED,
    AF_SITUATION,
    AF_SITUATION_DATO,
    AF_VURDERING_AF,
    AF_VURDERING_BEGR,
    AF_ANDEL,
    AF_ANDEL_AF,
    AF_ANDEL_BEGR,
    AF_REVISIONSDATO,
    AF_SKADETYPE,
    AF_SKADEDATO,
    AF_ANMELDT,
    AF_SAGENS_FOEDT,
    AF_ANTAL
};

static const char *const af_navn[AF_ANTAL] = {
    "fase",
    "dato",
    "begrundelse",
    "resultat",
    "men_pct",
    "type",
    "foedselsdato",
    "koen",
    "aarsloen",
    "grundlag",
    "skoen_pct",
    "indtaegt_uden",
    "indtaegt_med",
    "situation",
    "situation_dato",
    "vurdering_af",
    "vurdering_begrundelse",
    "andel",
    "andel_af",
    "andel_begrundelse",
    "revisionsdato",
    "skadetype",
    "skadedato",
    "anmeldelsesdato",
    "sagens_foedselsdato",
};

struct afg_form {
    const char *v[AF_ANTAL];
    const char *fejl_felt, *fejl;
};

/* The engine's (and the use case's) JSON pointers → the form's fields. */
static const char *
afg_felt_for(const char *peger, const char *fase)
{
    static const char *const tabel[][2] = {
        { "/foedselsdato", "foedselsdato" },
        { "/koen", "koen" },
        { "/afgoerelsesdato", "dato" },
        { "/afgoerelse", "type" },
        { "/aarsloen_oere", "aarsloen" },
        { "/aarsloen_skoen", "aarsloen" },
        { "/indkomstaar", "aarsloen" },
        { "/erhvervsevnetab/grundlag", "grundlag" },
        { "/erhvervsevnetab/skoen_pct", "skoen_pct" },
        { "/erhvervsevnetab/forslag_bekraeftet", "skoen_pct" },
        { "/erhvervsevnetab/indtaegt_uden_skade_oere", "indtaegt_uden" },
        { "/erhvervsevnetab/indtaegt_med_skade_oere", "indtaegt_med" },
        { "/erhvervsevnetab/situation", "situation" },
        { "/erhvervsevnetab/arbejdsskadens_andel", "andel" },
        { "/erhvervsevnetab/andel_vurdering/af", "andel_af" },
        { "/erhvervsevnetab/andel_vurdering/begrundelse", "andel_begrundelse" },
        { "/erhvervsevnetab/andel_vurdering", "andel_af" },
        { "/erhvervsevnetab", "grundlag" },
        { "/situation_dato", "situation_dato" },
        { "/tab_paavist_dato", "situation_dato" },
        { "/vurdering/af", "vurdering_af" },
        { "/vurdering/begrundelse", "vurdering_begrundelse" },
        { "/vurdering", "vurdering_af" },
        { "/revisionsdato", "revisionsdato" },
        { "/men_pct", "men_pct" },
        { "/pct", "men_pct" },
        { "/anerkendt", "resultat" },
        { "/resultat", "resultat" },
        { "/begrundelse", "begrundelse" },
        { "/dato", "dato" },
        { "/til", "dato" },
        { "/skadedato", "dato" },
        { "/anmeldelsesdato", "dato" },
    };

    if (strncmp(peger, "/beregning", 10) == 0 && peger[10] == '/')
        peger += 10;
    for (size_t i = 0; i < sizeof(tabel) / sizeof(tabel[0]); i++) {
        size_t l = strlen(tabel[i][0]);

        if (strncmp(peger, tabel[i][0], l) == 0 &&
            (peger[l] == '\0' || peger[l] == '/'))
            return tabel[i][1];
    }
    if (er(fase, "erhvervsevnetab"))
        return "grundlag";
    if (er(fase, "men"))
        return "men_pct";
    return "resultat";
}

static const char *
afg_v(const struct afg_form *f, int i)
{
    return f->v[i] ? f->v[i] : "";
}

/* The decision form's fields (web/skabeloner/felter.html, ids "a-NAME"):
 * the value sent (or the default), the refusal's message at the field
 * the refusal names. */
static json_t *
afg_felt(const struct afg_form *f, int i, const char *art, const char *label,
         const char *hjaelp, json_t *muligheder)
{
    return felt_json(
        "a", af_navn[i], label, hjaelp, art, muligheder ? NULL : afg_v(f, i),
        f->fejl != NULL && er(f->fejl_felt, af_navn[i]) ? f->fejl : NULL,
        muligheder);
}

static json_t *
afg_tekst(const struct afg_form *f, int i, const char *label,
          const char *hjaelp)
{
    return afg_felt(f, i, "tekst", label, hjaelp, NULL);
}

/* A select of stored codes, each shown in words (sag_visning_ord) unless
 * the table gives a text; the one sent (or the default) is selected. */
static json_t *
afg_valg(const struct afg_form *f, int i, const char *label, const char *hjaelp,
         const char *const (*valg)[2], size_t n)
{
    json_t *m = json_array();

    for (size_t j = 0; m && j < n; j++)
        (void)json_array_append_new(
            m, mulighed(valg[j][0],
                        valg[j][1] ? valg[j][1] : sag_visning_ord(valg[j][0]),
                        er(afg_v(f, i), valg[j][0])));
    return m ? afg_felt(f, i, "valg", label, hjaelp, m) : NULL;
}

/* An amount as typed ("350.000,00", "350000", "350.000 kr.") in øre. */
static bool
laes_kr(const char *s, struct sag_penge *p)
{
    char t[64];
    size_t l;

    if (s == NULL)
        return false;
    while (*s == ' ')
        s++;
    l = strlen(s);
    if (l >= sizeof(t))
        return false;
    memcpy(t, s, l + 1);
    if (l >= 3 && strcmp(t + l - 3, "kr.") == 0)
        t[l -= 3] = '\0';
    while (l > 0 && t[l - 1] == ' ')
        t[--l] = '\0';
    /* "350.000" (whole kroner with thousands points) is unambiguous in a
     * field that asks for kroner: read it as "350.000,00". */
    if (l > 4 && l + 3 < sizeof(t) && strchr(t, ',') == NULL &&
        t[l - 4] == '.') {
        memcpy(t + l, ",00", 4);
        l += 3;
    }
    return sag_penge_parse_kr(t, l, p) == SAG_OK;
}

static bool
laes_heltal(const char *s, long maks, long *n)
{
    long v = 0;

    if (s == NULL || *s == '\0' || strlen(s) > 9)
        return false;
    for (const char *p = s; *p; p++) {
        if (*p < '0' || *p > '9')
            return false;
        v = v * 10 + (*p - '0');
    }
    if (v > maks)
        return false;
    *n = v;
    return true;
}

static void
json_dato(struct sag_buf *b, const char *navn, struct sag_dato d)
{
    char iso[SAG_DATO_ISO_LEN];

    sag_dato_format_iso(d, iso);
    sag_buf_addf(b, ",\"%s\":\"%s\"", navn, iso);
}

/* The engine's input (docs/beregning.md) from the loss form; a field that
 * cannot be read is refused at that field. Nothing is defaulted that the
 * engine would not default: an empty field is left out. */
static enum sag_status
afg_input(const struct afg_form *f, struct sag_buf *j, struct sag_dato *dato,
          struct sag_diag *d)
{
    struct sag_dato x;
    struct sag_penge p;
    long n;
    static const int datoer[] = { AF_SKADEDATO, AF_ANMELDT, AF_FOEDSELSDATO,
                                  AF_DATO };
    static const char *const json_navn[] = { "skadedato", "anmeldelsesdato",
                                             "foedselsdato",
                                             "afgoerelsesdato" };

    sag_buf_adds(j, "{\"skadetype\":");
    sag_buf_add_json_str(j, afg_v(f, AF_SKADETYPE));
    for (size_t i = 0; i < 4; i++) {
        const char *s = afg_v(f, datoer[i]);

        if (s[0] == '\0')
            return sag_diag_set(d, SAG_EMISSING,
                                af_navn[datoer[i]][0] == 'f' ? "/foedselsdato"
                                                             : "/dato",
                                "mangler");
        if (!laes_dato(s, &x))
            return sag_diag_set(d, SAG_EINVAL,
                                datoer[i] == AF_FOEDSELSDATO ? "/foedselsdato"
                                                             : "/dato",
                                "ugyldig dato (skriv fx 31.12.2024)");
        json_dato(j, json_navn[i], x);
        if (datoer[i] == AF_DATO)
            *dato = x;
    }
    if (afg_v(f, AF_KOEN)[0]) {
        sag_buf_adds(j, ",\"koen\":");
        sag_buf_add_json_str(j, afg_v(f, AF_KOEN));
    }
    sag_buf_adds(j, ",\"afgoerelse\":");
    sag_buf_add_json_str(j, afg_v(f, AF_TYPE));
    if (afg_v(f, AF_AARSLOEN)[0]) {
        if (!laes_kr(afg_v(f, AF_AARSLOEN), &p) || p.oere < 0)
            return sag_diag_set(d, SAG_EINVAL, "/aarsloen_oere",
                                "ugyldigt beløb (skriv fx 350.000,00)");
        sag_buf_addf(j, ",\"aarsloen_oere\":%lld", (long long)p.oere);
    }
    if (afg_v(f, AF_SITUATION_DATO)[0]) {
        if (!laes_dato(afg_v(f, AF_SITUATION_DATO), &x))
            return sag_diag_set(d, SAG_EINVAL, "/situation_dato",
                                "ugyldig dato (skriv fx 31.12.2024)");
        json_dato(j, "situation_dato", x);
    }
    if (afg_v(f, AF_VURDERING_AF)[0] || afg_v(f, AF_VURDERING_BEGR)[0]) {
        sag_buf_adds(j, ",\"vurdering\":{\"af\":");
        sag_buf_add_json_str(j, afg_v(f, AF_VURDERING_AF));
        sag_buf_adds(j, ",\"begrundelse\":");
        sag_buf_add_json_str(j, afg_v(f, AF_VURDERING_BEGR));
        sag_buf_adds(j, "}");
    }
    sag_buf_adds(j, ",\"erhvervsevnetab\":{\"grundlag\":");
    sag_buf_add_json_str(j, afg_v(f, AF_GRUNDLAG));
    if (afg_v(f, AF_SKOEN_PCT)[0]) {
        if (!laes_heltal(afg_v(f, AF_SKOEN_PCT), 100, &n))
            return sag_diag_set(d, SAG_EINVAL, "/erhvervsevnetab/skoen_pct",
                                "skal være et helt tal fra 0 til 100");
        sag_buf_addf(j, ",\"skoen_pct\":%ld", n);
    }
    if (afg_v(f, AF_UDEN)[0]) {
        if (!laes_kr(afg_v(f, AF_UDEN), &p) || p.oere < 0)
            return sag_diag_set(d, SAG_EINVAL,
                                "/erhvervsevnetab/indtaegt_uden_skade_oere",
                                "ugyldigt beløb (skriv fx 350.000,00)");
        sag_buf_addf(j, ",\"indtaegt_uden_skade_oere\":%lld",
                     (long long)p.oere);
    }
    if (afg_v(f, AF_MED)[0]) {
        if (!laes_kr(afg_v(f, AF_MED), &p) || p.oere < 0)
            return sag_diag_set(d, SAG_EINVAL,
                                "/erhvervsevnetab/indtaegt_med_skade_oere",
                                "ugyldigt beløb (skriv fx 250.000,00)");
        sag_buf_addf(j, ",\"indtaegt_med_skade_oere\":%lld", (long long)p.oere);
    }
    if (afg_v(f, AF_SITUATION)[0]) {
        sag_buf_adds(j, ",\"situation\":");
        sag_buf_add_json_str(j, afg_v(f, AF_SITUATION));
    }
    if (afg_v(f, AF_ANDEL)[0]) {
        sag_buf_adds(j, ",\"arbejdsskadens_andel\":");
        sag_buf_add_json_str(j, afg_v(f, AF_ANDEL));
    }
    if (afg_v(f, AF_ANDEL_AF)[0] || afg_v(f, AF_ANDEL_BEGR)[0]) {
        sag_buf_adds(j, ",\"andel_vurdering\":{\"af\":");
        sag_buf_add_json_str(j, afg_v(f, AF_ANDEL_AF));
        sag_buf_adds(j, ",\"begrundelse\":");
        sag_buf_add_json_str(j, afg_v(f, AF_ANDEL_BEGR));
        sag_buf_adds(j, "}");
    }
    sag_buf_adds(j, "}}");
    return SAG_OK;
}

/* The preview (web/skabeloner/forhaandsvisning.html): the engine's result
 * and its Danish explanation for the form as it stands (nothing stored),
 * or the engine's refusal with the form's field it names. The engine
 * computes; the page only shows. A new value; NULL when out of memory. */
static json_t *
afg_forhaandsvis(struct sag__http_kald *k, const struct afg_form *f)
{
    struct sag_buf j;
    struct sag_beregning_input in;
    struct sag_beregning r;
    struct sag_spor sp;
    struct sag_diag d;
    struct sag_dato dato;
    enum sag_status st;
    json_t *erstatning = json_null(), *data;
    char fra[SAG_DATO_DK_LEN], aarsloen[SAG_PENGE_STR_LEN],
        aarlig[SAG_PENGE_STR_LEN], maanedlig[SAG_PENGE_STR_LEN],
        kapital[SAG_PENGE_STR_LEN];

    sag_diag_init(&d);
    sag_buf_init(&j, 0);
    st = afg_input(f, &j, &dato, &d);
    if (st == SAG_OK)
        st = sag_beregning_input_fra_json(j.buf, j.len, &k->a->arena, &in, &d);
    /* The birth date the case's CPR number gives (sag_tj_tab_muligt, a
     * hidden field like the case's other facts): a preview with another
     * one is refused at the field, as "Træf afgørelse" is by the use
     * case. */
    if (st == SAG_OK && laes_dato(f->v[AF_SAGENS_FOEDT], &dato) &&
        dato.dage != in.foedselsdato.dage)
        st = sag_diag_set(&d, SAG_ECONFLICT, "/foedselsdato",
                          "beregningens fødselsdato stemmer ikke med "
                          "sagens CPR-nummer");
    if (st == SAG_OK) {
        sag_spor_init(&sp, &k->a->arena, true);
        st = sag_beregn(&k->a->satser, &in, &sp, &r, &d);
    }
    sag_buf_release(&j);
    if (st != SAG_OK)
        return json_pack("{s:{s:s,s:s},s:n}", "afvist", "felt",
                         afg_felt_for(d.felt, "erhvervsevnetab"), "besked",
                         d.besked[0] ? d.besked : sag_status_str(st),
                         "resultat");
    if (r.ret_til_erstatning) {
        sag_penge_format_dk(r.aarsloen, aarsloen);
        sag_penge_format_dk(r.aarlig, aarlig);
        sag_penge_format_dk(r.maanedlig, maanedlig);
        sag_penge_format_dk(r.kapital, kapital);
        sag_dato_format_dk(r.tilkendelsesdato, fra);
        erstatning =
            json_pack("{s:s,s:s,s:s,s:s?,s:s}", "aarsloen", aarsloen, "aarlig",
                      aarlig, "maanedlig", maanedlig, "kapital",
                      r.kapital.oere > 0 ? kapital : NULL, "fra", fra);
    }
    sag_buf_init(&j, 0);
    sag_beregning_til_tekst_sagsbehandler(&r, &sp, &j);
    data = sag_buf_status(&j) != SAG_OK || erstatning == NULL
               ? NULL
               : json_pack("{s:n,s:{s:i,s:s,s:o,s:s%}}", "afvist", "resultat",
                           "pct", r.pct, "art",
                           r.afgoerelse == SAG_AFGOERELSE_MIDLERTIDIG
                               ? "midlertidig"
                               : "endelig",
                           "erstatning", json_incref(erstatning), "forklaring",
                           j.buf, j.len);
    json_decref(erstatning);
    sag_buf_release(&j);
    return data;
}

static const char *const afg_faser[][2] = {
    { "anerkendelse", "Anerkendelse" },
    { "men", "Mén" },
    { "erhvervsevnetab", "Erhvervsevnetab" },
};

/* The phases' tabs (afgoerelse.html's faner), `fase` the current one. */
static json_t *
afg_faner(const char *fase)
{
    json_t *faner = json_array();

    for (size_t i = 0; faner && i < 3; i++)
        (void)json_array_append_new(
            faner,
            json_pack("{s:s,s:s,s:b}", "fase", afg_faser[i][0], "navn",
                      afg_faser[i][1], "aktiv", er(fase, afg_faser[i][0])));
    return faner;
}

/* GET /ui/sager/{id}/afgoerelse?fase=…: the decision form for one phase
 * (web/skabeloner/afgoerelse.html: the case's facts as hidden fields for
 * the engine, the preview beside the loss form, filled in if `vis`). `f`
 * holds what was sent (NULL: a fresh form). */
static int
side_afgoerelse(struct sag__http_kald *k, struct afg_form *f, bool vis,
                unsigned status)
{
    static const char *const resultater[][2] = { { "anerkendt", "Anerkendt" },
                                                 { "afvist", "Afvist" } };
    static const char *const typer[][2] = { { "endelig", "Endelig" },
                                            { "midlertidig", "Midlertidig" } };
    static const char *const koen[][2] = { { "", "Ikke oplyst" },
                                           { "mand", "Mand" },
                                           { "kvinde", "Kvinde" } };
    static const char *const grundlag[][2] = {
        { "skoen", "Skøn (ASL § 17, stk. 2)" },
        { "indtaegtstab", "Indtægtssammenligning (forslag)" },
        { "17a", "Beregning efter ASL § 17 a" },
    };
    /* The engine's situations (sag_situation_navn), in words; "not
     * given" first, sent as nothing. */
    const char *situationer[SAG_SITUATION_ANTAL][2];
    struct afg_form tom = { 0 };
    struct sag_dato foedt;
    char foedt_dk[SAG_DATO_DK_LEN];
    json_t *forhaand = json_null();
    struct sag_tj_mappe *m;
    const struct sag_tilstand *t;
    struct sag_diag d;
    enum sag_status st;
    char idag[SAG_DATO_DK_LEN], s1[SAG_DATO_DK_LEN], s2[SAG_DATO_DK_LEN];
    const char *fase;
    bool tab;
    json_t *faner, *dato, *foerst, *tabdata = json_null(), *begrundelse, *sidst;

    if (!sag_tj_tilladt(k->hvem.rolle, SAG_HANDLING_AFGOER))
        return fejlside(k, MHD_HTTP_FORBIDDEN, "Ingen adgang",
                        "Din rolle må ikke træffe afgørelser.");
    if (k->hvem.rolle == SAG_ROLLE_BORGER)
        return side_borger(k);
    if ((m = sag_arena_alloc(&k->a->arena, sizeof(*m))) == NULL)
        return fejlside(k, MHD_HTTP_INTERNAL_SERVER_ERROR, "Der skete en fejl",
                        "Prøv igen om lidt.");
    sag_diag_init(&d);
    st = sag_tj_sagsmappe(&k->tj, k->param[0], "afgoerelse", &k->a->arena, m,
                          &d);
    if (st != SAG_OK)
        return afvist(k, st, &d);
    t = &m->m.tilstand;
    if (f == NULL) {
        f = &tom;
        f->v[AF_FASE] = sag__http_arg(k, "fase");
    }
    fase = afg_v(f, AF_FASE);
    if (!er(fase, "men") && !er(fase, "erhvervsevnetab"))
        fase = "anerkendelse";
    tab = er(fase, "erhvervsevnetab");
    sag_dato_format_dk(k->tj.idag, idag);
    if (f->v[AF_DATO] == NULL)
        f->v[AF_DATO] = idag;
    if (f->v[AF_TYPE] == NULL)
        f->v[AF_TYPE] = "endelig";
    if (f->v[AF_GRUNDLAG] == NULL)
        f->v[AF_GRUNDLAG] = "skoen";
    if (f->v[AF_VURDERING_AF] == NULL && tab)
        f->v[AF_VURDERING_AF] = k->hvem.bruger;
    situationer[0][0] = "";
    situationer[0][1] = "Ikke oplyst";
    for (int i = 1; i < SAG_SITUATION_ANTAL; i++) {
        situationer[i][0] = sag_situation_navn((enum sag_situation)i);
        situationer[i][1] = NULL;
    }
    if (tab) {
        /* Only a case the engine can decide gets the form; the birth date
         * is the one the case's CPR number gives. */
        st = sag_tj_tab_muligt(t, &foedt, &d);
        if (st == SAG_EDENIED) {
            side_start(k, "Træf afgørelse");
            skabelon(k, "afgoerelse.html",
                     json_pack("{s:s,s:s,s:s,s:o,s:n,s:n,s:n,s:n,s:s}", "sag",
                               t->id, "csrf", k->hvem.csrf, "fase", fase,
                               "faner", afg_faner(fase), "resume", "foerst",
                               "tab", "sidst", "umulig", d.besked));
            side_slut(k, MHD_HTTP_OK);
            return 0;
        }
        foedt_dk[0] = '\0';
        if (st == SAG_OK)
            sag_dato_format_dk(foedt, foedt_dk);
        f->v[AF_SAGENS_FOEDT] = foedt_dk;
        if (f->v[AF_FOEDSELSDATO] == NULL && foedt_dk[0])
            f->v[AF_FOEDSELSDATO] = foedt_dk;
        /* Without JavaScript ("Vis beregning"), a refused preview marks
         * its field as a refused decision does. */
        if (vis) {
            forhaand = afg_forhaandsvis(k, f);
            if (f->fejl == NULL && json_is_object(forhaand) &&
                json_is_object(json_object_get(forhaand, "afvist"))) {
                json_t *a = json_object_get(forhaand, "afvist");

                f->fejl_felt = json_string_value(json_object_get(a, "felt"));
                f->fejl = json_string_value(json_object_get(a, "besked"));
            }
        }
    }

    faner = afg_faner(fase);
    /* The decision's date first, then the phase's own field. */
    dato = afg_tekst(f, AF_DATO, "Afgørelsens dato",
                     "Fx 31.12.2024 eller 2024-12-31.");
    if (er(fase, "anerkendelse"))
        foerst = json_pack(
            "{s:[o,o]}", "felter", dato,
            afg_valg(f, AF_RESULTAT, "Resultat", NULL, resultater, 2));
    else if (er(fase, "men"))
        foerst = json_pack("{s:[o,o]}", "felter", dato,
                           afg_tekst(f, AF_MEN_PCT, "Méngrad i procent",
                                     "Et helt tal, 0-120."));
    else
        foerst = json_pack("{s:[o]}", "felter", dato);
    if (tab) {
        /* The case's facts as hidden fields for the engine; the use case
         * checks them against the case when the decision is stored. */
        sag_dato_format_dk(t->skadedato, s1);
        sag_dato_format_dk(t->anmeldelsesdato, s2);
        tabdata = json_pack(
            "{s:s,s:s,s:s,s:s,s:{s:[o,o,o,o,o,o]},s:{s:[o,o,o,o,o,o]},"
            "s:{s:[o,o,o]},s:o}",
            "skadetype", sag_sagstype_navn(t->type), "skadedato", s1,
            "anmeldelsesdato", s2, "sagens_foedselsdato", foedt_dk, "fakta",
            "felter", afg_valg(f, AF_TYPE, "Afgørelsestype", NULL, typer, 2),
            afg_tekst(f, AF_FOEDSELSDATO, "Fødselsdato",
                      "Som sagens CPR-nummer angiver. Fx 31.12.1970 eller "
                      "1970-12-31."),
            afg_valg(f, AF_KOEN, "Køn",
                     "Kun nødvendigt, når en kønsopdelt "
                     "kapitaliseringstabel gælder.",
                     koen, 3),
            afg_tekst(f, AF_AARSLOEN, "Årsløn (kr.)",
                      "Årsløn efter ASL § 24, stk. 1. Fx 350.000,00."),
            afg_valg(f, AF_SITUATION, "Situation nu", NULL,
                     (const char *const(*)[2])situationer,
                     sizeof(situationer) / sizeof(situationer[0])),
            afg_tekst(f, AF_SITUATION_DATO, "Situationen begyndte",
                      "Kan udelades. Fx 31.12.2024 eller 2024-12-31."),
            "vurdering", "felter",
            afg_valg(f, AF_GRUNDLAG, "Grundlag", NULL, grundlag, 3),
            afg_tekst(f, AF_SKOEN_PCT, "Skønnet samlet tab i procent",
                      "Et helt tal, 0-100. Ved indtægtssammenligning kun, "
                      "hvis du fraviger forslaget."),
            afg_tekst(f, AF_UDEN, "Indtægt uden skaden (kr.)",
                      "Ved indtægtssammenligning og § 17 a."),
            afg_tekst(f, AF_MED, "Indtægt med skaden (kr.)",
                      "Ved indtægtssammenligning og § 17 a."),
            afg_tekst(f, AF_VURDERING_AF, "Vurderet af",
                      "Hvem der har foretaget skønnet."),
            afg_tekst(f, AF_VURDERING_BEGR, "Begrundelse for skønnet",
                      "Hvorfor skønnet er sat sådan."),
            "andel", "felter",
            afg_tekst(f, AF_ANDEL, "Andel",
                      "En brøk, fx 3/4. Tomt: hele tabet skyldes "
                      "arbejdsskaden."),
            afg_tekst(f, AF_ANDEL_AF, "Andelen vurderet af",
                      "Kræves, når andelen ikke er hele tabet."),
            afg_tekst(f, AF_ANDEL_BEGR, "Begrundelse for andelen", NULL),
            "forhaandsvisning", forhaand);
    }
    /* The reason last, after the loss form's revision date. */
    begrundelse = afg_felt(f, AF_BEGRUNDELSE, "omraade",
                           "Begrundelse for afgørelsen", NULL, NULL);
    sidst = tab ? json_pack("{s:[o,o]}", "felter",
                            afg_tekst(f, AF_REVISIONSDATO, "Revisionsdato",
                                      "Ved en midlertidig afgørelse. Kan "
                                      "udelades. Fx 31.12.2024 eller "
                                      "2024-12-31."),
                            begrundelse)
                : json_pack("{s:[o]}", "felter", begrundelse);
    side_start(k, "Træf afgørelse");
    skabelon(
        k, "afgoerelse.html",
        json_pack("{s:s,s:s,s:s,s:o,s:o,s:o,s:o,s:o,s:n}", "sag", t->id, "csrf",
                  k->hvem.csrf, "fase", fase, "faner", faner, "resume",
                  resume_json("a", 2, "Afgørelsen er ikke truffet",
                              f->fejl_felt, f->fejl),
                  "foerst", foerst, "tab", tabdata, "sidst", sidst, "umulig"));
    side_slut(k, status);
    return 0;
}

static void
afg_laes(struct sag__http_kald *k, struct afg_form *f)
{
    memset(f, 0, sizeof(*f));
    for (int i = 0; i < AF_ANTAL; i++)
        f->v[i] = felt(k, af_navn[i]);
}

/* POST /ui/sager/{id}/beregn: the preview. From htmx (HX-Request) only
 * the preview's content (forhaandsvisning.html alone); without JavaScript ("Vis beregning") the whole
 * form again with the preview filled in. Nothing is stored or read: the
 * case's facts come from the form's hidden fields (a tampered value only
 * changes this user's own preview; the stored decision is checked). */
static int
post_beregn(struct sag__http_kald *k)
{
    struct afg_form f;
    const char *hx;

    if (!csrf_ok(k))
        return fejlside(k, MHD_HTTP_FORBIDDEN, "Ingen adgang",
                        "Formularen er udløbet. Gå tilbage og prøv igen.");
    afg_laes(k, &f);
    f.v[AF_FASE] = "erhvervsevnetab";
    hx = MHD_lookup_connection_value(k->c, MHD_HEADER_KIND, "HX-Request");
    if (hx != NULL && strcmp(hx, "true") == 0) {
        if (!sag_tj_tilladt(k->hvem.rolle, SAG_HANDLING_AFGOER))
            return fejlside(k, MHD_HTTP_FORBIDDEN, "Ingen adgang",
                            "Din rolle må ikke træffe afgørelser.");
        sag_buf_reset(k->b);
        k->skabelon_fejl = false;
        skabelon(k, "forhaandsvisning.html", afg_forhaandsvis(k, &f));
        html(k,
             k->skabelon_fejl ? MHD_HTTP_INTERNAL_SERVER_ERROR : MHD_HTTP_OK);
        return 0;
    }
    return side_afgoerelse(k, &f, true, MHD_HTTP_OK);
}

/* POST /ui/sager/{id}/afgoer: "Træf afgørelse" through the use case, then
 * its letter; a refusal shows the form again with the message at its
 * field. */
static int
post_afgoer(struct sag__http_kald *k)
{
    struct afg_form f;
    struct sag_tj_afgoerelse a;
    struct sag_tj_afgoerelse_svar svar;
    struct sag_tj_brev_svar bs;
    struct sag_brev_bestilling bb;
    struct sag_buf j;
    struct sag_diag d;
    enum sag_status st = SAG_OK;
    const char *fase;
    long n = 0;
    char sti[160];

    if (!csrf_ok(k))
        return fejlside(k, MHD_HTTP_FORBIDDEN, "Ingen adgang",
                        "Formularen er udløbet. Gå tilbage og prøv igen.");
    afg_laes(k, &f);
    fase = afg_v(&f, AF_FASE);
    sag_diag_init(&d);
    memset(&a, 0, sizeof(a));
    sag_buf_init(&j, 0);
    a.begrundelse = afg_v(&f, AF_BEGRUNDELSE);
    if (er(fase, "anerkendelse")) {
        a.fase = SAG_FASE_ANERKENDELSE;
        if (!er(f.v[AF_RESULTAT], "anerkendt") &&
            !er(f.v[AF_RESULTAT], "afvist"))
            st = sag_diag_set(&d, SAG_EINVAL, "/resultat",
                              "vælg anerkendt eller afvist");
        a.anerkendt = er(f.v[AF_RESULTAT], "anerkendt");
    } else if (er(fase, "men")) {
        a.fase = SAG_FASE_MEN;
        if (!laes_heltal(f.v[AF_MEN_PCT], 1000, &n))
            st = sag_diag_set(&d, SAG_EINVAL, "/men_pct",
                              "skal være et helt tal fra 0 til 120");
        a.men_pct = (int)n;
    } else if (er(fase, "erhvervsevnetab")) {
        a.fase = SAG_FASE_ERHVERVSEVNETAB;
        st = afg_input(&f, &j, &a.dato, &d);
        a.beregning = j.buf;
        a.beregning_len = j.len;
        if (st == SAG_OK && afg_v(&f, AF_REVISIONSDATO)[0]) {
            a.har_revisionsdato = true;
            if (!laes_dato(f.v[AF_REVISIONSDATO], &a.revisionsdato))
                st = sag_diag_set(&d, SAG_EINVAL, "/revisionsdato",
                                  "ugyldig dato (skriv fx 31.12.2024)");
        }
    } else {
        st = sag_diag_set(&d, SAG_EINVAL, "/fase", "ukendt afgørelse");
    }
    if (st == SAG_OK && !laes_dato(f.v[AF_DATO], &a.dato))
        st = sag_diag_set(&d, SAG_EINVAL, "/dato",
                          "ugyldig dato (skriv fx 31.12.2024)");
    if (st == SAG_OK)
        st = sag_tj_afgoer(&k->tj, k->param[0], &a, &svar, NULL, &d);
    sag_buf_release(&j);
    if (st == SAG_EADGANG || st == SAG_ENOTFOUND || st == SAG_EIO ||
        st == SAG_ENOMEM || st == SAG_EINTERNAL)
        return afvist(k, st, &d);
    if (st != SAG_OK) {
        f.fejl_felt = afg_felt_for(d.felt, fase);
        f.fejl = d.besked[0] ? d.besked : sag_status_str(st);
        return side_afgoerelse(k, &f, er(fase, "erhvervsevnetab"),
                               st == SAG_EDENIED || st == SAG_ECONFLICT
                                   ? MHD_HTTP_CONFLICT
                                   : MHD_HTTP_UNPROCESSABLE_CONTENT);
    }
    /* The decision's letter (docs/breve.md); the decision stands if the
     * letter cannot be made now (it can be made later from the CLI or the
     * API). */
    bb.sag_id = k->param[0];
    bb.type = er(fase, "men") ? "men" : fase;
    bb.ref = svar.id;
    sag_diag_init(&d);
    (void)sag_brev_dan(&k->tj, &bb, &bs, &d);
    (void)snprintf(sti, sizeof(sti), "/ui/sager/%s#afgoerelser", k->param[0]);
    return omdiriger(k, sti);
}

/* ---- a notification registered: a new case (anmeldelse) ---- */

/* The new-case form's fields (web/skabeloner/ny_sag.html, ids "n-NAME"),
 * named as `skadesag sag opret` and POST /api/sager name them. */
enum {
    NS_SAGSTYPE,
    NS_GENERATION,
    NS_FORRIGE,
    NS_SKADEDATO,
    NS_ANMELDT,
    NS_CPR,
    NS_TEAM,
    NS_FORSIKRING,
    NS_CVR,
    NS_SAGSBEHANDLER,
    NS_DATO,
    NS_BEGRUNDELSE,
    NS_ANTAL
};

static const char *const ns_navn[NS_ANTAL] = {
    "sagstype",         "generation",    "forrige_sag_id", "skadedato",
    "anmeldelsesdato",  "cpr",           "team",           "forsikring",
    "arbejdsgiver_cvr", "sagsbehandler", "dato",           "begrundelse",
};

struct ny_form {
    const char *v[NS_ANTAL];
    const char *fejl_felt, *fejl;
};

static json_t *
ns_felt(const struct ny_form *f, int i, const char *art, const char *label,
        const char *hjaelp, json_t *muligheder)
{
    return felt_json("n", ns_navn[i], label, hjaelp, art,
                     muligheder ? NULL : (f->v[i] ? f->v[i] : ""),
                     f->fejl != NULL && er(f->fejl_felt, ns_navn[i]) ? f->fejl
                                                                     : NULL,
                     muligheder);
}

/* GET /ui/ny-sag: the form; shown again with a refusal at its field. The
 * case types and generations are the case domain's own names, shown in
 * words (sag_visning_ord). */
static int
side_ny_sag(struct sag__http_kald *k, struct ny_form *f, unsigned status)
{
    struct ny_form tom = { 0 };
    char idag[SAG_DATO_DK_LEN];
    json_t *typer = json_array(), *gen = json_array(), *felter;

    if (!sag_tj_tilladt(k->hvem.rolle, SAG_HANDLING_OPRET))
        return fejlside(k, MHD_HTTP_FORBIDDEN, "Ingen adgang",
                        "Din rolle må ikke oprette sager.");
    if (f == NULL) {
        f = &tom;
        sag_dato_format_dk(k->tj.idag, idag);
        f->v[NS_DATO] = idag;
        f->v[NS_ANMELDT] = idag;
        f->v[NS_TEAM] = k->hvem.team;
        f->v[NS_BEGRUNDELSE] = "Sagen er modtaget";
    }
    for (int i = 1; typer && i <= 5; i++) {
        const char *n = sag_sagstype_navn((enum sag_sagstype)i);

        (void)json_array_append_new(
            typer, mulighed(n, sag_visning_ord(n), er(f->v[NS_SAGSTYPE], n)));
    }
    for (int i = 1; gen && i <= 3; i++) {
        const char *n = sag_generation_navn((enum sag_generation)i);

        (void)json_array_append_new(
            gen, mulighed(n, sag_visning_ord(n),
                          er(f->v[NS_GENERATION], n) ||
                              (f->v[NS_GENERATION] == NULL && i == 1)));
    }
    felter = json_pack(
        "[o,o,o,o,o,o,o,o,o,o,o,o]",
        ns_felt(f, NS_SAGSTYPE, "valg", "Sagstype", NULL, typer),
        ns_felt(f, NS_GENERATION, "valg", "Generation",
                "Førstegang for en ny skade.", gen),
        ns_felt(f, NS_FORRIGE, "tekst", "Tidligere sag",
                "Ved andengang og hjemvisning: den tidligere sags nummer, fx "
                "AES-2024-000001.",
                NULL),
        ns_felt(f, NS_SKADEDATO, "tekst", "Skadedato",
                "Fx 31.12.2024 eller 2024-12-31.", NULL),
        ns_felt(f, NS_ANMELDT, "tekst", "Anmeldelsesdato",
                "Da anmeldelsen blev modtaget. Fx 31.12.2024 eller "
                "2024-12-31.",
                NULL),
        ns_felt(f, NS_CPR, "tekst", "Tilskadekomnes CPR-nummer",
                "Fx 010180-1234. Vises ikke i adresser.", NULL),
        ns_felt(f, NS_TEAM, "tekst", "Team", "Det team, der modtager sagen.",
                NULL),
        ns_felt(f, NS_FORSIKRING, "tekst", "Forsikringsselskab",
                "Arbejdsgiverens forsikringsselskab. Kan udelades.", NULL),
        ns_felt(f, NS_CVR, "tekst", "Arbejdsgiverens CVR-nummer",
                "8 cifre. Kan udelades.", NULL),
        ns_felt(f, NS_SAGSBEHANDLER, "tekst", "Sagsbehandler",
                "Brugernavn. Kan udelades: teamet kan tildele sagen senere.",
                NULL),
        ns_felt(f, NS_DATO, "tekst", "Dato for oprettelsen",
                "Fx 31.12.2024 eller 2024-12-31.", NULL),
        ns_felt(f, NS_BEGRUNDELSE, "omraade", "Begrundelse", NULL, NULL));
    side_start(k, "Ny sag");
    skabelon(k, "ny_sag.html",
             json_pack("{s:s,s:o,s:{s:o}}", "csrf", k->hvem.csrf, "resume",
                       resume_json("n", 2, "Sagen er ikke oprettet",
                                   f->fejl_felt, f->fejl),
                       "felter", "felter", felter));
    side_slut(k, status);
    return 0;
}

/* The refusal's pointer ("/cpr", "/ny/skadedato") → the form's field;
 * the case type's for anything else. */
static const char *
ns_felt_for(const char *peger)
{
    const char *p = strrchr(peger, '/');

    if (p != NULL)
        for (int i = 0; i < NS_ANTAL; i++)
            if (strcmp(p + 1, ns_navn[i]) == 0)
                return ns_navn[i];
    if (strcmp(peger, "/modtaget_dato") == 0)
        return "anmeldelsesdato";
    return "sagstype";
}

/* POST /ui/ny-sag: the form as the case's "oprettet" event, read by the
 * same codec as POST /api/sager (sag_opret_fra_json) and created by the
 * same use case (sag_tj_opret); then to the new case. The CPR number
 * travels in the POST body only. */
static int
post_ny_sag(struct sag__http_kald *k)
{
    struct ny_form f;
    struct sag_haendelse h;
    struct sag_diag d;
    struct sag_dato x;
    struct sag_buf j;
    enum sag_status st = SAG_OK;
    char id[SAG_ID_MAX], iso[SAG_DATO_ISO_LEN], sti[160];
    bool foerst = true;

    if (!csrf_ok(k))
        return fejlside(k, MHD_HTTP_FORBIDDEN, "Ingen adgang",
                        "Formularen er udløbet. Gå tilbage og prøv igen.");
    memset(&f, 0, sizeof(f));
    for (int i = 0; i < NS_ANTAL; i++)
        f.v[i] = felt(k, ns_navn[i]);
    sag_diag_init(&d);
    sag_buf_init(&j, 0);
    /* An empty field is left out: the codec and the use case say what is
     * missing. Dates are read as typed and given in ISO form. */
    sag_buf_addc(&j, '{');
    for (int i = 0; i < NS_ANTAL; i++) {
        const char *v = f.v[i];

        if (tom_streng(v))
            continue;
        if (i == NS_SKADEDATO || i == NS_ANMELDT || i == NS_DATO) {
            if (!laes_dato(v, &x)) {
                (void)snprintf(sti, sizeof(sti), "/%s", ns_navn[i]);
                st = sag_diag_set(&d, SAG_EINVAL, sti,
                                  "ugyldig dato (skriv fx 31.12.2024)");
                break;
            }
            sag_dato_format_iso(x, iso);
            v = iso;
        }
        if (!foerst)
            sag_buf_addc(&j, ',');
        foerst = false;
        sag_buf_add_json_str(&j, ns_navn[i]);
        sag_buf_addc(&j, ':');
        sag_buf_add_json_str(&j, v);
    }
    sag_buf_addc(&j, '}');
    if (st == SAG_OK && (st = sag_buf_status(&j)) != SAG_OK)
        (void)sag_diag_set(&d, st, "", "for store oplysninger");
    if (st == SAG_OK)
        st = sag_opret_fra_json(j.buf, j.len, k->tj.idag, &k->a->arena, &h, &d);
    if (st == SAG_OK)
        st = sag_tj_opret(&k->tj, &h, id, &d);
    /* This copy of the CPR number is wiped at once; the request's body
     * and its decoded form values go with the request's arena and buffer
     * when the next request resets them. */
    sodium_memzero(j.buf, j.len);
    sag_buf_release(&j);
    if (st == SAG_EIO || st == SAG_ENOMEM || st == SAG_EINTERNAL)
        return afvist(k, st, &d);
    if (st != SAG_OK) {
        f.fejl_felt = ns_felt_for(d.felt);
        f.fejl = d.besked[0] ? d.besked : sag_status_str(st);
        return side_ny_sag(k, &f,
                           st == SAG_EADGANG ? MHD_HTTP_FORBIDDEN
                                             : MHD_HTTP_UNPROCESSABLE_CONTENT);
    }
    (void)snprintf(sti, sizeof(sti), "/ui/sager/%s", id);
    return omdiriger(k, sti);
}

/* A query value percent-encoded (RFC 3986 unreserved kept). */
static void
url_kod(struct sag_buf *b, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
            (*p >= '0' && *p <= '9') || *p == '-' || *p == '_' || *p == '.' ||
            *p == '~')
            sag_buf_addc(b, (char)*p);
        else
            sag_buf_addf(b, "%%%02X", *p);
    }
}

/* ---- the worklists with filters and paging ---- */

#define AL_PR_SIDE 50

struct al_filter {
    const char *fra, *til, *status, *q, *side, *type;
    bool har_fra, har_til;
    struct sag_dato dfra, dtil;
};

/* The filter's query string (without the page), for the paging links. */
static void
al_query(struct sag_buf *b, bool team, const struct al_filter *f)
{
    sag_buf_adds(b, team ? "/ui/arbejdsliste?team=1" : "/ui/arbejdsliste?");
    if (f->fra && f->fra[0]) {
        sag_buf_adds(b, "&fra=");
        url_kod(b, f->fra);
    }
    if (f->til && f->til[0]) {
        sag_buf_adds(b, "&til=");
        url_kod(b, f->til);
    }
    if (f->status && f->status[0]) {
        sag_buf_adds(b, "&status=");
        url_kod(b, f->status);
    }
    if (f->q && f->q[0]) {
        sag_buf_adds(b, "&q=");
        url_kod(b, f->q);
    }
    if (f->type && f->type[0]) {
        sag_buf_adds(b, "&type=");
        url_kod(b, f->type);
    }
}

/* A text field of the filter (web/skabeloner/tekstfelt.html), with the
 * message `fejl` (NULL: none). */
static json_t *
al_felt(const char *id, const char *navn, const char *label, const char *vaerdi,
        const char *hjaelp, const char *fejl)
{
    char beskrevet[64];

    (void)snprintf(beskrevet, sizeof(beskrevet), "%s%s%s%s",
                   hjaelp ? "hjaelp-" : "", hjaelp ? id : "",
                   fejl ? (hjaelp ? " fejl-" : "fejl-") : "", fejl ? id : "");
    return json_pack("{s:s,s:s,s:s,s:s,s:s?,s:s?,s:s?}", "id", id, "navn", navn,
                     "label", label, "vaerdi", vaerdi ? vaerdi : "", "hjaelp",
                     hjaelp, "fejl", fejl, "beskrevet",
                     beskrevet[0] ? beskrevet : NULL);
}

/* ---- a team leader's bulk assignment (issue 12) ---- */

/* The accounts a team leader may assign to, from the use case
 * (sag_tj_tildelbare: the rule sag_tj_tildel checks). */
struct tildel_konti {
    struct sag_arena *a;
    const char *navn[64];
    size_t n;
};

static int
tildel_konto_cb(void *ctx, const char *navn)
{
    struct tildel_konti *t = ctx;

    if (t->n == sizeof(t->navn) / sizeof(*t->navn))
        return 0;
    if ((t->navn[t->n] = sag_arena_strdup(t->a, navn)) == NULL)
        return 1;
    t->n++;
    return 0;
}

/* The bulk assignment's form (web/skabeloner/arbejdsliste.html,
 * {{#tildel}}): its error summary, and the select of the accounts a team
 * leader may assign to, the refusal at it. */
static json_t *
tildel_data(struct sag__http_kald *k, const char *fejl_felt, const char *fejl,
            const char *valgt)
{
    struct tildel_konti t;
    struct sag_diag d;
    bool f = fejl != NULL && er(fejl_felt, "t-sagsbehandler");
    json_t *konti = json_array();

    memset(&t, 0, sizeof(t));
    t.a = &k->a->arena;
    sag_diag_init(&d);
    (void)sag_tj_tildelbare(&k->tj, tildel_konto_cb, &t, &d);
    for (size_t i = 0; konti && i < t.n; i++)
        (void)json_array_append_new(konti,
                                    json_pack("{s:s,s:b}", "navn", t.navn[i],
                                              "valgt", er(valgt, t.navn[i])));
    return json_pack(
        "{s:o?,s:s?,s:o*}", "fejl",
        fejl != NULL ? json_pack("{s:s,s:s}", "felt", fejl_felt, "besked", fejl)
                     : NULL,
        "sb_fejl", f ? fejl : NULL, "konti", konti);
}

/* ---- saved filters (issue 12) ---- */

struct gemte {
    struct sag_arena *a;
    const char *navn[100], *q[100];
    size_t n;
};

static int
gemt_cb(void *ctx, const struct sag_gemt_filter *f)
{
    struct gemte *g = ctx;

    if (g->n == sizeof(g->navn) / sizeof(*g->navn))
        return 1;
    g->navn[g->n] = sag_arena_strdup(g->a, f->navn);
    g->q[g->n] = sag_arena_strdup(g->a, f->forespoergsel);
    if (g->navn[g->n] == NULL || g->q[g->n] == NULL)
        return 1;
    g->n++;
    return 0;
}

/* The user's saved filters as links (web/skabeloner/arbejdsliste.html,
 * {{#gemte}}); null when there are none. */
static json_t *
gemte_filtre(struct sag__http_kald *k)
{
    struct gemte g;
    struct sag_diag d;
    json_t *l;

    memset(&g, 0, sizeof(g));
    g.a = &k->a->arena;
    sag_diag_init(&d);
    (void)sag_tj_filtre(&k->tj, gemt_cb, &g, &d);
    if (g.n == 0)
        return json_null();
    l = json_array();
    for (size_t i = 0; l && i < g.n; i++)
        (void)json_array_append_new(
            l, json_pack("{s:s,s:s}", "navn", g.navn[i], "q", g.q[i]));
    return json_pack("{s:o*}", "liste", l);
}

static int side_arbejdsliste_m(struct sag__http_kald *k, const char *fejl_felt,
                               const char *fejl, const char *valgt,
                               unsigned status);

static int
side_arbejdsliste(struct sag__http_kald *k)
{
    return side_arbejdsliste_m(k, NULL, NULL, NULL, MHD_HTTP_OK);
}

/* How many different case ids are among the n (a page's boxes are one per
 * case, but a hand-made request may repeat one). */
static size_t
unikke(const char *const *ider, size_t n)
{
    size_t u = 0;

    for (size_t i = 0; i < n; i++) {
        bool ny = true;

        for (size_t j = 0; j < i && ny; j++)
            ny = strcmp(ider[i], ider[j]) != 0;
        u += ny;
    }
    return u;
}

/* POST /ui/tildel: every checked case to the chosen caseworker, through
 * the use case; a refusal shows the team's worklist again with the
 * message at its field. */
static int
post_tildel(struct sag__http_kald *k)
{
    const char **ider;
    const char *sb = felt(k, "sagsbehandler"), *p, *slut;
    size_t n = 0, maks = 0, antal = 0;
    struct sag_diag d;
    enum sag_status st = SAG_OK;
    char sti[96];

    if (!csrf_ok(k))
        return fejlside(k, MHD_HTTP_FORBIDDEN, "Ingen adgang",
                        "Formularen er udløbet. Hent siden igen.");
    for (p = k->krop.buf, slut = p ? p + k->krop.len : NULL; p && p < slut; p++)
        maks += *p == '&';
    ider = sag_arena_alloc(&k->a->arena, (maks + 1) * sizeof(*ider));
    if (ider == NULL)
        return afvist(k, SAG_ENOMEM, NULL);
    for (p = k->krop.buf; p && p < slut;) {
        const char *og = memchr(p, '&', (size_t)(slut - p));
        const char *e = og ? og : slut;

        if (e - p > 4 && memcmp(p, "sag=", 4) == 0 && n <= maks &&
            (ider[n] = afkod(&k->a->arena, p + 4, (size_t)(e - p) - 4)) !=
                NULL &&
            ider[n][0])
            n++;
        p = e + 1;
    }
    sag_diag_init(&d);
    /* The use case checks the chosen name too (an active caseworker or
     * lawyer of the leader's team): the select offers only those. */
    st = sag_tj_tildel(&k->tj, ider, n, sb, "Tildelt fra teamets arbejdsliste",
                       &antal, &d);
    if (st == SAG_EIO || st == SAG_ENOMEM || st == SAG_EINTERNAL ||
        (st == SAG_EADGANG && er(d.felt, "/rolle")))
        return afvist(k, st, &d);
    if (st != SAG_OK)
        return side_arbejdsliste_m(
            k, er(d.felt, "/sagsbehandler") ? "t-sagsbehandler" : "t-v0",
            d.besked[0] ? d.besked : sag_status_str(st), sb,
            st == SAG_EADGANG ? MHD_HTTP_FORBIDDEN
                              : MHD_HTTP_UNPROCESSABLE_CONTENT);
    (void)snprintf(sti, sizeof(sti),
                   "/ui/arbejdsliste?team=1&tildelt=%zu&valgt=%zu", antal,
                   unikke(ider, n));
    return omdiriger(k, sti);
}

/* POST /ui/filtre: save the worklist's filter under a name, then show it. */
static int
post_filter(struct sag__http_kald *k)
{
    const char *navn = felt(k, "navn"), *q = felt(k, "forespoergsel");
    struct sag_diag d;
    enum sag_status st;
    char sti[160];

    if (!csrf_ok(k))
        return fejlside(k, MHD_HTTP_FORBIDDEN, "Ingen adgang",
                        "Formularen er udløbet. Hent siden igen.");
    if (q == NULL)
        q = "";
    /* A saved filter becomes a GET address: never one with a CPR number
     * (the filter's own text field refuses one; a hand-made post could
     * still carry it, percent-encoded or not). */
    {
        const char *klar = afkod(&k->a->arena, q, strlen(q));
        size_t c1, c2;

        if (klar != NULL && sag__http_cpr_form(klar, strlen(klar), &c1, &c2))
            return side_arbejdsliste_m(
                k, "g-navn",
                "filteret indeholder et CPR-nummer og kan ikke gemmes", NULL,
                MHD_HTTP_UNPROCESSABLE_CONTENT);
    }
    sag_diag_init(&d);
    st = sag_tj_gem_filter(&k->tj, navn, q, &d);
    if (st == SAG_EADGANG || st == SAG_EIO || st == SAG_ENOMEM ||
        st == SAG_EINTERNAL)
        return afvist(k, st, &d);
    if (st != SAG_OK)
        return side_arbejdsliste_m(k, "g-navn",
                                   d.besked[0] ? d.besked : sag_status_str(st),
                                   NULL, MHD_HTTP_UNPROCESSABLE_CONTENT);
    if (strlen(q) + sizeof("/ui/arbejdsliste?") > sizeof(sti))
        return omdiriger(k, "/ui/arbejdsliste#gemte");
    (void)snprintf(sti, sizeof(sti), "/ui/arbejdsliste?%s", q);
    return omdiriger(k, sti);
}

static int
side_arbejdsliste_m(struct sag__http_kald *k, const char *fejl_felt,
                    const char *fejl, const char *valgt, unsigned status)
{
    static const char *const statusser[][2] = {
        { "", "Alle" },
        { "overskredet", "Overskredet" },
        { "i_tide", "I tide" },
        { "venter", "Venter på andre" },
    };
    struct sag_tj_arbejdsliste l;
    struct sag_tj_arbejdspost *tb, *vt;
    struct al_filter f;
    struct sag_tj_arbejdsfilter tf;
    struct sag_diag d;
    const char *t = sag__http_arg(k, "team");
    bool team = ((fejl != NULL && strncmp(fejl_felt, "t-", 2) == 0) ||
                 (t != NULL && strcmp(t, "1") == 0)) &&
                k->hvem.team[0];
    bool vaelg = team && sag_tj_tilladt(k->hvem.rolle, SAG_HANDLING_TILDEL);
    const char *tildelt = sag__http_arg(k, "tildelt");
    bool fejl_fra, fejl_til, fejl_q;
    size_t ntb = 0, nvt = 0, side = 0, fra_i, til_i, c1, c2;
    long v;
    enum sag_status st;
    struct sag_buf q;
    json_t *data, *statusliste, *typer, *sider = NULL;
    size_t fl;
    char caption[64], tildelt_tekst[128] = "";

    memset(&f, 0, sizeof(f));
    f.fra = sag__http_arg(k, "fra");
    f.til = sag__http_arg(k, "til");
    f.status = sag__http_arg(k, "status");
    f.q = sag__http_arg(k, "q");
    f.side = sag__http_arg(k, "side");
    f.type = sag__http_arg(k, "type");
    fejl_fra = f.fra && f.fra[0] && !laes_dato(f.fra, &f.dfra);
    fejl_til = f.til && f.til[0] && !laes_dato(f.til, &f.dtil);
    f.har_fra = f.fra && f.fra[0] && !fejl_fra;
    f.har_til = f.til && f.til[0] && !fejl_til;
    /* The filter is a GET (its address is a bookmark): a CPR-shaped term
     * would put a CPR number in the address. Refused at its field, left
     * out of the filter and of the links, never shown back; Søg takes it
     * (a POST). */
    fejl_q = f.q != NULL && sag__http_cpr_form(f.q, strlen(f.q), &c1, &c2);
    if (fejl_q)
        f.q = NULL;
    if (f.side && laes_heltal(f.side, 100000, &v) && v > 0)
        side = (size_t)v - 1;
    /* The filter is the use case's (the API's GET /api/arbejdsliste takes
     * the same); a date the page could not read is shown at its field
     * and left out of the filter. */
    memset(&tf, 0, sizeof(tf));
    tf.har_fra = f.har_fra;
    tf.fra = f.dfra;
    tf.har_til = f.har_til;
    tf.til = f.dtil;
    tf.status = f.status;
    tf.type = f.type;
    tf.tekst = f.q;
    sag_diag_init(&d);
    st = sag_tj_arbejdsliste_filtreret(&k->tj, team ? k->hvem.team : NULL,
                                       team ? NULL : k->hvem.bruger, &tf, 5000,
                                       &k->a->arena, &l, &d);
    if (st != SAG_OK)
        return afvist(k, st, &d);
    tb = l.til_behandling;
    ntb = l.antal_til_behandling;
    vt = l.venter;
    nvt = l.antal_venter;
    if (side * AL_PR_SIDE >= ntb && side > 0)
        side = (ntb + AL_PR_SIDE - 1) / AL_PR_SIDE - 1;
    fra_i = side * AL_PR_SIDE;
    til_i = fra_i + AL_PR_SIDE < ntb ? fra_i + AL_PR_SIDE : ntb;

    statusliste = json_array();
    for (size_t i = 0;
         statusliste && i < sizeof(statusser) / sizeof(statusser[0]); i++)
        (void)json_array_append_new(
            statusliste,
            json_pack("{s:s,s:s,s:b}", "vaerdi", statusser[i][0], "tekst",
                      statusser[i][1], "valgt",
                      er(f.status ? f.status : "", statusser[i][0])));
    /* The case type (the worklist's rows carry it from the store). */
    typer = json_pack("[{s:s,s:s,s:b}]", "vaerdi", "", "tekst", "Alle", "valgt",
                      !(f.type && f.type[0]));
    for (int i = SAG_SAGSTYPE_ULYKKE; typer && i <= SAG_SAGSTYPE_VETERAN; i++) {
        const char *n = sag_sagstype_navn((enum sag_sagstype)i);

        (void)json_array_append_new(
            typer, json_pack("{s:s,s:s,s:b}", "vaerdi", n, "tekst",
                             sag_visning_ord(n), "valgt", er(f.type, n)));
    }
    if (ntb > AL_PR_SIDE) {
        sag_buf_init(&q, 0);
        al_query(&q, team, &f);
        sag_buf_adds(&q, "&side=");
        fl = q.len;
        sag_buf_addf(&q, "%zu", side);
        sider =
            json_pack("{s:I,s:s?,s:I,s:I}", "antal", (json_int_t)ntb, "forrige",
                      side > 0 ? q.buf : NULL, "side", (json_int_t)side + 1,
                      "af", (json_int_t)((ntb + AL_PR_SIDE - 1) / AL_PR_SIDE));
        sag_buf_truncate(&q, fl);
        sag_buf_addf(&q, "%zu", side + 2);
        if (sider != NULL && til_i < ntb)
            (void)json_object_set_new(sider, "naeste", json_string(q.buf));
        sag_buf_release(&q);
    }
    if (vaelg && fejl == NULL && tildelt != NULL &&
        laes_heltal(tildelt, 100000, &v)) {
        long valgte = 0;
        const char *vs = sag__http_arg(k, "valgt");

        /* The cases chosen that already had the caseworker are not
         * changed (sag_tj_tildel): say so, not only "0 sager". */
        if (vs == NULL || !laes_heltal(vs, 100000, &valgte) || valgte <= v)
            (void)snprintf(tildelt_tekst, sizeof(tildelt_tekst),
                           "%ld %s tildelt.", v,
                           v == 1 ? "sag er" : "sager er");
        else if (v == 0)
            (void)snprintf(tildelt_tekst, sizeof(tildelt_tekst), "%s",
                           valgte == 1 ? "Ingen sag er ændret: den valgte sag "
                                         "havde allerede den sagsbehandler."
                                       : "Ingen sag er ændret: de valgte sager "
                                         "havde allerede den sagsbehandler.");
        else
            (void)snprintf(tildelt_tekst, sizeof(tildelt_tekst),
                           "%ld af %ld valgte sager er tildelt; %ld havde "
                           "allerede den sagsbehandler.",
                           v, valgte, valgte - v);
    }
    (void)snprintf(caption, sizeof(caption), "Til behandling, side %zu",
                   side + 1);
    sag_buf_init(&q, 0);
    al_query(&q, team, &f);
    data = json_pack(
        "{s:s?,s:s?,s:o*,s:o*,s:o*,s:o*,s:o*,s:o*,s:o*,s:o*,s:o*,s:o*,s:s,"
        "s:s}",
        "team", team ? k->hvem.team : NULL, "tildelt",
        tildelt_tekst[0] ? tildelt_tekst : NULL, "f_fra",
        al_felt("f-fra", "fra", "Frist fra", f.fra,
                "Fx 31.12.2024 eller 2024-12-31.",
                fejl_fra ? "ugyldig dato (skriv fx 31.12.2024)" : NULL),
        "f_til",
        al_felt("f-til", "til", "Frist til", f.til,
                "Fx 31.12.2024 eller 2024-12-31.",
                fejl_til ? "ugyldig dato (skriv fx 31.12.2024)" : NULL),
        "f_q",
        al_felt("f-q", "q", "Fritekst", f.q,
                "Sagsnummer, opgave eller sagsbehandler.",
                fejl_q ? "et CPR-nummer kan ikke stå i et filter (det står i "
                         "adressen): søg på det under Søg"
                       : NULL),
        "statusser", statusliste, "typer", typer, "tildel",
        vaelg ? tildel_data(k, fejl_felt, fejl, valgt) : json_null(),
        "til_behandling",
        arbejd_tabel(k, tb + fra_i, til_i - fra_i, false,
                     ntb > AL_PR_SIDE ? caption : "Til behandling", vaelg),
        "sider", sider ? sider : json_null(), "venter",
        arbejd_tabel(k, vt, nvt, true, "Venter på andre", false), "gemte",
        gemte_filtre(k), "csrf", k->hvem.csrf, "forespoergsel",
        strchr(q.buf, '?') ? strchr(q.buf, '?') + 1 : "");
    sag_buf_release(&q);
    side_start(k, team ? "Teamets arbejdsliste" : "Min arbejdsliste");
    if (data != NULL && fejl != NULL && er(fejl_felt, "g-navn"))
        (void)json_object_set_new(data, "g_fejl", json_string(fejl));
    skabelon(k, "arbejdsliste.html", data);
    side_slut(k, status);
    return 0;
}

/* ---- management: the board's figures and today's backlog ---- */

/* When the figures were computed, if they came from the server's report
 * cache (sag_tj_rapportcache_ny): rapport.html's {{#opgjort}}, so the page
 * says how old they are; false when they were computed for this request. */
static json_t *
rap_opgjort(long long t)
{
    time_t tt = (time_t)t;
    struct tm tm;
    char s[96];

    if (t == 0 || localtime_r(&tt, &tm) == NULL)
        return json_false();
    (void)snprintf(
        s, sizeof(s), "Tallene er opgjort %02d.%02d.%04d kl. %02d.%02d.",
        tm.tm_mday, tm.tm_mon + 1, tm.tm_year + 1900, tm.tm_hour, tm.tm_min);
    return json_pack("{s:s}", "tekst", s);
}

/* A figure as text in Danish form (52.600). */
static json_t *
pf_tal(long v)
{
    struct sag_buf t;
    json_t *j;

    sag_buf_init(&t, 64);
    sag_pf_tal(&t, v);
    j = json_string(t.buf);
    sag_buf_release(&t);
    return j;
}

/* A figure with its drill-down link to the cases behind it
 * (web/skabeloner/tal_link.html); `href` ends in the team's name when
 * `team` is given (percent-encoded). */
static json_t *
rap_tal_link(long v, const char *href, const char *team, const char *hvad)
{
    struct sag_buf h;
    json_t *j;

    sag_buf_init(&h, 0);
    sag_buf_adds(&h, href);
    if (team != NULL)
        url_kod(&h, team);
    j = json_pack("{s:o*,s:s,s:s}", "tal", pf_tal(v), "href", h.buf, "hvad",
                  hvad);
    sag_buf_release(&h);
    return j;
}

/* A bar (web/skabeloner/bjaelke.html; no inline style: the CSP forbids
 * it): <meter>. */
static json_t *
rap_bjaelke(long v, long maks, const char *label)
{
    return json_pack("{s:I,s:I,s:s}", "maks", (json_int_t)(maks > 0 ? maks : 1),
                     "vaerdi", (json_int_t)v, "label", label);
}

static bool
rap_dato_arg(struct sag__http_kald *k, const char *navn, struct sag_dato *d)
{
    const char *s = sag__http_arg(k, navn);

    return s == NULL || s[0] == '\0' || laes_dato(s, d);
}

/* The board's figures per team (sag_tj_portefolje_teams), as rows of
 * rapport.html's {{#pr_team}}, each team's name a link to its figures. */
struct rap_pr_team {
    json_t *rk;
    const char *fra_iso, *til_iso;
};

static int
rap_pr_team_cb(void *ctx, const char *team, const struct sag_pf_rapport *r)
{
    struct rap_pr_team *c = ctx;
    struct sag_buf h;
    char l[160];
    int fejl;

    (void)snprintf(l, sizeof(l), "verserende sager i %s", team);
    sag_buf_init(&h, 0);
    sag_buf_addf(&h, "/ui/rapport?fra=%s&til=%s&team=", c->fra_iso, c->til_iso);
    url_kod(&h, team);
    fejl = json_array_append_new(
        c->rk,
        json_pack("{s:s,s:s,s:o*,s:o*,s:o*,s:o*}", "navn", team, "href", h.buf,
                  "tilgang", pf_tal(r->tilgang), "afsluttet",
                  pf_tal(r->afsluttet), "verserende",
                  rap_tal_link(r->verserende,
                               "/ui/sagsliste?status=aaben&team=", team, l),
                  "over_2_aar", pf_tal(r->over_2_aar)));
    sag_buf_release(&h);
    return fejl;
}

/* The ledger's payments per month and payer over the period, as `rapport
 * portefolje` prints them (issue 14 item 6): gross, the A-skat AES withheld
 * and the net, from the runs not reversed. Shown to the roles that may read
 * payment runs; nothing when there were none. */
static json_t *
rap_udbetalinger(struct sag__http_kald *k, struct sag_dato fra,
                 struct sag_dato til)
{
    struct sag_pf_udbetalinger *u;
    struct sag_diag d;
    json_t *rk;
    char kr[3][SAG_PENGE_STR_LEN], maaned[32];

    if (!sag_tj_tilladt(k->hvem.rolle, SAG_HANDLING_UDBETALING_LAES) ||
        (u = sag_arena_alloc(&k->a->arena, sizeof(*u))) == NULL)
        return json_false();
    sag_diag_init(&d);
    if (sag_tj_udbetaling_portefolje(&k->tj, fra, til, u, &d) != SAG_OK ||
        u->antal == 0 || (rk = json_array()) == NULL)
        return json_false();
    for (size_t i = 0; i < u->antal; i++) {
        const struct sag_pf_udbetaling_linje *l = &u->linjer[i];
        const char *mn = sag_dato_maanedsnavn(l->maaned);

        (void)snprintf(maaned, sizeof(maaned), "%s %d", mn != NULL ? mn : "?",
                       l->aar);
        sag_penge_format_dk(sag_penge_oere(l->sum_oere), kr[0]);
        sag_penge_format_dk(sag_penge_oere(l->a_skat_oere), kr[1]);
        sag_penge_format_dk(sag_penge_oere(l->sum_oere - l->a_skat_oere),
                            kr[2]);
        (void)json_array_append_new(
            rk, json_pack("{s:s,s:s,s:s,s:I,s:s,s:s,s:s}", "maaned", maaned,
                          "betaler", l->betaler, "art",
                          l->aes ? "AES" : "forsikring", "ordrer",
                          (json_int_t)l->antal, "brutto", kr[0], "a_skat",
                          kr[1], "netto", kr[2]));
    }
    return json_pack("{s:o}", "linjer", rk);
}

/* The period, team and report a management page shows. */
struct rap {
    struct sag_dato fra, til;
    char fra_iso[SAG_DATO_ISO_LEN], til_iso[SAG_DATO_ISO_LEN];
    const char *team; /* NULL: the whole portfolio */
};

/* A figure of the board report with its drill-down link to the facts
 * behind it (/ui/rapport/sager, side_rapport_sager): case numbers, figure
 * keys, dates and team names only in the URL. */
static json_t *
rap_bag(const struct rap *rp, long v, enum sag_pf_tal_art art, int i,
        const char *hvad)
{
    struct sag_pf_tal t = { art, i };
    struct sag_buf h;
    char noegle[48];
    json_t *j;

    sag_pf_tal_navn(&t, noegle, sizeof(noegle));
    sag_buf_init(&h, 0);
    sag_buf_addf(&h, "/ui/rapport/sager?tal=%s&fra=%s&til=%s", noegle,
                 rp->fra_iso, rp->til_iso);
    if (rp->team != NULL) {
        sag_buf_adds(&h, "&team=");
        url_kod(&h, rp->team);
    }
    j = json_pack("{s:o*,s:s,s:s}", "tal", pf_tal(v), "href", h.buf, "hvad",
                  hvad);
    sag_buf_release(&h);
    return j;
}

/* Tenths as the report prints them (13,2), a rate as 16,0 %. */
static json_t *
pf_tiende(long v)
{
    struct sag_buf t;
    json_t *j;

    sag_buf_init(&t, 64);
    sag_pf_tiendedele(&t, v);
    j = json_string(t.buf);
    sag_buf_release(&t);
    return j;
}

static json_t *
pf_pct(long promille)
{
    struct sag_buf t;
    json_t *j;

    sag_buf_init(&t, 64);
    sag_pf_procent(&t, promille);
    j = json_string(t.buf);
    sag_buf_release(&t);
    return j;
}

/* A column chart (web/skabeloner/soejler.html: SVG drawn by the template,
 * classes for colours; no inline style or script, the CSP forbids them) of
 * up to two series per month, the table beside it holding the figures. */
#define GRAF_B 720
#define GRAF_H 180
static json_t *
rap_graf(const char *id, const char *titel, const struct sag_pf_rapport *r,
         bool verserende)
{
    json_t *soejler = json_array();
    long maks = 1;
    size_t n = r->antal_maaneder;
    long bredde = n > 0 ? GRAF_B / (long)n : GRAF_B;

    for (size_t m = 0; m < n; m++) {
        const struct sag_pf_maaned *mm = &r->maaneder[m];
        long a = verserende ? mm->verserende : mm->tilgang;
        long b = verserende ? mm->over_2_aar : mm->afsluttet;

        if (a > maks)
            maks = a;
        if (b > maks)
            maks = b;
    }
    for (size_t m = 0; soejler != NULL && m < n; m++) {
        const struct sag_pf_maaned *mm = &r->maaneder[m];
        const long v[2] = { verserende ? mm->verserende : mm->tilgang,
                            verserende ? mm->over_2_aar : mm->afsluttet };
        static const char *const tilgang[2] = { "tilgang", "afsluttet" },
                                 *const vers[2] = { "verserende", "over 2 år" };
        struct sag_buf md;

        sag_buf_init(&md, 32);
        sag_pf_maaned_kort(&md, mm->aar, mm->maaned);
        for (int s = 0; s < 2; s++) {
            long h = v[s] * (GRAF_H - 20) / maks;
            char tekst[96];
            struct sag_buf t;

            sag_buf_init(&t, 32);
            sag_pf_tal(&t, v[s]);
            (void)snprintf(tekst, sizeof(tekst), "%s: %s %s", md.buf, t.buf,
                           verserende ? vers[s] : tilgang[s]);
            sag_buf_release(&t);
            (void)json_array_append_new(
                soejler,
                json_pack("{s:I,s:I,s:I,s:I,s:s,s:s}", "x",
                          (json_int_t)((long)m * bredde + s * (bredde / 2)),
                          "y", (json_int_t)(GRAF_H - h), "b",
                          (json_int_t)(bredde / 2 > 1 ? bredde / 2 - 1 : 1),
                          "h", (json_int_t)h, "klasse",
                          s == 0 ? "graf-a" : "graf-b", "tekst", tekst));
        }
        sag_buf_release(&md);
    }
    return json_pack("{s:s,s:s,s:I,s:I,s:o*,s:s,s:s}", "id", id, "titel", titel,
                     "bredde", (json_int_t)GRAF_B, "hoejde", (json_int_t)GRAF_H,
                     "soejler", soejler, "navn_a",
                     verserende ? "Verserende" : "Tilgang", "navn_b",
                     verserende ? "Over 2 år" : "Afsluttet");
}

/* The board's figures for the period (all of `rapport portefolje`'s but
 * the quality sample and payments, which have their own sections), each
 * count a link to the facts behind it. */
static json_t *
rap_tallene(const struct rap *rp, const struct sag_pf_rapport *r,
            const struct sag_pf_prognose *prog)
{
    json_t *maaneder = json_array(), *tider = json_array(),
           *frister = json_array(), *faser = json_array(),
           *klager = json_array(), *alder = json_array();
    long alle = r->tid[SAG_PF_RAEKKE_ALLE].antal, mx = 1;
    char l[200], dk[SAG_DATO_DK_LEN];

    sag_dato_format_dk(r->pr, dk);
    for (size_t m = 0; maaneder && m < r->antal_maaneder; m++) {
        const struct sag_pf_maaned *mm = &r->maaneder[m];
        struct sag_buf md;
        char l1[96], l2[96], l3[96], l4[96];
        int i = (int)m + 1;

        sag_buf_init(&md, 32);
        sag_pf_maaned_kort(&md, mm->aar, mm->maaned);
        (void)snprintf(l1, sizeof(l1), "sager i tilgang %s", md.buf);
        (void)snprintf(l2, sizeof(l2), "sager afsluttet %s", md.buf);
        (void)snprintf(l3, sizeof(l3), "verserende sager ved udgangen af %s",
                       md.buf);
        (void)snprintf(l4, sizeof(l4), "sager over 2 år ved udgangen af %s",
                       md.buf);
        (void)json_array_append_new(
            maaneder,
            json_pack("{s:s,s:o*,s:o*,s:o*,s:o*,s:o*}", "maaned", md.buf,
                      "tilgang",
                      rap_bag(rp, mm->tilgang, SAG_PF_TAL_TILGANG, i, l1),
                      "afsluttet",
                      rap_bag(rp, mm->afsluttet, SAG_PF_TAL_AFSLUTTET, i, l2),
                      "verserende",
                      rap_bag(rp, mm->verserende, SAG_PF_TAL_VERSERENDE, i, l3),
                      "over_2_aar",
                      rap_bag(rp, mm->over_2_aar, SAG_PF_TAL_OVER_2_AAR, i, l4),
                      "alder",
                      pf_tiende(sag_pf_maaneder_tiendedele(
                          mm->alder_foerstegang_sum_dage,
                          mm->verserende_foerstegang))));
        sag_buf_release(&md);
    }
    for (size_t i = 0; tider && i < SAG_PF_TIDSRAEKKER; i++) {
        size_t raekke = sag_pf_tidsraekke(i);
        const struct sag_pf_behandlingstid *t = &r->tid[raekke];
        json_t *maal = NULL;

        for (size_t j = 0; prog != NULL && j < prog->antal; j++) {
            const struct sag_pf_prognose_linje *p = &prog->linjer[j];

            if (raekke != SAG_PF_RAEKKE_ALLE && (size_t)p->gruppe == raekke) {
                struct sag_buf b;

                sag_buf_init(&b, 64);
                sag_pf_tiendedele(&b, p->fra);
                sag_buf_adds(&b, "–");
                sag_pf_tiendedele(&b, p->til);
                sag_buf_adds(&b, " mdr.");
                maal = json_string(b.buf);
                sag_buf_release(&b);
            }
        }
        (void)snprintf(l, sizeof(l), "afsluttede sager, %s",
                       sag_pf_tidsraekke_tekst(raekke));
        (void)json_array_append_new(
            tider,
            json_pack(
                "{s:s,s:o*,s:o*,s:o*,s:o?}", "gruppe",
                sag_pf_tidsraekke_tekst(raekke), "andel",
                pf_pct(sag_pf_promille(t->antal, alle)), "afsluttet",
                rap_bag(rp, t->antal, SAG_PF_TAL_BEHANDLINGSTID, (int)raekke,
                        l),
                "mdr",
                pf_tiende(sag_pf_maaneder_tiendedele(t->sum_dage, t->antal)),
                "maal", maal));
    }
    for (size_t i = 0; frister && i < r->antal_fristlinjer; i++) {
        const struct sag_pf_frist_linje *f = &r->frister[i];
        char navn[160], l1[200], l2[200];

        sag_pf_fristlinje_tekst(f, navn, sizeof(navn));
        (void)snprintf(l1, sizeof(l1), "frister opfyldt: %s", navn);
        (void)snprintf(l2, sizeof(l2), "frister i alt: %s", navn);
        (void)json_array_append_new(
            frister,
            json_pack(
                "{s:s,s:o*,s:o*,s:o*}", "frist", navn, "opfyldt",
                rap_bag(rp, f->opfyldt, SAG_PF_TAL_FRIST_OPFYLDT, (int)i, l1),
                "i_alt",
                rap_bag(rp, f->i_alt, SAG_PF_TAL_FRIST_I_ALT, (int)i, l2),
                "andel", pf_pct(sag_pf_promille(f->opfyldt, f->i_alt))));
    }
    for (int f = SAG_FASE_ANERKENDELSE; faser && f <= SAG_FASE_ERHVERVSEVNETAB;
         f++) {
        const char *navn = sag_visning_ord(sag_fase_navn((enum sag_fase)f));

        (void)snprintf(l, sizeof(l), "afgørelser om %s i perioden", navn);
        (void)json_array_append_new(
            faser, json_pack("{s:s,s:o*}", "fase", navn, "antal",
                             rap_bag(rp, r->afgoerelser_fase[f],
                                     SAG_PF_TAL_AFGOERELSER_FASE, f, l)));
    }
    for (size_t i = 0; klager && i < r->antal_klageaar; i++) {
        const struct sag_pf_klage_aar *k = &r->klager[i];
        static const struct {
            const char *felt, *tekst;
            enum sag_pf_tal_art art;
        } kol[] = {
            { "afgoerelser", "afgørelser", SAG_PF_TAL_AFGOERELSER_AAR },
            { "klager", "klager", SAG_PF_TAL_KLAGER },
            { "stadfaestet", "stadfæstede", SAG_PF_TAL_STADFAESTET },
            { "aendret", "ændrede", SAG_PF_TAL_AENDRET },
            { "hjemvist", "hjemviste", SAG_PF_TAL_HJEMVIST },
            { "afvist", "afviste", SAG_PF_TAL_AFVIST },
            { "aendret_aes", "ændret af AES", SAG_PF_TAL_AENDRET_AES },
            { "verserende", "verserende klager", SAG_PF_TAL_KLAGE_VERSERER },
        };
        const long v[] = { k->afgoerelser,
                           k->klager,
                           k->stadfaestet,
                           k->aendret,
                           k->hjemvist,
                           k->afvist,
                           k->aendret_ved_genvurdering,
                           k->verserende };
        json_t *raekke =
            json_pack("{s:i,s:o*,s:o*,s:o*}", "aar", k->aar, "klagepct",
                      pf_pct(sag_pf_promille(k->klager, k->afgoerelser)),
                      "stadf_pct", pf_pct(sag_pf_stadfaestelse(k, true)),
                      "stadf_pct_u", pf_pct(sag_pf_stadfaestelse(k, false)));

        for (size_t c = 0; raekke && c < sizeof(kol) / sizeof(kol[0]); c++) {
            (void)snprintf(l, sizeof(l), "%s, AES' afgørelser fra %d",
                           kol[c].tekst, k->aar);
            (void)json_object_set_new(raekke, kol[c].felt,
                                      rap_bag(rp, v[c], kol[c].art, k->aar, l));
        }
        (void)json_array_append_new(klager, raekke);
    }
    for (size_t i = 0; i < SAG_PF_ALDERSGRUPPER; i++)
        if (r->alder[i] > mx)
            mx = r->alder[i];
    for (size_t i = 0; alder && i < SAG_PF_ALDERSGRUPPER; i++) {
        char label[80];

        (void)snprintf(label, sizeof(label), "Verserende sager %s",
                       sag_pf_aldersgruppe_tekst(i));
        (void)snprintf(l, sizeof(l), "verserende sager %s",
                       sag_pf_aldersgruppe_tekst(i));
        (void)json_array_append_new(
            alder,
            json_pack(
                "{s:s,s:o*,s:o*,s:o*}", "gruppe", sag_pf_aldersgruppe_tekst(i),
                "tal", rap_bag(rp, r->alder[i], SAG_PF_TAL_ALDER, (int)i, l),
                "andel", pf_pct(sag_pf_promille(r->alder[i], r->verserende)),
                "bjaelke", rap_bjaelke(r->alder[i], mx, label)));
    }
    return json_pack(
        "{s:s,s:o*,s:o*,s:o*,s:o*,s:o*,s:o*,s:o*,s:o*,s:o*,s:o*,s:o*,s:o*,s:"
        "o*}",
        "pr", dk, "tilgang",
        rap_bag(rp, r->tilgang, SAG_PF_TAL_TILGANG, 0, "sager i tilgang"),
        "afsluttet",
        rap_bag(rp, r->afsluttet, SAG_PF_TAL_AFSLUTTET, 0, "afsluttede sager"),
        "verserende",
        rap_bag(rp, r->verserende, SAG_PF_TAL_VERSERENDE, 0,
                "verserende sager"),
        "over_2_aar",
        rap_bag(rp, r->over_2_aar, SAG_PF_TAL_OVER_2_AAR, 0, "sager over 2 år"),
        "alder_foerstegang",
        pf_tiende(sag_pf_maaneder_tiendedele(r->alder_foerstegang_sum_dage,
                                             r->verserende_foerstegang)),
        "maaneder", maaneder, "graf_tilgang",
        rap_graf("graf-tilgang", "Tilgang og afslutning pr. måned", r, false),
        "graf_verserende",
        rap_graf("graf-verserende", "Verserende sager ved månedens udgang", r,
                 true),
        "tider", tider, "frister", frister, "faser", faser, "klager", klager,
        "alder", alder);
}

/* One team's report (sag_tj_portefolje_teams' callback). */
struct rap_team {
    const char *team;
    struct sag_pf_rapport *r;
    bool fundet;
    json_t *valg; /* the team selector's options */
};

static int
rap_team_cb(void *ctx, const char *team, const struct sag_pf_rapport *r)
{
    struct rap_team *c = ctx;
    bool valgt = c->team != NULL && strcmp(team, c->team) == 0;

    if (valgt) {
        *c->r = *r;
        c->fundet = true;
    }
    if (c->valg != NULL)
        (void)json_array_append_new(
            c->valg, json_pack("{s:s,s:b}", "navn", team, "valgt", valgt));
    return 0;
}

/* GET /ui/rapport[?fra=&til=&team=]: today's backlog per team, each figure
 * a link to the cases behind it; the board's figures of `rapport
 * portefolje` for the period (for the whole portfolio, or one team's with
 * ?team=; a team leader sees their own team's) with the year's targets
 * (data/prognoser.tsv) beside them, each count a link to the facts behind
 * it; the figures per team; and the payments. */
static int
side_rapport(struct sag__http_kald *k)
{
    struct sag_tj_teamtal tm;
    struct sag_pf_rapport *r;
    struct sag_pf_prognose prog;
    struct sag_diag d;
    struct rap rp;
    struct rap_team rt;
    struct rap_pr_team prt;
    enum sag_status st;
    json_t *data, *teams, *pr_team, *maal = NULL;
    const char *team = sag__http_arg(k, "team");
    char fuld[160];
    bool har_prog;
    long maks = 1;
    char s1[SAG_DATO_DK_LEN], s2[SAG_DATO_DK_LEN];
    int aar, md, dg;

    if (!sag_tj_tilladt(k->hvem.rolle, SAG_HANDLING_RAPPORT))
        return fejlside(k, MHD_HTTP_FORBIDDEN, "Ingen adgang",
                        "Din rolle må ikke se rapporter.");
    rp.til = k->tj.idag;
    sag_dato_ymd(rp.til, &aar, &md, &dg);
    (void)sag_dato_fra_ymd(aar, 1, 1, &rp.fra);
    if (!rap_dato_arg(k, "fra", &rp.fra) || !rap_dato_arg(k, "til", &rp.til))
        return fejlside(k, MHD_HTTP_UNPROCESSABLE_CONTENT,
                        "Oplysningerne er afvist",
                        "Ugyldig dato (skriv fx 31.12.2024).");
    /* Which team's figures: the use case decides (a team leader sees their
     * own team's). */
    sag_diag_init(&d);
    if ((st = sag_tj_rapportteam(&k->tj, team, &team, &d)) != SAG_OK)
        return afvist(k, st, &d);
    rp.team = team;
    sag_dato_format_iso(rp.fra, rp.fra_iso);
    sag_dato_format_iso(rp.til, rp.til_iso);
    if ((r = sag_arena_alloc(&k->a->arena, sizeof(*r))) == NULL)
        return fejlside(k, MHD_HTTP_INTERNAL_SERVER_ERROR, "Der skete en fejl",
                        "Prøv igen om lidt.");
    sag_diag_init(&d);
    st = sag_tj_aabne_pr_team(&k->tj, &tm, &d);
    if (st != SAG_OK)
        return afvist(k, st, &d);
    sag_dato_ymd(rp.til, &aar, &md, &dg);
    har_prog = sag_prognose_indlaes(k->a->v->data_dir, aar, &k->a->arena, &prog,
                                    &d) == SAG_OK;
    sag_diag_init(&d);
    st = sag_tj_portefolje(&k->tj, rp.fra, rp.til, rp.til, r, NULL,
                           har_prog ? &prog : NULL, &d);
    if (st != SAG_OK)
        return afvist(k, st, &d);
    /* The team's own figures replace the whole's; the selector lists the
     * teams the caller may see. */
    memset(&rt, 0, sizeof(rt));
    rt.team = team;
    rt.valg = json_array();
    if (team != NULL &&
        (rt.r = sag_arena_alloc(&k->a->arena, sizeof(*rt.r))) == NULL) {
        json_decref(rt.valg);
        return fejlside(k, MHD_HTTP_INTERNAL_SERVER_ERROR, "Der skete en fejl",
                        "Prøv igen om lidt.");
    }
    pr_team = json_array();
    sag_diag_init(&d);
    if ((st = sag_tj_portefolje_teams(&k->tj, rp.fra, rp.til, rp.til,
                                      rap_team_cb, &rt, &d)) != SAG_OK) {
        json_decref(rt.valg);
        json_decref(pr_team);
        return afvist(k, st, &d);
    }
    if (team != NULL && !rt.fundet) {
        /* A team with no cases: its figures are all zero. */
        struct sag_pf_data tom;

        memset(&tom, 0, sizeof(tom));
        (void)sag_portefolje_beregn(&tom, rp.fra, rp.til, rp.til, rt.r, &d);
        rt.r->opgjort = r->opgjort;
    }
    if (team != NULL)
        r = rt.r;

    sag_dato_format_dk(rp.fra, s1);
    sag_dato_format_dk(rp.til, s2);

    /* Today's backlog per team. */
    teams = json_array();
    for (size_t i = 0; i < tm.n; i++)
        if (tm.aabne[i] > maks)
            maks = tm.aabne[i];
    for (size_t i = 0; teams && i < tm.n; i++) {
        long over = tm.overskredne[i];
        char l1[160], l2[160], l3[160], l4[160];

        (void)snprintf(l1, sizeof(l1), "verserende sager i %s", tm.navn[i]);
        (void)snprintf(l2, sizeof(l2), "overskredne opgaver i %s", tm.navn[i]);
        (void)snprintf(l3, sizeof(l3), "sager i %s, der venter på andre",
                       tm.navn[i]);
        (void)snprintf(l4, sizeof(l4), "Verserende sager i %s", tm.navn[i]);
        (void)json_array_append_new(
            teams,
            json_pack(
                "{s:s,s:o*,s:o*,s:o*,s:o*}", "navn", tm.navn[i], "aabne",
                rap_tal_link(tm.aabne[i], "/ui/sagsliste?status=aaben&team=",
                             tm.navn[i], l1),
                "over",
                rap_tal_link(
                    over, "/ui/sagsliste?overskredet=1&team=", tm.navn[i], l2),
                "venter",
                rap_tal_link(tm.venter[i],
                             "/ui/sagsliste?status=aaben&venter=1&team=",
                             tm.navn[i], l3),
                "bjaelke", rap_bjaelke(tm.aabne[i], maks, l4)));
    }
    if (har_prog && prog.har_produktionsmaal && team == NULL) {
        struct sag_buf t;

        sag_buf_init(&t, 64);
        sag_pf_tal(&t, prog.produktionsmaal);
        sag_buf_addf(&t, " afsluttede sager i %d", prog.aar);
        maal = json_string(t.buf);
        sag_buf_release(&t);
    }
    (void)snprintf(fuld, sizeof(fuld),
                   "/api/rapporter/portefolje?format=html&fra=%s&til=%s",
                   rp.fra_iso, rp.til_iso);
    if (har_prog)
        (void)snprintf(fuld + strlen(fuld), sizeof(fuld) - strlen(fuld),
                       "&prognose=%d", aar);
    data = json_pack("{s:s,s:s,s:s?,s:b,s:o*,s:o*,s:o*,s:o?,s:o*,s:s,s:o*}",
                     "fra", s1, "til", s2, "team", team, "laast",
                     k->tj.team != NULL && k->tj.team[0] != '\0', "holdvalg",
                     rt.valg, "teams", teams, "i_alt",
                     rap_tal_link(tm.i_alt, "/ui/sagsliste?status=aaben", NULL,
                                  "verserende sager i alt"),
                     "produktionsmaal", maal, "tal",
                     rap_tallene(&rp, r, har_prog ? &prog : NULL), "fuld", fuld,
                     "pr_team", pr_team);
    /* Without the year's prognosis (data/prognoser.tsv holds the years the
     * board's annual reports gave targets for) the page says so, rather
     * than leaving every target at "-" unexplained. */
    if (data != NULL) {
        char t[96];

        (void)snprintf(t, sizeof(t),
                       "Der er ikke registreret mål for %d: kolonnen Mål er "
                       "tom.",
                       aar);
        (void)json_object_set_new(data, "uden_maal",
                                  har_prog ? json_null() : json_string(t));
    }
    /* The older of the two, where either came from the cache. */
    if (data != NULL)
        (void)json_object_set_new(data, "opgjort",
                                  rap_opgjort(r->opgjort == 0   ? tm.opgjort
                                              : tm.opgjort == 0 ? r->opgjort
                                              : r->opgjort < tm.opgjort
                                                  ? r->opgjort
                                                  : tm.opgjort));
    /* The same figures per team, every figure the team's own. */
    sag_diag_init(&d);
    prt.rk = pr_team;
    prt.fra_iso = rp.fra_iso;
    prt.til_iso = rp.til_iso;
    if (data != NULL && pr_team != NULL &&
        (st = sag_tj_portefolje_teams(&k->tj, rp.fra, rp.til, rp.til,
                                      rap_pr_team_cb, &prt, &d)) != SAG_OK) {
        json_decref(data);
        return afvist(k, st, &d);
    }
    /* The ledger's payments per month and payer (issue 14 item 6). */
    if (data != NULL && team == NULL)
        (void)json_object_set_new(data, "udbetalinger",
                                  rap_udbetalinger(k, rp.fra, rp.til));
    side_start(k, "Ledelsesrapport");
    skabelon(k, "rapport.html", data);
    side_slut(k, MHD_HTTP_OK);
    return 0;
}

/* GET /ui/rapport/sager?tal=KEY&fra=&til=[&team=][&side=N]: the facts
 * behind one figure of the management page (sag_tj_portefolje_sager), the
 * case numbers with paging; no personal data. */
#define BAG_PR_SIDE 100
struct bag_ctx {
    json_t *raekker;
    long n, fra, til;
};

static int
bag_cb(void *ctx, const char *sag_id, struct sag_dato dato)
{
    struct bag_ctx *c = ctx;
    char d1[SAG_DATO_DK_LEN];

    if (c->n >= c->fra && c->n < c->til && sag_id != NULL) {
        sag_dato_format_dk(dato, d1);
        (void)json_array_append_new(
            c->raekker, json_pack("{s:s,s:s}", "sag", sag_id, "dato", d1));
    }
    c->n++;
    /* The page is full: the figure says how many there are. */
    return c->n >= c->til;
}

/* What a figure counts, in words, for the drill-down's heading. */
static void
bag_tekst(const struct sag_pf_tal *t, const struct rap *rp, char *ud, size_t n)
{
    struct sag_buf md;
    char navn[160];
    struct sag_pf_frist_linje fl;

    sag_buf_init(&md, 32);
    if (t->i > 0 && t->art <= SAG_PF_TAL_OVER_2_AAR) {
        int a, m, d;

        sag_dato_ymd(rp->fra, &a, &m, &d);
        m += t->i - 1;
        sag_pf_maaned_kort(&md, a + (m - 1) / 12, (m - 1) % 12 + 1);
    }
    switch (t->art) {
    case SAG_PF_TAL_TILGANG:
        (void)snprintf(ud, n, "Tilgang %s", t->i ? md.buf : "i perioden");
        break;
    case SAG_PF_TAL_AFSLUTTET:
        (void)snprintf(ud, n, "Afsluttet %s", t->i ? md.buf : "i perioden");
        break;
    case SAG_PF_TAL_VERSERENDE:
        (void)snprintf(ud, n, "Verserende sager %s%s",
                       t->i ? "ved udgangen af " : "pr. periodens slutning",
                       t->i ? md.buf : "");
        break;
    case SAG_PF_TAL_OVER_2_AAR:
        (void)snprintf(ud, n, "Sager over 2 år %s%s",
                       t->i ? "ved udgangen af " : "pr. periodens slutning",
                       t->i ? md.buf : "");
        break;
    case SAG_PF_TAL_ALDER:
        (void)snprintf(ud, n, "Verserende sager, %s",
                       sag_pf_aldersgruppe_tekst((size_t)t->i));
        break;
    case SAG_PF_TAL_BEHANDLINGSTID:
        (void)snprintf(ud, n, "Afsluttet i perioden, %s",
                       sag_pf_tidsraekke_tekst((size_t)t->i));
        break;
    case SAG_PF_TAL_FRIST_OPFYLDT:
    case SAG_PF_TAL_FRIST_I_ALT:
        sag_pf_fristlinje_nr((size_t)t->i, &fl);
        sag_pf_fristlinje_tekst(&fl, navn, sizeof(navn));
        (void)snprintf(ud, n, "%s: %s", navn,
                       t->art == SAG_PF_TAL_FRIST_OPFYLDT ? "opfyldt"
                                                          : "afklaret i alt");
        break;
    case SAG_PF_TAL_AFGOERELSER_FASE:
        (void)snprintf(
            ud, n, "Afgørelser om %s i perioden",
            t->i ? sag_visning_ord(sag_fase_navn((enum sag_fase)t->i)) : "?");
        break;
    case SAG_PF_TAL_AFGOERELSER_AAR:
        (void)snprintf(ud, n, "AES' afgørelser i %d", t->i);
        break;
    default: {
        static const char *const ord[] = {
            [SAG_PF_TAL_KLAGER] = "Klager",
            [SAG_PF_TAL_STADFAESTET] = "Klager stadfæstet af Ankestyrelsen",
            [SAG_PF_TAL_AENDRET] = "Klager ændret af Ankestyrelsen",
            [SAG_PF_TAL_HJEMVIST] = "Klager hjemvist af Ankestyrelsen",
            [SAG_PF_TAL_AFVIST] = "Klager afvist af Ankestyrelsen",
            [SAG_PF_TAL_AENDRET_AES] = "Klager, hvor AES selv ændrede "
                                       "afgørelsen",
            [SAG_PF_TAL_KLAGE_VERSERER] = "Verserende klager",
        };

        (void)snprintf(ud, n, "%s over AES' afgørelser fra %d",
                       t->art <= SAG_PF_TAL_KLAGE_VERSERER ? ord[t->art] : "?",
                       t->i);
        break;
    }
    }
    sag_buf_release(&md);
}

static int
side_rapport_sager(struct sag__http_kald *k)
{
    const char *noegle = sag__http_arg(k, "tal"),
               *team = sag__http_arg(k, "team"),
               *side_s = sag__http_arg(k, "side");
    struct sag_pf_tal t;
    struct rap rp;
    struct bag_ctx c;
    struct sag_diag d;
    enum sag_status st;
    int64_t side = 1;
    long antal = 0;
    json_t *data, *forrige = NULL, *naeste = NULL;
    char overskrift[240], s1[SAG_DATO_DK_LEN], s2[SAG_DATO_DK_LEN];
    int aar, md, dg;

    if (!sag_tj_tilladt(k->hvem.rolle, SAG_HANDLING_RAPPORT))
        return fejlside(k, MHD_HTTP_FORBIDDEN, "Ingen adgang",
                        "Din rolle må ikke se rapporter.");
    rp.til = k->tj.idag;
    sag_dato_ymd(rp.til, &aar, &md, &dg);
    (void)sag_dato_fra_ymd(aar, 1, 1, &rp.fra);
    if (!rap_dato_arg(k, "fra", &rp.fra) || !rap_dato_arg(k, "til", &rp.til) ||
        sag_pf_tal_laes(noegle, &t) != SAG_OK ||
        (side_s != NULL && side_s[0] != '\0' &&
         sag_parse_i64(side_s, 1, 100000, &side) != SAG_OK))
        return fejlside(k, MHD_HTTP_UNPROCESSABLE_CONTENT,
                        "Oplysningerne er afvist",
                        "Ugyldigt tal, ugyldig dato eller ugyldig side.");
    /* Whose figures: the use case decides (a team account its own). */
    sag_diag_init(&d);
    if ((st = sag_tj_rapportteam(&k->tj, team, &team, &d)) != SAG_OK)
        return afvist(k, st, &d);
    rp.team = team;
    sag_dato_format_iso(rp.fra, rp.fra_iso);
    sag_dato_format_iso(rp.til, rp.til_iso);
    memset(&c, 0, sizeof(c));
    c.raekker = json_array();
    c.fra = (long)(side - 1) * BAG_PR_SIDE;
    c.til = c.fra + BAG_PR_SIDE;
    sag_diag_init(&d);
    /* The list up to the page's end and the figure (the heading's count
     * and the paging) from the same facts. */
    st = sag_tj_portefolje_sager(&k->tj, team, rp.fra, rp.til, rp.til, &t,
                                 bag_cb, &c, &antal, &d);
    if (st != SAG_OK) {
        json_decref(c.raekker);
        return afvist(k, st, &d);
    }
    bag_tekst(&t, &rp, overskrift, sizeof(overskrift));
    sag_dato_format_dk(rp.fra, s1);
    sag_dato_format_dk(rp.til, s2);
    /* Paging links keep the figure, the period and the team. */
    for (int retning = -1; retning <= 1; retning += 2) {
        int64_t ny = side + retning;
        struct sag_buf h;
        char noegle_ud[48];

        if (ny < 1 || (ny - 1) * BAG_PR_SIDE >= antal)
            continue;
        sag_pf_tal_navn(&t, noegle_ud, sizeof(noegle_ud));
        sag_buf_init(&h, 0);
        sag_buf_addf(&h, "/ui/rapport/sager?tal=%s&fra=%s&til=%s", noegle_ud,
                     rp.fra_iso, rp.til_iso);
        if (team != NULL) {
            sag_buf_adds(&h, "&team=");
            url_kod(&h, team);
        }
        sag_buf_addf(&h, "&side=%lld", (long long)ny);
        if (retning < 0)
            forrige = json_string(h.buf);
        else
            naeste = json_string(h.buf);
        sag_buf_release(&h);
    }
    {
        struct sag_buf tilbage;

        sag_buf_init(&tilbage, 0);
        sag_buf_addf(&tilbage, "/ui/rapport?fra=%s&til=%s", rp.fra_iso,
                     rp.til_iso);
        if (team != NULL) {
            sag_buf_adds(&tilbage, "&team=");
            url_kod(&tilbage, team);
        }
        data = json_pack("{s:s,s:s,s:s,s:s?,s:o*,s:o*,s:I,s:o?,s:o?,s:s}",
                         "overskrift", overskrift, "fra", s1, "til", s2, "team",
                         team, "antal", pf_tal(antal), "raekker", c.raekker,
                         "side", (json_int_t)side, "forrige", forrige, "naeste",
                         naeste, "tilbage", tilbage.buf);
        sag_buf_release(&tilbage);
    }
    side_start(k, "Sagerne bag tallet");
    skabelon(k, "rapport_sager.html", data);
    side_slut(k, MHD_HTTP_OK);
    return 0;
}

/* The cases behind a figure: GET /ui/sagsliste?team=…&status=…&venter=1
 * (the case list use case), or ?overskredet=1&team=… (the team's overdue
 * tasks from its worklist). No personal data: the list has none. The rows
 * are web/skabeloner/sagsraekker.html's, shared with search. */
struct sl_ctx {
    json_t *raekker;
    bool kun_venter;
    long n;
};

static int
sl_cb(void *ctx, const struct sag_liste_post *p)
{
    struct sl_ctx *c = ctx;
    char d1[SAG_DATO_DK_LEN];

    if (c->kun_venter && !p->venter)
        return 0;
    c->n++;
    (void)json_array_append_new(
        c->raekker,
        json_pack(
            "{s:s?,s:s?,s:s?,s:s?,s:s?,s:s,s:b}", "sag", p->id, "type",
            sag_visning_ord(p->type), "status", sag_visning_ord(p->status),
            "team", p->team, "sagsbehandler", p->sagsbehandler, "frist",
            p->naeste_forfald ? sag_visning_dato(p->naeste_forfald, d1) : "-",
            "venter", p->venter));
    return 0;
}

static int
side_sagsliste(struct sag__http_kald *k)
{
    const char *team = sag__http_arg(k, "team"),
               *status = sag__http_arg(k, "status"),
               *venter = sag__http_arg(k, "venter"),
               *over = sag__http_arg(k, "overskredet");
    struct sag_liste_filter lf;
    struct sl_ctx c;
    struct sag_diag d;
    enum sag_status st;
    json_t *opgaver = NULL, *data;
    const char *overskrift;

    if (team != NULL && team[0] == '\0')
        team = NULL;
    if (status != NULL && strcmp(status, "aaben") && strcmp(status, "lukket"))
        status = NULL;
    overskrift = er(over, "1")          ? "Overskredne opgaver"
                 : er(status, "aaben")  ? "Verserende sager"
                 : er(status, "lukket") ? "Lukkede sager"
                                        : "Alle sager";
    sag_diag_init(&d);
    c.raekker = json_array();
    c.kun_venter = er(venter, "1");
    c.n = 0;
    if (c.raekker == NULL)
        return afvist(k, SAG_ENOMEM, &d);
    if (er(over, "1") && team != NULL) {
        struct sag_tj_arbejdsliste al;
        char d1[SAG_DATO_DK_LEN];

        st = sag_tj_arbejdsliste(&k->tj, team, NULL, 100000, &k->a->arena, &al,
                                 &d);
        if (st != SAG_OK) {
            json_decref(c.raekker);
            return afvist(k, st, &d);
        }
        opgaver = json_array();
        for (size_t i = 0; opgaver && i < al.antal_til_behandling; i++) {
            const struct sag_tj_arbejdspost *p = &al.til_behandling[i];

            if (!p->overskredet)
                continue;
            (void)json_array_append_new(
                opgaver, json_pack("{s:s,s:s?,s:s?,s:s?}", "frist",
                                   sag_visning_dato(p->p.forfald, d1), "sag",
                                   p->p.sag_id, "sagsbehandler",
                                   p->p.sagsbehandler, "tekst", p->p.tekst));
        }
    } else {
        memset(&lf, 0, sizeof(lf));
        lf.team = team;
        lf.status = status;
        lf.graense = er(venter, "1") ? 0 : 500;
        st = sag_tj_liste(&k->tj, &lf, sl_cb, &c, &d);
        if (st != SAG_OK) {
            json_decref(c.raekker);
            return afvist(k, st, &d);
        }
    }
    data = json_pack("{s:s,s:b,s:s?,s:o*,s:o}", "overskrift", overskrift,
                     "venter", er(venter, "1"), "team", team, "overskredne",
                     opgaver ? json_pack("{s:o}", "opgaver", opgaver)
                             : json_null(),
                     "raekker", c.raekker);
    side_start(k, "Sager");
    skabelon(k, "sagsliste.html", data);
    side_slut(k, MHD_HTTP_OK);
    return 0;
}

/* ---- search: case number, CPR number (roles that may), name ---- */

/* GET /ui/soeg: the form; POST /ui/soeg: the search. A POST, so that a
 * CPR number or a name never goes in a URL (nor in the access log). A
 * case number goes to the case; ten digits (with or without the dash) are
 * a CPR number for sag_tj_soeg_cpr, which refuses the roles that may not
 * search by one; anything else a name for sag_tj_soeg_navn. Each use case
 * logs the reads of what it found; the term is never shown back
 * (web/skabeloner/soeg.html). */
static int
side_soeg(struct sag__http_kald *k, bool post)
{
    const char *q = post ? felt(k, "q") : NULL;
    struct sag_diag d;
    enum sag_status st = SAG_OK;
    struct sl_ctx c = { 0 };
    size_t cifre = 0, l = 0;
    bool soegt = false, fejl,
         kun_sagsnr = !sag_tj_tilladt(k->hvem.rolle, SAG_HANDLING_LISTE);
    json_t *resultat = NULL, *data;
    unsigned status;
    char sti[160];

    if (post && !csrf_ok(k))
        return fejlside(k, MHD_HTTP_FORBIDDEN, "Ingen adgang",
                        "Formularen er udløbet. Gå tilbage og prøv igen.");
    sag_diag_init(&d);
    if (post) {
        while (q != NULL && *q == ' ')
            q++;
        l = q ? strlen(q) : 0;
        while (l > 0 && q[l - 1] == ' ')
            l--;
        if (l == 0) {
            st = sag_diag_set(&d, SAG_EMISSING, "/q",
                              "skriv et sagsnummer, et CPR-nummer eller et "
                              "navn");
        } else {
            char *t = sag_arena_alloc(&k->a->arena, l + 1);

            if (t == NULL)
                return afvist(k, SAG_ENOMEM, &d);
            memcpy(t, q, l);
            t[l] = '\0';
            q = t;
            for (size_t i = 0; i < l; i++)
                cifre += q[i] >= '0' && q[i] <= '9';
            if (er_sagsnummer(q)) {
                (void)snprintf(sti, sizeof(sti), "/ui/sager/%s", q);
                return omdiriger(k, sti);
            }
            /* A role that sees no case lists (the insurer) finds a case
             * by its number only: told so at the field rather than by
             * the use case's refusal of lists. */
            if (kun_sagsnr)
                st = sag_diag_set(&d, SAG_EINVAL, "/q",
                                  "skriv sagsnummeret, fx AES-2024-000001");
        }
    }
    if (post && st == SAG_OK) {
        soegt = true;
        c.raekker = json_array();
        if (c.raekker == NULL)
            return afvist(k, SAG_ENOMEM, &d);
        if (cifre == 10 && l <= 11 && strspn(q, "0123456789-") == l)
            st = sag_tj_soeg_cpr(&k->tj, q, sl_cb, &c, &d);
        else
            st = sag_tj_soeg_navn(&k->tj, q, sl_cb, &c, &d);
        if ((st == SAG_EADGANG && strcmp(d.felt, "/cpr") != 0 &&
             strcmp(d.felt, "/navn") != 0) ||
            st == SAG_EIO || st == SAG_ENOMEM || st == SAG_EINTERNAL) {
            json_decref(c.raekker);
            return afvist(k, st, &d);
        }
        if (st == SAG_OK)
            resultat = json_pack("{s:I,s:O}", "antal", (json_int_t)c.n,
                                 "raekker", c.raekker);
        json_decref(c.raekker);
    }
    fejl = post && st != SAG_OK;
    /* The hint goes with the empty form and its own refusal; a search's
     * answer shows the form without it, as before. */
    data =
        json_pack("{s:s,s:b,s:b,s:s?,s:s?,s:o*}", "csrf", k->hvem.csrf,
                  "kun_sagsnr", kun_sagsnr, "hjaelp", !soegt, "fejl",
                  fejl ? (d.besked[0] ? d.besked : sag_status_str(st)) : NULL,
                  "beskrevet",
                  !soegt ? (fejl ? "hjaelp-q fejl-q" : "hjaelp-q")
                         : (fejl ? "fejl-q" : NULL),
                  "resultat", resultat);
    status = !fejl               ? MHD_HTTP_OK
             : st == SAG_EADGANG ? MHD_HTTP_FORBIDDEN
                                 : MHD_HTTP_UNPROCESSABLE_CONTENT;
    side_start(k, "Søg");
    skabelon(k, "soeg.html", data);
    side_slut(k, status);
    return 0;
}

/* ---- dispatch ---- */

/* An asset embedded at build time (the style sheets, htmx, the DKFDS
 * fonts and icons), answered as it is. */
static int
statisk(struct sag__http_kald *k, const void *indhold, size_t n,
        const char *type)
{
    sag_buf_reset(k->b);
    sag_buf_add(k->b, indhold, n);
    k->status = MHD_HTTP_OK;
    k->type = type;
    return 0;
}

bool
sag__ui_sti(const char *sti)
{
    return strcmp(sti, "/ui") == 0 || strncmp(sti, "/ui/", 4) == 0;
}

/* "/ui/sager/{id}" or "/ui/sager/{id}/{hvad}": the id into k->param[0],
 * the rest ("" or "haendelse") into *hvad. */
static bool
sag_sti(struct sag__http_kald *k, const char **hvad)
{
    const char *id = k->sti + strlen("/ui/sager/"), *skraa;
    size_t l;

    if (strncmp(k->sti, "/ui/sager/", strlen("/ui/sager/")) != 0)
        return false;
    skraa = strchr(id, '/');
    l = skraa ? (size_t)(skraa - id) : strlen(id);
    *hvad = skraa ? skraa + 1 : "";
    if (l == 0 || l >= sizeof(k->param_buf[0]) || strchr(*hvad, '/') != NULL)
        return false;
    memcpy(k->param_buf[0], id, l);
    k->param_buf[0][l] = '\0';
    k->param[0] = k->param_buf[0];
    return true;
}

/* "/ui/sager/{id}/dokumenter/{sha256}": the case's id and the document's
 * hash (not personal data) into k->param[0] and [1]. */
static bool
dokument_sti(struct sag__http_kald *k)
{
    static const char *const midt = "/dokumenter/";
    const char *id = k->sti + strlen("/ui/sager/"), *m, *sha;
    size_t l;

    if (strncmp(k->sti, "/ui/sager/", strlen("/ui/sager/")) != 0 ||
        (m = strstr(id, midt)) == NULL)
        return false;
    l = (size_t)(m - id);
    sha = m + strlen(midt);
    if (l == 0 || l >= sizeof(k->param_buf[0]) || memchr(id, '/', l) ||
        strlen(sha) != 64 || strchr(sha, '/') != NULL)
        return false;
    memcpy(k->param_buf[0], id, l);
    k->param_buf[0][l] = '\0';
    memcpy(k->param_buf[1], sha, 65);
    k->param[0] = k->param_buf[0];
    k->param[1] = k->param_buf[1];
    return true;
}

/* GET /ui/sager/{id}/dokumenter/{sha256}: a journal document's bytes with
 * their type, through the use case that checks role and scope and logs
 * the read (as GET /api/sager/{id}/dokumenter/{sha256}). */
static int
side_dokument(struct sag__http_kald *k)
{
    struct sag_diag d;
    const char *mime = NULL;
    const void *b = NULL;
    size_t n = 0;
    enum sag_status st;

    sag_diag_init(&d);
    st = sag_tj_hent_dokument(
        &k->tj, k->param[0], k->param[1],
        k->hvem.rolle == SAG_ROLLE_BORGER ? "egen sag" : "sagsbehandling",
        &k->a->arena, &mime, &b, &n, &d);
    if (st != SAG_OK)
        return afvist(k, st, &d);
    sag_buf_reset(k->b);
    sag_buf_add(k->b, b, n);
    k->status = MHD_HTTP_OK;
    k->type = mime;
    return 0;
}

int
sag__ui(struct sag__http_kald *k)
{
    bool get = strcmp(k->metode, "GET") == 0 || strcmp(k->metode, "HEAD") == 0,
         post = strcmp(k->metode, "POST") == 0;
    const char *sti = k->sti, *hvad = "";
    bool pdf = false;

    k->referrer = "same-origin";
    if (strcmp(sti, "/ui/stil.css") == 0 && get)
        return statisk(k, sag__ui_filer[0], strlen(sag__ui_filer[0]),
                       "text/css; charset=utf-8");
    /* Det Fælles Designsystem (npm dkfds, embedded at build time). */
    if (strcmp(sti, "/ui/dkfds/css/dkfds.min.css") == 0 && get)
        return statisk(k, sag__ui_dkfds[0], strlen(sag__ui_dkfds[0]),
                       "text/css; charset=utf-8");
    /* Its icons: the SVG sprite, referenced by <use href="…#name">. */
    if (strcmp(sti, "/ui/dkfds/img/all-svg-icons.svg") == 0 && get)
        return statisk(k, sag__ui_ikoner[0], strlen(sag__ui_ikoner[0]),
                       "image/svg+xml");
    if (strncmp(sti, "/ui/dkfds/fonts/IBMPlexSans/complete/woff2/", 43) == 0 &&
        get)
        for (size_t i = 0; i < sag__ui_fonte_antal; i++)
            if (strcmp(sti + 43, sag__ui_fonte_navn[i]) == 0)
                return statisk(k, sag__ui_fonte[i], sag__ui_fonte_laengde[i],
                               "font/woff2");
    if (strcmp(sti, "/ui/htmx.min.js") == 0 && get && sag__ui_filer_antal > 1)
        return statisk(k, sag__ui_filer[1], strlen(sag__ui_filer[1]),
                       "text/javascript; charset=utf-8");
    (void)sag__http_identificer(k);
    sag__http_kontekst(k);
    if (strcmp(sti, "/ui/login") == 0) {
        if (get)
            return side_login(k);
        if (post)
            return post_login(k);
    } else if (!k->hvem.kendt) {
        return omdiriger(k, "/ui/login");
    } else if (strcmp(sti, "/ui") == 0 || strcmp(sti, "/ui/") == 0) {
        if (get)
            return omdiriger(k, forside(k));
    } else if (strcmp(sti, "/ui/logout") == 0) {
        if (post)
            return post_logout(k);
    } else if (strcmp(sti, "/ui/mine-sager") == 0) {
        if (get)
            return side_mine_sager(k);
    } else if (strcmp(sti, "/ui/ny-sag") == 0) {
        if (get)
            return side_ny_sag(k, NULL, MHD_HTTP_OK);
        if (post)
            return post_ny_sag(k);
    } else if (strcmp(sti, "/ui/opslag") == 0) {
        if (get)
            return side_opslag(k);
    } else if (strcmp(sti, "/ui/arbejdsliste") == 0) {
        if (get)
            return side_arbejdsliste(k);
    } else if (strcmp(sti, "/ui/soeg") == 0) {
        if (get || post)
            return side_soeg(k, post);
    } else if (strcmp(sti, "/ui/filtre") == 0) {
        if (post)
            return post_filter(k);
    } else if (strcmp(sti, "/ui/tildel") == 0) {
        if (post)
            return post_tildel(k);
    } else if (strcmp(sti, "/ui/rapport") == 0) {
        if (get)
            return side_rapport(k);
    } else if (strcmp(sti, "/ui/rapport/sager") == 0) {
        if (get)
            return side_rapport_sager(k);
    } else if (strcmp(sti, "/ui/sagsliste") == 0) {
        if (get)
            return side_sagsliste(k);
    } else if (brev_sti(k, &pdf)) {
        if (get)
            return side_brev(k, pdf);
    } else if (dokument_sti(k)) {
        if (get)
            return side_dokument(k);
    } else if (sag_sti(k, &hvad) && hvad[0] == '\0') {
        if (get)
            return side_sag(k, NULL, MHD_HTTP_OK);
    } else if (strcmp(hvad, "haendelse") == 0) {
        if (post)
            return post_haendelse(k);
    } else if (strcmp(hvad, "dokument") == 0) {
        if (post)
            return post_dokument(k);
    } else if (strcmp(hvad, "klage") == 0) {
        if (post)
            return post_klage(k);
    } else if (strcmp(hvad, "klageskridt") == 0) {
        if (post)
            return post_klageskridt(k);
    } else if (strcmp(hvad, "afgoerelse") == 0) {
        if (get)
            return side_afgoerelse(k, NULL, false, MHD_HTTP_OK);
    } else if (strcmp(hvad, "beregn") == 0) {
        if (post)
            return post_beregn(k);
    } else if (strcmp(hvad, "afgoer") == 0) {
        if (post)
            return post_afgoer(k);
    } else {
        return fejlside(k, MHD_HTTP_NOT_FOUND, "Siden findes ikke",
                        "Der er ingen side med denne adresse.");
    }
    return fejlside(k, MHD_HTTP_METHOD_NOT_ALLOWED, "Metoden bruges ikke her",
                    "Siden kan ikke bruges sådan.");
}
