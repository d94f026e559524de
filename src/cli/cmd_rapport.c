/*
 * skadesag rapport: the board's figures from the case history (portfolio,
 * deadlines, appeals), the quality sample, prognoses against realised
 * figures, and the impact of a change in law or practice on stored
 * decisions. Text, CSV or a self-contained HTML page.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#include "skadesag/beregning_json.h"
#include "skadesag/konsekvens.h"
#include "skadesag/parse.h"
#include "skadesag/portefolje.h"
#include "skadesag/portefolje_gengiv.h"
#include "skadesag/satser_fil.h"
#include "skadesag/store.h"

#include "../base/banned.h"

static void
hjaelp(FILE *f)
{
    (void)fputs(
        "Brug: skadesag rapport [--db STI] <underkommando> ...\n\n"
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
        "      Udtræk en reproducerbar stikprøve (standard 20 promille = 2 %%) "
        "af\n      periodens afgørelser til kvalitetsmåling.\n"
        "  kvalitet liste --fra D --til D     Stikprøven med vurderinger\n"
        "  kvalitet vurder AFGØRELSE --korrekt ja|nej --begrundelse T "
        "[--bruger B]\n"
        "  kvalitet status --fra D --til D    Andel materielt korrekte mod "
        "målet 95 %%\n\n"
        "  konsekvens hoejesteret-2025 [--format tekst|csv] [--ud FIL] "
        "[--data MAPPE]\n"
        "      § 17 a-afgørelser med et beregnet tab på 5-15 %%, hvor "
        "erstatning blev\n      afvist, og hvad de ville få ved 15 %%.\n"
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

/* The board's prognoses for a year from data/prognoser.tsv (transcribed
 * from the annual reports, with their source per row). Returns 0 when
 * rows for the year were found, else the exit code (printed). */
static int
laes_prognose(const char *dir, int aar, struct sag_arena *a,
              struct sag_pf_prognose *p)
{
    char sti[1024];
    struct sag_buf b;
    char *linje, *naeste;
    int nr = 0;

    memset(p, 0, sizeof(*p));
    p->aar = aar;
    (void)snprintf(sti, sizeof(sti), "%s/prognoser.tsv", dir);
    sag_buf_init(&b, 1024 * 1024);
    if (sag__laes_fil(sti, &b) != SAG_OK) {
        sag__fejl("kan ikke læse %s", sti);
        sag_buf_release(&b);
        return SAG_EXIT_FEJL;
    }
    for (linje = b.buf; linje != NULL && *linje; linje = naeste) {
        char *f[7];
        int n = 0;
        int64_t y, fra, til;

        naeste = strchr(linje, '\n');
        if (naeste != NULL)
            *naeste++ = '\0';
        nr++;
        if (nr == 1 || *linje == '\0')
            continue;
        for (char *q = linje; n < 7; n++) {
            f[n] = q;
            q = strchr(q, '\t');
            if (q == NULL) {
                n++;
                break;
            }
            *q++ = '\0';
        }
        if (n < 7 || sag_parse_i64(f[0], 1900, 2100, &y) != SAG_OK ||
            sag_parse_i64(f[3], 0, 10000000, &fra) != SAG_OK ||
            sag_parse_i64(f[4], 0, 10000000, &til) != SAG_OK) {
            sag__fejl("%s:%d: ugyldig linje", sti, nr);
            sag_buf_release(&b);
            return SAG_EXIT_AFVIST;
        }
        if (y != aar)
            continue;
        if (strcmp(f[1], "behandlingstid") == 0 &&
            p->antal < SAG_PF_MAKS_PROGNOSER) {
            struct sag_pf_prognose_linje *l = &p->linjer[p->antal];
            int g =
                strcmp(f[2], "a_sager") == 0 ? 0 : sag_navn_til_gruppe(f[2]);

            if (g == 0 && strcmp(f[2], "a_sager") != 0) {
                sag__fejl("%s:%d: ukendt sagsgruppe '%s'", sti, nr, f[2]);
                sag_buf_release(&b);
                return SAG_EXIT_AFVIST;
            }
            l->gruppe = g;
            l->fra = (long)fra * 10;
            l->til = (long)til * 10;
            l->kilde = sag_arena_strdup(a, f[6]);
            p->antal++;
        } else if (strcmp(f[1], "produktion") == 0) {
            p->har_produktionsmaal = true;
            p->produktionsmaal = (long)fra;
            p->produktionskilde = sag_arena_strdup(a, f[6]);
        }
    }
    sag_buf_release(&b);
    if (p->antal == 0 && !p->har_produktionsmaal) {
        sag__fejl("--prognose: ingen prognose for %d i %s", aar, sti);
        return SAG_EXIT_AFVIST;
    }
    return 0;
}

static int
cmd_portefolje(struct sag_store *s, const struct sag__valg *v)
{
    struct sag_dato fra, til, pr;
    struct sag_arena a;
    struct sag_pf_data data;
    struct sag_pf_rapport *r;
    struct sag_pf_gengiv g;
    struct sag_pf_kvalitet q;
    struct sag_pf_prognose prog;
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
    if ((st = sag_store_portefolje(s, &a, &data, &d)) != SAG_OK ||
        (st = sag_portefolje_beregn(&data, fra, til, pr, r, &d)) != SAG_OK) {
        if (d.felt[0])
            sag__fejl("%s: %s", d.felt, d.besked);
        else
            sag__fejl("%s", d.besked);
        rc = st == SAG_EIO ? SAG_EXIT_FEJL : SAG_EXIT_AFVIST;
        goto out;
    }
    memset(&g, 0, sizeof(g));
    if (sag__val(v, "--kvalitet") != NULL) {
        if ((st = sag_store_kvalitet(s, fra, til, &q, &d)) != SAG_OK) {
            sag__fejl("%s", d.besked);
            rc = SAG_EXIT_FEJL;
            goto out;
        }
        g.kvalitet = &q;
    }
    if (sag__val(v, "--prognose") != NULL) {
        int64_t aar;

        if (sag_parse_i64(sag__val(v, "--prognose"), 1900, 2100, &aar) !=
            SAG_OK) {
            sag__fejl("--prognose: skal være et årstal");
            rc = SAG_EXIT_BRUG;
            goto out;
        }
        if ((rc = laes_prognose(sag__data_dir(sag__val(v, "--data")), (int)aar,
                                &a, &prog)) != 0)
            goto out;
        {
            /* Realised in the prognosis' own calendar year. */
            struct sag_pf_rapport *aaret = malloc(sizeof(*aaret));
            struct sag_dato y0, y1;

            (void)sag_dato_fra_ymd((int)aar, 1, 1, &y0);
            (void)sag_dato_fra_ymd((int)aar, 12, 31, &y1);
            if (aaret == NULL ||
                (st = sag_portefolje_beregn(&data, y0, y1,
                                            pr.dage < y1.dage ? pr : y1, aaret,
                                            &d)) != SAG_OK) {
                free(aaret);
                sag__fejl("--prognose: %s", d.besked);
                rc = SAG_EXIT_FEJL;
                goto out;
            }
            sag_pf_prognose_realiseret(&prog, aaret);
            free(aaret);
        }
        g.prognose = &prog;
    }
    g.rapport = r;
    g.titel = "Porteføljerapport";
    g.syntetisk = sag__val(v, "--syntetisk") != NULL;
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
                 p->sagstype, sag__dk_dato(p->dato, d),
                 !p->vurderet ? "ikke vurderet"
                 : p->korrekt ? "materielt korrekt"
                              : "ikke materielt korrekt");
    return 0;
}

static int
cmd_kvalitet(struct sag_store *s, const char *hvad, const struct sag__valg *v,
             const char *pos)
{
    struct sag_dato fra, til;
    struct sag_diag d;
    enum sag_status st;

    sag_diag_init(&d);
    if (strcmp(hvad, "vurder") == 0) {
        const char *k = sag__val(v, "--korrekt");
        const char *bruger = sag__val(v, "--bruger")
                                 ? sag__val(v, "--bruger")
                                 : getenv("SKADESAG_BRUGER");
        struct sag_hvem hvem = { bruger, "jurist" };

        if (pos == NULL || k == NULL || (strcmp(k, "ja") && strcmp(k, "nej"))) {
            sag__fejl("brug: kvalitet vurder AFGØRELSE --korrekt ja|nej "
                      "--begrundelse T");
            return SAG_EXIT_BRUG;
        }
        if ((st = sag_store_kvalitet_vurder(s, pos, strcmp(k, "ja") == 0, &hvem,
                                            sag__val(v, "--begrundelse"),
                                            &d)) != SAG_OK)
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
        if ((st = sag_store_kvalitet_udtraek(
                 s, fra, til, (unsigned long long)seed, (int)andel, &nye,
                 &i_alt, &d)) != SAG_OK)
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
        if ((st = sag_store_kvalitet_liste(s, fra, til, kvalitet_linje, &b,
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

        if ((st = sag_store_kvalitet(s, fra, til, &q, &d)) != SAG_OK)
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

struct konsekvens {
    const struct sag_satser *satser;
    bool hr; /* else folkepension */
    struct sag_dato pr;
    bool csv;
    struct sag_buf *b;
    long gennemgaaet, relevante, beroerte, fejl;
    int64_t sum_aarlig, sum_kapital, sum_foer, sum_efter, sum_alene;
    long gl_antal;
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
celle(struct konsekvens *k, const char *tekst, size_t bredde, bool sidst)
{
    if (k->csv) {
        sag_buf_adds(k->b, tekst);
        sag_buf_addc(k->b, sidst ? '\n' : ';');
    } else if (sidst) {
        sag_buf_adds(k->b, tekst);
        sag_buf_addc(k->b, '\n');
    } else {
        sag__kolonne(k->b, tekst, bredde);
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
konsekvens_cb(void *ctx, const struct sag_afgoerelse_post *p)
{
    struct konsekvens *k = ctx;
    struct sag_arena a;
    struct sag_beregning_input in;
    struct sag_diag d;
    char d10[SAG_DATO_DK_LEN];

    k->gennemgaaet++;
    sag_arena_init(&a, 0);
    sag_diag_init(&d);
    if (sag_beregning_input_fra_json(p->input, strlen(p->input), &a, &in, &d) !=
        SAG_OK) {
        k->fejl++;
        sag_arena_release(&a);
        return 0;
    }
    if (k->hr) {
        struct sag_konsekvens_hr2025 r;
        char pct[SAG_BROEK_STR_LEN];

        if (in.tab.grundlag == SAG_GRUNDLAG_17A)
            k->relevante++;
        if (sag_konsekvens_hr2025(k->satser, &in, &r, &d) != SAG_OK) {
            k->fejl++;
        } else if (r.beroert) {
            char x[SAG_PENGE_STR_LEN], t[16];
            bool kap = r.efter.har_kapital && r.efter.kapital.oere > 0;

            k->beroerte++;
            (void)sag_broek_format_decimal(r.beregnet, 2, ',', pct);
            (void)snprintf(pct + strlen(pct), sizeof(pct) - strlen(pct), " %%");
            (void)snprintf(t, sizeof(t), "%d %%", r.efter.fastsat_pct);
            celle(k, p->id, 20, false);
            celle(k, p->sag_id, 16, false);
            celle(k, sag__dk_dato(p->dato, d10), 11, false);
            celle(k, pct, 13, false);
            celle(k, t, 6, false);
            celle(k, kr_tekst(r.efter.aarlig, k->csv, r.efter.har_beloeb, x),
                  17, false);
            celle(k, kr_tekst(r.efter.kapital, k->csv, kap, x), 0, true);
            if (r.efter.har_beloeb)
                k->sum_aarlig += r.efter.aarlig.oere;
            if (kap)
                k->sum_kapital += r.efter.kapital.oere;
        }
    } else {
        struct sag_konsekvens_fp r;

        if (sag_konsekvens_folkepension(k->satser, &in, k->pr, &r, &d) !=
            SAG_OK) {
            k->fejl++;
        } else if (r.beroert) {
            struct sag_penge forskel = { r.kapital_efter.oere -
                                         r.kapital_foer.oere };
            char x[SAG_PENGE_STR_LEN], fp[32], f0[48], f1[48];
            struct sag_penge alene = { r.kapital_efter.oere -
                                       r.kapital_gl.oere };

            k->beroerte++;
            (void)snprintf(fp, sizeof(fp), "%d → %d år", r.fp_foer_mdr / 12,
                           r.fp_efter_mdr / 12);
            faktor_tekst(r.faktor_foer, f0);
            faktor_tekst(r.faktor_efter, f1);
            celle(k, p->id, 20, false);
            celle(k, p->sag_id, 16, false);
            celle(k, sag__dk_dato(p->dato, d10), 11, false);
            celle(k, fp, 12, false);
            celle(k, f0, 8, false);
            celle(k, f1, 8, false);
            celle(k, kr_tekst(r.kapital_foer, k->csv, true, x), 17, false);
            celle(k, kr_tekst(r.kapital_efter, k->csv, true, x), 17, false);
            celle(k, kr_tekst(forskel, k->csv, true, x), 16, false);
            celle(k, kr_tekst(alene, k->csv, r.har_gl, x), 0, true);
            if (r.har_gl) {
                k->gl_antal++;
                k->sum_alene += alene.oere;
            }
            k->sum_foer += r.kapital_foer.oere;
            k->sum_efter += r.kapital_efter.oere;
        }
    }
    sag_arena_release(&a);
    return 0;
}

static int
cmd_konsekvens(struct sag_store *s, const char *hvad, const struct sag__valg *v)
{
    struct sag_satser satser;
    struct konsekvens k;
    struct sag_buf b, ud;
    struct sag_diag d;
    enum sag_status st;
    const char *format =
        sag__val(v, "--format") ? sag__val(v, "--format") : "tekst";
    int rc, p;

    memset(&k, 0, sizeof(k));
    if (strcmp(hvad, "hoejesteret-2025") == 0)
        k.hr = true;
    else if (strcmp(hvad, "folkepensionsalder") != 0) {
        sag__fejl("konsekvens: hoejesteret-2025 eller folkepensionsalder");
        return SAG_EXIT_BRUG;
    }
    if (strcmp(format, "tekst") && strcmp(format, "csv")) {
        sag__fejl("--format: skal være tekst eller csv");
        return SAG_EXIT_BRUG;
    }
    k.csv = strcmp(format, "csv") == 0;
    if ((p = sag__dato_valg(v, "--pr", false, &k.pr)) < 0)
        return SAG_EXIT_BRUG;
    if (p > 0)
        k.pr = sag__i_dag();
    sag_satser_init(&satser);
    if (sag__indlaes_satser(sag__data_dir(sag__val(v, "--data")), &satser) !=
        SAG_OK) {
        sag_satser_release(&satser);
        return SAG_EXIT_FEJL;
    }
    k.satser = &satser;
    sag_buf_init(&b, 0);
    sag_buf_init(&ud, 0);
    k.b = &b;
    sag_diag_init(&d);
    st =
        sag_store_alle_afgoerelser(s, "erhvervsevnetab", konsekvens_cb, &k, &d);
    if (st != SAG_OK) {
        rc = sag__fejl_diag(st, &d);
        goto out;
    }
    if (k.csv) {
        sag_buf_adds(&ud, k.hr ? "Afgørelse;Sag;Dato;Beregnet tab;Tab "
                                 "efter dommene;Årlig erstatning (kr.);"
                                 "Kapitalbeløb (kr.)\n"
                               : "Afgørelse;Sag;Dato;Folkepensionsalder;"
                                 "Faktor ved afgørelsen;Faktor nu;Kapital "
                                 "(kr.);Kapital nu (kr.);Forskel (kr.);Heraf "
                                 "pensionsalderen (kr.)\n");
        sag_buf_add(&ud, b.buf ? b.buf : "", b.len);
    } else if (k.hr) {
        struct sag_penge x = { k.sum_aarlig }, y = { k.sum_kapital };

        sag_buf_adds(&ud, "Konsekvens af Højesterets domme af 9. april 2024 "
                          "(BS-50553/2023-HJR) og 17. januar 2025\n"
                          "§ 17 a: et klart og varigt tab på mindst 5 % og "
                          "under 15 % giver 15 %.\n\n");
        sag_buf_addf(&ud,
                     "Gennemgået: %ld afgørelser om erhvervsevnetab, "
                     "heraf %ld efter § 17 a.\nBerørt: %ld afgørelser "
                     "med et beregnet tab på 5-15 %%, hvor erstatning "
                     "blev afvist.\n\n",
                     k.gennemgaaet, k.relevante, k.beroerte);
        if (k.beroerte) {
            struct konsekvens h = k;

            h.b = &ud;
            celle(&h, "Afgørelse", 20, false);
            celle(&h, "Sag", 16, false);
            celle(&h, "Dato", 11, false);
            celle(&h, "Beregnet tab", 13, false);
            celle(&h, "Nu", 6, false);
            celle(&h, "Årlig erstatning", 17, false);
            celle(&h, "Kapitalbeløb", 0, true);
            sag_buf_add(&ud, b.buf, b.len);
        }
        sag_buf_adds(&ud, "\nI alt ved 15 %: årlig erstatning ");
        kr(&ud, x);
        sag_buf_adds(&ud, ", kapitalbeløb ");
        kr(&ud, y);
        sag_buf_adds(&ud, "\nDommene kræver, at tabet er klart og varigt: "
                          "det vurderer sagsbehandleren i hver sag.\n");
    } else {
        struct sag_penge x = { k.sum_foer }, y = { k.sum_efter },
                         z = { k.sum_efter - k.sum_foer };
        char pr[SAG_DATO_DK_LEN];

        sag_dato_format_dk(k.pr, pr);
        sag_buf_addf(&ud,
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
                     pr, k.gennemgaaet, k.beroerte, pr, pr);
        if (k.beroerte) {
            struct konsekvens h = k;

            h.b = &ud;
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
            sag_buf_add(&ud, b.buf, b.len);
        }
        sag_buf_adds(&ud, "\nI alt: kapital ");
        kr(&ud, x);
        sag_buf_adds(&ud, ", nu ");
        kr(&ud, y);
        sag_buf_adds(&ud, ", forskel ");
        kr(&ud, z);
        sag_buf_addf(&ud,
                     ";\nheraf pensionsalderen alene (%ld sager, hvor den "
                     "kan udskilles): ",
                     k.gl_antal);
        {
            struct sag_penge w = { k.sum_alene };

            kr(&ud, w);
        }
        sag_buf_addc(&ud, '\n');
    }
    if (k.fejl)
        sag_buf_addf(&ud, "%s%ld afgørelser kunne ikke genberegnes.\n",
                     k.csv ? "# " : "", k.fejl);
    rc = sag_buf_status(&ud) == SAG_OK ? skriv_ud(v, &ud) : SAG_EXIT_FEJL;
out:
    sag_buf_release(&b);
    sag_buf_release(&ud);
    sag_satser_release(&satser);
    return rc;
}

/* What each subcommand takes (a misspelt option is an error). */
static const struct {
    const char *navn, *valg;
} kommandoer[] = {
    { "portefolje", " --fra --til --pr --format --ud --prognose --kvalitet "
                    "--syntetisk --data " },
    { "kvalitet", " --fra --til --seed --andel --korrekt --begrundelse "
                  "--bruger --ud " },
    { "konsekvens", " --pr --format --ud --data " },
};

static const char *const flag[] = { "--kvalitet", "--syntetisk", NULL };

int
sag__cmd_rapport(int argc, char **argv)
{
    const char *db = "skadesag.db", *tilladt = NULL;
    struct sag__valg v;
    struct sag_store *s = NULL;
    struct sag_diag d;
    int i = 1, rc;
    const char *kmd, *under = NULL, *pos = NULL;

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
    if (sag__tjek_valg(&v, kmd, tilladt, " --db ") != 0)
        return SAG_EXIT_BRUG;
    under = v.antal_pos > 0 ? v.pos[0] : NULL;
    pos = v.antal_pos > 1 ? v.pos[1] : NULL;
    if (sag__val(&v, "--db") != NULL)
        db = sag__val(&v, "--db");
    sag_diag_init(&d);
    {
        /* --db is a SQLite path; a report never creates a database. */
        struct sag_buf url;
        enum sag_status st;

        sag_buf_init(&url, 0);
        sag_buf_addf(&url, "sqlite:%s", db);
        st = sag_store_aabn(url.buf, 0, &s, &d);
        sag_buf_release(&url);
        if (st != SAG_OK)
            return sag__fejl_diag(st, &d);
    }
    if (strcmp(kmd, "portefolje") == 0)
        rc = cmd_portefolje(s, &v);
    else if (strcmp(kmd, "kvalitet") == 0)
        rc = cmd_kvalitet(s, under, &v, pos);
    else
        rc = cmd_konsekvens(s, under, &v);
    sag_store_luk(s);
    return rc;
}
