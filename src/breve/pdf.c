/*
 * The letter as a tagged PDF (docs/breve.md): cairo draws, pango lays out
 * Danish text with the embedded DejaVu fonts, and cairo's tag API
 * (cairo_tag_begin/end, cairo 1.16) writes the structure tree: Document,
 * H1, H2, P, L/LI/LBody and Table/TR/TH/TD, in reading order. Then the
 * PDF/A-2b identification and /Lang da are added (pdfa.c).
 *
 * Reproducible: the creation and modification dates are the letter's date
 * (never the clock), so the same letter gives the same bytes.
 */
#include <cairo-pdf.h>
#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "breve_int.h"
#include "skadesag/breve.h"

#include "../base/banned.h"

/* A4 in points, with 20 mm margins left and right, 18 mm top and bottom. */
#define BREDDE 595.276
#define HOEJDE 841.89
#define VENSTRE 62.0
#define HOEJRE 56.7
#define TOP 51.0
#define BUND 60.0
#define SPALTE 170.0 /* a table's label column */

struct side {
    cairo_t *cr;
    PangoLayout *lay;
    PangoFontDescription *brod, *fed, *h1, *h2, *lille;
    double y;
    int side;
};

static cairo_status_t
skriv(void *ctx, const unsigned char *data, unsigned int n)
{
    struct sag_buf *b = ctx;

    sag_buf_add(b, data, n);
    return sag_buf_status(b) == SAG_OK ? CAIRO_STATUS_SUCCESS
                                       : CAIRO_STATUS_WRITE_ERROR;
}

/* Lay out `tekst` in `font`, `bredde` points wide; its height. */
static double
layout(struct side *s, const char *tekst, const PangoFontDescription *font,
       double bredde, PangoAlignment just)
{
    int w, h;

    pango_layout_set_font_description(s->lay, font);
    pango_layout_set_width(s->lay, (int)(bredde * PANGO_SCALE));
    pango_layout_set_alignment(s->lay, just);
    pango_layout_set_text(s->lay, tekst, -1);
    pango_layout_get_size(s->lay, &w, &h);
    return (double)h / PANGO_SCALE;
}

/* A new page when `hoejde` does not fit below y. */
static void
plads(struct side *s, double hoejde)
{
    if (s->y + hoejde <= HOEJDE - BUND)
        return;
    cairo_show_page(s->cr);
    s->side++;
    s->y = TOP;
}

/* Draw the laid-out text at (x, y). */
static void
tegn(struct side *s, double x)
{
    cairo_move_to(s->cr, x, s->y);
    pango_cairo_show_layout(s->cr, s->lay);
}

/* One tagged paragraph (or heading) across the text width. */
static void
afsnit(struct side *s, const char *tag, const char *tekst,
       const PangoFontDescription *font, double foer, double efter)
{
    double h =
        layout(s, tekst, font, BREDDE - VENSTRE - HOEJRE, PANGO_ALIGN_LEFT);

    s->y += foer;
    plads(s, h);
    cairo_tag_begin(s->cr, tag, NULL);
    tegn(s, VENSTRE);
    cairo_tag_end(s->cr, tag);
    s->y += h + efter;
}

/* A numbered list: L > LI > (Lbl, LBody). */
static size_t
liste(struct side *s, const struct sag_brev *b, size_t i)
{
    int nr = 1;

    cairo_tag_begin(s->cr, "L", NULL);
    for (; i < b->antal_blokke && b->blokke[i].art == SAG_BREV_PUNKT;
         i++, nr++) {
        char lbl[16];
        double h = layout(s, b->blokke[i].tekst, s->brod,
                          BREDDE - VENSTRE - HOEJRE - 28, PANGO_ALIGN_LEFT);

        plads(s, h);
        cairo_tag_begin(s->cr, "LI", NULL);
        cairo_tag_begin(s->cr, "Lbl", NULL);
        sag__brev_tal(nr, lbl);
        (void)layout(s, lbl, s->brod, 22, PANGO_ALIGN_RIGHT);
        tegn(s, VENSTRE);
        cairo_tag_end(s->cr, "Lbl");
        cairo_tag_begin(s->cr, "LBody", NULL);
        (void)layout(s, b->blokke[i].tekst, s->brod,
                     BREDDE - VENSTRE - HOEJRE - 28, PANGO_ALIGN_LEFT);
        tegn(s, VENSTRE + 28);
        cairo_tag_end(s->cr, "LBody");
        cairo_tag_end(s->cr, "LI");
        s->y += h + 4;
    }
    cairo_tag_end(s->cr, "L");
    s->y += 4;
    return i;
}

/* A two-column table: Table > TR > (TH, TD). */
static size_t
tabel(struct side *s, const struct sag_brev *b, size_t i)
{
    double bv = BREDDE - VENSTRE - HOEJRE - SPALTE;

    cairo_tag_begin(s->cr, "Table", NULL);
    for (; i < b->antal_blokke && b->blokke[i].art == SAG_BREV_RAEKKE; i++) {
        double h1 = layout(s, b->blokke[i].tekst, s->brod, SPALTE - 8,
                           PANGO_ALIGN_LEFT);
        double h2 =
            layout(s, b->blokke[i].vaerdi, s->fed, bv, PANGO_ALIGN_LEFT);
        double h = h1 > h2 ? h1 : h2;

        plads(s, h + 4);
        cairo_set_source_rgb(s->cr, 0.93, 0.94, 0.96);
        cairo_rectangle(s->cr, VENSTRE - 4, s->y - 2,
                        BREDDE - VENSTRE - HOEJRE + 8, h + 4);
        cairo_fill(s->cr);
        cairo_set_source_rgb(s->cr, 0, 0, 0);
        cairo_tag_begin(s->cr, "TR", NULL);
        cairo_tag_begin(s->cr, "TH", NULL);
        (void)layout(s, b->blokke[i].tekst, s->brod, SPALTE - 8,
                     PANGO_ALIGN_LEFT);
        tegn(s, VENSTRE);
        cairo_tag_end(s->cr, "TH");
        cairo_tag_begin(s->cr, "TD", NULL);
        (void)layout(s, b->blokke[i].vaerdi, s->fed, bv, PANGO_ALIGN_LEFT);
        tegn(s, VENSTRE + SPALTE);
        cairo_tag_end(s->cr, "TD");
        cairo_tag_end(s->cr, "TR");
        s->y += h + 6;
    }
    cairo_tag_end(s->cr, "Table");
    s->y += 6;
    return i;
}

/* Lines joined with newlines, in the arena-free way: into `b`. */
static void
linjer(struct sag_buf *b, const char *const *l, size_t n)
{
    sag_buf_reset(b);
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            sag_buf_addc(b, '\n');
        sag_buf_adds(b, l[i]);
    }
}

static void
tegn_brev(struct side *s, const struct sag_brev *b)
{
    struct sag_buf t;
    double h, y0;

    sag_buf_init(&t, 1u << 16);
    cairo_tag_begin(s->cr, "Document", NULL);

    /* The sender, top right; the addressee, left; the reference (date,
     * case number) right, below the sender. */
    s->y = TOP;
    linjer(&t, b->afsender, b->antal_afsender);
    h = layout(s, t.buf, s->lille, 200, PANGO_ALIGN_LEFT);
    cairo_tag_begin(s->cr, "P", NULL);
    tegn(s, BREDDE - HOEJRE - 200);
    cairo_tag_end(s->cr, "P");
    y0 = s->y + h + 14;
    s->y = TOP + 70;
    linjer(&t, b->modtager, b->antal_modtager);
    h = layout(s, t.buf, s->brod, 280, PANGO_ALIGN_LEFT);
    cairo_tag_begin(s->cr, "P", NULL);
    tegn(s, VENSTRE);
    cairo_tag_end(s->cr, "P");
    s->y = y0;
    {
        double hm = TOP + 70 + h;

        linjer(&t, b->reference, b->antal_reference);
        h = layout(s, t.buf, s->lille, 200, PANGO_ALIGN_LEFT);
        cairo_tag_begin(s->cr, "P", NULL);
        tegn(s, BREDDE - HOEJRE - 200);
        cairo_tag_end(s->cr, "P");
        s->y += h;
        if (hm > s->y)
            s->y = hm;
    }
    s->y += 34;
    afsnit(s, "H1", b->titel, s->h1, 0, 10);

    for (size_t i = 0; i < b->antal_blokke;) {
        const struct sag_brev_blok *k = &b->blokke[i];

        switch (k->art) {
        case SAG_BREV_AFSNIT:
            /* Keep a heading with the first lines under it. */
            plads(s, 60);
            afsnit(s, "H2", k->tekst, s->h2, 8, 5);
            i++;
            break;
        case SAG_BREV_TEKST:
            afsnit(s, "P", k->tekst, s->brod, 0, 7);
            i++;
            break;
        case SAG_BREV_PUNKT: i = liste(s, b, i); break;
        case SAG_BREV_RAEKKE: i = tabel(s, b, i); break;
        default: i++; break;
        }
    }
    cairo_tag_end(s->cr, "Document");
    sag_buf_release(&t);
}

enum sag_status
sag_brev_pdf(const struct sag_brev *b, struct sag_buf *ud, struct sag_diag *d)
{
    struct sag_buf raa;
    cairo_surface_t *sf;
    cairo_font_options_t *fo;
    struct side s;
    char dato[32];
    enum sag_status st = SAG_OK;

    sag_buf_init(&raa, ud->max);
    sf = cairo_pdf_surface_create_for_stream(skriv, &raa, BREDDE, HOEJDE);
    /* The letter's date as the creation and modification date: the same
     * record gives the same bytes. */
    sag__brev_pdfdato(b->dato, dato);
    cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_TITLE, b->titel);
    cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_AUTHOR,
                                   SAG__BREV_AFSENDER);
    cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_CREATOR, "Skadesag");
    cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_CREATE_DATE, dato);
    cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_MOD_DATE, dato);

    memset(&s, 0, sizeof(s));
    s.cr = cairo_create(sf);
    s.lay = pango_cairo_create_layout(s.cr);
    /* No hinting: the layout must not depend on the screen's settings. */
    fo = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(pango_layout_get_context(s.lay), fo);
    pango_layout_context_changed(s.lay);
    cairo_font_options_destroy(fo);
    pango_layout_set_wrap(s.lay, PANGO_WRAP_WORD_CHAR);
    s.brod = pango_font_description_from_string("DejaVu Sans 10");
    s.fed = pango_font_description_from_string("DejaVu Sans Bold 10");
    s.h1 = pango_font_description_from_string("DejaVu Sans Bold 15");
    s.h2 = pango_font_description_from_string("DejaVu Sans Bold 11.5");
    s.lille = pango_font_description_from_string("DejaVu Sans 8.5");
    s.side = 1;
    cairo_set_source_rgb(s.cr, 0, 0, 0);

    tegn_brev(&s, b);

    pango_font_description_free(s.brod);
    pango_font_description_free(s.fed);
    pango_font_description_free(s.h1);
    pango_font_description_free(s.h2);
    pango_font_description_free(s.lille);
    g_object_unref(s.lay);
    cairo_destroy(s.cr);
    cairo_surface_finish(sf);
    if (cairo_surface_status(sf) != CAIRO_STATUS_SUCCESS ||
        sag_buf_status(&raa) != SAG_OK)
        st = sag_diag_set(d, SAG_EIO, "/pdf", "brevet kunne ikke dannes: %s",
                          cairo_status_to_string(cairo_surface_status(sf)));
    cairo_surface_destroy(sf);
    if (st == SAG_OK)
        st = sag__brev_pdfa(raa.buf, raa.len, b, ud, d);
    sag_buf_release(&raa);
    return st;
}

/* Only where a leak checker runs (the sanitizer builds): the default font
 * map (held per thread, so LeakSanitizer would report it) and
 * fontconfig's caches. Cairo's static data is left alone: it is reachable
 * (no leak reported without it), and cairo_debug_reset_static_data() is
 * safe only when no cairo object is alive; pango may still hold one, and
 * the release build once aborted in it at exit (cairo-hash.c:
 * "live_entries == 0", CI 07.12.2026, `brev dan` on PostgreSQL). A
 * release build exits without this teardown: the process ends anyway. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SAG_LAEKAGETJEK 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define SAG_LAEKAGETJEK 1
#endif

void
sag_brev_afslut(void)
{
#ifdef SAG_LAEKAGETJEK
    pango_cairo_font_map_set_default(NULL);
    FcFini();
#endif
}
