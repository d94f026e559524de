-- Migration 1: cases, their events (hash-chained), decisions, tasks and the
-- read log. Every table is STRICT; foreign keys are enforced by the store
-- (PRAGMA foreign_keys=ON on every connection).

CREATE TABLE sager (
    id              TEXT PRIMARY KEY,
    type            TEXT NOT NULL,
    generation      TEXT NOT NULL,
    forrige_sag_id  TEXT REFERENCES sager(id),
    status          TEXT NOT NULL,
    cpr             TEXT NOT NULL,
    skadedato       TEXT NOT NULL,
    anmeldelsesdato TEXT NOT NULL,
    modtaget_dato   TEXT NOT NULL,
    oprettet        TEXT NOT NULL,
    lukket          TEXT,
    team            TEXT NOT NULL,
    sagsbehandler   TEXT NOT NULL,
    anerkendelse    TEXT NOT NULL,
    men             TEXT NOT NULL,
    erhvervsevnetab TEXT NOT NULL,
    fristregime     TEXT NOT NULL,
    naeste_forfald  TEXT,
    venter          INTEGER NOT NULL,
    antal_haendelser INTEGER NOT NULL,
    sidste_seq      INTEGER NOT NULL
) STRICT;

CREATE INDEX sager_team_status ON sager(team, status);
CREATE INDEX sager_behandler_status ON sager(sagsbehandler, status);
CREATE INDEX sager_cpr ON sager(cpr);

-- seq is the global order and the order of the hash chain.
CREATE TABLE haendelser (
    seq          INTEGER PRIMARY KEY,
    sag_id       TEXT NOT NULL REFERENCES sager(id),
    nr           INTEGER NOT NULL,
    type         TEXT NOT NULL,
    dato         TEXT NOT NULL,
    registreret  TEXT NOT NULL,
    bruger       TEXT NOT NULL,
    begrundelse  TEXT NOT NULL,
    data         TEXT NOT NULL,
    forrige_hash TEXT NOT NULL,
    hash         TEXT NOT NULL,
    UNIQUE (sag_id, nr)
) STRICT;

-- Decisions are immutable records: the engine's input, result and trace,
-- the checksum of the rate tables and the engine version.
CREATE TABLE afgoerelser (
    id              TEXT PRIMARY KEY,
    sag_id          TEXT NOT NULL REFERENCES sager(id),
    fase            TEXT NOT NULL,
    dato            TEXT NOT NULL,
    input           TEXT NOT NULL,
    resultat        TEXT NOT NULL,
    satser_checksum TEXT NOT NULL,
    motor_version   TEXT NOT NULL,
    registreret     TEXT NOT NULL,
    hash            TEXT NOT NULL
) STRICT;

CREATE INDEX afgoerelser_sag ON afgoerelser(sag_id);

-- Worklist projection, rebuilt for a case whenever it changes.
CREATE TABLE opgaver (
    sag_id        TEXT NOT NULL REFERENCES sager(id),
    nr            INTEGER NOT NULL,
    team          TEXT NOT NULL,
    sagsbehandler TEXT NOT NULL,
    art           TEXT NOT NULL,
    forfald       TEXT NOT NULL,
    venter        INTEGER NOT NULL,
    tekst         TEXT NOT NULL,
    ref           TEXT NOT NULL,
    PRIMARY KEY (sag_id, nr)
) STRICT, WITHOUT ROWID;

CREATE INDEX opgaver_team ON opgaver(team, venter, forfald);
CREATE INDEX opgaver_behandler ON opgaver(sagsbehandler, venter, forfald);

-- Every read of a case: who, in which role, why, when.
CREATE TABLE laesninger (
    seq        INTEGER PRIMARY KEY,
    sag_id     TEXT NOT NULL REFERENCES sager(id),
    bruger     TEXT NOT NULL,
    rolle      TEXT NOT NULL,
    grund      TEXT NOT NULL,
    tidspunkt  TEXT NOT NULL
) STRICT;

CREATE INDEX laesninger_sag ON laesninger(sag_id);

-- Case-number counters per year.
CREATE TABLE taellere (
    navn   TEXT PRIMARY KEY,
    vaerdi INTEGER NOT NULL
) STRICT;
