/*
 * The case state machine: one function folds an event into the state and
 * refuses what cannot happen. The rules, with their sources:
 *
 *  - a case starts with "oprettet"; nothing else may come first;
 *  - every event has who and why (issue 4: "each with who, when and why");
 *  - mén and loss of earning capacity are decided only after recognition;
 *    between them no order is enforced: the reports describe mén before
 *    loss as the usual course (000:L409-411), but the guidance lets a loss
 *    be awarded before the health state is settled (L462-464) and decides
 *    both together provisionally (L2484-2486) — docs/rules_map.md Q-16;
 *  - a decision on a closed case is refused; the appeal track continues on
 *    a closed case and reopens it (an appeal may arrive after closing);
 *  - a temporary decision on erhvervsevnetab always has a revision date
 *    (guidance 2.12, L1354);
 *  - an appeal needs an existing decision; genvurdering comes first, then
 *    Ankestyrelsen if AES keeps its decision (reports 000:L494-495); a
 *    remittal opens a hjemvisning case (000:L358);
 *  - a § 42 request needs a decision to reopen, is refused more than 5 years
 *    after the latest decision unless there are special reasons, and from
 *    1.7.2024 must state the new information (lov nr. 1541 af 12/12/2023:
 *    "Skærpede krav til dokumentation", requests received from 1.7.2024).
 */
#include "skadesag/sag.h"

#include <stdio.h>
#include <string.h>

#include "skadesag/frister.h"
#include "skadesag/lov.h"

#include "../base/banned.h"

static const char *const haendelsesnavne[SAG_H_ANTAL] = {
    [SAG_H_OPRETTET] = "oprettet",
    [SAG_H_OPLYSNINGER_ANMODET] = "oplysninger_anmodet",
    [SAG_H_OPLYSNINGER_MODTAGET] = "oplysninger_modtaget",
    [SAG_H_AFVENTER_EKSTERN] = "afventer_ekstern",
    [SAG_H_AFVENTER_OPHOERT] = "afventer_ophoert",
    [SAG_H_FORELAGT_ESU] = "forelagt_esu",
    [SAG_H_ANERKENDT] = "anerkendt",
    [SAG_H_AFVIST] = "afvist",
    [SAG_H_MEN_AFGJORT] = "men_afgjort",
    [SAG_H_ERHVERVSEVNETAB_AFGJORT] = "erhvervsevnetab_afgjort",
    [SAG_H_REVISION_PLANLAGT] = "revision_planlagt",
    [SAG_H_REVISION_PAABEGYNDT] = "revision_paabegyndt",
    [SAG_H_GENOPTAGELSE_ANMODET] = "genoptagelse_anmodet",
    [SAG_H_KLAGE_MODTAGET] = "klage_modtaget",
    [SAG_H_GENVURDERET] = "genvurderet",
    [SAG_H_SENDT_TIL_ANKESTYRELSEN] = "sendt_til_ankestyrelsen",
    [SAG_H_ANKESTYRELSEN_AFGJORT] = "ankestyrelsen_afgjort",
    [SAG_H_PARTER_ORIENTERET] = "parter_orienteret",
    [SAG_H_LUKKET] = "lukket",
    [SAG_H_BREV_DANNET] = "brev_dannet",
    [SAG_H_KLAGE_TILSLUTTET] = "klage_tilsluttet",
    [SAG_H_NOTAT] = "notat",
    [SAG_H_DOKUMENT] = "dokument",
    [SAG_H_PART_TILFOEJET] = "part_tilfoejet",
    [SAG_H_SAGSBEHANDLER_TILDELT] = "sagsbehandler_tildelt",
    [SAG_H_DOEDSFALD] = "doedsfald",
};

const char *
sag_haendelsestype_navn(enum sag_haendelsestype t)
{
    if ((int)t <= 0 || t >= SAG_H_ANTAL)
        return NULL;
    return haendelsesnavne[t];
}

bool
sag_klage_kan(const struct sag_klage *kl, enum sag_haendelsestype type)
{
    switch (type) {
    case SAG_H_GENVURDERET: return kl->status == SAG_KLAGE_MODTAGET;
    case SAG_H_SENDT_TIL_ANKESTYRELSEN:
        return kl->status == SAG_KLAGE_FASTHOLDT;
    case SAG_H_ANKESTYRELSEN_AFGJORT: return kl->status == SAG_KLAGE_SENDT_AST;
    default: return false;
    }
}

int
sag_navn_til_haendelsestype(const char *navn)
{
    for (int i = 1; i < SAG_H_ANTAL; i++)
        if (strcmp(haendelsesnavne[i], navn) == 0)
            return i;
    return 0;
}

const char *
sag_sagstype_navn(enum sag_sagstype t)
{
    switch (t) {
    case SAG_SAGSTYPE_ULYKKE: return "ulykke";
    case SAG_SAGSTYPE_ERHVERVSSYGDOM: return "erhvervssygdom";
    case SAG_SAGSTYPE_PRIVAT_MEN: return "privat_men";
    case SAG_SAGSTYPE_PRIVAT_ERHVERVSEVNETAB: return "privat_erhvervsevnetab";
    case SAG_SAGSTYPE_VETERAN: return "veteran";
    }
    return NULL;
}

const char *
sag_generation_navn(enum sag_generation g)
{
    switch (g) {
    case SAG_GENERATION_FOERSTEGANG: return "foerstegang";
    case SAG_GENERATION_ANDENGANG: return "andengang";
    case SAG_GENERATION_HJEMVISNING: return "hjemvisning";
    }
    return NULL;
}

const char *
sag_fase_navn(enum sag_fase f)
{
    switch (f) {
    case SAG_FASE_ANERKENDELSE: return "anerkendelse";
    case SAG_FASE_MEN: return "men";
    case SAG_FASE_ERHVERVSEVNETAB: return "erhvervsevnetab";
    }
    return NULL;
}

const char *
sag_fasestatus_navn(enum sag_fasestatus s)
{
    switch (s) {
    case SAG_FASE_UAFGJORT: return "uafgjort";
    case SAG_FASE_ANERKENDT: return "anerkendt";
    case SAG_FASE_AFVIST: return "afvist";
    case SAG_FASE_AFGJORT: return "afgjort";
    case SAG_FASE_MIDLERTIDIG: return "midlertidig";
    case SAG_FASE_IKKE_RELEVANT: return "ikke_relevant";
    }
    return NULL;
}

const char *
sag_udfald_navn(enum sag_udfald u)
{
    switch (u) {
    case SAG_UDFALD_INGEN: return "ingen";
    case SAG_UDFALD_FASTHOLDT: return "fastholdt";
    case SAG_UDFALD_AENDRET: return "aendret";
    case SAG_UDFALD_STADFAESTET: return "stadfaestet";
    case SAG_UDFALD_HJEMVIST: return "hjemvist";
    case SAG_UDFALD_AFVIST: return "afvist";
    case SAG_UDFALD_IKKE_BEHANDLET: return "ikke_behandlet";
    }
    return NULL;
}

const char *
sag_punkt_navn(enum sag_punkt p)
{
    switch (p) {
    case SAG_PUNKT_ANERKENDELSE: return "anerkendelse";
    case SAG_PUNKT_MEN: return "men";
    case SAG_PUNKT_ERHVERVSEVNETAB: return "erhvervsevnetab";
    case SAG_PUNKT_AARSLOEN: return "aarsloen";
    }
    return NULL;
}

int
sag_navn_til_punkt(const char *navn)
{
    for (int i = 1; i < SAG_PUNKT_ANTAL; i++)
        if (strcmp(sag_punkt_navn((enum sag_punkt)i), navn) == 0)
            return i;
    return 0;
}

enum sag_fase
sag_punkt_fase(enum sag_punkt p)
{
    switch (p) {
    case SAG_PUNKT_ANERKENDELSE: return SAG_FASE_ANERKENDELSE;
    case SAG_PUNKT_MEN: return SAG_FASE_MEN;
    case SAG_PUNKT_ERHVERVSEVNETAB:
    case SAG_PUNKT_AARSLOEN: return SAG_FASE_ERHVERVSEVNETAB;
    }
    return (enum sag_fase)0;
}

/* The main decision point of a phase (an appeal's outcome without a point
 * is about this one). */
static enum sag_punkt
hovedpunkt(enum sag_fase f)
{
    switch (f) {
    case SAG_FASE_ANERKENDELSE: return SAG_PUNKT_ANERKENDELSE;
    case SAG_FASE_MEN: return SAG_PUNKT_MEN;
    case SAG_FASE_ERHVERVSEVNETAB: return SAG_PUNKT_ERHVERVSEVNETAB;
    }
    return (enum sag_punkt)0;
}

const char *
sag_klagestatus_navn(enum sag_klagestatus s)
{
    switch (s) {
    case SAG_KLAGE_MODTAGET: return "modtaget";
    case SAG_KLAGE_FASTHOLDT: return "fastholdt";
    case SAG_KLAGE_AENDRET: return "aendret";
    case SAG_KLAGE_SENDT_AST: return "sendt_til_ankestyrelsen";
    case SAG_KLAGE_AFGJORT: return "afgjort";
    }
    return NULL;
}

static bool
tom(const char *s)
{
    return s == NULL || s[0] == '\0';
}

/* Copy into a fixed field; refuse what does not fit rather than cut. */
static enum sag_status
kopier(char *ud, size_t n, const char *s, const char *felt, struct sag_diag *d)
{
    size_t l = s ? strlen(s) : 0;

    if (l >= n)
        return sag_diag_set(d, SAG_EINVAL, felt,
                            "er for lang (højst %zu "
                            "tegn)",
                            n - 1);
    memcpy(ud, s ? s : "", l + 1);
    return SAG_OK;
}

/* CPR-kontoret's century rule from the 7th digit (the first of the
 * serial number) and the two-digit year. */
static int
aarhundrede(int syvende, int aa)
{
    if (syvende <= 3)
        return 1900;
    if (syvende == 4 || syvende == 9)
        return aa <= 36 ? 2000 : 1900;
    return aa <= 57 ? 2000 : 1800;
}

enum sag_status
sag_cpr_valider(const char *cpr, char ud[SAG_CPR_LEN + 1],
                struct sag_dato *foedselsdato, struct sag_diag *diag)
{
    char c[10];
    size_t n = 0;
    int dd, mm, aa;
    struct sag_dato f;

    if (cpr == NULL)
        return sag_diag_set(diag, SAG_EMISSING, "/cpr", "mangler");
    for (size_t i = 0; cpr[i] != '\0'; i++) {
        if (cpr[i] == '-' && i == 6 && n == 6)
            continue;
        if (cpr[i] < '0' || cpr[i] > '9' || n == 10)
            return sag_diag_set(diag, SAG_EINVAL, "/cpr",
                                "ugyldigt CPR-nummer (form DDMMÅÅ-NNNN)");
        c[n++] = cpr[i];
    }
    if (n != 10)
        return sag_diag_set(diag, SAG_EINVAL, "/cpr",
                            "ugyldigt CPR-nummer (form DDMMÅÅ-NNNN)");
    dd = (c[0] - '0') * 10 + (c[1] - '0');
    mm = (c[2] - '0') * 10 + (c[3] - '0');
    aa = (c[4] - '0') * 10 + (c[5] - '0');
    if (sag_dato_fra_ymd(aarhundrede(c[6] - '0', aa) + aa, mm, dd, &f) !=
        SAG_OK)
        return sag_diag_set(diag, SAG_EINVAL, "/cpr",
                            "ugyldigt CPR-nummer (fødselsdatoen findes ikke)");
    memcpy(ud, c, 6);
    ud[6] = '-';
    memcpy(ud + 7, c + 6, 4);
    ud[11] = '\0';
    if (foedselsdato)
        *foedselsdato = f;
    return SAG_OK;
}

void
sag_cpr_maskeret(const char *cpr, char ud[SAG_CPR_LEN + 1])
{
    size_t n = strlen(cpr);

    if (n != SAG_CPR_LEN) {
        memcpy(ud, "XXXXXX-XXXX", SAG_CPR_LEN + 1);
        return;
    }
    memcpy(ud, cpr, 7);
    memcpy(ud + 7, "XXXX", 5);
}

static enum sag_status
afvis(struct sag_diag *d, const char *felt, const char *hvorfor)
{
    return sag_diag_set(d, SAG_EDENIED, felt, "%s", hvorfor);
}

static struct sag_afgoerelse_ref *
find_afgoerelse(struct sag_tilstand *t, const char *id)
{
    for (size_t i = 0; i < t->antal_afgoerelser; i++)
        if (strcmp(t->afgoerelser[i].id, id) == 0)
            return &t->afgoerelser[i];
    return NULL;
}

static struct sag_klage *
find_klage(struct sag_tilstand *t, const char *id)
{
    for (size_t i = 0; i < t->antal_klager; i++)
        if (strcmp(t->klager[i].id, id) == 0)
            return &t->klager[i];
    return NULL;
}

static struct sag_anmodning *
find_anmodning(struct sag_tilstand *t, const char *id)
{
    for (size_t i = 0; i < t->antal_anmodninger; i++)
        if (strcmp(t->anmodninger[i].id, id) == 0)
            return &t->anmodninger[i];
    return NULL;
}

/* Record a decision reference on the state. */
static enum sag_status
ny_afgoerelse(struct sag_tilstand *t, const struct sag_haendelse *h,
              enum sag_fase fase, struct sag_diag *d)
{
    struct sag_afgoerelse_ref *a;
    enum sag_status st;

    if (tom(h->afgoerelse_id))
        return sag_diag_set(d, SAG_EMISSING, "/afgoerelse_id", "mangler");
    if (find_afgoerelse(t, h->afgoerelse_id) != NULL)
        return afvis(d, "/afgoerelse_id", "afgørelsen findes allerede");
    if (t->antal_afgoerelser == SAG_MAKS_AFGOERELSER)
        return afvis(d, "", "sagen har for mange afgørelser");
    a = &t->afgoerelser[t->antal_afgoerelser];
    if ((st = kopier(a->id, sizeof(a->id), h->afgoerelse_id, "/afgoerelse_id",
                     d)) != SAG_OK)
        return st;
    a->fase = fase;
    a->dato = h->dato;
    a->type = h->afgoerelsestype ? h->afgoerelsestype : SAG_AFGOERELSE_ENDELIG;
    a->pct = h->har_pct ? h->pct : 0;
    a->har_fra = h->har_fra;
    a->fra = h->fra;
    a->har_til = h->har_til;
    a->til = h->til;
    t->antal_afgoerelser++;
    /* A decision on the phase of an open instruction follows it. */
    for (size_t i = 0; i < t->antal_paalaeg; i++) {
        struct sag_paalaeg *p = &t->paalaeg[i];

        if (!p->opfyldt && p->fase == fase && h->dato.dage >= p->dato.dage) {
            p->opfyldt = true;
            memcpy(p->opfyldt_af, a->id, sizeof(p->opfyldt_af));
        }
    }
    return SAG_OK;
}

static bool
privat(const struct sag_tilstand *t)
{
    return t->type == SAG_SAGSTYPE_PRIVAT_MEN ||
           t->type == SAG_SAGSTYPE_PRIVAT_ERHVERVSEVNETAB;
}

static enum sag_status
opret(struct sag_tilstand *t, const struct sag_haendelse *h, struct sag_diag *d)
{
    const struct sag_ny *n = &h->ny;
    enum sag_status st;

    if (n->type < SAG_SAGSTYPE_ULYKKE || n->type > SAG_SAGSTYPE_VETERAN)
        return sag_diag_set(d, SAG_EINVAL, "/type", "ukendt sagstype");
    if (n->generation < SAG_GENERATION_FOERSTEGANG ||
        n->generation > SAG_GENERATION_HJEMVISNING)
        return sag_diag_set(d, SAG_EINVAL, "/generation", "ukendt generation");
    if (n->generation != SAG_GENERATION_FOERSTEGANG && tom(n->forrige_sag_id))
        return sag_diag_set(d, SAG_EMISSING, "/forrige_sag_id",
                            "mangler: en andengangssag eller hjemvisning "
                            "hører til en tidligere sag");
    if (n->type == SAG_SAGSTYPE_ULYKKE &&
        n->anmeldelsesdato.dage < n->skadedato.dage)
        return sag_diag_set(d, SAG_ECONFLICT, "/anmeldelsesdato",
                            "ligger før skadedatoen");
    if (n->har_modtaget_dato && n->modtaget_dato.dage < n->anmeldelsesdato.dage)
        return sag_diag_set(d, SAG_ECONFLICT, "/modtaget_dato",
                            "ligger før anmeldelsesdatoen");
    if ((st = sag_cpr_valider(n->cpr, t->cpr, NULL, d)) != SAG_OK)
        return st;
    if ((st = kopier(t->forrige_sag_id, sizeof(t->forrige_sag_id),
                     n->forrige_sag_id, "/forrige_sag_id", d)) != SAG_OK ||
        (st = kopier(t->team, sizeof(t->team), n->team, "/team", d)) !=
            SAG_OK ||
        (st = kopier(t->sagsbehandler, sizeof(t->sagsbehandler),
                     n->sagsbehandler, "/sagsbehandler", d)) != SAG_OK ||
        (st = kopier(t->forsikring, sizeof(t->forsikring), n->forsikring,
                     "/forsikring", d)) != SAG_OK)
        return st;
    t->type = n->type;
    t->generation = n->generation;
    t->status = SAG_STATUS_AABEN;
    t->skadedato = n->skadedato;
    t->anmeldelsesdato = n->anmeldelsesdato;
    t->modtaget_dato =
        n->har_modtaget_dato ? n->modtaget_dato : n->anmeldelsesdato;
    t->oprettet = h->dato;
    /* Phases that do not exist for the case type or generation. */
    if (privat(t)) {
        t->anerkendelse = SAG_FASE_IKKE_RELEVANT;
        if (t->type == SAG_SAGSTYPE_PRIVAT_MEN)
            t->erhvervsevnetab = SAG_FASE_IKKE_RELEVANT;
        else
            t->men = SAG_FASE_IKKE_RELEVANT;
    } else if (t->generation == SAG_GENERATION_ANDENGANG) {
        /* Revision or reopening of a recognised injury. */
        t->anerkendelse = SAG_FASE_ANERKENDT;
    } else if (t->generation == SAG_GENERATION_HJEMVISNING &&
               n->anerkendelse_staar) {
        /* Remitted on another point: the recognition stands (issue 10,
         * item 4). */
        t->anerkendelse = SAG_FASE_ANERKENDT;
    }
    if (n->anerkendelse_staar && t->generation != SAG_GENERATION_HJEMVISNING)
        return sag_diag_set(d, SAG_EINVAL, "/anerkendelse_staar",
                            "gælder kun en hjemvist sag");
    return SAG_OK;
}

/* The events that may still come on a closed case: the appeal track, the
 * requests that open a new case generation, and a letter (a corrected
 * letter, or one about a decision made before the closing: it changes
 * nothing in the case). */
static bool
tilladt_paa_lukket(enum sag_haendelsestype type)
{
    switch (type) {
    case SAG_H_KLAGE_MODTAGET:
    case SAG_H_KLAGE_TILSLUTTET:
    case SAG_H_GENVURDERET:
    case SAG_H_SENDT_TIL_ANKESTYRELSEN:
    case SAG_H_ANKESTYRELSEN_AFGJORT:
    case SAG_H_GENOPTAGELSE_ANMODET:
    case SAG_H_REVISION_PAABEGYNDT:
    case SAG_H_DOEDSFALD:
    case SAG_H_BREV_DANNET: return true;
    default: return false;
    }
}

static enum sag_status
anvend(struct sag_tilstand *t, const struct sag_haendelse *h,
       struct sag_diag *d)
{
    struct sag_kalender k = sag_kalender_standard();
    enum sag_status st;

    switch (h->type) {
    case SAG_H_OPRETTET: return afvis(d, "/type", "sagen findes allerede");

    case SAG_H_OPLYSNINGER_ANMODET: {
        struct sag_anmodning *a;

        if (tom(h->anmodning_id))
            return sag_diag_set(d, SAG_EMISSING, "/anmodning_id", "mangler");
        if (tom(h->part))
            return sag_diag_set(d, SAG_EMISSING, "/part", "mangler");
        if (find_anmodning(t, h->anmodning_id))
            return afvis(d, "/anmodning_id", "anmodningen findes allerede");
        if (t->antal_anmodninger == SAG_MAKS_ANMODNINGER)
            return afvis(d, "", "sagen har for mange anmodninger");
        a = &t->anmodninger[t->antal_anmodninger];
        if ((st = kopier(a->id, sizeof(a->id), h->anmodning_id, "/anmodning_id",
                         d)) != SAG_OK ||
            (st = kopier(a->part, sizeof(a->part), h->part, "/part", d)) !=
                SAG_OK)
            return st;
        a->sendt = h->dato;
        a->svarfrist = h->har_svarfrist
                           ? h->svarfrist
                           : sag_svarfrist_standard(t, h->part, h->dato, &k);
        if (a->svarfrist.dage < a->sendt.dage)
            return sag_diag_set(d, SAG_ECONFLICT, "/svarfrist",
                                "ligger før anmodningen");
        a->besvaret = false;
        sag_svar_opgavetekst(a->part, a->opgavetekst, sizeof(a->opgavetekst));
        t->antal_anmodninger++;
        return SAG_OK;
    }
    case SAG_H_OPLYSNINGER_MODTAGET: {
        struct sag_anmodning *a;

        if (tom(h->anmodning_id))
            return sag_diag_set(d, SAG_EMISSING, "/anmodning_id", "mangler");
        a = find_anmodning(t, h->anmodning_id);
        if (a == NULL)
            return afvis(d, "/anmodning_id", "anmodningen findes ikke");
        if (a->besvaret)
            return afvis(d, "/anmodning_id",
                         "anmodningen er allerede "
                         "besvaret");
        a->besvaret = true;
        return SAG_OK;
    }
    case SAG_H_AFVENTER_EKSTERN:
        if (t->venter_ekstern)
            return afvis(d, "/type",
                         "sagen afventer allerede en ekstern "
                         "part");
        t->venter_ekstern = true;
        t->venter_siden = h->dato;
        /* Truncated, never refused: events stored before the party was
         * kept must replay as they did. */
        (void)snprintf(t->venter_part, sizeof(t->venter_part), "%s",
                       h->part ? h->part : "");
        sag_venter_opgavetekst(t->venter_part, t->venter_tekst,
                               sizeof(t->venter_tekst));
        return SAG_OK;
    case SAG_H_AFVENTER_OPHOERT:
        if (!t->venter_ekstern)
            return afvis(d, "/type", "sagen afventer ikke en ekstern part");
        t->venter_ekstern = false;
        return SAG_OK;
    case SAG_H_FORELAGT_ESU:
        if (t->type != SAG_SAGSTYPE_ERHVERVSSYGDOM)
            return afvis(d, "/type",
                         "kun erhvervssygdomme forelægges "
                         "Erhvervssygdomsudvalget");
        t->esu_forelagt = true;
        return SAG_OK;

    case SAG_H_ANERKENDT:
    case SAG_H_AFVIST:
        if (t->anerkendelse == SAG_FASE_IKKE_RELEVANT)
            return afvis(d, "/type", "sagstypen har ingen anerkendelse");
        if (t->anerkendelse != SAG_FASE_UAFGJORT)
            return afvis(d, "/type", "anerkendelsen er allerede afgjort");
        if ((st = ny_afgoerelse(t, h, SAG_FASE_ANERKENDELSE, d)) != SAG_OK)
            return st;
        t->anerkendelse =
            h->type == SAG_H_ANERKENDT ? SAG_FASE_ANERKENDT : SAG_FASE_AFVIST;
        t->anerkendelse_dato = h->dato;
        return SAG_OK;

    case SAG_H_MEN_AFGJORT:
        if (t->men == SAG_FASE_IKKE_RELEVANT)
            return afvis(d, "/type", "sagstypen har intet mén");
        if (t->anerkendelse != SAG_FASE_ANERKENDT &&
            t->anerkendelse != SAG_FASE_IKKE_RELEVANT)
            return afvis(d, "/type",
                         "mén kan først afgøres, når skaden er "
                         "anerkendt");
        if (!h->har_pct || h->pct < 0 || h->pct > 120)
            return sag_diag_set(d, SAG_EINVAL, "/pct",
                                "mén skal angives i procent (0-120)");
        if ((st = ny_afgoerelse(t, h, SAG_FASE_MEN, d)) != SAG_OK)
            return st;
        t->men = SAG_FASE_AFGJORT;
        t->men_pct = h->pct;
        t->men_dato = h->dato;
        return SAG_OK;

    case SAG_H_ERHVERVSEVNETAB_AFGJORT:
        if (t->erhvervsevnetab == SAG_FASE_IKKE_RELEVANT)
            return afvis(d, "/type", "sagstypen har intet erhvervsevnetab");
        if (t->anerkendelse != SAG_FASE_ANERKENDT &&
            t->anerkendelse != SAG_FASE_IKKE_RELEVANT)
            return afvis(d, "/type",
                         "erhvervsevnetab kan først afgøres, "
                         "når skaden er anerkendt");
        /* No order between mén and loss: Q-16 (docs/rules_map.md). */
        if (!h->har_pct || h->pct < 0 || h->pct > 100)
            return sag_diag_set(d, SAG_EINVAL, "/pct",
                                "erhvervsevnetabet skal angives i procent "
                                "(0-100)");
        if (h->har_til) {
            /* A loss for a closed period (source 004: a temporary loss
             * before the final award): it may not overlap a loss decision
             * that runs on. */
            if (h->til.dage < t->skadedato.dage)
                return sag_diag_set(d, SAG_ECONFLICT, "/til",
                                    "ligger før skadedatoen");
            if (h->har_fra && h->til.dage < h->fra.dage)
                return sag_diag_set(d, SAG_ECONFLICT, "/til",
                                    "ligger før erstatningens start");
        }
        if (h->har_fra)
            for (size_t i = 0; i < t->antal_afgoerelser; i++) {
                const struct sag_afgoerelse_ref *a = &t->afgoerelser[i];
                int32_t a_til = a->har_til ? a->til.dage : INT32_MAX;
                int32_t h_til = h->har_til ? h->til.dage : INT32_MAX;

                /* Periods are compared where one of them is closed; a new
                 * running award replacing a running one is a change. */
                if (a->fase != SAG_FASE_ERHVERVSEVNETAB || !a->har_fra ||
                    (!a->har_til && !h->har_til))
                    continue;
                if (h->fra.dage <= a_til && a->fra.dage <= h_til)
                    return sag_diag_set(d, SAG_ECONFLICT, "/til",
                                        "perioden overlapper afgørelse %s",
                                        a->id);
            }
        if (h->afgoerelsestype == SAG_AFGOERELSE_MIDLERTIDIG && !h->har_til) {
            if (!h->har_revisionsdato)
                return sag_diag_set(d, SAG_EMISSING, "/revisionsdato",
                                    "mangler: en midlertidig afgørelse skal "
                                    "have en revisionsdato");
            if (h->revisionsdato.dage <= h->dato.dage)
                return sag_diag_set(d, SAG_ECONFLICT, "/revisionsdato",
                                    "skal ligge efter afgørelsen");
        }
        if ((st = ny_afgoerelse(t, h, SAG_FASE_ERHVERVSEVNETAB, d)) != SAG_OK)
            return st;
        if (h->har_til && t->erhvervsevnetab != SAG_FASE_UAFGJORT)
            return SAG_OK; /* a past period: the running award stands */
        t->erhvervsevnetab = h->afgoerelsestype == SAG_AFGOERELSE_MIDLERTIDIG
                                 ? SAG_FASE_MIDLERTIDIG
                                 : SAG_FASE_AFGJORT;
        t->erhvervsevnetab_pct = h->pct;
        t->erhvervsevnetab_dato = h->dato;
        t->har_revisionsdato = h->afgoerelsestype == SAG_AFGOERELSE_MIDLERTIDIG;
        if (t->har_revisionsdato)
            t->revisionsdato = h->revisionsdato;
        return SAG_OK;

    case SAG_H_REVISION_PLANLAGT:
        if (!h->har_revisionsdato)
            return sag_diag_set(d, SAG_EMISSING, "/revisionsdato", "mangler");
        t->har_revisionsdato = true;
        t->revisionsdato = h->revisionsdato;
        return SAG_OK;

    case SAG_H_REVISION_PAABEGYNDT:
        if (!t->har_revisionsdato)
            return afvis(d, "/type", "sagen har ingen revisionsdato");
        if (tom(h->ny_sag_id))
            return sag_diag_set(d, SAG_EMISSING, "/ny_sag_id",
                                "mangler: revisionen behandles i en "
                                "andengangssag");
        t->har_revisionsdato = false;
        return SAG_OK;

    case SAG_H_GENOPTAGELSE_ANMODET: {
        struct sag_dato start, graense;

        if (t->antal_afgoerelser == 0)
            return afvis(d, "/type", "der er ingen afgørelse at genoptage");
        /* 5 years from the first actual decision, not the latest. */
        start = sag_genoptagelse_start(t);
        if (sag_dato_plus_aar(start, SAG_LOV_GENOPTAGELSE_AAR,
                              SAG_MAANED_SIDSTE_DAG, &graense) == SAG_OK &&
            h->dato.dage > graense.dage && !h->saerlige_grunde)
            return afvis(d, "/saerlige_grunde",
                         "anmodningen er modtaget mere end 5 år efter den "
                         "første afgørelse om godtgørelse og erstatning "
                         "(ASL § 42); kræver særlige grunde");
        if (h->dato.dage >= SAG_LOV_DATO_REFORM_2024.dage &&
            tom(h->nye_oplysninger))
            return sag_diag_set(d, SAG_EMISSING, "/nye_oplysninger",
                                "mangler: fra 1.7.2024 skal en anmodning om "
                                "genoptagelse indeholde nye oplysninger, der "
                                "kan føre til en ændret afgørelse");
        if (tom(h->ny_sag_id))
            return sag_diag_set(d, SAG_EMISSING, "/ny_sag_id",
                                "mangler: genoptagelsen behandles i en "
                                "andengangssag");
        return SAG_OK;
    }

    case SAG_H_KLAGE_MODTAGET: {
        struct sag_afgoerelse_ref *a;
        struct sag_klage *kl;

        if (tom(h->klage_id))
            return sag_diag_set(d, SAG_EMISSING, "/klage_id", "mangler");
        if (tom(h->afgoerelse_id))
            return sag_diag_set(d, SAG_EMISSING, "/afgoerelse_id", "mangler");
        a = find_afgoerelse(t, h->afgoerelse_id);
        if (a == NULL)
            return afvis(d, "/afgoerelse_id",
                         "der er klaget over en afgørelse, som ikke findes "
                         "i sagen");
        if (find_klage(t, h->klage_id))
            return afvis(d, "/klage_id", "klagen findes allerede");
        if (h->dato.dage < a->dato.dage)
            return sag_diag_set(d, SAG_ECONFLICT, "/dato",
                                "klagen er modtaget før afgørelsen");
        if (t->antal_klager == SAG_MAKS_KLAGER)
            return afvis(d, "/klage_id", "sagen har for mange klager");
        kl = &t->klager[t->antal_klager];
        memset(kl, 0, sizeof(*kl));
        if ((st = kopier(kl->id, sizeof(kl->id), h->klage_id, "/klage_id",
                         d)) != SAG_OK)
            return st;
        memcpy(kl->afgoerelse_id, a->id, sizeof(kl->afgoerelse_id));
        kl->fase = a->fase;
        kl->modtaget = h->dato;
        kl->rettidig = h->dato.dage <= sag_klagefrist(a->dato, &k).dage;
        kl->status = SAG_KLAGE_MODTAGET;
        if (!tom(h->part)) {
            if ((st = kopier(kl->parter[0], sizeof(kl->parter[0]), h->part,
                             "/part", d)) != SAG_OK)
                return st;
            kl->antal_parter = 1;
        }
        t->antal_klager++;
        t->status = SAG_STATUS_AABEN; /* the appeal reopens a closed case */
        return SAG_OK;
    }
    case SAG_H_KLAGE_TILSLUTTET: {
        /* Another party appeals the same decision (source 004: the insurer
         * and the lawyer): one appeal with several appellants. */
        struct sag_klage *kl =
            tom(h->klage_id) ? NULL : find_klage(t, h->klage_id);

        if (kl == NULL)
            return afvis(d, "/klage_id", "klagen findes ikke");
        if (tom(h->part))
            return sag_diag_set(d, SAG_EMISSING, "/part", "mangler");
        if (kl->status == SAG_KLAGE_AFGJORT || kl->status == SAG_KLAGE_AENDRET)
            return afvis(d, "/klage_id", "klagen er afgjort");
        if (h->dato.dage < kl->modtaget.dage)
            return sag_diag_set(d, SAG_ECONFLICT, "/dato", "ligger før klagen");
        for (size_t i = 0; i < kl->antal_parter; i++)
            if (strcmp(kl->parter[i], h->part) == 0)
                return afvis(d, "/part", "parten har allerede klaget");
        if (kl->antal_parter == SAG_MAKS_KLAGEPARTER)
            return afvis(d, "/part", "klagen har for mange klagere");
        if ((st = kopier(kl->parter[kl->antal_parter], sizeof(kl->parter[0]),
                         h->part, "/part", d)) != SAG_OK)
            return st;
        kl->antal_parter++;
        return SAG_OK;
    }
    case SAG_H_GENVURDERET: {
        struct sag_klage *kl =
            tom(h->klage_id) ? NULL : find_klage(t, h->klage_id);

        if (kl == NULL)
            return afvis(d, "/klage_id", "klagen findes ikke");
        if (!sag_klage_kan(kl, SAG_H_GENVURDERET))
            return afvis(d, "/klage_id", "klagen er allerede genvurderet");
        if (h->udfald != SAG_UDFALD_FASTHOLDT &&
            h->udfald != SAG_UDFALD_AENDRET)
            return sag_diag_set(d, SAG_EINVAL, "/udfald",
                                "skal være fastholdt eller aendret");
        kl->status = h->udfald == SAG_UDFALD_FASTHOLDT ? SAG_KLAGE_FASTHOLDT
                                                       : SAG_KLAGE_AENDRET;
        kl->udfald = h->udfald;
        kl->genvurderet = h->dato;
        if (h->udfald == SAG_UDFALD_AENDRET)
            kl->afgjort = h->dato;
        return SAG_OK;
    }
    case SAG_H_SENDT_TIL_ANKESTYRELSEN: {
        struct sag_klage *kl =
            tom(h->klage_id) ? NULL : find_klage(t, h->klage_id);

        if (kl == NULL)
            return afvis(d, "/klage_id", "klagen findes ikke");
        if (!sag_klage_kan(kl, SAG_H_SENDT_TIL_ANKESTYRELSEN))
            return afvis(d, "/klage_id",
                         kl->status == SAG_KLAGE_MODTAGET
                             ? "klagen skal genvurderes, før den sendes til "
                               "Ankestyrelsen"
                             : "klagen kan ikke sendes til Ankestyrelsen nu");
        kl->status = SAG_KLAGE_SENDT_AST;
        return SAG_OK;
    }
    case SAG_H_ANKESTYRELSEN_AFGJORT: {
        /* Ankestyrelsen decides per decision point (source 004): one event
         * per point, all on the date of its decision; an event without a
         * point is about the appeal's main point. */
        struct sag_klage *kl =
            tom(h->klage_id) ? NULL : find_klage(t, h->klage_id);
        enum sag_punkt p;

        if (kl == NULL)
            return afvis(d, "/klage_id", "klagen findes ikke");
        p = h->punkt ? h->punkt : hovedpunkt(kl->fase);
        if ((int)p <= 0 || p >= SAG_PUNKT_ANTAL)
            return sag_diag_set(d, SAG_EINVAL, "/punkt", "ukendt punkt");
        if (sag_punkt_fase(p) != kl->fase)
            return sag_diag_set(d, SAG_EINVAL, "/punkt",
                                "punktet hører ikke til den påklagede "
                                "afgørelse");
        if (kl->status == SAG_KLAGE_AFGJORT) {
            if (kl->afgjort.dage != h->dato.dage)
                return afvis(d, "/klage_id",
                             "klagen er allerede afgjort af Ankestyrelsen");
            if (kl->punkt_udfald[p] != SAG_UDFALD_INGEN)
                return afvis(d, "/punkt", "punktet er allerede afgjort");
        } else if (!sag_klage_kan(kl, SAG_H_ANKESTYRELSEN_AFGJORT)) {
            return afvis(d, "/klage_id",
                         "klagen er ikke sendt til Ankestyrelsen");
        }
        if (h->udfald != SAG_UDFALD_STADFAESTET &&
            h->udfald != SAG_UDFALD_AENDRET &&
            h->udfald != SAG_UDFALD_HJEMVIST &&
            h->udfald != SAG_UDFALD_AFVIST &&
            h->udfald != SAG_UDFALD_IKKE_BEHANDLET)
            return sag_diag_set(d, SAG_EINVAL, "/udfald",
                                "skal være stadfaestet, aendret, hjemvist, "
                                "afvist eller ikke_behandlet");
        if (h->udfald == SAG_UDFALD_HJEMVIST && tom(h->ny_sag_id))
            return sag_diag_set(d, SAG_EMISSING, "/ny_sag_id",
                                "mangler: en hjemvisning behandles i en ny "
                                "sag");
        if (!tom(h->paalaeg)) {
            struct sag_paalaeg *pl;

            if (t->antal_paalaeg == SAG_MAKS_PAALAEG)
                return afvis(d, "/paalaeg", "sagen har for mange pålæg");
            if (h->har_paalaeg_frist && h->paalaeg_frist.dage < h->dato.dage)
                return sag_diag_set(d, SAG_ECONFLICT, "/paalaeg_frist",
                                    "ligger før Ankestyrelsens afgørelse");
            pl = &t->paalaeg[t->antal_paalaeg];
            memset(pl, 0, sizeof(*pl));
            if ((st = kopier(pl->tekst, sizeof(pl->tekst), h->paalaeg,
                             "/paalaeg", d)) != SAG_OK)
                return st;
            memcpy(pl->klage_id, kl->id, sizeof(pl->klage_id));
            pl->fase = sag_punkt_fase(p);
            pl->dato = h->dato;
            /* No source gives AES a deadline for following an instruction:
             * due at once unless given (docs/rules_map.md Q-38). */
            pl->frist = h->har_paalaeg_frist ? h->paalaeg_frist : h->dato;
            t->antal_paalaeg++;
        } else if (h->har_paalaeg_frist) {
            return sag_diag_set(d, SAG_EMISSING, "/paalaeg",
                                "mangler: en frist hører til et pålæg");
        }
        kl->status = SAG_KLAGE_AFGJORT;
        kl->punkt_udfald[p] = h->udfald;
        if (p == hovedpunkt(kl->fase) || kl->udfald == SAG_UDFALD_INGEN)
            kl->udfald = h->udfald;
        kl->afgjort = h->dato;
        /* A remitted loss decision is superseded: its revision task closes
         * (issue 10, item 4); the new case decides again. */
        if (h->udfald == SAG_UDFALD_HJEMVIST &&
            kl->fase == SAG_FASE_ERHVERVSEVNETAB)
            t->har_revisionsdato = false;
        return SAG_OK;
    }
    case SAG_H_NOTAT:
        return SAG_OK; /* the reason is the note */
    /* The death: the event's date is the day of death and its reason the
     * source (e.g. the CPR register); the application layer ends the
     * running awards in the same transaction (guidance 2.16). The case's
     * own state does not change. */
    case SAG_H_DOEDSFALD: return SAG_OK;
    case SAG_H_SAGSBEHANDLER_TILDELT:
        /* Who works the case is an organisational matter, not a rule of
         * the act: the case stays in its team, only the caseworker
         * changes (and with it whose worklist its tasks are on). */
        if (tom(h->ny.sagsbehandler))
            return sag_diag_set(d, SAG_EMISSING, "/sagsbehandler", "mangler");
        if (strcmp(h->ny.sagsbehandler, t->sagsbehandler) == 0)
            return afvis(d, "/sagsbehandler",
                         "sagen har allerede denne sagsbehandler");
        return kopier(t->sagsbehandler, sizeof(t->sagsbehandler),
                      h->ny.sagsbehandler, "/sagsbehandler", d);
    case SAG_H_PART_TILFOEJET: {
        static const char *const roller[] = {
            "tilskadekomne", "arbejdsgiver", "forsikringsselskab",
            "repraesentant", "kommune",      "laege"
        };
        struct sag_part *p;
        bool kendt = false;

        if (tom(h->part))
            return sag_diag_set(d, SAG_EMISSING, "/part", "mangler");
        for (size_t i = 0; i < sizeof(roller) / sizeof(roller[0]); i++)
            kendt = kendt || strcmp(h->part, roller[i]) == 0;
        if (!kendt)
            return sag_diag_set(d, SAG_EINVAL, "/part",
                                "skal være tilskadekomne, arbejdsgiver, "
                                "forsikringsselskab, repraesentant, kommune "
                                "eller laege");
        if (tom(h->navn))
            return sag_diag_set(d, SAG_EMISSING, "/navn", "mangler");
        if (h->fuldmagt && strcmp(h->part, "repraesentant") != 0)
            return sag_diag_set(d, SAG_EINVAL, "/fuldmagt",
                                "kun en repræsentant har fuldmagt");
        if (t->antal_parter == SAG_MAKS_PARTER)
            return afvis(d, "", "sagen har for mange parter");
        p = &t->parter[t->antal_parter];
        memset(p, 0, sizeof(*p));
        if (!tom(h->cvr)) {
            size_t n = strlen(h->cvr);

            for (size_t i = 0; i < n; i++)
                if (h->cvr[i] < '0' || h->cvr[i] > '9')
                    n = 0;
            if (n != 8)
                return sag_diag_set(d, SAG_EINVAL, "/cvr", "skal være 8 cifre");
        }
        if (!tom(h->part_cpr) &&
            (st = sag_cpr_valider(h->part_cpr, p->cpr, NULL, d)) != SAG_OK)
            return st;
        if ((st = kopier(p->rolle, sizeof(p->rolle), h->part, "/part", d)) !=
                SAG_OK ||
            (st = kopier(p->navn, sizeof(p->navn), h->navn, "/navn", d)) !=
                SAG_OK ||
            (st = kopier(p->cvr, sizeof(p->cvr), h->cvr, "/cvr", d)) !=
                SAG_OK ||
            (st = kopier(p->adresse, sizeof(p->adresse), h->adresse, "/adresse",
                         d)) != SAG_OK ||
            (st = kopier(p->kontakt, sizeof(p->kontakt), h->kontakt, "/kontakt",
                         d)) != SAG_OK)
            return st;
        p->fuldmagt = h->fuldmagt;
        p->digital_post = h->digital_post;
        t->antal_parter++;
        return SAG_OK;
    }
    case SAG_H_DOKUMENT: {
        /* The journal (issue 10, item 2): the document is stored under
         * its hash before the event; a reply answers its request. */
        struct sag_dokument_ref *r;
        size_t n = 0;

        if (tom(h->dokument))
            return sag_diag_set(d, SAG_EMISSING, "/dokument", "mangler");
        for (const char *c = h->dokument; *c; c++, n++)
            if (!((*c >= '0' && *c <= '9') || (*c >= 'a' && *c <= 'f')))
                n = 99;
        if (n != 64)
            return sag_diag_set(d, SAG_EINVAL, "/dokument",
                                "skal være en SHA-256 (64 hextegn)");
        if (tom(h->titel))
            return sag_diag_set(d, SAG_EMISSING, "/titel", "mangler");
        if (tom(h->retning) || (strcmp(h->retning, "modtaget") != 0 &&
                                strcmp(h->retning, "sendt") != 0))
            return sag_diag_set(d, SAG_EINVAL, "/retning",
                                "skal være modtaget eller sendt");
        if (t->antal_dokumenter == SAG_MAKS_DOKUMENTER)
            return afvis(d, "", "sagen har for mange dokumenter");
        if (!tom(h->anmodning_id)) {
            struct sag_anmodning *a = find_anmodning(t, h->anmodning_id);

            if (a == NULL)
                return afvis(d, "/anmodning_id", "anmodningen findes ikke");
            if (strcmp(h->retning, "modtaget") != 0)
                return sag_diag_set(d, SAG_EINVAL, "/retning",
                                    "et svar på en anmodning er modtaget");
            if (a->besvaret)
                return afvis(d, "/anmodning_id",
                             "anmodningen er allerede besvaret");
            a->besvaret = true;
        }
        r = &t->dokumenter[t->antal_dokumenter];
        memset(r, 0, sizeof(*r));
        memcpy(r->sha256, h->dokument, 65);
        if ((st = kopier(r->titel, sizeof(r->titel), h->titel, "/titel", d)) !=
                SAG_OK ||
            (st = kopier(r->retning, sizeof(r->retning), h->retning, "/retning",
                         d)) != SAG_OK ||
            (st = kopier(r->part, sizeof(r->part), h->part, "/part", d)) !=
                SAG_OK)
            return st;
        r->dato = h->dato;
        t->antal_dokumenter++;
        return SAG_OK;
    }
    case SAG_H_PARTER_ORIENTERET: {
        int art = 0;

        if (tom(h->frist))
            return sag_diag_set(d, SAG_EMISSING, "/frist", "mangler");
        if (strcmp(h->frist, "anerkendelse") == 0)
            art = SAG_FRIST_ANERKENDELSE;
        else if (strcmp(h->frist, "afgoerelse") == 0)
            art = SAG_FRIST_AFGOERELSE;
        else
            return sag_diag_set(d, SAG_EINVAL, "/frist",
                                "skal være anerkendelse eller afgoerelse");
        t->orienteret |= 1u << art;
        return SAG_OK;
    }
    case SAG_H_LUKKET:
        for (size_t i = 0; i < t->antal_klager; i++)
            if (t->klager[i].status == SAG_KLAGE_MODTAGET ||
                t->klager[i].status == SAG_KLAGE_FASTHOLDT ||
                t->klager[i].status == SAG_KLAGE_SENDT_AST)
                return afvis(d, "/type",
                             "sagen kan ikke lukkes, mens en "
                             "klage er under behandling");
        t->status = SAG_STATUS_LUKKET;
        t->lukket = h->dato;
        if (!t->har_afsluttet) {
            t->har_afsluttet = true;
            t->afsluttet = h->dato;
        }
        return SAG_OK;
    case SAG_H_BREV_DANNET: {
        /* A letter changes nothing in the case; the event is its audit
         * record (docs/breve.md): which letter, of what kind, and the
         * SHA-256 of its bytes, which verification compares. */
        size_t n = tom(h->brev_hash) ? 0 : strlen(h->brev_hash);

        if (tom(h->brev_id))
            return sag_diag_set(d, SAG_EMISSING, "/brev_id", "mangler");
        if (tom(h->brevtype))
            return sag_diag_set(d, SAG_EMISSING, "/brevtype", "mangler");
        if (n != 64 || strspn(h->brev_hash, "0123456789abcdef") != 64)
            return sag_diag_set(d, SAG_EINVAL, "/brev_hash",
                                "skal være en SHA-256 (64 hex-tegn)");
        t->antal_breve++;
        return SAG_OK;
    }
    case SAG_H_ANTAL: break;
    }
    return sag_diag_set(d, SAG_EINVAL, "/type", "ukendt hændelsestype");
}

enum sag_status
sag_tilstand_anvend(struct sag_tilstand *t, const struct sag_haendelse *h,
                    struct sag_diag *diag)
{
    struct sag_tilstand ny;
    enum sag_status st;

    if (tom(h->bruger))
        return sag_diag_set(diag, SAG_EMISSING, "/bruger",
                            "mangler: hvem registrerer hændelsen");
    if (tom(h->begrundelse))
        return sag_diag_set(diag, SAG_EMISSING, "/begrundelse",
                            "mangler: hvorfor");
    /* Work on a copy so a refusal leaves the state untouched. */
    ny = *t;
    if (t->antal_haendelser == 0) {
        if (h->type != SAG_H_OPRETTET)
            return afvis(diag, "/type",
                         "sagen findes ikke; den første "
                         "hændelse skal være oprettet");
        st = opret(&ny, h, diag);
    } else {
        if (t->status == SAG_STATUS_LUKKET && !tilladt_paa_lukket(h->type))
            return afvis(diag, "/type", "sagen er lukket");
        if (h->dato.dage < t->skadedato.dage)
            return sag_diag_set(diag, SAG_ECONFLICT, "/dato",
                                "ligger før skadedatoen");
        st = anvend(&ny, h, diag);
    }
    if (st != SAG_OK)
        return st;
    ny.antal_haendelser++;
    *t = ny;
    return SAG_OK;
}

/* ---- the index of party names ---- */

/* A byte of a word: an ASCII letter or digit, or any byte of a UTF-8
 * sequence (letters such as æ, ø, å and é are all multi-byte). */
static bool
ordbyte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c >= 0x80;
}

size_t
sag_navneord(const char *navn, char ord[][SAG_NAVNEORD_MAX], size_t maks)
{
    const unsigned char *p = (const unsigned char *)(navn ? navn : "");
    size_t n = 0;

    while (*p != '\0' && n < maks) {
        size_t l = 0;
        bool kappet = false;

        while (*p != '\0' && !ordbyte(*p))
            p++;
        if (*p == '\0')
            break;
        while (*p != '\0' && ordbyte(*p)) {
            unsigned char c = *p++;

            if (l == SAG_NAVNEORD_MAX - 1) {
                kappet = true; /* the rest of the word is dropped */
                continue;
            }
            if (c >= 'A' && c <= 'Z')
                c = (unsigned char)(c - 'A' + 'a');
            else if (l > 0 && (unsigned char)ord[n][l - 1] == 0xC3 &&
                     c >= 0x80 && c <= 0x9E && c != 0x97)
                c = (unsigned char)(c + 0x20); /* À-Þ to à-þ */
            ord[n][l++] = (char)c;
        }
        if (kappet) {
            /* Drop a character the cut split: the last lead byte's
             * sequence must end within the word. */
            size_t k = l;

            while (k > 0 && ((unsigned char)ord[n][k - 1] & 0xC0) == 0x80)
                k--;
            if (k > 0) {
                unsigned char b = (unsigned char)ord[n][k - 1];
                size_t len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;

                if (k - 1 + len > l)
                    l = k - 1;
            }
        }
        ord[n][l] = '\0';
        if (l > 0)
            n++;
    }
    return n;
}

bool
sag_navn_matcher(const char *navn, const char *soeg)
{
    char n[SAG_NAVNEORD_MAX * 2][SAG_NAVNEORD_MAX],
        s[SAG_NAVNEORD_MAX * 2][SAG_NAVNEORD_MAX];
    size_t nn = sag_navneord(navn, n, SAG_NAVNEORD_MAX * 2),
           ns = sag_navneord(soeg, s, SAG_NAVNEORD_MAX * 2);

    if (ns == 0)
        return false;
    for (size_t i = 0; i < ns; i++) {
        size_t l = strlen(s[i]);
        bool fundet = false;

        for (size_t j = 0; j < nn && !fundet; j++)
            fundet = strncmp(n[j], s[i], l) == 0;
        if (!fundet)
            return false;
    }
    return true;
}
