/*
 * Options of the subcommands ("--navn værdi" pairs, flags, positional
 * arguments), checked against what each subcommand takes, and the mapping
 * of a refusal to a message and an exit code. Shared by skadesag sag and
 * skadesag rapport.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

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
    if (sag_dato_parse_iso(s, strlen(s), ud) != SAG_OK) {
        sag__fejl("%s: '%s' er ikke en dato (ÅÅÅÅ-MM-DD)", navn, s);
        return -1;
    }
    return 0;
}

int
sag__fejl_diag(enum sag_status st, const struct sag_diag *d)
{
    if (d->felt[0])
        sag__fejl("%s: %s", d->felt, d->besked);
    else
        sag__fejl("%s", d->besked[0] ? d->besked : sag_status_str(st));
    return st == SAG_EIO || st == SAG_ENOMEM || st == SAG_EINTERNAL
               ? SAG_EXIT_FEJL
               : SAG_EXIT_AFVIST;
}
