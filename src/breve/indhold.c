/*
 * What a letter says (docs/breve.md), built from a case's stored records:
 * the decision record (input, result and trace, as the engine stored it)
 * and the events. Nothing is recomputed: every figure is the stored one,
 * formatted in Danish by the shared formatters (penge.h, dato.h,
 * visning.h). Each decision point has "Resultatet er", then "Sådan har vi
 * vurderet sagen", "Det er afgørende for resultatet", "Sådan har vi
 * beregnet" (the trace's own Danish sentences, without rule ids or open
 * questions), "Om reglerne" (the acts as the trace cites them for the
 * case's own regime), the documents relied on and the appeal guidance with
 * its concrete last day (forvaltningsloven §§ 22-25).
 */
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "breve_int.h"
#include "skadesag/breve.h"
#include "skadesag/frister.h"
#include "skadesag/lov.h"
#include "skadesag/penge.h"
#include "skadesag/visning.h"

#include "../base/banned.h"

/* ---- building blocks ---- */

struct bygger {
    struct sag_arena *a;
    struct sag_brev *b;
    const struct sag_tj_mappe *mp;
    const struct sag_kalender *kal;
    struct sag_buf t; /* scratch */
};

static const char *
kopi(struct bygger *g, const char *s)
{
    return sag_arena_strdup(g->a, s != NULL ? s : "");
}

static const char *fmt(struct bygger *g, const char *f, ...) SAG_PRINTF(2, 3);

static const char *
fmt(struct bygger *g, const char *f, ...)
{
    va_list ap;
    char tmp[2048];

    va_start(ap, f);
    (void)vsnprintf(tmp, sizeof(tmp), f, ap);
    va_end(ap);
    return kopi(g, tmp);
}

static void
blok(struct bygger *g, enum sag_brev_art art, const char *tekst,
     const char *vaerdi)
{
    struct sag_brev *b = g->b;

    if (b->antal_blokke == b->plads) {
        size_t ny = b->plads ? b->plads * 2 : 64;
        struct sag_brev_blok *p = sag_arena_alloc(g->a, ny * sizeof(*p));

        if (p == NULL)
            return;
        if (b->antal_blokke > 0)
            memcpy(p, b->blokke, b->antal_blokke * sizeof(*p));
        b->blokke = p;
        b->plads = ny;
    }
    b->blokke[b->antal_blokke].art = art;
    b->blokke[b->antal_blokke].tekst = tekst;
    b->blokke[b->antal_blokke].vaerdi = vaerdi;
    b->antal_blokke++;
}

#define AFSNIT(g, s) blok(g, SAG_BREV_AFSNIT, s, NULL)
#define TEKST(g, s) blok(g, SAG_BREV_TEKST, s, NULL)
#define PUNKT(g, s) blok(g, SAG_BREV_PUNKT, s, NULL)
#define RAEKKE(g, s, v) blok(g, SAG_BREV_RAEKKE, s, v)

static const char *
kr(struct bygger *g, json_int_t oere)
{
    char s[SAG_PENGE_STR_LEN];

    sag_penge_format_dk((struct sag_penge){ (int64_t)oere }, s);
    return kopi(g, s);
}

static const char *
dk(struct bygger *g, struct sag_dato d)
{
    char s[SAG_DATO_DK_LEN];

    sag_dato_format_dk(d, s);
    return kopi(g, s);
}

static const char *
lang(struct bygger *g, struct sag_dato d)
{
    char s[SAG_DATO_LANG_LEN];

    sag_dato_format_lang(d, s);
    return kopi(g, s);
}

/* An ISO date text as "31.12.2024". */
static const char *
dk_iso(struct bygger *g, const char *iso)
{
    char s[SAG_DATO_DK_LEN];

    return kopi(g, sag_visning_dato(iso, s));
}

static const char *
jtekst(json_t *o, const char *k)
{
    const char *s = json_string_value(json_object_get(o, k));

    return s != NULL ? s : "";
}

static bool
jtal(json_t *o, const char *k, json_int_t *ud)
{
    json_t *v = json_object_get(o, k);

    if (!json_is_integer(v))
        return false;
    *ud = json_integer_value(v);
    return true;
}

/* The trace's Danish sentence without what belongs only in the
 * caseworker's view: parentheses naming an open question ("Q-01") or a
 * source line ("L123"). */
static const char *
ren(struct bygger *g, const char *s)
{
    sag_buf_reset(&g->t);
    for (const char *p = s; *p;) {
        if (*p == '(') {
            const char *q = strchr(p, ')');

            if (q != NULL) {
                bool intern = false;

                for (const char *r = p; r < q && !intern; r++)
                    intern = (r[0] == 'Q' && r[1] == '-') ||
                             (r[0] == 'L' && r[1] >= '0' && r[1] <= '9');
                if (intern) {
                    if (g->t.len > 0 && g->t.buf[g->t.len - 1] == ' ')
                        sag_buf_truncate(&g->t, g->t.len - 1);
                    p = q + 1;
                    continue;
                }
            }
        }
        sag_buf_addc(&g->t, *p++);
    }
    return kopi(g, g->t.buf);
}

/* ---- the letterhead ---- */

/* The injured person's copy goes by Digital Post to their CPR number; the
 * letter shows the birth-date part only (the whole number is the
 * addressing, not the letter's content). Copies go to the insurer, the
 * employer and a representative where the case names them. */
static void
brevhoved(struct bygger *g, const char *titel, const char *ref_id,
          struct sag_dato dato)
{
    struct sag_brev *b = g->b;
    const struct sag_tilstand *t = &g->mp->m.tilstand;
    char cpr[SAG_CPR_LEN + 1];
    json_t *o = NULL;

    b->titel = titel;
    b->dato = dato;
    b->afsender[b->antal_afsender++] = SAG__BREV_AFSENDER;
    b->afsender[b->antal_afsender++] = "aes.dk";

    for (size_t i = 0; i < g->mp->m.antal_haendelser; i++)
        if (strcmp(g->mp->m.haendelser[i].type, "oprettet") == 0 &&
            g->mp->m.haendelser[i].data != NULL) {
            o = json_loads(g->mp->m.haendelser[i].data, 0, NULL);
            break;
        }
    b->modtager[b->antal_modtager++] = "Til den tilskadekomne";
    sag_cpr_maskeret(t->cpr, cpr);
    b->modtager[b->antal_modtager++] = fmt(g, "CPR-nr. %s", cpr);
    b->modtager[b->antal_modtager++] = "Sendt med Digital Post";
    if (t->forsikring[0] != '\0')
        b->modtager[b->antal_modtager++] =
            fmt(g, "Kopi: %s (forsikringsselskab)", t->forsikring);
    if (o != NULL && jtekst(o, "arbejdsgiver_cvr")[0] != '\0')
        b->modtager[b->antal_modtager++] =
            fmt(g, "Kopi: arbejdsgiveren (CVR-nr. %s)",
                jtekst(o, "arbejdsgiver_cvr"));
    if (o != NULL && jtekst(o, "repraesentant")[0] != '\0')
        b->modtager[b->antal_modtager++] =
            fmt(g, "Kopi: %s (repræsentant)", jtekst(o, "repraesentant"));
    json_decref(o);

    b->reference[b->antal_reference++] = fmt(g, "Dato: %s", lang(g, dato));
    b->reference[b->antal_reference++] = fmt(g, "Sagsnr.: %s", t->id);
    if (ref_id != NULL)
        b->reference[b->antal_reference++] = fmt(g, "Afgørelse: %s", ref_id);
    b->reference[b->antal_reference++] =
        fmt(g, "Skadedato: %s", dk(g, t->skadedato));
}

/* ---- the common sections ---- */

/* The documents relied on: the notification and the information received,
 * as the events recorded them. */
static void
dokumenter(struct bygger *g, const char *beregning_id)
{
    const struct sag_tilstand *t = &g->mp->m.tilstand;

    AFSNIT(g, "Oplysninger, vi har lagt vægt på");
    PUNKT(g, fmt(g, "Anmeldelsen af skaden, modtaget %s",
                 dk(g, t->anmeldelsesdato)));
    for (size_t i = 0; i < g->mp->m.antal_haendelser; i++) {
        const struct sag_haendelse_post *h = &g->mp->m.haendelser[i];
        json_t *o;

        if (strcmp(h->type, "oplysninger_modtaget") != 0)
            continue;
        o = json_loads(h->data != NULL ? h->data : "{}", 0, NULL);
        PUNKT(g, fmt(g, "Oplysninger fra %s, modtaget %s",
                     o != NULL && jtekst(o, "part")[0] != '\0'
                         ? sag_visning_ord(jtekst(o, "part"))
                         : "en part",
                     dk_iso(g, h->dato)));
        json_decref(o);
    }
    if (beregning_id != NULL)
        PUNKT(g, fmt(g, "Beregningsgrundlaget i afgørelse %s", beregning_id));
}

/* The appeal guidance with the concrete last day (§ 44, stk. 3: 4 weeks
 * from receipt; sag_klagefrist counts receipt as the next business day
 * after sending by Digital Post). */
static void
klagevejledning(struct bygger *g, struct sag_dato sendt)
{
    struct sag_dato sidst = sag_klagefrist(sendt, g->kal);

    AFSNIT(g, "Sådan klager du");
    TEKST(g, fmt(g,
                 "Hvis du er uenig i afgørelsen, kan du klage. Vi skal have "
                 "din klage senest %s.",
                 lang(g, sidst)));
    TEKST(g, "Fristen er 4 uger fra den dag, du har modtaget afgørelsen. "
             "Vi regner med, at du har modtaget den første hverdag efter, "
             "at vi har sendt den med Digital Post.");
    TEKST(g, "Du sender klagen til Arbejdsmarkedets Erhvervssikring, for "
             "eksempel med Digital Post eller på aes.dk. Skriv, hvad du er "
             "uenig i. Vi vurderer afgørelsen igen. Hvis vi fastholder den, "
             "sender vi din klage videre til Ankestyrelsen, som afgør den.");
    TEKST(g, "Klagereglerne står i lov om arbejdsskadesikring § 44.");
}

/* The acts a trace cites, by name, number and date, once each, in order:
 * the parenthesised act ("lov nr. 422 af 10. juni 2003 om …, som ændret
 * ved …"), the 1992 act, the guidance and the Supreme Court's judgments.
 * Which act the trace cites follows from the case's own regime, so a
 * letter for a 2019 injury names the law that applied to it. */
static void
om_reglerne(struct bygger *g, json_t *spor, const char *ekstra)
{
    const char *kendte[] = { SAG_KILDE_LOV_1992, SAG_KILDE_VEJ,
                             SAG_KILDE_HR_2024, SAG_KILDE_HR_2025,
                             SAG_KILDE_BEK_581_2024 };
    const char *fundet[16];
    size_t n = 0;
    char paragraffer[512] = "";
    size_t i;
    json_t *trin;

    AFSNIT(g, "Om reglerne");
    json_array_foreach(spor, i, trin)
    {
        const char *k = jtekst(trin, "kilde");
        const char *p;

        /* "ASL § 17, stk. 2 (lov nr. …)": the section, and the act. */
        for (p = strstr(k, "ASL §"); p != NULL; p = strstr(p + 1, "ASL §")) {
            char par[16];
            size_t j = 0;
            const char *q = p + 4;

            while (*q && j + 1 < sizeof(par) &&
                   ((unsigned char)*q >= 0x80 || *q == ' ' ||
                    (*q >= '0' && *q <= '9') || *q == 'a') &&
                   !(j > 3 && *q == ' '))
                par[j++] = *q++;
            par[j] = '\0';
            while (j > 0 && par[j - 1] == ' ')
                par[--j] = '\0';
            if (j > 2 && strstr(paragraffer, par) == NULL &&
                strlen(paragraffer) + j + 4 < sizeof(paragraffer)) {
                {
                    size_t l = strlen(paragraffer);

                    (void)snprintf(paragraffer + l, sizeof(paragraffer) - l,
                                   "%s%s", l > 0 ? ", " : "", par);
                }
            }
        }
        for (p = strstr(k, "(lov nr. "); p != NULL;
             p = strstr(p + 1, "(lov nr. ")) {
            const char *q = strchr(p, ')');
            const char *s;
            bool har = false;

            if (q == NULL)
                break;
            sag_buf_reset(&g->t);
            sag_buf_add(&g->t, p + 1, (size_t)(q - p - 1));
            s = kopi(g, g->t.buf);
            for (size_t j = 0; j < n && !har; j++)
                har = strcmp(fundet[j], s) == 0;
            if (!har && n < 16)
                fundet[n++] = s;
        }
        for (size_t m = 0; m < sizeof(kendte) / sizeof(kendte[0]); m++) {
            bool har = false;

            if (strstr(k, kendte[m]) == NULL)
                continue;
            for (size_t j = 0; j < n && !har; j++)
                har = strcmp(fundet[j], kendte[m]) == 0;
            if (!har && n < 16)
                fundet[n++] = kendte[m];
        }
    }
    if (n > 0)
        TEKST(g, "Afgørelsen er truffet efter de regler, der gælder for din "
                 "skade:");
    for (size_t j = 0; j < n; j++)
        PUNKT(g, fundet[j]);
    if (paragraffer[0] != '\0')
        TEKST(g, fmt(g,
                     "Vi har brugt disse bestemmelser i loven om "
                     "arbejdsskadesikring: %s.",
                     paragraffer));
    if (ekstra != NULL)
        TEKST(g, ekstra);
    TEKST(g, "Du kan læse lovene på retsinformation.dk.");
}

/* ---- the decision on loss of earning capacity ---- */

static const struct sag_haendelse_post *
haendelse_om(const struct sag_tj_mappe *mp, const char *type, const char *id)
{
    for (size_t i = mp->m.antal_haendelser; i-- > 0;) {
        const struct sag_haendelse_post *h = &mp->m.haendelser[i];

        if (strcmp(h->type, type) == 0 && h->data != NULL &&
            (id == NULL || strstr(h->data, id) != NULL))
            return h;
    }
    return NULL;
}

static enum sag_status
tab_brev(struct bygger *g, const char *ref, struct sag_diag *d)
{
    const struct sag_afgoerelse_post *p = NULL;
    const struct sag_tilstand *t = &g->mp->m.tilstand;
    const struct sag_haendelse_post *h;
    struct sag_dato dato;
    json_t *r, *spor, *trin;
    json_int_t fastsat = 0, samlet = 0, tilkendt = 0, v;
    bool ret, midlertidig, andengang;
    const char *form;
    size_t i;

    for (size_t j = 0; j < g->mp->m.antal_afgoerelser; j++)
        if (ref == NULL || strcmp(g->mp->m.afgoerelser[j].id, ref) == 0)
            p = &g->mp->m.afgoerelser[j];
    if (p == NULL)
        return sag_diag_set(d, SAG_ENOTFOUND, "/ref",
                            "afgørelsen om erhvervsevnetab findes ikke i "
                            "sagen");
    if (sag_dato_parse_iso(p->dato, strlen(p->dato), &dato) != SAG_OK ||
        (r = json_loads(p->resultat, 0, NULL)) == NULL)
        return sag_diag_set(d, SAG_EINVAL, "/ref",
                            "den gemte afgørelse kan ikke læses");
    h = haendelse_om(g->mp, "erhvervsevnetab_afgjort", p->id);
    spor = json_object_get(r, "spor");
    (void)jtal(r, "erhvervsevnetab_fastsat_pct", &fastsat);
    if (!jtal(r, "erhvervsevnetab_samlet_pct", &samlet))
        samlet = fastsat;
    if (!jtal(r, "erhvervsevnetab_pct", &tilkendt))
        tilkendt = fastsat;
    ret = json_is_true(json_object_get(r, "ret_til_erstatning"));
    midlertidig = strcmp(jtekst(r, "afgoerelse"), "midlertidig") == 0;
    andengang = t->generation != SAG_GENERATION_FOERSTEGANG;
    form = jtekst(r, "udbetalingsform");

    brevhoved(g,
              midlertidig ? "Midlertidig afgørelse om erstatning for tab af "
                            "erhvervsevne"
                          : "Afgørelse om erstatning for tab af erhvervsevne",
              p->id, dato);
    g->b->afgoerelse_id = p->id;

    /* Resultatet er */
    AFSNIT(g, "Resultatet er");
    if (andengang)
        TEKST(g, fmt(g,
                     "Vi har behandlet sagen igen (sag %s, der fortsætter "
                     "sag %s).",
                     t->id, t->forrige_sag_id));
    if (!ret) {
        TEKST(g, "Du har ikke ret til erstatning for tab af erhvervsevne, "
                 "fordi dit erhvervsevnetab er mindre end 15 %.");
    } else {
        TEKST(g, fmt(g,
                     "Du har ret til erstatning for tab af erhvervsevne. Vi "
                     "har fastsat dit erhvervsevnetab til %d %%.",
                     (int)fastsat));
        if (samlet != fastsat)
            TEKST(g, fmt(g,
                         "Dit samlede erhvervsevnetab er %d %%. En del af "
                         "tabet skyldes andet end arbejdsskaden, og derfor "
                         "er det erhvervsevnetab, du får erstatning for, "
                         "%d %%.",
                         (int)samlet, (int)fastsat));
        if (tilkendt != fastsat)
            TEKST(g, fmt(g,
                         "Du har tidligere fået erstatning for en del af "
                         "tabet. Denne afgørelse giver dig erstatning for "
                         "%d %%.",
                         (int)tilkendt));
        if (strcmp(form, "kapital") == 0 && jtal(r, "kapitalbeloeb_oere", &v))
            TEKST(g, fmt(g,
                         "Erstatningen udbetales som et engangsbeløb "
                         "(kapitalbeløb) på %s",
                         kr(g, v)));
        else if (strcmp(form, "delvis_kapital") == 0 &&
                 jtal(r, "kapitalbeloeb_oere", &v))
            TEKST(g, fmt(g,
                         "Erstatningen udbetales dels løbende, dels som et "
                         "engangsbeløb (kapitalbeløb) på %s",
                         kr(g, v)));
        else if (strcmp(form, "loebende") == 0 &&
                 jtal(r, "maanedlig_erstatning_oere", &v))
            TEKST(g, fmt(g, "Erstatningen udbetales løbende med %s om måneden.",
                         kr(g, v)));
        if (!jtal(r, "aarlig_erstatning_oere", &v))
            TEKST(g, "Erstatningens størrelse er ikke fastsat endnu. Den "
                     "afhænger af, om du får tilskadekomstpension som "
                     "tjenestemand (lov om arbejdsskadesikring § 28). Når "
                     "det er afgjort, får du en ny afgørelse om beløbet.");
        if (midlertidig)
            TEKST(g, t->har_revisionsdato
                         ? fmt(g,
                               "Afgørelsen er midlertidig, fordi din "
                               "situation ikke er afklaret. Vi vurderer dit "
                               "erhvervsevnetab igen omkring %s.",
                               lang(g, t->revisionsdato))
                         : "Afgørelsen er midlertidig, fordi din situation "
                           "ikke er afklaret. Vi vurderer dit "
                           "erhvervsevnetab igen, når den er.");
    }

    RAEKKE(g, "Erhvervsevnetab", fmt(g, "%d %%", (int)fastsat));
    if (samlet != fastsat)
        RAEKKE(g, "Samlet erhvervsevnetab", fmt(g, "%d %%", (int)samlet));
    if (jtal(r, "aarsloen_oere", &v))
        RAEKKE(g, "Årsløn", kr(g, v));
    if (jtal(r, "aarsloen_reguleret_oere", &v))
        RAEKKE(g, "Årsløn reguleret til afgørelsens år", kr(g, v));
    if (jtal(r, "aarlig_erstatning_oere", &v))
        RAEKKE(g, "Erstatning om året", kr(g, v));
    if (jtal(r, "maanedlig_erstatning_oere", &v))
        RAEKKE(g, "Erstatning om måneden", kr(g, v));
    if (jtal(r, "tjenestemandsfradrag_oere", &v))
        RAEKKE(g, "Fradrag for tilskadekomstpension", kr(g, v));
    if (jtal(r, "kapitaliseret_pct", &v) && strcmp(form, "loebende") != 0 &&
        strcmp(form, "ingen") != 0)
        RAEKKE(g, "Omregnet til kapitalbeløb", fmt(g, "%d %%", (int)v));
    if (jtal(r, "kapitalbeloeb_oere", &v))
        RAEKKE(g, "Kapitalbeløb", kr(g, v));
    if (jtal(r, "afloesningsbeloeb_oere", &v))
        RAEKKE(g, "Afløsningsbeløb", kr(g, v));
    if (jtekst(r, "tilkendelsesdato")[0] != '\0')
        RAEKKE(g, "Erstatningen gælder fra",
               dk_iso(g, jtekst(r, "tilkendelsesdato")));
    if (jtekst(r, "loebende_indtil")[0] != '\0')
        RAEKKE(g, "Løbende erstatning indtil",
               dk_iso(g, jtekst(r, "loebende_indtil")));
    if (jtekst(r, "ophoersdato")[0] != '\0')
        RAEKKE(g, "Den løbende erstatning ophører",
               dk_iso(g, jtekst(r, "ophoersdato")));
    if (json_is_array(json_object_get(r, "fordeling"))) {
        json_t *f;

        json_array_foreach(json_object_get(r, "fordeling"), i, f)
        {
            json_int_t a = 0;

            if (jtal(f, "kapitalbeloeb_oere", &a) ||
                jtal(f, "aarlig_erstatning_oere", &a))
                RAEKKE(g, fmt(g, "Betales af %s", jtekst(f, "forsikring")),
                       kr(g, a));
        }
    }

    /* Sådan har vi vurderet sagen: the caseworker's reasons and every
     * assessed input with who assessed it and why. */
    AFSNIT(g, "Sådan har vi vurderet sagen");
    if (h != NULL && h->begrundelse != NULL && h->begrundelse[0] != '\0')
        TEKST(g, h->begrundelse);
    json_array_foreach(spor, i, trin)
    {
        if (strcmp(jtekst(trin, "art"), "vurderet") != 0)
            continue;
        if (jtekst(trin, "begrundelse")[0] != '\0')
            TEKST(g, fmt(g, "%s Begrundelse: %s", ren(g, jtekst(trin, "tekst")),
                         jtekst(trin, "begrundelse")));
        else
            TEKST(g, ren(g, jtekst(trin, "tekst")));
    }

    /* Det er afgørende for resultatet. */
    AFSNIT(g, "Det er afgørende for resultatet");
    PUNKT(g, fmt(g,
                 "Din skade skete %s, og sagen afgøres efter de regler, "
                 "der gjaldt da.",
                 dk(g, t->skadedato)));
    if (ret)
        PUNKT(g, fmt(g,
                     "Dit erhvervsevnetab er %d %%, og det er mindst "
                     "15 %%, som er grænsen for erstatning.",
                     (int)fastsat));
    else
        PUNKT(g, "Dit erhvervsevnetab er mindre end 15 %, som er grænsen "
                 "for erstatning.");
    if (jtal(r, "aarsloen_oere", &v))
        PUNKT(g, fmt(g, "Din årsløn er fastsat til %s", kr(g, v)));
    json_array_foreach(spor, i, trin)
    {
        if (strcmp(jtekst(trin, "art"), "ikke_opfyldt") == 0)
            PUNKT(g, ren(g, jtekst(trin, "tekst")));
    }

    /* Sådan har vi beregnet: the trace's sentences, in order. */
    AFSNIT(g, "Sådan har vi beregnet");
    json_array_foreach(spor, i, trin)
    {
        const char *art = jtekst(trin, "art");

        if (strcmp(art, "beregnet") == 0 || strcmp(art, "oplyst") == 0)
            PUNKT(g, ren(g, jtekst(trin, "tekst")));
    }

    om_reglerne(g, spor, NULL);
    dokumenter(g, p->id);
    klagevejledning(g, dato);
    json_decref(r);
    return SAG_OK;
}

/* ---- the entry ---- */

enum sag_status
sag_brev_byg(const struct sag_tj_mappe *mp, const struct sag_brev_bestilling *b,
             const struct sag_kalender *kal, struct sag_arena *a,
             struct sag_brev *ud, struct sag_diag *d)
{
    struct bygger g;
    struct sag_brev brev;
    enum sag_status st;

    if (b->type == NULL || b->type[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/type", "mangler");
    memset(&brev, 0, sizeof(brev));
    brev.type = b->type;
    brev.sag_id = mp->m.tilstand.id;
    g.a = a;
    g.b = &brev;
    g.mp = mp;
    g.kal = kal;
    sag_buf_init(&g.t, 1u << 16);
    if (strcmp(b->type, "erhvervsevnetab") == 0)
        st = tab_brev(&g, b->ref, d);
    else
        st = sag_diag_set(d, SAG_EINVAL, "/type",
                          "ukendt brevtype (erhvervsevnetab)");
    sag_buf_release(&g.t);
    if (st == SAG_OK && sag_arena_status(a) != SAG_OK)
        st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    if (st == SAG_OK)
        *ud = brev;
    return st;
}
