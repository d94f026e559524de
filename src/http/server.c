/*
 * The server's processes and daemons (http.h).
 *
 * The parent opens one listening socket per worker, all on the same port
 * with SO_REUSEPORT (the kernel spreads connections over them), then forks
 * the workers and waits: SIGTERM or SIGINT is passed on to them, a worker
 * that dies is replaced. Each worker opens its own database connection,
 * loads the rate tables and runs one libmicrohttpd daemon with an internal
 * epoll thread on its socket.
 *
 * A request is answered on the access handler's second call, never the
 * first (GNU Taler's pattern; measured about 4× faster here than queueing
 * at once): the first call only sets up the request, later calls collect
 * the body by hand up to a cap, the last one dispatches. On SIGTERM a
 * worker stops accepting, lets the requests in flight finish (up to 10 s)
 * and exits; a committed write is on disk before its answer is sent.
 */
/* SO_REUSEPORT is Linux's, outside POSIX: this adapter asks for it. */
#define _DEFAULT_SOURCE 1

#include "skadesag/http.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <sodium.h>

#include "skadesag/alloc.h"
#include "skadesag/konto.h"
#include "skadesag/prognose_fil.h"
#include "skadesag/satser_fil.h"
#include "skadesag/tjeneste.h"
#include "http_int.h"

#include "../base/banned.h"

#define MAKS_ARBEJDERE 64

void
sag_http_valg_init(struct sag_http_valg *v)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);

    memset(v, 0, sizeof(*v));
    v->vaert = "127.0.0.1";
    v->port = 8080;
    v->arbejdere = n > 0 && n < MAKS_ARBEJDERE ? (unsigned)n : 1;
    v->maks_krop = 1024 * 1024;
    v->maks_forbindelser = 1000;
    v->tomgang_sek = 60;
    v->session_inaktiv_sek = SAG_SESSION_INAKTIV;
}

/* ---- one request ---- */

/* The client's address: the peer, or behind a trusted proxy on loopback
 * the last address the proxy added to X-Forwarded-For. */
static void
klient(struct sag__http_kald *k)
{
    const union MHD_ConnectionInfo *i =
        MHD_get_connection_info(k->c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    bool loopback = false;

    (void)snprintf(k->klient, sizeof(k->klient), "-");
    if (i == NULL || i->client_addr == NULL)
        return;
    if (i->client_addr->sa_family == AF_INET) {
        const struct sockaddr_in *s = (const void *)i->client_addr;

        (void)inet_ntop(AF_INET, &s->sin_addr, k->klient, sizeof(k->klient));
        loopback = (ntohl(s->sin_addr.s_addr) >> 24) == 127;
    } else if (i->client_addr->sa_family == AF_INET6) {
        const struct sockaddr_in6 *s = (const void *)i->client_addr;

        (void)inet_ntop(AF_INET6, &s->sin6_addr, k->klient, sizeof(k->klient));
        loopback = IN6_IS_ADDR_LOOPBACK(&s->sin6_addr);
    }
    if (k->a->v->bag_proxy && loopback) {
        const char *x = sag__http_header(k, "X-Forwarded-For");
        const char *sidst = x ? strrchr(x, ',') : NULL;

        if (x != NULL) {
            sidst = sidst ? sidst + 1 : x;
            while (*sidst == ' ')
                sidst++;
            /* Only an address's characters: nothing else reaches the log. */
            if (strspn(sidst, "0123456789abcdefABCDEF.:") == strlen(sidst) &&
                strlen(sidst) < sizeof(k->klient))
                (void)snprintf(k->klient, sizeof(k->klient), "%s", sidst);
        }
    }
}

/* One line per request: time, client, method, path (no query: it may
 * hold search terms), status, bytes, milliseconds. Case and decision ids
 * are no personal data; nothing else from the request is written. A
 * CPR-shaped value in the path (a typed-in address) is masked
 * ("XXXXXX-XXXX"): the log never holds one. */
static void
log_linje(const struct sag__http_kald *k)
{
    FILE *f = k->a->v->adgangslog;
    struct timespec nu, ur;
    struct tm tm;
    char tid[32], linje[768], sti[512];
    long us;
    int n;

    if (f == NULL)
        return;
    (void)clock_gettime(CLOCK_MONOTONIC, &nu);
    (void)clock_gettime(CLOCK_REALTIME, &ur);
    us = (long)(nu.tv_sec - k->start.tv_sec) * 1000000L +
         (nu.tv_nsec - k->start.tv_nsec) / 1000L;
    (void)gmtime_r(&ur.tv_sec, &tm);
    (void)strftime(tid, sizeof(tid), "%Y-%m-%dT%H:%M:%SZ", &tm);
    sag__http_sti_maskeret(k->sti, sti, sizeof(sti));
    n = snprintf(linje, sizeof(linje), "%s %s %s %s %u %zu %ld.%03ld\n", tid,
                 k->klient, k->metode, sti, k->status,
                 sag_buf_status(k->b) == SAG_OK ? k->b->len : 0, us / 1000,
                 us % 1000);
    if (n > 0) {
        /* One write per line, appended: lines of the workers do not mix. */
        ssize_t w =
            write(fileno(f), linje,
                  (size_t)n < sizeof(linje) ? (size_t)n : sizeof(linje) - 1);
        (void)w;
    }
}

/* Dispatch a complete request. */
static enum MHD_Result
behandl(struct sag__http_kald *k)
{
    struct sag__http_arbejder *a = k->a;
    const struct sag__rute *r;
    bool forkert;
    enum MHD_Result ok;

    sag_arena_reset(&a->arena);
    sag_buf_reset(&a->ud);
    k->b = &a->ud;
    /* Housekeeping between requests, on the worker's one thread: expired
     * sessions leave the database every 5 minutes. */
    if (sag__http_nu() - a->ryddet >= 300) {
        struct sag_diag d;
        size_t n;

        a->ryddet = sag__http_nu();
        (void)sag_konto_ryd(a->store, a->ryddet, &n, &d);
    }
    if (k->krop_for_stor)
        (void)sag__http_problem_status(k, MHD_HTTP_CONTENT_TOO_LARGE, "",
                                       "forespørgslens indhold er for stort");
    else if (sag_buf_status(&k->krop) != SAG_OK)
        (void)sag__http_problem_status(k, MHD_HTTP_INTERNAL_SERVER_ERROR, NULL,
                                       NULL);
    else if (sag__ui_sti(k->sti)) {
        if (sag__ui(k) != 0) {
            log_linje(k);
            return MHD_NO;
        }
    } else if ((r = sag__http_rute(k, &forkert)) == NULL)
        (void)sag__http_problem_status(
            k, forkert ? MHD_HTTP_METHOD_NOT_ALLOWED : MHD_HTTP_NOT_FOUND, NULL,
            NULL);
    else if (!(r->flag & SAG__RUTE_AABEN) && !sag__http_identificer(k))
        (void)sag__http_problem_status(k, MHD_HTTP_UNAUTHORIZED, NULL,
                                       "log ind eller brug en API-nøgle");
    else if (!(r->flag & SAG__RUTE_AABEN) && !sag__http_scope_ok(k, r))
        (void)sag__http_problem_status(k, MHD_HTTP_FORBIDDEN, "/scope",
                                       "API-nøglen gælder ikke her");
    else if ((r->flag & SAG__RUTE_SKRIV) && !sag__http_csrf_ok(k))
        (void)sag__http_problem_status(k, MHD_HTTP_FORBIDDEN, "/csrf",
                                       "CSRF-token mangler eller er forkert");
    else {
        sag__http_kontekst(k);
        if (r->fn(k) != 0) {
            log_linje(k);
            return MHD_NO;
        }
    }
    ok = sag__http_send(k);
    log_linje(k);
    return ok;
}

static enum MHD_Result
adgangspunkt(void *cls, struct MHD_Connection *c, const char *url,
             const char *metode, const char *version, const char *upload,
             size_t *upload_len, void **con_cls)
{
    struct sag__http_arbejder *a = cls;
    struct sag__http_kald *k = *con_cls;

    (void)version;
    if (k == NULL) {
        const char *cl;

        if ((k = sag_calloc(1, sizeof(*k))) == NULL)
            return MHD_NO;
        k->a = a;
        k->c = c;
        k->metode = metode;
        k->b = &a->ud;
        (void)clock_gettime(CLOCK_MONOTONIC, &k->start);
        /* A path longer than any route simply matches none. */
        (void)snprintf(k->sti, sizeof(k->sti), "%s", url);
        sag_buf_init(&k->krop, a->v->maks_krop);
        klient(k);
        *con_cls = k;
        /* A declared body over the cap is refused before it is read. */
        cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                         MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (cl != NULL && strtoull(cl, NULL, 10) > a->v->maks_krop) {
            /* Answered at once, not after the body: libmicrohttpd then
             * closes the connection without reading it. */
            k->krop_for_stor = true;
            k->behandlet = true;
            return behandl(k);
        }
        return MHD_YES;
    }
    if (*upload_len != 0) {
        if (!k->krop_for_stor) {
            if (k->krop.len + *upload_len > a->v->maks_krop)
                k->krop_for_stor = true;
            else
                sag_buf_add(&k->krop, upload, *upload_len);
        }
        *upload_len = 0;
        return MHD_YES;
    }
    if (k->behandlet)
        return MHD_YES;
    k->behandlet = true;
    return behandl(k);
}

static void
faerdig(void *cls, struct MHD_Connection *c, void **con_cls,
        enum MHD_RequestTerminationCode toe)
{
    struct sag__http_kald *k = *con_cls;

    (void)cls;
    (void)c;
    (void)toe;
    if (k != NULL) {
        sag_buf_release(&k->krop);
        sag_free(k);
        *con_cls = NULL;
    }
}

/* ---- one worker ---- */

static char *
laes_pem(const char *sti, struct sag_diag *d)
{
    FILE *f = fopen(sti, "rb");
    struct sag_buf b;
    char blok[4096];
    size_t n;
    char *ud;

    if (f == NULL) {
        (void)sag_diag_set(d, SAG_EIO, "/cert", "kan ikke læse %s", sti);
        return NULL;
    }
    sag_buf_init(&b, 1024 * 1024);
    while ((n = fread(blok, 1, sizeof(blok), f)) > 0)
        sag_buf_add(&b, blok, n);
    (void)fclose(f);
    if (sag_buf_status(&b) != SAG_OK || (ud = sag_malloc(b.len + 1)) == NULL) {
        sag_buf_release(&b);
        (void)sag_diag_set(d, SAG_EIO, "/cert", "kan ikke læse %s", sti);
        return NULL;
    }
    memcpy(ud, b.buf, b.len + 1);
    sag_buf_release(&b);
    return ud;
}

struct tls {
    char *cert, *noegle;
};

/* A signed checkpoint (docs/sikkerhed.md), its line in the server's log
 * (standard output); a failure on standard error. */
static void
skriv_kontrolpunkt(struct sag_store *st)
{
    struct sag_diag d;
    char linje[512];

    sag_diag_init(&d);
    if (sag_store_kontrolpunkt(st, NULL, NULL, linje, &d) == SAG_OK)
        (void)printf("kontrolpunkt: %s\n", linje);
    else
        (void)fprintf(stderr, "skadesag server: intet kontrolpunkt: %s\n",
                      d.besked);
    (void)fflush(stdout);
}

/* Wait for SIGTERM/SIGINT; meanwhile, every $SKADESAG_KONTROLPUNKT_SEK
 * seconds (default 300; 0: never), a signed checkpoint through a store
 * handle of its own (the request thread uses the other). */
static void
kontrolpunkter(const struct sag_http_valg *v, const sigset_t *s, int *sig)
{
    const char *e = getenv("SKADESAG_KONTROLPUNKT_SEK");
    long sek = e != NULL && e[0] != '\0' ? strtol(e, NULL, 10) : 300;
    struct sag_store *st = NULL;
    struct sag_diag d;

    sag_diag_init(&d);
    if (sek <= 0 || sag_store_aabn(v->db_url, 0, &st, &d) != SAG_OK) {
        (void)sigwait(s, sig);
        return;
    }
    for (;;) {
        struct timespec t = { (time_t)sek, 0 };
        int r = sigtimedwait(s, NULL, &t);

        if (r > 0) {
            *sig = r;
            break;
        }
        if (r < 0 && errno != EAGAIN && errno != EINTR) {
            (void)sigwait(s, sig);
            break;
        }
        if (r < 0 && errno == EAGAIN)
            skriv_kontrolpunkt(st);
    }
    sag_store_luk(st);
}

/* The report cache's refresh thread (SKADESAG_RAPPORT_SEK seconds, docs/
 * server.md): through a store handle of its own, it computes the
 * management page's default report (1 January to today, with the year's
 * prognosis when there is one) and the open cases per team every
 * interval, so that no request waits for them. */
struct varmer {
    const struct sag_http_valg *v;
    struct sag_tj_rapportcache *cache;
    long sek;
    pthread_mutex_t m;
    pthread_cond_t c;
    bool stop;
};

static void
varm(struct varmer *w, struct sag_store *st)
{
    struct sag_tj k;
    struct sag_arena a;
    struct sag_pf_prognose prog;
    struct sag_diag d;
    struct sag_dato idag = sag__http_i_dag(), fra;
    int aar, md, dg;
    bool har_prog;

    sag_arena_init(&a, 0);
    sag_diag_init(&d);
    /* Who acts: the server itself, with management's right to read
     * reports (aggregate figures only; no case is read or logged). */
    sag_tj_init(&k, st, NULL, "skadesag-server", SAG_ROLLE_LEDELSE, idag);
    k.rapportcache = w->cache;
    sag_dato_ymd(idag, &aar, &md, &dg);
    (void)sag_dato_fra_ymd(aar, 1, 1, &fra);
    har_prog =
        sag_prognose_indlaes(w->v->data_dir, aar, &a, &prog, &d) == SAG_OK;
    sag_diag_init(&d);
    if (sag_tj_rapportcache_forny(&k, fra, idag, idag, har_prog ? &prog : NULL,
                                  &d) != SAG_OK)
        (void)fprintf(stderr, "skadesag server: rapportcache: %s%s%s\n", d.felt,
                      d.felt[0] ? ": " : "", d.besked);
    sag_arena_release(&a);
}

static void *
varmer_traad(void *arg)
{
    struct varmer *w = arg;
    struct sag_store *st = NULL;
    struct sag_diag d;

    sag_diag_init(&d);
    if (sag_store_aabn(w->v->rapport_db_url != NULL ? w->v->rapport_db_url
                                                    : w->v->db_url,
                       0, &st, &d) != SAG_OK) {
        (void)fprintf(stderr, "skadesag server: rapportcache: %s\n", d.besked);
        return NULL;
    }
    (void)pthread_mutex_lock(&w->m);
    while (!w->stop) {
        struct timespec t;

        (void)pthread_mutex_unlock(&w->m);
        varm(w, st);
        (void)pthread_mutex_lock(&w->m);
        (void)clock_gettime(CLOCK_REALTIME, &t);
        t.tv_sec += w->sek;
        while (!w->stop &&
               pthread_cond_timedwait(&w->c, &w->m, &t) != ETIMEDOUT)
            ;
    }
    (void)pthread_mutex_unlock(&w->m);
    sag_store_luk(st);
    return NULL;
}

/* Wait for SIGTERM/SIGINT (blocked in every thread), then stop accepting,
 * let what is in flight finish, and stop. */
static int
arbejder(const struct sag_http_valg *v, int sok, const struct tls *tls)
{
    struct sag__http_arbejder a;
    struct sag_diag d;
    struct varmer w = { .m = PTHREAD_MUTEX_INITIALIZER,
                        .c = PTHREAD_COND_INITIALIZER };
    pthread_t varmer_id;
    bool har_varmer = false;
    sigset_t s;
    int sig, rc = 0;
    unsigned flag = MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_ITC;

    memset(&a, 0, sizeof(a));
    a.v = v;
    a.tls = tls->cert != NULL;
    sag_arena_init(&a.arena, 0);
    sag_buf_init(&a.ud, 0);
    sag_diag_init(&d);
    sag_satser_init(&a.satser);
    if (sodium_init() < 0 ||
        sag_satser_indlaes_mappe(&a.satser, v->data_dir, &d) != SAG_OK ||
        sag_store_aabn(v->db_url, 0, &a.store, &d) != SAG_OK ||
        (v->rapport_db_url != NULL &&
         sag_store_aabn(v->rapport_db_url, 0, &a.rapport_store, &d) !=
             SAG_OK)) {
        (void)fprintf(stderr, "skadesag server: %s%s%s\n", d.felt,
                      d.felt[0] ? ": " : "", d.besked);
        rc = 1;
        goto out;
    }
    {
        const char *e = getenv("SKADESAG_RAPPORT_SEK");
        long sek = e != NULL && e[0] != '\0' ? strtol(e, NULL, 10) : 0;

        if (sek > 0) {
            /* An entry is used for up to twice the interval: the refresh
             * thread renews the default report before then. */
            if ((a.rapportcache = sag_tj_rapportcache_ny(2 * sek)) == NULL) {
                (void)fprintf(stderr, "skadesag server: ikke mere "
                                      "hukommelse\n");
                rc = 1;
                goto out;
            }
            w.v = v;
            w.cache = a.rapportcache;
            w.sek = sek;
            har_varmer =
                pthread_create(&varmer_id, NULL, varmer_traad, &w) == 0;
        }
    }
    if (a.tls)
        flag |= MHD_USE_TLS;
    {
        struct MHD_OptionItem o[16];
        size_t i = 0;

        o[i++] = (struct MHD_OptionItem){ MHD_OPTION_LISTEN_SOCKET, sok, NULL };
        o[i++] =
            (struct MHD_OptionItem){ MHD_OPTION_CONNECTION_LIMIT,
                                     (intptr_t)v->maks_forbindelser, NULL };
        o[i++] = (struct MHD_OptionItem){ MHD_OPTION_CONNECTION_TIMEOUT,
                                          (intptr_t)v->tomgang_sek, NULL };
        /* The request line and headers must fit in 16 KiB (a connection's
         * memory pool). libmicrohttpd 0.9.75 zeroes the whole pool after
         * every request on a kept-alive connection: at 64 KiB that memset
         * was over half of a worker's instructions for POST /api/beregn
         * (callgrind), at 16 KiB a quarter as much. */
        o[i++] = (struct MHD_OptionItem){ MHD_OPTION_CONNECTION_MEMORY_LIMIT,
                                          16 * 1024, NULL };
        o[i++] =
            (struct MHD_OptionItem){ MHD_OPTION_STRICT_FOR_CLIENT, 1, NULL };
        if (a.tls) {
            o[i++] = (struct MHD_OptionItem){ MHD_OPTION_HTTPS_MEM_CERT, 0,
                                              tls->cert };
            o[i++] = (struct MHD_OptionItem){ MHD_OPTION_HTTPS_MEM_KEY, 0,
                                              tls->noegle };
            /* TLS 1.2 and 1.3 only. */
            o[i++] = (struct MHD_OptionItem){
                MHD_OPTION_HTTPS_PRIORITIES, 0,
                (void *)(uintptr_t) "NORMAL:-VERS-ALL:+VERS-TLS1.3:"
                                    "+VERS-TLS1.2:%SERVER_PRECEDENCE"
            };
        }
        o[i++] = (struct MHD_OptionItem){ MHD_OPTION_END, 0, NULL };
        a.daemon = MHD_start_daemon(flag, 0, NULL, NULL, adgangspunkt, &a,
                                    MHD_OPTION_NOTIFY_COMPLETED, faerdig, NULL,
                                    MHD_OPTION_ARRAY, o, MHD_OPTION_END);
    }
    if (a.daemon == NULL) {
        (void)fprintf(stderr, "skadesag server: kan ikke starte (%s)\n",
                      a.tls ? "TLS: certifikat eller nøgle" : "socket");
        rc = 1;
        goto out;
    }
    (void)sigemptyset(&s);
    (void)sigaddset(&s, SIGTERM);
    (void)sigaddset(&s, SIGINT);
    kontrolpunkter(v, &s, &sig);
    {
        /* Graceful: no new connections; up to 10 s for those open. */
        MHD_socket l = MHD_quiesce_daemon(a.daemon);

        if (l != MHD_INVALID_SOCKET)
            (void)close(l);
        for (int i = 0; i < 200; i++) {
            const union MHD_DaemonInfo *info = MHD_get_daemon_info(
                a.daemon, MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
            struct timespec t = { 0, 50 * 1000 * 1000 };

            if (info == NULL || info->num_connections == 0)
                break;
            (void)nanosleep(&t, NULL);
        }
        MHD_stop_daemon(a.daemon);
    }
    /* What this worker wrote gets a signed checkpoint at shutdown. */
    if (a.store != NULL && sag_store_skrevet(a.store) > 0)
        skriv_kontrolpunkt(a.store);
out:
    if (har_varmer) {
        (void)pthread_mutex_lock(&w.m);
        w.stop = true;
        (void)pthread_cond_signal(&w.c);
        (void)pthread_mutex_unlock(&w.m);
        (void)pthread_join(varmer_id, NULL);
    }
    sag_tj_rapportcache_fri(a.rapportcache);
    sag_store_luk(a.store);
    sag_store_luk(a.rapport_store);
    sag_satser_release(&a.satser);
    sag_buf_release(&a.ud);
    sag_arena_release(&a.arena);
    return rc;
}

/* ---- the parent ---- */

static bool
er_loopback(const char *vaert)
{
    return strcmp(vaert, "127.0.0.1") == 0 || strcmp(vaert, "::1") == 0 ||
           strcmp(vaert, "localhost") == 0;
}

/* A listening socket on vaert:port with SO_REUSEPORT; writes the port
 * (useful when 0 was asked for). */
static int
lyt(const char *vaert, unsigned *port, struct sag_diag *d)
{
    struct sockaddr_in6 a6;
    struct sockaddr_in a4;
    struct sockaddr *a;
    socklen_t n;
    int s, ja = 1;
    bool v6 = strchr(vaert, ':') != NULL;
    const char *adr = strcmp(vaert, "localhost") == 0 ? "127.0.0.1" : vaert;

    memset(&a4, 0, sizeof(a4));
    memset(&a6, 0, sizeof(a6));
    if (v6) {
        a6.sin6_family = AF_INET6;
        a6.sin6_port = htons((uint16_t)*port);
        if (inet_pton(AF_INET6, adr, &a6.sin6_addr) != 1)
            return -(int)sag_diag_set(d, SAG_EINVAL, "/vaert",
                                      "ikke en IP-adresse");
        a = (struct sockaddr *)&a6;
        n = sizeof(a6);
    } else {
        a4.sin_family = AF_INET;
        a4.sin_port = htons((uint16_t)*port);
        if (inet_pton(AF_INET, adr, &a4.sin_addr) != 1)
            return -(int)sag_diag_set(d, SAG_EINVAL, "/vaert",
                                      "ikke en IP-adresse");
        a = (struct sockaddr *)&a4;
        n = sizeof(a4);
    }
    if ((s = socket(a->sa_family, SOCK_STREAM | SOCK_CLOEXEC, 0)) < 0)
        return -(int)sag_diag_set(d, SAG_EIO, "", "socket: %s",
                                  strerror(errno));
    if (setsockopt(s, SOL_SOCKET, SO_REUSEPORT, &ja, sizeof(ja)) != 0 ||
        setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &ja, sizeof(ja)) != 0 ||
        bind(s, a, n) != 0 || listen(s, 1024) != 0) {
        int e = errno;

        (void)close(s);
        return -(int)sag_diag_set(d, SAG_EIO, "/port",
                                  "kan ikke lytte på %s:%u: %s", vaert, *port,
                                  strerror(e));
    }
    if (*port == 0) {
        struct sockaddr_storage ss;
        socklen_t l = sizeof(ss);

        if (getsockname(s, (struct sockaddr *)&ss, &l) == 0)
            *port = ntohs(ss.ss_family == AF_INET6
                              ? ((struct sockaddr_in6 *)&ss)->sin6_port
                              : ((struct sockaddr_in *)&ss)->sin_port);
    }
    return s;
}

static pid_t
start_arbejder(const struct sag_http_valg *v, const int *sok, unsigned i,
               unsigned n, const struct tls *tls)
{
    pid_t p = fork();

    if (p != 0)
        return p;
    for (unsigned j = 0; j < n; j++)
        if (j != i)
            (void)close(sok[j]);
    _exit(arbejder(v, sok[i], tls));
}

enum sag_status
sag_http_koer(const struct sag_http_valg *v, struct sag_diag *d)
{
    int sok[MAKS_ARBEJDERE];
    pid_t pid[MAKS_ARBEJDERE];
    unsigned port = v->port, n = v->arbejdere;
    struct tls tls = { NULL, NULL };
    sigset_t s, gl;
    enum sag_status st = SAG_OK;
    bool stop = false;

    if (n == 0 || n > MAKS_ARBEJDERE)
        return sag_diag_set(d, SAG_EINVAL, "/arbejdere",
                            "skal være mellem 1 og %d", MAKS_ARBEJDERE);
    if (v->session_inaktiv_sek == 0 ||
        v->session_inaktiv_sek > SAG_SESSION_INAKTIV)
        return sag_diag_set(d, SAG_EINVAL, "/session-inaktiv",
                            "skal være mellem 1 og %d sekunder",
                            SAG_SESSION_INAKTIV);
    if ((v->cert_fil == NULL) != (v->noegle_fil == NULL))
        return sag_diag_set(d, SAG_EINVAL, "/cert",
                            "angiv både certifikat og nøgle");
    /* Plain HTTP carries passwords and session cookies in clear: only on
     * loopback, or behind a proxy that terminates TLS. */
    if (v->cert_fil == NULL && !v->bag_proxy && !er_loopback(v->vaert))
        return sag_diag_set(d, SAG_EINVAL, "/vaert",
                            "HTTP uden TLS kun på 127.0.0.1 eller ::1 "
                            "(ellers --cert/--noegle eller --bag-proxy)");
    if (v->cert_fil != NULL &&
        ((tls.cert = laes_pem(v->cert_fil, d)) == NULL ||
         (tls.noegle = laes_pem(v->noegle_fil, d)) == NULL)) {
        sag_free(tls.cert);
        return SAG_EIO;
    }
    if (sodium_init() < 0)
        return sag_diag_set(d, SAG_EINTERNAL, "", "libsodium");
    for (unsigned i = 0; i < n; i++) {
        if ((sok[i] = lyt(v->vaert, &port, d)) < 0) {
            for (unsigned j = 0; j < i; j++)
                (void)close(sok[j]);
            sag_free(tls.cert);
            sag_free(tls.noegle);
            return (enum sag_status)(-sok[i]);
        }
    }
    /* Signals are taken with sigwait, in the parent and in every thread of
     * every worker (the mask is inherited). */
    (void)sigemptyset(&s);
    (void)sigaddset(&s, SIGTERM);
    (void)sigaddset(&s, SIGINT);
    (void)sigaddset(&s, SIGCHLD);
    (void)sigprocmask(SIG_BLOCK, &s, &gl);
    (void)signal(SIGPIPE, SIG_IGN);
    for (unsigned i = 0; i < n; i++)
        pid[i] = start_arbejder(v, sok, i, n, &tls);
    if (v->klar != NULL) {
        char adr[128];

        (void)snprintf(adr, sizeof(adr), "%s://%s%s%s:%u",
                       tls.cert ? "https" : "http",
                       strchr(v->vaert, ':') ? "[" : "", v->vaert,
                       strchr(v->vaert, ':') ? "]" : "", port);
        v->klar(v->klar_ctx, adr);
    }
    while (!stop) {
        int sig;

        (void)sigwait(&s, &sig);
        if (sig == SIGCHLD) {
            int status;
            pid_t p;

            /* A worker that died is replaced on the same socket. */
            while ((p = waitpid(-1, &status, WNOHANG)) > 0)
                for (unsigned i = 0; i < n; i++)
                    if (pid[i] == p) {
                        (void)fprintf(stderr,
                                      "skadesag server: arbejder %u stoppede "
                                      "(%d); startes igen\n",
                                      i, status);
                        if (WIFEXITED(status) && WEXITSTATUS(status) == 1) {
                            /* It could not start: give up. */
                            st = sag_diag_set(d, SAG_EIO, "",
                                              "en arbejder kunne ikke "
                                              "starte");
                            stop = true;
                        } else {
                            pid[i] = start_arbejder(v, sok, i, n, &tls);
                        }
                    }
        } else {
            stop = true;
        }
    }
    for (unsigned i = 0; i < n; i++)
        (void)kill(pid[i], SIGTERM);
    for (unsigned i = 0; i < n; i++)
        (void)waitpid(pid[i], NULL, 0);
    for (unsigned i = 0; i < n; i++)
        (void)close(sok[i]);
    (void)sigprocmask(SIG_SETMASK, &gl, NULL);
    sag_free(tls.cert);
    sag_free(tls.noegle);
    return st;
}
