/*
 * The portfolio figures for people: text tables for the terminal, CSV for
 * spreadsheets, and a self-contained HTML page with SVG charts that opens
 * in a browser without a server. Danish labels and number formats
 * (52.600; 13,2 mdr.; 16,0 %; 31.12.2024). Pure: writes into a buffer.
 */
#ifndef SAG_PORTEFOLJE_GENGIV_H
#define SAG_PORTEFOLJE_GENGIV_H

#include <stdbool.h>

#include "skadesag/buf.h"
#include "skadesag/portefolje.h"

struct sag_pf_gengiv {
    const struct sag_pf_rapport *rapport;
    const struct sag_pf_kvalitet *kvalitet; /* NULL: no section */
    const struct sag_pf_prognose *prognose; /* NULL: no section */
    const char *titel;
    bool syntetisk; /* say that the data are synthetic */
    /* NULL or none: no section. */
    const struct sag_pf_udbetalinger *udbetalinger;
};

void sag_pf_tekst(const struct sag_pf_gengiv *g, struct sag_buf *b);
void sag_pf_csv(const struct sag_pf_gengiv *g, struct sag_buf *b);
void sag_pf_html(const struct sag_pf_gengiv *g, struct sag_buf *b);

/* Danish number formats, for other renderers. */
void sag_pf_tal(struct sag_buf *b, long v);            /* 52.600 */
void sag_pf_tiendedele(struct sag_buf *b, long v);     /* 13,2 ("-" if <0) */
void sag_pf_procent(struct sag_buf *b, long promille); /* 16,0 % ("-") */
void sag_pf_maaned_kort(struct sag_buf *b, int aar, int maaned); /* jan 2024 */

/* The processing-time rows in the reports' order (A-sager samlet, the
 * groups, all cases): the row of `tid` shown at place i < SAG_PF_TIDSRAEKKER,
 * and a row's label. */
#define SAG_PF_TIDSRAEKKER 9
size_t sag_pf_tidsraekke(size_t i);
const char *sag_pf_tidsraekke_tekst(size_t raekke);

#endif /* SAG_PORTEFOLJE_GENGIV_H */
