/*
 * Accounts, login, sessions and API tokens (konto.h, docs/adgang.md).
 *
 * The rules live here; the store (konto_store.h) only keeps rows. Secrets
 * never reach the store in a form that lets their holder in: passwords as
 * Argon2id strings, session and API tokens as SHA-256 hashes. Where a
 * secret is compared (a TOTP code, a token's hash), the comparison is
 * constant-time (sodium_memcmp), and libsodium's password verification is
 * itself constant-time.
 *
 * Argon2id is slow on purpose (tens of milliseconds and 64 MiB per
 * hash), so it runs before a write transaction is opened, never inside
 * one: a login holds the database's write lock only for its few row
 * changes.
 */
#include "skadesag/konto.h"

#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <threads.h>

#include <liboath/oath.h>
#include <sodium.h>

#include "skadesag/arena.h"
#include "skadesag/dato.h"
#include "skadesag/konto_store.h"
#include "skadesag/sha256.h"
#include "skadesag/store.h"

#include "konto_int.h"

#include "../base/banned.h"
#include "../base/sag_assert.h"

/* The lists of words a password may not be (docs/adgang.md), embedded
 * from src/konto/kontekstord.txt and almindelige_kodeord.txt. */
extern const char *const sag__kodeord_lister[];
extern const size_t sag__kodeord_lister_antal;

#define OPSLIMIT crypto_pwhash_OPSLIMIT_INTERACTIVE
#define MEMLIMIT crypto_pwhash_MEMLIMIT_INTERACTIVE

#define TOTP_BYTES 20 /* RFC 4226's recommended 160-bit seed */
#define TOTP_CIFRE 6

/* The one message of every failed login, whatever failed. */
static const char login_fejl[] = "forkert brugernavn, kodeord eller "
                                 "engangskode";

/* ---- one-time initialisation ---- */

static once_flag init_flag = ONCE_FLAG_INIT, attrap_flag = ONCE_FLAG_INIT;
static enum sag_status init_status = SAG_EINTERNAL,
                       attrap_status = SAG_EINTERNAL;
/* The hash an unknown user's password is checked against, so that a
 * login for a name without an account costs the same as one with. Made
 * at the first login of the process (not at every start of the command
 * line), from a random password nobody knows. */
static char attrap_hash[crypto_pwhash_STRBYTES];
static atomic_ulong argon2_verifikationer;

static void
init_en_gang(void)
{
    if (sodium_init() >= 0 && oath_init() == OATH_OK)
        init_status = SAG_OK;
}

static void
attrap_en_gang(void)
{
    unsigned char tilfaeldigt[32];
    char kodeord[65];

    randombytes_buf(tilfaeldigt, sizeof(tilfaeldigt));
    (void)sodium_bin2hex(kodeord, sizeof(kodeord), tilfaeldigt,
                         sizeof(tilfaeldigt));
    if (crypto_pwhash_str(attrap_hash, kodeord, strlen(kodeord), OPSLIMIT,
                          MEMLIMIT) == 0)
        attrap_status = SAG_OK;
    sodium_memzero(kodeord, sizeof(kodeord));
    sodium_memzero(tilfaeldigt, sizeof(tilfaeldigt));
}

/* libsodium and liboath, once per process (call_once: thread-safe);
 * with `attrap`, the decoy hash too. */
static enum sag_status
init(bool attrap, struct sag_diag *d)
{
    call_once(&init_flag, init_en_gang);
    if (init_status == SAG_OK && attrap)
        call_once(&attrap_flag, attrap_en_gang);
    if (init_status != SAG_OK || (attrap && attrap_status != SAG_OK))
        return sag_diag_set(d, SAG_EINTERNAL, "",
                            "kryptobiblioteket kan ikke startes");
    return SAG_OK;
}

unsigned long
sag__konto_argon2_antal(void)
{
    return atomic_load(&argon2_verifikationer);
}

/* crypto_pwhash_str_verify, counted (the tests check that an unknown user
 * costs a verification too). */
static bool
kodeord_passer(const char *hash, const char *kodeord)
{
    atomic_fetch_add(&argon2_verifikationer, 1);
    return crypto_pwhash_str_verify(hash, kodeord, strlen(kodeord)) == 0;
}

static enum sag_status
hash_kodeord(const char *kodeord, char hash[crypto_pwhash_STRBYTES],
             struct sag_diag *d)
{
    if (crypto_pwhash_str(hash, kodeord, strlen(kodeord), OPSLIMIT, MEMLIMIT) !=
        0)
        return sag_diag_set(d, SAG_ENOMEM, "",
                            "ikke hukommelse nok til at hashe kodeordet");
    return SAG_OK;
}

/* ---- names, passwords and other inputs ---- */

enum sag_status
sag_konto_navn_tjek(const char *navn, struct sag_diag *d)
{
    size_t n;

    if (navn == NULL || navn[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/navn", "mangler: kontonavn");
    n = strlen(navn);
    if (n > 63)
        return sag_diag_set(d, SAG_EINVAL, "/navn",
                            "kontonavnet må højst have 63 tegn");
    for (size_t i = 0; i < n; i++) {
        char c = navn[i];

        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_'))
            return sag_diag_set(d, SAG_EINVAL, "/navn",
                                "kontonavnet må kun have bogstaverne a-z, "
                                "cifre, '.', '-' og '_'");
    }
    return SAG_OK;
}

/* The number of code points in valid UTF-8, or -1 if `s` is not valid
 * UTF-8 (overlong forms, surrogates and values past U+10FFFF included). */
static long
utf8_laengde(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    long n = 0;

    while (*p != '\0') {
        unsigned long cp;
        int extra;

        if (*p < 0x80) {
            p++;
            n++;
            continue;
        }
        if ((*p & 0xe0) == 0xc0) {
            cp = *p & 0x1fu;
            extra = 1;
        } else if ((*p & 0xf0) == 0xe0) {
            cp = *p & 0x0fu;
            extra = 2;
        } else if ((*p & 0xf8) == 0xf0) {
            cp = *p & 0x07u;
            extra = 3;
        } else {
            return -1;
        }
        for (int i = 1; i <= extra; i++) {
            if ((p[i] & 0xc0) != 0x80)
                return -1;
            cp = (cp << 6) | (p[i] & 0x3fu);
        }
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) ||
            (extra == 3 && cp < 0x10000) || cp > 0x10ffff ||
            (cp >= 0xd800 && cp <= 0xdfff))
            return -1;
        p += extra + 1;
        n++;
    }
    return n;
}

static char
lille(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* The password reduced to its letters: ASCII letters lowercased, every
 * byte of a non-ASCII character kept as it is (so "æ" stays a letter),
 * digits, spaces and punctuation dropped. "Skadesag2025!" → "skadesag". */
static void
kun_bogstaver(const char *s, char *ud, size_t plads)
{
    size_t n = 0;

    for (size_t i = 0; s[i] != '\0' && n + 1 < plads; i++) {
        unsigned char c = (unsigned char)s[i];

        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80)
            ud[n++] = lille(s[i]);
    }
    ud[n] = '\0';
}

/* Is `s` one or more copies of `ord` (non-empty)? */
static bool
gentagelse_af(const char *s, const char *ord, size_t ordlen)
{
    size_t n = strlen(s);

    if (ordlen == 0 || n == 0 || n % ordlen != 0)
        return false;
    for (size_t i = 0; i < n; i += ordlen)
        if (memcmp(s + i, ord, ordlen) != 0)
            return false;
    return true;
}

/* Does one line of the embedded list `liste` match `s` by `lig`? Lines
 * are lowercase; '#' starts a comment line. */
static bool
paa_listen(const char *liste, const char *s,
           bool (*lig)(const char *s, const char *ord, size_t ordlen))
{
    const char *p = liste;

    while (*p != '\0') {
        size_t len = strcspn(p, "\n");

        if (len > 0 && p[0] != '#' && lig(s, p, len))
            return true;
        p += len;
        if (*p == '\n')
            p++;
    }
    return false;
}

static bool
praecis(const char *s, const char *ord, size_t ordlen)
{
    return strlen(s) == ordlen && memcmp(s, ord, ordlen) == 0;
}

enum sag_status
sag_konto_kodeord_tjek(const char *navn, const char *kodeord,
                       struct sag_diag *d)
{
    char bogstaver[SAG_KONTO_KODEORD_MAKS + 1],
        smaa[SAG_KONTO_KODEORD_MAKS + 1], navn_b[64];
    size_t n, forskellige = 0;
    long tegn;

    SAG_ASSERT(sag__kodeord_lister_antal == 2);
    if (kodeord == NULL || kodeord[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/kodeord", "mangler: kodeord");
    n = strlen(kodeord);
    if (n > SAG_KONTO_KODEORD_MAKS)
        return sag_diag_set(d, SAG_EINVAL, "/kodeord",
                            "kodeordet må højst fylde %d bytes",
                            SAG_KONTO_KODEORD_MAKS);
    if ((tegn = utf8_laengde(kodeord)) < 0)
        return sag_diag_set(d, SAG_EINVAL, "/kodeord",
                            "kodeordet er ikke gyldig UTF-8");
    if (tegn < SAG_KONTO_KODEORD_MIN)
        return sag_diag_set(d, SAG_EINVAL, "/kodeord",
                            "kodeordet skal have mindst %d tegn",
                            SAG_KONTO_KODEORD_MIN);
    /* Repetitive: fewer than four different bytes ("aaaaaaaaaaaa",
     * "abababababab"). NIST SP 800-63B 5.1.1.2 names these. */
    for (size_t i = 0; i < n; i++)
        forskellige += memchr(kodeord, kodeord[i], i) == NULL;
    if (forskellige < 4)
        return sag_diag_set(d, SAG_EINVAL, "/kodeord",
                            "kodeordet er for ensformigt");
    for (size_t i = 0; i <= n; i++)
        smaa[i] = lille(kodeord[i]);
    if (navn != NULL && navn[0] != '\0') {
        size_t m = strlen(navn);

        if (m == n && strlen(smaa) == n) {
            bool samme = true;

            for (size_t i = 0; i < n; i++)
                samme = samme && smaa[i] == lille(navn[i]);
            if (samme)
                return sag_diag_set(d, SAG_EINVAL, "/kodeord",
                                    "kodeordet må ikke være kontonavnet");
        }
    }
    /* The words of the context (ASVS 6.1.2, 6.2.11) and the user name,
     * however decorated with digits and signs, and the common passwords
     * (ASVS 6.2.4), case aside. A password without letters is not refused
     * for that: requiring a letter would be a composition rule (6.2.5). */
    kun_bogstaver(kodeord, bogstaver, sizeof(bogstaver));
    kun_bogstaver(navn != NULL ? navn : "", navn_b, sizeof(navn_b));
    if (gentagelse_af(bogstaver, navn_b, strlen(navn_b)) ||
        paa_listen(sag__kodeord_lister[0], bogstaver, gentagelse_af))
        return sag_diag_set(d, SAG_EINVAL, "/kodeord",
                            "kodeordet er for let at gætte (kontonavnet "
                            "eller et almindeligt ord med tal og tegn)");
    if (paa_listen(sag__kodeord_lister[1], smaa, praecis))
        return sag_diag_set(d, SAG_EINVAL, "/kodeord",
                            "kodeordet er et af de mest brugte kodeord");
    return SAG_OK;
}

/* Text of at most `maks` - 1 bytes without control characters; "" and
 * NULL are allowed when `tom` is. */
static enum sag_status
tjek_tekst(const char *s, size_t maks, bool tom, const char *felt,
           const char *hvad, struct sag_diag *d)
{
    if (s == NULL || s[0] == '\0')
        return tom ? SAG_OK
                   : sag_diag_set(d, SAG_EMISSING, felt, "mangler: %s", hvad);
    if (strlen(s) >= maks)
        return sag_diag_set(d, SAG_EINVAL, felt, "%s må højst have %zu tegn",
                            hvad, maks - 1);
    if (utf8_laengde(s) < 0)
        return sag_diag_set(d, SAG_EINVAL, felt, "%s er ikke gyldig UTF-8",
                            hvad);
    for (size_t i = 0; s[i] != '\0'; i++)
        if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
            return sag_diag_set(d, SAG_EINVAL, felt,
                                "%s må ikke have styretegn", hvad);
    return SAG_OK;
}

static bool
er_medarbejder(enum sag_rolle r)
{
    return r == SAG_ROLLE_SAGSBEHANDLER || r == SAG_ROLLE_JURIST ||
           r == SAG_ROLLE_TEAMLEDER || r == SAG_ROLLE_LEDELSE;
}

/* ---- tokens and time ---- */

/* 32 random bytes as 64 lowercase hex digits. */
static void
nyt_token(char ud[SAG_TOKEN_HEX])
{
    unsigned char b[32];

    randombytes_buf(b, sizeof(b));
    (void)sodium_bin2hex(ud, SAG_TOKEN_HEX, b, sizeof(b));
    sodium_memzero(b, sizeof(b));
}

/* A token as the server received it: 64 hex digits, lowercase. */
static bool
token_form(const char *t)
{
    if (t == NULL || strlen(t) != SAG_TOKEN_HEX - 1)
        return false;
    for (size_t i = 0; t[i] != '\0'; i++)
        if (!((t[i] >= '0' && t[i] <= '9') || (t[i] >= 'a' && t[i] <= 'f')))
            return false;
    return true;
}

/* What the store keeps of a token: SHA-256 of its text, as hex. A token
 * has 256 random bits, so no salt or slow hash is needed (ASVS 6.5.2's
 * rule for secrets of at least 112 bits). */
static void
token_hash(const char *token, char ud[65])
{
    struct sag_sha256 c;
    unsigned char digest[32];

    sag_sha256_init(&c);
    sag_sha256_update(&c, token, strlen(token));
    sag_sha256_final(&c, digest);
    sag_sha256_hex(digest, ud);
}

/* Unix seconds as "2026-11-23T10:00:00Z". */
static void
tid_iso(int64_t t, char ud[SAG_TID_LEN])
{
    int64_t dag = t / 86400, rest = t % 86400;
    struct sag_dato dato;
    int y, m, dd;

    if (rest < 0) {
        rest += 86400;
        dag--;
    }
    dato.dage = (int32_t)dag;
    sag_dato_ymd(dato, &y, &m, &dd);
    (void)snprintf(ud, SAG_TID_LEN, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, dd,
                   (int)(rest / 3600), (int)(rest / 60 % 60), (int)(rest % 60));
}

/* RFC 4648 base32 without padding. */
static void
base32(const unsigned char *b, size_t n, char *ud, size_t plads)
{
    static const char alfabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    unsigned long buf = 0;
    int bits = 0;
    size_t k = 0;

    for (size_t i = 0; i < n; i++) {
        buf = (buf << 8) | b[i];
        bits += 8;
        while (bits >= 5 && k + 1 < plads) {
            ud[k++] = alfabet[(buf >> (bits - 5)) & 31u];
            bits -= 5;
        }
    }
    if (bits > 0 && k + 1 < plads)
        ud[k++] = alfabet[(buf << (5 - bits)) & 31u];
    ud[k] = '\0';
}

/* The TOTP code of step `trin` (RFC 6238 is RFC 4226's HOTP of the step
 * number). */
static bool
totp_beregn(const unsigned char *hemmelighed, size_t n, int64_t trin,
            char kode[TOTP_CIFRE + 1])
{
    return trin >= 0 &&
           oath_hotp_generate((const char *)hemmelighed, n, (uint64_t)trin,
                              TOTP_CIFRE, false, OATH_HOTP_DYNAMIC_TRUNCATION,
                              kode) == OATH_OK;
}

static int64_t
totp_trin(int64_t nu)
{
    return nu >= 0 ? nu / SAG_TOTP_TRIN : -1;
}

/* Check a TOTP code against the steps just before, at and after `nu`,
 * refusing steps up to `brugt` (already used: ASVS 6.5.1). All three are
 * compared in constant time, whatever matches. The step that matched
 * goes to `trin_ud`. */
static bool
totp_passer(const unsigned char *hemmelighed, size_t n, int64_t nu,
            const char *kode, int64_t brugt, int64_t *trin_ud)
{
    char forventet[TOTP_CIFRE + 1], givet[TOTP_CIFRE + 1];
    int64_t t = totp_trin(nu);
    bool fundet = false;

    if (kode == NULL || strlen(kode) != TOTP_CIFRE)
        return false;
    memcpy(givet, kode, sizeof(givet));
    for (int64_t c = t - 1; c <= t + 1; c++) {
        bool lig;

        if (!totp_beregn(hemmelighed, n, c, forventet))
            continue;
        lig = sodium_memcmp(forventet, givet, TOTP_CIFRE) == 0;
        if (lig && c > brugt && !fundet) {
            fundet = true;
            *trin_ud = c;
        }
    }
    sodium_memzero(forventet, sizeof(forventet));
    return fundet;
}

/* ---- rows to accounts ---- */

static void
kopier(char *ud, size_t plads, const char *s)
{
    (void)snprintf(ud, plads, "%s", s != NULL ? s : "");
}

static enum sag_status
til_konto(const struct sag_konto_post *p, struct sag_konto *k,
          struct sag_diag *d)
{
    int rolle = sag_navn_til_rolle(p->rolle);

    if (rolle == 0)
        return sag_diag_set(d, SAG_ECONFLICT, "/rolle",
                            "kontoen har en ukendt rolle");
    memset(k, 0, sizeof(*k));
    kopier(k->navn, sizeof(k->navn), p->navn);
    k->rolle = (enum sag_rolle)rolle;
    kopier(k->team, sizeof(k->team), p->team);
    kopier(k->cpr, sizeof(k->cpr), p->cpr);
    kopier(k->forsikring, sizeof(k->forsikring), p->forsikring);
    k->aktiv = p->aktiv;
    k->totp = p->totp != NULL && p->totp_len > 0;
    k->spaerret_til = p->spaerret_til;
    return SAG_OK;
}

/* The account `navn` as a row, in the arena: SAG_ENOTFOUND "/navn". */
static enum sag_status
hent_post(struct sag_store *s, const char *navn, struct sag_arena *a,
          struct sag_konto_post *p, struct sag_diag *d)
{
    enum sag_status st = sag_konto_navn_tjek(navn, d);

    if (st == SAG_EMISSING || st == SAG_EINVAL)
        return sag_diag_set(d, SAG_ENOTFOUND, "/navn", "kontoen findes ikke");
    return sag_store_konto_hent(s, navn, a, p, d);
}

/* ---- login ---- */

/* How long the failure number `fejl` (5, 6, …) locks the account: 1, 2,
 * 4, … minutes, at most SAG_KONTO_SPAERRING_MAKS. */
static int64_t
spaerretid(int fejl)
{
    int trin = fejl - SAG_KONTO_MAKS_FEJL;

    if (trin < 0)
        return 0;
    if (trin >= 6)
        return SAG_KONTO_SPAERRING_MAKS;
    return (int64_t)60 << trin < SAG_KONTO_SPAERRING_MAKS
               ? (int64_t)60 << trin
               : SAG_KONTO_SPAERRING_MAKS;
}

static enum sag_status
for_mange(int64_t til, int64_t nu, struct sag_diag *d)
{
    char iso[SAG_TID_LEN];
    int64_t min = (til - nu + 59) / 60;

    tid_iso(til, iso);
    return sag_diag_set(d, SAG_EFORMANGE, "/login",
                        "for mange mislykkede forsøg: prøv igen om %lld "
                        "min. (efter %s)",
                        (long long)(min > 0 ? min : 1), iso);
}

/* A failed login of an existing, active account: count it in a write
 * transaction (re-reading the row, so concurrent failures all count), and
 * lock the account from the fifth. */
static enum sag_status
registrer_fejl(struct sag_store *s, const char *navn, int64_t nu,
               struct sag_diag *d)
{
    struct sag_arena a;
    struct sag_konto_post p;
    enum sag_status st;
    int64_t laas;

    sag_arena_init(&a, 0);
    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        goto ud;
    if ((st = sag_store_konto_hent(s, navn, &a, &p, d)) != SAG_OK) {
        sag_store_fortryd(s);
        goto ud;
    }
    p.fejl = p.fejl < 1000 ? p.fejl + 1 : p.fejl;
    laas = spaerretid(p.fejl);
    if (laas > 0)
        p.spaerret_til = nu + laas;
    if ((st = sag_store_konto_opdater(s, &p, d)) != SAG_OK) {
        sag_store_fortryd(s);
        goto ud;
    }
    if ((st = sag_store_bekraeft(s, d)) != SAG_OK)
        goto ud;
    st = laas > 0 ? for_mange(p.spaerret_til, nu, d)
                  : sag_diag_set(d, SAG_EADGANG, "/login", login_fejl);
ud:
    sag_arena_release(&a);
    return st;
}

/* A successful login, in one write transaction: the row re-read (a TOTP
 * step used meanwhile by a concurrent login is refused), the counter
 * reset, the new hash if any, expired sessions removed, the account's
 * oldest sessions beyond the limit ended, the new session stored. */
static enum sag_status
skriv_login(struct sag_store *s, const char *navn, bool totp, int64_t trin,
            const char *ny_hash, int64_t nu, struct sag_session_ny *ny,
            struct sag_diag *d)
{
    struct sag_arena a;
    struct sag_konto_post p;
    struct sag_session_post sp;
    char hash[65];
    enum sag_status st;

    sag_arena_init(&a, 0);
    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        goto ud;
    if ((st = sag_store_konto_hent(s, navn, &a, &p, d)) != SAG_OK)
        goto fortryd;
    if (!p.aktiv || (totp && trin <= p.totp_brugt)) {
        st = sag_diag_set(d, SAG_EADGANG, "/login", login_fejl);
        goto fortryd;
    }
    p.fejl = 0;
    p.spaerret_til = 0;
    if (totp)
        p.totp_brugt = trin;
    if (ny_hash != NULL)
        p.kodeord_hash = ny_hash;
    if ((st = til_konto(&p, &ny->konto, d)) != SAG_OK ||
        (st = sag_store_konto_opdater(s, &p, d)) != SAG_OK ||
        (st = sag_store_sessioner_ryd(s, nu, nu - SAG_SESSION_INAKTIV, NULL,
                                      d)) != SAG_OK ||
        (st = sag_store_sessioner_slet(s, navn, SAG_KONTO_MAKS_SESSIONER - 1,
                                       NULL, d)) != SAG_OK)
        goto fortryd;
    nyt_token(ny->token);
    nyt_token(ny->csrf);
    token_hash(ny->token, hash);
    ny->udloeber = nu + SAG_SESSION_LEVETID;
    sp.token_hash = hash;
    sp.bruger = navn;
    sp.csrf = ny->csrf;
    sp.oprettet = nu;
    sp.sidst_brugt = nu;
    sp.udloeber = ny->udloeber;
    if ((st = sag_store_session_opret(s, &sp, d)) != SAG_OK)
        goto fortryd;
    st = sag_store_bekraeft(s, d);
    goto ud;
fortryd:
    sag_store_fortryd(s);
ud:
    sag_arena_release(&a);
    return st;
}

enum sag_status
sag_konto_login(struct sag_store *s, const char *navn, const char *kodeord,
                const char *totp_kode, int64_t nu, struct sag_session_ny *ud,
                struct sag_diag *d)
{
    struct sag_arena a;
    struct sag_konto_post p;
    struct sag_session_ny ny;
    char ny_hash[crypto_pwhash_STRBYTES];
    const char *k = kodeord != NULL ? kodeord : "";
    bool kendt = false, passer, rehash = false;
    int64_t trin = 0;
    enum sag_status st;

    if ((st = init(true, d)) != SAG_OK)
        return st;
    memset(&p, 0, sizeof(p));
    sag_arena_init(&a, 0);
    if (sag_konto_navn_tjek(navn, NULL) == SAG_OK) {
        st = sag_store_konto_hent(s, navn, &a, &p, d);
        if (st != SAG_OK && st != SAG_ENOTFOUND)
            goto ud;
        kendt = st == SAG_OK;
    }
    if (kendt && p.aktiv && p.spaerret_til > nu) {
        st = for_mange(p.spaerret_til, nu, d);
        goto ud;
    }
    /* The same Argon2id verification whether the account exists or not,
     * and for an over-long password too (checked against the decoy). */
    passer = kodeord_passer(kendt && strlen(k) <= SAG_KONTO_KODEORD_MAKS
                                ? p.kodeord_hash
                                : attrap_hash,
                            strlen(k) <= SAG_KONTO_KODEORD_MAKS ? k : "") &&
             kendt;
    if (passer && p.totp != NULL)
        passer =
            totp_passer(p.totp, p.totp_len, nu, totp_kode, p.totp_brugt, &trin);
    if (!passer || !p.aktiv) {
        /* Only an active account counts failures: a disabled one fails
         * like a wrong password and stays as it is. */
        if (kendt && p.aktiv)
            st = registrer_fejl(s, navn, nu, d);
        else
            st = sag_diag_set(d, SAG_EADGANG, "/login", login_fejl);
        goto ud;
    }
    if (crypto_pwhash_str_needs_rehash(p.kodeord_hash, OPSLIMIT, MEMLIMIT) !=
        0) {
        if ((st = hash_kodeord(k, ny_hash, d)) != SAG_OK)
            goto ud;
        rehash = true;
    }
    memset(&ny, 0, sizeof(ny));
    st = skriv_login(s, navn, p.totp != NULL, trin, rehash ? ny_hash : NULL, nu,
                     &ny, d);
    if (st == SAG_OK)
        *ud = ny;
    sodium_memzero(&ny, sizeof(ny));
ud:
    sag_arena_release(&a);
    return st;
}

/* ---- sessions ---- */

static enum sag_status
ingen_session(struct sag_diag *d)
{
    return sag_diag_set(d, SAG_EADGANG, "/session",
                        "ingen gyldig session: log ind igen");
}

enum sag_status
sag_konto_session(struct sag_store *s, const char *token, int64_t nu,
                  struct sag_konto *ud, char csrf[SAG_TOKEN_HEX],
                  struct sag_diag *d)
{
    return sag_konto_session_v2(s, token, nu, SAG_SESSION_INAKTIV, ud, csrf, d);
}

enum sag_status
sag_konto_session_v2(struct sag_store *s, const char *token, int64_t nu,
                     int64_t inaktiv_sek, struct sag_konto *ud,
                     char csrf[SAG_TOKEN_HEX], struct sag_diag *d)
{
    struct sag_arena a;
    struct sag_session_post sp;
    struct sag_konto_post p;
    struct sag_konto k;
    char hash[65];
    int64_t roer;
    enum sag_status st;

    /* Longer than the default would not hold: a login removes everybody's
     * sessions idle SAG_SESSION_INAKTIV. */
    SAG_ASSERT(inaktiv_sek > 0 && inaktiv_sek <= SAG_SESSION_INAKTIV);
    /* The last use is written at most once a minute, but often enough for
     * the idle timeout to measure idleness: with a timeout under a minute,
     * writing once a minute would end a session in use. 1/30 keeps the
     * default's once a minute for 30 minutes. */
    roer = inaktiv_sek / 30 < SAG_SESSION_ROER ? inaktiv_sek / 30
                                               : SAG_SESSION_ROER;
    if (!token_form(token))
        return ingen_session(d);
    token_hash(token, hash);
    sag_arena_init(&a, 0);
    st = sag_store_session_hent(s, hash, &a, &sp, d);
    if (st == SAG_ENOTFOUND ||
        (st == SAG_OK && (strlen(sp.token_hash) != 64 ||
                          sodium_memcmp(sp.token_hash, hash, 64) != 0))) {
        st = ingen_session(d);
        goto ud;
    }
    if (st != SAG_OK)
        goto ud;
    if (nu >= sp.udloeber || nu - sp.sidst_brugt >= inaktiv_sek) {
        if ((st = sag_store_session_slet(s, hash, d)) == SAG_OK)
            st = sag_diag_set(d, SAG_EADGANG, "/session",
                              "sessionen er udløbet: log ind igen");
        goto ud;
    }
    st = sag_store_konto_hent(s, sp.bruger, &a, &p, d);
    if (st == SAG_OK)
        st = til_konto(&p, &k, d);
    if (st == SAG_ENOTFOUND || (st == SAG_OK && !p.aktiv)) {
        if ((st = sag_store_session_slet(s, hash, d)) == SAG_OK)
            st = ingen_session(d);
        goto ud;
    }
    if (st != SAG_OK)
        goto ud;
    if (nu - sp.sidst_brugt >= roer &&
        (st = sag_store_session_roer(s, hash, nu, d)) != SAG_OK)
        goto ud;
    *ud = k;
    kopier(csrf, SAG_TOKEN_HEX, sp.csrf);
ud:
    sag_arena_release(&a);
    return st;
}

enum sag_status
sag_konto_logout(struct sag_store *s, const char *token, struct sag_diag *d)
{
    char hash[65];

    if (!token_form(token))
        return SAG_OK;
    token_hash(token, hash);
    return sag_store_session_slet(s, hash, d);
}

enum sag_status
sag_konto_afslut_sessioner(struct sag_store *s, const char *navn, size_t *antal,
                           struct sag_diag *d)
{
    struct sag_konto k;
    size_t n = 0;
    enum sag_status st;

    if (navn != NULL && (st = sag_konto_hent(s, navn, &k, d)) != SAG_OK)
        return st;
    if ((st = sag_store_sessioner_slet(s, navn, 0, &n, d)) == SAG_OK &&
        antal != NULL)
        *antal = n;
    return st;
}

enum sag_status
sag_konto_ryd(struct sag_store *s, int64_t nu, size_t *antal,
              struct sag_diag *d)
{
    return sag_store_sessioner_ryd(s, nu, nu - SAG_SESSION_INAKTIV, antal, d);
}

/* ---- API tokens ---- */

static enum sag_status
ugyldig_noegle(struct sag_diag *d)
{
    return sag_diag_set(d, SAG_EADGANG, "/noegle", "ugyldig API-nøgle");
}

enum sag_status
sag_konto_noegle(struct sag_store *s, const char *token, int64_t nu,
                 struct sag_konto *ud, unsigned *scope, struct sag_diag *d)
{
    struct sag_arena a;
    struct sag_noegle_post np;
    struct sag_konto_post p;
    struct sag_konto k;
    char hash[65];
    enum sag_status st;

    if (!token_form(token))
        return ugyldig_noegle(d);
    token_hash(token, hash);
    sag_arena_init(&a, 0);
    st = sag_store_noegle_hent(s, hash, &a, &np, d);
    if (st == SAG_ENOTFOUND ||
        (st == SAG_OK &&
         (strlen(np.token_hash) != 64 ||
          sodium_memcmp(np.token_hash, hash, 64) != 0 || !np.aktiv ||
          (np.udloeber != 0 && nu >= np.udloeber)))) {
        st = ugyldig_noegle(d);
        goto ud;
    }
    if (st != SAG_OK)
        goto ud;
    st = sag_store_konto_hent(s, np.bruger, &a, &p, d);
    if (st == SAG_OK)
        st = til_konto(&p, &k, d);
    if (st == SAG_ENOTFOUND || (st == SAG_OK && !p.aktiv)) {
        st = ugyldig_noegle(d);
        goto ud;
    }
    if (st == SAG_OK) {
        *ud = k;
        *scope = np.scope;
    }
ud:
    sag_arena_release(&a);
    return st;
}

enum sag_status
sag_konto_noegle_opret(struct sag_store *s, const char *navn, unsigned scope,
                       const char *beskrivelse, int64_t nu,
                       char token[SAG_TOKEN_HEX], struct sag_diag *d)
{
    struct sag_konto k;
    struct sag_noegle_post np;
    char ny[SAG_TOKEN_HEX], hash[65];
    enum sag_status st;

    if ((st = init(false, d)) != SAG_OK)
        return st;
    if (scope == 0 || (scope & ~SAG_SCOPE_ALLE) != 0)
        return sag_diag_set(d, SAG_EINVAL, "/scope",
                            "angiv beregn, sager eller begge");
    if ((st = tjek_tekst(beskrivelse, 201, true, "/beskrivelse", "beskrivelsen",
                         d)) != SAG_OK ||
        (st = sag_konto_hent(s, navn, &k, d)) != SAG_OK)
        return st;
    if (!k.aktiv)
        return sag_diag_set(d, SAG_EDENIED, "/navn", "kontoen er deaktiveret");
    nyt_token(ny);
    token_hash(ny, hash);
    memset(&np, 0, sizeof(np));
    np.token_hash = hash;
    np.bruger = k.navn;
    np.beskrivelse = beskrivelse != NULL ? beskrivelse : "";
    np.scope = scope;
    np.oprettet = nu;
    np.aktiv = true;
    if ((st = sag_store_noegle_opret(s, &np, d)) == SAG_OK)
        memcpy(token, ny, SAG_TOKEN_HEX);
    sodium_memzero(ny, sizeof(ny));
    return st;
}

/* ---- administration ---- */

/* Role-specific fields (docs/adgang.md): a citizen has a CPR number and
 * nothing else, an insurer its name and nothing else, staff a team (or
 * all teams) and neither. The CPR number is written back canonical. */
static enum sag_status
tjek_rollefelter(const struct sag_konto *k, char cpr[SAG_CPR_LEN + 1],
                 struct sag_diag *d)
{
    enum sag_status st;

    cpr[0] = '\0';
    if (sag_rolle_navn(k->rolle) == NULL)
        return sag_diag_set(d, SAG_EINVAL, "/rolle", "ukendt rolle");
    if ((st = tjek_tekst(k->team, sizeof(k->team), true, "/team", "teamet",
                         d)) != SAG_OK)
        return st;
    if (k->rolle == SAG_ROLLE_BORGER) {
        if (k->cpr[0] == '\0')
            return sag_diag_set(d, SAG_EMISSING, "/cpr",
                                "en borgerkonto skal have et CPR-nummer");
        if ((st = sag_cpr_valider(k->cpr, cpr, NULL, d)) != SAG_OK)
            return st;
    } else if (k->cpr[0] != '\0') {
        return sag_diag_set(d, SAG_EINVAL, "/cpr",
                            "kun en borgerkonto har et CPR-nummer");
    }
    if (k->rolle == SAG_ROLLE_FORSIKRING) {
        if ((st = tjek_tekst(k->forsikring, sizeof(k->forsikring), false,
                             "/forsikring", "forsikringsselskabet", d)) !=
            SAG_OK)
            return st;
    } else if (k->forsikring[0] != '\0') {
        return sag_diag_set(d, SAG_EINVAL, "/forsikring",
                            "kun en forsikringskonto har et "
                            "forsikringsselskab");
    }
    if (!er_medarbejder(k->rolle) && k->team[0] != '\0')
        return sag_diag_set(d, SAG_EINVAL, "/team",
                            "kun medarbejdere hører til et team");
    return SAG_OK;
}

enum sag_status
sag_konto_opret(struct sag_store *s, const struct sag_konto *k,
                const char *kodeord, bool totp, char totp_base32[64],
                int64_t nu, struct sag_diag *d)
{
    struct sag_konto_post p;
    char cpr[SAG_CPR_LEN + 1], hash[crypto_pwhash_STRBYTES], b32[64];
    unsigned char hemmelighed[TOTP_BYTES];
    enum sag_status st;

    if ((st = init(false, d)) != SAG_OK ||
        (st = sag_konto_navn_tjek(k->navn, d)) != SAG_OK ||
        (st = tjek_rollefelter(k, cpr, d)) != SAG_OK ||
        (st = sag_konto_kodeord_tjek(k->navn, kodeord, d)) != SAG_OK ||
        (st = hash_kodeord(kodeord, hash, d)) != SAG_OK)
        return st;
    memset(&p, 0, sizeof(p));
    p.navn = k->navn;
    p.rolle = sag_rolle_navn(k->rolle);
    p.team = k->team[0] ? k->team : NULL;
    p.cpr = cpr[0] ? cpr : NULL;
    p.forsikring = k->forsikring[0] ? k->forsikring : NULL;
    p.kodeord_hash = hash;
    b32[0] = '\0';
    if (totp) {
        randombytes_buf(hemmelighed, sizeof(hemmelighed));
        base32(hemmelighed, sizeof(hemmelighed), b32, sizeof(b32));
        p.totp = hemmelighed;
        p.totp_len = sizeof(hemmelighed);
    }
    p.aktiv = true;
    p.oprettet = nu;
    p.aendret = nu;
    st = sag_store_konto_opret(s, &p, d);
    if (st == SAG_OK)
        memcpy(totp_base32, b32, sizeof(b32));
    sodium_memzero(hemmelighed, sizeof(hemmelighed));
    sodium_memzero(b32, sizeof(b32));
    return st;
}

/* Change an account in one write transaction: read it, let `aendr` change
 * the row, write it back; `efter` (may be NULL) runs in the same
 * transaction. */
static enum sag_status
aendr_konto(struct sag_store *s, const char *navn, int64_t nu,
            enum sag_status (*aendr)(void *ctx, struct sag_konto_post *p,
                                     struct sag_diag *d),
            enum sag_status (*efter)(struct sag_store *s, const char *navn,
                                     struct sag_diag *d),
            void *ctx, struct sag_diag *d)
{
    struct sag_arena a;
    struct sag_konto_post p;
    enum sag_status st;

    sag_arena_init(&a, 0);
    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        goto ud;
    if ((st = hent_post(s, navn, &a, &p, d)) != SAG_OK ||
        (st = aendr(ctx, &p, d)) != SAG_OK)
        goto fortryd;
    p.aendret = nu;
    if ((st = sag_store_konto_opdater(s, &p, d)) != SAG_OK ||
        (efter != NULL && (st = efter(s, navn, d)) != SAG_OK))
        goto fortryd;
    st = sag_store_bekraeft(s, d);
    goto ud;
fortryd:
    sag_store_fortryd(s);
ud:
    sag_arena_release(&a);
    return st;
}

struct ny_rolle {
    enum sag_rolle rolle;
    const char *team;
};

static enum sag_status
saet_rolle(void *ctx, struct sag_konto_post *p, struct sag_diag *d)
{
    struct ny_rolle *r = ctx;
    int nu = sag_navn_til_rolle(p->rolle);

    if (!er_medarbejder((enum sag_rolle)nu) || !er_medarbejder(r->rolle))
        return sag_diag_set(d, SAG_EINVAL, "/rolle",
                            "kun medarbejderkonti skifter rolle; en borger "
                            "eller et forsikringsselskab får en ny konto");
    p->rolle = sag_rolle_navn(r->rolle);
    p->team = r->team != NULL && r->team[0] ? r->team : NULL;
    return SAG_OK;
}

enum sag_status
sag_konto_saet_rolle(struct sag_store *s, const char *navn,
                     enum sag_rolle rolle, const char *team, int64_t nu,
                     struct sag_diag *d)
{
    struct ny_rolle r = { rolle, team };
    enum sag_status st;

    if (sag_rolle_navn(rolle) == NULL)
        return sag_diag_set(d, SAG_EINVAL, "/rolle", "ukendt rolle");
    if ((st = tjek_tekst(team, 32, true, "/team", "teamet", d)) != SAG_OK)
        return st;
    return aendr_konto(s, navn, nu, saet_rolle, NULL, &r, d);
}

static enum sag_status
deaktiver(void *ctx, struct sag_konto_post *p, struct sag_diag *d)
{
    (void)ctx;
    (void)d;
    p->aktiv = false;
    return SAG_OK;
}

/* A disabled account's sessions and API tokens end with it. */
static enum sag_status
afslut_alt(struct sag_store *s, const char *navn, struct sag_diag *d)
{
    enum sag_status st = sag_store_sessioner_slet(s, navn, 0, NULL, d);

    return st == SAG_OK ? sag_store_noegler_deaktiver(s, navn, NULL, d) : st;
}

enum sag_status
sag_konto_deaktiver(struct sag_store *s, const char *navn, int64_t nu,
                    struct sag_diag *d)
{
    return aendr_konto(s, navn, nu, deaktiver, afslut_alt, NULL, d);
}

static enum sag_status
aktiver(void *ctx, struct sag_konto_post *p, struct sag_diag *d)
{
    (void)ctx;
    (void)d;
    p->aktiv = true;
    p->fejl = 0;
    p->spaerret_til = 0;
    return SAG_OK;
}

enum sag_status
sag_konto_aktiver(struct sag_store *s, const char *navn, int64_t nu,
                  struct sag_diag *d)
{
    return aendr_konto(s, navn, nu, aktiver, NULL, NULL, d);
}

static enum sag_status
saet_kodeord(void *ctx, struct sag_konto_post *p, struct sag_diag *d)
{
    (void)d;
    p->kodeord_hash = ctx;
    p->fejl = 0;
    p->spaerret_til = 0;
    return SAG_OK;
}

static enum sag_status
afslut_sessioner(struct sag_store *s, const char *navn, struct sag_diag *d)
{
    return sag_store_sessioner_slet(s, navn, 0, NULL, d);
}

enum sag_status
sag_konto_nulstil(struct sag_store *s, const char *navn,
                  const char *nyt_kodeord, int64_t nu, struct sag_diag *d)
{
    struct sag_konto k;
    char hash[crypto_pwhash_STRBYTES];
    enum sag_status st;

    /* The account first: a policy message for a name that has none would
     * be beside the point. */
    if ((st = init(false, d)) != SAG_OK ||
        (st = sag_konto_hent(s, navn, &k, d)) != SAG_OK ||
        (st = sag_konto_kodeord_tjek(navn, nyt_kodeord, d)) != SAG_OK ||
        (st = hash_kodeord(nyt_kodeord, hash, d)) != SAG_OK)
        return st;
    return aendr_konto(s, navn, nu, saet_kodeord, afslut_sessioner, hash, d);
}

/* The new password, and every session of the account ended but the one
 * with the hash `behold` (read first, written back after). */
static enum sag_status
skriv_nyt_kodeord(struct sag_store *s, const char *navn, const char *hash,
                  const char *behold, int64_t nu, struct sag_diag *d)
{
    struct sag_arena a;
    struct sag_konto_post p;
    struct sag_session_post sp;
    bool har = false;
    enum sag_status st;

    sag_arena_init(&a, 0);
    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        goto ud;
    if ((st = sag_store_konto_hent(s, navn, &a, &p, d)) != SAG_OK)
        goto fortryd;
    if (behold != NULL) {
        st = sag_store_session_hent(s, behold, &a, &sp, d);
        har = st == SAG_OK && strcmp(sp.bruger, navn) == 0;
        if (st != SAG_OK && st != SAG_ENOTFOUND)
            goto fortryd;
    }
    p.kodeord_hash = hash;
    p.fejl = 0;
    p.spaerret_til = 0;
    p.aendret = nu;
    if ((st = sag_store_konto_opdater(s, &p, d)) != SAG_OK ||
        (st = sag_store_sessioner_slet(s, navn, 0, NULL, d)) != SAG_OK ||
        (har && (st = sag_store_session_opret(s, &sp, d)) != SAG_OK))
        goto fortryd;
    st = sag_store_bekraeft(s, d);
    goto ud;
fortryd:
    sag_store_fortryd(s);
ud:
    sag_arena_release(&a);
    return st;
}

enum sag_status
sag_konto_skift_kodeord(struct sag_store *s, const char *navn,
                        const char *nuvaerende, const char *nyt,
                        const char *behold_token, int64_t nu,
                        struct sag_diag *d)
{
    struct sag_arena a;
    struct sag_konto_post p;
    char hash[crypto_pwhash_STRBYTES], behold[65];
    const char *k = nuvaerende != NULL ? nuvaerende : "";
    enum sag_status st;

    if ((st = init(false, d)) != SAG_OK)
        return st;
    sag_arena_init(&a, 0);
    if ((st = hent_post(s, navn, &a, &p, d)) != SAG_OK)
        goto ud;
    if (!p.aktiv) {
        st = sag_diag_set(d, SAG_EADGANG, "/navn", "kontoen er deaktiveret");
        goto ud;
    }
    if (p.spaerret_til > nu) {
        st = for_mange(p.spaerret_til, nu, d);
        goto ud;
    }
    if (strlen(k) > SAG_KONTO_KODEORD_MAKS ||
        !kodeord_passer(p.kodeord_hash, k)) {
        st = registrer_fejl(s, navn, nu, d);
        if (st == SAG_EADGANG)
            st = sag_diag_set(d, SAG_EADGANG, "/kodeord",
                              "det nuværende kodeord er forkert");
        goto ud;
    }
    if ((st = sag_konto_kodeord_tjek(navn, nyt, d)) != SAG_OK ||
        (st = hash_kodeord(nyt, hash, d)) != SAG_OK)
        goto ud;
    if (token_form(behold_token))
        token_hash(behold_token, behold);
    st = skriv_nyt_kodeord(s, navn, hash,
                           token_form(behold_token) ? behold : NULL, nu, d);
ud:
    sag_arena_release(&a);
    return st;
}

enum sag_status
sag_konto_hent(struct sag_store *s, const char *navn, struct sag_konto *ud,
               struct sag_diag *d)
{
    struct sag_arena a;
    struct sag_konto_post p;
    struct sag_konto k;
    enum sag_status st;

    sag_arena_init(&a, 0);
    if ((st = hent_post(s, navn, &a, &p, d)) == SAG_OK &&
        (st = til_konto(&p, &k, d)) == SAG_OK)
        *ud = k;
    sag_arena_release(&a);
    return st;
}

struct liste_ctx {
    int (*cb)(void *ctx, const struct sag_konto *k);
    void *ctx;
};

static int
liste_raekke(void *ctx, const struct sag_konto_post *p)
{
    struct liste_ctx *c = ctx;
    struct sag_konto k;

    /* A row with a role this program does not know is listed without a
     * role (0) rather than hidden. */
    if (til_konto(p, &k, NULL) != SAG_OK) {
        memset(&k, 0, sizeof(k));
        kopier(k.navn, sizeof(k.navn), p->navn);
        k.aktiv = p->aktiv;
        k.totp = p->totp != NULL;
    }
    return c->cb(c->ctx, &k);
}

enum sag_status
sag_konto_liste(struct sag_store *s,
                int (*cb)(void *ctx, const struct sag_konto *k), void *ctx,
                struct sag_diag *d)
{
    struct liste_ctx c = { cb, ctx };

    return sag_store_konti(s, liste_raekke, &c, d);
}

enum sag_status
sag_konto_totp_kode(struct sag_store *s, const char *navn, int64_t nu,
                    char kode[8], struct sag_diag *d)
{
    struct sag_arena a;
    struct sag_konto_post p;
    char k[TOTP_CIFRE + 1];
    enum sag_status st;

    if ((st = init(false, d)) != SAG_OK)
        return st;
    sag_arena_init(&a, 0);
    if ((st = hent_post(s, navn, &a, &p, d)) != SAG_OK)
        goto ud;
    if (p.totp == NULL) {
        st = sag_diag_set(d, SAG_ENOTFOUND, "/totp",
                          "kontoen har ingen engangskode");
        goto ud;
    }
    if (!totp_beregn(p.totp, p.totp_len, totp_trin(nu), k)) {
        st = sag_diag_set(d, SAG_EINTERNAL, "/totp",
                          "engangskoden kan ikke beregnes");
        goto ud;
    }
    memcpy(kode, k, sizeof(k));
ud:
    sag_arena_release(&a);
    return st;
}

enum sag_status
sag_konto_otpauth(const char *navn, const char *totp_base32, char ud[256],
                  struct sag_diag *d)
{
    enum sag_status st;
    int n;

    if ((st = sag_konto_navn_tjek(navn, d)) != SAG_OK)
        return st;
    if (totp_base32 == NULL || totp_base32[0] == '\0' ||
        strspn(totp_base32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") !=
            strlen(totp_base32))
        return sag_diag_set(d, SAG_EINVAL, "/totp",
                            "ikke en TOTP-hemmelighed i base32");
    /* The name and the secret need no escaping: both are unreserved
     * characters in a URI. */
    n = snprintf(ud, 256,
                 "otpauth://totp/Skadesag:%s?secret=%s&issuer=Skadesag&"
                 "algorithm=SHA1&digits=%d&period=%d",
                 navn, totp_base32, TOTP_CIFRE, SAG_TOTP_TRIN);
    if (n < 0 || n >= 256)
        return sag_diag_set(d, SAG_ETOOBIG, "/totp", "for lang URI");
    return SAG_OK;
}
