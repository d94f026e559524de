/*
 * Login, logout, who am I, and a health check. The session token goes to
 * the browser only in the cookie (__Host- prefix: Secure, Path=/, no
 * Domain; HttpOnly; SameSite=Strict); the CSRF token in the body, for the
 * page to send back in X-CSRF-Token.
 */
#include <stdio.h>
#include <string.h>

#include "skadesag/konto.h"
#include "skadesag/mappe_json.h"

#include <sodium.h>
#include "http_int.h"

#include "../base/banned.h"

#define COOKIE "__Host-skadesag"

int
sag__api_sundhed(struct sag__http_kald *k)
{
    sag_svar_json("status", "ok", k->b);
    sag__http_json(k, MHD_HTTP_OK);
    return 0;
}

/* Throttling per client address: at most VINDUE_MAKS failed logins per
 * VINDUE seconds from one address in this worker (ASVS 5.0 V6.3.1; the
 * account's own lock is in src/konto). */
#define VINDUE 600
#define VINDUE_MAKS 20

static struct sag__http_forsoeg *
forsoeg(struct sag__http_kald *k, int64_t nu, bool opret)
{
    struct sag__http_forsoeg *ledig = NULL, *f = k->a->forsoeg;
    size_t n = sizeof(k->a->forsoeg) / sizeof(k->a->forsoeg[0]);

    for (size_t i = 0; i < n; i++) {
        if (f[i].antal && strcmp(f[i].klient, k->klient) == 0) {
            if (nu - f[i].start >= VINDUE)
                f[i].antal = 0; /* the window has passed */
            else
                return &f[i];
            if (ledig == NULL)
                ledig = &f[i];
        } else if (ledig == NULL &&
                   (f[i].antal == 0 || nu - f[i].start >= VINDUE)) {
            ledig = &f[i];
        }
    }
    if (!opret)
        return NULL;
    if (ledig == NULL) /* full: the oldest window gives way */
        for (size_t i = 0; i < n; i++)
            if (ledig == NULL || f[i].start < ledig->start)
                ledig = &f[i];
    (void)snprintf(ledig->klient, sizeof(ledig->klient), "%s", k->klient);
    ledig->start = nu;
    ledig->antal = 0;
    return ledig;
}

static bool
for_mange(struct sag__http_kald *k, int64_t nu)
{
    struct sag__http_forsoeg *f = forsoeg(k, nu, false);

    return f != NULL && f->antal >= VINDUE_MAKS;
}

static void
fejlet(struct sag__http_kald *k, int64_t nu)
{
    struct sag__http_forsoeg *f = forsoeg(k, nu, true);

    if (f != NULL)
        f->antal++;
}

bool
sag__http_login_for_mange(struct sag__http_kald *k, int64_t nu)
{
    return for_mange(k, nu);
}

void
sag__http_login_fejlet(struct sag__http_kald *k, int64_t nu)
{
    fejlet(k, nu);
}

int
sag__api_login(struct sag__http_kald *k)
{
    const char *bruger, *kodeord, *totp, *gl;
    struct sag_session_ny s;
    struct sag_diag d;
    int64_t nu = sag__http_nu();
    enum sag_status st;

    sag_diag_init(&d);
    if (for_mange(k, nu))
        return sag__http_problem_status(k, MHD_HTTP_TOO_MANY_REQUESTS, "/login",
                                        "for mange mislykkede forsøg fra "
                                        "denne adresse; prøv igen om lidt");
    st = sag_login_fra_json(k->krop.buf, k->krop.len, &k->a->arena, &bruger,
                            &kodeord, &totp, &d);
    if (st == SAG_OK)
        st = sag_konto_login(k->a->store, bruger, kodeord, totp, nu, &s, &d);
    if (st == SAG_EADGANG || st == SAG_EFORMANGE)
        fejlet(k, nu);
    if (st == SAG_EFORMANGE)
        return sag__http_problem_status(k, MHD_HTTP_TOO_MANY_REQUESTS, d.felt,
                                        d.besked);
    if (st == SAG_EADGANG)
        return sag__http_problem_status(k, MHD_HTTP_UNAUTHORIZED, d.felt,
                                        d.besked);
    if (st != SAG_OK)
        return sag__http_problem(k, st, &d);
    /* The session the browser came with ends (ASVS 7.2.4): a token that
     * was known before the login is not the one after it. */
    if ((gl = MHD_lookup_connection_value(k->c, MHD_COOKIE_KIND, COOKIE)) !=
        NULL)
        (void)sag_konto_logout(k->a->store, gl, &d);
    (void)snprintf(k->cookie, sizeof(k->cookie),
                   COOKIE "=%s; Path=/; Secure; HttpOnly; SameSite=Strict; "
                          "Max-Age=%lld",
                   s.token, (long long)(s.udloeber - nu));
    sodium_memzero(s.token, sizeof(s.token));
    sag_session_json(s.konto.navn, sag_rolle_navn(s.konto.rolle), s.konto.team,
                     s.csrf, (long long)s.udloeber, k->b);
    sag__http_json(k, MHD_HTTP_OK);
    return 0;
}

int
sag__api_logout(struct sag__http_kald *k)
{
    const char *c = MHD_lookup_connection_value(k->c, MHD_COOKIE_KIND, COOKIE);
    struct sag_diag d;

    sag_diag_init(&d);
    if (c != NULL)
        (void)sag_konto_logout(k->a->store, c, &d);
    (void)snprintf(k->cookie, sizeof(k->cookie),
                   COOKIE "=; Path=/; Secure; HttpOnly; SameSite=Strict; "
                          "Max-Age=0");
    sag_svar_json("status", "logget ud", k->b);
    sag__http_json(k, MHD_HTTP_OK);
    return 0;
}

int
sag__api_mig(struct sag__http_kald *k)
{
    sag_session_json(k->hvem.bruger, sag_rolle_navn(k->hvem.rolle),
                     k->hvem.team, k->hvem.via_cookie ? k->hvem.csrf : NULL, 0,
                     k->b);
    sag__http_json(k, MHD_HTTP_OK);
    return 0;
}
