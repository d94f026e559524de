/*
 * Statutory deadlines (frister) and the tasks they give, computed from a
 * case's state. Pure: "today" and the calendar are parameters.
 *
 * Versioned by the case's key date (accident date, or notification date for
 * a disease), like the rules of the engine:
 *   before 1.1.2020      "gl. lov": the 3-month (accidents) and 6-month
 *                        (diseases) deadlines count only for rejections;
 *   1.1.2020–30.6.2024   "ny lov": they count for recognitions too
 *                        (lov nr. 550 af 7/5/2019; reports 000:L554-558);
 *   from 1.7.2024        the § 16 time limits are replaced by targets for
 *                        average processing time (lov nr. 1541 af
 *                        12/12/2023, § 16 rewritten) — no statutory decision
 *                        deadlines; professional parties must answer within
 *                        14 days.
 * In all periods: a decision within 1 year of the notification (§ 16 in the
 * 2003 act; 2 years for diseases put before Erhvervssygdomsudvalget), the
 * 4-week appeal deadline (Digital Post counts as received the next business
 * day; a deadline on a closed day moves to the next business day), the
 * revision date of a temporary decision, and the 5-year limit on reopening.
 */
#ifndef SAG_FRISTER_H
#define SAG_FRISTER_H

#include <stdbool.h>
#include <stddef.h>

#include "skadesag/dato.h"
#include "skadesag/lov.h"
#include "skadesag/sag.h"

enum sag_fristart {
    SAG_FRIST_ANERKENDELSE = 1, /* 3 months (accidents) / 6 (diseases) */
    SAG_FRIST_AFGOERELSE = 2,   /* 1 year; 2 years before the ESU */
    SAG_FRIST_SVAR = 3,         /* a party's reply to an information request */
    SAG_FRIST_KLAGE = 4,        /* a party's 4 weeks to appeal a decision */
    SAG_FRIST_REVISION = 5,     /* revision date of a temporary decision */
    SAG_FRIST_GENOPTAGELSE = 6  /* 5-year limit on reopening */
};

enum sag_friststatus {
    SAG_FRISTSTATUS_AABEN = 1,       /* running, not yet due */
    SAG_FRISTSTATUS_OPFYLDT = 2,     /* met */
    SAG_FRISTSTATUS_OVERSKREDET = 3, /* done, but after the deadline */
    SAG_FRISTSTATUS_OVERSKRIDES = 4, /* not done and past due */
    SAG_FRISTSTATUS_BETINGET = 5,    /* old law: counts only if rejected */
    SAG_FRISTSTATUS_BORTFALDET = 6   /* does not apply (anymore) */
};

/* The rule-set boundaries of the case handling rules (key dates) are
 * SAG_LOV_DATO_2020 (lov nr. 550 af 7/5/2019) and SAG_LOV_DATO_REFORM_2024
 * (lov nr. 1541 af 12/12/2023) in skadesag/lov.h; the deadlines' lengths
 * are named there too (SAG_LOV_KLAGEFRIST_DAGE and the others). */

/* Which rule set a case's deadlines follow. */
enum sag_fristregime {
    SAG_FRISTREGIME_GL_LOV = 1, /* key date before 1.1.2020 */
    SAG_FRISTREGIME_NY_LOV = 2, /* 1.1.2020 – 30.6.2024 */
    SAG_FRISTREGIME_REFORM = 3  /* from 1.7.2024 */
};

struct sag_frist {
    enum sag_fristart art;
    const char *navn;    /* Danish, e.g. "3 måneders frist (anerkendelse)" */
    const char *hjemmel; /* citation */
    struct sag_dato start, forfald;
    enum sag_friststatus status;
    bool har_opfyldt;
    struct sag_dato opfyldt; /* when it was met (or done late) */
    bool for_aes;            /* AES's own deadline (else a party's) */
    char ref[SAG_ID_MAX];    /* request or decision id, "" if none */
};

#define SAG_MAKS_FRISTER 64

enum sag_fristregime sag_fristregime(const struct sag_tilstand *t);
const char *sag_fristregime_navn(enum sag_fristregime r);
const char *sag_friststatus_navn(enum sag_friststatus s);

/* All deadlines of a case on `idag`, in a fixed order. Returns how many were
 * written (at most `max`). */
size_t sag_frister(const struct sag_tilstand *t, const struct sag_kalender *k,
                   struct sag_dato idag, struct sag_frist *ud, size_t max);

/* The 4-week appeal deadline for a decision sent by Digital Post on
 * `sendt`: received the next business day, + 4 weeks, moved off a closed
 * day. */
struct sag_dato sag_klagefrist(struct sag_dato sendt,
                               const struct sag_kalender *k);

/* Where the 5-year limit on reopening (ASL § 42) starts: "Fristen på 5 år
 * løber fra datoen for den første egentlige afgørelse om spørgsmålene om
 * godtgørelse og erstatning" (Ankestyrelsen, SAG_KILDE_AST_GENOPTAGELSE;
 * docs/rules_map.md Q-15): the earliest decision on mén or loss of earning
 * capacity; in a case with neither, the earliest decision (recognition,
 * whose 5 years under § 41 also run "fra datoen for den første
 * afgørelse"). Only for a case with at least one decision. */
struct sag_dato sag_genoptagelse_start(const struct sag_tilstand *t);

/* The default reply deadline for a request to `part` sent on `sendt`:
 * 14 days for professional parties in cases from 1.7.2024 (lov nr. 1541 af
 * 12/12/2023), otherwise 4 weeks (AES practice, reports 000:L266-270);
 * moved off a closed day. Professional parties: forsikringsselskab,
 * arbejdsgiver, kommune, laege, sygehus, region. */
struct sag_dato sag_svarfrist_standard(const struct sag_tilstand *t,
                                       const char *part, struct sag_dato sendt,
                                       const struct sag_kalender *k);

/* The worklist's text of a reply awaited from `part`, naming the party
 * (issue 10, item 7): "Afventer svar fra lægen; ryk ved fristens udløb". */
void sag_svar_opgavetekst(const char *part, char *ud, size_t n);

/* The worklist's text of a wait on an external party (audit of issue 12,
 * point 6): "Afventer lægen"; "Afventer en ekstern part" when the wait
 * names none. */
void sag_venter_opgavetekst(const char *part, char *ud, size_t n);

/* Tasks for the worklist. */
enum sag_opgaveart {
    SAG_OPGAVE_AFGOER = 1,          /* decide before a statutory deadline */
    SAG_OPGAVE_ORIENTER_PARTER = 2, /* a deadline will be missed: tell them */
    SAG_OPGAVE_SVAR = 3,            /* waiting for a reply (due date) */
    SAG_OPGAVE_AFVENTER = 4,        /* waiting on an external party */
    SAG_OPGAVE_REVISION = 5,
    SAG_OPGAVE_GENVURDER_KLAGE = 6,
    SAG_OPGAVE_SEND_TIL_AST = 7,
    SAG_OPGAVE_SERVICEMAAL = 8, /* no statutory deadline: the target */
    SAG_OPGAVE_PAALAEG = 9      /* follow Ankestyrelsen's instruction */
};

struct sag_opgave {
    enum sag_opgaveart art;
    struct sag_dato forfald;
    bool venter_paa_andre;
    const char *tekst; /* static Danish text; for an instruction, its text
                          in the state (lives as long as the state) */
    char ref[SAG_ID_MAX];
};

#define SAG_MAKS_OPGAVER 64

/* Where no statutory decision deadline applies (second-time cases,
 * remittals, private and veteran cases, and every case from the 2024
 * reform), the case still needs a due date on the worklist: the political
 * targets for 2027 — 7 months for all cases, 20 months for cases with loss
 * of earning capacity (reports 001:L23-25) — counted from receipt. */
#define SAG_SERVICEMAAL_MDR 7
#define SAG_SERVICEMAAL_TAB_MDR 20

/* How many days before a statutory deadline the "orienter parterne" task
 * becomes due when the deadline is still open. */
#define SAG_ORIENTER_DAGE_FOER 14

const char *sag_opgaveart_navn(enum sag_opgaveart a);

/* The case's open tasks (none for a closed case without open appeals).
 * Independent of "today": each task carries its due date. */
size_t sag_opgaver(const struct sag_tilstand *t, const struct sag_kalender *k,
                   struct sag_opgave *ud, size_t max);

#endif /* SAG_FRISTER_H */
