-- Migration 9 (issue 10, the case file): the journal's documents, stored
-- content-addressed by their SHA-256 (the same bytes once, whichever case
-- refers to them). A case refers to a document through its "dokument"
-- event (hash-chained like every event); a document never changes once
-- stored: the triggers refuse UPDATE and DELETE.
-- Numbered 9 because 8 is reserved for the letters (breve); the array of
-- migrations must list 008 before this file when both are merged.

CREATE TABLE dokumenter (
    sha256      TEXT PRIMARY KEY,
    mime        TEXT NOT NULL,
    stoerrelse  INTEGER NOT NULL,
    indhold     BLOB NOT NULL,
    registreret TEXT NOT NULL
) STRICT;

CREATE TRIGGER dokumenter_uforanderlig_opdater BEFORE UPDATE ON dokumenter
BEGIN
    SELECT RAISE(ABORT, 'et dokument ændres aldrig');
END;

CREATE TRIGGER dokumenter_uforanderlig_slet BEFORE DELETE ON dokumenter
BEGIN
    SELECT RAISE(ABORT, 'et dokument slettes aldrig');
END;
