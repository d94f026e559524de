/*
 * The application layer's context and its one access policy.
 *
 * The policy is a table: role × action. Caseworkers and jurists handle
 * cases; team leads and management read them (CPR numbers masked, every
 * read logged) and see lists, worklists and reports. Quality verdicts are
 * given by jurists and team leads (the quality review is a second look at
 * a decision, not the caseworker's own). Later issues add scope per team
 * and per case (the injured person's own cases, an insurer's cases) here,
 * in the same place, so every front end gets it at once.
 */
#include "skadesag/tjeneste.h"

#include <stdio.h>
#include <string.h>

#include "sag_config.h"
#include "tjeneste_int.h"

#include "../base/banned.h"

static const char *const rollenavne[] = {
    [SAG_ROLLE_SAGSBEHANDLER] = "sagsbehandler",
    [SAG_ROLLE_JURIST] = "jurist",
    [SAG_ROLLE_TEAMLEDER] = "teamleder",
    [SAG_ROLLE_LEDELSE] = "ledelse",
    [SAG_ROLLE_BORGER] = "borger",
    [SAG_ROLLE_FORSIKRING] = "forsikring",
};

const char *
sag_rolle_navn(enum sag_rolle r)
{
    if ((int)r < SAG_ROLLE_SAGSBEHANDLER || (int)r > SAG_ROLLE_MAKS)
        return NULL;
    return rollenavne[r];
}

int
sag_navn_til_rolle(const char *navn)
{
    for (int r = SAG_ROLLE_SAGSBEHANDLER; navn && r <= SAG_ROLLE_MAKS; r++)
        if (strcmp(rollenavne[r], navn) == 0)
            return r;
    return 0;
}

/* Bit per role: S sagsbehandler, J jurist, T teamleder, L ledelse. The
 * citizen (borger) and insurer (forsikring) roles have no bit anywhere
 * yet: they may do nothing until their case scope is added here. */
#define S (1u << SAG_ROLLE_SAGSBEHANDLER)
#define J (1u << SAG_ROLLE_JURIST)
#define T (1u << SAG_ROLLE_TEAMLEDER)
#define L (1u << SAG_ROLLE_LEDELSE)
#define B (1u << SAG_ROLLE_BORGER)
#define F (1u << SAG_ROLLE_FORSIKRING)

static const unsigned politik[SAG_HANDLING_ANTAL] = {
    [SAG_HANDLING_OPRET] = S | J,
    [SAG_HANDLING_HAENDELSE] = S | J,
    [SAG_HANDLING_AFGOER] = S | J,
    [SAG_HANDLING_KLAGE] = S | J,
    [SAG_HANDLING_NY_GENERATION] = S | J,
    [SAG_HANDLING_LAES_SAG] = S | J | T | L | B | F,
    [SAG_HANDLING_EKSPORT] = S | J,
    [SAG_HANDLING_IMPORT] = S | J,
    [SAG_HANDLING_LISTE] = S | J | T | L,
    [SAG_HANDLING_GENBEREGN] = S | J | T | L,
    [SAG_HANDLING_LAESNINGER] = S | J | T | L,
    [SAG_HANDLING_VERIFICER] = S | J | T | L,
    [SAG_HANDLING_VEDLIGEHOLD] = S | J,
    [SAG_HANDLING_RAPPORT] = S | J | T | L,
    [SAG_HANDLING_KVALITET_UDTRAEK] = S | J | T | L,
    [SAG_HANDLING_KVALITET_VURDER] = J | T,
    /* Payments are released by team leads and management, not by the
     * caseworker or jurist who decided the award (separation of duties;
     * the sources are silent: Q-50). */
    [SAG_HANDLING_UDBETALING] = T | L,
    [SAG_HANDLING_UDBETALING_LAES] = S | J | T | L,
    [SAG_HANDLING_TILDEL] = T,
};

#undef S
#undef J
#undef T
#undef L
#undef B
#undef F

/* What an action is, for the refusal (Danish). */
static const char *const handlingstekst[SAG_HANDLING_ANTAL] = {
    [SAG_HANDLING_OPRET] = "oprette sager",
    [SAG_HANDLING_HAENDELSE] = "tilføje hændelser",
    [SAG_HANDLING_AFGOER] = "træffe afgørelser",
    [SAG_HANDLING_KLAGE] = "behandle klager",
    [SAG_HANDLING_NY_GENERATION] = "genoptage eller revidere sager",
    [SAG_HANDLING_LAES_SAG] = "læse sager",
    [SAG_HANDLING_EKSPORT] = "eksportere sager",
    [SAG_HANDLING_IMPORT] = "importere sager",
    [SAG_HANDLING_LISTE] = "se sagslister",
    [SAG_HANDLING_GENBEREGN] = "genberegne afgørelser",
    [SAG_HANDLING_LAESNINGER] = "se læseloggen",
    [SAG_HANDLING_VERIFICER] = "verificere databasen",
    [SAG_HANDLING_VEDLIGEHOLD] = "vedligeholde databasen",
    [SAG_HANDLING_RAPPORT] = "se rapporter",
    [SAG_HANDLING_KVALITET_UDTRAEK] = "udtrække kvalitetsstikprøver",
    [SAG_HANDLING_KVALITET_VURDER] = "vurdere kvaliteten af afgørelser",
    [SAG_HANDLING_UDBETALING] = "køre, sende eller tilbageføre udbetalinger",
    [SAG_HANDLING_UDBETALING_LAES] = "se udbetalingskørsler",
    [SAG_HANDLING_TILDEL] = "tildele sager",
};

bool
sag_tj_tilladt(enum sag_rolle rolle, enum sag_handling h)
{
    if (sag_rolle_navn(rolle) == NULL || (int)h <= 0 ||
        (int)h >= SAG_HANDLING_ANTAL)
        return false;
    return (politik[h] >> rolle) & 1u;
}

bool
sag_tj_ser_fuldt_cpr(enum sag_rolle rolle)
{
    /* A citizen reads only their own cases (sag__tj_omfang): their own
     * number. */
    return rolle == SAG_ROLLE_SAGSBEHANDLER || rolle == SAG_ROLLE_JURIST ||
           rolle == SAG_ROLLE_BORGER;
}

void
sag_tj_omfang(struct sag_tj *k, const char *team, const char *cpr,
              const char *forsikring)
{
    k->team = team;
    k->cpr = cpr;
    k->forsikring = forsikring;
}

static bool
tom(const char *s)
{
    return s == NULL || s[0] == '\0';
}

bool
sag__tj_afgraenset(const struct sag_tj *k)
{
    return !tom(k->team) || k->rolle == SAG_ROLLE_BORGER ||
           k->rolle == SAG_ROLLE_FORSIKRING;
}

enum sag_status
sag__tj_omfang(const struct sag_tj *k, const struct sag_tilstand *t,
               struct sag_diag *d)
{
    char cpr[SAG_CPR_LEN + 1];

    if (!tom(k->team) && strcmp(t->team, k->team) != 0)
        return sag_diag_set(d, SAG_EADGANG, "/sag_id",
                            "sagen hører til et andet team");
    /* A citizen: only cases of their own CPR number (both canonical). */
    if (k->rolle == SAG_ROLLE_BORGER &&
        (tom(k->cpr) || sag_cpr_valider(k->cpr, cpr, NULL, NULL) != SAG_OK ||
         strcmp(cpr, t->cpr) != 0))
        return sag_diag_set(d, SAG_EADGANG, "/sag_id",
                            "sagen angår en anden person");
    /* An insurer: only cases where it is the insurer. */
    if (k->rolle == SAG_ROLLE_FORSIKRING &&
        (tom(k->forsikring) || strcmp(t->forsikring, k->forsikring) != 0))
        return sag_diag_set(d, SAG_EADGANG, "/sag_id",
                            "sagen har et andet forsikringsselskab");
    return SAG_OK;
}

enum sag_status
sag__tj_tilstand(const struct sag_tj *k, const char *sag_id,
                 struct sag_tilstand *t, struct sag_diag *d)
{
    enum sag_status st = sag_store_tilstand(k->store, sag_id, t, d);

    if (st == SAG_OK)
        st = sag__tj_omfang(k, t, d);
    /* No existence oracle for a citizen (issue 12): a case number that is
     * not theirs and one that does not exist get the same answer, so
     * trying numbers tells them nothing about other people's cases. */
    if (k->rolle == SAG_ROLLE_BORGER &&
        (st == SAG_ENOTFOUND || st == SAG_EADGANG))
        return sag_diag_set(d, SAG_ENOTFOUND, "/sag_id", SAG_TJ_IKKE_DIN_SAG);
    return st;
}

void
sag_tj_init(struct sag_tj *k, struct sag_store *store,
            const struct sag_satser *satser, const char *bruger,
            enum sag_rolle rolle, struct sag_dato idag)
{
    memset(k, 0, sizeof(*k));
    k->store = store;
    k->satser = satser;
    k->bruger = bruger;
    k->rolle = rolle;
    k->idag = idag;
    k->kalender = sag_kalender_standard();
    k->motor_version = "skadesag " SAG_VERSION;
}

enum sag_status
sag__tj_adgang(const struct sag_tj *k, enum sag_handling h, struct sag_diag *d)
{
    if (k->bruger == NULL || k->bruger[0] == '\0')
        return sag_diag_set(d, SAG_EADGANG, "/bruger",
                            "mangler: hvem der handler");
    if (sag__tj_tekst(k->bruger, false, "/bruger", d) != SAG_OK)
        return sag_diag_set(d, SAG_EADGANG, "/bruger",
                            "indeholder et kontroltegn");
    if (sag_rolle_navn(k->rolle) == NULL)
        return sag_diag_set(d, SAG_EADGANG, "/rolle", "ukendt rolle");
    /* The citizen is told in plain Danish what they can do instead. */
    if (!sag_tj_tilladt(k->rolle, h) && k->rolle == SAG_ROLLE_BORGER)
        return sag_diag_set(d, SAG_EADGANG, "/rolle",
                            "Som borger kan du se dine egne sager, men du kan "
                            "ikke %s.",
                            (int)h > 0 && (int)h < SAG_HANDLING_ANTAL
                                ? handlingstekst[h]
                                : "dette");
    if (!sag_tj_tilladt(k->rolle, h))
        return sag_diag_set(d, SAG_EADGANG, "/rolle", "rollen '%s' må ikke %s",
                            sag_rolle_navn(k->rolle),
                            (int)h > 0 && (int)h < SAG_HANDLING_ANTAL
                                ? handlingstekst[h]
                                : "dette");
    return SAG_OK;
}

struct sag_hvem
sag__tj_hvem(const struct sag_tj *k)
{
    struct sag_hvem h = { k->bruger, sag_rolle_navn(k->rolle) };

    return h;
}

enum sag_status
sag__tj_id(const char *sag_id, char bogstav, size_t n, char ud[SAG_ID_MAX],
           struct sag_diag *d)
{
    int r = snprintf(ud, SAG_ID_MAX, "%s-%c%zu", sag_id, bogstav, n);

    if (r < 0 || r >= SAG_ID_MAX)
        return sag_diag_set(d, SAG_EINVAL, "/sag_id", "for langt sagsnummer");
    return SAG_OK;
}

enum sag_status
sag__tj_afslut(const struct sag_tj *k, enum sag_status st, struct sag_diag *d)
{
    if (st == SAG_OK)
        return sag_store_bekraeft(k->store, d);
    sag_store_fortryd(k->store);
    return st;
}

/* Issue 16, item 8: a control character in a name or an id (an ANSI escape
 * in `team` coloured the terminal; a newline broke lists and CSV) is
 * refused; free text may break lines (newline, tab), nothing else. */
enum sag_status
sag__tj_tekst(const char *s, bool fritekst, const char *felt,
              struct sag_diag *d)
{
    for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
        if (fritekst && (*p == '\n' || *p == '\t' || *p == '\r'))
            continue;
        if (*p < 0x20 || *p == 0x7f)
            return sag_diag_set(d, SAG_EINVAL, felt,
                                fritekst ? "indeholder et kontroltegn"
                                         : "indeholder et kontroltegn eller "
                                           "linjeskift");
    }
    return SAG_OK;
}

/* Issue 16, item 8: a date outside 1.1.1900–31.12.2199 is a typing error
 * (year 1, 1800, 9999), not a fact of a case. */
enum sag_status
sag__tj_rimelig_dato(struct sag_dato dato, const char *felt, struct sag_diag *d)
{
    if (dato.dage < SAG_DATO(1900, 1, 1).dage ||
        dato.dage > SAG_DATO(2199, 12, 31).dage)
        return sag_diag_set(d, SAG_EINVAL, felt,
                            "er ikke en mulig dato (år 1900-2199)");
    return SAG_OK;
}

enum sag_status
sag__tj_haendelse_tjek(const struct sag_haendelse *h, struct sag_diag *d)
{
    const struct {
        const char *s, *felt;
        bool fri;
    } t[] = {
        { h->begrundelse, "/begrundelse", true },
        { h->nye_oplysninger, "/nye_oplysninger", true },
        { h->paalaeg, "/paalaeg", true },
        { h->adresse, "/adresse", true },
        { h->titel, "/titel", false },
        { h->ny.forrige_sag_id, "/forrige_sag_id", false },
        { h->ny.cpr, "/cpr", false },
        { h->ny.arbejdsgiver_cvr, "/arbejdsgiver_cvr", false },
        { h->ny.forsikring, "/forsikring", false },
        { h->ny.repraesentant, "/repraesentant", false },
        { h->ny.team, "/team", false },
        { h->ny.sagsbehandler, "/sagsbehandler", false },
        { h->part, "/part", false },
        { h->anmodning_id, "/anmodning_id", false },
        { h->afgoerelse_id, "/afgoerelse_id", false },
        { h->afgoerelse_hash, "/afgoerelse_hash", false },
        { h->klage_id, "/klage_id", false },
        { h->ny_sag_id, "/ny_sag_id", false },
        { h->frist, "/frist", false },
        { h->brev_id, "/brev_id", false },
        { h->brevtype, "/brevtype", false },
        { h->brev_hash, "/brev_hash", false },
        { h->dokument, "/dokument", false },
        { h->mime, "/mime", false },
        { h->retning, "/retning", false },
        { h->navn, "/navn", false },
        { h->cvr, "/cvr", false },
        { h->part_cpr, "/part_cpr", false },
        { h->kontakt, "/kontakt", false },
    };
    const struct {
        bool har;
        struct sag_dato dato;
        const char *felt;
    } datoer[] = {
        { true, h->dato, "/dato" },
        { h->type == SAG_H_OPRETTET, h->ny.skadedato, "/skadedato" },
        { h->type == SAG_H_OPRETTET, h->ny.anmeldelsesdato,
          "/anmeldelsesdato" },
        { h->ny.har_modtaget_dato, h->ny.modtaget_dato, "/modtaget_dato" },
        { h->har_svarfrist, h->svarfrist, "/svarfrist" },
        { h->har_revisionsdato, h->revisionsdato, "/revisionsdato" },
        { h->har_paalaeg_frist, h->paalaeg_frist, "/paalaeg_frist" },
        { h->har_fra, h->fra, "/fra" },
        { h->har_til, h->til, "/til" },
    };
    enum sag_status st;

    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
        if ((st = sag__tj_tekst(t[i].s, t[i].fri, t[i].felt, d)) != SAG_OK)
            return st;
    if (h->part_cpr != NULL) {
        char c[SAG_CPR_LEN + 1];

        if (sag_cpr_valider(h->part_cpr, c, NULL, NULL) != SAG_OK)
            return sag_diag_set(d, SAG_EINVAL, "/part_cpr",
                                "ugyldigt CPR-nummer (form DDMMÅÅ-NNNN)");
    }
    for (size_t i = 0; i < sizeof(datoer) / sizeof(datoer[0]); i++)
        if (datoer[i].har && (st = sag__tj_rimelig_dato(
                                  datoer[i].dato, datoer[i].felt, d)) != SAG_OK)
            return st;
    return SAG_OK;
}

static bool
ciffer(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static bool
alnum(unsigned char c)
{
    return ciffer(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           c >= 0x80;
}

/* The length of a CPR-shaped number at `p` (DDMMÅÅ-NNNN, 11, or ten
 * digits, 10, whose first six form a date under CPR-kontoret's century
 * rule, sag_cpr_valider), 0 if there is none. */
static size_t
cpr_form(const unsigned char *p, const unsigned char *start)
{
    char c[12];
    size_t n;

    if (p > start && alnum(p[-1]))
        return 0;
    for (n = 0; n < 6; n++)
        if (!ciffer(p[n]))
            return 0;
    n = p[6] == '-' ? 7 : 6;
    for (size_t i = 0; i < 4; i++)
        if (!ciffer(p[n + i]))
            return 0;
    n += 4;
    if (alnum(p[n]))
        return 0;
    memcpy(c, p, n);
    c[n] = '\0';
    return sag_cpr_valider(c, (char[SAG_CPR_LEN + 1]){ 0 }, NULL, NULL) ==
                   SAG_OK
               ? n
               : 0;
}

const char *
sag__tj_masker_cpr(struct sag_arena *a, const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    char *ud = NULL;

    for (size_t i = 0; s != NULL && s[i] != '\0'; i++) {
        size_t n = cpr_form(u + i, u);

        if (n == 0)
            continue;
        if (ud == NULL && (ud = sag_arena_strdup(a, s)) == NULL)
            return NULL;
        /* As sag_cpr_maskeret: the date stays, the serial number goes. */
        memcpy(ud + i + n - 4, "XXXX", 4);
        i += n - 1;
    }
    return ud != NULL ? ud : s;
}
