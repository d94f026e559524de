/*
 * skadesag beregn: compute a decision from a case in JSON.
 *
 *   skadesag beregn [--data MAPPE] [--format json|tekst] [--uden-spor] FIL
 *   skadesag beregn [--data MAPPE] [--uden-spor] [--jobs N] --batch FIL.jsonl
 *
 * FIL may be "-" for standard input. A single case prints its result and
 * exits 0, or prints "skadesag: /felt: besked" and exits 1. A batch reads one
 * case per line and writes one JSON result (or error object) per line,
 * streaming, in input order (also with --jobs N threads), and exits 1 if any
 * case was rejected.
 */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "skadesag/arena.h"
#include "skadesag/beregning.h"
#include "skadesag/beregning_json.h"
#include "skadesag/visning.h"

#include "../base/banned.h"

static void
hjaelp(FILE *f)
{
    (void)fputs(
        "Brug: skadesag beregn [--data MAPPE] "
        "[--format json|tekst|sagsbehandler]\n"
        "      [--uden-spor] FIL\n"
        "      skadesag beregn [--data MAPPE] [--uden-spor] [--jobs N] --batch "
        "FIL.jsonl\n\n"
        "Beregner de objektive dele af en afgørelse om erstatning for tab "
        "af\nerhvervsevne for sagen i FIL (JSON; '-' er standard input). "
        "Felterne er\nbeskrevet i docs/beregning.md.\n\n"
        "  --format tekst   Dansk tekst med \"Sådan har vi beregnet\" i "
        "stedet for JSON,\n"
        "                   som den sendes til borgeren\n"
        "  --format sagsbehandler\n"
        "                   Samme tekst med reglernes kilder, parametre og "
        "åbne\n"
        "                   spørgsmål, til sagsbehandleren\n"
        "  --uden-spor      Udelad sporet (beregningstrinnene)\n"
        "  --batch          Én sag pr. linje ind, ét resultat pr. linje ud "
        "(JSON Lines)\n"
        "  --jobs N         Batchen på N kerner; resultaterne i samme "
        "rækkefølge\n"
        "  --data MAPPE     Mappe med satstabellerne\n\n"
        "Afslutningskode: 0 beregnet, 1 sagen afvist (fejl i input), 2 "
        "forkert brug,\n3 intern fejl.\n",
        f);
}

/* The output: JSON, the citizen's Danish text, or the caseworker's (with
 * the rules' sources and open questions). */
enum { TEKST_JSON = 0, TEKST_BORGER = 1, TEKST_SAGSBEHANDLER = 2 };

/* Compute one case from text; result or error into `ud`. */
static enum sag_status
en_sag(const struct sag_satser *s, const char *tekst, size_t len,
       struct sag_arena *arena, bool med_spor, int som_tekst,
       struct sag_buf *ud, struct sag_diag *d)
{
    struct sag_beregning_input in;
    struct sag_beregning r;
    struct sag_spor sp;
    enum sag_status st;

    sag_diag_init(d);
    st = sag_beregning_input_fra_json(tekst, len, arena, &in, d);
    if (st != SAG_OK)
        return st;
    sag_spor_init(&sp, arena, med_spor);
    st = sag_beregn(s, &in, &sp, &r, d);
    if (st != SAG_OK)
        return st;
    if (som_tekst == TEKST_SAGSBEHANDLER)
        sag_beregning_til_tekst_sagsbehandler(&r, &sp, ud);
    else if (som_tekst == TEKST_BORGER)
        sag_beregning_til_tekst(&r, &sp, ud);
    else
        /* The caller's id first, so batch lines can be matched. */
        sag_beregning_til_json_id(in.id, &r, &sp, ud);
    return sag_buf_status(ud) == SAG_OK ? SAG_OK : SAG_ENOMEM;
}

/*
 * The batch: the input is read in portions of whole lines (read(2), about
 * PORTION bytes each), each portion's results are rendered into its own
 * buffer, and the buffers are written in input order. With --jobs N, N
 * threads compute the portions (each with its own arena; the rate tables
 * are shared read-only) while this thread reads and writes; the output is
 * the same bytes as with one. When the input pauses (a pipe with nothing
 * more to read yet), everything read so far is answered and flushed first,
 * so a batch on a pipe still answers line by line.
 */
#define PORTION ((size_t)256 * 1024)
#define JOBS_MAX 64
/* Issue 16, item 8: a batch line is one case's input (a few KB); a line
 * longer than this is refused instead of growing the buffer without end. */
#define LINJE_MAX ((size_t)1024 * 1024)

enum { LEDIG, I_KOE, FAERDIG };

struct portion {
    char *ind; /* whole lines; the last may lack '\n' at the end of input */
    size_t ind_len, ind_alloc;
    struct sag_buf ud; /* with --jobs N: this portion's results */
    long nr, afvist;
    int tilstand;
};

/*
 * The output is written with write(2), not stdio, in pieces that end on a
 * page boundary of the file (the rest is kept for the next piece): the
 * kernel then copies whole pages into the page cache, never first zeroing
 * or re-reading the part of a page a piece does not cover. With one thread
 * a piece is written whenever SKYL bytes have been rendered, while they are
 * still in the cache. With the trace the output is about 5,3 KB a case and
 * the kernel's copy of it into the page cache is a large part of the whole
 * cost (docs/performance.md, "The batch").
 */
#define SIDE ((size_t)4096)
#define SKYL ((size_t)64 * 1024)

struct udskriv {
    int fd;
    size_t pos; /* the file offset of the next byte written, modulo SIDE */
    bool fejl;  /* sticky: a write failed */
};

static void
skriv_alt(struct udskriv *u, const char *p, size_t n)
{
    while (n > 0 && !u->fejl) {
        ssize_t r = write(u->fd, p, n);

        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            u->fejl = true;
            break;
        }
        p += r;
        n -= (size_t)r;
        u->pos = (u->pos + (size_t)r) % SIDE;
    }
}

/* Write the part of `b` that ends on a page boundary of the file and keep
 * the rest (less than a page) at its start. */
static void
skriv_hele_sider(struct udskriv *u, struct sag_buf *b)
{
    size_t k = (u->pos + b->len) / SIDE * SIDE;

    if (k <= u->pos)
        return;
    k -= u->pos;
    skriv_alt(u, b->buf, k);
    memmove(b->buf, b->buf + k, b->len - k);
    sag_buf_truncate(b, b->len - k);
}

/* Write all of `b` and empty it. */
static void
skriv_buf(struct udskriv *u, struct sag_buf *b)
{
    skriv_alt(u, b->buf, b->len);
    sag_buf_reset(b);
}

struct batch {
    const struct sag_satser *s;
    bool med_spor;
    struct portion *ring;
    size_t antal;   /* portions in the ring */
    size_t indsat;  /* portions handed to be computed (counting from 0) */
    size_t taget;   /* portions a worker has taken */
    size_t skrevet; /* portions written */
    bool slut;
    pthread_mutex_t mu;
    pthread_cond_t arbejde, faerdig;
};

/* Compute every line of a portion; results (or error objects) appended to
 * `ud`, one line each, as the single-line loop did before. With `u` (one
 * thread, everything before this portion already written or in `ud`), the
 * whole pages of `ud` are written every SKYL bytes. */
static void
behandl(const struct sag_satser *s, bool med_spor, struct sag_arena *arena,
        struct portion *p, struct sag_buf *ud, struct udskriv *u)
{
    char *q = p->ind, *end = p->ind + p->ind_len;
    struct sag_diag d;

    p->nr = p->afvist = 0;
    while (q < end) {
        char *nl = memchr(q, '\n', (size_t)(end - q));
        char *naeste = nl != NULL ? nl + 1 : end;
        size_t n = (size_t)(naeste - q), start = ud->len;
        enum sag_status st;

        p->nr++;
        while (n > 0 && (q[n - 1] == '\n' || q[n - 1] == '\r'))
            q[--n] = '\0';
        if (n == 0) {
            q = naeste;
            continue;
        }
        sag_arena_reset(arena);
        /* Each line may use the buffer's whole cap, as when it had one
         * buffer to itself. */
        ud->max = start + SAG_BUF_MAX_DEFAULT;
        st = en_sag(s, q, n, arena, med_spor, TEKST_JSON, ud, &d);
        if (st != SAG_OK) {
            p->afvist++;
            sag_buf_fortryd(ud, start);
            sag_beregning_fejl_json(st, &d, ud);
        }
        sag_buf_addc(ud, '\n');
        q = naeste;
        if (u != NULL && ud->len >= SKYL)
            skriv_hele_sider(u, ud);
    }
}

static void *
arbejder(void *arg)
{
    struct batch *b = arg;
    struct sag_arena arena;

    sag_arena_init(&arena, 0);
    (void)pthread_mutex_lock(&b->mu);
    for (;;) {
        struct portion *p;

        while (b->taget == b->indsat && !b->slut)
            (void)pthread_cond_wait(&b->arbejde, &b->mu);
        if (b->taget == b->indsat)
            break;
        p = &b->ring[b->taget++ % b->antal];
        (void)pthread_mutex_unlock(&b->mu);
        sag_buf_reset(&p->ud);
        behandl(b->s, b->med_spor, &arena, p, &p->ud, NULL);
        (void)pthread_mutex_lock(&b->mu);
        p->tilstand = FAERDIG;
        (void)pthread_cond_broadcast(&b->faerdig);
    }
    (void)pthread_mutex_unlock(&b->mu);
    sag_arena_release(&arena);
    return NULL;
}

/* Write the oldest portion handed out, waiting until it is computed; adds
 * its counts. -1 when the output cannot be written. */
static int
skriv_naeste(struct batch *b, struct udskriv *u, long *nr, long *afvist)
{
    struct portion *p = &b->ring[b->skrevet % b->antal];

    (void)pthread_mutex_lock(&b->mu);
    while (p->tilstand != FAERDIG)
        (void)pthread_cond_wait(&b->faerdig, &b->mu);
    (void)pthread_mutex_unlock(&b->mu);
    *nr += p->nr;
    *afvist += p->afvist;
    p->tilstand = LEDIG;
    b->skrevet++;
    skriv_buf(u, &p->ud);
    return u->fejl ? -1 : 0;
}

static bool
plads(struct portion *p, size_t min)
{
    size_t ny;
    char *c;

    if (p->ind_alloc - p->ind_len >= min)
        return true;
    ny = p->ind_alloc ? p->ind_alloc : PORTION;
    while (ny - p->ind_len < min)
        ny *= 2;
    c = realloc(p->ind, ny);
    if (c == NULL)
        return false;
    p->ind = c;
    p->ind_alloc = ny;
    return true;
}

static bool
intet_klar(int fd)
{
    struct pollfd pf = { fd, POLLIN, 0 };

    return poll(&pf, 1, 0) == 0;
}

static int
batch(const struct sag_satser *s, const char *sti, bool med_spor, int jobs)
{
    int fd = strcmp(sti, "-") == 0 ? 0 : open(sti, O_RDONLY | O_CLOEXEC);
    struct batch b;
    struct sag_arena arena;
    struct sag_buf ud1; /* with one thread: the results not yet written */
    struct udskriv u;
    off_t pos;
    pthread_t traad[JOBS_MAX];
    int startet = 0;
    long nr = 0, afvist = 0;
    bool eof = false, skrivefejl = false, fejl = false, for_lang = false;
    struct portion *cur;

    if (fd < 0) {
        sag__fejl("kan ikke åbne %s", sti);
        return SAG_EXIT_FEJL;
    }
    memset(&b, 0, sizeof(b));
    b.s = s;
    b.med_spor = med_spor;
    b.antal = jobs > 1 ? 2 * (size_t)jobs + 2 : 2;
    b.ring = calloc(b.antal, sizeof(*b.ring));
    if (b.ring == NULL) {
        if (fd != 0)
            (void)close(fd);
        sag__fejl("ikke mere hukommelse");
        return SAG_EXIT_FEJL;
    }
    for (size_t i = 0; i < b.antal; i++)
        sag_buf_init(&b.ring[i].ud, 0);
    (void)pthread_mutex_init(&b.mu, NULL);
    (void)pthread_cond_init(&b.arbejde, NULL);
    (void)pthread_cond_init(&b.faerdig, NULL);
    sag_arena_init(&arena, 0);
    sag_buf_init(&ud1, 0);
    /* Where the output starts in its file (0 for a pipe or a terminal). */
    pos = lseek(1, 0, SEEK_CUR);
    u.fd = 1;
    u.pos = pos > 0 ? (size_t)pos % SIDE : 0;
    u.fejl = false;
    for (int i = 0; jobs > 1 && i < jobs; i++) {
        if (pthread_create(&traad[i], NULL, arbejder, &b) != 0)
            break;
        startet++;
    }

    cur = &b.ring[0];
    cur->ind_len = 0;
    while (!eof && !skrivefejl && !fejl) {
        ssize_t r;
        size_t skaar;
        char *nl;
        struct portion *naeste;
        bool kort;

        if (!plads(cur, PORTION / 4)) {
            fejl = true;
            break;
        }
        r = read(fd, cur->ind + cur->ind_len, cur->ind_alloc - cur->ind_len);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            eof = true; /* a read error ends the input, as getline did */
            r = 0;
        }
        kort = (size_t)r < cur->ind_alloc - cur->ind_len;
        cur->ind_len += (size_t)r;
        /* Hand a portion out when it is full, at the end of the input,
         * and when the input pauses; otherwise read on. */
        if (!eof && !kort && cur->ind_len < PORTION)
            continue;
        if (eof) {
            skaar = cur->ind_len;
        } else {
            for (nl = cur->ind + cur->ind_len; nl > cur->ind; nl--)
                if (nl[-1] == '\n')
                    break;
            if (nl == cur->ind && cur->ind_len >= LINJE_MAX) {
                for_lang = true;
                break;
            }
            if (nl == cur->ind)
                continue; /* one line longer than the portion: grow */
            skaar = (size_t)(nl - cur->ind);
        }
        if (skaar == 0)
            break;
        /* The next slot must be free before the rest is carried over. */
        while (b.indsat + 1 - b.skrevet >= b.antal)
            if (skriv_naeste(&b, &u, &nr, &afvist) != 0) {
                skrivefejl = true;
                break;
            }
        if (skrivefejl)
            break;
        naeste = &b.ring[(b.indsat + 1) % b.antal];
        naeste->ind_len = 0;
        if (cur->ind_len > skaar) {
            if (!plads(naeste, cur->ind_len - skaar)) {
                fejl = true;
                break;
            }
            memcpy(naeste->ind, cur->ind + skaar, cur->ind_len - skaar);
            naeste->ind_len = cur->ind_len - skaar;
        }
        cur->ind_len = skaar;
        if (startet == 0) {
            behandl(s, med_spor, &arena, cur, &ud1, &u);
            cur->tilstand = FAERDIG;
            b.indsat++;
        } else {
            (void)pthread_mutex_lock(&b.mu);
            cur->tilstand = I_KOE;
            b.indsat++;
            (void)pthread_cond_signal(&b.arbejde);
            (void)pthread_mutex_unlock(&b.mu);
        }
        cur = naeste;
        /* With one thread the portion's counts now; its results are in
         * ud1, written a page-aligned piece at a time. */
        if (startet == 0)
            while (b.skrevet < b.indsat)
                if (skriv_naeste(&b, &u, &nr, &afvist) != 0) {
                    skrivefejl = true;
                    break;
                }
        /* Answer what has been read before waiting for more. */
        if (!skrivefejl && kort && !eof && intet_klar(fd)) {
            while (b.skrevet < b.indsat)
                if (skriv_naeste(&b, &u, &nr, &afvist) != 0) {
                    skrivefejl = true;
                    break;
                }
            skriv_buf(&u, &ud1);
            skrivefejl = u.fejl;
        }
    }
    /* The rest, in order (after a write error only to stop the workers). */
    (void)pthread_mutex_lock(&b.mu);
    b.slut = true;
    (void)pthread_cond_broadcast(&b.arbejde);
    (void)pthread_mutex_unlock(&b.mu);
    while (!skrivefejl && b.skrevet < b.indsat)
        if (skriv_naeste(&b, &u, &nr, &afvist) != 0)
            skrivefejl = true;
    if (!skrivefejl) {
        skriv_buf(&u, &ud1);
        skrivefejl = u.fejl;
    }
    for (int i = 0; i < startet; i++)
        (void)pthread_join(traad[i], NULL);
    for (size_t i = 0; i < b.antal; i++) {
        free(b.ring[i].ind);
        sag_buf_release(&b.ring[i].ud);
    }
    free(b.ring);
    sag_buf_release(&ud1);
    (void)pthread_mutex_destroy(&b.mu);
    (void)pthread_cond_destroy(&b.arbejde);
    (void)pthread_cond_destroy(&b.faerdig);
    sag_arena_release(&arena);
    if (fd != 0)
        (void)close(fd);
    if (skrivefejl)
        sag__fejl("kan ikke skrive resultatet");
    if (fejl)
        sag__fejl("ikke mere hukommelse");
    if (fflush(stdout) != 0 || skrivefejl || fejl)
        return SAG_EXIT_FEJL;
    if (for_lang) {
        sag__fejl("--batch: linje %ld er længere end %zu bytes; den og "
                  "resten er ikke beregnet",
                  nr + 1, LINJE_MAX);
        return SAG_EXIT_AFVIST;
    }
    if (afvist)
        sag__fejl("%ld af %ld sager afvist", afvist, nr);
    return afvist ? SAG_EXIT_AFVIST : SAG_EXIT_OK;
}

int
sag__cmd_beregn(int argc, char **argv)
{
    const char *dir = NULL, *fil = NULL;
    int som_tekst = TEKST_JSON;
    bool med_spor = true, er_batch = false;
    int jobs = 1;
    struct sag_satser s;
    struct sag_buf ind, ud;
    struct sag_arena arena;
    struct sag_diag d;
    enum sag_status st;
    int rc;

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            hjaelp(stdout);
            return SAG_EXIT_OK;
        } else if (strcmp(argv[i], "--data") == 0 && i + 1 < argc) {
            dir = argv[++i];
        } else if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) {
            i++;
            if (strcmp(argv[i], "tekst") == 0)
                som_tekst = TEKST_BORGER;
            else if (strcmp(argv[i], "sagsbehandler") == 0)
                som_tekst = TEKST_SAGSBEHANDLER;
            else if (strcmp(argv[i], "json") != 0) {
                sag__fejl("ukendt format '%s' (json, tekst eller "
                          "sagsbehandler)",
                          argv[i]);
                return SAG_EXIT_BRUG;
            }
        } else if (strcmp(argv[i], "--uden-spor") == 0) {
            med_spor = false;
        } else if (strcmp(argv[i], "--batch") == 0) {
            er_batch = true;
        } else if (strcmp(argv[i], "--jobs") == 0 && i + 1 < argc) {
            char *slut;
            long n = strtol(argv[++i], &slut, 10);

            if (*argv[i] == '\0' || *slut != '\0' || n < 1 || n > JOBS_MAX) {
                sag__fejl("--jobs skal være et tal fra 1 til %d", JOBS_MAX);
                return SAG_EXIT_BRUG;
            }
            jobs = (int)n;
        } else if (fil == NULL && (argv[i][0] != '-' || argv[i][1] == '\0')) {
            fil = argv[i];
        } else {
            hjaelp(stderr);
            return SAG_EXIT_BRUG;
        }
    }
    if (fil == NULL || (er_batch && som_tekst) || (jobs > 1 && !er_batch)) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    sag_satser_init(&s);
    if (sag__indlaes_satser(sag__data_dir(dir), &s) != SAG_OK) {
        sag_satser_release(&s);
        return SAG_EXIT_FEJL;
    }
    if (er_batch) {
        rc = batch(&s, fil, med_spor, jobs);
        sag_satser_release(&s);
        return rc;
    }
    sag_buf_init(&ind, 16 * 1024 * 1024);
    sag_buf_init(&ud, 0);
    sag_arena_init(&arena, 0);
    rc = SAG_EXIT_OK;
    if (sag__laes_fil(fil, &ind) != SAG_OK) {
        sag__fejl("kan ikke læse %s", fil);
        rc = SAG_EXIT_FEJL;
        goto out;
    }
    st = en_sag(&s, ind.buf, ind.len, &arena, med_spor, som_tekst, &ud, &d);
    if (st != SAG_OK) {
        rc = sag__fejl_diag(st, &d);
        goto out;
    }
    if (!som_tekst)
        sag_buf_addc(&ud, '\n');
    if (fwrite(ud.buf, 1, ud.len, stdout) != ud.len || fflush(stdout) != 0)
        rc = SAG_EXIT_FEJL;
out:
    sag_arena_release(&arena);
    sag_buf_release(&ud);
    sag_buf_release(&ind);
    sag_satser_release(&s);
    return rc;
}
