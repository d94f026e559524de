-- Migration 4: the quality review (reports 000:L484-492, 001:L561-571): a
-- reproducible sample of the decisions of a period, and each reviewer's
-- verdict (materially correct or not), who gave it and why.

CREATE TABLE kvalitet_stikproeve (
    afgoerelse_id   TEXT PRIMARY KEY,
    sag_id          TEXT NOT NULL REFERENCES sager(id),
    sagstype        TEXT NOT NULL,
    afgoerelse_dato TEXT NOT NULL,
    periode_fra     TEXT NOT NULL,
    periode_til     TEXT NOT NULL,
    seed            INTEGER NOT NULL,
    udtrukket       TEXT NOT NULL
) STRICT;

CREATE INDEX kvalitet_stikproeve_dato ON kvalitet_stikproeve(afgoerelse_dato);

CREATE TABLE kvalitet_vurderinger (
    afgoerelse_id TEXT PRIMARY KEY
                  REFERENCES kvalitet_stikproeve(afgoerelse_id),
    korrekt       INTEGER NOT NULL,
    bruger        TEXT NOT NULL,
    begrundelse   TEXT NOT NULL,
    vurderet      TEXT NOT NULL
) STRICT;
