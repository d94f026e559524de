/*
 * skadesag server: the HTTP API over the application layer (tjeneste.h).
 *
 * Several worker processes share one port (SO_REUSEPORT); each has one
 * database connection, its own copy of the rate tables and one
 * libmicrohttpd daemon with an internal epoll thread, so a handler never
 * shares state with another thread. Handlers are thin: JSON → request →
 * one use case → JSON (the wire codec, mappe_json.h). Errors are
 * application/problem+json (RFC 9457) carrying the sag_diag field.
 *
 * Implemented in src/http/: server.c (processes, daemon, limits, access
 * log, shutdown), anmodning.c (the request, the response, problem+json),
 * rute.c (the routing table), api_*.c (the handlers) and adgang.c (login,
 * sessions, CSRF, API tokens).
 */
#ifndef SAG_HTTP_H
#define SAG_HTTP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "skadesag/status.h"

struct sag_http_valg {
    const char *db_url; /* "sqlite:PATH" */
    /* The board report and impact runs read here (a PostgreSQL hot
     * standby, docs/postgresql.md); NULL: db_url. */
    const char *rapport_db_url;
    const char *data_dir; /* the rate tables */
    const char *vaert;    /* address to listen on, e.g. "127.0.0.1" */
    unsigned port;
    unsigned arbejdere; /* worker processes (default: the cores) */
    /* HTTPS served directly: PEM certificate and key files (TLS 1.2+). */
    const char *cert_fil, *noegle_fil;
    /* Behind a reverse proxy that terminates TLS and sets the client's
     * address (X-Forwarded-For); only a loopback peer is trusted. */
    bool bag_proxy;
    /* The seam for a national login (NemLog-in/MitID through the proxy):
     * with `bag_proxy`, a request from the loopback proxy that carries this
     * header is the named local account (which must exist and be active).
     * NULL: off. */
    const char *identitet_header;
    /* Seconds a login session may be idle before it ends: 1 to
     * SAG_SESSION_INAKTIV (the default, 30 minutes), never longer
     * (konto.h, sag_konto_session_v2); the 12-hour absolute lifetime is
     * the accounts module's. */
    unsigned session_inaktiv_sek;
    size_t maks_krop;           /* bytes of a request body */
    unsigned maks_forbindelser; /* per worker */
    unsigned tomgang_sek;       /* idle connection timeout */
    FILE *adgangslog;           /* NULL: none */
    /* Written once every worker listens ("lytter på …"). */
    void (*klar)(void *ctx, const char *adresse);
    void *klar_ctx;
};

/* Fill in the defaults: 127.0.0.1:8080, one worker per core, 1 MiB
 * bodies, 1.000 connections, 60 s idle connections, 30 minutes idle
 * sessions. */
void sag_http_valg_init(struct sag_http_valg *v);

/* Run the server until SIGTERM or SIGINT: then stop accepting, finish the
 * requests in flight and return SAG_OK. Refuses plain HTTP on an address
 * other than loopback unless `bag_proxy` (SAG_EINVAL, field /vaert), and a
 * session idle timeout out of range (SAG_EINVAL, /session-inaktiv). */
enum sag_status sag_http_koer(const struct sag_http_valg *v,
                              struct sag_diag *d);

/* The routing table, for the documentation test (skadesag server
 * --ruter): the method and path pattern of route `i` ("{}" for one path
 * segment, e.g. "/api/sager/{}/klager"), static strings; false when `i`
 * is past the last route. Thread-safe. */
bool sag_http_rute_nr(size_t i, const char **metode, const char **moenster);

#endif /* SAG_HTTP_H */
