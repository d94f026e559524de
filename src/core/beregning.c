/*
 * The engine's entry point: runs the rules in order and records the result.
 *
 *   1. regelsæt        which law and rule versions (regelsaet.c)
 *   2. erhvervsevnetab the loss, share, grid, threshold (erhvervsevnetab.c)
 *   3. årsløn          § 24 and regulation, only when the loss is ≥ 15 %
 *   4. erstatning      yearly and monthly amounts
 *   5. tilkendelse     start date
 *   6. udbetaling      payment form and capital sums (kapitalisering.c)
 *   7. ophør           end date of a running payment
 *   8. fordeling       split between insurers
 *
 * Every step writes trace steps; nothing here reads a file, a clock or a
 * global, so the same input always gives the same bytes.
 */
#include "skadesag/beregning.h"

#include <string.h>

#include "beregning_int.h"

#include "../base/sag_assert.h"
#include "../base/banned.h"

void
sag_beregning_input_init(struct sag_beregning_input *in)
{
    memset(in, 0, sizeof(*in));
    in->koen = SAG_KOEN_ALLE;
    in->tab.klart_og_varigt = -1;
    in->tab.arbejdsskadens_andel = sag_broek_heltal(1);
}

const char *
sag_situation_navn(enum sag_situation s)
{
    switch (s) {
    case SAG_SITUATION_UOPLYST: return "uoplyst";
    case SAG_SITUATION_ORDINAER: return "ordinaer";
    case SAG_SITUATION_FLEKSJOB: return "fleksjob";
    case SAG_SITUATION_LEDIGHEDSYDELSE: return "ledighedsydelse";
    case SAG_SITUATION_SYGEDAGPENGE: return "sygedagpenge";
    case SAG_SITUATION_ARBEJDSLOESHEDSDAGPENGE:
        return "arbejdsloeshedsdagpenge";
    case SAG_SITUATION_KONTANTHJAELP: return "kontanthjaelp";
    case SAG_SITUATION_REVALIDERING: return "revalidering";
    case SAG_SITUATION_FOERTIDSPENSION: return "foertidspension";
    case SAG_SITUATION_EFTERLOEN: return "efterloen";
    case SAG_SITUATION_FOLKEPENSION: return "folkepension";
    case SAG_SITUATION_UDDANNELSE: return "uddannelse";
    case SAG_SITUATION_FLEKSYDELSE: return "fleksydelse";
    case SAG_SITUATION_ANTAL: break;
    }
    return NULL;
}

/* The injury kinds the engine computes a loss of earning capacity for:
 * an accident (ASL § 6) and an occupational disease (ASL § 7), the two
 * its input's "skadetype" accepts. Asked before a decision form is
 * offered, so that a case of another kind is told so instead. */
enum sag_status
sag_skadetype_fra_navn(const char *navn, enum sag_skadetype *ud)
{
    if (navn != NULL && strcmp(navn, "ulykke") == 0) {
        *ud = SAG_SKADETYPE_ULYKKE;
        return SAG_OK;
    }
    if (navn != NULL && strcmp(navn, "erhvervssygdom") == 0) {
        *ud = SAG_SKADETYPE_ERHVERVSSYGDOM;
        return SAG_OK;
    }
    return SAG_EINVAL;
}

const char *
sag_udbetalingsform_navn(enum sag_udbetalingsform u)
{
    switch (u) {
    case SAG_UDBETALING_INGEN: return "ingen";
    case SAG_UDBETALING_LOEBENDE: return "loebende";
    case SAG_UDBETALING_KAPITAL: return "kapital";
    case SAG_UDBETALING_DELVIS_KAPITAL: return "delvis_kapital";
    }
    return NULL;
}

const char *
sag_afgoerelsestype_navn(enum sag_afgoerelsestype a)
{
    switch (a) {
    case SAG_AFGOERELSE_ENDELIG: return "endelig";
    case SAG_AFGOERELSE_MIDLERTIDIG: return "midlertidig";
    }
    return NULL;
}

/* Split the yearly amount and capital between insurers by exact shares;
 * each part is rounded half up to whole øre and the first insurer takes the
 * rounding remainder, so the parts add up to the whole. */
static enum sag_status
fordeling(struct sag__ctx *c)
{
    const struct sag_beregning_input *in = c->in;
    struct sag_beregning *ud = c->ud;
    struct sag_broek sum = sag_broek_heltal(0);
    struct sag_penge rest_a, rest_k;
    struct sag_spor_trin *t;

    if (in->antal_fordeling == 0)
        return SAG_OK;
    if (in->antal_fordeling > SAG_FORDELING_MAX)
        return sag_diag_set(c->diag, SAG_EINVAL, "/fordeling",
                            "højst %d forsikringsselskaber", SAG_FORDELING_MAX);
    for (size_t i = 0; i < in->antal_fordeling; i++) {
        struct sag_broek a = in->fordeling[i].andel;

        if (sag_broek_cmp(a, sag_broek_heltal(0)) <= 0 ||
            sag_broek_cmp(a, sag_broek_heltal(1)) > 0)
            return sag_diag_set(c->diag, SAG_EINVAL, "/fordeling",
                                "andel nr. %zu skal være over 0 og højst 1",
                                i + 1);
        if (sag_broek_add(sum, a, &sum) != SAG_OK)
            return SAG_EOVERFLOW;
    }
    if (sag_broek_cmp(sum, sag_broek_heltal(1)) != 0)
        return sag_diag_set(c->diag, SAG_EINVAL, "/fordeling",
                            "andelene skal tilsammen være 1");
    rest_a = ud->aarlig;
    rest_k = ud->kapital;
    for (size_t i = 0; i < in->antal_fordeling; i++) {
        struct sag_fordeling_resultat *r = &ud->fordeling[i];

        r->forsikring = in->fordeling[i].forsikring;
        r->andel = in->fordeling[i].andel;
        if (sag_penge_gange_broek(ud->aarlig, r->andel, SAG_AFRUND_HALV_OP,
                                  &r->aarlig) != SAG_OK ||
            sag_penge_gange_broek(ud->kapital, r->andel, SAG_AFRUND_HALV_OP,
                                  &r->kapital) != SAG_OK)
            return SAG_EOVERFLOW;
        rest_a.oere -= r->aarlig.oere;
        rest_k.oere -= r->kapital.oere;
    }
    ud->fordeling[0].aarlig.oere += rest_a.oere;
    ud->fordeling[0].kapital.oere += rest_k.oere;
    ud->antal_fordeling = in->antal_fordeling;
    t = sag_spor_trin(c->sp, "fordeling.forsikringsselskaber",
                      SAG__VEJ("afsnit 2.10 og eksempel 2.22"),
                      SAG_SPOR_VURDERET);
    sag_spor_tekst(t,
                   "Erstatningen fordeles mellem %zu "
                   "forsikringsselskaber efter de fastsatte andele.",
                   in->antal_fordeling);
    return SAG_OK;
}

static enum sag_status
tjek_input(struct sag__ctx *c)
{
    const struct sag_beregning_input *in = c->in;

    if (in->skadetype != SAG_SKADETYPE_ULYKKE &&
        in->skadetype != SAG_SKADETYPE_ERHVERVSSYGDOM)
        return sag_diag_set(c->diag, SAG_EINVAL, "/skadetype",
                            "skal være ulykke eller erhvervssygdom");
    if (in->afgoerelse != SAG_AFGOERELSE_ENDELIG &&
        in->afgoerelse != SAG_AFGOERELSE_MIDLERTIDIG)
        return sag_diag_set(c->diag, SAG_EINVAL, "/afgoerelse",
                            "skal være endelig eller midlertidig");
    if (in->har_genoptagelse &&
        in->genoptagelse.type != SAG_GENOPTAGELSE_ANMODNING &&
        in->genoptagelse.type != SAG_GENOPTAGELSE_REVISION)
        return sag_diag_set(c->diag, SAG_EINVAL, "/genoptagelse/type",
                            "skal være anmodning eller revision");
    if (in->har_genoptagelse && in->genoptagelse.har_tidligere_pct &&
        (in->genoptagelse.tidligere_pct < 0 ||
         in->genoptagelse.tidligere_pct > SAG_LOV_FULDT_TAB_PCT))
        return sag_diag_set(c->diag, SAG_EINVAL, "/genoptagelse/tidligere_pct",
                            "skal være mellem 0 og 100");
    if (in->har_tjenestemand &&
        in->tjenestemand.tilskadekomstpension == SAG_TKP_JA &&
        !in->tjenestemand.har_forhoejelse_aarlig &&
        !in->tjenestemand.har_forhoejelse_vaerdi)
        return sag_diag_set(c->diag, SAG_EMISSING,
                            "/tjenestemand/pensionsforhoejelse_aarlig_oere",
                            "mangler: forhøjelsen af tjenestemandspensionen "
                            "(§ 28)");
    return SAG_OK;
}

/* whether the running payment from the start date until the capital
 * takes effect (guidance 2.8, L1147-1150) is also due when everything is
 * paid as capital because the person is two years or less from
 * folkepensionsalderen (guidance 18.6). Neither text excludes it, the
 * guidance says the capital is paid "efter reglerne i § 27", and AES's
 * calculator says that for injuries from 1.7.2007 "kan der også udbetales
 * månedlig erstatning bagud i tid samtidig med en kapitalerstatning"; a
 * secondary source says none is due. 1 = due (our reading); 0 = none. */
#define SAG__LOEBENDE_FOER_PENSIONSKAPITAL 1

static enum sag_status
beregn(const struct sag_satser *satser, const struct sag_beregning_input *in,
       struct sag_spor *spor, struct sag_beregning *ud, struct sag_diag *diag)
{
    struct sag__ctx c;
    enum sag_status st;
    bool naer_pension;

    SAG_ASSERT(satser->klar);
    memset(ud, 0, sizeof(*ud));
    memset(&c, 0, sizeof(c));
    c.s = satser;
    c.in = in;
    c.sp = spor;
    c.ud = ud;
    c.diag = diag;
    c.kan_beregne_beloeb = true;
    ud->satser_checksum = sag_satser_checksum(satser);

    if ((st = tjek_input(&c)) != SAG_OK || (st = sag__regelsaet(&c)) != SAG_OK)
        return st;

    /* Ages and pension ages used by the payment and end-date rules. */
    c.alder_noegle_mdr = sag__alder_mdr(in->foedselsdato, ud->noegledato);
    c.alder_afg_mdr = sag__alder_mdr(in->foedselsdato, in->afgoerelsesdato);
    if (c.fra_2004) {
        if ((st = sag__fp_mdr(&c, ud->noegledato, &c.fp_noegle_mdr)) !=
                SAG_OK ||
            (st = sag__fp_mdr(&c, in->afgoerelsesdato, &c.fp_afg_mdr)) !=
                SAG_OK)
            return st;
        /* Injuries 2004-30.6.2007 too: folkepensionsalderen as in force at
         * the decision, 65 before 1.7.2009. */
    }

    if ((st = sag__erhvervsevnetab(&c)) != SAG_OK)
        return st;
    if (ud->ret_til_erstatning) {
        if ((st = sag__aarsloen(&c)) != SAG_OK ||
            (st = sag__erstatning(&c)) != SAG_OK)
            return st;
    }
    if ((st = sag__tilkendelse(&c)) != SAG_OK ||
        (st = sag__udbetaling(&c)) != SAG_OK)
        return st;

    /* From 1.7.2007 a capital award is preceded by a running payment from
     * the start date until the capital takes effect (guidance 2.8,
     * L1147-1150). Also when everything is capital because the person is
     * two years or less from folkepensionsalderen (guidance 18.6: "efter
     * reglerne i § 27"; SAG__LOEBENDE_FOER_PENSIONSKAPITAL, Q-29), but a
     * running payment never goes beyond the month in which
     * folkepensionsalderen is reached (guidance 18.6, L7423-7424). */
    naer_pension =
        ud->lov == SAG_LOV_2003 &&
        c.fp_afg_mdr - c.alder_afg_mdr <= SAG_LOV_FOLKEPENSION_KAPITAL_MDR;
    if (c.fra_2007_07 && ud->udbetalingsform == SAG_UDBETALING_KAPITAL &&
        !ud->engangserstatning && ud->har_tilkendelse &&
        ud->tilkendelsesdato.dage < in->afgoerelsesdato.dage &&
        (!naer_pension || SAG__LOEBENDE_FOER_PENSIONSKAPITAL)) {
        struct sag_spor_trin *t;
        struct sag_dato fp_slut;
        bool til_pension = false;

        ud->loebende_til = (struct sag_dato){ in->afgoerelsesdato.dage - 1 };
        if (sag__udgang_af_maaned(&c, c.fp_afg_mdr, &fp_slut) == SAG_OK &&
            fp_slut.dage < ud->loebende_til.dage) {
            ud->loebende_til = fp_slut;
            til_pension = true;
        }
        ud->har_loebende_til =
            ud->tilkendelsesdato.dage <= ud->loebende_til.dage;
        t = ud->har_loebende_til
                ? sag_spor_trin(
                      c.sp, "udbetaling.loebende-indtil-kapital",
                      til_pension
                          ? SAG__VEJ("afsnit 2.8 (L1147-1150) og 2.6 "
                                     "(L904-907)") "; " SAG_KILDE_PA_155_10
                                                   "; " SAG__VEJ("afsnit 18.6 "
                                                                 "(L7423-7424)")
                          : SAG__VEJ("afsnit 2.8 (L1147-1150) og 2.6 "
                                     "(L904-907)") "; " SAG_KILDE_PA_155_10,
                      SAG_SPOR_BEREGNET)
                : NULL;
        if (t != NULL) {
            char a[SAG_DATO_DK_LEN], b[SAG_DATO_DK_LEN];

            sag_dato_format_dk(ud->tilkendelsesdato, a);
            sag_dato_format_dk(ud->loebende_til, b);
            if (til_pension)
                sag_spor_tekst(t,
                               "Fra %s til og med %s udbetales løbende "
                               "ydelse: til udgangen af den måned, hvor "
                               "tilskadekomne når folkepensionsalderen.",
                               a, b);
            else
                sag_spor_tekst(t,
                               "Fra %s til og med %s udbetales løbende "
                               "ydelse, indtil kapitalbeløbet får virkning.",
                               a, b);
        }
    }
    if ((st = sag__ophoer(&c)) != SAG_OK || (st = fordeling(&c)) != SAG_OK)
        return st;
    if (sag_spor_status(spor) != SAG_OK)
        return sag_diag_set(diag, SAG_ENOMEM, "",
                            "sporet er løbet tør for "
                            "hukommelse");
    return SAG_OK;
}

enum sag_status
sag_beregn(const struct sag_satser *satser,
           const struct sag_beregning_input *in, struct sag_spor *spor,
           struct sag_beregning *ud, struct sag_diag *diag)
{
    enum sag_status st;

    sag_diag_init(diag);
    st = beregn(satser, in, spor, ud, diag);
    /* Every refusal says why: the arithmetic's own errors (an input so
     * large that an exact amount overflows 64 bits) carry no field. */
    if (st != SAG_OK && diag != NULL && diag->besked[0] == '\0')
        (void)sag_diag_set(diag, st, "", "%s",
                           st == SAG_EOVERFLOW
                               ? "tallene er for store til at regne med "
                                 "nøjagtigt"
                               : sag_status_str(st));
    return st;
}
