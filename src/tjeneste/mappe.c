/*
 * Use cases that read cases: the case folder as of a date, case lists and
 * worklists, the read log, and a case's export and import.
 *
 * What a role may see is decided here, once, for every front end: roles
 * that may not see full CPR numbers get the folder with the number masked
 * and without the payload of the event that holds it; every read of a
 * case by a person is logged with who, role and why (in the store, in the
 * same transaction as the read).
 */
#include "skadesag/tjeneste.h"

#include <stdio.h>
#include <string.h>

#include "skadesag/beregning_json.h"
#include "tjeneste_int.h"

#include "../base/banned.h"

/* Read and log; mask for the role. */
/* The case's awards into the arena (issue 14). */
struct ydelse_samling {
    struct sag_arena *a;
    struct sag_tj_mappe *ud;
    size_t plads;
    bool fejl;
};

static int
saml_ydelse(void *ctx, const struct sag_ydelse *y)
{
    struct ydelse_samling *c = ctx;

    if (c->ud->antal_ydelser >= c->plads) {
        size_t ny = c->plads ? 2 * c->plads : 8;
        struct sag_ydelse *q = sag_arena_alloc(c->a, ny * sizeof(*q));

        if (q == NULL) {
            c->fejl = true;
            return 1;
        }
        if (c->ud->antal_ydelser > 0)
            memcpy(q, c->ud->ydelser, c->ud->antal_ydelser * sizeof(*q));
        c->ud->ydelser = q;
        c->plads = ny;
    }
    c->ud->ydelser[c->ud->antal_ydelser++] = *y;
    return 0;
}

bool
sag_tj_mappe_men_beloeb(const struct sag_tj_mappe *m, const char *afgoerelse_id,
                        struct sag_penge *ud, int *aar)
{
    struct sag_penge sum = { 0 };
    bool fundet = false;

    for (size_t i = 0; i < m->antal_ydelser; i++) {
        const struct sag_ydelse *y = &m->ydelser[i];

        if (y->art != SAG_YDELSE_MEN ||
            strcmp(y->afgoerelse_id, afgoerelse_id) != 0)
            continue;
        if (sag_penge_add(sum, y->beloeb, &sum) != SAG_OK)
            return false;
        if (aar != NULL)
            *aar = y->niveau_aar;
        fundet = true;
    }
    *ud = sum;
    return fundet;
}

static enum sag_status
ydelser(struct sag_store *s, const char *sag_id, struct sag_arena *a,
        struct sag_tj_mappe *ud, struct sag_diag *d)
{
    struct ydelse_samling c = { a, ud, 0, false };
    enum sag_status st = sag_store_ydelser(s, sag_id, saml_ydelse, &c, d);

    if (st == SAG_OK && c.fejl)
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    return st;
}

static enum sag_status
laes(const struct sag_tj *k, enum sag_handling hvad, const char *sag_id,
     const char *grund, struct sag_arena *arena, struct sag_tj_mappe *ud,
     struct sag_diag *d)
{
    struct sag_hvem hvem = sag__tj_hvem(k);
    enum sag_status st;

    if ((st = sag__tj_adgang(k, hvad, d)) != SAG_OK)
        return st;
    /* Outside the scope: refused before anything is read or logged. */
    if (sag__tj_afgraenset(k) &&
        (st = sag__tj_tilstand(k, sag_id, &ud->m.tilstand, d)) != SAG_OK)
        return st;
    memset(ud, 0, sizeof(*ud));
    /* The case and its letters in one transaction (one snapshot); the
     * folder describes the letters and keeps none of their bytes. */
    if ((st = sag_store_begynd(k->store, d)) != SAG_OK)
        return st;
    st = sag_store_hent(k->store, sag_id, &hvem, grund, arena, &ud->m, d);
    if (st == SAG_OK)
        st = sag_store_breve(k->store, sag_id, arena, &ud->breve,
                             &ud->antal_breve, d);
    if (st == SAG_OK)
        st = ydelser(k->store, sag_id, arena, ud, d);
    if ((st = sag__tj_afslut(k, st, d)) != SAG_OK)
        return st;
    for (size_t i = 0; i < ud->antal_breve; i++) {
        ud->breve[i].pdf = NULL;
        ud->breve[i].html = NULL;
    }
    ud->fuldt_cpr = sag_tj_ser_fuldt_cpr(k->rolle);
    if (!ud->fuldt_cpr) {
        char maske[SAG_CPR_LEN + 1];

        sag_cpr_maskeret(ud->m.tilstand.cpr, maske);
        memcpy(ud->m.tilstand.cpr, maske, sizeof(maske));
        /* The "oprettet" payload holds the CPR number, a party's payload
         * may (part_cpr). */
        for (size_t i = 0; i < ud->m.antal_haendelser; i++)
            if (strcmp(ud->m.haendelser[i].type, "oprettet") == 0 ||
                strcmp(ud->m.haendelser[i].type, "part_tilfoejet") == 0)
                ud->m.haendelser[i].data = NULL;
        /* A CPR number typed into free text (a note, a reason, a title in
         * the payload) is masked too. */
        for (size_t i = 0; i < ud->m.antal_haendelser; i++) {
            struct sag_haendelse_post *p = &ud->m.haendelser[i];
            const char *b = sag__tj_masker_cpr(arena, p->begrundelse);
            const char *x = sag__tj_masker_cpr(arena, p->data);

            if ((p->begrundelse != NULL && b == NULL) ||
                (p->data != NULL && x == NULL))
                return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
            p->begrundelse = b;
            p->data = x;
        }
        for (size_t i = 0; i < ud->m.tilstand.antal_parter; i++)
            if (ud->m.tilstand.parter[i].cpr[0] != '\0') {
                sag_cpr_maskeret(ud->m.tilstand.parter[i].cpr, maske);
                memcpy(ud->m.tilstand.parter[i].cpr, maske, sizeof(maske));
            }
    }
    ud->idag = k->idag;
    ud->regime = sag_fristregime(&ud->m.tilstand);
    ud->antal_frister = sag_frister(&ud->m.tilstand, &k->kalender, k->idag,
                                    ud->frister, SAG_MAKS_FRISTER);
    ud->antal_opgaver = sag_opgaver(&ud->m.tilstand, &k->kalender, ud->opgaver,
                                    SAG_MAKS_OPGAVER);
    return SAG_OK;
}

enum sag_status
sag_tj_sagsmappe(const struct sag_tj *k, const char *sag_id, const char *grund,
                 struct sag_arena *arena, struct sag_tj_mappe *ud,
                 struct sag_diag *d)
{
    return laes(k, SAG_HANDLING_LAES_SAG, sag_id, grund, arena, ud, d);
}

enum sag_status
sag_tj_eksport(const struct sag_tj *k, const char *sag_id, const char *grund,
               struct sag_arena *arena, struct sag_tj_mappe *ud,
               struct sag_diag *d)
{
    const struct sag_tilstand *t = &ud->m.tilstand;
    struct sag_tj_dokument_indhold *dk;
    enum sag_status st;
    size_t n = 0;

    if ((st = laes(k, SAG_HANDLING_EKSPORT, sag_id,
                   grund != NULL && grund[0] != '\0' ? grund : "eksport", arena,
                   ud, d)) != SAG_OK)
        return st;
    /* The documents' bytes go with the case, each once, read (and checked
     * against its hash) after the case's rows. */
    if (t->antal_dokumenter == 0)
        return SAG_OK;
    if ((dk = sag_arena_calloc(arena, t->antal_dokumenter, sizeof(*dk))) ==
        NULL)
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    for (size_t i = 0; i < t->antal_dokumenter; i++) {
        const char *sha = t->dokumenter[i].sha256;
        bool set = false;

        for (size_t j = 0; j < n && !set; j++)
            set = strcmp(dk[j].sha256, sha) == 0;
        if (set)
            continue;
        if ((dk[n].sha256 = sag_arena_strdup(arena, sha)) == NULL)
            return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
        if ((st = sag_store_hent_dokument(k->store, sha, arena, &dk[n].mime,
                                          &dk[n].indhold, &dk[n].len, d)) !=
            SAG_OK)
            return st;
        n++;
    }
    ud->dokumenter = dk;
    ud->antal_dokumenter = n;
    return SAG_OK;
}

enum sag_status
sag_tj_liste(const struct sag_tj *k, const struct sag_liste_filter *f,
             int (*cb)(void *ctx, const struct sag_liste_post *p), void *ctx,
             struct sag_diag *d)
{
    struct sag_liste_filter g;
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_LISTE, d)) != SAG_OK)
        return st;
    g = *f;
    /* A filter value that matches nothing by its form is a mistake. */
    if (g.team != NULL && g.team[0] == '\0')
        return sag_diag_set(d, SAG_EINVAL, "/team", "må ikke være tom");
    if (g.sagsbehandler != NULL && g.sagsbehandler[0] == '\0')
        return sag_diag_set(d, SAG_EINVAL, "/sagsbehandler",
                            "må ikke være tom");
    if (g.status != NULL && strcmp(g.status, "aaben") != 0 &&
        strcmp(g.status, "lukket") != 0)
        return sag_diag_set(d, SAG_EINVAL, "/status",
                            "skal være aaben eller lukket");
    if (g.type != NULL) {
        bool kendt = false;

        for (int t = SAG_SAGSTYPE_ULYKKE; t <= SAG_SAGSTYPE_VETERAN; t++)
            kendt =
                kendt ||
                strcmp(g.type, sag_sagstype_navn((enum sag_sagstype)t)) == 0;
        if (!kendt)
            return sag_diag_set(d, SAG_EINVAL, "/type", "ukendt sagstype");
    }
    if (k->team != NULL && k->team[0] != '\0') {
        if (g.team != NULL && strcmp(g.team, k->team) != 0)
            return sag_diag_set(d, SAG_EADGANG, "/team",
                                "du kan kun se dit eget teams sager");
        g.team = k->team;
    }
    return sag_store_liste(k->store, &g, cb, ctx, d);
}

#define SOEG_GRUND "soegning paa CPR-nummer"

/* The hits of a search, copied out of the store's rows: the read log is
 * written only after the list has been read, since a store may not run a
 * statement while another one's rows are still coming (PostgreSQL's
 * single-row mode). A person has few cases. */
struct soeg_hits {
    struct sag_arena *a;
    struct sag_liste_post *p;
    size_t n, plads;
};

static int
soeg_saml(void *ctx, const struct sag_liste_post *p)
{
    struct soeg_hits *h = ctx;
    struct sag_liste_post *q;

    if (h->n == h->plads) {
        size_t ny = h->plads ? 2 * h->plads : 8;

        if ((q = sag_arena_calloc(h->a, ny, sizeof(*q))) == NULL)
            return 1;
        if (h->n)
            memcpy(q, h->p, h->n * sizeof(*q));
        h->p = q;
        h->plads = ny;
    }
    q = &h->p[h->n];
    q->id = sag_arena_strdup(h->a, p->id);
    q->type = sag_arena_strdup(h->a, p->type);
    q->generation = sag_arena_strdup(h->a, p->generation);
    q->status = sag_arena_strdup(h->a, p->status);
    q->team = sag_arena_strdup(h->a, p->team ? p->team : "");
    q->sagsbehandler =
        sag_arena_strdup(h->a, p->sagsbehandler ? p->sagsbehandler : "");
    q->anerkendelse =
        sag_arena_strdup(h->a, p->anerkendelse ? p->anerkendelse : "");
    q->men = sag_arena_strdup(h->a, p->men ? p->men : "");
    q->erhvervsevnetab =
        sag_arena_strdup(h->a, p->erhvervsevnetab ? p->erhvervsevnetab : "");
    q->naeste_forfald =
        sag_arena_strdup(h->a, p->naeste_forfald ? p->naeste_forfald : "");
    q->oprettet = sag_arena_strdup(h->a, p->oprettet ? p->oprettet : "");
    q->venter = p->venter;
    if (sag_arena_status(h->a) != SAG_OK)
        return 1;
    h->n++;
    return 0;
}

/* Search by the canonical CPR number, each hit read-logged with `grund`. */
static enum sag_status
soeg(const struct sag_tj *k, const char *cpr, const char *undtagen,
     const char *grund, int (*cb)(void *ctx, const struct sag_liste_post *p),
     void *ctx, struct sag_diag *d)
{
    struct sag_liste_filter f;
    struct sag_arena a;
    struct soeg_hits h;
    struct sag_hvem hvem = { k->bruger, sag_rolle_navn(k->rolle) };
    char kanon[SAG_CPR_LEN + 1];
    enum sag_status st;

    if ((st = sag_cpr_valider(cpr, kanon, NULL, d)) != SAG_OK)
        return st;
    memset(&f, 0, sizeof(f));
    f.cpr = kanon;
    if (k->team != NULL && k->team[0] != '\0')
        f.team = k->team;
    sag_arena_init(&a, 1u << 20);
    h = (struct soeg_hits){ &a, NULL, 0, 0 };
    /* One transaction: the hits and their read-log rows together. */
    if ((st = sag_store_begynd(k->store, d)) != SAG_OK) {
        sag_arena_release(&a);
        return st;
    }
    st = sag_store_liste(k->store, &f, soeg_saml, &h, d);
    if (st == SAG_OK && sag_arena_status(&a) != SAG_OK)
        st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    for (size_t i = 0; st == SAG_OK && i < h.n; i++) {
        if (undtagen != NULL && strcmp(h.p[i].id, undtagen) == 0)
            continue;
        st = sag_store_log_laesning(k->store, h.p[i].id, &hvem, grund, d);
        if (st == SAG_OK && cb(ctx, &h.p[i]) != 0)
            break;
    }
    st = sag__tj_afslut(k, st, d);
    sag_arena_release(&a);
    return st;
}

enum sag_status
sag_tj_soeg_cpr(const struct sag_tj *k, const char *cpr,
                int (*cb)(void *ctx, const struct sag_liste_post *p), void *ctx,
                struct sag_diag *d)
{
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_LISTE, d)) != SAG_OK)
        return st;
    if (!sag_tj_ser_fuldt_cpr(k->rolle))
        return sag_diag_set(d, SAG_EADGANG, "/cpr",
                            "rollen må ikke søge på CPR-nummer");
    return soeg(k, cpr, NULL, SOEG_GRUND, cb, ctx, d);
}

#define MINE_SAGER_GRUND "egne sager"

enum sag_status
sag_tj_mine_sager(const struct sag_tj *k,
                  int (*cb)(void *ctx, const struct sag_liste_post *p),
                  void *ctx, struct sag_diag *d)
{
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_LAES_SAG, d)) != SAG_OK)
        return st;
    /* Only a citizen has cases of their own: the account's CPR number is
     * the scope (sag_tj_omfang), never a number the caller gives. */
    if (k->rolle != SAG_ROLLE_BORGER)
        return sag_diag_set(d, SAG_EADGANG, "/rolle",
                            "kun en borger har egne sager");
    if (k->cpr == NULL || k->cpr[0] == '\0')
        return sag_diag_set(d, SAG_EADGANG, "/cpr",
                            "kontoen har intet CPR-nummer");
    return soeg(k, k->cpr, NULL, MINE_SAGER_GRUND, cb, ctx, d);
}

#define SOEG_NAVN_GRUND "soegning paa navn"

/* Does `navn` contain `del`, ignoring the case of ASCII letters? (Other
 * bytes, such as æ, ø, å in UTF-8, must match exactly.) The worklists'
 * free-text filter. */
static bool
indeholder(const char *navn, const char *del)
{
    size_t n = strlen(navn), m = strlen(del);

    for (size_t i = 0; m <= n && i <= n - m; i++) {
        size_t j = 0;

        while (j < m) {
            unsigned char a = (unsigned char)navn[i + j],
                          b = (unsigned char)del[j];

            if (a >= 'A' && a <= 'Z')
                a = (unsigned char)(a - 'A' + 'a');
            if (b >= 'A' && b <= 'Z')
                b = (unsigned char)(b - 'A' + 'a');
            if (a != b)
                break;
            j++;
        }
        if (j == m)
            return true;
    }
    return false;
}

/* The most cases a search by name looks at: with more candidates (cases
 * with party words starting with the search's longest words) it is
 * refused as too broad. */
#define SOEG_NAVN_MAKS 1000

/* The (up to SAG_LISTE_NAVNEORD) longest of the n words into `ud`, longest
 * first: the index's most selective prefixes. */
static void
laengste(char (*ord)[SAG_NAVNEORD_MAX], size_t n,
         const char *ud[SAG_LISTE_NAVNEORD], size_t *antal)
{
    bool brugt[SAG_NAVNEORD_MAX] = { false };

    *antal = 0;
    while (*antal < SAG_LISTE_NAVNEORD && *antal < n) {
        size_t b = n;

        for (size_t i = 0; i < n; i++)
            if (!brugt[i] && (b == n || strlen(ord[i]) > strlen(ord[b])))
                b = i;
        brugt[b] = true;
        ud[(*antal)++] = ord[b];
    }
}

enum sag_status
sag_tj_soeg_navn(const struct sag_tj *k, const char *navn,
                 int (*cb)(void *ctx, const struct sag_liste_post *p),
                 void *ctx, struct sag_diag *d)
{
    struct sag_liste_filter f;
    struct sag_arena a;
    struct soeg_hits h;
    struct sag_hvem hvem = { k->bruger, sag_rolle_navn(k->rolle) };
    struct sag_tilstand *t;
    enum sag_status st;
    char ord[SAG_NAVNEORD_MAX][SAG_NAVNEORD_MAX];
    const char *valgt[SAG_LISTE_NAVNEORD];
    size_t n, antal;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_LISTE, d)) != SAG_OK)
        return st;
    /* A name is personal data: the roles that see full CPR numbers. */
    if (!sag_tj_ser_fuldt_cpr(k->rolle))
        return sag_diag_set(d, SAG_EADGANG, "/navn",
                            "rollen må ikke søge på navn");
    /* The name is never echoed (errors and logs carry no personal data). */
    if (navn == NULL || strlen(navn) < 2)
        return sag_diag_set(d, SAG_EINVAL, "/navn",
                            "skriv mindst 2 tegn af navnet");
    if (strlen(navn) > 200)
        return sag_diag_set(d, SAG_EINVAL, "/navn", "for langt");
    /* Not well-formed UTF-8: no name is (and PostgreSQL refuses it). */
    if (!sag_utf8_gyldig(navn))
        return sag_diag_set(d, SAG_EINVAL, "/navn", "ugyldige tegn");
    /* The index of names (migration 17) gives the candidates: the cases
     * with, for each of the search's (up to 3) longest words, a party's
     * word starting with it. */
    if ((n = sag_navneord(navn, ord, sizeof(ord) / sizeof(ord[0]))) == 0)
        return sag_diag_set(d, SAG_EINVAL, "/navn",
                            "skriv bogstaver eller tal af navnet");
    laengste(ord, n, valgt, &antal);
    memset(&f, 0, sizeof(f));
    if (k->team != NULL && k->team[0] != '\0')
        f.team = k->team;
    f.navneord = valgt;
    f.antal_navneord = antal;
    /* One more than the most, so that a search too broad is told so
     * rather than cut short without a word. */
    f.graense = SOEG_NAVN_MAKS + 1;
    sag_arena_init(&a, 1u << 20);
    h = (struct soeg_hits){ &a, NULL, 0, 0 };
    if ((t = sag_arena_alloc(&a, sizeof(*t))) == NULL) {
        sag_arena_release(&a);
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    }
    /* One transaction: the candidates are listed first, then each one's
     * parties (as the part_tilfoejet events recorded them) are read and
     * matched (sag_navn_matcher: every word of the search starts a word of
     * one party's name), and each hit is logged with its read. */
    if ((st = sag_store_begynd(k->store, d)) != SAG_OK) {
        sag_arena_release(&a);
        return st;
    }
    st = sag_store_liste(k->store, &f, soeg_saml, &h, d);
    if (st == SAG_OK && sag_arena_status(&a) != SAG_OK)
        st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    if (st == SAG_OK && h.n > SOEG_NAVN_MAKS)
        st = sag_diag_set(d, SAG_EINVAL, "/navn",
                          "over %d sager har navne, der begynder sådan: "
                          "skriv mere af navnet",
                          SOEG_NAVN_MAKS);
    for (size_t i = 0; st == SAG_OK && i < h.n; i++) {
        bool fundet = false;

        if ((st = sag_store_tilstand(k->store, h.p[i].id, t, d)) != SAG_OK)
            break;
        for (size_t j = 0; j < t->antal_parter && !fundet; j++)
            fundet = sag_navn_matcher(t->parter[j].navn, navn);
        if (!fundet)
            continue;
        st = sag_store_log_laesning(k->store, h.p[i].id, &hvem, SOEG_NAVN_GRUND,
                                    d);
        if (st == SAG_OK && cb(ctx, &h.p[i]) != 0)
            break;
    }
    st = sag__tj_afslut(k, st, d);
    sag_arena_release(&a);
    return st;
}

struct dublet {
    struct sag_store *store;
    const char *undtagen;
    struct sag_dato skadedato;
    char (*ids)[SAG_ID_MAX];
    size_t max, antal;
};

static int
dublet_post(void *ctx, const struct sag_liste_post *p)
{
    struct dublet *u = ctx;
    struct sag_tilstand t;
    struct sag_diag d;

    if (u->undtagen != NULL && strcmp(p->id, u->undtagen) == 0)
        return 0;
    if (sag_store_tilstand(u->store, p->id, &t, &d) != SAG_OK ||
        t.skadedato.dage != u->skadedato.dage)
        return 0;
    if (u->antal < u->max)
        (void)snprintf(u->ids[u->antal], SAG_ID_MAX, "%s", p->id);
    u->antal++;
    return 0;
}

enum sag_status
sag_tj_dubletter(const struct sag_tj *k, const struct sag_haendelse *h,
                 const char *undtagen, char ids[][SAG_ID_MAX], size_t max,
                 size_t *antal, struct sag_diag *d)
{
    struct dublet u = { k->store, undtagen, h->ny.skadedato, ids, max, 0 };
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_OPRET, d)) != SAG_OK)
        return st;
    if ((st = soeg(k, h->ny.cpr, undtagen, SOEG_GRUND, dublet_post, &u, d)) !=
        SAG_OK)
        return st;
    *antal = u.antal;
    return SAG_OK;
}

struct arbejde {
    const struct sag_tj *k;
    struct sag_arena *arena;
    struct sag_tj_arbejdspost *poster;
    size_t antal, plads;
    bool fejl;
};

static const char *
kopi(struct arbejde *a, const char *s)
{
    const char *c = sag_arena_strdup(a->arena, s != NULL ? s : "");

    a->fejl = a->fejl || c == NULL;
    return c;
}

static int
arbejdspost(void *ctx, const struct sag_arbejdspost *p)
{
    struct arbejde *a = ctx;
    struct sag_tj_arbejdspost *q;
    struct sag_dato f;

    if (a->antal == a->plads) {
        size_t ny = a->plads ? 2 * a->plads : 64;
        struct sag_tj_arbejdspost *n =
            sag_arena_alloc(a->arena, ny * sizeof(*n));

        if (n == NULL) {
            a->fejl = true;
            return 1;
        }
        if (a->antal)
            memcpy(n, a->poster, a->antal * sizeof(*n));
        a->poster = n;
        a->plads = ny;
    }
    q = &a->poster[a->antal];
    q->p.sag_id = kopi(a, p->sag_id);
    q->p.art = kopi(a, p->art);
    q->p.forfald = kopi(a, p->forfald);
    q->p.tekst = kopi(a, p->tekst);
    q->p.ref = kopi(a, p->ref);
    q->p.sagsbehandler = kopi(a, p->sagsbehandler);
    q->p.venter = p->venter;
    q->p.type = kopi(a, p->type);
    /* A wait on an external party carries the date it began. */
    q->overskredet =
        strcmp(p->art, "afventer") != 0 &&
        sag_dato_parse_iso(p->forfald, strlen(p->forfald), &f) == SAG_OK &&
        f.dage < a->k->idag.dage;
    a->antal++;
    return a->fejl;
}

static bool
foer(const struct sag_tj_arbejdspost *x, const struct sag_tj_arbejdspost *y)
{
    int c = strcmp(x->p.forfald, y->p.forfald);

    return c < 0 || (c == 0 && strcmp(x->p.sag_id, y->p.sag_id) < 0);
}

/* A reply whose deadline has passed no longer waits on others: chasing it
 * is AES's to do (issue 10, item 7). The overdue lines move from the
 * waiting list (a[1]) into the to-do list (a[0]), which stays sorted by due
 * date and at most `graense` long. Both lists are sorted. */
static int
flyt_forfaldne(struct arbejde a[2], size_t graense)
{
    size_t n0 = a[0].antal, n1 = a[1].antal, i = 0, j = 0, m = 0, r = 0;
    struct sag_tj_arbejdspost *ny;

    for (size_t x = 0; x < n1; x++)
        m += a[1].poster[x].overskredet;
    if (m == 0)
        return 0;
    if ((ny = sag_arena_alloc(a[0].arena, (n0 + m) * sizeof(*ny))) == NULL)
        return 1;
    for (size_t x = 0; x < n0 + m; x++) {
        while (j < n1 && !a[1].poster[j].overskredet)
            j++;
        if (j < n1 && (i == n0 || foer(&a[1].poster[j], &a[0].poster[i])))
            ny[x] = a[1].poster[j++];
        else
            ny[x] = a[0].poster[i++];
    }
    for (size_t x = 0; x < n1; x++)
        if (!a[1].poster[x].overskredet)
            a[1].poster[r++] = a[1].poster[x];
    a[0].poster = ny;
    a[0].antal = graense && n0 + m > graense ? graense : n0 + m;
    a[1].antal = r;
    return 0;
}

enum sag_status
sag_tj_arbejdsliste(const struct sag_tj *k, const char *team,
                    const char *sagsbehandler, size_t graense,
                    struct sag_arena *arena, struct sag_tj_arbejdsliste *ud,
                    struct sag_diag *d)
{
    struct arbejde a[2];
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_LISTE, d)) != SAG_OK)
        return st;
    /* Not empty (an empty one matches nothing, silently). */
    if (team != NULL && team[0] == '\0')
        return sag_diag_set(d, SAG_EINVAL, "/team", "må ikke være tom");
    if (sagsbehandler != NULL && sagsbehandler[0] == '\0')
        return sag_diag_set(d, SAG_EINVAL, "/sagsbehandler",
                            "må ikke være tom");
    /* A team-scoped user sees the team's list or their own. */
    if (k->team != NULL && k->team[0] != '\0' &&
        !(team != NULL && strcmp(team, k->team) == 0) &&
        !(team == NULL && sagsbehandler != NULL &&
          strcmp(sagsbehandler, k->bruger) == 0))
        return sag_diag_set(d, SAG_EADGANG, "/team",
                            "du kan kun se dit eget teams arbejdsliste");
    memset(a, 0, sizeof(a));
    /* Both lists from one snapshot, in one read transaction. */
    if ((st = sag_store_begynd_laes(k->store, d)) != SAG_OK)
        return st;
    for (int venter = 0; st == SAG_OK && venter < 2; venter++) {
        a[venter].k = k;
        a[venter].arena = arena;
        st = sag_store_arbejdsliste(k->store, team, sagsbehandler, venter,
                                    graense, arbejdspost, &a[venter], d);
        if (st == SAG_OK && a[venter].fejl)
            st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    }
    if ((st = sag__tj_afslut(k, st, d)) != SAG_OK)
        return st;
    if (flyt_forfaldne(a, graense) != 0)
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    ud->til_behandling = a[0].poster;
    ud->antal_til_behandling = a[0].antal;
    ud->venter = a[1].poster;
    ud->antal_venter = a[1].antal;
    return SAG_OK;
}

/* ---- the worklist's filter (issue 12) ---- */

/* The most lines of each list a filter looks through. */
#define FILTER_MAKS 100000

static bool
sat(const char *s)
{
    return s != NULL && s[0] != '\0';
}

static bool
lig(const char *a, const char *b)
{
    return a != NULL && b != NULL && strcmp(a, b) == 0;
}

/* Whether a line of the list `venter` (what waits on others) passes. */
static bool
med(const struct sag_tj_arbejdsfilter *f, const struct sag_tj_arbejdspost *p,
    bool venter)
{
    struct sag_dato d;

    if (p->p.forfald != NULL &&
        sag_dato_parse_iso(p->p.forfald, strlen(p->p.forfald), &d) == SAG_OK) {
        if (f->har_fra && d.dage < f->fra.dage)
            return false;
        if (f->har_til && d.dage > f->til.dage)
            return false;
    }
    if (lig(f->status, "venter") && !venter)
        return false;
    if ((lig(f->status, "overskredet") || lig(f->status, "i_tide")) &&
        (venter || p->overskredet != lig(f->status, "overskredet")))
        return false;
    if (sat(f->type) && !lig(p->p.type, f->type))
        return false;
    /* The lines' strings are never NULL (kopi). */
    if (sat(f->tekst) && !indeholder(p->p.sag_id, f->tekst) &&
        !indeholder(p->p.tekst, f->tekst) &&
        !indeholder(p->p.sagsbehandler, f->tekst))
        return false;
    return true;
}

static size_t
filtrer(const struct sag_tj_arbejdsfilter *f, struct sag_tj_arbejdspost *p,
        size_t n, bool venter, size_t graense)
{
    size_t m = 0;

    for (size_t i = 0; i < n && (graense == 0 || m < graense); i++)
        if (med(f, &p[i], venter))
            p[m++] = p[i];
    return m;
}

enum sag_status
sag_tj_arbejdsliste_filtreret(const struct sag_tj *k, const char *team,
                              const char *sagsbehandler,
                              const struct sag_tj_arbejdsfilter *f,
                              size_t graense, struct sag_arena *arena,
                              struct sag_tj_arbejdsliste *ud,
                              struct sag_diag *d)
{
    struct sag_tj_arbejdsliste l;
    enum sag_status st;
    bool kendt = false;

    /* No filter: the store's limit, not every task of the team filtered
     * (a team's worklist on 1.000.000 cases has some 16.000 tasks). */
    if (f == NULL || (!sat(f->status) && !sat(f->type) && !sat(f->tekst) &&
                      !f->har_fra && !f->har_til))
        return sag_tj_arbejdsliste(k, team, sagsbehandler, graense, arena, ud,
                                   d);
    if (sat(f->status) && !lig(f->status, "overskredet") &&
        !lig(f->status, "i_tide") && !lig(f->status, "venter"))
        return sag_diag_set(d, SAG_EINVAL, "/status",
                            "skal være overskredet, i_tide eller venter");
    for (int t = SAG_SAGSTYPE_ULYKKE; sat(f->type) && t <= SAG_SAGSTYPE_VETERAN;
         t++)
        kendt = kendt || lig(f->type, sag_sagstype_navn((enum sag_sagstype)t));
    if (sat(f->type) && !kendt)
        return sag_diag_set(d, SAG_EINVAL, "/type", "ukendt sagstype");
    if (f->har_fra && f->har_til && f->til.dage < f->fra.dage)
        return sag_diag_set(d, SAG_EINVAL, "/til",
                            "perioden slutter, før den begynder");
    if ((st = sag_tj_arbejdsliste(k, team, sagsbehandler, FILTER_MAKS, arena,
                                  &l, d)) != SAG_OK)
        return st;
    l.antal_til_behandling =
        filtrer(f, l.til_behandling, l.antal_til_behandling, false, graense);
    l.antal_venter = filtrer(f, l.venter, l.antal_venter, true, graense);
    *ud = l;
    return SAG_OK;
}

enum sag_status
sag_tj_laesninger(const struct sag_tj *k, const char *sag_id,
                  int (*cb)(void *ctx, const struct sag_laesning *l), void *ctx,
                  struct sag_diag *d)
{
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_LAESNINGER, d)) != SAG_OK)
        return st;
    if (!sag__tj_afgraenset(k)) {
        struct sag_tilstand t;

        if ((st = sag_store_tilstand(k->store, sag_id, &t, d)) != SAG_OK)
            return st;
    } else {
        struct sag_tilstand t;

        if ((st = sag__tj_tilstand(k, sag_id, &t, d)) != SAG_OK)
            return st;
    }
    return sag_store_laesninger(k->store, sag_id, cb, ctx, d);
}

/* Issue 16, item 3: an imported loss decision is the engine's, or it is not
 * stored. Its input is recomputed with the tables in force here; the
 * tables must be the ones it names, and the result, trace included, must
 * be its result to the byte (a capital sum of 9.999.999.999,99 kr. with
 * its hashes recomputed is refused here). */
static enum sag_status
genberegn_import(const struct sag_tj *k, const struct sag_afgoerelse_post *p,
                 struct sag_diag *d)
{
    struct sag_arena a;
    struct sag_beregning_input in;
    struct sag_beregning r;
    struct sag_spor sp;
    struct sag_buf res;
    struct sag_diag ign;
    enum sag_status st = SAG_OK;

    if (p->fase == NULL || strcmp(p->fase, "erhvervsevnetab") != 0)
        return SAG_OK;
    if (k->satser == NULL)
        return sag_diag_set(d, SAG_EINTERNAL, "",
                            "satstabellerne er ikke indlæst");
    if (p->input == NULL || p->resultat == NULL || p->satser_checksum == NULL ||
        strcmp(p->satser_checksum, sag_satser_checksum(k->satser)) != 0)
        return sag_diag_set(d, SAG_ECONFLICT, "/afgoerelser",
                            "afgørelse %s er beregnet med andre satstabeller "
                            "og kan ikke genberegnes her",
                            p->id);
    sag_arena_init(&a, 0);
    sag_buf_init(&res, 0);
    sag_diag_init(&ign);
    if (sag_beregning_input_fra_json(p->input, strlen(p->input), &a, &in,
                                     &ign) != SAG_OK)
        st = SAG_ECONFLICT;
    if (st == SAG_OK) {
        sag_spor_init(&sp, &a, true);
        if (sag_beregn(k->satser, &in, &sp, &r, &ign) != SAG_OK)
            st = SAG_ECONFLICT;
    }
    if (st == SAG_OK) {
        sag_beregning_til_json(&r, &sp, &res);
        if (sag_buf_status(&res) != SAG_OK || strcmp(res.buf, p->resultat) != 0)
            st = SAG_ECONFLICT;
    }
    sag_buf_release(&res);
    sag_arena_release(&a);
    if (st != SAG_OK)
        return sag_diag_set(d, SAG_ECONFLICT, "/afgoerelser",
                            "afgørelse %s er ikke motorens: genberegningen "
                            "giver et andet resultat",
                            p->id);
    return SAG_OK;
}

/* The decision record of an imported decision event, stored before the
 * event; its hash must be the one the event carries. */
static enum sag_status
importer_afgoerelse(const struct sag_tj *k, const struct sag_tj_import *imp,
                    const struct sag_haendelse *h, struct sag_diag *d)
{
    for (size_t j = 0; j < imp->antal_afgoerelser; j++) {
        struct sag_afgoerelse_post p = imp->afgoerelser[j];
        char hash[65];
        enum sag_status st;

        if (p.id == NULL || h->afgoerelse_id == NULL ||
            strcmp(p.id, h->afgoerelse_id) != 0)
            continue;
        p.sag_id = imp->id;
        if ((st = genberegn_import(k, &p, d)) != SAG_OK ||
            (st = sag_store_gem_afgoerelse(k->store, &p, hash, d)) != SAG_OK)
            return st;
        if (strcmp(hash, h->afgoerelse_hash) != 0)
            return sag_diag_set(d, SAG_ECONFLICT, "/afgoerelser",
                                "afgørelse %s stemmer ikke med sin hændelse",
                                p.id);
    }
    return SAG_OK;
}

static bool
har_dokument(const struct sag_tj_import *imp, const char *sha)
{
    for (size_t i = 0; sha != NULL && i < imp->antal_dokumenter; i++)
        if (strcmp(imp->dokumenter[i].sha256, sha) == 0)
            return true;
    return false;
}

static enum sag_status
import_en(const struct sag_tj *k, const struct sag_tj_import *imp,
          char id[SAG_ID_MAX], struct sag_diag *d)
{
    char nyt[SAG_ID_MAX];
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_IMPORT, d)) != SAG_OK)
        return st;
    if (imp->id == NULL || imp->id[0] == '\0' || imp->antal_haendelser == 0)
        return sag_diag_set(d, SAG_EINVAL, "/format",
                            "ikke en eksport fra 'skadesag sag eksport'");
    if (strlen(imp->id) >= SAG_ID_MAX)
        return sag_diag_set(d, SAG_EINVAL, "/id", "for langt sagsnummer");
    /* Issue 16, item 8: the id is a name (no control characters), and every
     * imported event gets the checks every new event gets. */
    if ((st = sag__tj_tekst(imp->id, false, "/id", d)) != SAG_OK)
        return st;
    for (size_t i = 0; i < imp->antal_haendelser; i++)
        if ((st = sag__tj_haendelse_tjek(&imp->haendelser[i], d)) != SAG_OK)
            return st;
    if (k->team != NULL && k->team[0] != '\0' &&
        (imp->haendelser[0].ny.team == NULL ||
         strcmp(imp->haendelser[0].ny.team, k->team) != 0))
        return sag_diag_set(d, SAG_EADGANG, "/team",
                            "du kan kun importere sager i dit eget team");
    memcpy(nyt, imp->id, strlen(imp->id) + 1);
    if ((st = sag_store_begynd(k->store, d)) != SAG_OK)
        return st;
    /* The documents first, each checked against the SHA-256 it claims
     * (the events name them by it). */
    for (size_t i = 0; st == SAG_OK && i < imp->antal_dokumenter; i++) {
        const struct sag_tj_dokument_indhold *x = &imp->dokumenter[i];
        const char *mime = sag__tj_dokumenttype(x->indhold, x->len);
        char sha[65];

        if (mime == NULL) {
            st = sag_diag_set(d, SAG_EINVAL, "/dokumenter",
                              "dokument nr. %zu er ikke en PDF eller et "
                              "billede (PNG, JPEG)",
                              i + 1);
            break;
        }
        st = sag_store_gem_dokument(k->store, mime, x->indhold, x->len, sha, d);
        if (st == SAG_OK && strcmp(sha, x->sha256) != 0)
            st = sag_diag_set(d, SAG_ECONFLICT, "/dokumenter",
                              "dokument nr. %zu stemmer ikke med sin SHA-256",
                              i + 1);
    }
    /* The explicit import path: decision records keep their recording
     * times (their hashes, carried by the events, cover them). */
    sag_store_tillad_historik(k->store, true);
    for (size_t i = 0; st == SAG_OK && i < imp->antal_haendelser; i++) {
        const struct sag_haendelse *h = &imp->haendelser[i];

        if (h->afgoerelse_hash != NULL)
            st = importer_afgoerelse(k, imp, h, d);
        if (st == SAG_OK && h->type == SAG_H_DOKUMENT &&
            !har_dokument(imp, h->dokument))
            st = sag_diag_set(d, SAG_EMISSING, "/dokumenter",
                              "hændelse nr. %zu nævner et dokument, som "
                              "eksporten ikke indeholder",
                              i + 1);
        if (st != SAG_OK)
            break;
        if (i == 0)
            st = sag_store_opret(k->store, h, nyt, d);
        else
            st = sag_store_tilfoej(k->store, nyt, h, d);
    }
    sag_store_tillad_historik(k->store, false);
    if ((st = sag__tj_afslut(k, st, d)) != SAG_OK)
        return st;
    memcpy(id, nyt, SAG_ID_MAX);
    return SAG_OK;
}

/* import_en, run again after a serialization failure or deadlock
 * (sag_store_igen). */
enum sag_status
sag_tj_import(const struct sag_tj *k, const struct sag_tj_import *imp,
              char id[SAG_ID_MAX], struct sag_diag *d)
{
    enum sag_status st;
    int forsoeg = 0;

    do
        st = import_en(k, imp, id, d);
    while (sag_store_igen(k->store, st, &forsoeg, d));
    return st;
}

enum sag_status
sag_tj_gem_filter(const struct sag_tj *k, const char *navn,
                  const char *forespoergsel, struct sag_diag *d)
{
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_LISTE, d)) != SAG_OK)
        return st;
    return sag_store_gem_filter(k->store, k->bruger, navn, forespoergsel, d);
}

enum sag_status
sag_tj_filtre(const struct sag_tj *k,
              int (*cb)(void *ctx, const struct sag_gemt_filter *f), void *ctx,
              struct sag_diag *d)
{
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_LISTE, d)) != SAG_OK)
        return st;
    return sag_store_filtre(k->store, k->bruger, cb, ctx, d);
}
