-- Migration 1 (PostgreSQL dialect; the same schema as
-- ../sqlite/001_grundskema.sql): cases, their events (hash-chained),
-- decisions, tasks and the read log. Text columns use the "C" collation so
-- that ORDER BY sorts by bytes exactly as SQLite does, whatever locale the
-- cluster was created with; integers are BIGINT (SQLite's are 64-bit) and
-- the insertion order seq is an identity column. (Columns are not aligned:
-- C limits a string literal to 4095 characters.)

CREATE TABLE sager (
    id TEXT COLLATE "C" PRIMARY KEY,
    type TEXT COLLATE "C" NOT NULL,
    generation TEXT COLLATE "C" NOT NULL,
    forrige_sag_id TEXT COLLATE "C" REFERENCES sager(id),
    status TEXT COLLATE "C" NOT NULL,
    cpr TEXT COLLATE "C" NOT NULL,
    skadedato TEXT COLLATE "C" NOT NULL,
    anmeldelsesdato TEXT COLLATE "C" NOT NULL,
    modtaget_dato TEXT COLLATE "C" NOT NULL,
    oprettet TEXT COLLATE "C" NOT NULL,
    lukket TEXT COLLATE "C",
    team TEXT COLLATE "C" NOT NULL,
    sagsbehandler TEXT COLLATE "C" NOT NULL,
    anerkendelse TEXT COLLATE "C" NOT NULL,
    men TEXT COLLATE "C" NOT NULL,
    erhvervsevnetab TEXT COLLATE "C" NOT NULL,
    fristregime TEXT COLLATE "C" NOT NULL,
    naeste_forfald TEXT COLLATE "C",
    venter BIGINT NOT NULL,
    antal_haendelser BIGINT NOT NULL,
    sidste_seq BIGINT NOT NULL
);

CREATE INDEX sager_team_status ON sager(team, status);
CREATE INDEX sager_behandler_status ON sager(sagsbehandler, status);
CREATE INDEX sager_cpr ON sager(cpr);

-- seq is the global order and the order of the hash chain.
CREATE TABLE haendelser (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sag_id TEXT COLLATE "C" NOT NULL REFERENCES sager(id),
    nr BIGINT NOT NULL,
    type TEXT COLLATE "C" NOT NULL,
    dato TEXT COLLATE "C" NOT NULL,
    registreret TEXT COLLATE "C" NOT NULL,
    bruger TEXT COLLATE "C" NOT NULL,
    begrundelse TEXT COLLATE "C" NOT NULL,
    data TEXT COLLATE "C" NOT NULL,
    forrige_hash TEXT COLLATE "C" NOT NULL,
    hash TEXT COLLATE "C" NOT NULL,
    UNIQUE (sag_id, nr)
);

-- Decisions are immutable records: the engine's input, result and trace,
-- the checksum of the rate tables and the engine version.
CREATE TABLE afgoerelser (
    id TEXT COLLATE "C" PRIMARY KEY,
    sag_id TEXT COLLATE "C" NOT NULL REFERENCES sager(id),
    fase TEXT COLLATE "C" NOT NULL,
    dato TEXT COLLATE "C" NOT NULL,
    input TEXT COLLATE "C" NOT NULL,
    resultat TEXT COLLATE "C" NOT NULL,
    satser_checksum TEXT COLLATE "C" NOT NULL,
    motor_version TEXT COLLATE "C" NOT NULL,
    registreret TEXT COLLATE "C" NOT NULL,
    hash TEXT COLLATE "C" NOT NULL
);

CREATE INDEX afgoerelser_sag ON afgoerelser(sag_id);

-- Worklist projection, rebuilt for a case whenever it changes.
CREATE TABLE opgaver (
    sag_id TEXT COLLATE "C" NOT NULL REFERENCES sager(id),
    nr BIGINT NOT NULL,
    team TEXT COLLATE "C" NOT NULL,
    sagsbehandler TEXT COLLATE "C" NOT NULL,
    art TEXT COLLATE "C" NOT NULL,
    forfald TEXT COLLATE "C" NOT NULL,
    venter BIGINT NOT NULL,
    tekst TEXT COLLATE "C" NOT NULL,
    ref TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (sag_id, nr)
);

CREATE INDEX opgaver_team ON opgaver(team, venter, forfald);
CREATE INDEX opgaver_behandler ON opgaver(sagsbehandler, venter, forfald);

-- Every read of a case: who, in which role, why, when.
CREATE TABLE laesninger (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sag_id TEXT COLLATE "C" NOT NULL REFERENCES sager(id),
    bruger TEXT COLLATE "C" NOT NULL,
    rolle TEXT COLLATE "C" NOT NULL,
    grund TEXT COLLATE "C" NOT NULL,
    tidspunkt TEXT COLLATE "C" NOT NULL
);

CREATE INDEX laesninger_sag ON laesninger(sag_id);

-- Case-number counters per year.
CREATE TABLE taellere (
    navn TEXT COLLATE "C" PRIMARY KEY,
    vaerdi BIGINT NOT NULL
);
