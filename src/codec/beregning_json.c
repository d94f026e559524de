/*
 * JSON <-> engine structs.
 *
 * Input is read with jansson and checked field by field; every error names
 * the field by its JSON pointer so an API can answer 422 with it. Output is
 * written directly into a sag_buf in a fixed order (faster than building a
 * jansson tree, and byte-for-byte deterministic).
 */
#include "skadesag/beregning_json.h"

#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "../base/sag_assert.h"
#include "beregning_strom.h"

#include "../base/banned.h"

struct laeser {
    struct sag_arena *arena;
    struct sag_diag *diag;
};

/* "a/b" into a JSON-pointer buffer; silently truncated at the cap. Built
 * for every member read, error or not, so without snprintf (a tenth of
 * the server's time for a calculation went to formatting paths). */
static void
sti2(char out[SAG_DIAG_FELT_MAX], const char *a, const char *b)
{
    size_t n = 0, l;

    l = strnlen(a, SAG_DIAG_FELT_MAX - 1);
    memcpy(out, a, l);
    n = l;
    if (n < SAG_DIAG_FELT_MAX - 1)
        out[n++] = '/';
    l = strnlen(b, SAG_DIAG_FELT_MAX - 1 - n);
    memcpy(out + n, b, l);
    out[n + l] = '\0';
}

static enum sag_status
fejl(struct laeser *l, enum sag_status st, const char *sti, const char *msg)
{
    return sag_diag_set(l->diag, st, sti, "%s", msg);
}

static enum sag_status
tekst(struct laeser *l, json_t *v, const char *sti, const char **ud)
{
    const char *s;

    if (!json_is_string(v))
        return fejl(l, SAG_EINVAL, sti, "skal være en tekst");
    s = sag_arena_strndup(l->arena, json_string_value(v),
                          json_string_length(v));
    if (s == NULL)
        return SAG_ENOMEM;
    *ud = s;
    return SAG_OK;
}

static enum sag_status
dato(struct laeser *l, json_t *v, const char *sti, struct sag_dato *ud)
{
    enum sag_status st;

    if (!json_is_string(v))
        return fejl(l, SAG_EINVAL, sti, "skal være en dato (ÅÅÅÅ-MM-DD)");
    st = sag_dato_parse_iso(json_string_value(v), json_string_length(v), ud);
    if (st == SAG_EPARSE)
        return fejl(l, SAG_EINVAL, sti, "skal være en dato (ÅÅÅÅ-MM-DD)");
    if (st != SAG_OK)
        return fejl(l, SAG_EINVAL, sti, "datoen findes ikke");
    /* Issue 16, item 8: year 1, 1800 or 9999 is a typing error. */
    if (ud->dage < SAG_DATO(1900, 1, 1).dage ||
        ud->dage > SAG_DATO(2199, 12, 31).dage)
        return fejl(l, SAG_EINVAL, sti, "er ikke en mulig dato (år 1900-2199)");
    return SAG_OK;
}

static enum sag_status
oere(struct laeser *l, json_t *v, const char *sti, struct sag_penge *ud)
{
    if (json_is_real(v))
        return fejl(l, SAG_EINVAL, sti,
                    "beløb angives som heltal i øre, ikke som decimaltal");
    if (!json_is_integer(v))
        return fejl(l, SAG_EINVAL, sti, "skal være et heltal (øre)");
    ud->oere = (int64_t)json_integer_value(v);
    return SAG_OK;
}

static enum sag_status
heltal(struct laeser *l, json_t *v, const char *sti, int min, int max, int *ud)
{
    json_int_t i;

    if (!json_is_integer(v))
        return fejl(l, SAG_EINVAL, sti, "skal være et heltal");
    i = json_integer_value(v);
    if (i < min || i > max)
        return sag_diag_set(l->diag, SAG_EINVAL, sti,
                            "skal være mellem %d og %d", min, max);
    *ud = (int)i;
    return SAG_OK;
}

static enum sag_status
sandhed(struct laeser *l, json_t *v, const char *sti, bool *ud)
{
    if (!json_is_boolean(v))
        return fejl(l, SAG_EINVAL, sti, "skal være true eller false");
    *ud = json_is_true(v);
    return SAG_OK;
}

static enum sag_status
broek(struct laeser *l, json_t *v, const char *sti, struct sag_broek *ud)
{
    if (json_is_integer(v)) {
        *ud = sag_broek_heltal((int64_t)json_integer_value(v));
        return SAG_OK;
    }
    if (!json_is_string(v) ||
        sag_broek_parse(json_string_value(v), json_string_length(v), ud) !=
            SAG_OK)
        return fejl(l, SAG_EINVAL, sti,
                    "skal være en brøk eller et decimaltal som tekst, fx "
                    "\"1/4\" eller \"21.5\"");
    return SAG_OK;
}

/* Match a string against a NULL-terminated list of names; index or -1. */
static int
valg(json_t *v, const char *const *navne)
{
    if (!json_is_string(v))
        return -1;
    for (int i = 0; navne[i] != NULL; i++)
        if (strcmp(json_string_value(v), navne[i]) == 0)
            return i;
    return -1;
}

static enum sag_status
ukendt(struct laeser *l, const char *prefix, const char *noegle)
{
    char sti[SAG_DIAG_FELT_MAX];
    size_t cifre = 0;

    /* Issue 16, item 8: a key that could be a CPR number is not repeated. */
    for (const char *c = noegle; *c; c++)
        cifre += *c >= '0' && *c <= '9';
    if (cifre >= 6)
        return fejl(l, SAG_EINVAL, prefix[0] ? prefix : "/",
                    "ukendt felt (navnet gentages ikke: det ligner et "
                    "CPR-nummer)");
    sti2(sti, prefix, noegle);
    return fejl(l, SAG_EINVAL, sti, "ukendt felt");
}

static enum sag_status
vurdering(struct laeser *l, json_t *o, const char *sti,
          struct sag_vurdering *ud, struct sag_penge *beloeb)
{
    const char *k;
    json_t *v;
    enum sag_status st;
    char s[SAG_DIAG_FELT_MAX];

    if (!json_is_object(o))
        return fejl(l, SAG_EINVAL, sti, "skal være et objekt");
    json_object_foreach(o, k, v)
    {
        sti2(s, sti, k);
        if (strcmp(k, "af") == 0)
            st = tekst(l, v, s, &ud->af);
        else if (strcmp(k, "begrundelse") == 0)
            st = tekst(l, v, s, &ud->begrundelse);
        else if (beloeb != NULL && strcmp(k, "beloeb_oere") == 0)
            st = oere(l, v, s, beloeb);
        else
            st = ukendt(l, sti, k);
        if (st != SAG_OK)
            return st;
    }
    return SAG_OK;
}

static const char *const situationer[] = {
    "uoplyst",         "ordinaer",
    "fleksjob",        "ledighedsydelse",
    "sygedagpenge",    "arbejdsloeshedsdagpenge",
    "kontanthjaelp",   "revalidering",
    "foertidspension", "efterloen",
    "folkepension",    "uddannelse",
    "fleksydelse",     NULL
};

static enum sag_status
tab(struct laeser *l, json_t *o, struct sag_tab_input *t)
{
    static const char *const grundlag[] = { "skoen", "indtaegtstab", "17a",
                                            NULL };
    const char *P = "/erhvervsevnetab";
    const char *k;
    json_t *v;
    enum sag_status st = SAG_OK;
    char s[SAG_DIAG_FELT_MAX];
    int i;
    bool har_grundlag = false;

    if (!json_is_object(o))
        return fejl(l, SAG_EINVAL, P, "skal være et objekt");
    json_object_foreach(o, k, v)
    {
        sti2(s, P, k);
        if (strcmp(k, "grundlag") == 0) {
            if ((i = valg(v, grundlag)) < 0)
                return fejl(l, SAG_EINVAL, s,
                            "skal være skoen, indtaegtstab eller 17a");
            t->grundlag = (enum sag_grundlag)(i + 1);
            har_grundlag = true;
        } else if (strcmp(k, "skoen_pct") == 0) {
            st = heltal(l, v, s, 0, 100, &t->skoen_pct);
            t->har_skoen_pct = true;
        } else if (strcmp(k, "forslag_bekraeftet") == 0) {
            st = sandhed(l, v, s, &t->forslag_bekraeftet);
        } else if (strcmp(k, "indtaegt_uden_skade_oere") == 0) {
            st = oere(l, v, s, &t->indtaegt_uden_skade);
            t->har_uden = true;
        } else if (strcmp(k, "indtaegt_med_skade_oere") == 0) {
            st = oere(l, v, s, &t->indtaegt_med_skade);
            t->har_med = true;
        } else if (strcmp(k, "timer_uden_skade") == 0) {
            st = broek(l, v, s, &t->timer_uden_skade);
            t->har_timer = true;
        } else if (strcmp(k, "timer_med_skade") == 0) {
            st = broek(l, v, s, &t->timer_med_skade);
            t->har_timer = true;
        } else if (strcmp(k, "fleksjob_loen_oere") == 0) {
            st = oere(l, v, s, &t->fleksjob_loen);
            t->har_fleksjob_loen = true;
        } else if (strcmp(k, "kommunalt_tilskud_oere") == 0) {
            st = oere(l, v, s, &t->kommunalt_tilskud);
            t->har_kommunalt_tilskud = true;
        } else if (strcmp(k, "ledighedsydelse_oere") == 0) {
            st = oere(l, v, s, &t->ledighedsydelse);
            t->har_ledighedsydelse = true;
        } else if (strcmp(k, "atp_bidrag_oere") == 0) {
            st = oere(l, v, s, &t->atp_bidrag);
            t->har_atp_bidrag = true;
        } else if (strcmp(k, "situation") == 0) {
            if ((i = valg(v, situationer)) < 0)
                return fejl(l, SAG_EINVAL, s, "ukendt situation");
            t->situation = (enum sag_situation)i;
        } else if (strcmp(k, "klart_og_varigt") == 0) {
            bool b = false;

            st = sandhed(l, v, s, &b);
            t->klart_og_varigt = b ? 1 : 0;
        } else if (strcmp(k, "arbejdsskadens_andel") == 0) {
            st = broek(l, v, s, &t->arbejdsskadens_andel);
            t->har_andel = true;
        } else if (strcmp(k, "andel_vurdering") == 0) {
            st = vurdering(l, v, s, &t->andel_vurdering, NULL);
        } else {
            st = ukendt(l, P, k);
        }
        if (st != SAG_OK)
            return st;
    }
    if (!har_grundlag)
        return fejl(l, SAG_EMISSING, "/erhvervsevnetab/grundlag", "mangler");
    if (t->har_timer) {
        if (!json_object_get(o, "timer_uden_skade"))
            return fejl(l, SAG_EMISSING, "/erhvervsevnetab/timer_uden_skade",
                        "mangler");
        if (!json_object_get(o, "timer_med_skade"))
            return fejl(l, SAG_EMISSING, "/erhvervsevnetab/timer_med_skade",
                        "mangler");
    }
    return SAG_OK;
}

static enum sag_status
genoptagelse(struct laeser *l, json_t *o, struct sag_genoptagelse *g)
{
    static const char *const typer[] = { "anmodning", "revision", NULL };
    const char *P = "/genoptagelse";
    const char *k;
    json_t *v;
    enum sag_status st = SAG_OK;
    char s[SAG_DIAG_FELT_MAX];
    int i;

    if (!json_is_object(o))
        return fejl(l, SAG_EINVAL, P, "skal være et objekt");
    json_object_foreach(o, k, v)
    {
        sti2(s, P, k);
        if (strcmp(k, "type") == 0) {
            if ((i = valg(v, typer)) < 0)
                return fejl(l, SAG_EINVAL, s,
                            "skal være anmodning eller revision");
            g->type = (enum sag_genoptagelsestype)(i + 1);
        } else if (strcmp(k, "anmodningsdato") == 0) {
            st = dato(l, v, s, &g->anmodningsdato);
            g->har_anmodningsdato = true;
        } else if (strcmp(k, "tidligere_pct") == 0) {
            st = heltal(l, v, s, 0, 100, &g->tidligere_pct);
            g->har_tidligere_pct = true;
        } else if (strcmp(k, "tidligere_kapitaliseret_pct") == 0) {
            st = heltal(l, v, s, 0, 100, &g->tidligere_kapitaliseret_pct);
        } else {
            st = ukendt(l, P, k);
        }
        if (st != SAG_OK)
            return st;
    }
    if (g->type == 0)
        return fejl(l, SAG_EMISSING, "/genoptagelse/type", "mangler");
    return SAG_OK;
}

static enum sag_status
tjenestemand(struct laeser *l, json_t *o, struct sag_tjenestemand *t)
{
    static const char *const tkp[] = { "ikke_afgjort", "nej", "ja", NULL };
    const char *P = "/tjenestemand";
    const char *k;
    json_t *v;
    enum sag_status st = SAG_OK;
    char s[SAG_DIAG_FELT_MAX];
    int i;

    if (!json_is_object(o))
        return fejl(l, SAG_EINVAL, P, "skal være et objekt");
    json_object_foreach(o, k, v)
    {
        sti2(s, P, k);
        if (strcmp(k, "tilskadekomstpension") == 0) {
            if ((i = valg(v, tkp)) < 0)
                return fejl(l, SAG_EINVAL, s,
                            "skal være ikke_afgjort, nej eller ja");
            t->tilskadekomstpension = (enum sag_tilskadekomstpension)(i + 1);
        } else if (strcmp(k, "pensionsforhoejelse_aarlig_oere") == 0) {
            st = oere(l, v, s, &t->forhoejelse_aarlig);
            t->har_forhoejelse_aarlig = true;
        } else if (strcmp(k, "pensionsforhoejelse_vaerdi_oere") == 0) {
            st = oere(l, v, s, &t->forhoejelse_vaerdi);
            t->har_forhoejelse_vaerdi = true;
        } else {
            st = ukendt(l, P, k);
        }
        if (st != SAG_OK)
            return st;
    }
    if (t->tilskadekomstpension == 0)
        return fejl(l, SAG_EMISSING, "/tjenestemand/tilskadekomstpension",
                    "mangler");
    return SAG_OK;
}

static enum sag_status
indkomstaar(struct laeser *l, json_t *a, struct sag_beregning_input *in)
{
    struct sag_indkomstaar *r;
    size_t n;

    if (!json_is_array(a))
        return fejl(l, SAG_EINVAL, "/indkomstaar", "skal være en liste");
    n = json_array_size(a);
    if (n > 20)
        return fejl(l, SAG_EINVAL, "/indkomstaar", "højst 20 år");
    r = sag_arena_calloc(l->arena, n ? n : 1, sizeof(*r));
    if (r == NULL)
        return SAG_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        json_t *o = json_array_get(a, i), *v;
        const char *k;
        char s[SAG_DIAG_FELT_MAX], p[SAG_DIAG_FELT_MAX];
        enum sag_status st;
        bool har_aar = false, har_ind = false;

        (void)snprintf(p, sizeof(p), "/indkomstaar/%zu", i);
        if (!json_is_object(o))
            return fejl(l, SAG_EINVAL, p, "skal være et objekt");
        json_object_foreach(o, k, v)
        {
            sti2(s, p, k);
            if (strcmp(k, "aar") == 0) {
                st = heltal(l, v, s, 1900, 2200, &r[i].aar);
                har_aar = true;
            } else if (strcmp(k, "indkomst_oere") == 0) {
                st = oere(l, v, s, &r[i].indkomst);
                har_ind = true;
            } else {
                st = ukendt(l, p, k);
            }
            if (st != SAG_OK)
                return st;
        }
        if (!har_aar || !har_ind) {
            sti2(s, p, har_aar ? "indkomst_oere" : "aar");
            return fejl(l, SAG_EMISSING, s, "mangler");
        }
    }
    in->indkomstaar = r;
    in->antal_indkomstaar = n;
    return SAG_OK;
}

static enum sag_status
fordeling(struct laeser *l, json_t *a, struct sag_beregning_input *in)
{
    struct sag_fordeling *r;
    size_t n;

    if (!json_is_array(a) || json_array_size(a) == 0)
        return fejl(l, SAG_EINVAL, "/fordeling", "skal være en ikke-tom liste");
    n = json_array_size(a);
    if (n > SAG_FORDELING_MAX)
        return fejl(l, SAG_EINVAL, "/fordeling", "højst 8 selskaber");
    r = sag_arena_calloc(l->arena, n, sizeof(*r));
    if (r == NULL)
        return SAG_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        json_t *o = json_array_get(a, i), *v;
        const char *k;
        char s[SAG_DIAG_FELT_MAX], p[SAG_DIAG_FELT_MAX];
        enum sag_status st;

        (void)snprintf(p, sizeof(p), "/fordeling/%zu", i);
        if (!json_is_object(o))
            return fejl(l, SAG_EINVAL, p, "skal være et objekt");
        json_object_foreach(o, k, v)
        {
            sti2(s, p, k);
            if (strcmp(k, "forsikring") == 0)
                st = tekst(l, v, s, &r[i].forsikring);
            else if (strcmp(k, "andel") == 0)
                st = broek(l, v, s, &r[i].andel);
            else
                st = ukendt(l, p, k);
            if (st != SAG_OK)
                return st;
        }
        if (r[i].forsikring == NULL || r[i].andel.naevner == 0) {
            sti2(s, p, r[i].forsikring ? "andel" : "forsikring");
            return fejl(l, SAG_EMISSING, s, "mangler");
        }
    }
    in->fordeling = r;
    in->antal_fordeling = n;
    return SAG_OK;
}

static enum sag_status
laes(struct laeser *l, json_t *rod, struct sag_beregning_input *in)
{
    static const char *const skadetyper[] = { "ulykke", "erhvervssygdom",
                                              NULL };
    static const char *const afgoerelser[] = { "endelig", "midlertidig", NULL };
    static const char *const koen[] = { "alle", "mand", "kvinde", NULL };
    static const char *const kraevet[] = { "skadetype",       "skadedato",
                                           "anmeldelsesdato", "foedselsdato",
                                           "afgoerelsesdato", "afgoerelse",
                                           "erhvervsevnetab", NULL };
    const char *k;
    json_t *v;
    enum sag_status st = SAG_OK;
    char s[SAG_DIAG_FELT_MAX];
    int i;

    if (!json_is_object(rod))
        return fejl(l, SAG_EINVAL, "", "sagen skal være et JSON-objekt");
    for (i = 0; kraevet[i] != NULL; i++)
        if (json_object_get(rod, kraevet[i]) == NULL) {
            (void)snprintf(s, sizeof(s), "/%s", kraevet[i]);
            return fejl(l, SAG_EMISSING, s, "mangler");
        }
    json_object_foreach(rod, k, v)
    {
        sti2(s, "", k);
        if (strcmp(k, "id") == 0) {
            st = tekst(l, v, s, &in->id);
        } else if (strcmp(k, "kommentar") == 0) {
            st = json_is_string(v)
                     ? SAG_OK
                     : fejl(l, SAG_EINVAL, s, "skal være en tekst");
        } else if (strcmp(k, "skadetype") == 0) {
            if ((i = valg(v, skadetyper)) < 0)
                return fejl(l, SAG_EINVAL, s,
                            "skal være ulykke eller erhvervssygdom");
            in->skadetype = (enum sag_skadetype)(i + 1);
        } else if (strcmp(k, "skadedato") == 0) {
            st = dato(l, v, s, &in->skadedato);
        } else if (strcmp(k, "anmeldelsesdato") == 0) {
            st = dato(l, v, s, &in->anmeldelsesdato);
        } else if (strcmp(k, "foedselsdato") == 0) {
            st = dato(l, v, s, &in->foedselsdato);
        } else if (strcmp(k, "afgoerelsesdato") == 0) {
            st = dato(l, v, s, &in->afgoerelsesdato);
        } else if (strcmp(k, "koen") == 0) {
            if ((i = valg(v, koen)) < 0)
                return fejl(l, SAG_EINVAL, s, "skal være mand eller kvinde");
            in->koen = (enum sag_koen)i;
        } else if (strcmp(k, "afgoerelse") == 0) {
            if ((i = valg(v, afgoerelser)) < 0)
                return fejl(l, SAG_EINVAL, s,
                            "skal være endelig eller midlertidig");
            in->afgoerelse = (enum sag_afgoerelsestype)(i + 1);
        } else if (strcmp(k, "under_uddannelse") == 0) {
            st = sandhed(l, v, s, &in->under_uddannelse);
        } else if (strcmp(k, "aarsloen_oere") == 0) {
            st = oere(l, v, s, &in->aarsloen);
            in->har_aarsloen = true;
        } else if (strcmp(k, "indkomstaar") == 0) {
            st = indkomstaar(l, v, in);
        } else if (strcmp(k, "aarsloen_skoen") == 0) {
            st = vurdering(l, v, s, &in->aarsloen_skoen_vurdering,
                           &in->aarsloen_skoen);
            if (st == SAG_OK && json_object_get(v, "beloeb_oere") == NULL)
                return fejl(l, SAG_EMISSING, "/aarsloen_skoen/beloeb_oere",
                            "mangler");
            in->har_aarsloen_skoen = true;
        } else if (strcmp(k, "erhvervsevnetab") == 0) {
            st = tab(l, v, &in->tab);
        } else if (strcmp(k, "tab_paavist_dato") == 0) {
            st = dato(l, v, s, &in->tab_paavist_dato);
            in->har_tab_paavist_dato = true;
        } else if (strcmp(k, "situation_dato") == 0) {
            st = dato(l, v, s, &in->situation_dato);
            in->har_situation_dato = true;
        } else if (strcmp(k, "kapitalisering_anmodet") == 0) {
            st = sandhed(l, v, s, &in->kapitalisering_anmodet);
        } else if (strcmp(k, "vurdering") == 0) {
            st = vurdering(l, v, s, &in->vurdering, NULL);
        } else if (strcmp(k, "genoptagelse") == 0) {
            st = genoptagelse(l, v, &in->genoptagelse);
            in->har_genoptagelse = true;
        } else if (strcmp(k, "uddannelse_forventet_afsluttet") == 0) {
            st = dato(l, v, s, &in->uddannelse_forventet_afsluttet);
            in->har_uddannelse_slut = true;
        } else if (strcmp(k, "tjenestemand") == 0) {
            st = tjenestemand(l, v, &in->tjenestemand);
            in->har_tjenestemand = true;
        } else if (strcmp(k, "fordeling") == 0) {
            st = fordeling(l, v, in);
        } else {
            st = ukendt(l, "", k);
        }
        if (st != SAG_OK)
            return st;
    }
    return SAG_OK;
}

enum sag_status
sag__beregning_input_fra_jansson(const char *tekst_, size_t len,
                                 struct sag_arena *arena,
                                 struct sag_beregning_input *in,
                                 struct sag_diag *diag)
{
    struct laeser l = { arena, diag };
    json_error_t jf;
    json_t *rod;
    enum sag_status st;

    sag_beregning_input_init(in);
    rod = json_loadb(tekst_, len, JSON_REJECT_DUPLICATES, &jf);
    if (rod == NULL)
        return sag_diag_set(diag, SAG_EPARSE, "",
                            "ugyldig JSON (linje %d, kolonne %d)", jf.line,
                            jf.column);
    st = laes(&l, rod, in);
    json_decref(rod);
    if (st == SAG_ENOMEM || sag_arena_status(arena) != SAG_OK)
        return sag_diag_set(diag, SAG_ENOMEM, "", "ikke mere hukommelse");
    return st;
}

/* The streaming reader takes the plain cases (beregning_strom.c); anything
 * it declines, and every error, is read here with jansson, so the messages
 * have one source. */
enum sag_status
sag_beregning_input_fra_json(const char *tekst_, size_t len,
                             struct sag_arena *arena,
                             struct sag_beregning_input *in,
                             struct sag_diag *diag)
{
    if (sag__beregning_strom_laes(tekst_, len, arena, in))
        return SAG_OK;
    return sag__beregning_input_fra_jansson(tekst_, len, arena, in, diag);
}

/*
 * Output.
 */

/* A member's name. The names are the literals below, plain ASCII with
 * nothing to escape, so they are copied as they are: the bytes
 * sag_buf_add_json_str would write, without scanning them per result. */
/* `,"navn":` (the comma unless first) into `s` of FELT_MAX + 4 bytes;
 * its length. The names are this file's literals, all shorter than
 * FELT_MAX (asserted). */
#define FELT_MAX 60
static size_t
felt_tekst(char *s, const char *navn, bool *foerst)
{
    size_t m = strlen(navn), n = 0;

    SAG_ASSERT(m <= FELT_MAX);
    if (!*foerst)
        s[n++] = ',';
    *foerst = false;
    s[n++] = '"';
    memcpy(s + n, navn, m);
    n += m;
    s[n++] = '"';
    s[n++] = ':';
    return n;
}

/* One append per member name, not four (callgrind: the calls were most of
 * the writer's cost without the trace). */
static void
felt(struct sag_buf *b, const char *navn, bool *foerst)
{
    char s[FELT_MAX + 4];

    sag_buf_add(b, s, felt_tekst(s, navn, foerst));
}

/* The name and the string value in one append. */
static void
felt_str(struct sag_buf *b, const char *navn, const char *v, bool *f)
{
    char s[FELT_MAX + 4];

    sag_buf_add_json_felt(b, s, felt_tekst(s, navn, f), v);
}

/* What "%lld" writes, without printf's machinery (a tenth of a batch's
 * time without the trace). */
static void
felt_int(struct sag_buf *b, const char *navn, long long v, bool *f)
{
    char s[FELT_MAX + 4 + 24], tal[24], *e = tal + sizeof(tal), *p = e;
    unsigned long long u =
        v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    size_t n = felt_tekst(s, navn, f);

    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u != 0);
    if (v < 0)
        *--p = '-';
    memcpy(s + n, p, (size_t)(e - p));
    sag_buf_add(b, s, n + (size_t)(e - p));
}

static void
felt_dato(struct sag_buf *b, const char *navn, struct sag_dato d, bool *f)
{
    char iso[SAG_DATO_ISO_LEN];

    sag_dato_format_iso(d, iso);
    felt_str(b, navn, iso, f);
}

static void
felt_decimal(struct sag_buf *b, const char *navn, struct sag_broek x,
             int decimaler, bool *f)
{
    char s[SAG_BROEK_STR_LEN];

    if (sag_broek_format_decimal(x, decimaler, '.', s) != SAG_OK)
        return;
    felt_str(b, navn, s, f);
}

static void
felt_broek(struct sag_buf *b, const char *navn, struct sag_broek x, bool *f)
{
    char s[SAG_BROEK_STR_LEN];

    sag_broek_format(x, s);
    felt_str(b, navn, s, f);
}

/* The result's members, after the object's opening brace; `f`: no member
 * written yet. */
static void medlemmer(const struct sag_beregning *r,
                      const struct sag_spor *spor, struct sag_buf *b, bool f);

void
sag_beregning_til_json(const struct sag_beregning *r,
                       const struct sag_spor *spor, struct sag_buf *b)
{
    sag_buf_addc(b, '{');
    medlemmer(r, spor, b, true);
}

void
sag_beregning_til_json_id(const char *id, const struct sag_beregning *r,
                          const struct sag_spor *spor, struct sag_buf *b)
{
    sag_buf_addc(b, '{');
    if (id == NULL) {
        medlemmer(r, spor, b, true);
        return;
    }
    sag_buf_adds(b, "\"id\":");
    sag_buf_add_json_str(b, id);
    medlemmer(r, spor, b, false);
}

static void
medlemmer(const struct sag_beregning *r, const struct sag_spor *spor,
          struct sag_buf *b, bool f)
{
    bool g;

    felt(b, "regelsaet", &f);
    g = true;
    sag_buf_addc(b, '{');
    felt_dato(b, "noegledato", r->noegledato, &g);
    felt_str(b, "noegledato_grundlag",
             r->noegle_er_anmeldelse ? "anmeldelsesdato" : "skadedato", &g);
    felt_str(b, "lov", r->lov == SAG_LOV_1992 ? "1992" : "ASL 2003", &g);
    felt(b, "versioner", &g);
    sag_buf_addc(b, '[');
    for (size_t i = 0; i < r->antal_versioner; i++) {
        if (i)
            sag_buf_addc(b, ',');
        sag_buf_add_json_str(b, r->versioner[i]);
    }
    sag_buf_addc(b, ']');
    felt_str(b, "satser_checksum", r->satser_checksum, &g);
    sag_buf_addc(b, '}');

    felt_str(b, "afgoerelse", sag_afgoerelsestype_navn(r->afgoerelse), &f);
    if (r->har_beregnet) {
        felt_decimal(b, "erhvervsevnetab_beregnet", r->beregnet, 4, &f);
        felt_broek(b, "erhvervsevnetab_beregnet_broek", r->beregnet, &f);
    }
    if (r->har_forslag)
        felt_int(b, "erhvervsevnetab_forslag_pct", r->forslag_pct, &f);
    felt_int(b, "erhvervsevnetab_samlet_pct", r->samlet_pct, &f);
    felt_decimal(b, "erhvervsevnetab_efter_andel", r->efter_andel, 4, &f);
    felt_int(b, "erhvervsevnetab_fastsat_pct", r->fastsat_pct, &f);
    felt_int(b, "erhvervsevnetab_pct", r->pct, &f);
    felt(b, "ret_til_erstatning", &f);
    sag_buf_adds(b, r->ret_til_erstatning ? "true" : "false");
    if (r->har_aarsloen) {
        felt_int(b, "aarsloen_oere", (long long)r->aarsloen.oere, &f);
        felt_int(b, "aarsloen_reguleret_oere",
                 (long long)r->aarsloen_reguleret.oere, &f);
    }
    if (r->har_beloeb) {
        felt_int(b, "aarlig_erstatning_foer_afrunding_oere",
                 (long long)r->aarlig_foer_afrunding.oere, &f);
        felt_int(b, "aarlig_erstatning_oere", (long long)r->aarlig.oere, &f);
        felt_int(b, "maanedlig_erstatning_oere", (long long)r->maanedlig.oere,
                 &f);
    }
    felt_str(b, "udbetalingsform", sag_udbetalingsform_navn(r->udbetalingsform),
             &f);
    if (r->engangserstatning) {
        felt(b, "engangserstatning", &f);
        sag_buf_adds(b, "true");
    }
    if (r->har_kapital) {
        felt_int(b, "kapitaliseret_pct", r->kapital_pct, &f);
        felt_decimal(b, "kapitaliseringsfaktor",
                     (struct sag_broek){ r->faktor_milli, 1000 }, 3, &f);
        if (r->har_beloeb)
            felt_int(b, "kapitalbeloeb_oere", (long long)r->kapital.oere, &f);
    }
    if (r->har_loebende_til)
        felt_dato(b, "loebende_indtil", r->loebende_til, &f);
    if (r->har_tilkendelse)
        felt_dato(b, "tilkendelsesdato", r->tilkendelsesdato, &f);
    if (r->har_ophoer)
        felt_dato(b, "ophoersdato", r->ophoersdato, &f);
    if (r->afloesning_gange) {
        felt_int(b, "afloesning_gange", r->afloesning_gange, &f);
        if (r->har_beloeb)
            felt_int(b, "afloesningsbeloeb_oere",
                     (long long)r->afloesningsbeloeb.oere, &f);
    }
    if (r->har_tjenestemandsfradrag)
        felt_int(b, "tjenestemandsfradrag_oere",
                 (long long)r->tjenestemandsfradrag.oere, &f);
    if (r->antal_fordeling) {
        felt(b, "fordeling", &f);
        sag_buf_addc(b, '[');
        for (size_t i = 0; i < r->antal_fordeling; i++) {
            const struct sag_fordeling_resultat *x = &r->fordeling[i];

            if (i)
                sag_buf_addc(b, ',');
            g = true;
            sag_buf_addc(b, '{');
            felt_str(b, "forsikring", x->forsikring, &g);
            felt_broek(b, "andel", x->andel, &g);
            felt_int(b, "aarlig_erstatning_oere", (long long)x->aarlig.oere,
                     &g);
            felt_int(b, "kapitalbeloeb_oere", (long long)x->kapital.oere, &g);
            sag_buf_addc(b, '}');
        }
        sag_buf_addc(b, ']');
    }
    if (spor != NULL && spor->aktiv) {
        felt(b, "spor", &f);
        sag_spor_json(spor, b);
    }
    sag_buf_addc(b, '}');
}

void
sag_beregning_fejl_json(enum sag_status st, const struct sag_diag *d,
                        struct sag_buf *b)
{
    sag_buf_adds(b, "{\"fejl\":{\"status\":");
    sag_buf_add_json_str(b, sag_status_name(st));
    sag_buf_adds(b, ",\"felt\":");
    sag_buf_add_json_str(b, d->felt);
    sag_buf_adds(b, ",\"besked\":");
    sag_buf_add_json_str(b, d->besked);
    sag_buf_adds(b, "}}");
}
