/*
 * The payment schedule of a case as JSON (GET /api/sager/{id}/ydelser,
 * issue 14): the awards and the ledger lines. Amounts in øre, dates ISO,
 * months "ÅÅÅÅ-MM"; names from ydelse.h.
 */
#include <stdio.h>

#include "skadesag/buf.h"
#include "skadesag/dato.h"
#include "skadesag/mappe_json.h"
#include "skadesag/tjeneste.h"
#include "skadesag/ydelse.h"

#include "../base/banned.h"

static void
dato(struct sag_buf *b, const char *navn, struct sag_dato d)
{
    char t[SAG_DATO_ISO_LEN];

    sag_dato_format_iso(d, t);
    sag_buf_addf(b, ",\"%s\":\"%s\"", navn, t);
}

void
sag_ydelse_json(const struct sag_ydelse *y, struct sag_buf *b)
{
    bool hs;
    struct sag_dato slut;

    sag_buf_adds(b, "{\"id\":");
    sag_buf_add_json_str(b, y->id);
    sag_buf_adds(b, ",\"afgoerelse_id\":");
    sag_buf_add_json_str(b, y->afgoerelse_id);
    sag_buf_addf(b, ",\"art\":\"%s\"", sag_ydelse_art_navn(y->art));
    dato(b, "fra", y->fra);
    if (y->har_til)
        dato(b, "til", y->til);
    sag_ydelse_periode(y, &hs, &slut);
    if (hs)
        dato(b, "daekket_til", slut);
    sag_buf_addf(b, ",\"beloeb_oere\":%lld,\"regulering\":\"%s\"",
                 (long long)y->beloeb.oere,
                 y->regulering == SAG_YDELSE_REG_FOER_2024  ? "foer_2024"
                 : y->regulering == SAG_YDELSE_REG_FRA_2024 ? "fra_2024"
                                                            : "ingen");
    if (y->niveau_aar > 0)
        sag_buf_addf(b, ",\"niveau_aar\":%d", y->niveau_aar);
    sag_buf_addf(b, ",\"betalertype\":\"%s\",\"betaler\":",
                 sag_ydelse_betalertype_navn(y->betalertype));
    sag_buf_add_json_str(b, y->betaler);
    sag_buf_addf(b, ",\"andel\":\"%lld/%lld\",\"skattepligtig\":%s",
                 (long long)y->andel.taeller, (long long)y->andel.naevner,
                 y->skattepligtig ? "true" : "false");
    if (y->erstattet) {
        dato(b, "erstattet_fra", y->erstattet_fra);
        sag_buf_adds(b, ",\"erstattet_af\":");
        sag_buf_add_json_str(b, y->erstattet_af);
    }
    sag_buf_adds(b, "}");
}

void
sag_udbetalingsplan_json(const struct sag_tj_udbetalingsplan *u,
                         struct sag_buf *b)
{
    long long f = 0, p = 0;

    sag_buf_addf(b,
                 "{\"fra\":\"%04d-%02d\",\"til\":\"%04d-%02d\",\"ydelser\":[",
                 u->fra.aar, u->fra.maaned, u->til.aar, u->til.maaned);
    for (size_t i = 0; i < u->antal_ydelser; i++) {
        if (i > 0)
            sag_buf_adds(b, ",");
        sag_ydelse_json(&u->ydelser[i], b);
    }
    sag_buf_adds(b, "],\"linjer\":[");
    for (size_t i = 0; i < u->antal_linjer; i++) {
        const struct sag_ydelse_linje *l = &u->linjer[i];

        sag_buf_addf(b,
                     "%s{\"maaned\":\"%04d-%02d\",\"ydelse_id\":", i ? "," : "",
                     l->maaned.aar, l->maaned.maaned);
        sag_buf_add_json_str(b, l->y->id);
        sag_buf_addf(b,
                     ",\"forfalden_oere\":%lld,\"betalt_oere\":%lld,"
                     "\"difference_oere\":%lld}",
                     (long long)l->forfalden.oere, (long long)l->betalt.oere,
                     (long long)l->difference.oere);
        f += (long long)l->forfalden.oere;
        p += (long long)l->betalt.oere;
    }
    sag_buf_addf(b,
                 "],\"forfalden_oere\":%lld,\"betalt_oere\":%lld,"
                 "\"difference_oere\":%lld}",
                 f, p, f - p);
}
