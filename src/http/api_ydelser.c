/*
 * GET /api/sager/{id}/ydelser?fra=ÅÅÅÅ-MM&til=ÅÅÅÅ-MM: a case's awards and
 * payment schedule with the ledger (issue 14; sag_tj_udbetalingsplan).
 * Default: from the first award's month to the current month.
 */
#include "http_int.h"

#include "skadesag/mappe_json.h"
#include "skadesag/tjeneste.h"
#include "skadesag/ydelse.h"

#include "../base/banned.h"

int
sag__api_ydelser(struct sag__http_kald *k)
{
    const char *fv = sag__http_arg(k, "fra"), *tv = sag__http_arg(k, "til");
    struct sag_maaned fra, til = sag_maaned_af(k->tj.idag);
    struct sag_tj_udbetalingsplan u;
    struct sag_diag d;
    enum sag_status st;

    if (fv != NULL && sag_maaned_parse(fv, &fra) != SAG_OK)
        return sag__http_problem_status(k, MHD_HTTP_BAD_REQUEST, "/fra",
                                        "skal angives som ÅÅÅÅ-MM");
    if (tv != NULL && sag_maaned_parse(tv, &til) != SAG_OK)
        return sag__http_problem_status(k, MHD_HTTP_BAD_REQUEST, "/til",
                                        "skal angives som ÅÅÅÅ-MM");
    sag_diag_init(&d);
    if (fv == NULL) {
        st = sag_tj_udbetalingsplan(&k->tj, k->param[0], til, til, &k->a->arena,
                                    &u, &d);
        if (st != SAG_OK)
            return sag__http_svar(k, st, &d, MHD_HTTP_OK);
        fra = til;
        for (size_t i = 0; i < u.antal_ydelser; i++)
            if (sag_maaned_cmp(sag_maaned_af(u.ydelser[i].fra), fra) < 0)
                fra = sag_maaned_af(u.ydelser[i].fra);
    }
    st = sag_tj_udbetalingsplan(&k->tj, k->param[0], fra, til, &k->a->arena, &u,
                                &d);
    if (st == SAG_OK)
        sag_udbetalingsplan_json(&u, k->b);
    return sag__http_svar(k, st, &d, MHD_HTTP_OK);
}
