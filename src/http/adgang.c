/*
 * Who is calling (see docs/adgang.md): a session cookie set at login, an
 * API token for systems, or — behind a trusted proxy — the identity the
 * proxy asserts (the seam for NemLog-in/MitID). And the CSRF check of
 * state-changing requests. The accounts, sessions and tokens themselves
 * are in src/konto; what a role may do is decided in the application
 * layer, not here.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>

#include <sodium.h>

#include "skadesag/konto.h"
#include "skadesag/sha256.h"
#include "http_int.h"

#include "../base/banned.h"

#define COOKIE "__Host-skadesag"

int64_t
sag__http_nu(void)
{
    return (int64_t)time(NULL);
}

static void
som(struct sag__http_kald *k, const struct sag_konto *konto)
{
    k->hvem.kendt = true;
    (void)snprintf(k->hvem.bruger, sizeof(k->hvem.bruger), "%s", konto->navn);
    k->hvem.rolle = konto->rolle;
    (void)snprintf(k->hvem.team, sizeof(k->hvem.team), "%s", konto->team);
    (void)snprintf(k->hvem.cpr, sizeof(k->hvem.cpr), "%s", konto->cpr);
    (void)snprintf(k->hvem.forsikring, sizeof(k->hvem.forsikring), "%s",
                   konto->forsikring);
}

/* Is the peer the trusted proxy on loopback? */
static bool
fra_proxy(struct sag__http_kald *k)
{
    const union MHD_ConnectionInfo *i =
        MHD_get_connection_info(k->c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);

    if (!k->a->v->bag_proxy || i == NULL || i->client_addr == NULL)
        return false;
    if (i->client_addr->sa_family == AF_INET)
        return (ntohl(((const struct sockaddr_in *)(const void *)i->client_addr)
                          ->sin_addr.s_addr) >>
                24) == 127;
    return i->client_addr->sa_family == AF_INET6 &&
           IN6_IS_ADDR_LOOPBACK(
               &((const struct sockaddr_in6 *)(const void *)i->client_addr)
                    ->sin6_addr);
}

/* Milliseconds from `fra` to `til` (CLOCK_MONOTONIC). */
static int64_t
ms_mellem(const struct timespec *fra, const struct timespec *til)
{
    return ((int64_t)til->tv_sec - (int64_t)fra->tv_sec) * 1000 +
           ((int64_t)til->tv_nsec - (int64_t)fra->tv_nsec) / 1000000;
}

/* An API token. The store's answer for a token is reused for up to
 * SAG__HTTP_NOEGLE_MAKS_ALDER_MS (http_int.h): asking it costs two read
 * transactions, about a quarter of the server's time for a calculation
 * (docs/performance.md). Only accepted tokens are kept, as the SHA-256 of
 * their text, compared in constant time; a refused token is asked about
 * every time. */
static bool
noegle(struct sag__http_kald *k, const char *token)
{
    struct sag__http_arbejder *a = k->a;
    struct sag__http_noegle *n = NULL;
    struct sag_sha256 c;
    struct sag_konto konto;
    struct sag_diag d;
    struct timespec nu;
    unsigned char sha[32];
    unsigned scope;

    sag_sha256_init(&c);
    sag_sha256_update(&c, token, strlen(token));
    sag_sha256_final(&c, sha);
    (void)clock_gettime(CLOCK_MONOTONIC, &nu);
    for (size_t i = 0; i < SAG__HTTP_NOEGLER && n == NULL; i++) {
        if (a->noegler[i].brugt &&
            sodium_memcmp(a->noegler[i].sha256, sha, sizeof(sha)) == 0)
            n = &a->noegler[i];
    }
    if (n != NULL) {
        int64_t alder = ms_mellem(&n->tjekket, &nu);

        if (alder >= 0 && alder < SAG__HTTP_NOEGLE_MAKS_ALDER_MS) {
            k->hvem = n->hvem;
            return true;
        }
        n->brugt = false; /* too old: ask the store again */
    }
    sag_diag_init(&d);
    if (sag_konto_noegle(a->store, token, sag__http_nu(), &konto, &scope, &d) !=
        SAG_OK)
        return false;
    som(k, &konto);
    k->hvem.scope = scope;
    k->hvem.via_noegle = true;
    if (n == NULL) {
        n = &a->noegler[a->naeste_noegle];
        a->naeste_noegle = (a->naeste_noegle + 1) % SAG__HTTP_NOEGLER;
    }
    n->brugt = true;
    memcpy(n->sha256, sha, sizeof(sha));
    n->tjekket = nu;
    n->hvem = k->hvem;
    return true;
}

bool
sag__http_identificer(struct sag__http_kald *k)
{
    struct sag_konto konto;
    struct sag_diag d;
    const char *c, *auth;

    memset(&k->hvem, 0, sizeof(k->hvem));
    sag_diag_init(&d);
    if ((c = MHD_lookup_connection_value(k->c, MHD_COOKIE_KIND, COOKIE)) !=
        NULL) {
        if (sag_konto_session_v2(k->a->store, c, sag__http_nu(),
                                 k->a->v->session_inaktiv_sek, &konto,
                                 k->hvem.csrf, &d) != SAG_OK)
            return false;
        som(k, &konto);
        k->hvem.via_cookie = true;
        return true;
    }
    if ((auth = sag__http_header(k, MHD_HTTP_HEADER_AUTHORIZATION)) != NULL) {
        if (strncmp(auth, "Bearer ", 7) != 0)
            return false;
        return noegle(k, auth + 7);
    }
    if (k->a->v->identitet_header != NULL && fra_proxy(k)) {
        const char *navn = sag__http_header(k, k->a->v->identitet_header);

        if (navn == NULL ||
            sag_konto_hent(k->a->store, navn, &konto, &d) != SAG_OK ||
            !konto.aktiv)
            return false;
        som(k, &konto);
        k->hvem.via_proxy = true;
        return true;
    }
    return false;
}

bool
sag__http_scope_ok(const struct sag__http_kald *k, const struct sag__rute *r)
{
    if (!k->hvem.via_noegle)
        return true;
    return (k->hvem.scope & ((r->flag & SAG__RUTE_BEREGN) ? SAG_SCOPE_BEREGN
                                                          : SAG_SCOPE_SAGER)) !=
           0;
}

/* A browser's Origin, if sent, must be this server. */
static bool
samme_oprindelse(struct sag__http_kald *k)
{
    const char *o = sag__http_header(k, "Origin");
    const char *h = sag__http_header(k, MHD_HTTP_HEADER_HOST);
    const char *skema = k->a->tls ? "https://" : "http://";

    if (o == NULL)
        return true;
    if (h == NULL || strncmp(o, skema, strlen(skema)) != 0)
        return false;
    return strcmp(o + strlen(skema), h) == 0;
}

bool
sag__http_csrf_ok(struct sag__http_kald *k)
{
    const char *t;

    if (k->hvem.via_noegle)
        return true; /* a token: no cookie for another site to ride on */
    if (!samme_oprindelse(k))
        return false;
    if (!k->hvem.via_cookie)
        return true; /* login itself, or the proxy's identity */
    t = sag__http_header(k, "X-CSRF-Token");
    return t != NULL && strlen(t) == strlen(k->hvem.csrf) &&
           sodium_memcmp(t, k->hvem.csrf, strlen(t)) == 0;
}

bool
sag__http_csrf_form_ok(struct sag__http_kald *k, const char *token)
{
    if (!samme_oprindelse(k))
        return false;
    if (token == NULL)
        return !k->hvem.via_cookie;
    return k->hvem.via_cookie && strlen(token) == strlen(k->hvem.csrf) &&
           k->hvem.csrf[0] != '\0' &&
           sodium_memcmp(token, k->hvem.csrf, strlen(token)) == 0;
}
