/*
 * The board's figures for a "sund sagsportefølje" (AES reports 000 and 001;
 * ../shared/spec/rules/system_requirements_from_reports.md B3-B6), computed
 * from the facts the store keeps per case (fakta.h), for any period and as
 * of any date. Pure: the caller loads the facts (sag_store_portefolje) and
 * renders the result (portefolje_gengiv.h).
 *
 * Definitions (docs/portefolje.md; open points in docs/rules_map.md):
 *  - a case is pending from its creation until its first closing; intake is
 *    creations, closings are first closings, so per month
 *    intake - closings = change in pending;
 *  - processing time is counted at the first closing, from the clock start
 *    (fakta.h) to the closing, averaged per case group, in months of
 *    365,25/12 days;
 *  - a statutory deadline is counted when its outcome is known: met when it
 *    is done on or before the due date, missed when the due date passes
 *    undone (old law's conditional 3/6-month deadline: when the rejection
 *    is made);
 *  - appeals are counted by the year AES made the appealed decision.
 * Nothing dated after the as-of date is seen.
 */
#ifndef SAG_PORTEFOLJE_H
#define SAG_PORTEFOLJE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "skadesag/arena.h"
#include "skadesag/dato.h"
#include "skadesag/fakta.h"
#include "skadesag/frister.h"
#include "skadesag/sag.h"
#include "skadesag/status.h"

/* ---- facts as loaded ---- */

struct sag_pf_sag {
    enum sag_gruppe gruppe;
    enum sag_sagstype type;
    enum sag_fristregime regime;
    struct sag_dato start, oprettet;
    bool har_afsluttet;
    struct sag_dato afsluttet;
    /* The case's team, for the board figures per team
     * (sag_tj_portefolje_teams); NULL if the case has none. The names are
     * interned: every fact of one team points to the same string (the
     * store does so; hand-built facts must too), and a team's facts are
     * found by that pointer. The deadlines, decisions and appeals below
     * carry their case's team the same way. */
    const char *team;
    /* The case's number (sager.id), for the cases behind a figure
     * (sag_portefolje_sager); the store's arena owns it. */
    const char *sag_id;
};

enum sag_pf_fristart {
    SAG_PF_FRIST_ANERKENDELSE = 1,  /* 3 months accidents, 6 diseases */
    SAG_PF_FRIST_AFGOERELSE = 2,    /* 1 year */
    SAG_PF_FRIST_AFGOERELSE_ESU = 3 /* 2 years */
};

struct sag_pf_frist {
    enum sag_pf_fristart art;
    enum sag_sagstype type;
    enum sag_fristregime regime;
    struct sag_dato forfald;
    bool har_afgjort;
    struct sag_dato afgjort;
    bool taeller;
    const char *team, *sag_id; /* the case's, as for sag_pf_sag */
};

struct sag_pf_afgoerelse {
    enum sag_gruppe gruppe;
    enum sag_sagstype type;
    enum sag_fase fase;
    struct sag_dato dato;
    const char *team, *sag_id; /* the case's, as for sag_pf_sag */
};

struct sag_pf_klage {
    enum sag_gruppe gruppe;
    struct sag_dato afgoerelse_dato; /* the appealed decision's date */
    struct sag_dato modtaget;
    enum sag_klagestatus status;
    enum sag_udfald udfald;
    bool har_afgjort;
    struct sag_dato afgjort;
    const char *team, *sag_id; /* the case's, as for sag_pf_sag */
};

struct sag_pf_data {
    struct sag_pf_sag *sager;
    size_t antal_sager;
    struct sag_pf_frist *frister;
    size_t antal_frister;
    struct sag_pf_afgoerelse *afgoerelser;
    size_t antal_afgoerelser;
    struct sag_pf_klage *klager;
    size_t antal_klager;
};

/* ---- the figures ---- */

#define SAG_PF_MAKS_MAANEDER 240
#define SAG_PF_MAKS_AAR 40
#define SAG_PF_ALDERSGRUPPER 6

/* Processing time of the cases closed in the period, per group; index 0 is
 * "A-sager samlet" (accidents and diseases), 1..7 the groups (fakta.h),
 * 8 all cases. */
#define SAG_PF_RAEKKE_A_SAGER 0
#define SAG_PF_RAEKKE_ALLE (SAG_ANTAL_GRUPPER + 1)
struct sag_pf_behandlingstid {
    long antal;
    int64_t sum_dage;
};

struct sag_pf_maaned {
    int aar, maaned;
    long tilgang, afsluttet;
    long verserende;                    /* at the end of the month */
    long verserende_foerstegang;        /* first-time work-injury cases */
    int64_t alder_foerstegang_sum_dage; /* their age in days, summed */
    long over_2_aar;                    /* pending cases older than 2 years */
};

/* Compliance with one statutory deadline under one rule set. */
struct sag_pf_frist_linje {
    enum sag_pf_fristart art;
    enum sag_sagstype type; /* accident or disease (0: both) */
    enum sag_fristregime regime;
    long opfyldt, i_alt;
};
#define SAG_PF_FRISTLINJER 8

struct sag_pf_klage_aar {
    int aar; /* the year AES made the appealed decisions */
    long afgoerelser, klager;
    long stadfaestet, aendret, hjemvist, afvist; /* Ankestyrelsen */
    long aendret_ved_genvurdering;               /* AES changed it itself */
    long verserende; /* not yet decided as of the date */
};

struct sag_pf_rapport {
    struct sag_dato fra, til, pr;
    struct sag_pf_behandlingstid tid[SAG_ANTAL_GRUPPER + 2];
    struct sag_pf_maaned maaneder[SAG_PF_MAKS_MAANEDER];
    size_t antal_maaneder;
    /* Pending cases on the as-of date by age: < 3, 3-6, 6-12, 12-24,
     * 24-36 and 36+ months (from the clock start). */
    long alder[SAG_PF_ALDERSGRUPPER];
    long verserende;
    long verserende_foerstegang;
    int64_t alder_foerstegang_sum_dage;
    long over_2_aar;
    long tilgang, afsluttet; /* in the period */
    struct sag_pf_frist_linje frister[SAG_PF_FRISTLINJER];
    size_t antal_fristlinjer;
    struct sag_pf_klage_aar klager[SAG_PF_MAKS_AAR];
    size_t antal_klageaar;
    /* Decisions made in the period, per phase (index: enum sag_fase; 0: a
     * decision of no known phase). */
    long afgoerelser_fase[4];
    /* When the figures were computed (Unix seconds), when they came from a
     * server's report cache (sag_tj_rapportcache_ny); 0: just now. */
    long long opgjort;
};

/* Payments per month and payer: the monthly run's orders of the runs not
 * reversed (udbetaling.h, docs/udbetaling.md), for the board report. */
#define SAG_PF_MAKS_UDBETALINGER 1024
struct sag_pf_udbetaling_linje {
    int aar, maaned;
    bool aes; /* AES pays (occupational disease) or an insurer (accident) */
    char betaler[64];
    long antal;
    int64_t sum_oere;    /* gross */
    int64_t a_skat_oere; /* A-skat withheld (AES's taxable payments) */
};
struct sag_pf_udbetalinger {
    struct sag_pf_udbetaling_linje linjer[SAG_PF_MAKS_UDBETALINGER];
    size_t antal;
};

/* Quality review (reports 000:L484-492): a reproducible 2 % sample of the
 * decisions of a period, each reviewed as materially correct or not. Line 0
 * is the total; then one per case type (sag.h). */
#define SAG_PF_KVALITET_MAAL_PROMILLE 950
struct sag_pf_kvalitet_linje {
    long udtrukket, vurderet, korrekt;
};
struct sag_pf_kvalitet {
    struct sag_dato fra, til;
    long afgoerelser; /* decisions in the period the sample was drawn from */
    struct sag_pf_kvalitet_linje linjer[6];
};

/* The board's prognosis for a year beside what was realised: average
 * processing time per group (a range in tenths of a month) and, if given,
 * the production target (closed cases). Group 0 is "A-sager samlet". */
struct sag_pf_prognose_linje {
    int gruppe;    /* 0 = A-sager samlet, else enum sag_gruppe */
    long fra, til; /* the prognosis, tenths of a month */
    const char *kilde;
};
#define SAG_PF_MAKS_PROGNOSER 16
struct sag_pf_prognose {
    int aar;
    struct sag_pf_prognose_linje linjer[SAG_PF_MAKS_PROGNOSER];
    size_t antal;
    bool har_produktionsmaal;
    long produktionsmaal;
    const char *produktionskilde;
    /* Realised in that calendar year (from its own report). */
    struct sag_pf_behandlingstid tid[SAG_ANTAL_GRUPPER + 2];
    long afsluttet;
};

/* Fill a prognosis' realised figures from the report of its year. */
void sag_pf_prognose_realiseret(struct sag_pf_prognose *p,
                                const struct sag_pf_rapport *aaret);

/* Compute the figures for the period [fra, til] as of `pr` (pr >= til is
 * usual; an earlier pr shows what was known then). SAG_EINVAL if the
 * period is empty or longer than SAG_PF_MAKS_MAANEDER months. */
enum sag_status sag_portefolje_beregn(const struct sag_pf_data *data,
                                      struct sag_dato fra, struct sag_dato til,
                                      struct sag_dato pr,
                                      struct sag_pf_rapport *ud,
                                      struct sag_diag *diag);

/* As sag_portefolje_beregn, counting only the facts of `team` (compared
 * by name; NULL: every fact, those of no team included). */
enum sag_status
sag_portefolje_beregn_team(const struct sag_pf_data *data, const char *team,
                           struct sag_dato fra, struct sag_dato til,
                           struct sag_dato pr, struct sag_pf_rapport *ud,
                           struct sag_diag *diag);

/* The same for each of `n` teams at once (names, none NULL; n at most
 * SAG_PF_MAKS_TEAMS), into r[0..n), in one pass over the facts: r[j] as
 * sag_portefolje_beregn_team gives for teams[j]. */
#define SAG_PF_MAKS_TEAMS 64
enum sag_status sag_portefolje_beregn_teams(
    const struct sag_pf_data *data, const char *const *teams, size_t n,
    struct sag_dato fra, struct sag_dato til, struct sag_dato pr,
    struct sag_pf_rapport *r, struct sag_diag *diag);

/* ---- the facts behind a figure ---- */

/* Every figure of the report that counts facts. `i` says which one:
 *  - TILGANG, AFSLUTTET: 0 the period, else month i (1 = the first);
 *  - VERSERENDE, OVER_2_AAR: 0 on the as-of date, else at the end of
 *    month i;
 *  - ALDER: the age band (0..5); BEHANDLINGSTID: the row of `tid`
 *    (the cases closed in the period in that group);
 *  - FRIST_OPFYLDT, FRIST_I_ALT: the deadline line (0..7);
 *  - AFGOERELSER_FASE: the phase (enum sag_fase; 0 none known), in the
 *    period;
 *  - AFGOERELSER_AAR and the appeal figures: the year of AES's decision. */
enum sag_pf_tal_art {
    SAG_PF_TAL_TILGANG = 1,
    SAG_PF_TAL_AFSLUTTET,
    SAG_PF_TAL_VERSERENDE,
    SAG_PF_TAL_OVER_2_AAR,
    SAG_PF_TAL_ALDER,
    SAG_PF_TAL_BEHANDLINGSTID,
    SAG_PF_TAL_FRIST_OPFYLDT,
    SAG_PF_TAL_FRIST_I_ALT,
    SAG_PF_TAL_AFGOERELSER_FASE,
    SAG_PF_TAL_AFGOERELSER_AAR,
    SAG_PF_TAL_KLAGER,
    SAG_PF_TAL_STADFAESTET,
    SAG_PF_TAL_AENDRET,
    SAG_PF_TAL_HJEMVIST,
    SAG_PF_TAL_AFVIST,
    SAG_PF_TAL_AENDRET_AES,
    SAG_PF_TAL_KLAGE_VERSERER
};
#define SAG_PF_TAL_ANTAL_ARTER 17

struct sag_pf_tal {
    enum sag_pf_tal_art art;
    int i;
};

/* A figure's key as text ("tilgang.0", "frist-i-alt.3", "stadfaestet.2024":
 * the URL's tal=) and back. sag_pf_tal_laes: SAG_EINVAL for an unknown
 * key. The key holds no personal data. */
void sag_pf_tal_navn(const struct sag_pf_tal *t, char *ud, size_t n);
enum sag_status sag_pf_tal_laes(const char *s, struct sag_pf_tal *ud);

/* The figure's value in `r`; -1 if `r` has no such figure (a month or
 * year outside the period, a line that does not exist). */
long sag_pf_tal_vaerdi(const struct sag_pf_rapport *r,
                       const struct sag_pf_tal *t);

/* Every fact behind the figure `t` of the report sag_portefolje_beregn_team
 * computes from the same arguments, in the facts' order: `cb` gets the
 * fact's case number and its date (the case's creation, closing or start
 * of the clock; the deadline's due date; the decision's date; the appeal's
 * receipt). The count and the list use one predicate per figure, so the
 * number of calls equals sag_pf_tal_vaerdi of that report. A non-zero
 * return from `cb` stops. SAG_EINVAL as sag_portefolje_beregn, or for a
 * figure the report has not. Pure; thread-safe on shared `data`. */
enum sag_status sag_portefolje_sager(
    const struct sag_pf_data *data, const char *team, struct sag_dato fra,
    struct sag_dato til, struct sag_dato pr, const struct sag_pf_tal *t,
    int (*cb)(void *ctx, const char *sag_id, struct sag_dato dato), void *ctx,
    struct sag_diag *diag);

/* Average in tenths of a month (365,25/12 days), rounded half up; -1 when
 * there is nothing to average. */
long sag_pf_maaneder_tiendedele(int64_t sum_dage, long antal);

/* a/b in tenths of a percent, rounded half up; -1 when b is 0. */
long sag_pf_promille(long a, long b);

/* Ankestyrelsen's confirmation rate in tenths of a percent: confirmed of
 * confirmed, changed and (with `med_hjemviste`) remitted; dismissals are in
 * neither. -1 when there is nothing to count. */
long sag_pf_stadfaestelse(const struct sag_pf_klage_aar *k, bool med_hjemviste);

/* The label of an age band and of a deadline line (Danish). */
const char *sag_pf_aldersgruppe_tekst(size_t i);
/* The deadline line at place i of the report's (its counts zero). */
void sag_pf_fristlinje_nr(size_t i, struct sag_pf_frist_linje *ud);
void sag_pf_fristlinje_tekst(const struct sag_pf_frist_linje *l, char *ud,
                             size_t n);

#endif /* SAG_PORTEFOLJE_H */
