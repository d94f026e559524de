/*
 * skadesag bruger: accounts on the command line (docs/adgang.md). Each
 * subcommand turns its options into one call of the accounts module
 * (konto.h) and prints the answer; the rules (password policy, hashing,
 * TOTP, lockout) live there. Whoever can run this against the database
 * administers its accounts: there is no login here, as there is none for
 * `skadesag sag`.
 *
 * Passwords are never taken from the command line (argv is visible to
 * every user of the machine): they are read from standard input, or from
 * a file named by --kodeord-fil, one line; on a terminal without echo.
 * The time is the system clock's: there is no option to set it.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "skadesag/konto.h"
#include "skadesag/store.h"

#include "../base/banned.h"

struct kmd;

static int kmd_opret(struct sag_store *s, const struct sag__valg *v);
static int kmd_rolle(struct sag_store *s, const struct sag__valg *v);
static int kmd_deaktiver(struct sag_store *s, const struct sag__valg *v);
static int kmd_aktiver(struct sag_store *s, const struct sag__valg *v);
static int kmd_nulstil(struct sag_store *s, const struct sag__valg *v);
static int kmd_afslut(struct sag_store *s, const struct sag__valg *v);
static int kmd_kode(struct sag_store *s, const struct sag__valg *v);
static int kmd_noegle(struct sag_store *s, const struct sag__valg *v);
static int kmd_liste(struct sag_store *s, const struct sag__valg *v);
static int kmd_login(struct sag_store *s, const struct sag__valg *v);

/* A subcommand: its name, the options it takes, how many positional
 * arguments (from, to), its handler and its usage text. */
static const struct kmd {
    const char *navn, *valg;
    size_t pos_min, pos_maks;
    int (*fn)(struct sag_store *s, const struct sag__valg *v);
    const char *brug;
} kommandoer[] = {
    { "opret", " --rolle --team --cpr --forsikring --uden-totp --kodeord-fil ",
      1, 1, kmd_opret,
      "  opret NAVN --rolle R [--team T] [--cpr C] [--forsikring F] "
      "[--uden-totp]\n"
      "                                      Opret en konto; kodeordet fra "
      "stdin\n" },
    { "rolle", " --rolle --team ", 1, 1, kmd_rolle,
      "  rolle NAVN --rolle R [--team T]     Skift en medarbejders rolle og "
      "team\n" },
    { "deaktiver", "", 1, 1, kmd_deaktiver,
      "  deaktiver NAVN                      Luk kontoen, dens sessioner og "
      "API-nøgler\n" },
    { "aktiver", "", 1, 1, kmd_aktiver,
      "  aktiver NAVN                        Åbn en deaktiveret konto igen\n" },
    { "nulstil", " --kodeord-fil ", 1, 1, kmd_nulstil,
      "  nulstil NAVN                        Nyt kodeord (fra stdin); "
      "ophæver spærring,\n"
      "                                      afslutter sessionerne\n" },
    { "afslut", " --alle ", 0, 1, kmd_afslut,
      "  afslut (NAVN | --alle)              Afslut sessionerne for en "
      "konto eller alle\n" },
    { "kode", "", 1, 1, kmd_kode,
      "  kode NAVN                           Den aktuelle engangskode "
      "(demo og test)\n" },
    { "noegle", " --scope --beskrivelse ", 1, 1, kmd_noegle,
      "  noegle NAVN --scope beregn,sager [--beskrivelse T]\n"
      "                                      Ny API-nøgle (vises kun én "
      "gang)\n" },
    { "liste", "", 0, 0, kmd_liste,
      "  liste                               Konti: navn, rolle, team, "
      "aktiv, 2. faktor\n" },
    { "login", " --kode --kodeord-fil ", 1, 1, kmd_login,
      "  login NAVN [--kode K]               Prøv at logge ind (kodeord fra "
      "stdin);\n"
      "                                      sessionen afsluttes straks "
      "igen\n" },
};

#define ANTAL_KMD (sizeof(kommandoer) / sizeof(kommandoer[0]))

static const char faelles_tekst[] =
    "\nKodeord læses fra standard input (første linje) eller fra "
    "--kodeord-fil F,\naldrig fra kommandolinjen. Roller: sagsbehandler, "
    "jurist, teamleder, ledelse,\nborger (kræver --cpr) og forsikring "
    "(kræver --forsikring). --db er standard\n./skadesag.db. Se "
    "docs/adgang.md.\n";

static void
hjaelp(FILE *f)
{
    (void)fputs("Brug: skadesag bruger [--db STI] <underkommando> ...\n\n", f);
    for (size_t i = 0; i < ANTAL_KMD; i++)
        (void)fputs(kommandoer[i].brug, f);
    (void)fputs(faelles_tekst, f);
}

static void
kmd_hjaelp(const struct kmd *k, FILE *f)
{
    (void)fprintf(f, "Brug: skadesag bruger [--db STI] %s ...\n\n%s", k->navn,
                  k->brug);
    (void)fputs(faelles_tekst, f);
}

static const char *const flag[] = { "--uden-totp", "--alle", NULL };

static const char globale[] = " --db ";

static int64_t
nu(void)
{
    return (int64_t)time(NULL);
}

/* A role by name, or a usage error (printed). */
static int
rolle_valg(const struct sag__valg *v, enum sag_rolle *ud)
{
    const char *navn = sag__val(v, "--rolle");
    int r;

    if (navn == NULL) {
        sag__fejl("--rolle: mangler (sagsbehandler, jurist, teamleder, "
                  "ledelse, borger eller forsikring)");
        return SAG_EXIT_BRUG;
    }
    if ((r = sag_navn_til_rolle(navn)) == 0) {
        sag__fejl("--rolle: ukendt rolle '%s' (sagsbehandler, jurist, "
                  "teamleder, ledelse, borger eller forsikring)",
                  navn);
        return SAG_EXIT_BRUG;
    }
    *ud = (enum sag_rolle)r;
    return 0;
}

/* One line of a password from --kodeord-fil or standard input, without
 * its line end. On a terminal it is asked for without echo. */
static int
laes_kodeord(const struct sag__valg *v, const char *spoergsmaal,
             char ud[SAG_KONTO_KODEORD_MAKS + 2])
{
    const char *fil = sag__val(v, "--kodeord-fil");
    FILE *f = stdin;
    struct termios gammel, ny;
    bool terminal = false;
    size_t n;

    if (fil != NULL && (f = fopen(fil, "r")) == NULL) {
        sag__fejl("--kodeord-fil: kan ikke læse %s", fil);
        return SAG_EXIT_FEJL;
    }
    if (fil == NULL && isatty(STDIN_FILENO) &&
        tcgetattr(STDIN_FILENO, &gammel) == 0) {
        terminal = true;
        ny = gammel;
        ny.c_lflag &= ~(tcflag_t)ECHO;
        (void)fprintf(stderr, "%s: ", spoergsmaal);
        (void)tcsetattr(STDIN_FILENO, TCSAFLUSH, &ny);
    }
    if (fgets(ud, SAG_KONTO_KODEORD_MAKS + 2, f) == NULL)
        ud[0] = '\0';
    if (terminal) {
        (void)tcsetattr(STDIN_FILENO, TCSAFLUSH, &gammel);
        (void)fputc('\n', stderr);
    }
    if (f != stdin)
        (void)fclose(f);
    n = strcspn(ud, "\r\n");
    if (ud[n] == '\0' && n > SAG_KONTO_KODEORD_MAKS) {
        sag__fejl("/kodeord: kodeordet må højst fylde %d bytes",
                  SAG_KONTO_KODEORD_MAKS);
        return SAG_EXIT_AFVIST;
    }
    ud[n] = '\0';
    return 0;
}

/* Wipe a password buffer (the compiler may not drop this: the buffer is
 * read through a volatile pointer). */
static void
glem(char *p, size_t n)
{
    volatile char *q = p;

    while (n-- > 0)
        *q++ = '\0';
}

static const char *
team_tekst(const struct sag_konto *k)
{
    if (k->rolle == SAG_ROLLE_BORGER || k->rolle == SAG_ROLLE_FORSIKRING)
        return NULL;
    return k->team[0] ? k->team : "alle";
}

static int
kmd_opret(struct sag_store *s, const struct sag__valg *v)
{
    struct sag_konto k;
    struct sag_diag d;
    char kodeord[SAG_KONTO_KODEORD_MAKS + 2], b32[64], uri[256];
    const char *team = sag__val(v, "--team"), *cpr = sag__val(v, "--cpr"),
               *fs = sag__val(v, "--forsikring");
    bool totp = sag__val(v, "--uden-totp") == NULL;
    enum sag_status st;
    int rc;

    memset(&k, 0, sizeof(k));
    if ((rc = rolle_valg(v, &k.rolle)) != 0)
        return rc;
    if (strlen(v->pos[0]) >= sizeof(k.navn) ||
        (team && strlen(team) >= sizeof(k.team)) ||
        (cpr && strlen(cpr) >= sizeof(k.cpr)) ||
        (fs && strlen(fs) >= sizeof(k.forsikring))) {
        sag__fejl("for lang værdi (navn højst 63, team 31, forsikring 63 "
                  "tegn; CPR DDMMÅÅ-NNNN)");
        return SAG_EXIT_AFVIST;
    }
    (void)snprintf(k.navn, sizeof(k.navn), "%s", v->pos[0]);
    (void)snprintf(k.team, sizeof(k.team), "%s", team ? team : "");
    (void)snprintf(k.cpr, sizeof(k.cpr), "%s", cpr ? cpr : "");
    (void)snprintf(k.forsikring, sizeof(k.forsikring), "%s", fs ? fs : "");
    if ((rc = laes_kodeord(v, "Kodeord", kodeord)) != 0)
        return rc;
    sag_diag_init(&d);
    st = sag_konto_opret(s, &k, kodeord, totp, b32, nu(), &d);
    glem(kodeord, sizeof(kodeord));
    if (st == SAG_OK && totp)
        st = sag_konto_otpauth(k.navn, b32, uri, &d);
    if (st != SAG_OK)
        return sag__fejl_diag(st, &d);
    (void)printf("Konto %s oprettet: %s", k.navn, sag_rolle_navn(k.rolle));
    if (team_tekst(&k) != NULL)
        (void)printf(", team %s", team_tekst(&k));
    (void)printf(", %s.\n", totp ? "med engangskode (TOTP)"
                                 : "UDEN anden faktor (kun til demo og test)");
    if (totp)
        (void)printf("TOTP-hemmelighed: %s\n%s\n"
                     "Indlæs den i en godkendt app (fx som QR-kode af "
                     "adressen); den vises kun nu.\n",
                     b32, uri);
    glem(b32, sizeof(b32));
    glem(uri, sizeof(uri));
    return SAG_EXIT_OK;
}

static int
kmd_rolle(struct sag_store *s, const struct sag__valg *v)
{
    enum sag_rolle r;
    struct sag_diag d;
    enum sag_status st;
    int rc;

    if ((rc = rolle_valg(v, &r)) != 0)
        return rc;
    sag_diag_init(&d);
    st = sag_konto_saet_rolle(s, v->pos[0], r, sag__val(v, "--team"), nu(), &d);
    if (st != SAG_OK)
        return sag__fejl_diag(st, &d);
    (void)printf("Konto %s: %s, team %s.\n", v->pos[0], sag_rolle_navn(r),
                 sag__val(v, "--team") ? sag__val(v, "--team") : "alle");
    return SAG_EXIT_OK;
}

static int
kmd_deaktiver(struct sag_store *s, const struct sag__valg *v)
{
    struct sag_diag d;
    enum sag_status st;

    sag_diag_init(&d);
    if ((st = sag_konto_deaktiver(s, v->pos[0], nu(), &d)) != SAG_OK)
        return sag__fejl_diag(st, &d);
    (void)printf("Konto %s er deaktiveret; dens sessioner og API-nøgler er "
                 "afsluttet.\n",
                 v->pos[0]);
    return SAG_EXIT_OK;
}

static int
kmd_aktiver(struct sag_store *s, const struct sag__valg *v)
{
    struct sag_diag d;
    enum sag_status st;

    sag_diag_init(&d);
    if ((st = sag_konto_aktiver(s, v->pos[0], nu(), &d)) != SAG_OK)
        return sag__fejl_diag(st, &d);
    (void)printf("Konto %s er aktiv igen (tidligere API-nøgler forbliver "
                 "ugyldige).\n",
                 v->pos[0]);
    return SAG_EXIT_OK;
}

static int
kmd_nulstil(struct sag_store *s, const struct sag__valg *v)
{
    struct sag_diag d;
    char kodeord[SAG_KONTO_KODEORD_MAKS + 2];
    enum sag_status st;
    int rc;

    if ((rc = laes_kodeord(v, "Nyt kodeord", kodeord)) != 0)
        return rc;
    sag_diag_init(&d);
    st = sag_konto_nulstil(s, v->pos[0], kodeord, nu(), &d);
    glem(kodeord, sizeof(kodeord));
    if (st != SAG_OK)
        return sag__fejl_diag(st, &d);
    (void)printf("Konto %s har fået nyt kodeord; spærringen er ophævet og "
                 "sessionerne afsluttet.\n",
                 v->pos[0]);
    return SAG_EXIT_OK;
}

static int
kmd_afslut(struct sag_store *s, const struct sag__valg *v)
{
    bool alle = sag__val(v, "--alle") != NULL;
    struct sag_diag d;
    size_t n = 0;
    enum sag_status st;

    if (alle == (v->antal_pos == 1)) {
        sag__fejl("angiv enten NAVN eller --alle");
        return SAG_EXIT_BRUG;
    }
    sag_diag_init(&d);
    st = sag_konto_afslut_sessioner(s, alle ? NULL : v->pos[0], &n, &d);
    if (st != SAG_OK)
        return sag__fejl_diag(st, &d);
    (void)printf("%zu %s afsluttet.\n", n, n == 1 ? "session" : "sessioner");
    return SAG_EXIT_OK;
}

static int
kmd_kode(struct sag_store *s, const struct sag__valg *v)
{
    struct sag_diag d;
    char k[8];
    enum sag_status st;

    sag_diag_init(&d);
    if ((st = sag_konto_totp_kode(s, v->pos[0], nu(), k, &d)) != SAG_OK)
        return sag__fejl_diag(st, &d);
    (void)printf("%s\n", k);
    return SAG_EXIT_OK;
}

/* "beregn", "sager" or "beregn,sager" as scope bits; 0 if not. */
static unsigned
scope_fra(const char *s)
{
    unsigned scope = 0;

    while (s != NULL && *s != '\0') {
        size_t n = strcspn(s, ",");

        if (n == 6 && strncmp(s, "beregn", 6) == 0)
            scope |= SAG_SCOPE_BEREGN;
        else if (n == 5 && strncmp(s, "sager", 5) == 0)
            scope |= SAG_SCOPE_SAGER;
        else
            return 0;
        s += n;
        if (*s == ',')
            s++;
    }
    return scope;
}

static int
kmd_noegle(struct sag_store *s, const struct sag__valg *v)
{
    unsigned scope = scope_fra(sag__val(v, "--scope"));
    struct sag_diag d;
    char token[SAG_TOKEN_HEX];
    enum sag_status st;

    if (scope == 0) {
        sag__fejl("--scope: angiv beregn, sager eller beregn,sager");
        return SAG_EXIT_BRUG;
    }
    sag_diag_init(&d);
    st = sag_konto_noegle_opret(s, v->pos[0], scope,
                                sag__val(v, "--beskrivelse"), nu(), token, &d);
    if (st != SAG_OK)
        return sag__fejl_diag(st, &d);
    (void)printf("%s\n", token);
    (void)fflush(stdout);
    (void)fprintf(stderr, "API-nøglen vises kun denne ene gang: gem den "
                          "sikkert.\n");
    glem(token, sizeof(token));
    return SAG_EXIT_OK;
}

static int
liste_linje(void *ctx, const struct sag_konto *k)
{
    struct sag_buf *b = ctx;
    const char *r = sag_rolle_navn(k->rolle);

    sag__kolonne(b, k->navn, 20);
    sag__kolonne(b, r ? r : "?", 14);
    sag__kolonne(b, team_tekst(k) ? team_tekst(k) : "-", 8);
    sag__kolonne(b, k->aktiv ? "ja" : "nej", 5);
    sag_buf_adds(b, k->totp ? "totp" : "ingen");
    sag_buf_addc(b, '\n');
    return 0;
}

static int
kmd_liste(struct sag_store *s, const struct sag__valg *v)
{
    struct sag_buf b;
    struct sag_diag d;
    enum sag_status st;
    int rc;

    (void)v;
    sag_buf_init(&b, 0);
    sag__kolonne(&b, "Navn", 20);
    sag__kolonne(&b, "Rolle", 14);
    sag__kolonne(&b, "Team", 8);
    sag__kolonne(&b, "Aktiv", 5);
    sag_buf_adds(&b, "2. faktor\n");
    sag_diag_init(&d);
    if ((st = sag_konto_liste(s, liste_linje, &b, &d)) != SAG_OK) {
        sag_buf_release(&b);
        return sag__fejl_diag(st, &d);
    }
    sag_buf_truncate(&b, b.len - 1);
    rc = sag__skriv(&b);
    sag_buf_release(&b);
    return rc;
}

static int
kmd_login(struct sag_store *s, const struct sag__valg *v)
{
    struct sag_session_ny ny;
    struct sag_diag d, d2;
    char kodeord[SAG_KONTO_KODEORD_MAKS + 2];
    enum sag_status st;
    int rc;

    if ((rc = laes_kodeord(v, "Kodeord", kodeord)) != 0)
        return rc;
    sag_diag_init(&d);
    st = sag_konto_login(s, v->pos[0], kodeord, sag__val(v, "--kode"), nu(),
                         &ny, &d);
    glem(kodeord, sizeof(kodeord));
    if (st != SAG_OK)
        return sag__fejl_diag(st, &d);
    /* A check that the account works: the session ends at once. */
    st = sag_konto_logout(s, ny.token, &d2);
    glem(ny.token, sizeof(ny.token));
    if (st != SAG_OK)
        return sag__fejl_diag(st, &d2);
    (void)printf("Logget ind som %s (%s", ny.konto.navn,
                 sag_rolle_navn(ny.konto.rolle));
    if (team_tekst(&ny.konto) != NULL)
        (void)printf(", team %s", team_tekst(&ny.konto));
    (void)printf("); sessionen er afsluttet igen.\n");
    return SAG_EXIT_OK;
}

static const struct kmd *
find(const char *navn)
{
    for (size_t i = 0; i < ANTAL_KMD; i++)
        if (strcmp(kommandoer[i].navn, navn) == 0)
            return &kommandoer[i];
    return NULL;
}

/* Open the store at --db (a path is a SQLite database); only `opret`
 * may create it. */
static int
aabn(const char *db, bool opret, struct sag_store **s)
{
    struct sag_buf url;
    struct sag_diag d;
    enum sag_status st;

    sag_diag_init(&d);
    sag_buf_init(&url, 0);
    sag_buf_addf(&url, "%s%s", strchr(db, ':') ? "" : "sqlite:", db);
    st = sag_buf_status(&url) == SAG_OK
             ? sag_store_aabn(url.buf, opret ? SAG_STORE_OPRET : 0, s, &d)
             : SAG_ENOMEM;
    sag_buf_release(&url);
    return st == SAG_OK ? 0 : sag__fejl_diag(st, &d);
}

int
sag__cmd_bruger(int argc, char **argv)
{
    const char *db = "skadesag.db";
    struct sag_store *s = NULL;
    struct sag__valg v;
    const struct kmd *k = NULL;
    enum sag_rolle r;
    int i = 1, rc;

    for (; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
        if (strcmp(argv[i], "--help") == 0) {
            hjaelp(stdout);
            return SAG_EXIT_OK;
        } else if (i + 1 < argc && strcmp(argv[i], "--db") == 0) {
            db = argv[++i];
        } else {
            hjaelp(stderr);
            return SAG_EXIT_BRUG;
        }
    }
    if (i >= argc) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    if ((k = find(argv[i])) == NULL) {
        sag__fejl("ukendt underkommando '%s'", argv[i]);
        return SAG_EXIT_BRUG;
    }
    for (int j = i + 1; j < argc; j++)
        if (strcmp(argv[j], "--help") == 0) {
            kmd_hjaelp(k, stdout);
            return SAG_EXIT_OK;
        }
    if (sag__laes_valg(argc - i - 1, argv + i + 1, flag, &v) != 0 ||
        v.antal_pos < k->pos_min || v.antal_pos > k->pos_maks) {
        kmd_hjaelp(k, stderr);
        return SAG_EXIT_BRUG;
    }
    if (sag__tjek_valg(&v, k->navn, k->valg, globale) != 0)
        return SAG_EXIT_BRUG;
    /* Usage errors before the database is opened (and perhaps made). */
    if (strstr(k->valg, " --rolle ") != NULL && (rc = rolle_valg(&v, &r)) != 0)
        return rc;
    if (strcmp(k->navn, "noegle") == 0 &&
        scope_fra(sag__val(&v, "--scope")) == 0) {
        sag__fejl("--scope: angiv beregn, sager eller beregn,sager");
        return SAG_EXIT_BRUG;
    }
    if (sag__val(&v, "--db") != NULL)
        db = sag__val(&v, "--db");
    if ((rc = aabn(db, strcmp(k->navn, "opret") == 0, &s)) != 0)
        return rc;
    rc = k->fn(s, &v);
    sag_store_luk(s);
    return rc;
}
