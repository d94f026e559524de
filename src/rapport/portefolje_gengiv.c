/*
 * Rendering of the portfolio figures: text, CSV and HTML with SVG charts
 * (see portefolje_gengiv.h). Integers only; Danish formats.
 */
#include "skadesag/portefolje_gengiv.h"

#include "skadesag/penge.h"

#include <stdio.h>
#include <string.h>

#include "../base/banned.h"

/* ---- numbers ---- */

void
sag_pf_tal(struct sag_buf *b, long v)
{
    char s[32];
    int n, i, forst;

    if (v < 0) {
        sag_buf_addc(b, '-');
        v = -v;
    }
    n = snprintf(s, sizeof(s), "%ld", v);
    forst = n % 3 == 0 ? 3 : n % 3;
    for (i = 0; i < n; i++) {
        if (i > 0 && (i - forst) % 3 == 0)
            sag_buf_addc(b, '.');
        sag_buf_addc(b, s[i]);
    }
}

void
sag_pf_tiendedele(struct sag_buf *b, long v)
{
    if (v < 0) {
        sag_buf_addc(b, '-');
        return;
    }
    sag_pf_tal(b, v / 10);
    sag_buf_addf(b, ",%ld", v % 10);
}

void
sag_pf_procent(struct sag_buf *b, long promille)
{
    if (promille < 0) {
        sag_buf_addc(b, '-');
        return;
    }
    sag_pf_tiendedele(b, promille);
    sag_buf_adds(b, " %");
}

static void
dato(struct sag_buf *b, struct sag_dato d)
{
    char s[SAG_DATO_DK_LEN];

    sag_dato_format_dk(d, s);
    sag_buf_adds(b, s);
}

/* A small buffer for one formatted cell. */
struct celle {
    struct sag_buf b;
};

static const char *
c_tal(struct celle *c, long v)
{
    sag_buf_reset(&c->b);
    sag_pf_tal(&c->b, v);
    return c->b.buf;
}

static const char *
c_tiende(struct celle *c, long v)
{
    sag_buf_reset(&c->b);
    sag_pf_tiendedele(&c->b, v);
    return c->b.buf;
}

static const char *
c_pct(struct celle *c, long promille)
{
    sag_buf_reset(&c->b);
    sag_pf_procent(&c->b, promille);
    return c->b.buf;
}

static const char *const maanedsnavne[12] = {
    "jan", "feb", "mar", "apr", "maj", "jun",
    "jul", "aug", "sep", "okt", "nov", "dec",
};

/* ---- rows shared by all formats ---- */

static const char *
tidsraekke_tekst(size_t i)
{
    if (i == SAG_PF_RAEKKE_A_SAGER)
        return "A-sager samlet (ulykker og erhvervssygdomme)";
    if (i == SAG_PF_RAEKKE_ALLE)
        return "Alle sager";
    return sag_gruppe_tekst((enum sag_gruppe)i);
}

/* The reports' order: A-sager samlet, the A groups, the private groups,
 * veterans, all. */
static const size_t tidsraekker[] = {
    SAG_PF_RAEKKE_A_SAGER,
    SAG_GRUPPE_FOERSTEGANG_UDEN_TAB,
    SAG_GRUPPE_FOERSTEGANG_MED_TAB,
    SAG_GRUPPE_ANDENGANG,
    SAG_GRUPPE_HJEMVISNING,
    SAG_GRUPPE_PRIVAT_MEN,
    SAG_GRUPPE_PRIVAT_TAB,
    SAG_GRUPPE_VETERAN,
    SAG_PF_RAEKKE_ALLE,
};
#define ANTAL_TIDSRAEKKER (sizeof(tidsraekker) / sizeof(tidsraekker[0]))

size_t
sag_pf_tidsraekke(size_t i)
{
    return i < ANTAL_TIDSRAEKKER ? tidsraekker[i] : SAG_PF_RAEKKE_ALLE;
}

const char *
sag_pf_tidsraekke_tekst(size_t raekke)
{
    return tidsraekke_tekst(raekke);
}

void
sag_pf_maaned_kort(struct sag_buf *b, int aar, int maaned)
{
    sag_buf_addf(b, "%s %d",
                 maaned >= 1 && maaned <= 12 ? maanedsnavne[maaned - 1] : "?",
                 aar);
}

static long
gns_alder_tiende(int64_t sum, long antal)
{
    return sag_pf_maaneder_tiendedele(sum, antal);
}

static const char *const kvalitet_typer[6] = {
    "I alt",
    "Ulykker",
    "Erhvervssygdomme",
    "Private sager vedrørende mén",
    "Private sager vedrørende erhvervsevnetab",
    "Veteransager",
};

static long
realiseret_tid(const struct sag_pf_prognose *p, int gruppe)
{
    size_t i = gruppe == 0 ? SAG_PF_RAEKKE_A_SAGER : (size_t)gruppe;

    return sag_pf_maaneder_tiendedele(p->tid[i].sum_dage, p->tid[i].antal);
}

static const char *
prognose_gruppe_tekst(int g)
{
    return g == 0 ? tidsraekke_tekst(SAG_PF_RAEKKE_A_SAGER)
                  : sag_gruppe_tekst((enum sag_gruppe)g);
}

/* ---- text ---- */

static void
t_overskrift(struct sag_buf *b, const char *s)
{
    size_t n = sag_utf8_tegn(s);

    sag_buf_addf(b, "\n%s\n", s);
    while (n--)
        sag_buf_addc(b, '-');
    sag_buf_addc(b, '\n');
}

/* Payments per month and payer (the monthly run): "januar 2026",
 * payer, its kind, orders, amount in kroner. */
static void csv_felt(struct sag_buf *b, const char *s, bool sidst);

static const char *const pf_maaneder[] = {
    "",     "januar", "februar",   "marts",   "april",    "maj",     "juni",
    "juli", "august", "september", "oktober", "november", "december"
};

static void
udb_maaned(struct sag_buf *b, const struct sag_pf_udbetaling_linje *l)
{
    sag_buf_addf(b, "%s %d",
                 l->maaned >= 1 && l->maaned <= 12 ? pf_maaneder[l->maaned]
                                                   : "?",
                 l->aar);
}

static void
udbetalinger_tekst(const struct sag_pf_udbetalinger *u, struct sag_buf *b)
{
    char kr[SAG_PENGE_STR_LEN];

    if (u == NULL || u->antal == 0)
        return;
    t_overskrift(b, "Udbetalinger pr. måned og betaler");
    sag_buf_add_udfyldt(b, "Måned", 16, false);
    sag_buf_add_udfyldt(b, "Betaler", 24, false);
    sag_buf_add_udfyldt(b, "Art", 12, false);
    sag_buf_add_udfyldt(b, "Ordrer", 10, true);
    sag_buf_add_udfyldt(b, "Beløb", 22, true);
    sag_buf_addc(b, '\n');
    for (size_t i = 0; i < u->antal; i++) {
        const struct sag_pf_udbetaling_linje *l = &u->linjer[i];
        struct sag_buf m;

        sag_buf_init(&m, 0);
        udb_maaned(&m, l);
        sag_buf_add_udfyldt(b, m.buf, 16, false);
        sag_buf_release(&m);
        sag_buf_add_udfyldt(b, l->betaler, 24, false);
        sag_buf_add_udfyldt(b, l->aes ? "AES" : "forsikring", 12, false);
        sag_buf_init(&m, 0);
        sag_pf_tal(&m, l->antal);
        sag_buf_add_udfyldt(b, m.buf, 10, true);
        sag_buf_release(&m);
        sag_penge_format_dk(sag_penge_oere(l->sum_oere), kr);
        sag_buf_add_udfyldt(b, kr, 22, true);
        sag_buf_addc(b, '\n');
    }
}

static void
udbetalinger_csv(const struct sag_pf_udbetalinger *u, struct sag_buf *b)
{
    if (u == NULL || u->antal == 0)
        return;
    sag_buf_adds(b, "\nUdbetalinger pr. måned og betaler\nMåned;Betaler;"
                    "Art;Ordrer;Beløb (øre)\n");
    for (size_t i = 0; i < u->antal; i++) {
        const struct sag_pf_udbetaling_linje *l = &u->linjer[i];

        sag_buf_addf(b, "%04d-%02d;", l->aar, l->maaned);
        csv_felt(b, l->betaler, false);
        sag_buf_addf(b, "%s;%ld;%lld\n", l->aes ? "AES" : "forsikring",
                     l->antal, (long long)l->sum_oere);
    }
}

static void
udbetalinger_html(const struct sag_pf_udbetalinger *u, struct sag_buf *b)
{
    char kr[SAG_PENGE_STR_LEN];

    if (u == NULL || u->antal == 0)
        return;
    sag_buf_adds(b, "<h2>Udbetalinger pr. måned og betaler</h2>\n"
                    "<table id=\"udbetalinger\">\n<tr><th>Måned</th>"
                    "<th>Betaler</th><th>Art</th><th class=\"tal\">Ordrer"
                    "</th><th class=\"tal\">Beløb</th></tr>\n");
    for (size_t i = 0; i < u->antal; i++) {
        const struct sag_pf_udbetaling_linje *l = &u->linjer[i];

        sag_buf_adds(b, "<tr><td>");
        udb_maaned(b, l);
        sag_buf_adds(b, "</td><td>");
        sag_buf_add_html(b, l->betaler);
        sag_buf_addf(b, "</td><td>%s</td><td class=\"tal\">",
                     l->aes ? "AES" : "forsikring");
        sag_pf_tal(b, l->antal);
        sag_penge_format_dk(sag_penge_oere(l->sum_oere), kr);
        sag_buf_adds(b, "</td><td class=\"tal\">");
        sag_buf_add_html(b, kr);
        sag_buf_adds(b, "</td></tr>\n");
    }
    sag_buf_adds(b, "</table>\n");
}

void
sag_pf_tekst(const struct sag_pf_gengiv *g, struct sag_buf *b)
{
    const struct sag_pf_rapport *r = g->rapport;
    struct celle c;
    long alle = r->tid[SAG_PF_RAEKKE_ALLE].antal;

    sag_buf_init(&c.b, 0);
    sag_buf_adds(b, g->titel ? g->titel : "Porteføljerapport");
    sag_buf_adds(b, " ");
    dato(b, r->fra);
    sag_buf_adds(b, "–");
    dato(b, r->til);
    sag_buf_adds(b, " (opgjort pr. ");
    dato(b, r->pr);
    sag_buf_adds(b, ")\n");
    if (g->syntetisk)
        sag_buf_adds(b, "Syntetiske data — ingen rigtige personer.\n");

    t_overskrift(b, "Gennemsnitlig sagsbehandlingstid for sager afsluttet i "
                    "perioden");
    sag_buf_add_udfyldt(b, "Sagsgruppe", 52, false);
    sag_buf_add_udfyldt(b, "Andel", 9, true);
    sag_buf_add_udfyldt(b, "Afsluttet", 11, true);
    sag_buf_add_udfyldt(b, "Mdr.", 7, true);
    sag_buf_addc(b, '\n');
    for (size_t i = 0; i < ANTAL_TIDSRAEKKER; i++) {
        const struct sag_pf_behandlingstid *t = &r->tid[tidsraekker[i]];

        sag_buf_add_udfyldt(b, tidsraekke_tekst(tidsraekker[i]), 52, false);
        sag_buf_add_udfyldt(b, c_pct(&c, sag_pf_promille(t->antal, alle)), 9,
                            true);
        sag_buf_add_udfyldt(b, c_tal(&c, t->antal), 11, true);
        sag_buf_add_udfyldt(
            b, c_tiende(&c, sag_pf_maaneder_tiendedele(t->sum_dage, t->antal)),
            7, true);
        sag_buf_addc(b, '\n');
    }

    t_overskrift(b, "Porteføljen");
    {
        struct sag_buf l;

        sag_buf_init(&l, 0);
        sag_buf_adds(&l, "Verserende sager pr. ");
        dato(&l, r->pr);
        sag_buf_addc(&l, ':');
        sag_buf_add_udfyldt(b, "Tilgang i perioden:", 44, false);
        sag_buf_add_udfyldt(b, c_tal(&c, r->tilgang), 9, true);
        sag_buf_addc(b, '\n');
        sag_buf_add_udfyldt(b, "Afsluttet i perioden:", 44, false);
        sag_buf_add_udfyldt(b, c_tal(&c, r->afsluttet), 9, true);
        sag_buf_addc(b, '\n');
        sag_buf_add_udfyldt(b, l.buf ? l.buf : "", 44, false);
        sag_buf_add_udfyldt(b, c_tal(&c, r->verserende), 9, true);
        sag_buf_addc(b, '\n');
        sag_buf_add_udfyldt(b, "Gns. alder, verserende førstegangssager:", 44,
                            false);
        sag_buf_add_udfyldt(
            b,
            c_tiende(&c, gns_alder_tiende(r->alder_foerstegang_sum_dage,
                                          r->verserende_foerstegang)),
            9, true);
        sag_buf_adds(b, " mdr.\n");
        sag_buf_add_udfyldt(b, "Sager over 2 år:", 44, false);
        sag_buf_add_udfyldt(b, c_tal(&c, r->over_2_aar), 9, true);
        sag_buf_release(&l);
    }
    sag_buf_adds(b, "\n\nAldersfordeling af verserende sager:\n");
    for (size_t i = 0; i < SAG_PF_ALDERSGRUPPER; i++) {
        sag_buf_adds(b, "  ");
        sag_buf_add_udfyldt(b, sag_pf_aldersgruppe_tekst(i), 14, false);
        sag_buf_add_udfyldt(b, c_tal(&c, r->alder[i]), 9, true);
        sag_buf_add_udfyldt(
            b, c_pct(&c, sag_pf_promille(r->alder[i], r->verserende)), 10,
            true);
        sag_buf_addc(b, '\n');
    }

    t_overskrift(b, "Tilgang, afslutning og verserende sager pr. måned");
    sag_buf_add_udfyldt(b, "Måned", 9, false);
    sag_buf_add_udfyldt(b, "Tilgang", 9, true);
    sag_buf_add_udfyldt(b, "Afsluttet", 11, true);
    sag_buf_add_udfyldt(b, "Verserende", 12, true);
    sag_buf_add_udfyldt(b, "Over 2 år", 11, true);
    sag_buf_add_udfyldt(b, "Alder førstegang (mdr.)", 25, true);
    sag_buf_addc(b, '\n');
    for (size_t i = 0; i < r->antal_maaneder; i++) {
        const struct sag_pf_maaned *m = &r->maaneder[i];
        char md[16];

        (void)snprintf(md, sizeof(md), "%s %d", maanedsnavne[m->maaned - 1],
                       m->aar);
        sag_buf_add_udfyldt(b, md, 9, false);
        sag_buf_add_udfyldt(b, c_tal(&c, m->tilgang), 9, true);
        sag_buf_add_udfyldt(b, c_tal(&c, m->afsluttet), 11, true);
        sag_buf_add_udfyldt(b, c_tal(&c, m->verserende), 12, true);
        sag_buf_add_udfyldt(b, c_tal(&c, m->over_2_aar), 11, true);
        sag_buf_add_udfyldt(
            b,
            c_tiende(&c, gns_alder_tiende(m->alder_foerstegang_sum_dage,
                                          m->verserende_foerstegang)),
            25, true);
        sag_buf_addc(b, '\n');
    }

    t_overskrift(b,
                 "Overholdelse af lovbestemte frister (afklaret i perioden)");
    sag_buf_add_udfyldt(b, "Frist", 82, false);
    sag_buf_add_udfyldt(b, "Opfyldt", 9, true);
    sag_buf_add_udfyldt(b, "I alt", 9, true);
    sag_buf_add_udfyldt(b, "Andel", 9, true);
    sag_buf_addc(b, '\n');
    for (size_t i = 0; i < r->antal_fristlinjer; i++) {
        const struct sag_pf_frist_linje *l = &r->frister[i];
        char navn[160];

        sag_pf_fristlinje_tekst(l, navn, sizeof(navn));
        sag_buf_add_udfyldt(b, navn, 82, false);
        sag_buf_add_udfyldt(b, c_tal(&c, l->opfyldt), 9, true);
        sag_buf_add_udfyldt(b, c_tal(&c, l->i_alt), 9, true);
        sag_buf_add_udfyldt(b, c_pct(&c, sag_pf_promille(l->opfyldt, l->i_alt)),
                            9, true);
        sag_buf_addc(b, '\n');
    }

    t_overskrift(b, "Klager efter året for AES' afgørelse");
    sag_buf_add_udfyldt(b, "År", 5, false);
    sag_buf_add_udfyldt(b, "Afgørelser", 11, true);
    sag_buf_add_udfyldt(b, "Klager", 8, true);
    sag_buf_add_udfyldt(b, "Klagepct.", 10, true);
    sag_buf_add_udfyldt(b, "Stadf.", 8, true);
    sag_buf_add_udfyldt(b, "Ændret", 8, true);
    sag_buf_add_udfyldt(b, "Hjemvist", 9, true);
    sag_buf_add_udfyldt(b, "Afvist", 8, true);
    sag_buf_add_udfyldt(b, "Ændret af AES", 14, true);
    sag_buf_add_udfyldt(b, "Verserer", 9, true);
    sag_buf_add_udfyldt(b, "Stadf.pct.", 11, true);
    sag_buf_add_udfyldt(b, "ekskl. hjemv.", 14, true);
    sag_buf_addc(b, '\n');
    for (size_t i = 0; i < r->antal_klageaar; i++) {
        const struct sag_pf_klage_aar *k = &r->klager[i];
        char aar[8];

        (void)snprintf(aar, sizeof(aar), "%d", k->aar);
        sag_buf_add_udfyldt(b, aar, 5, false);
        sag_buf_add_udfyldt(b, c_tal(&c, k->afgoerelser), 11, true);
        sag_buf_add_udfyldt(b, c_tal(&c, k->klager), 8, true);
        sag_buf_add_udfyldt(
            b, c_pct(&c, sag_pf_promille(k->klager, k->afgoerelser)), 10, true);
        sag_buf_add_udfyldt(b, c_tal(&c, k->stadfaestet), 8, true);
        sag_buf_add_udfyldt(b, c_tal(&c, k->aendret), 8, true);
        sag_buf_add_udfyldt(b, c_tal(&c, k->hjemvist), 9, true);
        sag_buf_add_udfyldt(b, c_tal(&c, k->afvist), 8, true);
        sag_buf_add_udfyldt(b, c_tal(&c, k->aendret_ved_genvurdering), 14,
                            true);
        sag_buf_add_udfyldt(b, c_tal(&c, k->verserende), 9, true);
        sag_buf_add_udfyldt(b, c_pct(&c, sag_pf_stadfaestelse(k, true)), 11,
                            true);
        sag_buf_add_udfyldt(b, c_pct(&c, sag_pf_stadfaestelse(k, false)), 14,
                            true);
        sag_buf_addc(b, '\n');
    }

    if (g->kvalitet != NULL) {
        const struct sag_pf_kvalitet *q = g->kvalitet;

        t_overskrift(b, "Kvalitet: stikprøve af afgørelser (mål: 95 % "
                        "materielt korrekte)");
        sag_buf_adds(b, "Afgørelser ");
        dato(b, q->fra);
        sag_buf_adds(b, "–");
        dato(b, q->til);
        sag_buf_adds(b, ": ");
        sag_pf_tal(b, q->afgoerelser);
        sag_buf_addc(b, '\n');
        sag_buf_add_udfyldt(b, "Sagstype", 42, false);
        sag_buf_add_udfyldt(b, "Udtrukket", 10, true);
        sag_buf_add_udfyldt(b, "Vurderet", 10, true);
        sag_buf_add_udfyldt(b, "Korrekte", 10, true);
        sag_buf_add_udfyldt(b, "Andel", 9, true);
        sag_buf_add_udfyldt(b, "Mål nået", 10, true);
        sag_buf_addc(b, '\n');
        for (size_t i = 0; i < 6; i++) {
            const struct sag_pf_kvalitet_linje *l = &q->linjer[i];
            long p = sag_pf_promille(l->korrekt, l->vurderet);

            if (i > 0 && l->udtrukket == 0)
                continue;
            sag_buf_add_udfyldt(b, kvalitet_typer[i], 42, false);
            sag_buf_add_udfyldt(b, c_tal(&c, l->udtrukket), 10, true);
            sag_buf_add_udfyldt(b, c_tal(&c, l->vurderet), 10, true);
            sag_buf_add_udfyldt(b, c_tal(&c, l->korrekt), 10, true);
            sag_buf_add_udfyldt(b, c_pct(&c, p), 9, true);
            sag_buf_add_udfyldt(
                b,
                p < 0 ? "-"
                      : (p >= SAG_PF_KVALITET_MAAL_PROMILLE ? "ja" : "nej"),
                10, true);
            sag_buf_addc(b, '\n');
        }
    }

    if (g->prognose != NULL) {
        const struct sag_pf_prognose *p = g->prognose;
        char overskrift[96];

        (void)snprintf(overskrift, sizeof(overskrift),
                       "Prognose og realiseret %d", p->aar);
        t_overskrift(b, overskrift);
        if (p->antal > 0) {
            sag_buf_add_udfyldt(b, "Sagsgruppe", 52, false);
            sag_buf_add_udfyldt(b, "Prognose (mdr.)", 17, true);
            sag_buf_add_udfyldt(b, "Realiseret", 12, true);
            sag_buf_add_udfyldt(b, "Inden for", 11, true);
            sag_buf_addc(b, '\n');
        }
        for (size_t i = 0; i < p->antal; i++) {
            const struct sag_pf_prognose_linje *l = &p->linjer[i];
            long v = realiseret_tid(p, l->gruppe);
            struct sag_buf x;

            sag_buf_init(&x, 0);
            sag_pf_tiendedele(&x, l->fra);
            sag_buf_adds(&x, "-");
            sag_pf_tiendedele(&x, l->til);
            sag_buf_add_udfyldt(b, prognose_gruppe_tekst(l->gruppe), 52, false);
            sag_buf_add_udfyldt(b, x.buf, 17, true);
            sag_buf_add_udfyldt(b, c_tiende(&c, v), 12, true);
            sag_buf_add_udfyldt(
                b, v < 0 ? "-" : (v >= l->fra && v <= l->til ? "ja" : "nej"),
                11, true);
            sag_buf_addc(b, '\n');
            sag_buf_release(&x);
        }
        if (p->har_produktionsmaal) {
            sag_buf_adds(b, "Produktion: mål ");
            sag_pf_tal(b, p->produktionsmaal);
            sag_buf_adds(b, " afsluttede sager, realiseret ");
            sag_pf_tal(b, p->afsluttet);
            sag_buf_adds(b, " (");
            sag_pf_procent(b,
                           sag_pf_promille(p->afsluttet, p->produktionsmaal));
            sag_buf_adds(b, ")\n");
        }
    }
    udbetalinger_tekst(g->udbetalinger, b);
    sag_buf_release(&c.b);
}

/* ---- CSV: one table after another, ';'-separated, decimal comma ---- */

static void
csv_felt(struct sag_buf *b, const char *s, bool sidst)
{
    bool citer = strpbrk(s, ";\"\n") != NULL;

    if (citer) {
        sag_buf_addc(b, '"');
        for (; *s; s++) {
            if (*s == '"')
                sag_buf_addc(b, '"');
            sag_buf_addc(b, *s);
        }
        sag_buf_addc(b, '"');
    } else {
        sag_buf_adds(b, s);
    }
    sag_buf_addc(b, sidst ? '\n' : ';');
}

/* Plain numbers in CSV: no thousands separator, decimal comma. */
static const char *
csv_tiende(struct celle *c, long v)
{
    sag_buf_reset(&c->b);
    if (v >= 0)
        sag_buf_addf(&c->b, "%ld,%ld", v / 10, v % 10);
    return c->b.buf;
}

static const char *
csv_tal(struct celle *c, long v)
{
    sag_buf_reset(&c->b);
    sag_buf_addf(&c->b, "%ld", v);
    return c->b.buf;
}

void
sag_pf_csv(const struct sag_pf_gengiv *g, struct sag_buf *b)
{
    const struct sag_pf_rapport *r = g->rapport;
    struct celle c;
    long alle = r->tid[SAG_PF_RAEKKE_ALLE].antal;
    char d1[SAG_DATO_DK_LEN], d2[SAG_DATO_DK_LEN], d3[SAG_DATO_DK_LEN];

    sag_buf_init(&c.b, 0);
    sag_dato_format_dk(r->fra, d1);
    sag_dato_format_dk(r->til, d2);
    sag_dato_format_dk(r->pr, d3);
    sag_buf_addf(b, "Porteføljerapport;%s;%s;opgjort pr.;%s%s\n\n", d1, d2, d3,
                 g->syntetisk ? ";syntetiske data" : "");

    sag_buf_adds(b, "Sagsbehandlingstid\nSagsgruppe;Andel (%);Afsluttet;"
                    "Gennemsnit (mdr.)\n");
    for (size_t i = 0; i < ANTAL_TIDSRAEKKER; i++) {
        const struct sag_pf_behandlingstid *t = &r->tid[tidsraekker[i]];

        csv_felt(b, tidsraekke_tekst(tidsraekker[i]), false);
        csv_felt(b, csv_tiende(&c, sag_pf_promille(t->antal, alle)), false);
        csv_felt(b, csv_tal(&c, t->antal), false);
        csv_felt(
            b,
            csv_tiende(&c, sag_pf_maaneder_tiendedele(t->sum_dage, t->antal)),
            true);
    }

    sag_buf_adds(b, "\nMåneder\nÅr;Måned;Tilgang;Afsluttet;Verserende ved "
                    "månedens udgang;Over 2 år;Gns. alder verserende "
                    "førstegangssager (mdr.)\n");
    for (size_t i = 0; i < r->antal_maaneder; i++) {
        const struct sag_pf_maaned *m = &r->maaneder[i];

        sag_buf_addf(b, "%d;%d;%ld;%ld;%ld;%ld;", m->aar, m->maaned, m->tilgang,
                     m->afsluttet, m->verserende, m->over_2_aar);
        csv_felt(b,
                 csv_tiende(&c, gns_alder_tiende(m->alder_foerstegang_sum_dage,
                                                 m->verserende_foerstegang)),
                 true);
    }

    sag_buf_addf(b, "\nAldersfordeling pr. %s\nAlder;Verserende sager\n", d3);
    for (size_t i = 0; i < SAG_PF_ALDERSGRUPPER; i++) {
        csv_felt(b, sag_pf_aldersgruppe_tekst(i), false);
        csv_felt(b, csv_tal(&c, r->alder[i]), true);
    }

    sag_buf_adds(b, "\nFrister\nFrist;Opfyldt;I alt;Andel (%)\n");
    for (size_t i = 0; i < r->antal_fristlinjer; i++) {
        const struct sag_pf_frist_linje *l = &r->frister[i];
        char navn[160];

        sag_pf_fristlinje_tekst(l, navn, sizeof(navn));
        csv_felt(b, navn, false);
        csv_felt(b, csv_tal(&c, l->opfyldt), false);
        csv_felt(b, csv_tal(&c, l->i_alt), false);
        csv_felt(b, csv_tiende(&c, sag_pf_promille(l->opfyldt, l->i_alt)),
                 true);
    }

    sag_buf_adds(b, "\nKlager\nÅr for afgørelse;Afgørelser;Klager;"
                    "Klageprocent;Stadfæstet;Ændret;Hjemvist;Afvist;Ændret "
                    "ved genvurdering;Verserende;Stadfæstelsesprocent;"
                    "Stadfæstelsesprocent ekskl. hjemviste\n");
    for (size_t i = 0; i < r->antal_klageaar; i++) {
        const struct sag_pf_klage_aar *k = &r->klager[i];

        sag_buf_addf(b, "%d;%ld;%ld;", k->aar, k->afgoerelser, k->klager);
        csv_felt(b, csv_tiende(&c, sag_pf_promille(k->klager, k->afgoerelser)),
                 false);
        sag_buf_addf(b, "%ld;%ld;%ld;%ld;%ld;%ld;", k->stadfaestet, k->aendret,
                     k->hjemvist, k->afvist, k->aendret_ved_genvurdering,
                     k->verserende);
        csv_felt(b, csv_tiende(&c, sag_pf_stadfaestelse(k, true)), false);
        csv_felt(b, csv_tiende(&c, sag_pf_stadfaestelse(k, false)), true);
    }

    if (g->kvalitet != NULL) {
        sag_buf_adds(b, "\nKvalitet\nSagstype;Udtrukket;Vurderet;Korrekte;"
                        "Andel (%)\n");
        for (size_t i = 0; i < 6; i++) {
            const struct sag_pf_kvalitet_linje *l = &g->kvalitet->linjer[i];

            if (i > 0 && l->udtrukket == 0)
                continue;
            csv_felt(b, kvalitet_typer[i], false);
            sag_buf_addf(b, "%ld;%ld;%ld;", l->udtrukket, l->vurderet,
                         l->korrekt);
            csv_felt(b,
                     csv_tiende(&c, sag_pf_promille(l->korrekt, l->vurderet)),
                     true);
        }
    }
    if (g->prognose != NULL) {
        sag_buf_addf(b,
                     "\nPrognose %d\nSagsgruppe;Prognose fra (mdr.);"
                     "Prognose til (mdr.);Realiseret (mdr.)\n",
                     g->prognose->aar);
        for (size_t i = 0; i < g->prognose->antal; i++) {
            const struct sag_pf_prognose_linje *l = &g->prognose->linjer[i];

            csv_felt(b, prognose_gruppe_tekst(l->gruppe), false);
            csv_felt(b, csv_tiende(&c, l->fra), false);
            csv_felt(b, csv_tiende(&c, l->til), false);
            csv_felt(b, csv_tiende(&c, realiseret_tid(g->prognose, l->gruppe)),
                     true);
        }
        if (g->prognose->har_produktionsmaal)
            sag_buf_addf(b, "Produktion (afsluttede sager);%ld;%ld;%ld\n",
                         g->prognose->produktionsmaal,
                         g->prognose->produktionsmaal, g->prognose->afsluttet);
    }
    udbetalinger_csv(g->udbetalinger, b);
    sag_buf_release(&c.b);
}

/* ---- HTML with SVG charts ---- */

static void
html_tekst(struct sag_buf *b, const char *s)
{
    sag_buf_add_html(b, s);
}

/* A "nice" axis maximum >= v: 1, 2 or 5 times a power of ten. */
static long
paent_max(long v)
{
    long p = 1;

    if (v <= 0)
        return 1;
    while (p * 10 <= v)
        p *= 10;
    if (v <= p)
        return p;
    if (v <= 2 * p)
        return 2 * p;
    if (v <= 5 * p)
        return 5 * p;
    return 10 * p;
}

#define G_B 860 /* chart width */
#define G_H 300
#define G_V 70 /* left margin */
#define G_T 20
#define G_N 50 /* bottom margin */

/* Pending cases (and those over 2 years) at each month's end. */
static void
graf_verserende(struct sag_buf *b, const struct sag_pf_rapport *r)
{
    long max = 0, ymax;
    size_t n = r->antal_maaneder;
    int bredde = G_B - G_V - 20, hoejde = G_H - G_T - G_N;
    struct celle c;

    sag_buf_init(&c.b, 0);
    for (size_t i = 0; i < n; i++)
        if (r->maaneder[i].verserende > max)
            max = r->maaneder[i].verserende;
    ymax = paent_max(max);
    sag_buf_addf(b,
                 "<svg id=\"graf-verserende\" class=\"graf\" role=\"img\" "
                 "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
                 "xmlns=\"http://www.w3.org/2000/svg\">\n"
                 "<title>Verserende sager ved månedens udgang</title>\n",
                 G_B, G_H, G_B, G_H);
    for (int k = 0; k <= 5; k++) {
        long v = ymax * k / 5;
        int y = G_T + hoejde - (int)((long)hoejde * k / 5);

        sag_buf_addf(b,
                     "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
                     "class=\"gitter\"/>"
                     "<text x=\"%d\" y=\"%d\" class=\"akse\" "
                     "text-anchor=\"end\">%s</text>\n",
                     G_V, y, G_V + bredde, y, G_V - 6, y + 4, c_tal(&c, v));
    }
    for (int serie = 0; serie < 2; serie++) {
        sag_buf_addf(b, "<polyline class=\"%s\" fill=\"none\" points=\"",
                     serie == 0 ? "linje-verserende" : "linje-over2");
        for (size_t i = 0; i < n; i++) {
            long v = serie == 0 ? r->maaneder[i].verserende
                                : r->maaneder[i].over_2_aar;
            int x = G_V + (n > 1 ? (int)((long)bredde * (long)i / (long)(n - 1))
                                 : bredde / 2);
            int y = G_T + hoejde - (int)((long)hoejde * v / ymax);

            sag_buf_addf(b, "%s%d,%d", i ? " " : "", x, y);
        }
        sag_buf_adds(b, "\"/>\n");
    }
    for (size_t i = 0; i < n; i++) {
        const struct sag_pf_maaned *m = &r->maaneder[i];
        int x = G_V + (n > 1 ? (int)((long)bredde * (long)i / (long)(n - 1))
                             : bredde / 2);

        if (m->maaned != 1 && i != 0)
            continue;
        sag_buf_addf(b,
                     "<text x=\"%d\" y=\"%d\" class=\"akse\" "
                     "text-anchor=\"middle\">%s %d</text>\n",
                     x, G_T + hoejde + 18, maanedsnavne[m->maaned - 1], m->aar);
    }
    sag_buf_addf(b,
                 "<text x=\"%d\" y=\"%d\" class=\"forklaring "
                 "linje-verserende-tekst\">— verserende</text>"
                 "<text x=\"%d\" y=\"%d\" class=\"forklaring "
                 "linje-over2-tekst\">— over 2 år</text>\n</svg>\n",
                 G_V, G_H - 8, G_V + 140, G_H - 8);
    sag_buf_release(&c.b);
}

/* Horizontal bars: one per label, value in `v` (scaled to `max`), shown as
 * `vis`. */
struct bjaelke {
    const char *navn;
    long v;
    const char *vis;
};

static void
graf_bjaelker(struct sag_buf *b, const char *id, const char *titel,
              const struct bjaelke *x, size_t n, long max, long markering)
{
    int raekke = 26, venstre = 400, bredde = G_B - venstre - 90;
    int hoejde = (int)n * raekke + 30;

    if (max <= 0)
        max = 1;
    sag_buf_addf(b,
                 "<svg id=\"%s\" class=\"graf\" role=\"img\" viewBox=\"0 0 %d "
                 "%d\" width=\"%d\" height=\"%d\" "
                 "xmlns=\"http://www.w3.org/2000/svg\">\n<title>",
                 id, G_B, hoejde, G_B, hoejde);
    html_tekst(b, titel);
    sag_buf_adds(b, "</title>\n");
    for (size_t i = 0; i < n; i++) {
        int y = 10 + (int)i * raekke;
        long v = x[i].v < 0 ? 0 : x[i].v;
        int w = (int)((long)bredde * (v > max ? max : v) / max);

        sag_buf_addf(b,
                     "<text x=\"%d\" y=\"%d\" class=\"akse\" "
                     "text-anchor=\"end\">",
                     venstre - 8, y + 15);
        html_tekst(b, x[i].navn);
        sag_buf_addf(b,
                     "</text><rect class=\"bjaelke\" x=\"%d\" y=\"%d\" "
                     "width=\"%d\" height=\"%d\"/><text x=\"%d\" y=\"%d\" "
                     "class=\"vaerdi\">",
                     venstre, y + 2, w, raekke - 8, venstre + w + 6, y + 15);
        html_tekst(b, x[i].vis);
        sag_buf_adds(b, "</text>\n");
    }
    if (markering >= 0 && markering <= max) {
        int mx = venstre + (int)((long)bredde * markering / max);

        sag_buf_addf(b,
                     "<line class=\"maal\" x1=\"%d\" y1=\"4\" x2=\"%d\" "
                     "y2=\"%d\"/>\n",
                     mx, mx, hoejde - 20);
    }
    sag_buf_adds(b, "</svg>\n");
}

static void
h_celle(struct sag_buf *b, const char *tag, const char *s)
{
    sag_buf_addf(b, "<%s>", tag);
    html_tekst(b, s);
    sag_buf_addf(b, "</%s>", tag);
}

void
sag_pf_html(const struct sag_pf_gengiv *g, struct sag_buf *b)
{
    const struct sag_pf_rapport *r = g->rapport;
    struct celle c;
    struct sag_buf
        vis[SAG_PF_FRISTLINJER + SAG_ANTAL_GRUPPER + 2 + SAG_PF_ALDERSGRUPPER];
    struct bjaelke x[SAG_PF_FRISTLINJER + SAG_ANTAL_GRUPPER + 2];
    char navne[SAG_PF_FRISTLINJER][160];
    long alle = r->tid[SAG_PF_RAEKKE_ALLE].antal, max;
    size_t n;
    char d1[SAG_DATO_DK_LEN], d2[SAG_DATO_DK_LEN], d3[SAG_DATO_DK_LEN];

    sag_buf_init(&c.b, 0);
    for (size_t i = 0; i < sizeof(vis) / sizeof(vis[0]); i++)
        sag_buf_init(&vis[i], 0);
    sag_dato_format_dk(r->fra, d1);
    sag_dato_format_dk(r->til, d2);
    sag_dato_format_dk(r->pr, d3);
    sag_buf_adds(b, "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta "
                    "charset=\"utf-8\">\n<title>");
    html_tekst(b, g->titel ? g->titel : "Porteføljerapport");
    sag_buf_adds(
        b,
        "</title>\n<style>\n"
        "body{font-family:system-ui,sans-serif;margin:2em;color:#1b1b1b;"
        "max-width:1100px}\n"
        "h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em;"
        "border-bottom:1px solid #ccc}\n"
        "table{border-collapse:collapse;margin:.5em 0}td,th{padding:.2em "
        ".6em;border-bottom:1px solid #eee;text-align:left}"
        "td.tal,th.tal{text-align:right}#klager{font-size:.78em}\n"
        ".syntetisk{background:#fff3cd;padding:.4em .8em;display:inline-block}"
        "\n.graf{display:block;margin:1em 0}.gitter{stroke:#e3e3e3}"
        ".akse{font-size:12px;fill:#444}.vaerdi{font-size:12px;fill:#1b1b1b}\n"
        ".linje-verserende{stroke:#1f5fa8;stroke-width:2.5}"
        ".linje-over2{stroke:#c0392b;stroke-width:2}"
        ".linje-verserende-tekst{fill:#1f5fa8}.linje-over2-tekst{fill:#c0392b}"
        "\n.forklaring{font-size:13px}.bjaelke{fill:#1f5fa8}"
        ".maal{stroke:#c0392b;stroke-dasharray:4 3;stroke-width:1.5}\n"
        "</style>\n</head>\n<body>\n<h1>");
    html_tekst(b, g->titel ? g->titel : "Porteføljerapport");
    sag_buf_addf(b, " %s–%s</h1>\n<p>Opgjort pr. %s.</p>\n", d1, d2, d3);
    if (g->syntetisk)
        sag_buf_adds(b, "<p class=\"syntetisk\">Syntetiske data — ingen "
                        "rigtige personer.</p>\n");

    /* Key figures. */
    sag_buf_adds(b, "<h2>Porteføljen</h2>\n<table id=\"noegletal\">\n");
    sag_buf_adds(b, "<tr><th>Tilgang i perioden</th><td class=\"tal\">");
    sag_pf_tal(b, r->tilgang);
    sag_buf_adds(b, "</td></tr>\n<tr><th>Afsluttet i perioden</th><td "
                    "class=\"tal\">");
    sag_pf_tal(b, r->afsluttet);
    sag_buf_addf(b,
                 "</td></tr>\n<tr><th>Verserende sager pr. %s</th><td "
                 "class=\"tal\">",
                 d3);
    sag_pf_tal(b, r->verserende);
    sag_buf_adds(b, "</td></tr>\n<tr><th>Gns. alder, verserende "
                    "førstegangssager</th><td class=\"tal\">");
    sag_pf_tiendedele(b, gns_alder_tiende(r->alder_foerstegang_sum_dage,
                                          r->verserende_foerstegang));
    sag_buf_adds(b, " mdr.</td></tr>\n<tr><th>Sager over 2 år</th><td "
                    "class=\"tal\">");
    sag_pf_tal(b, r->over_2_aar);
    sag_buf_adds(b, "</td></tr>\n</table>\n");

    sag_buf_adds(b, "<h2>Verserende sager over tid</h2>\n");
    graf_verserende(b, r);

    sag_buf_addf(b, "<h2>Aldersfordeling pr. %s</h2>\n", d3);
    max = 0;
    for (size_t i = 0; i < SAG_PF_ALDERSGRUPPER; i++) {
        struct sag_buf *v =
            &vis[SAG_PF_FRISTLINJER + SAG_ANTAL_GRUPPER + 2 + i];

        sag_pf_tal(v, r->alder[i]);
        x[i].navn = sag_pf_aldersgruppe_tekst(i);
        x[i].v = r->alder[i];
        x[i].vis = v->buf ? v->buf : "";
        if (r->alder[i] > max)
            max = r->alder[i];
    }
    graf_bjaelker(b, "graf-alder", "Verserende sager efter alder", x,
                  SAG_PF_ALDERSGRUPPER, paent_max(max), -1);

    sag_buf_adds(b, "<h2>Gennemsnitlig sagsbehandlingstid for sager "
                    "afsluttet i perioden</h2>\n<table "
                    "id=\"behandlingstid\">\n<tr><th>Sagsgruppe</th><th "
                    "class=\"tal\">Andel</th><th "
                    "class=\"tal\">Afsluttet</th><th class=\"tal\">Mdr.</th>"
                    "</tr>\n");
    max = 0;
    n = 0;
    for (size_t i = 0; i < ANTAL_TIDSRAEKKER; i++) {
        const struct sag_pf_behandlingstid *t = &r->tid[tidsraekker[i]];
        long m = sag_pf_maaneder_tiendedele(t->sum_dage, t->antal);

        sag_buf_adds(b, "<tr>");
        h_celle(b, "td", tidsraekke_tekst(tidsraekker[i]));
        sag_buf_adds(b, "<td class=\"tal\">");
        sag_pf_procent(b, sag_pf_promille(t->antal, alle));
        sag_buf_adds(b, "</td><td class=\"tal\">");
        sag_pf_tal(b, t->antal);
        sag_buf_adds(b, "</td><td class=\"tal\">");
        sag_pf_tiendedele(b, m);
        sag_buf_adds(b, "</td></tr>\n");
        if (m >= 0) {
            sag_pf_tiendedele(&vis[n], m);
            sag_buf_adds(&vis[n], " mdr.");
            x[n].navn = tidsraekke_tekst(tidsraekker[i]);
            x[n].v = m;
            x[n].vis = vis[n].buf;
            if (m > max)
                max = m;
            n++;
        }
    }
    sag_buf_adds(b, "</table>\n");
    graf_bjaelker(b, "graf-behandlingstid",
                  "Gennemsnitlig sagsbehandlingstid pr. sagsgruppe (mdr.)", x,
                  n, paent_max(max), -1);

    sag_buf_adds(b, "<h2>Overholdelse af lovbestemte frister</h2>\n<table "
                    "id=\"frister\">\n<tr><th>Frist</th><th "
                    "class=\"tal\">Opfyldt</th><th class=\"tal\">I alt</th>"
                    "<th class=\"tal\">Andel</th></tr>\n");
    for (size_t i = 0; i < sizeof(vis) / sizeof(vis[0]); i++)
        sag_buf_reset(&vis[i]);
    n = 0;
    for (size_t i = 0; i < r->antal_fristlinjer; i++) {
        const struct sag_pf_frist_linje *l = &r->frister[i];
        long p = sag_pf_promille(l->opfyldt, l->i_alt);

        sag_pf_fristlinje_tekst(l, navne[i], sizeof(navne[i]));
        sag_buf_adds(b, "<tr>");
        h_celle(b, "td", navne[i]);
        sag_buf_adds(b, "<td class=\"tal\">");
        sag_pf_tal(b, l->opfyldt);
        sag_buf_adds(b, "</td><td class=\"tal\">");
        sag_pf_tal(b, l->i_alt);
        sag_buf_adds(b, "</td><td class=\"tal\">");
        sag_pf_procent(b, p);
        sag_buf_adds(b, "</td></tr>\n");
        if (p >= 0) {
            sag_pf_procent(&vis[n], p);
            x[n].navn = navne[i];
            x[n].v = p;
            x[n].vis = vis[n].buf;
            n++;
        }
    }
    sag_buf_adds(b, "</table>\n");
    graf_bjaelker(b, "graf-frister",
                  "Andel opfyldte frister (stiplet: 50 %, AES' forventning "
                  "til 3-månedersfristen)",
                  x, n, 1000, 500);

    sag_buf_adds(b, "<h2>Klager efter året for AES' afgørelse</h2>\n<table "
                    "id=\"klager\">\n<tr><th>År</th><th "
                    "class=\"tal\">Afgørelser</th><th "
                    "class=\"tal\">Klager</th><th "
                    "class=\"tal\">Klageprocent</th><th "
                    "class=\"tal\">Stadfæstet</th><th "
                    "class=\"tal\">Ændret</th><th "
                    "class=\"tal\">Hjemvist</th><th "
                    "class=\"tal\">Afvist</th><th class=\"tal\">Ændret af "
                    "AES</th><th class=\"tal\">Verserer</th><th "
                    "class=\"tal\">Stadfæstelsesprocent</th><th "
                    "class=\"tal\">ekskl. hjemviste</th></tr>\n");
    for (size_t i = 0; i < r->antal_klageaar; i++) {
        const struct sag_pf_klage_aar *k = &r->klager[i];
        const long tal[] = { k->afgoerelser, k->klager };
        const long udfald[] = { k->stadfaestet,
                                k->aendret,
                                k->hjemvist,
                                k->afvist,
                                k->aendret_ved_genvurdering,
                                k->verserende };

        sag_buf_addf(b, "<tr><td>%d</td>", k->aar);
        for (size_t j = 0; j < 2; j++) {
            sag_buf_adds(b, "<td class=\"tal\">");
            sag_pf_tal(b, tal[j]);
            sag_buf_adds(b, "</td>");
        }
        sag_buf_adds(b, "<td class=\"tal\">");
        sag_pf_procent(b, sag_pf_promille(k->klager, k->afgoerelser));
        sag_buf_adds(b, "</td>");
        for (size_t j = 0; j < 6; j++) {
            sag_buf_adds(b, "<td class=\"tal\">");
            sag_pf_tal(b, udfald[j]);
            sag_buf_adds(b, "</td>");
        }
        sag_buf_adds(b, "<td class=\"tal\">");
        sag_pf_procent(b, sag_pf_stadfaestelse(k, true));
        sag_buf_adds(b, "</td><td class=\"tal\">");
        sag_pf_procent(b, sag_pf_stadfaestelse(k, false));
        sag_buf_adds(b, "</td></tr>\n");
    }
    sag_buf_adds(b, "</table>\n");

    if (g->kvalitet != NULL) {
        const struct sag_pf_kvalitet *q = g->kvalitet;

        sag_buf_adds(b, "<h2>Kvalitet: stikprøve af afgørelser (mål: 95 % "
                        "materielt korrekte)</h2>\n<table "
                        "id=\"kvalitet\">\n<tr><th>Sagstype</th><th "
                        "class=\"tal\">Udtrukket</th><th "
                        "class=\"tal\">Vurderet</th><th "
                        "class=\"tal\">Korrekte</th><th "
                        "class=\"tal\">Andel</th></tr>\n");
        for (size_t i = 0; i < 6; i++) {
            const struct sag_pf_kvalitet_linje *l = &q->linjer[i];

            if (i > 0 && l->udtrukket == 0)
                continue;
            sag_buf_adds(b, "<tr>");
            h_celle(b, "td", kvalitet_typer[i]);
            sag_buf_adds(b, "<td class=\"tal\">");
            sag_pf_tal(b, l->udtrukket);
            sag_buf_adds(b, "</td><td class=\"tal\">");
            sag_pf_tal(b, l->vurderet);
            sag_buf_adds(b, "</td><td class=\"tal\">");
            sag_pf_tal(b, l->korrekt);
            sag_buf_adds(b, "</td><td class=\"tal\">");
            sag_pf_procent(b, sag_pf_promille(l->korrekt, l->vurderet));
            sag_buf_adds(b, "</td></tr>\n");
        }
        sag_buf_adds(b, "</table>\n");
    }
    if (g->prognose != NULL) {
        const struct sag_pf_prognose *p = g->prognose;

        sag_buf_addf(b, "<h2>Prognose og realiseret %d</h2>\n", p->aar);
        if (p->antal > 0)
            sag_buf_adds(b, "<table id=\"prognose\">\n<tr><th>Sagsgruppe</th>"
                            "<th class=\"tal\">Prognose</th><th "
                            "class=\"tal\">Realiseret</th></tr>\n");
        for (size_t i = 0; i < p->antal; i++) {
            const struct sag_pf_prognose_linje *l = &p->linjer[i];

            sag_buf_adds(b, "<tr>");
            h_celle(b, "td", prognose_gruppe_tekst(l->gruppe));
            sag_buf_adds(b, "<td class=\"tal\">");
            sag_pf_tiendedele(b, l->fra);
            sag_buf_adds(b, "–");
            sag_pf_tiendedele(b, l->til);
            sag_buf_adds(b, " mdr.</td><td class=\"tal\">");
            sag_pf_tiendedele(b, realiseret_tid(p, l->gruppe));
            sag_buf_adds(b, " mdr.</td></tr>\n");
        }
        if (p->antal > 0)
            sag_buf_adds(b, "</table>\n");
        if (p->har_produktionsmaal) {
            sag_buf_adds(b, "<p>Produktion: mål ");
            sag_pf_tal(b, p->produktionsmaal);
            sag_buf_adds(b, " afsluttede sager, realiseret ");
            sag_pf_tal(b, p->afsluttet);
            sag_buf_adds(b, ".</p>\n");
        }
    }
    udbetalinger_html(g->udbetalinger, b);
    sag_buf_adds(b, "<p><small>Skadesag. Definitioner: docs/portefolje.md."
                    "</small></p>\n</body>\n</html>\n");
    for (size_t i = 0; i < sizeof(vis) / sizeof(vis[0]); i++)
        sag_buf_release(&vis[i]);
    sag_buf_release(&c.b);
}
