-- Migration 10 (issue 14): awards (ydelser) and their payments, as
-- SQLite's 010. Dates are day numbers (struct sag_dato.dage). Only the
-- supersession (erstattet_fra, erstattet_af, slut) may change an award.

CREATE TABLE ydelser (
    id TEXT COLLATE "C" PRIMARY KEY,
    sag_id TEXT COLLATE "C" NOT NULL REFERENCES sager(id),
    afgoerelse_id TEXT COLLATE "C" NOT NULL,
    art INTEGER NOT NULL,
    fra INTEGER NOT NULL,
    til INTEGER,
    beloeb_oere BIGINT NOT NULL,
    regulering INTEGER NOT NULL,
    niveau_aar INTEGER NOT NULL,
    betalertype INTEGER NOT NULL,
    betaler TEXT COLLATE "C" NOT NULL,
    andel_taeller BIGINT NOT NULL,
    andel_naevner BIGINT NOT NULL,
    skattepligtig INTEGER NOT NULL,
    erstattet_fra INTEGER,
    erstattet_af TEXT COLLATE "C",
    slut INTEGER,
    registreret TEXT COLLATE "C" NOT NULL
);

CREATE INDEX ydelser_sag ON ydelser(sag_id, fra, id);
CREATE INDEX ydelser_periode ON ydelser(fra, slut);

CREATE TABLE ydelse_betalinger (
    ydelse_id TEXT COLLATE "C" NOT NULL REFERENCES ydelser(id),
    aar INTEGER NOT NULL,
    maaned INTEGER NOT NULL,
    beloeb_oere BIGINT NOT NULL,
    reference TEXT COLLATE "C" NOT NULL,
    registreret TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (ydelse_id, aar, maaned, reference)
);
