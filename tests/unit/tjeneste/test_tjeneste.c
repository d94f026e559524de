/*
 * The application layer (tjeneste.h), like the store's contract suite: each
 * use case on a real SQLite store, the one access policy, what each role
 * sees, the read log, ids minted inside the transaction (two writers on the
 * same case at once), refusals that store nothing, and the export/import
 * round trip through the wire codec.
 */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "testsag.h"
#include "testnoegle.h"

#include "skadesag/mappe_json.h"
#include "skadesag/satser_fil.h"
#include "skadesag/konto_store.h"
#include "skadesag/tjeneste.h"

/* ---- helpers ---- */

static struct sag_satser satser;
static char sti[256], sti2[256];

static void
fjern(const char *s)
{
    char x[300];

    (void)unlink(s);
    (void)snprintf(x, sizeof(x), "%s-wal", s);
    (void)unlink(x);
    (void)snprintf(x, sizeof(x), "%s-shm", s);
    (void)unlink(x);
}

static struct sag_store *
aabn(const char *s)
{
    struct sag_store *st = NULL;
    struct sag_diag d;
    char url[300];

    (void)snprintf(url, sizeof(url), "sqlite:%s", s);
    if (sag_store_aabn(url, SAG_STORE_OPRET, &st, &d) != SAG_OK)
        fail_msg("kan ikke åbne %s: %s", s, d.besked);
    return st;
}

static void
fast_ur(void *ctx, char ud[SAG_TID_LEN])
{
    (void)ctx;
    memcpy(ud, "2026-11-23T10:00:00Z", SAG_TID_LEN);
}

static int
setup(void **state)
{
    (void)state;
    (void)snprintf(sti, sizeof(sti), "/tmp/skadesag-tj-%ld.db", (long)getpid());
    (void)snprintf(sti2, sizeof(sti2), "/tmp/skadesag-tj2-%ld.db",
                   (long)getpid());
    fjern(sti);
    fjern(sti2);
    return 0;
}

static int
teardown(void **state)
{
    (void)state;
    fjern(sti);
    fjern(sti2);
    return 0;
}

/* A context on `s` as `bruger` in `rolle`, today 1.12.2026. */
static struct sag_tj
kontekst(struct sag_store *s, const char *bruger, enum sag_rolle rolle)
{
    struct sag_tj k;

    sag_tj_init(&k, s, &satser, bruger, rolle, dato_iso("2026-12-01"));
    return k;
}

/* The tømrer case of examples/toemrer_2025.json: an accident 10.2.2025,
 * notified 14.2.2025. */
static void
opret_toemrer(const struct sag_tj *k, char id[SAG_ID_MAX])
{
    struct sag_haendelse h = haendelse_paa(SAG_H_OPRETTET, "2025-02-14");
    struct sag_diag d;

    h.ny.type = SAG_SAGSTYPE_ULYKKE;
    h.ny.generation = SAG_GENERATION_FOERSTEGANG;
    h.ny.skadedato = dato_iso("2025-02-10");
    h.ny.anmeldelsesdato = dato_iso("2025-02-14");
    h.ny.har_skadedato = h.ny.har_anmeldelsesdato = true;
    h.ny.cpr = "0506799011";
    h.ny.team = "T1";
    h.ny.sagsbehandler = "sb1";
    if (sag_tj_opret(k, &h, id, &d) != SAG_OK)
        fail_msg("opret: %s %s", d.felt, d.besked);
}

static void
anerkend(const struct sag_tj *k, const char *id, const char *dato,
         char afg[SAG_ID_MAX])
{
    struct sag_tj_afgoerelse a;
    struct sag_tj_afgoerelse_svar s;
    struct sag_diag d;

    memset(&a, 0, sizeof(a));
    a.fase = SAG_FASE_ANERKENDELSE;
    a.anerkendt = true;
    a.dato = dato_iso(dato);
    a.begrundelse = "Ulykke i arbejdstiden";
    if (sag_tj_afgoer(k, id, &a, &s, NULL, &d) != SAG_OK)
        fail_msg("anerkend: %s %s", d.felt, d.besked);
    memcpy(afg, s.id, SAG_ID_MAX);
}

static char *toemrer;
static size_t toemrer_len;

static struct sag_tj_afgoerelse
tab_afgoerelse(void)
{
    struct sag_tj_afgoerelse a;

    memset(&a, 0, sizeof(a));
    a.fase = SAG_FASE_ERHVERVSEVNETAB;
    a.dato = dato_iso("2026-03-02"); /* the example's afgoerelsesdato */
    a.begrundelse = "Tab fastsat";
    a.beregning = toemrer;
    a.beregning_len = toemrer_len;
    return a;
}

static int
tael_sag(void *ctx, const struct sag_liste_post *p)
{
    (void)p;
    (*(size_t *)ctx)++;
    return 0;
}

static size_t
antal_sager(const struct sag_tj *k)
{
    struct sag_liste_filter f;
    struct sag_diag d;
    size_t n = 0;

    memset(&f, 0, sizeof(f));
    assert_ok(sag_tj_liste(k, &f, tael_sag, &n, &d));
    return n;
}

static size_t
antal_haendelser(struct sag_store *s, const char *id)
{
    struct sag_tilstand t;
    struct sag_diag d;

    assert_ok(sag_store_tilstand(s, id, &t, &d));
    return t.antal_haendelser;
}

/* ---- the policy ---- */

/* The loss form's prerequisites (audit point 4): the engine decides
 * accidents and occupational diseases only, and the birth date is the
 * CPR number's by the century rule of its 7th digit. Worked by hand:
 * 050679-9011: 9 and 79 > 36 → 1900s, 5.6.1979; 290200-4012: 4 and
 * 00 ≤ 36 → 2000s, 29.2.2000 (a leap day); 150637-4012: 4 and 37 > 36 →
 * 15.6.1937; 010158-5012: 5 and 58 > 57 → 1800s, 1.1.1858; 311299-0012: 0
 * → 1900s, 31.12.1999. */
static void
test_tab_muligt(void **state)
{
    static const struct {
        const char *cpr;
        int y, m, d;
    } tilfaelde[] = {
        { "050679-9011", 1979, 6, 5 },   { "2902004012", 2000, 2, 29 },
        { "150637-4012", 1937, 6, 15 },  { "010158-5012", 1858, 1, 1 },
        { "311299-0012", 1999, 12, 31 },
    };
    struct sag_tilstand t;
    struct sag_dato f, forventet;
    struct sag_diag d;

    (void)state;
    for (size_t i = 0; i < sizeof(tilfaelde) / sizeof(tilfaelde[0]); i++) {
        memset(&t, 0, sizeof(t));
        t.type = i % 2 ? SAG_SAGSTYPE_ERHVERVSSYGDOM : SAG_SAGSTYPE_ULYKKE;
        (void)snprintf(t.cpr, sizeof(t.cpr), "%s", tilfaelde[i].cpr);
        sag_diag_init(&d);
        assert_int_equal(sag_tj_tab_muligt(&t, &f, &d), SAG_OK);
        assert_int_equal(sag_dato_fra_ymd(tilfaelde[i].y, tilfaelde[i].m,
                                          tilfaelde[i].d, &forventet),
                         SAG_OK);
        assert_int_equal(f.dage, forventet.dage);
    }
    /* A case type the engine does not compute: refused, in Danish. */
    t.type = SAG_SAGSTYPE_VETERAN;
    f.dage = 7;
    sag_diag_init(&d);
    assert_int_equal(sag_tj_tab_muligt(&t, &f, &d), SAG_EDENIED);
    assert_string_equal(d.felt, "/skadetype");
    assert_non_null(strstr(d.besked, "veteran"));
    assert_int_equal(f.dage, 7);
    t.type = SAG_SAGSTYPE_PRIVAT_MEN;
    assert_int_equal(sag_tj_tab_muligt(&t, &f, &d), SAG_EDENIED);
    /* No valid CPR number: no birth date to give. */
    t.type = SAG_SAGSTYPE_ULYKKE;
    (void)snprintf(t.cpr, sizeof(t.cpr), "%s", "320280-9011");
    sag_diag_init(&d);
    assert_int_equal(sag_tj_tab_muligt(&t, &f, &d), SAG_EINVAL);
    assert_string_equal(d.felt, "/foedselsdato");
    assert_int_equal(f.dage, 7);
}

static void
test_politik(void **state)
{
    /* Who may do what (docs/sager.md, "Roller"): S sagsbehandler,
     * J jurist, T teamleder, L ledelse; B borger and F forsikring have no
     * rights yet (their case scope comes with the server). */
    static const struct {
        enum sag_handling h;
        const char *roller;
    } forventet[] = {
        { SAG_HANDLING_OPRET, "SJ" },
        { SAG_HANDLING_HAENDELSE, "SJ" },
        { SAG_HANDLING_AFGOER, "SJ" },
        { SAG_HANDLING_KLAGE, "SJ" },
        { SAG_HANDLING_NY_GENERATION, "SJ" },
        { SAG_HANDLING_LAES_SAG, "SJTLBF" },
        { SAG_HANDLING_EKSPORT, "SJ" },
        { SAG_HANDLING_IMPORT, "SJ" },
        { SAG_HANDLING_LISTE, "SJTL" },
        { SAG_HANDLING_GENBEREGN, "SJTL" },
        { SAG_HANDLING_LAESNINGER, "SJTL" },
        { SAG_HANDLING_VERIFICER, "SJTL" },
        { SAG_HANDLING_VEDLIGEHOLD, "SJ" },
        { SAG_HANDLING_RAPPORT, "SJTL" },
        { SAG_HANDLING_KVALITET_UDTRAEK, "SJTL" },
        { SAG_HANDLING_KVALITET_VURDER, "JT" },
        /* The monthly payment run (udbetaling.h, Q-50). */
        { SAG_HANDLING_UDBETALING, "TL" },
        { SAG_HANDLING_UDBETALING_LAES, "SJTL" },
        { SAG_HANDLING_TILDEL, "T" },
    };
    static const char bogstav[] = " SJTLBF";

    (void)state;
    assert_int_equal(sizeof(forventet) / sizeof(forventet[0]),
                     SAG_HANDLING_ANTAL - 1);
    for (size_t i = 0; i < sizeof(forventet) / sizeof(forventet[0]); i++)
        for (int r = SAG_ROLLE_SAGSBEHANDLER; r <= SAG_ROLLE_MAKS; r++) {
            bool ja = strchr(forventet[i].roller, bogstav[r]) != NULL;

            if (sag_tj_tilladt((enum sag_rolle)r, forventet[i].h) != ja)
                fail_msg("handling %d, rolle %s: forventet %s",
                         (int)forventet[i].h, sag_rolle_navn((enum sag_rolle)r),
                         ja ? "tilladt" : "nægtet");
        }
    assert_false(sag_tj_tilladt((enum sag_rolle)0, SAG_HANDLING_LISTE));
    assert_false(sag_tj_tilladt((enum sag_rolle)9, SAG_HANDLING_LISTE));
    assert_true(sag_tj_ser_fuldt_cpr(SAG_ROLLE_SAGSBEHANDLER));
    assert_true(sag_tj_ser_fuldt_cpr(SAG_ROLLE_JURIST));
    assert_false(sag_tj_ser_fuldt_cpr(SAG_ROLLE_TEAMLEDER));
    assert_false(sag_tj_ser_fuldt_cpr(SAG_ROLLE_LEDELSE));
    /* A citizen reads only their own cases, with their own number. */
    assert_true(sag_tj_ser_fuldt_cpr(SAG_ROLLE_BORGER));
    assert_false(sag_tj_ser_fuldt_cpr(SAG_ROLLE_FORSIKRING));
    assert_int_equal(sag_navn_til_rolle("teamleder"), SAG_ROLLE_TEAMLEDER);
    assert_int_equal(sag_navn_til_rolle("borger"), SAG_ROLLE_BORGER);
    assert_int_equal(sag_navn_til_rolle("forsikring"), SAG_ROLLE_FORSIKRING);
    assert_string_equal(sag_rolle_navn(SAG_ROLLE_FORSIKRING), "forsikring");
    assert_null(sag_rolle_navn((enum sag_rolle)7));
    assert_int_equal(sag_navn_til_rolle("chef"), 0);
}

/* ---- creating and changing cases ---- */

static void
test_opret_hvem_og_hvornaar(void **state)
{
    struct sag_store *s = aabn(sti);
    struct sag_tj k = kontekst(s, "sb1", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_haendelse h = haendelse_paa(SAG_H_OPRETTET, "2025-02-14");
    struct sag_arena a;
    struct sag_tj_mappe *m = test_malloc(sizeof(*m));
    struct sag_diag d;
    char id[SAG_ID_MAX];

    (void)state;
    sag_store_saet_ur(s, fast_ur, NULL);
    h.bruger = "forfalsket";                /* a caller cannot set who */
    h.registreret = "2001-01-01T00:00:00Z"; /* … nor when */
    h.ny.type = SAG_SAGSTYPE_ULYKKE;
    h.ny.generation = SAG_GENERATION_FOERSTEGANG;
    h.ny.skadedato = dato_iso("2025-02-10");
    h.ny.anmeldelsesdato = dato_iso("2025-02-14");
    h.ny.har_skadedato = h.ny.har_anmeldelsesdato = true;
    h.ny.cpr = "0506799011";
    h.ny.team = "T1";
    h.ny.sagsbehandler = "sb1";
    assert_ok(sag_tj_opret(&k, &h, id, &d));
    /* The case number's year is the year of the receipt, 2025. */
    assert_string_equal(id, "AES-2025-000001");
    sag_arena_init(&a, 0);
    assert_ok(sag_tj_sagsmappe(&k, id, "test", &a, m, &d));
    assert_int_equal(m->m.antal_haendelser, 1);
    assert_string_equal(m->m.haendelser[0].bruger, "sb1");
    assert_string_equal(m->m.haendelser[0].registreret, "2026-11-23T10:00:00Z");
    sag_arena_release(&a);
    test_free(m);
    sag_store_luk(s);
}

static void
test_roller_naegtes_og_intet_gemmes(void **state)
{
    struct sag_store *s = aabn(sti);
    struct sag_tj k = kontekst(s, "sb1", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_tj l = kontekst(s, "chef1", SAG_ROLLE_LEDELSE);
    struct sag_tj anonym = kontekst(s, "", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_tj_afgoerelse a;
    struct sag_tj_afgoerelse_svar svar;
    struct sag_haendelse h = haendelse_paa(SAG_H_LUKKET, "2025-03-01");
    struct sag_diag d;
    char id[SAG_ID_MAX], ny[SAG_ID_MAX];
    size_t n;

    (void)state;
    opret_toemrer(&k, id);
    n = antal_haendelser(s, id);
    memset(&a, 0, sizeof(a));
    a.fase = SAG_FASE_ANERKENDELSE;
    a.anerkendt = true;
    a.dato = dato_iso("2025-04-01");
    a.begrundelse = "x";
    assert_status(sag_tj_afgoer(&l, id, &a, &svar, NULL, &d), SAG_EADGANG);
    assert_string_equal(d.felt, "/rolle");
    assert_non_null(strstr(d.besked, "rollen 'ledelse' må ikke"));
    assert_status(sag_tj_haendelse(&l, id, &h, &d), SAG_EADGANG);
    assert_status(sag_tj_afgoer(&anonym, id, &a, &svar, NULL, &d), SAG_EADGANG);
    assert_string_equal(d.felt, "/bruger");
    {
        struct sag_tj_ny_generation g;

        memset(&g, 0, sizeof(g));
        g.dato = dato_iso("2025-05-01");
        g.begrundelse = "x";
        g.nye_oplysninger = "y";
        assert_status(sag_tj_genoptag(&l, id, &g, ny, &d), SAG_EADGANG);
    }
    assert_int_equal(antal_haendelser(s, id), n);
    assert_int_equal(antal_sager(&k), 1);
    sag_store_luk(s);
}

static void
test_haendelse_kun_uden_egen_brug(void **state)
{
    struct sag_store *s = aabn(sti);
    struct sag_tj k = kontekst(s, "sb1", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_diag d;
    char id[SAG_ID_MAX];
    static const enum sag_haendelsestype egen[] = {
        SAG_H_OPRETTET,
        SAG_H_ANERKENDT,
        SAG_H_AFVIST,
        SAG_H_MEN_AFGJORT,
        SAG_H_ERHVERVSEVNETAB_AFGJORT,
        SAG_H_REVISION_PAABEGYNDT,
        SAG_H_GENOPTAGELSE_ANMODET,
        SAG_H_KLAGE_MODTAGET,
        SAG_H_GENVURDERET,
        SAG_H_SENDT_TIL_ANKESTYRELSEN,
        SAG_H_ANKESTYRELSEN_AFGJORT,
    };

    (void)state;
    opret_toemrer(&k, id);
    for (size_t i = 0; i < sizeof(egen) / sizeof(egen[0]); i++) {
        /* A forged decision event with an invented record id and hash. */
        struct sag_haendelse h = haendelse_paa(egen[i], "2025-04-01");

        h.afgoerelse_id = "FALSK-E1";
        h.afgoerelse_hash = "0000";
        h.har_pct = true;
        h.pct = 100;
        assert_status(sag_tj_haendelse(&k, id, &h, &d), SAG_EDENIED);
        assert_string_equal(d.felt, "/type");
    }
    assert_int_equal(antal_haendelser(s, id), 1);
    {
        struct sag_haendelse h =
            haendelse_paa(SAG_H_OPLYSNINGER_ANMODET, "2025-03-01");

        h.anmodning_id = "L1";
        h.part = "laege";
        assert_ok(sag_tj_haendelse(&k, id, &h, &d));
    }
    assert_int_equal(antal_haendelser(s, id), 2);
    sag_store_luk(s);
}

static void
test_afgoerelser_og_id(void **state)
{
    struct sag_store *s = aabn(sti);
    struct sag_tj k = kontekst(s, "sb1", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_tj_afgoerelse a;
    struct sag_tj_afgoerelse_svar svar;
    struct sag_afgoerelse_post p;
    struct sag_buf res;
    struct sag_arena ar;
    struct sag_diag d;
    char id[SAG_ID_MAX], afg[SAG_ID_MAX];

    (void)state;
    opret_toemrer(&k, id);
    anerkend(&k, id, "2025-04-01", afg);
    assert_string_equal(afg, "AES-2025-000001-A1");
    memset(&a, 0, sizeof(a));
    a.fase = SAG_FASE_MEN;
    a.men_pct = 10;
    a.dato = dato_iso("2025-09-01");
    a.begrundelse = "Mén";
    assert_ok(sag_tj_afgoer(&k, id, &a, &svar, NULL, &d));
    assert_string_equal(svar.id, "AES-2025-000001-M2");
    assert_int_equal(svar.pct, 10);
    a.men_pct = 121;
    assert_status(sag_tj_afgoer(&k, id, &a, &svar, NULL, &d), SAG_EINVAL);
    assert_string_equal(d.felt, "/men_pct");

    /* The loss through the engine: (480.000 − 330.000) / 480.000 = 31,25 %
     * (examples/toemrer_2025.json), on the reform grid 15, 20, 30 … the
     * nearest is 30 % (ASL § 17, stk. 1 as amended by lov nr. 1541 af
     * 12/12/2023). */
    a = tab_afgoerelse();
    sag_buf_init(&res, 0);
    assert_ok(sag_tj_afgoer(&k, id, &a, &svar, &res, &d));
    assert_string_equal(svar.id, "AES-2025-000001-E3");
    assert_int_equal(svar.pct, 30);
    assert_int_equal(svar.type, SAG_AFGOERELSE_ENDELIG);
    assert_non_null(
        strstr(res.buf, "\"erhvervsevnetab_beregnet\":\"31.2500\""));
    sag_arena_init(&ar, 0);
    assert_ok(sag_store_hent_afgoerelse(s, svar.id, &ar, &p, &d));
    assert_string_equal(p.resultat, res.buf);
    assert_string_equal(p.input, toemrer);
    assert_int_equal(strlen(svar.hash), 64);
    sag_arena_release(&ar);
    sag_buf_release(&res);

    /* A calculation for another case's dates, or another decision date, is
     * refused and stores nothing. */
    {
        size_t n = antal_haendelser(s, id);

        a.dato = dato_iso("2026-03-03");
        assert_status(sag_tj_afgoer(&k, id, &a, &svar, NULL, &d),
                      SAG_ECONFLICT);
        assert_string_equal(d.felt, "/afgoerelsesdato");
        assert_int_equal(antal_haendelser(s, id), n);
    }
    sag_store_luk(s);
}

static void
test_klage_hjemvisning_og_genoptagelse(void **state)
{
    struct sag_store *s = aabn(sti);
    struct sag_tj k = kontekst(s, "sb1", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_tj_klage kl;
    struct sag_tj_klageskridt r;
    struct sag_tj_ny_generation g;
    struct sag_tilstand t;
    struct sag_diag d;
    char id[SAG_ID_MAX], afg[SAG_ID_MAX], klage[SAG_ID_MAX], ny[SAG_ID_MAX];

    (void)state;
    opret_toemrer(&k, id);
    anerkend(&k, id, "2025-04-01", afg);
    memset(&kl, 0, sizeof(kl));
    kl.afgoerelse_id = afg;
    kl.part = "tilskadekomne";
    kl.dato = dato_iso("2025-04-20");
    kl.begrundelse = "Klage";
    assert_ok(sag_tj_klage(&k, id, &kl, klage, &d));
    assert_string_equal(klage, "AES-2025-000001-K1");

    memset(&r, 0, sizeof(r));
    r.klage_id = klage;
    r.dato = dato_iso("2025-05-01");
    r.begrundelse = "Genvurderet";
    /* No outcome: refused by the state machine, naming the field. */
    assert_status(sag_tj_genvurder(&k, id, &r, &d), SAG_EINVAL);
    assert_string_equal(d.felt, "/udfald");
    r.udfald = SAG_UDFALD_FASTHOLDT;
    assert_ok(sag_tj_genvurder(&k, id, &r, &d));
    r.udfald = SAG_UDFALD_INGEN;
    assert_ok(sag_tj_send_til_ankestyrelsen(&k, id, &r, &d));
    r.udfald = SAG_UDFALD_HJEMVIST;
    r.dato = dato_iso("2026-02-02");
    assert_ok(sag_tj_ankestyrelsen(&k, id, &r, ny, &d));
    /* The remitted case: a new case of the remittal's year, linked, with
     * the injury's dates, received on the remittal's date. */
    assert_string_equal(ny, "AES-2026-000001");
    assert_ok(sag_store_tilstand(s, ny, &t, &d));
    assert_int_equal(t.generation, SAG_GENERATION_HJEMVISNING);
    assert_string_equal(t.forrige_sag_id, id);
    assert_int_equal(t.skadedato.dage, dato_iso("2025-02-10").dage);
    assert_int_equal(t.modtaget_dato.dage, dato_iso("2026-02-02").dage);
    assert_string_equal(t.cpr, "050679-9011");
    /* The recognition itself was remitted: it is decided again. */
    assert_int_equal(t.anerkendelse, SAG_FASE_UAFGJORT);

    /* Decided twice: refused, and no second case is created — the case
     * counter of the refused transaction is not spent either. */
    r.udfald = SAG_UDFALD_HJEMVIST;
    assert_status(sag_tj_ankestyrelsen(&k, id, &r, ny, &d), SAG_EDENIED);
    assert_int_equal(antal_sager(&k), 2);

    memset(&g, 0, sizeof(g));
    g.dato = dato_iso("2026-03-01");
    g.begrundelse = "Anmodning";
    g.nye_oplysninger = "Ny lægeerklæring";
    assert_ok(sag_tj_genoptag(&k, id, &g, ny, &d));
    assert_string_equal(ny, "AES-2026-000002");
    assert_ok(sag_store_tilstand(s, ny, &t, &d));
    assert_int_equal(t.generation, SAG_GENERATION_ANDENGANG);
    sag_store_luk(s);
}

/* Issue 10, items 4 and 5: dates after today are refused and store
 * nothing; the case number's year is the year received; a remittal of the
 * loss decision keeps the recognition and closes the old revision task. */
static void
test_datoer_og_hjemvisning_arver(void **state)
{
    struct sag_store *s = aabn(sti);
    struct sag_tj k = kontekst(s, "sb1", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_haendelse h = haendelse_paa(SAG_H_OPRETTET, "2026-12-02");
    struct sag_tj_afgoerelse a;
    struct sag_tj_afgoerelse_svar sv;
    struct sag_tj_klage kl;
    struct sag_tj_klageskridt r;
    struct sag_tilstand t;
    struct sag_diag d;
    char id[SAG_ID_MAX], afg[SAG_ID_MAX], klage[SAG_ID_MAX], ny[SAG_ID_MAX];

    (void)state;
    h.ny.type = SAG_SAGSTYPE_ULYKKE;
    h.ny.generation = SAG_GENERATION_FOERSTEGANG;
    h.ny.skadedato = dato_iso("2025-12-10");
    h.ny.anmeldelsesdato = dato_iso("2025-12-20");
    h.ny.har_skadedato = h.ny.har_anmeldelsesdato = true;
    h.ny.har_modtaget_dato = true;
    h.ny.modtaget_dato = dato_iso("2025-12-30");
    h.ny.cpr = "0506799011";
    h.ny.team = "T1";
    /* Today is 1.12.2026: the 2nd is in the future. */
    assert_status(sag_tj_opret(&k, &h, id, &d), SAG_EINVAL);
    assert_string_equal(d.felt, "/dato");
    assert_int_equal(antal_sager(&k), 0);
    /* Created in 2026, received 30.12.2025: a 2025 number. */
    h.dato = dato_iso("2026-01-05");
    assert_ok(sag_tj_opret(&k, &h, id, &d));
    assert_string_equal(id, "AES-2025-000001");

    opret_toemrer(&k, id);
    assert_string_equal(id, "AES-2025-000002");
    anerkend(&k, id, "2025-04-01", afg);
    a = tab_afgoerelse();
    a.dato = dato_iso("2026-12-05"); /* ahead of today */
    assert_status(sag_tj_afgoer(&k, id, &a, &sv, NULL, &d), SAG_EINVAL);
    assert_string_equal(d.felt, "/dato");
    a = tab_afgoerelse();
    assert_ok(sag_tj_afgoer(&k, id, &a, &sv, NULL, &d));
    memset(&kl, 0, sizeof(kl));
    kl.afgoerelse_id = sv.id;
    kl.part = "tilskadekomne";
    kl.dato = dato_iso("2031-03-20"); /* five years ahead (the issue) */
    kl.begrundelse = "Klage";
    assert_status(sag_tj_klage(&k, id, &kl, klage, &d), SAG_EINVAL);
    assert_string_equal(d.felt, "/dato");
    kl.dato = dato_iso("2026-03-20");
    assert_ok(sag_tj_klage(&k, id, &kl, klage, &d));
    memset(&r, 0, sizeof(r));
    r.klage_id = klage;
    r.dato = dato_iso("2026-04-01");
    r.begrundelse = "x";
    r.udfald = SAG_UDFALD_FASTHOLDT;
    assert_ok(sag_tj_genvurder(&k, id, &r, &d));
    r.udfald = SAG_UDFALD_INGEN;
    assert_ok(sag_tj_send_til_ankestyrelsen(&k, id, &r, &d));
    r.udfald = SAG_UDFALD_HJEMVIST;
    r.dato = dato_iso("2026-09-01");
    assert_ok(sag_tj_ankestyrelsen(&k, id, &r, ny, &d));
    assert_ok(sag_store_tilstand(s, ny, &t, &d));
    assert_int_equal(t.anerkendelse, SAG_FASE_ANERKENDT);
    sag_store_luk(s);
}

/* ---- reading ---- */

static int
laesning(void *ctx, const struct sag_laesning *l)
{
    struct sag_buf *b = ctx;

    sag_buf_addf(b, "%s|%s|%s\n", l->bruger, l->rolle, l->grund);
    return 0;
}

/* Issue 10, item 1: a second case for the same person and injury date is
 * found (the warning), another injury date is not; the search by CPR
 * number is for roles that see full numbers and logs each hit. */
static void
test_dublet_og_cpr_soegning(void **state)
{
    struct sag_store *s = aabn(sti);
    struct sag_tj k = kontekst(s, "sb1", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_tj l = kontekst(s, "led1", SAG_ROLLE_LEDELSE);
    struct sag_haendelse h = haendelse_paa(SAG_H_OPRETTET, "2025-02-14");
    struct sag_diag d;
    struct sag_buf b;
    char id1[SAG_ID_MAX], id2[SAG_ID_MAX], id3[SAG_ID_MAX];
    char ids[4][SAG_ID_MAX];
    size_t n = 99, hits = 0;

    (void)state;
    opret_toemrer(&k, id1);
    h.ny.type = SAG_SAGSTYPE_ULYKKE;
    h.ny.generation = SAG_GENERATION_FOERSTEGANG;
    h.ny.skadedato = dato_iso("2025-02-10");
    h.ny.anmeldelsesdato = dato_iso("2025-02-14");
    h.ny.har_skadedato = h.ny.har_anmeldelsesdato = true;
    h.ny.cpr = "050679-9011"; /* the other form of opret_toemrer's */
    h.ny.team = "T1";
    assert_ok(sag_tj_dubletter(&k, &h, NULL, ids, 4, &n, &d));
    assert_int_equal(n, 1);
    assert_string_equal(ids[0], id1);
    assert_ok(sag_tj_opret(&k, &h, id2, &d));
    assert_ok(sag_tj_dubletter(&k, &h, id2, ids, 4, &n, &d));
    assert_int_equal(n, 1);
    /* Another injury date is no duplicate. */
    h.ny.skadedato = dato_iso("2025-02-11");
    assert_ok(sag_tj_opret(&k, &h, id3, &d));
    assert_ok(sag_tj_dubletter(&k, &h, id3, ids, 4, &n, &d));
    assert_int_equal(n, 0);
    /* Search: three cases; management may not. */
    assert_ok(sag_tj_soeg_cpr(&k, "0506799011", tael_sag, &hits, &d));
    assert_int_equal(hits, 3);
    assert_status(sag_tj_soeg_cpr(&l, "0506799011", tael_sag, &hits, &d),
                  SAG_EADGANG);
    assert_string_equal(d.felt, "/cpr");
    assert_null(strstr(d.besked, "9011"));
    /* A bad number is refused without being echoed. */
    assert_status(sag_tj_soeg_cpr(&k, "3201809011", tael_sag, &hits, &d),
                  SAG_EINVAL);
    assert_null(strstr(d.besked, "9011"));
    /* The hits are in the read log. */
    sag_buf_init(&b, 0);
    assert_ok(sag_tj_laesninger(&k, id1, laesning, &b, &d));
    assert_non_null(strstr(b.buf, "sb1|sagsbehandler|soegning paa CPR-nummer"));
    sag_buf_release(&b);
    sag_store_luk(s);
}

static void
test_mappe_maskeret_og_logget(void **state)
{
    struct sag_store *s = aabn(sti);
    struct sag_tj k = kontekst(s, "sb1", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_tj t = kontekst(s, "tl1", SAG_ROLLE_TEAMLEDER);
    struct sag_tj_mappe *m = test_malloc(sizeof(*m));
    struct sag_tj_genberegning g;
    struct sag_tj_afgoerelse a;
    struct sag_tj_afgoerelse_svar svar;
    struct sag_arena ar;
    struct sag_buf b;
    struct sag_diag d;
    char id[SAG_ID_MAX], afg[SAG_ID_MAX];

    (void)state;
    opret_toemrer(&k, id);
    anerkend(&k, id, "2025-04-01", afg);
    a = tab_afgoerelse();
    assert_ok(sag_tj_afgoer(&k, id, &a, &svar, NULL, &d));
    sag_arena_init(&ar, 0);
    sag_buf_init(&b, 0);

    assert_ok(sag_tj_sagsmappe(&t, id, "tilsyn", &ar, m, &d));
    assert_false(m->fuldt_cpr);
    assert_string_equal(m->m.tilstand.cpr, "050679-XXXX");
    assert_null(m->m.haendelser[0].data); /* the CPR-bearing payload */
    assert_non_null(m->m.haendelser[1].data);
    sag_mappe_json(m, &b);
    assert_null(strstr(b.buf, "9011"));
    assert_non_null(strstr(b.buf, "\"cpr\":\"050679-XXXX\""));

    sag_buf_reset(&b);
    assert_ok(sag_tj_sagsmappe(&k, id, "sagsbehandling", &ar, m, &d));
    assert_true(m->fuldt_cpr);
    assert_string_equal(m->m.tilstand.cpr, "050679-9011");
    /* As of 1.12.2026 under the reform: deadlines and tasks are there. */
    assert_int_equal(m->regime, SAG_FRISTREGIME_REFORM);
    assert_int_equal(m->idag.dage, dato_iso("2026-12-01").dage);
    assert_true(m->antal_frister > 0);

    /* A team lead may recompute (identical with the same tables); that
     * reads the case, so it is logged too. */
    assert_ok(sag_tj_genberegn(&t, svar.id, &g, &d));
    assert_true(g.identisk);
    assert_string_equal(g.satser_ved, g.satser_nu);

    assert_ok(sag_tj_laesninger(&k, id, laesning, &b, &d));
    assert_string_equal(b.buf, "tl1|teamleder|tilsyn\n"
                               "sb1|sagsbehandler|sagsbehandling\n"
                               "tl1|teamleder|genberegning\n");
    /* Export is for the case-handling roles only. */
    assert_status(sag_tj_eksport(&t, id, NULL, &ar, m, &d), SAG_EADGANG);
    sag_buf_release(&b);
    sag_arena_release(&ar);
    test_free(m);
    sag_store_luk(s);
}

/* The case folder lists the case's letters (issue 11, item 5): described,
 * without their bytes. The SHA-256 is of the 13 bytes "%PDF-1.7 brev"
 * (sha256sum). */
static void
test_mappe_med_breve(void **state)
{
    struct sag_store *s = aabn(sti);
    struct sag_tj k = kontekst(s, "sb1", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_tj_mappe *m = test_malloc(sizeof(*m));
    static const unsigned char pdf[] = "%PDF-1.7 brev";
    struct sag_tj_brev brev;
    struct sag_tj_brev_svar svar;
    struct sag_arena ar;
    struct sag_buf b;
    struct sag_diag d;
    char id[SAG_ID_MAX], afg[SAG_ID_MAX], forventet[SAG_ID_MAX + 8];

    (void)state;
    opret_toemrer(&k, id);
    sag_arena_init(&ar, 0);
    sag_buf_init(&b, 0);
    assert_ok(sag_tj_sagsmappe(&k, id, "sagsbehandling", &ar, m, &d));
    assert_int_equal(m->antal_breve, 0);
    anerkend(&k, id, "2025-04-01", afg);
    memset(&brev, 0, sizeof(brev));
    brev.sag_id = id;
    brev.afgoerelse_id = afg;
    brev.type = "anerkendelse";
    brev.dato = dato_iso("2025-04-01");
    brev.pdf = pdf;
    brev.pdf_len = sizeof(pdf) - 1;
    brev.html = "<p>brev</p>";
    assert_ok(sag_tj_brev_gem(&k, &brev, &svar, &d));

    assert_ok(sag_tj_sagsmappe(&k, id, "sagsbehandling", &ar, m, &d));
    assert_int_equal(m->antal_breve, 1);
    (void)snprintf(forventet, sizeof(forventet), "%s-B1", id);
    assert_string_equal(m->breve[0].id, forventet);
    assert_string_equal(m->breve[0].type, "anerkendelse");
    assert_string_equal(m->breve[0].dato, "2025-04-01");
    assert_string_equal(m->breve[0].afgoerelse_id, afg);
    assert_int_equal(m->breve[0].pdf_len, 13);
    assert_string_equal(
        m->breve[0].sha256,
        "b163f9b02834ebf3a618919a743fdb5aa948b6ca43fcaa3ba40ec249524c8fa8");
    assert_null(m->breve[0].pdf);
    assert_null(m->breve[0].html);
    sag_mappe_json(m, &b);
    assert_non_null(strstr(b.buf, "\"breve\":[{\"id\":\""));
    assert_non_null(strstr(b.buf, "\"bytes\":13,"));
    assert_null(strstr(b.buf, "%PDF"));
    assert_null(strstr(b.buf, "<p>brev"));
    sag_buf_release(&b);
    sag_arena_release(&ar);
    test_free(m);
    sag_store_luk(s);
}

static size_t
overskredne(const struct sag_tj_arbejdsliste *l)
{
    size_t n = 0;

    for (size_t i = 0; i < l->antal_til_behandling; i++)
        n += l->til_behandling[i].overskredet;
    return n;
}

static void
test_arbejdsliste_overskredet(void **state)
{
    struct sag_store *s = aabn(sti);
    struct sag_tj k = kontekst(s, "sb1", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_tj_arbejdsliste l;
    struct sag_arena a;
    struct sag_diag d;
    char id[SAG_ID_MAX];

    (void)state;
    sag_arena_init(&a, 0);
    opret_toemrer(&k, id);
    /* A reform case (injury 10.2.2025) has the 7-month service target:
     * 14.2.2025 + 7 months = 14.9.2025, before today 1.12.2026. */
    assert_ok(sag_tj_arbejdsliste(&k, "T1", NULL, 50, &a, &l, &d));
    assert_int_equal(l.antal_til_behandling, 1);
    assert_string_equal(l.til_behandling[0].p.sag_id, id);
    assert_string_equal(l.til_behandling[0].p.forfald, "2025-09-14");
    assert_int_equal(overskredne(&l), 1);
    assert_int_equal(l.antal_venter, 0);
    k.idag = dato_iso("2025-09-14"); /* due today: not overdue */
    assert_ok(sag_tj_arbejdsliste(&k, "T1", NULL, 50, &a, &l, &d));
    assert_int_equal(l.antal_til_behandling, 1);
    assert_int_equal(overskredne(&l), 0);
    /* A team and a caseworker at once is refused, naming the field. */
    assert_status(sag_tj_arbejdsliste(&k, "T1", "sb1", 50, &a, &l, &d),
                  SAG_EINVAL);
    assert_string_equal(d.felt, "/team");
    sag_arena_release(&a);
    sag_store_luk(s);
}

/* The worklist's filter in the use case (issue 12: the UI and the API
 * share it). One case: a reform accident (injury 10.2.2025, notified
 * 14.2.2025) whose one task, the 7-month service target, is due
 * 14.9.2025, overdue on 1.12.2026, with caseworker sb1. */
static size_t
filtreret(const struct sag_tj *k, const struct sag_tj_arbejdsfilter *f,
          struct sag_arena *a)
{
    struct sag_tj_arbejdsliste l;
    struct sag_diag d;

    assert_ok(sag_tj_arbejdsliste_filtreret(k, "T1", NULL, f, 50, a, &l, &d));
    assert_int_equal(l.antal_venter, 0);
    return l.antal_til_behandling;
}

static void
test_arbejdsliste_filter(void **state)
{
    struct sag_store *s = aabn(sti);
    struct sag_tj k = kontekst(s, "sb1", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_tj_arbejdsfilter f;
    struct sag_tj_arbejdsliste l;
    struct sag_arena a;
    struct sag_diag d;
    char id[SAG_ID_MAX];

    (void)state;
    sag_arena_init(&a, 0);
    opret_toemrer(&k, id);
    memset(&f, 0, sizeof(f));
    assert_int_equal(filtreret(&k, &f, &a), 1);
    assert_int_equal(filtreret(&k, NULL, &a), 1);
    /* Status. */
    f.status = "overskredet";
    assert_int_equal(filtreret(&k, &f, &a), 1);
    f.status = "i_tide";
    assert_int_equal(filtreret(&k, &f, &a), 0);
    f.status = "venter";
    assert_int_equal(filtreret(&k, &f, &a), 0);
    f.status = "";
    assert_int_equal(filtreret(&k, &f, &a), 1);
    /* The case type. */
    f.type = "erhvervssygdom";
    assert_int_equal(filtreret(&k, &f, &a), 0);
    f.type = "ulykke";
    assert_int_equal(filtreret(&k, &f, &a), 1);
    /* The due date's period, both days included. */
    f.har_fra = true;
    f.fra = dato_iso("2025-09-15");
    assert_int_equal(filtreret(&k, &f, &a), 0);
    f.fra = dato_iso("2025-09-14");
    assert_int_equal(filtreret(&k, &f, &a), 1);
    f.har_til = true;
    f.til = dato_iso("2025-09-14");
    assert_int_equal(filtreret(&k, &f, &a), 1);
    f.har_fra = false;
    f.til = dato_iso("2025-09-13");
    assert_int_equal(filtreret(&k, &f, &a), 0);
    f.har_til = false;
    /* Free text: the caseworker in any case, the case number, the task. */
    f.tekst = "SB1";
    assert_int_equal(filtreret(&k, &f, &a), 1);
    f.tekst = id + 4;
    assert_int_equal(filtreret(&k, &f, &a), 1);
    f.tekst = "servicem";
    assert_int_equal(filtreret(&k, &f, &a), 1);
    f.tekst = "sb2";
    assert_int_equal(filtreret(&k, &f, &a), 0);
    f.tekst = NULL;
    /* Refusals, naming the field. */
    f.status = "snart";
    assert_status(
        sag_tj_arbejdsliste_filtreret(&k, "T1", NULL, &f, 50, &a, &l, &d),
        SAG_EINVAL);
    assert_string_equal(d.felt, "/status");
    f.status = NULL;
    f.type = "bil";
    assert_status(
        sag_tj_arbejdsliste_filtreret(&k, "T1", NULL, &f, 50, &a, &l, &d),
        SAG_EINVAL);
    assert_string_equal(d.felt, "/type");
    f.type = NULL;
    f.har_fra = f.har_til = true;
    f.fra = dato_iso("2025-09-15");
    f.til = dato_iso("2025-09-14");
    assert_status(
        sag_tj_arbejdsliste_filtreret(&k, "T1", NULL, &f, 50, &a, &l, &d),
        SAG_EINVAL);
    assert_string_equal(d.felt, "/til");
    /* The scope holds as without a filter. */
    memset(&f, 0, sizeof(f));
    sag_tj_omfang(&k, "T1", NULL, NULL);
    assert_status(
        sag_tj_arbejdsliste_filtreret(&k, "T2", NULL, &f, 50, &a, &l, &d),
        SAG_EADGANG);
    sag_arena_release(&a);
    sag_store_luk(s);
}

/* Which team's board figures a caller sees (sag_tj_rapportteam): the
 * application layer decides, not the page. */
static void
test_rapportteam(void **state)
{
    struct sag_store *s = aabn(sti);
    struct sag_tj led = kontekst(s, "le1", SAG_ROLLE_LEDELSE);
    struct sag_tj tl = kontekst(s, "tl1", SAG_ROLLE_TEAMLEDER);
    struct sag_tj borger = kontekst(s, "b1", SAG_ROLLE_BORGER);
    const char *t = "x";
    struct sag_diag d;

    (void)state;
    sag_tj_omfang(&tl, "T1", NULL, NULL);
    /* Management: the team named, or the whole portfolio. */
    assert_ok(sag_tj_rapportteam(&led, "T2", &t, &d));
    assert_string_equal(t, "T2");
    assert_ok(sag_tj_rapportteam(&led, "", &t, &d));
    assert_null(t);
    /* A team leader: their own team, named or not; another is refused. */
    assert_ok(sag_tj_rapportteam(&tl, NULL, &t, &d));
    assert_string_equal(t, "T1");
    assert_ok(sag_tj_rapportteam(&tl, "T1", &t, &d));
    assert_string_equal(t, "T1");
    assert_status(sag_tj_rapportteam(&tl, "T2", &t, &d), SAG_EADGANG);
    assert_string_equal(d.felt, "/team");
    assert_null(t);
    /* No reports for the injured person at all. */
    assert_status(sag_tj_rapportteam(&borger, NULL, &t, &d), SAG_EADGANG);
    sag_store_luk(s);
}

/* The board's figures per team (issue 12): two accidents in T1 and one
 * in T2, all notified 14.2.2025 and open; for 2025 as of 31.12.2025 each
 * team's intake and pending are its own cases, none closed. A team leader
 * gets their own team; the injured person's role may not see reports. */
struct pr_team {
    size_t n;
    char team[4][8];
    long tilgang[4], verserende[4], afsluttet[4];
};

static int
pr_team_cb(void *ctx, const char *team, const struct sag_pf_rapport *r)
{
    struct pr_team *u = ctx;

    if (u->n < 4) {
        (void)snprintf(u->team[u->n], sizeof(u->team[0]), "%s", team);
        u->tilgang[u->n] = r->tilgang;
        u->verserende[u->n] = r->verserende;
        u->afsluttet[u->n] = r->afsluttet;
    }
    u->n++;
    return 0;
}

struct bag_sager {
    long n;
    char sidste[SAG_ID_MAX];
};

static int
bag_sager_cb(void *ctx, const char *sag_id, struct sag_dato dato)
{
    struct bag_sager *b = ctx;

    (void)dato;
    b->n++;
    (void)snprintf(b->sidste, sizeof(b->sidste), "%s", sag_id);
    return 0;
}

/* A page of one: stops the list after the first case. */
static int
bag_en_cb(void *ctx, const char *sag_id, struct sag_dato dato)
{
    (void)bag_sager_cb(ctx, sag_id, dato);
    return 1;
}

/* The 2025 intake behind its figure (list and count afresh: the count
 * starts at -1 so a count never written fails the test). */
static enum sag_status
bag_2025(const struct sag_tj *k, const char *team,
         int (*cb)(void *ctx, const char *sag_id, struct sag_dato dato),
         struct bag_sager *bs, long *antal)
{
    struct sag_pf_tal t = { SAG_PF_TAL_TILGANG, 0 };
    struct sag_diag d;

    memset(bs, 0, sizeof(*bs));
    *antal = -1;
    return sag_tj_portefolje_sager(
        k, team, dato_iso("2025-01-01"), dato_iso("2025-12-31"),
        dato_iso("2025-12-31"), &t, cb, bs, antal, &d);
}

static void
test_portefolje_teams(void **state)
{
    struct sag_store *s = aabn(sti);
    struct sag_tj sb = kontekst(s, "sb1", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_tj led = kontekst(s, "le1", SAG_ROLLE_LEDELSE);
    struct sag_tj tl = kontekst(s, "tl1", SAG_ROLLE_TEAMLEDER);
    struct sag_tj borger = kontekst(s, "b1", SAG_ROLLE_BORGER);
    struct sag_haendelse h = haendelse_paa(SAG_H_OPRETTET, "2025-02-14");
    struct pr_team u;
    struct sag_diag d;
    char a[SAG_ID_MAX], b[SAG_ID_MAX], c[SAG_ID_MAX];

    (void)state;
    opret_toemrer(&sb, a);
    opret_toemrer(&sb, b);
    h.ny.type = SAG_SAGSTYPE_ULYKKE;
    h.ny.generation = SAG_GENERATION_FOERSTEGANG;
    h.ny.har_skadedato = h.ny.har_anmeldelsesdato = true;
    h.ny.skadedato = dato_iso("2025-02-10");
    h.ny.anmeldelsesdato = dato_iso("2025-02-14");
    h.ny.cpr = "0101809011";
    h.ny.team = "T2";
    h.ny.sagsbehandler = "sb7";
    assert_ok(sag_tj_opret(&sb, &h, c, &d));
    memset(&u, 0, sizeof(u));
    assert_ok(sag_tj_portefolje_teams(
        &led, dato_iso("2025-01-01"), dato_iso("2025-12-31"),
        dato_iso("2025-12-31"), pr_team_cb, &u, &d));
    assert_int_equal(u.n, 2);
    assert_string_equal(u.team[0], "T1");
    assert_int_equal(u.tilgang[0], 2);
    assert_int_equal(u.verserende[0], 2);
    assert_int_equal(u.afsluttet[0], 0);
    assert_string_equal(u.team[1], "T2");
    assert_int_equal(u.tilgang[1], 1);
    assert_int_equal(u.verserende[1], 1);
    /* Before the cases came: nothing in the period, nothing pending. */
    memset(&u, 0, sizeof(u));
    assert_ok(sag_tj_portefolje_teams(
        &led, dato_iso("2024-01-01"), dato_iso("2024-12-31"),
        dato_iso("2024-12-31"), pr_team_cb, &u, &d));
    assert_int_equal(u.n, 2);
    assert_int_equal(u.tilgang[0] + u.tilgang[1], 0);
    assert_int_equal(u.verserende[0] + u.verserende[1], 0);
    /* The team leader's scope: T2 only. */
    sag_tj_omfang(&tl, "T2", NULL, NULL);
    memset(&u, 0, sizeof(u));
    assert_ok(sag_tj_portefolje_teams(
        &tl, dato_iso("2025-01-01"), dato_iso("2025-12-31"),
        dato_iso("2025-12-31"), pr_team_cb, &u, &d));
    assert_int_equal(u.n, 1);
    assert_string_equal(u.team[0], "T2");
    assert_status(sag_tj_portefolje_teams(
                      &borger, dato_iso("2025-01-01"), dato_iso("2025-12-31"),
                      dato_iso("2025-12-31"), pr_team_cb, &u, &d),
                  SAG_EADGANG);
    /* The cases behind a figure: the 2025 intake is a, b (T1) and c (T2);
     * the team leader's are T2's, another team's refused. */
    {
        struct bag_sager bs;
        long antal = -1;

        /* The whole portfolio: 3 listed, figure 3. */
        assert_ok(bag_2025(&led, NULL, bag_sager_cb, &bs, &antal));
        assert_int_equal(bs.n, 3);
        assert_int_equal(antal, 3);
        /* A page of one: the list stops, the figure is still all 3. */
        assert_ok(bag_2025(&led, NULL, bag_en_cb, &bs, &antal));
        assert_int_equal(bs.n, 1);
        assert_int_equal(antal, 3);
        assert_ok(bag_2025(&led, "T2", bag_sager_cb, &bs, &antal));
        assert_int_equal(bs.n, 1);
        assert_int_equal(antal, 1);
        assert_string_equal(bs.sidste, c);
        /* A team with no facts: nothing behind the figure, 0. */
        assert_ok(bag_2025(&led, "T9", bag_sager_cb, &bs, &antal));
        assert_int_equal(bs.n, 0);
        assert_int_equal(antal, 0);
        /* The team leader's own team by default. */
        assert_ok(bag_2025(&tl, NULL, bag_sager_cb, &bs, &antal));
        assert_int_equal(bs.n, 1);
        assert_int_equal(antal, 1);
        assert_string_equal(bs.sidste, c);
        assert_status(bag_2025(&tl, "T1", bag_sager_cb, &bs, &antal),
                      SAG_EADGANG);
        assert_status(bag_2025(&borger, NULL, bag_sager_cb, &bs, &antal),
                      SAG_EADGANG);
    }
    sag_store_luk(s);
}

/* The report cache's snapshot of the facts: a period, a team's figures
 * and a drill-down are computed from it, not from the store (a case
 * created after the snapshot is not seen until the next refresh), and a
 * reader keeps its snapshot while the refresh replaces it (a thread
 * refreshing while another reads: ASan sees no use after free). */
struct snapshot_laeser {
    struct sag_tj k;
    int fejl;
};

static void *
snapshot_laes(void *arg)
{
    struct snapshot_laeser *l = arg;
    struct sag_pf_tal t = { SAG_PF_TAL_VERSERENDE, 0 };
    struct sag_diag d;

    for (int i = 0; i < 200; i++) {
        struct bag_sager bs;
        struct sag_dato fra = dato_iso("2025-01-01");

        long antal = -1;

        memset(&bs, 0, sizeof(bs));
        fra.dage += i % 20; /* another period now and then */
        /* The figure and its list from one snapshot, whichever. */
        if (sag_tj_portefolje_sager(&l->k, NULL, fra, dato_iso("2025-12-31"),
                                    dato_iso("2025-12-31"), &t, bag_sager_cb,
                                    &bs, &antal, &d) != SAG_OK ||
            (bs.n != 2 && bs.n != 3) || antal != bs.n)
            l->fejl++;
    }
    return NULL;
}

static void
test_rapportcache_snapshot(void **state)
{
    struct sag_store *s = aabn(sti), *s2;
    struct sag_tj sb = kontekst(s, "sb1", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_tj led = kontekst(s, "le1", SAG_ROLLE_LEDELSE);
    struct sag_tj_rapportcache *c = sag_tj_rapportcache_ny(600);
    struct sag_pf_tal t = { SAG_PF_TAL_TILGANG, 0 };
    struct snapshot_laeser l;
    struct bag_sager bs;
    struct sag_pf_rapport *r = malloc(sizeof(*r));
    struct sag_diag d;
    pthread_t traad;
    long antal = -1;
    char a[SAG_ID_MAX], b[SAG_ID_MAX];

    (void)state;
    assert_non_null(c);
    assert_non_null(r);
    opret_toemrer(&sb, a);
    opret_toemrer(&sb, b);
    led.rapportcache = c;
    assert_ok(sag_tj_rapportcache_forny(&led, dato_iso("2026-01-01"),
                                        dato_iso("2026-12-01"),
                                        dato_iso("2026-12-01"), NULL, &d));
    /* Another period than the refresh's, kept in the cache: 2 in 2025. */
    assert_ok(sag_tj_portefolje(&led, dato_iso("2025-01-01"),
                                dato_iso("2025-12-31"), dato_iso("2025-12-31"),
                                r, NULL, NULL, &d));
    assert_int_equal(r->tilgang, 2);
    /* A third case: the snapshot's figures have two, the store's three;
     * the figure behind the drill-down is the snapshot's too. */
    opret_toemrer(&sb, b);
    memset(&bs, 0, sizeof(bs));
    assert_ok(sag_tj_portefolje_sager(
        &led, NULL, dato_iso("2025-01-01"), dato_iso("2025-12-31"),
        dato_iso("2025-12-31"), &t, bag_sager_cb, &bs, &antal, &d));
    assert_int_equal(bs.n, 2);
    assert_int_equal(antal, 2);
    /* The refresh reads the facts again: 2025's kept figures were computed
     * from the old snapshot and are not served with the new one, so the
     * page and its drill-down both say 3 (they had said 2 and 3 while the
     * old entry was younger than its 600 s). */
    assert_ok(sag_tj_rapportcache_forny(&led, dato_iso("2026-01-01"),
                                        dato_iso("2026-12-01"),
                                        dato_iso("2026-12-01"), NULL, &d));
    assert_ok(sag_tj_portefolje(&led, dato_iso("2025-01-01"),
                                dato_iso("2025-12-31"), dato_iso("2025-12-31"),
                                r, NULL, NULL, &d));
    assert_int_equal(r->tilgang, 3);
    memset(&bs, 0, sizeof(bs));
    antal = -1;
    assert_ok(sag_tj_portefolje_sager(
        &led, NULL, dato_iso("2025-01-01"), dato_iso("2025-12-31"),
        dato_iso("2025-12-31"), &t, bag_sager_cb, &bs, &antal, &d));
    assert_int_equal(bs.n, 3);
    assert_int_equal(antal, 3);
    free(r);
    led.rapportcache = NULL;
    memset(&bs, 0, sizeof(bs));
    assert_ok(sag_tj_portefolje_sager(
        &led, NULL, dato_iso("2025-01-01"), dato_iso("2025-12-31"),
        dato_iso("2025-12-31"), &t, bag_sager_cb, &bs, NULL, &d));
    assert_int_equal(bs.n, 3);
    /* Refreshing while another thread reads (its own store handle, unused
     * while the snapshot is fresh): each read sees one whole snapshot, the
     * old one's 2 pending cases or the new one's 3. */
    s2 = aabn(sti);
    l.k = kontekst(s2, "le2", SAG_ROLLE_LEDELSE);
    l.k.rapportcache = c;
    l.fejl = 0;
    led.rapportcache = c;
    assert_int_equal(pthread_create(&traad, NULL, snapshot_laes, &l), 0);
    for (int i = 0; i < 5; i++)
        assert_ok(sag_tj_rapportcache_forny(&led, dato_iso("2026-01-01"),
                                            dato_iso("2026-12-01"),
                                            dato_iso("2026-12-01"), NULL, &d));
    assert_int_equal(pthread_join(traad, NULL), 0);
    assert_int_equal(l.fejl, 0);
    memset(&bs, 0, sizeof(bs));
    assert_ok(sag_tj_portefolje_sager(
        &led, NULL, dato_iso("2025-01-01"), dato_iso("2025-12-31"),
        dato_iso("2025-12-31"), &t, bag_sager_cb, &bs, NULL, &d));
    assert_int_equal(bs.n, 3);
    sag_tj_rapportcache_fri(c);
    sag_store_luk(s2);
    sag_store_luk(s);
}

/* Audit of issue 12, point 9: the mén form sent twice made an identical
 * M3 beside M2. The same decision (phase, date, percent) as the phase's
 * latest is refused at /men_pct and stores nothing; another percent the
 * same day, or the same percent another day, is a new decision. */
static void
test_dobbelt_afgoerelse(void **state)
{
    struct sag_store *s = aabn(sti);
    struct sag_tj k = kontekst(s, "sb1", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_tj_afgoerelse a;
    struct sag_tj_afgoerelse_svar svar;
    struct sag_diag d;
    char id[SAG_ID_MAX], afg[SAG_ID_MAX];
    size_t n;

    (void)state;
    opret_toemrer(&k, id);
    anerkend(&k, id, "2025-04-01", afg);
    memset(&a, 0, sizeof(a));
    a.fase = SAG_FASE_MEN;
    a.men_pct = 15;
    a.dato = dato_iso("2025-09-01");
    a.begrundelse = "Mén";
    assert_ok(sag_tj_afgoer(&k, id, &a, &svar, NULL, &d));
    assert_string_equal(svar.id, "AES-2025-000001-M2");
    n = antal_haendelser(s, id);
    assert_status(sag_tj_afgoer(&k, id, &a, &svar, NULL, &d), SAG_ECONFLICT);
    assert_string_equal(d.felt, "/men_pct");
    assert_non_null(strstr(d.besked, "AES-2025-000001-M2"));
    assert_int_equal(antal_haendelser(s, id), n);
    a.men_pct = 20;
    assert_ok(sag_tj_afgoer(&k, id, &a, &svar, NULL, &d));
    assert_string_equal(svar.id, "AES-2025-000001-M3");
    a.men_pct = 15;
    a.dato = dato_iso("2025-09-02");
    assert_ok(sag_tj_afgoer(&k, id, &a, &svar, NULL, &d));
    assert_string_equal(svar.id, "AES-2025-000001-M4");
    sag_store_luk(s);
}

/* Audit of issue 12, point 6: the report counted a case as waiting on
 * others while the worklist did not (a reply past its deadline is AES's to
 * chase). Both now count the worklist's waiting list; a wait names its
 * party in words. Today 1.12.2026. */
static void
test_venter_rapport_som_arbejdsliste(void **state)
{
    struct sag_store *s = aabn(sti);
    struct sag_tj k = kontekst(s, "sb1", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_tj tl = kontekst(s, "tl1", SAG_ROLLE_TEAMLEDER);
    struct sag_haendelse h =
        haendelse_paa(SAG_H_OPLYSNINGER_ANMODET, "2026-10-01");
    struct sag_tj_arbejdsliste l;
    struct sag_tj_teamtal *tal = malloc(sizeof(*tal));
    struct sag_arena a;
    struct sag_diag d;
    char id[SAG_ID_MAX];

    (void)state;
    assert_non_null(tal);
    sag_arena_init(&a, 0);
    opret_toemrer(&k, id);
    /* A request whose reply was due 15.10.2026: past, so not waiting. */
    h.anmodning_id = "L1";
    h.part = "laege";
    h.har_svarfrist = true;
    h.svarfrist = dato_iso("2026-10-15");
    assert_ok(sag_tj_haendelse(&k, id, &h, &d));
    assert_ok(sag_tj_arbejdsliste(&k, "T1", NULL, 50, &a, &l, &d));
    assert_int_equal(l.antal_venter, 0);
    assert_ok(sag_tj_aabne_pr_team(&tl, tal, &d));
    assert_int_equal(tal->n, 1);
    assert_int_equal(tal->aabne[0], 1);
    assert_int_equal(tal->venter[0], 0);
    /* A wait on the doctor since 20.11.2026, and a second request due
     * 29.12.2026: two waiting lines, one case. */
    h = haendelse_paa(SAG_H_AFVENTER_EKSTERN, "2026-11-20");
    h.part = "laege";
    assert_ok(sag_tj_haendelse(&k, id, &h, &d));
    h = haendelse_paa(SAG_H_OPLYSNINGER_ANMODET, "2026-12-01");
    h.anmodning_id = "L2";
    h.part = "arbejdsgiver";
    h.har_svarfrist = true;
    h.svarfrist = dato_iso("2026-12-29");
    assert_ok(sag_tj_haendelse(&k, id, &h, &d));
    assert_ok(sag_tj_arbejdsliste(&k, "T1", NULL, 50, &a, &l, &d));
    assert_int_equal(l.antal_venter, 2);
    assert_string_equal(l.venter[0].p.forfald, "2026-11-20");
    assert_string_equal(l.venter[0].p.tekst, "Afventer lægen");
    assert_string_equal(l.venter[1].p.tekst,
                        "Afventer svar fra arbejdsgiveren; ryk ved fristens "
                        "udløb");
    assert_ok(sag_tj_aabne_pr_team(&tl, tal, &d));
    assert_int_equal(tal->venter[0], 1);
    free(tal);
    sag_arena_release(&a);
    sag_store_luk(s);
}

static void
test_eksport_import_rundtur(void **state)
{
    struct sag_store *s = aabn(sti), *s2 = aabn(sti2);
    struct sag_tj k = kontekst(s, "sb1", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_tj k2 = kontekst(s2, "sb2", SAG_ROLLE_JURIST);
    struct sag_tj_mappe *m = test_malloc(sizeof(*m));
    struct sag_tj_afgoerelse a;
    struct sag_tj_afgoerelse_svar svar;
    struct sag_tj_import imp;
    struct sag_arena ar;
    struct sag_buf b1, b2;
    struct sag_diag d;
    char id[SAG_ID_MAX], afg[SAG_ID_MAX], id2[SAG_ID_MAX];

    (void)state;
    opret_toemrer(&k, id);
    anerkend(&k, id, "2025-04-01", afg);
    a = tab_afgoerelse();
    assert_ok(sag_tj_afgoer(&k, id, &a, &svar, NULL, &d));
    sag_arena_init(&ar, 0);
    sag_buf_init(&b1, 0);
    sag_buf_init(&b2, 0);
    assert_ok(sag_tj_eksport(&k, id, NULL, &ar, m, &d));
    sag_eksport_json(m, &b1);
    assert_ok(sag_eksport_fra_json(b1.buf, b1.len, &ar, &imp, &d));
    assert_string_equal(imp.id, id);
    assert_int_equal(imp.antal_haendelser, 3);
    assert_int_equal(imp.antal_afgoerelser, 1);
    assert_ok(sag_tj_import(&k2, &imp, id2, &d));
    assert_string_equal(id2, id);
    /* The same case again: refused, nothing changed. */
    assert_status(sag_tj_import(&k2, &imp, id2, &d), SAG_ECONFLICT);
    assert_ok(sag_tj_eksport(&k2, id, NULL, &ar, m, &d));
    sag_eksport_json(m, &b2);
    assert_string_equal(b1.buf, b2.buf);
    /* A decision record that does not match its event is refused. */
    {
        struct sag_afgoerelse_post p = imp.afgoerelser[0];
        struct sag_store *s3;
        struct sag_tj k3;

        fjern(sti2);
        sag_store_luk(s2);
        s2 = NULL;
        s3 = aabn(sti2);
        k3 = kontekst(s3, "sb2", SAG_ROLLE_JURIST);
        p.resultat = "{\"erhvervsevnetab_pct\":100}";
        imp.afgoerelser = &p;
        assert_status(sag_tj_import(&k3, &imp, id2, &d), SAG_ECONFLICT);
        assert_string_equal(d.felt, "/afgoerelser");
        assert_int_equal(antal_sager(&k3), 0);
        sag_store_luk(s3);
    }
    /* Malformed exports name the field. */
    assert_status(sag_eksport_fra_json("{\"format\":\"x\"}", 14, &ar, &imp, &d),
                  SAG_EINVAL);
    assert_string_equal(d.felt, "/format");
    sag_buf_release(&b1);
    sag_buf_release(&b2);
    sag_arena_release(&ar);
    test_free(m);
    sag_store_luk(s2);
    sag_store_luk(s);
}

/* ---- two writers on the same case at once ---- */

#define RUNDER 8

struct skriver {
    const char *id;
    int nr;
    pthread_barrier_t *start;
    enum sag_status st[RUNDER];
    char afg[RUNDER][SAG_ID_MAX];
    char besked[RUNDER][SAG_DIAG_MSG_MAX];
};

static void *
skriv(void *arg)
{
    struct skriver *w = arg;
    struct sag_store *s = aabn(sti);
    struct sag_tj k = kontekst(s, "sb1", SAG_ROLLE_SAGSBEHANDLER);

    (void)pthread_barrier_wait(w->start);
    for (int i = 0; i < RUNDER; i++) {
        struct sag_tj_afgoerelse a;
        struct sag_tj_afgoerelse_svar svar;
        struct sag_diag d;

        /* Mén decisions that differ (an identical one the same day would
         * be refused as a double submit): percent 1-16, one per call. */
        memset(&a, 0, sizeof(a));
        a.fase = SAG_FASE_MEN;
        a.men_pct = w->nr * RUNDER + i + 1;
        a.dato = dato_iso("2025-09-01");
        a.begrundelse = "Mén";
        sag_diag_init(&d);
        memset(&svar, 0, sizeof(svar));
        w->st[i] = sag_tj_afgoer(&k, w->id, &a, &svar, NULL, &d);
        memcpy(w->afg[i], svar.id, SAG_ID_MAX);
        memcpy(w->besked[i], d.besked, SAG_DIAG_MSG_MAX);
    }
    sag_store_luk(s);
    return NULL;
}

static void
test_to_skrivere_samme_sag(void **state)
{
    struct sag_store *s = aabn(sti);
    struct sag_tj k = kontekst(s, "sb1", SAG_ROLLE_SAGSBEHANDLER);
    struct skriver w[2];
    pthread_t t[2];
    pthread_barrier_t start;
    struct sag_tilstand ts;
    struct sag_diag d;
    char id[SAG_ID_MAX], afg[SAG_ID_MAX];
    long long n = 0;
    size_t landet = 0;

    (void)state;
    opret_toemrer(&k, id);
    anerkend(&k, id, "2025-04-01", afg);
    assert_int_equal(pthread_barrier_init(&start, NULL, 2), 0);
    for (int i = 0; i < 2; i++) {
        memset(&w[i], 0, sizeof(w[i]));
        w[i].id = id;
        w[i].nr = i;
        w[i].start = &start;
        assert_int_equal(pthread_create(&t[i], NULL, skriv, &w[i]), 0);
    }
    for (int i = 0; i < 2; i++)
        assert_int_equal(pthread_join(t[i], NULL), 0);
    (void)pthread_barrier_destroy(&start);

    /* Every call either landed or was refused as a conflict with a
     * message; the ids that landed are distinct. */
    for (int i = 0; i < 2; i++)
        for (int r = 0; r < RUNDER; r++) {
            if (w[i].st[r] == SAG_OK) {
                landet++;
                for (int j = 0; j < 2; j++)
                    for (int q = 0; q < RUNDER; q++)
                        if ((j != i || q != r) && w[j].st[q] == SAG_OK &&
                            strcmp(w[i].afg[r], w[j].afg[q]) == 0)
                            fail_msg("samme id to gange: %s", w[i].afg[r]);
            } else if (w[i].st[r] != SAG_ECONFLICT ||
                       w[i].besked[r][0] == '\0') {
                fail_msg("skriver %d runde %d: status %d (%s)", i, r,
                         (int)w[i].st[r], w[i].besked[r]);
            }
        }
    /* SQLite serialises the writers (BEGIN IMMEDIATE, busy timeout): here
     * every one lands, so the case has the recognition and 16 mén
     * decisions. */
    assert_i64_eq(landet, 2 * RUNDER);
    assert_ok(sag_store_tilstand(s, id, &ts, &d));
    assert_int_equal(ts.antal_afgoerelser, 1 + 2 * RUNDER);
    assert_string_equal(ts.afgoerelser[2 * RUNDER].id, "AES-2025-000001-M17");
    assert_ok(sag_store_verificer(s, &n, &d));
    /* oprettet + anerkendt + 16 decisions. */
    assert_int_equal(n, 2 + 2 * RUNDER);
    sag_store_luk(s);
}

/* ---- scope: team, the citizen's own cases, the insurer's cases ---- */

/* The number of cases of caseworker `sb` in the case list (the store's
 * projection, which the worklists read). */
static size_t
sager_hos(const struct sag_tj *k, const char *sb)
{
    struct sag_liste_filter f;
    struct sag_diag d;
    size_t n = 0;

    memset(&f, 0, sizeof(f));
    f.sagsbehandler = sb;
    assert_ok(sag_tj_liste(k, &f, tael_sag, &n, &d));
    return n;
}

/* An account row for the assignment's check (konto_store.h). */
static void
konto(struct sag_store *s, const char *navn, const char *rolle,
      const char *team, bool aktiv)
{
    struct sag_konto_post p;
    struct sag_diag d;

    memset(&p, 0, sizeof(p));
    p.navn = navn;
    p.rolle = rolle;
    p.team = team;
    p.kodeord_hash = "$argon2id$ikke-brugt";
    p.aktiv = aktiv;
    assert_ok(sag_store_konto_opret(s, &p, &d));
}

/* The names sag_tj_tildelbare gives (the store's order is not part of
 * the contract: tests look them up). */
struct tildelbare_ud {
    size_t n;
    char navn[8][16];
};

static int
tildelbare_cb(void *ctx, const char *navn)
{
    struct tildelbare_ud *u = ctx;

    if (u->n < 8)
        (void)snprintf(u->navn[u->n], sizeof(u->navn[0]), "%s", navn);
    u->n++;
    return 0;
}

static bool
tilbudt(const struct tildelbare_ud *u, const char *navn)
{
    for (size_t i = 0; i < u->n && i < 8; i++)
        if (strcmp(u->navn[i], navn) == 0)
            return true;
    return false;
}

/* Issue 12: a team leader (re)assigns a list of the team's cases; all or
 * nothing; other roles, another team's case and a leader without a team
 * are refused. The assignee must be an active caseworker's or lawyer's
 * account of the leader's team: the use case checks it, not the front
 * end. */
static void
test_tildel(void **state)
{
    struct sag_store *s = aabn(sti);
    struct sag_tj sb = kontekst(s, "sb1", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_tj tl = kontekst(s, "tl1", SAG_ROLLE_TEAMLEDER);
    struct sag_tj tl_uden = kontekst(s, "tl9", SAG_ROLLE_TEAMLEDER);
    struct sag_tj ledelse = kontekst(s, "le1", SAG_ROLLE_LEDELSE);
    struct sag_haendelse h = haendelse_paa(SAG_H_OPRETTET, "2025-02-14");
    struct sag_diag d;
    char a[SAG_ID_MAX], b[SAG_ID_MAX], c[SAG_ID_MAX];
    const char *ab[2], *ac[2];
    size_t n = 99;

    (void)state;
    sag_tj_omfang(&tl, "T1", NULL, NULL);
    opret_toemrer(&sb, a);
    opret_toemrer(&sb, b);
    h.ny.type = SAG_SAGSTYPE_ULYKKE;
    h.ny.generation = SAG_GENERATION_FOERSTEGANG;
    h.ny.har_skadedato = true;
    h.ny.skadedato = dato_iso("2025-02-10");
    h.ny.har_anmeldelsesdato = true;
    h.ny.anmeldelsesdato = dato_iso("2025-02-14");
    h.ny.cpr = "0101809011";
    h.ny.team = "T2";
    h.ny.sagsbehandler = "sb7";
    assert_ok(sag_tj_opret(&sb, &h, c, &d));
    ab[0] = a;
    ab[1] = b;
    ac[0] = a;
    ac[1] = c;
    assert_int_equal(sager_hos(&sb, "sb1"), 2);
    /* Only the team leader: a caseworker and management are refused,
     * and the generic event use case will not carry the event. */
    assert_status(sag_tj_tildel(&sb, ab, 2, "sb2", "x", &n, &d), SAG_EADGANG);
    assert_string_equal(d.felt, "/rolle");
    assert_status(sag_tj_tildel(&ledelse, ab, 2, "sb2", "x", &n, &d),
                  SAG_EADGANG);
    assert_status(sag_tj_tildel(&tl_uden, ab, 2, "sb2", "x", &n, &d),
                  SAG_EADGANG);
    assert_string_equal(d.felt, "/team");
    h = haendelse_paa(SAG_H_SAGSBEHANDLER_TILDELT, "2025-03-01");
    h.ny.sagsbehandler = "sb2";
    assert_status(sag_tj_haendelse(&sb, a, &h, &d), SAG_EDENIED);
    /* Not an assignable account: none, another team's, inactive, a
     * team leader. */
    konto(s, "sb1", "sagsbehandler", "T1", true);
    konto(s, "sb2", "sagsbehandler", "T1", true);
    konto(s, "sb8", "sagsbehandler", "T2", true);
    konto(s, "sb9", "sagsbehandler", "T1", false);
    konto(s, "tl2", "teamleder", "T1", true);
    konto(s, "jur1", "jurist", "T1", true);
    /* The accounts offered: T1's active caseworkers and lawyer only. */
    {
        struct tildelbare_ud u;

        memset(&u, 0, sizeof(u));
        assert_ok(sag_tj_tildelbare(&tl, tildelbare_cb, &u, &d));
        assert_int_equal(u.n, 3);
        assert_true(tilbudt(&u, "sb1") && tilbudt(&u, "sb2") &&
                    tilbudt(&u, "jur1"));
        assert_status(sag_tj_tildelbare(&sb, tildelbare_cb, &u, &d),
                      SAG_EADGANG);
        assert_status(sag_tj_tildelbare(&tl_uden, tildelbare_cb, &u, &d),
                      SAG_EADGANG);
        assert_string_equal(d.felt, "/team");
    }
    for (size_t i = 0; i < 4; i++) {
        static const char *const nej[] = { "ingen", "sb8", "sb9", "tl2" };

        assert_status(sag_tj_tildel(&tl, ab, 2, nej[i], "x", &n, &d),
                      SAG_EINVAL);
        assert_string_equal(d.felt, "/sagsbehandler");
    }
    assert_int_equal(sager_hos(&sb, "sb1"), 2);
    /* Nothing chosen. */
    assert_status(sag_tj_tildel(&tl, ab, 2, "", "x", &n, &d), SAG_EMISSING);
    assert_string_equal(d.felt, "/sagsbehandler");
    assert_status(sag_tj_tildel(&tl, ab, 0, "sb2", "x", &n, &d), SAG_EMISSING);
    assert_string_equal(d.felt, "/sager");
    /* Another team's case in the list: refused, naming it; the first case
     * of the list is unchanged too (one transaction). */
    assert_status(sag_tj_tildel(&tl, ac, 2, "sb2", "x", &n, &d), SAG_EADGANG);
    assert_int_equal(n, 0);
    assert_non_null(strstr(d.besked, c));
    assert_int_equal(sager_hos(&sb, "sb1"), 2);
    assert_int_equal(sager_hos(&sb, "sb2"), 0);
    /* Both to sb2: two changed, in the projection too. */
    assert_ok(sag_tj_tildel(&tl, ab, 2, "sb2", "Fordeling", &n, &d));
    assert_int_equal(n, 2);
    assert_int_equal(sager_hos(&sb, "sb1"), 0);
    assert_int_equal(sager_hos(&sb, "sb2"), 2);
    /* Again: nothing to change. */
    assert_ok(sag_tj_tildel(&tl, ab, 2, "sb2", "Fordeling", &n, &d));
    assert_int_equal(n, 0);
    /* One back to sb1. */
    assert_ok(sag_tj_tildel(&tl, ab, 1, "sb1", "Tilbage", &n, &d));
    assert_int_equal(n, 1);
    assert_int_equal(sager_hos(&sb, "sb1"), 1);
    assert_int_equal(sager_hos(&sb, "sb2"), 1);
    /* A lawyer of the team may be given cases too. */
    assert_ok(sag_tj_tildel(&tl, ab, 1, "jur1", "Jura", &n, &d));
    assert_int_equal(n, 1);
    assert_int_equal(sager_hos(&sb, "jur1"), 1);
    sag_store_luk(s);
}

struct filtre_ud {
    size_t n;
    char navn[4][64], q[4][128];
};

static int
filter_cb(void *ctx, const struct sag_gemt_filter *f)
{
    struct filtre_ud *u = ctx;

    if (u->n < 4) {
        (void)snprintf(u->navn[u->n], sizeof(u->navn[0]), "%s", f->navn);
        (void)snprintf(u->q[u->n], sizeof(u->q[0]), "%s", f->forespoergsel);
    }
    u->n++;
    return 0;
}

/* Issue 12: saved worklist filters are the user's own, by name; saving
 * under the same name replaces; no name is refused; the injured person's
 * role has no worklists. */
static void
test_gemte_filtre(void **state)
{
    struct sag_store *s = aabn(sti);
    struct sag_tj sb1 = kontekst(s, "sb1", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_tj sb2 = kontekst(s, "sb2", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_tj b = kontekst(s, "b1", SAG_ROLLE_BORGER);
    struct filtre_ud u;
    struct sag_diag d;

    (void)state;
    assert_ok(sag_tj_gem_filter(&sb1, "Overskredne", "status=overskredet", &d));
    assert_ok(sag_tj_gem_filter(&sb1, "Mine ulykker", "type=ulykke", &d));
    assert_ok(sag_tj_gem_filter(&sb1, "Mine ulykker", "type=ulykke&q=x", &d));
    assert_status(sag_tj_gem_filter(&sb1, "", "type=ulykke", &d), SAG_EMISSING);
    assert_string_equal(d.felt, "/navn");
    assert_status(sag_tj_gem_filter(&b, "x", "type=ulykke", &d), SAG_EADGANG);
    memset(&u, 0, sizeof(u));
    assert_ok(sag_tj_filtre(&sb1, filter_cb, &u, &d));
    assert_int_equal(u.n, 2);
    assert_string_equal(u.navn[0], "Mine ulykker");
    assert_string_equal(u.q[0], "type=ulykke&q=x");
    assert_string_equal(u.navn[1], "Overskredne");
    assert_string_equal(u.q[1], "status=overskredet");
    memset(&u, 0, sizeof(u));
    assert_ok(sag_tj_filtre(&sb2, filter_cb, &u, &d));
    assert_int_equal(u.n, 0);
    sag_store_luk(s);
}

static void
test_omfang(void **state)
{
    struct sag_store *s = aabn(sti);
    struct sag_tj k = kontekst(s, "sb1", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_tj andet_team = kontekst(s, "sb2", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_tj eget_team = kontekst(s, "sb3", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_tj borger = kontekst(s, "b1", SAG_ROLLE_BORGER);
    struct sag_tj fremmed = kontekst(s, "b2", SAG_ROLLE_BORGER);
    struct sag_tj fs = kontekst(s, "fs1", SAG_ROLLE_FORSIKRING);
    struct sag_tj fs2 = kontekst(s, "fs2", SAG_ROLLE_FORSIKRING);
    struct sag_tj_mappe *m = test_malloc(sizeof(*m));
    struct sag_haendelse h = haendelse_paa(SAG_H_OPRETTET, "2025-02-14");
    struct sag_tj_afgoerelse a;
    struct sag_tj_afgoerelse_svar svar;
    struct sag_liste_filter f;
    struct sag_arena ar;
    struct sag_buf b;
    struct sag_diag d;
    char id[SAG_ID_MAX], ny[SAG_ID_MAX];
    size_t n = 0;

    (void)state;
    sag_arena_init(&ar, 0);
    sag_buf_init(&b, 0);
    sag_tj_omfang(&andet_team, "T2", NULL, NULL);
    sag_tj_omfang(&eget_team, "T1", NULL, NULL);
    /* The same person in both number forms: 0506799011 = 050679-9011. */
    sag_tj_omfang(&borger, NULL, "0506799011", NULL);
    sag_tj_omfang(&fremmed, NULL, "020280-9012", NULL);
    sag_tj_omfang(&fs, NULL, NULL, "Demo Forsikring A/S");
    sag_tj_omfang(&fs2, NULL, NULL, "Anden Forsikring A/S");
    h.ny.type = SAG_SAGSTYPE_ULYKKE;
    h.ny.generation = SAG_GENERATION_FOERSTEGANG;
    h.ny.skadedato = dato_iso("2025-02-10");
    h.ny.anmeldelsesdato = dato_iso("2025-02-14");
    h.ny.har_skadedato = h.ny.har_anmeldelsesdato = true;
    h.ny.cpr = "0506799011";
    h.ny.team = "T1";
    h.ny.sagsbehandler = "sb1";
    h.ny.forsikring = "Demo Forsikring A/S";
    assert_ok(sag_tj_opret(&k, &h, id, &d));
    /* Another team may not create in T1, read or change its case. */
    assert_status(sag_tj_opret(&andet_team, &h, ny, &d), SAG_EADGANG);
    assert_string_equal(d.felt, "/team");
    assert_status(sag_tj_sagsmappe(&andet_team, id, "x", &ar, m, &d),
                  SAG_EADGANG);
    assert_string_equal(d.felt, "/sag_id");
    memset(&a, 0, sizeof(a));
    a.fase = SAG_FASE_ANERKENDELSE;
    a.anerkendt = true;
    a.dato = dato_iso("2025-04-01");
    a.begrundelse = "x";
    assert_status(sag_tj_afgoer(&andet_team, id, &a, &svar, NULL, &d),
                  SAG_EADGANG);
    assert_ok(sag_tj_afgoer(&eget_team, id, &a, &svar, NULL, &d));
    /* A team's list is its own; another team is refused. */
    memset(&f, 0, sizeof(f));
    assert_ok(sag_tj_liste(&andet_team, &f, tael_sag, &n, &d));
    assert_int_equal(n, 0);
    assert_ok(sag_tj_liste(&eget_team, &f, tael_sag, &n, &d));
    assert_int_equal(n, 1);
    f.team = "T1";
    assert_status(sag_tj_liste(&andet_team, &f, tael_sag, &n, &d), SAG_EADGANG);

    /* The citizen reads their own case with their own number, and nothing
     * else; may not change it. */
    assert_ok(sag_tj_sagsmappe(&borger, id, "min sag", &ar, m, &d));
    assert_string_equal(m->m.tilstand.cpr, "050679-9011");
    assert_status(sag_tj_sagsmappe(&fremmed, id, "x", &ar, m, &d),
                  SAG_ENOTFOUND);
    assert_status(sag_tj_afgoer(&borger, id, &a, &svar, NULL, &d), SAG_EADGANG);
    assert_status(sag_tj_liste(&borger, &f, tael_sag, &n, &d), SAG_EADGANG);
    /* The insurer reads the cases it insures, masked. */
    assert_ok(sag_tj_sagsmappe(&fs, id, "erstatning", &ar, m, &d));
    assert_string_equal(m->m.tilstand.cpr, "050679-XXXX");
    assert_status(sag_tj_sagsmappe(&fs2, id, "x", &ar, m, &d), SAG_EADGANG);
    /* The refused reads left no trace in the read log; the allowed did. */
    assert_ok(sag_tj_laesninger(&k, id, laesning, &b, &d));
    assert_string_equal(b.buf, "b1|borger|min sag\n"
                               "fs1|forsikring|erstatning\n");
    sag_buf_release(&b);
    sag_arena_release(&ar);
    test_free(m);
    sag_store_luk(s);
}

static int
saml_id(void *ctx, const struct sag_liste_post *p)
{
    sag_buf_addf(ctx, "%s\n", p->id);
    return 0;
}

/* Issue 12: the citizen's own view. "Mine sager" lists the cases of the
 * account's CPR number only, each read-logged ("egne sager"); another
 * person's case and a case that does not exist get the same answer
 * (SAG_ENOTFOUND, /sag_id, the same message: no existence oracle), for the
 * case and for a letter; the page's use case gives the mén amount from the
 * award: 10 % of men_100pct 2025 = 1.053.000 kr. (data/satser.tsv, ASL
 * § 18, stk. 3; VEJ 9915/2024) = 105.300,00 kr., and the open appeal
 * deadline of each decision. */
static void
test_borger(void **state)
{
    struct sag_store *s = aabn(sti);
    struct sag_tj k = kontekst(s, "sb1", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_tj borger = kontekst(s, "b1", SAG_ROLLE_BORGER);
    struct sag_tj fremmed = kontekst(s, "b2", SAG_ROLLE_BORGER);
    struct sag_tj_borgersag *b = test_malloc(sizeof(*b));
    struct sag_tj_afgoerelse a;
    struct sag_tj_afgoerelse_svar svar;
    struct sag_tj_klage kl;
    struct sag_arena ar;
    struct sag_buf l;
    struct sag_diag d1, d2;
    char id[SAG_ID_MAX], andet[SAG_ID_MAX], klage_id[SAG_ID_MAX];
    size_t n_genvurder = 0;

    (void)state;
    sag_arena_init(&ar, 0);
    sag_buf_init(&l, 0);
    sag_tj_omfang(&borger, NULL, "050679-9011", NULL);
    sag_tj_omfang(&fremmed, NULL, "0202809012", NULL);
    opret_toemrer(&k, id);
    opret_toemrer(&k, andet);
    memset(&a, 0, sizeof(a));
    a.fase = SAG_FASE_ANERKENDELSE;
    a.anerkendt = true;
    a.dato = dato_iso("2025-04-01");
    a.begrundelse = "Ulykke i arbejdstiden";
    assert_ok(sag_tj_afgoer(&k, id, &a, &svar, NULL, &d1));
    a.fase = SAG_FASE_MEN;
    a.men_pct = 10;
    a.dato = dato_iso("2025-05-01");
    assert_ok(sag_tj_afgoer(&k, id, &a, &svar, NULL, &d1));

    /* Mine sager: both of the person's cases, none of them for another. */
    assert_ok(sag_tj_mine_sager(&borger, saml_id, &l, &d1));
    assert_int_equal(strlen(l.buf), 2 * (strlen(id) + 1));
    assert_non_null(strstr(l.buf, id));
    assert_non_null(strstr(l.buf, andet));
    sag_buf_reset(&l);
    assert_ok(sag_tj_mine_sager(&fremmed, saml_id, &l, &d1));
    assert_string_equal(l.buf, "");
    assert_status(sag_tj_mine_sager(&k, saml_id, &l, &d1), SAG_EADGANG);
    assert_string_equal(d1.felt, "/rolle");

    /* The page's facts. */
    assert_ok(sag_tj_borgersag(&borger, id, &ar, b, &d1));
    assert_int_equal(b->antal_afgoerelser, 2);
    assert_true(b->afgoerelser[0].anerkendt);
    assert_false(b->afgoerelser[0].har_men);
    assert_true(b->afgoerelser[1].har_men);
    assert_int_equal(b->afgoerelser[1].men.oere, 10530000);
    assert_false(b->afgoerelser[1].har_aarlig);
    /* Today is 1.12.2026: both 4-week appeal deadlines have run out. */
    assert_false(b->afgoerelser[1].har_klagefrist);
    /* On 10.5.2025 the mén decision's is open: sent Thursday 1.5.2025,
     * received the next business day, Friday 2.5.2025, + 4 weeks =
     * Friday 30.5.2025 (ASL § 44, stk. 3; Digital Post). */
    borger.idag = dato_iso("2025-05-10");
    assert_ok(sag_tj_borgersag(&borger, id, &ar, b, &d1));
    assert_true(b->afgoerelser[1].har_klagefrist);
    assert_int_equal(b->afgoerelser[1].klagefrist.dage,
                     dato_iso("2025-05-30").dage);
    borger.idag = dato_iso("2026-12-01");
    assert_int_equal(b->antal_klager, 0);
    /* An appeal not reassessed: the worklist has it due on receipt; the
     * citizen is told the step without a date, and it is never late. */
    memset(&kl, 0, sizeof(kl));
    kl.afgoerelse_id = svar.id;
    kl.part = "tilskadekomne";
    kl.dato = dato_iso("2026-11-01");
    kl.begrundelse = "For lavt";
    assert_ok(sag_tj_klage(&k, id, &kl, klage_id, &d1));
    assert_ok(sag_tj_borgersag(&borger, id, &ar, b, &d1));
    assert_int_equal(b->antal_klager, 1);
    assert_ptr_equal(b->klager[0].afgoerelse, b->afgoerelser[1].ref);
    assert_string_equal(b->klager[0].ny_sag_id, "");
    for (size_t i = 0; i < b->antal_skridt; i++)
        if (b->skridt[i].art == SAG_OPGAVE_GENVURDER_KLAGE) {
            assert_true(b->skridt[i].uden_dato);
            assert_false(b->skridt[i].forsinket);
            n_genvurder++;
        }
    assert_int_equal(n_genvurder, 1);
    assert_false(b->har_forrige_afgoerelse);
    assert_status(sag_tj_borgersag(&k, id, &ar, b, &d1), SAG_EADGANG);

    /* No existence oracle: another person's case and no case alike. */
    sag_diag_init(&d1);
    sag_diag_init(&d2);
    assert_status(sag_tj_borgersag(&fremmed, id, &ar, b, &d1), SAG_ENOTFOUND);
    assert_status(sag_tj_borgersag(&fremmed, "AES-2099-999999", &ar, b, &d2),
                  SAG_ENOTFOUND);
    assert_string_equal(d1.felt, "/sag_id");
    assert_string_equal(d1.felt, d2.felt);
    assert_string_equal(d1.besked, d2.besked);
    assert_status(sag_tj_sagsmappe(&fremmed, id, "x", &ar, &b->mappe, &d1),
                  SAG_ENOTFOUND);
    assert_string_equal(d1.besked, d2.besked);

    /* The reads: the list's (one per case) and the page's, nothing for
     * the refused ones. */
    sag_buf_reset(&l);
    assert_ok(sag_tj_laesninger(&k, id, laesning, &l, &d1));
    assert_string_equal(l.buf, "b1|borger|egne sager\n"
                               "b1|borger|egen sag\n"
                               "b1|borger|egen sag\n"
                               "b1|borger|egen sag\n");
    sag_buf_release(&l);
    sag_arena_release(&ar);
    test_free(b);
    sag_store_luk(s);
}

/* Issue 14: a loss decision makes awards, and a later one supersedes them
 * from a date instead of overwriting. The carpenter's 30 % is a capital sum
 * with an interim running payment (E2-Y1, E2-Y2); a new decision of the
 * same date with 58 % (income with the injury 200.000 kr.) is running and
 * replaces both: the interim from its first day, the capital sum (not yet
 * in effect). */
static void
test_ydelser_erstattes(void **state)
{
    struct sag_store *s = aabn(sti);
    struct sag_tj k = kontekst(s, "sb1", SAG_ROLLE_SAGSBEHANDLER);
    struct sag_tj_afgoerelse a = tab_afgoerelse();
    struct sag_tj_afgoerelse_svar svar;
    struct sag_tj_udbetalingsplan u;
    struct sag_arena ar;
    struct sag_diag d;
    char id[SAG_ID_MAX], afg[SAG_ID_MAX], *ny;
    const char *fra = "\"indtaegt_med_skade_oere\": 33000000";
    char *p;

    (void)state;
    opret_toemrer(&k, id);
    anerkend(&k, id, "2025-04-01", afg);
    assert_ok(sag_tj_afgoer(&k, id, &a, &svar, NULL, &d));
    ny = test_malloc(toemrer_len + 1);
    memcpy(ny, toemrer, toemrer_len + 1);
    p = strstr(ny, fra);
    assert_non_null(p);
    memcpy(p + strlen(fra) - 8, "20000000", 8);
    a.beregning = ny;
    assert_ok(sag_tj_afgoer(&k, id, &a, &svar, NULL, &d));
    assert_string_equal(svar.id, "AES-2025-000001-E3");

    sag_arena_init(&ar, 0);
    assert_ok(sag_tj_udbetalingsplan(&k, id, (struct sag_maaned){ 2025, 9 },
                                     (struct sag_maaned){ 2026, 3 }, &ar, &u,
                                     &d));
    assert_int_equal(u.antal_ydelser, 3);
    for (size_t i = 0; i < u.antal_ydelser; i++) {
        const struct sag_ydelse *y = &u.ydelser[i];

        if (strcmp(y->id, "AES-2025-000001-E2-Y1") == 0) {
            assert_int_equal(y->art, SAG_YDELSE_LOEBENDE_INDTIL_KAPITAL);
            assert_true(y->erstattet);
            assert_string_equal(y->erstattet_af, "AES-2025-000001-E3-Y1");
        } else if (strcmp(y->id, "AES-2025-000001-E2-Y2") == 0) {
            assert_int_equal(y->art, SAG_YDELSE_KAPITAL);
            assert_true(y->erstattet);
        } else {
            assert_string_equal(y->id, "AES-2025-000001-E3-Y1");
            assert_int_equal(y->art, SAG_YDELSE_LOEBENDE_ENDELIG);
            assert_false(y->erstattet);
        }
    }
    /* No line of the superseded awards is due; E3-Y1 is due each month. */
    for (size_t i = 0; i < u.antal_linjer; i++) {
        assert_string_equal(u.linjer[i].y->id, "AES-2025-000001-E3-Y1");
        assert_true(u.linjer[i].forfalden.oere > 0);
    }
    sag_arena_release(&ar);
    test_free(ny);
    /* Issue 16 item 2: verificer derives the awards again from the two
     * stored decisions, the supersession within the case included, and
     * finds them as stored; without rate tables it says it cannot. */
    {
        long long antal = 0;
        struct sag_tj uden = k;

        assert_ok(sag_tj_verificer(&k, &antal, &d));
        uden.satser = NULL;
        assert_status(sag_tj_verificer(&uden, &antal, &d), SAG_EMISSING);
        assert_string_equal(d.felt, "/satser");
        assert_non_null(strstr(d.besked, "tabellen ydelser kan ikke "
                                         "kontrolleres"));
    }
    sag_store_luk(s);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_politik),
        cmocka_unit_test_setup_teardown(test_tildel, setup, teardown),
        cmocka_unit_test_setup_teardown(test_gemte_filtre, setup, teardown),
        cmocka_unit_test_setup_teardown(test_opret_hvem_og_hvornaar, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_roller_naegtes_og_intet_gemmes,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_haendelse_kun_uden_egen_brug,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_afgoerelser_og_id, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_klage_hjemvisning_og_genoptagelse,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_datoer_og_hjemvisning_arver, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_dublet_og_cpr_soegning, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_mappe_maskeret_og_logget, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_arbejdsliste_overskredet, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_arbejdsliste_filter, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_portefolje_teams, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rapportteam, setup, teardown),
        cmocka_unit_test_setup_teardown(test_dobbelt_afgoerelse, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_venter_rapport_som_arbejdsliste,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_rapportcache_snapshot, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_eksport_import_rundtur, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_to_skrivere_samme_sag, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_omfang, setup, teardown),
        cmocka_unit_test(test_tab_muligt),
        cmocka_unit_test_setup_teardown(test_borger, setup, teardown),
        cmocka_unit_test_setup_teardown(test_mappe_med_breve, setup, teardown),
        cmocka_unit_test_setup_teardown(test_ydelser_erstattes, setup,
                                        teardown),
    };
    struct sag_diag d;
    int rc;

    testnoegle_installer();

    sag_satser_init(&satser);
    if (sag_satser_indlaes_mappe(&satser, SAG_SOURCE_ROOT "/data", &d) !=
        SAG_OK) {
        (void)fprintf(stderr, "satser: %s\n", d.besked);
        return 1;
    }
    {
        char s[1024];
        FILE *f;
        long n;

        (void)snprintf(s, sizeof(s), "%s/examples/toemrer_2025.json",
                       SAG_SOURCE_ROOT);
        f = fopen(s, "rb");
        if (f == NULL)
            return 1;
        (void)fseek(f, 0, SEEK_END);
        n = ftell(f);
        (void)fseek(f, 0, SEEK_SET);
        toemrer = malloc((size_t)n + 1);
        if (toemrer == NULL || fread(toemrer, 1, (size_t)n, f) != (size_t)n)
            return 1;
        toemrer[n] = '\0';
        toemrer_len = (size_t)n;
        (void)fclose(f);
    }
    rc = cmocka_run_group_tests(tests, NULL, NULL);
    free(toemrer);
    sag_satser_release(&satser);
    return rc;
}
