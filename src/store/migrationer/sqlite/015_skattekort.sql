-- Migration 15 (issue 14 item 4; branch ydelser2, reserved number 015): tax
-- cards for the A-skat withheld from the running payments AES makes
-- itself (docs/udbetaling.md, "Skat"; docs/rules_map.md Q-64, Q-67, Q-68).
--
-- The tax authority's services cannot be reached here, so a card is
-- entered by hand from its source: the withholding rate (trækprocent,
-- whole percent) and the monthly allowance (fradrag) in øre, the source
-- text and its date, who entered it and when. A card is valid from
-- `gyldig_fra` within its calendar year (KSL § 48, stk. 1: cards are made
-- for the year); a later card of the same year replaces it from its date.
-- Rows are written once: a correction is a new card.
CREATE TABLE skattekort (
    cpr                 TEXT NOT NULL,        -- DDMMYY-XXXX, as sager.cpr
    gyldig_fra          TEXT NOT NULL,        -- YYYY-MM-DD
    traekprocent        INTEGER NOT NULL CHECK (traekprocent BETWEEN 0 AND
                                                100),
    fradrag_maaned_oere INTEGER NOT NULL CHECK (fradrag_maaned_oere >= 0),
    kilde               TEXT NOT NULL CHECK (kilde <> ''),
    kilde_dato          TEXT NOT NULL,
    bruger              TEXT NOT NULL,
    registreret         TEXT NOT NULL,
    PRIMARY KEY (cpr, gyldig_fra)
) STRICT;

-- An order's withholding: the A-skat (øre) and the allowance it used.
-- beloeb_oere stays the gross amount (what the ledger books as paid); the
-- transfer is beloeb_oere − a_skat_oere. Orders to insurers carry 0.
ALTER TABLE udbetaling_ordrer ADD COLUMN a_skat_oere INTEGER NOT NULL
    DEFAULT 0;
ALTER TABLE udbetaling_ordrer ADD COLUMN fradrag_oere INTEGER NOT NULL
    DEFAULT 0;
ALTER TABLE udbetaling_totaler ADD COLUMN a_skat_oere INTEGER NOT NULL
    DEFAULT 0;
ALTER TABLE udbetaling_koersler ADD COLUMN a_skat_oere INTEGER NOT NULL
    DEFAULT 0;

CREATE TRIGGER skattekort_kun_tilfoej_u BEFORE UPDATE ON skattekort
BEGIN
    SELECT RAISE(ABORT, 'skattekort rettes ikke: registrer et nyt');
END;
CREATE TRIGGER skattekort_kun_tilfoej_d BEFORE DELETE ON skattekort
BEGIN
    SELECT RAISE(ABORT, 'skattekort rettes ikke: registrer et nyt');
END;
