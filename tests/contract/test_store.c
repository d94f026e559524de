/*
 * The store contract: one test suite every storage adapter must pass. It
 * uses only include/skadesag/store.h, except for the factory below (how to
 * open a fresh store and how to tamper with a row behind its back), which
 * is the one adapter-specific part. Run against SQLite in CI.
 */
#include <stdlib.h>
#include <unistd.h>

#include <sqlite3.h>

#include "testsag.h"

#include "skadesag/alloc.h"
#include "skadesag/beregning.h"
#include "skadesag/beregning_json.h"
#include "skadesag/frister.h"
#include "skadesag/sag.h"
#include "skadesag/satser_fil.h"
#include "skadesag/store.h"

/* ---- adapter factory (SQLite) ---- */

static char sti[256];

static struct sag_store *
aabn(void)
{
    struct sag_store *s = NULL;
    struct sag_diag d;

    if (sag_store_aabn_sqlite(sti, &s, &d) != SAG_OK)
        fail_msg("kan ikke åbne: %s", d.besked);
    return s;
}

static struct sag_store *
ny_store(void)
{
    char wal[300];

    (void)snprintf(sti, sizeof(sti), "/tmp/skadesag-kontrakt-%ld.db",
                   (long)getpid());
    (void)unlink(sti);
    (void)snprintf(wal, sizeof(wal), "%s-wal", sti);
    (void)unlink(wal);
    (void)snprintf(wal, sizeof(wal), "%s-shm", sti);
    (void)unlink(wal);
    return aabn();
}

/* Change stored data directly, as an attacker with file access could. */
static void
manipuler(const char *sql)
{
    sqlite3 *db;

    if (sqlite3_open(sti, &db) != SQLITE_OK ||
        sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
        fail_msg("manipulation fejlede: %s", sqlite3_errmsg(db));
    (void)sqlite3_close(db);
}

/* ---- helpers ---- */

static void
fast_ur(void *ctx, char ud[SAG_TID_LEN])
{
    (void)ctx;
    memcpy(ud, "2026-11-23T10:00:00Z", SAG_TID_LEN);
}

static void
opret(struct sag_store *s, const char *team, const char *behandler,
      const char *anmeldt, char id[SAG_ID_MAX])
{
    struct sag_haendelse h = haendelse_paa(SAG_H_OPRETTET, anmeldt);
    struct sag_diag d;

    h.ny.type = SAG_SAGSTYPE_ULYKKE;
    h.ny.generation = SAG_GENERATION_FOERSTEGANG;
    h.ny.skadedato = dato_iso("2023-01-02");
    h.ny.anmeldelsesdato = dato_iso(anmeldt);
    h.ny.cpr = "0101809011";
    h.ny.team = team;
    h.ny.sagsbehandler = behandler;
    id[0] = '\0';
    if (sag_store_opret(s, &h, id, &d) != SAG_OK)
        fail_msg("opret: %s %s", d.felt, d.besked);
}

static void
tilfoej(struct sag_store *s, const char *id, struct sag_haendelse h)
{
    struct sag_diag d;

    if (sag_store_tilfoej(s, id, &h, &d) != SAG_OK)
        fail_msg("tilføj: %s %s", d.felt, d.besked);
}

static long long
verificer(struct sag_store *s, enum sag_status forventet)
{
    struct sag_diag d;
    long long n = -1;
    enum sag_status st = sag_store_verificer(s, &n, &d);

    if (st != forventet)
        fail_msg("verificer gav %d (%s), forventet %d", (int)st, d.besked,
                 (int)forventet);
    return n;
}

/* ---- tests ---- */

static void
test_opret_og_genafspil(void **state)
{
    struct sag_store *s = ny_store();
    struct sag_tilstand t;
    struct sag_diag d;
    char a[SAG_ID_MAX], b[SAG_ID_MAX];
    struct sag_haendelse h;

    (void)state;
    opret(s, "T1", "sb1", "2023-01-10", a);
    opret(s, "T1", "sb1", "2023-02-10", b);
    assert_string_equal(a, "AES-2023-000001");
    assert_string_equal(b, "AES-2023-000002");
    h = haendelse_paa(SAG_H_ANERKENDT, "2023-03-01");
    h.afgoerelse_id = "A1";
    tilfoej(s, a, h);
    assert_ok(sag_store_tilstand(s, a, &t, &d));
    assert_int_equal(t.anerkendelse, SAG_FASE_ANERKENDT);
    assert_int_equal(t.antal_haendelser, 2);
    assert_string_equal(t.cpr, "010180-9011");
    assert_status(sag_store_tilstand(s, "AES-1999-000001", &t, &d),
                  SAG_ENOTFOUND);
    assert_i64_eq(verificer(s, SAG_OK), 3);
    /* Survives closing and reopening. */
    sag_store_luk(s);
    s = aabn();
    assert_ok(sag_store_tilstand(s, a, &t, &d));
    assert_int_equal(t.antal_haendelser, 2);
    sag_store_luk(s);
}

static void
test_afvist_skriver_intet(void **state)
{
    struct sag_store *s = ny_store();
    struct sag_tilstand t;
    struct sag_diag d;
    char a[SAG_ID_MAX];
    struct sag_haendelse h = haendelse_paa(SAG_H_MEN_AFGJORT, "2023-03-01");

    (void)state;
    opret(s, "T1", "sb1", "2023-01-10", a);
    h.afgoerelse_id = "M1";
    h.har_pct = true;
    h.pct = 10;
    /* Mén before recognition is refused and nothing is stored. */
    assert_status(sag_store_tilfoej(s, a, &h, &d), SAG_EDENIED);
    assert_string_equal(d.besked, "mén kan først afgøres, når skaden er "
                                  "anerkendt");
    assert_ok(sag_store_tilstand(s, a, &t, &d));
    assert_int_equal(t.antal_haendelser, 1);
    assert_status(sag_store_tilfoej(s, "AES-2023-999999", &h, &d),
                  SAG_ENOTFOUND);
    assert_i64_eq(verificer(s, SAG_OK), 1);
    sag_store_luk(s);
}

static void
test_transaktion(void **state)
{
    struct sag_store *s = ny_store();
    struct sag_tilstand t;
    struct sag_diag d;
    char a[SAG_ID_MAX], b[SAG_ID_MAX];

    (void)state;
    assert_ok(sag_store_begynd(s, &d));
    opret(s, "T1", "sb1", "2023-01-10", a);
    opret(s, "T1", "sb1", "2023-01-11", b);
    sag_store_fortryd(s);
    assert_status(sag_store_tilstand(s, a, &t, &d), SAG_ENOTFOUND);
    assert_ok(sag_store_begynd(s, &d));
    opret(s, "T1", "sb1", "2023-01-10", a);
    assert_ok(sag_store_bekraeft(s, &d));
    assert_ok(sag_store_tilstand(s, a, &t, &d));
    /* An explicit id (import) must be free. */
    b[0] = '\0';
    memcpy(b, a, SAG_ID_MAX);
    {
        struct sag_haendelse h = haendelse_paa(SAG_H_OPRETTET, "2023-01-10");

        h.ny.type = SAG_SAGSTYPE_ULYKKE;
        h.ny.generation = SAG_GENERATION_FOERSTEGANG;
        h.ny.skadedato = dato_iso("2023-01-02");
        h.ny.anmeldelsesdato = dato_iso("2023-01-10");
        h.ny.cpr = "0101809011";
        assert_status(sag_store_opret(s, &h, b, &d), SAG_ECONFLICT);
        memcpy(b, "IMPORT-1", 9);
        assert_ok(sag_store_opret(s, &h, b, &d));
        assert_ok(sag_store_tilstand(s, "IMPORT-1", &t, &d));
        /* An imported case number ahead of the year's counter moves it:
         * the next new case of 2023 gets the number after it. */
        memcpy(b, "AES-2023-000005", 16);
        assert_ok(sag_store_opret(s, &h, b, &d));
        b[0] = '\0';
        assert_ok(sag_store_opret(s, &h, b, &d));
        assert_string_equal(b, "AES-2023-000006");
    }
    /* A rollback inside a nested level fails the whole transaction:
     * nothing of it is committed, and the commit says so. */
    assert_ok(sag_store_begynd(s, &d));
    opret(s, "T1", "sb1", "2023-05-10", a);
    assert_ok(sag_store_begynd(s, &d));
    sag_store_fortryd(s);
    opret(s, "T1", "sb1", "2023-05-11", b);
    assert_status(sag_store_bekraeft(s, &d), SAG_ECONFLICT);
    assert_status(sag_store_tilstand(s, a, &t, &d), SAG_ENOTFOUND);
    assert_status(sag_store_tilstand(s, b, &t, &d), SAG_ENOTFOUND);
    /* ... and the store works normally afterwards. */
    opret(s, "T1", "sb1", "2023-05-12", a);
    assert_ok(sag_store_tilstand(s, a, &t, &d));
    verificer(s, SAG_OK);
    sag_store_luk(s);
}

struct laes_ctx {
    int n;
    char sidste[128];
};

static int
laes_cb(void *ctx, const struct sag_laesning *l)
{
    struct laes_ctx *c = ctx;

    c->n++;
    (void)snprintf(c->sidste, sizeof(c->sidste), "%s|%s|%s|%s", l->bruger,
                   l->rolle, l->grund, l->tidspunkt);
    return 0;
}

static void
test_laesninger_logges(void **state)
{
    struct sag_store *s = ny_store();
    struct sag_arena a;
    struct sag_sagsmappe m;
    struct sag_hvem hvem = { "jurist7", "jurist" };
    struct sag_diag d;
    struct laes_ctx c = { 0, "" };
    char id[SAG_ID_MAX];

    (void)state;
    sag_store_saet_ur(s, fast_ur, NULL);
    opret(s, "T1", "sb1", "2023-01-10", id);
    sag_arena_init(&a, 0);
    assert_status(sag_store_hent(s, id, &hvem, "", &a, &m, &d), SAG_EMISSING);
    assert_string_equal(d.felt, "/grund");
    assert_ok(sag_store_hent(s, id, &hvem, "klagesag", &a, &m, &d));
    assert_int_equal(m.antal_haendelser, 1);
    assert_string_equal(m.haendelser[0].type, "oprettet");
    assert_string_equal(m.haendelser[0].registreret, "2026-11-23T10:00:00Z");
    assert_ok(sag_store_laesninger(s, id, laes_cb, &c, &d));
    assert_int_equal(c.n, 1);
    assert_string_equal(c.sidste,
                        "jurist7|jurist|klagesag|2026-11-23T10:00:00Z");
    sag_arena_release(&a);
    sag_store_luk(s);
}

struct liste_ctx {
    int n;
    char ids[8][SAG_ID_MAX];
    bool venter[8];
};

static int
arbejd_cb(void *ctx, const struct sag_arbejdspost *p)
{
    struct liste_ctx *c = ctx;

    if (c->n < 8)
        (void)snprintf(c->ids[c->n], SAG_ID_MAX, "%s:%s", p->art, p->forfald);
    c->n++;
    return 0;
}

static int
liste_cb(void *ctx, const struct sag_liste_post *p)
{
    struct liste_ctx *c = ctx;

    if (c->n < 8) {
        (void)snprintf(c->ids[c->n], SAG_ID_MAX, "%s", p->id);
        c->venter[c->n] = p->venter;
    }
    c->n++;
    return 0;
}

static void
test_arbejdsliste_og_liste(void **state)
{
    struct sag_store *s = ny_store();
    struct sag_diag d;
    struct liste_ctx c;
    struct sag_liste_filter f = { "T2", NULL, NULL, NULL, 0 };
    char a[SAG_ID_MAX], b[SAG_ID_MAX], x[SAG_ID_MAX];
    struct sag_haendelse h;

    (void)state;
    opret(s, "T1", "sb1", "2023-03-10", a);
    opret(s, "T1", "sb2", "2023-01-10", b);
    opret(s, "T2", "sb3", "2023-02-10", x);
    h = haendelse_paa(SAG_H_OPLYSNINGER_ANMODET, "2023-02-01");
    h.anmodning_id = "L1";
    h.part = "laege";
    tilfoej(s, b, h);
    /* Team T1, soonest first: b's 3-month deadline from 10.1.2023 is 10.4,
     * which is 2. paaskedag, so it moves to Tuesday 11.4; the warning to the
     * parties is due 14 days before, 28.3; both before a's. */
    memset(&c, 0, sizeof(c));
    assert_ok(
        sag_store_arbejdsliste(s, "T1", NULL, false, 0, arbejd_cb, &c, &d));
    assert_true(c.n >= 4);
    assert_string_equal(c.ids[0], "orienter_parter:2023-03-28");
    assert_string_equal(c.ids[1], "afgoer:2023-04-11");
    for (int i = 1; i < c.n && i < 8; i++)
        assert_true(strcmp(c.ids[i - 1] + strcspn(c.ids[i - 1], ":"),
                           c.ids[i] + strcspn(c.ids[i], ":")) <= 0);
    /* Waiting on others is listed apart. */
    memset(&c, 0, sizeof(c));
    assert_ok(
        sag_store_arbejdsliste(s, "T1", NULL, true, 0, arbejd_cb, &c, &d));
    assert_int_equal(c.n, 1);
    assert_string_equal(c.ids[0], "svar:2023-03-01");
    /* By caseworker. */
    memset(&c, 0, sizeof(c));
    assert_ok(
        sag_store_arbejdsliste(s, NULL, "sb3", false, 0, arbejd_cb, &c, &d));
    assert_true(c.n >= 2);
    assert_status(
        sag_store_arbejdsliste(s, "T1", "sb1", false, 0, arbejd_cb, &c, &d),
        SAG_EINVAL);
    /* The list filters and is newest first. */
    memset(&c, 0, sizeof(c));
    assert_ok(sag_store_liste(s, &f, liste_cb, &c, &d));
    assert_int_equal(c.n, 1);
    assert_string_equal(c.ids[0], x);
    f.team = NULL;
    memset(&c, 0, sizeof(c));
    assert_ok(sag_store_liste(s, &f, liste_cb, &c, &d));
    assert_int_equal(c.n, 3);
    assert_string_equal(c.ids[0], a);
    /* b waits for the doctor's reply; once answered it no longer does. */
    assert_string_equal(c.ids[2], b);
    assert_true(c.venter[2]);
    assert_false(c.venter[0]);
    h = haendelse_paa(SAG_H_OPLYSNINGER_MODTAGET, "2023-02-20");
    h.anmodning_id = "L1";
    tilfoej(s, b, h);
    memset(&c, 0, sizeof(c));
    assert_ok(sag_store_liste(s, &f, liste_cb, &c, &d));
    assert_string_equal(c.ids[2], b);
    assert_false(c.venter[2]);
    /* A decision on the case updates the projection in the same
     * transaction: the case leaves "afgør anerkendelse". */
    h = haendelse_paa(SAG_H_AFVIST, "2023-04-01");
    h.afgoerelse_id = "A1";
    tilfoej(s, a, h);
    tilfoej(s, a, haendelse_paa(SAG_H_LUKKET, "2023-04-02"));
    memset(&c, 0, sizeof(c));
    assert_ok(
        sag_store_arbejdsliste(s, NULL, "sb1", false, 0, arbejd_cb, &c, &d));
    assert_int_equal(c.n, 0);
    sag_store_luk(s);
}

static void
test_hashkaede_afsloerer_manipulation(void **state)
{
    struct sag_store *s = ny_store();
    struct sag_diag d;
    char a[SAG_ID_MAX];
    long long n;

    (void)state;
    opret(s, "T1", "sb1", "2023-01-10", a);
    tilfoej(s, a, haendelse_paa(SAG_H_AFVENTER_EKSTERN, "2023-01-12"));
    tilfoej(s, a, haendelse_paa(SAG_H_AFVENTER_OPHOERT, "2023-01-20"));
    assert_i64_eq(verificer(s, SAG_OK), 3);
    sag_store_luk(s);
    /* Change why an event happened: the chain breaks at that event. */
    manipuler("UPDATE haendelser SET begrundelse = 'ændret' WHERE seq = 2");
    s = aabn();
    assert_status(sag_store_verificer(s, &n, &d), SAG_ECONFLICT);
    assert_non_null(strstr(d.besked, "nr. 2"));
    sag_store_luk(s);
    /* Removing the last event is a gap or a mismatch too. */
    manipuler("UPDATE haendelser SET begrundelse = 'test' WHERE seq = 2");
    s = aabn();
    verificer(s, SAG_OK);
    sag_store_luk(s);
    manipuler("DELETE FROM haendelser WHERE seq = 2");
    s = aabn();
    assert_status(sag_store_verificer(s, &n, &d), SAG_ECONFLICT);
    sag_store_luk(s);
}

/* A stored decision recomputed after loading gives an identical record,
 * and changing the record is detected. */
static void
test_afgoerelse_uforanderlig(void **state)
{
    struct sag_store *s = ny_store();
    struct sag_satser sat;
    struct sag_diag d;
    struct sag_arena a;
    struct sag_buf ud, igen;
    struct sag_beregning_input in;
    struct sag_beregning r;
    struct sag_spor sp;
    struct sag_afgoerelse_post p, hentet;
    struct sag_haendelse h;
    char id[SAG_ID_MAX], hash[65];
    long long n;
    const char *input =
        "{\"skadetype\":\"ulykke\",\"skadedato\":\"2023-01-02\","
        "\"anmeldelsesdato\":\"2023-01-10\",\"foedselsdato\":\"1980-01-01\","
        "\"afgoerelsesdato\":\"2024-02-01\",\"afgoerelse\":\"endelig\","
        "\"aarsloen_oere\":40000000,\"erhvervsevnetab\":{\"grundlag\":"
        "\"skoen\",\"skoen_pct\":60,\"situation\":\"foertidspension\"},"
        "\"vurdering\":{\"af\":\"sb1\",\"begrundelse\":\"x\"}}";

    (void)state;
    sag_satser_init(&sat);
    assert_ok(sag_satser_indlaes_mappe(&sat, SAG_SOURCE_ROOT "/data", &d));
    sag_arena_init(&a, 0);
    sag_buf_init(&ud, 0);
    sag_buf_init(&igen, 0);
    opret(s, "T1", "sb1", "2023-01-10", id);
    h = haendelse_paa(SAG_H_ANERKENDT, "2023-03-01");
    h.afgoerelse_id = "A1";
    tilfoej(s, id, h);
    h = haendelse_paa(SAG_H_MEN_AFGJORT, "2023-06-01");
    h.afgoerelse_id = "M1";
    h.har_pct = true;
    h.pct = 15;
    tilfoej(s, id, h);
    assert_ok(sag_beregning_input_fra_json(input, strlen(input), &a, &in, &d));
    sag_spor_init(&sp, &a, true);
    assert_ok(sag_beregn(&sat, &in, &sp, &r, &d));
    sag_beregning_til_json(&r, &sp, &ud);
    memset(&p, 0, sizeof(p));
    p.id = "E1";
    p.sag_id = id;
    p.fase = "erhvervsevnetab";
    p.dato = "2024-02-01";
    p.input = input;
    p.resultat = ud.buf;
    p.satser_checksum = r.satser_checksum;
    p.motor_version = "test";
    assert_ok(sag_store_begynd(s, &d));
    assert_ok(sag_store_gem_afgoerelse(s, &p, hash, &d));
    h = haendelse_paa(SAG_H_ERHVERVSEVNETAB_AFGJORT, "2024-02-01");
    h.afgoerelse_id = "E1";
    h.afgoerelse_hash = hash;
    h.har_pct = true;
    h.pct = r.fastsat_pct;
    tilfoej(s, id, h);
    assert_ok(sag_store_bekraeft(s, &d));
    assert_status(sag_store_gem_afgoerelse(s, &p, hash, &d), SAG_ECONFLICT);
    /* Recompute from the stored input: byte for byte the same. */
    assert_ok(sag_store_hent_afgoerelse(s, "E1", &a, &hentet, &d));
    assert_ok(sag_beregning_input_fra_json(hentet.input, strlen(hentet.input),
                                           &a, &in, &d));
    sag_spor_init(&sp, &a, true);
    assert_ok(sag_beregn(&sat, &in, &sp, &r, &d));
    sag_beregning_til_json(&r, &sp, &igen);
    assert_string_equal(igen.buf, hentet.resultat);
    assert_string_equal(hentet.satser_checksum, sag_satser_checksum(&sat));
    assert_i64_eq(verificer(s, SAG_OK), 4);
    sag_store_luk(s);
    /* Tampering with the stored result is detected. */
    manipuler("UPDATE afgoerelser SET resultat = replace(resultat, "
              "'\"erhvervsevnetab_pct\":60', '\"erhvervsevnetab_pct\":65')");
    s = aabn();
    assert_status(sag_store_verificer(s, &n, &d), SAG_ECONFLICT);
    assert_non_null(strstr(d.besked, "E1"));
    sag_store_luk(s);
    sag_buf_release(&igen);
    sag_buf_release(&ud);
    sag_arena_release(&a);
    sag_satser_release(&sat);
}

/* Allocation failures in the store's own code leave nothing half-written. */
static void
test_hukommelsesfejl(void **state)
{
    struct sag_store *s = ny_store();
    struct sag_tilstand t;
    struct sag_diag d;
    char a[SAG_ID_MAX];
    int fejlede = 0;

    (void)state;
    opret(s, "T1", "sb1", "2023-01-10", a);
    for (long n = 1; n < 40; n++) {
        struct sag_haendelse h =
            haendelse_paa(SAG_H_AFVENTER_EKSTERN, "2023-01-12");
        enum sag_status st;

        sag_alloc_fail_after(n);
        st = sag_store_tilfoej(s, a, &h, &d);
        sag_alloc_fail_after(0);
        if (st == SAG_OK) {
            tilfoej(s, a, haendelse_paa(SAG_H_AFVENTER_OPHOERT, "2023-01-13"));
        } else {
            fejlede++;
            assert_ok(sag_store_tilstand(s, a, &t, &d));
            assert_false(t.venter_ekstern);
        }
    }
    assert_true(fejlede > 0);
    verificer(s, SAG_OK);
    sag_store_luk(s);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_opret_og_genafspil),
        cmocka_unit_test(test_afvist_skriver_intet),
        cmocka_unit_test(test_transaktion),
        cmocka_unit_test(test_laesninger_logges),
        cmocka_unit_test(test_arbejdsliste_og_liste),
        cmocka_unit_test(test_hashkaede_afsloerer_manipulation),
        cmocka_unit_test(test_afgoerelse_uforanderlig),
        cmocka_unit_test(test_hukommelsesfejl),
    };
    int r = cmocka_run_group_tests_name("store_sqlite", tests, NULL, NULL);
    char wal[300];

    (void)unlink(sti);
    (void)snprintf(wal, sizeof(wal), "%s-wal", sti);
    (void)unlink(wal);
    (void)snprintf(wal, sizeof(wal), "%s-shm", sti);
    (void)unlink(wal);
    return r;
}
