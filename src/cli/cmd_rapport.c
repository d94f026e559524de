/*
 * skadesag rapport: the board's figures from the case history (portfolio,
 * deadlines, appeals), the quality sample, prognoses against realised
 * figures, and the impact of a change in law or practice on stored
 * decisions. Text, CSV or a self-contained HTML page. Each subcommand
 * calls one use case (tjeneste.h) and renders its answer.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "skadesag/lov.h"
#include "skadesag/parse.h"
#include "skadesag/portefolje_gengiv.h"
#include "skadesag/prognose_fil.h"
#include "skadesag/udbetaling.h"
#include "skadesag/visning.h"

#include "../base/banned.h"

static void
hjaelp(FILE *f)
{
    (void)fputs(
        "Brug: skadesag rapport [--db STI] [--bruger B] [--rolle R] "
        "<underkommando> ...\n\n"
        "  portefolje --fra D --til D [--pr D] [--format tekst|csv|html] "
        "[--ud FIL]\n"
        "             [--prognose ÅR] [--kvalitet] [--syntetisk] "
        "[--data MAPPE]\n"
        "      Nøgletal for perioden opgjort pr. D (standard: periodens "
        "slutdato):\n"
        "      sagsbehandlingstid pr. sagsgruppe, verserende sager og deres "
        "alder,\n"
        "      tilgang og afslutning pr. måned, fristoverholdelse (gl. og ny "
        "lov),\n"
        "      klager og Ankestyrelsens afgørelser efter år for AES' "
        "afgørelse.\n\n"
        "  kvalitet udtraek --fra D --til D [--seed N] [--andel PROMILLE]\n"
        "      Udtræk en reproducerbar stikprøve (standard 20 promille = 2 %) "
        "af\n      periodens afgørelser til kvalitetsmåling.\n"
        "  kvalitet liste --fra D --til D     Stikprøven med vurderinger\n"
        "  kvalitet vurder AFGØRELSE --korrekt ja|nej --begrundelse T "
        "[--bruger B]\n"
        "  kvalitet status --fra D --til D    Andel materielt korrekte mod "
        "målet 95 %\n\n"
        "  konsekvens hoejesteret-2025 [--format tekst|csv] [--ud FIL] "
        "[--data MAPPE]\n"
        "      § 17 a-afgørelser med et beregnet tab på 5-15 %, hvor "
        "erstatning blev\n      afvist, og hvad de ville få ved 15 %.\n"
        "  konsekvens folkepensionsalder [--pr D] [--format tekst|csv] "
        "[--ud FIL]\n"
        "      Kapitaliserede erstatninger, hvor folkepensionsalderen efter "
        "reglerne pr.\n      D (standard i dag) er en anden end ved "
        "afgørelsen (fx 70 år for årgange\n      fra 1971), og faktor og "
        "kapitalbeløb ved samme alder.\n\n"
        "Datoer skrives ÅÅÅÅ-MM-DD. --db er standard ./skadesag.db. "
        "Definitionerne\nstår i docs/portefolje.md.\n",
        f);
}

static int
skriv_ud(const struct sag__valg *v, const struct sag_buf *b)
{
    const char *sti = sag__val(v, "--ud");
    FILE *f = sti ? fopen(sti, "wb") : stdout;
    int rc = SAG_EXIT_OK;

    if (f == NULL) {
        sag__fejl("--ud: kan ikke skrive %s", sti);
        return SAG_EXIT_FEJL;
    }
    if (b->len && fwrite(b->buf, 1, b->len, f) != b->len)
        rc = SAG_EXIT_FEJL;
    if (sti && fclose(f) != 0)
        rc = SAG_EXIT_FEJL;
    if (rc != SAG_EXIT_OK)
        sag__fejl("--ud: kan ikke skrive %s", sti ? sti : "standard-output");
    return rc;
}

static int
cmd_portefolje(struct sag__session *s, const struct sag__valg *v)
{
    struct sag_dato fra, til, pr;
    struct sag_arena a;
    struct sag_pf_rapport *r;
    struct sag_pf_gengiv g;
    struct sag_pf_kvalitet q;
    struct sag_pf_prognose prog, *progp = NULL;
    struct sag_pf_udbetalinger *udb = NULL;
    struct sag_buf b;
    struct sag_diag d;
    const char *format = sag__val(v, "--format");
    enum sag_status st;
    int rc, p;

    if (sag__dato_valg(v, "--fra", true, &fra) != 0 ||
        sag__dato_valg(v, "--til", true, &til) != 0)
        return SAG_EXIT_BRUG;
    if ((p = sag__dato_valg(v, "--pr", false, &pr)) < 0)
        return SAG_EXIT_BRUG;
    if (p > 0)
        pr = til;
    if (format == NULL)
        format = "tekst";
    if (strcmp(format, "tekst") && strcmp(format, "csv") &&
        strcmp(format, "html")) {
        sag__fejl("--format: skal være tekst, csv eller html");
        return SAG_EXIT_BRUG;
    }
    if ((r = malloc(sizeof(*r))) == NULL) {
        sag__fejl("ikke mere hukommelse");
        return SAG_EXIT_FEJL;
    }
    sag_arena_init(&a, 0);
    sag_buf_init(&b, 0);
    sag_diag_init(&d);
    memset(&g, 0, sizeof(g));
    if (sag__val(v, "--prognose") != NULL) {
        int64_t aar;

        if (sag_parse_i64(sag__val(v, "--prognose"), 1900, 2100, &aar) !=
            SAG_OK) {
            sag__fejl("--prognose: skal være et årstal");
            rc = SAG_EXIT_BRUG;
            goto out;
        }
        if ((st = sag_prognose_indlaes(sag__data_dir(sag__val(v, "--data")),
                                       (int)aar, &a, &prog, &d)) != SAG_OK) {
            rc = sag__fejl_diag(st, &d);
            goto out;
        }
        progp = &prog;
    }
    if ((st = sag_tj_portefolje(&s->tj, fra, til, pr, r,
                                sag__val(v, "--kvalitet") ? &q : NULL, progp,
                                &d)) != SAG_OK) {
        rc = sag__fejl_diag(st, &d);
        goto out;
    }
    g.rapport = r;
    g.kvalitet = sag__val(v, "--kvalitet") ? &q : NULL;
    g.prognose = progp;
    g.titel = "Porteføljerapport";
    g.syntetisk = sag__val(v, "--syntetisk") != NULL;
    /* Payments per month and payer (udbetaling.h), for the roles that may
     * see the runs; no section when there are none. */
    if ((udb = malloc(sizeof(*udb))) == NULL) {
        sag__fejl("ikke mere hukommelse");
        rc = SAG_EXIT_FEJL;
        goto out;
    }
    st = sag_tj_udbetaling_portefolje(&s->tj, fra, til, udb, &d);
    if (st == SAG_OK) {
        g.udbetalinger = udb;
    } else if (st != SAG_EADGANG) {
        rc = sag__fejl_diag(st, &d);
        goto out;
    }
    sag_diag_init(&d);
    if (strcmp(format, "csv") == 0)
        sag_pf_csv(&g, &b);
    else if (strcmp(format, "html") == 0)
        sag_pf_html(&g, &b);
    else
        sag_pf_tekst(&g, &b);
    rc = sag_buf_status(&b) == SAG_OK ? skriv_ud(v, &b) : SAG_EXIT_FEJL;
out:
    sag_buf_release(&b);
    sag_arena_release(&a);
    free(udb);
    free(r);
    return rc;
}

/* ---- quality ---- */

static int
kvalitet_linje(void *ctx, const struct sag_kvalitet_post *p)
{
    struct sag_buf *b = ctx;
    char d[SAG_DATO_DK_LEN];

    sag_buf_addf(b, "%-24s %-16s %-24s %s  %s\n", p->afgoerelse_id, p->sag_id,
                 p->sagstype, sag_visning_dato(p->dato, d),
                 !p->vurderet ? "ikke vurderet"
                 : p->korrekt ? "materielt korrekt"
                              : "ikke materielt korrekt");
    return 0;
}

static int
cmd_kvalitet(struct sag__session *s, const char *hvad,
             const struct sag__valg *v, const char *pos)
{
    struct sag_dato fra, til;
    struct sag_diag d;
    enum sag_status st;

    sag_diag_init(&d);
    if (strcmp(hvad, "vurder") == 0) {
        const char *k = sag__val(v, "--korrekt");

        if (pos == NULL || k == NULL || (strcmp(k, "ja") && strcmp(k, "nej"))) {
            sag__fejl("brug: kvalitet vurder AFGØRELSE --korrekt ja|nej "
                      "--begrundelse T");
            return SAG_EXIT_BRUG;
        }
        if ((st = sag_tj_kvalitet_vurder(&s->tj, pos, strcmp(k, "ja") == 0,
                                         sag__val(v, "--begrundelse"), &d)) !=
            SAG_OK)
            return sag__fejl_diag(st, &d);
        (void)printf("%s: vurderet som %s\n", pos,
                     strcmp(k, "ja") == 0 ? "materielt korrekt"
                                          : "ikke materielt korrekt");
        return SAG_EXIT_OK;
    }
    if (sag__dato_valg(v, "--fra", true, &fra) != 0 ||
        sag__dato_valg(v, "--til", true, &til) != 0)
        return SAG_EXIT_BRUG;
    if (strcmp(hvad, "udtraek") == 0) {
        int64_t seed = 1, andel = 20;
        size_t nye = 0, i_alt = 0;

        if ((sag__val(v, "--seed") &&
             sag_parse_i64(sag__val(v, "--seed"), 0, INT64_MAX, &seed) !=
                 SAG_OK) ||
            (sag__val(v, "--andel") && sag_parse_i64(sag__val(v, "--andel"), 1,
                                                     1000, &andel) != SAG_OK)) {
            sag__fejl("--seed / --andel: skal være heltal (andel i promille "
                      "1-1000)");
            return SAG_EXIT_BRUG;
        }
        if ((st = sag_tj_kvalitet_udtraek(&s->tj, fra, til,
                                          (unsigned long long)seed, (int)andel,
                                          &nye, &i_alt, &d)) != SAG_OK)
            return sag__fejl_diag(st, &d);
        (void)printf("%zu af periodens %zu afgørelser er udtrukket (seed "
                     "%lld, %lld promille)\n",
                     nye, i_alt, (long long)seed, (long long)andel);
        return SAG_EXIT_OK;
    }
    if (strcmp(hvad, "liste") == 0) {
        struct sag_buf b;
        int rc;

        sag_buf_init(&b, 0);
        if ((st = sag_tj_kvalitet_liste(&s->tj, fra, til, kvalitet_linje, &b,
                                        &d)) != SAG_OK) {
            sag_buf_release(&b);
            return sag__fejl_diag(st, &d);
        }
        rc = skriv_ud(v, &b);
        sag_buf_release(&b);
        return rc;
    }
    if (strcmp(hvad, "status") == 0) {
        struct sag_pf_kvalitet q;
        const struct sag_pf_kvalitet_linje *l = &q.linjer[0];
        long p;

        if ((st = sag_tj_kvalitet(&s->tj, fra, til, &q, &d)) != SAG_OK)
            return sag__fejl_diag(st, &d);
        p = sag_pf_promille(l->korrekt, l->vurderet);
        (void)printf("Udtrukket %ld af %ld afgørelser; vurderet %ld; "
                     "materielt korrekte %ld",
                     l->udtrukket, q.afgoerelser, l->vurderet, l->korrekt);
        if (p >= 0)
            (void)printf(" = %ld,%ld %% (mål 95 %%: %s)", p / 10, p % 10,
                         p >= SAG_PF_KVALITET_MAAL_PROMILLE ? "nået"
                                                            : "ikke nået");
        (void)printf("\n");
        return SAG_EXIT_OK;
    }
    sag__fejl("ukendt: kvalitet %s", hvad);
    return SAG_EXIT_BRUG;
}

/* ---- impact ---- */

/* The rows of an impact run: ';'-separated (CSV) or padded columns. */
struct tabel {
    bool csv;
    struct sag_buf *b;
};

static void
kr(struct sag_buf *b, struct sag_penge p)
{
    char x[SAG_PENGE_STR_LEN];

    sag_penge_format_dk(p, x);
    sag_buf_adds(b, x);
}

static void
faktor_tekst(int64_t milli, char ud[48])
{
    (void)snprintf(ud, 48, "%lld,%03lld", (long long)(milli / 1000),
                   (long long)(milli % 1000));
}

/* A cell: ';'-separated in CSV, padded in text (UTF-8 aware). */
static void
celle(const struct tabel *t, const char *tekst, size_t bredde, bool sidst)
{
    if (t->csv) {
        sag_buf_adds(t->b, tekst);
        sag_buf_addc(t->b, sidst ? '\n' : ';');
    } else if (sidst) {
        sag_buf_adds(t->b, tekst);
        sag_buf_addc(t->b, '\n');
    } else {
        sag__kolonne(t->b, tekst, bredde);
    }
}

static const char *
kr_tekst(struct sag_penge p, bool csv, bool har, char x[SAG_PENGE_STR_LEN])
{
    if (!har)
        return csv ? "" : "-";
    if (csv) {
        long long a = p.oere < 0 ? -(long long)p.oere : (long long)p.oere;

        (void)snprintf(x, SAG_PENGE_STR_LEN, "%s%lld,%02lld",
                       p.oere < 0 ? "-" : "", a / 100, a % 100);
    } else
        sag_penge_format_dk(p, x);
    return x;
}

static int
hr_raekke(void *ctx, const struct sag_afgoerelse_post *p,
          const struct sag_konsekvens_hr2025 *r)
{
    const struct tabel *t = ctx;
    char pct[SAG_BROEK_STR_LEN], x[SAG_PENGE_STR_LEN], n[16],
        d10[SAG_DATO_DK_LEN];
    bool kap = r->efter.har_kapital && r->efter.kapital.oere > 0;

    (void)sag_broek_format_decimal(r->beregnet, 2, ',', pct);
    (void)snprintf(pct + strlen(pct), sizeof(pct) - strlen(pct), " %%");
    (void)snprintf(n, sizeof(n), "%d %%", r->efter.fastsat_pct);
    celle(t, p->id, 20, false);
    celle(t, p->sag_id, 16, false);
    celle(t, sag_visning_dato(p->dato, d10), 11, false);
    celle(t, pct, 13, false);
    celle(t, n, 6, false);
    celle(t, kr_tekst(r->efter.aarlig, t->csv, r->efter.har_beloeb, x), 17,
          false);
    celle(t, kr_tekst(r->efter.kapital, t->csv, kap, x), 0, true);
    return 0;
}

static int
fp_raekke(void *ctx, const struct sag_afgoerelse_post *p,
          const struct sag_konsekvens_fp *r)
{
    const struct tabel *t = ctx;
    struct sag_penge forskel = { r->kapital_efter.oere - r->kapital_foer.oere };
    struct sag_penge alene = { r->kapital_efter.oere - r->kapital_gl.oere };
    char x[SAG_PENGE_STR_LEN], fp[32], f0[48], f1[48], d10[SAG_DATO_DK_LEN];

    (void)snprintf(fp, sizeof(fp), "%d → %d år", r->fp_foer_mdr / 12,
                   r->fp_efter_mdr / 12);
    faktor_tekst(r->faktor_foer, f0);
    faktor_tekst(r->faktor_efter, f1);
    celle(t, p->id, 20, false);
    celle(t, p->sag_id, 16, false);
    celle(t, sag_visning_dato(p->dato, d10), 11, false);
    celle(t, fp, 12, false);
    celle(t, f0, 8, false);
    celle(t, f1, 8, false);
    celle(t, kr_tekst(r->kapital_foer, t->csv, true, x), 17, false);
    celle(t, kr_tekst(r->kapital_efter, t->csv, true, x), 17, false);
    celle(t, kr_tekst(forskel, t->csv, true, x), 16, false);
    celle(t, kr_tekst(alene, t->csv, r->har_gl, x), 0, true);
    return 0;
}

static void
hr_tekst(const struct sag_tj_konsekvens_hr *k, const struct sag_buf *raekker,
         struct sag_buf *ud)
{
    struct tabel h = { false, ud };

    sag_buf_adds(ud, "Konsekvens af " SAG_KILDE_HR_2024 " og " SAG_KILDE_HR_2025
                     "\n"
                     "§ 17 a: et klart og varigt tab på mindst 5 % og "
                     "under 15 % giver 15 %.\n\n");
    sag_buf_addf(ud,
                 "Gennemgået: %ld afgørelser om erhvervsevnetab, "
                 "heraf %ld efter § 17 a.\nBerørt: %ld afgørelser "
                 "med et beregnet tab på 5-15 %%, hvor erstatning "
                 "blev afvist.\n\n",
                 k->gennemgaaet, k->relevante, k->beroerte);
    if (k->beroerte) {
        celle(&h, "Afgørelse", 20, false);
        celle(&h, "Sag", 16, false);
        celle(&h, "Dato", 11, false);
        celle(&h, "Beregnet tab", 13, false);
        celle(&h, "Nu", 6, false);
        celle(&h, "Årlig erstatning", 17, false);
        celle(&h, "Kapitalbeløb", 0, true);
        sag_buf_add(ud, raekker->buf, raekker->len);
    }
    sag_buf_adds(ud, "\nI alt ved 15 %: årlig erstatning ");
    kr(ud, k->sum_aarlig);
    sag_buf_adds(ud, ", kapitalbeløb ");
    kr(ud, k->sum_kapital);
    sag_buf_adds(ud, "\nDommene kræver, at tabet er klart og varigt: "
                     "det vurderer sagsbehandleren i hver sag.\n");
}

static void
fp_tekst(const struct sag_tj_konsekvens_fp *k, struct sag_dato pr_dato,
         const struct sag_buf *raekker, struct sag_buf *ud)
{
    struct tabel h = { false, ud };
    struct sag_penge z = { k->sum_efter.oere - k->sum_foer.oere };
    char pr[SAG_DATO_DK_LEN];

    sag_dato_format_dk(pr_dato, pr);
    sag_buf_addf(ud,
                 "Konsekvens af ændret folkepensionsalder (reglerne "
                 "pr. %s)\n\nGennemgået: %ld afgørelser om "
                 "erhvervsevnetab.\nBerørt: %ld kapitaliserede "
                 "erstatninger, hvor pensionsalderen nu er en "
                 "anden.\nFaktor: anvendt ved afgørelsen. Nu: "
                 "tabellerne pr. %s ved samme alder (de løber til "
                 "den nye pensionsalder).\nForskellen rummer også "
                 "tabellernes nyere grundlag; \"heraf "
                 "pensionsalderen\" er\nforskellen mellem "
                 "tabellerne pr. %s med den nye og den gamle "
                 "pensionsalder, hvor\nde har en tabel med den "
                 "gamle pensionsalder for alderen.\n\n",
                 pr, k->gennemgaaet, k->beroerte, pr, pr);
    if (k->beroerte) {
        celle(&h, "Afgørelse", 20, false);
        celle(&h, "Sag", 16, false);
        celle(&h, "Dato", 11, false);
        celle(&h, "Pens.alder", 12, false);
        celle(&h, "Faktor", 8, false);
        celle(&h, "Nu", 8, false);
        celle(&h, "Kapital", 17, false);
        celle(&h, "Kapital nu", 17, false);
        celle(&h, "Forskel", 16, false);
        celle(&h, "Heraf pensionsalderen", 0, true);
        sag_buf_add(ud, raekker->buf, raekker->len);
    }
    sag_buf_adds(ud, "\nI alt: kapital ");
    kr(ud, k->sum_foer);
    sag_buf_adds(ud, ", nu ");
    kr(ud, k->sum_efter);
    sag_buf_adds(ud, ", forskel ");
    kr(ud, z);
    sag_buf_addf(ud,
                 ";\nheraf pensionsalderen alene (%ld sager, hvor den "
                 "kan udskilles): ",
                 k->gl_antal);
    kr(ud, k->sum_alene);
    sag_buf_addc(ud, '\n');
}

static int
cmd_konsekvens(struct sag__session *s, const char *hvad,
               const struct sag__valg *v)
{
    struct sag_buf b, ud;
    struct tabel t;
    struct sag_diag d;
    struct sag_tj_konsekvens_hr hr;
    struct sag_tj_konsekvens_fp fp;
    struct sag_dato pr;
    enum sag_status st;
    const char *format =
        sag__val(v, "--format") ? sag__val(v, "--format") : "tekst";
    bool er_hr = strcmp(hvad, "hoejesteret-2025") == 0;
    long fejl;
    int rc, p;

    if (!er_hr && strcmp(hvad, "folkepensionsalder") != 0) {
        sag__fejl("konsekvens: hoejesteret-2025 eller folkepensionsalder");
        return SAG_EXIT_BRUG;
    }
    if (strcmp(format, "tekst") && strcmp(format, "csv")) {
        sag__fejl("--format: skal være tekst eller csv");
        return SAG_EXIT_BRUG;
    }
    if ((p = sag__dato_valg(v, "--pr", false, &pr)) < 0)
        return SAG_EXIT_BRUG;
    if (p > 0)
        pr = s->tj.idag;
    if ((rc = sag__session_satser(s, sag__val(v, "--data"))) != 0)
        return rc;
    sag_buf_init(&b, 0);
    sag_buf_init(&ud, 0);
    sag_diag_init(&d);
    t.csv = strcmp(format, "csv") == 0;
    t.b = &b;
    st = er_hr ? sag_tj_konsekvens_hr2025(&s->tj, hr_raekke, &t, &hr, &d)
               : sag_tj_konsekvens_folkepension(&s->tj, pr, fp_raekke, &t, &fp,
                                                &d);
    if (st != SAG_OK) {
        rc = sag__fejl_diag(st, &d);
        goto out;
    }
    fejl = er_hr ? hr.fejl : fp.fejl;
    if (t.csv) {
        sag_buf_adds(&ud, er_hr ? "Afgørelse;Sag;Dato;Beregnet tab;Tab "
                                  "efter dommene;Årlig erstatning (kr.);"
                                  "Kapitalbeløb (kr.)\n"
                                : "Afgørelse;Sag;Dato;Folkepensionsalder;"
                                  "Faktor ved afgørelsen;Faktor nu;Kapital "
                                  "(kr.);Kapital nu (kr.);Forskel (kr.);Heraf "
                                  "pensionsalderen (kr.)\n");
        sag_buf_add(&ud, b.buf, b.len);
    } else if (er_hr) {
        hr_tekst(&hr, &b, &ud);
    } else {
        fp_tekst(&fp, pr, &b, &ud);
    }
    if (fejl)
        sag_buf_addf(&ud, "%s%ld afgørelser kunne ikke genberegnes.\n",
                     t.csv ? "# " : "", fejl);
    rc = sag_buf_status(&ud) == SAG_OK ? skriv_ud(v, &ud) : SAG_EXIT_FEJL;
out:
    sag_buf_release(&b);
    sag_buf_release(&ud);
    return rc;
}

/* What each subcommand takes (a misspelt option is an error). */
static const struct {
    const char *navn, *valg;
} kommandoer[] = {
    { "portefolje", " --fra --til --pr --format --ud --prognose --kvalitet "
                    "--syntetisk --data " },
    { "kvalitet", " --fra --til --seed --andel --korrekt --begrundelse --ud " },
    { "konsekvens", " --pr --format --ud --data " },
};

static const char *const flag[] = { "--kvalitet", "--syntetisk", NULL };

int
sag__cmd_rapport(int argc, char **argv)
{
    struct sag__global g = { "skadesag.db", NULL, NULL, NULL, false, false };
    const char *tilladt = NULL;
    struct sag__valg v;
    struct sag__session s;
    int i = 1, rc;
    const char *kmd, *under = NULL, *pos = NULL;

    if ((rc = sag__globale_valg(argc, argv, &g, &i, hjaelp)) >= 0)
        return rc;
    if (i >= argc ||
        sag__laes_valg(argc - i - 1, argv + i + 1, flag, &v) != 0) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    kmd = argv[i];
    for (size_t k = 0; k < sizeof(kommandoer) / sizeof(kommandoer[0]); k++)
        if (strcmp(kommandoer[k].navn, kmd) == 0)
            tilladt = kommandoer[k].valg;
    /* kvalitet and konsekvens name what to do; kvalitet vurder also the
     * decision. */
    if (tilladt == NULL ||
        v.antal_pos != (strcmp(kmd, "portefolje") == 0 ? 0u
                        : v.antal_pos > 0 && strcmp(v.pos[0], "vurder") == 0
                            ? 2u
                            : 1u)) {
        hjaelp(stderr);
        return SAG_EXIT_BRUG;
    }
    if (sag__tjek_valg(&v, kmd, tilladt, " --db --bruger --rolle ") != 0)
        return SAG_EXIT_BRUG;
    under = v.antal_pos > 0 ? v.pos[0] : NULL;
    pos = v.antal_pos > 1 ? v.pos[1] : NULL;
    sag__global_fra_valg(&g, &v);
    /* A report never creates a database. */
    if ((rc = sag__session_aabn(&s, &g, false)) != 0)
        return rc;
    if (strcmp(kmd, "portefolje") == 0)
        rc = cmd_portefolje(&s, &v);
    else if (strcmp(kmd, "kvalitet") == 0)
        rc = cmd_kvalitet(&s, under, &v, pos);
    else
        rc = cmd_konsekvens(&s, under, &v);
    sag__session_luk(&s);
    return rc;
}
