/*
 * skadesag sag: the case file on the command line — create cases, append
 * events, show a case with its history and deadlines, list, the worklist,
 * decisions through the engine, appeals, reopening and revision, recompute
 * a stored decision, verify the store, export and import, and a demo
 * database.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "sag_config.h"

#include "skadesag/beregning.h"
#include "skadesag/beregning_json.h"
#include "skadesag/frister.h"
#include "skadesag/parse.h"
#include "skadesag/sag.h"
#include "skadesag/sag_json.h"
#include "skadesag/satser_fil.h"
#include "skadesag/store.h"

#include "../base/banned.h"

static void
hjaelp(FILE *f)
{
    (void)fputs(
        "Brug: skadesag sag [--db STI] [--bruger B] [--rolle R] [--json] "
        "<underkommando> ...\n\n"
        "  opret FIL|-                         Opret en sag (JSON, se "
        "docs/sager.md)\n"
        "  haendelse SAG FIL|-                 Tilføj en hændelse (JSON)\n"
        "  vis SAG [--grund G] [--idag D]      Sagen med historik, frister og "
        "afgørelser\n"
        "  liste [--team T] [--sagsbehandler S] [--status aaben|lukket] "
        "[--type T]\n"
        "  arbejdsliste (--team T | --sagsbehandler S) [--idag D] [--graense "
        "N]\n"
        "  afgoer SAG --fase anerkendelse --resultat anerkendt|afvist\n"
        "  afgoer SAG --fase men --pct N\n"
        "  afgoer SAG --fase erhvervsevnetab --beregning FIL [--revisionsdato "
        "D]\n"
        "  klage SAG --afgoerelse ID [--part P]\n"
        "  genvurder SAG --klage K --udfald fastholdt|aendret\n"
        "  ankestyrelsen SAG --klage K (--send | --udfald "
        "stadfaestet|aendret|hjemvist|afvist)\n"
        "  genoptag SAG --nye-oplysninger T [--saerlige-grunde]\n"
        "  revision SAG\n"
        "  genberegn AFGOERELSE-ID [--data MAPPE]\n"
        "  verificer                           Kontrollér database, "
        "hashkæde og afgørelser\n"
        "  laesninger SAG                      Hvem har læst sagen og "
        "hvorfor\n"
        "  eksport SAG | import FIL            Sagen som JSON\n"
        "  demo                                Opret syntetiske demosager\n"
        "  genopbyg                            Genopbyg oversigter og "
        "rapportfakta fra hændelserne\n\n"
        "Fælles for ændringer: --dato D (standard: i dag), --begrundelse T "
        "(påkrævet).\n"
        "--db er standard ./skadesag.db. --bruger/--rolle er standard "
        "$SKADESAG_BRUGER\nog $SKADESAG_ROLLE (sagsbehandler). Kun "
        "sagsbehandler og jurist ser fulde CPR-numre.\n",
        f);
}

static const char *const flag[] = { "--send", "--saerlige-grunde", "--json",
                                    NULL };

/* The options each subcommand takes; the global ones (--db, --bruger,
 * --rolle, --json, --idag) are accepted anywhere. A misspelt option is an
 * error, not silently ignored. */
/* `fuld`: changes cases or copies personal data out, so only the case
 * handling roles (sagsbehandler, jurist) may run it. */
static const struct {
    const char *navn, *valg;
    bool fuld;
} kommandoer[] = {
    { "opret", "", true },
    { "haendelse", "", true },
    { "vis", " --grund ", false },
    { "liste", " --team --sagsbehandler --status --type --graense ", false },
    { "arbejdsliste", " --team --sagsbehandler --graense ", false },
    { "afgoer",
      " --fase --resultat --pct --beregning --revisionsdato --dato "
      "--begrundelse --data ",
      true },
    { "klage", " --afgoerelse --part --dato --begrundelse ", true },
    { "genvurder", " --klage --udfald --dato --begrundelse ", true },
    { "ankestyrelsen", " --klage --send --udfald --dato --begrundelse ", true },
    { "genoptag", " --nye-oplysninger --saerlige-grunde --dato --begrundelse ",
      true },
    { "revision", " --dato --begrundelse ", true },
    { "genberegn", " --data ", false },
    { "verificer", "", false },
    { "laesninger", "", false },
    { "eksport", " --grund ", true },
    { "import", "", true },
    { "demo", " --data ", true },
    { "genopbyg", "", true },
};

/* The roles (docs/sager.md): caseworkers and jurists handle cases and see
 * full CPR numbers; team leads and management read cases with masked CPR
 * numbers (every read logged) and see lists and worklists. */
static const char *const roller[] = { "sagsbehandler", "jurist", "teamleder",
                                      "ledelse", NULL };

static const char globale[] = " --db --bruger --rolle --json --idag ";

/* 0 if every option given is one the subcommand takes; else print which.
 * `fuld` tells whether the subcommand needs a case handling role. */
static int
tjek_valg(const char *kmd, const struct sag__valg *v, bool *fuld)
{
    for (size_t i = 0; i < sizeof(kommandoer) / sizeof(kommandoer[0]); i++)
        if (strcmp(kommandoer[i].navn, kmd) == 0) {
            *fuld = kommandoer[i].fuld;
            return sag__tjek_valg(v, kmd, kommandoer[i].valg, globale);
        }
    sag__fejl("ukendt underkommando '%s'", kmd);
    return -1;
}

/* A date option with a default. */
static int
dato_valg(const struct sag__valg *v, const char *navn, struct sag_dato standard,
          struct sag_dato *ud)
{
    int r = sag__dato_valg(v, navn, false, ud);

    if (r > 0)
        *ud = standard;
    return r < 0 ? -1 : 0;
}

struct kontekst {
    struct sag_store *s;
    struct sag_hvem hvem;
    bool json;
    struct sag_dato idag;
    char idag_iso[SAG_DATO_ISO_LEN];
};

static bool
maa_se_cpr(const struct sag_hvem *h)
{
    return h->rolle != NULL && (strcmp(h->rolle, "sagsbehandler") == 0 ||
                                strcmp(h->rolle, "jurist") == 0);
}

static int
skriv(struct sag_buf *b)
{
    sag_buf_addc(b, '\n');
    if (sag_buf_status(b) != SAG_OK ||
        fwrite(b->buf, 1, b->len, stdout) != b->len)
        return SAG_EXIT_FEJL;
    return SAG_EXIT_OK;
}

/* Fill the common fields of an event from the options. */
static int
faelles(struct kontekst *k, const struct sag__valg *v, struct sag_haendelse *h,
        enum sag_haendelsestype type)
{
    memset(h, 0, sizeof(*h));
    h->type = type;
    if (dato_valg(v, "--dato", k->idag, &h->dato) != 0)
        return -1;
    h->bruger = k->hvem.bruger;
    h->begrundelse = sag__val(v, "--begrundelse");
    return 0;
}

static int
cmd_opret(struct kontekst *k, const struct sag__valg *v)
{
    struct sag_buf ind;
    struct sag_arena a;
    struct sag_haendelse h;
    struct sag_diag d;
    char id[SAG_ID_MAX] = "";
    enum sag_status st;
    int rc = SAG_EXIT_OK;

    if (v->antal_pos != 1) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    sag_buf_init(&ind, 4 * 1024 * 1024);
    sag_arena_init(&a, 0);
    if (sag__laes_fil(v->pos[0], &ind) != SAG_OK) {
        sag__fejl("kan ikke læse %s", v->pos[0]);
        rc = SAG_EXIT_FEJL;
        goto out;
    }
    /* The file is the "oprettet" payload plus optional dato/begrundelse. */
    {
        struct sag_buf fuld;

        sag_buf_init(&fuld, 0);
        sag_buf_adds(&fuld, "{\"type\":\"oprettet\",");
        if (strstr(ind.buf, "\"dato\"") == NULL)
            sag_buf_addf(&fuld, "\"dato\":\"%s\",", k->idag_iso);
        if (strstr(ind.buf, "\"begrundelse\"") == NULL)
            sag_buf_adds(&fuld, "\"begrundelse\":\"Sagen er modtaget\",");
        {
            const char *p = strchr(ind.buf, '{');

            if (p == NULL) {
                sag__fejl("sagen skal være et JSON-objekt");
                sag_buf_release(&fuld);
                rc = SAG_EXIT_AFVIST;
                goto out;
            }
            sag_buf_adds(&fuld, p + 1);
        }
        sag_diag_init(&d);
        st = sag_haendelse_fra_json(fuld.buf, fuld.len, &a, &h, &d);
        sag_buf_release(&fuld);
    }
    if (st == SAG_OK) {
        if (h.bruger == NULL)
            h.bruger = k->hvem.bruger;
        st = sag_store_opret(k->s, &h, id, &d);
    }
    if (st != SAG_OK) {
        rc = sag__fejl_diag(st, &d);
        goto out;
    }
    (void)printf(k->json ? "{\"id\":\"%s\"}\n" : "%s\n", id);
out:
    sag_arena_release(&a);
    sag_buf_release(&ind);
    return rc;
}

static int
cmd_haendelse(struct kontekst *k, const struct sag__valg *v)
{
    struct sag_buf ind;
    struct sag_arena a;
    struct sag_haendelse h;
    struct sag_diag d;
    enum sag_status st;
    int rc = SAG_EXIT_OK;

    if (v->antal_pos != 2) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    sag_buf_init(&ind, 4 * 1024 * 1024);
    sag_arena_init(&a, 0);
    if (sag__laes_fil(v->pos[1], &ind) != SAG_OK) {
        sag__fejl("kan ikke læse %s", v->pos[1]);
        rc = SAG_EXIT_FEJL;
        goto out;
    }
    sag_diag_init(&d);
    st = sag_haendelse_fra_json(ind.buf, ind.len, &a, &h, &d);
    if (st == SAG_OK) {
        if (h.bruger == NULL)
            h.bruger = k->hvem.bruger;
        if (h.type == SAG_H_OPRETTET)
            st = sag_diag_set(&d, SAG_EINVAL, "/type",
                              "brug 'skadesag sag opret'");
        else
            st = sag_store_tilfoej(k->s, v->pos[0], &h, &d);
    }
    if (st != SAG_OK)
        rc = sag__fejl_diag(st, &d);
out:
    sag_arena_release(&a);
    sag_buf_release(&ind);
    return rc;
}

static const char *const fristsymbol[] = { "",   "  ", "✓ ", "✗ ",
                                           "! ", "? ", "– " };

/* A lapsed appeal or reopening limit has run out ("udløbet"); other
 * statuses read as their code, in Danish letters. */
static const char *
friststatus_tekst(const struct sag_frist *f)
{
    if (f->status == SAG_FRISTSTATUS_BORTFALDET &&
        (f->art == SAG_FRIST_KLAGE || f->art == SAG_FRIST_GENOPTAGELSE))
        return "udløbet";
    return sag__ord(sag_friststatus_navn(f->status));
}

static int
cmd_vis(struct kontekst *k, const struct sag__valg *v)
{
    struct sag_arena a;
    struct sag_sagsmappe m;
    struct sag_diag d;
    struct sag_buf b;
    struct sag_frist fr[SAG_MAKS_FRISTER];
    struct sag_opgave op[SAG_MAKS_OPGAVER];
    struct sag_kalender kal = sag_kalender_standard();
    const char *grund = sag__val(v, "--grund");
    enum sag_status st;
    size_t nf, no;
    int rc;

    if (v->antal_pos != 1) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    sag_arena_init(&a, 0);
    sag_buf_init(&b, 0);
    st = sag_store_hent(k->s, v->pos[0], &k->hvem,
                        grund ? grund : "sagsbehandling", &a, &m, &d);
    if (st != SAG_OK) {
        rc = sag__fejl_diag(st, &d);
        goto out;
    }
    nf = sag_frister(&m.tilstand, &kal, k->idag, fr, SAG_MAKS_FRISTER);
    no = sag_opgaver(&m.tilstand, &kal, op, SAG_MAKS_OPGAVER);
    if (k->json) {
        sag_buf_adds(&b, "{\"sag\":");
        sag_tilstand_json(&m.tilstand, maa_se_cpr(&k->hvem), &b);
        sag_buf_addf(&b, ",\"fristregime\":\"%s\",\"idag\":\"%s\",\"frister\":",
                     sag_fristregime_navn(sag_fristregime(&m.tilstand)),
                     k->idag_iso);
        sag_frister_json(fr, nf, &b);
        sag_buf_adds(&b, ",\"opgaver\":");
        sag_opgaver_json(op, no, &b);
        sag_buf_adds(&b, ",\"haendelser\":[");
        for (size_t i = 0; i < m.antal_haendelser; i++) {
            const struct sag_haendelse_post *p = &m.haendelser[i];

            if (i)
                sag_buf_addc(&b, ',');
            sag_buf_addf(&b, "{\"nr\":%d,\"type\":", p->nr);
            sag_buf_add_json_str(&b, p->type);
            sag_buf_adds(&b, ",\"dato\":");
            sag_buf_add_json_str(&b, p->dato);
            sag_buf_adds(&b, ",\"registreret\":");
            sag_buf_add_json_str(&b, p->registreret);
            sag_buf_adds(&b, ",\"bruger\":");
            sag_buf_add_json_str(&b, p->bruger);
            sag_buf_adds(&b, ",\"begrundelse\":");
            sag_buf_add_json_str(&b, p->begrundelse);
            if (maa_se_cpr(&k->hvem) || strcmp(p->type, "oprettet") != 0) {
                sag_buf_adds(&b, ",\"data\":");
                sag_buf_adds(&b, p->data);
            }
            sag_buf_addc(&b, '}');
        }
        sag_buf_adds(&b, "]}");
        rc = skriv(&b);
        goto out;
    }
    {
        const struct sag_tilstand *t = &m.tilstand;
        char cpr[SAG_CPR_LEN + 1], d1[SAG_DATO_DK_LEN], d2[SAG_DATO_DK_LEN];

        if (maa_se_cpr(&k->hvem))
            memcpy(cpr, t->cpr, sizeof(cpr));
        else
            sag_cpr_maskeret(t->cpr, cpr);
        sag_dato_format_dk(t->skadedato, d1);
        sag_dato_format_dk(t->anmeldelsesdato, d2);
        sag_buf_addf(&b,
                     "Sag %s (%s, %s) — %s\n"
                     "Tilskadekomne: %s   Team: %s   Sagsbehandler: %s\n"
                     "Skadedato: %s   Anmeldt: %s   Fristregler: %s\n"
                     "Anerkendelse: %s   Mén: %s   Erhvervsevnetab: %s\n",
                     t->id, sag__ord(sag_sagstype_navn(t->type)),
                     sag__ord(sag_generation_navn(t->generation)),
                     t->status == SAG_STATUS_AABEN ? "åben" : "lukket", cpr,
                     t->team, t->sagsbehandler, d1, d2,
                     sag__ord(sag_fristregime_navn(sag_fristregime(t))),
                     sag__ord(sag_fasestatus_navn(t->anerkendelse)),
                     sag__ord(sag_fasestatus_navn(t->men)),
                     sag__ord(sag_fasestatus_navn(t->erhvervsevnetab)));
        if (t->forrige_sag_id[0])
            sag_buf_addf(&b, "Hører til sag: %s\n", t->forrige_sag_id);
        sag_buf_adds(&b, "\nFrister:\n");
        for (size_t i = 0; i < nf; i++) {
            sag_dato_format_dk(fr[i].forfald, d1);
            sag_buf_addf(&b, "  %s", fristsymbol[fr[i].status]);
            sag__kolonne(&b, fr[i].navn, 50);
            sag_buf_addf(&b, "%s  ", d1);
            if (fr[i].ref[0]) {
                sag__kolonne(&b, friststatus_tekst(&fr[i]), 11);
                sag_buf_adds(&b, fr[i].ref);
            } else {
                sag_buf_adds(&b, friststatus_tekst(&fr[i]));
            }
            sag_buf_addc(&b, '\n');
        }
        sag_buf_adds(&b, no ? "\nOpgaver:\n" : "\nOpgaver: ingen\n");
        for (size_t i = 0; i < no; i++) {
            sag_dato_format_dk(op[i].forfald, d1);
            sag_buf_addf(&b, "  %s  %s%s\n", d1, op[i].tekst,
                         op[i].venter_paa_andre ? " (venter på andre)" : "");
        }
        if (t->antal_klager) {
            sag_buf_adds(&b, "\nKlager:\n");
            for (size_t i = 0; i < t->antal_klager; i++) {
                const struct sag_klage *kl = &t->klager[i];

                sag_dato_format_dk(kl->modtaget, d1);
                sag_buf_addf(&b, "  %s  over %s  modtaget %s%s  ", kl->id,
                             kl->afgoerelse_id, d1,
                             kl->rettidig ? "" : " (for sent)");
                sag_buf_adds(&b, sag__ord(sag_klagestatus_navn(kl->status)));
                if (kl->udfald != SAG_UDFALD_INGEN)
                    sag_buf_addf(&b, ": %s",
                                 sag__ord(sag_udfald_navn(kl->udfald)));
                sag_buf_addc(&b, '\n');
            }
        }
        sag_buf_adds(&b, "\nHistorik:\n");
        for (size_t i = 0; i < m.antal_haendelser; i++) {
            const struct sag_haendelse_post *p = &m.haendelser[i];

            sag_buf_addf(&b, "  %3d  %s  ", p->nr, sag__dk_dato(p->dato, d1));
            sag__kolonne(&b, sag__ord(p->type), 24);
            sag_buf_addf(&b, "%s: %s\n", p->bruger, p->begrundelse);
        }
        if (t->antal_afgoerelser) {
            sag_buf_adds(&b, "\nAfgørelser:\n");
            for (size_t i = 0; i < t->antal_afgoerelser; i++) {
                const struct sag_afgoerelse_ref *r = &t->afgoerelser[i];

                sag_dato_format_dk(r->dato, d1);
                sag_buf_adds(&b, "  ");
                sag__kolonne(&b, r->id, 20);
                sag__kolonne(&b, sag__ord(sag_fase_navn(r->fase)), 15);
                sag_buf_adds(&b, d1);
                if (r->fase == SAG_FASE_ANERKENDELSE)
                    sag_buf_addf(
                        &b, "  %s",
                        sag__ord(sag_fasestatus_navn(t->anerkendelse)));
                else
                    sag_buf_addf(&b, "  %d %%%s", r->pct,
                                 r->type == SAG_AFGOERELSE_MIDLERTIDIG
                                     ? " (midlertidig)"
                                     : "");
                for (size_t j = 0; j < m.antal_afgoerelser; j++)
                    if (strcmp(m.afgoerelser[j].id, r->id) == 0)
                        sag_buf_addf(&b, "  beregning gemt (satser %.12s…)",
                                     m.afgoerelser[j].satser_checksum);
                sag_buf_addc(&b, '\n');
            }
        }
    }
    rc = skriv(&b);
out:
    sag_buf_release(&b);
    sag_arena_release(&a);
    return rc;
}

struct liste_ctx {
    struct sag_buf *b;
    bool json;
    size_t n;
};

static int
liste_cb(void *ctx, const struct sag_liste_post *p)
{
    struct liste_ctx *c = ctx;

    if (c->json) {
        if (c->n)
            sag_buf_addc(c->b, ',');
        sag_buf_adds(c->b, "{\"id\":");
        sag_buf_add_json_str(c->b, p->id);
        sag_buf_adds(c->b, ",\"type\":");
        sag_buf_add_json_str(c->b, p->type);
        sag_buf_adds(c->b, ",\"generation\":");
        sag_buf_add_json_str(c->b, p->generation);
        sag_buf_adds(c->b, ",\"status\":");
        sag_buf_add_json_str(c->b, p->status);
        sag_buf_adds(c->b, ",\"team\":");
        sag_buf_add_json_str(c->b, p->team);
        sag_buf_adds(c->b, ",\"sagsbehandler\":");
        sag_buf_add_json_str(c->b, p->sagsbehandler);
        sag_buf_adds(c->b, ",\"anerkendelse\":");
        sag_buf_add_json_str(c->b, p->anerkendelse);
        sag_buf_adds(c->b, ",\"men\":");
        sag_buf_add_json_str(c->b, p->men);
        sag_buf_adds(c->b, ",\"erhvervsevnetab\":");
        sag_buf_add_json_str(c->b, p->erhvervsevnetab);
        sag_buf_adds(c->b, ",\"naeste_forfald\":");
        sag_buf_add_json_str(c->b, p->naeste_forfald);
        sag_buf_addf(c->b, ",\"venter\":%s}", p->venter ? "true" : "false");
    } else {
        char d[SAG_DATO_DK_LEN];

        sag__kolonne(c->b, p->id, 16);
        sag__kolonne(c->b, sag__ord(p->type), 24);
        sag__kolonne(c->b, sag__ord(p->generation), 11);
        sag__kolonne(c->b, sag__ord(p->status), 6);
        sag__kolonne(c->b, p->team, 10);
        sag__kolonne(c->b, p->sagsbehandler, 10);
        sag__kolonne(c->b, sag__ord(p->anerkendelse), 13);
        sag_buf_addf(c->b, "%s%s\n", sag__dk_dato(p->naeste_forfald, d),
                     p->venter ? "  (venter)" : "");
    }
    c->n++;
    return 0;
}

static int
cmd_liste(struct kontekst *k, const struct sag__valg *v)
{
    struct sag_liste_filter f = { sag__val(v, "--team"),
                                  sag__val(v, "--sagsbehandler"),
                                  sag__val(v, "--status"),
                                  sag__val(v, "--type"), 0 };
    struct sag_buf b;
    struct liste_ctx c = { &b, k->json, 0 };
    struct sag_diag d;
    enum sag_status st;
    int64_t g;

    if (sag__val(v, "--graense") != NULL) {
        if (sag_parse_i64(sag__val(v, "--graense"), 1, 10000000, &g) !=
            SAG_OK) {
            sag__fejl("--graense skal være et positivt tal");
            return SAG_EXIT_BRUG;
        }
        f.graense = (size_t)g;
    }
    sag_buf_init(&b, 0);
    if (k->json)
        sag_buf_addc(&b, '[');
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
    st = sag_store_liste(k->s, &f, liste_cb, &c, &d);
    if (st != SAG_OK) {
        sag_buf_release(&b);
        return sag__fejl_diag(st, &d);
    }
    if (k->json)
        sag_buf_addc(&b, ']');
    else
        sag_buf_addf(&b, "%zu %s", c.n, c.n == 1 ? "sag" : "sager");
    st = (enum sag_status)skriv(&b);
    sag_buf_release(&b);
    return (int)st;
}

struct arbejd_ctx {
    struct sag_buf *b;
    bool json;
    size_t n;
    struct sag_dato idag;
};

static int
arbejd_cb(void *ctx, const struct sag_arbejdspost *p)
{
    struct arbejd_ctx *c = ctx;
    struct sag_dato f;
    /* "Afventer" carries the date the wait began, not a due date. */
    bool over =
        strcmp(p->art, "afventer") != 0 &&
        sag_dato_parse_iso(p->forfald, strlen(p->forfald), &f) == SAG_OK &&
        f.dage < c->idag.dage;

    if (c->json) {
        if (c->n)
            sag_buf_addc(c->b, ',');
        sag_buf_adds(c->b, "{\"sag_id\":");
        sag_buf_add_json_str(c->b, p->sag_id);
        sag_buf_adds(c->b, ",\"art\":");
        sag_buf_add_json_str(c->b, p->art);
        sag_buf_adds(c->b, ",\"forfald\":");
        sag_buf_add_json_str(c->b, p->forfald);
        sag_buf_adds(c->b, ",\"tekst\":");
        sag_buf_add_json_str(c->b, p->tekst);
        sag_buf_adds(c->b, ",\"sagsbehandler\":");
        sag_buf_add_json_str(c->b, p->sagsbehandler);
        sag_buf_addf(c->b, ",\"overskredet\":%s}", over ? "true" : "false");
    } else {
        char d[SAG_DATO_DK_LEN];

        sag_buf_addf(c->b, "  %s %s  ", over ? "!" : " ",
                     sag__dk_dato(p->forfald, d));
        sag__kolonne(c->b, p->sag_id, 16);
        sag__kolonne(c->b, p->sagsbehandler, 10);
        sag_buf_addf(c->b, "%s\n", p->tekst);
    }
    c->n++;
    return 0;
}

static int
cmd_arbejdsliste(struct kontekst *k, const struct sag__valg *v)
{
    const char *team = sag__val(v, "--team"),
               *beh = sag__val(v, "--sagsbehandler");
    struct sag_buf b;
    struct arbejd_ctx c = { &b, k->json, 0, k->idag };
    struct sag_diag d;
    enum sag_status st;
    int64_t g = 50;

    if (sag__val(v, "--graense") &&
        sag_parse_i64(sag__val(v, "--graense"), 1, 100000, &g) != SAG_OK) {
        sag__fejl("--graense skal være et positivt tal");
        return SAG_EXIT_BRUG;
    }
    sag_buf_init(&b, 0);
    sag_buf_adds(&b, k->json ? "{\"til_behandling\":["
                             : "Til behandling (først forfaldne først):\n");
    st = sag_store_arbejdsliste(k->s, team, beh, false, (size_t)g, arbejd_cb,
                                &c, &d);
    if (st == SAG_OK) {
        c.n = 0;
        sag_buf_adds(&b, k->json ? "],\"venter_paa_andre\":["
                                 : "\nVenter på andre:\n");
        st = sag_store_arbejdsliste(k->s, team, beh, true, (size_t)g, arbejd_cb,
                                    &c, &d);
    }
    if (st != SAG_OK) {
        sag_buf_release(&b);
        return sag__fejl_diag(st, &d);
    }
    if (k->json)
        sag_buf_adds(&b, "]}");
    st = (enum sag_status)skriv(&b);
    sag_buf_release(&b);
    return (int)st;
}

static enum sag_status
indlaes_satser(const struct sag__valg *v, struct sag_satser *s,
               struct sag_diag *d)
{
    sag_satser_init(s);
    return sag_satser_indlaes_mappe(s, sag__data_dir(sag__val(v, "--data")), d);
}

/* The engine's decision for a case, from a file of engine input. */
static enum sag_status
afgoer_tab(struct kontekst *k, const struct sag__valg *v, const char *sag_id,
           const struct sag_tilstand *t, struct sag_haendelse *h,
           struct sag_diag *d)
{
    const char *fil = sag__val(v, "--beregning");
    struct sag_buf ind;
    struct sag_satser s;
    char id[SAG_ID_MAX];
    int pct = 0;
    enum sag_status st;

    if (fil == NULL)
        return sag_diag_set(d, SAG_EMISSING, "--beregning",
                            "mangler: beregningens input (JSON)");
    sag_buf_init(&ind, 4 * 1024 * 1024);
    if ((st = indlaes_satser(v, &s, d)) != SAG_OK)
        goto out;
    if (sag__laes_fil(fil, &ind) != SAG_OK) {
        st = sag_diag_set(d, SAG_EIO, "--beregning", "kan ikke læse %s", fil);
        goto out;
    }
    st = sag__gem_tab_afgoerelse(k->s, &s, sag_id, t, h, ind.buf, ind.len, id,
                                 &pct, d);
    if (st == SAG_OK)
        (void)printf(k->json ? "{\"afgoerelse_id\":\"%s\",\"pct\":%d}\n"
                             : "%s: erhvervsevnetab %d %%\n",
                     id, pct);
out:
    sag_satser_release(&s);
    sag_buf_release(&ind);
    return st;
}

static int
cmd_afgoer(struct kontekst *k, const struct sag__valg *v)
{
    const char *fase = sag__val(v, "--fase");
    struct sag_tilstand t;
    struct sag_haendelse h;
    struct sag_diag d;
    char id[SAG_ID_MAX];
    enum sag_status st;

    if (v->antal_pos != 1 || fase == NULL) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    if ((st = sag_store_tilstand(k->s, v->pos[0], &t, &d)) != SAG_OK)
        return sag__fejl_diag(st, &d);
    if (faelles(k, v, &h, SAG_H_ANERKENDT) != 0)
        return SAG_EXIT_BRUG;
    if (dato_valg(v, "--revisionsdato", k->idag, &h.revisionsdato) != 0)
        return SAG_EXIT_BRUG;
    h.har_revisionsdato = sag__val(v, "--revisionsdato") != NULL;
    if (strcmp(fase, "anerkendelse") == 0) {
        const char *r = sag__val(v, "--resultat");

        if (r == NULL || (strcmp(r, "anerkendt") && strcmp(r, "afvist"))) {
            sag__fejl("--resultat skal være anerkendt eller afvist");
            return SAG_EXIT_BRUG;
        }
        h.type = strcmp(r, "anerkendt") == 0 ? SAG_H_ANERKENDT : SAG_H_AFVIST;
        (void)snprintf(id, sizeof(id), "%s-A%zu", v->pos[0],
                       t.antal_afgoerelser + 1);
        h.afgoerelse_id = id;
        st = sag_store_tilfoej(k->s, v->pos[0], &h, &d);
    } else if (strcmp(fase, "men") == 0) {
        int64_t pct;

        if (sag__val(v, "--pct") == NULL ||
            sag_parse_i64(sag__val(v, "--pct"), 0, 120, &pct) != SAG_OK) {
            sag__fejl("--pct skal være et heltal 0-120");
            return SAG_EXIT_BRUG;
        }
        h.type = SAG_H_MEN_AFGJORT;
        h.har_pct = true;
        h.pct = (int)pct;
        (void)snprintf(id, sizeof(id), "%s-M%zu", v->pos[0],
                       t.antal_afgoerelser + 1);
        h.afgoerelse_id = id;
        st = sag_store_tilfoej(k->s, v->pos[0], &h, &d);
    } else if (strcmp(fase, "erhvervsevnetab") == 0) {
        h.type = SAG_H_ERHVERVSEVNETAB_AFGJORT;
        return (st = afgoer_tab(k, v, v->pos[0], &t, &h, &d)) == SAG_OK
                   ? SAG_EXIT_OK
                   : sag__fejl_diag(st, &d);
    } else {
        sag__fejl("--fase skal være anerkendelse, men eller erhvervsevnetab");
        return SAG_EXIT_BRUG;
    }
    if (st != SAG_OK)
        return sag__fejl_diag(st, &d);
    (void)printf("%s\n", id);
    return SAG_EXIT_OK;
}

static int
cmd_klage(struct kontekst *k, const struct sag__valg *v)
{
    struct sag_tilstand t;
    struct sag_haendelse h;
    struct sag_diag d;
    char id[SAG_ID_MAX];
    enum sag_status st;

    if (v->antal_pos != 1) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    if ((st = sag_store_tilstand(k->s, v->pos[0], &t, &d)) != SAG_OK)
        return sag__fejl_diag(st, &d);
    if (faelles(k, v, &h, SAG_H_KLAGE_MODTAGET) != 0)
        return SAG_EXIT_BRUG;
    (void)snprintf(id, sizeof(id), "%s-K%zu", v->pos[0], t.antal_klager + 1);
    h.klage_id = id;
    h.afgoerelse_id = sag__val(v, "--afgoerelse");
    h.part = sag__val(v, "--part");
    if ((st = sag_store_tilfoej(k->s, v->pos[0], &h, &d)) != SAG_OK)
        return sag__fejl_diag(st, &d);
    (void)printf("%s\n", id);
    return SAG_EXIT_OK;
}

static enum sag_udfald
udfald(const char *s)
{
    for (int i = 1; i <= 5; i++)
        if (s && strcmp(s, sag_udfald_navn((enum sag_udfald)i)) == 0)
            return (enum sag_udfald)i;
    return SAG_UDFALD_INGEN;
}

/* Open a new case generation (andengang / hjemvisning) linked to `t`, and
 * append `h` (which names it) to the old case, in one transaction. */
static enum sag_status
ny_generation(struct kontekst *k, const struct sag_tilstand *t,
              enum sag_generation gen, struct sag_haendelse *h,
              char ny_id[SAG_ID_MAX], struct sag_diag *d)
{
    struct sag_haendelse o;
    enum sag_status st;

    memset(&o, 0, sizeof(o));
    o.type = SAG_H_OPRETTET;
    o.dato = h->dato;
    o.bruger = h->bruger;
    o.begrundelse = h->begrundelse;
    o.ny.type = t->type;
    o.ny.generation = gen;
    o.ny.forrige_sag_id = t->id;
    o.ny.skadedato = t->skadedato;
    o.ny.anmeldelsesdato = t->anmeldelsesdato;
    o.ny.har_modtaget_dato = true;
    o.ny.modtaget_dato =
        h->dato.dage > t->anmeldelsesdato.dage ? h->dato : t->anmeldelsesdato;
    o.ny.cpr = t->cpr;
    o.ny.team = t->team;
    o.ny.sagsbehandler = t->sagsbehandler;
    ny_id[0] = '\0';
    if ((st = sag_store_begynd(k->s, d)) != SAG_OK)
        return st;
    st = sag_store_opret(k->s, &o, ny_id, d);
    if (st == SAG_OK) {
        h->ny_sag_id = ny_id;
        st = sag_store_tilfoej(k->s, t->id, h, d);
    }
    if (st == SAG_OK)
        return sag_store_bekraeft(k->s, d);
    sag_store_fortryd(k->s);
    return st;
}

static int
cmd_klageforloeb(struct kontekst *k, const struct sag__valg *v, bool ast)
{
    struct sag_tilstand t;
    struct sag_haendelse h;
    struct sag_diag d;
    char ny_id[SAG_ID_MAX] = "";
    enum sag_status st;

    if (v->antal_pos != 1 || sag__val(v, "--klage") == NULL) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    if ((st = sag_store_tilstand(k->s, v->pos[0], &t, &d)) != SAG_OK)
        return sag__fejl_diag(st, &d);
    if (faelles(k, v, &h, SAG_H_GENVURDERET) != 0)
        return SAG_EXIT_BRUG;
    h.klage_id = sag__val(v, "--klage");
    if (ast && sag__val(v, "--send")) {
        h.type = SAG_H_SENDT_TIL_ANKESTYRELSEN;
    } else {
        h.type = ast ? SAG_H_ANKESTYRELSEN_AFGJORT : SAG_H_GENVURDERET;
        h.udfald = udfald(sag__val(v, "--udfald"));
    }
    if (h.type == SAG_H_ANKESTYRELSEN_AFGJORT &&
        h.udfald == SAG_UDFALD_HJEMVIST) {
        /* Check the transition on a copy first, so no case is created for
         * a refused outcome. */
        struct sag_tilstand proeve = t;

        h.ny_sag_id = "(ny)";
        if ((st = sag_tilstand_anvend(&proeve, &h, &d)) == SAG_OK)
            st =
                ny_generation(k, &t, SAG_GENERATION_HJEMVISNING, &h, ny_id, &d);
    } else {
        st = sag_store_tilfoej(k->s, v->pos[0], &h, &d);
    }
    if (st != SAG_OK)
        return sag__fejl_diag(st, &d);
    if (ny_id[0])
        (void)printf(k->json ? "{\"ny_sag_id\":\"%s\"}\n"
                             : "Hjemvist: ny sag %s\n",
                     ny_id);
    return SAG_EXIT_OK;
}

static int
cmd_ny_generation(struct kontekst *k, const struct sag__valg *v, bool genoptag)
{
    struct sag_tilstand t, proeve;
    struct sag_haendelse h;
    struct sag_diag d;
    char ny_id[SAG_ID_MAX];
    enum sag_status st;

    if (v->antal_pos != 1) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    if ((st = sag_store_tilstand(k->s, v->pos[0], &t, &d)) != SAG_OK)
        return sag__fejl_diag(st, &d);
    if (faelles(k, v, &h,
                genoptag ? SAG_H_GENOPTAGELSE_ANMODET
                         : SAG_H_REVISION_PAABEGYNDT) != 0)
        return SAG_EXIT_BRUG;
    h.nye_oplysninger = sag__val(v, "--nye-oplysninger");
    h.saerlige_grunde = sag__val(v, "--saerlige-grunde") != NULL;
    proeve = t;
    h.ny_sag_id = "(ny)";
    if ((st = sag_tilstand_anvend(&proeve, &h, &d)) != SAG_OK ||
        (st = ny_generation(k, &t, SAG_GENERATION_ANDENGANG, &h, ny_id, &d)) !=
            SAG_OK)
        return sag__fejl_diag(st, &d);
    (void)printf(k->json ? "{\"ny_sag_id\":\"%s\"}\n" : "%s\n", ny_id);
    return SAG_EXIT_OK;
}

static int
cmd_genberegn(struct kontekst *k, const struct sag__valg *v)
{
    struct sag_arena a;
    struct sag_afgoerelse_post p;
    struct sag_satser s;
    struct sag_beregning_input in;
    struct sag_beregning r;
    struct sag_spor sp;
    struct sag_buf ud;
    struct sag_diag d;
    enum sag_status st;
    int rc = SAG_EXIT_OK;

    if (v->antal_pos != 1) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    sag_arena_init(&a, 0);
    sag_buf_init(&ud, 0);
    sag_satser_init(&s);
    if ((st = sag_store_hent_afgoerelse(k->s, v->pos[0], &a, &p, &d)) !=
            SAG_OK ||
        (st = indlaes_satser(v, &s, &d)) != SAG_OK ||
        (st = sag_beregning_input_fra_json(p.input, strlen(p.input), &a, &in,
                                           &d)) != SAG_OK) {
        rc = sag__fejl_diag(st, &d);
        goto out;
    }
    sag_spor_init(&sp, &a, true);
    if ((st = sag_beregn(&s, &in, &sp, &r, &d)) != SAG_OK) {
        rc = sag__fejl_diag(st, &d);
        goto out;
    }
    sag_beregning_til_json(&r, &sp, &ud);
    if (strcmp(ud.buf, p.resultat) == 0) {
        (void)printf("identisk: afgørelse %s genberegnet byte for byte (%zu "
                     "bytes, satser %s)\n",
                     p.id, ud.len, p.satser_checksum);
    } else {
        (void)printf("afviger: afgørelse %s giver et andet resultat i dag\n"
                     "  satser ved afgørelsen: %s\n  satser nu:            "
                     "%s\n",
                     p.id, p.satser_checksum, sag_satser_checksum(&s));
        rc = SAG_EXIT_AFVIST;
    }
out:
    sag_satser_release(&s);
    sag_buf_release(&ud);
    sag_arena_release(&a);
    return rc;
}

static int
laesning_cb(void *ctx, const struct sag_laesning *l)
{
    (void)ctx;
    (void)printf("%s  %-16s %-14s %s\n", l->tidspunkt, l->bruger, l->rolle,
                 l->grund);
    return 0;
}

static int
cmd_eksport(struct kontekst *k, const struct sag__valg *v)
{
    struct sag_arena a;
    struct sag_sagsmappe m;
    struct sag_diag d;
    struct sag_buf b;
    enum sag_status st;
    int rc;

    if (v->antal_pos != 1) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    sag_arena_init(&a, 0);
    sag_buf_init(&b, 0);
    if ((st = sag_store_hent(k->s, v->pos[0], &k->hvem,
                             sag__val(v, "--grund") ? sag__val(v, "--grund")
                                                    : "eksport",
                             &a, &m, &d)) != SAG_OK) {
        rc = sag__fejl_diag(st, &d);
        goto out;
    }
    sag_buf_adds(&b, "{\"format\":\"skadesag-sag/1\",\"id\":");
    sag_buf_add_json_str(&b, m.tilstand.id);
    sag_buf_adds(&b, ",\"haendelser\":[");
    for (size_t i = 0; i < m.antal_haendelser; i++) {
        const struct sag_haendelse_post *p = &m.haendelser[i];

        if (i)
            sag_buf_addc(&b, ',');
        sag_buf_adds(&b, "{\"type\":");
        sag_buf_add_json_str(&b, p->type);
        sag_buf_adds(&b, ",\"dato\":");
        sag_buf_add_json_str(&b, p->dato);
        sag_buf_adds(&b, ",\"bruger\":");
        sag_buf_add_json_str(&b, p->bruger);
        sag_buf_adds(&b, ",\"begrundelse\":");
        sag_buf_add_json_str(&b, p->begrundelse);
        sag_buf_adds(&b, ",\"data\":");
        sag_buf_adds(&b, p->data);
        sag_buf_addc(&b, '}');
    }
    sag_buf_adds(&b, "],\"afgoerelser\":[");
    for (size_t i = 0; i < m.antal_afgoerelser; i++) {
        const struct sag_afgoerelse_post *p = &m.afgoerelser[i];
        const char *f[] = { "id",
                            p->id,
                            "fase",
                            p->fase,
                            "dato",
                            p->dato,
                            "input",
                            p->input,
                            "resultat",
                            p->resultat,
                            "satser_checksum",
                            p->satser_checksum,
                            "motor_version",
                            p->motor_version,
                            "registreret",
                            p->registreret,
                            NULL };

        if (i)
            sag_buf_addc(&b, ',');
        sag_buf_addc(&b, '{');
        for (int j = 0; f[j] != NULL; j += 2) {
            if (j)
                sag_buf_addc(&b, ',');
            sag_buf_add_json_str(&b, f[j]);
            sag_buf_addc(&b, ':');
            sag_buf_add_json_str(&b, f[j + 1]);
        }
        sag_buf_addc(&b, '}');
    }
    sag_buf_adds(&b, "]}");
    rc = skriv(&b);
out:
    sag_buf_release(&b);
    sag_arena_release(&a);
    return rc;
}

int
sag__cmd_sag(int argc, char **argv)
{
    struct kontekst k;
    struct sag__valg v;
    struct sag_diag d;
    const char *db = "skadesag.db", *bruger = getenv("SKADESAG_BRUGER"),
               *rolle = getenv("SKADESAG_ROLLE"), *idag_foer = NULL;
    enum sag_status st;
    int i = 1, rc;
    bool fuld = false;

    memset(&k, 0, sizeof(k));
    for (; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
        if (strcmp(argv[i], "--help") == 0) {
            hjaelp(stdout);
            return SAG_EXIT_OK;
        } else if (strcmp(argv[i], "--json") == 0) {
            k.json = true;
        } else if (i + 1 < argc && strcmp(argv[i], "--db") == 0) {
            db = argv[++i];
        } else if (i + 1 < argc && strcmp(argv[i], "--bruger") == 0) {
            bruger = argv[++i];
        } else if (i + 1 < argc && strcmp(argv[i], "--rolle") == 0) {
            rolle = argv[++i];
        } else if (i + 1 < argc && strcmp(argv[i], "--idag") == 0) {
            idag_foer = argv[++i];
        } else {
            hjaelp(stderr);
            return SAG_EXIT_BRUG;
        }
    }
    if (i >= argc) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    if (sag__laes_valg(argc - i - 1, argv + i + 1, flag, &v) != 0) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    if (tjek_valg(argv[i], &v, &fuld) != 0)
        return SAG_EXIT_BRUG;
    if (idag_foer != NULL && sag__val(&v, "--idag") == NULL) {
        if (v.antal == SAG__MAKS_VALG) {
            hjaelp(stderr);
            return SAG_EXIT_BRUG;
        }
        v.navn[v.antal] = "--idag";
        v.vaerdi[v.antal++] = idag_foer;
    }
    /* Global options may also follow the subcommand. */
    k.json = k.json || sag__val(&v, "--json") != NULL;
    db = sag__val(&v, "--db") ? sag__val(&v, "--db") : db;
    bruger = sag__val(&v, "--bruger") ? sag__val(&v, "--bruger") : bruger;
    rolle = sag__val(&v, "--rolle") ? sag__val(&v, "--rolle") : rolle;
    k.hvem.bruger = bruger && bruger[0] ? bruger : getenv("USER");
    if (k.hvem.bruger == NULL || k.hvem.bruger[0] == '\0')
        k.hvem.bruger = "ukendt";
    k.hvem.rolle = rolle && rolle[0] ? rolle : "sagsbehandler";
    {
        bool kendt = false;

        for (int r = 0; roller[r]; r++)
            kendt = kendt || strcmp(roller[r], k.hvem.rolle) == 0;
        if (!kendt) {
            sag__fejl("--rolle: ukendt rolle '%s' (sagsbehandler, jurist, "
                      "teamleder eller ledelse)",
                      k.hvem.rolle);
            return SAG_EXIT_BRUG;
        }
        if (fuld && !maa_se_cpr(&k.hvem)) {
            sag__fejl("--rolle: rollen '%s' må ikke bruge '%s'", k.hvem.rolle,
                      argv[i]);
            return SAG_EXIT_AFVIST;
        }
    }
    if (dato_valg(&v, "--idag", sag__i_dag(), &k.idag) != 0)
        return SAG_EXIT_BRUG;
    sag_dato_format_iso(k.idag, k.idag_iso);
    sag_diag_init(&d);
    {
        /* --db is a SQLite path; verificer never creates a database. */
        struct sag_buf url;

        sag_buf_init(&url, 0);
        sag_buf_addf(&url, "sqlite:%s", db);
        st = sag_store_aabn(url.buf,
                            strcmp(argv[i], "verificer") ? SAG_STORE_OPRET : 0,
                            &k.s, &d);
        sag_buf_release(&url);
        if (st != SAG_OK)
            return sag__fejl_diag(st, &d);
    }

    if (strcmp(argv[i], "opret") == 0)
        rc = cmd_opret(&k, &v);
    else if (strcmp(argv[i], "haendelse") == 0)
        rc = cmd_haendelse(&k, &v);
    else if (strcmp(argv[i], "vis") == 0)
        rc = cmd_vis(&k, &v);
    else if (strcmp(argv[i], "liste") == 0)
        rc = cmd_liste(&k, &v);
    else if (strcmp(argv[i], "arbejdsliste") == 0)
        rc = cmd_arbejdsliste(&k, &v);
    else if (strcmp(argv[i], "afgoer") == 0)
        rc = cmd_afgoer(&k, &v);
    else if (strcmp(argv[i], "klage") == 0)
        rc = cmd_klage(&k, &v);
    else if (strcmp(argv[i], "genvurder") == 0)
        rc = cmd_klageforloeb(&k, &v, false);
    else if (strcmp(argv[i], "ankestyrelsen") == 0)
        rc = cmd_klageforloeb(&k, &v, true);
    else if (strcmp(argv[i], "genoptag") == 0)
        rc = cmd_ny_generation(&k, &v, true);
    else if (strcmp(argv[i], "revision") == 0)
        rc = cmd_ny_generation(&k, &v, false);
    else if (strcmp(argv[i], "genberegn") == 0)
        rc = cmd_genberegn(&k, &v);
    else if (strcmp(argv[i], "verificer") == 0) {
        long long n = 0;

        st = sag_store_verificer(k.s, &n, &d);
        if (st == SAG_OK)
            (void)printf("ok: %lld hændelser, hashkæden og alle afgørelser er "
                         "intakte\n",
                         n);
        rc = st == SAG_OK ? SAG_EXIT_OK : sag__fejl_diag(st, &d);
    } else if (strcmp(argv[i], "laesninger") == 0 && v.antal_pos == 1) {
        st = sag_store_laesninger(k.s, v.pos[0], laesning_cb, NULL, &d);
        rc = st == SAG_OK ? SAG_EXIT_OK : sag__fejl_diag(st, &d);
    } else if (strcmp(argv[i], "eksport") == 0)
        rc = cmd_eksport(&k, &v);
    else if (strcmp(argv[i], "import") == 0 && v.antal_pos == 1) {
        struct sag_buf b;
        char id[SAG_ID_MAX];

        sag_buf_init(&b, 64 * 1024 * 1024);
        if (sag__laes_fil(v.pos[0], &b) != SAG_OK) {
            sag__fejl("kan ikke læse %s", v.pos[0]);
            rc = SAG_EXIT_FEJL;
        } else if ((st = sag__sag_import(k.s, b.buf, b.len, id, &d)) !=
                   SAG_OK) {
            rc = sag__fejl_diag(st, &d);
        } else {
            (void)printf("%s\n", id);
            rc = SAG_EXIT_OK;
        }
        sag_buf_release(&b);
    } else if (strcmp(argv[i], "genopbyg") == 0) {
        size_t n = 0;

        st = sag_store_genopbyg_projektioner(k.s, &n, &d);
        if (st == SAG_OK)
            (void)printf("%zu sager genopbygget fra hændelsesloggen\n", n);
        rc = st == SAG_OK ? SAG_EXIT_OK : sag__fejl_diag(st, &d);
    } else if (strcmp(argv[i], "demo") == 0) {
        st = sag__sag_demo(k.s, sag__data_dir(sag__val(&v, "--data")),
                           k.hvem.bruger, &d);
        rc = st == SAG_OK ? SAG_EXIT_OK : sag__fejl_diag(st, &d);
    } else {
        hjaelp(stderr);
        rc = SAG_EXIT_BRUG;
    }
    sag_store_luk(k.s);
    return rc;
}
