/*
 * The demo cases: ten synthetic cases that show each flow, created through
 * the application layer exactly as a caseworker's commands would create
 * them (demo.h).
 */
#include "skadesag/demo.h"

#include <stdio.h>
#include <string.h>

#include "../base/banned.h"

struct demo {
    const struct sag_tj *k;
    struct sag_diag *d;
};

static struct sag_dato
D(const char *iso) {
    struct sag_dato d = { 0 };

    (void)sag_dato_parse_iso(iso, strlen(iso), &d);
    return d;
}

static enum sag_status
opret(struct demo *m, enum sag_sagstype type, const char *skade,
      const char *anmeldt, const char *cpr, const char *team,
      const char *behandler, char id[SAG_ID_MAX])
{
    struct sag_haendelse h;

    memset(&h, 0, sizeof(h));
    h.type = SAG_H_OPRETTET;
    h.dato = D(anmeldt);
    h.begrundelse = "Anmeldelsen er modtaget (demo)";
    h.ny.type = type;
    h.ny.generation = SAG_GENERATION_FOERSTEGANG;
    h.ny.skadedato = D(skade);
    h.ny.anmeldelsesdato = D(anmeldt);
    h.ny.har_skadedato = h.ny.har_anmeldelsesdato = true;
    h.ny.cpr = cpr;
    h.ny.arbejdsgiver_cvr = "12345678";
    h.ny.forsikring = "Demo Forsikring A/S";
    h.ny.team = team;
    h.ny.sagsbehandler = behandler;
    return sag_tj_opret(m->k, &h, id, m->d);
}

/* A plain event; `ekstra` carries its payload. */
static enum sag_status
ev(struct demo *m, const char *id, enum sag_haendelsestype type,
   const char *dato, const char *hvorfor, const struct sag_haendelse *ekstra)
{
    struct sag_haendelse h;

    if (ekstra)
        h = *ekstra;
    else
        memset(&h, 0, sizeof(h));
    h.type = type;
    h.dato = D(dato);
    h.begrundelse = hvorfor;
    return sag_tj_haendelse(m->k, id, &h, m->d);
}

static enum sag_status
anerkend(struct demo *m, const char *id, bool ja, const char *dato)
{
    struct sag_tj_afgoerelse a;
    struct sag_tj_afgoerelse_svar s;

    memset(&a, 0, sizeof(a));
    a.fase = SAG_FASE_ANERKENDELSE;
    a.anerkendt = ja;
    a.dato = D(dato);
    a.begrundelse = "Afgørelse truffet (demo)";
    return sag_tj_afgoer(m->k, id, &a, &s, NULL, m->d);
}

static enum sag_status
men(struct demo *m, const char *id, const char *dato, int pct)
{
    struct sag_tj_afgoerelse a;
    struct sag_tj_afgoerelse_svar s;

    memset(&a, 0, sizeof(a));
    a.fase = SAG_FASE_MEN;
    a.men_pct = pct;
    a.dato = D(dato);
    a.begrundelse = "Afgørelse truffet (demo)";
    return sag_tj_afgoer(m->k, id, &a, &s, NULL, m->d);
}

static enum sag_status
tab(struct demo *m, const char *id, const char *dato, const char *input,
    const char *revision)
{
    struct sag_tj_afgoerelse a;
    struct sag_tj_afgoerelse_svar s;

    memset(&a, 0, sizeof(a));
    a.fase = SAG_FASE_ERHVERVSEVNETAB;
    a.dato = D(dato);
    a.begrundelse = "Afgørelse om erhvervsevnetab (demo)";
    a.beregning = input;
    a.beregning_len = strlen(input);
    if (revision) {
        a.har_revisionsdato = true;
        a.revisionsdato = D(revision);
    }
    return sag_tj_afgoer(m->k, id, &a, &s, NULL, m->d);
}

static struct sag_tj_klageskridt
skridt(const char *klage_id, enum sag_udfald u, const char *dato,
       const char *hvorfor)
{
    struct sag_tj_klageskridt r;

    memset(&r, 0, sizeof(r));
    r.klage_id = klage_id;
    r.udfald = u;
    r.dato = D(dato);
    r.begrundelse = hvorfor;
    return r;
}

enum sag_status
sag_demo_sager(const struct sag_tj *k, struct sag_diag *d)
{
    struct demo m = { k, d };
    char a[SAG_ID_MAX], x[SAG_ID_MAX], ny[SAG_ID_MAX], kl[SAG_ID_MAX],
        afg[SAG_ID_MAX];
    struct sag_haendelse h;
    enum sag_status st;

    /* 1. Accident 2024 (before the reform), recognised, mén, final 30 %. */
    if ((st = opret(&m, SAG_SAGSTYPE_ULYKKE, "2024-02-12", "2024-02-20",
                    "120380-9011", "Team Nord", "sb101", a)) != SAG_OK ||
        (st = anerkend(&m, a, true, "2024-04-15")) != SAG_OK ||
        (st = men(&m, a, "2024-09-02", 10)) != SAG_OK ||
        (st = tab(&m, a, "2025-01-20",
                  "{\"skadetype\":\"ulykke\",\"skadedato\":\"2024-02-12\","
                  "\"anmeldelsesdato\":\"2024-02-20\",\"foedselsdato\":"
                  "\"1980-03-12\",\"afgoerelsesdato\":\"2025-01-20\","
                  "\"afgoerelse\":\"endelig\",\"aarsloen_oere\":41500000,"
                  "\"erhvervsevnetab\":{\"grundlag\":\"indtaegtstab\","
                  "\"indtaegt_uden_skade_oere\":43000000,"
                  "\"indtaegt_med_skade_oere\":30000000,\"situation\":"
                  "\"ordinaer\",\"forslag_bekraeftet\":true},"
                  "\"tab_paavist_dato\":\"2024-10-01\",\"vurdering\":{\"af\":"
                  "\"sb101\",\"begrundelse\":\"Kan ikke arbejde over "
                  "skulderhøjde; gået ned i tid.\"}}",
                  NULL)) != SAG_OK ||
        (st = ev(&m, a, SAG_H_LUKKET, "2025-01-21", "Sagen er afsluttet",
                 NULL)) != SAG_OK)
        return st;

    /* 2. Disease notified 31.12.2019 (old law), before the ESU. */
    if ((st = opret(&m, SAG_SAGSTYPE_ERHVERVSSYGDOM, "2019-06-01", "2019-12-31",
                    "050565-9022", "Team Syd", "sb201", x)) != SAG_OK ||
        (st = ev(&m, x, SAG_H_FORELAGT_ESU, "2020-03-01",
                 "Sygdommen er ikke på fortegnelsen", NULL)) != SAG_OK)
        return st;

    /* 3. Disease notified 2.1.2020 (new law), waiting for a doctor. */
    memset(&h, 0, sizeof(h));
    h.anmodning_id = "L1";
    h.part = "laege";
    if ((st = opret(&m, SAG_SAGSTYPE_ERHVERVSSYGDOM, "2019-10-01", "2020-01-02",
                    "230772-9033", "Team Syd", "sb202", x)) != SAG_OK ||
        (st = ev(&m, x, SAG_H_OPLYSNINGER_ANMODET, "2020-02-03",
                 "Speciallægeerklæring mangler", &h)) != SAG_OK)
        return st;

    /* 4. Accident after the reform: 14-day reply deadline for the insurer. */
    h.anmodning_id = "F1";
    h.part = "forsikringsselskab";
    if ((st = opret(&m, SAG_SAGSTYPE_ULYKKE, "2026-09-14", "2026-09-21",
                    "301190-9044", "Team Nord", "sb102", x)) != SAG_OK ||
        (st = ev(&m, x, SAG_H_OPLYSNINGER_ANMODET, "2026-11-02",
                 "Lønoplysninger og skadesanmeldelse", &h)) != SAG_OK)
        return st;

    /* 5. Accident 2023, temporary § 17 a decision, revision date set. */
    if ((st = opret(&m, SAG_SAGSTYPE_ULYKKE, "2023-03-06", "2023-03-10",
                    "110275-9055", "Team Nord", "sb101", x)) != SAG_OK ||
        (st = anerkend(&m, x, true, "2023-05-01")) != SAG_OK ||
        (st = men(&m, x, "2023-11-01", 15)) != SAG_OK ||
        (st = tab(&m, x, "2024-06-03",
                  "{\"skadetype\":\"ulykke\",\"skadedato\":\"2023-03-06\","
                  "\"anmeldelsesdato\":\"2023-03-10\",\"foedselsdato\":"
                  "\"1975-02-11\",\"afgoerelsesdato\":\"2024-06-03\","
                  "\"afgoerelse\":\"midlertidig\",\"aarsloen_oere\":36000000,"
                  "\"erhvervsevnetab\":{\"grundlag\":\"17a\",\"situation\":"
                  "\"ledighedsydelse\",\"indtaegt_uden_skade_oere\":37500000,"
                  "\"ledighedsydelse_oere\":21800000,\"atp_bidrag_oere\":"
                  "340000},\"situation_dato\":\"2024-01-01\"}",
                  "2026-12-01")) != SAG_OK)
        return st;

    /* 6. Accident 2022 with an appeal remitted by Ankestyrelsen. */
    if ((st = opret(&m, SAG_SAGSTYPE_ULYKKE, "2022-05-09", "2022-05-16",
                    "020868-9066", "Team Syd", "sb201", x)) != SAG_OK ||
        (st = anerkend(&m, x, false, "2022-08-01")) != SAG_OK)
        return st;
    {
        struct sag_tj_klage k1;
        struct sag_tj_klageskridt r;

        if (snprintf(afg, sizeof(afg), "%s-A1", x) >= (int)sizeof(afg))
            return SAG_EINTERNAL;
        memset(&k1, 0, sizeof(k1));
        k1.afgoerelse_id = afg;
        k1.part = "repraesentant";
        k1.dato = D("2022-08-20");
        k1.begrundelse = "Fagforeningen klager over afvisningen";
        if ((st = sag_tj_klage(k, x, &k1, kl, d)) != SAG_OK)
            return st;
        r = skridt(kl, SAG_UDFALD_FASTHOLDT, "2022-09-05",
                   "Afgørelsen fastholdes ved genvurdering");
        if ((st = sag_tj_genvurder(k, x, &r, d)) != SAG_OK)
            return st;
        r = skridt(kl, SAG_UDFALD_INGEN, "2022-09-06", "Klagen videresendt");
        if ((st = sag_tj_send_til_ankestyrelsen(k, x, &r, d)) != SAG_OK)
            return st;
        r = skridt(kl, SAG_UDFALD_HJEMVIST, "2023-02-14",
                   "Ankestyrelsen hjemviser: sagen er ikke tilstrækkeligt "
                   "oplyst");
        if ((st = sag_tj_ankestyrelsen(k, x, &r, ny, d)) != SAG_OK)
            return st;
    }

    /* 7. A § 42 request on a closed case opens an andengangssag. */
    {
        struct sag_tj_ny_generation r;

        memset(&r, 0, sizeof(r));
        r.dato = D("2025-09-01");
        r.begrundelse = "Anmodning om genoptagelse";
        r.nye_oplysninger = "Ny MR-scanning viser forværring af knæskaden";
        if ((st = opret(&m, SAG_SAGSTYPE_ULYKKE, "2021-01-11", "2021-01-15",
                        "150958-9077", "Team Nord", "sb102", x)) != SAG_OK ||
            (st = anerkend(&m, x, true, "2021-03-01")) != SAG_OK ||
            (st = men(&m, x, "2021-06-01", 8)) != SAG_OK ||
            (st = ev(&m, x, SAG_H_LUKKET, "2021-06-02", "Afsluttet", NULL)) !=
                SAG_OK ||
            (st = sag_tj_genoptag(k, x, &r, ny, d)) != SAG_OK)
            return st;
    }

    /* 8. A private case on mén (advisory statement). */
    if ((st = opret(&m, SAG_SAGSTYPE_PRIVAT_MEN, "2025-04-02", "2025-06-10",
                    "280499-9088", "Team Syd", "sb202", x)) != SAG_OK ||
        (st = men(&m, x, "2026-01-15", 12)) != SAG_OK)
        return st;

    /* 9. A veteran case, waiting on the Armed Forces. */
    if ((st = opret(&m, SAG_SAGSTYPE_VETERAN, "2012-07-01", "2026-03-02",
                    "190688-9099", "Team Nord", "sb101", x)) != SAG_OK ||
        (st = ev(&m, x, SAG_H_AFVENTER_EKSTERN, "2026-03-10",
                 "Afventer tjenesteoplysninger fra Forsvaret", NULL)) != SAG_OK)
        return st;

    /* 10. Old-law accident rejected after the 3-month deadline, closed. */
    if ((st = opret(&m, SAG_SAGSTYPE_ULYKKE, "2019-04-01", "2019-04-08",
                    "071062-9010", "Team Syd", "sb201", x)) != SAG_OK ||
        (st = anerkend(&m, x, false, "2019-09-30")) != SAG_OK ||
        (st = ev(&m, x, SAG_H_LUKKET, "2019-10-01", "Afsluttet", NULL)) !=
            SAG_OK)
        return st;
    return SAG_OK;
}
