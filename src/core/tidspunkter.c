/*
 * Start date (tilkendelsesdato) and end date (ophørsdato) of the award.
 *
 * Start date — guidance 2.6 (L885-973), ASL § 17, stk. 7, 2. led and
 * stk. 10:
 *   - when a start date is fixed: for injuries from 1.7.2007 in every
 *     decision (§ 17, stk. 8; L904-907); before, only in a final decision of
 *     50 % or more or a temporary decision (L900-902);
 *   - the date the loss was proven is the caseworker's finding; without it
 *     the situation's default applies (L909-953): the day the pay fell, the
 *     first day of fleksjob or ledighedsydelse, the municipality's
 *     førtidspension decision, the start of retraining — otherwise the
 *     decision date (L911-915);
 *   - never before the notification was received (L889-890, L955-956);
 *   - a student or apprentice: not before the education would have ended
 *     (PA U-25-02; L940-946, L6394; Ex 14.1: qualified 30.11.2000, award
 *     from 1.12.2000);
 *   - reopening on request (§ 42): an increase not before the request; a
 *     reduction from the first of the month after the new decision
 *     (L1012-1036).
 *
 * End date — guidance 2.11 (L1308-1348):
 *   - from 1.7.2007: end of the month in which folkepensionsalderen is
 *     reached (§ 17, stk. 7, lov nr. 496 af 6/6/2007);
 *   - 1.1.2004–30.6.2007, born from 1.7.1939: end of the month of the 65th
 *     birthday; born before 1.7.1939 the guidance is silent (open question
 *     Q-06) and we use the folkepensionsalder table;
 *   - 1992 act: 67 with an afløsningsbeløb of 2 × the yearly compensation if
 *     the person turned 60 on or before 1.7.1999 or the decision was made
 *     before 1.7.1999; otherwise 65 with 4 × (1992 act § 32, stk. 7-8; lov
 *     nr. 288 af 12/5/1999).
 */

#include "beregning_int.h"

#include "../base/sag_assert.h"
#include "../base/banned.h"

int
sag__alder_mdr(struct sag_dato foedt, struct sag_dato paa)
{
    int aar, mdr;

    if (sag_dato_alder_maaneder(foedt, paa, SAG_MAANED_FOERSTE_EFTER, &aar,
                                &mdr) != SAG_OK)
        return 0;
    return aar * 12 + mdr;
}

enum sag_status
sag__fp_mdr(struct sag__ctx *c, struct sag_dato d, int *mdr)
{
    const struct sag_fp_alder *r;

    if (sag_satser_folkepensionsalder(c->s, c->in->foedselsdato, d, &r) !=
        SAG_OK)
        return sag_diag_set(c->diag, SAG_ENOTFOUND, "/foedselsdato",
                            "folkepensionsalderen findes ikke i tabellen for "
                            "denne fødselsdato og dato");
    *mdr = r->maaneder;
    return SAG_OK;
}

static bool
situation_har_standarddato(enum sag_situation s)
{
    switch (s) {
    case SAG_SITUATION_ORDINAER:        /* the day the pay fell */
    case SAG_SITUATION_FLEKSJOB:        /* first day of fleksjob pay */
    case SAG_SITUATION_LEDIGHEDSYDELSE: /* first day of ledighedsydelse */
    case SAG_SITUATION_FOERTIDSPENSION: /* the municipality's decision */
    case SAG_SITUATION_REVALIDERING:    /* start of the retraining plan */
        return true;
    default: return false;
    }
}

enum sag_status
sag__tilkendelse(struct sag__ctx *c)
{
    const struct sag_beregning_input *in = c->in;
    struct sag_beregning *ud = c->ud;
    struct sag_spor_trin *t;
    struct sag_dato d;
    const char *grundlag;
    enum sag_spor_art art;
    char a[SAG_DATO_DK_LEN], b[SAG_DATO_DK_LEN];

    if (!ud->ret_til_erstatning)
        return SAG_OK;
    if (!c->fra_2007_07 && !(ud->afgoerelse == SAG_AFGOERELSE_MIDLERTIDIG ||
                             ud->fastsat_pct >= SAG_LOV_KAPITAL_GRAENSE_PCT)) {
        t = sag_spor_trin(c->sp, "tilkendelse.ikke-fastsat-foer-2007",
                          SAG__VEJ("afsnit 2.6 (L900-902)"),
                          SAG_SPOR_IKKE_OPFYLDT);
        sag_spor_tekst(t, "For skader før 1.7.2007 fastsættes et "
                          "tilkendelsestidspunkt kun ved en endelig "
                          "afgørelse på mindst 50 %% eller en midlertidig "
                          "afgørelse.");
        return SAG_OK;
    }

    if (in->har_tab_paavist_dato) {
        d = in->tab_paavist_dato;
        grundlag = "det tidspunkt, hvor tabet blev påvist (sagsbehandlerens "
                   "vurdering)";
        art = SAG_SPOR_VURDERET;
    } else if (in->har_situation_dato &&
               situation_har_standarddato(in->tab.situation)) {
        d = in->situation_dato;
        grundlag = "den dato situationen indtrådte (vejledningen 2.6, "
                   "L917-953)";
        art = SAG_SPOR_BEREGNET;
    } else {
        d = in->afgoerelsesdato;
        grundlag = "afgørelsesdatoen (vejledningen 2.6, L911-915)";
        art = SAG_SPOR_BEREGNET;
    }
    t = sag_spor_trin(
        c->sp, "tilkendelse.tab-paavist",
        SAG__HJ_ASL(c, "§ 17, stk. 7", "; " SAG__VEJ("afsnit 2.6")), art);
    if (t != NULL) {
        sag_dato_format_dk(d, a);
        sag_spor_resultat(t, "%s", a);
        sag_spor_tekst(t, "Udgangspunktet er %s: %s.", grundlag, a);
        if (art == SAG_SPOR_VURDERET)
            sag_spor_vurdering(t, in->vurdering.af, in->vurdering.begrundelse);
    }

    /* Floors. */
    if (d.dage < in->anmeldelsesdato.dage) {
        d = in->anmeldelsesdato;
        t = sag_spor_trin(c->sp, "tilkendelse.ikke-foer-anmeldelse",
                          SAG__HJ_ASL(c, "§ 17, stk. 10",
                                      "; " SAG__VEJ("afsnit 2.6 (L889-890, "
                                                    "L955-956)")),
                          SAG_SPOR_BEREGNET);
        if (t != NULL) {
            sag_dato_format_dk(d, a);
            sag_spor_resultat(t, "%s", a);
            sag_spor_tekst(t,
                           "Erstatningen kan tidligst tilkendes fra "
                           "modtagelsen af anmeldelsen: %s.",
                           a);
        }
    }
    if (in->har_uddannelse_slut) {
        struct sag_dato e;

        if (sag_dato_plus_dage(in->uddannelse_forventet_afsluttet, 1, &e) !=
            SAG_OK)
            return sag_diag_set(c->diag, SAG_EINVAL,
                                "/uddannelse_forventet_afsluttet",
                                "ugyldig dato");
        if (d.dage < e.dage) {
            d = e;
            t = sag_spor_trin(
                c->sp, "tilkendelse.efter-uddannelse",
                SAG__VEJ("afsnit 2.6 (L940-946, eksempel 2.15) "
                         "og afsnit 14.4.4 (L6394)") "; " SAG_KILDE_PA_U_25_02,
                SAG_SPOR_BEREGNET);
            if (t != NULL) {
                sag_dato_format_dk(in->uddannelse_forventet_afsluttet, a);
                sag_dato_format_dk(d, b);
                sag_spor_resultat(t, "%s", b);
                sag_spor_tekst(t,
                               "Tabet regnes først fra det tidspunkt, hvor "
                               "uddannelsen ville have været afsluttet "
                               "(%s): %s.",
                               a, b);
            }
        }
    }
    if (in->har_genoptagelse) {
        const struct sag_genoptagelse *g = &in->genoptagelse;
        bool nedsat =
            g->har_tidligere_pct && ud->fastsat_pct < g->tidligere_pct;

        if (nedsat) {
            /* A reduction takes effect from the first of the month after
             * the new decision (guidance 2.6.3, L1024-1025). */
            struct sag_dato f;

            if (sag_dato_plus_maaneder(
                    sag_dato_foerste_i_maaned(in->afgoerelsesdato), 1,
                    SAG_MAANED_STRENG, &f) != SAG_OK)
                return SAG_ERANGE;
            d = f;
            t = sag_spor_trin(c->sp, "tilkendelse.nedsaettelse",
                              SAG__VEJ("afsnit 2.6.3 (L1024-1025)"),
                              SAG_SPOR_BEREGNET);
            if (t != NULL) {
                sag_dato_format_dk(d, a);
                sag_spor_resultat(t, "%s", a);
                sag_spor_tekst(t,
                               "Erstatningen nedsættes fra %d %% til %d %% "
                               "med virkning fra den første i måneden efter "
                               "afgørelsen: %s.",
                               g->tidligere_pct, ud->fastsat_pct, a);
            }
        } else if (g->type == SAG_GENOPTAGELSE_ANMODNING) {
            if (!g->har_anmodningsdato)
                return sag_diag_set(c->diag, SAG_EMISSING,
                                    "/genoptagelse/anmodningsdato",
                                    "mangler: en forhøjelse efter § 42 kan "
                                    "tidligst ske fra anmodningen");
            if (d.dage < g->anmodningsdato.dage) {
                d = g->anmodningsdato;
                t = sag_spor_trin(
                    c->sp, "tilkendelse.genoptagelse-42",
                    SAG__HJ_ASL(c, "§ 42",
                                "; " SAG__VEJ("afsnit 2.6.3 og 8.8.1 "
                                              "(L4197-4198)")),
                    SAG_SPOR_BEREGNET);
                if (t != NULL) {
                    sag_dato_format_dk(d, a);
                    sag_spor_resultat(t, "%s", a);
                    sag_spor_tekst(t,
                                   "Ved genoptagelse efter anmodning ydes "
                                   "erstatning tidligst fra anmodningen: "
                                   "%s.",
                                   a);
                }
            }
        }
    }
    ud->har_tilkendelse = true;
    ud->tilkendelsesdato = d;
    return SAG_OK;
}

enum sag_status
sag__alder_1992(struct sag__ctx *c, int *mdr, int *gange)
{
    struct sag_dato tres;
    bool gammel;

    if (sag_dato_plus_aar(c->in->foedselsdato, SAG_LOV_1992_SKILLEALDER,
                          SAG_MAANED_FOERSTE_EFTER, &tres) != SAG_OK)
        return sag_diag_set(c->diag, SAG_ERANGE, "/foedselsdato",
                            "ugyldig dato");
    /* Turned 60 on or before 1.7.1999, or decided before 1.7.1999: 67 and
     * 2 ×; otherwise 65 and 4 ×. */
    gammel = tres.dage <= SAG_LOV_DATO_1999_07.dage ||
             c->in->afgoerelsesdato.dage < SAG_LOV_DATO_1999_07.dage;
    *mdr =
        (gammel ? SAG_LOV_1992_OPHOER_ALDER_GL : SAG_LOV_1992_OPHOER_ALDER_NY) *
        12;
    *gange = gammel ? SAG_LOV_1992_AFLOESNING_GANGE_GL
                    : SAG_LOV_1992_AFLOESNING_GANGE_NY;
    return SAG_OK;
}

/* End of the month in which the person reaches `mdr` months of age. */
enum sag_status
sag__udgang_af_maaned(struct sag__ctx *c, int mdr, struct sag_dato *ud)
{
    struct sag_dato f;

    if (sag_dato_plus_maaneder(c->in->foedselsdato, mdr,
                               SAG_MAANED_FOERSTE_EFTER, &f) != SAG_OK)
        return SAG_ERANGE;
    *ud = sag_dato_sidste_i_maaned(f);
    return SAG_OK;
}

enum sag_status
sag__ophoer(struct sag__ctx *c)
{
    struct sag_beregning *ud = c->ud;
    struct sag_spor_trin *t;
    const char *hj, *tekst;
    int mdr;
    enum sag_status st;
    char a[SAG_DATO_DK_LEN];

    if (ud->udbetalingsform != SAG_UDBETALING_LOEBENDE &&
        ud->udbetalingsform != SAG_UDBETALING_DELVIS_KAPITAL)
        return SAG_OK;
    if (c->fra_2007_07) {
        mdr = c->fp_afg_mdr;
        hj = SAG__HJ_ASL(
            c, "§ 17, stk. 7, som ændret ved " SAG_KILDE_LOV_496_2007,
            "; " SAG__VEJ(
                "afsnit 2.11 (L1314-1318)") "; " SAG_KILDE_SOCIAL_PENSION);
        tekst = "folkepensionsalderen";
    } else if (c->fra_2004) {
        /* Injuries 1.1.2004-30.6.2007: § 17, stk. 8 as then in force said
         * 65 (guidance 2.11), but from 1.7.2009 the payment runs to
         * folkepensionsalderen (AES 2009; the capitalisation acts' tables for
         * these injuries run to 65½ ... 70; Q-24). The table gives 65 for
         * decisions before 1.7.2009 (everyone born before 1.7.1939 got the
         * one-off 2 x payment, § 17, stk. 7, 2. pkt.). */
        mdr = c->fp_afg_mdr;
        hj = SAG__HJ_ASL(c,
                         "§ 17, stk. 8, som gældende for skader 1.1.2004-"
                         "30.6.2007",
                         "; " SAG_KILDE_AES_PENSIONSALDER_2009
                         "; " SAG_KILDE_SOCIAL_PENSION);
        tekst = "folkepensionsalderen";
    } else {
        /* 1992 act. */
        if ((st = sag__alder_1992(c, &mdr, &ud->afloesning_gange)) != SAG_OK)
            return st;
        hj = ud->afloesning_gange == SAG_LOV_1992_AFLOESNING_GANGE_GL
                 ? SAG_KILDE_LOV_1992
                 " § 32, stk. 7; " SAG_KILDE_LOV_288_1999
                 " §§ 15 og 17; " SAG__VEJ("afsnit 2.11 (L1331-1348)")
                 : SAG_KILDE_LOV_1992
                 " § 32, stk. 8; " SAG__VEJ("afsnit 2.11 (L1337-1341)");
        tekst = ud->afloesning_gange == SAG_LOV_1992_AFLOESNING_GANGE_GL
                    ? "67 år"
                    : "65 år";
        if (ud->har_beloeb &&
            sag_penge_gange_heltal(ud->aarlig, ud->afloesning_gange,
                                   &ud->afloesningsbeloeb) != SAG_OK)
            return SAG_EOVERFLOW;
    }
    if ((st = sag__udgang_af_maaned(c, mdr, &ud->ophoersdato)) != SAG_OK)
        return sag_diag_set(c->diag, st, "/foedselsdato", "ugyldig dato");
    ud->har_ophoer = true;
    t = sag_spor_trin(c->sp, "ophoer", hj, SAG_SPOR_BEREGNET);
    if (t != NULL) {
        sag_dato_format_dk(ud->ophoersdato, a);
        sag_spor_input(t, "alder", "%d år og %d måneder", mdr / 12, mdr % 12);
        sag_spor_resultat(t, "%s", a);
        if (ud->afloesning_gange)
            sag_spor_tekst(t,
                           "Den løbende ydelse ophører med udgangen af den "
                           "måned, hvor tilskadekomne fylder %s (%s), og "
                           "afløses af et engangsbeløb på %d gange den "
                           "årlige erstatning.",
                           tekst, a, ud->afloesning_gange);
        else
            sag_spor_tekst(t,
                           "Den løbende ydelse ophører med udgangen af den "
                           "måned, hvor tilskadekomne når %s: %s.",
                           tekst, a);
    }
    return SAG_OK;
}
