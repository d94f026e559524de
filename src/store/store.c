/*
 * Case storage logic shared by every database adapter: replay a case from
 * its events, check a new event against the state (sag_tilstand_anvend),
 * append it to the case's hash chain, and keep the projections and tasks
 * in the same transaction. The adapter (sqlite.c) only moves rows.
 *
 * Hash chains (docs/hashkaede.md): every case has its own chain, hash(n) =
 * SHA-256("skadesag-haendelse/2", case, n, type, date, recorded, who, why,
 * payload, hash(n-1)), the first event chained to 64 zeros, so writers of
 * different cases never wait for each other. Changing, removing or
 * reordering an event breaks every later hash of its case. Anchors, a
 * chain of their own, record the heads of the cases changed since the
 * previous anchor, so a case's tail or a whole case cannot vanish
 * unnoticed once anchored.
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <fcntl.h>
#include <unistd.h>

#include <sodium.h>

#include "skadesag/buf.h"
#include "skadesag/frister.h"
#include "skadesag/sag_json.h"
#include "skadesag/sha256.h"

#include "store_int.h"

#include "../base/banned.h"
#include "../base/sag_assert.h"

void
sag__systemur(void *ctx, char ud[SAG_TID_LEN])
{
    struct timespec ts;
    int64_t sek, dag, rest;
    struct sag_dato d;
    int y, m, dd;

    (void)ctx;
    (void)clock_gettime(CLOCK_REALTIME, &ts);
    sek = (int64_t)ts.tv_sec;
    dag = sek / 86400;
    rest = sek % 86400;
    if (rest < 0) {
        rest += 86400;
        dag--;
    }
    d.dage = (int32_t)dag;
    sag_dato_ymd(d, &y, &m, &dd);
    (void)snprintf(ud, SAG_TID_LEN, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, dd,
                   (int)(rest / 3600), (int)(rest / 60 % 60), (int)(rest % 60));
}

enum sag_status
sag_store_aabn(const char *url, unsigned flag, struct sag_store **ud,
               struct sag_diag *d)
{
    if (url == NULL || url[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/db",
                            "mangler: hvilken database (sqlite:STI)");
    if ((flag & ~(SAG_STORE_OPRET | SAG_STORE_SKRIVEBESKYTTET)) != 0)
        return sag_diag_set(d, SAG_EINVAL, "", "ukendte flag: %#x",
                            flag &
                                ~(SAG_STORE_OPRET | SAG_STORE_SKRIVEBESKYTTET));
    if ((flag & SAG_STORE_OPRET) && (flag & SAG_STORE_SKRIVEBESKYTTET))
        return sag_diag_set(d, SAG_EINVAL, "/db",
                            "en skrivebeskyttet database kan ikke oprettes");
    if (strncmp(url, "sqlite:", 7) == 0) {
        /* "sqlite://…" is read differently by different tools (host or
         * path?); one spelling is accepted, with no guessing. */
        if (strncmp(url + 7, "//", 2) == 0)
            return sag_diag_set(d, SAG_EINVAL, "/db",
                                "skriv sqlite:STI, fx "
                                "sqlite:/var/lib/skadesag/sager.db");
        return sag__sqlite_aabn(url + 7, flag, ud, d);
    }
    if (strncmp(url, "postgresql://", 13) == 0 ||
        strncmp(url, "postgres://", 11) == 0) {
        enum sag_status st = sag__pg_aabn(url, flag, ud, d);

        /* PostgreSQL migrates on open as before (a role that may not write
         * fails there if a migration is due); after that the handle
         * refuses every write transaction. */
        if (st == SAG_OK && (flag & SAG_STORE_SKRIVEBESKYTTET))
            (*ud)->skrivebeskyttet = true;
        return st;
    }
    return sag_diag_set(d, SAG_EINVAL, "/db",
                        "ukendt databasetype; brug sqlite:STI eller "
                        "postgresql://…");
}

void
sag_store_luk(struct sag_store *s)
{
    if (s != NULL) {
        sag_noeglering_frigiv(s->noegler);
        s->noegler = NULL;
        s->ops->luk(s);
    }
}

size_t
sag__migration_nr(const char *sql)
{
    static const char forst[] = "-- Migration ";
    size_t n = 0;

    if (strncmp(sql, forst, sizeof(forst) - 1) != 0)
        return 0;
    for (sql += sizeof(forst) - 1; *sql >= '0' && *sql <= '9' && n < 100000;
         sql++)
        n = n * 10 + (size_t)(*sql - '0');
    return n;
}

/* The key ring, read from the key file (noegle.h) the first time a write,
 * verification or migration needs it. */
static enum sag_status
noegler(struct sag_store *s, struct sag_diag *d)
{
    char sti[4096];
    enum sag_status st;

    if (s->noegler != NULL)
        return SAG_OK;
    if ((st = sag_noeglering_sti(NULL, sti, sizeof(sti), d)) != SAG_OK)
        return st;
    return sag_noeglering_laes(sti, &s->noegler, d);
}

/* The key that new events and anchors are chained with. */
static enum sag_status
aktuel_noegle(struct sag_store *s, const struct sag_noegle **k,
              struct sag_diag *d)
{
    enum sag_status st = noegler(s, d);

    if (st == SAG_OK)
        *k = sag_noeglering_aktuel(s->noegler);
    return st;
}

enum sag_status
sag_store_noeglering(struct sag_store *s, const struct sag_noeglering **ud,
                     struct sag_diag *d)
{
    enum sag_status st = noegler(s, d);

    if (st == SAG_OK)
        *ud = s->noegler;
    return st;
}

void
sag_store_saet_ur(struct sag_store *s,
                  void (*ur)(void *ctx, char ud[SAG_TID_LEN]), void *ctx)
{
    s->ur = ur ? ur : sag__systemur;
    s->ur_ctx = ctx;
}

void
sag_store_tillad_historik(struct sag_store *s, bool ja)
{
    s->historik = ja;
}

static enum sag_status forankr(struct sag_store *s, struct sag_anker *ud,
                               struct sag_diag *d);

enum sag_status
sag_store_begynd(struct sag_store *s, struct sag_diag *d)
{
    enum sag_status st = SAG_OK;

    /* Nothing is written through a read-only handle. A read of a case,
     * which must be logged, is refused with it: case data is shown only
     * when its read is in the log (docs/sikkerhed.md). */
    if (s->skrivebeskyttet)
        return sag_diag_set(d, SAG_EDENIED, "/db",
                            "databasen er åbnet skrivebeskyttet: intet kan "
                            "gemmes, og en sag vises ikke, for læsningen kan "
                            "ikke logges");
    if (s->transaktioner == 0) {
        s->forbigaaende = false;
        st = s->ops->begynd(s, d);
        s->skrevet = 0;
    }
    if (st == SAG_OK)
        s->transaktioner++;
    return st;
}

enum sag_status
sag_store_begynd_laes(struct sag_store *s, struct sag_diag *d)
{
    enum sag_status st = SAG_OK;

    /* Inside a write transaction the reads are already one snapshot. */
    if (s->transaktioner == 0 && s->ops->begynd_laes != NULL) {
        st = s->ops->begynd_laes(s, d);
        s->skrevet = 0;
    }
    if (st == SAG_OK)
        s->transaktioner++;
    return st;
}

/* Before the outermost commit of a transaction that appended events: an
 * anchor if enough events are unanchored (ankerinterval). It is part of
 * the same transaction, so it commits with the events or not at all. */
static enum sag_status
forankr_automatisk(struct sag_store *s, struct sag_diag *d)
{
    struct sag_anker a;
    long long uforankrede = 0;
    enum sag_status st;

    if (s->skrevet == 0 || s->ankerinterval <= 0)
        return SAG_OK;
    st = s->ops->seneste_anker(s, &a, &uforankrede, d);
    if (st != SAG_OK || uforankrede < s->ankerinterval)
        return st;
    return forankr(s, &a, d);
}

/* Nested calls join the outermost transaction. An inner rollback cannot
 * undo only its own part, so it marks the whole transaction as failed: the
 * outermost commit then rolls everything back and reports it, and nothing
 * of a failed unit is ever committed. */
enum sag_status
sag_store_bekraeft(struct sag_store *s, struct sag_diag *d)
{
    enum sag_status st = SAG_OK;

    if (s->transaktioner == 0)
        return SAG_OK;
    if (s->transaktioner == 1) {
        if (s->afbrudt)
            st = sag_diag_set(d, SAG_ECONFLICT, "",
                              "transaktionen blev afbrudt af en fejl; "
                              "intet er gemt");
        else if ((st = forankr_automatisk(s, d)) == SAG_OK)
            st = s->ops->bekraeft(s, d);
        if (st != SAG_OK)
            s->ops->fortryd(s);
        s->afbrudt = false;
        s->skrevet = 0;
    }
    s->transaktioner--;
    return st;
}

void
sag_store_fortryd(struct sag_store *s)
{
    if (s->transaktioner == 1) {
        s->ops->fortryd(s);
        s->afbrudt = false;
        s->skrevet = 0;
    } else if (s->transaktioner > 1) {
        s->afbrudt = true;
    }
    if (s->transaktioner > 0)
        s->transaktioner--;
}

bool
sag_store_igen(struct sag_store *s, enum sag_status st, int *forsoeg,
               struct sag_diag *d)
{
    struct timespec t;
    uint64_t x;
    long graense_us;

    if (st != SAG_ECONFLICT || !s->forbigaaende || s->transaktioner != 0 ||
        *forsoeg + 1 >= SAG_STORE_FORSOEG)
        return false;
    /* A pause drawn from [0, 2^n ms) for the n-th run, at most 256 ms:
     * the clock's nanoseconds and the process mixed (splitmix64), no
     * shared state between threads. */
    (*forsoeg)++;
    graense_us = 1000L << (*forsoeg < 8 ? *forsoeg : 8);
    (void)clock_gettime(CLOCK_MONOTONIC, &t);
    x = (uint64_t)t.tv_nsec ^ ((uint64_t)t.tv_sec << 32) ^
        ((uint64_t)getpid() << 16) ^ (uint64_t)(uintptr_t)forsoeg;
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    x ^= x >> 31;
    t.tv_sec = 0;
    t.tv_nsec = (long)(x % (uint64_t)graense_us) * 1000L;
    (void)nanosleep(&t, NULL);
    s->forbigaaende = false;
    sag_diag_init(d);
    return true;
}

/* A chain hash: plain SHA-256 (hash versions before the key) or
 * HMAC-SHA-256 with a key from the key file (libsodium). */
struct hasher {
    bool noegle;
    struct sag_sha256 c;
    crypto_auth_hmacsha256_state h;
};

static void
hash_start(struct hasher *x, const struct sag_noegle *k)
{
    x->noegle = k != NULL;
    if (k != NULL)
        (void)crypto_auth_hmacsha256_init(&x->h, k->mac, sizeof(k->mac));
    else
        sag_sha256_init(&x->c);
}

static void
hash_data(struct hasher *x, const void *p, size_t n)
{
    if (x->noegle)
        (void)crypto_auth_hmacsha256_update(&x->h, p, (unsigned long long)n);
    else
        sag_sha256_update(&x->c, p, n);
}

/* Feed `n` as decimal text and a newline: numbers are never ambiguous
 * with the NUL-terminated strings around them. */
static void
hash_tal(struct hasher *c, long long n)
{
    char tal[24];
    int k = snprintf(tal, sizeof(tal), "%lld\n", n);

    hash_data(c, tal, (size_t)k);
}

/* Feed a string with its terminating NUL. */
static void
hash_tekst(struct hasher *c, const char *t)
{
    hash_data(c, t, strlen(t) + 1);
}

static void
hash_slut(struct hasher *c, char ud[65])
{
    unsigned char digest[32];

    if (c->noegle) {
        (void)crypto_auth_hmacsha256_final(&c->h, digest);
        sodium_memzero(&c->h, sizeof(c->h));
    } else {
        sag_sha256_final(&c->c, digest);
    }
    sag_sha256_hex(digest, ud);
}

void
sag__haendelse_hash_v1(long long seq, const char *sag_id,
                       const struct sag_haendelse_post *p, const char *forrige,
                       char ud[65])
{
    struct hasher c;
    char tal[48];
    int n;

    hash_start(&c, NULL);
    n = snprintf(tal, sizeof(tal), "%lld\n%d\n", seq, p->nr);
    hash_data(&c, tal, (size_t)n);
    hash_tekst(&c, sag_id);
    hash_tekst(&c, p->type);
    hash_tekst(&c, p->dato);
    hash_tekst(&c, p->registreret);
    hash_tekst(&c, p->bruger);
    hash_tekst(&c, p->begrundelse);
    hash_tekst(&c, p->data);
    hash_tekst(&c, forrige);
    hash_slut(&c, ud);
}

/* The hash of one event in its case's chain: with key `k`, HMAC-SHA-256
 * (SAG__HASH_NOEGLE, tag "skadesag-haendelse/3" and the key's number);
 * without, the unkeyed SHA-256 of schema 5-11 (SAG__HASH_SAG), kept to
 * verify a database before migration 12 re-hashes it. The version tag
 * first, so the two can never take the same input; no global sequence
 * number, so no writer waits for another case. */
static void
haendelse_hash(const struct sag_noegle *k, const char *sag_id,
               const struct sag_haendelse_post *p, const char *forrige,
               char ud[65])
{
    struct hasher c;

    hash_start(&c, k);
    if (k != NULL) {
        hash_tekst(&c, "skadesag-haendelse/3");
        hash_tal(&c, k->nr);
    } else {
        hash_tekst(&c, "skadesag-haendelse/2");
    }
    hash_tekst(&c, sag_id);
    hash_tal(&c, p->nr);
    hash_tekst(&c, p->type);
    hash_tekst(&c, p->dato);
    hash_tekst(&c, p->registreret);
    hash_tekst(&c, p->bruger);
    hash_tekst(&c, p->begrundelse);
    hash_tekst(&c, p->data);
    hash_tekst(&c, forrige);
    hash_slut(&c, ud);
}

/* The hash of one read-log row in its case's read chain (docs/hashkaede.md,
 * "The read log"): HMAC-SHA-256 with key `k` over the tag, the key's
 * number, the case, who read it in which role, why and when, and the hash
 * of the case's previous row. No sequence number: rows of different cases
 * never wait for each other, and a copy (sag_store_kopier) keeps its
 * hashes. */
static void
laesning_hash(const struct sag_noegle *k, const char *sag_id,
              const char *bruger, const char *rolle, const char *grund,
              const char *tid, const char *forrige, char ud[65])
{
    struct hasher c;

    SAG_ASSERT(k != NULL);
    hash_start(&c, k);
    hash_tekst(&c, SAG__LAESNING_MAERKE);
    hash_tal(&c, k->nr);
    hash_tekst(&c, sag_id);
    hash_tekst(&c, bruger);
    hash_tekst(&c, rolle);
    hash_tekst(&c, grund);
    hash_tekst(&c, tid);
    hash_tekst(&c, forrige);
    hash_slut(&c, ud);
}

/* Append a read of case `sag_id` to the read log, chained to the case's
 * previous row with the current key, inside the caller's write
 * transaction. A read that cannot be logged (no key file, a read-only
 * database) fails, and the caller shows nothing (docs/sikkerhed.md). */
static enum sag_status
log_laesning(struct sag_store *s, const char *sag_id,
             const struct sag_hvem *hvem, const char *grund, struct sag_diag *d)
{
    const struct sag_noegle *k;
    const char *rolle = hvem->rolle != NULL ? hvem->rolle : "";
    char tid[SAG_TID_LEN], forrige[65], hash[65];
    enum sag_status st;

    SAG_ASSERT(s->transaktioner > 0);
    if ((st = aktuel_noegle(s, &k, d)) != SAG_OK ||
        (st = s->ops->laesning_forrige(s, sag_id, forrige, d)) != SAG_OK)
        return st;
    s->ur(s->ur_ctx, tid);
    laesning_hash(k, sag_id, hvem->bruger, rolle, grund, tid, forrige, hash);
    st = s->ops->laesning(s, sag_id, hvem, grund, tid, k->nr, hash, d);
    /* Counted as written, so that the CLI writes a signed checkpoint after
     * a read too: the checkpoint's count is what catches a cut tail of the
     * read log. */
    if (st == SAG_OK)
        s->skrevet_i_alt++;
    return st;
}

static int
efter_sag_id(const void *a, const void *b)
{
    const struct sag__hoved *x = a, *y = b;

    return strcmp(x->sag_id, y->sag_id);
}

/* The hash of an anchor (SAG__ANKER_HASH) over its heads sorted by case id
 * (byte order, so the database's collation does not matter). */
static void
anker_hash(const struct sag_noegle *k, const struct sag__anker_post *a,
           struct sag__hoved *h, size_t n, const char *forrige, char ud[65])
{
    struct hasher c;

    qsort(h, n, sizeof(*h), efter_sag_id);
    hash_start(&c, k);
    if (k != NULL) {
        hash_tekst(&c, "skadesag-anker/2");
        hash_tal(&c, k->nr);
    } else {
        hash_tekst(&c, "skadesag-anker/1");
    }
    hash_tal(&c, a->nr);
    hash_tekst(&c, a->registreret);
    hash_tal(&c, (long long)n);
    for (size_t i = 0; i < n; i++) {
        hash_tekst(&c, h[i].sag_id);
        hash_tal(&c, h[i].nr);
        hash_tekst(&c, h[i].hash);
    }
    hash_tekst(&c, forrige);
    hash_slut(&c, ud);
}

static void
afgoerelse_hash(const struct sag_afgoerelse_post *p, char ud[65])
{
    struct sag_sha256 c;
    unsigned char digest[32];
    const char *dele[] = { p->id,
                           p->sag_id,
                           p->fase,
                           p->dato,
                           p->input,
                           p->resultat,
                           p->satser_checksum,
                           p->motor_version,
                           p->registreret,
                           NULL };

    sag_sha256_init(&c);
    for (int i = 0; dele[i] != NULL; i++)
        sag_sha256_update(&c, dele[i], strlen(dele[i]) + 1);
    sag_sha256_final(&c, digest);
    sag_sha256_hex(digest, ud);
}

/* Replay a case's events into its state. */
static enum sag_status
genopbyg(struct sag_store *s, const char *sag_id, struct sag_arena *a,
         struct sag_tilstand *t, struct sag_haendelse_post **rows,
         size_t *antal, struct sag_diag *d)
{
    struct sag_haendelse_post *p;
    size_t n;
    enum sag_status st;

    st = s->ops->haendelser(s, sag_id, a, &p, &n, d);
    if (st != SAG_OK)
        return st;
    memset(t, 0, sizeof(*t));
    (void)snprintf(t->id, sizeof(t->id), "%s", sag_id);
    for (size_t i = 0; i < n; i++) {
        struct sag_haendelse h;
        struct sag_diag d2;

        sag_diag_init(&d2);
        st = sag_haendelse_fra_dele(p[i].type, p[i].dato, p[i].bruger,
                                    p[i].begrundelse, p[i].data,
                                    strlen(p[i].data), a, &h, &d2);
        if (st == SAG_OK)
            st = sag_tilstand_anvend(t, &h, &d2);
        if (st == SAG_ENOMEM)
            return sag_diag_set(d, st, "", "ikke mere hukommelse");
        if (st != SAG_OK)
            return sag_diag_set(d, SAG_ECONFLICT, "",
                                "sag %s: hændelse %d kan ikke genafspilles: "
                                "%s %s",
                                sag_id, p[i].nr, d2.felt, d2.besked);
    }
    if (rows != NULL) {
        *rows = p;
        *antal = n;
    }
    return SAG_OK;
}

/* For the case list: the earliest task that is AES's to do, and whether
 * any task waits on others (an open request, an external party). */
static bool
oversigt(const struct sag_opgave *o, size_t n, char forfald[SAG_DATO_ISO_LEN])
{
    struct sag_dato min = { INT32_MAX };
    bool venter = false;

    forfald[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        venter = venter || o[i].venter_paa_andre;
        if (!o[i].venter_paa_andre && o[i].forfald.dage < min.dage)
            min = o[i].forfald;
    }
    if (min.dage != INT32_MAX)
        sag_dato_format_iso(min, forfald);
    return venter;
}

/* The case's report facts (src/sag/fakta.c). */
static enum sag_status
skriv_fakta(struct sag_store *s, const struct sag_tilstand *t,
            struct sag_diag *d)
{
    struct sag_kalender k = sag_kalender_standard();
    struct sag_fakta_frist fr[2];
    size_t n = sag_fakta_frister(t, &k, fr);

    return s->ops->fakta(s, t, fr, n, d);
}

/* The words of the case's parties' names, one row each (party number,
 * word): what the index of names keeps (migration 17) and `verificer`
 * expects. At most SAG__MAKS_NAVNEORD rows. */
static size_t
navneord_raekker(const struct sag_tilstand *t, int nr[SAG__MAKS_NAVNEORD],
                 char ord[SAG__MAKS_NAVNEORD][SAG_NAVNEORD_MAX])
{
    size_t n = 0;

    for (size_t i = 0; i < t->antal_parter && n < SAG__MAKS_NAVNEORD; i++) {
        size_t k =
            sag_navneord(t->parter[i].navn, ord + n, SAG__MAKS_NAVNEORD - n);

        for (size_t j = 0; j < k; j++)
            nr[n + j] = (int)i + 1;
        n += k;
    }
    return n;
}

void
sag__navneord_til(const char *ord, char *ud, size_t n)
{
    (void)snprintf(ud, n, "%s\xF4\x8F\xBF\xBF", ord);
}

/* The case's rows in the index of party names. */
static enum sag_status
skriv_parter(struct sag_store *s, const struct sag_tilstand *t,
             struct sag_diag *d)
{
    int nr[SAG__MAKS_NAVNEORD];
    char ord[SAG__MAKS_NAVNEORD][SAG_NAVNEORD_MAX];
    size_t n = navneord_raekker(t, nr, ord);

    return s->ops->parter(s, t->id, nr, (const char(*)[SAG_NAVNEORD_MAX])ord, n,
                          d);
}

/* All projections of a case from its state: the case row, its tasks and
 * its report facts. `ny`: the case row is inserted (before its first
 * event, which refers to it). */
static enum sag_status
projicer(struct sag_store *s, const struct sag_tilstand *t, bool ny,
         struct sag_diag *d)
{
    struct sag_kalender k = sag_kalender_standard();
    struct sag_opgave o[SAG_MAKS_OPGAVER];
    char forfald[SAG_DATO_ISO_LEN];
    size_t n = sag_opgaver(t, &k, o, SAG_MAKS_OPGAVER);
    enum sag_status st;

    bool venter = oversigt(o, n, forfald);

    st = s->ops->projektion(s, t, ny, sag_fristregime_navn(sag_fristregime(t)),
                            forfald[0] ? forfald : NULL, venter, o, n, d);
    if (st == SAG_OK)
        st = skriv_fakta(s, t, d);
    /* A case gets parties, never loses one: without any it has no rows. */
    return st == SAG_OK && t->antal_parter > 0 ? skriv_parter(s, t, d) : st;
}

/* Two decimal digits at `s` making a number from 0 to `maks`. */
static bool
to_cifre(const char *s, int maks)
{
    return s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' &&
           (s[0] - '0') * 10 + (s[1] - '0') <= maks;
}

/* A recording time given with an event or a decision record: only in
 * history mode, and then of the form "2024-12-31T23:59:59Z". NULL or ""
 * means the store's clock. */
static enum sag_status
tjek_registreret(const struct sag_store *s, const char *tid, struct sag_diag *d)
{
    struct sag_dato dato;

    if (tid == NULL || tid[0] == '\0')
        return SAG_OK;
    if (!s->historik)
        return sag_diag_set(d, SAG_EDENIED, "/registreret",
                            "registreringstidspunktet sættes af lagerets ur; "
                            "et givet tidspunkt kræver historiktilstand "
                            "(import)");
    if (strlen(tid) != SAG_TID_LEN - 1 ||
        sag_dato_parse_iso(tid, 10, &dato) != SAG_OK || tid[10] != 'T' ||
        !to_cifre(tid + 11, 23) || tid[13] != ':' || !to_cifre(tid + 14, 59) ||
        tid[16] != ':' || !to_cifre(tid + 17, 59) || tid[19] != 'Z')
        return sag_diag_set(d, SAG_EINVAL, "/registreret",
                            "skal have formen 2024-12-31T23:59:59Z");
    return SAG_OK;
}

/* Append `h` to case `sag_id` (state `t` already updated by the caller's
 * successful sag_tilstand_anvend) after the case's event with hash
 * `forrige`, refresh the projections, and write the new event's hash to
 * `hash`. The recording time was checked by tjek_registreret. */
static enum sag_status
skriv(struct sag_store *s, const char *sag_id, const struct sag_haendelse *h,
      const struct sag_tilstand *t, bool ny, bool med_projektion,
      const char *forrige, char hash[65], struct sag_diag *d)
{
    struct sag_buf data;
    struct sag_haendelse_post p;
    char ny_hash[65], dato[SAG_DATO_ISO_LEN], tid[SAG_TID_LEN];
    const struct sag_noegle *k;
    enum sag_status st = SAG_OK;

    if ((st = aktuel_noegle(s, &k, d)) != SAG_OK)
        return st;
    sag_buf_init(&data, 0);
    sag_haendelse_data_json(h, &data);
    if (sag_buf_status(&data) != SAG_OK) {
        sag_buf_release(&data);
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    }
    sag_dato_format_iso(h->dato, dato);
    if (h->registreret != NULL && h->registreret[0] != '\0')
        memcpy(tid, h->registreret, SAG_TID_LEN);
    else
        s->ur(s->ur_ctx, tid);
    memset(&p, 0, sizeof(p));
    p.nr = (int)t->antal_haendelser;
    p.type = sag_haendelsestype_navn(h->type);
    p.dato = dato;
    p.registreret = tid;
    p.bruger = h->bruger;
    p.begrundelse = h->begrundelse;
    p.data = data.buf;
    p.hashversion = SAG__HASH_NOEGLE;
    p.noegle = k->nr;
    haendelse_hash(k, sag_id, &p, forrige, ny_hash);
    p.hash = ny_hash;

    /* Several events appended together get their projections once, after
     * the last (`med_projektion`). */
    if (ny && med_projektion)
        st = projicer(s, t, true, d);
    if (st == SAG_OK)
        st = s->ops->indsaet(s, sag_id, &p, forrige, d);
    if (st == SAG_OK && !ny && med_projektion)
        st = projicer(s, t, false, d);
    sag_buf_release(&data);
    if (st == SAG_OK) {
        memcpy(hash, ny_hash, sizeof(ny_hash));
        s->skrevet++;
        s->skrevet_i_alt++;
    }
    return st;
}

/* Rebuild every case's projections from the event log, in transactions of
 * 2.000 cases. Used after a migration that adds a projection, and by
 * 'skadesag sag genopbyg'. */
struct id_liste {
    struct sag_arena *a;
    char **id;
    size_t n, plads;
    bool fejl;
};

static int
saml_id(void *ctx, const char *id)
{
    struct id_liste *l = ctx;

    if (l->n == l->plads) {
        size_t ny = l->plads ? 2 * l->plads : 1024;
        char **p = sag_arena_alloc(l->a, ny * sizeof(*p));

        if (p == NULL) {
            l->fejl = true;
            return 1;
        }
        if (l->n)
            memcpy(p, l->id, l->n * sizeof(*p));
        l->id = p;
        l->plads = ny;
    }
    if ((l->id[l->n] = sag_arena_strdup(l->a, id)) == NULL) {
        l->fejl = true;
        return 1;
    }
    l->n++;
    return 0;
}

enum sag_status
sag_store_genopbyg_projektioner(struct sag_store *s, size_t *antal,
                                struct sag_diag *d)
{
    struct sag_arena a;
    struct id_liste l;
    enum sag_status st;

    sag_arena_init(&a, 0);
    memset(&l, 0, sizeof(l));
    l.a = &a;
    st = s->ops->sag_ider(s, saml_id, &l, d);
    if (st == SAG_OK && l.fejl)
        st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    for (size_t i = 0; st == SAG_OK && i < l.n; i++) {
        struct sag_arena b;
        struct sag_tilstand t;

        if (i % 2000 == 0 && (st = sag_store_begynd(s, d)) != SAG_OK)
            break;
        sag_arena_init(&b, 0);
        st = genopbyg(s, l.id[i], &b, &t, NULL, NULL, d);
        if (st == SAG_OK)
            st = projicer(s, &t, false, d);
        sag_arena_release(&b);
        if (st != SAG_OK) {
            sag_store_fortryd(s);
            break;
        }
        if ((i % 2000 == 1999 || i + 1 == l.n) &&
            (st = sag_store_bekraeft(s, d)) != SAG_OK)
            break;
    }
    if (st == SAG_OK && antal)
        *antal = l.n;
    sag_arena_release(&a);
    return st;
}

const char *
sag__pf_team(struct sag__pf_strenge *c, const char *t)
{
    char *ny;

    if (t == NULL)
        return NULL;
    for (size_t i = 0; i < c->antal_teams; i++)
        if (strcmp(c->teams[i], t) == 0)
            return c->teams[i];
    if (c->antal_teams == c->plads_teams) {
        size_t n = c->plads_teams ? 2 * c->plads_teams : 64;
        const char **t2 = sag_arena_alloc(c->a, n * sizeof(*t2));

        if (t2 == NULL)
            return NULL;
        if (c->antal_teams > 0)
            memcpy(t2, c->teams, c->antal_teams * sizeof(*t2));
        c->teams = t2;
        c->plads_teams = n;
    }
    if ((ny = sag_arena_strdup(c->a, t)) != NULL)
        c->teams[c->antal_teams++] = ny;
    return ny;
}

const char *
sag__pf_id(struct sag__pf_strenge *c, const char *t)
{
    if (t == NULL)
        return NULL;
    if (c->sidste_id == NULL || strcmp(c->sidste_id, t) != 0)
        c->sidste_id = sag_arena_strdup(c->a, t);
    return c->sidste_id;
}

enum sag_status
sag_store_portefolje(struct sag_store *s, struct sag_arena *a,
                     struct sag_pf_data *ud, struct sag_diag *d)
{
    return s->ops->portefolje(s, a, ud, d);
}

/* ---- the quality sample ---- */

struct kandidat {
    unsigned long long noegle;
    const char *id, *sag_id, *type, *dato;
};

struct kandidater {
    struct sag_arena *a;
    struct kandidat *k;
    size_t n, plads;
    unsigned long long seed;
    bool fejl;
};

/* The sampling key: the first 8 bytes of SHA-256("<seed>\n<id>"), so the
 * sample depends only on the seed and the decisions, not on their order. */
static unsigned long long
noegle(unsigned long long seed, const char *id)
{
    struct sag_sha256 c;
    unsigned char h[32];
    char s[32];
    int n = snprintf(s, sizeof(s), "%llu\n", seed);
    unsigned long long k = 0;

    sag_sha256_init(&c);
    sag_sha256_update(&c, s, (size_t)n);
    sag_sha256_update(&c, id, strlen(id));
    sag_sha256_final(&c, h);
    for (int i = 0; i < 8; i++)
        k = k << 8 | h[i];
    return k;
}

static int
saml_kandidat(void *ctx, const char *id, const char *sag_id, const char *type,
              const char *dato)
{
    struct kandidater *k = ctx;

    if (k->n == k->plads) {
        size_t ny = k->plads ? 2 * k->plads : 1024;
        struct kandidat *p = sag_arena_alloc(k->a, ny * sizeof(*p));

        if (p == NULL) {
            k->fejl = true;
            return 1;
        }
        if (k->n)
            memcpy(p, k->k, k->n * sizeof(*p));
        k->k = p;
        k->plads = ny;
    }
    k->k[k->n].id = sag_arena_strdup(k->a, id);
    k->k[k->n].sag_id = sag_arena_strdup(k->a, sag_id);
    k->k[k->n].type = sag_arena_strdup(k->a, type);
    k->k[k->n].dato = sag_arena_strdup(k->a, dato);
    if (!k->k[k->n].id || !k->k[k->n].sag_id || !k->k[k->n].type ||
        !k->k[k->n].dato) {
        k->fejl = true;
        return 1;
    }
    k->k[k->n].noegle = noegle(k->seed, id);
    k->n++;
    return 0;
}

static int
efter_noegle(const void *a, const void *b)
{
    const struct kandidat *x = a, *y = b;

    if (x->noegle != y->noegle)
        return x->noegle < y->noegle ? -1 : 1;
    return strcmp(x->id, y->id);
}

enum sag_status
sag_store_kvalitet_udtraek(struct sag_store *s, struct sag_dato fra,
                           struct sag_dato til, unsigned long long seed,
                           int promille, size_t *udtrukket, size_t *i_alt,
                           struct sag_diag *d)
{
    struct sag_arena a;
    struct kandidater k;
    char f[SAG_DATO_ISO_LEN], t[SAG_DATO_ISO_LEN], tid[SAG_TID_LEN];
    size_t antal, nye = 0;
    enum sag_status st;

    if (til.dage < fra.dage)
        return sag_diag_set(d, SAG_EINVAL, "/til",
                            "perioden slutter før den begynder");
    if (promille < 1 || promille > 1000)
        return sag_diag_set(d, SAG_EINVAL, "/andel",
                            "skal være mellem 0,1 og 100 %%");
    sag_dato_format_iso(fra, f);
    sag_dato_format_iso(til, t);
    sag_arena_init(&a, 0);
    memset(&k, 0, sizeof(k));
    k.a = &a;
    k.seed = seed;
    st = s->ops->afgoerelser_i_periode(s, f, t, saml_kandidat, &k, d);
    if (st == SAG_OK && k.fejl)
        st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    if (st != SAG_OK) {
        sag_arena_release(&a);
        return st;
    }
    qsort(k.k, k.n, sizeof(k.k[0]), efter_noegle);
    /* 2 % of the decisions, rounded up (reports 000:L488-490). */
    antal = (k.n * (size_t)promille + 999) / 1000;
    s->ur(s->ur_ctx, tid);
    if ((st = sag_store_begynd(s, d)) == SAG_OK) {
        for (size_t i = 0; st == SAG_OK && i < antal; i++) {
            bool ny = false;

            st = s->ops->stikproeve(s, k.k[i].id, k.k[i].sag_id, k.k[i].type,
                                    k.k[i].dato, f, t, (long long)seed, tid,
                                    &ny, d);
            nye += ny;
        }
        if (st == SAG_OK)
            st = sag_store_bekraeft(s, d);
        else
            sag_store_fortryd(s);
    }
    if (st == SAG_OK) {
        *udtrukket = nye;
        *i_alt = k.n;
    }
    sag_arena_release(&a);
    return st;
}

enum sag_status
sag_store_kvalitet_vurder(struct sag_store *s, const char *afgoerelse_id,
                          bool korrekt, const struct sag_hvem *hvem,
                          const char *begrundelse, struct sag_diag *d)
{
    char tid[SAG_TID_LEN];

    if (afgoerelse_id == NULL || afgoerelse_id[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/afgoerelse_id", "mangler");
    if (hvem == NULL || hvem->bruger == NULL || hvem->bruger[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/bruger",
                            "mangler: hvem vurderer");
    if (begrundelse == NULL || begrundelse[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/begrundelse",
                            "mangler: hvorfor");
    s->ur(s->ur_ctx, tid);
    return s->ops->vurdering(s, afgoerelse_id, korrekt, hvem->bruger,
                             begrundelse, tid, d);
}

enum sag_status
sag_store_kvalitet(struct sag_store *s, struct sag_dato fra,
                   struct sag_dato til, struct sag_pf_kvalitet *ud,
                   struct sag_diag *d)
{
    char f[SAG_DATO_ISO_LEN], t[SAG_DATO_ISO_LEN];

    memset(ud, 0, sizeof(*ud));
    ud->fra = fra;
    ud->til = til;
    sag_dato_format_iso(fra, f);
    sag_dato_format_iso(til, t);
    return s->ops->kvalitet(s, f, t, ud, d);
}

enum sag_status
sag_store_kvalitet_liste(struct sag_store *s, struct sag_dato fra,
                         struct sag_dato til,
                         int (*cb)(void *ctx,
                                   const struct sag_kvalitet_post *p),
                         void *ctx, struct sag_diag *d)
{
    char f[SAG_DATO_ISO_LEN], t[SAG_DATO_ISO_LEN];

    sag_dato_format_iso(fra, f);
    sag_dato_format_iso(til, t);
    return s->ops->kvalitet_liste(s, f, t, cb, ctx, d);
}

enum sag_status
sag_store_alle_afgoerelser(struct sag_store *s, const char *fase,
                           int (*cb)(void *ctx,
                                     const struct sag_afgoerelse_post *p),
                           void *ctx, struct sag_diag *d)
{
    return s->ops->alle_afgoerelser(s, fase, cb, ctx, d);
}

/* Migration 17's step: the index of party names for the cases that had
 * parties before it (those with a part_tilfoejet event), from their
 * events. Inside the migration's transaction. */
enum sag_status
sag__store_parter_indeks(struct sag_store *s, struct sag_diag *d)
{
    struct sag_arena a;
    struct id_liste l;
    enum sag_status st;

    sag_arena_init(&a, 0);
    memset(&l, 0, sizeof(l));
    l.a = &a;
    st = s->ops->sager_med_parter(s, saml_id, &l, d);
    if (st == SAG_OK && l.fejl)
        st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    for (size_t i = 0; st == SAG_OK && i < l.n; i++) {
        struct sag_arena b;
        struct sag_tilstand t;

        sag_arena_init(&b, 0);
        st = genopbyg(s, l.id[i], &b, &t, NULL, NULL, d);
        if (st == SAG_OK)
            st = skriv_parter(s, &t, d);
        sag_arena_release(&b);
    }
    sag_arena_release(&a);
    return st;
}

enum sag_status
sag__store_efter_aabning(struct sag_store *s, struct sag_diag *d)
{
    long long flag = 0;
    enum sag_status st =
        s->ops->meta_hent(s, "genopbyg_projektioner", &flag, d);

    if (st != SAG_OK || flag == 0)
        return st;
    if ((st = sag_store_genopbyg_projektioner(s, NULL, d)) != SAG_OK)
        return st;
    return s->ops->meta_saet(s, "genopbyg_projektioner", 0, d);
}

enum sag_status
sag_store_opret(struct sag_store *s, const struct sag_haendelse *h,
                char id[SAG_ID_MAX], struct sag_diag *d)
{
    struct sag_tilstand t;
    char navn[32], hash[65];
    long long nr;
    /* The case number's year is the year the case was received (issue 10,
     * item 5), whatever path creates it. */
    int aar = sag_dato_aar(h->ny.har_modtaget_dato ? h->ny.modtaget_dato
                                                   : h->ny.anmeldelsesdato);
    enum sag_status st;

    if (h->type != SAG_H_OPRETTET)
        return sag_diag_set(d, SAG_EINVAL, "/type",
                            "en ny sag begynder med hændelsen oprettet");
    if ((st = tjek_registreret(s, h->registreret, d)) != SAG_OK)
        return st;
    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        return st;
    memset(&t, 0, sizeof(t));
    if (id[0] != '\0') {
        struct sag_tilstand findes;
        struct sag_diag d2;

        if (strlen(id) >= SAG_ID_MAX) {
            st = sag_diag_set(d, SAG_EINVAL, "/id", "for langt sagsnummer");
            goto fejl;
        }
        if (sag_store_tilstand(s, id, &findes, &d2) == SAG_OK) {
            st = sag_diag_set(d, SAG_ECONFLICT, "/id", "sagen findes allerede");
            goto fejl;
        }
        (void)snprintf(t.id, sizeof(t.id), "%s", id);
        /* An imported case number of this store's own form moves the
         * year's counter past it, so new cases do not collide with it. */
        {
            int a;
            long long n, nu = 0;
            char hale;

            if (sscanf(id, "AES-%4d-%6lld%c", &a, &n, &hale) == 2) {
                (void)snprintf(navn, sizeof(navn), "sag-%04d", a);
                if ((st = s->ops->meta_hent(s, navn, &nu, d)) != SAG_OK ||
                    (n > nu &&
                     (st = s->ops->meta_saet(s, navn, n, d)) != SAG_OK))
                    goto fejl;
            }
        }
    } else {
        (void)snprintf(navn, sizeof(navn), "sag-%04d", aar);
        if ((st = s->ops->taeller(s, navn, &nr, d)) != SAG_OK)
            goto fejl;
        (void)snprintf(t.id, sizeof(t.id), "AES-%04d-%06lld", aar, nr);
    }
    if ((st = sag_tilstand_anvend(&t, h, d)) != SAG_OK ||
        (st = skriv(s, t.id, h, &t, true, true, SAG__NUL_HASH, hash, d)) !=
            SAG_OK)
        goto fejl;
    if ((st = sag_store_bekraeft(s, d)) != SAG_OK)
        return st;
    memcpy(id, t.id, SAG_ID_MAX);
    return SAG_OK;
fejl:
    sag_store_fortryd(s);
    return st;
}

enum sag_status
sag_store_tilstand(struct sag_store *s, const char *sag_id,
                   struct sag_tilstand *t, struct sag_diag *d)
{
    struct sag_arena a;
    enum sag_status st;

    sag_arena_init(&a, 0);
    st = genopbyg(s, sag_id, &a, t, NULL, NULL, d);
    sag_arena_release(&a);
    return st;
}

enum sag_status
sag_store_tilfoej(struct sag_store *s, const char *sag_id,
                  const struct sag_haendelse *h, struct sag_diag *d)
{
    return sag_store_tilfoej_flere(s, sag_id, h, 1, d);
}

enum sag_status
sag_store_tilfoej_flere(struct sag_store *s, const char *sag_id,
                        const struct sag_haendelse *h, size_t n,
                        struct sag_diag *d)
{
    struct sag_tilstand t;
    struct sag_arena a;
    struct sag_haendelse_post *rows = NULL;
    size_t antal = 0;
    char forrige[65];
    enum sag_status st;

    if (n == 0)
        return SAG_OK;
    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        return st;
    sag_arena_init(&a, 0);
    if (s->ops->laas != NULL)
        st = s->ops->laas(s, sag_id, d);
    if (st == SAG_OK)
        st = genopbyg(s, sag_id, &a, &t, &rows, &antal, d);
    if (st == SAG_OK) {
        SAG_ASSERT(antal > 0);
        (void)snprintf(forrige, sizeof(forrige), "%s", rows[antal - 1].hash);
    }
    for (size_t i = 0; st == SAG_OK && i < n; i++) {
        st = tjek_registreret(s, h[i].registreret, d);
        if (st == SAG_OK)
            st = sag_tilstand_anvend(&t, &h[i], d);
        if (st == SAG_OK)
            st = skriv(s, sag_id, &h[i], &t, false, i + 1 == n, forrige,
                       forrige, d);
        else if (n > 1 && d != NULL) {
            struct sag_diag kopi = *d;

            (void)sag_diag_set(d, st, kopi.felt, "hændelse %zu af %zu: %s",
                               i + 1, n, kopi.besked);
        }
    }
    sag_arena_release(&a);
    if (st != SAG_OK) {
        sag_store_fortryd(s);
        return st;
    }
    return sag_store_bekraeft(s, d);
}

enum sag_status
sag_store_hent(struct sag_store *s, const char *sag_id,
               const struct sag_hvem *hvem, const char *grund,
               struct sag_arena *a, struct sag_sagsmappe *ud,
               struct sag_diag *d)
{
    enum sag_status st;

    if (hvem == NULL || hvem->bruger == NULL || hvem->bruger[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/bruger",
                            "mangler: hvem læser sagen");
    if (grund == NULL || grund[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/grund",
                            "mangler: hvorfor sagen læses");
    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        return st;
    memset(ud, 0, sizeof(*ud));
    st = genopbyg(s, sag_id, a, &ud->tilstand, &ud->haendelser,
                  &ud->antal_haendelser, d);
    if (st == SAG_OK)
        st = s->ops->afgoerelser(s, sag_id, a, &ud->afgoerelser,
                                 &ud->antal_afgoerelser, d);
    if (st == SAG_OK)
        st = log_laesning(s, sag_id, hvem, grund, d);
    if (st != SAG_OK) {
        sag_store_fortryd(s);
        return st;
    }
    return sag_store_bekraeft(s, d);
}

enum sag_status
sag_store_log_laesning(struct sag_store *s, const char *sag_id,
                       const struct sag_hvem *hvem, const char *grund,
                       struct sag_diag *d)
{
    enum sag_status st;

    if (hvem == NULL || hvem->bruger == NULL || hvem->bruger[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/bruger",
                            "mangler: hvem læser sagen");
    if (grund == NULL || grund[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/grund",
                            "mangler: hvorfor sagen læses");
    /* Its own transaction (or the caller's): reading the previous row's
     * hash and appending the next must not be split by another reader of
     * the case (docs/hashkaede.md). */
    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        return st;
    if ((st = log_laesning(s, sag_id, hvem, grund, d)) != SAG_OK) {
        sag_store_fortryd(s);
        return st;
    }
    return sag_store_bekraeft(s, d);
}

enum sag_status
sag_store_gem_dokument(struct sag_store *s, const char *mime,
                       const void *indhold, size_t len, char sha256_ud[65],
                       struct sag_diag *d)
{
    struct sag_sha256 c;
    unsigned char dig[32];
    char tid[SAG_TID_LEN];
    enum sag_status st;

    sag_sha256_init(&c);
    sag_sha256_update(&c, indhold, len);
    sag_sha256_final(&c, dig);
    sag_sha256_hex(dig, sha256_ud);
    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        return st;
    s->ur(s->ur_ctx, tid);
    if ((st = s->ops->gem_dokument(s, sha256_ud, mime, indhold, len, tid, d)) !=
        SAG_OK) {
        sag_store_fortryd(s);
        return st;
    }
    return sag_store_bekraeft(s, d);
}

enum sag_status
sag_store_hent_dokument(struct sag_store *s, const char *sha256,
                        struct sag_arena *a, const char **mime,
                        const void **indhold, size_t *len, struct sag_diag *d)
{
    struct sag_sha256 c;
    unsigned char dig[32];
    char hex[65];
    enum sag_status st;

    if ((st = s->ops->hent_dokument(s, sha256, a, mime, indhold, len, d)) !=
        SAG_OK)
        return st;
    /* Content-addressed: the bytes must still be the ones named. */
    sag_sha256_init(&c);
    sag_sha256_update(&c, *indhold, *len);
    sag_sha256_final(&c, dig);
    sag_sha256_hex(dig, hex);
    if (strcmp(hex, sha256) != 0)
        return sag_diag_set(d, SAG_EINTERNAL, "/dokument",
                            "dokumentets indhold svarer ikke til dets "
                            "SHA-256");
    return SAG_OK;
}

enum sag_status
sag_store_gem_afgoerelse(struct sag_store *s,
                         const struct sag_afgoerelse_post *p, char hash_ud[65],
                         struct sag_diag *d)
{
    struct sag_afgoerelse_post q = *p;
    char tid[SAG_TID_LEN], hash[65];
    enum sag_status st;

    if ((st = tjek_registreret(s, q.registreret, d)) != SAG_OK)
        return st;
    if (q.registreret == NULL || q.registreret[0] == '\0') {
        s->ur(s->ur_ctx, tid);
        q.registreret = tid;
    }
    afgoerelse_hash(&q, hash);
    q.hash = hash;
    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        return st;
    if ((st = s->ops->gem_afgoerelse(s, &q, d)) != SAG_OK) {
        sag_store_fortryd(s);
        return st;
    }
    if ((st = sag_store_bekraeft(s, d)) != SAG_OK)
        return st;
    memcpy(hash_ud, hash, 65);
    return SAG_OK;
}

enum sag_status
sag_store_gem_brev(struct sag_store *s, const struct sag_brev_post *p,
                   struct sag_diag *d)
{
    struct sag_brev_post q = *p;
    char tid[SAG_TID_LEN];

    s->ur(s->ur_ctx, tid);
    q.registreret = tid;
    return s->ops->gem_brev(s, &q, d);
}

enum sag_status
sag_store_hent_brev(struct sag_store *s, const char *id, struct sag_arena *a,
                    struct sag_brev_post *ud, struct sag_diag *d)
{
    return s->ops->hent_brev(s, id, a, ud, d);
}

enum sag_status
sag_store_laesning(struct sag_store *s, const char *sag_id,
                   const struct sag_hvem *hvem, const char *grund,
                   struct sag_diag *d)
{
    /* The letters' reads (src/tjeneste/breve.c) are logged as any other:
     * in a transaction, chained (issue 16). */
    return sag_store_log_laesning(s, sag_id, hvem, grund, d);
}

enum sag_status
sag_store_breve(struct sag_store *s, const char *sag_id, struct sag_arena *a,
                struct sag_brev_post **ud, size_t *n, struct sag_diag *d)
{
    return s->ops->breve(s, sag_id, a, ud, n, d);
}

enum sag_status
sag_store_hent_afgoerelse(struct sag_store *s, const char *id,
                          struct sag_arena *a, struct sag_afgoerelse_post *ud,
                          struct sag_diag *d)
{
    return s->ops->hent_afgoerelse(s, id, a, ud, d);
}

enum sag_status
sag_store_liste(struct sag_store *s, const struct sag_liste_filter *f,
                int (*cb)(void *ctx, const struct sag_liste_post *p), void *ctx,
                struct sag_diag *d)
{
    return s->ops->liste(s, f, cb, ctx, d);
}

enum sag_status
sag_store_arbejdsliste(struct sag_store *s, const char *team,
                       const char *behandler, bool venter, size_t graense,
                       int (*cb)(void *ctx, const struct sag_arbejdspost *p),
                       void *ctx, struct sag_diag *d)
{
    if ((team == NULL) == (behandler == NULL))
        return sag_diag_set(d, SAG_EINVAL, "/team",
                            "angiv enten et team eller en sagsbehandler");
    return s->ops->arbejdsliste(s, team, behandler, venter, graense, cb, ctx,
                                d);
}

enum sag_status
sag_store_gem_filter(struct sag_store *s, const char *bruger, const char *navn,
                     const char *forespoergsel, struct sag_diag *d)
{
    char tid[SAG_TID_LEN];

    if (bruger == NULL || bruger[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/bruger", "mangler");
    if (navn == NULL || navn[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/navn", "mangler");
    if (strlen(navn) > 60)
        return sag_diag_set(d, SAG_EINVAL, "/navn", "højst 60 tegn");
    if (forespoergsel == NULL || strlen(forespoergsel) > 1000)
        return sag_diag_set(d, SAG_EINVAL, "/forespoergsel",
                            "mangler eller er for lang");
    s->ur(s->ur_ctx, tid);
    return s->ops->gem_filter(s, bruger, navn, forespoergsel, tid, d);
}

enum sag_status
sag_store_filtre(struct sag_store *s, const char *bruger,
                 int (*cb)(void *ctx, const struct sag_gemt_filter *f),
                 void *ctx, struct sag_diag *d)
{
    if (bruger == NULL || bruger[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/bruger", "mangler");
    return s->ops->filtre(s, bruger, cb, ctx, d);
}

enum sag_status
sag_store_laesninger(struct sag_store *s, const char *sag_id,
                     int (*cb)(void *ctx, const struct sag_laesning *l),
                     void *ctx, struct sag_diag *d)
{
    return s->ops->laesninger(s, sag_id, cb, ctx, d);
}

/* ---- anchors ---- */

struct hoveder {
    struct sag_arena *a;
    struct sag__hoved *h;
    size_t n, plads;
    bool fejl;
};

/* Keep a head (copied into the arena) in a growing array. */
static bool
tilfoej_hoved(struct hoveder *l, const char *sag_id, int nr, const char *hash)
{
    if (l->n == l->plads) {
        size_t ny = l->plads ? 2 * l->plads : 64;
        struct sag__hoved *p = sag_arena_alloc(l->a, ny * sizeof(*p));

        if (p == NULL)
            return false;
        if (l->n)
            memcpy(p, l->h, l->n * sizeof(*p));
        l->h = p;
        l->plads = ny;
    }
    l->h[l->n].sag_id = sag_arena_strdup(l->a, sag_id);
    l->h[l->n].nr = nr;
    l->h[l->n].hash = sag_arena_strdup(l->a, hash);
    if (l->h[l->n].sag_id == NULL || l->h[l->n].hash == NULL)
        return false;
    l->n++;
    return true;
}

static int
saml_hoved(void *ctx, const struct sag__hoved *h)
{
    struct hoveder *l = ctx;

    l->fejl = !tilfoej_hoved(l, h->sag_id, h->nr, h->hash);
    return l->fejl;
}

/* Write an anchor over the heads of the cases changed since the latest
 * one, inside the caller's write transaction. Nothing changed: nothing
 * written, and the latest anchor is reported. */
static enum sag_status
forankr(struct sag_store *s, struct sag_anker *ud, struct sag_diag *d)
{
    struct sag_anker sidste;
    struct sag__anker_post a;
    struct hoveder l;
    struct sag_arena ar;
    char tid[SAG_TID_LEN], hash[65];
    long long uforankrede;
    const struct sag_noegle *k;
    enum sag_status st;

    if ((st = s->ops->seneste_anker(s, &sidste, &uforankrede, d)) != SAG_OK)
        return st;
    sag_arena_init(&ar, 0);
    memset(&l, 0, sizeof(l));
    l.a = &ar;
    st = s->ops->nye_hoveder(s, saml_hoved, &l, d);
    if (st == SAG_OK && l.fejl)
        st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    if (st != SAG_OK || l.n == 0) {
        sag_arena_release(&ar);
        if (st == SAG_OK) {
            *ud = sidste;
            ud->ny = false;
        }
        return st;
    }
    if ((st = aktuel_noegle(s, &k, d)) != SAG_OK) {
        sag_arena_release(&ar);
        return st;
    }
    s->ur(s->ur_ctx, tid);
    memset(&a, 0, sizeof(a));
    a.nr = sidste.nr + 1;
    a.hashversion = SAG__ANKER_NOEGLE;
    a.noegle = k->nr;
    a.antal_sager = l.n;
    a.registreret = tid;
    a.forrige_hash = sidste.nr > 0 ? sidste.hash : SAG__NUL_HASH;
    anker_hash(k, &a, l.h, l.n, a.forrige_hash, hash);
    a.hash = hash;
    st = s->ops->skriv_anker(s, &a, l.h, l.n, d);
    sag_arena_release(&ar);
    if (st != SAG_OK)
        return st;
    memset(ud, 0, sizeof(*ud));
    ud->nr = a.nr;
    ud->antal_sager = a.antal_sager;
    memcpy(ud->registreret, tid, SAG_TID_LEN);
    memcpy(ud->hash, hash, sizeof(hash));
    ud->ny = true;
    return SAG_OK;
}

enum sag_status
sag_store_forankr(struct sag_store *s, struct sag_anker *ud, struct sag_diag *d)
{
    struct sag_anker a;
    enum sag_status st;

    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        return st;
    if ((st = forankr(s, &a, d)) != SAG_OK) {
        sag_store_fortryd(s);
        return st;
    }
    if ((st = sag_store_bekraeft(s, d)) != SAG_OK)
        return st;
    *ud = a;
    return SAG_OK;
}

/* ---- verification ---- */

/* Pass 1: every case's chain, streamed case by case, numbers 1, 2, … */
struct kaedekontrol {
    struct sag_store *s;
    struct sag_diag *d;
    enum sag_status st;
    struct id_liste sager; /* the cases seen, for the replay */
    int nr;                /* the current case's last number */
    char forrige[65];      /* and its hash */
    long long antal;
};

static int
kontroller_haendelse(void *ctx, const char *sag_id,
                     const struct sag_haendelse_post *p)
{
    struct kaedekontrol *k = ctx;
    const struct sag_noegle *noegle;
    char hash[65];

    if (k->sager.n == 0 || strcmp(k->sager.id[k->sager.n - 1], sag_id) != 0) {
        if (saml_id(&k->sager, sag_id) != 0) {
            k->st = sag_diag_set(k->d, SAG_ENOMEM, "", "ikke mere hukommelse");
            return 1;
        }
        k->nr = 0;
        memcpy(k->forrige, SAG__NUL_HASH, sizeof(k->forrige));
    }
    if (p->nr != k->nr + 1) {
        k->st = sag_diag_set(k->d, SAG_ECONFLICT, "",
                             "hændelse nr. %d i sag %s mangler: hashkæden "
                             "brydes",
                             k->nr + 1, sag_id);
        return 1;
    }
    if (p->hashversion != SAG__HASH_NOEGLE) {
        k->st = sag_diag_set(k->d, SAG_ECONFLICT, "",
                             "hændelse nr. %d i sag %s er ikke kædet med "
                             "nøglen (hashversion %d): hashkæden brydes",
                             p->nr, sag_id, p->hashversion);
        return 1;
    }
    if ((noegle = sag_noeglering_find(k->s->noegler, p->noegle)) == NULL) {
        k->st = sag_diag_set(k->d, SAG_ECONFLICT, "",
                             "hændelse nr. %d i sag %s er kædet med nøgle "
                             "nr. %d, som nøglefilen ikke har",
                             p->nr, sag_id, p->noegle);
        return 1;
    }
    haendelse_hash(noegle, sag_id, p, k->forrige, hash);
    if (strcmp(hash, p->hash) != 0) {
        k->st = sag_diag_set(k->d, SAG_ECONFLICT, "",
                             "hændelse nr. %d i sag %s er ændret: hashkæden "
                             "brydes",
                             p->nr, sag_id);
        return 1;
    }
    memcpy(k->forrige, hash, sizeof(hash));
    k->nr = p->nr;
    k->antal++;
    return 0;
}

/* The letters of a case (docs/breve.md): each stored PDF still has the
 * SHA-256 that the "brev_dannet" event recorded (the chain protects the
 * event), and no letter an event recorded is missing. */
static enum sag_status
kontroller_breve(struct sag_store *s, const char *sag_id,
                 const struct sag_tilstand *t,
                 const struct sag_haendelse_post *p, size_t n,
                 struct sag_arena *b, struct sag_diag *d)
{
    struct sag_brev_post *br;
    size_t nb;
    enum sag_status st;

    if ((st = s->ops->breve(s, sag_id, b, &br, &nb, d)) != SAG_OK)
        return st;
    for (size_t j = 0; j < nb; j++) {
        struct sag_sha256 c;
        unsigned char digest[32];
        char hash[65];
        bool fundet = false;

        sag_sha256_init(&c);
        sag_sha256_update(&c, br[j].pdf, br[j].pdf_len);
        sag_sha256_final(&c, digest);
        sag_sha256_hex(digest, hash);
        if (strcmp(hash, br[j].sha256) != 0)
            return sag_diag_set(d, SAG_ECONFLICT, "", "brev %s er ændret",
                                br[j].id);
        for (size_t e = 0; e < n && !fundet; e++)
            fundet = strcmp(p[e].type, "brev_dannet") == 0 &&
                     strstr(p[e].data, hash) != NULL &&
                     strstr(p[e].data, br[j].id) != NULL;
        if (!fundet)
            return sag_diag_set(d, SAG_ECONFLICT, "",
                                "brev %s er ændret eller ikke registreret i "
                                "hændelsesloggen",
                                br[j].id);
    }
    if (nb != t->antal_breve)
        return sag_diag_set(d, SAG_ECONFLICT, "",
                            "sag %s: hændelsesloggen nævner %zu breve, men "
                            "%zu er gemt",
                            sag_id, t->antal_breve, nb);
    return SAG_OK;
}

/* Pass 2: a case replays, and its decision records match their hashes
 * and the events that recorded them (which the chain protects). */
/* The journal's documents (issue 10, item 2): every document a "dokument"
 * event names is stored, and its bytes still have that SHA-256. */
static enum sag_status
kontroller_dokumenter(struct sag_store *s, const char *sag_id,
                      const struct sag_tilstand *t, struct sag_arena *a,
                      struct sag_diag *d)
{
    for (size_t i = 0; i < t->antal_dokumenter; i++) {
        const char *sha = t->dokumenter[i].sha256, *mime;
        const void *indhold;
        size_t len;
        enum sag_status st =
            sag_store_hent_dokument(s, sha, a, &mime, &indhold, &len, d);

        if (st == SAG_ENOTFOUND)
            return sag_diag_set(d, SAG_ECONFLICT, "",
                                "dokument %.12s… i sag %s mangler", sha,
                                sag_id);
        if (st == SAG_EINTERNAL)
            return sag_diag_set(d, SAG_ECONFLICT, "",
                                "dokument %.12s… i sag %s er ændret", sha,
                                sag_id);
        if (st != SAG_OK)
            return st;
    }
    return SAG_OK;
}

/* The other tables written from a case's state (projicer): its tasks
 * (opgaver, which the worklists read) and its report facts (rapport_*,
 * which the portfolio reports read). Each is read whole before the cases
 * are replayed, and each case's rows are compared with the rows its events
 * give, column by column (issue 16: "verificer rebuilds every projection
 * from the events and compares"). Values are text, as the adapters'
 * portable row reads give them; NULL and "" count as the same. */
#define AFLEDT_KOL 10

struct afledt_raekke {
    const char *v[AFLEDT_KOL];
};

struct afledt_tabel {
    const char *tabel, *sql, *typer;
    const char *const *kol; /* the column names, sag_id first */
    size_t nkol;
    const char *hvad; /* what a row is called in a message */
    struct sag_arena *a;
    struct afledt_raekke *r;
    size_t n, plads;
    bool fejl;
};

static const char *const opgave_kol[] = { "sag_id",        "nr",    "team",
                                          "sagsbehandler", "art",   "forfald",
                                          "venter",        "tekst", "ref",
                                          "type" };
static const char *const frist_kol[] = { "sag_id", "art", "forfald", "afgjort",
                                         "taeller" };
static const char *const rafg_kol[] = { "sag_id", "id",   "fase",
                                        "dato",   "type", "pct" };
static const char *const klage_kol[] = { "sag_id", "id",       "afgoerelse_id",
                                         "fase",   "modtaget", "rettidig",
                                         "status", "udfald",   "afgjort" };

static const char *const parter_kol[] = { "sag_id", "nr", "ord" };

#define AFLEDTE 5

static const struct afledt_tabel afledte_skabelon[AFLEDTE] = {
    { "opgaver",
      "SELECT sag_id, nr, team, sagsbehandler, art, forfald, venter, tekst, "
      "ref, type FROM opgaver",
      "tittttittt", opgave_kol, 10, "opgave nr.", NULL, NULL, 0, 0, false },
    { "rapport_frister",
      "SELECT sag_id, art, forfald, afgjort, taeller FROM rapport_frister",
      "tttti", frist_kol, 5, "frist", NULL, NULL, 0, 0, false },
    { "rapport_afgoerelser",
      "SELECT sag_id, id, fase, dato, type, pct FROM rapport_afgoerelser",
      "ttttti", rafg_kol, 6, "afgørelse", NULL, NULL, 0, 0, false },
    { "rapport_klager",
      "SELECT sag_id, id, afgoerelse_id, fase, modtaget, rettidig, status, "
      "udfald, afgjort FROM rapport_klager",
      "tttttittt", klage_kol, 9, "klage", NULL, NULL, 0, 0, false },
    { "parter", "SELECT sag_id, nr, ord FROM parter", "tit", parter_kol, 3,
      "ord i en parts navn, part nr.", NULL, NULL, 0, 0, false },
};

/* The case list as stored (the projection the worklists and reports read),
 * collected before the cases are replayed and compared with it; and the
 * other derived tables (above). */
struct projektioner {
    struct sag_arena *a;
    struct sag_liste_post *p;
    size_t n, plads;
    bool fejl;
    struct afledt_tabel t[AFLEDTE];
};

/* Room for one more row in a growing arena array of rows. */
static struct afledt_raekke *
ny_raekke(struct sag_arena *a, struct afledt_raekke **r, size_t *n,
          size_t *plads)
{
    if (*n == *plads) {
        size_t ny = *plads ? 2 * *plads : 64;
        struct afledt_raekke *q = sag_arena_alloc(a, ny * sizeof(*q));

        if (q == NULL)
            return NULL;
        if (*n > 0)
            memcpy(q, *r, *n * sizeof(*q));
        *r = q;
        *plads = ny;
    }
    memset(&(*r)[*n], 0, sizeof(**r));
    return &(*r)[(*n)++];
}

static int
saml_afledt(void *ctx, const char *const *v)
{
    struct afledt_tabel *t = ctx;
    struct afledt_raekke *x = ny_raekke(t->a, &t->r, &t->n, &t->plads);

    if (x == NULL) {
        t->fejl = true;
        return 1;
    }
    for (size_t i = 0; i < t->nkol; i++)
        if (v[i] != NULL && (x->v[i] = sag_arena_strdup(t->a, v[i])) == NULL) {
            t->fejl = true;
            return 1;
        }
    return 0;
}

/* Rows by case, then by the column naming a row within its case (column 1
 * in every table above), as bytes: both the stored rows and those the
 * events give, so that the adapters' collations do not matter. */
static int
efter_afledt(const void *a, const void *b)
{
    const struct afledt_raekke *x = a, *y = b;
    int c = 0;

    /* Every column (the index of names has several rows per party). */
    for (size_t i = 0; c == 0 && i < AFLEDT_KOL; i++)
        c = strcmp(x->v[i] ? x->v[i] : "", y->v[i] ? y->v[i] : "");
    return c;
}

static const char *
kopi(struct sag_arena *a, const char *t)
{
    return sag_arena_strdup(a, t != NULL ? t : "");
}

static int
saml_projektion(void *ctx, const struct sag_liste_post *p)
{
    struct projektioner *l = ctx;
    struct sag_liste_post *x;

    if (l->n == l->plads) {
        size_t ny = l->plads ? 2 * l->plads : 256;
        struct sag_liste_post *q = sag_arena_alloc(l->a, ny * sizeof(*q));

        if (q == NULL) {
            l->fejl = true;
            return 1;
        }
        if (l->n > 0)
            memcpy(q, l->p, l->n * sizeof(*q));
        l->p = q;
        l->plads = ny;
    }
    x = &l->p[l->n];
    x->id = kopi(l->a, p->id);
    x->type = kopi(l->a, p->type);
    x->generation = kopi(l->a, p->generation);
    x->status = kopi(l->a, p->status);
    x->team = kopi(l->a, p->team);
    x->sagsbehandler = kopi(l->a, p->sagsbehandler);
    x->anerkendelse = kopi(l->a, p->anerkendelse);
    x->men = kopi(l->a, p->men);
    x->erhvervsevnetab = kopi(l->a, p->erhvervsevnetab);
    x->naeste_forfald = kopi(l->a, p->naeste_forfald);
    x->oprettet = "";
    x->venter = p->venter;
    if (sag_arena_status(l->a) != SAG_OK) {
        l->fejl = true;
        return 1;
    }
    l->n++;
    return 0;
}

static int
efter_projektion_id(const void *a, const void *b)
{
    const struct sag_liste_post *x = a, *y = b;

    return strcmp(x->id, y->id);
}

/* The case's row in the case list against what its events give; the
 * first column that differs is named (issue 16: an edited status or team
 * would misroute worklists and reports). */
static enum sag_status
kontroller_projektion(const struct projektioner *l, const char *sag_id,
                      const struct sag_tilstand *t, struct sag_diag *d)
{
    struct sag_liste_post noegle, *p;
    struct sag_kalender k = sag_kalender_standard();
    struct sag_opgave o[SAG_MAKS_OPGAVER];
    char forfald[SAG_DATO_ISO_LEN];
    size_t n = sag_opgaver(t, &k, o, SAG_MAKS_OPGAVER);
    bool venter = oversigt(o, n, forfald);
    struct {
        const char *navn, *gemt, *ret;
    } felter[9];
    size_t i = 0;

    noegle.id = sag_id;
    p = l->n == 0
            ? NULL
            : bsearch(&noegle, l->p, l->n, sizeof(*l->p), efter_projektion_id);
    if (p == NULL)
        return sag_diag_set(d, SAG_ECONFLICT, "",
                            "sag %s mangler i sagslisten (tabellen sager)",
                            sag_id);
    felter[i].navn = "type", felter[i].gemt = p->type,
    felter[i++].ret = sag_sagstype_navn(t->type);
    felter[i].navn = "generation", felter[i].gemt = p->generation,
    felter[i++].ret = sag_generation_navn(t->generation);
    felter[i].navn = "status", felter[i].gemt = p->status,
    felter[i++].ret = t->status == SAG_STATUS_AABEN ? "aaben" : "lukket";
    felter[i].navn = "team", felter[i].gemt = p->team,
    felter[i++].ret = t->team;
    felter[i].navn = "sagsbehandler", felter[i].gemt = p->sagsbehandler,
    felter[i++].ret = t->sagsbehandler;
    felter[i].navn = "anerkendelse", felter[i].gemt = p->anerkendelse,
    felter[i++].ret = sag_fasestatus_navn(t->anerkendelse);
    felter[i].navn = "men", felter[i].gemt = p->men,
    felter[i++].ret = sag_fasestatus_navn(t->men);
    felter[i].navn = "erhvervsevnetab", felter[i].gemt = p->erhvervsevnetab,
    felter[i++].ret = sag_fasestatus_navn(t->erhvervsevnetab);
    felter[i].navn = "naeste_forfald", felter[i].gemt = p->naeste_forfald,
    felter[i++].ret = forfald;
    for (size_t j = 0; j < i; j++)
        if (strcmp(felter[j].gemt, felter[j].ret) != 0)
            return sag_diag_set(d, SAG_ECONFLICT, "",
                                "sagslisten er ændret: sag %s har %s '%s', "
                                "men hændelserne giver '%s'",
                                sag_id, felter[j].navn, felter[j].gemt,
                                felter[j].ret);
    if (p->venter != venter)
        return sag_diag_set(d, SAG_ECONFLICT, "",
                            "sagslisten er ændret: sag %s har venter %d, men "
                            "hændelserne giver %d",
                            sag_id, (int)p->venter, (int)venter);
    return SAG_OK;
}

/* A formatted value in the arena (NULL when out of memory). */
static const char *
afledt_tal(struct sag_arena *a, long long v)
{
    char t[24];

    (void)snprintf(t, sizeof(t), "%lld", v);
    return sag_arena_strdup(a, t);
}

static const char *
afledt_dato(struct sag_arena *a, struct sag_dato d)
{
    char t[SAG_DATO_ISO_LEN];

    sag_dato_format_iso(d, t);
    return sag_arena_strdup(a, t);
}

/* The rows the case's state gives for derived table `nr` (the order of
 * afledte_skabelon), as the adapters' projektion and fakta write them. */
static enum sag_status
afledte_raekker(size_t nr, const struct sag_tilstand *t, struct sag_arena *a,
                struct afledt_raekke **ud, size_t *antal, struct sag_diag *d)
{
    struct sag_kalender k = sag_kalender_standard();
    struct afledt_raekke *r = NULL, *x;
    size_t n = 0, plads = 0;

    if (nr == 0) {
        struct sag_opgave o[SAG_MAKS_OPGAVER];
        size_t no = sag_opgaver(t, &k, o, SAG_MAKS_OPGAVER);

        for (size_t i = 0; i < no; i++) {
            if ((x = ny_raekke(a, &r, &n, &plads)) == NULL)
                goto uden;
            x->v[1] = afledt_tal(a, (long long)i + 1);
            x->v[2] = t->team;
            x->v[3] = t->sagsbehandler;
            x->v[4] = sag_opgaveart_navn(o[i].art);
            x->v[5] = afledt_dato(a, o[i].forfald);
            x->v[6] = afledt_tal(a, o[i].venter_paa_andre);
            x->v[7] = o[i].tekst;
            x->v[8] = sag_arena_strdup(a, o[i].ref);
            x->v[9] = sag_sagstype_navn(t->type);
        }
    } else if (nr == 1) {
        struct sag_fakta_frist fr[2];
        size_t nf = sag_fakta_frister(t, &k, fr);

        for (size_t i = 0; i < nf; i++) {
            if ((x = ny_raekke(a, &r, &n, &plads)) == NULL)
                goto uden;
            x->v[1] = fr[i].art == SAG_FRIST_ANERKENDELSE ? "anerkendelse"
                      : fr[i].esu                         ? "afgoerelse_esu"
                                                          : "afgoerelse";
            x->v[2] = afledt_dato(a, fr[i].forfald);
            x->v[3] = fr[i].afgjort ? afledt_dato(a, fr[i].afgjort_dato) : NULL;
            x->v[4] = afledt_tal(a, fr[i].taeller);
        }
    } else if (nr == 2) {
        for (size_t i = 0; i < t->antal_afgoerelser; i++) {
            const struct sag_afgoerelse_ref *f = &t->afgoerelser[i];

            if ((x = ny_raekke(a, &r, &n, &plads)) == NULL)
                goto uden;
            x->v[1] = sag_arena_strdup(a, f->id);
            x->v[2] = sag_fase_navn(f->fase);
            x->v[3] = afledt_dato(a, f->dato);
            x->v[4] = f->fase == SAG_FASE_ANERKENDELSE        ? ""
                      : f->type == SAG_AFGOERELSE_MIDLERTIDIG ? "midlertidig"
                                                              : "endelig";
            x->v[5] = afledt_tal(a, f->pct);
        }
    } else if (nr == 4) {
        int pnr[SAG__MAKS_NAVNEORD];
        char ord[SAG__MAKS_NAVNEORD][SAG_NAVNEORD_MAX];
        size_t no = navneord_raekker(t, pnr, ord);

        for (size_t i = 0; i < no; i++) {
            if ((x = ny_raekke(a, &r, &n, &plads)) == NULL)
                goto uden;
            x->v[1] = afledt_tal(a, pnr[i]);
            x->v[2] = sag_arena_strdup(a, ord[i]);
        }
    } else {
        for (size_t i = 0; i < t->antal_klager; i++) {
            const struct sag_klage *kl = &t->klager[i];

            if ((x = ny_raekke(a, &r, &n, &plads)) == NULL)
                goto uden;
            x->v[1] = sag_arena_strdup(a, kl->id);
            x->v[2] = sag_arena_strdup(a, kl->afgoerelse_id);
            x->v[3] = sag_fase_navn(kl->fase);
            x->v[4] = afledt_dato(a, kl->modtaget);
            x->v[5] = afledt_tal(a, kl->rettidig);
            x->v[6] = sag_klagestatus_navn(kl->status);
            x->v[7] = sag_udfald_navn(kl->udfald);
            x->v[8] = kl->status == SAG_KLAGE_AFGJORT ||
                              kl->status == SAG_KLAGE_AENDRET
                          ? afledt_dato(a, kl->afgjort)
                          : NULL;
        }
    }
    for (size_t i = 0; i < n; i++)
        r[i].v[0] = t->id;
    if (sag_arena_status(a) != SAG_OK)
        goto uden;
    if (n > 1)
        qsort(r, n, sizeof(*r), efter_afledt);
    *ud = r;
    *antal = n;
    return SAG_OK;
uden:
    return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
}

static const char *
vis_vaerdi(const char *v)
{
    return v != NULL ? v : "";
}

/* Case `sag_id`'s rows of each derived table against those its events
 * give; the first difference is named: table, case, row, column. */
static enum sag_status
kontroller_afledte(const struct projektioner *l, const char *sag_id,
                   const struct sag_tilstand *t, struct sag_arena *a,
                   struct sag_diag *d)
{
    for (size_t nr = 0; nr < AFLEDTE; nr++) {
        const struct afledt_tabel *tb = &l->t[nr];
        struct afledt_raekke *ret = NULL;
        size_t nret = 0, lo = 0, hi = tb->n, i = 0, j;
        enum sag_status st = afledte_raekker(nr, t, a, &ret, &nret, d);

        if (st != SAG_OK)
            return st;
        /* The case's stored rows: [lo, j) of the sorted table. */
        while (lo < hi) {
            size_t m = lo + (hi - lo) / 2;

            if (strcmp(vis_vaerdi(tb->r[m].v[0]), sag_id) < 0)
                lo = m + 1;
            else
                hi = m;
        }
        for (j = lo;
             j < tb->n && strcmp(vis_vaerdi(tb->r[j].v[0]), sag_id) == 0; j++)
            ;
        for (size_t g = lo; g < j || i < nret;) {
            int c = g == j      ? 1
                    : i == nret ? -1
                                : strcmp(vis_vaerdi(tb->r[g].v[1]),
                                         vis_vaerdi(ret[i].v[1]));

            if (c < 0)
                return sag_diag_set(d, SAG_ECONFLICT, "",
                                    "tabellen %s er ændret: sag %s %s %s "
                                    "findes, men hændelserne giver den ikke",
                                    tb->tabel, sag_id, tb->hvad,
                                    vis_vaerdi(tb->r[g].v[1]));
            if (c > 0)
                return sag_diag_set(d, SAG_ECONFLICT, "",
                                    "tabellen %s er ændret: sag %s %s %s "
                                    "mangler",
                                    tb->tabel, sag_id, tb->hvad,
                                    vis_vaerdi(ret[i].v[1]));
            for (size_t k = 2; k < tb->nkol; k++)
                if (strcmp(vis_vaerdi(tb->r[g].v[k]),
                           vis_vaerdi(ret[i].v[k])) != 0 &&
                    strcmp(tb->tabel, "parter") == 0)
                    /* Words of names are personal data: not in a message. */
                    return sag_diag_set(
                        d, SAG_ECONFLICT, "",
                        "tabellen %s er ændret: sag %s %s %s har et andet "
                        "%s, end hændelserne giver",
                        tb->tabel, sag_id, tb->hvad, vis_vaerdi(ret[i].v[1]),
                        tb->kol[k]);
                else if (strcmp(vis_vaerdi(tb->r[g].v[k]),
                                vis_vaerdi(ret[i].v[k])) != 0)
                    return sag_diag_set(
                        d, SAG_ECONFLICT, "",
                        "tabellen %s er ændret: sag %s %s %s har %s '%s', "
                        "men hændelserne giver '%s'",
                        tb->tabel, sag_id, tb->hvad, vis_vaerdi(ret[i].v[1]),
                        tb->kol[k], vis_vaerdi(tb->r[g].v[k]),
                        vis_vaerdi(ret[i].v[k]));
            g++;
            i++;
        }
    }
    return SAG_OK;
}

/* Every decision record an event names by its hash is stored (a deleted
 * record is caught; an edited one no longer has the named hash). */
static enum sag_status
kontroller_afgoerelser_findes(const char *sag_id,
                              const struct sag_haendelse_post *p, size_t n,
                              const struct sag_afgoerelse_post *af, size_t na,
                              struct sag_diag *d)
{
    static const char noegle[] = "\"afgoerelse_hash\":\"";

    for (size_t e = 0; e < n; e++) {
        const char *h = strstr(p[e].data, noegle);
        bool fundet = false;

        if (h == NULL)
            continue;
        h += sizeof(noegle) - 1;
        for (size_t j = 0; j < na && !fundet; j++)
            fundet = strncmp(h, af[j].hash, 64) == 0;
        if (!fundet)
            return sag_diag_set(d, SAG_ECONFLICT, "",
                                "afgørelsen, som hændelse nr. %d i sag %s "
                                "registrerede, mangler eller er ændret",
                                p[e].nr, sag_id);
    }
    return SAG_OK;
}

static enum sag_status
kontroller_sag(struct sag_store *s, const char *sag_id,
               const struct projektioner *pr, enum sag_status *pst,
               struct sag_diag *pd, struct sag_diag *d)
{
    struct sag_arena b;
    struct sag_tilstand t;
    struct sag_haendelse_post *p;
    struct sag_afgoerelse_post *af;
    size_t n, na;
    enum sag_status st;

    sag_arena_init(&b, 0);
    st = genopbyg(s, sag_id, &b, &t, &p, &n, d);
    if (st == SAG_OK)
        st = s->ops->afgoerelser(s, sag_id, &b, &af, &na, d);
    for (size_t j = 0; st == SAG_OK && j < na; j++) {
        char hash[65];
        bool fundet = false;

        afgoerelse_hash(&af[j], hash);
        if (strcmp(hash, af[j].hash) != 0) {
            st = sag_diag_set(d, SAG_ECONFLICT, "", "afgørelse %s er ændret",
                              af[j].id);
            break;
        }
        for (size_t e = 0; e < n && !fundet; e++)
            fundet = strstr(p[e].data, hash) != NULL;
        if (!fundet)
            st = sag_diag_set(d, SAG_ECONFLICT, "",
                              "afgørelse %s er ikke registreret i "
                              "hændelsesloggen",
                              af[j].id);
    }
    if (st == SAG_OK)
        st = kontroller_afgoerelser_findes(sag_id, p, n, af, na, d);
    /* A differing case list is reported after the anchors, whose
     * messages name a cut tail more precisely. */
    if (st == SAG_OK && *pst == SAG_OK)
        *pst = kontroller_projektion(pr, sag_id, &t, pd);
    if (st == SAG_OK && *pst == SAG_OK)
        *pst = kontroller_afledte(pr, sag_id, &t, &b, pd);
    if (st == SAG_OK)
        st = kontroller_breve(s, sag_id, &t, p, n, &b, d);
    if (st == SAG_OK)
        st = kontroller_dokumenter(s, sag_id, &t, &b, d);
    sag_arena_release(&b);
    return st;
}

/* Pass 3: the anchors, streamed one row per recorded head. */
struct ankerkontrol {
    struct sag_store *s;
    struct sag_diag *d;
    enum sag_status st;
    struct sag_arena *a;      /* the current anchor's copies */
    struct sag__anker_post x; /* the current anchor (nr 0: none yet) */
    struct hoveder hoveder;
    char forrige[65]; /* hash of the last anchor checked */
};

/* The current anchor's hash over the heads it recorded. */
static bool
afslut_anker(struct ankerkontrol *k)
{
    const struct sag_noegle *noegle;
    char hash[65];

    if (k->x.nr == 0)
        return true;
    if (k->x.hashversion != SAG__ANKER_NOEGLE) {
        k->st = sag_diag_set(k->d, SAG_ECONFLICT, "",
                             "anker nr. %lld er ikke kædet med nøglen "
                             "(hashversion %d): ankerkæden brydes",
                             k->x.nr, k->x.hashversion);
        return false;
    }
    if ((noegle = sag_noeglering_find(k->s->noegler, k->x.noegle)) == NULL) {
        k->st = sag_diag_set(k->d, SAG_ECONFLICT, "",
                             "anker nr. %lld er kædet med nøgle nr. %d, som "
                             "nøglefilen ikke har",
                             k->x.nr, k->x.noegle);
        return false;
    }
    anker_hash(noegle, &k->x, k->hoveder.h, k->hoveder.n, k->forrige, hash);
    if (strcmp(hash, k->x.hash) != 0) {
        k->st = sag_diag_set(k->d, SAG_ECONFLICT, "",
                             "anker nr. %lld er ændret: ankerkæden brydes",
                             k->x.nr);
        return false;
    }
    memcpy(k->forrige, hash, sizeof(hash));
    return true;
}

static int
kontroller_anker(void *ctx, const struct sag__anker_post *a,
                 const struct sag__hoved *h, const char *haendelse_hash)
{
    struct ankerkontrol *k = ctx;

    if (a->nr != k->x.nr) {
        if (!afslut_anker(k))
            return 1;
        if (a->nr != k->x.nr + 1) {
            k->st = sag_diag_set(k->d, SAG_ECONFLICT, "",
                                 "anker nr. %lld mangler: ankerkæden brydes",
                                 k->x.nr + 1);
            return 1;
        }
        sag_arena_reset(k->a);
        memset(&k->hoveder, 0, sizeof(k->hoveder));
        k->hoveder.a = k->a;
        k->x = *a;
        k->x.registreret = sag_arena_strdup(k->a, a->registreret);
        k->x.hash = sag_arena_strdup(k->a, a->hash);
        k->x.forrige_hash = "";
        if (k->x.registreret == NULL || k->x.hash == NULL) {
            k->st = sag_diag_set(k->d, SAG_ENOMEM, "", "ikke mere hukommelse");
            return 1;
        }
    }
    if (h == NULL)
        return 0;
    /* The head must still be there as anchored: a case whose newest
     * events, or which wholly, vanished after the anchor is caught here,
     * as is a case whose chain was recomputed after a change. */
    if (haendelse_hash == NULL) {
        k->st = sag_diag_set(k->d, SAG_ECONFLICT, "",
                             "hændelse nr. %d i sag %s er forankret i anker "
                             "nr. %lld, men findes ikke: sagen er afkortet "
                             "eller slettet",
                             h->nr, h->sag_id, a->nr);
        return 1;
    }
    if (strcmp(haendelse_hash, h->hash) != 0) {
        k->st = sag_diag_set(k->d, SAG_ECONFLICT, "",
                             "hændelse nr. %d i sag %s svarer ikke til anker "
                             "nr. %lld: sagens hashkæde er ændret",
                             h->nr, h->sag_id, a->nr);
        return 1;
    }
    if (!tilfoej_hoved(&k->hoveder, h->sag_id, h->nr, h->hash)) {
        k->st = sag_diag_set(k->d, SAG_ENOMEM, "", "ikke mere hukommelse");
        return 1;
    }
    return 0;
}

/* The read log (docs/hashkaede.md, "The read log"): every row, case by
 * case in insertion order, chained to the case's previous row with a key
 * the ring has. A changed row breaks its own MAC; a deleted middle row or
 * a forged inserted one breaks the next row's (or its own); a cut tail is
 * the checkpoint's count's to catch. */
#define LAESELOG_SQL                                                           \
    "SELECT seq, sag_id, bruger, rolle, grund, tidspunkt, noegle, hash "       \
    "FROM laesninger ORDER BY sag_id, seq"
#define LAESELOG_TYPER "itttttit"

struct laeselogkontrol {
    struct sag_store *s;
    struct sag_diag *d;
    enum sag_status st;
    char sag_id[64];  /* the current case ("" before the first row) */
    char forrige[65]; /* the hash of its previous row */
    long long nr;     /* the row's number within its case */
    bool migrer;      /* migration 14: compute, do not compare */
    const struct sag_noegle *noegle; /* migration 14: the current key */
    struct sag_arena *a;             /* migration 14: (seq, hash) to write */
    struct laesehash {
        const char *seq, *hash;
    } * nye;
    size_t n, plads;
};

static int
kontroller_laesning(void *ctx, const char *const *v)
{
    struct laeselogkontrol *k = ctx;
    const struct sag_noegle *noegle;
    const char *sag_id = v[1];
    char hash[65];
    long long nr_noegle = strtoll(v[6] ? v[6] : "0", NULL, 10);

    if (strcmp(k->sag_id, sag_id) != 0) {
        (void)snprintf(k->sag_id, sizeof(k->sag_id), "%s", sag_id);
        memcpy(k->forrige, SAG__NUL_HASH, sizeof(k->forrige));
        k->nr = 0;
    }
    k->nr++;
    if (k->migrer) {
        struct laesehash *x;

        if (k->n == k->plads) {
            size_t ny = k->plads ? 2 * k->plads : 256;
            struct laesehash *q = sag_arena_alloc(k->a, ny * sizeof(*q));

            if (q == NULL)
                goto uden;
            if (k->n > 0)
                memcpy(q, k->nye, k->n * sizeof(*q));
            k->nye = q;
            k->plads = ny;
        }
        laesning_hash(k->noegle, sag_id, v[2], v[3], v[4], v[5], k->forrige,
                      hash);
        x = &k->nye[k->n];
        x->seq = sag_arena_strdup(k->a, v[0]);
        x->hash = sag_arena_strdup(k->a, hash);
        if (x->seq == NULL || x->hash == NULL)
            goto uden;
        k->n++;
        memcpy(k->forrige, hash, sizeof(hash));
        return 0;
    }
    if (nr_noegle <= 0 || v[7] == NULL || v[7][0] == '\0') {
        k->st = sag_diag_set(k->d, SAG_ECONFLICT, "",
                             "læsning nr. %lld af sag %s i læseloggen er ikke "
                             "kædet med nøglen: læseloggens hashkæde brydes",
                             k->nr, sag_id);
        return 1;
    }
    if (nr_noegle > INT_MAX ||
        (noegle = sag_noeglering_find(k->s->noegler, (int)nr_noegle)) == NULL) {
        k->st = sag_diag_set(k->d, SAG_ECONFLICT, "",
                             "læsning nr. %lld af sag %s i læseloggen er kædet "
                             "med nøgle nr. %lld, som nøglefilen ikke har",
                             k->nr, sag_id, nr_noegle);
        return 1;
    }
    laesning_hash(noegle, sag_id, v[2], v[3], v[4], v[5], k->forrige, hash);
    if (strcmp(hash, v[7]) != 0) {
        k->st = sag_diag_set(k->d, SAG_ECONFLICT, "",
                             "læsning nr. %lld af sag %s i læseloggen er "
                             "ændret, indsat, eller en læsning før den er "
                             "slettet: læseloggens hashkæde brydes",
                             k->nr, sag_id);
        return 1;
    }
    memcpy(k->forrige, hash, sizeof(hash));
    return 0;
uden:
    k->st = sag_diag_set(k->d, SAG_ENOMEM, "", "ikke mere hukommelse");
    return 1;
}

static enum sag_status
kontroller_laeselog(struct sag_store *s, struct sag_diag *d)
{
    struct laeselogkontrol k;
    enum sag_status st;

    memset(&k, 0, sizeof(k));
    k.s = s;
    k.d = d;
    st = s->ops->raekker_ud(s, LAESELOG_SQL, LAESELOG_TYPER,
                            kontroller_laesning, &k, d);
    return st == SAG_OK ? k.st : st;
}

enum sag_status
sag__store_laeselogkaede(struct sag_store *s, struct sag_diag *d)
{
    struct laeselogkontrol k;
    struct sag_arena a;
    long long haendelser = 0, n = 0;
    char db[65];
    enum sag_status st;

    if ((st = s->ops->sikring_status(s, db, &haendelser, &n, d)) != SAG_OK)
        return st;
    /* An empty read log needs no key yet. */
    if (n == 0)
        return SAG_OK;
    memset(&k, 0, sizeof(k));
    if ((st = aktuel_noegle(s, &k.noegle, d)) != SAG_OK) {
        if (d != NULL) {
            struct sag_diag kopi = *d;

            st = sag_diag_set(d, st, kopi.felt,
                              "læseloggen kædes ikke: %s; intet er ændret",
                              kopi.besked);
        }
        return st;
    }
    sag_arena_init(&a, 0);
    k.s = s;
    k.d = d;
    k.migrer = true;
    k.a = &a;
    st = s->ops->raekker_ud(s, LAESELOG_SQL, LAESELOG_TYPER,
                            kontroller_laesning, &k, d);
    if (st == SAG_OK)
        st = k.st;
    for (size_t i = 0; st == SAG_OK && i < k.n; i++) {
        char nr[24];
        const char *v[3];

        (void)snprintf(nr, sizeof(nr), "%d", k.noegle->nr);
        v[0] = nr;
        v[1] = k.nye[i].hash;
        v[2] = k.nye[i].seq;
        st = s->ops->raekke_ind(s,
                                "UPDATE laesninger SET noegle = ?1, hash = ?2 "
                                "WHERE seq = ?3",
                                "iti", v, d);
    }
    sag_arena_release(&a);
    return st;
}

enum sag_status
sag_store_verificer(struct sag_store *s, long long *antal, struct sag_diag *d)
{
    struct kaedekontrol k;
    struct ankerkontrol ak;
    struct projektioner pr;
    struct sag_diag pd;
    enum sag_status pst = SAG_OK;
    struct sag_arena a, b;
    enum sag_status st;

    if ((st = s->ops->integritet(s, d)) != SAG_OK)
        return st;
    /* Without the key nothing can be told from a forgery. */
    if ((st = noegler(s, d)) != SAG_OK) {
        if (d != NULL) {
            struct sag_diag kopi = *d;

            st = sag_diag_set(d, st, kopi.felt,
                              "kan ikke verificere uden nøglefilen: %s",
                              kopi.besked);
        }
        return st;
    }
    sag_arena_init(&a, 0);
    sag_arena_init(&b, 0);
    sag_diag_init(&pd);
    memset(&k, 0, sizeof(k));
    k.s = s;
    k.d = d;
    k.sager.a = &a;
    st =
        s->ops->alle_haendelser(s, SAG__EFTER_SAG, kontroller_haendelse, &k, d);
    if (st == SAG_OK)
        st = k.st;
    if (st == SAG_OK) {
        struct sag_liste_filter f;

        memset(&f, 0, sizeof(f));
        memset(&pr, 0, sizeof(pr));
        pr.a = &b;
        st = s->ops->liste(s, &f, saml_projektion, &pr, d);
        if (st == SAG_OK && pr.fejl)
            st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
        if (st == SAG_OK && pr.n != k.sager.n)
            st = sag_diag_set(d, SAG_ECONFLICT, "",
                              "sagslisten har %zu sager, men hændelsesloggen "
                              "%zu",
                              pr.n, k.sager.n);
        if (st == SAG_OK && pr.n > 1)
            qsort(pr.p, pr.n, sizeof(*pr.p), efter_projektion_id);
        for (size_t i = 0; st == SAG_OK && i < AFLEDTE; i++) {
            struct afledt_tabel *tb = &pr.t[i];

            *tb = afledte_skabelon[i];
            tb->a = &b;
            st = s->ops->raekker_ud(s, tb->sql, tb->typer, saml_afledt, tb, d);
            if (st == SAG_OK && tb->fejl)
                st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
            if (st == SAG_OK && tb->n > 1)
                qsort(tb->r, tb->n, sizeof(*tb->r), efter_afledt);
        }
    }
    for (size_t i = 0; st == SAG_OK && i < k.sager.n; i++)
        st = kontroller_sag(s, k.sager.id[i], &pr, &pst, &pd, d);
    sag_arena_reset(&b);
    if (st == SAG_OK) {
        memset(&ak, 0, sizeof(ak));
        ak.s = s;
        ak.d = d;
        ak.a = &b;
        memcpy(ak.forrige, SAG__NUL_HASH, sizeof(ak.forrige));
        st = s->ops->ankre(s, kontroller_anker, &ak, d);
        if (st == SAG_OK)
            st = ak.st;
        if (st == SAG_OK && !afslut_anker(&ak))
            st = ak.st;
    }
    if (st == SAG_OK)
        st = kontroller_laeselog(s, d);
    sag_arena_release(&b);
    sag_arena_release(&a);
    if (st == SAG_OK && pst != SAG_OK) {
        if (d != NULL)
            *d = pd;
        st = pst;
    }
    if (st == SAG_OK)
        *antal = k.antal;
    return st;
}

/* ---- migration 5: from the global chain to one chain per case ---- */

struct globalkontrol {
    struct sag_diag *d;
    enum sag_status st;
    long long seq;
    char forrige[65];
};

static int
kontroller_global(void *ctx, const char *sag_id,
                  const struct sag_haendelse_post *p)
{
    struct globalkontrol *k = ctx;
    char hash[65];

    k->seq++;
    if (p->seq != k->seq) {
        k->st = sag_diag_set(k->d, SAG_ECONFLICT, "",
                             "hændelseskæden har et hul ved nr. %lld", k->seq);
        return 1;
    }
    sag__haendelse_hash_v1(p->seq, sag_id, p, k->forrige, hash);
    if (p->hashversion != SAG__HASH_GLOBAL || strcmp(hash, p->hash) != 0) {
        k->st = sag_diag_set(k->d, SAG_ECONFLICT, "",
                             "hændelse nr. %lld (sag %s) er ændret: "
                             "hashkæden brydes",
                             p->seq, sag_id);
        return 1;
    }
    memcpy(k->forrige, hash, sizeof(hash));
    return 0;
}

enum sag_status
sag__store_kaede_pr_sag(struct sag_store *s, struct sag_diag *d)
{
    struct globalkontrol g;
    struct id_liste l;
    struct sag_arena a;
    enum sag_status st;

    SAG_ASSERT(s->ops->omhash != NULL);
    /* A tampered log is refused, not re-hashed: re-hashing would make the
     * tampering verify. */
    memset(&g, 0, sizeof(g));
    g.d = d;
    memcpy(g.forrige, SAG__NUL_HASH, sizeof(g.forrige));
    st = s->ops->alle_haendelser(s, SAG__EFTER_SEQ, kontroller_global, &g, d);
    if (st == SAG_OK && g.st != SAG_OK && d != NULL) {
        struct sag_diag kopi = *d;

        st = sag_diag_set(d, g.st, "",
                          "databasen migreres ikke til hashkæder pr. sag: "
                          "%s; intet er ændret",
                          kopi.besked);
    } else if (st == SAG_OK) {
        st = g.st;
    }
    if (st != SAG_OK)
        return st;
    sag_arena_init(&a, 0);
    memset(&l, 0, sizeof(l));
    l.a = &a;
    st = s->ops->sag_ider(s, saml_id, &l, d);
    if (st == SAG_OK && l.fejl)
        st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    for (size_t i = 0; st == SAG_OK && i < l.n; i++) {
        struct sag_arena b;
        struct sag_haendelse_post *p;
        size_t n;
        char forrige[65];

        sag_arena_init(&b, 0);
        st = s->ops->haendelser(s, l.id[i], &b, &p, &n, d);
        memcpy(forrige, SAG__NUL_HASH, sizeof(forrige));
        for (size_t j = 0; st == SAG_OK && j < n; j++) {
            char hash[65];

            haendelse_hash(NULL, l.id[i], &p[j], forrige, hash);
            st =
                s->ops->omhash(s, p[j].seq, SAG__HASH_SAG, 0, forrige, hash, d);
            memcpy(forrige, hash, sizeof(hash));
        }
        sag_arena_release(&b);
    }
    sag_arena_release(&a);
    /* No anchor here: migration 12, whose step runs after this one in the
     * same transaction, re-hashes with the key and anchors every case. */
    return st;
}

/* ---- signed checkpoints (docs/sikkerhed.md) ---- */

long long
sag_store_skrevet(const struct sag_store *s)
{
    return s->skrevet_i_alt;
}

#define KP_MAERKE "skadesag-kontrolpunkt/1"

static enum sag_status
kp_sti(struct sag_store *s, const char *fil, char *ud, size_t n,
       struct sag_diag *d)
{
    const char *e = getenv("SKADESAG_KONTROLPUNKTFIL");
    int k;

    if (fil != NULL && fil[0] != '\0')
        k = snprintf(ud, n, "%s", fil);
    else if (e != NULL && e[0] != '\0')
        k = snprintf(ud, n, "%s", e);
    else
        k = snprintf(ud, n, "%s.kontrolpunkter", s->noegler->sti);
    if (k < 0 || (size_t)k >= n)
        return sag_diag_set(d, SAG_ETOOBIG, "/kontrolpunktfil",
                            "kontrolpunktfilens sti er for lang");
    return SAG_OK;
}

/* The signed part of a checkpoint's line. */
static int
kp_tekst(const struct sag_kontrolpunkt *k, char *ud, size_t n)
{
    return snprintf(ud, n,
                    KP_MAERKE " db=%s tid=%s anker=%lld ankerhash=%s "
                              "haendelser=%lld laesninger=%lld noegle=%d",
                    k->db, k->tid, k->anker, k->ankerhash, k->haendelser,
                    k->laesninger, k->noegle);
}

enum sag_status
sag_store_kontrolpunkt(struct sag_store *s, const char *fil,
                       struct sag_kontrolpunkt *ud, char *linje,
                       struct sag_diag *d)
{
    struct sag_kontrolpunkt k;
    struct sag_anker a;
    const struct sag_noegle *n;
    unsigned char sig[crypto_sign_BYTES];
    char sti[4200], tekst[512], sighex[2 * crypto_sign_BYTES + 1];
    int len, fd;
    enum sag_status st;

    if ((st = aktuel_noegle(s, &n, d)) != SAG_OK ||
        (st = kp_sti(s, fil, sti, sizeof(sti), d)) != SAG_OK)
        return st;
    memset(&k, 0, sizeof(k));
    /* The anchor and the counts in one transaction: nothing slips in
     * between. */
    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        return st;
    if ((st = forankr(s, &a, d)) == SAG_OK)
        st = s->ops->sikring_status(s, k.db, &k.haendelser, &k.laesninger, d);
    if (st == SAG_OK)
        st = sag_store_bekraeft(s, d);
    else
        sag_store_fortryd(s);
    if (st != SAG_OK)
        return st;
    if (k.db[0] == '\0')
        return sag_diag_set(d, SAG_EINTERNAL, "", "databasen har intet id");
    s->ur(s->ur_ctx, k.tid);
    k.anker = a.nr;
    (void)snprintf(k.ankerhash, sizeof(k.ankerhash), "%s",
                   a.nr > 0 ? a.hash : SAG__NUL_HASH);
    k.noegle = n->nr;
    len = kp_tekst(&k, tekst, sizeof(tekst));
    if (len < 0 || (size_t)len >= sizeof(tekst) - sizeof(sighex) - 8)
        return sag_diag_set(d, SAG_ETOOBIG, "", "kontrolpunktet er for langt");
    (void)crypto_sign_detached(sig, NULL, (const unsigned char *)tekst,
                               (unsigned long long)len, n->sign_sk);
    (void)sodium_bin2hex(sighex, sizeof(sighex), sig, sizeof(sig));
    len +=
        snprintf(tekst + len, sizeof(tekst) - (size_t)len, " sig=%s\n", sighex);
    fd = open(sti, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0 || write(fd, tekst, (size_t)len) != (ssize_t)len ||
        fsync(fd) != 0) {
        if (fd >= 0)
            (void)close(fd);
        return sag_diag_set(d, SAG_EIO, "/kontrolpunktfil",
                            "kontrolpunktfilen %s kan ikke skrives", sti);
    }
    if (close(fd) != 0)
        return sag_diag_set(d, SAG_EIO, "/kontrolpunktfil",
                            "kontrolpunktfilen %s kan ikke skrives", sti);
    if (linje != NULL) {
        tekst[len - 1] = '\0';
        (void)snprintf(linje, 512, "%s", tekst);
    }
    if (ud != NULL)
        *ud = k;
    return SAG_OK;
}

/* One line of the checkpoint file into k; false if it is not one. */
static bool
kp_laes(const char *linje, struct sag_kontrolpunkt *k,
        unsigned char sig[crypto_sign_BYTES])
{
    char sighex[2 * crypto_sign_BYTES + 1];
    size_t len = 0;
    int n = 0;

    memset(k, 0, sizeof(*k));
    if (sscanf(linje,
               KP_MAERKE " db=%64[0-9a-f] tid=%20s anker=%lld "
                         "ankerhash=%64[0-9a-f] haendelser=%lld "
                         "laesninger=%lld noegle=%d sig=%128[0-9a-f]%n",
               k->db, k->tid, &k->anker, k->ankerhash, &k->haendelser,
               &k->laesninger, &k->noegle, sighex, &n) != 8 ||
        n <= 0)
        return false;
    return sodium_hex2bin(sig, crypto_sign_BYTES, sighex, strlen(sighex), NULL,
                          &len, NULL) == 0 &&
           len == crypto_sign_BYTES;
}

struct kp_anker {
    long long nr;
    char hash[65];
    bool fundet;
};

static int
kp_find_anker(void *ctx, const struct sag__anker_post *a,
              const struct sag__hoved *h, const char *haendelse_hash)
{
    struct kp_anker *k = ctx;

    (void)h;
    (void)haendelse_hash;
    if (a->nr == k->nr && !k->fundet) {
        k->fundet = true;
        (void)snprintf(k->hash, sizeof(k->hash), "%s", a->hash);
    }
    return 0;
}

enum sag_status
sag_store_kontroller_kontrolpunkt(struct sag_store *s, const char *fil,
                                  struct sag_kontrolpunkt *ud,
                                  struct sag_diag *d)
{
    struct sag_kontrolpunkt k, seneste;
    char sti[4200], linje[1024], db[65], tekst[512];
    long long haendelser, laesninger;
    unsigned char sig[crypto_sign_BYTES];
    bool har = false;
    int nr = 0;
    FILE *f;
    enum sag_status st;

    if ((st = noegler(s, d)) != SAG_OK ||
        (st = kp_sti(s, fil, sti, sizeof(sti), d)) != SAG_OK ||
        (st = s->ops->sikring_status(s, db, &haendelser, &laesninger, d)) !=
            SAG_OK)
        return st;
    if ((f = fopen(sti, "re")) == NULL)
        return sag_diag_set(d, SAG_ENOTFOUND, "/kontrolpunktfil",
                            "intet kontrolpunkt for databasen (%s findes "
                            "ikke)",
                            sti);
    while (fgets(linje, sizeof(linje), f) != NULL) {
        const struct sag_noegle *n;
        int len;

        nr++;
        if (!kp_laes(linje, &k, sig) || strcmp(k.db, db) != 0)
            continue;
        len = kp_tekst(&k, tekst, sizeof(tekst));
        if ((n = sag_noeglering_find(s->noegler, k.noegle)) == NULL ||
            len < 0 || (size_t)len >= sizeof(tekst) ||
            crypto_sign_verify_detached(sig, (const unsigned char *)tekst,
                                        (unsigned long long)len,
                                        n->sign_pk) != 0) {
            (void)fclose(f);
            return sag_diag_set(d, SAG_ECONFLICT, "",
                                "kontrolpunktet i linje %d af %s er ikke "
                                "signeret med nøglefilens nøgle %d",
                                nr, sti, k.noegle);
        }
        seneste = k;
        har = true;
    }
    (void)fclose(f);
    if (!har)
        return sag_diag_set(d, SAG_ENOTFOUND, "/kontrolpunktfil",
                            "intet kontrolpunkt for databasen i %s", sti);
    if (haendelser < seneste.haendelser)
        return sag_diag_set(d, SAG_ECONFLICT, "",
                            "databasen har %lld hændelser, men kontrolpunktet "
                            "fra %s har %lld: hændelser er slettet",
                            haendelser, seneste.tid, seneste.haendelser);
    if (laesninger < seneste.laesninger)
        return sag_diag_set(d, SAG_ECONFLICT, "",
                            "læseloggen har %lld rækker, men kontrolpunktet "
                            "fra %s har %lld: læsninger er slettet",
                            laesninger, seneste.tid, seneste.laesninger);
    if (seneste.anker > 0) {
        struct kp_anker a = { seneste.anker, "", false };

        if ((st = s->ops->ankre(s, kp_find_anker, &a, d)) != SAG_OK)
            return st;
        if (!a.fundet)
            return sag_diag_set(d, SAG_ECONFLICT, "",
                                "anker nr. %lld fra kontrolpunktet %s "
                                "mangler: databasen er afkortet",
                                seneste.anker, seneste.tid);
        if (strcmp(a.hash, seneste.ankerhash) != 0)
            return sag_diag_set(d, SAG_ECONFLICT, "",
                                "anker nr. %lld svarer ikke til kontrolpunktet "
                                "%s: ankerkæden er ændret",
                                seneste.anker, seneste.tid);
    }
    if (ud != NULL)
        *ud = seneste;
    return SAG_OK;
}

/* ---- migration 12: the keyed chain (docs/sikkerhed.md) ---- */

enum sag_status
sag__store_noeglekaede(struct sag_store *s, struct sag_diag *d)
{
    struct id_liste l;
    struct sag_arena a;
    struct sag_anker anker;
    const struct sag_noegle *k = NULL;
    enum sag_status st;

    SAG_ASSERT(s->ops->omhash != NULL);
    sag_arena_init(&a, 0);
    memset(&l, 0, sizeof(l));
    l.a = &a;
    st = s->ops->sag_ider(s, saml_id, &l, d);
    if (st == SAG_OK && l.fejl)
        st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    /* An empty database needs no key yet: its first write will. */
    if (st == SAG_OK && l.n > 0 && (st = aktuel_noegle(s, &k, d)) != SAG_OK &&
        d != NULL) {
        struct sag_diag kopi = *d;

        st = sag_diag_set(d, st, kopi.felt,
                          "databasen migreres ikke til nøglekæden: %s; "
                          "intet er ændret",
                          kopi.besked);
    }
    for (size_t i = 0; st == SAG_OK && i < l.n; i++) {
        struct sag_arena b;
        struct sag_haendelse_post *p;
        size_t n;
        char forrige[65], ny_forrige[65];

        sag_arena_init(&b, 0);
        st = s->ops->haendelser(s, l.id[i], &b, &p, &n, d);
        memcpy(forrige, SAG__NUL_HASH, sizeof(forrige));
        memcpy(ny_forrige, SAG__NUL_HASH, sizeof(ny_forrige));
        for (size_t j = 0; st == SAG_OK && j < n; j++) {
            char hash[65];

            /* A tampered chain is refused, not re-hashed: re-hashing it
             * with the key would make the tampering verify. */
            haendelse_hash(NULL, l.id[i], &p[j], forrige, hash);
            if (p[j].nr != (int)j + 1 || p[j].hashversion != SAG__HASH_SAG ||
                strcmp(hash, p[j].hash) != 0) {
                st = sag_diag_set(d, SAG_ECONFLICT, "",
                                  "databasen migreres ikke til nøglekæden: "
                                  "hændelse nr. %d i sag %s er ændret: "
                                  "hashkæden brydes; intet er ændret",
                                  (int)j + 1, l.id[i]);
                break;
            }
            memcpy(forrige, hash, sizeof(hash));
            haendelse_hash(k, l.id[i], &p[j], ny_forrige, hash);
            st = s->ops->omhash(s, p[j].seq, SAG__HASH_NOEGLE, k->nr,
                                ny_forrige, hash, d);
            memcpy(ny_forrige, hash, sizeof(hash));
        }
        sag_arena_release(&b);
    }
    sag_arena_release(&a);
    /* Counted as written, so that the handle's owner writes the first
     * signed checkpoint (the CLI does after the command). */
    if (st == SAG_OK && l.n > 0)
        s->skrevet_i_alt++;
    return st == SAG_OK && l.n > 0 ? forankr(s, &anker, d) : st;
}

/* ---- accounts, sessions and API tokens (konto_store.h) ----
 *
 * Rows only: the accounts module (src/konto) holds every rule. Each change
 * is a transaction of its own or joins the caller's; none is an event, so
 * none touches the hash chains or the anchors. */

/* End the transaction begun for one adapter change: commit after a
 * success, roll back (or mark the caller's transaction failed) after a
 * failure. */
static enum sag_status
afslut(struct sag_store *s, enum sag_status st, struct sag_diag *d)
{
    if (st != SAG_OK) {
        sag_store_fortryd(s);
        return st;
    }
    return sag_store_bekraeft(s, d);
}

enum sag_status
sag_store_konto_opret(struct sag_store *s, const struct sag_konto_post *k,
                      struct sag_diag *d)
{
    enum sag_status st;

    SAG_ASSERT(k->navn != NULL && k->rolle != NULL && k->kodeord_hash != NULL);
    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        return st;
    return afslut(s, s->ops->konto_indsaet(s, k, d), d);
}

enum sag_status
sag_store_konto_hent(struct sag_store *s, const char *navn, struct sag_arena *a,
                     struct sag_konto_post *ud, struct sag_diag *d)
{
    SAG_ASSERT(navn != NULL);
    return s->ops->konto_hent(s, navn, a, ud, d);
}

enum sag_status
sag_store_konto_opdater(struct sag_store *s, const struct sag_konto_post *k,
                        struct sag_diag *d)
{
    enum sag_status st;

    SAG_ASSERT(k->navn != NULL && k->rolle != NULL && k->kodeord_hash != NULL);
    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        return st;
    return afslut(s, s->ops->konto_opdater(s, k, d), d);
}

enum sag_status
sag_store_konti(struct sag_store *s,
                int (*cb)(void *ctx, const struct sag_konto_post *k), void *ctx,
                struct sag_diag *d)
{
    return s->ops->konti(s, cb, ctx, d);
}

enum sag_status
sag_store_session_opret(struct sag_store *s, const struct sag_session_post *p,
                        struct sag_diag *d)
{
    enum sag_status st;

    SAG_ASSERT(p->token_hash != NULL && p->bruger != NULL && p->csrf != NULL);
    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        return st;
    return afslut(s, s->ops->session_indsaet(s, p, d), d);
}

enum sag_status
sag_store_session_hent(struct sag_store *s, const char *token_hash,
                       struct sag_arena *a, struct sag_session_post *ud,
                       struct sag_diag *d)
{
    SAG_ASSERT(token_hash != NULL);
    return s->ops->session_hent(s, token_hash, a, ud, d);
}

enum sag_status
sag_store_session_roer(struct sag_store *s, const char *token_hash,
                       int64_t sidst_brugt, struct sag_diag *d)
{
    enum sag_status st;

    SAG_ASSERT(token_hash != NULL);
    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        return st;
    return afslut(s, s->ops->session_roer(s, token_hash, sidst_brugt, d), d);
}

enum sag_status
sag_store_session_slet(struct sag_store *s, const char *token_hash,
                       struct sag_diag *d)
{
    enum sag_status st;

    SAG_ASSERT(token_hash != NULL);
    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        return st;
    return afslut(s, s->ops->session_slet(s, token_hash, d), d);
}

enum sag_status
sag_store_sessioner_slet(struct sag_store *s, const char *bruger, size_t behold,
                         size_t *antal, struct sag_diag *d)
{
    enum sag_status st;

    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        return st;
    return afslut(s, s->ops->sessioner_slet(s, bruger, behold, antal, d), d);
}

enum sag_status
sag_store_sessioner_ryd(struct sag_store *s, int64_t nu,
                        int64_t sidst_brugt_foer, size_t *antal,
                        struct sag_diag *d)
{
    enum sag_status st;

    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        return st;
    return afslut(s, s->ops->sessioner_ryd(s, nu, sidst_brugt_foer, antal, d),
                  d);
}

enum sag_status
sag_store_noegle_opret(struct sag_store *s, const struct sag_noegle_post *p,
                       struct sag_diag *d)
{
    enum sag_status st;

    SAG_ASSERT(p->token_hash != NULL && p->bruger != NULL &&
               p->beskrivelse != NULL);
    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        return st;
    return afslut(s, s->ops->noegle_indsaet(s, p, d), d);
}

enum sag_status
sag_store_noegle_hent(struct sag_store *s, const char *token_hash,
                      struct sag_arena *a, struct sag_noegle_post *ud,
                      struct sag_diag *d)
{
    SAG_ASSERT(token_hash != NULL);
    return s->ops->noegle_hent(s, token_hash, a, ud, d);
}

enum sag_status
sag_store_noegler_deaktiver(struct sag_store *s, const char *bruger,
                            size_t *antal, struct sag_diag *d)
{
    enum sag_status st;

    SAG_ASSERT(bruger != NULL);
    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        return st;
    return afslut(s, s->ops->noegler_deaktiver(s, bruger, antal, d), d);
}

/* ---- copying a whole store (skadesag db kopier) ---- */

/* Every table of the schema, parents first, each read in a fixed order
 * and written back with the same columns. The statements are the same in
 * both dialects. */
static const struct {
    const char *navn;
    const char *ud, *ind;
    const char *typer;
} kopitabeller[] = {
    { "sager",
      "SELECT id, type, generation, forrige_sag_id, status, cpr, "
      "skadedato, anmeldelsesdato, modtaget_dato, oprettet, lukket, team, "
      "sagsbehandler, anerkendelse, men, erhvervsevnetab, fristregime, "
      "naeste_forfald, venter, antal_haendelser, gruppe, start_dato, "
      "afsluttet FROM sager ORDER BY forrige_sag_id IS NOT NULL, "
      "oprettet, id",
      "INSERT INTO sager(id, type, generation, forrige_sag_id, status, "
      "cpr, skadedato, anmeldelsesdato, modtaget_dato, oprettet, lukket, "
      "team, sagsbehandler, anerkendelse, men, erhvervsevnetab, "
      "fristregime, naeste_forfald, venter, antal_haendelser, gruppe, "
      "start_dato, afsluttet) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
      "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, "
      "?23)",
      "ttttttttttttttttttiittt" },
    { "haendelser",
      "SELECT seq, sag_id, nr, type, dato, registreret, bruger, "
      "begrundelse, data, forrige_hash, hash, hashversion, noegle FROM "
      "haendelser ORDER BY seq",
      "INSERT INTO haendelser(seq, sag_id, nr, type, dato, registreret, "
      "bruger, begrundelse, data, forrige_hash, hash, hashversion, noegle) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
      "itittttttttii" },
    { "afgoerelser",
      "SELECT id, sag_id, fase, dato, input, resultat, satser_checksum, "
      "motor_version, registreret, hash FROM afgoerelser ORDER BY id",
      "INSERT INTO afgoerelser(id, sag_id, fase, dato, input, resultat, "
      "satser_checksum, motor_version, registreret, hash) VALUES (?1, ?2, "
      "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
      "tttttttttt" },
    { "breve",
      "SELECT id, sag_id, afgoerelse_id, type, dato, pdf, html, sha256, "
      "registreret FROM breve ORDER BY id",
      "INSERT INTO breve(id, sag_id, afgoerelse_id, type, dato, pdf, html, "
      "sha256, registreret) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
      "tttttbttt" },
    { "dokumenter",
      "SELECT sha256, mime, stoerrelse, indhold, registreret FROM "
      "dokumenter ORDER BY sha256",
      "INSERT INTO dokumenter(sha256, mime, stoerrelse, indhold, "
      "registreret) VALUES (?1, ?2, ?3, ?4, ?5)",
      "ttibt" },
    { "opgaver",
      "SELECT sag_id, nr, team, sagsbehandler, art, forfald, venter, "
      "tekst, ref, type FROM opgaver ORDER BY sag_id, nr",
      "INSERT INTO opgaver(sag_id, nr, team, sagsbehandler, art, forfald, "
      "venter, tekst, ref, type) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
      "?10)",
      "tittttittt" },
    { "parter", "SELECT sag_id, nr, ord FROM parter ORDER BY sag_id, nr, ord",
      "INSERT INTO parter(sag_id, nr, ord) VALUES (?1, ?2, ?3)", "tit" },
    { "laesninger",
      "SELECT seq, sag_id, bruger, rolle, grund, tidspunkt, noegle, hash "
      "FROM laesninger ORDER BY seq",
      "INSERT INTO laesninger(seq, sag_id, bruger, rolle, grund, "
      "tidspunkt, noegle, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
      "itttttit" },
    { "taellere", "SELECT navn, vaerdi FROM taellere ORDER BY navn",
      "INSERT INTO taellere(navn, vaerdi) VALUES (?1, ?2) ON "
      "CONFLICT(navn) DO UPDATE SET vaerdi = excluded.vaerdi",
      "ti" },
    { "rapport_frister",
      "SELECT sag_id, art, forfald, afgjort, taeller FROM rapport_frister "
      "ORDER BY sag_id, art",
      "INSERT INTO rapport_frister(sag_id, art, forfald, afgjort, "
      "taeller) VALUES (?1, ?2, ?3, ?4, ?5)",
      "tttti" },
    { "rapport_afgoerelser",
      "SELECT sag_id, id, fase, dato, type, pct FROM rapport_afgoerelser "
      "ORDER BY sag_id, id",
      "INSERT INTO rapport_afgoerelser(sag_id, id, fase, dato, type, pct) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
      "ttttti" },
    { "rapport_klager",
      "SELECT sag_id, id, afgoerelse_id, fase, modtaget, rettidig, "
      "status, udfald, afgjort FROM rapport_klager ORDER BY sag_id, id",
      "INSERT INTO rapport_klager(sag_id, id, afgoerelse_id, fase, "
      "modtaget, rettidig, status, udfald, afgjort) VALUES (?1, ?2, ?3, "
      "?4, ?5, ?6, ?7, ?8, ?9)",
      "tttttittt" },
    { "kvalitet_stikproeve",
      "SELECT afgoerelse_id, sag_id, sagstype, afgoerelse_dato, "
      "periode_fra, periode_til, seed, udtrukket FROM kvalitet_stikproeve "
      "ORDER BY afgoerelse_id",
      "INSERT INTO kvalitet_stikproeve(afgoerelse_id, sag_id, sagstype, "
      "afgoerelse_dato, periode_fra, periode_til, seed, udtrukket) VALUES "
      "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
      "ttttttit" },
    { "kvalitet_vurderinger",
      "SELECT afgoerelse_id, korrekt, bruger, begrundelse, vurderet FROM "
      "kvalitet_vurderinger ORDER BY afgoerelse_id",
      "INSERT INTO kvalitet_vurderinger(afgoerelse_id, korrekt, bruger, "
      "begrundelse, vurderet) VALUES (?1, ?2, ?3, ?4, ?5)",
      "tittt" },
    { "gemte_filtre",
      "SELECT bruger, navn, forespoergsel, gemt FROM gemte_filtre ORDER BY "
      "bruger, navn",
      "INSERT INTO gemte_filtre(bruger, navn, forespoergsel, gemt) VALUES "
      "(?1, ?2, ?3, ?4)",
      "tttt" },
    { "ankre",
      "SELECT nr, hashversion, registreret, antal_sager, til_seq, "
      "forrige_hash, hash, noegle FROM ankre ORDER BY nr",
      "INSERT INTO ankre(nr, hashversion, registreret, antal_sager, "
      "til_seq, forrige_hash, hash, noegle) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
      "?7, ?8)",
      "iitiitti" },
    { "anker_hoveder",
      "SELECT anker_nr, sag_id, nr, hash FROM anker_hoveder ORDER BY "
      "anker_nr, sag_id",
      "INSERT INTO anker_hoveder(anker_nr, sag_id, nr, hash) VALUES (?1, "
      "?2, ?3, ?4)",
      "itit" },
    { "konti",
      "SELECT navn, rolle, team, cpr, forsikring, kodeord_hash, "
      "totp_hemmelighed, totp_brugt, aktiv, fejl, spaerret_til, oprettet, "
      "aendret FROM konti ORDER BY navn",
      "INSERT INTO konti(navn, rolle, team, cpr, forsikring, "
      "kodeord_hash, totp_hemmelighed, totp_brugt, aktiv, fejl, "
      "spaerret_til, oprettet, aendret) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
      "?7, ?8, ?9, ?10, ?11, ?12, ?13)",
      "ttttttbiiiiii" },
    { "sessioner",
      "SELECT token_hash, bruger, csrf, oprettet, sidst_brugt, udloeber "
      "FROM sessioner ORDER BY token_hash",
      "INSERT INTO sessioner(token_hash, bruger, csrf, oprettet, "
      "sidst_brugt, udloeber) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
      "tttiii" },
    { "api_noegler",
      "SELECT token_hash, bruger, scope, beskrivelse, oprettet, udloeber, "
      "aktiv FROM api_noegler ORDER BY token_hash",
      "INSERT INTO api_noegler(token_hash, bruger, scope, beskrivelse, "
      "oprettet, udloeber, aktiv) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
      "ttitiii" },
    /* Awards and their ledger (migration 010): after the cases, before
     * the monthly run's orders. */
    { "ydelser",
      "SELECT id, sag_id, afgoerelse_id, art, fra, til, beloeb_oere, "
      "regulering, niveau_aar, betalertype, betaler, andel_taeller, "
      "andel_naevner, skattepligtig, erstattet_fra, erstattet_af, slut, "
      "registreret FROM ydelser ORDER BY id",
      "INSERT INTO ydelser(id, sag_id, afgoerelse_id, art, fra, til, "
      "beloeb_oere, regulering, niveau_aar, betalertype, betaler, "
      "andel_taeller, andel_naevner, skattepligtig, erstattet_fra, "
      "erstattet_af, slut, registreret) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
      "?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
      "tttiiiiiiitiiiitit" },
    { "ydelse_betalinger",
      "SELECT ydelse_id, aar, maaned, beloeb_oere, reference, registreret "
      "FROM ydelse_betalinger ORDER BY ydelse_id, aar, maaned, reference",
      "INSERT INTO ydelse_betalinger(ydelse_id, aar, maaned, beloeb_oere, "
      "reference, registreret) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
      "tiiitt" },
    /* The monthly run (migration 011). */
    { "udbetaling_koersler",
      "SELECT id, aar, maaned, status, markoer, antal, sum_oere, bruger, "
      "startet, afsluttet, sendt, tilbagefoert, bogfoert_antal, "
      "bogfoert_oere, a_skat_oere FROM udbetaling_koersler ORDER BY id",
      "INSERT INTO udbetaling_koersler(id, aar, maaned, status, markoer, "
      "antal, sum_oere, bruger, startet, afsluttet, sendt, tilbagefoert, "
      "bogfoert_antal, bogfoert_oere, a_skat_oere) VALUES (?1, ?2, ?3, ?4, "
      "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
      "tiittiitttttiii" },
    { "udbetaling_totaler",
      "SELECT koersel_id, betalertype, betaler, antal, sum_oere, "
      "a_skat_oere FROM udbetaling_totaler ORDER BY koersel_id, "
      "betalertype, betaler",
      "INSERT INTO udbetaling_totaler(koersel_id, betalertype, betaler, "
      "antal, sum_oere, a_skat_oere) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
      "titiii" },
    { "udbetaling_ordrer",
      "SELECT ydelse_id, aar, maaned, koersel_id, sag_id, betalertype, "
      "betaler, beloeb_oere, a_skat_oere, fradrag_oere FROM "
      "udbetaling_ordrer ORDER BY ydelse_id, aar, maaned",
      "INSERT INTO udbetaling_ordrer(ydelse_id, aar, maaned, koersel_id, "
      "sag_id, betalertype, betaler, beloeb_oere, a_skat_oere, "
      "fradrag_oere) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
      "tiittitiii" },
    /* Tax cards (migration 015). */
    { "skattekort",
      "SELECT cpr, gyldig_fra, traekprocent, fradrag_maaned_oere, kilde, "
      "kilde_dato, bruger, registreret FROM skattekort ORDER BY cpr, "
      "gyldig_fra",
      "INSERT INTO skattekort(cpr, gyldig_fra, traekprocent, "
      "fradrag_maaned_oere, kilde, kilde_dato, bruger, registreret) VALUES "
      "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
      "ttiitttt" },
};

struct kopi {
    struct sag_store *til;
    const char *ind, *typer;
    long long antal;
    enum sag_status st;
    struct sag_diag *d;
};

static int
kopier_raekke(void *ctx, const char *const *v)
{
    struct kopi *k = ctx;

    k->st = k->til->ops->raekke_ind(k->til, k->ind, k->typer, v, k->d);
    if (k->st != SAG_OK)
        return 1;
    k->antal++;
    return 0;
}

static int
findes_id(void *ctx, const char *id)
{
    (void)id;
    *(bool *)ctx = true;
    return 1;
}

static int
findes_konto(void *ctx, const struct sag_konto_post *k)
{
    (void)k;
    *(bool *)ctx = true;
    return 1;
}

enum sag_status
sag_store_kopier(struct sag_store *fra, struct sag_store *til, long long *antal,
                 struct sag_diag *d)
{
    struct kopi k;
    bool noget = false;
    enum sag_status st;

    if ((st = til->ops->sag_ider(til, findes_id, &noget, d)) != SAG_OK ||
        (!noget &&
         (st = til->ops->konti(til, findes_konto, &noget, d)) != SAG_OK))
        return st;
    if (noget)
        return sag_diag_set(d, SAG_ECONFLICT, "/til",
                            "måldatabasen har allerede sager eller konti; "
                            "der kopieres kun til en tom database");
    if ((st = sag_store_begynd_laes(fra, d)) != SAG_OK)
        return st;
    if ((st = sag_store_begynd(til, d)) != SAG_OK) {
        sag_store_fortryd(fra);
        return st;
    }
    memset(&k, 0, sizeof(k));
    k.til = til;
    k.d = d;
    for (size_t i = 0;
         st == SAG_OK && i < sizeof(kopitabeller) / sizeof(kopitabeller[0]);
         i++) {
        k.ind = kopitabeller[i].ind;
        k.typer = kopitabeller[i].typer;
        k.st = SAG_OK;
        st = fra->ops->raekker_ud(fra, kopitabeller[i].ud,
                                  kopitabeller[i].typer, kopier_raekke, &k, d);
        if (st == SAG_OK)
            st = k.st;
    }
    if (st == SAG_OK && til->ops->kopi_faerdig != NULL)
        st = til->ops->kopi_faerdig(til, d);
    sag_store_fortryd(fra); /* a read transaction: nothing to keep */
    if (st != SAG_OK) {
        sag_store_fortryd(til);
        return st;
    }
    if ((st = sag_store_bekraeft(til, d)) == SAG_OK)
        *antal = k.antal;
    return st;
}

/* ---- awards (migration 010, include/skadesag/ydelse.h) ---- */

enum sag_status
sag_store_ydelse_gem(struct sag_store *s, const struct sag_ydelse *y,
                     struct sag_diag *d)
{
    char tid[SAG_TID_LEN];

    if (y->id[0] == '\0' || y->sag_id[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/ydelse_id",
                            "ydelsen mangler id eller sag");
    if (y->erstattet)
        return sag_diag_set(d, SAG_EINVAL, "/erstattet",
                            "en ny ydelse kan ikke være erstattet");
    if (y->har_til && y->til.dage < y->fra.dage)
        return sag_diag_set(d, SAG_EINVAL, "/til",
                            "slutdatoen ligger før startdatoen");
    s->ur(s->ur_ctx, tid);
    return s->ops->ydelse_gem(s, y, tid, d);
}

enum sag_status
sag_store_ydelse_erstat(struct sag_store *s, const char *id,
                        struct sag_dato fra, const char *af, struct sag_diag *d)
{
    bool aendret = false;
    enum sag_status st;

    if ((st = s->ops->ydelse_erstat(s, id, fra.dage, af, &aendret, d)) !=
        SAG_OK)
        return st;
    if (!aendret) {
        /* Not found, or superseded from an earlier date already. */
        return sag_diag_set(d, SAG_ECONFLICT, "/ydelse_id",
                            "ydelsen findes ikke eller er allerede erstattet "
                            "fra en tidligere dato");
    }
    return SAG_OK;
}

enum sag_status
sag_store_ydelser(struct sag_store *s, const char *sag_id,
                  int (*cb)(void *ctx, const struct sag_ydelse *y), void *ctx,
                  struct sag_diag *d)
{
    if (sag_id == NULL)
        return sag_diag_set(d, SAG_EMISSING, "/sag_id", "mangler");
    return s->ops->ydelser(s, sag_id, 0, 0, cb, ctx, d);
}

enum sag_status
sag_store_ydelser_i_maaned(struct sag_store *s, struct sag_maaned m,
                           int (*cb)(void *ctx, const struct sag_ydelse *y),
                           void *ctx, struct sag_diag *d)
{
    if (m.maaned < 1 || m.maaned > 12)
        return sag_diag_set(d, SAG_EINVAL, "/maaned", "ugyldig måned");
    return s->ops->ydelser(s, NULL, sag_maaned_foerste(m).dage,
                           sag_maaned_sidste(m).dage, cb, ctx, d);
}

enum sag_status
sag_store_ydelse_betal(struct sag_store *s, const struct sag_ydelse_betaling *b,
                       struct sag_diag *d)
{
    struct sag_ydelse_betaling q = *b;
    char tid[SAG_TID_LEN];

    if (b->ydelse_id == NULL || b->ydelse_id[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/ydelse_id", "mangler");
    if (b->reference == NULL || b->reference[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/reference", "mangler");
    if (b->maaned < 1 || b->maaned > 12)
        return sag_diag_set(d, SAG_EINVAL, "/maaned", "ugyldig måned");
    s->ur(s->ur_ctx, tid);
    q.registreret = tid;
    return s->ops->ydelse_betal(s, &q, d);
}

enum sag_status
sag_store_ydelse_betalinger(struct sag_store *s, const char *ydelse_id,
                            int (*cb)(void *ctx,
                                      const struct sag_ydelse_betaling *b),
                            void *ctx, struct sag_diag *d)
{
    return s->ops->ydelse_betalinger(s, ydelse_id, cb, ctx, d);
}
