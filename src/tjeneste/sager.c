/*
 * Use cases that change cases: create, append a plain event, record a
 * decision (the loss decision through the engine), the appeal track, a new
 * case generation for a remittal, revision or § 42 reopening, and the
 * recomputation of a stored decision.
 *
 * Each runs in one write transaction that reads the case's state and mints
 * its ids inside it (SQLite: BEGIN IMMEDIATE holds the write lock), so two
 * callers recording on the same case at once get …-E2 and …-E3, never the
 * same id; the state machine (sag_tilstand_anvend) refuses what the case's
 * history does not allow, and a refusal stores nothing.
 */
#include "skadesag/tjeneste.h"

#include <stdio.h>
#include <string.h>

#include "skadesag/beregning_json.h"
#include "skadesag/konto_store.h"
#include "skadesag/visning.h"
#include "tjeneste_int.h"

#include "../base/banned.h"

/* The event as the context records it: the acting user, and the time from
 * the store's clock (a caller's `registreret` is dropped). */
static struct sag_haendelse
som_kontekst(const struct sag_tj *k, const struct sag_haendelse *h)
{
    struct sag_haendelse e = *h;

    e.bruger = k->bruger;
    e.registreret = NULL;
    return e;
}

/* A new event of `type` with the common fields. */
static struct sag_haendelse
ny_haendelse(const struct sag_tj *k, enum sag_haendelsestype type,
             struct sag_dato dato, const char *begrundelse)
{
    struct sag_haendelse h;

    memset(&h, 0, sizeof(h));
    h.type = type;
    h.dato = dato;
    h.bruger = k->bruger;
    h.begrundelse = begrundelse;
    return h;
}

/* An event may not be dated after today (issue 10, item 5: an appeal dated
 * five years ahead was accepted); planned dates are other fields. */
static enum sag_status
ikke_fremtid(const struct sag_tj *k, struct sag_dato dato, struct sag_diag *d)
{
    if (dato.dage > k->idag.dage)
        return sag_diag_set(d, SAG_EINVAL, "/dato", "ligger efter dags dato");
    return SAG_OK;
}

/* Append one event after the checks applied to every event (control
 * characters, implausible dates), inside the caller's transaction. */
static enum sag_status
skriv(const struct sag_tj *k, const char *sag_id, const struct sag_haendelse *h,
      struct sag_diag *d)
{
    enum sag_status st = sag__tj_haendelse_tjek(h, d);

    return st == SAG_OK ? sag_store_tilfoej(k->store, sag_id, h, d) : st;
}

/* Append one event; for a context limited in scope, the case is checked
 * first, in the same transaction. */
static enum sag_status
tilfoej_en(const struct sag_tj *k, const char *sag_id,
           const struct sag_haendelse *h, struct sag_diag *d)
{
    struct sag_tilstand t;
    enum sag_status st;

    if ((st = ikke_fremtid(k, h->dato, d)) != SAG_OK)
        return st;
    if (!sag__tj_afgraenset(k) && h->type != SAG_H_DOEDSFALD)
        return skriv(k, sag_id, h, d);
    if ((st = sag_store_begynd(k->store, d)) != SAG_OK)
        return st;
    st = sag__tj_tilstand(k, sag_id, &t, d);
    if (st == SAG_OK)
        st = skriv(k, sag_id, h, d);
    /* A death ends the running awards in the same transaction. */
    if (st == SAG_OK && h->type == SAG_H_DOEDSFALD)
        st = sag__tj_ophoer_ved_doed(k, &t, h->dato, d);
    return sag__tj_afslut(k, st, d);
}

/* tilfoej_en, run again after a serialization failure or deadlock
 * (sag_store_igen). */
static enum sag_status
tilfoej(const struct sag_tj *k, const char *sag_id,
        const struct sag_haendelse *h, struct sag_diag *d)
{
    enum sag_status st;
    int forsoeg = 0;

    do
        st = tilfoej_en(k, sag_id, h, d);
    while (sag_store_igen(k->store, st, &forsoeg, d));
    return st;
}

/* Issue 16, item 4: what a new case cannot do without, named. The injury
 * and notification dates fix the deadline rules and the law that applies
 * (ASL § 48 stk. 7; the reform of 1.7.2024 by injury date) and the case
 * number's year; the team receives the case (worklists, scope). A
 * caseworker may be assigned later by the team, so it is not required.
 * The injury cannot precede the injured person's birth (from the CPR
 * number), and neither date may lie after the notification was received. */
static enum sag_status
ny_sag_tjek(const struct sag_haendelse *h, struct sag_diag *d)
{
    const struct sag_ny *n = &h->ny;
    char cpr[SAG_CPR_LEN + 1];
    struct sag_dato foedt;
    enum sag_status st;

    if (n->cpr == NULL || n->cpr[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/cpr",
                            "mangler: tilskadekomnes CPR-nummer");
    if (!n->har_skadedato)
        return sag_diag_set(d, SAG_EMISSING, "/skadedato", "mangler");
    if (!n->har_anmeldelsesdato)
        return sag_diag_set(d, SAG_EMISSING, "/anmeldelsesdato", "mangler");
    if (n->team == NULL || n->team[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/team",
                            "mangler: hvilket team modtager sagen");
    if ((st = sag__tj_haendelse_tjek(h, d)) != SAG_OK)
        return st;
    if ((st = sag_cpr_valider(n->cpr, cpr, &foedt, d)) != SAG_OK)
        return st;
    if (n->skadedato.dage < foedt.dage)
        return sag_diag_set(d, SAG_EINVAL, "/skadedato",
                            "ligger før tilskadekomnes fødselsdato");
    if (n->skadedato.dage > h->dato.dage)
        return sag_diag_set(d, SAG_EINVAL, "/skadedato",
                            "ligger efter sagens oprettelse");
    if (n->anmeldelsesdato.dage > h->dato.dage)
        return sag_diag_set(d, SAG_EINVAL, "/anmeldelsesdato",
                            "ligger efter sagens oprettelse");
    return SAG_OK;
}

static enum sag_status
opret_en(const struct sag_tj *k, const struct sag_haendelse *h,
         char id[SAG_ID_MAX], struct sag_diag *d)
{
    struct sag_haendelse e;
    char nyt[SAG_ID_MAX] = "";
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_OPRET, d)) != SAG_OK)
        return st;
    if (h->type != SAG_H_OPRETTET)
        return sag_diag_set(d, SAG_EINVAL, "/type",
                            "en ny sag begynder med hændelsen oprettet");
    if (k->team != NULL && k->team[0] != '\0' &&
        (h->ny.team == NULL || strcmp(h->ny.team, k->team) != 0))
        return sag_diag_set(d, SAG_EADGANG, "/team",
                            "du kan kun oprette sager i dit eget team");
    if ((st = ikke_fremtid(k, h->dato, d)) != SAG_OK ||
        (st = ny_sag_tjek(h, d)) != SAG_OK)
        return st;
    /* Issue 16, item 8: the earlier case is named, not a foreign-key
     * failure of the store. */
    if (h->ny.forrige_sag_id != NULL && h->ny.forrige_sag_id[0] != '\0') {
        struct sag_tilstand f;

        if (sag_store_tilstand(k->store, h->ny.forrige_sag_id, &f, d) != SAG_OK)
            return sag_diag_set(d, SAG_ENOTFOUND, "/forrige_sag_id",
                                "den tidligere sag findes ikke");
    }
    e = som_kontekst(k, h);
    if ((st = sag_store_opret(k->store, &e, nyt, d)) != SAG_OK)
        return st;
    memcpy(id, nyt, SAG_ID_MAX);
    return SAG_OK;
}

/* opret_en, run again after a serialization failure or deadlock
 * (sag_store_igen). */
enum sag_status
sag_tj_opret(const struct sag_tj *k, const struct sag_haendelse *h,
             char id[SAG_ID_MAX], struct sag_diag *d)
{
    enum sag_status st;
    int forsoeg = 0;

    do
        st = opret_en(k, h, id, d);
    while (sag_store_igen(k->store, st, &forsoeg, d));
    return st;
}

/* The events that have a use case of their own, and which one. */
static const char *
egen_brug(enum sag_haendelsestype t)
{
    switch (t) {
    case SAG_H_OPRETTET: return "en sag oprettes med 'opret'";
    case SAG_H_ANERKENDT:
    case SAG_H_AFVIST:
    case SAG_H_MEN_AFGJORT:
    case SAG_H_ERHVERVSEVNETAB_AFGJORT:
        return "afgørelser træffes med 'afgoer'";
    case SAG_H_REVISION_PAABEGYNDT: return "revision påbegyndes med 'revision'";
    case SAG_H_GENOPTAGELSE_ANMODET:
        return "genoptagelse anmodes med 'genoptag'";
    case SAG_H_DOKUMENT:
        return "dokumenter gemmes med 'dokument' (indholdet først)";
    case SAG_H_KLAGE_MODTAGET:
    case SAG_H_KLAGE_TILSLUTTET:
    case SAG_H_GENVURDERET:
    case SAG_H_SENDT_TIL_ANKESTYRELSEN:
    case SAG_H_ANKESTYRELSEN_AFGJORT:
        return "klager behandles med 'klage', 'genvurder' og "
               "'ankestyrelsen'";
    case SAG_H_BREV_DANNET: return "breve dannes med 'skadesag brev dan'";
    case SAG_H_SAGSBEHANDLER_TILDELT:
        return "sager tildeles af teamlederen med 'tildel'";
    default: return NULL;
    }
}

enum sag_status
sag_tj_haendelse(const struct sag_tj *k, const char *sag_id,
                 const struct sag_haendelse *h, struct sag_diag *d)
{
    struct sag_haendelse e;
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_HAENDELSE, d)) != SAG_OK)
        return st;
    if (egen_brug(h->type) != NULL)
        return sag_diag_set(d, SAG_EDENIED, "/type", "%s", egen_brug(h->type));
    e = som_kontekst(k, h);
    return tilfoej(k, sag_id, &e, d);
}

/* A loss decision computed by the engine, before its transaction: the
 * input as given (NUL-terminated), the parsed input and the result JSON
 * with its trace. Pure: a refusal here touches nothing stored. */
struct tab {
    struct sag_arena arena;
    struct sag_buf ind, ud;
    struct sag_beregning_input in;
    struct sag_beregning r;
};

static void
tab_init(struct tab *t)
{
    sag_arena_init(&t->arena, 0);
    sag_buf_init(&t->ind, 0);
    sag_buf_init(&t->ud, 0);
}

static void
tab_release(struct tab *t)
{
    sag_buf_release(&t->ind);
    sag_buf_release(&t->ud);
    sag_arena_release(&t->arena);
}

static enum sag_status
beregn_tab(const struct sag_tj *k, const struct sag_tj_afgoerelse *a,
           struct tab *t, struct sag_diag *d)
{
    struct sag_spor sp;
    enum sag_status st;

    if (k->satser == NULL)
        return sag_diag_set(d, SAG_EINTERNAL, "",
                            "satstabellerne er ikke indlæst");
    if (a->beregning == NULL)
        return sag_diag_set(d, SAG_EMISSING, "/beregning",
                            "mangler: beregningens input (JSON)");
    sag_buf_add(&t->ind, a->beregning, a->beregning_len);
    if ((st = sag_buf_status(&t->ind)) != SAG_OK)
        return sag_diag_set(d, st, "/beregning", "for stort input");
    if ((st = sag_beregning_input_fra_json(t->ind.buf, t->ind.len, &t->arena,
                                           &t->in, d)) != SAG_OK)
        return st;
    sag_spor_init(&sp, &t->arena, true);
    if ((st = sag_beregn(k->satser, &t->in, &sp, &t->r, d)) != SAG_OK)
        return st;
    sag_beregning_til_json(&t->r, &sp, &t->ud);
    if ((st = sag_buf_status(&t->ud)) != SAG_OK)
        return sag_diag_set(d, st, "", "resultatet er for stort");
    return SAG_OK;
}

enum sag_status
sag_tj_tab_muligt(const struct sag_tilstand *t, struct sag_dato *foedt,
                  struct sag_diag *d)
{
    enum sag_skadetype sk;
    struct sag_dato f;

    if (sag_skadetype_fra_navn(sag_sagstype_navn(t->type), &sk) != SAG_OK)
        return sag_diag_set(d, SAG_EDENIED, "/skadetype",
                            "beregningen af erhvervsevnetab gælder ulykker og "
                            "erhvervssygdomme, ikke sager af typen %s",
                            sag_visning_ord(sag_sagstype_navn(t->type)));
    if (sag_cpr_valider(t->cpr, (char[SAG_CPR_LEN + 1]){ 0 }, &f, NULL) !=
        SAG_OK)
        return sag_diag_set(d, SAG_EINVAL, "/foedselsdato",
                            "sagen har intet gyldigt CPR-nummer at tage "
                            "fødselsdatoen fra");
    *foedt = f;
    return SAG_OK;
}

/* A decision submitted twice (audit of issue 12, point 9: the mén form
 * sent twice made M3 identical to M2, with a second letter). A decision
 * whose phase, date and result (percent, kind and, for a loss, the period's
 * end) equal the phase's latest decision adds nothing and is taken for a
 * repeated submission: refused (SAG_ECONFLICT at `felt`). A decision that
 * differs in any of them, or is made on another day, is recorded as
 * before: this is no rule of the act, only a guard against the double
 * click (docs/web.md). */
static enum sag_status
ikke_gentaget(const struct sag_tilstand *t, enum sag_fase fase,
              struct sag_dato dato, int pct, enum sag_afgoerelsestype type,
              bool har_til, struct sag_dato til, const char *felt,
              struct sag_diag *d)
{
    const struct sag_afgoerelse_ref *r = NULL;
    char s[SAG_DATO_DK_LEN];

    for (size_t i = 0; i < t->antal_afgoerelser; i++)
        if (t->afgoerelser[i].fase == fase)
            r = &t->afgoerelser[i];
    if (r == NULL || r->dato.dage != dato.dage || r->pct != pct ||
        (fase == SAG_FASE_ERHVERVSEVNETAB &&
         (r->type != type || r->har_til != har_til ||
          (har_til && r->til.dage != til.dage))))
        return SAG_OK;
    sag_dato_format_dk(dato, s);
    return sag_diag_set(d, SAG_ECONFLICT, felt,
                        "samme afgørelse (%d %%, %s) er allerede truffet som "
                        "%s; formularen er nok sendt to gange",
                        pct, s, r->id);
}

/* Store the computed loss decision, inside the caller's transaction: it
 * must concern this case; the immutable record (input as given, result
 * with trace, table checksum, engine version) goes in before its event. */
static enum sag_status
gem_tab(const struct sag_tj *k, const char *sag_id,
        const struct sag_tilstand *t, const struct sag_tj_afgoerelse *a,
        const struct tab *b, struct sag_haendelse *h,
        struct sag_tj_afgoerelse_svar *svar, struct sag_diag *d)
{
    struct sag_afgoerelse_post p;
    char dato[SAG_DATO_ISO_LEN];
    struct sag_dato foedt;
    enum sag_status st;

    if (b->in.skadedato.dage != t->skadedato.dage)
        return sag_diag_set(d, SAG_ECONFLICT, "/skadedato",
                            "beregningens skadedato stemmer ikke med sagen");
    if (b->in.anmeldelsesdato.dage != t->anmeldelsesdato.dage)
        return sag_diag_set(d, SAG_ECONFLICT, "/anmeldelsesdato",
                            "beregningens anmeldelsesdato stemmer ikke med "
                            "sagen");
    /* Issue 16 item 7: the birth date is the case's, given by its CPR
     * number (the century rule, sag_cpr_valider). The engine's input is
     * stored as given, so a differing or missing one is refused rather
     * than filled in (the record then shows what the engine computed). */
    if (sag_cpr_valider(t->cpr, (char[SAG_CPR_LEN + 1]){ 0 }, &foedt, NULL) !=
            SAG_OK ||
        b->in.foedselsdato.dage != foedt.dage)
        return sag_diag_set(d, SAG_ECONFLICT, "/foedselsdato",
                            "beregningens fødselsdato stemmer ikke med "
                            "sagens CPR-nummer");
    if (b->in.afgoerelsesdato.dage != a->dato.dage)
        return sag_diag_set(d, SAG_ECONFLICT, "/afgoerelsesdato",
                            "beregningens afgørelsesdato skal være "
                            "afgørelsens dato");
    if ((st = ikke_gentaget(t, SAG_FASE_ERHVERVSEVNETAB, a->dato,
                            b->r.fastsat_pct, b->r.afgoerelse, a->har_til,
                            a->til, "/dato", d)) != SAG_OK)
        return st;
    if ((st = sag__tj_id(sag_id, 'E', t->antal_afgoerelser + 1, svar->id, d)) !=
        SAG_OK)
        return st;
    sag_dato_format_iso(a->dato, dato);
    memset(&p, 0, sizeof(p));
    p.id = svar->id;
    p.sag_id = sag_id;
    p.fase = "erhvervsevnetab";
    p.dato = dato;
    p.input = b->ind.buf;
    p.resultat = b->ud.buf;
    p.satser_checksum = b->r.satser_checksum;
    p.motor_version = k->motor_version;
    if ((st = sag_store_gem_afgoerelse(k->store, &p, svar->hash, d)) != SAG_OK)
        return st;
    h->type = SAG_H_ERHVERVSEVNETAB_AFGJORT;
    h->afgoerelse_id = svar->id;
    h->afgoerelse_hash = svar->hash;
    h->har_pct = true;
    h->pct = b->r.fastsat_pct;
    h->afgoerelsestype = b->r.afgoerelse;
    h->har_fra = b->r.har_tilkendelse;
    h->fra = b->r.tilkendelsesdato;
    h->har_til = a->har_til;
    h->til = a->til;
    if ((st = skriv(k, sag_id, h, d)) != SAG_OK)
        return st;
    /* The awards it grants, superseding earlier ones from the law's date
     * (issue 14); an overlap refuses the decision. */
    if ((st = sag__tj_gem_ydelser(k, t, svar->id, &b->in, &b->r, a->har_til,
                                  a->til, d)) != SAG_OK)
        return st;
    svar->pct = b->r.fastsat_pct;
    svar->type = b->r.afgoerelse;
    return SAG_OK;
}

static enum sag_status
afgoer_en(const struct sag_tj *k, const char *sag_id,
          const struct sag_tj_afgoerelse *a,
          struct sag_tj_afgoerelse_svar *svar, struct sag_buf *resultat,
          struct sag_diag *d)
{
    struct sag_tilstand t;
    struct sag_haendelse h;
    struct sag_tj_afgoerelse_svar s;
    struct tab b;
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_AFGOER, d)) != SAG_OK)
        return st;
    if (a->fase != SAG_FASE_ANERKENDELSE && a->fase != SAG_FASE_MEN &&
        a->fase != SAG_FASE_ERHVERVSEVNETAB)
        return sag_diag_set(d, SAG_EINVAL, "/fase",
                            "skal være anerkendelse, men eller "
                            "erhvervsevnetab");
    if (a->fase == SAG_FASE_MEN && (a->men_pct < 0 || a->men_pct > 120))
        return sag_diag_set(d, SAG_EINVAL, "/men_pct",
                            "skal være et heltal 0-120");
    if (a->har_til && a->fase != SAG_FASE_ERHVERVSEVNETAB)
        return sag_diag_set(d, SAG_EINVAL, "/til",
                            "en periode gælder kun erhvervsevnetab");
    if ((st = ikke_fremtid(k, a->dato, d)) != SAG_OK)
        return st;
    memset(&s, 0, sizeof(s));
    tab_init(&b);
    /* The engine runs before the write transaction: it is pure, and the
     * write lock is then held only for the store. */
    if (a->fase == SAG_FASE_ERHVERVSEVNETAB &&
        (st = beregn_tab(k, a, &b, d)) != SAG_OK)
        goto out;
    h = ny_haendelse(k, SAG_H_ANERKENDT, a->dato, a->begrundelse);
    h.har_revisionsdato = a->har_revisionsdato;
    h.revisionsdato = a->revisionsdato;
    if ((st = sag_store_begynd(k->store, d)) != SAG_OK)
        goto out;
    /* The state is read inside the transaction: the decision's number is
     * the case's next, whoever else is writing. */
    if ((st = sag__tj_tilstand(k, sag_id, &t, d)) == SAG_OK &&
        a->dato.dage < t.anmeldelsesdato.dage)
        st = sag_diag_set(d, SAG_EINVAL, "/dato",
                          "en afgørelse kan ikke ligge før anmeldelsen");
    if (st == SAG_OK) {
        switch (a->fase) {
        case SAG_FASE_ANERKENDELSE:
            h.type = a->anerkendt ? SAG_H_ANERKENDT : SAG_H_AFVIST;
            st = sag__tj_id(sag_id, 'A', t.antal_afgoerelser + 1, s.id, d);
            break;
        case SAG_FASE_MEN:
            h.type = SAG_H_MEN_AFGJORT;
            h.har_pct = true;
            h.pct = a->men_pct;
            s.pct = a->men_pct;
            st = ikke_gentaget(&t, SAG_FASE_MEN, a->dato, a->men_pct, 0, false,
                               a->dato, "/men_pct", d);
            if (st == SAG_OK)
                st = sag__tj_id(sag_id, 'M', t.antal_afgoerelser + 1, s.id, d);
            break;
        default: break;
        }
        if (a->fase == SAG_FASE_ERHVERVSEVNETAB) {
            st = gem_tab(k, sag_id, &t, a, &b, &h, &s, d);
        } else if (st == SAG_OK) {
            h.afgoerelse_id = s.id;
            st = skriv(k, sag_id, &h, d);
            /* The godtgørelse it grants (issue 14; Q-69). */
            if (st == SAG_OK && a->fase == SAG_FASE_MEN)
                st = sag__tj_gem_men(k, &t, s.id, a->men_pct, a->dato, d);
        }
    }
    if ((st = sag__tj_afslut(k, st, d)) != SAG_OK)
        goto out;
    if (resultat != NULL && a->fase == SAG_FASE_ERHVERVSEVNETAB)
        sag_buf_add(resultat, b.ud.buf, b.ud.len);
    *svar = s;
out:
    tab_release(&b);
    return st;
}

/* afgoer_en, run again after a serialization failure or deadlock
 * (sag_store_igen). */
enum sag_status
sag_tj_afgoer(const struct sag_tj *k, const char *sag_id,
              const struct sag_tj_afgoerelse *a,
              struct sag_tj_afgoerelse_svar *svar, struct sag_buf *resultat,
              struct sag_diag *d)
{
    enum sag_status st;
    int forsoeg = 0;

    do
        st = afgoer_en(k, sag_id, a, svar, resultat, d);
    while (sag_store_igen(k->store, st, &forsoeg, d));
    return st;
}

/* The type from the first bytes: what the journal keeps. */
const char *
sag__tj_dokumenttype(const unsigned char *b, size_t n)
{
    if (n >= 5 && memcmp(b, "%PDF-", 5) == 0)
        return "application/pdf";
    if (n >= 8 && memcmp(b, "\x89PNG\r\n\x1a\n", 8) == 0)
        return "image/png";
    if (n >= 3 && b[0] == 0xff && b[1] == 0xd8 && b[2] == 0xff)
        return "image/jpeg";
    return NULL;
}

static enum sag_status
dokument_en(const struct sag_tj *k, const char *sag_id,
            const struct sag_tj_dokument *r, char sha256[65],
            struct sag_diag *d)
{
    struct sag_tilstand t;
    struct sag_haendelse h;
    const char *mime;
    char sha[65];
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_HAENDELSE, d)) != SAG_OK)
        return st;
    if (r->indhold == NULL || r->len == 0)
        return sag_diag_set(d, SAG_EMISSING, "/indhold", "mangler");
    if ((mime = sag__tj_dokumenttype(r->indhold, r->len)) == NULL)
        return sag_diag_set(d, SAG_EINVAL, "/indhold",
                            "skal være en PDF eller et billede (PNG, JPEG)");
    if ((st = ikke_fremtid(k, r->dato, d)) != SAG_OK)
        return st;
    if ((st = sag_store_begynd(k->store, d)) != SAG_OK)
        return st;
    st = sag__tj_tilstand(k, sag_id, &t, d);
    if (st == SAG_OK)
        st = sag_store_gem_dokument(k->store, mime, r->indhold, r->len, sha, d);
    if (st == SAG_OK) {
        h = ny_haendelse(k, SAG_H_DOKUMENT, r->dato,
                         r->begrundelse ? r->begrundelse : r->titel);
        h.dokument = sha;
        h.titel = r->titel;
        h.mime = mime;
        h.retning = r->retning;
        h.part = r->part;
        h.anmodning_id = r->anmodning_id;
        st = skriv(k, sag_id, &h, d);
    }
    if ((st = sag__tj_afslut(k, st, d)) != SAG_OK)
        return st;
    memcpy(sha256, sha, 65);
    return SAG_OK;
}

/* dokument_en, run again after a serialization failure or deadlock
 * (sag_store_igen). */
enum sag_status
sag_tj_dokument(const struct sag_tj *k, const char *sag_id,
                const struct sag_tj_dokument *r, char sha256[65],
                struct sag_diag *d)
{
    enum sag_status st;
    int forsoeg = 0;

    do
        st = dokument_en(k, sag_id, r, sha256, d);
    while (sag_store_igen(k->store, st, &forsoeg, d));
    return st;
}

enum sag_status
sag_tj_hent_dokument(const struct sag_tj *k, const char *sag_id,
                     const char *sha256, const char *grund,
                     struct sag_arena *arena, const char **mime,
                     const void **indhold, size_t *len, struct sag_diag *d)
{
    struct sag_tilstand t;
    struct sag_hvem hvem = { k->bruger, sag_rolle_navn(k->rolle) };
    bool kendt = false;
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_LAES_SAG, d)) != SAG_OK)
        return st;
    if ((st = sag_store_begynd(k->store, d)) != SAG_OK)
        return st;
    st = sag__tj_tilstand(k, sag_id, &t, d);
    for (size_t i = 0; st == SAG_OK && i < t.antal_dokumenter; i++)
        kendt = kendt ||
                (sha256 != NULL && strcmp(t.dokumenter[i].sha256, sha256) == 0);
    if (st == SAG_OK && !kendt)
        st = sag_diag_set(d, SAG_ENOTFOUND, "/dokument",
                          "sagen har ikke det dokument");
    if (st == SAG_OK)
        st = sag_store_log_laesning(k->store, sag_id, &hvem, grund, d);
    if (st == SAG_OK)
        st = sag_store_hent_dokument(k->store, sha256, arena, mime, indhold,
                                     len, d);
    return sag__tj_afslut(k, st, d);
}

static enum sag_status
klage_en(const struct sag_tj *k, const char *sag_id,
         const struct sag_tj_klage *r, char klage_id[SAG_ID_MAX],
         struct sag_diag *d)
{
    struct sag_tilstand t;
    struct sag_haendelse h;
    char id[SAG_ID_MAX];
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_KLAGE, d)) != SAG_OK)
        return st;
    if ((st = ikke_fremtid(k, r->dato, d)) != SAG_OK)
        return st;
    if ((st = sag_store_begynd(k->store, d)) != SAG_OK)
        return st;
    st = sag__tj_tilstand(k, sag_id, &t, d);
    if (st == SAG_OK)
        st = sag__tj_id(sag_id, 'K', t.antal_klager + 1, id, d);
    if (st == SAG_OK) {
        h = ny_haendelse(k, SAG_H_KLAGE_MODTAGET, r->dato, r->begrundelse);
        h.klage_id = id;
        h.afgoerelse_id = r->afgoerelse_id;
        h.part = r->part;
        st = skriv(k, sag_id, &h, d);
    }
    if ((st = sag__tj_afslut(k, st, d)) != SAG_OK)
        return st;
    memcpy(klage_id, id, SAG_ID_MAX);
    return SAG_OK;
}

/* klage_en, run again after a serialization failure or deadlock
 * (sag_store_igen). */
enum sag_status
sag_tj_klage(const struct sag_tj *k, const char *sag_id,
             const struct sag_tj_klage *r, char klage_id[SAG_ID_MAX],
             struct sag_diag *d)
{
    enum sag_status st;
    int forsoeg = 0;

    do
        st = klage_en(k, sag_id, r, klage_id, d);
    while (sag_store_igen(k->store, st, &forsoeg, d));
    return st;
}

/* One step of an appeal on the case itself. */
static enum sag_status
klageskridt_en(const struct sag_tj *k, const char *sag_id,
               enum sag_haendelsestype type, const struct sag_tj_klageskridt *r,
               struct sag_diag *d)
{
    struct sag_haendelse h;
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_KLAGE, d)) != SAG_OK)
        return st;
    if (r->klage_id == NULL || r->klage_id[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/klage_id",
                            "mangler: hvilken klage");
    h = ny_haendelse(k, type, r->dato, r->begrundelse);
    h.klage_id = r->klage_id;
    h.udfald =
        type == SAG_H_SENDT_TIL_ANKESTYRELSEN || type == SAG_H_KLAGE_TILSLUTTET
            ? SAG_UDFALD_INGEN
            : r->udfald;
    if (type == SAG_H_KLAGE_TILSLUTTET)
        h.part = r->part;
    if (type == SAG_H_ANKESTYRELSEN_AFGJORT) {
        h.punkt = r->punkt;
        h.paalaeg = r->paalaeg;
        h.har_paalaeg_frist = r->har_paalaeg_frist;
        h.paalaeg_frist = r->paalaeg_frist;
    }
    return tilfoej(k, sag_id, &h, d);
}

/* klageskridt_en, run again after a serialization failure or deadlock
 * (sag_store_igen). */
static enum sag_status
klageskridt(const struct sag_tj *k, const char *sag_id,
            enum sag_haendelsestype type, const struct sag_tj_klageskridt *r,
            struct sag_diag *d)
{
    enum sag_status st;
    int forsoeg = 0;

    do
        st = klageskridt_en(k, sag_id, type, r, d);
    while (sag_store_igen(k->store, st, &forsoeg, d));
    return st;
}

enum sag_status
sag_tj_klage_tilslut(const struct sag_tj *k, const char *sag_id,
                     const struct sag_tj_klageskridt *r, struct sag_diag *d)
{
    return klageskridt(k, sag_id, SAG_H_KLAGE_TILSLUTTET, r, d);
}

enum sag_status
sag_tj_genvurder(const struct sag_tj *k, const char *sag_id,
                 const struct sag_tj_klageskridt *r, struct sag_diag *d)
{
    return klageskridt(k, sag_id, SAG_H_GENVURDERET, r, d);
}

enum sag_status
sag_tj_send_til_ankestyrelsen(const struct sag_tj *k, const char *sag_id,
                              const struct sag_tj_klageskridt *r,
                              struct sag_diag *d)
{
    return klageskridt(k, sag_id, SAG_H_SENDT_TIL_ANKESTYRELSEN, r, d);
}

/*
 * A new case generation linked to `t` — an andengangssag (revision, § 42)
 * or a hjemvisning (remittal) — and the event `h` on the old case that
 * names it, in the caller's transaction. The new case keeps the injury and
 * notification dates, the person, the team and the caseworker; it is
 * received on the event's date (never before the original notification),
 * which starts its own deadlines (reports 000:L358: a remitted case is
 * handled as a new case).
 *
 * The transition is tried on a copy of the state first, so a refusal names
 * the old case's reason and no case number is spent.
 */
/* The phase of the appeal `klage_id` (0 if none). */
static enum sag_fase
remitteret_fase(const struct sag_tilstand *t, const char *klage_id)
{
    for (size_t i = 0; klage_id != NULL && i < t->antal_klager; i++)
        if (strcmp(t->klager[i].id, klage_id) == 0)
            return t->klager[i].fase;
    return (enum sag_fase)0;
}

static enum sag_status
ny_generation(const struct sag_tj *k, const struct sag_tilstand *t,
              enum sag_generation gen, struct sag_haendelse *h,
              char ny_id[SAG_ID_MAX], struct sag_diag *d)
{
    struct sag_tilstand proeve = *t;
    struct sag_haendelse o;
    enum sag_status st;

    h->ny_sag_id = "(ny)";
    if ((st = sag_tilstand_anvend(&proeve, h, d)) != SAG_OK)
        return st;
    o = ny_haendelse(k, SAG_H_OPRETTET, h->dato, h->begrundelse);
    o.ny.type = t->type;
    o.ny.generation = gen;
    o.ny.forrige_sag_id = t->id;
    /* A remittal on another point than the recognition keeps it. */
    o.ny.anerkendelse_staar =
        gen == SAG_GENERATION_HJEMVISNING &&
        t->anerkendelse == SAG_FASE_ANERKENDT &&
        !(h->punkt == SAG_PUNKT_ANERKENDELSE ||
          (h->punkt == 0 &&
           remitteret_fase(t, h->klage_id) == SAG_FASE_ANERKENDELSE));
    o.ny.skadedato = t->skadedato;
    o.ny.anmeldelsesdato = t->anmeldelsesdato;
    o.ny.har_modtaget_dato = true;
    o.ny.modtaget_dato =
        h->dato.dage > t->anmeldelsesdato.dage ? h->dato : t->anmeldelsesdato;
    o.ny.cpr = t->cpr;
    o.ny.team = t->team;
    o.ny.sagsbehandler = t->sagsbehandler;
    o.ny.forsikring = t->forsikring;
    ny_id[0] = '\0';
    if ((st = sag_store_opret(k->store, &o, ny_id, d)) != SAG_OK)
        return st;
    h->ny_sag_id = ny_id;
    return skriv(k, t->id, h, d);
}

static enum sag_status
ankestyrelsen_en(const struct sag_tj *k, const char *sag_id,
                 const struct sag_tj_klageskridt *r, char ny_sag_id[SAG_ID_MAX],
                 struct sag_diag *d)
{
    struct sag_tilstand t;
    struct sag_haendelse h;
    char ny[SAG_ID_MAX] = "";
    enum sag_status st;

    if (r->udfald != SAG_UDFALD_HJEMVIST) {
        if ((st = klageskridt(k, sag_id, SAG_H_ANKESTYRELSEN_AFGJORT, r, d)) !=
            SAG_OK)
            return st;
        ny_sag_id[0] = '\0';
        return SAG_OK;
    }
    if ((st = sag__tj_adgang(k, SAG_HANDLING_KLAGE, d)) != SAG_OK)
        return st;
    if (r->klage_id == NULL || r->klage_id[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/klage_id",
                            "mangler: hvilken klage");
    if ((st = ikke_fremtid(k, r->dato, d)) != SAG_OK)
        return st;
    if ((st = sag_store_begynd(k->store, d)) != SAG_OK)
        return st;
    st = sag__tj_tilstand(k, sag_id, &t, d);
    if (st == SAG_OK) {
        h = ny_haendelse(k, SAG_H_ANKESTYRELSEN_AFGJORT, r->dato,
                         r->begrundelse);
        h.klage_id = r->klage_id;
        h.udfald = SAG_UDFALD_HJEMVIST;
        h.punkt = r->punkt;
        h.paalaeg = r->paalaeg;
        h.har_paalaeg_frist = r->har_paalaeg_frist;
        h.paalaeg_frist = r->paalaeg_frist;
        st = ny_generation(k, &t, SAG_GENERATION_HJEMVISNING, &h, ny, d);
    }
    if ((st = sag__tj_afslut(k, st, d)) != SAG_OK)
        return st;
    memcpy(ny_sag_id, ny, SAG_ID_MAX);
    return SAG_OK;
}

/* ankestyrelsen_en, run again after a serialization failure or deadlock
 * (sag_store_igen). */
enum sag_status
sag_tj_ankestyrelsen(const struct sag_tj *k, const char *sag_id,
                     const struct sag_tj_klageskridt *r,
                     char ny_sag_id[SAG_ID_MAX], struct sag_diag *d)
{
    enum sag_status st;
    int forsoeg = 0;

    do
        st = ankestyrelsen_en(k, sag_id, r, ny_sag_id, d);
    while (sag_store_igen(k->store, st, &forsoeg, d));
    return st;
}

static enum sag_status
andengang_en(const struct sag_tj *k, const char *sag_id,
             enum sag_haendelsestype type, const struct sag_tj_ny_generation *r,
             char ny_sag_id[SAG_ID_MAX], struct sag_diag *d)
{
    struct sag_tilstand t;
    struct sag_haendelse h;
    char ny[SAG_ID_MAX] = "";
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_NY_GENERATION, d)) != SAG_OK)
        return st;
    if ((st = ikke_fremtid(k, r->dato, d)) != SAG_OK)
        return st;
    if ((st = sag_store_begynd(k->store, d)) != SAG_OK)
        return st;
    st = sag__tj_tilstand(k, sag_id, &t, d);
    if (st == SAG_OK) {
        h = ny_haendelse(k, type, r->dato, r->begrundelse);
        h.nye_oplysninger = r->nye_oplysninger;
        h.saerlige_grunde = r->saerlige_grunde;
        st = ny_generation(k, &t, SAG_GENERATION_ANDENGANG, &h, ny, d);
    }
    if ((st = sag__tj_afslut(k, st, d)) != SAG_OK)
        return st;
    memcpy(ny_sag_id, ny, SAG_ID_MAX);
    return SAG_OK;
}

/* andengang_en, run again after a serialization failure or deadlock
 * (sag_store_igen). */
static enum sag_status
andengang(const struct sag_tj *k, const char *sag_id,
          enum sag_haendelsestype type, const struct sag_tj_ny_generation *r,
          char ny_sag_id[SAG_ID_MAX], struct sag_diag *d)
{
    enum sag_status st;
    int forsoeg = 0;

    do
        st = andengang_en(k, sag_id, type, r, ny_sag_id, d);
    while (sag_store_igen(k->store, st, &forsoeg, d));
    return st;
}

enum sag_status
sag_tj_revision(const struct sag_tj *k, const char *sag_id,
                const struct sag_tj_ny_generation *r,
                char ny_sag_id[SAG_ID_MAX], struct sag_diag *d)
{
    return andengang(k, sag_id, SAG_H_REVISION_PAABEGYNDT, r, ny_sag_id, d);
}

enum sag_status
sag_tj_genoptag(const struct sag_tj *k, const char *sag_id,
                const struct sag_tj_ny_generation *r,
                char ny_sag_id[SAG_ID_MAX], struct sag_diag *d)
{
    return andengang(k, sag_id, SAG_H_GENOPTAGELSE_ANMODET, r, ny_sag_id, d);
}

enum sag_status
sag_tj_genberegn(const struct sag_tj *k, const char *afgoerelse_id,
                 struct sag_tj_genberegning *ud, struct sag_diag *d)
{
    struct sag_arena a;
    struct sag_afgoerelse_post p;
    struct sag_sagsmappe m;
    struct sag_beregning_input in;
    struct sag_beregning r;
    struct sag_spor sp;
    struct sag_buf res;
    struct sag_hvem hvem = sag__tj_hvem(k);
    struct sag_tj_genberegning g;
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_GENBEREGN, d)) != SAG_OK)
        return st;
    if (k->satser == NULL)
        return sag_diag_set(d, SAG_EINTERNAL, "",
                            "satstabellerne er ikke indlæst");
    sag_arena_init(&a, 0);
    sag_buf_init(&res, 0);
    memset(&g, 0, sizeof(g));
    if ((st = sag_store_hent_afgoerelse(k->store, afgoerelse_id, &a, &p, d)) !=
        SAG_OK)
        goto out;
    if (sag__tj_afgraenset(k)) {
        struct sag_tilstand t;

        if ((st = sag__tj_tilstand(k, p.sag_id, &t, d)) != SAG_OK)
            goto out;
    }
    /* The record is case data: reading it is a logged read of its case. */
    if ((st = sag_store_hent(k->store, p.sag_id, &hvem, "genberegning", &a, &m,
                             d)) != SAG_OK)
        goto out;
    if ((st = sag_beregning_input_fra_json(p.input, strlen(p.input), &a, &in,
                                           d)) != SAG_OK)
        goto out;
    sag_spor_init(&sp, &a, true);
    if ((st = sag_beregn(k->satser, &in, &sp, &r, d)) != SAG_OK)
        goto out;
    sag_beregning_til_json(&r, &sp, &res);
    if ((st = sag_buf_status(&res)) != SAG_OK)
        goto out;
    (void)snprintf(g.afgoerelse_id, sizeof(g.afgoerelse_id), "%s", p.id);
    g.identisk = strcmp(res.buf, p.resultat) == 0;
    g.bytes = res.len;
    (void)snprintf(g.satser_ved, sizeof(g.satser_ved), "%s", p.satser_checksum);
    (void)snprintf(g.satser_nu, sizeof(g.satser_nu), "%s",
                   sag_satser_checksum(k->satser));
    *ud = g;
out:
    sag_buf_release(&res);
    sag_arena_release(&a);
    return st;
}

/* sag_tj_tildel's one attempt: every case in one transaction. */
static enum sag_status
tildel_en(const struct sag_tj *k, const char *const *sag_ider, size_t n,
          const char *sagsbehandler, const char *begrundelse, size_t *antal,
          struct sag_diag *d)
{
    enum sag_status st;
    size_t i;

    *antal = 0;
    if ((st = sag_store_begynd(k->store, d)) != SAG_OK)
        return st;
    for (i = 0; i < n; i++) {
        struct sag_tilstand t;
        struct sag_haendelse h;

        if ((st = sag__tj_tilstand(k, sag_ider[i], &t, d)) != SAG_OK)
            break;
        if (strcmp(t.sagsbehandler, sagsbehandler) == 0)
            continue;
        h = ny_haendelse(k, SAG_H_SAGSBEHANDLER_TILDELT, k->idag, begrundelse);
        h.ny.sagsbehandler = sagsbehandler;
        if ((st = sag_store_tilfoej(k->store, sag_ider[i], &h, d)) != SAG_OK)
            break;
        (*antal)++;
    }
    if (st != SAG_OK && d != NULL && i < n) {
        char b[sizeof(d->besked)];

        /* Say which case of the list was refused; nothing is changed. */
        (void)snprintf(b, sizeof(b), "sag %.40s: %.200s", sag_ider[i],
                       d->besked);
        (void)snprintf(d->besked, sizeof(d->besked), "%s", b);
        *antal = 0;
    }
    return sag__tj_afslut(k, st, d);
}

/* Whether an account row is one a team leader of `team` may give cases
 * to: an active caseworker or lawyer of that team. Checked here, not in a
 * front end, so that every front end offers and accepts the same (issue
 * 12). */
static bool
kan_tildeles(const struct sag_konto_post *p, const char *team)
{
    int rolle = sag_navn_til_rolle(p->rolle);

    return p->aktiv && p->team != NULL && strcmp(p->team, team) == 0 &&
           (rolle == SAG_ROLLE_SAGSBEHANDLER || rolle == SAG_ROLLE_JURIST);
}

/* Whether `navn` is such an account (the accounts' rows, konto_store.h). */
static enum sag_status
tildelbar(const struct sag_tj *k, const char *navn, const char *team,
          struct sag_diag *d)
{
    struct sag_arena a;
    struct sag_konto_post p;
    enum sag_status st;

    sag_arena_init(&a, 0);
    st = sag_store_konto_hent(k->store, navn, &a, &p, d);
    if (st == SAG_OK || st == SAG_ENOTFOUND)
        st = st == SAG_OK && kan_tildeles(&p, team)
                 ? SAG_OK
                 : sag_diag_set(d, SAG_EINVAL, "/sagsbehandler",
                                "ikke en sagsbehandler i dit team");
    sag_arena_release(&a);
    return st;
}

struct tildelbare {
    const char *team;
    int (*cb)(void *ctx, const char *navn);
    void *ctx;
};

static int
tildelbar_cb(void *ctx, const struct sag_konto_post *p)
{
    struct tildelbare *t = ctx;

    return kan_tildeles(p, t->team) ? t->cb(t->ctx, p->navn) : 0;
}

enum sag_status
sag_tj_tildelbare(const struct sag_tj *k,
                  int (*cb)(void *ctx, const char *navn), void *ctx,
                  struct sag_diag *d)
{
    struct tildelbare t;
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_TILDEL, d)) != SAG_OK)
        return st;
    if (k->team == NULL || k->team[0] == '\0')
        return sag_diag_set(d, SAG_EADGANG, "/team",
                            "en teamleder tildeler kun sager i sit eget team");
    t.team = k->team;
    t.cb = cb;
    t.ctx = ctx;
    return sag_store_konti(k->store, tildelbar_cb, &t, d);
}

enum sag_status
sag_tj_tildel(const struct sag_tj *k, const char *const *sag_ider, size_t n,
              const char *sagsbehandler, const char *begrundelse, size_t *antal,
              struct sag_diag *d)
{
    enum sag_status st;
    int forsoeg = 0;

    *antal = 0;
    if ((st = sag__tj_adgang(k, SAG_HANDLING_TILDEL, d)) != SAG_OK)
        return st;
    if (k->team == NULL || k->team[0] == '\0')
        return sag_diag_set(d, SAG_EADGANG, "/team",
                            "en teamleder tildeler kun sager i sit eget team");
    /* One transaction replays every case chosen: a page's worth at a time
     * is what the worklist offers; more is refused, not attempted. */
    if (n > SAG_TJ_TILDEL_MAKS)
        return sag_diag_set(d, SAG_EINVAL, "/sag", "højst %d sager ad gangen",
                            SAG_TJ_TILDEL_MAKS);
    if (sagsbehandler == NULL || sagsbehandler[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/sagsbehandler",
                            "mangler: vælg en sagsbehandler");
    if (n == 0)
        return sag_diag_set(d, SAG_EMISSING, "/sager",
                            "mangler: vælg mindst én sag");
    if ((st = tildelbar(k, sagsbehandler, k->team, d)) != SAG_OK)
        return st;
    do
        st = tildel_en(k, sag_ider, n, sagsbehandler, begrundelse, antal, d);
    while (sag_store_igen(k->store, st, &forsoeg, d));
    return st;
}
