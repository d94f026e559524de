-- Migration 11 (issue 14 item 5): the monthly payment run (udbetaling
-- koer) and its payment orders (docs/udbetaling.md, "Den månedlige
-- kørsel"). Reserved number 011 (010 is the awards and their ledger).
--
-- A run is one month's: at most one run per month that is not reversed.
-- It is written in batches, one transaction each; `markoer` is the id of
-- the last award the committed batches covered, so a run killed between
-- batches resumes after it. An order is one award's payment for one month:
-- the primary key (ydelse_id, aar, maaned) is the unique key that keeps a
-- month from being paid twice, whatever runs. The ledger side of an order
-- is a row in ydelse_betalinger with the run's id as reference, written in
-- the same transaction; reversing an unsent run books the opposite
-- amounts there and deletes the orders.

CREATE TABLE udbetaling_koersler (
    id          TEXT PRIMARY KEY,           -- "UDB-2026-01-K1"
    aar         INTEGER NOT NULL,
    maaned      INTEGER NOT NULL,
    status      TEXT NOT NULL,              -- i_gang, faerdig, sendt,
                                            -- tilbagefoert
    markoer     TEXT NOT NULL DEFAULT '',
    antal       INTEGER NOT NULL DEFAULT 0, -- orders
    sum_oere    INTEGER NOT NULL DEFAULT 0,
    bruger      TEXT NOT NULL,
    startet     TEXT NOT NULL,
    afsluttet   TEXT,
    sendt       TEXT,
    tilbagefoert TEXT,
    -- At the end of the run: the ledger's count and sum under its
    -- reference, so a re-run answers without scanning.
    bogfoert_antal INTEGER NOT NULL DEFAULT 0,
    bogfoert_oere INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE UNIQUE INDEX udbetaling_koersel_maaned ON udbetaling_koersler(aar,
    maaned) WHERE status <> 'tilbagefoert';

CREATE TABLE udbetaling_ordrer (
    ydelse_id   TEXT NOT NULL,
    aar         INTEGER NOT NULL,
    maaned      INTEGER NOT NULL,
    koersel_id  TEXT NOT NULL REFERENCES udbetaling_koersler(id),
    sag_id      TEXT NOT NULL,
    betalertype INTEGER NOT NULL,               -- 1 forsikring, 2 AES
    betaler     TEXT NOT NULL,
    beloeb_oere INTEGER NOT NULL CHECK (beloeb_oere > 0),
    PRIMARY KEY (ydelse_id, aar, maaned)
) STRICT, WITHOUT ROWID;

-- A finished run's totals per payer (the orders grouped once, when it
-- finished; a reversed run keeps them as history).
CREATE TABLE udbetaling_totaler (
    koersel_id  TEXT NOT NULL REFERENCES udbetaling_koersler(id),
    betalertype INTEGER NOT NULL,
    betaler     TEXT NOT NULL,
    antal       INTEGER NOT NULL,
    sum_oere    INTEGER NOT NULL,
    PRIMARY KEY (koersel_id, betalertype, betaler)
) STRICT;
