/*
 * Facts of a case for the portfolio reports (see fakta.h).
 */
#include "skadesag/fakta.h"

#include "../base/banned.h"

struct sag_dato
sag_startdato(const struct sag_tilstand *t)
{
    if (t->type == SAG_SAGSTYPE_ERHVERVSSYGDOM &&
        t->generation == SAG_GENERATION_FOERSTEGANG)
        return t->anmeldelsesdato;
    return t->modtaget_dato;
}

size_t
sag_fakta_frister(const struct sag_tilstand *t, const struct sag_kalender *k,
                  struct sag_fakta_frist ud[2])
{
    struct sag_frist fr[SAG_MAKS_FRISTER];
    /* Far in the future: statuses then only say met, late, conditional
     * or lapsed — never "running". */
    struct sag_dato aldrig = { 2000000 };
    size_t nf = sag_frister(t, k, aldrig, fr, SAG_MAKS_FRISTER), n = 0;

    for (size_t i = 0; i < nf && i < SAG_MAKS_FRISTER && n < 2; i++) {
        const struct sag_frist *f = &fr[i];

        if (f->art != SAG_FRIST_ANERKENDELSE && f->art != SAG_FRIST_AFGOERELSE)
            continue;
        ud[n].art = f->art;
        ud[n].esu = f->art == SAG_FRIST_AFGOERELSE && t->esu_forelagt;
        ud[n].forfald = f->forfald;
        ud[n].afgjort = f->har_opfyldt;
        ud[n].afgjort_dato = f->opfyldt;
        ud[n].taeller = f->status != SAG_FRISTSTATUS_BETINGET &&
                        f->status != SAG_FRISTSTATUS_BORTFALDET;
        n++;
    }
    return n;
}
