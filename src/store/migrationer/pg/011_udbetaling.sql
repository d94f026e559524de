-- Migration 11 (issue 14 item 5), as SQLite's 011: the monthly payment
-- run and its payment orders. See the SQLite file for the rules: one run
-- per month that is not reversed, resumable after `markoer`, and the
-- primary key (ydelse_id, aar, maaned) that keeps a month from being paid
-- twice.

CREATE TABLE udbetaling_koersler (
    id          TEXT COLLATE "C" PRIMARY KEY,
    aar         INTEGER NOT NULL,
    maaned      INTEGER NOT NULL,
    status      TEXT COLLATE "C" NOT NULL,
    markoer     TEXT COLLATE "C" NOT NULL DEFAULT '',
    antal       BIGINT NOT NULL DEFAULT 0,
    sum_oere    BIGINT NOT NULL DEFAULT 0,
    bruger      TEXT COLLATE "C" NOT NULL,
    startet     TEXT COLLATE "C" NOT NULL,
    afsluttet   TEXT COLLATE "C",
    sendt       TEXT COLLATE "C",
    tilbagefoert TEXT COLLATE "C",
    -- At the end of the run: the ledger's count and sum under its
    -- reference, so a re-run answers without scanning.
    bogfoert_antal BIGINT NOT NULL DEFAULT 0,
    bogfoert_oere BIGINT NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX udbetaling_koersel_maaned ON udbetaling_koersler(aar,
    maaned) WHERE status <> 'tilbagefoert';

CREATE TABLE udbetaling_ordrer (
    ydelse_id   TEXT COLLATE "C" NOT NULL,
    aar         INTEGER NOT NULL,
    maaned      INTEGER NOT NULL,
    koersel_id  TEXT COLLATE "C" NOT NULL REFERENCES udbetaling_koersler(id),
    sag_id      TEXT COLLATE "C" NOT NULL,
    betalertype INTEGER NOT NULL,
    betaler     TEXT COLLATE "C" NOT NULL,
    beloeb_oere BIGINT NOT NULL CHECK (beloeb_oere > 0),
    PRIMARY KEY (ydelse_id, aar, maaned)
);

-- A finished run's totals per payer (the orders grouped once, when it
-- finished; a reversed run keeps them as history).
CREATE TABLE udbetaling_totaler (
    koersel_id  TEXT COLLATE "C" NOT NULL REFERENCES udbetaling_koersler(id),
    betalertype INTEGER NOT NULL,
    betaler     TEXT COLLATE "C" NOT NULL,
    antal       BIGINT NOT NULL,
    sum_oere    BIGINT NOT NULL,
    PRIMARY KEY (koersel_id, betalertype, betaler)
);
