/*
 * Read the four rate tables from a directory and hand their bytes to the
 * pure loader. This is the only place the library opens files.
 */
#include "skadesag/satser_fil.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "skadesag/buf.h"

#include "../base/banned.h"

static const char *const filer[] = { "satser.tsv",
                                     "kapitaliseringsfaktorer.tsv",
                                     "kapitalisering_acts.tsv",
                                     "folkepensionsalder.tsv" };

static enum sag_status
laes(const char *sti, struct sag_buf *b)
{
    FILE *f = fopen(sti, "rb");
    char blok[65536];
    size_t n;
    int fejl;

    if (f == NULL)
        return SAG_EIO;
    while ((n = fread(blok, 1, sizeof(blok), f)) > 0)
        sag_buf_add(b, blok, n);
    fejl = ferror(f);
    (void)fclose(f);
    return fejl ? SAG_EIO : sag_buf_status(b);
}

enum sag_status
sag_satser_indlaes_mappe(struct sag_satser *s, const char *mappe,
                         struct sag_diag *diag)
{
    struct sag_buf b;
    enum sag_status st = SAG_OK;
    char sti[4096];

    sag_buf_init(&b, 64 * 1024 * 1024);
    for (size_t i = 0; i < sizeof(filer) / sizeof(filer[0]); i++) {
        int n = snprintf(sti, sizeof(sti), "%s/%s", mappe, filer[i]);

        if (n < 0 || (size_t)n >= sizeof(sti)) {
            st = sag_diag_set(diag, SAG_ETOOBIG, "", "stien er for lang");
            goto out;
        }
        sag_buf_reset(&b);
        st = laes(sti, &b);
        if (st != SAG_OK) {
            st = sag_diag_set(diag, st, "", "kan ikke læse %s: %s", sti,
                              st == SAG_EIO ? strerror(errno)
                                            : sag_status_str(st));
            goto out;
        }
        st = sag_satser_indlaes_tsv(s, filer[i], b.buf, b.len, diag);
        if (st != SAG_OK)
            goto out;
    }
    st = sag_satser_klar(s, diag);
out:
    sag_buf_release(&b);
    return st;
}
