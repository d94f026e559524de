/*
 * Names and Danish descriptions of enum sag_status, and struct sag_diag.
 */
#include "skadesag/status.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "banned.h"

const char *
sag_status_name(enum sag_status st)
{
    switch (st) {
    case SAG_OK: return "SAG_OK";
    case SAG_EINVAL: return "SAG_EINVAL";
    case SAG_ERANGE: return "SAG_ERANGE";
    case SAG_EOVERFLOW: return "SAG_EOVERFLOW";
    case SAG_ENOMEM: return "SAG_ENOMEM";
    case SAG_ETOOBIG: return "SAG_ETOOBIG";
    case SAG_EAMBIGUOUS: return "SAG_EAMBIGUOUS";
    case SAG_ENOTFOUND: return "SAG_ENOTFOUND";
    case SAG_EPARSE: return "SAG_EPARSE";
    case SAG_EMISSING: return "SAG_EMISSING";
    case SAG_EIO: return "SAG_EIO";
    case SAG_ECONFLICT: return "SAG_ECONFLICT";
    case SAG_EDIVZERO: return "SAG_EDIVZERO";
    case SAG_EDENIED: return "SAG_EDENIED";
    case SAG_EINTERNAL: return "SAG_EINTERNAL";
    case SAG_EADGANG: return "SAG_EADGANG";
    case SAG_EFORMANGE: return "SAG_EFORMANGE";
    }
    return "SAG_E?";
}

const char *
sag_status_str(enum sag_status st)
{
    switch (st) {
    case SAG_OK: return "ok";
    case SAG_EINVAL: return "ugyldig værdi";
    case SAG_ERANGE: return "uden for tilladt interval";
    case SAG_EOVERFLOW: return "talværdien er for stor";
    case SAG_ENOMEM: return "ikke mere hukommelse";
    case SAG_ETOOBIG: return "for stort input";
    case SAG_EAMBIGUOUS: return "tvetydigt resultat";
    case SAG_ENOTFOUND: return "ikke fundet";
    case SAG_EPARSE: return "kan ikke læses";
    case SAG_EMISSING: return "mangler";
    case SAG_EIO: return "fejl ved læsning eller skrivning";
    case SAG_ECONFLICT: return "modstridende oplysninger";
    case SAG_EDIVZERO: return "division med nul";
    case SAG_EDENIED: return "ikke tilladt";
    case SAG_EINTERNAL: return "intern fejl";
    case SAG_EADGANG: return "ingen adgang";
    case SAG_EFORMANGE: return "for mange forsøg";
    }
    return "ukendt fejl";
}

void
sag_diag_init(struct sag_diag *d)
{
    if (d == NULL)
        return;
    d->felt[0] = '\0';
    d->besked[0] = '\0';
}

enum sag_status
sag_diag_set(struct sag_diag *d, enum sag_status st, const char *felt,
             const char *fmt, ...)
{
    va_list ap;

    if (d == NULL)
        return st;
    (void)snprintf(d->felt, sizeof(d->felt), "%s", felt ? felt : "");
    va_start(ap, fmt);
    (void)vsnprintf(d->besked, sizeof(d->besked), fmt, ap);
    va_end(ap);
    return st;
}

void
sag_diag_prefix(struct sag_diag *d, const char *prefix)
{
    char tmp[SAG_DIAG_FELT_MAX];

    if (d == NULL || prefix == NULL)
        return;
    (void)snprintf(tmp, sizeof(tmp), "%s%s", prefix, d->felt);
    memcpy(d->felt, tmp, sizeof(tmp));
}
