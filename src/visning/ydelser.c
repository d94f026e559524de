/*
 * Awards and the payment schedule in Danish (issue 14): the awards of a
 * case as a timeline and the ledger per month and award. It formats; it
 * decides nothing (the figures come from src/core/ydelse.c).
 */
#include <stdio.h>
#include <string.h>

#include "skadesag/visning.h"
#include "skadesag/ydelse.h"

#include "../base/banned.h"

const char *
sag_visning_ydelse_art(int art)
{
    switch ((enum sag_ydelse_art)art) {
    case SAG_YDELSE_LOEBENDE_MIDLERTIDIG:
        return "løbende erstatning, midlertidig";
    case SAG_YDELSE_LOEBENDE_ENDELIG: return "løbende erstatning, endelig";
    case SAG_YDELSE_LOEBENDE_INDTIL_KAPITAL:
        return "løbende ydelse indtil kapitalbeløbet";
    case SAG_YDELSE_KAPITAL: return "kapitalbeløb";
    case SAG_YDELSE_ENGANG: return "engangsbeløb (afløsning)";
    case SAG_YDELSE_FRADRAG_28: return "fradrag efter § 28";
    case SAG_YDELSE_MEN: return "godtgørelse for varigt mén";
    }
    return "?";
}

static void
kr(struct sag_buf *b, struct sag_penge p)
{
    char t[SAG_PENGE_STR_LEN];

    sag_penge_format_dk(p, t);
    sag_buf_adds(b, t);
}

static void
dato(struct sag_buf *b, struct sag_dato d)
{
    char t[SAG_DATO_DK_LEN];

    sag_dato_format_dk(d, t);
    sag_buf_adds(b, t);
}

void
sag_visning_ydelser(const struct sag_ydelse *y, size_t n, struct sag_buf *b)
{
    if (n == 0) {
        sag_buf_adds(b, "Ingen ydelser.\n");
        return;
    }
    for (size_t i = 0; i < n; i++) {
        const struct sag_ydelse *x = &y[i];
        bool hs;
        struct sag_dato slut;

        sag_ydelse_periode(x, &hs, &slut);
        sag_buf_addf(b, "%s  %s\n    ", x->id,
                     sag_visning_ydelse_art((int)x->art));
        if (sag_ydelse_er_loebende(x->art)) {
            sag_buf_adds(b, "fra ");
            dato(b, x->fra);
            if (x->har_til) {
                sag_buf_adds(b, " til og med ");
                dato(b, x->til);
            }
            sag_buf_adds(b, x->regulering == SAG_YDELSE_REG_INGEN
                                ? "; årligt beløb "
                                : "; grundydelse ");
            kr(b, x->beloeb);
            sag_buf_adds(b, x->regulering == SAG_YDELSE_REG_FRA_2024
                                ? " om året (grundniveau 2024, reguleres "
                                  "1. januar)"
                            : x->regulering == SAG_YDELSE_REG_FOER_2024
                                ? " om året (grundniveau 2003, reguleres "
                                  "1. januar)"
                                : " om året (reguleres ikke)");
        } else {
            sag_buf_adds(b, "udbetales ");
            dato(b, x->fra);
            sag_buf_adds(b, ": ");
            kr(b, x->beloeb);
        }
        sag_buf_addf(b, "\n    betaler: %s (%s)", x->betaler,
                     x->betalertype == SAG_YDELSE_BETALER_AES
                         ? "AES"
                         : "forsikringsselskab");
        if (x->andel.naevner != 0 && x->andel.taeller != x->andel.naevner)
            sag_buf_addf(b, ", andel %lld/%lld", (long long)x->andel.taeller,
                         (long long)x->andel.naevner);
        sag_buf_adds(b,
                     x->skattepligtig ? "; skattepligtig\n" : "; skattefri\n");
        if (x->erstattet) {
            if (hs && slut.dage < x->fra.dage)
                sag_buf_addf(b, "    erstattet helt af %s\n", x->erstattet_af);
            else {
                sag_buf_adds(b, "    erstattet fra ");
                dato(b, x->erstattet_fra);
                sag_buf_addf(b, " af %s\n", x->erstattet_af);
            }
        }
    }
}

void
sag_visning_ydelsesbog(const struct sag_ydelse_linje *l, size_t n,
                       struct sag_buf *b)
{
    struct sag_penge f = { 0 }, p = { 0 }, dif = { 0 };

    sag_buf_adds(b, "Måned           Ydelse                         "
                    "Forfalden         Betalt     Difference\n");
    for (size_t i = 0; i < n; i++) {
        char m[32], t[3][SAG_PENGE_STR_LEN];

        (void)snprintf(m, sizeof(m), "%s %d",
                       sag_dato_maanedsnavn(l[i].maaned.maaned),
                       l[i].maaned.aar);
        sag_penge_format_dk_tal(l[i].forfalden, t[0]);
        sag_penge_format_dk_tal(l[i].betalt, t[1]);
        sag_penge_format_dk_tal(l[i].difference, t[2]);
        sag_buf_addf(b, "%-15s %-28s %12s %14s %14s\n", m, l[i].y->id, t[0],
                     t[1], t[2]);
        f.oere += l[i].forfalden.oere;
        p.oere += l[i].betalt.oere;
        dif.oere += l[i].difference.oere;
    }
    {
        char t[3][SAG_PENGE_STR_LEN];

        sag_penge_format_dk_tal(f, t[0]);
        sag_penge_format_dk_tal(p, t[1]);
        sag_penge_format_dk_tal(dif, t[2]);
        sag_buf_addf(b, "%-15s %-28s %12s %14s %14s\n", "I alt", "", t[0], t[1],
                     t[2]);
    }
    if (dif.oere > 0)
        sag_buf_adds(b, "En positiv difference for en forløbet måned er "
                        "efterbetaling.\n");
    else if (dif.oere < 0)
        sag_buf_adds(b, "En negativ difference er en overbetaling; den kræves "
                        "kun tilbage efter ASL § 40 a, når pligten til at "
                        "oplyse om ændringer er tilsidesat.\n");
}
