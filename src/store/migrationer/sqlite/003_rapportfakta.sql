-- Migration 3: the facts the portfolio reports count, kept per case in the
-- same transaction as its events (src/sag/fakta.c): the case group, where
-- the processing-time clock starts and the first closing on the case row;
-- its statutory decision deadlines, its decisions and its appeals as rows.
-- Existing cases get their facts when the store rebuilds the projections
-- from the event log (the flag below).

ALTER TABLE sager ADD COLUMN gruppe TEXT NOT NULL DEFAULT '';
ALTER TABLE sager ADD COLUMN start_dato TEXT NOT NULL DEFAULT '';
ALTER TABLE sager ADD COLUMN afsluttet TEXT;

CREATE TABLE rapport_frister (
    sag_id   TEXT NOT NULL REFERENCES sager(id),
    art      TEXT NOT NULL,      -- anerkendelse | afgoerelse | afgoerelse_esu
    forfald  TEXT NOT NULL,
    afgjort  TEXT,               -- when done (on time or late)
    taeller  INTEGER NOT NULL,   -- 0: lapsed or conditional (old law)
    PRIMARY KEY (sag_id, art)
) STRICT, WITHOUT ROWID;

CREATE TABLE rapport_afgoerelser (
    sag_id   TEXT NOT NULL REFERENCES sager(id),
    id       TEXT NOT NULL,
    fase     TEXT NOT NULL,
    dato     TEXT NOT NULL,
    type     TEXT NOT NULL,      -- endelig | midlertidig | '' (recognition)
    pct      INTEGER NOT NULL,
    PRIMARY KEY (sag_id, id)
) STRICT, WITHOUT ROWID;

CREATE TABLE rapport_klager (
    sag_id        TEXT NOT NULL REFERENCES sager(id),
    id            TEXT NOT NULL,
    afgoerelse_id TEXT NOT NULL,
    fase          TEXT NOT NULL,
    modtaget      TEXT NOT NULL,
    rettidig      INTEGER NOT NULL,
    status        TEXT NOT NULL,
    udfald        TEXT NOT NULL,
    afgjort       TEXT,
    PRIMARY KEY (sag_id, id)
) STRICT, WITHOUT ROWID;

INSERT INTO taellere(navn, vaerdi) VALUES ('genopbyg_projektioner', 1)
    ON CONFLICT(navn) DO UPDATE SET vaerdi = 1;
