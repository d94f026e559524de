/*
 * The portfolio figures on a small hand-built history where every figure
 * is worked out by hand (in the comments) from the definitions in
 * portefolje.h — including a case with no events in the period, a closing
 * on the as-of date, a case created after it, an appeal outcome that
 * arrives after the period, and the old law's conditional deadline.
 */
#include <stdlib.h>

#include "testutil.h"

#include "skadesag/portefolje.h"
#include "skadesag/portefolje_gengiv.h"

static struct sag_pf_sag
S(enum sag_gruppe g, const char *start, const char *lukket) {
    struct sag_pf_sag s;

    memset(&s, 0, sizeof(s));
    s.gruppe = g;
    s.type = SAG_SAGSTYPE_ULYKKE;
    s.regime = SAG_FRISTREGIME_NY_LOV;
    s.start = s.oprettet = dato_iso(start);
    if (lukket != NULL) {
        s.har_afsluttet = true;
        s.afsluttet = dato_iso(lukket);
    }
    return s;
}

static struct sag_pf_frist
F(enum sag_pf_fristart art, enum sag_sagstype type, enum sag_fristregime r,
  const char *forfald, const char *afgjort, bool taeller) {
    struct sag_pf_frist f;

    memset(&f, 0, sizeof(f));
    f.art = art;
    f.type = type;
    f.regime = r;
    f.forfald = dato_iso(forfald);
    if (afgjort != NULL) {
        f.har_afgjort = true;
        f.afgjort = dato_iso(afgjort);
    }
    f.taeller = taeller;
    return f;
}

static struct sag_pf_klage
K(const char *afg, const char *modtaget, enum sag_klagestatus st,
  enum sag_udfald u, const char *afgjort) {
    struct sag_pf_klage k;

    memset(&k, 0, sizeof(k));
    k.afgoerelse_dato = dato_iso(afg);
    k.modtaget = dato_iso(modtaget);
    k.status = st;
    k.udfald = u;
    if (afgjort != NULL) {
        k.har_afgjort = true;
        k.afgjort = dato_iso(afgjort);
    }
    return k;
}

static struct sag_pf_sag sager[8];
static struct sag_pf_frist frister[10];
static struct sag_pf_afgoerelse afgoerelser[5];
static struct sag_pf_klage klager[7];
static struct sag_pf_data data;

static int
opsaet(void **state)
{
    (void)state;
    /* A: closed 15.2 after 137 days (1.10 -> 1.2 is 123, + 14). */
    sager[0] = S(SAG_GRUPPE_FOERSTEGANG_UDEN_TAB, "2023-10-01", "2024-02-15");
    /* B: a disease with loss since 1.6.2021, open: over 2 years. */
    sager[1] = S(SAG_GRUPPE_FOERSTEGANG_MED_TAB, "2021-06-01", NULL);
    sager[1].type = SAG_SAGSTYPE_ERHVERVSSYGDOM;
    /* C: second-time, 10.1 to 31.3 (the as-of date) = 21 + 29 + 31 = 81. */
    sager[2] = S(SAG_GRUPPE_ANDENGANG, "2024-01-10", "2024-03-31");
    /* D: private mén from 20.2, open. */
    sager[3] = S(SAG_GRUPPE_PRIVAT_MEN, "2024-02-20", NULL);
    /* E: created after the as-of date. */
    sager[4] = S(SAG_GRUPPE_HJEMVISNING, "2024-04-05", NULL);
    /* F: closed before the period. */
    sager[5] = S(SAG_GRUPPE_FOERSTEGANG_UDEN_TAB, "2023-01-05", "2023-12-20");
    /* G: no events in the period: pending throughout. */
    sager[6] = S(SAG_GRUPPE_FOERSTEGANG_UDEN_TAB, "2023-11-01", NULL);
    /* H: closed after the as-of date. */
    sager[7] = S(SAG_GRUPPE_FOERSTEGANG_UDEN_TAB, "2024-01-20", "2024-05-01");

    frister[0] = F(SAG_PF_FRIST_ANERKENDELSE, SAG_SAGSTYPE_ULYKKE,
                   SAG_FRISTREGIME_NY_LOV, "2024-01-15", "2024-01-10", true);
    frister[1] = F(SAG_PF_FRIST_ANERKENDELSE, SAG_SAGSTYPE_ULYKKE,
                   SAG_FRISTREGIME_NY_LOV, "2024-02-10", NULL, true);
    frister[2] = F(SAG_PF_FRIST_ANERKENDELSE, SAG_SAGSTYPE_ULYKKE,
                   SAG_FRISTREGIME_NY_LOV, "2024-03-01", "2024-03-20", true);
    /* Old law, disease, rejected late on 1.2: counted then, not met. */
    frister[3] = F(SAG_PF_FRIST_ANERKENDELSE, SAG_SAGSTYPE_ERHVERVSSYGDOM,
                   SAG_FRISTREGIME_GL_LOV, "2023-06-01", "2024-02-01", true);
    /* Old law, recognised: lapsed. */
    frister[4] = F(SAG_PF_FRIST_ANERKENDELSE, SAG_SAGSTYPE_ULYKKE,
                   SAG_FRISTREGIME_GL_LOV, "2024-01-20", "2024-01-10", false);
    /* Due after the as-of date: not yet known. */
    frister[5] = F(SAG_PF_FRIST_AFGOERELSE, SAG_SAGSTYPE_ULYKKE,
                   SAG_FRISTREGIME_NY_LOV, "2024-05-01", NULL, true);
    /* Met early, in the period. */
    frister[6] = F(SAG_PF_FRIST_AFGOERELSE, SAG_SAGSTYPE_ULYKKE,
                   SAG_FRISTREGIME_NY_LOV, "2024-06-01", "2024-03-15", true);
    /* Missed before the period. */
    frister[7] = F(SAG_PF_FRIST_AFGOERELSE_ESU, SAG_SAGSTYPE_ERHVERVSSYGDOM,
                   SAG_FRISTREGIME_GL_LOV, "2023-12-31", NULL, true);
    /* The reform has no statutory deadlines. */
    frister[8] = F(SAG_PF_FRIST_AFGOERELSE, SAG_SAGSTYPE_ULYKKE,
                   SAG_FRISTREGIME_REFORM, "2024-02-01", NULL, true);
    /* Done after the as-of date, but missed on 25.3, in the period. */
    frister[9] = F(SAG_PF_FRIST_ANERKENDELSE, SAG_SAGSTYPE_ULYKKE,
                   SAG_FRISTREGIME_NY_LOV, "2024-03-25", "2024-04-02", true);

    afgoerelser[0].dato = dato_iso("2024-01-05");
    afgoerelser[1].dato = dato_iso("2024-02-01");
    afgoerelser[2].dato = dato_iso("2024-03-10");
    afgoerelser[3].dato = dato_iso("2023-12-01");
    afgoerelser[4].dato = dato_iso("2024-04-10");

    klager[0] = K("2024-01-05", "2024-01-20", SAG_KLAGE_AFGJORT,
                  SAG_UDFALD_STADFAESTET, "2024-03-01");
    /* Remitted after the period. */
    klager[1] = K("2024-02-01", "2024-02-10", SAG_KLAGE_AFGJORT,
                  SAG_UDFALD_HJEMVIST, "2024-06-01");
    klager[2] = K("2024-02-01", "2024-02-15", SAG_KLAGE_AENDRET,
                  SAG_UDFALD_AENDRET, "2024-03-01");
    /* On a 2023 decision: another year. */
    klager[3] = K("2023-12-01", "2024-01-02", SAG_KLAGE_AFGJORT,
                  SAG_UDFALD_STADFAESTET, "2024-02-01");
    /* Received after the as-of date. */
    klager[4] = K("2024-03-10", "2024-04-03", SAG_KLAGE_SENDT_AST,
                  SAG_UDFALD_FASTHOLDT, NULL);
    klager[5] = K("2024-03-10", "2024-03-20", SAG_KLAGE_AFGJORT,
                  SAG_UDFALD_AENDRET, "2024-03-30");
    klager[6] = K("2024-01-05", "2024-01-25", SAG_KLAGE_AFGJORT,
                  SAG_UDFALD_AFVIST, "2024-02-20");

    data.sager = sager;
    data.antal_sager = 8;
    data.frister = frister;
    data.antal_frister = 10;
    data.afgoerelser = afgoerelser;
    data.antal_afgoerelser = 5;
    data.klager = klager;
    data.antal_klager = 7;
    return 0;
}

static struct sag_pf_rapport *
beregn(const char *fra, const char *til, const char *pr)
{
    static struct sag_pf_rapport r;
    struct sag_diag d;

    assert_ok(sag_portefolje_beregn(&data, dato_iso(fra), dato_iso(til),
                                    dato_iso(pr), &r, &d));
    return &r;
}

static const struct sag_pf_frist_linje *
linje(const struct sag_pf_rapport *r, enum sag_pf_fristart art,
      enum sag_sagstype type, enum sag_fristregime reg)
{
    for (size_t i = 0; i < r->antal_fristlinjer; i++)
        if (r->frister[i].art == art && r->frister[i].type == type &&
            r->frister[i].regime == reg)
            return &r->frister[i];
    fail_msg("ingen fristlinje");
    return NULL;
}

static void
test_maaneder(void **state)
{
    struct sag_pf_rapport *r = beregn("2024-01-01", "2024-03-31", "2024-03-31");
    const struct sag_pf_maaned *m = r->maaneder;

    (void)state;
    assert_int_equal(r->antal_maaneder, 3);
    /* January: A, B, C, G, H pending; C and H came in. */
    assert_int_equal(m[0].verserende, 5);
    assert_int_equal(m[0].tilgang, 2);
    assert_int_equal(m[0].afsluttet, 0);
    assert_int_equal(m[0].over_2_aar, 1);
    /* First-time: A 122 + B 974 + G 91 + H 11 = 1198 days over 4. */
    assert_int_equal(m[0].verserende_foerstegang, 4);
    assert_i64_eq(m[0].alder_foerstegang_sum_dage, 1198);
    /* February: A closed, D came in. */
    assert_int_equal(m[1].verserende, 5);
    assert_int_equal(m[1].tilgang, 1);
    assert_int_equal(m[1].afsluttet, 1);
    assert_int_equal(m[1].verserende_foerstegang, 3);
    /* March: C closed on the last day. */
    assert_int_equal(m[2].verserende, 4);
    assert_int_equal(m[2].tilgang, 0);
    assert_int_equal(m[2].afsluttet, 1);
    /* Intake - closings = change in pending, every month. */
    assert_int_equal(m[1].verserende - m[0].verserende,
                     m[1].tilgang - m[1].afsluttet);
    assert_int_equal(m[2].verserende - m[1].verserende,
                     m[2].tilgang - m[2].afsluttet);
    assert_int_equal(r->tilgang, 3);
    assert_int_equal(r->afsluttet, 2);
}

static void
test_pr_dato(void **state)
{
    struct sag_pf_rapport *r = beregn("2024-01-01", "2024-03-31", "2024-03-31");

    (void)state;
    /* Pending on 31.3: B (33 months), D (1), G (4), H (2). */
    assert_int_equal(r->verserende, 4);
    assert_int_equal(r->alder[0], 2);
    assert_int_equal(r->alder[1], 1);
    assert_int_equal(r->alder[2], 0);
    assert_int_equal(r->alder[3], 0);
    assert_int_equal(r->alder[4], 1);
    assert_int_equal(r->alder[5], 0);
    assert_int_equal(r->over_2_aar, 1);
    /* First-time: B 1034 + G 151 + H 71 days. */
    assert_int_equal(r->verserende_foerstegang, 3);
    assert_i64_eq(r->alder_foerstegang_sum_dage, 1256);
    /* Later as-of date: H has closed, E has come in. */
    r = beregn("2024-01-01", "2024-03-31", "2024-12-31");
    assert_int_equal(r->verserende, 4);
    assert_int_equal(r->maaneder[2].verserende, 4);
}

static void
test_behandlingstid(void **state)
{
    struct sag_pf_rapport *r = beregn("2024-01-01", "2024-03-31", "2024-03-31");

    (void)state;
    assert_int_equal(r->tid[SAG_GRUPPE_FOERSTEGANG_UDEN_TAB].antal, 1);
    assert_i64_eq(r->tid[SAG_GRUPPE_FOERSTEGANG_UDEN_TAB].sum_dage, 137);
    assert_int_equal(r->tid[SAG_GRUPPE_ANDENGANG].antal, 1);
    assert_i64_eq(r->tid[SAG_GRUPPE_ANDENGANG].sum_dage, 81);
    assert_int_equal(r->tid[SAG_PF_RAEKKE_A_SAGER].antal, 2);
    assert_i64_eq(r->tid[SAG_PF_RAEKKE_A_SAGER].sum_dage, 218);
    assert_int_equal(r->tid[SAG_PF_RAEKKE_ALLE].antal, 2);
    assert_int_equal(r->tid[SAG_GRUPPE_PRIVAT_MEN].antal, 0);
    /* 137 days = 137 * 12 / 365,25 = 4,50 months; 81 = 2,66; 109 = 3,58. */
    assert_int_equal(sag_pf_maaneder_tiendedele(137, 1), 45);
    assert_int_equal(sag_pf_maaneder_tiendedele(81, 1), 27);
    assert_int_equal(sag_pf_maaneder_tiendedele(218, 2), 36);
    assert_int_equal(sag_pf_maaneder_tiendedele(0, 0), -1);
    /* A year is 12,0 months; a 1461-day span 48,0. */
    assert_int_equal(sag_pf_maaneder_tiendedele(1461, 4), 120);
}

static void
test_frister(void **state)
{
    struct sag_pf_rapport *r = beregn("2024-01-01", "2024-03-31", "2024-03-31");
    const struct sag_pf_frist_linje *l;

    (void)state;
    l = linje(r, SAG_PF_FRIST_ANERKENDELSE, SAG_SAGSTYPE_ULYKKE,
              SAG_FRISTREGIME_NY_LOV);
    assert_int_equal(l->i_alt, 4);
    assert_int_equal(l->opfyldt, 1);
    l = linje(r, SAG_PF_FRIST_ANERKENDELSE, SAG_SAGSTYPE_ERHVERVSSYGDOM,
              SAG_FRISTREGIME_GL_LOV);
    assert_int_equal(l->i_alt, 1);
    assert_int_equal(l->opfyldt, 0);
    l = linje(r, SAG_PF_FRIST_ANERKENDELSE, SAG_SAGSTYPE_ULYKKE,
              SAG_FRISTREGIME_GL_LOV);
    assert_int_equal(l->i_alt, 0);
    l = linje(r, SAG_PF_FRIST_AFGOERELSE, 0, SAG_FRISTREGIME_NY_LOV);
    assert_int_equal(l->i_alt, 1);
    assert_int_equal(l->opfyldt, 1);
    l = linje(r, SAG_PF_FRIST_AFGOERELSE_ESU, 0, SAG_FRISTREGIME_GL_LOV);
    assert_int_equal(l->i_alt, 0);
    /* Seen from 15.2 the deadlines of 1.3 and 25.3 are not yet known, nor
     * the old-law rejection... which was made on 1.2: it counts. */
    r = beregn("2024-01-01", "2024-03-31", "2024-02-15");
    l = linje(r, SAG_PF_FRIST_ANERKENDELSE, SAG_SAGSTYPE_ULYKKE,
              SAG_FRISTREGIME_NY_LOV);
    assert_int_equal(l->i_alt, 2);
    l = linje(r, SAG_PF_FRIST_ANERKENDELSE, SAG_SAGSTYPE_ERHVERVSSYGDOM,
              SAG_FRISTREGIME_GL_LOV);
    assert_int_equal(l->i_alt, 1);
}

static void
test_klager(void **state)
{
    struct sag_pf_rapport *r = beregn("2024-01-01", "2024-03-31", "2024-03-31");
    const struct sag_pf_klage_aar *k = &r->klager[0];

    (void)state;
    assert_int_equal(r->antal_klageaar, 1);
    assert_int_equal(k->aar, 2024);
    assert_int_equal(k->afgoerelser, 3);
    assert_int_equal(k->klager, 5);
    assert_int_equal(k->stadfaestet, 1);
    assert_int_equal(k->aendret, 1);
    assert_int_equal(k->hjemvist, 0);
    assert_int_equal(k->afvist, 1);
    assert_int_equal(k->aendret_ved_genvurdering, 1);
    assert_int_equal(k->verserende, 1);
    /* The remittal arrives in June: seen at year end it counts. */
    r = beregn("2024-01-01", "2024-03-31", "2024-12-31");
    k = &r->klager[0];
    assert_int_equal(k->afgoerelser, 4);
    assert_int_equal(k->klager, 6);
    assert_int_equal(k->hjemvist, 1);
    assert_int_equal(k->verserende, 1);
    /* Confirmed 1 of 3 with remittals, 1 of 2 without: 33,3 % and 50,0 %. */
    assert_int_equal(sag_pf_promille(k->stadfaestet,
                                     k->stadfaestet + k->aendret + k->hjemvist),
                     333);
    assert_int_equal(
        sag_pf_promille(k->stadfaestet, k->stadfaestet + k->aendret), 500);
}

static void
test_fejl(void **state)
{
    struct sag_pf_rapport r;
    struct sag_diag d;

    (void)state;
    assert_status(sag_portefolje_beregn(&data, dato_iso("2024-03-01"),
                                        dato_iso("2024-01-01"),
                                        dato_iso("2024-03-01"), &r, &d),
                  SAG_EINVAL);
    assert_string_equal(d.felt, "/til");
    assert_status(sag_portefolje_beregn(&data, dato_iso("2000-01-01"),
                                        dato_iso("2024-01-01"),
                                        dato_iso("2024-03-01"), &r, &d),
                  SAG_EINVAL);
}

static void
test_gengivelse(void **state)
{
    struct sag_pf_rapport *r = beregn("2024-01-01", "2024-03-31", "2024-03-31");
    struct sag_pf_gengiv g;
    struct sag_buf b;

    (void)state;
    sag_buf_init(&b, 0);
    sag_pf_tal(&b, 52600);
    sag_buf_adds(&b, "|");
    sag_pf_tal(&b, 1234567);
    sag_buf_adds(&b, "|");
    sag_pf_tal(&b, 999);
    sag_buf_adds(&b, "|");
    sag_pf_tiendedele(&b, 132);
    sag_buf_adds(&b, "|");
    sag_pf_tiendedele(&b, -1);
    assert_string_equal(b.buf, "52.600|1.234.567|999|13,2|-");
    memset(&g, 0, sizeof(g));
    g.rapport = r;
    sag_buf_reset(&b);
    sag_pf_csv(&g, &b);
    assert_non_null(strstr(b.buf, "\n2024;1;2;0;5;1;"));
    assert_non_null(strstr(b.buf, "Førstegangssager uden erhvervsevnetab;50,0;"
                                  "1;4,5\n"));
    sag_buf_reset(&b);
    sag_pf_tekst(&g, &b);
    assert_non_null(strstr(b.buf, "01.01.2024–31.03.2024"));
    assert_non_null(strstr(b.buf, "25,0 %")); /* 1 of 4 deadlines met */
    sag_buf_reset(&b);
    g.syntetisk = true;
    sag_pf_html(&g, &b);
    assert_non_null(strstr(b.buf, "<svg id=\"graf-verserende\""));
    assert_non_null(strstr(b.buf, "<svg id=\"graf-alder\""));
    assert_non_null(strstr(b.buf, "<svg id=\"graf-behandlingstid\""));
    assert_non_null(strstr(b.buf, "<svg id=\"graf-frister\""));
    assert_non_null(strstr(b.buf, "Syntetiske data"));
    assert_null(strstr(b.buf, "<script"));
    sag_buf_release(&b);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_maaneder),       cmocka_unit_test(test_pr_dato),
        cmocka_unit_test(test_behandlingstid), cmocka_unit_test(test_frister),
        cmocka_unit_test(test_klager),         cmocka_unit_test(test_fejl),
        cmocka_unit_test(test_gengivelse),
    };

    return cmocka_run_group_tests_name("portefolje", tests, opsaet, NULL);
}
