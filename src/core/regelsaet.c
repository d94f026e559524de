/*
 * Which law (regelsæt) governs a case.
 *
 * Source: guidance (Vejledning om erstatning for tab af erhvervsevne, VEJ nr.
 * 9946 af 24/11/2014) R-01 and the effective-date table of chapter 1–2:
 * accidents are keyed by the date they happened, occupational diseases by
 * the date they were notified (002:L388, L904, L1175, L1317-1321). The
 * boundaries used here and what each switches:
 *
 *   2004-01-01  ASL 2003 (lov nr. 422 af 10/06/2003) replaces the 1992 act
 *               (002:L35-44).
 *   2006-01-01  § 17 a, fleksjob and ledighedsydelse (lov nr. 1388 af
 *               21/12/2005; 002:L386-389).
 *   2007-07-01  start date in every decision (§ 17, stk. 8), running payment
 *               until a capital sum takes effect, cessation at
 *               folkepensionsalderen, monthly capitalisation factors (lov nr.
 *               496 af 6/6/2007; 002:L43, L904-906, L1148-1150, L1314-1318).
 *   2011-01-01  83 % of the årsløn after 8 % arbejdsmarkedsbidrag instead of
 *               80 % (law_facts.md 0.1; Mineo loebende-eet.md, SECONDARY).
 *   2024-07-01  the reform (lov nr. 1541 af 12/12/2023): loss in steps 15,
 *               20, 30 … 100; årsløn from the best of the last 5 income
 *               years; new minimum årsløn; new regulation base.
 *
 * The guidance says both "efter 1. juli 2007" (L43) and "1. juli 2007 eller
 * senere" (L904, L1175); we read on-or-after (docs/rules_map.md, open
 * question Q-02).
 *
 * The dates are named once, with their sources, in include/skadesag/lov.h
 * (SAG_LOV_DATO_*), and the trace step cites the act of the regime chosen
 * here.
 */

#include "beregning_int.h"

#include "../base/sag_assert.h"
#include "../base/banned.h"

/* Where the guidance keys the rules by the accident date or the
 * notification date (L388, L904, L1175, L1317-1321). */
#define REGEL_VEJ SAG__VEJ("afsnit 2.2, 2.6, 2.8 og 2.11")

void
sag__version(struct sag__ctx *c, const char *id)
{
    SAG_ASSERT(c->ud->antal_versioner < SAG_VERSIONER_MAX);
    c->ud->versioner[c->ud->antal_versioner++] = id;
}

static bool
fra(struct sag_dato d, struct sag_dato graense)
{
    return d.dage >= graense.dage;
}

enum sag_status
sag__regelsaet(struct sag__ctx *c)
{
    const struct sag_beregning_input *in = c->in;
    struct sag_beregning *ud = c->ud;
    struct sag_dato n;
    struct sag_spor_trin *t;

    /* Plausibility of the dates: an impossible order is an input error
     * that names the later field. */
    if (in->foedselsdato.dage > in->skadedato.dage)
        return sag_diag_set(c->diag, SAG_ECONFLICT, "/skadedato",
                            "ligger før fødselsdatoen");
    if (in->skadetype == SAG_SKADETYPE_ULYKKE &&
        in->anmeldelsesdato.dage < in->skadedato.dage)
        return sag_diag_set(c->diag, SAG_ECONFLICT, "/anmeldelsesdato",
                            "ligger før skadedatoen");
    if (in->afgoerelsesdato.dage < in->anmeldelsesdato.dage)
        return sag_diag_set(c->diag, SAG_ECONFLICT, "/afgoerelsesdato",
                            "ligger før anmeldelsesdatoen");
    if (in->afgoerelsesdato.dage < in->skadedato.dage)
        return sag_diag_set(c->diag, SAG_ECONFLICT, "/afgoerelsesdato",
                            "ligger før skadedatoen");

    /* the key date. */
    ud->noegle_er_anmeldelse = in->skadetype == SAG_SKADETYPE_ERHVERVSSYGDOM;
    n = ud->noegle_er_anmeldelse ? in->anmeldelsesdato : in->skadedato;
    ud->noegledato = n;

    c->fra_2004 = fra(n, SAG_LOV_DATO_ASL_2003);
    c->fra_2006 = fra(n, SAG_LOV_DATO_17A);
    c->fra_2007_07 = fra(n, SAG_LOV_DATO_2007_07);
    c->fra_2011 = fra(n, SAG_LOV_DATO_NIVEAU_2011);
    c->fra_2024_07 = fra(n, SAG_LOV_DATO_REFORM_2024);
    ud->lov = c->fra_2004 ? SAG_LOV_2003 : SAG_LOV_1992;

    sag__version(c, c->fra_2004 ? "lov.asl-2003" : "lov.1992");
    if (c->fra_2006)
        sag__version(c, "p17a.fra-2006-01-01");
    sag__version(c, c->fra_2007_07 ? "tilkendelse.alle-afgoerelser-fra-2007-07"
                                   : "tilkendelse.foer-2007-07");
    sag__version(c, c->fra_2007_07 ? "ophoer.folkepensionsalder-fra-2007-07"
                    : c->fra_2004  ? "ophoer.65-aar-2004-2007"
                                   : "ophoer.1992-lov");
    if (c->fra_2004)
        sag__version(c, c->fra_2011 ? "niveau.83pct-efter-am-bidrag-fra-2011"
                                    : "niveau.80pct-foer-2011");
    sag__version(c, c->fra_2024_07 ? "tabsgitter.15-20-30-100-fra-2024-07"
                                   : "tabsgitter.5pct-foer-2024-07");
    sag__version(c, c->fra_2024_07 ? "aarsloen.bedste-af-5-aar-fra-2024-07"
                                   : "aarsloen.aaret-foer-skaden");

    /* The act the case is decided under, and where the guidance keys the
     * law by the accident or notification date. */
    t = sag_spor_trin(
        c->sp, "regelsaet",
        sag__hj_dato(
            n, SAG_KILDE_LOV_1992 " (skader før 1. januar 2004); " REGEL_VEJ,
            "ASL (" SAG_KILDE_ASL "); " REGEL_VEJ,
            "ASL (" SAG_KILDE_ASL_REFORM "); " REGEL_VEJ),
        SAG_SPOR_BEREGNET);
    if (t != NULL) {
        char d[SAG_DATO_DK_LEN];

        sag_dato_format_dk(n, d);
        sag_spor_input(t, "skadetype", "%s",
                       ud->noegle_er_anmeldelse ? "erhvervssygdom" : "ulykke");
        sag_spor_resultat(t, "%s", c->fra_2004 ? "ASL 2003" : "1992-loven");
        sag_spor_tekst(
            t,
            "Sagen afgøres efter de regler, der gælder for %s %s "
            "(%s): %s.",
            ud->noegle_er_anmeldelse ? "en erhvervssygdom anmeldt"
                                     : "en ulykke sket",
            d, ud->noegle_er_anmeldelse ? "anmeldelsesdatoen" : "skadedatoen",
            c->fra_2004 ? "lov om arbejdsskadesikring (2003)"
                        : "lov om arbejdsskadeforsikring (1992)");
    }
    return SAG_OK;
}
