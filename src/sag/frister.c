/*
 * Deadlines and tasks of a case (see frister.h for the rules and sources).
 */
#include "skadesag/frister.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "skadesag/sag.h"
#include "skadesag/lov.h"

#include "../base/banned.h"

/* Citations; each source's number and date comes from lov.h. */
static const char *const HJ_16 =
    "ASL § 16, stk. 1 (" SAG_KILDE_ASL "); " SAG_KILDE_VEJ ", afsnit 2.7 "
    "(L1043-1045)";
static const char *const HJ_ANERK =
    "ASL § 16 (" SAG_KILDE_ASL ", som ændret ved " SAG_KILDE_LOV_550_2019
    "; fra 1.1.2020 også anerkendelser); " SAG_KILDE_AES_BERETNING_2020
    ", om de lovbestemte frister";
static const char *const HJ_KLAGE =
    "Klagefrist 4 uger: ASL § 44, stk. 3, 1. pkt. (" SAG_KILDE_ASL
    "), som Arbejdsmarkedets Erhvervssikring gengiver den (ordlyden er ikke "
    "gennemgået, se docs/rules_map.md Q-14); fristen regnes fra den første "
    "hverdag efter datoen på afgørelsen (Digital Post), og en frist på en "
    "lørdag, søndag eller helligdag forlænges til første hverdag "
    "derefter: " SAG_KILDE_AES_KLAGE;
static const char *const HJ_SVAR_2024 =
    "ASL (" SAG_KILDE_ASL_REFORM "): svarfrist 14 dage for professionelle "
    "aktører";
static const char *const HJ_SVAR =
    "AES' praksis: svarfrist 4 uger (" SAG_KILDE_AES_BERETNING_2020 ")";
static const char *const HJ_REVISION =
    "ASL § 17, stk. 3 (" SAG_KILDE_ASL "); " SAG_KILDE_VEJ ", afsnit 2.12";
static const char *const HJ_GENOPTAGELSE =
    "ASL § 42 (" SAG_KILDE_ASL "; ordlyden er ikke gennemgået, se "
    "docs/rules_map.md Q-15); " SAG_KILDE_AST_GENOPTAGELSE
    " (fristen løber fra den første egentlige afgørelse)";

/* The key date of the deadline rules: accident date or notification. */
static struct sag_dato
noegledato(const struct sag_tilstand *t)
{
    return t->type == SAG_SAGSTYPE_ERHVERVSSYGDOM ? t->anmeldelsesdato
                                                  : t->skadedato;
}

enum sag_fristregime
sag_fristregime(const struct sag_tilstand *t)
{
    struct sag_dato n = noegledato(t);

    if (n.dage >= SAG_LOV_DATO_REFORM_2024.dage)
        return SAG_FRISTREGIME_REFORM;
    if (n.dage >= SAG_LOV_DATO_2020.dage)
        return SAG_FRISTREGIME_NY_LOV;
    return SAG_FRISTREGIME_GL_LOV;
}

const char *
sag_fristregime_navn(enum sag_fristregime r)
{
    switch (r) {
    case SAG_FRISTREGIME_GL_LOV: return "gl_lov";
    case SAG_FRISTREGIME_NY_LOV: return "ny_lov";
    case SAG_FRISTREGIME_REFORM: return "reform_2024";
    }
    return NULL;
}

const char *
sag_friststatus_navn(enum sag_friststatus s)
{
    switch (s) {
    case SAG_FRISTSTATUS_AABEN: return "aaben";
    case SAG_FRISTSTATUS_OPFYLDT: return "opfyldt";
    case SAG_FRISTSTATUS_OVERSKREDET: return "overskredet";
    case SAG_FRISTSTATUS_OVERSKRIDES: return "overskrides";
    case SAG_FRISTSTATUS_BETINGET: return "betinget";
    case SAG_FRISTSTATUS_BORTFALDET: return "bortfaldet";
    }
    return NULL;
}

const char *
sag_opgaveart_navn(enum sag_opgaveart a)
{
    switch (a) {
    case SAG_OPGAVE_AFGOER: return "afgoer";
    case SAG_OPGAVE_ORIENTER_PARTER: return "orienter_parter";
    case SAG_OPGAVE_SVAR: return "svar";
    case SAG_OPGAVE_AFVENTER: return "afventer";
    case SAG_OPGAVE_REVISION: return "revision";
    case SAG_OPGAVE_GENVURDER_KLAGE: return "genvurder_klage";
    case SAG_OPGAVE_SEND_TIL_AST: return "send_til_ankestyrelsen";
    case SAG_OPGAVE_SERVICEMAAL: return "servicemaal";
    case SAG_OPGAVE_PAALAEG: return "paalaeg";
    }
    return NULL;
}

/* A deadline that falls on a closed day moves to the next business day. */
static struct sag_dato
hverdag(struct sag_dato d, const struct sag_kalender *k)
{
    struct sag_dato r;

    return sag_dato_arbejdsdag_fra(k, d, &r) == SAG_OK ? r : d;
}

static struct sag_dato
plus_mdr(struct sag_dato d, int n)
{
    struct sag_dato r;

    /* 30 November + 3 months is the last day of February. */
    return sag_dato_plus_maaneder(d, n, SAG_MAANED_SIDSTE_DAG, &r) == SAG_OK
               ? r
               : d;
}

struct sag_dato
sag_klagefrist(struct sag_dato sendt, const struct sag_kalender *k)
{
    struct sag_dato modtaget, f;

    if (sag_dato_naeste_arbejdsdag(k, sendt, &modtaget) != SAG_OK)
        modtaget = sendt;
    if (sag_dato_plus_dage(modtaget, SAG_LOV_KLAGEFRIST_DAGE, &f) != SAG_OK)
        f = modtaget;
    return hverdag(f, k);
}

static bool
professionel(const char *part)
{
    static const char *const p[] = { "forsikringsselskab",
                                     "arbejdsgiver",
                                     "kommune",
                                     "laege",
                                     "sygehus",
                                     "region",
                                     NULL };

    for (int i = 0; p[i] != NULL; i++)
        if (strcmp(part, p[i]) == 0)
            return true;
    return false;
}

struct sag_dato
sag_svarfrist_standard(const struct sag_tilstand *t, const char *part,
                       struct sag_dato sendt, const struct sag_kalender *k)
{
    struct sag_dato f;
    int dage = sag_fristregime(t) == SAG_FRISTREGIME_REFORM && part != NULL &&
                       professionel(part)
                   ? SAG_LOV_SVARFRIST_PROFESSIONEL_DAGE
                   : SAG_AES_SVARFRIST_DAGE;

    if (sag_dato_plus_dage(sendt, dage, &f) != SAG_OK)
        f = sendt;
    return hverdag(f, k);
}

/* Status of an AES deadline from whether and when it was met. */
static enum sag_friststatus
status(struct sag_dato forfald, bool opfyldt, struct sag_dato hvornaar,
       struct sag_dato idag)
{
    if (opfyldt)
        return hvornaar.dage <= forfald.dage ? SAG_FRISTSTATUS_OPFYLDT
                                             : SAG_FRISTSTATUS_OVERSKREDET;
    return idag.dage > forfald.dage ? SAG_FRISTSTATUS_OVERSKRIDES
                                    : SAG_FRISTSTATUS_AABEN;
}

static bool
statutorisk(const struct sag_tilstand *t)
{
    /* The § 16 deadlines concern first decisions in work-injury cases
     * (accidents and diseases) under the deadline rules before the 2024
     * reform. */
    return t->generation == SAG_GENERATION_FOERSTEGANG &&
           (t->type == SAG_SAGSTYPE_ULYKKE ||
            t->type == SAG_SAGSTYPE_ERHVERVSSYGDOM) &&
           sag_fristregime(t) != SAG_FRISTREGIME_REFORM;
}

/* When the whole first decision was made: rejection, or every relevant
 * phase decided; or the case was closed. */
static bool
samlet_afgjort(const struct sag_tilstand *t, struct sag_dato *hvornaar)
{
    struct sag_dato d = { INT32_MIN };

    if (t->anerkendelse == SAG_FASE_AFVIST) {
        *hvornaar = t->anerkendelse_dato;
        return true;
    }
    if (t->anerkendelse == SAG_FASE_ANERKENDT && t->men != SAG_FASE_UAFGJORT &&
        t->erhvervsevnetab != SAG_FASE_UAFGJORT) {
        d = t->anerkendelse_dato;
        if (t->men != SAG_FASE_IKKE_RELEVANT && t->men_dato.dage > d.dage)
            d = t->men_dato;
        if (t->erhvervsevnetab != SAG_FASE_IKKE_RELEVANT &&
            t->erhvervsevnetab_dato.dage > d.dage)
            d = t->erhvervsevnetab_dato;
        *hvornaar = d;
        return true;
    }
    if (t->status == SAG_STATUS_LUKKET) {
        *hvornaar = t->lukket;
        return true;
    }
    return false;
}

static void
tilfoej(struct sag_frist *ud, size_t max, size_t *n, struct sag_frist f)
{
    if (*n < max)
        ud[*n] = f;
    (*n)++;
}

size_t
sag_frister(const struct sag_tilstand *t, const struct sag_kalender *k,
            struct sag_dato idag, struct sag_frist *ud, size_t max)
{
    size_t n = 0;
    enum sag_fristregime regime = sag_fristregime(t);

    if (statutorisk(t)) {
        struct sag_frist f = { 0 };
        bool ulykke = t->type == SAG_SAGSTYPE_ULYKKE;
        struct sag_dato hvornaar;

        /* 3 / 6 months to recognise or reject. */
        f.art = SAG_FRIST_ANERKENDELSE;
        f.navn = ulykke ? "3 måneders frist for anerkendelse eller afvisning"
                        : "6 måneders frist for anerkendelse eller afvisning";
        f.hjemmel = HJ_ANERK;
        f.start = t->modtaget_dato;
        f.forfald =
            hverdag(plus_mdr(f.start, ulykke ? SAG_LOV_ANERKENDELSE_ULYKKE_MDR
                                             : SAG_LOV_ANERKENDELSE_SYGDOM_MDR),
                    k);
        f.for_aes = true;
        if (t->anerkendelse == SAG_FASE_UAFGJORT) {
            f.status = regime == SAG_FRISTREGIME_GL_LOV
                           ? SAG_FRISTSTATUS_BETINGET
                           : status(f.forfald, false, f.forfald, idag);
        } else if (regime == SAG_FRISTREGIME_GL_LOV &&
                   t->anerkendelse == SAG_FASE_ANERKENDT) {
            /* Old law: only rejections were subject to the deadline. */
            f.status = SAG_FRISTSTATUS_BORTFALDET;
        } else {
            f.har_opfyldt = true;
            f.opfyldt = t->anerkendelse_dato;
            f.status = status(f.forfald, true, f.opfyldt, idag);
        }
        tilfoej(ud, max, &n, f);

        /* 1 year (2 years before the ESU) for the decision. */
        memset(&f, 0, sizeof(f));
        f.art = SAG_FRIST_AFGOERELSE;
        f.navn = t->esu_forelagt ? "2 års frist for afgørelse "
                                   "(Erhvervssygdomsudvalget)"
                                 : "1 års frist for afgørelse";
        f.hjemmel = HJ_16;
        f.start = t->anmeldelsesdato;
        f.forfald = hverdag(plus_mdr(f.start, t->esu_forelagt
                                                  ? SAG_LOV_AFGOERELSE_ESU_MDR
                                                  : SAG_LOV_AFGOERELSE_MDR),
                            k);
        f.for_aes = true;
        f.har_opfyldt = samlet_afgjort(t, &hvornaar);
        if (f.har_opfyldt)
            f.opfyldt = hvornaar;
        f.status = status(f.forfald, f.har_opfyldt, hvornaar, idag);
        tilfoej(ud, max, &n, f);
    }

    for (size_t i = 0; i < t->antal_anmodninger; i++) {
        const struct sag_anmodning *a = &t->anmodninger[i];
        struct sag_frist f = { 0 };

        f.art = SAG_FRIST_SVAR;
        f.navn = "svarfrist";
        f.hjemmel = regime == SAG_FRISTREGIME_REFORM && professionel(a->part)
                        ? HJ_SVAR_2024
                        : HJ_SVAR;
        f.start = a->sendt;
        f.forfald = a->svarfrist;
        f.status = a->besvaret ? SAG_FRISTSTATUS_OPFYLDT
                               : status(f.forfald, false, f.forfald, idag);
        memcpy(f.ref, a->id, sizeof(f.ref));
        tilfoej(ud, max, &n, f);
    }

    for (size_t i = 0; i < t->antal_afgoerelser; i++) {
        const struct sag_afgoerelse_ref *a = &t->afgoerelser[i];
        struct sag_frist f = { 0 };
        const struct sag_klage *kl = NULL;

        for (size_t j = 0; j < t->antal_klager; j++)
            if (strcmp(t->klager[j].afgoerelse_id, a->id) == 0)
                kl = &t->klager[j];
        f.art = SAG_FRIST_KLAGE;
        f.navn = "klagefrist (4 uger)";
        f.hjemmel = HJ_KLAGE;
        f.start = a->dato;
        f.forfald = sag_klagefrist(a->dato, k);
        memcpy(f.ref, a->id, sizeof(f.ref));
        if (kl != NULL) {
            f.har_opfyldt = true;
            f.opfyldt = kl->modtaget;
            f.status = kl->rettidig ? SAG_FRISTSTATUS_OPFYLDT
                                    : SAG_FRISTSTATUS_OVERSKREDET;
        } else {
            /* A party's deadline: once it has run out, it is over. */
            f.status = idag.dage > f.forfald.dage ? SAG_FRISTSTATUS_BORTFALDET
                                                  : SAG_FRISTSTATUS_AABEN;
        }
        tilfoej(ud, max, &n, f);
    }

    if (t->har_revisionsdato) {
        struct sag_frist f = { 0 };

        f.art = SAG_FRIST_REVISION;
        f.navn = "revision af midlertidig afgørelse";
        f.hjemmel = HJ_REVISION;
        f.start = t->erhvervsevnetab_dato;
        f.forfald = t->revisionsdato;
        f.for_aes = true;
        f.status = status(f.forfald, false, f.forfald, idag);
        tilfoej(ud, max, &n, f);
    }

    if (t->antal_afgoerelser > 0) {
        struct sag_frist f = { 0 };
        /* From the first actual decision (Ankestyrelsen; Q-15). */
        struct sag_dato s = sag_genoptagelse_start(t);

        f.art = SAG_FRIST_GENOPTAGELSE;
        f.navn = "5 års grænse for genoptagelse";
        f.hjemmel = HJ_GENOPTAGELSE;
        f.start = s;
        if (sag_dato_plus_aar(s, SAG_LOV_GENOPTAGELSE_AAR,
                              SAG_MAANED_SIDSTE_DAG, &f.forfald) != SAG_OK)
            f.forfald = s;
        f.status = idag.dage > f.forfald.dage ? SAG_FRISTSTATUS_BORTFALDET
                                              : SAG_FRISTSTATUS_AABEN;
        tilfoej(ud, max, &n, f);
    }
    return n < max ? n : max;
}

static void
opgave(struct sag_opgave *ud, size_t max, size_t *n, enum sag_opgaveart art,
       struct sag_dato forfald, bool venter, const char *tekst, const char *ref)
{
    if (*n < max) {
        ud[*n].art = art;
        ud[*n].forfald = forfald;
        ud[*n].venter_paa_andre = venter;
        ud[*n].tekst = tekst;
        (void)snprintf(ud[*n].ref, sizeof(ud[*n].ref), "%s", ref ? ref : "");
    }
    (*n)++;
}

struct sag_dato
sag_genoptagelse_start(const struct sag_tilstand *t)
{
    struct sag_dato alle = { INT32_MAX }, erstatning = { INT32_MAX };

    for (size_t i = 0; i < t->antal_afgoerelser; i++) {
        const struct sag_afgoerelse_ref *a = &t->afgoerelser[i];

        if (a->dato.dage < alle.dage)
            alle = a->dato;
        if (a->fase != SAG_FASE_ANERKENDELSE && a->dato.dage < erstatning.dage)
            erstatning = a->dato;
    }
    return erstatning.dage != INT32_MAX ? erstatning : alle;
}

/* A party's role in its definite form, as a sentence names it. */
static const char *
bestemt(const char *part)
{
    static const char *const ord[][2] = {
        { "laege", "lægen" },
        { "tilskadekomne", "tilskadekomne" },
        { "arbejdsgiver", "arbejdsgiveren" },
        { "forsikringsselskab", "forsikringsselskabet" },
        { "kommune", "kommunen" },
        { "sygehus", "sygehuset" },
        { "region", "regionen" },
        { "repraesentant", "repræsentanten" },
    };

    for (size_t i = 0; i < sizeof(ord) / sizeof(ord[0]); i++)
        if (strcmp(part, ord[i][0]) == 0)
            return ord[i][1];
    return part;
}

void
sag_svar_opgavetekst(const char *part, char *ud, size_t n)
{
    (void)snprintf(ud, n, "Afventer svar fra %s; ryk ved fristens udløb",
                   bestemt(part));
}

void
sag_venter_opgavetekst(const char *part, char *ud, size_t n)
{
    if (part == NULL || part[0] == '\0')
        (void)snprintf(ud, n, "Afventer en ekstern part");
    else
        (void)snprintf(ud, n, "Afventer %s", bestemt(part));
}

size_t
sag_opgaver(const struct sag_tilstand *t, const struct sag_kalender *k,
            struct sag_opgave *ud, size_t max)
{
    struct sag_frist fr[SAG_MAKS_FRISTER];
    size_t nf, n = 0;
    /* Deadlines' "met" status does not depend on today for open items; an
     * early date keeps every open deadline open. */
    struct sag_dato aldrig = { -719162 };

    for (size_t i = 0; i < t->antal_klager; i++) {
        const struct sag_klage *kl = &t->klager[i];

        if (kl->status == SAG_KLAGE_MODTAGET)
            opgave(ud, max, &n, SAG_OPGAVE_GENVURDER_KLAGE, kl->modtaget, false,
                   "Genvurder klagen", kl->id);
        else if (kl->status == SAG_KLAGE_FASTHOLDT)
            /* Due from the reassessment that kept the decision, not from
             * the appeal's receipt (issue 10, item 7). */
            opgave(ud, max, &n, SAG_OPGAVE_SEND_TIL_AST, kl->genvurderet, false,
                   "Send klagen til Ankestyrelsen", kl->id);
    }
    /* Ankestyrelsen's instructions are tasks until a decision on their
     * phase follows (issue 10, item 3), also on a closed case. */
    for (size_t i = 0; i < t->antal_paalaeg; i++)
        if (!t->paalaeg[i].opfyldt)
            opgave(ud, max, &n, SAG_OPGAVE_PAALAEG, t->paalaeg[i].frist, false,
                   t->paalaeg[i].tekst, t->paalaeg[i].klage_id);
    if (t->status == SAG_STATUS_LUKKET)
        return n < max ? n : max;

    nf = sag_frister(t, k, aldrig, fr, SAG_MAKS_FRISTER);
    for (size_t i = 0; i < nf; i++) {
        const struct sag_frist *f = &fr[i];
        struct sag_dato orienter;

        switch (f->art) {
        case SAG_FRIST_ANERKENDELSE:
        case SAG_FRIST_AFGOERELSE:
            if (f->status != SAG_FRISTSTATUS_AABEN &&
                f->status != SAG_FRISTSTATUS_BETINGET)
                break;
            opgave(ud, max, &n, SAG_OPGAVE_AFGOER, f->forfald, false,
                   f->art == SAG_FRIST_ANERKENDELSE
                       ? "Afgør anerkendelsesspørgsmålet"
                       : "Træf afgørelse i sagen",
                   NULL);
            /* From 1.1.2020 the parties must be told when a statutory
             * deadline cannot be met (reports 000:L570-572). */
            if (sag_fristregime(t) != SAG_FRISTREGIME_GL_LOV &&
                !(t->orienteret & (1u << f->art)) &&
                sag_dato_plus_dage(f->forfald, -SAG_ORIENTER_DAGE_FOER,
                                   &orienter) == SAG_OK)
                opgave(ud, max, &n, SAG_OPGAVE_ORIENTER_PARTER, orienter, false,
                       "Orienter parterne, hvis fristen ikke kan overholdes",
                       f->art == SAG_FRIST_ANERKENDELSE ? "anerkendelse"
                                                        : "afgoerelse");
            break;
        case SAG_FRIST_SVAR:
            if (f->status == SAG_FRISTSTATUS_AABEN) {
                const char *tekst = "Afventer svar; ryk ved fristens udløb";

                for (size_t j = 0; j < t->antal_anmodninger; j++)
                    if (strcmp(t->anmodninger[j].id, f->ref) == 0 &&
                        t->anmodninger[j].opgavetekst[0])
                        tekst = t->anmodninger[j].opgavetekst;
                opgave(ud, max, &n, SAG_OPGAVE_SVAR, f->forfald, true, tekst,
                       f->ref);
            }
            break;
        case SAG_FRIST_REVISION:
            opgave(ud, max, &n, SAG_OPGAVE_REVISION, f->forfald, false,
                   "Revider den midlertidige afgørelse", NULL);
            break;
        case SAG_FRIST_KLAGE:
        case SAG_FRIST_GENOPTAGELSE: break;
        }
    }
    if (!statutorisk(t)) {
        struct sag_dato hvornaar;

        if (!samlet_afgjort(t, &hvornaar)) {
            /* 20 months for the cases the targets call "med tab af
             * erhvervsevne": the same groups as the reports. */
            enum sag_gruppe g = sag_gruppe(t);
            bool tab = g == SAG_GRUPPE_FOERSTEGANG_MED_TAB ||
                       g == SAG_GRUPPE_PRIVAT_TAB;

            opgave(ud, max, &n, SAG_OPGAVE_SERVICEMAAL,
                   plus_mdr(t->modtaget_dato, tab ? SAG_SERVICEMAAL_TAB_MDR
                                                  : SAG_SERVICEMAAL_MDR),
                   false, "Behandl sagen (servicemål, ingen lovbestemt frist)",
                   NULL);
        }
    }
    /* The party waited on, in words; the date is when the wait began
     * (the worklist's "Venter siden"). */
    if (t->venter_ekstern)
        opgave(ud, max, &n, SAG_OPGAVE_AFVENTER, t->venter_siden, true,
               t->venter_tekst, NULL);
    return n < max ? n : max;
}
