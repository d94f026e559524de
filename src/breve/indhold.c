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
#include "skadesag/spor.h"
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
 * caseworker's view: open questions ("Q-01"), source lines ("L123"), the
 * rate tables' provenance (sag_spor_borgertekst). */
static const char *
ren(struct bygger *g, const char *s)
{
    sag_buf_reset(&g->t);
    sag_spor_borgertekst(s, &g->t);
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
            /* "§ 17" or "§ 17 a" (a letter on its own). */
            char par[16], med[40], alle[520];
            size_t j = 0;
            const char *q = p + 4 + strlen("§ ");

            if (*q < '0' || *q > '9')
                continue;
            while (*q >= '0' && *q <= '9' && j < 6)
                par[j++] = *q++;
            par[j] = '\0';
            if (q[0] == ' ' && q[1] >= 'a' && q[1] <= 'z' &&
                (q[2] == '\0' || q[2] == ',' || q[2] == ' ' || q[2] == ')'))
                (void)snprintf(med, sizeof(med), "§ %s %c", par, q[1]);
            else
                (void)snprintf(med, sizeof(med), "§ %s", par);
            /* Once each: compare whole items ("§ 1" is not in "§ 17"). */
            (void)snprintf(alle, sizeof(alle), ", %s,", paragraffer);
            {
                char noegle[48];

                (void)snprintf(noegle, sizeof(noegle), ", %s,", med);
                if (strstr(alle, noegle) == NULL &&
                    strlen(paragraffer) + strlen(med) + 4 <
                        sizeof(paragraffer)) {
                    size_t l = strlen(paragraffer);

                    (void)snprintf(paragraffer + l, sizeof(paragraffer) - l,
                                   "%s%s", l > 0 ? ", " : "", med);
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
        if (!jtal(r, "aarlig_erstatning_oere", &v)) {
            /* No amounts: § 28's first step (the input says the
             * tilskadekomstpension is not decided), or the trace says why
             * not; the letter never guesses the reason. */
            json_t *in = json_loads(p->input, 0, NULL);
            const char *tjm = jtekst(json_object_get(in, "tjenestemand"),
                                     "tilskadekomstpension");

            if (strcmp(tjm, "ikke_afgjort") == 0)
                TEKST(g, "Erstatningens størrelse er ikke fastsat endnu. Den "
                         "afhænger af, om du får tilskadekomstpension som "
                         "tjenestemand (lov om arbejdsskadesikring § 28). "
                         "Når det er afgjort, får du en ny afgørelse om "
                         "beløbet.");
            else
                TEKST(g, "Vi kan endnu ikke beregne erstatningens "
                         "størrelse. Hvorfor, står under \"Det er afgørende "
                         "for resultatet\". Du får en ny afgørelse om "
                         "beløbet.");
            json_decref(in);
        }
        if (midlertidig) {
            /* The revision date as the decision's event recorded it (the
             * case's state moves on when the revision begins). */
            json_t *e = h != NULL && h->data != NULL
                            ? json_loads(h->data, 0, NULL)
                            : NULL;
            const char *rev = jtekst(e, "revisionsdato");
            struct sag_dato rd;

            if (rev[0] != '\0' &&
                sag_dato_parse_iso(rev, strlen(rev), &rd) == SAG_OK)
                TEKST(g, fmt(g,
                             "Afgørelsen er midlertidig, fordi din "
                             "situation ikke er afklaret. Vi vurderer dit "
                             "erhvervsevnetab igen omkring %s.",
                             lang(g, rd)));
            else
                TEKST(g, "Afgørelsen er midlertidig, fordi din situation "
                         "ikke er afklaret. Vi vurderer dit "
                         "erhvervsevnetab igen, når den er.");
            json_decref(e);
        }
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

/* ---- the other letters ---- */

static void
b_klage_reference(struct bygger *g, const char *klage_id)
{
    if (g->b->antal_reference < SAG_BREV_MAKS_LINJER)
        g->b->reference[g->b->antal_reference++] =
            fmt(g, "Klage: %s", klage_id);
}

/* The act in force for the case's key date (the accident date; the
 * notification date for a disease, law_facts 1.3 / § 8, stk. 2), by name,
 * number and date (lov.h), for letters without a trace to cite from. */
static const char *
lov_for_sag(const struct sag_tilstand *t)
{
    struct sag_dato n = t->type == SAG_SAGSTYPE_ERHVERVSSYGDOM
                            ? t->anmeldelsesdato
                            : t->skadedato;

    if (n.dage >= SAG_LOV_DATO_REFORM_2024.dage)
        return SAG_KILDE_ASL_REFORM;
    if (n.dage >= SAG_LOV_DATO_2020.dage)
        return SAG_KILDE_ASL ", som ændret ved " SAG_KILDE_LOV_550_2019;
    if (n.dage >= SAG_LOV_DATO_ASL_2003.dage)
        return SAG_KILDE_ASL;
    return SAG_KILDE_LOV_1992;
}

static void
om_reglerne_lov(struct bygger *g, const char *bestemmelser)
{
    AFSNIT(g, "Om reglerne");
    TEKST(g, "Afgørelsen er truffet efter de regler, der gælder for din "
             "skade:");
    PUNKT(g, lov_for_sag(&g->mp->m.tilstand));
    if (bestemmelser != NULL)
        TEKST(g, bestemmelser);
    TEKST(g, "Du kan læse lovene på retsinformation.dk.");
}

/* The decision reference `ref` (…-A1, …-M2) of phase `fase` in the state,
 * the latest if `ref` is NULL. */
static const struct sag_afgoerelse_ref *
find_afgoerelse(const struct sag_tilstand *t, enum sag_fase fase,
                const char *ref)
{
    const struct sag_afgoerelse_ref *r = NULL;

    for (size_t i = 0; i < t->antal_afgoerelser; i++)
        if (t->afgoerelser[i].fase == fase &&
            (ref == NULL || strcmp(t->afgoerelser[i].id, ref) == 0))
            r = &t->afgoerelser[i];
    return r;
}

static const char *
sagstype_tekst(const struct sag_tilstand *t)
{
    return t->type == SAG_SAGSTYPE_ERHVERVSSYGDOM ? "erhvervssygdom"
                                                  : "arbejdsulykke";
}

/* Recognition or rejection (the event "anerkendt" or "afvist"). */
static enum sag_status
anerkendelse_brev(struct bygger *g, const char *ref, struct sag_diag *d)
{
    const struct sag_tilstand *t = &g->mp->m.tilstand;
    const struct sag_afgoerelse_ref *r =
        find_afgoerelse(t, SAG_FASE_ANERKENDELSE, ref);
    const struct sag_haendelse_post *h;
    bool anerkendt;

    if (r == NULL)
        return sag_diag_set(d, SAG_ENOTFOUND, "/ref",
                            "afgørelsen om anerkendelse findes ikke i "
                            "sagen");
    h = haendelse_om(g->mp, "anerkendt", r->id);
    anerkendt = h != NULL;
    if (h == NULL)
        h = haendelse_om(g->mp, "afvist", r->id);
    brevhoved(g,
              anerkendt ? "Afgørelse: din skade er anerkendt som en "
                          "arbejdsskade"
                        : "Afgørelse: din skade kan ikke anerkendes som en "
                          "arbejdsskade",
              r->id, r->dato);
    g->b->afgoerelse_id = r->id;
    AFSNIT(g, "Resultatet er");
    TEKST(g, anerkendt
                 ? fmt(g,
                       "Vi anerkender din skade af %s som en %s efter "
                       "loven om arbejdsskadesikring.",
                       dk(g, t->skadedato), sagstype_tekst(t))
                 : fmt(g,
                       "Vi anerkender ikke din skade af %s som en %s efter "
                       "loven om arbejdsskadesikring.",
                       dk(g, t->skadedato), sagstype_tekst(t)));
    if (anerkendt)
        TEKST(g, "Vi vurderer nu, om du har ret til erstatning for varigt "
                 "mén og for tab af erhvervsevne. Du får en afgørelse om "
                 "hvert spørgsmål.");
    RAEKKE(g, "Skadedato", dk(g, t->skadedato));
    RAEKKE(g, "Anmeldt", dk(g, t->anmeldelsesdato));
    RAEKKE(g, "Resultat", anerkendt ? "Anerkendt" : "Ikke anerkendt");
    AFSNIT(g, "Sådan har vi vurderet sagen");
    if (h != NULL && h->begrundelse != NULL)
        TEKST(g, h->begrundelse);
    AFSNIT(g, "Det er afgørende for resultatet");
    PUNKT(g, fmt(g, "Skaden skete %s og blev anmeldt %s.", dk(g, t->skadedato),
                 dk(g, t->anmeldelsesdato)));
    if (h != NULL && h->begrundelse != NULL)
        PUNKT(g, h->begrundelse);
    om_reglerne_lov(g, t->type == SAG_SAGSTYPE_ERHVERVSSYGDOM
                           ? "Hvad der er en erhvervssygdom, står i lovens "
                             "§ 7."
                           : "Hvad der er en arbejdsulykke, står i lovens "
                             "§ 6.");
    dokumenter(g, NULL);
    klagevejledning(g, r->dato);
    return SAG_OK;
}

/* Mén (the event "men_afgjort"): the degree as decided and the
 * godtgørelse it grants, the decision's stored mén awards (sag_ydelse_men:
 * the rate per percent of the decision year, ASL § 18, stk. 3, and § 25,
 * less what was granted before for the injury, also in earlier
 * generations of the case; none below 5 %; Q-69), as the injured person's
 * page states it. The letter states the rule of the deduction, not its
 * amount: the award does not store it, and the folder holds this case's
 * awards only. A decision without an award of 5 % or more (nothing more
 * than before, or stored before awards were) states the degree only. */
static enum sag_status
men_brev(struct bygger *g, const char *ref, struct sag_diag *d)
{
    const struct sag_tilstand *t = &g->mp->m.tilstand;
    const struct sag_afgoerelse_ref *r = find_afgoerelse(t, SAG_FASE_MEN, ref);
    const struct sag_haendelse_post *h;
    struct sag_penge beloeb;
    bool har_beloeb;
    int aar = 0;

    if (r == NULL)
        return sag_diag_set(d, SAG_ENOTFOUND, "/ref",
                            "afgørelsen om varigt mén findes ikke i sagen");
    h = haendelse_om(g->mp, "men_afgjort", r->id);
    har_beloeb = sag_tj_mappe_men_beloeb(g->mp, r->id, &beloeb, &aar);
    brevhoved(g, "Afgørelse om godtgørelse for varigt mén", r->id, r->dato);
    g->b->afgoerelse_id = r->id;
    AFSNIT(g, "Resultatet er");
    TEKST(g, fmt(g, "Vi har fastsat dit varige mén til %d %%.", r->pct));
    if (har_beloeb)
        TEKST(g, fmt(g, "Du får %s i godtgørelse for varigt mén.",
                     kr(g, beloeb.oere)));
    RAEKKE(g, "Varigt mén", fmt(g, "%d %%", r->pct));
    if (har_beloeb)
        RAEKKE(g, "Godtgørelse", kr(g, beloeb.oere));
    RAEKKE(g, "Afgørelsens dato", dk(g, r->dato));
    AFSNIT(g, "Sådan har vi vurderet sagen");
    if (h != NULL && h->begrundelse != NULL)
        TEKST(g, h->begrundelse);
    AFSNIT(g, "Det er afgørende for resultatet");
    PUNKT(g, fmt(g, "Din skade af %s er anerkendt som en arbejdsskade.",
                 dk(g, t->skadedato)));
    PUNKT(g, fmt(g, "Ménet er fastsat til %d %%.", r->pct));
    if (har_beloeb)
        PUNKT(g, fmt(g,
                     "Godtgørelsen er beregnet efter satsen for %d for hver "
                     "procent varigt mén. Har du tidligere fået godtgørelse "
                     "for varigt mén for skaden, er den trukket fra.",
                     aar));
    else if (r->pct < 5)
        PUNKT(g, "Et varigt mén under 5 % giver ikke ret til godtgørelse.");
    om_reglerne_lov(g, "Reglerne om godtgørelse for varigt mén står i "
                       "lovens § 18.");
    dokumenter(g, NULL);
    klagevejledning(g, r->dato);
    return SAG_OK;
}

/* Partshøring (forvaltningsloven § 19): before a decision, the facts it
 * will rest on, with a reply deadline. Dated the folder's today; the
 * deadline is the standard reply deadline for the injured person. */
static enum sag_status
partshoering_brev(struct bygger *g, struct sag_diag *d)
{
    const struct sag_tilstand *t = &g->mp->m.tilstand;
    struct sag_dato frist =
        sag_svarfrist_standard(t, "tilskadekomne", g->mp->idag, g->kal);

    (void)d;
    brevhoved(g, "Partshøring: de oplysninger, vi vil træffe afgørelse på",
              NULL, g->mp->idag);
    AFSNIT(g, "Resultatet er");
    TEKST(g, "Vi har endnu ikke truffet afgørelse. Før vi gør det, sender "
             "vi dig de oplysninger, vi vil lægge vægt på, så du kan se dem "
             "og komme med bemærkninger.");
    RAEKKE(g, "Svarfrist", lang(g, frist));
    AFSNIT(g, "Det er afgørende for resultatet");
    PUNKT(g, fmt(g, "Skaden skete %s og blev anmeldt %s.", dk(g, t->skadedato),
                 dk(g, t->anmeldelsesdato)));
    if (t->anerkendelse == SAG_FASE_ANERKENDT)
        PUNKT(g, fmt(g, "Skaden er anerkendt som en arbejdsskade %s.",
                     dk(g, t->anerkendelse_dato)));
    dokumenter(g, NULL);
    AFSNIT(g, "Sådan svarer du");
    TEKST(g, fmt(g,
                 "Hvis du har bemærkninger, skal vi have dem senest %s. "
                 "Hører vi ikke fra dig, træffer vi afgørelse på de "
                 "oplysninger, der er i sagen.",
                 lang(g, frist)));
    AFSNIT(g, "Om reglerne");
    TEKST(g, "Du har ret til at se og kommentere oplysningerne efter "
             "forvaltningsloven § 19.");
    return SAG_OK;
}

/* The request with id `ref` (the latest if NULL). */
static const struct sag_anmodning *
find_anmodning(const struct sag_tilstand *t, const char *ref)
{
    const struct sag_anmodning *a = NULL;

    for (size_t i = 0; i < t->antal_anmodninger; i++)
        if (ref == NULL || strcmp(t->anmodninger[i].id, ref) == 0)
            a = &t->anmodninger[i];
    return a;
}

/* An information request to a party, with its reply deadline (the event
 * "oplysninger_anmodet"). */
static enum sag_status
oplysninger_brev(struct bygger *g, const char *ref, struct sag_diag *d)
{
    const struct sag_tilstand *t = &g->mp->m.tilstand;
    const struct sag_anmodning *a = find_anmodning(t, ref);
    const struct sag_haendelse_post *h;
    struct sag_brev *b = g->b;
    char cpr[SAG_CPR_LEN + 1];

    if (a == NULL)
        return sag_diag_set(d, SAG_ENOTFOUND, "/ref",
                            "anmodningen findes ikke i sagen");
    h = haendelse_om(g->mp, "oplysninger_anmodet", a->id);
    brevhoved(g, "Vi beder om oplysninger", NULL, a->sendt);
    /* The request goes to the party, about the injured person. */
    b->antal_modtager = 0;
    b->modtager[b->antal_modtager++] =
        fmt(g, "Til: %s", sag_visning_ord(a->part));
    sag_cpr_maskeret(t->cpr, cpr);
    b->modtager[b->antal_modtager++] =
        fmt(g, "Vedrørende tilskadekomne, CPR-nr. %s", cpr);
    b->reference[b->antal_reference++] = fmt(g, "Anmodning: %s", a->id);
    AFSNIT(g, "Resultatet er");
    TEKST(g, "Vi behandler en sag om arbejdsskade og har brug for "
             "oplysninger fra dig.");
    RAEKKE(g, "Svarfrist", lang(g, a->svarfrist));
    AFSNIT(g, "Det beder vi om");
    TEKST(g, h != NULL && h->begrundelse != NULL ? h->begrundelse
                                                 : "Oplysninger til sagen.");
    AFSNIT(g, "Sådan svarer du");
    TEKST(g, fmt(g,
                 "Vi skal have dit svar senest %s. Skriv sagsnummeret %s, "
                 "når du svarer.",
                 lang(g, a->svarfrist), t->id));
    AFSNIT(g, "Om reglerne");
    TEKST(g, fmt(g, "Sagen behandles efter %s.", lov_for_sag(t)));
    return SAG_OK;
}

/* The parties told that a statutory deadline will not be met (the event
 * "parter_orienteret", the 14-day task). */
static enum sag_status
frist_brev(struct bygger *g, struct sag_diag *d)
{
    const struct sag_tilstand *t = &g->mp->m.tilstand;
    const struct sag_haendelse_post *h =
        haendelse_om(g->mp, "parter_orienteret", NULL);
    struct sag_dato dato;
    bool anerkendelse;

    if (h == NULL ||
        sag_dato_parse_iso(h->dato, strlen(h->dato), &dato) != SAG_OK)
        return sag_diag_set(d, SAG_ENOTFOUND, "/ref",
                            "parterne er ikke orienteret om en frist i "
                            "sagen");
    anerkendelse = strstr(h->data, "\"anerkendelse\"") != NULL;
    brevhoved(g, "Vi kan ikke nå at træffe afgørelse inden for fristen", NULL,
              dato);
    AFSNIT(g, "Resultatet er");
    TEKST(g, anerkendelse
                 ? "Vi kan ikke nå at træffe afgørelse om, hvorvidt din skade "
                   "kan anerkendes, inden for den frist, loven fastsætter."
                 : "Vi kan ikke nå at træffe afgørelse i din sag inden for "
                   "den frist, loven fastsætter.");
    for (size_t i = 0; i < g->mp->antal_frister; i++)
        if ((anerkendelse && g->mp->frister[i].art == SAG_FRIST_ANERKENDELSE) ||
            (!anerkendelse && g->mp->frister[i].art == SAG_FRIST_AFGOERELSE))
            RAEKKE(g, "Fristen udløber", dk(g, g->mp->frister[i].forfald));
    AFSNIT(g, "Sådan har vi vurderet sagen");
    TEKST(g, h->begrundelse != NULL ? h->begrundelse : "");
    TEKST(g, "Vi giver dig besked, så snart vi har truffet afgørelse.");
    AFSNIT(g, "Om reglerne");
    TEKST(g, fmt(g,
                 "Fristerne for vores afgørelser står i § 16 i %s. Vi "
                 "skal orientere dig, når en frist ikke kan overholdes.",
                 lov_for_sag(t)));
    return SAG_OK;
}

/* Reassessment of an appeal (the event "genvurderet"), and forwarding to
 * Ankestyrelsen when the decision is kept. */
static enum sag_status
genvurdering_brev(struct bygger *g, const char *ref, struct sag_diag *d)
{
    const struct sag_tilstand *t = &g->mp->m.tilstand;
    const struct sag_klage *k = NULL;
    const struct sag_haendelse_post *h, *sendt;

    for (size_t i = 0; i < t->antal_klager; i++)
        if (ref == NULL || strcmp(t->klager[i].id, ref) == 0)
            k = &t->klager[i];
    if (k == NULL || (h = haendelse_om(g->mp, "genvurderet", k->id)) == NULL)
        return sag_diag_set(d, SAG_ENOTFOUND, "/ref",
                            "klagen er ikke genvurderet");
    sendt = haendelse_om(g->mp, "sendt_til_ankestyrelsen", k->id);
    {
        struct sag_dato dato;

        if (sag_dato_parse_iso(h->dato, strlen(h->dato), &dato) != SAG_OK)
            return sag_diag_set(d, SAG_EINVAL, "/ref",
                                "hændelsen kan ikke læses");
        brevhoved(g, "Vi har vurderet din klage", k->afgoerelse_id, dato);
        g->b->afgoerelse_id = k->afgoerelse_id;
        b_klage_reference(g, k->id);
        AFSNIT(g, "Resultatet er");
        if (k->udfald == SAG_UDFALD_AENDRET) {
            TEKST(g, fmt(g,
                         "Vi har vurderet afgørelsen %s igen og ændrer den. "
                         "Du får en ny afgørelse.",
                         k->afgoerelse_id));
        } else {
            TEKST(g, fmt(g,
                         "Vi har vurderet afgørelsen %s igen, og vi "
                         "fastholder den.",
                         k->afgoerelse_id));
            TEKST(g, sendt != NULL
                         ? fmt(g,
                               "Vi har derfor sendt din klage videre til "
                               "Ankestyrelsen %s. Ankestyrelsen afgør "
                               "klagen og skriver til dig.",
                               dk_iso(g, sendt->dato))
                         : "Vi sender derfor din klage videre til "
                           "Ankestyrelsen, som afgør den og skriver til "
                           "dig.");
        }
        RAEKKE(g, "Klagen modtaget", dk(g, k->modtaget));
        RAEKKE(g, "Klaget over", k->afgoerelse_id);
        RAEKKE(g, "Rettidig klage", k->rettidig ? "Ja" : "Nej");
        AFSNIT(g, "Sådan har vi vurderet sagen");
        TEKST(g, h->begrundelse != NULL ? h->begrundelse : "");
        AFSNIT(g, "Om reglerne");
        TEKST(g, fmt(g,
                     "Vi vurderer en afgørelse igen, før en klage går til "
                     "Ankestyrelsen (§ 44 i %s).",
                     lov_for_sag(t)));
        if (k->udfald == SAG_UDFALD_AENDRET)
            klagevejledning(g, dato);
    }
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
    else if (strcmp(b->type, "anerkendelse") == 0)
        st = anerkendelse_brev(&g, b->ref, d);
    else if (strcmp(b->type, "men") == 0)
        st = men_brev(&g, b->ref, d);
    else if (strcmp(b->type, "partshoering") == 0)
        st = partshoering_brev(&g, d);
    else if (strcmp(b->type, "oplysninger") == 0)
        st = oplysninger_brev(&g, b->ref, d);
    else if (strcmp(b->type, "fristoverskridelse") == 0)
        st = frist_brev(&g, d);
    else if (strcmp(b->type, "genvurdering") == 0)
        st = genvurdering_brev(&g, b->ref, d);
    else
        st = sag_diag_set(d, SAG_EINVAL, "/type",
                          "ukendt brevtype (anerkendelse, men, "
                          "erhvervsevnetab, partshoering, oplysninger, "
                          "fristoverskridelse, genvurdering)");
    sag_buf_release(&g.t);
    if (st == SAG_OK && sag_arena_status(a) != SAG_OK)
        st = sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    if (st == SAG_OK)
        *ud = brev;
    return st;
}
