/*
 * PDF/A-2b identification for cairo's tagged PDF (docs/breve.md). cairo
 * 1.16 writes a tagged PDF (structure tree, /MarkInfo) with embedded font
 * subsets but has no PDF/A mode and no document language. This file adds
 * them with one incremental update (ISO 19005-2 allows incremental
 * updates): a new catalogue (the old one's entries plus /Lang (da),
 * /Metadata and /OutputIntents), an XMP packet with pdfaid:part 2 and
 * conformance B whose title, author, tool, producer and dates repeat the
 * document information, an sRGB output intent with a small ICC profile
 * built here, and a trailer with /ID (the SHA-256 of cairo's bytes), so
 * the result is as reproducible as its input.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "breve_int.h"
#include "skadesag/sha256.h"

#include "../base/banned.h"

/* ---- the ICC profile: sRGB primaries and white point (D50-adapted, as in
 * the IEC 61966-2.1 profile's colorants), a gamma-2.2 tone curve; ICC v2
 * "mntr" RGB → XYZ. Values are s15Fixed16. ---- */

static void
be32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v >> 24);
    p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8);
    p[3] = (unsigned char)v;
}

static size_t
xyz(unsigned char *p, uint32_t x, uint32_t y, uint32_t z)
{
    memcpy(p, "XYZ \0\0\0\0", 8);
    be32(p + 8, x);
    be32(p + 12, y);
    be32(p + 16, z);
    return 20;
}

/* The profile in `p` (at least 512 bytes); its length. */
static size_t
icc_srgb(unsigned char p[512])
{
    static const char beskrivelse[] = "sRGB (Skadesag)";
    static const char ophav[] = "No copyright, use freely";
    struct {
        const char *sig;
        size_t off, len;
    } tags[9];
    size_t n = 0, off = 128 + 4 + 9 * 12, ntag = 9;

    memset(p, 0, 512);
    /* desc: textDescriptionType with ASCII only. */
    tags[n].sig = "desc";
    tags[n].off = off;
    memcpy(p + off, "desc", 4);
    be32(p + off + 8, (uint32_t)sizeof(beskrivelse));
    memcpy(p + off + 12, beskrivelse, sizeof(beskrivelse));
    tags[n].len = 12 + sizeof(beskrivelse) + 4 + 4 + 2 + 1 + 67;
    off += (tags[n++].len + 3) & ~(size_t)3;
    tags[n].sig = "cprt";
    tags[n].off = off;
    memcpy(p + off, "text", 4);
    memcpy(p + off + 8, ophav, sizeof(ophav));
    tags[n].len = 8 + sizeof(ophav);
    off += (tags[n++].len + 3) & ~(size_t)3;
    tags[n].sig = "wtpt";
    tags[n].off = off;
    tags[n].len = xyz(p + off, 0xF6D6, 0x10000, 0xD32D);
    off += tags[n++].len;
    tags[n].sig = "rXYZ";
    tags[n].off = off;
    tags[n].len = xyz(p + off, 0x6FA2, 0x38F5, 0x0390);
    off += tags[n++].len;
    tags[n].sig = "gXYZ";
    tags[n].off = off;
    tags[n].len = xyz(p + off, 0x6299, 0xB785, 0x18DA);
    off += tags[n++].len;
    tags[n].sig = "bXYZ";
    tags[n].off = off;
    tags[n].len = xyz(p + off, 0x24A0, 0x0F84, 0xB6CF);
    off += tags[n++].len;
    /* One curve (gamma 2.2 as u8Fixed8 0x0233) shared by the three. */
    memcpy(p + off, "curv", 4);
    be32(p + off + 8, 1);
    p[off + 12] = 0x02;
    p[off + 13] = 0x33;
    for (int i = 0; i < 3; i++) {
        tags[n].sig = i == 0 ? "rTRC" : i == 1 ? "gTRC" : "bTRC";
        tags[n].off = off;
        tags[n++].len = 14;
    }
    off += 16;

    be32(p, (uint32_t)off);
    be32(p + 8, 0x02100000u);
    memcpy(p + 12, "mntrRGB XYZ ", 12);
    /* Date 2024-01-01 00:00:00, fixed. */
    p[24] = 0x07;
    p[25] = 0xE8;
    p[27] = 1;
    p[29] = 1;
    memcpy(p + 36, "acsp", 4);
    be32(p + 68, 0xF6D6);
    be32(p + 72, 0x10000);
    be32(p + 76, 0xD32D);
    be32(p + 128, (uint32_t)ntag);
    for (size_t i = 0; i < ntag; i++) {
        memcpy(p + 132 + i * 12, tags[i].sig, 4);
        be32(p + 136 + i * 12, (uint32_t)tags[i].off);
        be32(p + 140 + i * 12, (uint32_t)tags[i].len);
    }
    return off;
}

/* ---- reading cairo's PDF ---- */

/* The last occurrence of `s` in [p, p+n). */
static const char *
sidste(const char *p, size_t n, const char *s)
{
    size_t k = strlen(s);

    for (size_t i = n >= k ? n - k + 1 : 0; i-- > 0;)
        if (memcmp(p + i, s, k) == 0)
            return p + i;
    return NULL;
}

/* The number after `noegle` in [p, slut), or -1. */
static long
tal_efter(const char *p, const char *slut, const char *noegle)
{
    size_t k = strlen(noegle);

    for (; p + k < slut; p++)
        if (memcmp(p, noegle, k) == 0) {
            long v = 0;

            p += k;
            while (p < slut && (*p == ' ' || *p == '\n' || *p == '\r'))
                p++;
            if (p >= slut || *p < '0' || *p > '9')
                return -1;
            while (p < slut && *p >= '0' && *p <= '9' && v < 100000000)
                v = v * 10 + (*p++ - '0');
            return v;
        }
    return -1;
}

/* The dictionary of object `nr` ("nr 0 obj\n<< … >>"): its inside. */
static bool
objekt_dict(const char *pdf, size_t n, long nr, const char **ind, size_t *len)
{
    char hoved[32];
    const char *p = NULL, *slut = pdf + n;
    int dybde = 0;
    size_t k;

    (void)snprintf(hoved, sizeof(hoved), "\n%ld 0 obj", nr);
    k = strlen(hoved);
    for (size_t i = 0; i + k <= n; i++)
        if (memcmp(pdf + i, hoved, k) == 0) {
            p = pdf + i + k;
            break;
        }
    if (p == NULL)
        return false;
    while (p + 1 < slut && !(p[0] == '<' && p[1] == '<'))
        p++;
    if (p + 1 >= slut)
        return false;
    *ind = p + 2;
    for (; p + 1 < slut; p++) {
        if (p[0] == '<' && p[1] == '<') {
            dybde++;
            p++;
        } else if (p[0] == '>' && p[1] == '>') {
            if (--dybde == 0) {
                *len = (size_t)(p - *ind);
                return true;
            }
            p++;
        }
    }
    return false;
}

/* XML text. */
static void
xml(struct sag_buf *b, const char *s)
{
    for (; *s; s++) {
        if (*s == '&')
            sag_buf_adds(b, "&amp;");
        else if (*s == '<')
            sag_buf_adds(b, "&lt;");
        else if (*s == '>')
            sag_buf_adds(b, "&gt;");
        else
            sag_buf_addc(b, *s);
    }
}

/* The producer cairo wrote ("cairo 1.16.0 (https://cairographics.org)"),
 * an ASCII literal string in the information dictionary. */
static void
producent(const char *info, size_t len, char ud[128])
{
    const char *p = NULL;
    size_t i = 0;

    ud[0] = '\0';
    for (size_t j = 0; j + 11 <= len; j++)
        if (memcmp(info + j, "/Producer (", 11) == 0) {
            p = info + j + 11;
            break;
        }
    if (p == NULL)
        return;
    while (p < info + len && *p != ')' && i + 1 < 128)
        ud[i++] = *p++;
    ud[i] = '\0';
}

enum sag_status
sag__brev_pdfa(const char *pdf, size_t n, const struct sag_brev *b,
               struct sag_buf *ud, struct sag_diag *d)
{
    const char *trailer = sidste(pdf, n, "trailer");
    const char *sx = sidste(pdf, n, "startxref");
    const char *kat, *info;
    size_t katlen, infolen;
    long rod, infonr, str, xref;
    unsigned char icc[512];
    size_t icclen, off[4];
    char prod[128], dato[32], id[65];
    unsigned char digest[32];
    struct sag_sha256 c;
    struct sag_buf x;
    long nr;

    if (trailer == NULL || sx == NULL)
        goto forkert;
    rod = tal_efter(trailer, pdf + n, "/Root");
    infonr = tal_efter(trailer, pdf + n, "/Info");
    str = tal_efter(trailer, pdf + n, "/Size");
    xref = tal_efter(sx, pdf + n, "startxref");
    if (rod <= 0 || infonr <= 0 || str <= 0 || xref <= 0 ||
        !objekt_dict(pdf, n, rod, &kat, &katlen) ||
        !objekt_dict(pdf, n, infonr, &info, &infolen))
        goto forkert;
    producent(info, infolen, prod);
    sag__brev_pdfdato(b->dato, dato);
    sag_sha256_init(&c);
    sag_sha256_update(&c, pdf, n);
    sag_sha256_final(&c, digest);
    sag_sha256_hex(digest, id);
    id[32] = '\0';

    sag_buf_reset(ud);
    sag_buf_add(ud, pdf, n);
    if (n > 0 && pdf[n - 1] != '\n')
        sag_buf_addc(ud, '\n');
    nr = str;

    /* The XMP packet. */
    sag_buf_init(&x, 1u << 16);
    sag_buf_adds(&x, "<?xpacket begin=\"\xEF\xBB\xBF\" "
                     "id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                     "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                     "<rdf:RDF "
                     "xmlns:rdf=\"http://www.w3.org/1999/02/"
                     "22-rdf-syntax-ns#\">\n"
                     "<rdf:Description rdf:about=\"\" "
                     "xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" "
                     "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                     "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" "
                     "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                     "<pdfaid:part>2</pdfaid:part>\n"
                     "<pdfaid:conformance>B</pdfaid:conformance>\n"
                     "<dc:format>application/pdf</dc:format>\n"
                     "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">");
    xml(&x, b->titel);
    sag_buf_adds(&x, "</rdf:li></rdf:Alt></dc:title>\n"
                     "<dc:creator><rdf:Seq><rdf:li>" SAG__BREV_AFSENDER
                     "</rdf:li></rdf:Seq></dc:creator>\n"
                     "<dc:language><rdf:Bag><rdf:li>da</rdf:li></rdf:Bag>"
                     "</dc:language>\n"
                     "<xmp:CreatorTool>Skadesag</xmp:CreatorTool>\n");
    sag_buf_addf(&x,
                 "<xmp:CreateDate>%s</xmp:CreateDate>\n"
                 "<xmp:ModifyDate>%s</xmp:ModifyDate>\n",
                 dato, dato);
    sag_buf_adds(&x, "<pdf:Producer>");
    xml(&x, prod);
    sag_buf_adds(&x, "</pdf:Producer>\n</rdf:Description>\n</rdf:RDF>\n"
                     "</x:xmpmeta>\n<?xpacket end=\"w\"?>");

    off[0] = ud->len;
    sag_buf_addf(ud,
                 "%ld 0 obj\n<< /Type /Metadata /Subtype /XML /Length %zu "
                 ">>\nstream\n",
                 nr, x.len);
    sag_buf_add(ud, x.buf, x.len);
    sag_buf_adds(ud, "\nendstream\nendobj\n");
    sag_buf_release(&x);

    icclen = icc_srgb(icc);
    off[1] = ud->len;
    sag_buf_addf(ud, "%ld 0 obj\n<< /N 3 /Length %zu >>\nstream\n", nr + 1,
                 icclen);
    sag_buf_add(ud, icc, icclen);
    sag_buf_adds(ud, "\nendstream\nendobj\n");

    off[2] = ud->len;
    sag_buf_addf(ud,
                 "%ld 0 obj\n<< /Type /OutputIntent /S /GTS_PDFA1 "
                 "/OutputConditionIdentifier (sRGB IEC61966-2.1) "
                 "/Info (sRGB IEC61966-2.1) /DestOutputProfile %ld 0 R "
                 ">>\nendobj\n",
                 nr + 2, nr + 1);

    off[3] = ud->len;
    sag_buf_addf(ud, "%ld 0 obj\n<<", rod);
    sag_buf_add(ud, kat, katlen);
    sag_buf_addf(ud,
                 " /Lang (da) /Metadata %ld 0 R /OutputIntents [%ld 0 R] "
                 ">>\nendobj\n",
                 nr, nr + 2);

    {
        size_t xo = ud->len;

        sag_buf_addf(ud,
                     "xref\n0 1\n0000000000 65535 f \n%ld 1\n%010zu 00000 n \n",
                     rod, off[3]);
        sag_buf_addf(ud, "%ld 3\n", nr);
        for (int i = 0; i < 3; i++)
            sag_buf_addf(ud, "%010zu 00000 n \n", off[i]);
        sag_buf_addf(ud,
                     "trailer\n<< /Size %ld /Root %ld 0 R /Info %ld 0 R "
                     "/Prev %ld /ID [<%s> <%s>] >>\nstartxref\n%zu\n%%%%EOF\n",
                     nr + 3, rod, infonr, xref, id, id, xo);
    }
    if (sag_buf_status(ud) != SAG_OK)
        return sag_diag_set(d, sag_buf_status(ud), "/pdf",
                            "brevet er for stort");
    return SAG_OK;
forkert:
    return sag_diag_set(d, SAG_EIO, "/pdf",
                        "cairos PDF har ikke den forventede opbygning");
}
