-- Migration 15, as SQLite's 015: tax cards for the A-skat withheld from
-- AES's own running payments, and each order's withholding. See the SQLite
-- file for the rules (rows written once; a card valid from its date within
-- its year; beloeb_oere stays gross).
CREATE TABLE skattekort (
    cpr                 TEXT COLLATE "C" NOT NULL,
    gyldig_fra          TEXT COLLATE "C" NOT NULL,
    traekprocent        INTEGER NOT NULL CHECK (traekprocent BETWEEN 0 AND
                                                100),
    fradrag_maaned_oere BIGINT NOT NULL CHECK (fradrag_maaned_oere >= 0),
    kilde               TEXT COLLATE "C" NOT NULL CHECK (kilde <> ''),
    kilde_dato          TEXT COLLATE "C" NOT NULL,
    bruger              TEXT COLLATE "C" NOT NULL,
    registreret         TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (cpr, gyldig_fra)
);

ALTER TABLE udbetaling_ordrer ADD COLUMN a_skat_oere BIGINT NOT NULL
    DEFAULT 0;
ALTER TABLE udbetaling_ordrer ADD COLUMN fradrag_oere BIGINT NOT NULL
    DEFAULT 0;
ALTER TABLE udbetaling_totaler ADD COLUMN a_skat_oere BIGINT NOT NULL
    DEFAULT 0;
ALTER TABLE udbetaling_koersler ADD COLUMN a_skat_oere BIGINT NOT NULL
    DEFAULT 0;
