/*
 * Decision letters (docs/breve.md): a letter to the parties, in Danish,
 * rendered from a case's *stored* records (the decision record with its
 * trace, the events) and never recomputed, as self-contained HTML and as a
 * tagged PDF that identifies as PDF/A-2b, with embedded fonts. The same
 * records give the same bytes (fixed dates, no clock).
 *
 * Layers: the model (struct sag_brev) is built from a case folder
 * (tjeneste.h) by indhold.c; html.c and pdf.c render a model; dan.c is the
 * one entry the front ends call: read the folder, build, render, store
 * through sag_tj_brev_gem (which writes the "brev_dannet" event with the
 * PDF's SHA-256). cairo and pango do the PDF (pdf.c); the PDF/A
 * identification and /Lang are added by an incremental update (pdfa.c),
 * since cairo has none.
 *
 * Thread-safety: the PDF renderer uses pango and fontconfig, whose caches
 * are process-wide; render from one thread at a time.
 */
#ifndef SAG_BREVE_H
#define SAG_BREVE_H

#include <stddef.h>

#include "skadesag/arena.h"
#include "skadesag/buf.h"
#include "skadesag/dato.h"
#include "skadesag/status.h"
#include "skadesag/tjeneste.h"

/* What a letter block is: a section heading (H2), a paragraph, an item of
 * a numbered list, or a row (label, value) of a two-column table.
 * Consecutive items form one list and consecutive rows one table. */
enum sag_brev_art {
    SAG_BREV_AFSNIT = 1,
    SAG_BREV_TEKST = 2,
    SAG_BREV_PUNKT = 3,
    SAG_BREV_RAEKKE = 4
};

struct sag_brev_blok {
    enum sag_brev_art art;
    const char *tekst;  /* the text, or a row's label */
    const char *vaerdi; /* a row's value */
};

#define SAG_BREV_MAKS_LINJER 8

/* A letter. Strings live in the arena it was built in. */
struct sag_brev {
    const char *type;  /* "erhvervsevnetab", "anerkendelse", … */
    const char *titel; /* the letter's heading (H1) and PDF title */
    const char *afsender[SAG_BREV_MAKS_LINJER];
    size_t antal_afsender;
    const char *modtager[SAG_BREV_MAKS_LINJER];
    size_t antal_modtager;
    const char *reference[SAG_BREV_MAKS_LINJER]; /* date, case number */
    size_t antal_reference;
    struct sag_brev_blok *blokke;
    size_t antal_blokke, plads;
    struct sag_dato dato; /* the letter's date: also the PDF's dates */
    const char *sag_id, *afgoerelse_id;
};

/* What to write. `type` is one of "anerkendelse" (recognition or
 * rejection), "men", "erhvervsevnetab", "partshoering",
 * "fristoverskridelse", "genvurdering", "oplysninger"; `ref` names the
 * decision ("…-E1", "…-A1", "…-M1"), the appeal ("…-K1") or the request
 * ("…-I1") it tells of, where the type needs one. */
struct sag_brev_bestilling {
    const char *sag_id;
    const char *type;
    const char *ref;
};

/* Build the letter for `b` from a case folder read by sag_tj_sagsmappe
 * (with full data: the addressee comes from the "oprettet" event). Pure:
 * the letter's date is the date of the record it tells of. SAG_EINVAL
 * (/type) for an unknown kind, SAG_ENOTFOUND (/ref) for a missing record,
 * SAG_EINVAL for a stored record that cannot be read. */
enum sag_status sag_brev_byg(const struct sag_tj_mappe *mp,
                             const struct sag_brev_bestilling *b,
                             const struct sag_kalender *kal,
                             struct sag_arena *a, struct sag_brev *ud,
                             struct sag_diag *d);

/* Self-contained HTML (lang="da", inline style, everything escaped). */
void sag_brev_html(const struct sag_brev *b, struct sag_buf *ud);

/* The tagged PDF/A-2b. SAG_EIO if cairo fails. */
enum sag_status sag_brev_pdf(const struct sag_brev *b, struct sag_buf *ud,
                             struct sag_diag *d);

/* Read the case, build, render and store a new letter (its id and the
 * PDF's SHA-256 in `svar`). The case read is logged with the reason
 * "brev". */
enum sag_status sag_brev_dan(const struct sag_tj *k,
                             const struct sag_brev_bestilling *b,
                             struct sag_tj_brev_svar *svar, struct sag_diag *d);

/* Release the font caches (fontconfig, pango) at program exit, so a leak
 * checker sees none; in a build without AddressSanitizer it does nothing.
 * Not thread-safe; call once, last. */
void sag_brev_afslut(void);

#endif /* SAG_BREVE_H */
