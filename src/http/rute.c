/*
 * The routing table: method and path pattern → handler. "{}" in a pattern
 * matches one path segment (a case or decision id), handed to the handler
 * as a parameter. The table is the API's index; docs/api.yaml documents
 * every route and a test checks the two against each other.
 */
#include <stdio.h>
#include <string.h>

#include "http_int.h"

#include "../base/banned.h"

#define A SAG__RUTE_AABEN
#define S SAG__RUTE_SKRIV

static const struct sag__rute ruter[] = {
    { "GET", "/api/sundhed", sag__api_sundhed, A },
    { "POST", "/api/login", sag__api_login, A | S },
    { "POST", "/api/logout", sag__api_logout, S },
    { "GET", "/api/mig", sag__api_mig, 0 },
    { "POST", "/api/beregn", sag__api_beregn, SAG__RUTE_BEREGN },
    { "GET", "/api/satser", sag__api_satser, 0 },
    { "GET", "/api/sager", sag__api_sager_liste, 0 },
    { "POST", "/api/sager", sag__api_sager_opret, S },
    { "GET", "/api/sager/{}", sag__api_sag, 0 },
    { "POST", "/api/soegning", sag__api_soegning, S },
    { "POST", "/api/sager/{}/haendelser", sag__api_haendelse, S },
    { "POST", "/api/sager/{}/afgoerelser", sag__api_afgoer, S },
    { "POST", "/api/sager/{}/dokumenter", sag__api_dokument, S },
    { "GET", "/api/sager/{}/dokumenter/{}", sag__api_hent_dokument, 0 },
    { "POST", "/api/sager/{}/klager", sag__api_klage, S },
    { "POST", "/api/sager/{}/klager/{}/genvurdering", sag__api_genvurder, S },
    { "POST", "/api/sager/{}/klager/{}/tilslutning", sag__api_tilslut, S },
    { "POST", "/api/sager/{}/klager/{}/ankestyrelsen", sag__api_ankestyrelsen,
      S },
    { "POST", "/api/sager/{}/revision", sag__api_revision, S },
    { "POST", "/api/sager/{}/genoptagelse", sag__api_genoptag, S },
    { "GET", "/api/sager/{}/laesninger", sag__api_laesninger, 0 },
    { "GET", "/api/sager/{}/ydelser", sag__api_ydelser, 0 },
    { "POST", "/api/sager/{}/breve", sag__api_brev_dan, S },
    { "GET", "/api/sager/{}/breve", sag__api_breve, 0 },
    { "GET", "/api/breve/{}", sag__api_brev, 0 },
    { "GET", "/api/sager/{}/eksport", sag__api_eksport, 0 },
    { "POST", "/api/import", sag__api_import, S },
    { "GET", "/api/afgoerelser/{}/genberegning", sag__api_genberegn, 0 },
    { "GET", "/api/arbejdsliste", sag__api_arbejdsliste, 0 },
    { "GET", "/api/verificering", sag__api_verificer, 0 },
    { "GET", "/api/rapporter/portefolje", sag__api_portefolje, 0 },
    { "GET", "/api/rapporter/konsekvens/{}", sag__api_konsekvens, 0 },
    { "GET", "/api/kvalitet", sag__api_kvalitet, 0 },
    { "POST", "/api/kvalitet/udtraek", sag__api_kvalitet_udtraek, S },
    { "POST", "/api/kvalitet/{}/vurdering", sag__api_kvalitet_vurder, S },
    { "POST", "/api/udbetaling/koersler", sag__api_udbetaling_koer, S },
    { "GET", "/api/udbetaling/koersler/{}", sag__api_udbetaling_vis, 0 },
    { "POST", "/api/udbetaling/koersler/{}/send", sag__api_udbetaling_send, S },
    { "POST", "/api/udbetaling/koersler/{}/tilbagefoer",
      sag__api_udbetaling_tilbagefoer, S },
    { "GET", "/api/udbetaling/totaler", sag__api_udbetaling_totaler, 0 },
    { "POST", "/api/udbetaling/skattekort", sag__api_skattekort_ny, S },
    { "GET", "/api/udbetaling/skattekort", sag__api_skattekort, 0 },
};

#undef A
#undef S

const struct sag__rute *
sag__http_ruter(size_t *antal)
{
    *antal = sizeof(ruter) / sizeof(ruter[0]);
    return ruter;
}

bool
sag_http_rute_nr(size_t i, const char **metode, const char **moenster)
{
    size_t n;
    const struct sag__rute *r = sag__http_ruter(&n);

    if (i >= n)
        return false;
    *metode = r[i].metode;
    *moenster = r[i].moenster;
    return true;
}

/* Does `sti` match `moenster`? Parameters are copied into k. */
static bool
passer(struct sag__http_kald *k, const char *moenster, const char *sti)
{
    size_t n = 0;

    while (*moenster && *sti) {
        if (moenster[0] == '{' && moenster[1] == '}') {
            size_t l = strcspn(sti, "/");

            if (l == 0 || l >= sizeof(k->param_buf[0]) ||
                n == SAG__HTTP_MAKS_PARAM)
                return false;
            memcpy(k->param_buf[n], sti, l);
            k->param_buf[n][l] = '\0';
            k->param[n] = k->param_buf[n];
            n++;
            sti += l;
            moenster += 2;
        } else if (*moenster++ != *sti++) {
            return false;
        }
    }
    return *moenster == '\0' && *sti == '\0';
}

const struct sag__rute *
sag__http_rute(struct sag__http_kald *k, bool *metode_forkert)
{
    size_t l;

    *metode_forkert = false;
    k->tilladt[0] = '\0';
    for (size_t i = 0; i < sizeof(ruter) / sizeof(ruter[0]); i++) {
        if (!passer(k, ruter[i].moenster, k->sti))
            continue;
        if (strcmp(ruter[i].metode, k->metode) == 0)
            return &ruter[i];
        /* RFC 9110, 15.5.6: a 405 names the methods the path has. */
        l = strlen(k->tilladt);
        (void)snprintf(k->tilladt + l, sizeof(k->tilladt) - l, "%s%s",
                       *metode_forkert ? ", " : "", ruter[i].metode);
        *metode_forkert = true;
    }
    return NULL;
}
