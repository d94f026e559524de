/*
 * Producing a letter (breve.h): read the case (logged, reason "brev"),
 * build the letter from the stored records, render HTML and PDF, and store
 * it with its event through the application layer.
 */
#include <string.h>

#include "skadesag/breve.h"

#include "../base/banned.h"

#define BREV_MAKS (16u << 20)

enum sag_status
sag_brev_dan(const struct sag_tj *k, const struct sag_brev_bestilling *b,
             struct sag_tj_brev_svar *svar, struct sag_diag *d)
{
    struct sag_arena a;
    struct sag_tj_mappe mp;
    struct sag_brev brev;
    struct sag_buf html, pdf;
    struct sag_tj_brev ny;
    enum sag_status st;

    if (b->sag_id == NULL || b->sag_id[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/sag_id", "mangler");
    /* Producing a letter is a decision-maker's act; checked before the
     * case is read. */
    if (!sag_tj_tilladt(k->rolle, SAG_HANDLING_AFGOER))
        return sag_diag_set(d, SAG_EADGANG, "/rolle",
                            "rollen må ikke danne breve");
    sag_arena_init(&a, 0);
    sag_buf_init(&html, BREV_MAKS);
    sag_buf_init(&pdf, BREV_MAKS);
    st = sag_tj_sagsmappe(k, b->sag_id, "brev", &a, &mp, d);
    if (st == SAG_OK)
        st = sag_brev_byg(&mp, b, &k->kalender, &a, &brev, d);
    if (st == SAG_OK) {
        sag_brev_html(&brev, &html);
        if ((st = sag_buf_status(&html)) != SAG_OK)
            st = sag_diag_set(d, st, "/html", "brevet er for stort");
    }
    if (st == SAG_OK)
        st = sag_brev_pdf(&brev, &pdf, d);
    if (st == SAG_OK) {
        memset(&ny, 0, sizeof(ny));
        ny.sag_id = b->sag_id;
        ny.afgoerelse_id = brev.afgoerelse_id;
        ny.type = brev.type;
        ny.dato = brev.dato;
        ny.pdf = (const unsigned char *)pdf.buf;
        ny.pdf_len = pdf.len;
        ny.html = html.buf;
        st = sag_tj_brev_gem(k, &ny, svar, d);
    }
    sag_buf_release(&pdf);
    sag_buf_release(&html);
    sag_arena_release(&a);
    return st;
}
