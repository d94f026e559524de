/*
 * TEMPORARY: opening a store from a URL, until the store-port branch lands
 * (it replaces this file).
 */
#include <stdio.h>
#include <string.h>

#include "skadesag/store.h"

#include "../base/banned.h"

enum sag_status
sag_store_aabn(const char *url, unsigned flag, struct sag_store **ud,
               struct sag_diag *d)
{
    const char *sti;

    if (url == NULL || strncmp(url, "sqlite:", 7) != 0)
        return sag_diag_set(d, SAG_EINVAL, "/db", "ukendt databasetype");
    sti = url + 7;
    if (sti[0] == '\0')
        return sag_diag_set(d, SAG_EINVAL, "/db", "mangler: stien");
    if (!(flag & SAG_STORE_OPRET)) {
        FILE *f = fopen(sti, "rb");

        if (f == NULL)
            return sag_diag_set(d, SAG_ENOTFOUND, "/db",
                                "databasen findes ikke");
        (void)fclose(f);
    }
    return sag_store_aabn_sqlite(sti, ud, d);
}
