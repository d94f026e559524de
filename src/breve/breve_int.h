/*
 * Private declarations shared by the letter module's files (src/breve).
 */
#ifndef SAG_BREVE_INT_H
#define SAG_BREVE_INT_H

#include <stddef.h>

#include "skadesag/breve.h"

#define SAG__BREV_AFSENDER "Arbejdsmarkedets Erhvervssikring"

/* "12." for a list item's number. */
void sag__brev_tal(int nr, char ud[16]);

/* The letter's date as cairo's metadata date "2025-09-01T12:00:00Z". */
void sag__brev_pdfdato(struct sag_dato d, char ud[32]);

/* Add to cairo's PDF `pdf` an incremental update that gives the catalogue
 * /Lang (da), XMP metadata identifying PDF/A-2b (matching the document
 * information) and an sRGB output intent, and a trailer /ID from the
 * bytes' SHA-256; the result in `ud`. SAG_EIO if the PDF is not as cairo
 * writes it. */
enum sag_status sag__brev_pdfa(const char *pdf, size_t n,
                               const struct sag_brev *b, struct sag_buf *ud,
                               struct sag_diag *d);

#endif /* SAG_BREVE_INT_H */
