/*
 * Facts of a case for the portfolio reports (see fakta.h).
 */
#include <string.h>

#include "skadesag/fakta.h"

#include "../base/banned.h"

static const char *const navne[SAG_ANTAL_GRUPPER + 1][2] = {
    { NULL, NULL },
    { "foerstegang_uden_tab", "Førstegangssager uden erhvervsevnetab" },
    { "foerstegang_med_tab", "Førstegangssager med erhvervsevnetab" },
    { "andengang", "Andengangssager (genoptagelser og revisioner)" },
    { "hjemvisning", "Hjemvisninger" },
    { "privat_men", "Private erstatningssager vedrørende mén" },
    { "privat_tab", "Private erstatningssager vedrørende erhvervsevnetab" },
    { "veteran", "Veteransager" },
};

const char *
sag_gruppe_navn(enum sag_gruppe g)
{
    return (int)g >= 1 && (int)g <= SAG_ANTAL_GRUPPER ? navne[g][0] : NULL;
}

const char *
sag_gruppe_tekst(enum sag_gruppe g)
{
    return (int)g >= 1 && (int)g <= SAG_ANTAL_GRUPPER ? navne[g][1] : NULL;
}

int
sag_navn_til_gruppe(const char *navn)
{
    for (int g = 1; navn != NULL && g <= SAG_ANTAL_GRUPPER; g++)
        if (strcmp(navne[g][0], navn) == 0)
            return g;
    return 0;
}

bool
sag_gruppe_er_a_sag(enum sag_gruppe g)
{
    return g >= SAG_GRUPPE_FOERSTEGANG_UDEN_TAB && g <= SAG_GRUPPE_HJEMVISNING;
}

enum sag_gruppe
sag_gruppe(const struct sag_tilstand *t)
{
    switch (t->type) {
    case SAG_SAGSTYPE_PRIVAT_MEN: return SAG_GRUPPE_PRIVAT_MEN;
    case SAG_SAGSTYPE_PRIVAT_ERHVERVSEVNETAB: return SAG_GRUPPE_PRIVAT_TAB;
    case SAG_SAGSTYPE_VETERAN: return SAG_GRUPPE_VETERAN;
    case SAG_SAGSTYPE_ULYKKE:
    case SAG_SAGSTYPE_ERHVERVSSYGDOM: break;
    }
    if (t->generation == SAG_GENERATION_ANDENGANG)
        return SAG_GRUPPE_ANDENGANG;
    if (t->generation == SAG_GENERATION_HJEMVISNING)
        return SAG_GRUPPE_HJEMVISNING;
    for (size_t i = 0; i < t->antal_afgoerelser; i++)
        if (t->afgoerelser[i].fase == SAG_FASE_ERHVERVSEVNETAB)
            return SAG_GRUPPE_FOERSTEGANG_MED_TAB;
    return SAG_GRUPPE_FOERSTEGANG_UDEN_TAB;
}

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
