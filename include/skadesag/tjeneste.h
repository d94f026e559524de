/*
 * The application layer (tjeneste): one function per use case, under every
 * front end — the command line today, the HTTP server and the web UI next.
 * A front end turns its input into a request struct, calls one function
 * and renders the result; it holds no rule, transaction, id format or
 * access decision of its own (the split of libcurl and the curl tool).
 *
 * Every function takes one context (the store, the loaded rate tables, who
 * is acting in which role, today and the calendar) and:
 *   1. asks the one access policy (sag_tj_tilladt) before anything else,
 *      whatever transport the call came from (Redis' single permission
 *      check before every command);
 *   2. opens its own write transaction where it changes anything, reads the
 *      case state and mints ids (…-E3, …-K1) INSIDE it, so concurrent
 *      callers get distinct ids or a clear conflict, never a collision;
 *   3. returns SAG_OK with its result, or a status with a sag_diag naming
 *      the field (JSON pointer) and a Danish message without personal data:
 *      SAG_EADGANG when the policy refuses (field /rolle or /bruger),
 *      SAG_EDENIED when the case's state does not allow it.
 *
 * The acting user is always the context's: an event's `bruger` and
 * `registreret` given by a caller are overwritten (the recording time comes
 * from the store's clock; only import sets historical times). Every read of
 * a case's data by a person is logged with who, role and why.
 *
 * Implemented in src/tjeneste/: tjeneste.c (context, policy), sager.c
 * (changes to cases), mappe.c (case folder, lists, export and import),
 * borger.c (the injured person's own view) and
 * rapporter.c (portfolio, quality sample, impact runs, maintenance).
 * Thread-safety: a context holds one store handle (one connection); use one
 * context per thread.
 */
#ifndef SAG_TJENESTE_H
#define SAG_TJENESTE_H

#include <stdbool.h>
#include <stddef.h>

#include "skadesag/arena.h"
#include "skadesag/beregning.h"
#include "skadesag/buf.h"
#include "skadesag/dato.h"
#include "skadesag/frister.h"
#include "skadesag/konsekvens.h"
#include "skadesag/portefolje.h"
#include "skadesag/sag.h"
#include "skadesag/satser.h"
#include "skadesag/status.h"
#include "skadesag/store.h"
#include "skadesag/ydelse.h"

/* ---- who may do what ---- */

/* The roles (docs/sager.md, docs/adgang.md). Caseworkers and jurists
 * handle cases and see full CPR numbers; team leads and management read
 * cases with masked CPR numbers (every read logged), see lists, worklists
 * and reports. The injured person (borger, an account with a CPR number)
 * and an insurer (forsikring, an account naming the insurer) have no
 * rights in the policy yet: their case scope comes with the server. */
enum sag_rolle {
    SAG_ROLLE_SAGSBEHANDLER = 1,
    SAG_ROLLE_JURIST = 2,
    SAG_ROLLE_TEAMLEDER = 3,
    SAG_ROLLE_LEDELSE = 4,
    SAG_ROLLE_BORGER = 5,
    SAG_ROLLE_FORSIKRING = 6
};
#define SAG_ROLLE_MAKS SAG_ROLLE_FORSIKRING

/* "sagsbehandler", … ; NULL for an unknown value. */
const char *sag_rolle_navn(enum sag_rolle r);
/* The reverse; 0 for an unknown name. */
int sag_navn_til_rolle(const char *navn);

/* What a caller asks to do. Each use case checks exactly one. */
enum sag_handling {
    SAG_HANDLING_OPRET = 1,         /* create a case */
    SAG_HANDLING_HAENDELSE = 2,     /* append a plain event */
    SAG_HANDLING_AFGOER = 3,        /* record a decision */
    SAG_HANDLING_KLAGE = 4,         /* an appeal and its steps */
    SAG_HANDLING_NY_GENERATION = 5, /* revision, § 42 reopening */
    SAG_HANDLING_LAES_SAG = 6,      /* the case folder (read-logged) */
    SAG_HANDLING_EKSPORT = 7, /* copy a case out, personal data included */
    SAG_HANDLING_IMPORT = 8,
    SAG_HANDLING_LISTE = 9,       /* case lists and worklists (no personal
                                      data) */
    SAG_HANDLING_GENBEREGN = 10,  /* recompute a stored decision */
    SAG_HANDLING_LAESNINGER = 11, /* the read log */
    SAG_HANDLING_VERIFICER = 12,
    SAG_HANDLING_VEDLIGEHOLD = 13, /* rebuild projections, demo cases */
    SAG_HANDLING_RAPPORT = 14,     /* portfolio figures, impact runs */
    SAG_HANDLING_KVALITET_UDTRAEK = 15,
    SAG_HANDLING_KVALITET_VURDER = 16,
    /* The monthly payment run: run, send, reverse (udbetaling.h). */
    SAG_HANDLING_UDBETALING = 17,
    SAG_HANDLING_UDBETALING_LAES = 18, /* see runs, their orders, totals */
    SAG_HANDLING_TILDEL = 19           /* (re)assign cases to a caseworker */
};
#define SAG_HANDLING_ANTAL 20

/* The one access policy: may `rolle` do `h`? Pure and thread-safe. */
bool sag_tj_tilladt(enum sag_rolle rolle, enum sag_handling h);

/* May `rolle` see full CPR numbers (else DDMMÅÅ-XXXX)? */
bool sag_tj_ser_fuldt_cpr(enum sag_rolle rolle);

/* ---- the context ---- */

struct sag_tj {
    struct sag_store *store;
    const struct sag_satser *satser; /* NULL: use cases needing it refuse */
    const char *bruger;              /* who is acting; never a CPR number */
    enum sag_rolle rolle;
    struct sag_dato idag;         /* "today" for deadlines and defaults */
    struct sag_kalender kalender; /* business days */
    const char *motor_version;    /* recorded with decision records */
    /* Scope (sag_tj_omfang): only this team's cases ("" or NULL: all);
     * a citizen's own CPR number; an insurer's name. */
    const char *team, *cpr, *forsikring;
    /* Where the portfolio report and the impact runs read (a PostgreSQL
     * hot standby, `--rapport-db`, docs/postgresql.md); NULL: `store`.
     * Only reads go there: the quality sample's draws and verdicts are
     * writes and stay on `store`. */
    struct sag_store *rapport_store;
    /* The server's cache of computed board reports (sag_tj_rapportcache_ny,
     * below); NULL (the CLI): every report is computed when asked for. */
    struct sag_tj_rapportcache *rapportcache;
};

/* Fill a context (the standard calendar). Borrowed pointers must outlive
 * it. */
void sag_tj_init(struct sag_tj *k, struct sag_store *store,
                 const struct sag_satser *satser, const char *bruger,
                 enum sag_rolle rolle, struct sag_dato idag);

/* Limit the context to a team's cases, and tie a citizen (borger) to
 * their CPR number and an insurer (forsikring) to its name. A case outside
 * the scope is refused with SAG_EADGANG (field /sag_id) before anything of
 * it is read or logged; lists and worklists of a team-scoped user are
 * that team's. */
void sag_tj_omfang(struct sag_tj *k, const char *team, const char *cpr,
                   const char *forsikring);

/* ---- changing cases ---- */

/* A team leader's bulk (re)assignment (issue 12): each of the `n` cases
 * gets the event sagsbehandler_tildelt naming `sagsbehandler`, dated today,
 * with `begrundelse`, all in one transaction (a refusal of one case
 * changes none; the message names the case). A case that already has that
 * caseworker is left as it is. Policy: SAG_HANDLING_TILDEL (teamleder),
 * and only within the context's team: a team leader without a team in
 * scope is refused (/team). `sagsbehandler` must be an active
 * caseworker's or lawyer's account of that team (SAG_EINVAL
 * "/sagsbehandler" otherwise), read from the accounts' rows in the store.
 * Writes the number of cases changed to `antal`. */
/* The accounts the context's team leader may give cases to with
 * sag_tj_tildel (the same rule it checks): the active caseworkers and
 * lawyers of the context's team, in the store's order; `cb` gets each name
 * (valid during the call), non-zero stops. Policy: SAG_HANDLING_TILDEL,
 * and a team in scope (/team), as sag_tj_tildel. */
enum sag_status sag_tj_tildelbare(const struct sag_tj *k,
                                  int (*cb)(void *ctx, const char *navn),
                                  void *ctx, struct sag_diag *d);

/* The most cases sag_tj_tildel takes at once (SAG_EINVAL at /sag). */
#define SAG_TJ_TILDEL_MAKS 1000
enum sag_status sag_tj_tildel(const struct sag_tj *k,
                              const char *const *sag_ider, size_t n,
                              const char *sagsbehandler,
                              const char *begrundelse, size_t *antal,
                              struct sag_diag *d);

/* Create a case from its "oprettet" event (h->type must be
 * SAG_H_OPRETTET). Writes the new case number ("AES-2025-000001", the year
 * the case was received: modtaget_dato, else the notification date) to
 * `id`.
 *
 * Every use case that records an event refuses an event date after the
 * context's today (/dato: "ligger efter dags dato"); planned dates (a
 * revision date, an instruction's due date) may lie ahead. */
enum sag_status sag_tj_opret(const struct sag_tj *k,
                             const struct sag_haendelse *h, char id[SAG_ID_MAX],
                             struct sag_diag *d);

/* Append an event that has no use case of its own (information requested
 * or received, waiting, ESU, revision planned, parties told, closed).
 * Decisions, appeals and new case generations are refused here
 * (SAG_EDENIED, field /type): they go through their own functions. */
enum sag_status sag_tj_haendelse(const struct sag_tj *k, const char *sag_id,
                                 const struct sag_haendelse *h,
                                 struct sag_diag *d);

/* A decision on one phase. */
struct sag_tj_afgoerelse {
    enum sag_fase fase;
    struct sag_dato dato;
    const char *begrundelse;
    bool anerkendt; /* SAG_FASE_ANERKENDELSE: recognised or rejected */
    int men_pct;    /* SAG_FASE_MEN: 0-120 */
    /* SAG_FASE_ERHVERVSEVNETAB: the engine input (docs/beregning.md, JSON)
     * for this case: its injury and notification dates must be the case's
     * and its decision date the decision's. The engine computes; the
     * record (input, result with trace, table checksum, engine version)
     * is stored immutably with the event in one transaction. */
    const char *beregning;
    size_t beregning_len;
    bool har_revisionsdato;
    struct sag_dato revisionsdato;
    /* SAG_FASE_ERHVERVSEVNETAB: a loss for a closed period ending on `til`
     * (e.g. a temporary loss before a final award); it may not overlap a
     * decided period. The start is the engine's award date. */
    bool har_til;
    struct sag_dato til;
};

struct sag_tj_afgoerelse_svar {
    char id[SAG_ID_MAX]; /* "…-A1", "…-M2", "…-E3" */
    int pct;             /* mén or the loss as fixed; 0 for recognition */
    enum sag_afgoerelsestype type;
    char hash[65]; /* erhvervsevnetab: SHA-256 of the stored record */
};

/* Whether the engine can decide this case's loss of earning capacity (its
 * case type is an injury kind the engine computes, sag_skadetype_fra_navn)
 * and the birth date its input must carry: the one the case's CPR number
 * gives (the century from its 7th digit, sag_cpr_valider), the date
 * sag_tj_afgoer checks the input against. SAG_EDENIED at "/skadetype"
 * with a Danish reason for a case type the engine does not compute;
 * SAG_EINVAL at "/foedselsdato" if the case has no valid CPR number.
 * `foedt` is written only on success. Pure: reads nothing, logs nothing
 * (the caller has read the case); thread-safe. */
enum sag_status sag_tj_tab_muligt(const struct sag_tilstand *t,
                                  struct sag_dato *foedt, struct sag_diag *d);

/* Record a decision. For erhvervsevnetab, the stored result JSON (with its
 * trace) is appended to `resultat` if not NULL. */
enum sag_status sag_tj_afgoer(const struct sag_tj *k, const char *sag_id,
                              const struct sag_tj_afgoerelse *a,
                              struct sag_tj_afgoerelse_svar *svar,
                              struct sag_buf *resultat, struct sag_diag *d);

/* An appeal of a decision, received from a party. */
struct sag_tj_klage {
    const char *afgoerelse_id;
    const char *part; /* "tilskadekomne", "repraesentant", … ; may be NULL */
    struct sag_dato dato;
    const char *begrundelse;
};

/* Register an appeal; writes its id ("…-K1"). */
enum sag_status sag_tj_klage(const struct sag_tj *k, const char *sag_id,
                             const struct sag_tj_klage *r,
                             char klage_id[SAG_ID_MAX], struct sag_diag *d);

/* One step of an appeal. */
struct sag_tj_klageskridt {
    const char *klage_id;
    enum sag_udfald udfald; /* genvurdering, Ankestyrelsen's outcome */
    struct sag_dato dato;
    const char *begrundelse;
    const char *part; /* sag_tj_klage_tilslut: the party joining */
    /* Ankestyrelsen's outcome: the decision point (0: the appeal's main
     * point) and an instruction to AES, which becomes a task with its due
     * date (default: the outcome's date) until a decision on the point's
     * phase follows. */
    enum sag_punkt punkt;
    const char *paalaeg;
    bool har_paalaeg_frist;
    struct sag_dato paalaeg_frist;
};

/* Another party appeals the same decision: it joins the appeal
 * (klage_tilsluttet), which then has several appellants. */
enum sag_status sag_tj_klage_tilslut(const struct sag_tj *k, const char *sag_id,
                                     const struct sag_tj_klageskridt *r,
                                     struct sag_diag *d);

/* AES reassesses its decision: kept (fastholdt) or changed (aendret). */
enum sag_status sag_tj_genvurder(const struct sag_tj *k, const char *sag_id,
                                 const struct sag_tj_klageskridt *r,
                                 struct sag_diag *d);

/* A kept decision's appeal goes on to Ankestyrelsen. */
enum sag_status
sag_tj_send_til_ankestyrelsen(const struct sag_tj *k, const char *sag_id,
                              const struct sag_tj_klageskridt *r,
                              struct sag_diag *d);

/* Ankestyrelsen's outcome on one decision point; call once per point, all
 * with the date of Ankestyrelsen's decision. A remittal (hjemvist) opens a
 * new linked case (generation hjemvisning) in the same transaction and
 * writes its id to `ny_sag_id`; otherwise `ny_sag_id` is set to "". The
 * new case inherits what was not remitted: a recognition stands unless the
 * recognition was remitted. */
enum sag_status sag_tj_ankestyrelsen(const struct sag_tj *k, const char *sag_id,
                                     const struct sag_tj_klageskridt *r,
                                     char ny_sag_id[SAG_ID_MAX],
                                     struct sag_diag *d);

/* A document on the case's journal (issue 10, item 2): a PDF or an image
 * (PNG, JPEG; the type is read from the bytes, not believed), received or
 * sent, stored content-addressed by its SHA-256 and never changed; the
 * "dokument" event names it, in one transaction. A received reply names
 * the information request it answers (`anmodning_id`). */
struct sag_tj_dokument {
    struct sag_dato dato;
    const char *titel;
    const char *retning; /* "modtaget" or "sendt" */
    const char *part;    /* from or to whom; may be NULL */
    const char *anmodning_id;
    const void *indhold;
    size_t len;
    const char *begrundelse; /* NULL: the title */
};

/* Writes the document's SHA-256 (hex). */
enum sag_status sag_tj_dokument(const struct sag_tj *k, const char *sag_id,
                                const struct sag_tj_dokument *r,
                                char sha256[65], struct sag_diag *d);

/* A document of the case, read-logged with `grund`; the bytes (checked
 * against the hash) and type live in `arena`. A document the case does not
 * name is SAG_ENOTFOUND, whatever else is stored. */
enum sag_status sag_tj_hent_dokument(const struct sag_tj *k, const char *sag_id,
                                     const char *sha256, const char *grund,
                                     struct sag_arena *arena, const char **mime,
                                     const void **indhold, size_t *len,
                                     struct sag_diag *d);

/* A new case generation (andengangssag) for a revision or a § 42
 * reopening. */
struct sag_tj_ny_generation {
    struct sag_dato dato;
    const char *begrundelse;
    const char *nye_oplysninger; /* § 42: the new information */
    bool saerlige_grunde;        /* § 42 past the 5-year limit */
};

/* Start the revision of a temporary decision: a new linked case. */
enum sag_status sag_tj_revision(const struct sag_tj *k, const char *sag_id,
                                const struct sag_tj_ny_generation *r,
                                char ny_sag_id[SAG_ID_MAX], struct sag_diag *d);

/* A request to reopen (ASL § 42): a new linked case. */
enum sag_status sag_tj_genoptag(const struct sag_tj *k, const char *sag_id,
                                const struct sag_tj_ny_generation *r,
                                char ny_sag_id[SAG_ID_MAX], struct sag_diag *d);

/* Recompute a stored loss decision with the context's rate tables and
 * compare with the stored result byte for byte. The read is logged. */
struct sag_tj_genberegning {
    char afgoerelse_id[SAG_ID_MAX];
    bool identisk;
    size_t bytes;        /* length of the stored result */
    char satser_ved[65]; /* checksum of the tables at the decision */
    char satser_nu[65];  /* … and of the context's */
};
enum sag_status sag_tj_genberegn(const struct sag_tj *k,
                                 const char *afgoerelse_id,
                                 struct sag_tj_genberegning *ud,
                                 struct sag_diag *d);

/* ---- letters (docs/breve.md) ---- */

/* A letter rendered from the stored records of a case (src/breve renders
 * it; this layer only stores it). `afgoerelse_id` names the decision it
 * tells of (NULL for a notice or a request); `type` is the letter's kind
 * ("erhvervsevnetab", "partshoering", …). */
struct sag_tj_brev {
    const char *sag_id;
    const char *afgoerelse_id;
    const char *type;
    struct sag_dato dato;
    const unsigned char *pdf;
    size_t pdf_len;
    const char *html;
};

struct sag_tj_brev_svar {
    char id[SAG_ID_MAX]; /* "…-B1" */
    char sha256[65];     /* of the PDF */
};

/* Store a new letter and its "brev_dannet" event (with the PDF's SHA-256)
 * in one transaction; the id ("<sag>-B<n>") is minted inside it. A letter
 * is never changed: a corrected letter is a new one. Policy: the role may
 * make decisions (SAG_HANDLING_AFGOER). */
enum sag_status sag_tj_brev_gem(const struct sag_tj *k,
                                const struct sag_tj_brev *b,
                                struct sag_tj_brev_svar *svar,
                                struct sag_diag *d);

/* One stored letter (its case checked against the scope; the read is
 * logged with the reason "brev"). Policy: SAG_HANDLING_LAES_SAG. */
enum sag_status sag_tj_brev_hent(const struct sag_tj *k, const char *brev_id,
                                 struct sag_arena *arena,
                                 struct sag_brev_post *ud, struct sag_diag *d);

/* The letters of a case, oldest first (bytes included; the read is
 * logged). Policy: SAG_HANDLING_LAES_SAG. */
enum sag_status sag_tj_breve(const struct sag_tj *k, const char *sag_id,
                             struct sag_arena *arena, struct sag_brev_post **ud,
                             size_t *n, struct sag_diag *d);

/* ---- reading cases ---- */

/* The case folder as of the context's today: the state, the statutory
 * deadlines and tasks, the history, the stored decision records and the
 * case's letters (docs/breve.md; described only: `pdf` and `html` are NULL,
 * `pdf_len` is the PDF's size; sag_tj_brev_hent reads one). For
 * roles that may not see full CPR numbers the state's CPR number is masked
 * and the payload of the "oprettet" event (which holds it) is NULL. */
/* A journal document's bytes, as exported and imported. */
struct sag_tj_dokument_indhold {
    const char *sha256, *mime;
    const void *indhold;
    size_t len;
};

struct sag_tj_mappe {
    struct sag_sagsmappe m;
    /* Only an export fills these: the bytes of every document the case
     * names (issue 10, item 2). */
    const struct sag_tj_dokument_indhold *dokumenter;
    size_t antal_dokumenter;
    bool fuldt_cpr;
    struct sag_dato idag;
    enum sag_fristregime regime;
    struct sag_frist frister[SAG_MAKS_FRISTER];
    size_t antal_frister;
    struct sag_opgave opgaver[SAG_MAKS_OPGAVER];
    size_t antal_opgaver;
    struct sag_brev_post *breve; /* oldest first */
    size_t antal_breve;
    /* The case's awards by (fra, id) (issue 14; read in the same
     * snapshot). */
    struct sag_ydelse *ydelser;
    size_t antal_ydelser;
};

/* Read a case: logged with who, role and `grund` (required). Rows live in
 * `arena`. */
enum sag_status sag_tj_sagsmappe(const struct sag_tj *k, const char *sag_id,
                                 const char *grund, struct sag_arena *arena,
                                 struct sag_tj_mappe *ud, struct sag_diag *d);

/* The godtgørelse for varigt mén that decision `afgoerelse_id` granted:
 * its mén awards in the folder added (one per payer and share; ASL § 18),
 * with the year of the rate (sag_ydelse.niveau_aar) in *aar (may be
 * NULL). false: none (below 5 %, not more than before, a case type
 * without awards, or a decision stored before awards were). The injured
 * person's page and the decision's letter state the same amount. */
bool sag_tj_mappe_men_beloeb(const struct sag_tj_mappe *m,
                             const char *afgoerelse_id, struct sag_penge *ud,
                             int *aar);

/* ---- the injured person's own view (issue 12) ---- */

/* A decision as the injured person reads it: what it decided and when
 * (`ref`, in the folder's state), the amounts they are entitled to see
 * (the figures the letters give), and its open appeal deadline. */
struct sag_tj_borger_afgoerelse {
    const struct sag_afgoerelse_ref *ref;
    bool anerkendt; /* a recognition decision: recognised (else rejected) */
    /* Mén: the decision's mén awards together (ASL § 18). */
    bool har_men;
    struct sag_penge men;
    /* Loss of earning capacity: the stored record's yearly and monthly
     * compensation and capital sum, each where the record has it. */
    bool har_aarlig, har_maanedlig, har_kapital;
    struct sag_penge aarlig, maanedlig, kapital;
    bool har_klagefrist; /* the 4-week appeal deadline, while open */
    struct sag_dato klagefrist;
};

/* A step of what happens next: a task of the case (sag_opgaver) without
 * AES's internal reminders. */
struct sag_tj_borger_skridt {
    enum sag_opgaveart art;
    /* AES's step: by when; a reply awaited: its deadline; a wait on an
     * external party: the day it began. */
    struct sag_dato forfald;
    bool venter;    /* on others (a reply, an external party) */
    bool forsinket; /* its date has passed as of the context's today (never
                       for a wait, whose date is its start) */
    /* No due date of its own to tell (reassessing or sending on an appeal,
     * an instruction without a date: the worklist has them due at once);
     * never late. */
    bool uden_dato;
    const char *part; /* a reply awaited: from whom (stored code), else NULL */
    /* SAG_OPGAVE_AFGOER: the statutory deadline it is (recognition or
     * the decision), and whether it is being missed as of today. */
    bool om_anerkendelse, lovfrist_overskrides;
};

/* An appeal of the citizen, with the decision it concerns (NULL if the
 * state does not have it) and, when Ankestyrelsen remitted it, the new
 * case that continues it. */
struct sag_tj_borger_klage {
    const struct sag_klage *klage;
    const struct sag_afgoerelse_ref *afgoerelse;
    char ny_sag_id[SAG_ID_MAX]; /* "" unless remitted */
};

struct sag_tj_borgersag {
    struct sag_tj_mappe mappe; /* as sag_tj_sagsmappe */
    struct sag_tj_borger_afgoerelse afgoerelser[SAG_MAKS_AFGOERELSER];
    size_t antal_afgoerelser; /* in the order of the state's */
    struct sag_tj_borger_skridt skridt[SAG_MAKS_OPGAVER];
    size_t antal_skridt;
    struct sag_tj_borger_klage klager[SAG_MAKS_KLAGER];
    size_t antal_klager;
    /* A remittal's case (generation hjemvisning): the phase and date of the
     * decision in the earlier case (mappe.m.tilstand.forrige_sag_id) whose
     * appeal Ankestyrelsen remitted. */
    bool har_forrige_afgoerelse;
    enum sag_fase forrige_fase;
    struct sag_dato forrige_dato;
};

/* The citizen's own case for their page: the folder (read-logged with the
 * reason "egen sag", as is the read of the earlier case a remittal
 * continues) with the decisions' amounts and appeal deadlines, the next
 * steps and the remittal's links. Policy: SAG_HANDLING_LAES_SAG, the borger
 * role only (others: SAG_EADGANG, /rolle). A case that is not theirs and
 * a case that does not exist are both SAG_ENOTFOUND (/sag_id) with the
 * same message (no existence oracle). Rows live in `arena`. */
enum sag_status sag_tj_borgersag(const struct sag_tj *k, const char *sag_id,
                                 struct sag_arena *arena,
                                 struct sag_tj_borgersag *ud,
                                 struct sag_diag *d);

/* Cases matching the filter, newest first (no personal data). */
enum sag_status
sag_tj_liste(const struct sag_tj *k, const struct sag_liste_filter *f,
             int (*cb)(void *ctx, const struct sag_liste_post *p), void *ctx,
             struct sag_diag *d);

/* The cases of one person, by CPR number (either form), newest first: only
 * for roles that see full CPR numbers (others: SAG_EADGANG, /cpr); the
 * number is never echoed. Each case found is logged as read by the
 * context's user with the reason "soegning paa CPR-nummer". Team scope
 * applies. */
enum sag_status sag_tj_soeg_cpr(const struct sag_tj *k, const char *cpr,
                                int (*cb)(void *ctx,
                                          const struct sag_liste_post *p),
                                void *ctx, struct sag_diag *d);

/* The citizen's own cases (issue 12, "Mine sager"): the cases of the
 * context's CPR number (sag_tj_omfang), newest first, each logged as read
 * by the context's user with the reason "egne sager". Policy:
 * SAG_HANDLING_LAES_SAG, and only the borger role (others: SAG_EADGANG,
 * /rolle); an account without a CPR number is SAG_EADGANG (/cpr). */
enum sag_status sag_tj_mine_sager(const struct sag_tj *k,
                                  int (*cb)(void *ctx,
                                            const struct sag_liste_post *p),
                                  void *ctx, struct sag_diag *d);

/* The cases with a party whose name (as part_tilfoejet recorded it)
 * contains `navn` (at least 2 characters; ASCII letters in any case), newest
 * first; for the roles that see full CPR numbers, within the user's team;
 * every hit read-logged ("soegning paa navn"). The name is never echoed. */
enum sag_status sag_tj_soeg_navn(const struct sag_tj *k, const char *navn,
                                 int (*cb)(void *ctx,
                                           const struct sag_liste_post *p),
                                 void *ctx, struct sag_diag *d);

/* Cases of the same person with the same injury date as `h` (an
 * "oprettet" event), for the warning when a second case is created for
 * one injury (issue 10, item 1). Writes up to `max` ids (excluding
 * `undtagen`, e.g. the case just created) and their count; the search is
 * logged like sag_tj_soeg_cpr. For roles that may create cases. */
enum sag_status sag_tj_dubletter(const struct sag_tj *k,
                                 const struct sag_haendelse *h,
                                 const char *undtagen, char ids[][SAG_ID_MAX],
                                 size_t max, size_t *antal, struct sag_diag *d);

/* One line of a worklist, with whether it is overdue as of today (a wait
 * on an external party carries the date the wait began, not a due date,
 * and is never overdue). */
struct sag_tj_arbejdspost {
    struct sag_arbejdspost p;
    bool overskredet;
};

/* The worklist of a team or a caseworker: what AES must do, soonest first,
 * and what waits on others, each at most `graense` lines. */
struct sag_tj_arbejdsliste {
    struct sag_tj_arbejdspost *til_behandling;
    size_t antal_til_behandling;
    struct sag_tj_arbejdspost *venter;
    size_t antal_venter;
};

/* Give a team or a caseworker (not both). Strings live in `arena`. */
/* The caller's own saved worklist filters (issue 12): save (or replace
 * by name) the query string of the worklist page, and list them by name.
 * Always the context's own user's. Policy: SAG_HANDLING_LISTE. */
enum sag_status sag_tj_gem_filter(const struct sag_tj *k, const char *navn,
                                  const char *forespoergsel,
                                  struct sag_diag *d);
enum sag_status sag_tj_filtre(const struct sag_tj *k,
                              int (*cb)(void *ctx,
                                        const struct sag_gemt_filter *f),
                              void *ctx, struct sag_diag *d);

enum sag_status sag_tj_arbejdsliste(const struct sag_tj *k, const char *team,
                                    const char *sagsbehandler, size_t graense,
                                    struct sag_arena *arena,
                                    struct sag_tj_arbejdsliste *ud,
                                    struct sag_diag *d);

/* A worklist's filter (issue 12; the UI's worklist and GET
 * /api/arbejdsliste): the due date's period, the status, the case type and
 * a free text. Every member may be unset (NULL, false): no filter. */
struct sag_tj_arbejdsfilter {
    bool har_fra, har_til;
    struct sag_dato fra, til; /* the due date, both days included */
    /* "overskredet" (overdue tasks), "i_tide" (tasks on time), "venter"
     * (only what waits on others); NULL or "" for all. */
    const char *status;
    const char *type;  /* a case type's name (sag_sagstype_navn) */
    const char *tekst; /* in the case number, the task or the caseworker,
                          ASCII letters without regard to case */
};

/* sag_tj_arbejdsliste with a filter (NULL: none): the same lists, scope
 * and policy, with only the lines that pass `f`, each list at most
 * `graense` lines after filtering (the first 100.000 lines of each are
 * filtered). SAG_EINVAL "/status" or "/type" for an unknown value, "/til"
 * for a period that ends before it begins. */
enum sag_status sag_tj_arbejdsliste_filtreret(
    const struct sag_tj *k, const char *team, const char *sagsbehandler,
    const struct sag_tj_arbejdsfilter *f, size_t graense,
    struct sag_arena *arena, struct sag_tj_arbejdsliste *ud,
    struct sag_diag *d);

/* Who read a case, when, in which role and why (oldest first). */
enum sag_status sag_tj_laesninger(const struct sag_tj *k, const char *sag_id,
                                  int (*cb)(void *ctx,
                                            const struct sag_laesning *l),
                                  void *ctx, struct sag_diag *d);

/* A case for export (rendered as "skadesag-sag/1" by the wire codec,
 * mappe_json.h): the folder with full personal data. The read is logged
 * with `grund` (default "eksport"). */
enum sag_status sag_tj_eksport(const struct sag_tj *k, const char *sag_id,
                               const char *grund, struct sag_arena *arena,
                               struct sag_tj_mappe *ud, struct sag_diag *d);

/* A case to import, as parsed from an export (sag_eksport_fra_json): its
 * id, its events in order (the first is "oprettet") and its decision
 * records, each with its original recording time. */
struct sag_tj_import {
    const char *id;
    const struct sag_haendelse *haendelser;
    size_t antal_haendelser;
    const struct sag_afgoerelse_post *afgoerelser;
    size_t antal_afgoerelser;
    const struct sag_tj_dokument_indhold *dokumenter;
    size_t antal_dokumenter;
};

/* Import a case keeping its id, its events' dates and users and its
 * decision records (each must match the hash in the event that recorded
 * it), all or nothing. Writes the id. */
enum sag_status sag_tj_import(const struct sag_tj *k,
                              const struct sag_tj_import *imp,
                              char id[SAG_ID_MAX], struct sag_diag *d);

/* ---- the store as a whole ---- */

/* Verify the database, the hash chain and every decision record; writes
 * the number of events checked. */
enum sag_status sag_tj_verificer(const struct sag_tj *k, long long *antal,
                                 struct sag_diag *d);

/* Rebuild every projection from the event log; writes the number of
 * cases. */
enum sag_status sag_tj_genopbyg(const struct sag_tj *k, size_t *antal,
                                struct sag_diag *d);

/* ---- reports ---- */

/* A cache of computed board reports, for a server (issue 12: any page under
 * 50 ms on a 1.000.000-case portfolio, where computing the board report
 * reads every report row: seconds). It keeps a snapshot of the report's
 * facts, used while it is younger than `maks_alder_sek` (an older one is
 * read again by the request that finds it), and the figures of a few
 * periods computed from that snapshot: a period's figures are used only
 * with the snapshot they came from, so every period's figures and every
 * drill-down (sag_tj_portefolje_sager) agree. A background thread keeps
 * the snapshot and the default report fresh (sag_tj_rapportcache_forny),
 * so no one waits for them; the figures carry the time their facts were
 * read (sag_pf_rapport.opgjort, shown on the page). Thread-safe. The
 * figures are the same as computed directly: the cache only decides when
 * they are computed. */
struct sag_tj_rapportcache *sag_tj_rapportcache_ny(long maks_alder_sek);
void sag_tj_rapportcache_fri(struct sag_tj_rapportcache *c);

/* Compute the portfolio report for [fra, til] as of `pr` (with the
 * prognosis, if given) and the open cases per team, and put them in the
 * context's cache whatever their age (the server's refresh thread). */
enum sag_status
sag_tj_rapportcache_forny(const struct sag_tj *k, struct sag_dato fra,
                          struct sag_dato til, struct sag_dato pr,
                          struct sag_pf_prognose *prognose, struct sag_diag *d);

/* Open cases, those waiting on others, and overdue tasks (as of the
 * context's today) per team: the management report's "today's backlog",
 * all teams, or the team in the context's scope; from the cache when the
 * context has one. `opgjort`: when they were counted (0: just now). The
 * waiting and overdue counts are those of the team's worklist
 * (sag_tj_arbejdsliste: one definition of waiting on others). */
#define SAG_TJ_MAKS_TEAMS 64
struct sag_tj_teamtal {
    size_t n;
    long i_alt;
    char navn[SAG_TJ_MAKS_TEAMS][64];
    long aabne[SAG_TJ_MAKS_TEAMS], venter[SAG_TJ_MAKS_TEAMS],
        overskredne[SAG_TJ_MAKS_TEAMS];
    long long opgjort;
};
enum sag_status sag_tj_aabne_pr_team(const struct sag_tj *k,
                                     struct sag_tj_teamtal *ud,
                                     struct sag_diag *d);

/* The board's portfolio figures for [fra, til] as of `pr`; with the
 * quality sample if `kvalitet` is given (written there), and with a
 * prognosis (loaded by the caller, e.g. sag_prognose_indlaes) whose
 * realised figures are filled in from its own calendar year. */
enum sag_status sag_tj_portefolje(const struct sag_tj *k, struct sag_dato fra,
                                  struct sag_dato til, struct sag_dato pr,
                                  struct sag_pf_rapport *ud,
                                  struct sag_pf_kvalitet *kvalitet,
                                  struct sag_pf_prognose *prognose,
                                  struct sag_diag *d);

/* Which team's board figures the caller is shown when it asks for `team`
 * (NULL or "": none named): a caller with a team in its scope (a team
 * leader, a caseworker) gets its own team whatever it names, and naming
 * another is refused (SAG_EADGANG at /team); any other caller gets the team
 * it names, or NULL for the whole portfolio. The policy of the reports
 * (SAG_HANDLING_RAPPORT). */
enum sag_status sag_tj_rapportteam(const struct sag_tj *k, const char *team,
                                   const char **ud, struct sag_diag *d);

/* The board's figures per team (issue 12): for each team with cases, in
 * name order, the figures of sag_tj_portefolje for [fra, til] as of `pr`
 * computed over that team's facts alone (every fact carries its case's
 * team, so every figure is the team's and the teams' figures add up to the
 * whole, less cases with no team). A caller with a team in its scope (a team
 * leader) gets its own team only, as with the case lists. `cb` gets the
 * team and its figures, valid during the call; non-zero stops. The same
 * policy as sag_tj_portefolje (SAG_HANDLING_RAPPORT). */
enum sag_status sag_tj_portefolje_teams(
    const struct sag_tj *k, struct sag_dato fra, struct sag_dato til,
    struct sag_dato pr,
    int (*cb)(void *ctx, const char *team, const struct sag_pf_rapport *r),
    void *ctx, struct sag_diag *d);

/* The facts behind one figure of the board report (issue 12: drill-down):
 * for [fra, til] as of `pr`, of `team` (NULL: the whole portfolio), `cb`
 * gets each fact's case number and date (sag_portefolje_sager), so the
 * calls are as many as the figure. Case numbers and dates only: no
 * personal data. A caller with a team in its scope (a team leader) gets
 * its own team's (`team` NULL means it) and SAG_EADGANG for another's.
 * SAG_EINVAL for a figure the report has not. The same policy as
 * sag_tj_portefolje (SAG_HANDLING_RAPPORT).
 *
 * `antal` (may be NULL) gets the figure itself as the management page
 * shows it, from the same facts as the list: in a server, the report
 * cache's snapshot is taken once for both, so a refresh between them
 * cannot make the heading's count and the list disagree. `cb` may stop
 * the list early (a page is full: return non-zero); the figure is still
 * the whole count. */
struct sag_pf_tal;
enum sag_status sag_tj_portefolje_sager(
    const struct sag_tj *k, const char *team, struct sag_dato fra,
    struct sag_dato til, struct sag_dato pr, const struct sag_pf_tal *tal,
    int (*cb)(void *ctx, const char *sag_id, struct sag_dato dato), void *ctx,
    long *antal, struct sag_diag *d);

/* The quality sample: draw (promille of the period's decisions, rounded
 * up, reproducible from `seed`), judge one decision, list, and count. */
enum sag_status sag_tj_kvalitet_udtraek(const struct sag_tj *k,
                                        struct sag_dato fra,
                                        struct sag_dato til,
                                        unsigned long long seed, int promille,
                                        size_t *udtrukket, size_t *i_alt,
                                        struct sag_diag *d);
enum sag_status sag_tj_kvalitet_vurder(const struct sag_tj *k,
                                       const char *afgoerelse_id, bool korrekt,
                                       const char *begrundelse,
                                       struct sag_diag *d);
enum sag_status
sag_tj_kvalitet_liste(const struct sag_tj *k, struct sag_dato fra,
                      struct sag_dato til,
                      int (*cb)(void *ctx, const struct sag_kvalitet_post *p),
                      void *ctx, struct sag_diag *d);
enum sag_status sag_tj_kvalitet(const struct sag_tj *k, struct sag_dato fra,
                                struct sag_dato til, struct sag_pf_kvalitet *ud,
                                struct sag_diag *d);

/* Impact of the Supreme Court's 2024/2025 § 17 a rule on every stored
 * loss decision: the callback gets each touched decision; the totals are
 * written at the end. */
struct sag_tj_konsekvens_hr {
    long gennemgaaet;                         /* decisions looked at */
    long relevante;                           /* of those, § 17 a decisions */
    long beroerte;                            /* touched */
    long fejl;                                /* could not be recomputed */
    struct sag_penge sum_aarlig, sum_kapital; /* at 15 % */
};
enum sag_status sag_tj_konsekvens_hr2025(
    const struct sag_tj *k,
    int (*cb)(void *ctx, const struct sag_afgoerelse_post *p,
              const struct sag_konsekvens_hr2025 *r),
    void *ctx, struct sag_tj_konsekvens_hr *ud, struct sag_diag *d);

/* Impact of the rules on folkepensionsalder in force on `pr` on every
 * capitalised loss decision. */
struct sag_tj_konsekvens_fp {
    long gennemgaaet, beroerte, fejl;
    struct sag_penge sum_foer, sum_efter;
    long gl_antal;              /* where the pension age's share is known */
    struct sag_penge sum_alene; /* that share, summed */
};
enum sag_status sag_tj_konsekvens_folkepension(
    const struct sag_tj *k, struct sag_dato pr,
    int (*cb)(void *ctx, const struct sag_afgoerelse_post *p,
              const struct sag_konsekvens_fp *r),
    void *ctx, struct sag_tj_konsekvens_fp *ud, struct sag_diag *d);

/* ---- awards and the payment schedule (issue 14, ydelse.h) ---- */

/* A case's awards (with those of its earlier generations), the payments
 * booked against them, and the ledger for the months [fra, til]. Every
 * pointer lives in the caller's arena. */
struct sag_tj_udbetalingsplan {
    struct sag_ydelse *ydelser;
    size_t antal_ydelser;
    struct sag_ydelse_betalt *betalinger;
    size_t antal_betalinger;
    struct sag_maaned fra, til;
    struct sag_ydelse_linje *linjer; /* by month, then award */
    size_t antal_linjer;
};

/* The payment schedule and ledger of a case (read-logged with the reason
 * "udbetalingsplan"). Policy: SAG_HANDLING_LAES_SAG and the case's scope.
 * SAG_EINVAL (/til) when til is before fra; SAG_ERANGE beyond 60 years. */
enum sag_status
sag_tj_udbetalingsplan(const struct sag_tj *k, const char *sag_id,
                       struct sag_maaned fra, struct sag_maaned til,
                       struct sag_arena *arena,
                       struct sag_tj_udbetalingsplan *ud, struct sag_diag *d);

/* Back-fill (issue 14 round 3, item 3): the awards of decisions recorded
 * before awards existed (migration 010), made from the stored decisions
 * in each case's order — loss decisions from their records (the engine
 * runs again on the stored input and must give the stored result byte
 * for byte, else the decision is refused and counted), mén decisions from
 * their events — after the latest decision of the case that has awards.
 * Idempotent: a second call adds nothing. Role: SAG_HANDLING_UDBETALING.
 * One write transaction per case. */
struct sag_tj_genopbyg {
    size_t sager;         /* cases looked at */
    size_t afgoerelser;   /* decisions given their awards now */
    size_t ydelser;       /* awards made */
    size_t afvist;        /* loss decisions whose record the engine no
                              longer reproduces (or with no record) */
    size_t sprunget_over; /* decisions before a later one with awards */
};
enum sag_status sag_tj_ydelser_genopbyg(const struct sag_tj *k,
                                        struct sag_tj_genopbyg *ud,
                                        struct sag_diag *d);

#endif /* SAG_TJENESTE_H */
