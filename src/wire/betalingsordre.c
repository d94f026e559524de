/*
 * The monthly run's payment orders as files (betalingsordre.h): ISO 20022
 * pain.001.001.03 through libxml2's streaming text writer, and the
 * insurers' plain CSV and JSON instructions.
 */
#include <inttypes.h>
#include <libxml/xmlwriter.h>
#include <stdio.h>
#include <string.h>

#include "skadesag/betalingsordre.h"

#include "../base/banned.h"

#define PAIN001_NS "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"
#define MAKS35 35

void
sag_ordre_beloeb(struct sag_penge p, char ud[32])
{
    int64_t v = p.oere;
    uint64_t a = v < 0 ? (uint64_t)(-(v + 1)) + 1u : (uint64_t)v;

    (void)snprintf(ud, 32, "%s%" PRIu64 ".%02" PRIu64, v < 0 ? "-" : "",
                   a / 100u, a % 100u);
}

/* libxml2's output goes straight into the caller's buffer. */
static int
skriv_ud(void *ctx, const char *data, int len)
{
    struct sag_buf *b = ctx;

    if (len < 0)
        return -1;
    sag_buf_add(b, data, (size_t)len);
    return sag_buf_status(b) == SAG_OK ? len : -1;
}

static int
luk_ud(void *ctx)
{
    (void)ctx;
    return 0;
}

/* Element with text; libxml2 escapes the text. */
static int
elem(xmlTextWriterPtr w, const char *navn, const char *tekst)
{
    return xmlTextWriterWriteElement(w, (const xmlChar *)navn,
                                     (const xmlChar *)tekst);
}

static int
start(xmlTextWriterPtr w, const char *navn)
{
    return xmlTextWriterStartElement(w, (const xmlChar *)navn);
}

static int
slut(xmlTextWriterPtr w)
{
    return xmlTextWriterEndElement(w);
}

/* A Max35Text value from two parts, e.g. an EndToEndId "<award>/<month>"
 * that is too long is refused, never cut (the key must stay unique). */
static enum sag_status
id35(const char *v, const char *felt, struct sag_diag *d)
{
    if (v == NULL || v[0] == '\0' || strlen(v) > MAKS35)
        return sag_diag_set(d, SAG_EINVAL, felt,
                            "skal være 1-35 tegn (ISO 20022 Max35Text)");
    return SAG_OK;
}

static int
skriv_dokument(xmlTextWriterPtr w, const struct sag_pain001_hoved *h,
               const struct sag_ordre *o, size_t n, const char *antal,
               const char *sum, char udfoer[SAG_DATO_ISO_LEN])
{
    int r = 0;

    r |= xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL) < 0;
    r |= start(w, "Document") < 0;
    r |= xmlTextWriterWriteAttribute(w, (const xmlChar *)"xmlns",
                                     (const xmlChar *)PAIN001_NS) < 0;
    r |= start(w, "CstmrCdtTrfInitn") < 0;
    r |= start(w, "GrpHdr") < 0;
    r |= elem(w, "MsgId", h->meddelelse_id) < 0;
    r |= elem(w, "CreDtTm", h->oprettet) < 0;
    r |= elem(w, "NbOfTxs", antal) < 0;
    r |= elem(w, "CtrlSum", sum) < 0;
    r |= start(w, "InitgPty") < 0;
    r |= elem(w, "Nm", h->afsender_navn) < 0;
    r |= slut(w) < 0; /* InitgPty */
    r |= slut(w) < 0; /* GrpHdr */
    r |= start(w, "PmtInf") < 0;
    r |= elem(w, "PmtInfId", h->meddelelse_id) < 0;
    r |= elem(w, "PmtMtd", "TRF") < 0;
    r |= elem(w, "NbOfTxs", antal) < 0;
    r |= elem(w, "CtrlSum", sum) < 0;
    r |= elem(w, "ReqdExctnDt", udfoer) < 0;
    r |= start(w, "Dbtr") < 0;
    r |= elem(w, "Nm", h->afsender_navn) < 0;
    r |= slut(w) < 0;
    r |= start(w, "DbtrAcct") < 0;
    r |= start(w, "Id") < 0;
    r |= elem(w, "IBAN", h->afsender_iban) < 0;
    r |= slut(w) < 0;
    r |= elem(w, "Ccy", "DKK") < 0;
    r |= slut(w) < 0; /* DbtrAcct */
    r |= start(w, "DbtrAgt") < 0;
    r |= start(w, "FinInstnId") < 0;
    if (h->afsender_bic != NULL && h->afsender_bic[0] != '\0')
        r |= elem(w, "BIC", h->afsender_bic) < 0;
    r |= slut(w) < 0;
    r |= slut(w) < 0; /* DbtrAgt */
    for (size_t i = 0; i < n && r == 0; i++) {
        char e2e[64], kr[32], ustrd[140];

        (void)snprintf(e2e, sizeof e2e, "%s/%04d-%02d", o[i].ydelse_id,
                       o[i].aar, o[i].maaned);
        /* The transfer is the net amount: gross less the A-skat withheld
         * (skat.h; checked positive and not above the gross below). */
        sag_ordre_beloeb(sag_penge_oere(o[i].beloeb.oere - o[i].a_skat.oere),
                         kr);
        (void)snprintf(ustrd, sizeof ustrd,
                       "Arbejdsskadeerstatning %02d.%04d sag %s", o[i].maaned,
                       o[i].aar, o[i].sag_id);
        r |= start(w, "CdtTrfTxInf") < 0;
        r |= start(w, "PmtId") < 0;
        r |= elem(w, "EndToEndId", e2e) < 0;
        r |= slut(w) < 0;
        r |= start(w, "Amt") < 0;
        r |= start(w, "InstdAmt") < 0;
        r |= xmlTextWriterWriteAttribute(w, (const xmlChar *)"Ccy",
                                         (const xmlChar *)"DKK") < 0;
        r |= xmlTextWriterWriteString(w, (const xmlChar *)kr) < 0;
        r |= slut(w) < 0;
        r |= slut(w) < 0; /* Amt */
        /* The recipient: NemKonto, looked up by CPR number. */
        r |= start(w, "CdtrAcct") < 0;
        r |= start(w, "Id") < 0;
        r |= start(w, "Othr") < 0;
        r |= elem(w, "Id", o[i].cpr) < 0;
        r |= start(w, "SchmeNm") < 0;
        r |= elem(w, "Prtry", "NEMKONTO") < 0;
        r |= slut(w) < 0;
        r |= slut(w) < 0; /* Othr */
        r |= slut(w) < 0; /* Id */
        r |= slut(w) < 0; /* CdtrAcct */
        r |= start(w, "RmtInf") < 0;
        r |= elem(w, "Ustrd", ustrd) < 0;
        r |= slut(w) < 0;
        r |= slut(w) < 0; /* CdtTrfTxInf */
    }
    r |= xmlTextWriterEndDocument(w) < 0;
    return r;
}

enum sag_status
sag_pain001_skriv(const struct sag_pain001_hoved *h, const struct sag_ordre *o,
                  size_t n, struct sag_buf *ud, struct sag_diag *d)
{
    enum sag_status st;
    int64_t sum = 0;
    char antal[24], sumtekst[32], udfoer[SAG_DATO_ISO_LEN];
    xmlOutputBufferPtr out;
    xmlTextWriterPtr w;
    int r;

    if (n == 0)
        return sag_diag_set(d, SAG_EINVAL, "/ordrer",
                            "en betalingsfil skal have mindst én ordre");
    if ((st = id35(h->meddelelse_id, "/meddelelse_id", d)) != SAG_OK)
        return st;
    if (h->afsender_iban == NULL || h->afsender_iban[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/afsender_iban",
                            "AES' konto (IBAN) mangler");
    for (size_t i = 0; i < n; i++) {
        char e2e[64];
        int m = snprintf(e2e, sizeof e2e, "%s/%04d-%02d", o[i].ydelse_id,
                         o[i].aar, o[i].maaned);

        if (m < 0 || m > MAKS35)
            return sag_diag_set(d, SAG_EINVAL, "/ordrer/ydelse_id",
                                "ydelsens id er for langt til EndToEndId "
                                "(højst 35 tegn med måneden)");
        if (o[i].a_skat.oere < 0 || o[i].a_skat.oere >= o[i].beloeb.oere)
            return sag_diag_set(d, SAG_EINVAL, "/ordrer/beloeb",
                                "en overførsel skal være positiv (beløbet "
                                "efter A-skat)");
        if (o[i].cpr == NULL || o[i].cpr[0] == '\0')
            return sag_diag_set(d, SAG_EMISSING, "/ordrer/cpr",
                                "modtagerens CPR-nummer (NemKonto) mangler");
        if (sum > INT64_MAX - (o[i].beloeb.oere - o[i].a_skat.oere))
            return sag_diag_set(d, SAG_EOVERFLOW, "/ordrer/beloeb",
                                "kontrolsummen løber over");
        sum += o[i].beloeb.oere - o[i].a_skat.oere;
    }
    (void)snprintf(antal, sizeof antal, "%zu", n);
    sag_ordre_beloeb(sag_penge_oere(sum), sumtekst);
    sag_dato_format_iso(h->udfoerelse, udfoer);

    out = xmlOutputBufferCreateIO(skriv_ud, luk_ud, ud, NULL);
    if (out == NULL)
        return sag_diag_set(d, SAG_ENOMEM, "", "libxml2: ingen uddata");
    w = xmlNewTextWriter(out); /* owns `out` from here */
    if (w == NULL) {
        (void)xmlOutputBufferClose(out);
        return sag_diag_set(d, SAG_ENOMEM, "", "libxml2: ingen skriver");
    }
    (void)xmlTextWriterSetIndent(w, 1);
    (void)xmlTextWriterSetIndentString(w, (const xmlChar *)"  ");
    r = skriv_dokument(w, h, o, n, antal, sumtekst, udfoer);
    xmlFreeTextWriter(w);
    if (r != 0 || sag_buf_status(ud) != SAG_OK)
        return sag_diag_set(d, SAG_EIO, "", "pain.001 kunne ikke skrives");
    return SAG_OK;
}

void
sag_instruks_csv(const struct sag_ordre *o, size_t n, struct sag_buf *ud)
{
    sag_buf_adds(ud, "ydelse_id;sag_id;maaned;beloeb_oere;beloeb_kr;"
                     "modtager_cpr\n");
    for (size_t i = 0; i < n; i++) {
        char kr[32];

        sag_ordre_beloeb(o[i].beloeb, kr);
        sag_buf_addf(ud, "%s;%s;%04d-%02d;%" PRId64 ";%s;%s\n", o[i].ydelse_id,
                     o[i].sag_id, o[i].aar, o[i].maaned, o[i].beloeb.oere, kr,
                     o[i].cpr);
    }
}

void
sag_instruks_json(const char *koersel_id, const char *betaler,
                  const struct sag_ordre *o, size_t n, struct sag_buf *ud)
{
    int64_t sum = 0;

    for (size_t i = 0; i < n; i++)
        sum += o[i].beloeb.oere;
    sag_buf_adds(ud, "{\"format\":\"skadesag-udbetalingsinstruks/1\","
                     "\"koersel\":");
    sag_buf_add_json_str(ud, koersel_id);
    sag_buf_adds(ud, ",\"betaler\":");
    sag_buf_add_json_str(ud, betaler);
    sag_buf_addf(ud, ",\"antal\":%zu,\"sum_oere\":%" PRId64 ",\"ordrer\":[", n,
                 sum);
    for (size_t i = 0; i < n; i++) {
        sag_buf_adds(ud, i ? ",\n{\"ydelse_id\":" : "\n{\"ydelse_id\":");
        sag_buf_add_json_str(ud, o[i].ydelse_id);
        sag_buf_adds(ud, ",\"sag_id\":");
        sag_buf_add_json_str(ud, o[i].sag_id);
        sag_buf_addf(ud,
                     ",\"maaned\":\"%04d-%02d\",\"beloeb_oere\":%" PRId64
                     ",\"modtager_cpr\":",
                     o[i].aar, o[i].maaned, o[i].beloeb.oere);
        sag_buf_add_json_str(ud, o[i].cpr);
        sag_buf_adds(ud, "}");
    }
    sag_buf_adds(ud, "]}\n");
}
