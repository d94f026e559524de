/*
 * The letter use cases (tjeneste.h, docs/breve.md): store a letter that
 * src/breve rendered from the stored records, with its event, and read
 * the stored letters back. Rendering is not this layer's business; it
 * keeps the bytes, their SHA-256 and the audit trail.
 */
#include <string.h>

#include "skadesag/sha256.h"
#include "skadesag/tjeneste.h"

#include "../base/banned.h"
#include "tjeneste_int.h"

static enum sag_status
brev_gem_en(const struct sag_tj *k, const struct sag_tj_brev *b,
            struct sag_tj_brev_svar *svar, struct sag_diag *d)
{
    struct sag_tilstand t;
    struct sag_haendelse h;
    struct sag_brev_post p;
    struct sag_tj_brev_svar s;
    struct sag_sha256 c;
    unsigned char digest[32];
    char dato[SAG_DATO_ISO_LEN];
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_AFGOER, d)) != SAG_OK)
        return st;
    if (b->sag_id == NULL || b->sag_id[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/sag_id", "mangler");
    if (b->type == NULL || b->type[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/type", "mangler");
    if (b->pdf == NULL || b->pdf_len == 0 || b->html == NULL)
        return sag_diag_set(d, SAG_EMISSING, "/pdf", "brevet er tomt");
    memset(&s, 0, sizeof(s));
    sag_sha256_init(&c);
    sag_sha256_update(&c, b->pdf, b->pdf_len);
    sag_sha256_final(&c, digest);
    sag_sha256_hex(digest, s.sha256);
    sag_dato_format_iso(b->dato, dato);

    if ((st = sag_store_begynd(k->store, d)) != SAG_OK)
        return st;
    st = sag__tj_tilstand(k, b->sag_id, &t, d);
    if (st == SAG_OK)
        st = sag__tj_id(b->sag_id, 'B', t.antal_breve + 1, s.id, d);
    if (st == SAG_OK) {
        memset(&p, 0, sizeof(p));
        p.id = s.id;
        p.sag_id = b->sag_id;
        p.afgoerelse_id = b->afgoerelse_id;
        p.type = b->type;
        p.dato = dato;
        p.pdf = b->pdf;
        p.pdf_len = b->pdf_len;
        p.html = b->html;
        p.sha256 = s.sha256;
        st = sag_store_gem_brev(k->store, &p, d);
    }
    if (st == SAG_OK) {
        memset(&h, 0, sizeof(h));
        h.type = SAG_H_BREV_DANNET;
        h.dato = b->dato;
        h.bruger = k->bruger;
        h.begrundelse = "Brev dannet";
        h.brev_id = s.id;
        h.brevtype = b->type;
        h.brev_hash = s.sha256;
        h.afgoerelse_id = b->afgoerelse_id;
        st = sag_store_tilfoej(k->store, b->sag_id, &h, d);
    }
    if ((st = sag__tj_afslut(k, st, d)) != SAG_OK)
        return st;
    *svar = s;
    return SAG_OK;
}

/* brev_gem_en, run again after a serialization failure or deadlock
 * (sag_store_igen). */
enum sag_status
sag_tj_brev_gem(const struct sag_tj *k, const struct sag_tj_brev *b,
                struct sag_tj_brev_svar *svar, struct sag_diag *d)
{
    enum sag_status st;
    int forsoeg = 0;

    do
        st = brev_gem_en(k, b, svar, d);
    while (sag_store_igen(k->store, st, &forsoeg, d));
    return st;
}

enum sag_status
sag_tj_brev_hent(const struct sag_tj *k, const char *brev_id,
                 struct sag_arena *arena, struct sag_brev_post *ud,
                 struct sag_diag *d)
{
    struct sag_tilstand t;
    struct sag_brev_post p;
    struct sag_hvem hvem = sag__tj_hvem(k);
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_LAES_SAG, d)) != SAG_OK)
        return st;
    if (brev_id == NULL || brev_id[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/brev_id", "mangler");
    if ((st = sag_store_begynd(k->store, d)) != SAG_OK)
        return st;
    st = sag_store_hent_brev(k->store, brev_id, arena, &p, d);
    if (st == SAG_OK)
        st = sag__tj_tilstand(k, p.sag_id, &t, d);
    if (st == SAG_OK)
        st = sag_store_laesning(k->store, p.sag_id, &hvem, "brev", d);
    /* A citizen: no letter and another person's letter alike. */
    if (k->rolle == SAG_ROLLE_BORGER &&
        (st == SAG_ENOTFOUND || st == SAG_EADGANG))
        st = sag_diag_set(d, SAG_ENOTFOUND, "/brev_id", SAG_TJ_IKKE_DIT_BREV);
    if ((st = sag__tj_afslut(k, st, d)) != SAG_OK)
        return st;
    *ud = p;
    return SAG_OK;
}

enum sag_status
sag_tj_breve(const struct sag_tj *k, const char *sag_id,
             struct sag_arena *arena, struct sag_brev_post **ud, size_t *n,
             struct sag_diag *d)
{
    struct sag_tilstand t;
    struct sag_brev_post *p = NULL;
    struct sag_hvem hvem = sag__tj_hvem(k);
    size_t antal = 0;
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_LAES_SAG, d)) != SAG_OK)
        return st;
    if (sag_id == NULL || sag_id[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/sag_id", "mangler");
    if ((st = sag_store_begynd(k->store, d)) != SAG_OK)
        return st;
    st = sag__tj_tilstand(k, sag_id, &t, d);
    if (st == SAG_OK)
        st = sag_store_breve(k->store, sag_id, arena, &p, &antal, d);
    if (st == SAG_OK)
        st = sag_store_laesning(k->store, sag_id, &hvem, "breve", d);
    if ((st = sag__tj_afslut(k, st, d)) != SAG_OK)
        return st;
    *ud = p;
    *n = antal;
    return SAG_OK;
}
