/*
 * The application layer's wire formats (see mappe_json.h): written
 * directly into a sag_buf in a fixed order, read with jansson.
 */
#include "skadesag/mappe_json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "skadesag/sag_json.h"

#include "../base/banned.h"

/* ',"navn":' (or without the comma for the first member). */
static void
noegle(struct sag_buf *b, const char *navn, bool *foerst)
{
    if (!*foerst)
        sag_buf_addc(b, ',');
    *foerst = false;
    sag_buf_add_json_str(b, navn);
    sag_buf_addc(b, ':');
}

static void
str(struct sag_buf *b, const char *navn, const char *v, bool *foerst)
{
    noegle(b, navn, foerst);
    sag_buf_add_json_str(b, v);
}

void
sag_mappe_json(const struct sag_tj_mappe *m, struct sag_buf *b)
{
    char iso[SAG_DATO_ISO_LEN];
    bool f = true;

    sag_buf_addc(b, '{');
    noegle(b, "sag", &f);
    sag_tilstand_json(&m->m.tilstand, m->fuldt_cpr, b);
    str(b, "fristregime", sag_fristregime_navn(m->regime), &f);
    sag_dato_format_iso(m->idag, iso);
    str(b, "idag", iso, &f);
    noegle(b, "frister", &f);
    sag_frister_json(m->frister, m->antal_frister, b);
    noegle(b, "opgaver", &f);
    sag_opgaver_json(m->opgaver, m->antal_opgaver, b);
    noegle(b, "haendelser", &f);
    sag_buf_addc(b, '[');
    for (size_t i = 0; i < m->m.antal_haendelser; i++) {
        const struct sag_haendelse_post *p = &m->m.haendelser[i];
        bool g = true;

        if (i)
            sag_buf_addc(b, ',');
        sag_buf_addc(b, '{');
        noegle(b, "nr", &g);
        sag_buf_addf(b, "%d", p->nr);
        str(b, "type", p->type, &g);
        str(b, "dato", p->dato, &g);
        str(b, "registreret", p->registreret, &g);
        str(b, "bruger", p->bruger, &g);
        str(b, "begrundelse", p->begrundelse, &g);
        if (p->data != NULL) {
            noegle(b, "data", &g);
            sag_buf_adds(b, p->data);
        }
        sag_buf_addc(b, '}');
    }
    sag_buf_adds(b, "]");
    /* The letters, described as GET /api/breve/{id}?format=json does. */
    noegle(b, "breve", &f);
    sag_buf_addc(b, '[');
    for (size_t i = 0; i < m->antal_breve; i++) {
        if (i)
            sag_buf_addc(b, ',');
        sag_brev_post_json(&m->breve[i], b);
    }
    sag_buf_adds(b, "]");
    /* The awards with their periods (issue 14), oldest first, as
     * GET /api/sager/{id}/ydelser describes them. */
    noegle(b, "ydelser", &f);
    sag_buf_addc(b, '[');
    for (size_t i = 0; i < m->antal_ydelser; i++) {
        if (i)
            sag_buf_addc(b, ',');
        sag_ydelse_json(&m->ydelser[i], b);
    }
    sag_buf_adds(b, "]}");
}

void
sag_liste_post_json(const struct sag_liste_post *p, struct sag_buf *b)
{
    bool f = true;

    sag_buf_addc(b, '{');
    str(b, "id", p->id, &f);
    str(b, "type", p->type, &f);
    str(b, "generation", p->generation, &f);
    str(b, "status", p->status, &f);
    str(b, "team", p->team, &f);
    str(b, "sagsbehandler", p->sagsbehandler, &f);
    str(b, "anerkendelse", p->anerkendelse, &f);
    str(b, "men", p->men, &f);
    str(b, "erhvervsevnetab", p->erhvervsevnetab, &f);
    str(b, "naeste_forfald", p->naeste_forfald, &f);
    noegle(b, "venter", &f);
    sag_buf_adds(b, p->venter ? "true}" : "false}");
}

/* One worklist line. A list has up to 100 of them per request: the member
 * names are written as the literals they are, not escaped at run time (a
 * tenth of the server's time for a worklist). */
static void
arbejdspost(const struct sag_tj_arbejdspost *p, struct sag_buf *b)
{
    sag_buf_adds(b, "{\"sag_id\":");
    sag_buf_add_json_str(b, p->p.sag_id);
    sag_buf_adds(b, ",\"art\":");
    sag_buf_add_json_str(b, p->p.art);
    sag_buf_adds(b, ",\"forfald\":");
    sag_buf_add_json_str(b, p->p.forfald);
    sag_buf_adds(b, ",\"tekst\":");
    sag_buf_add_json_str(b, p->p.tekst);
    sag_buf_adds(b, ",\"sagsbehandler\":");
    sag_buf_add_json_str(b, p->p.sagsbehandler);
    sag_buf_adds(b, p->overskredet ? ",\"overskredet\":true}"
                                   : ",\"overskredet\":false}");
}

static void
arbejdsposter(const struct sag_tj_arbejdspost *p, size_t n, struct sag_buf *b)
{
    struct sag_json_array a;

    sag_json_array_begynd(&a, b);
    for (size_t i = 0; i < n; i++) {
        sag_json_array_naeste(&a);
        arbejdspost(&p[i], b);
    }
    sag_json_array_slut(&a);
}

void
sag_arbejdsliste_json(const struct sag_tj_arbejdsliste *l, struct sag_buf *b)
{
    bool f = true;

    sag_buf_addc(b, '{');
    noegle(b, "til_behandling", &f);
    arbejdsposter(l->til_behandling, l->antal_til_behandling, b);
    noegle(b, "venter_paa_andre", &f);
    arbejdsposter(l->venter, l->antal_venter, b);
    sag_buf_addc(b, '}');
}

void
sag_json_array_begynd(struct sag_json_array *a, struct sag_buf *b)
{
    a->b = b;
    a->antal = 0;
    sag_buf_addc(b, '[');
}

void
sag_json_array_naeste(struct sag_json_array *a)
{
    if (a->antal++)
        sag_buf_addc(a->b, ',');
}

void
sag_json_array_slut(struct sag_json_array *a)
{
    sag_buf_addc(a->b, ']');
}

void
sag_svar_json(const char *navn, const char *vaerdi, struct sag_buf *b)
{
    bool f = true;

    sag_buf_addc(b, '{');
    str(b, navn, vaerdi, &f);
    sag_buf_addc(b, '}');
}

void
sag_opret_svar_json(const char *id, const char (*dubletter)[SAG_ID_MAX],
                    size_t n, struct sag_buf *b)
{
    bool f = true;

    sag_buf_addc(b, '{');
    str(b, "id", id, &f);
    if (n > 0) {
        sag_buf_adds(b, ",\"advarsler\":[");
        for (size_t i = 0; i < n; i++) {
            char t[SAG_ID_MAX + 64];

            (void)snprintf(t, sizeof(t),
                           "sag %s har samme tilskadekomne og skadedato",
                           dubletter[i]);
            if (i)
                sag_buf_addc(b, ',');
            sag_buf_add_json_str(b, t);
        }
        sag_buf_addc(b, ']');
    }
    sag_buf_addc(b, '}');
}

void
sag_afgoerelse_svar_json(const struct sag_tj_afgoerelse_svar *s,
                         struct sag_buf *b)
{
    bool f = true;

    sag_buf_addc(b, '{');
    str(b, "afgoerelse_id", s->id, &f);
    noegle(b, "pct", &f);
    sag_buf_addf(b, "%d}", s->pct);
}

static const char b64[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* Standard base64 (RFC 4648, section 4) with padding. */
static void
base64(const void *data, size_t n, struct sag_buf *b)
{
    const unsigned char *p = data;

    for (size_t i = 0; i < n; i += 3) {
        unsigned long v = (unsigned long)p[i] << 16;
        size_t r = n - i;

        if (r > 1)
            v |= (unsigned long)p[i + 1] << 8;
        if (r > 2)
            v |= p[i + 2];
        sag_buf_addc(b, b64[(v >> 18) & 63]);
        sag_buf_addc(b, b64[(v >> 12) & 63]);
        sag_buf_addc(b, r > 1 ? b64[(v >> 6) & 63] : '=');
        sag_buf_addc(b, r > 2 ? b64[v & 63] : '=');
    }
}

static int
b64_vaerdi(char c)
{
    const char *q = c ? strchr(b64, c) : NULL;

    return q ? (int)(q - b64) : -1;
}

/* Decode padded base64 into the arena; NULL if malformed. */
static unsigned char *
fra_base64(const char *s, size_t n, struct sag_arena *a, size_t *len)
{
    unsigned char *ud;
    size_t m = 0;

    if (n == 0 || n % 4 != 0)
        return NULL;
    if ((ud = sag_arena_alloc(a, n / 4 * 3)) == NULL)
        return NULL;
    for (size_t i = 0; i < n; i += 4) {
        int v[4];
        bool sidst = i + 4 == n;

        for (size_t j = 0; j < 4; j++) {
            v[j] = b64_vaerdi(s[i + j]);
            if (v[j] < 0 && !(sidst && j >= 2 && s[i + j] == '=' &&
                              (j == 3 || s[i + 3] == '=')))
                return NULL;
        }
        ud[m++] = (unsigned char)(v[0] << 2 | v[1] >> 4);
        if (v[2] >= 0)
            ud[m++] = (unsigned char)((v[1] & 15) << 4 | v[2] >> 2);
        if (v[3] >= 0) {
            if (v[2] < 0)
                return NULL;
            ud[m++] = (unsigned char)((v[2] & 3) << 6 | v[3]);
        }
    }
    *len = m;
    return ud;
}

void
sag_eksport_json(const struct sag_tj_mappe *m, struct sag_buf *b)
{
    bool f = true;

    sag_buf_addc(b, '{');
    str(b, "format", "skadesag-sag/1", &f);
    str(b, "id", m->m.tilstand.id, &f);
    noegle(b, "haendelser", &f);
    sag_buf_addc(b, '[');
    for (size_t i = 0; i < m->m.antal_haendelser; i++) {
        const struct sag_haendelse_post *p = &m->m.haendelser[i];
        bool g = true;

        if (i)
            sag_buf_addc(b, ',');
        sag_buf_addc(b, '{');
        str(b, "type", p->type, &g);
        str(b, "dato", p->dato, &g);
        str(b, "bruger", p->bruger, &g);
        str(b, "begrundelse", p->begrundelse, &g);
        noegle(b, "data", &g);
        sag_buf_adds(b, p->data != NULL ? p->data : "null");
        sag_buf_addc(b, '}');
    }
    sag_buf_adds(b, "]");
    noegle(b, "afgoerelser", &f);
    sag_buf_addc(b, '[');
    for (size_t i = 0; i < m->m.antal_afgoerelser; i++) {
        const struct sag_afgoerelse_post *p = &m->m.afgoerelser[i];
        bool g = true;

        if (i)
            sag_buf_addc(b, ',');
        sag_buf_addc(b, '{');
        str(b, "id", p->id, &g);
        str(b, "fase", p->fase, &g);
        str(b, "dato", p->dato, &g);
        str(b, "input", p->input, &g);
        str(b, "resultat", p->resultat, &g);
        str(b, "satser_checksum", p->satser_checksum, &g);
        str(b, "motor_version", p->motor_version, &g);
        str(b, "registreret", p->registreret, &g);
        sag_buf_addc(b, '}');
    }
    sag_buf_adds(b, "]");
    /* The journal's documents, base64 (only when there are any: an export
     * without documents keeps its old form byte for byte). */
    if (m->antal_dokumenter) {
        noegle(b, "dokumenter", &f);
        sag_buf_addc(b, '[');
        for (size_t i = 0; i < m->antal_dokumenter; i++) {
            const struct sag_tj_dokument_indhold *x = &m->dokumenter[i];
            bool g = true;

            if (i)
                sag_buf_addc(b, ',');
            sag_buf_addc(b, '{');
            str(b, "sha256", x->sha256, &g);
            str(b, "mime", x->mime, &g);
            noegle(b, "indhold", &g);
            sag_buf_addc(b, '"');
            base64(x->indhold, x->len, b);
            sag_buf_adds(b, "\"}");
        }
        sag_buf_addc(b, ']');
    }
    sag_buf_addc(b, '}');
}

/* A string member copied into the arena; NULL if absent or not a string. */
static const char *
tekst(json_t *o, const char *navn, struct sag_arena *a)
{
    json_t *v = json_object_get(o, navn);

    if (!json_is_string(v))
        return NULL;
    return sag_arena_strndup(a, json_string_value(v), json_string_length(v));
}

static enum sag_status
haendelser(json_t *hs, struct sag_arena *a, struct sag_tj_import *ud,
           struct sag_diag *d)
{
    size_t n = json_array_size(hs);
    struct sag_haendelse *h = sag_arena_calloc(a, n, sizeof(*h));

    if (h == NULL)
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    for (size_t i = 0; i < n; i++) {
        json_t *e = json_array_get(hs, i);
        const char *type = tekst(e, "type", a), *dato = tekst(e, "dato", a),
                   *bruger = tekst(e, "bruger", a),
                   *begrundelse = tekst(e, "begrundelse", a);
        char *data;
        enum sag_status st;

        if (!json_is_object(json_object_get(e, "data")) || type == NULL ||
            dato == NULL || bruger == NULL || begrundelse == NULL)
            return sag_diag_set(d, SAG_EINVAL, "/haendelser",
                                "hændelse nr. %zu er ufuldstændig", i + 1);
        if ((data = json_dumps(json_object_get(e, "data"), JSON_COMPACT)) ==
            NULL)
            return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
        st = sag_haendelse_fra_dele(type, dato, bruger, begrundelse, data,
                                    strlen(data), a, &h[i], d);
        free(data);
        if (st != SAG_OK) {
            sag_diag_prefix(d, "hændelse: ");
            return st;
        }
    }
    ud->haendelser = h;
    ud->antal_haendelser = n;
    return SAG_OK;
}

static enum sag_status
afgoerelser(json_t *as, struct sag_arena *a, struct sag_tj_import *ud,
            struct sag_diag *d)
{
    size_t n = json_array_size(as);
    struct sag_afgoerelse_post *p = sag_arena_calloc(a, n ? n : 1, sizeof(*p));

    if (p == NULL)
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    for (size_t i = 0; i < n; i++) {
        json_t *x = json_array_get(as, i);

        p[i].id = tekst(x, "id", a);
        p[i].fase = tekst(x, "fase", a);
        p[i].dato = tekst(x, "dato", a);
        p[i].input = tekst(x, "input", a);
        p[i].resultat = tekst(x, "resultat", a);
        p[i].satser_checksum = tekst(x, "satser_checksum", a);
        p[i].motor_version = tekst(x, "motor_version", a);
        p[i].registreret = tekst(x, "registreret", a);
        if (!p[i].id || !p[i].fase || !p[i].dato || !p[i].input ||
            !p[i].resultat || !p[i].satser_checksum || !p[i].motor_version ||
            !p[i].registreret)
            return sag_diag_set(d, SAG_EINVAL, "/afgoerelser",
                                "afgørelse nr. %zu er ufuldstændig", i + 1);
    }
    ud->afgoerelser = p;
    ud->antal_afgoerelser = n;
    return SAG_OK;
}

static enum sag_status
dokumenter(json_t *ds, struct sag_arena *a, struct sag_tj_import *ud,
           struct sag_diag *d)
{
    size_t n = json_array_size(ds);
    struct sag_tj_dokument_indhold *x =
        sag_arena_calloc(a, n ? n : 1, sizeof(*x));

    if (x == NULL)
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    for (size_t i = 0; i < n; i++) {
        json_t *e = json_array_get(ds, i), *v = json_object_get(e, "indhold");

        x[i].sha256 = tekst(e, "sha256", a);
        x[i].mime = tekst(e, "mime", a);
        if (x[i].sha256 == NULL || !json_is_string(v) ||
            (x[i].indhold = fra_base64(json_string_value(v),
                                       json_string_length(v), a, &x[i].len)) ==
                NULL)
            return sag_diag_set(d, SAG_EINVAL, "/dokumenter",
                                "dokument nr. %zu er ufuldstændigt", i + 1);
    }
    ud->dokumenter = x;
    ud->antal_dokumenter = n;
    return SAG_OK;
}

enum sag_status
sag_eksport_fra_json(const char *tekst_, size_t len, struct sag_arena *a,
                     struct sag_tj_import *ud, struct sag_diag *d)
{
    json_error_t jf;
    json_t *rod = json_loadb(tekst_, len, JSON_REJECT_DUPLICATES, &jf), *hs,
           *as, *ds, *fmt;
    struct sag_tj_import imp;
    enum sag_status st;

    if (rod == NULL)
        return sag_diag_set(d, SAG_EPARSE, "",
                            "ugyldig JSON (linje %d, kolonne %d)", jf.line,
                            jf.column);
    memset(&imp, 0, sizeof(imp));
    fmt = json_object_get(rod, "format");
    hs = json_object_get(rod, "haendelser");
    as = json_object_get(rod, "afgoerelser");
    ds = json_object_get(rod, "dokumenter");
    if (!json_is_string(fmt) ||
        strcmp(json_string_value(fmt), "skadesag-sag/1") != 0 ||
        (imp.id = tekst(rod, "id", a)) == NULL || !json_is_array(hs) ||
        json_array_size(hs) == 0 || (as != NULL && !json_is_array(as)) ||
        (ds != NULL && !json_is_array(ds))) {
        st = sag_diag_set(d, SAG_EINVAL, "/format",
                          "ikke en eksport fra 'skadesag sag eksport'");
        goto out;
    }
    if ((st = haendelser(hs, a, &imp, d)) != SAG_OK ||
        (st = afgoerelser(as, a, &imp, d)) != SAG_OK ||
        (ds != NULL && (st = dokumenter(ds, a, &imp, d)) != SAG_OK))
        goto out;
    *ud = imp;
out:
    json_decref(rod);
    return st;
}

/* ---- the API's requests ---- */

struct laeser {
    json_t *o;
    struct sag_arena *a;
    struct sag_diag *d;
};

static enum sag_status
fejl(struct laeser *l, enum sag_status st, const char *navn, const char *msg)
{
    char sti[SAG_DIAG_FELT_MAX];

    (void)snprintf(sti, sizeof(sti), "/%s", navn);
    return sag_diag_set(l->d, st, sti, "%s", msg);
}

/* The characters of a member name. */
#define NAVNETEGN "abcdefghijklmnopqrstuvwxyz_0123456789"

/* Load an object and refuse members not in `kendte` (" a b c "). A name is
 * looked up as " name " in the list, so it must be of a name's characters
 * only: "fase dato" would otherwise be found between two known names and
 * pass unrefused (the property tests/fuzz/fuzz_http.c checks). */
static enum sag_status
aabn_objekt(struct laeser *l, const char *tekst_, size_t len,
            const char *kendte)
{
    json_error_t jf;
    const char *k;
    json_t *v;

    l->o = json_loadb(tekst_, len, JSON_REJECT_DUPLICATES, &jf);
    if (l->o == NULL)
        return sag_diag_set(l->d, SAG_EPARSE, "",
                            "ugyldig JSON (linje %d, kolonne %d)", jf.line,
                            jf.column);
    if (!json_is_object(l->o))
        return sag_diag_set(l->d, SAG_EINVAL, "", "skal være et JSON-objekt");
    json_object_foreach(l->o, k, v)
    {
        char noegle[80];
        bool navn;

        (void)v;
        navn = strspn(k, NAVNETEGN) == strlen(k);
        if (!navn ||
            snprintf(noegle, sizeof(noegle), " %s ", k) >=
                (int)sizeof(noegle) ||
            strstr(kendte, noegle) == NULL)
            return fejl(
                l, SAG_EINVAL,
                navn && strlen(k) < 60 && strpbrk(k, "0123456789") == NULL ? k
                                                                           : "",
                "ukendt felt");
    }
    return SAG_OK;
}

static enum sag_status
l_tekst(struct laeser *l, const char *navn, bool kraevet, const char **ud)
{
    json_t *v = json_object_get(l->o, navn);

    *ud = NULL;
    if (v == NULL)
        return kraevet ? fejl(l, SAG_EMISSING, navn, "mangler") : SAG_OK;
    if (!json_is_string(v))
        return fejl(l, SAG_EINVAL, navn, "skal være en tekst");
    if ((*ud = sag_arena_strndup(l->a, json_string_value(v),
                                 json_string_length(v))) == NULL)
        return sag_diag_set(l->d, SAG_ENOMEM, "", "ikke mere hukommelse");
    return SAG_OK;
}

/* A date member; `har` tells whether it was given (else `standard`). */
static enum sag_status
l_dato(struct laeser *l, const char *navn, struct sag_dato standard,
       struct sag_dato *ud, bool *har)
{
    json_t *v = json_object_get(l->o, navn);
    enum sag_status st;

    *ud = standard;
    if (har != NULL)
        *har = v != NULL;
    if (v == NULL)
        return SAG_OK;
    /* A request is typed by people too: both forms (issue 10, item 5). */
    if (!json_is_string(v))
        return fejl(l, SAG_EINVAL, navn,
                    "skal være en dato (DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD)");
    st = sag_dato_parse(json_string_value(v), json_string_length(v), ud);
    if (st == SAG_EPARSE)
        return fejl(l, SAG_EINVAL, navn,
                    "skal være en dato (DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD)");
    if (st != SAG_OK)
        return fejl(l, SAG_EINVAL, navn, "datoen findes ikke");
    return SAG_OK;
}

static enum sag_status
l_sand(struct laeser *l, const char *navn, bool *ud)
{
    json_t *v = json_object_get(l->o, navn);

    *ud = false;
    if (v == NULL)
        return SAG_OK;
    if (!json_is_boolean(v))
        return fejl(l, SAG_EINVAL, navn, "skal være true eller false");
    *ud = json_is_true(v);
    return SAG_OK;
}

static enum sag_status
faelles(struct laeser *l, const char *tekst_, size_t len, const char *kendte,
        struct sag_dato idag, struct sag_dato *dato, const char **begrundelse)
{
    enum sag_status st;

    if ((st = aabn_objekt(l, tekst_, len, kendte)) != SAG_OK ||
        (st = l_dato(l, "dato", idag, dato, NULL)) != SAG_OK ||
        (st = l_tekst(l, "begrundelse", false, begrundelse)) != SAG_OK)
        return st;
    return SAG_OK;
}

enum sag_status
sag_afgoerelse_fra_json(const char *tekst_, size_t len, struct sag_dato idag,
                        struct sag_arena *arena, struct sag_tj_afgoerelse *ud,
                        struct sag_diag *d)
{
    struct laeser l = { NULL, arena, d };
    struct sag_tj_afgoerelse a;
    const char *fase = NULL, *resultat = NULL;
    json_t *v;
    enum sag_status st;

    memset(&a, 0, sizeof(a));
    if ((st = faelles(&l, tekst_, len,
                      " fase dato begrundelse resultat pct beregning "
                      "revisionsdato til ",
                      idag, &a.dato, &a.begrundelse)) != SAG_OK ||
        (st = l_tekst(&l, "fase", true, &fase)) != SAG_OK ||
        (st = l_tekst(&l, "resultat", false, &resultat)) != SAG_OK ||
        (st = l_dato(&l, "revisionsdato", idag, &a.revisionsdato,
                     &a.har_revisionsdato)) != SAG_OK ||
        (st = l_dato(&l, "til", idag, &a.til, &a.har_til)) != SAG_OK)
        goto out;
    if (strcmp(fase, "anerkendelse") == 0) {
        a.fase = SAG_FASE_ANERKENDELSE;
        if (resultat == NULL ||
            (strcmp(resultat, "anerkendt") && strcmp(resultat, "afvist"))) {
            st = fejl(&l, resultat ? SAG_EINVAL : SAG_EMISSING, "resultat",
                      "skal være anerkendt eller afvist");
            goto out;
        }
        a.anerkendt = strcmp(resultat, "anerkendt") == 0;
    } else if (strcmp(fase, "men") == 0) {
        a.fase = SAG_FASE_MEN;
        v = json_object_get(l.o, "pct");
        if (!json_is_integer(v) || json_integer_value(v) < 0 ||
            json_integer_value(v) > 120) {
            st = fejl(&l, v ? SAG_EINVAL : SAG_EMISSING, "pct",
                      "skal være et heltal 0-120");
            goto out;
        }
        a.men_pct = (int)json_integer_value(v);
    } else if (strcmp(fase, "erhvervsevnetab") == 0) {
        char *tekst;

        a.fase = SAG_FASE_ERHVERVSEVNETAB;
        v = json_object_get(l.o, "beregning");
        if (!json_is_object(v)) {
            st = fejl(&l, v ? SAG_EINVAL : SAG_EMISSING, "beregning",
                      "skal være beregningens input (et JSON-objekt)");
            goto out;
        }
        /* The record keeps the engine input as text. */
        if ((tekst = json_dumps(v, JSON_COMPACT | JSON_PRESERVE_ORDER)) ==
            NULL) {
            st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
            goto out;
        }
        a.beregning = sag_arena_strdup(arena, tekst);
        free(tekst);
        if (a.beregning == NULL) {
            st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
            goto out;
        }
        a.beregning_len = strlen(a.beregning);
    } else {
        st = fejl(&l, SAG_EINVAL, "fase",
                  "skal være anerkendelse, men eller erhvervsevnetab");
        goto out;
    }
    *ud = a;
out:
    json_decref(l.o);
    return st;
}

enum sag_status
sag_soegning_fra_json(const char *tekst_, size_t len, struct sag_arena *arena,
                      const char **cpr, const char **navn, struct sag_diag *d)
{
    struct laeser l = { NULL, arena, d };
    enum sag_status st;

    *cpr = NULL;
    *navn = NULL;
    if ((st = aabn_objekt(&l, tekst_, len, " cpr navn ")) == SAG_OK &&
        (st = l_tekst(&l, "cpr", false, cpr)) == SAG_OK &&
        (st = l_tekst(&l, "navn", false, navn)) == SAG_OK &&
        (*cpr == NULL) == (*navn == NULL))
        st = sag_diag_set(d, SAG_EINVAL, "/cpr", "angiv enten cpr eller navn");
    json_decref(l.o);
    return st;
}

enum sag_status
sag_klage_fra_json(const char *tekst_, size_t len, struct sag_dato idag,
                   struct sag_arena *arena, struct sag_tj_klage *ud,
                   struct sag_diag *d)
{
    struct laeser l = { NULL, arena, d };
    struct sag_tj_klage k;
    enum sag_status st;

    memset(&k, 0, sizeof(k));
    if ((st = faelles(&l, tekst_, len, " afgoerelse_id part dato begrundelse ",
                      idag, &k.dato, &k.begrundelse)) == SAG_OK &&
        (st = l_tekst(&l, "afgoerelse_id", true, &k.afgoerelse_id)) == SAG_OK &&
        (st = l_tekst(&l, "part", false, &k.part)) == SAG_OK)
        *ud = k;
    json_decref(l.o);
    return st;
}

enum sag_status
sag_klageskridt_fra_json(const char *tekst_, size_t len, struct sag_dato idag,
                         struct sag_arena *arena, struct sag_tj_klageskridt *ud,
                         bool *send, struct sag_diag *d)
{
    struct laeser l = { NULL, arena, d };
    struct sag_tj_klageskridt r;
    const char *udfald = NULL, *punkt = NULL;
    bool s = false;
    enum sag_status st;

    memset(&r, 0, sizeof(r));
    if ((st = faelles(&l, tekst_, len,
                      " udfald dato begrundelse send part punkt paalaeg "
                      "paalaeg_frist ",
                      idag, &r.dato, &r.begrundelse)) == SAG_OK &&
        (st = l_tekst(&l, "udfald", false, &udfald)) == SAG_OK &&
        (st = l_sand(&l, "send", &s)) == SAG_OK &&
        (st = l_tekst(&l, "part", false, &r.part)) == SAG_OK &&
        (st = l_tekst(&l, "punkt", false, &punkt)) == SAG_OK &&
        (st = l_tekst(&l, "paalaeg", false, &r.paalaeg)) == SAG_OK &&
        (st = l_dato(&l, "paalaeg_frist", idag, &r.paalaeg_frist,
                     &r.har_paalaeg_frist)) == SAG_OK) {
        for (int i = SAG_UDFALD_FASTHOLDT;
             udfald && i <= SAG_UDFALD_IKKE_BEHANDLET; i++)
            if (strcmp(udfald, sag_udfald_navn((enum sag_udfald)i)) == 0)
                r.udfald = (enum sag_udfald)i;
        if (udfald != NULL && r.udfald == SAG_UDFALD_INGEN)
            st = fejl(&l, SAG_EINVAL, "udfald", "ukendt udfald");
        if (st == SAG_OK && punkt != NULL &&
            (r.punkt = (enum sag_punkt)sag_navn_til_punkt(punkt)) == 0)
            st = fejl(&l, SAG_EINVAL, "punkt",
                      "skal være anerkendelse, men, erhvervsevnetab eller "
                      "aarsloen");
    }
    if (st == SAG_OK) {
        *ud = r;
        *send = s;
    }
    json_decref(l.o);
    return st;
}

enum sag_status
sag_ny_generation_fra_json(const char *tekst_, size_t len, struct sag_dato idag,
                           struct sag_arena *arena,
                           struct sag_tj_ny_generation *ud, struct sag_diag *d)
{
    struct laeser l = { NULL, arena, d };
    struct sag_tj_ny_generation r;
    enum sag_status st;

    memset(&r, 0, sizeof(r));
    if ((st = faelles(&l, tekst_, len,
                      " dato begrundelse nye_oplysninger saerlige_grunde ",
                      idag, &r.dato, &r.begrundelse)) == SAG_OK &&
        (st = l_tekst(&l, "nye_oplysninger", false, &r.nye_oplysninger)) ==
            SAG_OK &&
        (st = l_sand(&l, "saerlige_grunde", &r.saerlige_grunde)) == SAG_OK)
        *ud = r;
    json_decref(l.o);
    return st;
}

enum sag_status
sag_vurdering_fra_json(const char *tekst_, size_t len, struct sag_arena *arena,
                       bool *korrekt, const char **begrundelse,
                       struct sag_diag *d)
{
    struct laeser l = { NULL, arena, d };
    const char *b = NULL;
    json_t *v;
    enum sag_status st;

    if ((st = aabn_objekt(&l, tekst_, len, " korrekt begrundelse ")) ==
            SAG_OK &&
        (st = l_tekst(&l, "begrundelse", false, &b)) == SAG_OK) {
        v = json_object_get(l.o, "korrekt");
        if (!json_is_boolean(v))
            st = fejl(&l, v ? SAG_EINVAL : SAG_EMISSING, "korrekt",
                      "skal være true eller false");
        else {
            *korrekt = json_is_true(v);
            *begrundelse = b;
        }
    }
    json_decref(l.o);
    return st;
}

/* ---- answers ---- */

void
sag_afgoerelse_svar_fuld_json(const struct sag_tj_afgoerelse_svar *s,
                              enum sag_fase fase, const char *resultat,
                              struct sag_buf *b)
{
    bool f = true;

    sag_buf_addc(b, '{');
    str(b, "afgoerelse_id", s->id, &f);
    str(b, "fase", sag_fase_navn(fase), &f);
    if (fase != SAG_FASE_ANERKENDELSE) {
        noegle(b, "pct", &f);
        sag_buf_addf(b, "%d", s->pct);
    }
    if (fase == SAG_FASE_ERHVERVSEVNETAB) {
        str(b, "type", sag_afgoerelsestype_navn(s->type), &f);
        str(b, "hash", s->hash, &f);
        if (resultat != NULL) {
            noegle(b, "resultat", &f);
            sag_buf_adds(b, resultat);
        }
    }
    sag_buf_addc(b, '}');
}

void
sag_laesning_json(const struct sag_laesning *l, struct sag_buf *b)
{
    bool f = true;

    sag_buf_addc(b, '{');
    str(b, "tidspunkt", l->tidspunkt, &f);
    str(b, "bruger", l->bruger, &f);
    str(b, "rolle", l->rolle, &f);
    str(b, "grund", l->grund, &f);
    sag_buf_addc(b, '}');
}

void
sag_genberegning_json(const struct sag_tj_genberegning *g, struct sag_buf *b)
{
    bool f = true;

    sag_buf_addc(b, '{');
    str(b, "afgoerelse_id", g->afgoerelse_id, &f);
    noegle(b, "identisk", &f);
    sag_buf_adds(b, g->identisk ? "true" : "false");
    noegle(b, "bytes", &f);
    sag_buf_addf(b, "%zu", g->bytes);
    str(b, "satser_ved", g->satser_ved, &f);
    str(b, "satser_nu", g->satser_nu, &f);
    sag_buf_addc(b, '}');
}

void
sag_kvalitet_post_json(const struct sag_kvalitet_post *p, struct sag_buf *b)
{
    bool f = true;

    sag_buf_addc(b, '{');
    str(b, "afgoerelse_id", p->afgoerelse_id, &f);
    str(b, "sag_id", p->sag_id, &f);
    str(b, "sagstype", p->sagstype, &f);
    str(b, "dato", p->dato, &f);
    noegle(b, "vurderet", &f);
    sag_buf_adds(b, p->vurderet ? "true" : "false");
    if (p->vurderet) {
        noegle(b, "korrekt", &f);
        sag_buf_adds(b, p->korrekt ? "true" : "false");
        str(b, "bruger", p->bruger, &f);
        str(b, "begrundelse", p->begrundelse, &f);
    }
    sag_buf_addc(b, '}');
}

void
sag_udtraek_svar_json(size_t udtrukket, size_t i_alt, struct sag_buf *b)
{
    sag_buf_addf(b, "{\"udtrukket\":%zu,\"i_alt\":%zu}", udtrukket, i_alt);
}

static void
heltal(struct sag_buf *b, const char *navn, long long v, bool *f)
{
    noegle(b, navn, f);
    sag_buf_addf(b, "%lld", v);
}

static void
dato_felt(struct sag_buf *b, const char *navn, struct sag_dato d, bool *f)
{
    char iso[SAG_DATO_ISO_LEN];

    sag_dato_format_iso(d, iso);
    str(b, navn, iso, f);
}

void
sag_kvalitet_json(const struct sag_pf_kvalitet *q, struct sag_buf *b)
{
    struct sag_json_array a;
    bool f = true;

    sag_buf_addc(b, '{');
    dato_felt(b, "fra", q->fra, &f);
    dato_felt(b, "til", q->til, &f);
    heltal(b, "afgoerelser", q->afgoerelser, &f);
    heltal(b, "maal_promille", SAG_PF_KVALITET_MAAL_PROMILLE, &f);
    noegle(b, "linjer", &f);
    sag_json_array_begynd(&a, b);
    for (size_t i = 0; i < sizeof(q->linjer) / sizeof(q->linjer[0]); i++) {
        const struct sag_pf_kvalitet_linje *l = &q->linjer[i];
        long p = sag_pf_promille(l->korrekt, l->vurderet);
        bool g = true;

        sag_json_array_naeste(&a);
        sag_buf_addc(b, '{');
        str(b, "sagstype",
            i == 0 ? "i_alt" : sag_sagstype_navn((enum sag_sagstype)i), &g);
        heltal(b, "udtrukket", l->udtrukket, &g);
        heltal(b, "vurderet", l->vurderet, &g);
        heltal(b, "korrekt", l->korrekt, &g);
        noegle(b, "andel_promille", &g);
        if (p < 0)
            sag_buf_adds(b, "null");
        else
            sag_buf_addf(b, "%ld", p);
        sag_buf_addc(b, '}');
    }
    sag_json_array_slut(&a);
    sag_buf_addc(b, '}');
}

void
sag_verificering_json(long long haendelser, struct sag_buf *b)
{
    sag_buf_addf(b, "{\"ok\":true,\"haendelser\":%lld}", haendelser);
}

static void
oere(struct sag_buf *b, const char *navn, struct sag_penge p, bool har, bool *f)
{
    noegle(b, navn, f);
    if (har)
        sag_buf_addf(b, "%lld", (long long)p.oere);
    else
        sag_buf_adds(b, "null");
}

void
sag_konsekvens_hr_json(const struct sag_afgoerelse_post *p,
                       const struct sag_konsekvens_hr2025 *r, struct sag_buf *b)
{
    char x[SAG_BROEK_STR_LEN];
    bool f = true;

    sag_buf_addc(b, '{');
    str(b, "afgoerelse_id", p->id, &f);
    str(b, "sag_id", p->sag_id, &f);
    str(b, "dato", p->dato, &f);
    (void)sag_broek_format_decimal(r->beregnet, 4, '.', x);
    str(b, "beregnet_tab", x, &f);
    heltal(b, "pct_efter", r->efter.fastsat_pct, &f);
    oere(b, "aarlig_erstatning_oere", r->efter.aarlig, r->efter.har_beloeb, &f);
    oere(b, "kapital_oere", r->efter.kapital,
         r->efter.har_kapital && r->efter.kapital.oere > 0, &f);
    sag_buf_addc(b, '}');
}

void
sag_konsekvens_hr_sum_json(const struct sag_tj_konsekvens_hr *s,
                           struct sag_buf *b)
{
    bool f = true;

    sag_buf_addc(b, '{');
    heltal(b, "gennemgaaet", s->gennemgaaet, &f);
    heltal(b, "relevante", s->relevante, &f);
    heltal(b, "beroerte", s->beroerte, &f);
    heltal(b, "fejl", s->fejl, &f);
    oere(b, "sum_aarlig_oere", s->sum_aarlig, true, &f);
    oere(b, "sum_kapital_oere", s->sum_kapital, true, &f);
    sag_buf_addc(b, '}');
}

void
sag_konsekvens_fp_json(const struct sag_afgoerelse_post *p,
                       const struct sag_konsekvens_fp *r, struct sag_buf *b)
{
    bool f = true;

    sag_buf_addc(b, '{');
    str(b, "afgoerelse_id", p->id, &f);
    str(b, "sag_id", p->sag_id, &f);
    str(b, "dato", p->dato, &f);
    heltal(b, "folkepensionsalder_foer_mdr", r->fp_foer_mdr, &f);
    heltal(b, "folkepensionsalder_efter_mdr", r->fp_efter_mdr, &f);
    heltal(b, "faktor_foer_milli", r->faktor_foer, &f);
    heltal(b, "faktor_efter_milli", r->faktor_efter, &f);
    oere(b, "kapital_foer_oere", r->kapital_foer, true, &f);
    oere(b, "kapital_efter_oere", r->kapital_efter, true, &f);
    oere(b, "kapital_gl_pensionsalder_oere", r->kapital_gl, r->har_gl, &f);
    sag_buf_addc(b, '}');
}

void
sag_konsekvens_fp_sum_json(const struct sag_tj_konsekvens_fp *s,
                           struct sag_buf *b)
{
    bool f = true;

    sag_buf_addc(b, '{');
    heltal(b, "gennemgaaet", s->gennemgaaet, &f);
    heltal(b, "beroerte", s->beroerte, &f);
    heltal(b, "fejl", s->fejl, &f);
    oere(b, "sum_foer_oere", s->sum_foer, true, &f);
    oere(b, "sum_efter_oere", s->sum_efter, true, &f);
    heltal(b, "gl_antal", s->gl_antal, &f);
    oere(b, "sum_pensionsalder_alene_oere", s->sum_alene, true, &f);
    sag_buf_addc(b, '}');
}

enum sag_status
sag_udtraek_fra_json(const char *tekst_, size_t len, struct sag_dato *fra,
                     struct sag_dato *til, unsigned long long *seed,
                     int *promille, struct sag_diag *d)
{
    struct laeser l = { NULL, NULL, d };
    struct sag_dato f, t, ingen = { 0 };
    bool har_f, har_t;
    json_t *v;
    enum sag_status st;
    long long s = 1, p = 20;

    if ((st = aabn_objekt(&l, tekst_, len, " fra til seed promille ")) !=
            SAG_OK ||
        (st = l_dato(&l, "fra", ingen, &f, &har_f)) != SAG_OK ||
        (st = l_dato(&l, "til", ingen, &t, &har_t)) != SAG_OK)
        goto out;
    if (!har_f || !har_t) {
        st = fejl(&l, SAG_EMISSING, har_f ? "til" : "fra", "mangler");
        goto out;
    }
    if ((v = json_object_get(l.o, "seed")) != NULL) {
        if (!json_is_integer(v) || json_integer_value(v) < 0) {
            st = fejl(&l, SAG_EINVAL, "seed",
                      "skal være et ikke-negativt heltal");
            goto out;
        }
        s = json_integer_value(v);
    }
    if ((v = json_object_get(l.o, "promille")) != NULL) {
        if (!json_is_integer(v) || json_integer_value(v) < 1 ||
            json_integer_value(v) > 1000) {
            st = fejl(&l, SAG_EINVAL, "promille", "skal være et heltal 1-1000");
            goto out;
        }
        p = json_integer_value(v);
    }
    *fra = f;
    *til = t;
    *seed = (unsigned long long)s;
    *promille = (int)p;
out:
    json_decref(l.o);
    return st;
}

enum sag_status
sag_login_fra_json(const char *tekst_, size_t len, struct sag_arena *arena,
                   const char **bruger, const char **kodeord, const char **totp,
                   struct sag_diag *d)
{
    struct laeser l = { NULL, arena, d };
    const char *b = NULL, *k = NULL, *t = NULL;
    enum sag_status st;

    if ((st = aabn_objekt(&l, tekst_, len, " bruger kodeord totp ")) ==
            SAG_OK &&
        (st = l_tekst(&l, "bruger", true, &b)) == SAG_OK &&
        (st = l_tekst(&l, "kodeord", true, &k)) == SAG_OK &&
        (st = l_tekst(&l, "totp", false, &t)) == SAG_OK) {
        *bruger = b;
        *kodeord = k;
        *totp = t;
    }
    json_decref(l.o);
    return st;
}

void
sag_session_json(const char *bruger, const char *rolle, const char *team,
                 const char *csrf, long long udloeber, struct sag_buf *b)
{
    bool f = true;

    sag_buf_addc(b, '{');
    str(b, "bruger", bruger, &f);
    str(b, "rolle", rolle, &f);
    if (team != NULL && team[0] != '\0')
        str(b, "team", team, &f);
    if (csrf != NULL && csrf[0] != '\0') {
        str(b, "csrf", csrf, &f);
        heltal(b, "udloeber", udloeber, &f);
    }
    sag_buf_addc(b, '}');
}

static bool
beloeb(json_t *r, const char *navn, int64_t *ud)
{
    json_t *v = json_object_get(r, navn);

    if (!json_is_integer(v))
        return false;
    *ud = (int64_t)json_integer_value(v);
    return true;
}

bool
sag_afgoerelse_beloeb_fra_json(const char *resultat,
                               struct sag_afgoerelse_beloeb *ud)
{
    json_t *r;

    memset(ud, 0, sizeof(*ud));
    if (resultat == NULL || (r = json_loads(resultat, 0, NULL)) == NULL)
        return false;
    if (!json_is_object(r)) {
        json_decref(r);
        return false;
    }
    ud->har_aarlig = beloeb(r, "aarlig_erstatning_oere", &ud->aarlig);
    ud->har_maanedlig = beloeb(r, "maanedlig_erstatning_oere", &ud->maanedlig);
    ud->har_kapital = beloeb(r, "kapitalbeloeb_oere", &ud->kapital);
    json_decref(r);
    return true;
}
