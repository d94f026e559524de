/*
 * The table of sources and the post-reform grid (see lov.h for the
 * citations). Read-only data; no state.
 */
#include "skadesag/lov.h"

#include "../base/banned.h"

/* 15, 20, 30, 40 … 100 (lov nr. 1541 af 12/12/2023, as AES describes it;
 * law_facts 1.7). */
const int sag_lov_gitter_2024[SAG_LOV_GITTER_2024_ANTAL] = {
    SAG_LOV_TAERSKEL_PCT, 20, 30, 40, 50, 60, 70, 80, 90, SAG_LOV_FULDT_TAB_PCT
};

static const struct sag_lov_kilde kilder[] = {
    { "asl-2003", SAG_KILDE_ASL, true },
    { "lov-1388-2005", SAG_KILDE_LOV_1388_2005, true },
    { "lov-496-2007", SAG_KILDE_LOV_496_2007, true },
    { "lov-288-1999", SAG_KILDE_LOV_288_1999, true },
    { "lov-550-2019", SAG_KILDE_LOV_550_2019, true },
    { "lov-1541-2023", SAG_KILDE_LOV_1541_2023, true },
    { "lov-1992", SAG_KILDE_LOV_1992, false },
    { "bek-581-2024", SAG_KILDE_BEK_581_2024, true },
    { "vej-9946-2014", SAG_KILDE_VEJ, true },
    { "hr-2024-04-09", SAG_KILDE_HR_2024, true },
    { "hr-2025-01-17", SAG_KILDE_HR_2025, true },
    { "pa-155-10", SAG_KILDE_PA_155_10, true },
    { "pa-u-25-02", SAG_KILDE_PA_U_25_02, true },
    { "aes-beretning-2020", SAG_KILDE_AES_BERETNING_2020, true },
    { "ast-genoptagelse", SAG_KILDE_AST_GENOPTAGELSE, true },
    { "aes-pensionsalder-2009", SAG_KILDE_AES_PENSIONSALDER_2009, true },
    { "aes-klage", SAG_KILDE_AES_KLAGE, true },
    { "social-pension-1a", SAG_KILDE_SOCIAL_PENSION, false },
};

const struct sag_lov_kilde *
sag_lov_kilder(size_t *antal)
{
    *antal = sizeof(kilder) / sizeof(kilder[0]);
    return kilder;
}
