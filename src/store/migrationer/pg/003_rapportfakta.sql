-- Migration 3: the facts the portfolio reports count, kept per case in the
-- same transaction as its events (src/sag/fakta.c): the case group, where
-- the processing-time clock starts and the first closing on the case row;
-- its statutory decision deadlines, its decisions and its appeals as rows.
-- Existing cases get their facts when the store rebuilds the projections
-- from the event log (the flag below).

ALTER TABLE sager ADD COLUMN gruppe TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE sager ADD COLUMN start_dato TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE sager ADD COLUMN afsluttet TEXT COLLATE "C";

CREATE TABLE rapport_frister (
    sag_id   TEXT COLLATE "C" NOT NULL REFERENCES sager(id),
    art      TEXT COLLATE "C" NOT NULL,      -- anerkendelse | afgoerelse | afgoerelse_esu
    forfald  TEXT COLLATE "C" NOT NULL,
    afgjort  TEXT COLLATE "C",               -- when done (on time or late)
    taeller  BIGINT NOT NULL,   -- 0: lapsed or conditional (old law)
    PRIMARY KEY (sag_id, art)
);

CREATE TABLE rapport_afgoerelser (
    sag_id   TEXT COLLATE "C" NOT NULL REFERENCES sager(id),
    id       TEXT COLLATE "C" NOT NULL,
    fase     TEXT COLLATE "C" NOT NULL,
    dato     TEXT COLLATE "C" NOT NULL,
    type     TEXT COLLATE "C" NOT NULL,      -- endelig | midlertidig | '' (recognition)
    pct      BIGINT NOT NULL,
    PRIMARY KEY (sag_id, id)
);

CREATE TABLE rapport_klager (
    sag_id        TEXT COLLATE "C" NOT NULL REFERENCES sager(id),
    id            TEXT COLLATE "C" NOT NULL,
    afgoerelse_id TEXT COLLATE "C" NOT NULL,
    fase          TEXT COLLATE "C" NOT NULL,
    modtaget      TEXT COLLATE "C" NOT NULL,
    rettidig      BIGINT NOT NULL,
    status        TEXT COLLATE "C" NOT NULL,
    udfald        TEXT COLLATE "C" NOT NULL,
    afgjort       TEXT COLLATE "C",
    PRIMARY KEY (sag_id, id)
);

INSERT INTO taellere(navn, vaerdi) VALUES ('genopbyg_projektioner', 1)
    ON CONFLICT(navn) DO UPDATE SET vaerdi = 1;
