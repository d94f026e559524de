/*
 * Case storage logic shared by every database adapter: replay a case from
 * its events, check a new event against the state (sag_tilstand_anvend),
 * append it to the hash chain, and keep the projections and tasks in the
 * same transaction. The adapter (sqlite.c) only moves rows.
 *
 * Hash chain: hash(n) = SHA-256(seq, case, nr, type, date, recorded, who,
 * why, payload, hash(n-1)), the first event chained to 64 zeros. Changing,
 * removing or reordering any stored event breaks every later hash.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "skadesag/buf.h"
#include "skadesag/frister.h"
#include "skadesag/sag_json.h"
#include "skadesag/sha256.h"

#include "store_int.h"

#include "../base/banned.h"

static const char NUL_HASH[65] =
    "0000000000000000000000000000000000000000000000000000000000000000";

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

void
sag_store_luk(struct sag_store *s)
{
    if (s != NULL)
        s->ops->luk(s);
}

void
sag_store_saet_ur(struct sag_store *s,
                  void (*ur)(void *ctx, char ud[SAG_TID_LEN]), void *ctx)
{
    s->ur = ur ? ur : sag__systemur;
    s->ur_ctx = ctx;
}

enum sag_status
sag_store_begynd(struct sag_store *s, struct sag_diag *d)
{
    enum sag_status st = SAG_OK;

    if (s->transaktioner == 0)
        st = s->ops->begynd(s, d);
    if (st == SAG_OK)
        s->transaktioner++;
    return st;
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
        else
            st = s->ops->bekraeft(s, d);
        if (st != SAG_OK)
            s->ops->fortryd(s);
        s->afbrudt = false;
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
    } else if (s->transaktioner > 1) {
        s->afbrudt = true;
    }
    if (s->transaktioner > 0)
        s->transaktioner--;
}

/* The hash of one event (see the file comment). */
static void
haendelse_hash(long long seq, const char *sag_id,
               const struct sag_haendelse_post *p, const char *forrige,
               char ud[65])
{
    struct sag_sha256 c;
    unsigned char digest[32];
    char tal[48];
    const char *dele[9];
    int n;

    sag_sha256_init(&c);
    n = snprintf(tal, sizeof(tal), "%lld\n%d\n", seq, p->nr);
    sag_sha256_update(&c, tal, (size_t)n);
    dele[0] = sag_id;
    dele[1] = p->type;
    dele[2] = p->dato;
    dele[3] = p->registreret;
    dele[4] = p->bruger;
    dele[5] = p->begrundelse;
    dele[6] = p->data;
    dele[7] = forrige;
    dele[8] = NULL;
    for (int i = 0; dele[i] != NULL; i++) {
        sag_sha256_update(&c, dele[i], strlen(dele[i]) + 1);
    }
    sag_sha256_final(&c, digest);
    sag_sha256_hex(digest, ud);
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

/* All projections of a case from its state: the case row, its tasks and
 * its report facts. `ny`: the case row is inserted (before its first
 * event, which refers to it). */
static enum sag_status
projicer(struct sag_store *s, const struct sag_tilstand *t, bool ny,
         long long seq, struct sag_diag *d)
{
    struct sag_kalender k = sag_kalender_standard();
    struct sag_opgave o[SAG_MAKS_OPGAVER];
    char forfald[SAG_DATO_ISO_LEN];
    size_t n = sag_opgaver(t, &k, o, SAG_MAKS_OPGAVER);
    enum sag_status st;

    bool venter = oversigt(o, n, forfald);

    st = s->ops->projektion(s, t, ny, sag_fristregime_navn(sag_fristregime(t)),
                            forfald[0] ? forfald : NULL, venter, seq, o, n, d);
    return st == SAG_OK ? skriv_fakta(s, t, d) : st;
}

/* Append `h` to case `sag_id` (state `t` already updated by the caller's
 * successful sag_tilstand_anvend) and refresh the projections. */
static enum sag_status
skriv(struct sag_store *s, const char *sag_id, const struct sag_haendelse *h,
      const struct sag_tilstand *t, bool ny, bool med_projektion,
      struct sag_diag *d)
{
    struct sag_buf data;
    struct sag_haendelse_post p;
    char forrige[65], hash[65], dato[SAG_DATO_ISO_LEN], tid[SAG_TID_LEN];
    long long seq;
    enum sag_status st = SAG_OK;

    if ((st = s->ops->sidste(s, &seq, forrige, d)) != SAG_OK)
        return st;
    if (forrige[0] == '\0')
        memcpy(forrige, NUL_HASH, sizeof(forrige));
    sag_buf_init(&data, 0);
    sag_haendelse_data_json(h, &data);
    if (sag_buf_status(&data) != SAG_OK) {
        sag_buf_release(&data);
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    }
    sag_dato_format_iso(h->dato, dato);
    /* A given recording time (synthetic history, migration) is kept if it
     * has the form "2024-12-31T23:59:59Z"; otherwise the clock. */
    if (h->registreret != NULL && strlen(h->registreret) == SAG_TID_LEN - 1 &&
        h->registreret[10] == 'T' && h->registreret[SAG_TID_LEN - 2] == 'Z')
        memcpy(tid, h->registreret, SAG_TID_LEN);
    else
        s->ur(s->ur_ctx, tid);
    memset(&p, 0, sizeof(p));
    p.seq = seq + 1;
    p.nr = (int)t->antal_haendelser;
    p.type = sag_haendelsestype_navn(h->type);
    p.dato = dato;
    p.registreret = tid;
    p.bruger = h->bruger;
    p.begrundelse = h->begrundelse;
    p.data = data.buf;
    haendelse_hash(p.seq, sag_id, &p, forrige, hash);
    p.hash = hash;

    /* Several events appended together get their projections once, after
     * the last (`med_projektion`). */
    if (ny && med_projektion)
        st = projicer(s, t, true, p.seq, d);
    if (st == SAG_OK)
        st = s->ops->indsaet(s, sag_id, &p, d);
    if (st == SAG_OK && !ny && med_projektion)
        st = projicer(s, t, false, p.seq, d);
    sag_buf_release(&data);
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
        struct sag_haendelse_post *rows;
        size_t nr;

        if (i % 2000 == 0 && (st = sag_store_begynd(s, d)) != SAG_OK)
            break;
        sag_arena_init(&b, 0);
        st = genopbyg(s, l.id[i], &b, &t, &rows, &nr, d);
        if (st == SAG_OK)
            st = projicer(s, &t, false, nr ? rows[nr - 1].seq : 0, d);
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
    char navn[32];
    long long nr;
    int aar = sag_dato_aar(h->dato);
    enum sag_status st;

    if (h->type != SAG_H_OPRETTET)
        return sag_diag_set(d, SAG_EINVAL, "/type",
                            "en ny sag begynder med hændelsen oprettet");
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
        (st = skriv(s, t.id, h, &t, true, true, d)) != SAG_OK)
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
    enum sag_status st;

    if (n == 0)
        return SAG_OK;
    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        return st;
    sag_arena_init(&a, 0);
    st = genopbyg(s, sag_id, &a, &t, NULL, NULL, d);
    for (size_t i = 0; st == SAG_OK && i < n; i++) {
        st = sag_tilstand_anvend(&t, &h[i], d);
        if (st == SAG_OK)
            st = skriv(s, sag_id, &h[i], &t, false, i + 1 == n, d);
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
    char tid[SAG_TID_LEN];
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
    if (st == SAG_OK) {
        s->ur(s->ur_ctx, tid);
        st = s->ops->laesning(s, sag_id, hvem, grund, tid, d);
    }
    if (st != SAG_OK) {
        sag_store_fortryd(s);
        return st;
    }
    return sag_store_bekraeft(s, d);
}

enum sag_status
sag_store_gem_afgoerelse(struct sag_store *s,
                         const struct sag_afgoerelse_post *p, char hash_ud[65],
                         struct sag_diag *d)
{
    struct sag_afgoerelse_post q = *p;
    char tid[SAG_TID_LEN], hash[65];
    enum sag_status st;

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
sag_store_laesninger(struct sag_store *s, const char *sag_id,
                     int (*cb)(void *ctx, const struct sag_laesning *l),
                     void *ctx, struct sag_diag *d)
{
    return s->ops->laesninger(s, sag_id, cb, ctx, d);
}

/* Verification state: the running chain and the cases seen. */
struct kontrol {
    struct sag_store *s;
    char forrige[65];
    long long antal, forventet_seq;
    struct sag_diag *d;
    enum sag_status st;
    char (*sager)[SAG_ID_MAX];
    size_t antal_sager, plads;
    struct sag_arena *a;
};

static int
kontroller_haendelse(void *ctx, const char *sag_id,
                     const struct sag_haendelse_post *p)
{
    struct kontrol *k = ctx;
    char hash[65];

    k->forventet_seq++;
    if (p->seq != k->forventet_seq) {
        k->st = sag_diag_set(k->d, SAG_ECONFLICT, "",
                             "hændelseskæden har et hul ved nr. %lld",
                             k->forventet_seq);
        return 1;
    }
    haendelse_hash(p->seq, sag_id, p, k->forrige, hash);
    if (strcmp(hash, p->hash) != 0) {
        k->st = sag_diag_set(k->d, SAG_ECONFLICT, "",
                             "hændelse nr. %lld (sag %s) er ændret: "
                             "hashkæden brydes",
                             p->seq, sag_id);
        return 1;
    }
    memcpy(k->forrige, hash, sizeof(hash));
    k->antal++;
    if (p->nr == 1) {
        if (k->antal_sager == k->plads) {
            size_t ny = k->plads ? k->plads * 2 : 256;
            char(*nye)[SAG_ID_MAX] = sag_arena_alloc(k->a, ny * sizeof(*nye));

            if (nye == NULL) {
                k->st = SAG_ENOMEM;
                return 1;
            }
            if (k->antal_sager)
                memcpy(nye, k->sager, k->antal_sager * sizeof(*nye));
            k->sager = nye;
            k->plads = ny;
        }
        (void)snprintf(k->sager[k->antal_sager++], SAG_ID_MAX, "%s", sag_id);
    }
    return 0;
}

enum sag_status
sag_store_verificer(struct sag_store *s, long long *antal, struct sag_diag *d)
{
    struct kontrol k;
    struct sag_arena a;
    enum sag_status st;

    if ((st = s->ops->integritet(s, d)) != SAG_OK)
        return st;
    memset(&k, 0, sizeof(k));
    memcpy(k.forrige, NUL_HASH, sizeof(k.forrige));
    k.s = s;
    k.d = d;
    k.st = SAG_OK;
    sag_arena_init(&a, 0);
    k.a = &a;
    st = s->ops->alle_haendelser(s, kontroller_haendelse, &k, d);
    if (st == SAG_OK)
        st = k.st;
    /* Every case replays, and its decision records match their events. */
    for (size_t i = 0; st == SAG_OK && i < k.antal_sager; i++) {
        struct sag_arena b;
        struct sag_tilstand t;
        struct sag_haendelse_post *p;
        struct sag_afgoerelse_post *af;
        size_t n, na;

        sag_arena_init(&b, 0);
        st = genopbyg(s, k.sager[i], &b, &t, &p, &n, d);
        if (st == SAG_OK)
            st = s->ops->afgoerelser(s, k.sager[i], &b, &af, &na, d);
        for (size_t j = 0; st == SAG_OK && j < na; j++) {
            char hash[65];

            afgoerelse_hash(&af[j], hash);
            if (strcmp(hash, af[j].hash) != 0)
                st = sag_diag_set(d, SAG_ECONFLICT, "",
                                  "afgørelse %s er ændret", af[j].id);
            /* The decision's hash is also in the event that recorded it,
             * which the chain protects. */
            else {
                bool fundet = false;

                for (size_t e = 0; e < n && !fundet; e++)
                    fundet = strstr(p[e].data, hash) != NULL;
                if (!fundet)
                    st = sag_diag_set(d, SAG_ECONFLICT, "",
                                      "afgørelse %s er ikke registreret i "
                                      "hændelsesloggen",
                                      af[j].id);
            }
        }
        sag_arena_release(&b);
    }
    sag_arena_release(&a);
    if (st == SAG_OK)
        *antal = k.antal;
    return st;
}
