/*
 * skadesag sag: the case file on the command line. Each subcommand turns
 * its options into a request, calls one use case of the application layer
 * (tjeneste.h) and renders the answer as Danish text or, with --json, the
 * wire format (mappe_json.h). Who may do what, ids, transactions and every
 * rule live below.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "skadesag/demo.h"
#include "skadesag/mappe_json.h"
#include "skadesag/parse.h"
#include "skadesag/penge.h"
#include "skadesag/sag_json.h"
#include "skadesag/visning.h"

#include "../base/banned.h"

struct kmd;

static int kmd_opret(struct sag__session *s, const struct sag__valg *v);
static int kmd_haendelse(struct sag__session *s, const struct sag__valg *v);
static int kmd_vis(struct sag__session *s, const struct sag__valg *v);
static int kmd_liste(struct sag__session *s, const struct sag__valg *v);
static int kmd_arbejdsliste(struct sag__session *s, const struct sag__valg *v);
static int kmd_afgoer(struct sag__session *s, const struct sag__valg *v);
static int kmd_klage(struct sag__session *s, const struct sag__valg *v);
static int kmd_genvurder(struct sag__session *s, const struct sag__valg *v);
static int kmd_tilslut(struct sag__session *s, const struct sag__valg *v);
static int kmd_notat(struct sag__session *s, const struct sag__valg *v);
static int kmd_dokument(struct sag__session *s, const struct sag__valg *v);
static int kmd_hent(struct sag__session *s, const struct sag__valg *v);
static int kmd_ankestyrelsen(struct sag__session *s, const struct sag__valg *v);
static int kmd_genoptag(struct sag__session *s, const struct sag__valg *v);
static int kmd_revision(struct sag__session *s, const struct sag__valg *v);
static int kmd_genberegn(struct sag__session *s, const struct sag__valg *v);
static int kmd_verificer(struct sag__session *s, const struct sag__valg *v);
static int kmd_kontrolpunkt(struct sag__session *s, const struct sag__valg *v);
static int kmd_laesninger(struct sag__session *s, const struct sag__valg *v);
static int kmd_eksport(struct sag__session *s, const struct sag__valg *v);
static int kmd_import(struct sag__session *s, const struct sag__valg *v);
static int kmd_demo(struct sag__session *s, const struct sag__valg *v);
static int kmd_genopbyg(struct sag__session *s, const struct sag__valg *v);

/* A subcommand: its name, the options it takes (a misspelt option is an
 * error, not silently ignored), how many positional arguments, its handler
 * and its usage text. */
static const struct kmd {
    const char *navn, *valg;
    size_t pos;
    int (*fn)(struct sag__session *s, const struct sag__valg *v);
    const char *brug;
} kommandoer[] = {
    { "opret", "", 1, kmd_opret,
      "  opret FIL|-                         Opret en sag (JSON, se "
      "docs/sager.md)\n" },
    { "haendelse", "", 2, kmd_haendelse,
      "  haendelse SAG FIL|-                 Tilføj en hændelse (JSON)\n" },
    { "vis", " --grund ", 1, kmd_vis,
      "  vis SAG [--grund G] [--idag D]      Sagen med historik, frister og "
      "afgørelser\n" },
    { "liste",
      " --team --sagsbehandler --status --type --graense --cpr --navn ", 0,
      kmd_liste,
      "  liste [--team T] [--sagsbehandler S] [--status aaben|lukket] "
      "[--type T]\n"
      "  liste --cpr -                       En persons sager (CPR-nummeret "
      "læses fra stdin)\n"
      "  liste --navn -                      Sager med en part med det navn "
      "(læses fra stdin)\n" },
    { "arbejdsliste", " --team --sagsbehandler --graense ", 0, kmd_arbejdsliste,
      "  arbejdsliste (--team T | --sagsbehandler S) [--idag D] [--graense "
      "N]\n" },
    { "afgoer",
      " --fase --resultat --pct --beregning --revisionsdato --til --dato "
      "--begrundelse --data ",
      1, kmd_afgoer,
      "  afgoer SAG --fase anerkendelse --resultat anerkendt|afvist\n"
      "  afgoer SAG --fase men --pct N\n"
      "  afgoer SAG --fase erhvervsevnetab --beregning FIL [--revisionsdato "
      "D] [--til D]\n" },
    { "notat", " --tekst --dato ", 1, kmd_notat,
      "  notat SAG --tekst T                 Et notat i sagens journal\n" },
    { "dokument", " --fil --titel --retning --part --svar-paa --dato ", 1,
      kmd_dokument,
      "  dokument SAG --fil F --titel T --retning modtaget|sendt [--part P] "
      "[--svar-paa ANMODNING]\n" },
    { "hent", " --ud --grund ", 2, kmd_hent,
      "  hent SAG SHA256 --ud FIL            Et dokument fra sagens "
      "journal\n" },
    { "klage", " --afgoerelse --part --dato --begrundelse ", 1, kmd_klage,
      "  klage SAG --afgoerelse ID [--part P]\n" },
    { "tilslut", " --klage --part --dato --begrundelse ", 1, kmd_tilslut,
      "  tilslut SAG --klage K --part P      En part mere klager over "
      "samme afgørelse\n" },
    { "genvurder", " --klage --udfald --dato --begrundelse ", 1, kmd_genvurder,
      "  genvurder SAG --klage K --udfald fastholdt|aendret\n" },
    { "ankestyrelsen",
      " --klage --send --udfald --punkt --paalaeg --paalaeg-frist --dato "
      "--begrundelse ",
      1, kmd_ankestyrelsen,
      "  ankestyrelsen SAG --klage K (--send | --udfald "
      "stadfaestet|aendret|hjemvist|afvist|ikke_behandlet\n"
      "      [--punkt anerkendelse|men|erhvervsevnetab|aarsloen] [--paalaeg "
      "TEKST [--paalaeg-frist D]])\n" },
    { "genoptag", " --nye-oplysninger --saerlige-grunde --dato --begrundelse ",
      1, kmd_genoptag,
      "  genoptag SAG --nye-oplysninger T [--saerlige-grunde]\n" },
    { "revision", " --dato --begrundelse ", 1, kmd_revision,
      "  revision SAG\n" },
    { "genberegn", " --data ", 1, kmd_genberegn,
      "  genberegn AFGOERELSE-ID [--data MAPPE]\n" },
    { "verificer", " --data ", 0, kmd_verificer,
      "  verificer [--data MAPPE]            Kontrollér database, "
      "hashkæde, afgørelser og ydelser\n" },
    { "kontrolpunkt", "", 0, kmd_kontrolpunkt,
      "  kontrolpunkt                        Skriv et signeret "
      "kontrolpunkt uden for databasen\n" },
    { "laesninger", "", 1, kmd_laesninger,
      "  laesninger SAG                      Hvem har læst sagen og "
      "hvorfor\n" },
    { "eksport", " --grund ", 1, kmd_eksport,
      "  eksport SAG | import FIL            Sagen som JSON\n" },
    { "import", "", 1, kmd_import, "" },
    { "demo", " --data ", 0, kmd_demo,
      "  demo                                Opret syntetiske demosager\n" },
    { "genopbyg", "", 0, kmd_genopbyg,
      "  genopbyg                            Genopbyg oversigter og "
      "rapportfakta fra hændelserne\n" },
};

#define ANTAL_KMD (sizeof(kommandoer) / sizeof(kommandoer[0]))

static const char faelles_tekst[] =
    "\nFælles for ændringer: --dato D (standard: i dag), --begrundelse T "
    "(påkrævet).\n"
    "--db er standard ./skadesag.db. --bruger/--rolle er standard "
    "$SKADESAG_BRUGER\nog $SKADESAG_ROLLE (sagsbehandler). Kun "
    "sagsbehandler og jurist ser fulde CPR-numre.\n"
    "--skrivebeskyttet åbner databasen uden at skrive i den: liste og "
    "verificer\nvirker, men en sag vises ikke, for læsningen kan ikke "
    "logges.\n";

static void
hjaelp(FILE *f)
{
    (void)fputs("Brug: skadesag sag [--db STI] [--bruger B] [--rolle R] "
                "[--json] [--skrivebeskyttet] <underkommando> ...\n\n",
                f);
    for (size_t i = 0; i < ANTAL_KMD; i++)
        (void)fputs(kommandoer[i].brug, f);
    (void)fputs(faelles_tekst, f);
}

/* The usage of one subcommand. */
static void
kmd_hjaelp(const struct kmd *k, FILE *f)
{
    (void)fprintf(f,
                  "Brug: skadesag sag [--db STI] [--bruger B] [--rolle R] "
                  "[--json] %s ...\n\n%s",
                  k->navn,
                  k->brug[0] ? k->brug
                             : "  import FIL                          "
                               "Importér en eksporteret sag\n");
    (void)fputs(faelles_tekst, f);
}

static const char *const flag[] = { "--send", "--saerlige-grunde", "--json",
                                    "--skrivebeskyttet", NULL };

static const char globale[] =
    " --db --bruger --rolle --json --idag --skrivebeskyttet ";

static const struct kmd *
find(const char *navn)
{
    for (size_t i = 0; i < ANTAL_KMD; i++)
        if (strcmp(kommandoer[i].navn, navn) == 0)
            return &kommandoer[i];
    return NULL;
}

/* A date option with the session's today as default. */
static int
dato(const struct sag__session *s, const struct sag__valg *v, const char *navn,
     struct sag_dato *ud)
{
    int r = sag__dato_valg(v, navn, false, ud);

    if (r > 0)
        *ud = s->tj.idag;
    return r < 0 ? -1 : 0;
}

/* Print a refusal. A refusal by the access policy names the subcommand,
 * as the user typed it. */
static int
afvis(const struct sag__session *s, const char *kmd, enum sag_status st,
      const struct sag_diag *d)
{
    if (st == SAG_EADGANG && strcmp(d->felt, "/rolle") == 0) {
        sag__fejl("--rolle: rollen '%s' må ikke bruge '%s'",
                  sag_rolle_navn(s->tj.rolle), kmd);
        return SAG_EXIT_AFVIST;
    }
    return sag__fejl_diag(st, d);
}

/* Read a JSON file named on the command line. */
static int
laes_json(const char *sti, struct sag_buf *ud)
{
    enum sag_status st = sag__laes_fil(sti, ud);

    /* Issue 16, item 8: a file too big or not there is the caller's input
     * (exit 1), not an internal error. */
    if (st == SAG_EIO) {
        sag__fejl("FIL: kan ikke læse filen (findes den?)");
        return SAG_EXIT_AFVIST;
    }
    if (st != SAG_OK) {
        sag__fejl("FIL: filen er større end grænsen på %zu MB",
                  ud->max / (1024 * 1024));
        return SAG_EXIT_AFVIST;
    }
    return 0;
}

/* A new id: the id alone, or {"<noegle>": id} with --json. */
static int
svar(const struct sag__session *s, const char *noegle, const char *id)
{
    struct sag_buf b;
    int rc;

    sag_buf_init(&b, 0);
    if (s->json)
        sag_svar_json(noegle, id, &b);
    else
        sag_buf_adds(&b, id);
    rc = sag__skriv(&b);
    sag_buf_release(&b);
    return rc;
}

static int
kmd_opret(struct sag__session *s, const struct sag__valg *v)
{
    struct sag_buf ind;
    struct sag_arena a;
    struct sag_haendelse h;
    struct sag_diag d;
    char id[SAG_ID_MAX];
    enum sag_status st;
    int rc;

    sag_buf_init(&ind, 4 * 1024 * 1024);
    sag_arena_init(&a, 0);
    sag_diag_init(&d);
    if ((rc = laes_json(v->pos[0], &ind)) != 0)
        goto out;
    if ((st = sag_opret_fra_json(ind.buf, ind.len, s->tj.idag, &a, &h, &d)) !=
            SAG_OK ||
        (st = sag_tj_opret(&s->tj, &h, id, &d)) != SAG_OK) {
        rc = afvis(s, "opret", st, &d);
        goto out;
    }
    rc = svar(s, "id", id);
    {
        /* A second case for the same person and injury date: warn (issue
         * 10, item 1); the case is created all the same. */
        char ids[4][SAG_ID_MAX];
        size_t n = 0;

        if (sag_tj_dubletter(&s->tj, &h, id, ids, 4, &n, &d) == SAG_OK)
            for (size_t i = 0; i < n && i < 4; i++)
                (void)fprintf(stderr,
                              "skadesag: advarsel: sag %s har samme "
                              "tilskadekomne og skadedato\n",
                              ids[i]);
    }
out:
    sag_arena_release(&a);
    sag_buf_release(&ind);
    return rc;
}

static int
kmd_haendelse(struct sag__session *s, const struct sag__valg *v)
{
    struct sag_buf ind;
    struct sag_arena a;
    struct sag_haendelse h;
    struct sag_diag d;
    enum sag_status st;
    int rc;

    sag_buf_init(&ind, 4 * 1024 * 1024);
    sag_arena_init(&a, 0);
    sag_diag_init(&d);
    if ((rc = laes_json(v->pos[1], &ind)) != 0)
        goto out;
    if ((st = sag_haendelse_fra_json(ind.buf, ind.len, &a, &h, &d)) != SAG_OK ||
        (st = sag_tj_haendelse(&s->tj, v->pos[0], &h, &d)) != SAG_OK)
        rc = afvis(s, "haendelse", st, &d);
out:
    sag_arena_release(&a);
    sag_buf_release(&ind);
    return rc;
}

static const char *const fristsymbol[] = { "",   "  ", "✓ ", "✗ ",
                                           "! ", "? ", "– " };

/* A count with Danish thousands separators: 23.456. */
static void
tal_dk(struct sag_buf *b, size_t n)
{
    char t[32];
    size_t len, i;

    len = (size_t)snprintf(t, sizeof(t), "%zu", n);
    for (i = 0; i < len; i++) {
        if (i > 0 && (len - i) % 3 == 0)
            sag_buf_addc(b, '.');
        sag_buf_addc(b, t[i]);
    }
}

/* The case's awards (issue 14; `skadesag ydelser plan` has the
 * schedule). */
static void
ydelser_tekst(const struct sag_tj_mappe *mp, struct sag_buf *b)
{
    struct sag_buf t;

    if (mp->antal_ydelser == 0)
        return;
    sag_buf_init(&t, 0);
    sag_visning_ydelser(mp->ydelser, mp->antal_ydelser, &t);
    sag_buf_adds(b, "\nYdelser:\n");
    /* Indented like the folder's other lists. */
    for (const char *p = t.buf; *p != '\0';) {
        const char *nl = strchr(p, '\n');
        size_t n = nl != NULL ? (size_t)(nl - p) + 1 : strlen(p);

        sag_buf_adds(b, "  ");
        sag_buf_add(b, p, n);
        p += n;
    }
    sag_buf_release(&t);
}

/* The case's letters (docs/breve.md): id, kind, date, the decision it
 * tells of, the PDF's size and SHA-256 (`skadesag brev vis` shows one). */
static void
breve_tekst(const struct sag_tj_mappe *mp, struct sag_buf *b)
{
    char d1[SAG_DATO_DK_LEN];

    if (mp->antal_breve == 0)
        return;
    sag_buf_adds(b, "\nBreve:\n");
    for (size_t i = 0; i < mp->antal_breve; i++) {
        const struct sag_brev_post *p = &mp->breve[i];

        sag_buf_adds(b, "  ");
        sag__kolonne(b, p->id, 22);
        sag__kolonne(b, sag_visning_ord(p->type), 19);
        sag_buf_adds(b, sag_visning_dato(p->dato, d1));
        if (p->afgoerelse_id != NULL && p->afgoerelse_id[0] != '\0')
            sag_buf_addf(b, "  om %s", p->afgoerelse_id);
        sag_buf_adds(b, "  PDF ");
        tal_dk(b, p->pdf_len);
        sag_buf_addf(b, " bytes  SHA-256 %.12s…\n", p->sha256);
    }
}

/* A stored decision's amounts, from its record (issue 10, item 7). */
static void
beloeb_linje(const char *resultat, struct sag_buf *b)
{
    struct sag_afgoerelse_beloeb a;
    char kr[SAG_PENGE_STR_LEN];
    const char *sep = "\n      ";

    if (!sag_afgoerelse_beloeb_fra_json(resultat, &a))
        return;
    if (a.har_aarlig) {
        sag_penge_format_dk((struct sag_penge){ a.aarlig }, kr);
        sag_buf_addf(b, "%serstatning pr. år %s", sep, kr);
        sep = "  ";
    }
    if (a.har_maanedlig) {
        sag_penge_format_dk((struct sag_penge){ a.maanedlig }, kr);
        sag_buf_addf(b, "%spr. måned %s", sep, kr);
        sep = "  ";
    }
    if (a.har_kapital && a.kapital != 0) {
        sag_penge_format_dk((struct sag_penge){ a.kapital }, kr);
        sag_buf_addf(b, "%skapitalbeløb %s", sep, kr);
    }
}

/* The case folder as text. */
static void
mappe_tekst(const struct sag_tj_mappe *mp, struct sag_buf *b)
{
    const struct sag_tilstand *t = &mp->m.tilstand;
    char d1[SAG_DATO_DK_LEN], d2[SAG_DATO_DK_LEN];

    sag_dato_format_dk(t->skadedato, d1);
    sag_dato_format_dk(t->anmeldelsesdato, d2);
    sag_buf_addf(b,
                 "Sag %s (%s, %s) — %s\n"
                 "Tilskadekomne: %s   Team: %s   Sagsbehandler: %s\n"
                 "Skadedato: %s   Anmeldt: %s   Fristregler: %s\n"
                 "Anerkendelse: %s   Mén: %s   Erhvervsevnetab: %s\n",
                 t->id, sag_visning_ord(sag_sagstype_navn(t->type)),
                 sag_visning_ord(sag_generation_navn(t->generation)),
                 t->status == SAG_STATUS_AABEN ? "åben" : "lukket", t->cpr,
                 t->team, t->sagsbehandler, d1, d2,
                 sag_visning_ord(sag_fristregime_navn(mp->regime)),
                 sag_visning_ord(sag_fasestatus_navn(t->anerkendelse)),
                 sag_visning_ord(sag_fasestatus_navn(t->men)),
                 sag_visning_ord(sag_fasestatus_navn(t->erhvervsevnetab)));
    if (t->forrige_sag_id[0])
        sag_buf_addf(b, "Hører til sag: %s\n", t->forrige_sag_id);
    sag_buf_adds(b, "\nFrister:\n");
    for (size_t i = 0; i < mp->antal_frister; i++) {
        const struct sag_frist *f = &mp->frister[i];

        sag_dato_format_dk(f->forfald, d1);
        sag_buf_addf(b, "  %s", fristsymbol[f->status]);
        sag__kolonne(b, f->navn, 50);
        sag_buf_addf(b, "%s  ", d1);
        if (f->ref[0]) {
            sag__kolonne(b, sag_visning_friststatus(f), 11);
            sag_buf_adds(b, f->ref);
        } else {
            sag_buf_adds(b, sag_visning_friststatus(f));
        }
        sag_buf_addc(b, '\n');
    }
    sag_buf_adds(b, mp->antal_opgaver ? "\nOpgaver:\n" : "\nOpgaver: ingen\n");
    for (size_t i = 0; i < mp->antal_opgaver; i++) {
        const struct sag_opgave *o = &mp->opgaver[i];

        sag_dato_format_dk(o->forfald, d1);
        sag_buf_addf(b, "  %s  %s%s\n", d1, o->tekst,
                     o->venter_paa_andre ? " (venter på andre)" : "");
    }
    if (t->antal_klager) {
        sag_buf_adds(b, "\nKlager:\n");
        for (size_t i = 0; i < t->antal_klager; i++) {
            const struct sag_klage *kl = &t->klager[i];

            sag_dato_format_dk(kl->modtaget, d1);
            sag_buf_addf(b, "  %s  over %s  modtaget %s%s  ", kl->id,
                         kl->afgoerelse_id, d1,
                         kl->rettidig ? "" : " (for sent)");
            sag_buf_adds(b, sag_visning_ord(sag_klagestatus_navn(kl->status)));
            if (kl->udfald != SAG_UDFALD_INGEN)
                sag_buf_addf(b, ": %s",
                             sag_visning_ord(sag_udfald_navn(kl->udfald)));
            sag_buf_addc(b, '\n');
            /* Who appealed (issue 10, item 7): one party or several. */
            if (kl->antal_parter > 0) {
                sag_buf_adds(b, kl->antal_parter > 1 ? "      klagere:"
                                                     : "      klager:");
                for (size_t j = 0; j < kl->antal_parter; j++)
                    sag_buf_addf(b, "%s %s", j ? "," : "", kl->parter[j]);
                sag_buf_addc(b, '\n');
            }
            for (int p = 1; p < SAG_PUNKT_ANTAL; p++)
                if (kl->punkt_udfald[p] != SAG_UDFALD_INGEN)
                    sag_buf_addf(
                        b, "      %s: %s\n",
                        sag_visning_ord(sag_punkt_navn((enum sag_punkt)p)),
                        sag_visning_ord(sag_udfald_navn(kl->punkt_udfald[p])));
        }
    }
    if (t->antal_parter) {
        sag_buf_adds(b, "\nParter:\n");
        for (size_t i = 0; i < t->antal_parter; i++) {
            const struct sag_part *p = &t->parter[i];

            sag_buf_adds(b, "  ");
            sag__kolonne(b, sag_visning_ord(p->rolle), 20);
            sag_buf_adds(b, p->navn);
            if (p->cvr[0])
                sag_buf_addf(b, "  CVR %s", p->cvr);
            if (p->cpr[0])
                sag_buf_addf(b, "  CPR %s", p->cpr);
            if (p->adresse[0])
                sag_buf_addf(b, "  %s", p->adresse);
            if (p->kontakt[0])
                sag_buf_addf(b, "  %s", p->kontakt);
            if (p->fuldmagt)
                sag_buf_adds(b, "  (fuldmagt)");
            if (p->digital_post)
                sag_buf_adds(b, "  (Digital Post)");
            sag_buf_addc(b, '\n');
        }
    }
    if (t->antal_dokumenter) {
        sag_buf_adds(b, "\nDokumenter:\n");
        for (size_t i = 0; i < t->antal_dokumenter; i++) {
            const struct sag_dokument_ref *r = &t->dokumenter[i];

            sag_dato_format_dk(r->dato, d1);
            sag_buf_addf(b, "  %s  %-8s  %s%s%s  %.12s…\n", d1, r->retning,
                         r->titel, r->part[0] ? " — " : "", r->part, r->sha256);
        }
    }
    sag_buf_adds(b, "\nHistorik:\n");
    for (size_t i = 0; i < mp->m.antal_haendelser; i++) {
        const struct sag_haendelse_post *p = &mp->m.haendelser[i];

        sag_buf_addf(b, "  %3d  %s  ", p->nr, sag_visning_dato(p->dato, d1));
        sag__kolonne(b, sag_visning_ord(p->type), 24);
        sag_buf_addf(b, "%s: %s\n", p->bruger, p->begrundelse);
    }
    if (t->antal_afgoerelser > 0)
        sag_buf_adds(b, "\nAfgørelser:\n");
    for (size_t i = 0; i < t->antal_afgoerelser; i++) {
        const struct sag_afgoerelse_ref *r = &t->afgoerelser[i];

        sag_dato_format_dk(r->dato, d1);
        sag_buf_adds(b, "  ");
        sag__kolonne(b, r->id, 20);
        sag__kolonne(b, sag_visning_ord(sag_fase_navn(r->fase)), 15);
        sag_buf_adds(b, d1);
        if (r->fase == SAG_FASE_ANERKENDELSE)
            sag_buf_addf(b, "  %s",
                         sag_visning_ord(sag_fasestatus_navn(t->anerkendelse)));
        else
            sag_buf_addf(
                b, "  %d %%%s", r->pct,
                r->type == SAG_AFGOERELSE_MIDLERTIDIG ? " (midlertidig)" : "");
        if (r->har_fra) {
            sag_dato_format_dk(r->fra, d2);
            sag_buf_addf(b, "  fra %s", d2);
        }
        if (r->har_til) {
            sag_dato_format_dk(r->til, d2);
            sag_buf_addf(b, " til %s", d2);
        }
        for (size_t j = 0; j < mp->m.antal_afgoerelser; j++)
            if (strcmp(mp->m.afgoerelser[j].id, r->id) == 0) {
                sag_buf_addf(b, "  beregning gemt (satser %.12s…)",
                             mp->m.afgoerelser[j].satser_checksum);
                beloeb_linje(mp->m.afgoerelser[j].resultat, b);
            }
        sag_buf_addc(b, '\n');
    }
    ydelser_tekst(mp, b);
    breve_tekst(mp, b);
}

static int
kmd_vis(struct sag__session *s, const struct sag__valg *v)
{
    struct sag_arena a;
    struct sag_tj_mappe *mp = malloc(sizeof(*mp));
    struct sag_diag d;
    struct sag_buf b;
    const char *grund = sag__val(v, "--grund");
    enum sag_status st;
    int rc;

    if (mp == NULL) {
        sag__fejl("ikke mere hukommelse");
        return SAG_EXIT_FEJL;
    }
    sag_arena_init(&a, 0);
    sag_buf_init(&b, 0);
    sag_diag_init(&d);
    st = sag_tj_sagsmappe(&s->tj, v->pos[0], grund ? grund : "sagsbehandling",
                          &a, mp, &d);
    if (st != SAG_OK) {
        rc = afvis(s, "vis", st, &d);
        goto out;
    }
    if (s->json)
        sag_mappe_json(mp, &b);
    else
        mappe_tekst(mp, &b);
    rc = sag__skriv(&b);
out:
    sag_buf_release(&b);
    sag_arena_release(&a);
    free(mp);
    return rc;
}

struct linjer {
    struct sag_buf *b;
    bool json;
    size_t n;
    struct sag_json_array a;
};

static int
liste_linje(void *ctx, const struct sag_liste_post *p)
{
    struct linjer *c = ctx;
    char d[SAG_DATO_DK_LEN];

    if (c->json) {
        sag_json_array_naeste(&c->a);
        sag_liste_post_json(p, c->b);
    } else {
        sag__kolonne(c->b, p->id, 16);
        sag__kolonne(c->b, sag_visning_ord(p->type), 24);
        sag__kolonne(c->b, sag_visning_ord(p->generation), 11);
        sag__kolonne(c->b, sag_visning_ord(p->status), 6);
        sag__kolonne(c->b, p->team, 10);
        sag__kolonne(c->b, p->sagsbehandler, 10);
        sag__kolonne(c->b, sag_visning_ord(p->anerkendelse), 13);
        sag_buf_addf(c->b, "%s%s\n", sag_visning_dato(p->naeste_forfald, d),
                     p->venter ? "  (venter)" : "");
    }
    c->n++;
    return 0;
}

/* A positive limit; `standard` when absent. -1 (printed) if bad. */
static int
graense(const struct sag__valg *v, int64_t max, size_t standard, size_t *ud)
{
    int64_t g;

    *ud = standard;
    if (sag__val(v, "--graense") == NULL)
        return 0;
    if (sag_parse_i64(sag__val(v, "--graense"), 1, max, &g) != SAG_OK) {
        sag__fejl("--graense skal være et positivt tal");
        return -1;
    }
    *ud = (size_t)g;
    return 0;
}

static int
kmd_liste(struct sag__session *s, const struct sag__valg *v)
{
    struct sag_liste_filter f = { sag__val(v, "--team"),
                                  sag__val(v, "--sagsbehandler"),
                                  sag__val(v, "--status"),
                                  sag__val(v, "--type"),
                                  0,
                                  NULL,
                                  NULL,
                                  NULL,
                                  0 };
    struct sag_buf b;
    struct linjer c;
    struct sag_diag d;
    enum sag_status st;
    int rc;

    if (graense(v, 10000000, 0, &f.graense) != 0)
        return SAG_EXIT_BRUG;
    sag_buf_init(&b, 0);
    sag_diag_init(&d);
    memset(&c, 0, sizeof(c));
    c.b = &b;
    c.json = s->json;
    if (s->json)
        sag_json_array_begynd(&c.a, &b);
    else {
        sag__kolonne(&b, "Sag", 16);
        sag__kolonne(&b, "Type", 24);
        sag__kolonne(&b, "Generation", 11);
        sag__kolonne(&b, "Status", 6);
        sag__kolonne(&b, "Team", 10);
        sag__kolonne(&b, "Behandler", 10);
        sag__kolonne(&b, "Anerkendelse", 13);
        sag_buf_adds(&b, "Næste frist\n");
    }
    if (sag__val(v, "--navn") != NULL) {
        char navn[256] = "";

        /* Personal data: read from standard input, never from the command
         * line (process lists, shell history). */
        if (strcmp(sag__val(v, "--navn"), "-") != 0 ||
            sag__val(v, "--cpr") != NULL) {
            sag_buf_release(&b);
            sag__fejl("--navn: skriv --navn - og navnet på standardinput");
            return SAG_EXIT_BRUG;
        }
        if (fgets(navn, sizeof(navn), stdin) == NULL)
            navn[0] = '\0';
        navn[strcspn(navn, "\r\n")] = '\0';
        st = sag_tj_soeg_navn(&s->tj, navn, liste_linje, &c, &d);
    } else if (sag__val(v, "--cpr") != NULL) {
        char cpr[32] = "";

        /* The number is read from standard input, never from the command
         * line (process lists, shell history). */
        if (strcmp(sag__val(v, "--cpr"), "-") != 0) {
            sag_buf_release(&b);
            sag__fejl("--cpr: skriv --cpr - og CPR-nummeret på standardinput");
            return SAG_EXIT_BRUG;
        }
        if (fgets(cpr, sizeof(cpr), stdin) == NULL)
            cpr[0] = '\0';
        cpr[strcspn(cpr, "\r\n")] = '\0';
        st = sag_tj_soeg_cpr(&s->tj, cpr, liste_linje, &c, &d);
    } else {
        st = sag_tj_liste(&s->tj, &f, liste_linje, &c, &d);
    }
    if (st != SAG_OK) {
        sag_buf_release(&b);
        return afvis(s, "liste", st, &d);
    }
    if (s->json)
        sag_json_array_slut(&c.a);
    else
        sag_buf_addf(&b, "%zu %s", c.n, c.n == 1 ? "sag" : "sager");
    rc = sag__skriv(&b);
    sag_buf_release(&b);
    return rc;
}

static void
arbejd_linjer(const struct sag_tj_arbejdspost *p, size_t n, struct sag_buf *b)
{
    char d[SAG_DATO_DK_LEN];

    for (size_t i = 0; i < n; i++) {
        sag_buf_addf(b, "  %s %s  ", p[i].overskredet ? "!" : " ",
                     sag_visning_dato(p[i].p.forfald, d));
        sag__kolonne(b, p[i].p.sag_id, 16);
        sag__kolonne(b, p[i].p.sagsbehandler, 10);
        sag_buf_addf(b, "%s\n", p[i].p.tekst);
    }
}

static int
kmd_arbejdsliste(struct sag__session *s, const struct sag__valg *v)
{
    struct sag_tj_arbejdsliste l;
    struct sag_arena a;
    struct sag_buf b;
    struct sag_diag d;
    enum sag_status st;
    size_t g;
    int rc;

    if (graense(v, 100000, 50, &g) != 0)
        return SAG_EXIT_BRUG;
    sag_arena_init(&a, 0);
    sag_buf_init(&b, 0);
    sag_diag_init(&d);
    if ((st = sag_tj_arbejdsliste(&s->tj, sag__val(v, "--team"),
                                  sag__val(v, "--sagsbehandler"), g, &a, &l,
                                  &d)) != SAG_OK) {
        rc = afvis(s, "arbejdsliste", st, &d);
        goto out;
    }
    if (s->json) {
        sag_arbejdsliste_json(&l, &b);
    } else {
        sag_buf_adds(&b, "Til behandling (først forfaldne først):\n");
        arbejd_linjer(l.til_behandling, l.antal_til_behandling, &b);
        sag_buf_adds(&b, "\nVenter på andre:\n");
        arbejd_linjer(l.venter, l.antal_venter, &b);
    }
    rc = sag__skriv(&b);
out:
    sag_buf_release(&b);
    sag_arena_release(&a);
    return rc;
}

static int
kmd_afgoer(struct sag__session *s, const struct sag__valg *v)
{
    const char *fase = sag__val(v, "--fase"), *fil = sag__val(v, "--beregning");
    struct sag_tj_afgoerelse a;
    struct sag_tj_afgoerelse_svar svar;
    struct sag_buf ind;
    struct sag_diag d;
    enum sag_status st;
    int rc;

    if (fase == NULL) {
        kmd_hjaelp(find("afgoer"), stderr);
        return SAG_EXIT_BRUG;
    }
    memset(&a, 0, sizeof(a));
    if (dato(s, v, "--dato", &a.dato) != 0 ||
        dato(s, v, "--revisionsdato", &a.revisionsdato) != 0 ||
        dato(s, v, "--til", &a.til) != 0)
        return SAG_EXIT_BRUG;
    a.har_revisionsdato = sag__val(v, "--revisionsdato") != NULL;
    a.har_til = sag__val(v, "--til") != NULL;
    a.begrundelse = sag__val(v, "--begrundelse");
    if (strcmp(fase, "anerkendelse") == 0) {
        const char *r = sag__val(v, "--resultat");

        if (r == NULL || (strcmp(r, "anerkendt") && strcmp(r, "afvist"))) {
            sag__fejl("--resultat skal være anerkendt eller afvist");
            return SAG_EXIT_BRUG;
        }
        a.fase = SAG_FASE_ANERKENDELSE;
        a.anerkendt = strcmp(r, "anerkendt") == 0;
    } else if (strcmp(fase, "men") == 0) {
        int64_t pct;

        if (sag__val(v, "--pct") == NULL ||
            sag_parse_i64(sag__val(v, "--pct"), 0, 120, &pct) != SAG_OK) {
            sag__fejl("--pct skal være et heltal 0-120");
            return SAG_EXIT_BRUG;
        }
        a.fase = SAG_FASE_MEN;
        a.men_pct = (int)pct;
    } else if (strcmp(fase, "erhvervsevnetab") == 0) {
        a.fase = SAG_FASE_ERHVERVSEVNETAB;
    } else {
        sag__fejl("--fase skal være anerkendelse, men eller erhvervsevnetab");
        return SAG_EXIT_BRUG;
    }
    sag_buf_init(&ind, 4 * 1024 * 1024);
    sag_diag_init(&d);
    /* A mén decision grants its godtgørelse from the rate tables. */
    if (a.fase == SAG_FASE_MEN &&
        (rc = sag__session_satser(s, sag__val(v, "--data"))) != 0)
        goto out;
    if (a.fase == SAG_FASE_ERHVERVSEVNETAB) {
        if (fil == NULL) {
            rc = afvis(s, "afgoer",
                       sag_diag_set(&d, SAG_EMISSING, "--beregning",
                                    "mangler: beregningens input (JSON)"),
                       &d);
            goto out;
        }
        if ((rc = sag__session_satser(s, sag__val(v, "--data"))) != 0)
            goto out;
        if (sag__laes_fil(fil, &ind) != SAG_OK) {
            rc = afvis(s, "afgoer",
                       sag_diag_set(&d, SAG_EINVAL, "--beregning",
                                    "kan ikke læse filen (findes den, og er "
                                    "den under grænsen?)"),
                       &d);
            goto out;
        }
        a.beregning = ind.buf;
        a.beregning_len = ind.len;
    }
    if ((st = sag_tj_afgoer(&s->tj, v->pos[0], &a, &svar, NULL, &d)) !=
        SAG_OK) {
        rc = afvis(s, "afgoer", st, &d);
        goto out;
    }
    rc = SAG_EXIT_OK;
    if (a.fase != SAG_FASE_ERHVERVSEVNETAB)
        (void)printf("%s\n", svar.id);
    else if (s->json) {
        struct sag_buf b;

        sag_buf_init(&b, 0);
        sag_afgoerelse_svar_json(&svar, &b);
        rc = sag__skriv(&b);
        sag_buf_release(&b);
    } else
        (void)printf("%s: erhvervsevnetab %d %%\n", svar.id, svar.pct);
out:
    sag_buf_release(&ind);
    return rc;
}

static int
kmd_klage(struct sag__session *s, const struct sag__valg *v)
{
    struct sag_tj_klage r;
    struct sag_diag d;
    char id[SAG_ID_MAX];
    enum sag_status st;

    memset(&r, 0, sizeof(r));
    if (dato(s, v, "--dato", &r.dato) != 0)
        return SAG_EXIT_BRUG;
    r.afgoerelse_id = sag__val(v, "--afgoerelse");
    r.part = sag__val(v, "--part");
    r.begrundelse = sag__val(v, "--begrundelse");
    sag_diag_init(&d);
    if ((st = sag_tj_klage(&s->tj, v->pos[0], &r, id, &d)) != SAG_OK)
        return afvis(s, "klage", st, &d);
    (void)printf("%s\n", id);
    return SAG_EXIT_OK;
}

/* The outcome named on the command line; INGEN for none or an unknown
 * one (the state machine then refuses the step, naming the field). */
static enum sag_udfald
udfald(const char *navn)
{
    for (int i = SAG_UDFALD_FASTHOLDT; navn && i <= SAG_UDFALD_IKKE_BEHANDLET;
         i++)
        if (strcmp(navn, sag_udfald_navn((enum sag_udfald)i)) == 0)
            return (enum sag_udfald)i;
    return SAG_UDFALD_INGEN;
}

/* The request of an appeal step; -1 (usage printed) without --klage. */
static int
klageskridt(const struct sag__session *s, const struct sag__valg *v,
            const struct kmd *k, struct sag_tj_klageskridt *r)
{
    memset(r, 0, sizeof(*r));
    if (sag__val(v, "--klage") == NULL) {
        kmd_hjaelp(k, stderr);
        return -1;
    }
    if (dato(s, v, "--dato", &r->dato) != 0)
        return -1;
    r->klage_id = sag__val(v, "--klage");
    r->udfald = udfald(sag__val(v, "--udfald"));
    r->begrundelse = sag__val(v, "--begrundelse");
    r->part = sag__val(v, "--part");
    if (sag__val(v, "--punkt") != NULL) {
        r->punkt = (enum sag_punkt)sag_navn_til_punkt(sag__val(v, "--punkt"));
        if (r->punkt == 0) {
            sag__fejl("--punkt skal være anerkendelse, men, erhvervsevnetab "
                      "eller aarsloen");
            return -1;
        }
    }
    r->paalaeg = sag__val(v, "--paalaeg");
    if (dato(s, v, "--paalaeg-frist", &r->paalaeg_frist) != 0)
        return -1;
    r->har_paalaeg_frist = sag__val(v, "--paalaeg-frist") != NULL;
    return 0;
}

static int
kmd_notat(struct sag__session *s, const struct sag__valg *v)
{
    struct sag_haendelse h;
    struct sag_diag d;
    enum sag_status st;

    memset(&h, 0, sizeof(h));
    h.type = SAG_H_NOTAT;
    if (dato(s, v, "--dato", &h.dato) != 0)
        return SAG_EXIT_BRUG;
    h.begrundelse = sag__val(v, "--tekst"); /* the note is the reason */
    sag_diag_init(&d);
    if ((st = sag_tj_haendelse(&s->tj, v->pos[0], &h, &d)) != SAG_OK)
        return afvis(s, "notat", st, &d);
    return SAG_EXIT_OK;
}

static int
kmd_dokument(struct sag__session *s, const struct sag__valg *v)
{
    struct sag_tj_dokument r;
    struct sag_buf ind;
    struct sag_diag d;
    char sha[65];
    enum sag_status st;
    int rc;

    memset(&r, 0, sizeof(r));
    if (dato(s, v, "--dato", &r.dato) != 0)
        return SAG_EXIT_BRUG;
    if (sag__val(v, "--fil") == NULL) {
        sag__fejl("--fil: mangler");
        return SAG_EXIT_BRUG;
    }
    sag_buf_init(&ind, 64 * 1024 * 1024);
    sag_diag_init(&d);
    if (sag__laes_fil(sag__val(v, "--fil"), &ind) != SAG_OK) {
        rc = afvis(s, "dokument",
                   sag_diag_set(&d, SAG_EINVAL, "--fil",
                                "kan ikke læse filen (findes den, og er den "
                                "under grænsen på 64 MB?)"),
                   &d);
        goto out;
    }
    r.titel = sag__val(v, "--titel");
    r.retning = sag__val(v, "--retning");
    r.part = sag__val(v, "--part");
    r.anmodning_id = sag__val(v, "--svar-paa");
    r.indhold = ind.buf;
    r.len = ind.len;
    if ((st = sag_tj_dokument(&s->tj, v->pos[0], &r, sha, &d)) != SAG_OK) {
        rc = afvis(s, "dokument", st, &d);
        goto out;
    }
    rc = svar(s, "sha256", sha);
out:
    sag_buf_release(&ind);
    return rc;
}

static int
kmd_hent(struct sag__session *s, const struct sag__valg *v)
{
    struct sag_arena a;
    struct sag_diag d;
    const char *mime, *ud = sag__val(v, "--ud"),
                      *grund = sag__val(v, "--grund");
    const void *b;
    size_t n;
    enum sag_status st;
    FILE *f;
    int rc = SAG_EXIT_OK;

    if (ud == NULL) {
        sag__fejl("--ud: mangler");
        return SAG_EXIT_BRUG;
    }
    sag_arena_init(&a, 0);
    sag_diag_init(&d);
    st = sag_tj_hent_dokument(&s->tj, v->pos[0], v->pos[1],
                              grund ? grund : "sagsbehandling", &a, &mime, &b,
                              &n, &d);
    if (st != SAG_OK) {
        rc = afvis(s, "hent", st, &d);
        goto out;
    }
    if ((f = fopen(ud, "wb")) == NULL || fwrite(b, 1, n, f) != n) {
        if (f)
            (void)fclose(f);
        sag__fejl("--ud: kan ikke skrive %s", ud);
        rc = SAG_EXIT_FEJL;
        goto out;
    }
    if (fclose(f) != 0) {
        sag__fejl("--ud: kan ikke skrive %s", ud);
        rc = SAG_EXIT_FEJL;
        goto out;
    }
    (void)printf("%s (%zu bytes)\n", mime, n);
out:
    sag_arena_release(&a);
    return rc;
}

static int
kmd_tilslut(struct sag__session *s, const struct sag__valg *v)
{
    struct sag_tj_klageskridt r;
    struct sag_diag d;
    enum sag_status st;

    if (klageskridt(s, v, find("tilslut"), &r) != 0)
        return SAG_EXIT_BRUG;
    sag_diag_init(&d);
    if ((st = sag_tj_klage_tilslut(&s->tj, v->pos[0], &r, &d)) != SAG_OK)
        return afvis(s, "tilslut", st, &d);
    if (s->json)
        return svar(s, "klage_id", r.klage_id);
    (void)printf("Klage %s: %s klager også\n", r.klage_id,
                 sag_visning_ord(r.part));
    return SAG_EXIT_OK;
}

static int
kmd_genvurder(struct sag__session *s, const struct sag__valg *v)
{
    struct sag_tj_klageskridt r;
    struct sag_diag d;
    enum sag_status st;

    if (klageskridt(s, v, find("genvurder"), &r) != 0)
        return SAG_EXIT_BRUG;
    sag_diag_init(&d);
    if ((st = sag_tj_genvurder(&s->tj, v->pos[0], &r, &d)) != SAG_OK)
        return afvis(s, "genvurder", st, &d);
    if (s->json)
        return svar(s, "klage_id", r.klage_id);
    (void)printf("Klage %s genvurderet: %s\n", r.klage_id,
                 sag_visning_ord(sag_udfald_navn(r.udfald)));
    return SAG_EXIT_OK;
}

static int
kmd_ankestyrelsen(struct sag__session *s, const struct sag__valg *v)
{
    struct sag_tj_klageskridt r;
    struct sag_diag d;
    char ny[SAG_ID_MAX] = "";
    enum sag_status st;

    if (klageskridt(s, v, find("ankestyrelsen"), &r) != 0)
        return SAG_EXIT_BRUG;
    sag_diag_init(&d);
    if (sag__val(v, "--send") != NULL)
        st = sag_tj_send_til_ankestyrelsen(&s->tj, v->pos[0], &r, &d);
    else
        st = sag_tj_ankestyrelsen(&s->tj, v->pos[0], &r, ny, &d);
    if (st != SAG_OK)
        return afvis(s, "ankestyrelsen", st, &d);
    if (ny[0] == '\0') {
        if (s->json)
            return svar(s, "klage_id", r.klage_id);
        if (sag__val(v, "--send") != NULL)
            (void)printf("Klage %s sendt til Ankestyrelsen\n", r.klage_id);
        else
            (void)printf("Klage %s: %s %s\n", r.klage_id,
                         r.punkt ? sag_visning_ord(sag_punkt_navn(r.punkt))
                                 : "afgørelsen",
                         sag_visning_ord(sag_udfald_navn(r.udfald)));
        return SAG_EXIT_OK;
    }
    if (s->json)
        return svar(s, "ny_sag_id", ny);
    (void)printf("Hjemvist: ny sag %s\n", ny);
    return SAG_EXIT_OK;
}

static int
ny_generation(struct sag__session *s, const struct sag__valg *v, bool genoptag)
{
    struct sag_tj_ny_generation r;
    struct sag_diag d;
    char ny[SAG_ID_MAX];
    enum sag_status st;

    memset(&r, 0, sizeof(r));
    if (dato(s, v, "--dato", &r.dato) != 0)
        return SAG_EXIT_BRUG;
    r.begrundelse = sag__val(v, "--begrundelse");
    r.nye_oplysninger = sag__val(v, "--nye-oplysninger");
    r.saerlige_grunde = sag__val(v, "--saerlige-grunde") != NULL;
    sag_diag_init(&d);
    st = genoptag ? sag_tj_genoptag(&s->tj, v->pos[0], &r, ny, &d)
                  : sag_tj_revision(&s->tj, v->pos[0], &r, ny, &d);
    if (st != SAG_OK)
        return afvis(s, genoptag ? "genoptag" : "revision", st, &d);
    return svar(s, "ny_sag_id", ny);
}

static int
kmd_genoptag(struct sag__session *s, const struct sag__valg *v)
{
    return ny_generation(s, v, true);
}

static int
kmd_revision(struct sag__session *s, const struct sag__valg *v)
{
    return ny_generation(s, v, false);
}

static int
kmd_genberegn(struct sag__session *s, const struct sag__valg *v)
{
    struct sag_tj_genberegning g;
    struct sag_diag d;
    enum sag_status st;
    int rc;

    if ((rc = sag__session_satser(s, sag__val(v, "--data"))) != 0)
        return rc;
    sag_diag_init(&d);
    if ((st = sag_tj_genberegn(&s->tj, v->pos[0], &g, &d)) != SAG_OK)
        return afvis(s, "genberegn", st, &d);
    if (g.identisk) {
        (void)printf("identisk: afgørelse %s genberegnet byte for byte (%zu "
                     "bytes, satser %s)\n",
                     g.afgoerelse_id, g.bytes, g.satser_ved);
        return SAG_EXIT_OK;
    }
    (void)printf("afviger: afgørelse %s giver et andet resultat i dag\n"
                 "  satser ved afgørelsen: %s\n  satser nu:            %s\n",
                 g.afgoerelse_id, g.satser_ved, g.satser_nu);
    return SAG_EXIT_AFVIST;
}

static int
kmd_verificer(struct sag__session *s, const struct sag__valg *v)
{
    struct sag_diag d;
    long long n = 0;
    int rc;
    enum sag_status st;

    /* The awards are derived again with the rate tables (issue 16). */
    if ((rc = sag__session_satser(s, sag__val(v, "--data"))) != 0)
        return rc;
    sag_diag_init(&d);
    if ((st = sag_tj_verificer(&s->tj, &n, &d)) != SAG_OK)
        return afvis(s, "verificer", st, &d);
    (void)printf("ok: %lld hændelser, hashkæden og alle afgørelser er "
                 "intakte\n",
                 n);
    return SAG_EXIT_OK;
}

/* A signed checkpoint now (docs/sikkerhed.md): printed, and appended to the
 * checkpoint file beside the key file. */
static int
kmd_kontrolpunkt(struct sag__session *s, const struct sag__valg *v)
{
    struct sag_diag d;
    char linje[512];
    enum sag_status st;

    (void)v;
    sag_diag_init(&d);
    if ((st = sag_store_kontrolpunkt(s->store, NULL, NULL, linje, &d)) !=
        SAG_OK)
        return afvis(s, "kontrolpunkt", st, &d);
    (void)printf("%s\n", linje);
    return SAG_EXIT_OK;
}

static int
laesning_linje(void *ctx, const struct sag_laesning *l)
{
    (void)ctx;
    (void)printf("%s  %-16s %-14s %s\n", l->tidspunkt, l->bruger, l->rolle,
                 l->grund);
    return 0;
}

static int
kmd_laesninger(struct sag__session *s, const struct sag__valg *v)
{
    struct sag_diag d;
    enum sag_status st;

    sag_diag_init(&d);
    if ((st = sag_tj_laesninger(&s->tj, v->pos[0], laesning_linje, NULL, &d)) !=
        SAG_OK)
        return afvis(s, "laesninger", st, &d);
    return SAG_EXIT_OK;
}

static int
kmd_eksport(struct sag__session *s, const struct sag__valg *v)
{
    struct sag_arena a;
    struct sag_tj_mappe *mp = malloc(sizeof(*mp));
    struct sag_diag d;
    struct sag_buf b;
    enum sag_status st;
    int rc;

    if (mp == NULL) {
        sag__fejl("ikke mere hukommelse");
        return SAG_EXIT_FEJL;
    }
    sag_arena_init(&a, 0);
    sag_buf_init(&b, 0);
    sag_diag_init(&d);
    if ((st = sag_tj_eksport(&s->tj, v->pos[0], sag__val(v, "--grund"), &a, mp,
                             &d)) != SAG_OK)
        rc = afvis(s, "eksport", st, &d);
    else {
        sag_eksport_json(mp, &b);
        rc = sag__skriv(&b);
    }
    sag_buf_release(&b);
    sag_arena_release(&a);
    free(mp);
    return rc;
}

static int
kmd_import(struct sag__session *s, const struct sag__valg *v)
{
    struct sag_buf b;
    struct sag_arena a;
    struct sag_tj_import imp;
    struct sag_diag d;
    char id[SAG_ID_MAX];
    enum sag_status st;
    int rc;

    sag_buf_init(&b, 64 * 1024 * 1024);
    sag_arena_init(&a, 0);
    sag_diag_init(&d);
    if ((rc = laes_json(v->pos[0], &b)) != 0)
        goto out;
    /* Import recomputes every loss decision with the engine. */
    if ((rc = sag__session_satser(s, NULL)) != 0)
        goto out;
    if ((st = sag_eksport_fra_json(b.buf, b.len, &a, &imp, &d)) != SAG_OK ||
        (st = sag_tj_import(&s->tj, &imp, id, &d)) != SAG_OK) {
        rc = afvis(s, "import", st, &d);
        goto out;
    }
    (void)printf("%s\n", id);
out:
    sag_arena_release(&a);
    sag_buf_release(&b);
    return rc;
}

static int
kmd_demo(struct sag__session *s, const struct sag__valg *v)
{
    struct sag_diag d;
    enum sag_status st;
    int rc;

    if ((rc = sag__session_satser(s, sag__val(v, "--data"))) != 0)
        return rc;
    sag_diag_init(&d);
    if ((st = sag_demo_sager(&s->tj, &d)) != SAG_OK)
        return afvis(s, "demo", st, &d);
    (void)printf("Demosager oprettet (syntetiske data).\n");
    return SAG_EXIT_OK;
}

static int
kmd_genopbyg(struct sag__session *s, const struct sag__valg *v)
{
    struct sag_diag d;
    size_t n = 0;
    enum sag_status st;

    (void)v;
    sag_diag_init(&d);
    if ((st = sag_tj_genopbyg(&s->tj, &n, &d)) != SAG_OK)
        return afvis(s, "genopbyg", st, &d);
    (void)printf("%zu sager genopbygget fra hændelsesloggen\n", n);
    return SAG_EXIT_OK;
}

int
sag__cmd_sag(int argc, char **argv)
{
    struct sag__global g = { "skadesag.db", NULL, NULL, NULL, false, false };
    struct sag__session s;
    struct sag__valg v;
    const struct kmd *k = NULL;
    int i = 1, rc;

    for (; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
        if (strcmp(argv[i], "--help") == 0) {
            hjaelp(stdout);
            return SAG_EXIT_OK;
        } else if (strcmp(argv[i], "--json") == 0) {
            g.json = true;
        } else if (i + 1 < argc && strcmp(argv[i], "--db") == 0) {
            g.db = argv[++i];
        } else if (i + 1 < argc && strcmp(argv[i], "--bruger") == 0) {
            g.bruger = argv[++i];
        } else if (i + 1 < argc && strcmp(argv[i], "--rolle") == 0) {
            g.rolle = argv[++i];
        } else if (i + 1 < argc && strcmp(argv[i], "--idag") == 0) {
            g.idag = argv[++i];
        } else if (strcmp(argv[i], "--skrivebeskyttet") == 0) {
            g.skrivebeskyttet = true;
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
        v.antal_pos != k->pos) {
        kmd_hjaelp(k, stderr);
        return SAG_EXIT_BRUG;
    }
    if (sag__tjek_valg(&v, k->navn, k->valg, globale) != 0)
        return SAG_EXIT_BRUG;
    sag__global_fra_valg(&g, &v);
    /* Only what creates cases may create a database; the rest never do. */
    if ((rc = sag__session_aabn(&s, &g,
                                strcmp(k->navn, "opret") == 0 ||
                                    strcmp(k->navn, "import") == 0 ||
                                    strcmp(k->navn, "demo") == 0)) != 0)
        return rc;
    rc = k->fn(&s, &v);
    sag__session_luk(&s);
    return rc;
}
