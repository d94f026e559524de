/*
 * The stateless calculation for insurers, unions and lawyers (POST
 * /api/beregn): the engine's JSON in, the result with its trace out, as
 * `skadesag beregn` gives it; nothing is stored and no case is read. And
 * the loaded rate tables' fingerprint.
 */
#include <string.h>

#include "skadesag/beregning.h"
#include "skadesag/beregning_json.h"
#include "skadesag/mappe_json.h"
#include "http_int.h"

#include "../base/banned.h"

int
sag__api_beregn(struct sag__http_kald *k)
{
    struct sag_beregning_input in;
    struct sag_beregning r;
    struct sag_spor sp;
    struct sag_diag d;
    const char *spor = sag__http_arg(k, "spor");
    enum sag_status st;

    sag_diag_init(&d);
    st = sag_beregning_input_fra_json(k->krop.buf, k->krop.len, &k->a->arena,
                                      &in, &d);
    if (st == SAG_OK) {
        sag_spor_init(&sp, &k->a->arena, spor == NULL || strcmp(spor, "nej"));
        st = sag_beregn(&k->a->satser, &in, &sp, &r, &d);
    }
    if (st != SAG_OK)
        return sag__http_problem(k, st, &d);
    sag_beregning_til_json_id(in.id, &r, &sp, k->b);
    sag__http_json(k, MHD_HTTP_OK);
    return 0;
}

int
sag__api_satser(struct sag__http_kald *k)
{
    sag_svar_json("checksum", sag_satser_checksum(&k->a->satser), k->b);
    sag__http_json(k, MHD_HTTP_OK);
    return 0;
}
