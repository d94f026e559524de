/*
 * JSON for cases and events. The payload keys are the struct's field names
 * (docs/sager.md); unknown keys are refused so a misspelt field never
 * silently changes a case.
 */
#include "skadesag/sag_json.h"

#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "../base/banned.h"

static void
noegle(struct sag_buf *b, const char *k, bool *f)
{
    if (!*f)
        sag_buf_addc(b, ',');
    *f = false;
    sag_buf_add_json_str(b, k);
    sag_buf_addc(b, ':');
}

static void
str(struct sag_buf *b, const char *k, const char *v, bool *f)
{
    if (v == NULL || v[0] == '\0')
        return;
    noegle(b, k, f);
    sag_buf_add_json_str(b, v);
}

static void
dato(struct sag_buf *b, const char *k, struct sag_dato d, bool *f)
{
    char s[SAG_DATO_ISO_LEN];

    sag_dato_format_iso(d, s);
    noegle(b, k, f);
    sag_buf_add_json_str(b, s);
}

static void
heltal(struct sag_buf *b, const char *k, long long v, bool *f)
{
    noegle(b, k, f);
    sag_buf_addf(b, "%lld", v);
}

static void
sandt(struct sag_buf *b, const char *k, bool v, bool *f)
{
    noegle(b, k, f);
    sag_buf_adds(b, v ? "true" : "false");
}

void
sag_haendelse_data_json(const struct sag_haendelse *h, struct sag_buf *b)
{
    bool f = true;

    sag_buf_addc(b, '{');
    if (h->type == SAG_H_OPRETTET) {
        const struct sag_ny *n = &h->ny;

        str(b, "sagstype", sag_sagstype_navn(n->type), &f);
        str(b, "generation", sag_generation_navn(n->generation), &f);
        str(b, "forrige_sag_id", n->forrige_sag_id, &f);
        if (n->anerkendelse_staar)
            sandt(b, "anerkendelse_staar", true, &f);
        dato(b, "skadedato", n->skadedato, &f);
        dato(b, "anmeldelsesdato", n->anmeldelsesdato, &f);
        if (n->har_modtaget_dato)
            dato(b, "modtaget_dato", n->modtaget_dato, &f);
        str(b, "cpr", n->cpr, &f);
        str(b, "arbejdsgiver_cvr", n->arbejdsgiver_cvr, &f);
        str(b, "forsikring", n->forsikring, &f);
        str(b, "repraesentant", n->repraesentant, &f);
        str(b, "team", n->team, &f);
        str(b, "sagsbehandler", n->sagsbehandler, &f);
    }
    if (h->type == SAG_H_SAGSBEHANDLER_TILDELT)
        str(b, "sagsbehandler", h->ny.sagsbehandler, &f);
    str(b, "anmodning_id", h->anmodning_id, &f);
    str(b, "part", h->part, &f);
    if (h->har_svarfrist)
        dato(b, "svarfrist", h->svarfrist, &f);
    str(b, "afgoerelse_id", h->afgoerelse_id, &f);
    str(b, "afgoerelse_hash", h->afgoerelse_hash, &f);
    if (h->afgoerelsestype)
        str(b, "afgoerelsestype", sag_afgoerelsestype_navn(h->afgoerelsestype),
            &f);
    if (h->har_pct)
        heltal(b, "pct", h->pct, &f);
    if (h->har_revisionsdato)
        dato(b, "revisionsdato", h->revisionsdato, &f);
    str(b, "klage_id", h->klage_id, &f);
    if (h->fase)
        str(b, "fase", sag_fase_navn(h->fase), &f);
    if (h->udfald)
        str(b, "udfald", sag_udfald_navn(h->udfald), &f);
    str(b, "ny_sag_id", h->ny_sag_id, &f);
    str(b, "nye_oplysninger", h->nye_oplysninger, &f);
    str(b, "brev_id", h->brev_id, &f);
    str(b, "brevtype", h->brevtype, &f);
    str(b, "brev_hash", h->brev_hash, &f);
    if (h->saerlige_grunde)
        sandt(b, "saerlige_grunde", true, &f);
    str(b, "frist", h->frist, &f);
    if (h->punkt)
        str(b, "punkt", sag_punkt_navn(h->punkt), &f);
    str(b, "paalaeg", h->paalaeg, &f);
    if (h->har_paalaeg_frist)
        dato(b, "paalaeg_frist", h->paalaeg_frist, &f);
    if (h->har_fra)
        dato(b, "fra", h->fra, &f);
    if (h->har_til)
        dato(b, "til", h->til, &f);
    str(b, "dokument", h->dokument, &f);
    str(b, "titel", h->titel, &f);
    str(b, "mime", h->mime, &f);
    str(b, "retning", h->retning, &f);
    str(b, "navn", h->navn, &f);
    str(b, "cvr", h->cvr, &f);
    str(b, "part_cpr", h->part_cpr, &f);
    str(b, "adresse", h->adresse, &f);
    str(b, "kontakt", h->kontakt, &f);
    if (h->fuldmagt)
        sandt(b, "fuldmagt", true, &f);
    if (h->digital_post)
        sandt(b, "digital_post", true, &f);
    sag_buf_addc(b, '}');
}

/*
 * Input.
 */

struct laeser {
    struct sag_arena *arena;
    struct sag_diag *diag;
};

static enum sag_status
fejl(struct laeser *l, enum sag_status st, const char *k, const char *msg)
{
    char sti[SAG_DIAG_FELT_MAX];
    int n = snprintf(sti, sizeof(sti), "/%s", k);

    if (n < 0 || (size_t)n >= sizeof(sti))
        sti[sizeof(sti) - 1] = '\0';
    return sag_diag_set(l->diag, st, sti, "%s", msg);
}

static enum sag_status
tekst(struct laeser *l, json_t *v, const char *k, const char **ud)
{
    if (!json_is_string(v))
        return fejl(l, SAG_EINVAL, k, "skal være en tekst");
    *ud = sag_arena_strndup(l->arena, json_string_value(v),
                            json_string_length(v));
    return *ud ? SAG_OK : SAG_ENOMEM;
}

static enum sag_status
dato_ind(struct laeser *l, json_t *v, const char *k, struct sag_dato *ud)
{
    enum sag_status st;

    if (!json_is_string(v))
        return fejl(l, SAG_EINVAL, k, "skal være en dato (ÅÅÅÅ-MM-DD)");
    st = sag_dato_parse_iso(json_string_value(v), json_string_length(v), ud);
    if (st == SAG_EPARSE)
        return fejl(l, SAG_EINVAL, k, "skal være en dato (ÅÅÅÅ-MM-DD)");
    if (st != SAG_OK)
        return fejl(l, SAG_EINVAL, k, "datoen findes ikke");
    return SAG_OK;
}

static int
valg(json_t *v, const char *(*navn)(int), int lo, int hi)
{
    if (!json_is_string(v))
        return -1;
    for (int i = lo; i <= hi; i++) {
        const char *n = navn(i);

        if (n != NULL && strcmp(n, json_string_value(v)) == 0)
            return i;
    }
    return -1;
}

static const char *
n_sagstype(int i)
{
    return sag_sagstype_navn((enum sag_sagstype)i);
}
static const char *
n_generation(int i)
{
    return sag_generation_navn((enum sag_generation)i);
}
static const char *
n_afgtype(int i)
{
    return sag_afgoerelsestype_navn((enum sag_afgoerelsestype)i);
}
static const char *
n_fase(int i)
{
    return sag_fase_navn((enum sag_fase)i);
}
static const char *
n_udfald(int i)
{
    return sag_udfald_navn((enum sag_udfald)i);
}
static const char *
n_punkt(int i)
{
    return sag_punkt_navn((enum sag_punkt)i);
}

/* One payload key; `kendt` is false for a key this function does not know. */
static enum sag_status
felt(struct laeser *l, const char *k, json_t *v, struct sag_haendelse *h,
     bool *kendt)
{
    struct sag_ny *n = &h->ny;
    int i;

    *kendt = true;
    if (strcmp(k, "sagstype") == 0) {
        if ((i = valg(v, n_sagstype, 1, 5)) < 0)
            return fejl(l, SAG_EINVAL, k, "ukendt sagstype");
        n->type = (enum sag_sagstype)i;
    } else if (strcmp(k, "generation") == 0) {
        if ((i = valg(v, n_generation, 1, 3)) < 0)
            return fejl(l, SAG_EINVAL, k, "ukendt generation");
        n->generation = (enum sag_generation)i;
    } else if (strcmp(k, "forrige_sag_id") == 0) {
        return tekst(l, v, k, &n->forrige_sag_id);
    } else if (strcmp(k, "skadedato") == 0) {
        n->har_skadedato = true;
        return dato_ind(l, v, k, &n->skadedato);
    } else if (strcmp(k, "anmeldelsesdato") == 0) {
        n->har_anmeldelsesdato = true;
        return dato_ind(l, v, k, &n->anmeldelsesdato);
    } else if (strcmp(k, "modtaget_dato") == 0) {
        n->har_modtaget_dato = true;
        return dato_ind(l, v, k, &n->modtaget_dato);
    } else if (strcmp(k, "cpr") == 0) {
        return tekst(l, v, k, &n->cpr);
    } else if (strcmp(k, "arbejdsgiver_cvr") == 0) {
        return tekst(l, v, k, &n->arbejdsgiver_cvr);
    } else if (strcmp(k, "forsikring") == 0) {
        return tekst(l, v, k, &n->forsikring);
    } else if (strcmp(k, "repraesentant") == 0) {
        return tekst(l, v, k, &n->repraesentant);
    } else if (strcmp(k, "team") == 0) {
        return tekst(l, v, k, &n->team);
    } else if (strcmp(k, "sagsbehandler") == 0) {
        return tekst(l, v, k, &n->sagsbehandler);
    } else if (strcmp(k, "anmodning_id") == 0) {
        return tekst(l, v, k, &h->anmodning_id);
    } else if (strcmp(k, "part") == 0) {
        return tekst(l, v, k, &h->part);
    } else if (strcmp(k, "svarfrist") == 0) {
        h->har_svarfrist = true;
        return dato_ind(l, v, k, &h->svarfrist);
    } else if (strcmp(k, "afgoerelse_id") == 0) {
        return tekst(l, v, k, &h->afgoerelse_id);
    } else if (strcmp(k, "afgoerelse_hash") == 0) {
        return tekst(l, v, k, &h->afgoerelse_hash);
    } else if (strcmp(k, "brev_id") == 0) {
        return tekst(l, v, k, &h->brev_id);
    } else if (strcmp(k, "brevtype") == 0) {
        return tekst(l, v, k, &h->brevtype);
    } else if (strcmp(k, "brev_hash") == 0) {
        return tekst(l, v, k, &h->brev_hash);
    } else if (strcmp(k, "afgoerelsestype") == 0) {
        if ((i = valg(v, n_afgtype, 1, 2)) < 0)
            return fejl(l, SAG_EINVAL, k,
                        "skal være endelig eller midlertidig");
        h->afgoerelsestype = (enum sag_afgoerelsestype)i;
    } else if (strcmp(k, "pct") == 0) {
        if (!json_is_integer(v) || json_integer_value(v) < 0 ||
            json_integer_value(v) > 120)
            return fejl(l, SAG_EINVAL, k, "skal være et heltal 0-120");
        h->har_pct = true;
        h->pct = (int)json_integer_value(v);
    } else if (strcmp(k, "revisionsdato") == 0) {
        h->har_revisionsdato = true;
        return dato_ind(l, v, k, &h->revisionsdato);
    } else if (strcmp(k, "klage_id") == 0) {
        return tekst(l, v, k, &h->klage_id);
    } else if (strcmp(k, "fase") == 0) {
        if ((i = valg(v, n_fase, 1, 3)) < 0)
            return fejl(l, SAG_EINVAL, k, "ukendt fase");
        h->fase = (enum sag_fase)i;
    } else if (strcmp(k, "udfald") == 0) {
        if ((i = valg(v, n_udfald, 1, 6)) < 0)
            return fejl(l, SAG_EINVAL, k, "ukendt udfald");
        h->udfald = (enum sag_udfald)i;
    } else if (strcmp(k, "ny_sag_id") == 0) {
        return tekst(l, v, k, &h->ny_sag_id);
    } else if (strcmp(k, "nye_oplysninger") == 0) {
        return tekst(l, v, k, &h->nye_oplysninger);
    } else if (strcmp(k, "saerlige_grunde") == 0) {
        if (!json_is_boolean(v))
            return fejl(l, SAG_EINVAL, k, "skal være true eller false");
        h->saerlige_grunde = json_is_true(v);
    } else if (strcmp(k, "frist") == 0) {
        return tekst(l, v, k, &h->frist);
    } else if (strcmp(k, "punkt") == 0) {
        if ((i = valg(v, n_punkt, 1, SAG_PUNKT_ANTAL - 1)) < 0)
            return fejl(l, SAG_EINVAL, k, "ukendt punkt");
        h->punkt = (enum sag_punkt)i;
    } else if (strcmp(k, "paalaeg") == 0) {
        return tekst(l, v, k, &h->paalaeg);
    } else if (strcmp(k, "paalaeg_frist") == 0) {
        h->har_paalaeg_frist = true;
        return dato_ind(l, v, k, &h->paalaeg_frist);
    } else if (strcmp(k, "fra") == 0) {
        h->har_fra = true;
        return dato_ind(l, v, k, &h->fra);
    } else if (strcmp(k, "til") == 0) {
        h->har_til = true;
        return dato_ind(l, v, k, &h->til);
    } else if (strcmp(k, "dokument") == 0) {
        return tekst(l, v, k, &h->dokument);
    } else if (strcmp(k, "titel") == 0) {
        return tekst(l, v, k, &h->titel);
    } else if (strcmp(k, "mime") == 0) {
        return tekst(l, v, k, &h->mime);
    } else if (strcmp(k, "retning") == 0) {
        return tekst(l, v, k, &h->retning);
    } else if (strcmp(k, "navn") == 0) {
        return tekst(l, v, k, &h->navn);
    } else if (strcmp(k, "cvr") == 0) {
        return tekst(l, v, k, &h->cvr);
    } else if (strcmp(k, "part_cpr") == 0) {
        return tekst(l, v, k, &h->part_cpr);
    } else if (strcmp(k, "adresse") == 0) {
        return tekst(l, v, k, &h->adresse);
    } else if (strcmp(k, "kontakt") == 0) {
        return tekst(l, v, k, &h->kontakt);
    } else if (strcmp(k, "fuldmagt") == 0 || strcmp(k, "digital_post") == 0) {
        if (!json_is_boolean(v))
            return fejl(l, SAG_EINVAL, k, "skal være true eller false");
        if (k[0] == 'f')
            h->fuldmagt = json_is_true(v);
        else
            h->digital_post = json_is_true(v);
    } else if (strcmp(k, "anerkendelse_staar") == 0) {
        if (!json_is_boolean(v))
            return fejl(l, SAG_EINVAL, k, "skal være true eller false");
        n->anerkendelse_staar = json_is_true(v);
    } else {
        *kendt = false;
    }
    return SAG_OK;
}

static enum sag_status
nyttelast(struct laeser *l, json_t *o, struct sag_haendelse *h, bool top)
{
    const char *k;
    json_t *v;
    enum sag_status st;
    bool kendt;

    json_object_foreach(o, k, v)
    {
        if (top && (strcmp(k, "type") == 0 || strcmp(k, "dato") == 0 ||
                    strcmp(k, "bruger") == 0 || strcmp(k, "begrundelse") == 0))
            continue;
        st = felt(l, k, v, h, &kendt);
        if (st != SAG_OK)
            return st;
        if (!kendt) {
            /* Issue 16, item 8: a key that could be a CPR number is not
             * repeated (the error goes to logs and screens). */
            size_t cifre = 0;

            for (const char *c = k; *c; c++)
                cifre += *c >= '0' && *c <= '9';
            if (cifre >= 6)
                return sag_diag_set(l->diag, SAG_EINVAL, "/",
                                    "ukendt felt (navnet gentages ikke: det "
                                    "ligner et CPR-nummer)");
            return fejl(l, SAG_EINVAL, k, "ukendt felt");
        }
    }
    return SAG_OK;
}

enum sag_status
sag_haendelse_fra_dele(const char *type, const char *dato_iso,
                       const char *bruger, const char *begrundelse,
                       const char *data, size_t datalen,
                       struct sag_arena *arena, struct sag_haendelse *h,
                       struct sag_diag *diag)
{
    struct laeser l = { arena, diag };
    json_error_t jf;
    json_t *o;
    enum sag_status st;
    int t = sag_navn_til_haendelsestype(type);

    memset(h, 0, sizeof(*h));
    if (t == 0)
        return fejl(&l, SAG_EINVAL, "type", "ukendt hændelsestype");
    h->type = (enum sag_haendelsestype)t;
    if (sag_dato_parse_iso(dato_iso, strlen(dato_iso), &h->dato) != SAG_OK)
        return fejl(&l, SAG_EINVAL, "dato", "skal være en dato (ÅÅÅÅ-MM-DD)");
    h->bruger = sag_arena_strdup(arena, bruger);
    h->begrundelse = sag_arena_strdup(arena, begrundelse);
    o = json_loadb(data, datalen, JSON_REJECT_DUPLICATES, &jf);
    if (o == NULL || !json_is_object(o)) {
        json_decref(o);
        return sag_diag_set(diag, SAG_EPARSE, "",
                            "ugyldig JSON (linje %d, kolonne %d)", jf.line,
                            jf.column);
    }
    st = nyttelast(&l, o, h, false);
    json_decref(o);
    if (st == SAG_OK && (h->bruger == NULL || h->begrundelse == NULL))
        return SAG_ENOMEM;
    return st;
}

/* An event from a parsed JSON object (see sag_haendelse_fra_json). */
static enum sag_status
fra_objekt(struct laeser *l, json_t *o, struct sag_haendelse *h)
{
    json_t *v;
    enum sag_status st;
    int t;

    memset(h, 0, sizeof(*h));
    if (!json_is_object(o))
        return sag_diag_set(l->diag, SAG_EINVAL, "",
                            "skal være et JSON-objekt");
    v = json_object_get(o, "type");
    t = json_is_string(v) ? sag_navn_til_haendelsestype(json_string_value(v))
                          : 0;
    if (t == 0)
        return fejl(l, v ? SAG_EINVAL : SAG_EMISSING, "type",
                    v ? "ukendt hændelsestype" : "mangler");
    h->type = (enum sag_haendelsestype)t;
    if ((v = json_object_get(o, "dato")) == NULL)
        return fejl(l, SAG_EMISSING, "dato", "mangler");
    if ((st = dato_ind(l, v, "dato", &h->dato)) != SAG_OK)
        return st;
    if ((v = json_object_get(o, "bruger")) != NULL &&
        (st = tekst(l, v, "bruger", &h->bruger)) != SAG_OK)
        return st;
    if ((v = json_object_get(o, "begrundelse")) != NULL &&
        (st = tekst(l, v, "begrundelse", &h->begrundelse)) != SAG_OK)
        return st;
    return nyttelast(l, o, h, true);
}

static json_t *
indlaes(struct laeser *l, const char *tekst_, size_t len)
{
    json_error_t jf;
    json_t *o = json_loadb(tekst_, len, JSON_REJECT_DUPLICATES, &jf);

    if (o == NULL)
        (void)sag_diag_set(l->diag, SAG_EPARSE, "",
                           "ugyldig JSON (linje %d, kolonne %d)", jf.line,
                           jf.column);
    return o;
}

enum sag_status
sag_haendelse_fra_json(const char *tekst_, size_t len, struct sag_arena *arena,
                       struct sag_haendelse *h, struct sag_diag *diag)
{
    struct laeser l = { arena, diag };
    json_t *o = indlaes(&l, tekst_, len);
    enum sag_status st;

    if (o == NULL)
        return SAG_EPARSE;
    st = fra_objekt(&l, o, h);
    json_decref(o);
    return st;
}

enum sag_status
sag_opret_fra_json(const char *tekst_, size_t len, struct sag_dato idag,
                   struct sag_arena *arena, struct sag_haendelse *h,
                   struct sag_diag *diag)
{
    struct laeser l = { arena, diag };
    json_t *o = indlaes(&l, tekst_, len), *v;
    char iso[SAG_DATO_ISO_LEN];
    enum sag_status st = SAG_OK;

    if (o == NULL)
        return SAG_EPARSE;
    if (!json_is_object(o)) {
        st = sag_diag_set(diag, SAG_EINVAL, "",
                          "sagen skal være et "
                          "JSON-objekt");
        goto out;
    }
    v = json_object_get(o, "type");
    if (v != NULL &&
        (!json_is_string(v) || strcmp(json_string_value(v), "oprettet") != 0)) {
        st = fejl(&l, SAG_EINVAL, "type", "en ny sag har typen oprettet");
        goto out;
    }
    /* Issue 16, item 4: what a case is cannot be left out. */
    if (json_object_get(o, "sagstype") == NULL) {
        st = fejl(&l, SAG_EMISSING, "sagstype", "mangler");
        goto out;
    }
    if (json_object_get(o, "generation") == NULL) {
        st = fejl(&l, SAG_EMISSING, "generation", "mangler");
        goto out;
    }
    /* The defaults, filled in before the strict parse. */
    sag_dato_format_iso(idag, iso);
    if ((v == NULL &&
         json_object_set_new(o, "type", json_string("oprettet")) != 0) ||
        (json_object_get(o, "dato") == NULL &&
         json_object_set_new(o, "dato", json_string(iso)) != 0) ||
        (json_object_get(o, "begrundelse") == NULL &&
         json_object_set_new(o, "begrundelse",
                             json_string("Sagen er modtaget")) != 0)) {
        st = sag_diag_set(diag, SAG_ENOMEM, "", "ikke mere hukommelse");
        goto out;
    }
    st = fra_objekt(&l, o, h);
out:
    json_decref(o);
    return st;
}

void
sag_tilstand_json(const struct sag_tilstand *t, bool vis_cpr, struct sag_buf *b)
{
    bool f = true, g;
    char cpr[SAG_CPR_LEN + 1];

    sag_buf_addc(b, '{');
    str(b, "id", t->id, &f);
    str(b, "type", sag_sagstype_navn(t->type), &f);
    str(b, "generation", sag_generation_navn(t->generation), &f);
    str(b, "forrige_sag_id", t->forrige_sag_id, &f);
    str(b, "status", t->status == SAG_STATUS_AABEN ? "aaben" : "lukket", &f);
    if (vis_cpr)
        str(b, "cpr", t->cpr, &f);
    else {
        sag_cpr_maskeret(t->cpr, cpr);
        str(b, "cpr", cpr, &f);
    }
    dato(b, "skadedato", t->skadedato, &f);
    dato(b, "anmeldelsesdato", t->anmeldelsesdato, &f);
    dato(b, "modtaget_dato", t->modtaget_dato, &f);
    dato(b, "oprettet", t->oprettet, &f);
    if (t->status == SAG_STATUS_LUKKET)
        dato(b, "lukket", t->lukket, &f);
    str(b, "team", t->team, &f);
    str(b, "sagsbehandler", t->sagsbehandler, &f);
    if (t->forsikring[0])
        str(b, "forsikring", t->forsikring, &f);
    str(b, "anerkendelse", sag_fasestatus_navn(t->anerkendelse), &f);
    str(b, "men", sag_fasestatus_navn(t->men), &f);
    if (t->men == SAG_FASE_AFGJORT)
        heltal(b, "men_pct", t->men_pct, &f);
    str(b, "erhvervsevnetab", sag_fasestatus_navn(t->erhvervsevnetab), &f);
    if (t->erhvervsevnetab == SAG_FASE_AFGJORT ||
        t->erhvervsevnetab == SAG_FASE_MIDLERTIDIG)
        heltal(b, "erhvervsevnetab_pct", t->erhvervsevnetab_pct, &f);
    sandt(b, "esu_forelagt", t->esu_forelagt, &f);
    sandt(b, "venter_ekstern", t->venter_ekstern, &f);
    if (t->har_revisionsdato)
        dato(b, "revisionsdato", t->revisionsdato, &f);
    noegle(b, "afgoerelser", &f);
    sag_buf_addc(b, '[');
    for (size_t i = 0; i < t->antal_afgoerelser; i++) {
        const struct sag_afgoerelse_ref *a = &t->afgoerelser[i];

        if (i)
            sag_buf_addc(b, ',');
        g = true;
        sag_buf_addc(b, '{');
        str(b, "id", a->id, &g);
        str(b, "fase", sag_fase_navn(a->fase), &g);
        dato(b, "dato", a->dato, &g);
        str(b, "type", sag_afgoerelsestype_navn(a->type), &g);
        heltal(b, "pct", a->pct, &g);
        if (a->har_fra)
            dato(b, "fra", a->fra, &g);
        if (a->har_til)
            dato(b, "til", a->til, &g);
        sag_buf_addc(b, '}');
    }
    sag_buf_addc(b, ']');
    noegle(b, "klager", &f);
    sag_buf_addc(b, '[');
    for (size_t i = 0; i < t->antal_klager; i++) {
        const struct sag_klage *k = &t->klager[i];

        if (i)
            sag_buf_addc(b, ',');
        g = true;
        sag_buf_addc(b, '{');
        str(b, "id", k->id, &g);
        str(b, "afgoerelse_id", k->afgoerelse_id, &g);
        str(b, "fase", sag_fase_navn(k->fase), &g);
        dato(b, "modtaget", k->modtaget, &g);
        sandt(b, "rettidig", k->rettidig, &g);
        str(b, "status", sag_klagestatus_navn(k->status), &g);
        if (k->udfald)
            str(b, "udfald", sag_udfald_navn(k->udfald), &g);
        if (k->antal_parter > 1) {
            noegle(b, "parter", &g);
            sag_buf_addc(b, '[');
            for (size_t j = 0; j < k->antal_parter; j++) {
                if (j)
                    sag_buf_addc(b, ',');
                sag_buf_add_json_str(b, k->parter[j]);
            }
            sag_buf_addc(b, ']');
        }
        bool punkter = false;
        for (int p = 1; p < SAG_PUNKT_ANTAL; p++) {
            if (k->punkt_udfald[p] == SAG_UDFALD_INGEN)
                continue;
            if (!punkter) {
                noegle(b, "punkter", &g);
                sag_buf_addc(b, '{');
            } else {
                sag_buf_addc(b, ',');
            }
            punkter = true;
            sag_buf_add_json_str(b, sag_punkt_navn((enum sag_punkt)p));
            sag_buf_addc(b, ':');
            sag_buf_add_json_str(b, sag_udfald_navn(k->punkt_udfald[p]));
        }
        if (punkter)
            sag_buf_addc(b, '}');
        sag_buf_addc(b, '}');
    }
    sag_buf_addc(b, ']');
    if (t->antal_parter > 0) {
        noegle(b, "parter", &f);
        sag_buf_addc(b, '[');
        for (size_t i = 0; i < t->antal_parter; i++) {
            const struct sag_part *p = &t->parter[i];

            if (i)
                sag_buf_addc(b, ',');
            g = true;
            sag_buf_addc(b, '{');
            str(b, "rolle", p->rolle, &g);
            str(b, "navn", p->navn, &g);
            str(b, "cvr", p->cvr, &g);
            str(b, "cpr", p->cpr, &g);
            str(b, "adresse", p->adresse, &g);
            str(b, "kontakt", p->kontakt, &g);
            sandt(b, "fuldmagt", p->fuldmagt, &g);
            sandt(b, "digital_post", p->digital_post, &g);
            sag_buf_addc(b, '}');
        }
        sag_buf_addc(b, ']');
    }
    if (t->antal_dokumenter > 0) {
        noegle(b, "dokumenter", &f);
        sag_buf_addc(b, '[');
        for (size_t i = 0; i < t->antal_dokumenter; i++) {
            const struct sag_dokument_ref *r = &t->dokumenter[i];

            if (i)
                sag_buf_addc(b, ',');
            g = true;
            sag_buf_addc(b, '{');
            str(b, "sha256", r->sha256, &g);
            str(b, "titel", r->titel, &g);
            str(b, "retning", r->retning, &g);
            str(b, "part", r->part, &g);
            dato(b, "dato", r->dato, &g);
            sag_buf_addc(b, '}');
        }
        sag_buf_addc(b, ']');
    }
    if (t->antal_paalaeg > 0) {
        noegle(b, "paalaeg", &f);
        sag_buf_addc(b, '[');
        for (size_t i = 0; i < t->antal_paalaeg; i++) {
            const struct sag_paalaeg *p = &t->paalaeg[i];

            if (i)
                sag_buf_addc(b, ',');
            g = true;
            sag_buf_addc(b, '{');
            str(b, "klage_id", p->klage_id, &g);
            str(b, "fase", sag_fase_navn(p->fase), &g);
            dato(b, "dato", p->dato, &g);
            dato(b, "frist", p->frist, &g);
            str(b, "tekst", p->tekst, &g);
            sandt(b, "opfyldt", p->opfyldt, &g);
            str(b, "opfyldt_af", p->opfyldt_af, &g);
            sag_buf_addc(b, '}');
        }
        sag_buf_addc(b, ']');
    }
    heltal(b, "antal_haendelser", (long long)t->antal_haendelser, &f);
    sag_buf_addc(b, '}');
}

void
sag_frister_json(const struct sag_frist *fr, size_t n, struct sag_buf *b)
{
    sag_buf_addc(b, '[');
    for (size_t i = 0; i < n; i++) {
        bool f = true;

        if (i)
            sag_buf_addc(b, ',');
        sag_buf_addc(b, '{');
        str(b, "navn", fr[i].navn, &f);
        str(b, "hjemmel", fr[i].hjemmel, &f);
        dato(b, "start", fr[i].start, &f);
        dato(b, "forfald", fr[i].forfald, &f);
        str(b, "status", sag_friststatus_navn(fr[i].status), &f);
        if (fr[i].har_opfyldt)
            dato(b, "opfyldt", fr[i].opfyldt, &f);
        sandt(b, "aes", fr[i].for_aes, &f);
        str(b, "ref", fr[i].ref, &f);
        sag_buf_addc(b, '}');
    }
    sag_buf_addc(b, ']');
}

void
sag_opgaver_json(const struct sag_opgave *o, size_t n, struct sag_buf *b)
{
    sag_buf_addc(b, '[');
    for (size_t i = 0; i < n; i++) {
        bool f = true;

        if (i)
            sag_buf_addc(b, ',');
        sag_buf_addc(b, '{');
        str(b, "art", sag_opgaveart_navn(o[i].art), &f);
        dato(b, "forfald", o[i].forfald, &f);
        sandt(b, "venter_paa_andre", o[i].venter_paa_andre, &f);
        str(b, "tekst", o[i].tekst, &f);
        str(b, "ref", o[i].ref, &f);
        sag_buf_addc(b, '}');
    }
    sag_buf_addc(b, ']');
}
