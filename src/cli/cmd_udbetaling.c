/*
 * skadesag udbetaling: the monthly payment run (udbetaling.h, docs/
 * udbetaling.md "Den månedlige kørsel"): run a month, show a run, write its
 * payment files (pain.001 for AES's own payments, CSV and JSON per
 * insurer), mark it sent, or reverse it. Each subcommand calls one use case
 * and renders its answer.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "skadesag/arena.h"
#include "skadesag/parse.h"
#include "skadesag/udbetaling.h"

#include "../base/banned.h"

static void
hjaelp(FILE *f)
{
    (void)fputs(
        "Brug: skadesag udbetaling [--db STI] [--bruger B] [--rolle R] "
        "<underkommando> ...\n\n"
        "  koer --maaned ÅÅÅÅ-MM [--batch N] [--data MAPPE]\n"
        "      Månedens udbetalingskørsel: alle løbende ydelser, hvad der er "
        "forfaldent\n      i måneden, fratrukket hvad der allerede er "
        "bogført. En kørsel der er\n      færdig, køres ikke igen; en "
        "afbrudt kørsel fortsættes.\n"
        "  vis KOERSEL           Kørslen med totaler pr. betaler og "
        "afstemning\n"
        "  filer KOERSEL --mappe MAPPE --afsender-iban IBAN "
        "[--afsender-bic BIC]\n"
        "        [--udfoerelse ÅÅÅÅ-MM-DD]\n"
        "      Betalingsfilerne: pain.001.001.03 for AES' egne udbetalinger "
        "og en\n      CSV- og JSON-instruks pr. forsikringsselskab.\n"
        "  send KOERSEL          Markér kørslen som sendt\n"
        "  tilbagefoer KOERSEL   Tilbagefør en kørsel der ikke er sendt\n"
        "  totaler --fra ÅÅÅÅ-MM --til ÅÅÅÅ-MM\n"
        "      Udbetalt pr. måned og betaler (CSV).\n"
        "  skattekort --cpr CPR --fra ÅÅÅÅ-MM-DD --traekprocent P "
        "--fradrag KR\n"
        "        --kilde TEKST --kilde-dato ÅÅÅÅ-MM-DD\n"
        "      Registrér et skattekort (trækprocent og månedsfradrag) til "
        "A-skat af\n      AES' løbende udbetalinger. Uden --fra: vis "
        "personens skattekort.\n\n"
        "Kørsel, afsendelse og tilbageførsel kræver rollen teamleder eller "
        "ledelse.\n",
        f);
}

static void
kr(struct sag_buf *b, int64_t oere)
{
    char t[SAG_PENGE_STR_LEN];

    sag_penge_format_dk(sag_penge_oere(oere), t);
    sag_buf_adds(b, t);
}

static const char *const maanedsnavne[] = {
    "",     "januar", "februar",   "marts",   "april",    "maj",     "juni",
    "juli", "august", "september", "oktober", "november", "december"
};

/* The run's state in Danish (the stored names are ASCII). */
static const char *
status_tekst(enum sag_udb_status st)
{
    switch (st) {
    case SAG_UDB_I_GANG: return "i gang";
    case SAG_UDB_FAERDIG: return "færdig";
    case SAG_UDB_SENDT: return "sendt";
    case SAG_UDB_TILBAGEFOERT: return "tilbageført";
    }
    return "?";
}

/* Gross, A-skat and net (skat.h): the amounts above are gross, which is
 * what the ledger books; AES transfers the net and pays the A-skat to the
 * tax authority. Shown when the run has any AES payment. */
static void
skat(struct sag_buf *b, const struct sag_udb_resultat *r)
{
    const struct sag_udb_koersel *k = &r->k;
    int64_t a_skat = 0;
    bool aes = false;

    for (size_t i = 0; i < k->antal_betalere; i++) {
        a_skat += k->betalere[i].a_skat_oere;
        aes = aes || k->betalere[i].betalertype == SAG_YDELSE_BETALER_AES;
    }
    if (!aes)
        return;
    sag_buf_adds(b, "\nBrutto: ");
    kr(b, k->sum_oere);
    sag_buf_adds(b, "; A-skat indeholdt af AES: ");
    kr(b, a_skat);
    sag_buf_adds(b, "; netto overført: ");
    kr(b, k->sum_oere - a_skat);
    if (r->skat_med_kort + r->skat_uden_kort > 0)
        sag_buf_addf(b,
                     "\nSkattetræk: %lld ordrer efter skattekort, %lld uden "
                     "skattekort (55 %%, kildeskatteloven § 48, stk. 8)",
                     r->skat_med_kort, r->skat_uden_kort);
}

static void
rapport(struct sag_buf *b, const struct sag_udb_resultat *r, bool koersel)
{
    const struct sag_udb_koersel *k = &r->k;

    sag_buf_addf(b, "Udbetalingskørsel %s for %s %d: %s\n", k->id,
                 k->maaned >= 1 && k->maaned <= 12 ? maanedsnavne[k->maaned]
                                                   : "?",
                 k->aar, status_tekst(k->status));
    if (koersel && r->allerede)
        sag_buf_adds(b, "Måneden er allerede kørt: intet er tilføjet.\n");
    else if (koersel) {
        if (r->genoptaget)
            sag_buf_addf(b, "En afbrudt kørsel er fortsat efter %s.\n",
                         k->markoer[0] ? k->markoer : "(start)");
        sag_buf_addf(b,
                     "Ydelser i måneden: %lld; nye ordrer: %lld; intet at "
                     "betale: %lld; negativt netto: %lld; uden kendt "
                     "forsikringsselskab (tilbageholdt): %lld\n",
                     r->ydelser, r->nye_ordrer, r->intet_at_betale,
                     r->ikke_positive, r->uden_betaler);
    }
    sag_buf_adds(b, "\n");
    sag__kolonne(b, "Betaler", 28);
    sag__kolonne(b, "Type", 12);
    sag_buf_adds(b, "    Ordrer  Beløb\n");
    for (size_t i = 0; i < k->antal_betalere; i++) {
        const struct sag_udb_betalertotal *t = &k->betalere[i];

        sag__kolonne(b, t->betaler, 28);
        sag__kolonne(
            b, t->betalertype == SAG_YDELSE_BETALER_AES ? "AES" : "forsikring",
            12);
        sag_buf_addf(b, "%10lld  ", t->antal);
        kr(b, t->sum_oere);
        sag_buf_adds(b, "\n");
    }
    sag__kolonne(b, "I alt", 41);
    sag_buf_addf(b, "%10lld  ", k->antal);
    kr(b, k->sum_oere);
    skat(b, r);
    /* Back pay for earlier months, apart from the month's own. */
    if (r->efterbetaling_antal > 0) {
        sag_buf_addf(b,
                     "\nHeraf efterbetaling for tidligere måneder: %lld "
                     "ordrer, ",
                     r->efterbetaling_antal);
        kr(b, r->efterbetaling_oere);
    }
    sag_buf_adds(b, "\n\nBogført i ydelsesregnskabet under kørslen: ");
    kr(b, r->bogfoert_oere);
    sag_buf_adds(b, r->afstemt ? " (afstemt med ordrerne)\n"
                               : " (STEMMER IKKE med ordrerne)\n");
}

static int
cmd_koer(struct sag__session *s, const struct sag__valg *v)
{
    struct sag_maaned m;
    struct sag_udb_resultat r;
    struct sag_diag d;
    struct sag_buf b;
    const char *mv = sag__val(v, "--maaned"), *bv = sag__val(v, "--batch");
    size_t batch = 0;
    enum sag_status st;
    int rc;

    if (mv == NULL || sag_maaned_parse(mv, &m) != SAG_OK) {
        sag__fejl("--maaned: skal angives som ÅÅÅÅ-MM");
        return SAG_EXIT_BRUG;
    }
    if (bv != NULL) {
        char *slut = NULL;
        long long n = strtoll(bv, &slut, 10);

        if (slut == bv || *slut != '\0' || n < 1 || n > 10000000) {
            sag__fejl("--batch: skal være et tal fra 1 til 10000000");
            return SAG_EXIT_BRUG;
        }
        batch = (size_t)n;
    }
    if ((rc = sag__session_satser(s, sag__val(v, "--data"))) != 0)
        return rc;
    sag_diag_init(&d);
    if ((st = sag_tj_udbetaling_koer(&s->tj, m, batch, &r, &d)) != SAG_OK)
        return sag__fejl_diag(st, &d);
    sag_buf_init(&b, 0);
    rapport(&b, &r, true);
    rc = sag__skriv(&b);
    sag_buf_release(&b);
    return rc;
}

static int
cmd_vis(struct sag__session *s, const char *id)
{
    struct sag_udb_resultat r;
    struct sag_diag d;
    struct sag_buf b;
    enum sag_status st;
    int rc;

    sag_diag_init(&d);
    if ((st = sag_tj_udbetaling_vis(&s->tj, id, &r, &d)) != SAG_OK)
        return sag__fejl_diag(st, &d);
    sag_buf_init(&b, 0);
    rapport(&b, &r, false);
    rc = sag__skriv(&b);
    sag_buf_release(&b);
    return rc;
}

static int
cmd_skift(struct sag__session *s, const char *id, bool send)
{
    struct sag_udb_koersel k;
    struct sag_diag d;
    enum sag_status st;

    sag_diag_init(&d);
    st = send ? sag_tj_udbetaling_send(&s->tj, id, &k, &d)
              : sag_tj_udbetaling_tilbagefoer(&s->tj, id, &k, &d);
    if (st != SAG_OK)
        return sag__fejl_diag(st, &d);
    (void)printf("Kørsel %s: %s\n", k.id, status_tekst(k.status));
    return SAG_EXIT_OK;
}

/* The files of a run: the orders are collected per payer (they come
 * ordered by payer type, payer, award) and written when the payer
 * changes. */
struct filer {
    const char *mappe, *koersel;
    struct sag_pain001_hoved h;
    struct sag_arena a;
    struct sag_ordre *o;
    size_t n, plads;
    char betaler[64];
    int betalertype;
    int rc;
    size_t antal_filer;
    size_t uden_overfoersel;
};

static int
skriv_fil(struct filer *f, const char *endelse, const struct sag_buf *b)
{
    char sti[1024], navn[64];
    size_t j = 0;
    FILE *fp;
    int ok;

    for (const char *p = f->betaler; *p != '\0' && j + 1 < sizeof navn; p++)
        navn[j++] = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                            (*p >= '0' && *p <= '9') || *p == '-'
                        ? *p
                        : '_';
    navn[j] = '\0';
    (void)snprintf(sti, sizeof sti, "%s/%s-%s.%s", f->mappe, f->koersel, navn,
                   endelse);
    if ((fp = fopen(sti, "wb")) == NULL) {
        sag__fejl("--mappe: kan ikke skrive %s", sti);
        return SAG_EXIT_FEJL;
    }
    ok = fwrite(b->buf, 1, b->len, fp) == b->len;
    ok = fclose(fp) == 0 && ok;
    if (!ok) {
        sag__fejl("--mappe: kan ikke skrive %s", sti);
        return SAG_EXIT_FEJL;
    }
    (void)printf("%s  %zu ordrer\n", sti, f->n);
    f->antal_filer++;
    return SAG_EXIT_OK;
}

static void
toem(struct filer *f)
{
    struct sag_buf b;
    struct sag_diag d;
    enum sag_status st;

    if (f->n == 0 || f->rc != SAG_EXIT_OK)
        return;
    sag_buf_init(&b, (size_t)1 << 31);
    if (f->betalertype == SAG_YDELSE_BETALER_AES) {
        sag_diag_init(&d);
        st = sag_pain001_skriv(&f->h, f->o, f->n, &b, &d);
        f->rc = st == SAG_OK ? skriv_fil(f, "pain001.xml", &b)
                             : sag__fejl_diag(st, &d);
    } else {
        sag_instruks_csv(f->o, f->n, &b);
        f->rc = sag_buf_status(&b) == SAG_OK ? skriv_fil(f, "csv", &b)
                                             : SAG_EXIT_FEJL;
        sag_buf_reset(&b);
        sag_instruks_json(f->koersel, f->betaler, f->o, f->n, &b);
        if (f->rc == SAG_EXIT_OK)
            f->rc = sag_buf_status(&b) == SAG_OK ? skriv_fil(f, "json", &b)
                                                 : SAG_EXIT_FEJL;
    }
    sag_buf_release(&b);
    f->n = 0;
    sag_arena_reset(&f->a);
}

static int
saml_ordre(void *ctx, const struct sag_ordre *o, int betalertype)
{
    struct filer *f = ctx;
    struct sag_ordre *q;

    if (f->n > 0 &&
        (betalertype != f->betalertype || strcmp(o->betaler, f->betaler) != 0))
        toem(f);
    if (f->rc != SAG_EXIT_OK)
        return 1;
    /* All of it withheld (a rate of 100 %): no transfer to make. */
    if (o->a_skat.oere >= o->beloeb.oere) {
        f->uden_overfoersel++;
        return 0;
    }
    f->betalertype = betalertype;
    (void)snprintf(f->betaler, sizeof f->betaler, "%s", o->betaler);
    if (f->n == f->plads) {
        size_t ny = f->plads ? 2 * f->plads : 1024;
        struct sag_ordre *p = realloc(f->o, ny * sizeof *p);

        if (p == NULL) {
            f->rc = SAG_EXIT_FEJL;
            return 1;
        }
        f->o = p;
        f->plads = ny;
    }
    q = &f->o[f->n++];
    *q = *o;
    q->ydelse_id = sag_arena_strdup(&f->a, o->ydelse_id);
    q->sag_id = sag_arena_strdup(&f->a, o->sag_id);
    q->betaler = f->betaler;
    q->cpr = sag_arena_strdup(&f->a, o->cpr);
    if (q->ydelse_id == NULL || q->sag_id == NULL || q->cpr == NULL) {
        f->rc = SAG_EXIT_FEJL;
        return 1;
    }
    return 0;
}

static int
cmd_filer(struct sag__session *s, const char *id, const struct sag__valg *v)
{
    struct filer f;
    struct sag_diag d;
    struct sag_udb_resultat r;
    enum sag_status st;
    char oprettet[32], msgid[40];
    int p;

    memset(&f, 0, sizeof f);
    f.mappe = sag__val(v, "--mappe");
    f.h.afsender_iban = sag__val(v, "--afsender-iban");
    f.h.afsender_bic = sag__val(v, "--afsender-bic");
    if (f.mappe == NULL || f.h.afsender_iban == NULL) {
        sag__fejl("filer: --mappe og --afsender-iban skal angives (AES' "
                  "konto, Q-49)");
        return SAG_EXIT_BRUG;
    }
    if ((p = sag__dato_valg(v, "--udfoerelse", false, &f.h.udfoerelse)) < 0)
        return SAG_EXIT_BRUG;
    if (p > 0)
        f.h.udfoerelse = s->tj.idag;
    sag_diag_init(&d);
    /* The run must exist and be readable before anything is written. */
    if ((st = sag_tj_udbetaling_vis(&s->tj, id, &r, &d)) != SAG_OK)
        return sag__fejl_diag(st, &d);
    (void)snprintf(msgid, sizeof msgid, "%s", r.k.id);
    f.h.meddelelse_id = msgid;
    /* CreDtTm: the run's finishing time without the zone letter. */
    (void)snprintf(oprettet, sizeof oprettet, "%.19s",
                   r.k.afsluttet[0] ? r.k.afsluttet : r.k.startet);
    f.h.oprettet = oprettet;
    f.h.afsender_navn = "Arbejdsmarkedets Erhvervssikring";
    f.koersel = r.k.id;
    sag_arena_init(&f.a, 0);
    st = sag_tj_udbetaling_ordrer(&s->tj, id, NULL, saml_ordre, &f, &d);
    if (st == SAG_OK)
        toem(&f);
    free(f.o);
    sag_arena_release(&f.a);
    if (st != SAG_OK)
        return sag__fejl_diag(st, &d);
    if (f.rc == SAG_EXIT_OK && f.uden_overfoersel > 0)
        (void)printf("%zu ordrer uden overførsel (hele beløbet indeholdt "
                     "i A-skat).\n",
                     f.uden_overfoersel);
    if (f.rc == SAG_EXIT_OK && f.antal_filer == 0)
        (void)printf("Kørslen har ingen ordrer.\n");
    return f.rc;
}

static int
total_linje(void *ctx, const struct sag_udb_maanedstotal *t)
{
    struct sag_buf *b = ctx;

    sag_buf_addf(b, "%04d-%02d;%s;", t->aar, t->maaned,
                 t->betalertype == SAG_YDELSE_BETALER_AES ? "aes"
                                                          : "forsikring");
    sag_buf_adds(b, t->betaler);
    sag_buf_addf(b, ";%lld;%lld;%lld\n", t->antal, (long long)t->sum_oere,
                 (long long)t->a_skat_oere);
    return 0;
}

static int
cmd_totaler(struct sag__session *s, const struct sag__valg *v)
{
    struct sag_maaned fra, til;
    struct sag_diag d;
    struct sag_buf b;
    enum sag_status st;
    const char *f = sag__val(v, "--fra"), *t = sag__val(v, "--til");
    int rc;

    if (f == NULL || t == NULL || sag_maaned_parse(f, &fra) != SAG_OK ||
        sag_maaned_parse(t, &til) != SAG_OK) {
        sag__fejl("--fra og --til: skal angives som ÅÅÅÅ-MM");
        return SAG_EXIT_BRUG;
    }
    sag_buf_init(&b, 0);
    sag_buf_adds(&b,
                 "maaned;betalertype;betaler;ordrer;beloeb_oere;a_skat_oere\n");
    sag_diag_init(&d);
    st = sag_tj_udbetaling_totaler(&s->tj, fra, til, total_linje, &b, &d);
    if (st != SAG_OK) {
        sag_buf_release(&b);
        return sag__fejl_diag(st, &d);
    }
    b.len = b.len ? b.len - 1 : 0; /* sag__skriv adds the last newline */
    b.buf[b.len] = '\0';
    rc = sag__skriv(&b);
    sag_buf_release(&b);
    return rc;
}

static int
vis_kort(void *ctx, const struct sag_skattekort_post *p)
{
    struct sag_buf *b = ctx;
    char fra[SAG_DATO_DK_LEN], kd[SAG_DATO_DK_LEN];

    sag_dato_format_dk(p->gyldig_fra, fra);
    sag_dato_format_dk(p->kilde_dato, kd);
    sag_buf_addf(b, "%s  fra %s  trækprocent %d %%  månedsfradrag ", p->cpr,
                 fra, p->traekprocent);
    kr(b, p->fradrag_maaned_oere);
    sag_buf_addf(b, "\n    kilde: %s (%s); registreret af %s%s%s\n", p->kilde,
                 kd, p->bruger, p->registreret[0] ? " " : "", p->registreret);
    return 0;
}

static int
cmd_skattekort(struct sag__session *s, const struct sag__valg *v)
{
    struct sag_skattekort_post p, ud;
    struct sag_diag d;
    struct sag_buf b;
    enum sag_status st;
    const char *cpr = sag__val(v, "--cpr"), *pv = sag__val(v, "--traekprocent"),
               *fv = sag__val(v, "--fradrag"), *kv = sag__val(v, "--kilde");
    struct sag_penge fradrag;
    int64_t pct;
    int rc;

    if (cpr == NULL) {
        sag__fejl("skattekort: --cpr skal angives");
        return SAG_EXIT_BRUG;
    }
    sag_diag_init(&d);
    if (sag__val(v, "--fra") == NULL) {
        sag_buf_init(&b, 0);
        st = sag_tj_skattekort(&s->tj, cpr, vis_kort, &b, &d);
        if (st == SAG_OK && b.len == 0)
            sag_buf_adds(&b, "Intet skattekort registreret: AES indeholder "
                             "55 % (kildeskatteloven § 48, stk. 8).\n");
        rc = st == SAG_OK ? sag__skriv(&b) : sag__fejl_diag(st, &d);
        sag_buf_release(&b);
        return rc;
    }
    memset(&p, 0, sizeof p);
    (void)snprintf(p.cpr, sizeof p.cpr, "%s", cpr);
    if (sag__dato_valg(v, "--fra", true, &p.gyldig_fra) != 0 ||
        sag__dato_valg(v, "--kilde-dato", true, &p.kilde_dato) != 0)
        return SAG_EXIT_BRUG;
    if (pv == NULL || sag_parse_i64(pv, 0, 100, &pct) != SAG_OK) {
        sag__fejl("--traekprocent: et helt tal fra 0 til 100");
        return SAG_EXIT_BRUG;
    }
    if (fv == NULL || sag_penge_parse_kr(fv, strlen(fv), &fradrag) != SAG_OK ||
        fradrag.oere < 0) {
        sag__fejl("--fradrag: månedsfradraget i kroner, fx 4.000,00");
        return SAG_EXIT_BRUG;
    }
    if (kv == NULL || kv[0] == '\0') {
        sag__fejl("--kilde: skattekortets kilde skal angives");
        return SAG_EXIT_BRUG;
    }
    p.traekprocent = (int)pct;
    p.fradrag_maaned_oere = fradrag.oere;
    (void)snprintf(p.kilde, sizeof p.kilde, "%s", kv);
    if ((st = sag_tj_skattekort_registrer(&s->tj, &p, &ud, &d)) != SAG_OK)
        return sag__fejl_diag(st, &d);
    sag_buf_init(&b, 0);
    sag_buf_adds(&b, "Skattekort registreret:\n");
    (void)vis_kort(&b, &ud);
    rc = sag__skriv(&b);
    sag_buf_release(&b);
    return rc;
}

static const struct {
    const char *navn, *valg;
    size_t pos;
} kommandoer[] = {
    { "koer", " --maaned --batch --data ", 0 },
    { "vis", " ", 1 },
    { "filer", " --mappe --afsender-iban --afsender-bic --udfoerelse ", 1 },
    { "send", " ", 1 },
    { "tilbagefoer", " ", 1 },
    { "totaler", " --fra --til ", 0 },
    { "skattekort",
      " --cpr --fra --traekprocent --fradrag --kilde --kilde-dato ", 0 },
};

static const char *const flag[] = { NULL };

int
sag__cmd_udbetaling(int argc, char **argv)
{
    struct sag__global g = { "skadesag.db", NULL, NULL, NULL, false, false };
    const char *tilladt = NULL;
    size_t pos = 0;
    struct sag__valg v;
    struct sag__session s;
    int i = 1, rc;
    const char *kmd;

    if ((rc = sag__globale_valg(argc, argv, &g, &i, hjaelp)) >= 0)
        return rc;
    if (i >= argc ||
        sag__laes_valg(argc - i - 1, argv + i + 1, flag, &v) != 0) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    kmd = argv[i];
    for (size_t k = 0; k < sizeof(kommandoer) / sizeof(kommandoer[0]); k++)
        if (strcmp(kommandoer[k].navn, kmd) == 0) {
            tilladt = kommandoer[k].valg;
            pos = kommandoer[k].pos;
        }
    if (tilladt == NULL || v.antal_pos != pos) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    if (sag__tjek_valg(&v, kmd, tilladt, " --db --bruger --rolle ") != 0)
        return SAG_EXIT_BRUG;
    sag__global_fra_valg(&g, &v);
    if ((rc = sag__session_aabn(&s, &g, false)) != 0)
        return rc;
    if (strcmp(kmd, "koer") == 0)
        rc = cmd_koer(&s, &v);
    else if (strcmp(kmd, "vis") == 0)
        rc = cmd_vis(&s, v.pos[0]);
    else if (strcmp(kmd, "filer") == 0)
        rc = cmd_filer(&s, v.pos[0], &v);
    else if (strcmp(kmd, "send") == 0)
        rc = cmd_skift(&s, v.pos[0], true);
    else if (strcmp(kmd, "tilbagefoer") == 0)
        rc = cmd_skift(&s, v.pos[0], false);
    else if (strcmp(kmd, "skattekort") == 0)
        rc = cmd_skattekort(&s, &v);
    else
        rc = cmd_totaler(&s, &v);
    sag__session_luk(&s);
    return rc;
}
