-- Migration 10 (issue 14): awards (ydelser) with periods and the payments
-- booked against them (include/skadesag/ydelse.h). An award is written
-- once when its decision is recorded; the only later change is its
-- supersession from a date by a later decision (erstattet_fra,
-- erstattet_af, and `slut`, the last day it covers, kept for the monthly
-- run's range query). Dates are day numbers (struct sag_dato.dage).
-- Reserved number 010 (briefing); 011 is the monthly run's (udbetaling).

CREATE TABLE ydelser (
    id            TEXT PRIMARY KEY,
    sag_id        TEXT NOT NULL REFERENCES sager(id),
    afgoerelse_id TEXT NOT NULL,
    art           INTEGER NOT NULL,
    fra           INTEGER NOT NULL,
    til           INTEGER,
    beloeb_oere   INTEGER NOT NULL,
    regulering    INTEGER NOT NULL,
    niveau_aar    INTEGER NOT NULL,
    betalertype   INTEGER NOT NULL,
    betaler       TEXT NOT NULL,
    andel_taeller INTEGER NOT NULL,
    andel_naevner INTEGER NOT NULL,
    skattepligtig INTEGER NOT NULL,
    erstattet_fra INTEGER,
    erstattet_af  TEXT,
    slut          INTEGER,
    registreret   TEXT NOT NULL
) STRICT;

CREATE INDEX ydelser_sag ON ydelser(sag_id, fra, id);
CREATE INDEX ydelser_periode ON ydelser(fra, slut);

-- Only the supersession may change an award.
CREATE TRIGGER ydelser_uforanderlig BEFORE UPDATE OF id, sag_id,
    afgoerelse_id, art, fra, til, beloeb_oere, regulering, niveau_aar,
    betalertype, betaler, andel_taeller, andel_naevner, skattepligtig, registreret
    ON ydelser
BEGIN
    SELECT RAISE(ABORT, 'en ydelse ændres aldrig, den erstattes');
END;

CREATE TRIGGER ydelser_slet BEFORE DELETE ON ydelser
BEGIN
    SELECT RAISE(ABORT, 'en ydelse slettes aldrig');
END;

CREATE TABLE ydelse_betalinger (
    ydelse_id   TEXT NOT NULL REFERENCES ydelser(id),
    aar         INTEGER NOT NULL,
    maaned      INTEGER NOT NULL,
    beloeb_oere INTEGER NOT NULL,
    reference   TEXT NOT NULL,
    registreret TEXT NOT NULL,
    PRIMARY KEY (ydelse_id, aar, maaned, reference)
) STRICT;
