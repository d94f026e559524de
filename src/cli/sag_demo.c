/*
 * Shared case flows for the command line: storing an engine decision, the
 * import of an exported case, and the synthetic demo database.
 *
 * The demo data are synthetic: invented people (the CPR numbers use serial
 * numbers 9000-9999 and are not known to belong to anyone), employers and
 * insurers. They exist to show the system, not any real case.
 */
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "cli.h"
#include "sag_config.h"

#include "skadesag/beregning.h"
#include "skadesag/beregning_json.h"
#include "skadesag/sag.h"
#include "skadesag/sag_json.h"
#include "skadesag/satser_fil.h"
#include "skadesag/store.h"

#include "../base/banned.h"

enum sag_status
sag__gem_tab_afgoerelse(struct sag_store *st, const struct sag_satser *s,
                        const char *sag_id, const struct sag_tilstand *t,
                        struct sag_haendelse *h, const char *input, size_t len,
                        char id_ud[32], int *pct_ud, struct sag_diag *d)
{
    struct sag_arena a;
    struct sag_buf ud, ind;
    struct sag_beregning_input in;
    struct sag_beregning r;
    struct sag_spor sp;
    struct sag_afgoerelse_post p;
    char hash[65], dato[SAG_DATO_ISO_LEN];
    enum sag_status rc;

    sag_arena_init(&a, 0);
    sag_buf_init(&ud, 0);
    sag_buf_init(&ind, 0);
    sag_buf_add(&ind, input, len);
    if ((rc = sag_beregning_input_fra_json(ind.buf, ind.len, &a, &in, d)) !=
        SAG_OK)
        goto out;
    /* The decision must be about this case and made on its date. */
    if (in.skadedato.dage != t->skadedato.dage ||
        in.anmeldelsesdato.dage != t->anmeldelsesdato.dage) {
        rc = sag_diag_set(d, SAG_ECONFLICT, "/skadedato",
                          "beregningens skadedato eller anmeldelsesdato "
                          "stemmer ikke med sagen");
        goto out;
    }
    if (in.afgoerelsesdato.dage != h->dato.dage) {
        rc = sag_diag_set(d, SAG_ECONFLICT, "/afgoerelsesdato",
                          "beregningens afgørelsesdato skal være "
                          "afgørelsens dato");
        goto out;
    }
    sag_spor_init(&sp, &a, true);
    if ((rc = sag_beregn(s, &in, &sp, &r, d)) != SAG_OK)
        goto out;
    sag_beregning_til_json(&r, &sp, &ud);
    (void)snprintf(id_ud, 32, "%s-E%zu", sag_id, t->antal_afgoerelser + 1);
    sag_dato_format_iso(h->dato, dato);
    memset(&p, 0, sizeof(p));
    p.id = id_ud;
    p.sag_id = sag_id;
    p.fase = "erhvervsevnetab";
    p.dato = dato;
    p.input = ind.buf;
    p.resultat = ud.buf;
    p.satser_checksum = r.satser_checksum;
    p.motor_version = "skadesag " SAG_VERSION;
    if ((rc = sag_store_begynd(st, d)) != SAG_OK)
        goto out;
    rc = sag_store_gem_afgoerelse(st, &p, hash, d);
    if (rc == SAG_OK) {
        h->type = SAG_H_ERHVERVSEVNETAB_AFGJORT;
        h->afgoerelse_id = id_ud;
        h->afgoerelse_hash = hash;
        h->har_pct = true;
        h->pct = r.fastsat_pct;
        h->afgoerelsestype = r.afgoerelse;
        rc = sag_store_tilfoej(st, sag_id, h, d);
    }
    if (rc == SAG_OK)
        rc = sag_store_bekraeft(st, d);
    else
        sag_store_fortryd(st);
    if (rc == SAG_OK)
        *pct_ud = r.fastsat_pct;
out:
    sag_buf_release(&ind);
    sag_buf_release(&ud);
    sag_arena_release(&a);
    return rc;
}

static const char *
str(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);

    return json_is_string(v) ? json_string_value(v) : NULL;
}

enum sag_status
sag__sag_import(struct sag_store *s, const char *tekst, size_t len, char id[32],
                struct sag_diag *d)
{
    json_error_t jf;
    json_t *rod = json_loadb(tekst, len, JSON_REJECT_DUPLICATES, &jf), *hs, *as;
    struct sag_arena a;
    enum sag_status st = SAG_OK;

    if (rod == NULL)
        return sag_diag_set(d, SAG_EPARSE, "",
                            "ugyldig JSON (linje %d, kolonne %d)", jf.line,
                            jf.column);
    hs = json_object_get(rod, "haendelser");
    as = json_object_get(rod, "afgoerelser");
    if (str(rod, "format") == NULL ||
        strcmp(str(rod, "format"), "skadesag-sag/1") != 0 ||
        str(rod, "id") == NULL || !json_is_array(hs) ||
        json_array_size(hs) == 0) {
        json_decref(rod);
        return sag_diag_set(d, SAG_EINVAL, "/format",
                            "ikke en eksport fra 'skadesag sag eksport'");
    }
    sag_arena_init(&a, 0);
    (void)snprintf(id, 32, "%s", str(rod, "id"));
    sag_store_tillad_historik(s, true); /* decisions keep their time */
    if ((st = sag_store_begynd(s, d)) != SAG_OK)
        goto out;
    for (size_t i = 0; st == SAG_OK && i < json_array_size(hs); i++) {
        json_t *e = json_array_get(hs, i);
        char *data = json_dumps(json_object_get(e, "data"), JSON_COMPACT);
        struct sag_haendelse h;

        if (data == NULL || str(e, "type") == NULL || str(e, "dato") == NULL ||
            str(e, "bruger") == NULL || str(e, "begrundelse") == NULL) {
            free(data);
            st = sag_diag_set(d, SAG_EINVAL, "/haendelser",
                              "hændelse nr. %zu er ufuldstændig", i + 1);
            break;
        }
        st = sag_haendelse_fra_dele(str(e, "type"), str(e, "dato"),
                                    str(e, "bruger"), str(e, "begrundelse"),
                                    data, strlen(data), &a, &h, d);
        free(data);
        if (st != SAG_OK)
            break;
        /* A decision event is preceded by its record, with the original
         * time so the record's hash still matches the event. */
        if (h.afgoerelse_hash != NULL && json_is_array(as)) {
            for (size_t j = 0; j < json_array_size(as); j++) {
                json_t *x = json_array_get(as, j);
                struct sag_afgoerelse_post p;
                char hash[65];

                if (str(x, "id") == NULL || h.afgoerelse_id == NULL ||
                    strcmp(str(x, "id"), h.afgoerelse_id) != 0)
                    continue;
                memset(&p, 0, sizeof(p));
                p.id = str(x, "id");
                p.sag_id = id;
                p.fase = str(x, "fase");
                p.dato = str(x, "dato");
                p.input = str(x, "input");
                p.resultat = str(x, "resultat");
                p.satser_checksum = str(x, "satser_checksum");
                p.motor_version = str(x, "motor_version");
                p.registreret = str(x, "registreret");
                if (!p.fase || !p.dato || !p.input || !p.resultat ||
                    !p.satser_checksum || !p.motor_version || !p.registreret) {
                    st = sag_diag_set(d, SAG_EINVAL, "/afgoerelser",
                                      "afgørelse %s er ufuldstændig", p.id);
                    break;
                }
                st = sag_store_gem_afgoerelse(s, &p, hash, d);
                if (st == SAG_OK && strcmp(hash, h.afgoerelse_hash) != 0)
                    st = sag_diag_set(d, SAG_ECONFLICT, "/afgoerelser",
                                      "afgørelse %s stemmer ikke med sin "
                                      "hændelse",
                                      p.id);
            }
        }
        if (st != SAG_OK)
            break;
        if (i == 0)
            st = sag_store_opret(s, &h, id, d);
        else
            st = sag_store_tilfoej(s, id, &h, d);
    }
    if (st == SAG_OK)
        st = sag_store_bekraeft(s, d);
    else
        sag_store_fortryd(s);
out:
    sag_store_tillad_historik(s, false);
    sag_arena_release(&a);
    json_decref(rod);
    return st;
}

/*
 * The demo.
 */

struct demo {
    struct sag_store *s;
    struct sag_satser satser;
    const char *bruger;
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
    h.bruger = m->bruger;
    h.begrundelse = "Anmeldelsen er modtaget (demo)";
    h.ny.type = type;
    h.ny.generation = SAG_GENERATION_FOERSTEGANG;
    h.ny.skadedato = D(skade);
    h.ny.anmeldelsesdato = D(anmeldt);
    h.ny.cpr = cpr;
    h.ny.arbejdsgiver_cvr = "12345678";
    h.ny.forsikring = "Demo Forsikring A/S";
    h.ny.team = team;
    h.ny.sagsbehandler = behandler;
    id[0] = '\0';
    return sag_store_opret(m->s, &h, id, m->d);
}

static enum sag_status
ev(struct demo *m, const char *id, enum sag_haendelsestype type,
   const char *dato, const char *hvorfor, struct sag_haendelse *ekstra)
{
    struct sag_haendelse h;

    if (ekstra)
        h = *ekstra;
    else
        memset(&h, 0, sizeof(h));
    h.type = type;
    h.dato = D(dato);
    h.bruger = m->bruger;
    h.begrundelse = hvorfor;
    return sag_store_tilfoej(m->s, id, &h, m->d);
}

static enum sag_status
beslut(struct demo *m, const char *id, enum sag_haendelsestype type,
       const char *dato, const char *afg, int pct)
{
    struct sag_haendelse h;
    char a[SAG_ID_MAX];

    memset(&h, 0, sizeof(h));
    if (snprintf(a, sizeof(a), "%s-%s", id, afg) >= (int)sizeof(a))
        return SAG_EINTERNAL;
    h.afgoerelse_id = a;
    h.har_pct = pct >= 0;
    h.pct = pct;
    return ev(m, id, type, dato, "Afgørelse truffet (demo)", &h);
}

static enum sag_status
tab(struct demo *m, const char *id, const char *dato, const char *input,
    const char *revision)
{
    struct sag_tilstand t;
    struct sag_haendelse h;
    char afg[32];
    int pct;
    enum sag_status st;

    if ((st = sag_store_tilstand(m->s, id, &t, m->d)) != SAG_OK)
        return st;
    memset(&h, 0, sizeof(h));
    h.dato = D(dato);
    h.bruger = m->bruger;
    h.begrundelse = "Afgørelse om erhvervsevnetab (demo)";
    if (revision) {
        h.har_revisionsdato = true;
        h.revisionsdato = D(revision);
    }
    return sag__gem_tab_afgoerelse(m->s, &m->satser, id, &t, &h, input,
                                   strlen(input), afg, &pct, m->d);
}

enum sag_status
sag__sag_demo(struct sag_store *s, const char *data_dir, const char *bruger,
              struct sag_diag *d)
{
    struct demo m;
    char a[SAG_ID_MAX], b[SAG_ID_MAX], c[SAG_ID_MAX], x[SAG_ID_MAX],
        ny[SAG_ID_MAX];
    struct sag_haendelse h;
    enum sag_status st;

    memset(&m, 0, sizeof(m));
    m.s = s;
    m.bruger = bruger;
    m.d = d;
    sag_satser_init(&m.satser);
    if ((st = sag_satser_indlaes_mappe(&m.satser, data_dir, d)) != SAG_OK)
        goto out;

    /* 1. Accident 2024 (before the reform), recognised, mén, final 30 %. */
    if ((st = opret(&m, SAG_SAGSTYPE_ULYKKE, "2024-02-12", "2024-02-20",
                    "120380-9011", "Team Nord", "sb101", a)) != SAG_OK ||
        (st = beslut(&m, a, SAG_H_ANERKENDT, "2024-04-15", "A1", -1)) !=
            SAG_OK ||
        (st = beslut(&m, a, SAG_H_MEN_AFGJORT, "2024-09-02", "M2", 10)) !=
            SAG_OK ||
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
        goto out;

    /* 2. Disease notified 31.12.2019 (old law), before the ESU. */
    if ((st = opret(&m, SAG_SAGSTYPE_ERHVERVSSYGDOM, "2019-06-01", "2019-12-31",
                    "050565-9022", "Team Syd", "sb201", b)) != SAG_OK ||
        (st = ev(&m, b, SAG_H_FORELAGT_ESU, "2020-03-01",
                 "Sygdommen er ikke på fortegnelsen", NULL)) != SAG_OK)
        goto out;

    /* 3. Disease notified 2.1.2020 (new law), waiting for a doctor. */
    if ((st = opret(&m, SAG_SAGSTYPE_ERHVERVSSYGDOM, "2019-10-01", "2020-01-02",
                    "230772-9033", "Team Syd", "sb202", c)) != SAG_OK)
        goto out;
    memset(&h, 0, sizeof(h));
    h.anmodning_id = "L1";
    h.part = "laege";
    if ((st = ev(&m, c, SAG_H_OPLYSNINGER_ANMODET, "2020-02-03",
                 "Speciallægeerklæring mangler", &h)) != SAG_OK)
        goto out;

    /* 4. Accident after the reform: 14-day reply deadline for the insurer. */
    if ((st = opret(&m, SAG_SAGSTYPE_ULYKKE, "2026-09-14", "2026-09-21",
                    "301190-9044", "Team Nord", "sb102", x)) != SAG_OK)
        goto out;
    memset(&h, 0, sizeof(h));
    h.anmodning_id = "F1";
    h.part = "forsikringsselskab";
    if ((st = ev(&m, x, SAG_H_OPLYSNINGER_ANMODET, "2026-11-02",
                 "Lønoplysninger og skadesanmeldelse", &h)) != SAG_OK)
        goto out;

    /* 5. Accident 2023, temporary § 17 a decision, revision date set. */
    if ((st = opret(&m, SAG_SAGSTYPE_ULYKKE, "2023-03-06", "2023-03-10",
                    "110275-9055", "Team Nord", "sb101", x)) != SAG_OK ||
        (st = beslut(&m, x, SAG_H_ANERKENDT, "2023-05-01", "A1", -1)) !=
            SAG_OK ||
        (st = beslut(&m, x, SAG_H_MEN_AFGJORT, "2023-11-01", "M2", 15)) !=
            SAG_OK ||
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
        goto out;

    /* 6. Accident 2022 with an appeal remitted by Ankestyrelsen. */
    if ((st = opret(&m, SAG_SAGSTYPE_ULYKKE, "2022-05-09", "2022-05-16",
                    "020868-9066", "Team Syd", "sb201", x)) != SAG_OK ||
        (st = beslut(&m, x, SAG_H_AFVIST, "2022-08-01", "A1", -1)) != SAG_OK)
        goto out;
    {
        char afg[SAG_ID_MAX], kl[SAG_ID_MAX];
        struct sag_tilstand t;

        if (snprintf(afg, sizeof(afg), "%s-A1", x) >= (int)sizeof(afg) ||
            snprintf(kl, sizeof(kl), "%s-K1", x) >= (int)sizeof(kl)) {
            st = SAG_EINTERNAL;
            goto out;
        }
        memset(&h, 0, sizeof(h));
        h.klage_id = kl;
        h.afgoerelse_id = afg;
        h.part = "repraesentant";
        if ((st = ev(&m, x, SAG_H_KLAGE_MODTAGET, "2022-08-20",
                     "Fagforeningen klager over afvisningen", &h)) != SAG_OK)
            goto out;
        h.udfald = SAG_UDFALD_FASTHOLDT;
        if ((st = ev(&m, x, SAG_H_GENVURDERET, "2022-09-05",
                     "Afgørelsen fastholdes ved genvurdering", &h)) != SAG_OK ||
            (st = ev(&m, x, SAG_H_SENDT_TIL_ANKESTYRELSEN, "2022-09-06",
                     "Klagen videresendt", &h)) != SAG_OK)
            goto out;
        /* The remittal opens a new case in the same transaction. */
        if ((st = sag_store_tilstand(s, x, &t, d)) != SAG_OK ||
            (st = sag_store_begynd(s, d)) != SAG_OK)
            goto out;
        {
            struct sag_haendelse o;

            memset(&o, 0, sizeof(o));
            o.type = SAG_H_OPRETTET;
            o.dato = D("2023-02-14");
            o.bruger = bruger;
            o.begrundelse = "Hjemvist af Ankestyrelsen til fornyet behandling";
            o.ny.type = SAG_SAGSTYPE_ULYKKE;
            o.ny.generation = SAG_GENERATION_HJEMVISNING;
            o.ny.forrige_sag_id = x;
            o.ny.skadedato = t.skadedato;
            o.ny.anmeldelsesdato = t.anmeldelsesdato;
            o.ny.har_modtaget_dato = true;
            o.ny.modtaget_dato = D("2023-02-14");
            o.ny.cpr = t.cpr;
            o.ny.team = t.team;
            o.ny.sagsbehandler = t.sagsbehandler;
            ny[0] = '\0';
            st = sag_store_opret(s, &o, ny, d);
            if (st == SAG_OK) {
                h.udfald = SAG_UDFALD_HJEMVIST;
                h.ny_sag_id = ny;
                st = ev(&m, x, SAG_H_ANKESTYRELSEN_AFGJORT, "2023-02-14",
                        "Ankestyrelsen hjemviser: sagen er ikke tilstrækkeligt "
                        "oplyst",
                        &h);
            }
            if (st == SAG_OK)
                st = sag_store_bekraeft(s, d);
            else
                sag_store_fortryd(s);
            if (st != SAG_OK)
                goto out;
        }
    }

    /* 7. A § 42 request on a closed case opens an andengangssag. */
    {
        struct sag_tilstand t;
        char y[SAG_ID_MAX];

        if ((st = opret(&m, SAG_SAGSTYPE_ULYKKE, "2021-01-11", "2021-01-15",
                        "150958-9077", "Team Nord", "sb102", y)) != SAG_OK ||
            (st = beslut(&m, y, SAG_H_ANERKENDT, "2021-03-01", "A1", -1)) !=
                SAG_OK ||
            (st = beslut(&m, y, SAG_H_MEN_AFGJORT, "2021-06-01", "M2", 8)) !=
                SAG_OK ||
            (st = ev(&m, y, SAG_H_LUKKET, "2021-06-02", "Afsluttet", NULL)) !=
                SAG_OK ||
            (st = sag_store_tilstand(s, y, &t, d)) != SAG_OK ||
            (st = sag_store_begynd(s, d)) != SAG_OK)
            goto out;
        memset(&h, 0, sizeof(h));
        {
            struct sag_haendelse o;

            memset(&o, 0, sizeof(o));
            o.type = SAG_H_OPRETTET;
            o.dato = D("2025-09-01");
            o.bruger = bruger;
            o.begrundelse = "Genoptagelse efter § 42";
            o.ny.type = t.type;
            o.ny.generation = SAG_GENERATION_ANDENGANG;
            o.ny.forrige_sag_id = y;
            o.ny.skadedato = t.skadedato;
            o.ny.anmeldelsesdato = t.anmeldelsesdato;
            o.ny.har_modtaget_dato = true;
            o.ny.modtaget_dato = D("2025-09-01");
            o.ny.cpr = t.cpr;
            o.ny.team = t.team;
            o.ny.sagsbehandler = t.sagsbehandler;
            ny[0] = '\0';
            st = sag_store_opret(s, &o, ny, d);
        }
        if (st == SAG_OK) {
            h.ny_sag_id = ny;
            h.nye_oplysninger = "Ny MR-scanning viser forværring af "
                                "knæskaden";
            st = ev(&m, y, SAG_H_GENOPTAGELSE_ANMODET, "2025-09-01",
                    "Anmodning om genoptagelse", &h);
        }
        if (st == SAG_OK)
            st = sag_store_bekraeft(s, d);
        else
            sag_store_fortryd(s);
        if (st != SAG_OK)
            goto out;
    }

    /* 8. A private case on mén (advisory statement). */
    if ((st = opret(&m, SAG_SAGSTYPE_PRIVAT_MEN, "2025-04-02", "2025-06-10",
                    "280499-9088", "Team Syd", "sb202", x)) != SAG_OK ||
        (st = beslut(&m, x, SAG_H_MEN_AFGJORT, "2026-01-15", "M1", 12)) !=
            SAG_OK)
        goto out;

    /* 9. A veteran case, waiting on the Armed Forces. */
    if ((st = opret(&m, SAG_SAGSTYPE_VETERAN, "2012-07-01", "2026-03-02",
                    "190688-9099", "Team Nord", "sb101", x)) != SAG_OK ||
        (st = ev(&m, x, SAG_H_AFVENTER_EKSTERN, "2026-03-10",
                 "Afventer tjenesteoplysninger fra Forsvaret", NULL)) != SAG_OK)
        goto out;

    /* 10. Old-law accident rejected after the 3-month deadline, closed. */
    if ((st = opret(&m, SAG_SAGSTYPE_ULYKKE, "2019-04-01", "2019-04-08",
                    "071062-9010", "Team Syd", "sb201", x)) != SAG_OK ||
        (st = beslut(&m, x, SAG_H_AFVIST, "2019-09-30", "A1", -1)) != SAG_OK ||
        (st = ev(&m, x, SAG_H_LUKKET, "2019-10-01", "Afsluttet", NULL)) !=
            SAG_OK)
        goto out;
    (void)printf("Demosager oprettet (syntetiske data).\n");
out:
    sag_satser_release(&m.satser);
    return st;
}
