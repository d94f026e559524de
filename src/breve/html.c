/*
 * The letter as self-contained HTML (docs/breve.md): one file with its
 * style inline, lang="da", the same headings, lists and tables as the PDF,
 * every text escaped. Shown in the caseworker's UI and on the citizen's
 * page.
 */
#include <stdio.h>
#include <string.h>

#include "breve_int.h"
#include "skadesag/breve.h"

#include "../base/banned.h"

void
sag__brev_tal(int nr, char ud[16])
{
    (void)snprintf(ud, 16, "%d.", nr);
}

void
sag__brev_pdfdato(struct sag_dato d, char ud[32])
{
    char iso[SAG_DATO_ISO_LEN];

    sag_dato_format_iso(d, iso);
    (void)snprintf(ud, 32, "%sT12:00:00Z", iso);
}

static void
esc(struct sag_buf *b, const char *s)
{
    const char *nl;

    while ((nl = strchr(s, '\n')) != NULL) {
        sag_buf_add_html_n(b, s, (size_t)(nl - s));
        sag_buf_adds(b, "<br>");
        s = nl + 1;
    }
    sag_buf_add_html(b, s);
}

static void
linjer(struct sag_buf *b, const char *klasse, const char *const *l, size_t n)
{
    sag_buf_addf(b, "<p class=\"%s\">", klasse);
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            sag_buf_adds(b, "<br>");
        esc(b, l[i]);
    }
    sag_buf_adds(b, "</p>\n");
}

void
sag_brev_html(const struct sag_brev *b, struct sag_buf *ud)
{
    sag_buf_adds(ud, "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n"
                     "<meta charset=\"utf-8\">\n<title>");
    esc(ud, b->titel);
    sag_buf_adds(
        ud, "</title>\n<style>\n"
            "body{font-family:'DejaVu Sans',Verdana,sans-serif;font-size:15px;"
            "line-height:1.45;max-width:44em;margin:2em auto;padding:0 1em;"
            "color:#1a1a1a}\n"
            ".hoved{display:flex;justify-content:space-between;gap:2em}\n"
            ".afsender,.reference{font-size:13px;color:#333}\n"
            "h1{font-size:1.5em;margin-top:2em}h2{font-size:1.15em;"
            "margin-top:1.6em}\n"
            "table{border-collapse:collapse;width:100%}th,td{text-align:left;"
            "vertical-align:top;padding:.3em .5em;border-bottom:1px solid #ccd}"
            "\nth{font-weight:normal;width:40%}td{font-weight:bold}\n"
            "</style>\n</head>\n<body>\n<header class=\"hoved\">\n<div>\n");
    linjer(ud, "modtager", b->modtager, b->antal_modtager);
    sag_buf_adds(ud, "</div>\n<div>\n");
    linjer(ud, "afsender", b->afsender, b->antal_afsender);
    linjer(ud, "reference", b->reference, b->antal_reference);
    sag_buf_adds(ud, "</div>\n</header>\n<main>\n<h1>");
    esc(ud, b->titel);
    sag_buf_adds(ud, "</h1>\n");
    for (size_t i = 0; i < b->antal_blokke; i++) {
        const struct sag_brev_blok *k = &b->blokke[i];
        enum sag_brev_art foer = i > 0 ? b->blokke[i - 1].art : 0;
        enum sag_brev_art efter =
            i + 1 < b->antal_blokke ? b->blokke[i + 1].art : 0;

        switch (k->art) {
        case SAG_BREV_AFSNIT:
            sag_buf_adds(ud, "<h2>");
            esc(ud, k->tekst);
            sag_buf_adds(ud, "</h2>\n");
            break;
        case SAG_BREV_TEKST:
            sag_buf_adds(ud, "<p>");
            esc(ud, k->tekst);
            sag_buf_adds(ud, "</p>\n");
            break;
        case SAG_BREV_PUNKT:
            if (foer != SAG_BREV_PUNKT)
                sag_buf_adds(ud, "<ol>\n");
            sag_buf_adds(ud, "<li>");
            esc(ud, k->tekst);
            sag_buf_adds(ud, "</li>\n");
            if (efter != SAG_BREV_PUNKT)
                sag_buf_adds(ud, "</ol>\n");
            break;
        case SAG_BREV_RAEKKE:
            if (foer != SAG_BREV_RAEKKE)
                sag_buf_adds(ud, "<table>\n");
            sag_buf_adds(ud, "<tr><th scope=\"row\">");
            esc(ud, k->tekst);
            sag_buf_adds(ud, "</th><td>");
            esc(ud, k->vaerdi);
            sag_buf_adds(ud, "</td></tr>\n");
            if (efter != SAG_BREV_RAEKKE)
                sag_buf_adds(ud, "</table>\n");
            break;
        default: break;
        }
    }
    sag_buf_adds(ud, "</main>\n</body>\n</html>\n");
}
