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
static const char T1[] = "T1", T2[] = "T2";
static const char *const sagsnr[8] = { "A", "B", "C", "D", "E", "F", "G", "H" };

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

    /* Teams and case numbers: cases A-D are T1's, E-H T2's; the other
     * facts alternate (their own case numbers: only the team matters to
     * the figures). */
    for (size_t i = 0; i < 8; i++) {
        sager[i].team = i < 4 ? T1 : T2;
        sager[i].sag_id = sagsnr[i];
    }
    for (size_t i = 0; i < 10; i++) {
        frister[i].team = i % 2 == 0 ? T1 : T2;
        frister[i].sag_id = sagsnr[i % 8];
    }
    for (size_t i = 0; i < 5; i++) {
        afgoerelser[i].team = i % 2 == 0 ? T1 : T2;
        afgoerelser[i].sag_id = sagsnr[i];
    }
    afgoerelser[0].fase = afgoerelser[3].fase = SAG_FASE_ANERKENDELSE;
    afgoerelser[1].fase = afgoerelser[4].fase = SAG_FASE_MEN;
    afgoerelser[2].fase = SAG_FASE_ERHVERVSEVNETAB;
    for (size_t i = 0; i < 7; i++)
        klager[i].sag_id = sagsnr[i];
    klager[0].team = klager[1].team = klager[4].team = klager[6].team = T1;
    klager[2].team = klager[3].team = klager[5].team = T2;

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

/* One team's figures, the team named by a copy of its name (not the
 * facts' pointer). */
static struct sag_pf_rapport *
beregn_team(const char *team, const char *fra, const char *til, const char *pr)
{
    static struct sag_pf_rapport r[2];
    static int n;
    char kopi[8];
    struct sag_diag d;

    (void)snprintf(kopi, sizeof(kopi), "%s", team);
    n = (n + 1) % 2;
    assert_ok(sag_portefolje_beregn_team(
        &data, kopi, dato_iso(fra), dato_iso(til), dato_iso(pr), &r[n], &d));
    return &r[n];
}

/* Every count of two reports added, to compare with the whole. */
static void
assert_sum(const struct sag_pf_rapport *a, const struct sag_pf_rapport *b,
           const struct sag_pf_rapport *h)
{
    assert_int_equal(a->tilgang + b->tilgang, h->tilgang);
    assert_int_equal(a->afsluttet + b->afsluttet, h->afsluttet);
    assert_int_equal(a->verserende + b->verserende, h->verserende);
    assert_int_equal(a->over_2_aar + b->over_2_aar, h->over_2_aar);
    assert_i64_eq(a->alder_foerstegang_sum_dage + b->alder_foerstegang_sum_dage,
                  h->alder_foerstegang_sum_dage);
    for (size_t i = 0; i < SAG_PF_ALDERSGRUPPER; i++)
        assert_int_equal(a->alder[i] + b->alder[i], h->alder[i]);
    for (size_t i = 0; i < SAG_ANTAL_GRUPPER + 2; i++) {
        assert_int_equal(a->tid[i].antal + b->tid[i].antal, h->tid[i].antal);
        assert_i64_eq(a->tid[i].sum_dage + b->tid[i].sum_dage,
                      h->tid[i].sum_dage);
    }
    for (size_t i = 0; i < h->antal_maaneder; i++) {
        assert_int_equal(a->maaneder[i].tilgang + b->maaneder[i].tilgang,
                         h->maaneder[i].tilgang);
        assert_int_equal(a->maaneder[i].afsluttet + b->maaneder[i].afsluttet,
                         h->maaneder[i].afsluttet);
        assert_int_equal(a->maaneder[i].verserende + b->maaneder[i].verserende,
                         h->maaneder[i].verserende);
        assert_int_equal(a->maaneder[i].over_2_aar + b->maaneder[i].over_2_aar,
                         h->maaneder[i].over_2_aar);
    }
    for (size_t i = 0; i < h->antal_fristlinjer; i++) {
        assert_int_equal(a->frister[i].i_alt + b->frister[i].i_alt,
                         h->frister[i].i_alt);
        assert_int_equal(a->frister[i].opfyldt + b->frister[i].opfyldt,
                         h->frister[i].opfyldt);
    }
    for (size_t i = 0; i < 4; i++)
        assert_int_equal(a->afgoerelser_fase[i] + b->afgoerelser_fase[i],
                         h->afgoerelser_fase[i]);
    for (size_t i = 0; i < h->antal_klageaar; i++) {
        const struct sag_pf_klage_aar *x = &a->klager[i], *y = &b->klager[i],
                                      *z = &h->klager[i];

        assert_int_equal(x->afgoerelser + y->afgoerelser, z->afgoerelser);
        assert_int_equal(x->klager + y->klager, z->klager);
        assert_int_equal(x->stadfaestet + y->stadfaestet, z->stadfaestet);
        assert_int_equal(x->aendret + y->aendret, z->aendret);
        assert_int_equal(x->hjemvist + y->hjemvist, z->hjemvist);
        assert_int_equal(x->afvist + y->afvist, z->afvist);
        assert_int_equal(x->aendret_ved_genvurdering +
                             y->aendret_ved_genvurdering,
                         z->aendret_ved_genvurdering);
        assert_int_equal(x->verserende + y->verserende, z->verserende);
    }
}

static void
test_teams(void **state)
{
    struct sag_pf_rapport *h = beregn("2024-01-01", "2024-03-31", "2024-03-31");
    struct sag_pf_rapport *a =
        beregn_team("T1", "2024-01-01", "2024-03-31", "2024-03-31");
    struct sag_pf_rapport *b =
        beregn_team("T2", "2024-01-01", "2024-03-31", "2024-03-31");
    struct sag_pf_rapport *x;
    struct sag_diag d;

    (void)state;
    assert_sum(a, b, h);
    /* T1 (A-D): C and D came in, A and C closed, B and D pending, B over
     * 2 years. T2 (E-H): H came in, G and H pending. */
    assert_int_equal(a->tilgang, 2);
    assert_int_equal(a->afsluttet, 2);
    assert_int_equal(a->verserende, 2);
    assert_int_equal(a->over_2_aar, 1);
    assert_int_equal(b->tilgang, 1);
    assert_int_equal(b->afsluttet, 0);
    assert_int_equal(b->verserende, 2);
    assert_int_equal(b->over_2_aar, 0);
    /* 3-month deadline, accidents, new law: T1 has 0 (met) and 2 (late),
     * T2 1 and 9 (both missed). The old-law disease rejection (3) is
     * T2's; the 1-year deadline met early (6) T1's. */
    assert_int_equal(a->frister[1].i_alt, 2);
    assert_int_equal(a->frister[1].opfyldt, 1);
    assert_int_equal(b->frister[1].i_alt, 2);
    assert_int_equal(b->frister[1].opfyldt, 0);
    assert_int_equal(b->frister[2].i_alt, 1);
    assert_int_equal(a->frister[5].opfyldt, 1);
    /* Decisions of 2024 known on 31.3: 0 and 2 (T1), 1 (T2); by phase in
     * the period: recognition 0, mén 1, loss 2. */
    assert_int_equal(a->klager[0].afgoerelser, 2);
    assert_int_equal(b->klager[0].afgoerelser, 1);
    assert_int_equal(h->afgoerelser_fase[SAG_FASE_ANERKENDELSE], 1);
    assert_int_equal(h->afgoerelser_fase[SAG_FASE_MEN], 1);
    assert_int_equal(h->afgoerelser_fase[SAG_FASE_ERHVERVSEVNETAB], 1);
    assert_int_equal(a->afgoerelser_fase[SAG_FASE_MEN], 0);
    assert_int_equal(b->afgoerelser_fase[SAG_FASE_MEN], 1);
    /* Appeals on 2024 decisions known on 31.3: T1 has 0 (confirmed), 1
     * (pending) and 6 (rejected); T2 2 (changed by AES) and 5 (changed). */
    assert_int_equal(a->klager[0].klager, 3);
    assert_int_equal(a->klager[0].stadfaestet, 1);
    assert_int_equal(a->klager[0].verserende, 1);
    assert_int_equal(a->klager[0].afvist, 1);
    assert_int_equal(b->klager[0].klager, 2);
    assert_int_equal(b->klager[0].aendret_ved_genvurdering, 1);
    assert_int_equal(b->klager[0].aendret, 1);
    /* Other dates add up too; a team with no facts has nothing. */
    h = beregn("2023-06-01", "2024-12-31", "2024-12-31");
    a = beregn_team("T1", "2023-06-01", "2024-12-31", "2024-12-31");
    b = beregn_team("T2", "2023-06-01", "2024-12-31", "2024-12-31");
    assert_sum(a, b, h);
    x = beregn_team("T3", "2023-06-01", "2024-12-31", "2024-12-31");
    assert_int_equal(x->tilgang + x->verserende + x->klager[0].klager +
                         x->klager[1].klager + x->frister[1].i_alt,
                     0);
    /* All teams in one pass (a team with no facts among them): each as
     * computed alone. */
    {
        static struct sag_pf_rapport alle[3];
        const char *const navne[3] = { "T2", "T9", "T1" };

        assert_ok(sag_portefolje_beregn_teams(
            &data, navne, 3, dato_iso("2023-06-01"), dato_iso("2024-12-31"),
            dato_iso("2024-12-31"), alle, &d));
        for (size_t j = 0; j < 3; j++) {
            x = beregn_team(navne[j], "2023-06-01", "2024-12-31", "2024-12-31");
            assert_memory_equal(&alle[j], x, sizeof(*x));
        }
        assert_int_equal(alle[0].verserende, 2); /* T2: E and G */
    }
    assert_status(sag_portefolje_beregn_team(
                      &data, "T1", dato_iso("2024-03-01"),
                      dato_iso("2024-01-01"), dato_iso("2024-03-01"), x, &d),
                  SAG_EINVAL);
}

/* The facts behind a figure, collected. */
struct bag {
    long n;
    char ids[64];
};

static int
bag_cb(void *ctx, const char *sag_id, struct sag_dato dato)
{
    struct bag *b = ctx;
    size_t l = strlen(b->ids);

    (void)dato;
    assert_non_null(sag_id);
    b->n++;
    if (l + 1 < sizeof(b->ids))
        (void)snprintf(b->ids + l, sizeof(b->ids) - l, "%s", sag_id);
    return 0;
}

static struct bag
bag(const char *team, const char *fra, const char *til, const char *pr,
    const char *noegle)
{
    struct sag_pf_tal t;
    struct bag b;
    struct sag_diag d;

    memset(&b, 0, sizeof(b));
    assert_ok(sag_pf_tal_laes(noegle, &t));
    assert_ok(sag_portefolje_sager(&data, team, dato_iso(fra), dato_iso(til),
                                   dato_iso(pr), &t, bag_cb, &b, &d));
    return b;
}

/* For every figure the list is as long as the figure, for the whole and
 * each team, at several dates. */
static void
test_bag_tallene(void **state)
{
    static const char *const perioder[][3] = {
        { "2024-01-01", "2024-03-31", "2024-03-31" },
        { "2024-01-01", "2024-03-31", "2024-02-15" },
        { "2023-06-01", "2024-12-31", "2024-12-31" },
        { "2021-01-01", "2024-06-30", "2024-04-30" },
    };
    const char *const teams[] = { NULL, "T1", "T2", "T9" };
    long kontrolleret = 0;

    (void)state;
    for (size_t p = 0; p < sizeof(perioder) / sizeof(perioder[0]); p++)
        for (size_t h = 0; h < 4; h++) {
            struct sag_pf_rapport r;
            struct sag_diag d;

            assert_ok(sag_portefolje_beregn_team(
                &data, teams[h], dato_iso(perioder[p][0]),
                dato_iso(perioder[p][1]), dato_iso(perioder[p][2]), &r, &d));
            for (int art = SAG_PF_TAL_TILGANG; art <= SAG_PF_TAL_KLAGE_VERSERER;
                 art++)
                for (int i = 0; i < 2100; i++) {
                    struct sag_pf_tal t = { (enum sag_pf_tal_art)art, i };
                    long v = sag_pf_tal_vaerdi(&r, &t);
                    struct bag b;
                    char noegle[40];

                    if (v < 0)
                        continue;
                    sag_pf_tal_navn(&t, noegle, sizeof(noegle));
                    b = bag(teams[h], perioder[p][0], perioder[p][1],
                            perioder[p][2], noegle);
                    if (b.n != v)
                        fail_msg("%s (%s, %s-%s pr. %s): %ld sager, tallet "
                                 "er %ld",
                                 noegle, teams[h] ? teams[h] : "alle",
                                 perioder[p][0], perioder[p][1], perioder[p][2],
                                 b.n, v);
                    kontrolleret += v > 0;
                }
        }
    /* Not vacuous: many figures were non-zero. */
    assert_true(kontrolleret > 100);
}

static void
test_bag_tallet(void **state)
{
    struct sag_pf_tal t;
    struct bag b;
    struct sag_diag d;
    char s[40];

    (void)state;
    /* Pending on 31.3: B, D, G and H; at the end of January A, B, C, G, H;
     * over 2 years B; in T2 G and H. */
    assert_string_equal(
        bag(NULL, "2024-01-01", "2024-03-31", "2024-03-31", "verserende.0").ids,
        "BDGH");
    assert_string_equal(
        bag(NULL, "2024-01-01", "2024-03-31", "2024-03-31", "verserende.1").ids,
        "ABCGH");
    assert_string_equal(
        bag(NULL, "2024-01-01", "2024-03-31", "2024-03-31", "over-2-aar.3").ids,
        "B");
    assert_string_equal(
        bag("T2", "2024-01-01", "2024-03-31", "2024-03-31", "verserende.0").ids,
        "GH");
    /* The 3-month deadline for accidents, new law (line 1): facts 0, 1, 2
     * and 9 (cases A, B, C and B); met: 0 (A). */
    assert_string_equal(
        bag(NULL, "2024-01-01", "2024-03-31", "2024-03-31", "frist-i-alt.1")
            .ids,
        "ABCB");
    assert_string_equal(
        bag(NULL, "2024-01-01", "2024-03-31", "2024-03-31", "frist-opfyldt.1")
            .ids,
        "A");
    /* Appeals on 2024 decisions: changed by Ankestyrelsen 5 (F), still
     * pending 1 (B); in T1 confirmed 0 (A). */
    assert_string_equal(
        bag(NULL, "2024-01-01", "2024-03-31", "2024-03-31", "aendret.2024").ids,
        "F");
    assert_string_equal(bag(NULL, "2024-01-01", "2024-03-31", "2024-03-31",
                            "klage-verserer.2024")
                            .ids,
                        "B");
    assert_string_equal(
        bag("T1", "2024-01-01", "2024-03-31", "2024-03-31", "stadfaestet.2024")
            .ids,
        "A");
    /* Closed in the period, first-time without loss (group 1): A. */
    assert_string_equal(
        bag(NULL, "2024-01-01", "2024-03-31", "2024-03-31", "behandlingstid.1")
            .ids,
        "A");
    /* The keys: round trip, and no figure the report has not. */
    t.art = SAG_PF_TAL_FRIST_I_ALT;
    t.i = 3;
    sag_pf_tal_navn(&t, s, sizeof(s));
    assert_string_equal(s, "frist-i-alt.3");
    assert_ok(sag_pf_tal_laes("klage-verserer.2024", &t));
    assert_int_equal(t.art, SAG_PF_TAL_KLAGE_VERSERER);
    assert_int_equal(t.i, 2024);
    assert_status(sag_pf_tal_laes("verserende", &t), SAG_EINVAL);
    assert_status(sag_pf_tal_laes("intet.1", &t), SAG_EINVAL);
    assert_status(sag_pf_tal_laes("alder.-1", &t), SAG_EINVAL);
    assert_status(sag_pf_tal_laes("alder.1x", &t), SAG_EINVAL);
    memset(&b, 0, sizeof(b));
    t.art = SAG_PF_TAL_STADFAESTET;
    t.i = 2023;
    assert_status(sag_portefolje_sager(&data, NULL, dato_iso("2024-01-01"),
                                       dato_iso("2024-03-31"),
                                       dato_iso("2024-03-31"), &t, bag_cb, &b,
                                       &d),
                  SAG_EINVAL);
    t.art = SAG_PF_TAL_TILGANG;
    t.i = 4;
    assert_status(sag_portefolje_sager(&data, NULL, dato_iso("2024-01-01"),
                                       dato_iso("2024-03-31"),
                                       dato_iso("2024-03-31"), &t, bag_cb, &b,
                                       &d),
                  SAG_EINVAL);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_maaneder),
        cmocka_unit_test(test_pr_dato),
        cmocka_unit_test(test_behandlingstid),
        cmocka_unit_test(test_frister),
        cmocka_unit_test(test_klager),
        cmocka_unit_test(test_fejl),
        cmocka_unit_test(test_gengivelse),
        cmocka_unit_test(test_teams),
        cmocka_unit_test(test_bag_tallene),
        cmocka_unit_test(test_bag_tallet),
    };

    return cmocka_run_group_tests_name("portefolje", tests, opsaet, NULL);
}
