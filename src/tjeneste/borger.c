/*
 * The injured person's own view of a case (issue 12: "status, what happens
 * next and when, deadlines, decisions and letters of their own cases only,
 * in plain Danish"). The folder as sag_tj_sagsmappe reads it, with what
 * the citizen's page needs decided here rather than in a front end: the
 * amounts of each decision (the same figures the letters give: the stored
 * record of a loss decision, the mén awards), the open appeal deadline of
 * each decision, the next steps with whether AES is late, and the links
 * between a remitted appeal and the case that continues it. Wording is
 * the front end's.
 */
#include "skadesag/tjeneste.h"

#include <jansson.h>
#include <string.h>

#include "tjeneste_int.h"

#include "../base/banned.h"

#define GRUND "egen sag"

static const struct sag_afgoerelse_ref *
find_ref(const struct sag_tilstand *t, const char *id)
{
    for (size_t i = 0; id != NULL && i < t->antal_afgoerelser; i++)
        if (strcmp(t->afgoerelser[i].id, id) == 0)
            return &t->afgoerelser[i];
    return NULL;
}

/* An integer member of a stored record, in øre. */
static bool
oere(json_t *r, const char *navn, struct sag_penge *ud)
{
    json_t *v = json_object_get(r, navn);

    if (!json_is_integer(v))
        return false;
    ud->oere = (int64_t)json_integer_value(v);
    return true;
}

/* The amounts of a loss decision from its stored record (the engine's
 * result, as the letter reads it: src/breve/indhold.c). */
static void
tab_beloeb(const struct sag_tj_mappe *m, struct sag_tj_borger_afgoerelse *a)
{
    for (size_t i = 0; i < m->m.antal_afgoerelser; i++) {
        const struct sag_afgoerelse_post *p = &m->m.afgoerelser[i];
        json_t *r;

        if (p->id == NULL || strcmp(p->id, a->ref->id) != 0 ||
            p->resultat == NULL ||
            (r = json_loads(p->resultat, 0, NULL)) == NULL)
            continue;
        a->har_aarlig = oere(r, "aarlig_erstatning_oere", &a->aarlig);
        a->har_maanedlig = oere(r, "maanedlig_erstatning_oere", &a->maanedlig);
        a->har_kapital = oere(r, "kapitalbeloeb_oere", &a->kapital);
        json_decref(r);
        return;
    }
}

/* The mén amount of a decision (as its letter states it). */
static void
men_beloeb(const struct sag_tj_mappe *m, struct sag_tj_borger_afgoerelse *a)
{
    a->har_men = sag_tj_mappe_men_beloeb(m, a->ref->id, &a->men, NULL);
}

/* A text member of an event's payload, into `ud` ("" if absent). */
static void
data_tekst(const char *data, const char *navn, char ud[SAG_ID_MAX])
{
    json_t *r = data != NULL ? json_loads(data, 0, NULL) : NULL;
    const char *s = json_string_value(json_object_get(r, navn));

    ud[0] = '\0';
    if (s != NULL && strlen(s) < SAG_ID_MAX)
        memcpy(ud, s, strlen(s) + 1);
    json_decref(r);
}

/* The case a remitted appeal opened: the Ankestyrelsen event of appeal
 * `klage_id` that names a new case. */
static void
hjemvist_til(const struct sag_sagsmappe *m, const char *klage_id,
             char ud[SAG_ID_MAX])
{
    ud[0] = '\0';
    for (size_t i = 0; i < m->antal_haendelser && ud[0] == '\0'; i++) {
        const struct sag_haendelse_post *h = &m->haendelser[i];
        char k[SAG_ID_MAX];

        if (strcmp(h->type, "ankestyrelsen_afgjort") != 0)
            continue;
        data_tekst(h->data, "klage_id", k);
        if (strcmp(k, klage_id) == 0)
            data_tekst(h->data, "ny_sag_id", ud);
    }
}

static void
naeste_skridt(const struct sag_tj *k, struct sag_tj_borgersag *ud)
{
    const struct sag_tj_mappe *m = &ud->mappe;
    const struct sag_tilstand *t = &m->m.tilstand;

    for (size_t i = 0; i < m->antal_opgaver; i++) {
        const struct sag_opgave *o = &m->opgaver[i];
        struct sag_tj_borger_skridt *s = &ud->skridt[ud->antal_skridt];

        /* Telling the parties of a deadline that will be missed is AES's
         * own reminder, not a step of the case. */
        if (o->art == SAG_OPGAVE_ORIENTER_PARTER)
            continue;
        memset(s, 0, sizeof(*s));
        s->art = o->art;
        s->forfald = o->forfald;
        s->venter = o->venter_paa_andre;
        /* A wait on an external party carries the day it began. */
        s->forsinket =
            o->art != SAG_OPGAVE_AFVENTER && o->forfald.dage < k->idag.dage;
        /* No source gives AES a deadline for reassessing an appeal,
         * sending it on, or following an instruction without a date of
         * its own: the worklist has them due at once, which is no
         * date to promise the citizen, nor one to be late by. */
        if (o->art == SAG_OPGAVE_GENVURDER_KLAGE ||
            o->art == SAG_OPGAVE_SEND_TIL_AST)
            s->uden_dato = true;
        for (size_t j = 0; o->art == SAG_OPGAVE_PAALAEG && j < t->antal_paalaeg;
             j++)
            if (strcmp(t->paalaeg[j].klage_id, o->ref) == 0 &&
                t->paalaeg[j].frist.dage == o->forfald.dage &&
                t->paalaeg[j].frist.dage == t->paalaeg[j].dato.dage)
                s->uden_dato = true;
        if (s->uden_dato)
            s->forsinket = false;
        for (size_t j = 0;
             o->art == SAG_OPGAVE_SVAR && j < t->antal_anmodninger; j++)
            if (strcmp(t->anmodninger[j].id, o->ref) == 0)
                s->part = t->anmodninger[j].part;
        /* A decision task's date is a statutory deadline's (sag_opgaver):
         * which one, and whether it is being missed as of today. */
        for (size_t j = 0; o->art == SAG_OPGAVE_AFGOER && j < m->antal_frister;
             j++) {
            const struct sag_frist *f = &m->frister[j];

            if ((f->art != SAG_FRIST_ANERKENDELSE &&
                 f->art != SAG_FRIST_AFGOERELSE) ||
                f->forfald.dage != o->forfald.dage)
                continue;
            s->om_anerkendelse = f->art == SAG_FRIST_ANERKENDELSE;
            s->lovfrist_overskrides = f->status == SAG_FRISTSTATUS_OVERSKRIDES;
        }
        ud->antal_skridt++;
    }
}

/* The earlier case a remittal continues, and the decision whose appeal
 * Ankestyrelsen remitted (a read of the citizen's own earlier case, logged
 * like any). */
static enum sag_status
forrige(const struct sag_tj *k, struct sag_arena *arena,
        struct sag_tj_borgersag *ud, struct sag_diag *d)
{
    const struct sag_tilstand *t = &ud->mappe.m.tilstand;
    struct sag_sagsmappe *f;
    struct sag_hvem hvem = sag__tj_hvem(k);
    enum sag_status st;

    if (t->generation != SAG_GENERATION_HJEMVISNING ||
        t->forrige_sag_id[0] == '\0')
        return SAG_OK;
    if ((f = sag_arena_alloc(arena, sizeof(*f))) == NULL)
        return sag_diag_set(d, SAG_ENOMEM, "", "ikke mere hukommelse");
    if ((st = sag_store_begynd(k->store, d)) != SAG_OK)
        return st;
    st = sag__tj_tilstand(k, t->forrige_sag_id, &f->tilstand, d);
    if (st == SAG_OK)
        st = sag_store_hent(k->store, t->forrige_sag_id, &hvem, GRUND, arena, f,
                            d);
    /* An earlier case outside the scope (not possible: a remittal's case
     * copies the CPR number) is only not named. */
    if ((st = sag__tj_afslut(k, st, d)) == SAG_ENOTFOUND) {
        sag_diag_init(d);
        return SAG_OK;
    }
    if (st != SAG_OK)
        return st;
    for (size_t i = 0; i < f->antal_haendelser; i++) {
        const struct sag_haendelse_post *h = &f->haendelser[i];
        char ny[SAG_ID_MAX], klage[SAG_ID_MAX];

        if (strcmp(h->type, "ankestyrelsen_afgjort") != 0)
            continue;
        data_tekst(h->data, "ny_sag_id", ny);
        if (strcmp(ny, t->id) != 0)
            continue;
        data_tekst(h->data, "klage_id", klage);
        for (size_t j = 0; j < f->tilstand.antal_klager; j++) {
            const struct sag_afgoerelse_ref *r;

            if (strcmp(f->tilstand.klager[j].id, klage) != 0 ||
                (r = find_ref(&f->tilstand,
                              f->tilstand.klager[j].afgoerelse_id)) == NULL)
                continue;
            ud->har_forrige_afgoerelse = true;
            ud->forrige_fase = r->fase;
            ud->forrige_dato = r->dato;
        }
    }
    return SAG_OK;
}

enum sag_status
sag_tj_borgersag(const struct sag_tj *k, const char *sag_id,
                 struct sag_arena *arena, struct sag_tj_borgersag *ud,
                 struct sag_diag *d)
{
    const struct sag_tilstand *t;
    enum sag_status st;

    if ((st = sag__tj_adgang(k, SAG_HANDLING_LAES_SAG, d)) != SAG_OK)
        return st;
    if (k->rolle != SAG_ROLLE_BORGER)
        return sag_diag_set(d, SAG_EADGANG, "/rolle",
                            "kun en borger ser sin egen sag sådan");
    memset(ud, 0, sizeof(*ud));
    if ((st = sag_tj_sagsmappe(k, sag_id, GRUND, arena, &ud->mappe, d)) !=
        SAG_OK)
        return st;
    t = &ud->mappe.m.tilstand;
    for (size_t i = 0; i < t->antal_afgoerelser; i++) {
        struct sag_tj_borger_afgoerelse *a = &ud->afgoerelser[i];

        a->ref = &t->afgoerelser[i];
        if (a->ref->fase == SAG_FASE_ANERKENDELSE)
            a->anerkendt = t->anerkendelse == SAG_FASE_ANERKENDT;
        else if (a->ref->fase == SAG_FASE_MEN)
            men_beloeb(&ud->mappe, a);
        else
            tab_beloeb(&ud->mappe, a);
        for (size_t j = 0; j < ud->mappe.antal_frister; j++) {
            const struct sag_frist *f = &ud->mappe.frister[j];

            if (f->art == SAG_FRIST_KLAGE &&
                f->status == SAG_FRISTSTATUS_AABEN &&
                strcmp(f->ref, a->ref->id) == 0) {
                a->har_klagefrist = true;
                a->klagefrist = f->forfald;
            }
        }
    }
    ud->antal_afgoerelser = t->antal_afgoerelser;
    for (size_t i = 0; i < t->antal_klager; i++) {
        struct sag_tj_borger_klage *kl = &ud->klager[i];
        bool hjemvist = t->klager[i].udfald == SAG_UDFALD_HJEMVIST;

        kl->klage = &t->klager[i];
        kl->afgoerelse = find_ref(t, t->klager[i].afgoerelse_id);

        for (int p = 0; p < SAG_PUNKT_ANTAL; p++)
            hjemvist =
                hjemvist || t->klager[i].punkt_udfald[p] == SAG_UDFALD_HJEMVIST;
        if (hjemvist)
            hjemvist_til(&ud->mappe.m, t->klager[i].id, kl->ny_sag_id);
    }
    ud->antal_klager = t->antal_klager;
    naeste_skridt(k, ud);
    return forrige(k, arena, ud, d);
}
