/*
 * Presentation for people: the Danish words for the stored codes, Danish
 * dates (31.12.2024), and column padding that counts characters, not bytes
 * (UTF-8). JSON output keeps the codes and ISO dates.
 */
#include <string.h>
#include <time.h>

#include "cli.h"

#include "skadesag/dato.h"

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
    { "forelagt_esu", "forelagt ESU" },
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
};

const char *
sag__ord(const char *kode)
{
    if (kode == NULL)
        return "";
    for (size_t i = 0; i < sizeof(ord) / sizeof(ord[0]); i++)
        if (strcmp(ord[i][0], kode) == 0)
            return ord[i][1];
    return kode;
}

const char *
sag__dk_dato(const char *iso, char ud[SAG_DATO_DK_LEN])
{
    struct sag_dato d;

    if (iso == NULL || iso[0] == '\0')
        return "-";
    if (sag_dato_parse_iso(iso, strnlen(iso, 10), &d) != SAG_OK)
        return iso;
    sag_dato_format_dk(d, ud);
    return ud;
}

void
sag__kolonne(struct sag_buf *b, const char *s, size_t bredde)
{
    sag_buf_add_udfyldt(b, s, bredde, false);
    sag_buf_addc(b, ' ');
}

struct sag_dato
sag__i_dag(void)
{
    struct sag_dato d = { (int32_t)(time(NULL) / 86400) };

    return d;
}
