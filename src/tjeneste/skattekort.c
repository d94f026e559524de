/*
 * Tax cards for the A-skat withheld from AES's own running payments
 * (udbetaling.h, "tax cards"; skat.h; issue 14 item 4; migration 015).
 *
 * The tax authority's e-skattekort service cannot be reached here, so a
 * card is entered by team lead or management from its source, with the
 * source text and date and who entered it. A card is never changed: a new
 * one from a later date replaces it (KSL § 48, stk. 1: the card is made for
 * the year; a changed card applies from when it is received).
 */
#include <stdio.h>
#include <string.h>

#include "skadesag/sag.h"
#include "skadesag/udbetaling.h"

#include "tjeneste_int.h"

#include "../base/banned.h"

struct sag_skattekort
sag_skattekort_gaeldende(const struct sag_skattekort_post *kort, size_t n,
                         struct sag_maaned m)
{
    struct sag_skattekort r = { false, 0, 0 };
    struct sag_dato slut = sag_maaned_sidste(m);

    /* A card is for its calendar year (KSL § 48, stk. 1): a card of an
     * earlier year is no card for this one. */
    for (size_t i = 0; i < n; i++) {
        if (sag_dato_cmp(kort[i].gyldig_fra, slut) > 0 ||
            sag_dato_aar(kort[i].gyldig_fra) != m.aar)
            continue;
        r.findes = true;
        r.traekprocent = kort[i].traekprocent;
        r.fradrag_oere = kort[i].fradrag_maaned_oere;
    }
    return r;
}

enum sag_status
sag_tj_skattekort_registrer(struct sag_tj *k,
                            const struct sag_skattekort_post *p,
                            struct sag_skattekort_post *ud, struct sag_diag *d)
{
    struct sag_skattekort_post n;
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_UDBETALING, d)) != SAG_OK)
        return st;
    n = *p;
    if ((st = sag_cpr_valider(p->cpr, n.cpr, NULL, d)) != SAG_OK)
        return st;
    if (p->traekprocent < 0 || p->traekprocent > 100)
        return sag_diag_set(
            d, SAG_EINVAL, "/traekprocent",
            "trækprocenten skal være et helt tal fra 0 til 100");
    if (p->fradrag_maaned_oere < 0)
        return sag_diag_set(d, SAG_EINVAL, "/fradrag",
                            "månedsfradraget kan ikke være negativt");
    if (p->kilde[0] == '\0')
        return sag_diag_set(d, SAG_EMISSING, "/kilde",
                            "angiv kilden til skattekortet (fx e-skattekort "
                            "modtaget fra Skatteforvaltningen)");
    if (p->gyldig_fra.dage == 0 || p->kilde_dato.dage == 0)
        return sag_diag_set(
            d, SAG_EMISSING,
            p->gyldig_fra.dage == 0 ? "/gyldig_fra" : "/kilde_dato", "mangler");
    (void)snprintf(n.bruger, sizeof n.bruger, "%s", k->bruger);
    n.registreret[0] = '\0';
    if ((st = sag_store_begynd(k->store, d)) != SAG_OK)
        return st;
    st = sag_store_skattekort_ny(k->store, &n, d);
    if ((st = sag__tj_afslut(k, st, d)) != SAG_OK)
        return st;
    if (ud != NULL)
        *ud = n;
    return SAG_OK;
}

enum sag_status
sag_tj_skattekort(struct sag_tj *k, const char *cpr,
                  int (*cb)(void *ctx, const struct sag_skattekort_post *p),
                  void *ctx, struct sag_diag *d)
{
    char c[SAG_CPR_LEN + 1];
    struct sag_dato altid;
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_UDBETALING_LAES, d)) != SAG_OK)
        return st;
    if (cpr != NULL && (st = sag_cpr_valider(cpr, c, NULL, d)) != SAG_OK)
        return st;
    (void)sag_dato_fra_ymd(9999, 12, 31, &altid);
    return sag_store_skattekort(k->store, cpr != NULL ? c : NULL, altid, cb,
                                ctx, d);
}
