/*
 * The board's prognoses from data/prognoser.tsv (prognose_fil.h). Columns:
 * year, kind (behandlingstid | produktion), group, from, to, unit, source.
 * Processing times are in whole months and kept in tenths.
 */
#include "skadesag/prognose_fil.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "skadesag/fakta.h"
#include "skadesag/parse.h"

#include "io_int.h"

#include "../base/banned.h"

/* One line split at tabs into `f` (7 columns); false if it has fewer. */
static bool
kolonner(char *linje, char *f[7])
{
    int n = 0;

    for (char *q = linje; n < 7; n++) {
        f[n] = q;
        q = strchr(q, '\t');
        if (q == NULL)
            return n + 1 == 7;
        *q++ = '\0';
    }
    return true;
}

static enum sag_status
linje(char *l, int nr, int aar, struct sag_arena *a, struct sag_pf_prognose *p,
      struct sag_diag *d)
{
    char *f[7];
    int64_t y, fra, til;

    if (!kolonner(l, f) || sag_parse_i64(f[0], 1900, 2100, &y) != SAG_OK ||
        sag_parse_i64(f[3], 0, 10000000, &fra) != SAG_OK ||
        sag_parse_i64(f[4], 0, 10000000, &til) != SAG_OK)
        return sag_diag_set(d, SAG_EINVAL, "",
                            "prognoser.tsv:%d: ugyldig linje", nr);
    if (y != aar)
        return SAG_OK;
    if (strcmp(f[1], "behandlingstid") == 0 &&
        p->antal < SAG_PF_MAKS_PROGNOSER) {
        struct sag_pf_prognose_linje *pl = &p->linjer[p->antal];
        int g = strcmp(f[2], "a_sager") == 0 ? 0 : sag_navn_til_gruppe(f[2]);

        if (g == 0 && strcmp(f[2], "a_sager") != 0)
            return sag_diag_set(d, SAG_EINVAL, "",
                                "prognoser.tsv:%d: ukendt sagsgruppe '%s'", nr,
                                f[2]);
        pl->gruppe = g;
        pl->fra = (long)fra * 10;
        pl->til = (long)til * 10;
        if ((pl->kilde = sag_arena_strdup(a, f[6])) == NULL)
            return SAG_ENOMEM;
        p->antal++;
    } else if (strcmp(f[1], "produktion") == 0) {
        p->har_produktionsmaal = true;
        p->produktionsmaal = (long)fra;
        if ((p->produktionskilde = sag_arena_strdup(a, f[6])) == NULL)
            return SAG_ENOMEM;
    }
    return SAG_OK;
}

enum sag_status
sag_prognose_indlaes(const char *mappe, int aar, struct sag_arena *arena,
                     struct sag_pf_prognose *ud, struct sag_diag *d)
{
    struct sag_pf_prognose p;
    struct sag_buf b;
    char sti[4096], *l, *naeste;
    int nr = 0;
    enum sag_status st = SAG_OK;

    memset(&p, 0, sizeof(p));
    p.aar = aar;
    if (snprintf(sti, sizeof(sti), "%s/prognoser.tsv", mappe) >=
        (int)sizeof(sti))
        return sag_diag_set(d, SAG_ETOOBIG, "", "stien er for lang");
    sag_buf_init(&b, 1024 * 1024);
    if ((st = sag__io_laes(sti, &b)) != SAG_OK) {
        st = sag_diag_set(d, st, "", "kan ikke læse %s: %s", sti,
                          st == SAG_EIO ? strerror(errno) : sag_status_str(st));
        goto out;
    }
    for (l = b.buf; st == SAG_OK && l != NULL && *l; l = naeste) {
        naeste = strchr(l, '\n');
        if (naeste != NULL)
            *naeste++ = '\0';
        if (++nr == 1 || *l == '\0')
            continue;
        st = linje(l, nr, aar, arena, &p, d);
    }
    if (st == SAG_OK && p.antal == 0 && !p.har_produktionsmaal)
        st = sag_diag_set(d, SAG_ENOTFOUND, "/prognose",
                          "ingen prognose for %d i %s", aar, sti);
    if (st == SAG_OK)
        *ud = p;
out:
    sag_buf_release(&b);
    return st;
}
