/*
 * Options of the subcommands ("--navn værdi" pairs, flags, positional
 * arguments), checked against what each subcommand takes, and the mapping
 * of a refusal to a message and an exit code. Shared by skadesag sag and
 * skadesag rapport.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "skadesag/store.h"

#include "../base/banned.h"

int
sag__laes_valg(int argc, char **argv, const char *const *flag,
               struct sag__valg *v)
{
    memset(v, 0, sizeof(*v));
    for (int i = 0; i < argc; i++) {
        bool er_flag = false;

        if (strncmp(argv[i], "--", 2) != 0 || argv[i][2] == '\0') {
            if (v->antal_pos == SAG__MAKS_POS)
                return -1;
            v->pos[v->antal_pos++] = argv[i];
            continue;
        }
        for (int k = 0; flag != NULL && flag[k]; k++)
            er_flag = er_flag || strcmp(argv[i], flag[k]) == 0;
        if (v->antal == SAG__MAKS_VALG || (!er_flag && i + 1 >= argc))
            return -1;
        v->navn[v->antal] = argv[i];
        v->vaerdi[v->antal++] = er_flag ? "ja" : argv[++i];
    }
    return 0;
}

const char *
sag__val(const struct sag__valg *v, const char *navn)
{
    for (size_t i = 0; i < v->antal; i++)
        if (strcmp(v->navn[i], navn) == 0)
            return v->vaerdi[i];
    return NULL;
}

int
sag__tjek_valg(const struct sag__valg *v, const char *kmd, const char *tilladt,
               const char *globale)
{
    char noegle[40];

    for (size_t i = 0; i < v->antal; i++) {
        if (snprintf(noegle, sizeof(noegle), " %s ", v->navn[i]) >=
                (int)sizeof(noegle) ||
            (strstr(tilladt, noegle) == NULL &&
             (globale == NULL || strstr(globale, noegle) == NULL))) {
            sag__fejl("%s: ukendt tilvalg til '%s'", v->navn[i], kmd);
            return -1;
        }
    }
    return 0;
}

int
sag__dato_valg(const struct sag__valg *v, const char *navn, bool kraevet,
               struct sag_dato *ud)
{
    const char *s = sag__val(v, navn);

    if (s == NULL) {
        if (kraevet)
            sag__fejl("%s: mangler (ÅÅÅÅ-MM-DD)", navn);
        return kraevet ? -1 : 1;
    }
    if (sag_dato_parse(s, strlen(s), ud) != SAG_OK) {
        sag__fejl("%s: '%s' er ikke en dato (DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD)",
                  navn, s);
        return -1;
    }
    return 0;
}

int
sag__exit(enum sag_status st)
{
    if (st == SAG_OK)
        return SAG_EXIT_OK;
    return st == SAG_EIO || st == SAG_ENOMEM || st == SAG_EINTERNAL
               ? SAG_EXIT_FEJL
               : SAG_EXIT_AFVIST;
}

int
sag__fejl_diag(enum sag_status st, const struct sag_diag *d)
{
    if (d->felt[0])
        sag__fejl("%s: %s", d->felt, d->besked);
    else
        sag__fejl("%s", d->besked[0] ? d->besked : sag_status_str(st));
    return sag__exit(st);
}

int
sag__skriv(struct sag_buf *b)
{
    sag_buf_addc(b, '\n');
    if (sag_buf_status(b) != SAG_OK ||
        fwrite(b->buf, 1, b->len, stdout) != b->len) {
        sag__fejl("kan ikke skrive resultatet");
        return SAG_EXIT_FEJL;
    }
    return SAG_EXIT_OK;
}

void
sag__kolonne(struct sag_buf *b, const char *s, size_t bredde)
{
    sag_buf_add_udfyldt(b, s, bredde, false);
    sag_buf_addc(b, ' ');
}

void
sag__global_fra_valg(struct sag__global *g, const struct sag__valg *v)
{
    g->json = g->json || sag__val(v, "--json") != NULL;
    if (sag__val(v, "--db") != NULL)
        g->db = sag__val(v, "--db");
    if (sag__val(v, "--bruger") != NULL)
        g->bruger = sag__val(v, "--bruger");
    if (sag__val(v, "--rolle") != NULL)
        g->rolle = sag__val(v, "--rolle");
    if (sag__val(v, "--idag") != NULL)
        g->idag = sag__val(v, "--idag");
    g->skrivebeskyttet =
        g->skrivebeskyttet || sag__val(v, "--skrivebeskyttet") != NULL;
}

int
sag__session_aabn(struct sag__session *s, const struct sag__global *g,
                  bool opret)
{
    const char *bruger = g->bruger ? g->bruger : getenv("SKADESAG_BRUGER");
    const char *rolle = g->rolle ? g->rolle : getenv("SKADESAG_ROLLE");
    struct sag_dato idag = sag__i_dag();
    struct sag_diag d;
    enum sag_status st;
    int r;

    memset(s, 0, sizeof(*s));
    s->json = g->json;
    /* Issue 16, item 6: identity fails closed. An explicit empty --bruger
     * or --rolle is an error, not a fallback; without any user (no
     * --bruger, $SKADESAG_BRUGER or $USER) the application layer refuses
     * (/bruger) instead of recording "ukendt". */
    if (g->bruger != NULL && g->bruger[0] == '\0') {
        sag__fejl("--bruger: må ikke være tom");
        return SAG_EXIT_BRUG;
    }
    if (g->rolle != NULL && g->rolle[0] == '\0') {
        sag__fejl("--rolle: må ikke være tom");
        return SAG_EXIT_BRUG;
    }
    if (bruger == NULL || bruger[0] == '\0')
        bruger = getenv("USER");
    if (rolle == NULL || rolle[0] == '\0')
        rolle = "sagsbehandler";
    if ((r = sag_navn_til_rolle(rolle)) == 0) {
        sag__fejl("--rolle: ukendt rolle '%s' (sagsbehandler, jurist, "
                  "teamleder, ledelse, borger eller forsikring)",
                  rolle);
        return SAG_EXIT_BRUG;
    }
    if (g->idag != NULL &&
        (sag_dato_parse(g->idag, strlen(g->idag), &idag) != SAG_OK ||
         idag.dage < SAG_DATO(1900, 1, 1).dage ||
         idag.dage > SAG_DATO(2199, 12, 31).dage)) {
        sag__fejl("--idag: '%s' er ikke en dato (DD.MM.ÅÅÅÅ eller "
                  "ÅÅÅÅ-MM-DD)",
                  g->idag);
        return SAG_EXIT_BRUG;
    }
    sag_dato_format_iso(idag, s->idag_iso);
    sag_diag_init(&d);
    {
        /* A path is a SQLite database. */
        struct sag_buf url;

        sag_buf_init(&url, 0);
        sag_buf_addf(&url, "%s%s", strchr(g->db, ':') ? "" : "sqlite:", g->db);
        st = sag_buf_status(&url) == SAG_OK
                 /* Read-only wins: a writing command then fails on its
                  * first write with the store's message. */
                 ? sag_store_aabn(url.buf,
                                  g->skrivebeskyttet ? SAG_STORE_SKRIVEBESKYTTET
                                  : opret            ? SAG_STORE_OPRET
                                                     : 0,
                                  &s->store, &d)
                 : SAG_ENOMEM;
        sag_buf_release(&url);
    }
    if (st != SAG_OK)
        return sag__fejl_diag(st, &d);
    sag_tj_init(&s->tj, s->store, NULL, bruger, (enum sag_rolle)r, idag);
    return 0;
}

int
sag__session_satser(struct sag__session *s, const char *data)
{
    if (s->har_satser)
        return 0;
    sag_satser_init(&s->satser);
    if (sag__indlaes_satser(sag__data_dir(data), &s->satser) != SAG_OK) {
        sag_satser_release(&s->satser);
        return SAG_EXIT_FEJL;
    }
    s->har_satser = true;
    s->tj.satser = &s->satser;
    return 0;
}

void
sag__session_luk(struct sag__session *s)
{
    /* After a write, a signed checkpoint outside the database
     * (docs/sikkerhed.md): a later cut of these events is caught. */
    if (s->store != NULL && sag_store_skrevet(s->store) > 0) {
        struct sag_diag d;
        enum sag_status st;

        sag_diag_init(&d);
        if ((st = sag_store_kontrolpunkt(s->store, NULL, NULL, NULL, &d)) !=
            SAG_OK)
            sag__fejl("advarsel: intet kontrolpunkt skrevet: %s", d.besked);
    }
    sag_store_luk(s->store);
    if (s->har_satser)
        sag_satser_release(&s->satser);
    s->store = NULL;
    s->har_satser = false;
}

int
sag__globale_valg(int argc, char **argv, struct sag__global *g, int *ni,
                  void (*hjaelp)(FILE *f))
{
    int i = 1;

    for (; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
        if (strcmp(argv[i], "--help") == 0) {
            hjaelp(stdout);
            return SAG_EXIT_OK;
        } else if (i + 1 < argc && strcmp(argv[i], "--db") == 0) {
            g->db = argv[++i];
        } else if (i + 1 < argc && strcmp(argv[i], "--bruger") == 0) {
            g->bruger = argv[++i];
        } else if (i + 1 < argc && strcmp(argv[i], "--rolle") == 0) {
            g->rolle = argv[++i];
        } else if (strcmp(argv[i], "--skrivebeskyttet") == 0) {
            g->skrivebeskyttet = true;
        } else {
            hjaelp(stderr);
            return SAG_EXIT_BRUG;
        }
    }
    for (int j = i + 1; j < argc; j++)
        if (strcmp(argv[j], "--help") == 0) {
            hjaelp(stdout);
            return SAG_EXIT_OK;
        }
    *ni = i;
    return -1;
}
