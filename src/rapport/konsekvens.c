/*
 * Impact of a change in law or practice on a stored decision (see
 * konsekvens.h).
 */
#include "skadesag/konsekvens.h"
#include "skadesag/lov.h"

#include <string.h>

#include "../base/banned.h"

/* The engine without a trace (an inactive trace records nothing). */
static enum sag_status
beregn(const struct sag_satser *s, const struct sag_beregning_input *in,
       struct sag_beregning *r, struct sag_diag *d)
{
    struct sag_spor sp;

    sag_spor_init(&sp, NULL, false);
    return sag_beregn(s, in, &sp, r, d);
}

enum sag_status
sag_konsekvens_hr2025(const struct sag_satser *s,
                      const struct sag_beregning_input *in,
                      struct sag_konsekvens_hr2025 *ud, struct sag_diag *d)
{
    struct sag_beregning r;
    struct sag_beregning_input ny;
    enum sag_status st;

    memset(ud, 0, sizeof(*ud));
    if (in->tab.grundlag != SAG_GRUNDLAG_17A)
        return SAG_OK;
    if ((st = beregn(s, in, &r, d)) != SAG_OK)
        return st;
    /* Affected: a computed § 17 a loss from 5 % up to 15 % that was
     * refused (Højesteret 9.4.2024 and 17.1.2025). */
    if (!r.har_beregnet ||
        sag_broek_cmp(r.beregnet, sag_broek_heltal(SAG_LOV_HR_NEDRE_PCT)) < 0 ||
        sag_broek_cmp(r.beregnet, sag_broek_heltal(SAG_LOV_TAERSKEL_PCT)) >=
            0 ||
        r.fastsat_pct != 0)
        return SAG_OK;
    ud->beroert = true;
    ud->beregnet = r.beregnet;
    ny = *in;
    ny.tab.klart_og_varigt = 1;
    return beregn(s, &ny, &ud->efter, d);
}

enum sag_status
sag_konsekvens_folkepension(const struct sag_satser *s,
                            const struct sag_beregning_input *in,
                            struct sag_dato pr, struct sag_konsekvens_fp *ud,
                            struct sag_diag *d)
{
    struct sag_beregning r;
    struct sag_spor sp;
    const struct sag_fp_alder *foer, *efter;
    struct sag_dato kapdato, foedt, foedt_gl;
    int a1, m1, dd1, a2, m2, dd2, flyt;
    enum sag_status st;

    memset(ud, 0, sizeof(*ud));
    if (pr.dage <= in->afgoerelsesdato.dage)
        return SAG_OK;
    if ((st = beregn(s, in, &r, d)) != SAG_OK)
        return st;
    if (!r.har_kapital || !r.har_beloeb || r.kapital.oere <= 0)
        return SAG_OK;
    if (sag_satser_folkepensionsalder(s, in->foedselsdato, in->afgoerelsesdato,
                                      &foer) != SAG_OK ||
        sag_satser_folkepensionsalder(s, in->foedselsdato, pr, &efter) !=
            SAG_OK ||
        foer->maaneder == efter->maaneder)
        return SAG_OK;
    /* The same age under the tables in force on `pr`: move the
     * capitalisation date and the birth date by the same whole months. */
    sag_dato_ymd(in->afgoerelsesdato, &a1, &m1, &dd1);
    sag_dato_ymd(pr, &a2, &m2, &dd2);
    flyt = (a2 - a1) * 12 + (m2 - m1) + (dd2 > dd1 ? 1 : 0);
    if (sag_dato_plus_maaneder(in->afgoerelsesdato, flyt, SAG_MAANED_SIDSTE_DAG,
                               &kapdato) != SAG_OK ||
        sag_dato_plus_maaneder(in->foedselsdato, flyt, SAG_MAANED_SIDSTE_DAG,
                               &foedt) != SAG_OK)
        return sag_diag_set(d, SAG_EINVAL, "/afgoerelsesdato",
                            "datoen kan ikke flyttes");
    ud->beroert = true;
    ud->fp_foer_mdr = foer->maaneder;
    ud->fp_efter_mdr = efter->maaneder;
    ud->faktor_foer = r.faktor_milli;
    ud->kapital_foer = r.kapital;
    sag_spor_init(&sp, NULL, false);
    if ((st = sag_kapitaliseringsfaktor(s, r.noegledato, kapdato, foedt,
                                        in->koen, &sp, &ud->faktor_efter, d)) !=
            SAG_OK ||
        (st = sag_kapitalbeloeb(r.kapital_grundlag, ud->faktor_efter,
                                &ud->kapital_efter)) != SAG_OK)
        return st;
    /* The old pension age under the same tables: the table of the nearest
     * earlier birth cohort that has it, if it covers the age. */
    for (int i = 1; i <= 240; i++) {
        const struct sag_fp_alder *x;
        struct sag_diag ingen;

        if (sag_dato_plus_maaneder(foedt, -i, SAG_MAANED_SIDSTE_DAG,
                                   &foedt_gl) != SAG_OK ||
            sag_satser_folkepensionsalder(s, foedt_gl, kapdato, &x) != SAG_OK)
            break;
        if (x->maaneder != foer->maaneder)
            continue;
        if (sag_kapitaliseringsfaktor_variant(
                s, r.noegledato, kapdato, foedt, foedt_gl, foer->maaneder,
                in->koen, &sp, &ud->faktor_gl, &ingen) == SAG_OK &&
            sag_kapitalbeloeb(r.kapital_grundlag, ud->faktor_gl,
                              &ud->kapital_gl) == SAG_OK)
            ud->har_gl = true;
        break;
    }
    return SAG_OK;
}
