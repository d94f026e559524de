/*
 * The request and the response: query arguments and headers, JSON bodies,
 * problem+json (RFC 9457), the mapping of a status to an HTTP code (here
 * and nowhere else, STYLE.md rule 12), and the security headers every
 * response carries; and what the API (server.c) and the UI (ui.c) share
 * below the dispatch: the use-case context of a request, today, and the
 * CPR-shaped values the access log and the UI's filter look for.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "skadesag/tjeneste.h"
#include "http_int.h"

#include "../base/banned.h"

const char *
sag__http_arg(struct sag__http_kald *k, const char *navn)
{
    return MHD_lookup_connection_value(k->c, MHD_GET_ARGUMENT_KIND, navn);
}

const char *
sag__http_header(struct sag__http_kald *k, const char *navn)
{
    return MHD_lookup_connection_value(k->c, MHD_HEADER_KIND, navn);
}

void
sag__http_json(struct sag__http_kald *k, unsigned status)
{
    k->status = status;
    k->type = "application/json";
}

/* The HTTP code of a refusal. A bad or missing field is 422, malformed
 * JSON 400, what the policy refuses 403, an unknown case 404, what the
 * case's state or stored data does not allow 409, too large 413; I/O,
 * memory and invariants 500 (without detail). */
static unsigned
http_status(enum sag_status st)
{
    switch (st) {
    case SAG_OK: return MHD_HTTP_OK;
    case SAG_EPARSE: return MHD_HTTP_BAD_REQUEST;
    case SAG_EADGANG: return MHD_HTTP_FORBIDDEN;
    case SAG_ENOTFOUND: return MHD_HTTP_NOT_FOUND;
    case SAG_EDENIED:
    case SAG_ECONFLICT: return MHD_HTTP_CONFLICT;
    case SAG_ETOOBIG: return MHD_HTTP_CONTENT_TOO_LARGE;
    case SAG_EIO:
    case SAG_ENOMEM:
    case SAG_EINTERNAL: return MHD_HTTP_INTERNAL_SERVER_ERROR;
    default: return MHD_HTTP_UNPROCESSABLE_CONTENT;
    }
}

static const char *
titel(unsigned status)
{
    switch (status) {
    case MHD_HTTP_BAD_REQUEST: return "Forespørgslen kan ikke læses";
    case MHD_HTTP_UNAUTHORIZED: return "Log ind først";
    case MHD_HTTP_FORBIDDEN: return "Ingen adgang";
    case MHD_HTTP_NOT_FOUND: return "Findes ikke";
    case MHD_HTTP_METHOD_NOT_ALLOWED: return "Metoden bruges ikke her";
    case MHD_HTTP_CONFLICT: return "Kan ikke lade sig gøre i sagens tilstand";
    case MHD_HTTP_CONTENT_TOO_LARGE: return "For stor forespørgsel";
    case MHD_HTTP_UNPROCESSABLE_CONTENT: return "Oplysningerne er afvist";
    case MHD_HTTP_TOO_MANY_REQUESTS: return "For mange forsøg";
    case MHD_HTTP_SERVICE_UNAVAILABLE: return "Serveren lukker ned";
    default: return "Intern fejl";
    }
}

int
sag__http_problem_status(struct sag__http_kald *k, unsigned status,
                         const char *felt, const char *detalje)
{
    sag_buf_reset(k->b);
    sag_buf_adds(k->b, "{\"type\":\"about:blank\",\"title\":");
    sag_buf_add_json_str(k->b, titel(status));
    sag_buf_addf(k->b, ",\"status\":%u", status);
    if (detalje != NULL && detalje[0] != '\0') {
        sag_buf_adds(k->b, ",\"detail\":");
        sag_buf_add_json_str(k->b, detalje);
    }
    if (felt != NULL && felt[0] != '\0') {
        sag_buf_adds(k->b, ",\"felt\":");
        sag_buf_add_json_str(k->b, felt);
    }
    sag_buf_addc(k->b, '}');
    k->status = status;
    k->type = "application/problem+json";
    return 0;
}

int
sag__http_problem(struct sag__http_kald *k, enum sag_status st,
                  const struct sag_diag *d)
{
    unsigned s = http_status(st);

    /* Internal errors say nothing about the inside. */
    if (s == MHD_HTTP_INTERNAL_SERVER_ERROR)
        return sag__http_problem_status(k, s, NULL, NULL);
    return sag__http_problem_status(
        k, s, d->felt, d->besked[0] ? d->besked : sag_status_str(st));
}

/* Add a header; false if out of memory. */
static bool
header(struct MHD_Response *r, const char *navn, const char *vaerdi)
{
    return MHD_add_response_header(r, navn, vaerdi) == MHD_YES;
}

enum MHD_Result
sag__http_send(struct sag__http_kald *k)
{
    struct MHD_Response *r;
    enum MHD_Result ok;
    const char *buf = sag_buf_status(k->b) == SAG_OK ? k->b->buf : "";
    size_t len = sag_buf_status(k->b) == SAG_OK ? k->b->len : 0;

    r = MHD_create_response_from_buffer(len, (void *)(uintptr_t)buf,
                                        MHD_RESPMEM_MUST_COPY);
    if (r == NULL)
        return MHD_NO;
    /* OWASP ASVS 5.0 V3.4: no inline script, no framing, no sniffing, no
     * referrer, nothing cached. */
    if (!header(r, MHD_HTTP_HEADER_CONTENT_TYPE,
                k->type ? k->type : "application/json") ||
        !header(r, "Content-Security-Policy",
                k->csp[0] ? k->csp
                          : "default-src 'self'; script-src 'self'; "
                            "object-src 'none'; base-uri 'none'; form-action "
                            "'self'; frame-ancestors 'none'") ||
        !header(r, "X-Content-Type-Options", "nosniff") ||
        !header(r, "X-Frame-Options", "DENY") ||
        !header(r, "Referrer-Policy",
                k->referrer ? k->referrer : "no-referrer") ||
        !header(r, "Cross-Origin-Opener-Policy", "same-origin") ||
        !header(r, "Cross-Origin-Resource-Policy", "same-origin") ||
        !header(r, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store") ||
        (k->a->tls && !header(r, "Strict-Transport-Security",
                              "max-age=31536000; includeSubDomains")) ||
        (k->cookie[0] && !header(r, MHD_HTTP_HEADER_SET_COOKIE, k->cookie)) ||
        (k->placering[0] &&
         !header(r, MHD_HTTP_HEADER_LOCATION, k->placering)) ||
        (k->link[0] && !header(r, "Link", k->link)) ||
        (k->status == MHD_HTTP_METHOD_NOT_ALLOWED && k->tilladt[0] &&
         !header(r, MHD_HTTP_HEADER_ALLOW, k->tilladt))) {
        MHD_destroy_response(r);
        return MHD_NO;
    }
    ok = MHD_queue_response(k->c, k->status ? k->status : 500, r);
    MHD_destroy_response(r);
    return ok;
}

int
sag__http_svar(struct sag__http_kald *k, enum sag_status st,
               const struct sag_diag *d, unsigned ok)
{
    if (st != SAG_OK) {
        sag_buf_reset(k->b);
        return sag__http_problem(k, st, d);
    }
    sag__http_json(k, ok);
    return 0;
}

/* ---- shared by the API (server.c) and the UI (ui.c) ---- */

static bool
ciffer(char c)
{
    return c >= '0' && c <= '9';
}

bool
sag__http_cpr_form(const char *s, size_t n, size_t *start, size_t *len)
{
    for (size_t i = 0; i + 10 <= n; i++) {
        size_t j = i, c = 0;

        if (i > 0 && ciffer(s[i - 1]))
            continue;
        while (j < n && c < 6 && ciffer(s[j]))
            j++, c++;
        if (c != 6)
            continue;
        if (j < n && (s[j] == '-' || s[j] == ' '))
            j++;
        while (j < n && c < 10 && ciffer(s[j]))
            j++, c++;
        if (c == 10 && (j == n || !ciffer(s[j]))) {
            *start = i;
            *len = j - i;
            return true;
        }
    }
    return false;
}

void
sag__http_sti_maskeret(const char *sti, char *ud, size_t n)
{
    size_t o = 0, p = 0, l = strlen(sti), st, ln;

    if (n == 0)
        return;
    /* Matched on the whole path, then cut to the buffer: a CPR number
     * across the cut is masked too. */
    while (p < l && o + 1 < n) {
        if (!sag__http_cpr_form(sti + p, l - p, &st, &ln))
            st = l - p, ln = 0;
        for (size_t i = 0; i < st + ln && o + 1 < n; i++) {
            char c = sti[p + i];

            ud[o++] = i >= st && ciffer(c) ? 'X' : c;
        }
        p += st + ln;
    }
    ud[o] = '\0';
}

struct sag_dato
sag__http_i_dag(void)
{
    struct sag_dato d = { (int32_t)(time(NULL) / 86400) };

    return d;
}

void
sag__http_kontekst(struct sag__http_kald *k)
{
    struct sag__http_arbejder *a = k->a;

    if (!k->hvem.kendt)
        return;
    sag_tj_init(&k->tj, a->store, &a->satser, k->hvem.bruger, k->hvem.rolle,
                sag__http_i_dag());
    sag_tj_omfang(&k->tj, k->hvem.team, k->hvem.cpr, k->hvem.forsikring);
    k->tj.rapport_store = a->rapport_store;
    k->tj.rapportcache = a->rapportcache;
}
