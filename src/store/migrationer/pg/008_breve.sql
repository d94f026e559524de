-- Migration 8: decision letters (docs/breve.md), as SQLite's 008. A letter
-- is stored once and never changed: a corrected letter is a new row. The
-- event "brev_dannet" carries the SHA-256 of the PDF, which `verificer`
-- recomputes from the stored bytes.

CREATE TABLE breve (
    id TEXT COLLATE "C" PRIMARY KEY,
    sag_id TEXT COLLATE "C" NOT NULL REFERENCES sager(id),
    afgoerelse_id TEXT COLLATE "C",
    type TEXT COLLATE "C" NOT NULL,
    dato TEXT COLLATE "C" NOT NULL,
    pdf BYTEA NOT NULL,
    html TEXT COLLATE "C" NOT NULL,
    sha256 TEXT COLLATE "C" NOT NULL,
    registreret TEXT COLLATE "C" NOT NULL
);

CREATE INDEX breve_sag ON breve(sag_id, id);
