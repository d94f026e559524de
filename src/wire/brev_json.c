/*
 * The letters' wire format (mappe_json.h, docs/breve.md): a request to
 * produce a letter, what producing answers, and a stored letter's
 * description (the bytes themselves travel as application/pdf or
 * text/html).
 */
#include <jansson.h>
#include <string.h>

#include "skadesag/mappe_json.h"

#include "../base/banned.h"

enum sag_status
sag_brev_bestilling_fra_json(const char *tekst, size_t len,
                             struct sag_arena *arena, const char **type,
                             const char **ref, struct sag_diag *d)
{
    json_error_t e;
    json_t *o = json_loadb(tekst, len, JSON_REJECT_DUPLICATES, &e), *v;
    const char *k;
    enum sag_status st = SAG_OK;
    const char *t = NULL, *r = NULL;

    if (o == NULL || !json_is_object(o)) {
        json_decref(o);
        return sag_diag_set(d, SAG_EPARSE, "", "ikke et JSON-objekt");
    }
    json_object_foreach(o, k, v)
    {
        if (strcmp(k, "type") != 0 && strcmp(k, "ref") != 0) {
            /* Issue 16, item 8: never repeat a key that could be a CPR
             * number. */
            st = strpbrk(k, "0123456789") != NULL
                     ? sag_diag_set(d, SAG_EINVAL, "/", "ukendt felt")
                     : sag_diag_set(d, SAG_EINVAL, "", "ukendt felt '%s'", k);
            break;
        }
        if (!json_is_string(v)) {
            st = sag_diag_set(d, SAG_EINVAL,
                              strcmp(k, "type") ? "/ref" : "/type",
                              "skal være en tekst");
            break;
        }
        if (strcmp(k, "type") == 0)
            t = sag_arena_strdup(arena, json_string_value(v));
        else
            r = sag_arena_strdup(arena, json_string_value(v));
    }
    json_decref(o);
    if (st != SAG_OK)
        return st;
    if (t == NULL)
        return sag_diag_set(d, SAG_EMISSING, "/type", "mangler");
    if (sag_arena_status(arena) != SAG_OK)
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    *type = t;
    *ref = r;
    return SAG_OK;
}

void
sag_brev_svar_json(const struct sag_tj_brev_svar *s, struct sag_buf *ud)
{
    sag_buf_adds(ud, "{\"brev_id\":");
    sag_buf_add_json_str(ud, s->id);
    sag_buf_adds(ud, ",\"sha256\":");
    sag_buf_add_json_str(ud, s->sha256);
    sag_buf_addc(ud, '}');
}

void
sag_brev_post_json(const struct sag_brev_post *p, struct sag_buf *ud)
{
    sag_buf_adds(ud, "{\"id\":");
    sag_buf_add_json_str(ud, p->id);
    sag_buf_adds(ud, ",\"sag_id\":");
    sag_buf_add_json_str(ud, p->sag_id);
    sag_buf_adds(ud, ",\"type\":");
    sag_buf_add_json_str(ud, p->type);
    sag_buf_adds(ud, ",\"dato\":");
    sag_buf_add_json_str(ud, p->dato);
    sag_buf_adds(ud, ",\"afgoerelse_id\":");
    if (p->afgoerelse_id != NULL && p->afgoerelse_id[0] != '\0')
        sag_buf_add_json_str(ud, p->afgoerelse_id);
    else
        sag_buf_adds(ud, "null");
    sag_buf_addf(ud, ",\"bytes\":%zu,\"sha256\":", p->pdf_len);
    sag_buf_add_json_str(ud, p->sha256);
    sag_buf_adds(ud, ",\"registreret\":");
    sag_buf_add_json_str(ud, p->registreret);
    sag_buf_addc(ud, '}');
}
