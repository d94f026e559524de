-- Migration 8: decision letters (docs/breve.md). A letter is stored once and
-- never changed: a corrected letter is a new row. The event "brev_dannet"
-- in the case's hash chain carries the SHA-256 of the PDF, which
-- `verificer` recomputes from the stored bytes.

CREATE TABLE breve (
    id            TEXT PRIMARY KEY,
    sag_id        TEXT NOT NULL REFERENCES sager(id),
    afgoerelse_id TEXT,
    type          TEXT NOT NULL,
    dato          TEXT NOT NULL,
    pdf           BLOB NOT NULL,
    html          TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    registreret   TEXT NOT NULL
) STRICT;

CREATE INDEX breve_sag ON breve(sag_id, id);
