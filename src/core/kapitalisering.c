/*
 * Payment form (løbende or kapital) and capital sums.
 *
 * ASL § 27, stk. 1 and guidance 2.8 (L1146-1189):
 *   - a final decision below 50 % is converted to a capital sum at the
 *     decision; for injuries from 1.7.2007 a running payment is due from the
 *     start date until the capital takes effect (L1147-1150);
 *   - 50 % or more is paid monthly; on the injured person's request the part
 *     equal to 50 % is capitalised and the rest stays monthly (L1152-1162);
 *   - a temporary decision is never capitalised (§ 17, stk. 3; § 27, stk.
 *     1, 3. pkt.; L1164-1167);
 *   - § 17, stk. 7, 2. pkt.: a person who at the injury had reached the age
 *     (63 before 1.7.2007; folkepensionsalderen from 1.7.2007, lov nr. 496
 *     af 6/6/2007) gets only a lump sum of 2 × the yearly compensation, also
 *     on a temporary decision (L1171-1185; guidance 18.6, L7432-7433);
 *   - two years or less from folkepensionsalderen at a final decision: all
 *     as a capital sum with the factor for a person two years from it
 *     (guidance 18.6, L7426-7430; AES: "udbetales erstatningen altid som et
 *     kapitalbeløb").
 *
 * Capital sum = the yearly compensation at the capitalisation date (no
 * 12-kr. rounding) × the factor, rounded up to whole kroner; the factor
 * comes from the act in force for the injury and capitalisation dates, the
 * table for the birth cohort, and the age in years and months (Mineo
 * kapitaliseret-eet.md, SECONDARY; factors checked against AES's published
 * monthly tables, law_facts.md 4.2).
 */
#include "skadesag/beregning.h"

#include <stdio.h>
#include <string.h>

#include "beregning_int.h"

#include "../base/ckd.h"
#include "../base/sag_assert.h"
#include "../base/banned.h"

/* Cite the capitalisation act of the case as the act itself is cited:
 * "BEK 1068/2003" dated 11.12.2003 becomes "BEK nr. 1068 af 11. december
 * 2003"; an id of another shape is kept as it is, with the date. */
static void
hjemmel_akt(struct sag_spor_trin *t, struct sag_dato noegle,
            const struct sag_kap_akt *akt, const char *tabel)
{
    char d[SAG_DATO_LANG_LEN], type[16];
    const char *asl, *mellem, *skraa;

    if (t == NULL)
        return;
    asl = SAG__HJ_ASL_DATO(noegle, "§ 27, stk. 4", "");
    sag_dato_format_lang(akt->akt_dateret, d);
    mellem = strchr(akt->akt, ' ');
    skraa = strchr(akt->akt, '/');
    if (mellem != NULL && skraa != NULL && skraa > mellem + 1 &&
        (size_t)(mellem - akt->akt) < sizeof(type)) {
        memcpy(type, akt->akt, (size_t)(mellem - akt->akt));
        type[mellem - akt->akt] = '\0';
        sag_spor_hjemmel(t, "%s; %s (%s nr. %.*s af %s), tabel %s", asl,
                         akt->titel, type, (int)(skraa - mellem - 1),
                         mellem + 1, d, tabel);
    } else {
        sag_spor_hjemmel(t, "%s; %s (%s af %s), tabel %s", asl, akt->titel,
                         akt->akt, d, tabel);
    }
}

static void
fmt_faktor(int64_t milli, char out[SAG_BROEK_STR_LEN])
{
    (void)sag_broek_format_decimal((struct sag_broek){ milli, 1000 }, 3, ',',
                                   out);
}

enum sag_status
sag_kapitaliseringsfaktor(const struct sag_satser *satser,
                          struct sag_dato skadedato, struct sag_dato kapdato,
                          struct sag_dato foedt, enum sag_koen koen,
                          struct sag_spor *spor, int64_t *faktor_milli,
                          struct sag_diag *diag)
{
    return sag_kapitaliseringsfaktor_variant(satser, skadedato, kapdato, foedt,
                                             foedt, -1, koen, spor,
                                             faktor_milli, diag);
}

enum sag_status
sag_kapitaliseringsfaktor_variant(const struct sag_satser *satser,
                                  struct sag_dato skadedato,
                                  struct sag_dato kapdato,
                                  struct sag_dato foedt,
                                  struct sag_dato foedt_tabel, int fp_mdr_givet,
                                  enum sag_koen koen, struct sag_spor *spor,
                                  int64_t *faktor_milli, struct sag_diag *diag)
{
    const struct sag_kap_akt *akt;
    const struct sag_kap_tabel *tab;
    const struct sag_fp_alder *fp;
    struct sag_spor_trin *t;
    enum sag_status st;
    int aar, mdr, alder_mdr, fp_mdr, graense;
    int64_t f, f1;
    bool maanedlig = skadedato.dage >= SAG_LOV_DATO_2007_07.dage;
    const char *metode;

    if (sag_dato_alder_maaneder(foedt, kapdato, SAG_MAANED_FOERSTE_EFTER, &aar,
                                &mdr) != SAG_OK)
        return sag_diag_set(diag, SAG_EINVAL, "/foedselsdato",
                            "ligger efter kapitaliseringsdatoen");
    alder_mdr = aar * 12 + mdr;
    if (sag_satser_kap_akt(satser, skadedato, kapdato, &akt) != SAG_OK)
        return sag_diag_set(diag, SAG_ENOTFOUND, "/afgoerelsesdato",
                            "ingen kapitaliseringsbekendtgørelse i "
                            "tabellerne for denne skadedato og "
                            "kapitaliseringsdato");
    st = sag_satser_kap_tabel(satser, skadedato, kapdato, foedt_tabel, koen,
                              &akt, &tab);
    if (st == SAG_EMISSING)
        return sag_diag_set(diag, SAG_EMISSING, "/koen",
                            "mangler: kapitaliseringstabellerne i %s er "
                            "opdelt efter køn",
                            akt->akt);
    if (st != SAG_OK)
        return sag_diag_set(
            diag, SAG_ENOTFOUND, "/foedselsdato",
            "%s har ingen tabel for denne skadedato og "
            "fødselsdato%s%s",
            akt->akt, akt->mangler[0] ? "; tabellen mangler i kilden: " : "",
            akt->mangler);
    fp_mdr =
        fp_mdr_givet >= 0 ? fp_mdr_givet
        : sag_satser_folkepensionsalder(satser, foedt, kapdato, &fp) == SAG_OK
            ? fp->maaneder
            : tab->udbetales_til_mdr;
    graense = fp_mdr - SAG_LOV_FOLKEPENSION_KAPITAL_MDR;

    if (alder_mdr >= graense) {
        /* Within two years of folkepensionsalderen: the special factor for
         * a person two years from it. */
        metode = "særfaktor (2 år eller mindre fra folkepensionsalderen)";
        if (akt->saerfaktor >= 0) {
            f = akt->saerfaktor;
        } else if (graense % 12 == 0 &&
                   sag_kap_tabel_faktor(tab, graense / 12, &f) == SAG_OK) {
            metode = "tabellens faktor for folkepensionsalderen − 2 år "
                     "(akten angiver ingen særfaktor)";
        } else {
            return sag_diag_set(diag, SAG_ENOTFOUND, "/foedselsdato",
                                "%s angiver ingen særfaktor for personer "
                                "under 2 år fra folkepensionsalderen",
                                akt->akt);
        }
    } else if (aar < tab->alder_min) {
        return sag_diag_set(diag, SAG_ERANGE, "/foedselsdato",
                            "alderen %d år er under tabellens laveste alder "
                            "(%d)",
                            aar, tab->alder_min);
    } else if (aar < tab->alder_max ||
               (aar == tab->alder_max && (mdr == 0 || !maanedlig))) {
        (void)sag_kap_tabel_faktor(tab, aar, &f);
        metode = "tabellens faktor for alderen";
        if (maanedlig && mdr > 0) {
            /* Linear by month between whole years, to 3 decimals: this
             * reproduces AES's published month tables (2026: 63 år 1 md.
             * = 2,463 from 2,516 and 1,878). */
            (void)sag_kap_tabel_faktor(tab, aar + 1, &f1);
            f = sag_broek_afrund(
                (struct sag_broek){ f * 12 - mdr * (f - f1), 12 },
                SAG_AFRUND_HALV_OP);
            metode = "lineær interpolation mellem hele år (måned for måned)";
        }
    } else {
        /* Beyond the table but more than two years from the pension age:
         * linear towards the special factor at the two-year limit (AES
         * 2026 table: 64 år 1 md. = 1,825 towards 1,246 at 65). */
        int sidste = tab->alder_max * 12;
        int x = maanedlig ? alder_mdr : aar * 12;
        int64_t fs;

        if (akt->saerfaktor < 0 || graense <= sidste)
            return sag_diag_set(diag, SAG_ERANGE, "/foedselsdato",
                                "alderen ligger uden for tabel %s i %s",
                                tab->tabel, akt->akt);
        (void)sag_kap_tabel_faktor(tab, tab->alder_max, &f1);
        fs = akt->saerfaktor;
        f = sag_broek_afrund(
            (struct sag_broek){ f1 * (graense - sidste) +
                                    (int64_t)(x - sidste) * (fs - f1),
                                graense - sidste },
            SAG_AFRUND_HALV_OP);
        metode = "lineær interpolation fra tabellens sidste alder mod "
                 "særfaktoren";
    }
    *faktor_milli = f;

    t = sag_spor_trin(spor, "kapitalisering.faktor",
                      SAG__HJ_ASL_DATO(skadedato, "§ 27, stk. 4", ""),
                      SAG_SPOR_BEREGNET);
    /* … and the capitalisation act, known only from the tables. */
    hjemmel_akt(t, skadedato, akt, tab->tabel);
    if (t != NULL) {
        char v[SAG_BROEK_STR_LEN], k[256];

        fmt_faktor(f, v);
        (void)snprintf(k, sizeof(k),
                       "%s, tabel %s (kapitalisering_acts.tsv "
                       "linje %d)",
                       akt->akt, tab->tabel, akt->linje);
        sag_spor_input(t, "alder", "%d år og %d måneder", aar, mdr);
        sag_spor_input(t, "folkepensionsalder", "%d år og %d måneder",
                       fp_mdr / 12, fp_mdr % 12);
        sag_spor_parameter(t, "tabel", k, "%s", tab->tabel);
        sag_spor_afrunding(t, "3 decimaler, halv op");
        sag_spor_resultat(t, "%s", v);
        sag_spor_tekst(t,
                       "Kapitaliseringsfaktoren efter %s, tabel %s, for en "
                       "alder af %d år og %d måneder er %s (%s).",
                       akt->akt, tab->tabel, aar, mdr, v, metode);
    }
    return SAG_OK;
}

/* The capital sum for `pct` percentage points: yearly amount at the
 * capitalisation date × factor, rounded up to whole kroner. */
static enum sag_status
kapitalbeloeb(struct sag__ctx *c, int pct, int64_t faktor, struct sag_penge *ud)
{
    struct sag_broek aarlig;
    struct sag_penge aarlig_oere;
    enum sag_status st;

    if ((st = sag__aarlig_erstatning(c, pct, &aarlig)) != SAG_OK)
        return st;
    aarlig_oere = sag_penge_oere(sag_broek_afrund(aarlig, SAG_AFRUND_HALV_OP));
    c->ud->kapital_grundlag = aarlig_oere;
    return sag_kapitalbeloeb(aarlig_oere, faktor, ud);
}

enum sag_status
sag_kapitalbeloeb(struct sag_penge aarlig, int64_t faktor_milli,
                  struct sag_penge *ud)
{
    struct sag_broek k;

    /* øre × factor/1000 / 100 kr.: rounded, not normalised. */
    if (sag_ckd_mul(&k.taeller, aarlig.oere, faktor_milli))
        return SAG_EOVERFLOW;
    k.naevner = 100000;
    return sag_penge_fra_kr(sag_broek_afrund(k, SAG_AFRUND_OP), ud);
}

/* Compute factor and capital for kapital_pct; a gap in the tables leaves
 * the capital sum uncomputed with a trace step, not an error. */
static enum sag_status
kapitaliser(struct sag__ctx *c)
{
    struct sag_beregning *ud = c->ud;
    struct sag_diag d;
    struct sag_spor_trin *t;
    enum sag_status st;

    if (ud->lov == SAG_LOV_1992)
        return SAG_OK;
    sag_diag_init(&d);
    /* The same pension age as the payment rules of this decision use
     * (folkepensionsalderen at the decision, also for injuries
     * 2004-30.6.2007; docs/rules_map.md Q-24), so one decision never
     * applies two. */
    st = sag_kapitaliseringsfaktor_variant(
        c->s, ud->noegledato, c->in->afgoerelsesdato, c->in->foedselsdato,
        c->in->foedselsdato, c->fp_afg_mdr, c->in->koen, c->sp,
        &ud->faktor_milli, &d);
    if (st == SAG_EMISSING || st == SAG_EINVAL) {
        if (c->diag != NULL)
            *c->diag = d;
        return st;
    }
    if (st != SAG_OK) {
        t = sag_spor_trin(c->sp, "kapitalisering.ikke-beregnet",
                          SAG__HJ_ASL(c, "§ 27, stk. 4",
                                      "; kapitaliseringsakten eller dens "
                                      "tabel mangler i tabellerne "
                                      "(data/README.md, afsnittet Gaps)"),
                          SAG_SPOR_IKKE_OPFYLDT);
        sag_spor_tekst(t, "Kapitalbeløbet kan ikke beregnes: %s.", d.besked);
        return SAG_OK;
    }
    ud->har_kapital = true;
    if (!ud->har_beloeb)
        return SAG_OK;
    if ((st = kapitalbeloeb(c, ud->kapital_pct, ud->faktor_milli,
                            &ud->kapital)) != SAG_OK)
        return sag_diag_set(c->diag, st, "/aarsloen_oere",
                            "beløbet er for stort");
    if (c->in->har_tjenestemand &&
        c->in->tjenestemand.tilskadekomstpension == SAG_TKP_JA &&
        c->in->tjenestemand.har_forhoejelse_vaerdi) {
        /* § 28, stk. 1: the value of the compensation is reduced by 2/3 of
         * the value of the pension increase. */
        struct sag_penge fradrag;

        if (sag_penge_gange_broek(
                c->in->tjenestemand.forhoejelse_vaerdi,
                (struct sag_broek){ SAG_LOV_TJM_FRADRAG_TAELLER,
                                    SAG_LOV_TJM_FRADRAG_NAEVNER },
                SAG_AFRUND_HALV_OP, &fradrag) != SAG_OK)
            return SAG_EOVERFLOW;
        ud->har_tjenestemandsfradrag = true;
        ud->tjenestemandsfradrag = fradrag;
        ud->kapital.oere = ud->kapital.oere > fradrag.oere
                               ? ud->kapital.oere - fradrag.oere
                               : 0;
        t = sag_spor_trin(c->sp, "tjenestemand.fradrag-kapital",
                          SAG__HJ_ASL(c, "§ 28, stk. 1", ""),
                          SAG_SPOR_BEREGNET);
        if (t != NULL) {
            char x[SAG_PENGE_STR_LEN];

            sag_penge_format_dk(fradrag, x);
            sag_spor_resultat(t, "%lld", (long long)fradrag.oere);
            sag_spor_tekst(t,
                           "Kapitalbeløbet nedsættes med 2/3 af værdien af "
                           "forhøjelsen af tjenestemandspensionen: %s.",
                           x);
        }
    }
    t = sag_spor_trin(c->sp, "kapitalisering.beloeb",
                      SAG__HJ_ASL(c, "§ 27, stk. 1 og 4", ""),
                      SAG_SPOR_BEREGNET);
    if (t != NULL) {
        char x[SAG_PENGE_STR_LEN], f[SAG_BROEK_STR_LEN];

        sag_penge_format_dk(ud->kapital, x);
        fmt_faktor(ud->faktor_milli, f);
        sag_spor_input(t, "procent", "%d", ud->kapital_pct);
        sag_spor_afrunding(t, "op til hele kroner");
        sag_spor_resultat(t, "%lld", (long long)ud->kapital.oere);
        sag_spor_tekst(t,
                       "Den årlige erstatning for %d %% ganges med faktoren "
                       "%s: kapitalbeløbet er %s.",
                       ud->kapital_pct, f, x);
    }
    return SAG_OK;
}

static void
hvorfor(struct sag__ctx *c, const char *regel, const char *hj,
        enum sag_spor_art art, const char *tekst)
{
    struct sag_spor_trin *t = sag_spor_trin(c->sp, regel, hj, art);

    sag_spor_tekst(t, "%s", tekst);
}

enum sag_status
sag__udbetaling(struct sag__ctx *c)
{
    const struct sag_beregning_input *in = c->in;
    struct sag_beregning *ud = c->ud;
    struct sag_spor_trin *t;
    bool engangs;

    ud->udbetalingsform = SAG_UDBETALING_INGEN;
    if (!ud->ret_til_erstatning)
        return SAG_OK;

    /* § 17, stk. 7, 2. pkt.: the age at the injury. */
    if (ud->lov == SAG_LOV_2003) {
        engangs = c->fra_2007_07 ? c->alder_noegle_mdr >= c->fp_noegle_mdr
                                 : c->alder_noegle_mdr >=
                                       SAG_LOV_ENGANGS_ALDER_FOER_2007 * 12;
        if (engangs) {
            ud->udbetalingsform = SAG_UDBETALING_KAPITAL;
            ud->engangserstatning = true;
            ud->har_kapital = true;
            ud->kapital_pct = ud->pct;
            ud->faktor_milli = SAG_LOV_ENGANGS_GANGE * 1000;
            if (ud->har_beloeb &&
                sag_penge_gange_heltal(ud->aarlig, SAG_LOV_ENGANGS_GANGE,
                                       &ud->kapital) != SAG_OK)
                return SAG_EOVERFLOW;
            t = sag_spor_trin(
                c->sp, "udbetaling.engangserstatning-2x",
                c->fra_2007_07
                    ? SAG__HJ_ASL(c,
                                  "§ 17, stk. 7, 2. pkt., som "
                                  "ændret ved " SAG_KILDE_LOV_496_2007
                                  " (pensionsalderen)",
                                  "; " SAG__VEJ("afsnit 2.8 og "
                                                "18.6 "
                                                "(L7432-7433)"))
                    : SAG__HJ_ASL(c, "§ 17, stk. 7, 2. pkt. (63 år)",
                                  "; " SAG__VEJ("afsnit 2.8 "
                                                "(L1178-1185)")),
                SAG_SPOR_BEREGNET);
            if (t != NULL) {
                sag_spor_input(t, "alder_ved_skaden", "%d år og %d måneder",
                               c->alder_noegle_mdr / 12,
                               c->alder_noegle_mdr % 12);
                sag_spor_resultat(t, "2 × årlig erstatning");
                sag_spor_tekst(t,
                               "Tilskadekomne havde på skadestidspunktet "
                               "nået %s; der tilkendes kun en "
                               "engangserstatning på 2 gange den årlige "
                               "erstatning%s.",
                               c->fra_2007_07 ? "folkepensionsalderen"
                                              : "63 år",
                               ud->afgoerelse == SAG_AFGOERELSE_MIDLERTIDIG
                                   ? " (også ved en midlertidig afgørelse)"
                                   : "");
            }
            return SAG_OK;
        }
    }

    if (ud->lov == SAG_LOV_1992) {
        /* 1992 act: already past the age at the decision → the
         * afløsningsbeløb at once (guidance 2.11, L1333-1341). */
        int mdr, gange;
        enum sag_status st = sag__alder_1992(c, &mdr, &gange);

        if (st != SAG_OK)
            return st;
        if (c->alder_afg_mdr >= mdr) {
            ud->udbetalingsform = SAG_UDBETALING_KAPITAL;
            ud->engangserstatning = true;
            ud->afloesning_gange = gange;
            ud->har_kapital = true;
            ud->kapital_pct = ud->pct;
            ud->faktor_milli = gange * 1000;
            if (ud->har_beloeb &&
                sag_penge_gange_heltal(ud->aarlig, gange, &ud->kapital) !=
                    SAG_OK)
                return SAG_EOVERFLOW;
            t = sag_spor_trin(
                c->sp, "udbetaling.1992-afloesning",
                gange == SAG_LOV_1992_AFLOESNING_GANGE_GL ? SAG_KILDE_LOV_1992
                    " § 32, stk. 7; " SAG__VEJ("afsnit 2.11 (L1331-1335)")
                                                          : SAG_KILDE_LOV_1992
                    " § 32, stk. 8; " SAG__VEJ("afsnit 2.11 (L1337-1341)"),
                SAG_SPOR_BEREGNET);
            sag_spor_resultat(t, "%d × årlig erstatning", gange);
            sag_spor_tekst(t,
                           "Tilskadekomne er ved afgørelsen fyldt %d år; "
                           "erstatningen udbetales som %d gange den årlige "
                           "erstatning.",
                           mdr / 12, gange);
            return SAG_OK;
        }
    }

    if (ud->afgoerelse == SAG_AFGOERELSE_MIDLERTIDIG) {
        ud->udbetalingsform = SAG_UDBETALING_LOEBENDE;
        hvorfor(c, "udbetaling.midlertidig-ikke-kapital",
                SAG__HJ_ASL(c, "§ 17, stk. 3; § 27, stk. 1, 3. pkt.",
                            "; " SAG__VEJ("afsnit 2.8 (L1164-1167)")),
                SAG_SPOR_IKKE_OPFYLDT,
                "Afgørelsen er midlertidig; erstatningen udbetales løbende og "
                "kan ikke kapitaliseres.");
        return SAG_OK;
    }
    if (in->har_genoptagelse &&
        in->genoptagelse.tidligere_kapitaliseret_pct > 0) {
        ud->udbetalingsform = SAG_UDBETALING_LOEBENDE;
        hvorfor(c, "udbetaling.forskel-loebende",
                SAG__VEJ("afsnit 8.5 (L4012-4016)"), SAG_SPOR_BEREGNET,
                "Forskellen til den tidligere kapitaliserede procent "
                "udbetales som løbende ydelse.");
        return SAG_OK;
    }
    if (ud->lov == SAG_LOV_2003 &&
        c->fp_afg_mdr - c->alder_afg_mdr <= SAG_LOV_FOLKEPENSION_KAPITAL_MDR) {
        ud->udbetalingsform = SAG_UDBETALING_KAPITAL;
        ud->kapital_pct = ud->pct;
        t = sag_spor_trin(c->sp, "udbetaling.under-2-aar-til-folkepension",
                          SAG__HJ_ASL(c, "§ 27",
                                      "; " SAG__VEJ("afsnit 18.6 "
                                                    "(L7426-7430)")),
                          SAG_SPOR_BEREGNET);
        if (t != NULL) {
            sag_spor_input(t, "alder", "%d år og %d måneder",
                           c->alder_afg_mdr / 12, c->alder_afg_mdr % 12);
            sag_spor_input(t, "folkepensionsalder", "%d år og %d måneder",
                           c->fp_afg_mdr / 12, c->fp_afg_mdr % 12);
            sag_spor_tekst(t, "Tilskadekomne er 2 år eller mindre fra "
                              "folkepensionsalderen ved afgørelsen; hele "
                              "erstatningen udbetales som kapitalbeløb.");
        }
        return kapitaliser(c);
    }
    if (ud->pct < SAG_LOV_KAPITAL_GRAENSE_PCT) {
        ud->udbetalingsform = SAG_UDBETALING_KAPITAL;
        ud->kapital_pct = ud->pct;
        hvorfor(c, "udbetaling.under-50-kapital",
                SAG__HJ_ASL(c, "§ 27, stk. 1, 1. pkt.",
                            "; " SAG__VEJ("afsnit 2.8")),
                SAG_SPOR_BEREGNET,
                "Endelig afgørelse under 50 %: erstatningen omsættes til et "
                "kapitalbeløb på afgørelsestidspunktet.");
        return kapitaliser(c);
    }
    ud->udbetalingsform = SAG_UDBETALING_LOEBENDE;
    hvorfor(c, "udbetaling.mindst-50-loebende",
            SAG__HJ_ASL(c, "§ 27, stk. 1", "; " SAG__VEJ("afsnit 2.8")),
            SAG_SPOR_BEREGNET,
            "Erstatningen er 50 % eller mere og udbetales som en løbende "
            "månedlig ydelse.");
    if (!in->kapitalisering_anmodet)
        return SAG_OK;
    ud->udbetalingsform = ud->pct == SAG_LOV_KAPITAL_GRAENSE_PCT
                              ? SAG_UDBETALING_KAPITAL
                              : SAG_UDBETALING_DELVIS_KAPITAL;
    ud->kapital_pct = SAG_LOV_KAPITAL_GRAENSE_PCT;
    hvorfor(c, "udbetaling.kapitalisering-efter-anmodning",
            SAG__HJ_ASL(c, "§ 27, stk. 1, 2. pkt.",
                        "; " SAG__VEJ("afsnit 2.8 (L1155-1162)")),
            SAG_SPOR_BEREGNET,
            "Efter anmodning kapitaliseres den del af erstatningen, der "
            "svarer til 50 % tab af erhvervsevne; resten udbetales løbende.");
    return kapitaliser(c);
}
