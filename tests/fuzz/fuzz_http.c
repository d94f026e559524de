/*
 * Fuzz the request-body path of the HTTP API: every parser a handler in
 * src/http feeds a request body to, chosen by the first byte (modulo 11;
 * the seed corpus in korpus/http uses the letters c-m for 0-10), with the
 * rest as the body. Where a parse succeeds, the pure part after it runs:
 *
 *   - an event or a new case is applied to a state and must then survive
 *     the store's round trip: its payload as stored (sag_haendelse_data_json)
 *     read back as the store reads it (sag_haendelse_fra_dele) and applied
 *     again must give the same state, or a case would be stored that cannot
 *     be replayed; a refused event must leave the state as it was;
 *   - an import's events are applied in turn the same way;
 *   - the engine runs on a calculation's input and on a loss decision's
 *     "beregning", with the real rate tables, with or without the trace;
 *   - strings that a handler echoes back (ids, reasons) are written as the
 *     answer is and must read back as the same string.
 *
 * Any input must give a result or a refusal that says why; never a crash, a
 * leak, undefined behaviour or an assertion.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "skadesag/beregning.h"
#include "skadesag/beregning_json.h"
#include "skadesag/mappe_json.h"
#include "skadesag/sag.h"
#include "skadesag/sag_json.h"
#include "skadesag/satser.h"
#include "skadesag/satser_fil.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum {
    P_AFGOERELSE,
    P_KLAGE,
    P_KLAGESKRIDT,
    P_NY_GENERATION,
    P_VURDERING,
    P_UDTRAEK,
    P_LOGIN,
    P_OPRET,
    P_HAENDELSE,
    P_EKSPORT,
    P_BEREGNING,
    P_ANTAL
};

static struct sag_satser satser;
/* States an event is applied to: a new case, and one recognised. */
static struct sag_tilstand grund[2];
static int klar;

static const char *const grund_haendelser[] = {
    "{\"type\":\"oprettet\",\"dato\":\"2025-01-10\",\"bruger\":\"sb1\","
    "\"begrundelse\":\"x\","
    "\"sagstype\":\"ulykke\",\"generation\":\"foerstegang\","
    "\"skadedato\":\"2025-01-02\",\"anmeldelsesdato\":\"2025-01-10\","
    "\"cpr\":\"0101809011\",\"team\":\"T1\",\"sagsbehandler\":\"sb1\"}",
    "{\"type\":\"anerkendt\",\"dato\":\"2025-03-01\",\"bruger\":\"sb1\","
    "\"begrundelse\":\"x\","
    "\"afgoerelse_id\":\"AES-2025-000001-A1\"}",
};

static void
indlaes(void)
{
    struct sag_arena a;
    struct sag_haendelse h;
    struct sag_diag d;

    sag_satser_init(&satser);
    if (sag_satser_indlaes_mappe(&satser, SAG_SOURCE_ROOT "/data", &d) !=
        SAG_OK)
        abort();
    sag_arena_init(&a, 0);
    memset(&grund[0], 0, sizeof(grund[0]));
    memcpy(grund[0].id, "AES-2025-000001", 16);
    for (size_t i = 0; i < 2; i++) {
        if (i > 0)
            grund[i] = grund[i - 1];
        if (sag_haendelse_fra_json(grund_haendelser[i],
                                   strlen(grund_haendelser[i]), &a, &h,
                                   &d) != SAG_OK ||
            sag_tilstand_anvend(&grund[i], &h, &d) != SAG_OK) {
            (void)fprintf(stderr, "fuzz_http: %s %s\n", d.felt, d.besked);
            abort();
        }
    }
    sag_arena_release(&a);
    klar = 1;
}

/* A refusal must say why. */
static void
tjek_afvisning(enum sag_status st, const struct sag_diag *d)
{
    if (st != SAG_OK && d->besked[0] == '\0')
        abort();
}

static void
tilstand_tekst(const struct sag_tilstand *t, struct sag_buf *b)
{
    sag_buf_reset(b);
    sag_tilstand_json(t, true, b);
    if (sag_buf_status(b) != SAG_OK)
        abort();
}

/* Apply `h` to `t`; on success check the store's round trip, on refusal
 * that `t` is unchanged. */
static enum sag_status
anvend(struct sag_tilstand *t, const struct sag_haendelse *h,
       struct sag_arena *a)
{
    struct sag_tilstand foer = *t, igen;
    struct sag_haendelse h2;
    struct sag_buf data, s1, s2;
    struct sag_diag d;
    char iso[SAG_DATO_ISO_LEN];
    enum sag_status st;

    sag_buf_init(&data, 0);
    sag_buf_init(&s1, 0);
    sag_buf_init(&s2, 0);
    sag_diag_init(&d);
    st = sag_tilstand_anvend(t, h, &d);
    tjek_afvisning(st, &d);
    if (st != SAG_OK) {
        tilstand_tekst(&foer, &s1);
        tilstand_tekst(t, &s2);
        if (strcmp(s1.buf, s2.buf) != 0)
            abort(); /* a refused event changed the state */
        goto ud;
    }
    sag_haendelse_data_json(h, &data);
    sag_dato_format_iso(h->dato, iso);
    if (sag_buf_status(&data) != SAG_OK ||
        sag_haendelse_fra_dele(sag_haendelsestype_navn(h->type), iso,
                               h->bruger ? h->bruger : "fuzz",
                               h->begrundelse ? h->begrundelse : "", data.buf,
                               data.len, a, &h2, &d) != SAG_OK)
        abort(); /* stored, but the store could not read it back */
    igen = foer;
    if (sag_tilstand_anvend(&igen, &h2, &d) != SAG_OK)
        abort(); /* stored, but the case could not be replayed */
    tilstand_tekst(t, &s1);
    tilstand_tekst(&igen, &s2);
    if (strcmp(s1.buf, s2.buf) != 0)
        abort(); /* the replayed case is another case */
ud:
    sag_buf_release(&data);
    sag_buf_release(&s1);
    sag_buf_release(&s2);
    return st;
}

/* What a handler echoes back reads back as the same string. */
static void
ekko(const char *v)
{
    struct sag_buf b;
    json_t *o;
    json_error_t jf;

    if (v == NULL)
        return;
    sag_buf_init(&b, 0);
    sag_svar_json("id", v, &b);
    if (sag_buf_status(&b) != SAG_OK)
        abort();
    o = json_loadb(b.buf, b.len, 0, &jf);
    if (!json_is_string(json_object_get(o, "id")) ||
        strcmp(json_string_value(json_object_get(o, "id")), v) != 0)
        abort();
    json_decref(o);
    sag_buf_release(&b);
}

/* An accepted request has no member but the documented ones (mappe_json.h):
 * `kendte` is the list, separated by single spaces. */
static void
kun_kendte(const char *tekst, size_t len, const char *kendte)
{
    json_t *o = json_loadb(tekst, len, JSON_REJECT_DUPLICATES, NULL), *v;
    const char *k;

    if (!json_is_object(o))
        abort();
    json_object_foreach(o, k, v)
    {
        const char *p = kendte;
        size_t n = strlen(k);
        bool fundet = false;

        (void)v;
        while (*p != '\0' && !fundet) {
            size_t l = strcspn(p, " ");

            fundet = l == n && memcmp(p, k, n) == 0;
            p += l + (p[l] == ' ');
        }
        if (!fundet)
            abort(); /* an unknown member was accepted */
    }
    json_decref(o);
}

static void
beregn(const char *tekst, size_t len, bool spor, struct sag_arena *a)
{
    struct sag_beregning_input in;
    struct sag_beregning r;
    struct sag_spor sp;
    struct sag_buf b;
    struct sag_diag d;
    enum sag_status st;

    sag_diag_init(&d);
    st = sag_beregning_input_fra_json(tekst, len, a, &in, &d);
    tjek_afvisning(st, &d);
    if (st != SAG_OK)
        return;
    sag_buf_init(&b, 0);
    sag_spor_init(&sp, a, spor);
    st = sag_beregn(&satser, &in, &sp, &r, &d);
    tjek_afvisning(st, &d);
    if (st == SAG_OK)
        sag_beregning_til_json_id(in.id, &r, &sp, &b);
    sag_buf_release(&b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct sag_arena a;
    struct sag_diag d;
    struct sag_tilstand t;
    const char *tekst = (const char *)data + 1;
    size_t len;
    struct sag_dato idag = { 20423 }; /* 2025-12-01 */
    bool valg;
    enum sag_status st = SAG_OK;

    if (size < 1)
        return 0;
    if (!klar)
        indlaes();
    len = size - 1;
    /* What the first byte leaves over chooses a variant: with or without
     * the trace, and which state an event meets. */
    valg = (data[0] / P_ANTAL) % 2 != 0;
    sag_arena_init(&a, 0);
    sag_diag_init(&d);
    switch (data[0] % P_ANTAL) {
    case P_AFGOERELSE: {
        struct sag_tj_afgoerelse r;

        st = sag_afgoerelse_fra_json(tekst, len, idag, &a, &r, &d);
        if (st == SAG_OK) {
            kun_kendte(tekst, len,
                       "fase dato begrundelse resultat pct beregning "
                       "revisionsdato til");
            ekko(r.begrundelse);
            if (r.fase == SAG_FASE_ERHVERVSEVNETAB)
                beregn(r.beregning, r.beregning_len, valg, &a);
        }
        break;
    }
    case P_KLAGE: {
        struct sag_tj_klage r;

        st = sag_klage_fra_json(tekst, len, idag, &a, &r, &d);
        if (st == SAG_OK) {
            kun_kendte(tekst, len, "afgoerelse_id part dato begrundelse");
            ekko(r.afgoerelse_id);
            ekko(r.part);
            ekko(r.begrundelse);
        }
        break;
    }
    case P_KLAGESKRIDT: {
        struct sag_tj_klageskridt r;
        bool send;

        st = sag_klageskridt_fra_json(tekst, len, idag, &a, &r, &send, &d);
        if (st == SAG_OK) {
            kun_kendte(tekst, len,
                       "udfald dato begrundelse send part punkt paalaeg "
                       "paalaeg_frist");
            ekko(r.begrundelse);
        }
        break;
    }
    case P_NY_GENERATION: {
        struct sag_tj_ny_generation r;

        st = sag_ny_generation_fra_json(tekst, len, idag, &a, &r, &d);
        if (st == SAG_OK) {
            kun_kendte(tekst, len,
                       "dato begrundelse nye_oplysninger saerlige_grunde");
            ekko(r.begrundelse);
            ekko(r.nye_oplysninger);
        }
        break;
    }
    case P_VURDERING: {
        const char *begrundelse = NULL;
        bool korrekt;

        st = sag_vurdering_fra_json(tekst, len, &a, &korrekt, &begrundelse, &d);
        if (st == SAG_OK) {
            kun_kendte(tekst, len, "korrekt begrundelse");
            ekko(begrundelse);
        }
        break;
    }
    case P_UDTRAEK: {
        struct sag_dato fra, til;
        unsigned long long seed;
        int promille;

        st = sag_udtraek_fra_json(tekst, len, &fra, &til, &seed, &promille, &d);
        if (st == SAG_OK) {
            kun_kendte(tekst, len, "fra til seed promille");
            if (promille < 1 || promille > 1000)
                abort();
        }
        break;
    }
    case P_LOGIN: {
        const char *bruger = NULL, *kodeord = NULL, *totp = NULL;

        st = sag_login_fra_json(tekst, len, &a, &bruger, &kodeord, &totp, &d);
        if (st == SAG_OK) {
            kun_kendte(tekst, len, "bruger kodeord totp");
            ekko(bruger);
        }
        /* The letter request (POST /api/sager/{id}/breve) is the same kind
         * of small flat object; it rides on this case so the corpus keeps
         * its mapping of first bytes to parsers. */
        {
            const char *type = NULL, *ref = NULL;
            struct sag_diag d2;
            enum sag_status st2;

            sag_diag_init(&d2);
            st2 =
                sag_brev_bestilling_fra_json(tekst, len, &a, &type, &ref, &d2);
            tjek_afvisning(st2, &d2);
            if (st2 == SAG_OK) {
                kun_kendte(tekst, len, "type ref");
                ekko(type);
                ekko(ref);
            }
        }
        break;
    }
    case P_OPRET: {
        struct sag_haendelse h;

        st = sag_opret_fra_json(tekst, len, idag, &a, &h, &d);
        if (st == SAG_OK) {
            memset(&t, 0, sizeof(t));
            memcpy(t.id, "AES-2025-000009", 16);
            (void)anvend(&t, &h, &a);
        }
        break;
    }
    case P_HAENDELSE: {
        struct sag_haendelse h;

        st = sag_haendelse_fra_json(tekst, len, &a, &h, &d);
        if (st == SAG_OK) {
            if (h.type == SAG_H_OPRETTET) {
                memset(&t, 0, sizeof(t));
                memcpy(t.id, "AES-2025-000009", 16);
            } else {
                t = grund[valg];
            }
            (void)anvend(&t, &h, &a);
        }
        break;
    }
    case P_EKSPORT: {
        struct sag_tj_import imp;

        st = sag_eksport_fra_json(tekst, len, &a, &imp, &d);
        if (st == SAG_OK) {
            memset(&t, 0, sizeof(t));
            (void)snprintf(t.id, sizeof(t.id), "%s", imp.id);
            for (size_t i = 0; i < imp.antal_haendelser; i++)
                if (anvend(&t, &imp.haendelser[i], &a) != SAG_OK)
                    break;
        }
        break;
    }
    default: beregn(tekst, len, valg, &a); break;
    }
    tjek_afvisning(st, &d);
    sag_arena_release(&a);
    return 0;
}
