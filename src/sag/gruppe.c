/*
 * The case group of a case (declared in sag.h with the case state): the
 * groups of the AES reports' tables of processing times. Pure, and kept
 * apart from the state machine in sag.c so that the deadline rules
 * (frister.c), which need the group, and the state machine, which needs the
 * deadline rules, do not call each other in a circle.
 */
#include "skadesag/sag.h"

#include <string.h>

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
