/*
 * The monthly run's wire format (udbetaling_json.h).
 */
#include <inttypes.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "skadesag/udbetaling_json.h"

#include "../base/banned.h"

enum sag_status
sag_udb_bestilling_fra_json(const char *tekst, size_t len, struct sag_maaned *m,
                            size_t *batch, struct sag_diag *d)
{
    json_error_t e;
    json_t *o = json_loadb(tekst, len, JSON_REJECT_DUPLICATES, &e), *v;
    const char *k;
    enum sag_status st = SAG_OK;

    *batch = 0;
    if (o == NULL || !json_is_object(o)) {
        json_decref(o);
        return sag_diag_set(d, SAG_EPARSE, "", "ikke et JSON-objekt");
    }
    json_object_foreach(o, k, v)
    {
        if (strcmp(k, "maaned") != 0 && strcmp(k, "batch") != 0) {
            st = sag_diag_set(d, SAG_EINVAL, "", "ukendt felt");
            (void)snprintf(d->felt, sizeof d->felt, "/%s", k);
            break;
        }
    }
    if (st == SAG_OK) {
        v = json_object_get(o, "maaned");
        if (v == NULL)
            st = sag_diag_set(d, SAG_EMISSING, "/maaned", "mangler (ÅÅÅÅ-MM)");
        else if (!json_is_string(v) ||
                 sag_maaned_parse(json_string_value(v), m) != SAG_OK)
            st = sag_diag_set(d, SAG_EINVAL, "/maaned",
                              "skal være en måned (ÅÅÅÅ-MM)");
    }
    if (st == SAG_OK && (v = json_object_get(o, "batch")) != NULL) {
        if (!json_is_integer(v) || json_integer_value(v) < 1 ||
            json_integer_value(v) > 10000000)
            st = sag_diag_set(d, SAG_EINVAL, "/batch",
                              "skal være et heltal 1-10000000");
        else
            *batch = (size_t)json_integer_value(v);
    }
    json_decref(o);
    return st;
}

static void
felt(struct sag_buf *b, const char *navn, bool *foerste)
{
    if (!*foerste)
        sag_buf_addc(b, ',');
    *foerste = false;
    sag_buf_add_json_str(b, navn);
    sag_buf_addc(b, ':');
}

static void
tekst(struct sag_buf *b, const char *navn, const char *v, bool *foerste)
{
    felt(b, navn, foerste);
    if (v == NULL || v[0] == '\0')
        sag_buf_adds(b, "null");
    else
        sag_buf_add_json_str(b, v);
}

static void
tal(struct sag_buf *b, const char *navn, long long v, bool *foerste)
{
    felt(b, navn, foerste);
    sag_buf_addf(b, "%lld", v);
}

static void
sandt(struct sag_buf *b, const char *navn, bool v, bool *foerste)
{
    felt(b, navn, foerste);
    sag_buf_adds(b, v ? "true" : "false");
}

static const char *
betalertype(int t)
{
    return t == SAG_YDELSE_BETALER_AES ? "aes" : "forsikring";
}

void
sag_udb_resultat_json(const struct sag_udb_resultat *r, struct sag_buf *b)
{
    const struct sag_udb_koersel *k = &r->k;
    bool f = true;
    char m[16];
    int64_t a_skat = 0;

    for (size_t i = 0; i < k->antal_betalere; i++)
        a_skat += k->betalere[i].a_skat_oere;
    (void)snprintf(m, sizeof m, "%04d-%02d", k->aar, k->maaned);
    sag_buf_addc(b, '{');
    tekst(b, "id", k->id, &f);
    tekst(b, "maaned", m, &f);
    tekst(b, "status", sag_udb_status_navn(k->status), &f);
    tal(b, "antal", k->antal, &f);
    tal(b, "sum_oere", (long long)k->sum_oere, &f);
    felt(b, "betalere", &f);
    sag_buf_addc(b, '[');
    for (size_t i = 0; i < k->antal_betalere; i++) {
        bool g = true;

        sag_buf_adds(b, i ? ",{" : "{");
        tekst(b, "betaler", k->betalere[i].betaler, &g);
        tekst(b, "betalertype", betalertype(k->betalere[i].betalertype), &g);
        tal(b, "antal", k->betalere[i].antal, &g);
        tal(b, "sum_oere", (long long)k->betalere[i].sum_oere, &g);
        tal(b, "a_skat_oere", (long long)k->betalere[i].a_skat_oere, &g);
        sag_buf_addc(b, '}');
    }
    sag_buf_addc(b, ']');
    /* Gross (sum_oere, what the ledger books), the A-skat AES withheld and
     * the net transferred (skat.h). */
    tal(b, "a_skat_oere", (long long)a_skat, &f);
    tal(b, "netto_oere", (long long)(k->sum_oere - a_skat), &f);
    tal(b, "skat_med_kort", r->skat_med_kort, &f);
    tal(b, "skat_uden_kort", r->skat_uden_kort, &f);
    tal(b, "bogfoert_oere", (long long)r->bogfoert_oere, &f);
    sandt(b, "afstemt", r->afstemt, &f);
    sandt(b, "allerede", r->allerede, &f);
    sandt(b, "genoptaget", r->genoptaget, &f);
    tal(b, "ydelser", r->ydelser, &f);
    tal(b, "nye_ordrer", r->nye_ordrer, &f);
    tal(b, "uden_betaler", r->uden_betaler, &f);
    tal(b, "efterbetaling_antal", r->efterbetaling_antal, &f);
    tal(b, "efterbetaling_oere", (long long)r->efterbetaling_oere, &f);
    tekst(b, "bruger", k->bruger, &f);
    tekst(b, "startet", k->startet, &f);
    tekst(b, "afsluttet", k->afsluttet, &f);
    tekst(b, "sendt", k->sendt, &f);
    tekst(b, "tilbagefoert", k->tilbagefoert, &f);
    sag_buf_addc(b, '}');
}

void
sag_udb_total_json(const struct sag_udb_maanedstotal *t, bool foerste,
                   struct sag_buf *b)
{
    bool f = true;
    char m[16];

    (void)snprintf(m, sizeof m, "%04d-%02d", t->aar, t->maaned);
    sag_buf_adds(b, foerste ? "{" : ",{");
    tekst(b, "maaned", m, &f);
    tekst(b, "betalertype", betalertype(t->betalertype), &f);
    tekst(b, "betaler", t->betaler, &f);
    tal(b, "antal", t->antal, &f);
    tal(b, "sum_oere", (long long)t->sum_oere, &f);
    tal(b, "a_skat_oere", (long long)t->a_skat_oere, &f);
    sag_buf_addc(b, '}');
}

/* ---- tax cards ---- */

static enum sag_status
dato_felt(json_t *o, const char *navn, struct sag_dato *ud, struct sag_diag *d)
{
    json_t *v = json_object_get(o, navn);
    enum sag_status st;

    if (v == NULL) {
        st = sag_diag_set(d, SAG_EMISSING, "", "mangler (ÅÅÅÅ-MM-DD)");
    } else if (!json_is_string(v) ||
               sag_dato_parse(json_string_value(v),
                              strlen(json_string_value(v)), ud) != SAG_OK) {
        st = sag_diag_set(d, SAG_EINVAL, "", "skal være en dato (ÅÅÅÅ-MM-DD)");
    } else {
        return SAG_OK;
    }
    (void)snprintf(d->felt, sizeof d->felt, "/%s", navn);
    return st;
}

static enum sag_status
tekst_felt(json_t *o, const char *navn, char *ud, size_t n, struct sag_diag *d)
{
    json_t *v = json_object_get(o, navn);
    enum sag_status st;

    if (v == NULL)
        st = sag_diag_set(d, SAG_EMISSING, "", "mangler");
    else if (!json_is_string(v) || strlen(json_string_value(v)) >= n)
        st = sag_diag_set(d, SAG_EINVAL, "",
                          "skal være en tekst (højst %zu "
                          "tegn)",
                          n - 1);
    else {
        (void)snprintf(ud, n, "%s", json_string_value(v));
        return SAG_OK;
    }
    (void)snprintf(d->felt, sizeof d->felt, "/%s", navn);
    return st;
}

enum sag_status
sag_skattekort_fra_json(const char *tekst_ind, size_t len,
                        struct sag_skattekort_post *p, struct sag_diag *d)
{
    static const char *const kendte[] = { "cpr",          "gyldig_fra",
                                          "traekprocent", "fradrag_oere",
                                          "kilde",        "kilde_dato" };
    json_error_t e;
    json_t *o = json_loadb(tekst_ind, len, JSON_REJECT_DUPLICATES, &e), *v;
    const char *k;
    enum sag_status st = SAG_OK;

    memset(p, 0, sizeof *p);
    if (o == NULL || !json_is_object(o)) {
        json_decref(o);
        return sag_diag_set(d, SAG_EPARSE, "", "ikke et JSON-objekt");
    }
    json_object_foreach(o, k, v)
    {
        bool kendt = false;

        for (size_t i = 0; i < sizeof kendte / sizeof kendte[0]; i++)
            kendt = kendt || strcmp(k, kendte[i]) == 0;
        if (!kendt) {
            st = sag_diag_set(d, SAG_EINVAL, "", "ukendt felt");
            (void)snprintf(d->felt, sizeof d->felt, "/%s", k);
            break;
        }
    }
    if (st == SAG_OK)
        st = tekst_felt(o, "cpr", p->cpr, sizeof p->cpr, d);
    if (st == SAG_OK)
        st = dato_felt(o, "gyldig_fra", &p->gyldig_fra, d);
    if (st == SAG_OK) {
        v = json_object_get(o, "traekprocent");
        if (v == NULL || !json_is_integer(v) || json_integer_value(v) < 0 ||
            json_integer_value(v) > 100)
            st = sag_diag_set(d, v == NULL ? SAG_EMISSING : SAG_EINVAL,
                              "/traekprocent",
                              "skal være et helt tal fra 0 til 100");
        else
            p->traekprocent = (int)json_integer_value(v);
    }
    if (st == SAG_OK) {
        v = json_object_get(o, "fradrag_oere");
        if (v == NULL || !json_is_integer(v) || json_integer_value(v) < 0)
            st = sag_diag_set(d, v == NULL ? SAG_EMISSING : SAG_EINVAL,
                              "/fradrag_oere",
                              "månedsfradraget i øre (et helt tal, mindst 0)");
        else
            p->fradrag_maaned_oere = (int64_t)json_integer_value(v);
    }
    if (st == SAG_OK)
        st = tekst_felt(o, "kilde", p->kilde, sizeof p->kilde, d);
    if (st == SAG_OK)
        st = dato_felt(o, "kilde_dato", &p->kilde_dato, d);
    json_decref(o);
    return st;
}

void
sag_skattekort_json(const struct sag_skattekort_post *p, bool foerste,
                    struct sag_buf *b)
{
    bool f = true;
    char fra[SAG_DATO_ISO_LEN], kd[SAG_DATO_ISO_LEN];

    sag_dato_format_iso(p->gyldig_fra, fra);
    sag_dato_format_iso(p->kilde_dato, kd);
    sag_buf_adds(b, foerste ? "{" : ",{");
    tekst(b, "cpr", p->cpr, &f);
    tekst(b, "gyldig_fra", fra, &f);
    tal(b, "traekprocent", p->traekprocent, &f);
    tal(b, "fradrag_oere", (long long)p->fradrag_maaned_oere, &f);
    tekst(b, "kilde", p->kilde, &f);
    tekst(b, "kilde_dato", kd, &f);
    tekst(b, "bruger", p->bruger, &f);
    tekst(b, "registreret", p->registreret, &f);
    sag_buf_addc(b, '}');
}
