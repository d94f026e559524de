/*
 * Differential test of the engine's two JSON readers (src/codec): the
 * streaming reader (beregning_strom.c) must, for every text it accepts,
 * produce exactly what the jansson reader (beregning_json.c) produces, and
 * jansson must accept it too; whatever it declines is read by jansson, so
 * the refusals and their messages cannot differ. Texts: generated valid
 * cases using every member, then each mutated (a byte replaced, removed or
 * doubled), truncated, and a list of hand-written edge cases. The expected
 * answer is the other reader's, which is the point of the test; the
 * readers' own rules are tested in test_beregning and the golden cases.
 */
#include "testutil.h"

#include <stdlib.h>

#include "skadesag/beregning_json.h"

#include "../../../src/codec/beregning_strom.h"

static uint64_t rng = 0x2545F4914F6CDD1DULL;

static uint64_t
tal(uint64_t n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng % n;
}

static void
s_str(struct sag_buf *b, const char *s)
{
    sag_buf_add_json_str(b, s);
}

static void
dump_vurdering(struct sag_buf *b, const struct sag_vurdering *v)
{
    sag_buf_adds(b, "[");
    s_str(b, v->af ? v->af : "(null)");
    s_str(b, v->begrundelse ? v->begrundelse : "(null)");
    sag_buf_adds(b, "]");
}

static void
dump_broek(struct sag_buf *b, struct sag_broek x)
{
    sag_buf_addf(b, " %lld/%lld", (long long)x.taeller, (long long)x.naevner);
}

/* Every member of the struct as text, so two structs compare as strings. */
static void
dump(struct sag_buf *b, const struct sag_beregning_input *in)
{
    const struct sag_tab_input *t = &in->tab;

    s_str(b, in->id ? in->id : "(null)");
    sag_buf_addf(b, " %d %d %d %d %d %d %d %d", (int)in->skadetype,
                 in->skadedato.dage, in->anmeldelsesdato.dage,
                 in->foedselsdato.dage, in->afgoerelsesdato.dage, (int)in->koen,
                 (int)in->afgoerelse, in->under_uddannelse);
    sag_buf_addf(b, " aarsloen %d %lld", in->har_aarsloen,
                 (long long)in->aarsloen.oere);
    sag_buf_addf(b, " indkomstaar %zu", in->antal_indkomstaar);
    for (size_t i = 0; i < in->antal_indkomstaar; i++)
        sag_buf_addf(b, " %d:%lld", in->indkomstaar[i].aar,
                     (long long)in->indkomstaar[i].indkomst.oere);
    sag_buf_addf(b, " skoen %d %lld", in->har_aarsloen_skoen,
                 (long long)in->aarsloen_skoen.oere);
    dump_vurdering(b, &in->aarsloen_skoen_vurdering);
    sag_buf_addf(b, " tab %d %d %d %d %d %d %lld %lld %d", (int)t->grundlag,
                 t->har_skoen_pct, t->skoen_pct, t->forslag_bekraeftet,
                 t->har_uden, t->har_med,
                 (long long)t->indtaegt_uden_skade.oere,
                 (long long)t->indtaegt_med_skade.oere, t->har_timer);
    dump_broek(b, t->timer_uden_skade);
    dump_broek(b, t->timer_med_skade);
    sag_buf_addf(b, " %d %d %lld %lld %d %d %lld %lld %d %d %d",
                 t->har_fleksjob_loen, t->har_kommunalt_tilskud,
                 (long long)t->fleksjob_loen.oere,
                 (long long)t->kommunalt_tilskud.oere, t->har_ledighedsydelse,
                 t->har_atp_bidrag, (long long)t->ledighedsydelse.oere,
                 (long long)t->atp_bidrag.oere, (int)t->situation,
                 t->klart_og_varigt, t->har_andel);
    dump_broek(b, t->arbejdsskadens_andel);
    dump_vurdering(b, &t->andel_vurdering);
    sag_buf_addf(b, " datoer %d %d %d %d %d", in->har_tab_paavist_dato,
                 in->tab_paavist_dato.dage, in->har_situation_dato,
                 in->situation_dato.dage, in->kapitalisering_anmodet);
    dump_vurdering(b, &in->vurdering);
    sag_buf_addf(
        b, " genopt %d %d %d %d %d %d %d", in->har_genoptagelse,
        (int)in->genoptagelse.type, in->genoptagelse.har_anmodningsdato,
        in->genoptagelse.anmodningsdato.dage,
        in->genoptagelse.har_tidligere_pct, in->genoptagelse.tidligere_pct,
        in->genoptagelse.tidligere_kapitaliseret_pct);
    sag_buf_addf(b, " udd %d %d", in->har_uddannelse_slut,
                 in->uddannelse_forventet_afsluttet.dage);
    sag_buf_addf(b, " tjm %d %d %d %lld %d %lld", in->har_tjenestemand,
                 (int)in->tjenestemand.tilskadekomstpension,
                 in->tjenestemand.har_forhoejelse_aarlig,
                 (long long)in->tjenestemand.forhoejelse_aarlig.oere,
                 in->tjenestemand.har_forhoejelse_vaerdi,
                 (long long)in->tjenestemand.forhoejelse_vaerdi.oere);
    sag_buf_addf(b, " fordeling %zu", in->antal_fordeling);
    for (size_t i = 0; i < in->antal_fordeling; i++) {
        s_str(b, in->fordeling[i].forsikring);
        dump_broek(b, in->fordeling[i].andel);
    }
}

struct taelling {
    long tekster, strom, jansson_ok;
};

/* One text through both readers; fails the test on any difference. */
static void
sammenlign(const char *tekst, size_t len, struct taelling *n)
{
    struct sag_arena a1, a2;
    struct sag_beregning_input x, y;
    struct sag_diag d;
    struct sag_buf b1, b2;
    enum sag_status st;
    bool ja;

    sag_arena_init(&a1, 0);
    sag_arena_init(&a2, 0);
    sag_diag_init(&d);
    ja = sag__beregning_strom_laes(tekst, len, &a1, &x);
    st = sag__beregning_input_fra_jansson(tekst, len, &a2, &y, &d);
    n->tekster++;
    n->jansson_ok += st == SAG_OK;
    if (ja) {
        n->strom++;
        if (st != SAG_OK)
            fail_msg("strømlæseren tog imod, jansson afviste (%s: %s): %.*s",
                     d.felt, d.besked, (int)len, tekst);
        sag_buf_init(&b1, 0);
        sag_buf_init(&b2, 0);
        dump(&b1, &x);
        dump(&b2, &y);
        if (strcmp(b1.buf, b2.buf) != 0)
            fail_msg("forskel for %.*s\nstrøm:   %s\njansson: %s", (int)len,
                     tekst, b1.buf, b2.buf);
        sag_buf_release(&b1);
        sag_buf_release(&b2);
    }
    sag_arena_release(&a1);
    sag_arena_release(&a2);
}

static const char *
dato(char *s)
{
    (void)snprintf(s, 40, "%04d-%02d-%02d", 1950 + (int)tal(80),
                   1 + (int)tal(12), 1 + (int)tal(28));
    return s;
}

/* A valid case using a random selection of every member, members in random
 * order, with random whitespace. */
static void
lav_sag(struct sag_buf *b)
{
    static const char *const sit[] = { "ordinaer", "fleksjob", "efterloen",
                                       "foertidspension", "fleksydelse" };
    static const char *const grundlag[] = { "skoen", "indtaegtstab", "17a" };
    static const char *const tekster[] = { "x",
                                           "",
                                           "Sagsbehandler 4711",
                                           "Kan ikke løfte; går ned i tid",
                                           "€ 𝄞 æøå ÆØÅ",
                                           "a/b {}[],:" };
    static const char *const broeker[] = { "\"1/4\"",  "\"21.5\"", "37",
                                           "\"0,83\"", "\"-1/2\"", "0" };
    const char *ws = tal(4) == 0 ? " " : "";
    char m[24][1200];
    int n = 0, orden[24];
    char d1[40], d2[40], d3[40], d4[40], d5[40];

#define M(...) (void)snprintf(m[n++], sizeof(m[0]), __VA_ARGS__)
    M("\"skadetype\":%s\"%s\"", ws, tal(2) ? "ulykke" : "erhvervssygdom");
    M("\"skadedato\":\"%s\"", dato(d1));
    M("\"anmeldelsesdato\":\"%s\"", dato(d2));
    M("\"foedselsdato\":\"%s\"", dato(d3));
    M("\"afgoerelsesdato\":\"%s\"", dato(d4));
    M("\"afgoerelse\":\"%s\"", tal(2) ? "endelig" : "midlertidig");
    {
        char t[1000];
        const char *g = grundlag[tal(3)];
        int k = 0;

        k += snprintf(t + k, sizeof(t) - (size_t)k, "{%s\"grundlag\":\"%s\"",
                      ws, g);
        if (tal(2))
            k += snprintf(t + k, sizeof(t) - (size_t)k, ",\"skoen_pct\":%d",
                          (int)tal(101));
        if (tal(2))
            k += snprintf(t + k, sizeof(t) - (size_t)k,
                          ",\"indtaegt_uden_skade_oere\":%lld,"
                          "\"indtaegt_med_skade_oere\":%lld",
                          (long long)tal(90000000), (long long)tal(90000000));
        if (tal(3) == 0)
            k += snprintf(t + k, sizeof(t) - (size_t)k,
                          ",\"timer_uden_skade\":%s,\"timer_med_skade\":%s",
                          broeker[tal(6)], broeker[tal(6)]);
        if (tal(3) == 0)
            k += snprintf(t + k, sizeof(t) - (size_t)k,
                          ",\"fleksjob_loen_oere\":%d,"
                          "\"kommunalt_tilskud_oere\":%d,"
                          "\"ledighedsydelse_oere\":%d,\"atp_bidrag_oere\":%d",
                          (int)tal(9000000), (int)tal(9000000),
                          (int)tal(9000000), -(int)tal(900));
        if (tal(2))
            k += snprintf(t + k, sizeof(t) - (size_t)k, ",\"situation\":\"%s\"",
                          sit[tal(5)]);
        if (tal(2))
            k += snprintf(t + k, sizeof(t) - (size_t)k,
                          ",\"forslag_bekraeftet\":%s,\"klart_og_varigt\":%s",
                          tal(2) ? "true" : "false", tal(2) ? "true" : "false");
        if (tal(4) == 0)
            k += snprintf(t + k, sizeof(t) - (size_t)k,
                          ",\"arbejdsskadens_andel\":%s,"
                          "\"andel_vurdering\":{\"af\":\"%s\"}",
                          broeker[tal(6)], tekster[tal(6)]);
        (void)snprintf(t + k, sizeof(t) - (size_t)k, "%s}", ws);
        M("\"erhvervsevnetab\":%s%s", ws, t);
    }
    if (tal(2))
        M("\"id\":\"%s\"", tekster[tal(6)]);
    if (tal(4) == 0)
        M("\"kommentar\":\"%s\"", tekster[tal(6)]);
    if (tal(2))
        M("\"koen\":\"%s\"", tal(2) ? "mand" : "kvinde");
    if (tal(4) == 0)
        M("\"under_uddannelse\":%s", tal(2) ? "true" : "false");
    if (tal(2))
        M("\"aarsloen_oere\":%lld", (long long)tal(100000000));
    if (tal(3) == 0) {
        char t[1000] = "[";
        int k = 1, antal = (int)tal(4);

        for (int i = 0; i < antal; i++)
            k += snprintf(t + k, sizeof(t) - (size_t)k,
                          "%s{\"aar\":%d,%s\"indkomst_oere\":%d}", i ? "," : "",
                          1990 + (int)tal(40), ws, (int)tal(90000000));
        (void)snprintf(t + k, sizeof(t) - (size_t)k, "]");
        M("\"indkomstaar\":%s", t);
    }
    if (tal(4) == 0)
        M("\"aarsloen_skoen\":{\"beloeb_oere\":%d,\"af\":\"%s\","
          "\"begrundelse\":\"%s\"}",
          (int)tal(90000000), tekster[tal(6)], tekster[tal(6)]);
    if (tal(2))
        M("\"tab_paavist_dato\":\"%s\"", dato(d5));
    if (tal(4) == 0)
        M("\"situation_dato\":\"%s\"", dato(d5));
    if (tal(2))
        M("\"kapitalisering_anmodet\":%s", tal(2) ? "true" : "false");
    if (tal(2))
        M("\"vurdering\":{\"af\":\"%s\",\"begrundelse\":\"%s\"}",
          tekster[tal(6)], tekster[tal(6)]);
    if (tal(5) == 0)
        M("\"genoptagelse\":{\"type\":\"%s\",\"anmodningsdato\":\"%s\","
          "\"tidligere_pct\":%d,\"tidligere_kapitaliseret_pct\":%d}",
          tal(2) ? "anmodning" : "revision", dato(d5), (int)tal(101),
          (int)tal(101));
    if (tal(5) == 0)
        M("\"uddannelse_forventet_afsluttet\":\"%s\"", dato(d5));
    if (tal(5) == 0)
        M("\"tjenestemand\":{\"tilskadekomstpension\":\"%s\","
          "\"pensionsforhoejelse_aarlig_oere\":%d,"
          "\"pensionsforhoejelse_vaerdi_oere\":%d}",
          tal(2) ? "ja" : "ikke_afgjort", (int)tal(9000000), (int)tal(9000000));
    if (tal(5) == 0)
        M("\"fordeling\":[{\"forsikring\":\"%s\",\"andel\":%s},"
          "{\"andel\":\"1/3\",\"forsikring\":\"B\"}]",
          tekster[tal(6)], broeker[tal(6)]);
#undef M
    for (int i = 0; i < n; i++)
        orden[i] = i;
    for (int i = n - 1; i > 0; i--) {
        int j = (int)tal((uint64_t)i + 1), t = orden[i];

        orden[i] = orden[j];
        orden[j] = t;
    }
    sag_buf_adds(b, tal(8) == 0 ? " \n{" : "{");
    for (int i = 0; i < n; i++) {
        if (i)
            sag_buf_adds(b, tal(8) == 0 ? " ,\t" : ",");
        sag_buf_adds(b, m[orden[i]]);
    }
    sag_buf_adds(b, tal(8) == 0 ? "}\r\n" : "}");
}

/* Generated cases, each also mutated and truncated. */
static void
test_genererede(void **state)
{
    static const char erstat[] = "{}[]:,\"\\ 0123456789.eE+-tfnul\x80\xc3\xa6"
                                 "\xed\xa0\x80\xf4\x90\x00";
    struct taelling n = { 0, 0, 0 };
    struct sag_buf b, m;
    long gyldige = 0, gyldige_strom = 0;

    (void)state;
    sag_buf_init(&b, 0);
    sag_buf_init(&m, 0);
    for (int i = 0; i < 6000; i++) {
        long foer;

        sag_buf_reset(&b);
        lav_sag(&b);
        foer = n.strom;
        sammenlign(b.buf, b.len, &n);
        gyldige++;
        gyldige_strom += n.strom - foer;
        for (int k = 0; k < 12; k++) {
            size_t p = (size_t)tal(b.len);

            sag_buf_reset(&m);
            sag_buf_add(&m, b.buf, b.len);
            switch (tal(3)) {
            case 0: m.buf[p] = erstat[tal(sizeof(erstat) - 1)]; break;
            case 1:
                memmove(m.buf + p, m.buf + p + 1, m.len - p - 1);
                m.len--;
                break;
            default: {
                size_t q = p + (size_t)tal(b.len - p) + 1;

                sag_buf_truncate(&m, p);
                sag_buf_add(&m, b.buf + p, q - p);
                sag_buf_add(&m, b.buf + p, b.len - p);
                break;
            }
            }
            sammenlign(m.buf, m.len, &n);
        }
        for (int k = 0; k < 4; k++)
            sammenlign(b.buf, (size_t)tal(b.len), &n);
    }
    print_message("%ld tekster, jansson tog imod %ld, strømlæseren %ld; af "
                  "%ld gyldige sager tog strømlæseren %ld\n",
                  n.tekster, n.jansson_ok, n.strom, gyldige, gyldige_strom);
    /* The fast path must take nearly all plain cases, or it is no use: of
     * the generated ones it declines only those jansson refuses too (an
     * impossible generated date, "-1/2" hours and the like), and of all
     * texts jansson takes it declines only a handful (escapes made by a
     * mutation, "-0"). */
    assert_true(gyldige_strom * 10 >= gyldige * 9);
    assert_true(n.strom <= n.jansson_ok && n.jansson_ok - n.strom < 20);
    sag_buf_release(&b);
    sag_buf_release(&m);
}

#define KERNE                                                                  \
    "\"skadetype\":\"ulykke\",\"skadedato\":\"2020-01-15\","                   \
    "\"anmeldelsesdato\":\"2020-02-01\",\"foedselsdato\":\"1970-06-01\","      \
    "\"afgoerelsesdato\":\"2021-03-01\",\"afgoerelse\":\"endelig\","           \
    "\"erhvervsevnetab\":{\"grundlag\":\"skoen\",\"skoen_pct\":25}"

/* Edge cases: each is compared, and those the fast path must decline (the
 * jansson reader refuses them, or they hold what it does not take) are
 * checked to be declined. */
static void
test_graensetilfaelde(void **state)
{
    static const struct {
        const char *tekst;
        bool strom; /* the fast path takes it */
    } t[] = {
        { "{" KERNE "}", true },
        { " \t\r\n{" KERNE "} \n", true },
        { "{" KERNE ",\"id\":\"a\\\"b\"}", false },         /* escape */
        { "{" KERNE ",\"id\":\"\\u00e6\"}", false },        /* escape */
        { "{" KERNE ",\"id\":\"a\"}x", false },             /* trailing */
        { "{" KERNE ",\"id\":\"a\"}{}", false },            /* two values */
        { "{" KERNE ",\"id\":\"a\",\"id\":\"b\"}", false }, /* duplicate */
        { "{" KERNE ",\"aarsloen_oere\":-0}", false },
        { "{" KERNE ",\"aarsloen_oere\":01}", false },
        { "{" KERNE ",\"aarsloen_oere\":1.0}", false },
        { "{" KERNE ",\"aarsloen_oere\":1e3}", false },
        { "{" KERNE ",\"aarsloen_oere\":-5}", true },
        { "{" KERNE ",\"aarsloen_oere\":999999999999999999}", true },
        { "{" KERNE ",\"aarsloen_oere\":9999999999999999999}", false },
        { "{" KERNE ",\"aarsloen_oere\":99999999999999999999}", false },
        { "{" KERNE ",\"aarsloen_oere\":null}", false },
        { "{" KERNE ",\"aarsloen_oere\":truex}", false },
        { "{" KERNE ",\"under_uddannelse\":tru}", false },
        { "{" KERNE ",\"kommentar\":\"\xc3\"}", false },         /* cut UTF-8 */
        { "{" KERNE ",\"kommentar\":\"\xc0\xaf\"}", false },     /* overlong */
        { "{" KERNE ",\"kommentar\":\"\xed\xa0\x80\"}", false }, /* surrogate */
        { "{" KERNE ",\"kommentar\":\"\xf4\x90\x80\x80\"}", false },
        { "{" KERNE ",\"kommentar\":\"\xf0\x9d\x84\x9e\"}", true },
        { "{" KERNE ",\"kommentar\":\"a\tb\"}", false }, /* control */
        { "{" KERNE ",\"indkomstaar\":[]}", true },
        { "{" KERNE ",\"fordeling\":[]}", false },
        { "{" KERNE ",\"indkomstaar\":[{\"aar\":2019}]}", false },
        { "{" KERNE ",\"aarsloen_skoen\":{\"af\":\"x\"}}", false },
        { "{" KERNE ",\"vurdering\":{\"beloeb_oere\":1}}", false },
        { "{" KERNE ",\"ukendt\":1}", false },
        { "{" KERNE ",\"koen\":\"alle\"}", true },
        { "{" KERNE ",\"skadedato\":\"2020-02-30\"}", false },
        { "{\"skadetype\":\"ulykke\"}", false },
        { "[" KERNE "]", false },
        { "", false },
        { "{}", false },
    };
    struct taelling n = { 0, 0, 0 };

    (void)state;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        struct sag_arena a;
        struct sag_beregning_input in;
        bool ja;

        sammenlign(t[i].tekst, strlen(t[i].tekst), &n);
        sag_arena_init(&a, 0);
        ja = sag__beregning_strom_laes(t[i].tekst, strlen(t[i].tekst), &a, &in);
        sag_arena_release(&a);
        if (ja != t[i].strom)
            fail_msg("%s: strømlæseren %s", t[i].tekst,
                     ja ? "tog imod" : "afviste");
    }
}

/* The public reader answers as jansson does, error messages included. */
static void
test_offentlig_laeser(void **state)
{
    static const char *const t[] = {
        "{" KERNE ",\"id\":\"a\",\"id\":\"b\"}",
        "{" KERNE ",\"aarsloen_oere\":1.5}",
        "{" KERNE ",\"ukendt\":1}",
        "{" KERNE "} x",
    };

    (void)state;
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        struct sag_arena a1, a2;
        struct sag_beregning_input x, y;
        struct sag_diag d1, d2;

        sag_arena_init(&a1, 0);
        sag_arena_init(&a2, 0);
        sag_diag_init(&d1);
        sag_diag_init(&d2);
        assert_int_equal(
            sag_beregning_input_fra_json(t[i], strlen(t[i]), &a1, &x, &d1),
            sag__beregning_input_fra_jansson(t[i], strlen(t[i]), &a2, &y, &d2));
        assert_string_equal(d1.felt, d2.felt);
        assert_string_equal(d1.besked, d2.besked);
        sag_arena_release(&a1);
        sag_arena_release(&a2);
    }
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_genererede),
        cmocka_unit_test(test_graensetilfaelde),
        cmocka_unit_test(test_offentlig_laeser),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
