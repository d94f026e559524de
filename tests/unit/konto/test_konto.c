/*
 * The accounts module (src/konto/konto.c) on a real SQLite store in /tmp:
 * passwords, TOTP, lockout, sessions and their expiry, API tokens, and
 * that no token is ever stored in clear. Time is passed in (`nu`), so
 * nothing here waits.
 */
#include <stdlib.h>
#include <unistd.h>

#include <sodium.h>

#include "testutil.h"

#include "skadesag/arena.h"
#include "skadesag/buf.h"
#include "skadesag/konto.h"
#include "skadesag/konto_store.h"
#include "skadesag/sha256.h"
#include "skadesag/store.h"

#include "../../src/konto/konto_int.h"

#define T0 1795000000 /* 2026-11-18T11:06:40Z, a fixed "now" */
#define KODEORD "korrekt hest batteri hæfteklamme"

struct fix {
    char sti[128];
    struct sag_store *s;
};

static void
slet_filer(const char *sti)
{
    static const char *const ender[] = { "", "-wal", "-shm", "-journal" };
    char navn[160];

    for (size_t i = 0; i < 4; i++) {
        (void)snprintf(navn, sizeof(navn), "%s%s", sti, ender[i]);
        (void)unlink(navn);
    }
}

static int
op(void **state)
{
    struct fix *f = test_calloc(1, sizeof(*f));
    struct sag_diag d;

    (void)snprintf(f->sti, sizeof(f->sti), "/tmp/skadesag-konto-%ld.db",
                   (long)getpid());
    slet_filer(f->sti);
    if (sag_store_aabn_sqlite(f->sti, &f->s, &d) != SAG_OK)
        fail_msg("kan ikke oprette %s: %s", f->sti, d.besked);
    *state = f;
    return 0;
}

static int
ned(void **state)
{
    struct fix *f = *state;

    sag_store_luk(f->s);
    slet_filer(f->sti);
    test_free(f);
    return 0;
}

static struct sag_store *
S(void **state)
{
    return ((struct fix *)*state)->s;
}

/* A staff account "anna" (caseworker, team T1), with TOTP when `totp`;
 * the seed in base32 goes to `b32` if not NULL. */
static void
opret(struct sag_store *s, const char *navn, bool totp, char *b32)
{
    struct sag_konto k;
    struct sag_diag d;
    char hem[64];

    memset(&k, 0, sizeof(k));
    (void)snprintf(k.navn, sizeof(k.navn), "%s", navn);
    k.rolle = SAG_ROLLE_SAGSBEHANDLER;
    (void)snprintf(k.team, sizeof(k.team), "T1");
    if (sag_konto_opret(s, &k, KODEORD, totp, hem, T0, &d) != SAG_OK)
        fail_msg("opret %s: %s %s", navn, d.felt, d.besked);
    if (totp)
        assert_int_equal(strlen(hem), 32);
    else
        assert_string_equal(hem, "");
    if (b32 != NULL)
        memcpy(b32, hem, sizeof(hem));
}

/* The TOTP code of `navn` at time `t`. */
static void
kode(struct sag_store *s, const char *navn, int64_t t, char k[8])
{
    struct sag_diag d;

    if (sag_konto_totp_kode(s, navn, t, k, &d) != SAG_OK)
        fail_msg("kode: %s", d.besked);
}

static enum sag_status
login(struct sag_store *s, const char *navn, const char *kodeord,
      const char *totp, int64_t nu, struct sag_session_ny *ud,
      struct sag_diag *d)
{
    struct sag_session_ny tmp;

    sag_diag_init(d);
    return sag_konto_login(s, navn, kodeord, totp, nu, ud ? ud : &tmp, d);
}

/* Log in as `navn` with its current code; the session to `ud`. */
static void
login_ok(struct sag_store *s, const char *navn, int64_t nu,
         struct sag_session_ny *ud)
{
    struct sag_konto kt;
    struct sag_diag d;
    char k[8] = "";

    if (sag_konto_hent(s, navn, &kt, &d) != SAG_OK)
        fail_msg("hent %s: %s", navn, d.besked);
    if (kt.totp)
        kode(s, navn, nu, k);
    if (login(s, navn, KODEORD, kt.totp ? k : NULL, nu, ud, &d) != SAG_OK)
        fail_msg("login %s: %s %s", navn, d.felt, d.besked);
}

static void
assert_login_fejl(const struct sag_diag *d)
{
    assert_string_equal(d->felt, "/login");
    assert_string_equal(d->besked,
                        "forkert brugernavn, kodeord eller engangskode");
}

static enum sag_status
session(struct sag_store *s, const char *token, int64_t nu, struct sag_konto *k,
        char csrf[SAG_TOKEN_HEX])
{
    struct sag_konto kk;
    char cc[SAG_TOKEN_HEX];
    struct sag_diag d;

    return sag_konto_session(s, token, nu, k ? k : &kk, csrf ? csrf : cc, &d);
}

static bool
er_hex64(const char *t)
{
    return strlen(t) == 64 && strspn(t, "0123456789abcdef") == 64;
}

/* ---- tests ---- */

static void
test_opret_og_login(void **state)
{
    struct sag_store *s = S(state);
    struct sag_session_ny ny;
    struct sag_konto k;
    char csrf[SAG_TOKEN_HEX], b32[64], uri[256];
    struct sag_diag d;

    opret(s, "anna", true, b32);
    assert_ok(sag_konto_otpauth("anna", b32, uri, &d));
    assert_non_null(strstr(uri, "otpauth://totp/Skadesag:anna?secret="));
    assert_non_null(strstr(uri, b32));
    login_ok(s, "anna", T0 + 100, &ny);
    assert_true(er_hex64(ny.token));
    assert_true(er_hex64(ny.csrf));
    assert_string_not_equal(ny.token, ny.csrf);
    assert_string_equal(ny.konto.navn, "anna");
    assert_int_equal(ny.konto.rolle, SAG_ROLLE_SAGSBEHANDLER);
    assert_string_equal(ny.konto.team, "T1");
    assert_true(ny.konto.aktiv && ny.konto.totp);
    assert_i64_eq(ny.udloeber, T0 + 100 + SAG_SESSION_LEVETID);
    assert_ok(session(s, ny.token, T0 + 200, &k, csrf));
    assert_string_equal(k.navn, "anna");
    assert_string_equal(csrf, ny.csrf);
    /* A token of the wrong form, or unknown: no session. */
    assert_status(session(s, "abc", T0 + 200, NULL, NULL), SAG_EADGANG);
    ny.token[0] = ny.token[0] == 'a' ? 'b' : 'a';
    assert_status(session(s, ny.token, T0 + 200, NULL, NULL), SAG_EADGANG);
}

static void
test_forkert_kodeord_og_ukendt_bruger(void **state)
{
    struct sag_store *s = S(state);
    struct sag_diag d, d2, d3;
    unsigned long foer;
    char k[8];

    opret(s, "anna", true, NULL);
    kode(s, "anna", T0, k);
    foer = sag__konto_argon2_antal();
    assert_status(login(s, "anna", "forkert kodeord her", k, T0, NULL, &d),
                  SAG_EADGANG);
    assert_login_fejl(&d);
    assert_int_equal(sag__konto_argon2_antal() - foer, 1);
    /* An unknown user: the same answer, after the same Argon2id work. */
    foer = sag__konto_argon2_antal();
    assert_status(login(s, "bent", KODEORD, k, T0, NULL, &d2), SAG_EADGANG);
    assert_login_fejl(&d2);
    assert_int_equal(sag__konto_argon2_antal() - foer, 1);
    /* A name that could never be an account: the same. */
    foer = sag__konto_argon2_antal();
    assert_status(login(s, "ikke et navn", KODEORD, k, T0, NULL, &d3),
                  SAG_EADGANG);
    assert_login_fejl(&d3);
    assert_int_equal(sag__konto_argon2_antal() - foer, 1);
    assert_status(login(s, NULL, NULL, NULL, T0, NULL, &d3), SAG_EADGANG);
    assert_login_fejl(&d3);
    /* Right password, no or wrong code: the same message too. */
    assert_status(login(s, "anna", KODEORD, NULL, T0, NULL, &d), SAG_EADGANG);
    assert_login_fejl(&d);
    assert_status(login(s, "anna", KODEORD, "12345", T0, NULL, &d),
                  SAG_EADGANG);
    assert_login_fejl(&d);
}

static void
test_totp_vindue_og_genbrug(void **state)
{
    struct sag_store *s = S(state);
    struct sag_diag d;
    char k[8];
    int64_t nu = T0 + 3000; /* a multiple of 30 plus 0..29 */

    opret(s, "anna", true, NULL);
    /* A code from three steps ago is refused ... */
    kode(s, "anna", nu - 3 * SAG_TOTP_TRIN, k);
    assert_status(login(s, "anna", KODEORD, k, nu, NULL, &d), SAG_EADGANG);
    assert_login_fejl(&d);
    /* ... and so is one three steps ahead. */
    kode(s, "anna", nu + 3 * SAG_TOTP_TRIN, k);
    assert_status(login(s, "anna", KODEORD, k, nu, NULL, &d), SAG_EADGANG);
    /* One step back is accepted ... */
    kode(s, "anna", nu - SAG_TOTP_TRIN, k);
    assert_ok(login(s, "anna", KODEORD, k, nu, NULL, &d));
    /* ... and one step ahead. */
    kode(s, "anna", nu + SAG_TOTP_TRIN, k);
    assert_ok(login(s, "anna", KODEORD, k, nu, NULL, &d));
    /* A code is usable once (ASVS 6.5.1): the same again is refused, and
     * so is the current step's, older than the step just used. */
    assert_status(login(s, "anna", KODEORD, k, nu, NULL, &d), SAG_EADGANG);
    assert_login_fejl(&d);
    kode(s, "anna", nu, k);
    assert_status(login(s, "anna", KODEORD, k, nu, NULL, &d), SAG_EADGANG);
    /* Two steps later a fresh code works. */
    kode(s, "anna", nu + 2 * SAG_TOTP_TRIN, k);
    assert_ok(login(s, "anna", KODEORD, k, nu + 2 * SAG_TOTP_TRIN, NULL, &d));
    /* An account without a second factor ignores the code. */
    opret(s, "demo", false, NULL);
    assert_ok(login(s, "demo", KODEORD, NULL, nu, NULL, &d));
    assert_ok(login(s, "demo", KODEORD, "000000", nu, NULL, &d));
    assert_status(sag_konto_totp_kode(s, "demo", nu, k, &d), SAG_ENOTFOUND);
    assert_string_equal(d.felt, "/totp");
}

static void
test_spaerring_efter_5_fejl(void **state)
{
    struct sag_store *s = S(state);
    struct sag_diag d;
    struct sag_konto k;
    char kk[8];
    int64_t nu = T0;

    opret(s, "anna", true, NULL);
    for (int i = 1; i <= 4; i++) {
        assert_status(
            login(s, "anna", "forkert kodeord her", NULL, nu, NULL, &d),
            SAG_EADGANG);
        assert_login_fejl(&d);
    }
    /* The fifth failure locks the account for a minute. */
    assert_status(login(s, "anna", "forkert kodeord her", NULL, nu, NULL, &d),
                  SAG_EFORMANGE);
    assert_string_equal(d.felt, "/login");
    assert_string_equal(d.besked, "for mange mislykkede forsøg: prøv igen om "
                                  "1 min. (efter 2026-11-18T11:07:40Z)");
    assert_ok(sag_konto_hent(s, "anna", &k, &d));
    assert_i64_eq(k.spaerret_til, nu + 60);
    /* While locked, even the right password and code are refused, and the
     * password is not checked. */
    kode(s, "anna", nu + 30, kk);
    {
        unsigned long foer = sag__konto_argon2_antal();

        assert_status(login(s, "anna", KODEORD, kk, nu + 30, NULL, &d),
                      SAG_EFORMANGE);
        assert_int_equal(sag__konto_argon2_antal(), foer);
    }
    /* After the delay the right password works and resets the count. */
    kode(s, "anna", nu + 61, kk);
    assert_ok(login(s, "anna", KODEORD, kk, nu + 61, NULL, &d));
    assert_ok(sag_konto_hent(s, "anna", &k, &d));
    assert_i64_eq(k.spaerret_til, 0);
    /* The delay grows: 5 failures lock for 1 minute, the 6th for 2, the
     * 7th for 4 … and never more than 60. */
    nu += 1000;
    for (int i = 1; i <= 5; i++)
        (void)login(s, "anna", "forkert kodeord her", NULL, nu, NULL, &d);
    assert_string_equal(d.besked, "for mange mislykkede forsøg: prøv igen om "
                                  "1 min. (efter 2026-11-18T11:24:20Z)");
    nu += 61;
    assert_status(login(s, "anna", "forkert kodeord her", NULL, nu, NULL, &d),
                  SAG_EFORMANGE);
    assert_non_null(strstr(d.besked, "om 2 min."));
    nu += 121;
    assert_status(login(s, "anna", "forkert kodeord her", NULL, nu, NULL, &d),
                  SAG_EFORMANGE);
    assert_non_null(strstr(d.besked, "om 4 min."));
    for (int i = 0; i < 8; i++) {
        nu += SAG_KONTO_SPAERRING_MAKS + 1;
        assert_status(
            login(s, "anna", "forkert kodeord her", NULL, nu, NULL, &d),
            SAG_EFORMANGE);
    }
    assert_non_null(strstr(d.besked, "om 60 min."));
    /* Another account is not affected. */
    opret(s, "bent", true, NULL);
    login_ok(s, "bent", nu, NULL);
}

static void
test_deaktiveret_konto(void **state)
{
    struct sag_store *s = S(state);
    struct sag_session_ny a, b;
    struct sag_konto k;
    struct sag_diag d;
    char noegle[SAG_TOKEN_HEX], kk[8];
    unsigned scope;

    opret(s, "anna", true, NULL);
    login_ok(s, "anna", T0, &a);
    login_ok(s, "anna", T0 + 60, &b);
    assert_ok(sag_konto_noegle_opret(s, "anna", SAG_SCOPE_SAGER, "test",
                                     T0 + 60, noegle, &d));
    assert_ok(sag_konto_deaktiver(s, "anna", T0 + 120, &d));
    assert_ok(sag_konto_hent(s, "anna", &k, &d));
    assert_false(k.aktiv);
    /* Its sessions and its API token end with it ... */
    assert_status(session(s, a.token, T0 + 130, NULL, NULL), SAG_EADGANG);
    assert_status(session(s, b.token, T0 + 130, NULL, NULL), SAG_EADGANG);
    assert_status(sag_konto_noegle(s, noegle, T0 + 130, &k, &scope, &d),
                  SAG_EADGANG);
    /* ... and the right password fails like a wrong one, uncounted. */
    kode(s, "anna", T0 + 150, kk);
    for (int i = 0; i < 6; i++) {
        assert_status(login(s, "anna", KODEORD, kk, T0 + 150, NULL, &d),
                      SAG_EADGANG);
        assert_login_fejl(&d);
    }
    assert_ok(sag_konto_deaktiver(s, "anna", T0 + 160, &d));
    /* Enabled again, it can log in; the old API token stays revoked. */
    assert_ok(sag_konto_aktiver(s, "anna", T0 + 170, &d));
    kode(s, "anna", T0 + 180, kk);
    assert_ok(login(s, "anna", KODEORD, kk, T0 + 180, NULL, &d));
    assert_status(sag_konto_noegle(s, noegle, T0 + 190, &k, &scope, &d),
                  SAG_EADGANG);
    assert_status(sag_konto_deaktiver(s, "ingen", T0, &d), SAG_ENOTFOUND);
    assert_string_equal(d.felt, "/navn");
}

static void
test_udloeb(void **state)
{
    struct sag_store *s = S(state);
    struct sag_session_ny a, b;
    struct sag_session_post p;
    struct sag_arena ar;
    struct sag_diag d;
    char hash[65];
    int64_t t;

    opret(s, "anna", false, NULL);
    /* Idle: used 29 minutes after the last use, fine; 30, over. */
    login_ok(s, "anna", T0, &a);
    assert_ok(session(s, a.token, T0 + 29 * 60, NULL, NULL));
    assert_ok(session(s, a.token, T0 + 58 * 60, NULL, NULL));
    assert_status(session(s, a.token, T0 + 88 * 60, NULL, NULL), SAG_EADGANG);
    /* ... and it stays gone. */
    assert_status(session(s, a.token, T0 + 58 * 60, NULL, NULL), SAG_EADGANG);
    /* Absolute: used every 20 minutes, it still ends after 12 hours. */
    login_ok(s, "anna", T0, &b);
    for (t = T0 + 1200; t < T0 + SAG_SESSION_LEVETID; t += 1200)
        assert_ok(session(s, b.token, t, NULL, NULL));
    assert_status(session(s, b.token, T0 + SAG_SESSION_LEVETID, NULL, NULL),
                  SAG_EADGANG);
    /* The last use is written at most once a minute. */
    login_ok(s, "anna", T0, &b);
    {
        struct sag_sha256 c;
        unsigned char dg[32];

        sag_sha256_init(&c);
        sag_sha256_update(&c, b.token, 64);
        sag_sha256_final(&c, dg);
        sag_sha256_hex(dg, hash);
    }
    sag_arena_init(&ar, 0);
    assert_ok(session(s, b.token, T0 + 59, NULL, NULL));
    assert_ok(sag_store_session_hent(s, hash, &ar, &p, &d));
    assert_i64_eq(p.sidst_brugt, T0);
    assert_ok(session(s, b.token, T0 + 60, NULL, NULL));
    assert_ok(sag_store_session_hent(s, hash, &ar, &p, &d));
    assert_i64_eq(p.sidst_brugt, T0 + 60);
    sag_arena_release(&ar);
    /* Expired sessions are cleared by sag_konto_ryd. */
    {
        size_t n = 0;

        assert_ok(sag_konto_ryd(s, T0 + SAG_SESSION_LEVETID, &n, &d));
        assert_int_equal(n, 1);
    }
}

/* A server's shorter idle timeout (skadesag server --session-inaktiv):
 * idleness is measured from the last use, which for a short timeout must
 * be recorded at every request, not once a minute. */
static void
test_udloeb_kort_inaktiv(void **state)
{
    struct sag_store *s = S(state);
    struct sag_session_ny a;
    struct sag_konto k;
    char csrf[SAG_TOKEN_HEX];
    struct sag_diag d;
    int64_t t;

    opret(s, "anna", false, NULL);
    login_ok(s, "anna", T0, &a);
    /* Used every 3 seconds for two minutes with a 4-second timeout: kept. */
    for (t = T0 + 3; t < T0 + 120; t += 3)
        assert_ok(sag_konto_session_v2(s, a.token, t, 4, &k, csrf, &d));
    /* Idle 4 seconds after the last use: ended, and it stays ended. */
    assert_status(sag_konto_session_v2(s, a.token, t - 3 + 4, 4, &k, csrf, &d),
                  SAG_EADGANG);
    assert_string_equal(d.felt, "/session");
    assert_status(session(s, a.token, t, NULL, NULL), SAG_EADGANG);
    /* The default is sag_konto_session's: 29 minutes idle is fine. */
    login_ok(s, "anna", T0, &a);
    assert_ok(sag_konto_session_v2(s, a.token, T0 + 29 * 60,
                                   SAG_SESSION_INAKTIV, &k, csrf, &d));
    assert_status(sag_konto_session_v2(s, a.token, T0 + 59 * 60,
                                       SAG_SESSION_INAKTIV, &k, csrf, &d),
                  SAG_EADGANG);
}

static void
test_nyt_token_ved_hvert_login(void **state)
{
    struct sag_store *s = S(state);
    struct sag_session_ny a, b, x[SAG_KONTO_MAKS_SESSIONER];
    struct sag_diag d;
    size_t n;

    opret(s, "anna", false, NULL);
    login_ok(s, "anna", T0, &a);
    login_ok(s, "anna", T0 + 1, &b);
    assert_string_not_equal(a.token, b.token);
    assert_string_not_equal(a.csrf, b.csrf);
    assert_ok(session(s, a.token, T0 + 2, NULL, NULL));
    assert_ok(session(s, b.token, T0 + 2, NULL, NULL));
    /* Logging out ends one session, not the other; twice is no error. */
    assert_ok(sag_konto_logout(s, a.token, &d));
    assert_status(session(s, a.token, T0 + 3, NULL, NULL), SAG_EADGANG);
    assert_ok(session(s, b.token, T0 + 3, NULL, NULL));
    assert_ok(sag_konto_logout(s, a.token, &d));
    assert_ok(sag_konto_logout(s, "noget andet", &d));
    /* At most SAG_KONTO_MAKS_SESSIONER per account: the oldest ends. */
    for (int i = 0; i < SAG_KONTO_MAKS_SESSIONER; i++)
        login_ok(s, "anna", T0 + 10 + i, &x[i]);
    assert_status(session(s, b.token, T0 + 30, NULL, NULL), SAG_EADGANG);
    for (int i = 0; i < SAG_KONTO_MAKS_SESSIONER; i++)
        assert_ok(session(s, x[i].token, T0 + 30, NULL, NULL));
    /* An administrator ends them all (ASVS 7.4.5). */
    assert_ok(sag_konto_afslut_sessioner(s, "anna", &n, &d));
    assert_int_equal(n, SAG_KONTO_MAKS_SESSIONER);
    assert_status(session(s, x[0].token, T0 + 31, NULL, NULL), SAG_EADGANG);
    login_ok(s, "anna", T0 + 40, &a);
    assert_ok(sag_konto_afslut_sessioner(s, NULL, &n, &d));
    assert_int_equal(n, 1);
}

/* Does the file contain these bytes? */
static bool
fil_har(const char *sti, const void *b, size_t n)
{
    FILE *f = fopen(sti, "rb");
    char *buf;
    long len;
    bool fundet = false;

    if (f == NULL)
        return false;
    (void)fseek(f, 0, SEEK_END);
    len = ftell(f);
    (void)fseek(f, 0, SEEK_SET);
    buf = test_malloc((size_t)len + 1);
    if (fread(buf, 1, (size_t)len, f) == (size_t)len)
        for (long i = 0; i + (long)n <= len && !fundet; i++)
            fundet = memcmp(buf + i, b, n) == 0;
    test_free(buf);
    (void)fclose(f);
    return fundet;
}

static void
test_token_aldrig_i_klartekst(void **state)
{
    struct fix *f = *state;
    struct sag_session_ny a;
    struct sag_diag d;
    char noegle[SAG_TOKEN_HEX], wal[160];
    unsigned char raa[32];
    size_t n;

    opret(f->s, "anna", true, NULL);
    login_ok(f->s, "anna", T0, &a);
    assert_ok(sag_konto_noegle_opret(f->s, "anna", SAG_SCOPE_BEREGN, "x", T0,
                                     noegle, &d));
    /* Before and after the WAL is checkpointed into the file. */
    (void)snprintf(wal, sizeof(wal), "%s-wal", f->sti);
    for (int runde = 0; runde < 2; runde++) {
        const char *filer[] = { f->sti, wal };

        for (int i = 0; i < 2; i++) {
            assert_false(fil_har(filer[i], a.token, 64));
            assert_false(fil_har(filer[i], noegle, 64));
            assert_false(fil_har(filer[i], KODEORD, strlen(KODEORD)));
            assert_int_equal(
                sodium_hex2bin(raa, sizeof(raa), a.token, 64, NULL, &n, NULL),
                0);
            assert_false(fil_har(filer[i], raa, sizeof(raa)));
        }
        sag_store_luk(f->s);
        assert_ok(sag_store_aabn_sqlite(f->sti, &f->s, &d));
    }
    /* The session and the token still work from their hashes. */
    assert_ok(session(f->s, a.token, T0 + 10, NULL, NULL));
}

static void
test_kodeordspolitik(void **state)
{
    static const struct {
        const char *kodeord;
        bool ok;
    } tilfaelde[] = {
        { "elleve tegn", false },             /* 11 */
        { "tolv tegn ok", true },             /* 12 */
        { "blåbærgrød!", false },             /* 11 code points, 14 bytes */
        { "blåbærgrød på", true },            /* 13 code points */
        { "日本語のパスワードです", false },  /* 11 */
        { "日本語のパスワードですね", true }, /* 12 */
        { "aaaaaaaaaaaaaaaa", false },        /* repetitive */
        { "abababababababab", false },
        { "Skadesag2025!", false }, /* context word + decoration */
        { "ARBEJDSSKADE 1234", false },
        { "aes aes aes aes 1", false },
        { "passwordpassword", false },
        { "Qwertyuiop123", false },
        { "iloveyou1234", false }, /* the common list */
        { "123456789012", false },
        { "314159265358979", true }, /* digits only are allowed (6.2.5) */
        { "korrekt hest batteri hæfteklamme", true },
        { "Anna.Hansen2025", false }, /* the account name */
    };
    char lang[1100];
    struct sag_diag d;

    (void)state;
    for (size_t i = 0; i < sizeof(tilfaelde) / sizeof(tilfaelde[0]); i++) {
        enum sag_status st =
            sag_konto_kodeord_tjek("anna.hansen", tilfaelde[i].kodeord, &d);

        if ((st == SAG_OK) != tilfaelde[i].ok)
            fail_msg("'%s': %s (%s)", tilfaelde[i].kodeord,
                     st == SAG_OK ? "godkendt" : "afvist", d.besked);
        if (st != SAG_OK) {
            assert_string_equal(d.felt, "/kodeord");
            /* The message never repeats the password. */
            assert_null(strstr(d.besked, tilfaelde[i].kodeord));
        }
    }
    assert_status(sag_konto_kodeord_tjek("anna", "anna", &d), SAG_EINVAL);
    assert_status(sag_konto_kodeord_tjek("anna", "", &d), SAG_EMISSING);
    assert_status(sag_konto_kodeord_tjek("anna", NULL, &d), SAG_EMISSING);
    assert_status(sag_konto_kodeord_tjek("mikkelsen.aes", "Mikkelsen.AES", &d),
                  SAG_EINVAL);
    assert_string_equal(d.besked, "kodeordet må ikke være kontonavnet");
    /* Long passwords: 64 characters and up to 1024 bytes are fine. */
    for (size_t i = 0; i < 1024; i++)
        lang[i] = (char)('a' + (i * 7 + i / 26) % 26);
    lang[64] = '\0';
    assert_ok(sag_konto_kodeord_tjek("anna", lang, &d));
    lang[64] = 'x';
    lang[1024] = '\0';
    assert_ok(sag_konto_kodeord_tjek("anna", lang, &d));
    lang[1024] = 'y';
    lang[1025] = '\0';
    assert_status(sag_konto_kodeord_tjek("anna", lang, &d), SAG_EINVAL);
    /* Not UTF-8. */
    assert_status(sag_konto_kodeord_tjek("anna", "tolv tegn \xff\xfe ok", &d),
                  SAG_EINVAL);
    assert_status(sag_konto_kodeord_tjek("anna", "over lang \xc0\xaf form", &d),
                  SAG_EINVAL);
}

static void
test_opret_afviser(void **state)
{
    struct sag_store *s = S(state);
    struct sag_konto k;
    struct sag_diag d;
    char b32[64];

    memset(&k, 0, sizeof(k));
    (void)snprintf(k.navn, sizeof(k.navn), "anna hansen");
    k.rolle = SAG_ROLLE_SAGSBEHANDLER;
    assert_status(sag_konto_opret(s, &k, KODEORD, true, b32, T0, &d),
                  SAG_EINVAL);
    assert_string_equal(d.felt, "/navn");
    (void)snprintf(k.navn, sizeof(k.navn), "anna");
    assert_status(sag_konto_opret(s, &k, "for kort", true, b32, T0, &d),
                  SAG_EINVAL);
    assert_string_equal(d.felt, "/kodeord");
    k.rolle = (enum sag_rolle)9;
    assert_status(sag_konto_opret(s, &k, KODEORD, true, b32, T0, &d),
                  SAG_EINVAL);
    assert_string_equal(d.felt, "/rolle");
    /* A citizen needs a valid CPR number, and nothing else; the number is
     * never in a message. */
    k.rolle = SAG_ROLLE_BORGER;
    assert_status(sag_konto_opret(s, &k, KODEORD, true, b32, T0, &d),
                  SAG_EMISSING);
    assert_string_equal(d.felt, "/cpr");
    (void)snprintf(k.cpr, sizeof(k.cpr), "3102809011");
    assert_status(sag_konto_opret(s, &k, KODEORD, true, b32, T0, &d),
                  SAG_EINVAL);
    assert_null(strstr(d.besked, "3102"));
    (void)snprintf(k.cpr, sizeof(k.cpr), "0101809011");
    (void)snprintf(k.team, sizeof(k.team), "T1");
    assert_status(sag_konto_opret(s, &k, KODEORD, true, b32, T0, &d),
                  SAG_EINVAL);
    assert_string_equal(d.felt, "/team");
    k.team[0] = '\0';
    assert_ok(sag_konto_opret(s, &k, KODEORD, true, b32, T0, &d));
    assert_ok(sag_konto_hent(s, "anna", &k, &d));
    assert_string_equal(k.cpr, "010180-9011");
    assert_int_equal(k.rolle, SAG_ROLLE_BORGER);
    /* The name, and the CPR number, have one account each. */
    (void)snprintf(k.cpr, sizeof(k.cpr), "0202809012");
    assert_status(sag_konto_opret(s, &k, KODEORD, true, b32, T0, &d),
                  SAG_ECONFLICT);
    assert_string_equal(d.felt, "/navn");
    (void)snprintf(k.navn, sizeof(k.navn), "anna2");
    (void)snprintf(k.cpr, sizeof(k.cpr), "0101809011");
    assert_status(sag_konto_opret(s, &k, KODEORD, true, b32, T0, &d),
                  SAG_ECONFLICT);
    assert_string_equal(d.felt, "/cpr");
    assert_null(strstr(d.besked, "9011"));
    /* A CPR number only on a citizen's account. */
    k.rolle = SAG_ROLLE_JURIST;
    assert_status(sag_konto_opret(s, &k, KODEORD, true, b32, T0, &d),
                  SAG_EINVAL);
    assert_string_equal(d.felt, "/cpr");
    /* An insurer needs its insurer's name. */
    memset(&k, 0, sizeof(k));
    (void)snprintf(k.navn, sizeof(k.navn), "tryg.api");
    k.rolle = SAG_ROLLE_FORSIKRING;
    assert_status(sag_konto_opret(s, &k, KODEORD, false, b32, T0, &d),
                  SAG_EMISSING);
    assert_string_equal(d.felt, "/forsikring");
    (void)snprintf(k.forsikring, sizeof(k.forsikring), "Tryg Forsikring A/S");
    assert_ok(sag_konto_opret(s, &k, KODEORD, false, b32, T0, &d));
    assert_string_equal(b32, "");
    k.rolle = SAG_ROLLE_LEDELSE;
    (void)snprintf(k.navn, sizeof(k.navn), "chef");
    assert_status(sag_konto_opret(s, &k, KODEORD, false, b32, T0, &d),
                  SAG_EINVAL);
    assert_string_equal(d.felt, "/forsikring");
}

static void
test_rolle_og_nulstil(void **state)
{
    struct sag_store *s = S(state);
    struct sag_session_ny a;
    struct sag_konto k;
    struct sag_diag d;
    char kk[8];

    opret(s, "anna", true, NULL);
    login_ok(s, "anna", T0, &a);
    assert_ok(sag_konto_saet_rolle(s, "anna", SAG_ROLLE_TEAMLEDER, "T2",
                                   T0 + 10, &d));
    /* The session sees the new role at once. */
    assert_ok(session(s, a.token, T0 + 20, &k, NULL));
    assert_int_equal(k.rolle, SAG_ROLLE_TEAMLEDER);
    assert_string_equal(k.team, "T2");
    assert_ok(
        sag_konto_saet_rolle(s, "anna", SAG_ROLLE_LEDELSE, NULL, T0 + 30, &d));
    assert_ok(sag_konto_hent(s, "anna", &k, &d));
    assert_string_equal(k.team, "");
    /* A staff account does not become a citizen's or an insurer's. */
    assert_status(
        sag_konto_saet_rolle(s, "anna", SAG_ROLLE_BORGER, NULL, T0 + 40, &d),
        SAG_EINVAL);
    assert_string_equal(d.felt, "/rolle");
    assert_status(
        sag_konto_saet_rolle(s, "ingen", SAG_ROLLE_JURIST, NULL, T0 + 40, &d),
        SAG_ENOTFOUND);
    /* A new password unlocks and ends the sessions; the old one is gone. */
    for (int i = 0; i < 5; i++)
        (void)login(s, "anna", "forkert kodeord her", NULL, T0 + 50, NULL, &d);
    assert_status(sag_konto_nulstil(s, "anna", "kort", T0 + 60, &d),
                  SAG_EINVAL);
    assert_ok(sag_konto_nulstil(s, "anna", "et helt nyt kodeord", T0 + 60, &d));
    assert_status(session(s, a.token, T0 + 70, NULL, NULL), SAG_EADGANG);
    kode(s, "anna", T0 + 90, kk);
    assert_status(login(s, "anna", KODEORD, kk, T0 + 90, NULL, &d),
                  SAG_EADGANG);
    assert_ok(login(s, "anna", "et helt nyt kodeord", kk, T0 + 90, NULL, &d));
}

static void
test_skift_kodeord(void **state)
{
    struct sag_store *s = S(state);
    struct sag_session_ny a, b;
    struct sag_diag d;

    opret(s, "anna", false, NULL);
    login_ok(s, "anna", T0, &a);
    login_ok(s, "anna", T0 + 1, &b);
    /* The current password is required, and a wrong one counts. */
    assert_status(sag_konto_skift_kodeord(s, "anna", "forkert kodeord her",
                                          "et helt nyt kodeord", a.token,
                                          T0 + 10, &d),
                  SAG_EADGANG);
    assert_string_equal(d.felt, "/kodeord");
    assert_status(sag_konto_skift_kodeord(s, "anna", KODEORD, "for kort",
                                          a.token, T0 + 10, &d),
                  SAG_EINVAL);
    assert_string_equal(d.felt, "/kodeord");
    assert_ok(sag_konto_skift_kodeord(s, "anna", KODEORD, "et helt nyt kodeord",
                                      a.token, T0 + 20, &d));
    /* The session it was made in is kept, every other one ends. */
    assert_ok(session(s, a.token, T0 + 30, NULL, NULL));
    assert_status(session(s, b.token, T0 + 30, NULL, NULL), SAG_EADGANG);
    assert_status(login(s, "anna", KODEORD, NULL, T0 + 40, NULL, &d),
                  SAG_EADGANG);
    assert_ok(login(s, "anna", "et helt nyt kodeord", NULL, T0 + 40, NULL, &d));
    /* Five wrong current passwords lock the account like failed logins. */
    for (int i = 0; i < 4; i++)
        (void)sag_konto_skift_kodeord(s, "anna", "forkert kodeord her",
                                      "endnu et nyt kodeord", NULL, T0 + 50,
                                      &d);
    assert_status(sag_konto_skift_kodeord(s, "anna", "forkert kodeord her",
                                          "endnu et nyt kodeord", NULL, T0 + 50,
                                          &d),
                  SAG_EFORMANGE);
}

static void
test_rehash_ved_login(void **state)
{
    struct sag_store *s = S(state);
    struct sag_konto_post p;
    struct sag_arena a;
    struct sag_diag d;
    char svag[crypto_pwhash_STRBYTES];

    assert_int_equal(sodium_init() < 0, 0);
    opret(s, "anna", false, NULL);
    /* An account hashed with weaker parameters (an older setting) ... */
    assert_int_equal(crypto_pwhash_str(svag, KODEORD, strlen(KODEORD),
                                       crypto_pwhash_OPSLIMIT_MIN,
                                       crypto_pwhash_MEMLIMIT_MIN),
                     0);
    sag_arena_init(&a, 0);
    assert_ok(sag_store_konto_hent(s, "anna", &a, &p, &d));
    p.kodeord_hash = svag;
    assert_ok(sag_store_konto_opdater(s, &p, &d));
    /* ... is rehashed with the current ones at its next login. */
    assert_ok(login(s, "anna", KODEORD, NULL, T0, NULL, &d));
    assert_ok(sag_store_konto_hent(s, "anna", &a, &p, &d));
    assert_string_not_equal(p.kodeord_hash, svag);
    assert_int_equal(crypto_pwhash_str_needs_rehash(
                         p.kodeord_hash, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                         crypto_pwhash_MEMLIMIT_INTERACTIVE),
                     0);
    assert_ok(login(s, "anna", KODEORD, NULL, T0 + 1, NULL, &d));
    sag_arena_release(&a);
}

static void
test_api_noegle_scope(void **state)
{
    struct sag_store *s = S(state);
    struct sag_konto k;
    struct sag_diag d;
    char a[SAG_TOKEN_HEX], b[SAG_TOKEN_HEX], c[SAG_TOKEN_HEX];
    unsigned scope = 0;

    memset(&k, 0, sizeof(k));
    (void)snprintf(k.navn, sizeof(k.navn), "tryg.api");
    k.rolle = SAG_ROLLE_FORSIKRING;
    (void)snprintf(k.forsikring, sizeof(k.forsikring), "Tryg");
    assert_ok(sag_konto_opret(s, &k, KODEORD, false, c, T0, &d));
    assert_ok(sag_konto_noegle_opret(s, "tryg.api", SAG_SCOPE_BEREGN,
                                     "beregninger", T0, a, &d));
    assert_ok(
        sag_konto_noegle_opret(s, "tryg.api", SAG_SCOPE_ALLE, NULL, T0, b, &d));
    assert_true(er_hex64(a) && er_hex64(b));
    assert_string_not_equal(a, b);
    assert_ok(sag_konto_noegle(s, a, T0 + 1, &k, &scope, &d));
    assert_int_equal(scope, SAG_SCOPE_BEREGN);
    assert_string_equal(k.navn, "tryg.api");
    assert_int_equal(k.rolle, SAG_ROLLE_FORSIKRING);
    assert_string_equal(k.forsikring, "Tryg");
    assert_ok(sag_konto_noegle(s, b, T0 + 1, &k, &scope, &d));
    assert_int_equal(scope, SAG_SCOPE_BEREGN | SAG_SCOPE_SAGER);
    /* Unknown or malformed: refused, the same way. */
    memcpy(c, a, sizeof(c));
    c[10] = c[10] == '0' ? '1' : '0';
    assert_status(sag_konto_noegle(s, c, T0, &k, &scope, &d), SAG_EADGANG);
    assert_string_equal(d.felt, "/noegle");
    assert_status(sag_konto_noegle(s, "xyz", T0, &k, &scope, &d), SAG_EADGANG);
    /* A session token is not an API token, nor the reverse. */
    assert_status(session(s, a, T0, NULL, NULL), SAG_EADGANG);
    /* Scope must be a non-empty set of known bits. */
    assert_status(sag_konto_noegle_opret(s, "tryg.api", 0, NULL, T0, c, &d),
                  SAG_EINVAL);
    assert_status(sag_konto_noegle_opret(s, "tryg.api", 4, NULL, T0, c, &d),
                  SAG_EINVAL);
    assert_string_equal(d.felt, "/scope");
    assert_status(sag_konto_noegle_opret(s, "ingen", 1, NULL, T0, c, &d),
                  SAG_ENOTFOUND);
}

static int
saml(void *ctx, const struct sag_konto *k)
{
    struct sag_buf *b = ctx;

    sag_buf_addf(b, "%s|%s|%s|%d|%d\n", k->navn, sag_rolle_navn(k->rolle),
                 k->team, k->aktiv, k->totp);
    return 0;
}

static void
test_liste(void **state)
{
    struct sag_store *s = S(state);
    struct sag_buf b;
    struct sag_diag d;

    opret(s, "bent", false, NULL);
    opret(s, "anna", true, NULL);
    assert_ok(sag_konto_deaktiver(s, "bent", T0, &d));
    sag_buf_init(&b, 0);
    assert_ok(sag_konto_liste(s, saml, &b, &d));
    assert_string_equal(b.buf, "anna|sagsbehandler|T1|1|1\n"
                               "bent|sagsbehandler|T1|0|0\n");
    sag_buf_release(&b);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, op, ned)
        T(test_opret_og_login),
        T(test_forkert_kodeord_og_ukendt_bruger),
        T(test_totp_vindue_og_genbrug),
        T(test_spaerring_efter_5_fejl),
        T(test_deaktiveret_konto),
        T(test_udloeb),
        T(test_udloeb_kort_inaktiv),
        T(test_nyt_token_ved_hvert_login),
        T(test_token_aldrig_i_klartekst),
        T(test_kodeordspolitik),
        T(test_opret_afviser),
        T(test_rolle_og_nulstil),
        T(test_skift_kodeord),
        T(test_rehash_ved_login),
        T(test_api_noegle_scope),
        T(test_liste),
#undef T
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
