-- Migration 4: the quality review (reports 000:L484-492, 001:L561-571): a
-- reproducible sample of the decisions of a period, and each reviewer's
-- verdict (materially correct or not), who gave it and why.

CREATE TABLE kvalitet_stikproeve (
    afgoerelse_id   TEXT COLLATE "C" PRIMARY KEY,
    sag_id          TEXT COLLATE "C" NOT NULL REFERENCES sager(id),
    sagstype        TEXT COLLATE "C" NOT NULL,
    afgoerelse_dato TEXT COLLATE "C" NOT NULL,
    periode_fra     TEXT COLLATE "C" NOT NULL,
    periode_til     TEXT COLLATE "C" NOT NULL,
    seed            BIGINT NOT NULL,
    udtrukket       TEXT COLLATE "C" NOT NULL
);

CREATE INDEX kvalitet_stikproeve_dato ON kvalitet_stikproeve(afgoerelse_dato);

CREATE TABLE kvalitet_vurderinger (
    afgoerelse_id TEXT COLLATE "C" PRIMARY KEY
                  REFERENCES kvalitet_stikproeve(afgoerelse_id),
    korrekt       BIGINT NOT NULL,
    bruger        TEXT COLLATE "C" NOT NULL,
    begrundelse   TEXT COLLATE "C" NOT NULL,
    vurderet      TEXT COLLATE "C" NOT NULL
);
