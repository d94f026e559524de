/*
 * Presentation for people, in Danish (see visning.h): the words for stored
 * codes, Danish dates, deadline statuses, and a decision with "Sådan har vi
 * beregnet". Locale-independent: every format is our own.
 */
#include "skadesag/visning.h"

#include <stdio.h>
#include <string.h>

#include "../base/banned.h"

static const char *const ord[][2] = {
    { "aaben", "åben" },
    { "foerstegang", "førstegang" },
    { "andengang", "andengang" },
    { "ikke_relevant", "ikke relevant" },
    { "privat_men", "privat (mén)" },
    { "privat_erhvervsevnetab", "privat (erhvervsevnetab)" },
    { "gl_lov", "før 1.1.2020" },
    { "ny_lov", "fra 1.1.2020" },
    { "reform_2024", "fra 1.7.2024 (reform)" },
    { "men_afgjort", "mén afgjort" },
    { "oplysninger_anmodet", "oplysninger anmodet" },
    { "oplysninger_modtaget", "oplysninger modtaget" },
    { "afventer_ekstern", "afventer ekstern part" },
    { "afventer_ophoert", "venter ikke længere" },
    { "forelagt_esu", "forelagt Erhvervssygdomsudvalget" },
    { "erhvervsevnetab_afgjort", "erhvervsevnetab afgjort" },
    { "revision_planlagt", "revision planlagt" },
    { "revision_paabegyndt", "revision påbegyndt" },
    { "genoptagelse_anmodet", "genoptagelse anmodet" },
    { "klage_modtaget", "klage modtaget" },
    { "sendt_til_ankestyrelsen", "sendt til Ankestyrelsen" },
    { "ankestyrelsen_afgjort", "Ankestyrelsen har afgjort" },
    { "parter_orienteret", "parterne orienteret" },
    { "ingen", "-" },
    { "men", "mén" },
    { "stadfaestet", "stadfæstet" },
    { "aendret", "ændret" },
    { "laege", "læge" },
    { "klage_tilsluttet", "klager tilsluttet" },
    { "ikke_behandlet", "ikke behandlet" },
    { "aarsloen", "årsløn" },
    { "part_tilfoejet", "part tilføjet" },
    { "sagsbehandler_tildelt", "sagsbehandler tildelt" },
    { "partshoering", "partshøring" },
    { "repraesentant", "repræsentant" },
    /* The engine's situations (sag_situation_navn), as the decision form
     * offers them. */
    { "ordinaer", "ordinær beskæftigelse" },
    { "arbejdsloeshedsdagpenge", "arbejdsløshedsdagpenge" },
    { "kontanthjaelp", "kontanthjælp" },
    { "foertidspension", "førtidspension" },
    { "efterloen", "efterløn" },
};

const char *
sag_visning_ord(const char *kode)
{
    if (kode == NULL)
        return "";
    for (size_t i = 0; i < sizeof(ord) / sizeof(ord[0]); i++)
        if (strcmp(ord[i][0], kode) == 0)
            return ord[i][1];
    return kode;
}

/* The events' names as the case page's timeline reads them; the others
 * are sag_visning_ord's. */
static const char *const haendelser[][2] = {
    { "oprettet", "sagen oprettet" }, { "brev_dannet", "brev dannet" },
    { "doedsfald", "dødsfald" },      { "genvurderet", "klagen genvurderet" },
    { "lukket", "sagen lukket" },     { "dokument", "dokument journaliseret" },
};

const char *
sag_visning_haendelse(const char *kode)
{
    if (kode == NULL)
        return "";
    for (size_t i = 0; i < sizeof(haendelser) / sizeof(haendelser[0]); i++)
        if (strcmp(haendelser[i][0], kode) == 0)
            return haendelser[i][1];
    return sag_visning_ord(kode);
}

/* Where an internal reference ("docs/…", "Q-14") starts in `s`, or NULL. */
static const char *
intern_ref(const char *s)
{
    for (const char *c = s; *c; c++) {
        if (strncmp(c, "docs/", 5) == 0)
            return c;
        if (c[0] == 'Q' && c[1] == '-' && c[2] >= '0' && c[2] <= '9' &&
            (c == s || c[-1] == ' ' || c[-1] == '('))
            return c;
    }
    return NULL;
}

/* Append s[0..l) to ud (n bytes, *j used), cut at a character boundary
 * if it does not fit. */
static void
laeg_til(char *ud, size_t n, size_t *j, const char *s, size_t l)
{
    if (*j + l >= n) {
        l = n - 1 - *j;
        /* Not inside a UTF-8 sequence: drop its continuation bytes and
         * its lead byte. */
        while (l > 0 && ((unsigned char)s[l] & 0xC0) == 0x80)
            l--;
    }
    memcpy(ud + *j, s, l);
    *j += l;
}

const char *
sag_visning_hjemmel(const char *hjemmel, char *ud, size_t n)
{
    size_t j = 0;
    const char *s = hjemmel != NULL ? hjemmel : "", *r;

    if (n == 0)
        return "";
    /* Each clause holding an internal reference goes: a bracketed one
     * with its brackets ("(…, se docs/rules_map.md Q-14)"), one after a
     * semicolon inside brackets ("; …, se docs/… Q-15") up to the closing
     * bracket. What remains is the act, section and published sources. */
    while ((r = intern_ref(s)) != NULL) {
        const char *start = r, *slut = r;

        while (start > s && start[-1] != '(' && start[-1] != ';')
            start--;
        while (*slut && *slut != ')' && *slut != ';')
            slut++;
        if (start > s && start[-1] == '(' && *slut == ')') {
            start--;
            slut++;
            while (start > s && start[-1] == ' ')
                start--;
        } else if (start > s && start[-1] == ';') {
            start--;
        } else if (*slut == ';') {
            slut++;
            while (*slut == ' ')
                slut++;
        }
        laeg_til(ud, n, &j, s, (size_t)(start - s));
        s = slut;
    }
    laeg_til(ud, n, &j, s, strlen(s));
    ud[j] = '\0';
    return ud;
}

const char *
sag_visning_dato(const char *iso, char ud[SAG_DATO_DK_LEN])
{
    struct sag_dato d;

    if (iso == NULL || iso[0] == '\0')
        return "-";
    if (sag_dato_parse_iso(iso, strnlen(iso, 10), &d) != SAG_OK)
        return iso;
    sag_dato_format_dk(d, ud);
    return ud;
}

const char *
sag_visning_friststatus(const struct sag_frist *f)
{
    /* A lapsed appeal or reopening limit has run out. */
    if (f->status == SAG_FRISTSTATUS_BORTFALDET &&
        (f->art == SAG_FRIST_KLAGE || f->art == SAG_FRIST_GENOPTAGELSE))
        return "udløbet";
    return sag_visning_ord(sag_friststatus_navn(f->status));
}

/* "Etiket   værdi" with the label padded to 34 characters counted as
 * UTF-8 code points, so Danish letters do not break the column. */
static void
linje(struct sag_buf *b, const char *etiket, const char *vaerdi)
{
    sag_buf_add_udfyldt(b, etiket, 34, false);
    sag_buf_addc(b, ' ');
    sag_buf_adds(b, vaerdi);
    sag_buf_addc(b, '\n');
}

static void
linje_penge(struct sag_buf *b, const char *etiket, struct sag_penge p)
{
    char s[SAG_PENGE_STR_LEN];

    sag_penge_format_dk(p, s);
    linje(b, etiket, s);
}

static void
linje_dato(struct sag_buf *b, const char *etiket, struct sag_dato d)
{
    char s[SAG_DATO_DK_LEN];

    sag_dato_format_dk(d, s);
    linje(b, etiket, s);
}

static void
til_tekst(const struct sag_beregning *r, const struct sag_spor *spor,
          bool sagsbehandler, struct sag_buf *b)
{
    static const char *const former[] = {
        "ingen udbetaling", "løbende månedlig ydelse", "kapitalbeløb",
        "delvis kapitalbeløb og løbende ydelse"
    };
    char s[SAG_BROEK_STR_LEN];

    sag_buf_adds(b, "Afgørelse om erstatning for tab af erhvervsevne\n\n");
    char p[SAG_BROEK_STR_LEN + 8];

    linje(b, "Afgørelsen er", sag_afgoerelsestype_navn(r->afgoerelse));
    if (r->har_beregnet) {
        (void)sag_broek_format_decimal(r->beregnet, 2, ',', s);
        (void)snprintf(p, sizeof(p), "%s %%", s);
        linje(b, "Beregnet tab", p);
    }
    (void)snprintf(p, sizeof(p), "%d %%", r->fastsat_pct);
    linje(b, "Erhvervsevnetab", p);
    if (r->pct != r->fastsat_pct) {
        (void)snprintf(p, sizeof(p), "%d %%", r->pct);
        linje(b, "Tilkendes nu", p);
    }
    linje(b, "Ret til erstatning", r->ret_til_erstatning ? "ja" : "nej");
    if (r->har_aarsloen)
        linje_penge(b, "Årsløn", r->aarsloen);
    if (r->har_beloeb) {
        linje_penge(b, "Årlig erstatning", r->aarlig);
        linje_penge(b, "Månedlig erstatning", r->maanedlig);
    }
    linje(b, "Udbetaling", former[r->udbetalingsform]);
    if (r->har_kapital) {
        (void)sag_broek_format_decimal(
            (struct sag_broek){ r->faktor_milli, 1000 }, 3, ',', s);
        linje(b, "Kapitaliseringsfaktor", s);
        if (r->har_beloeb)
            linje_penge(b, "Kapitalbeløb", r->kapital);
    }
    if (r->har_tilkendelse)
        linje_dato(b, "Tilkendelsestidspunkt", r->tilkendelsesdato);
    if (r->har_loebende_til)
        linje_dato(b, "Løbende ydelse til og med", r->loebende_til);
    if (r->har_ophoer)
        linje_dato(b, "Løbende ydelse ophører", r->ophoersdato);
    if (spor != NULL && spor->aktiv) {
        sag_buf_adds(b, "\nSådan har vi beregnet\n\n");
        if (sagsbehandler)
            sag_spor_dansk(spor, b);
        else
            sag_spor_dansk_borger(spor, b);
    }
    sag_buf_addf(b, "\nSatstabeller (SHA-256): %s\n", r->satser_checksum);
}

void
sag_beregning_til_tekst(const struct sag_beregning *r,
                        const struct sag_spor *spor, struct sag_buf *b)
{
    til_tekst(r, spor, false, b);
}

void
sag_beregning_til_tekst_sagsbehandler(const struct sag_beregning *r,
                                      const struct sag_spor *spor,
                                      struct sag_buf *b)
{
    til_tekst(r, spor, true, b);
}
