/*
 * The case (sag): its data, its history as events, the state derived from
 * them, and the rules for which event may follow which.
 *
 * Everything here is pure: the current state is a fold of the events
 * (sag_tilstand_anvend), so the same history always gives the same state,
 * and an impossible transition is refused with a reason before anything is
 * stored. Storage (src/store) appends events and keeps projections of the
 * state in the same transaction; deadlines are in frister.h.
 *
 * Implemented in src/sag: sag.c (the state machine, names, CPR) and
 * gruppe.c (the case group, sag_gruppe*). The group is apart from the state
 * machine because the deadline rules use it and the state machine uses the
 * deadline rules.
 */
#ifndef SAG_SAG_H
#define SAG_SAG_H

#include <stdbool.h>
#include <stddef.h>

#include "skadesag/beregning.h"
#include "skadesag/dato.h"
#include "skadesag/status.h"

#define SAG_ID_MAX 32
#define SAG_CPR_LEN 11 /* "DDMMÅÅ-NNNN" */

/* Case types (the reports' sagstyper, requirements B2). */
enum sag_sagstype {
    SAG_SAGSTYPE_ULYKKE = 1,
    SAG_SAGSTYPE_ERHVERVSSYGDOM = 2,
    SAG_SAGSTYPE_PRIVAT_MEN = 3, /* P-sag, vejledende udtalelse */
    SAG_SAGSTYPE_PRIVAT_ERHVERVSEVNETAB = 4,
    SAG_SAGSTYPE_VETERAN = 5
};

/* Case generations: first-time, second-time (revision, reopening), and a
 * case remitted by Ankestyrelsen. */
enum sag_generation {
    SAG_GENERATION_FOERSTEGANG = 1,
    SAG_GENERATION_ANDENGANG = 2,
    SAG_GENERATION_HJEMVISNING = 3
};

/* Case groups, as the AES reports' tables of processing times count them
 * (reports 000:L348-365, 001:L187-209): first-time work-injury cases
 * without and with loss of earning capacity, second-time cases (revision and
 * reopening), remittals, private cases on mén and on loss of earning
 * capacity; veteran cases are reported apart (000:L425-431). A case's group
 * follows from its state (sag_gruppe). */
enum sag_gruppe {
    SAG_GRUPPE_FOERSTEGANG_UDEN_TAB = 1,
    SAG_GRUPPE_FOERSTEGANG_MED_TAB = 2,
    SAG_GRUPPE_ANDENGANG = 3,
    SAG_GRUPPE_HJEMVISNING = 4,
    SAG_GRUPPE_PRIVAT_MEN = 5,
    SAG_GRUPPE_PRIVAT_TAB = 6,
    SAG_GRUPPE_VETERAN = 7
};
#define SAG_ANTAL_GRUPPER 7

enum sag_sagsstatus { SAG_STATUS_AABEN = 1, SAG_STATUS_LUKKET = 2 };

/* The three phases, each decided separately (requirements C2.1). */
enum sag_fase {
    SAG_FASE_ANERKENDELSE = 1,
    SAG_FASE_MEN = 2,
    SAG_FASE_ERHVERVSEVNETAB = 3
};

enum sag_fasestatus {
    SAG_FASE_UAFGJORT = 0,
    SAG_FASE_ANERKENDT = 1,   /* anerkendelse */
    SAG_FASE_AFVIST = 2,      /* anerkendelse */
    SAG_FASE_AFGJORT = 3,     /* mén, erhvervsevnetab (endelig) */
    SAG_FASE_MIDLERTIDIG = 4, /* erhvervsevnetab, midlertidig */
    SAG_FASE_IKKE_RELEVANT = 5
};

enum sag_haendelsestype {
    SAG_H_OPRETTET = 1,
    SAG_H_OPLYSNINGER_ANMODET = 2, /* request to a party, with a deadline */
    SAG_H_OPLYSNINGER_MODTAGET = 3,
    SAG_H_AFVENTER_EKSTERN = 4, /* waiting on an external party */
    SAG_H_AFVENTER_OPHOERT = 5,
    SAG_H_FORELAGT_ESU = 6, /* Erhvervssygdomsudvalget */
    SAG_H_ANERKENDT = 7,
    SAG_H_AFVIST = 8,
    SAG_H_MEN_AFGJORT = 9,
    SAG_H_ERHVERVSEVNETAB_AFGJORT = 10,
    SAG_H_REVISION_PLANLAGT = 11,
    SAG_H_REVISION_PAABEGYNDT = 12,  /* opens an andengangssag */
    SAG_H_GENOPTAGELSE_ANMODET = 13, /* § 42; opens an andengangssag */
    SAG_H_KLAGE_MODTAGET = 14,
    SAG_H_GENVURDERET = 15,
    SAG_H_SENDT_TIL_ANKESTYRELSEN = 16,
    SAG_H_ANKESTYRELSEN_AFGJORT = 17, /* per decision point */
    SAG_H_PARTER_ORIENTERET = 18,     /* about a deadline that is missed */
    SAG_H_LUKKET = 19,
    SAG_H_BREV_DANNET = 20,      /* a letter was produced (docs/breve.md) */
    SAG_H_KLAGE_TILSLUTTET = 21, /* another party joins an appeal */
    SAG_H_NOTAT = 22,            /* a caseworker's note (the reason is it) */
    SAG_H_DOKUMENT = 23,         /* a document received or sent */
    SAG_H_PART_TILFOEJET = 24,   /* a party to the case */
    /* The case (re)assigned to a caseworker in its team (issue 12: a team
     * leader's bulk assignment); the new caseworker in ny.sagsbehandler. */
    SAG_H_SAGSBEHANDLER_TILDELT = 25,
    /* The injured person died: the date is the day of death, the reason
     * its source; running awards cease (guidance 2.16, Q-62). */
    SAG_H_DOEDSFALD = 26,
    SAG_H_ANTAL = 27
};

/* Outcome of a genvurdering or of Ankestyrelsen's review. */
enum sag_udfald {
    SAG_UDFALD_INGEN = 0,
    SAG_UDFALD_FASTHOLDT = 1,     /* genvurdering: AES keeps its decision */
    SAG_UDFALD_AENDRET = 2,       /* genvurdering or AST: changed */
    SAG_UDFALD_STADFAESTET = 3,   /* AST: confirmed (tiltrådt) */
    SAG_UDFALD_HJEMVIST = 4,      /* AST: remitted → new hjemvisning case */
    SAG_UDFALD_AFVIST = 5,        /* AST: appeal rejected (e.g. too late) */
    SAG_UDFALD_IKKE_BEHANDLET = 6 /* AST: the point was not reviewed */
};

/* The decision points (afgørelsespunkter): what Ankestyrelsen decides on,
 * one outcome each (source 004: the loss confirmed, the årsløn not
 * reviewed). A decision has the points of its phase: recognition; mén; a
 * loss decision both the loss and the årsløn it is computed from. */
enum sag_punkt {
    SAG_PUNKT_ANERKENDELSE = 1,
    SAG_PUNKT_MEN = 2,
    SAG_PUNKT_ERHVERVSEVNETAB = 3,
    SAG_PUNKT_AARSLOEN = 4
};
#define SAG_PUNKT_ANTAL 5

/* Who did something and in which role (for access and audit). */
struct sag_hvem {
    const char *bruger; /* user id, never a CPR number */
    const char *rolle;  /* "sagsbehandler", "jurist", "teamleder", … */
};

/* Data of a new case (the SAG_H_OPRETTET event). */
struct sag_ny {
    enum sag_sagstype type;
    enum sag_generation generation;
    const char *forrige_sag_id; /* andengang / hjemvisning: the earlier case */
    bool anerkendelse_staar;    /* hjemvisning: the recognition was not remitted
                                and stands (inherited) */
    struct sag_dato skadedato;
    struct sag_dato anmeldelsesdato; /* notification received */
    /* Given by the caller (a new case requires both; the application
     * layer refuses a case without them rather than date it 1.1.1970). */
    bool har_skadedato, har_anmeldelsesdato;
    bool har_modtaget_dato;
    struct sag_dato modtaget_dato; /* received by AES (accidents: forwarded) */
    const char *cpr;               /* the injured person, validated */
    const char *arbejdsgiver_cvr;
    const char *forsikring;
    const char *repraesentant;
    const char *team;
    const char *sagsbehandler;
};

/* One event. Payload fields are used by the types that need them; every
 * event has a date, who and why. Strings are borrowed. */
struct sag_haendelse {
    enum sag_haendelsestype type;
    struct sag_dato dato;    /* the date the event takes effect */
    const char *bruger;      /* who */
    const char *begrundelse; /* why */
    const char *registreret; /* NULL: the store clock; a given time only in
                                history mode (sag_store_tillad_historik) */

    struct sag_ny ny; /* SAG_H_OPRETTET */
    const char *part; /* party: "laege", "forsikringsselskab", … */
    bool har_svarfrist;
    struct sag_dato svarfrist;
    const char *anmodning_id; /* request being answered */
    bool har_pct;
    int pct; /* mén or erhvervsevnetab percent */
    const char *afgoerelse_id;
    const char *afgoerelse_hash; /* SHA-256 of the stored decision record */
    enum sag_afgoerelsestype afgoerelsestype;
    bool har_revisionsdato;
    struct sag_dato revisionsdato;
    const char *klage_id;
    enum sag_fase fase; /* decision point of an appeal / AST outcome */
    enum sag_udfald udfald;
    const char *ny_sag_id;       /* a case this event opened */
    const char *nye_oplysninger; /* § 42 request: the new information */
    bool saerlige_grunde;        /* § 42 request past 5 years */
    const char *frist;           /* SAG_H_PARTER_ORIENTERET: which deadline */
    /* SAG_H_BREV_DANNET: the letter's id ("…-B1"), its kind and the SHA-256
     * of its PDF; afgoerelse_id names the decision it tells of, if any. */
    const char *brev_id, *brevtype, *brev_hash;
    enum sag_punkt punkt; /* AST outcome: the decision point */
    const char *paalaeg;  /* AST outcome: an instruction to AES */
    bool har_paalaeg_frist;
    struct sag_dato paalaeg_frist; /* … its due date (default: the outcome) */
    bool har_fra;
    struct sag_dato fra; /* a loss decision: awarded from (the engine's) */
    bool har_til;
    struct sag_dato til; /* a loss decision for a period: its last day */
    /* SAG_H_DOKUMENT: the stored document (SHA-256, hex), its title, type
     * and direction ("modtaget", "sendt"); `part` and `anmodning_id` (a
     * reply to that request, which it answers). */
    const char *dokument, *titel, *mime, *retning;
    /* SAG_H_PART_TILFOEJET: the party's role in `part` (tilskadekomne,
     * arbejdsgiver, forsikringsselskab, repraesentant, kommune, laege),
     * name, CVR or CPR number, address, contact; a representative's power
     * of attorney; Digital Post or not. */
    const char *navn, *cvr, *part_cpr, *adresse, *kontakt;
    bool fuldmagt, digital_post;
};

#define SAG_MAKS_AFGOERELSER 32
/* Issue 16, item 8: 24 appeals filed at once on one case must all land. */
#define SAG_MAKS_KLAGER 32
#define SAG_MAKS_ANMODNINGER 32
#define SAG_MAKS_KLAGEPARTER 4
#define SAG_MAKS_PAALAEG 8
#define SAG_MAKS_DOKUMENTER 64
#define SAG_MAKS_PARTER 16

/* A party to the case (issue 10, item 1). Personal data: the CPR number
 * is masked like the injured person's for roles that may not see it. */
struct sag_part {
    char rolle[24];
    char navn[64];
    char cvr[9];
    char cpr[SAG_CPR_LEN + 1];
    char adresse[96];
    char kontakt[64];
    bool fuldmagt, digital_post;
};

/* A document on the case's journal. */
struct sag_dokument_ref {
    char sha256[65];
    char titel[64];
    char retning[12];
    char part[32];
    struct sag_dato dato;
};

struct sag_afgoerelse_ref {
    char id[SAG_ID_MAX];
    enum sag_fase fase;
    struct sag_dato dato;
    enum sag_afgoerelsestype type;
    int pct;
    bool har_fra; /* erhvervsevnetab: awarded from */
    struct sag_dato fra;
    bool har_til; /* erhvervsevnetab for a period ending on `til` */
    struct sag_dato til;
};

enum sag_klagestatus {
    SAG_KLAGE_MODTAGET = 1,
    SAG_KLAGE_FASTHOLDT = 2, /* genvurderet, kept: to be sent to AST */
    SAG_KLAGE_AENDRET = 3,   /* genvurderet, AES changed its decision */
    SAG_KLAGE_SENDT_AST = 4,
    SAG_KLAGE_AFGJORT = 5
};

struct sag_klage {
    char id[SAG_ID_MAX];
    char afgoerelse_id[SAG_ID_MAX];
    enum sag_fase fase;
    struct sag_dato modtaget;
    bool rettidig; /* within the 4-week appeal deadline */
    enum sag_klagestatus status;
    enum sag_udfald udfald; /* of the appeal's main point */
    struct sag_dato afgjort;
    struct sag_dato genvurderet; /* the reassessment (kept or changed) */
    /* Who appealed: the first party and those who joined. */
    char parter[SAG_MAKS_KLAGEPARTER][32];
    size_t antal_parter;
    /* Ankestyrelsen's outcome per decision point (SAG_UDFALD_INGEN: not
     * decided yet). */
    enum sag_udfald punkt_udfald[SAG_PUNKT_ANTAL];
};

/* An instruction from Ankestyrelsen to AES (source 004: "Arbejdsmarkedets
 * Erhvervssikring skal tage stilling til …"): a task until a decision on
 * its phase is made. */
struct sag_paalaeg {
    char klage_id[SAG_ID_MAX];
    enum sag_fase fase;
    struct sag_dato dato, frist;
    char tekst[160];
    bool opfyldt;
    char opfyldt_af[SAG_ID_MAX]; /* the decision that followed it */
};

struct sag_anmodning {
    char id[SAG_ID_MAX];
    char part[32];
    struct sag_dato sendt, svarfrist;
    bool besvaret;
    char opgavetekst[96]; /* the worklist's line, naming the party */
};

/* The state of a case, derived from its events. */
struct sag_tilstand {
    char id[SAG_ID_MAX];
    enum sag_sagstype type;
    enum sag_generation generation;
    char forrige_sag_id[SAG_ID_MAX];
    enum sag_sagsstatus status;
    struct sag_dato skadedato, anmeldelsesdato, modtaget_dato, oprettet, lukket;
    char cpr[SAG_CPR_LEN + 1];
    char team[32];
    char sagsbehandler[32];
    char forsikring[64]; /* the employer's insurer, "" if none */
    enum sag_fasestatus anerkendelse, men, erhvervsevnetab;
    struct sag_dato anerkendelse_dato, men_dato, erhvervsevnetab_dato;
    int men_pct, erhvervsevnetab_pct;
    bool esu_forelagt;
    bool venter_ekstern; /* an open "afventer" */
    struct sag_dato venter_siden;
    char venter_part[32];  /* whom ("laege"; "" for none named) */
    char venter_tekst[64]; /* the worklist's line: "Afventer lægen" */
    bool har_revisionsdato;
    struct sag_dato revisionsdato;
    struct sag_afgoerelse_ref afgoerelser[SAG_MAKS_AFGOERELSER];
    size_t antal_afgoerelser;
    struct sag_klage klager[SAG_MAKS_KLAGER];
    size_t antal_klager;
    struct sag_anmodning anmodninger[SAG_MAKS_ANMODNINGER];
    size_t antal_anmodninger;
    struct sag_paalaeg paalaeg[SAG_MAKS_PAALAEG];
    size_t antal_paalaeg;
    struct sag_dokument_ref dokumenter[SAG_MAKS_DOKUMENTER];
    size_t antal_dokumenter;
    struct sag_part parter[SAG_MAKS_PARTER];
    size_t antal_parter;
    unsigned orienteret; /* bit per deadline kind the parties were told of */
    /* The first closing: the case leaves the portfolio and its processing
     * time is counted (reports 000:L318-321). An appeal may reopen the case
     * for the worklist later; the portfolio counts it once. */
    bool har_afsluttet;
    struct sag_dato afsluttet;
    size_t antal_haendelser;
    size_t antal_breve; /* letters produced (SAG_H_BREV_DANNET) */
};

/* Names (Danish, ASCII) for JSON and display; NULL for unknown values. */
const char *sag_sagstype_navn(enum sag_sagstype t);
const char *sag_generation_navn(enum sag_generation g);
const char *sag_haendelsestype_navn(enum sag_haendelsestype t);
const char *sag_fase_navn(enum sag_fase f);
const char *sag_fasestatus_navn(enum sag_fasestatus s);
const char *sag_udfald_navn(enum sag_udfald u);
const char *sag_klagestatus_navn(enum sag_klagestatus s);
const char *sag_punkt_navn(enum sag_punkt p);
/* Whether an appeal in its present state can take the step `type` next:
 * SAG_H_GENVURDERET (received), SAG_H_SENDT_TIL_ANKESTYRELSEN (kept on
 * reassessment) or SAG_H_ANKESTYRELSEN_AFGJORT (sent on); false for any
 * other type. The state machine sag_tilstand_anvend applies, so a screen
 * offers only the steps it would accept. Pure, thread-safe. */
bool sag_klage_kan(const struct sag_klage *kl, enum sag_haendelsestype type);
/* The reverse; 0 for an unknown name. */
int sag_navn_til_haendelsestype(const char *navn);
int sag_navn_til_punkt(const char *navn);
/* The phase a decision point belongs to. */
enum sag_fase sag_punkt_fase(enum sag_punkt p);

/* The case group: code (ASCII, for storage and CSV) and the reports' Danish
 * label; NULL for an unknown value. */
const char *sag_gruppe_navn(enum sag_gruppe g);
const char *sag_gruppe_tekst(enum sag_gruppe g);
/* The reverse of sag_gruppe_navn; 0 for an unknown code. */
int sag_navn_til_gruppe(const char *navn);
/* Work-injury cases ("A-sager": accidents and diseases). */
bool sag_gruppe_er_a_sag(enum sag_gruppe g);

/* The case's group now. A first-time work-injury case is "med
 * erhvervsevnetab" once a decision on the loss has been made (docs/
 * rules_map.md Q-18). Pure. */
enum sag_gruppe sag_gruppe(const struct sag_tilstand *t);

/*
 * Apply one event to the state. On success the state is updated; on refusal
 * the state is unchanged and diag says why (SAG_EDENIED for an impossible
 * transition, e.g. "sagen er lukket", "afgørelsen findes ikke";
 * SAG_EMISSING / SAG_EINVAL for a missing or bad field). The first event of
 * a case must be SAG_H_OPRETTET; `t` must then be zeroed and `id` set.
 * Pure and thread-safe for distinct states.
 */
enum sag_status sag_tilstand_anvend(struct sag_tilstand *t,
                                    const struct sag_haendelse *h,
                                    struct sag_diag *diag);

/* CPR: "DDMMÅÅNNNN" or "DDMMÅÅ-NNNN" with a real birth date (the century
 * from the 7th digit, CPR-kontoret's rule). Writes the canonical
 * "DDMMÅÅ-NNNN" form. Never echoes the number in diag. */
enum sag_status sag_cpr_valider(const char *cpr, char ud[SAG_CPR_LEN + 1],
                                struct sag_dato *foedselsdato,
                                struct sag_diag *diag);

/* "DDMMÅÅ-XXXX": the birth date part only, for display to roles that may
 * not see the full number. */
void sag_cpr_maskeret(const char *cpr, char ud[SAG_CPR_LEN + 1]);

/* ---- the index of party names (migration 17, sag_tj_soeg_navn) ---- */

/* A word of a name as the index keeps it, with its terminator. */
#define SAG_NAVNEORD_MAX 32

/* The words of `navn`, as the party-name index keeps them: split at every
 * byte that is neither an ASCII letter or digit nor part of a UTF-8
 * sequence (so "Hans-Ole Ærø" gives "hans", "ole", "ærø"), each lower-cased
 * (ASCII, and the Latin-1 capitals À-Þ but ×, as UTF-8 C3 80-9E) and cut to
 * SAG_NAVNEORD_MAX - 1 bytes on a character boundary. At most `maks` words
 * are written; the number written is returned. */
size_t sag_navneord(const char *navn, char ord[][SAG_NAVNEORD_MAX],
                    size_t maks);

/* Does the name match the search: is every word of `soeg` (as
 * sag_navneord gives them) the start of some word of `navn`? A search
 * with no words matches nothing. */
bool sag_navn_matcher(const char *navn, const char *soeg);

#endif /* SAG_SAG_H */
