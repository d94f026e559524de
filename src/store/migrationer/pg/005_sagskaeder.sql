-- Migration 5: one hash chain per case instead of one for the whole log,
-- and anchors (docs/hashkaede.md). After this SQL, in the same
-- transaction, the store verifies the old global chain (and refuses a
-- tampered database), re-hashes every event into its case's chain
-- (hashversion 2) and writes the first anchor (sag__store_kaede_pr_sag).

-- How an event's hash was computed: 1 the global chain of schema 1-4,
-- 2 the chain within the case. forrige_hash is now the case's previous
-- event's hash; seq stays the insertion order.
ALTER TABLE haendelser ADD COLUMN hashversion BIGINT NOT NULL DEFAULT 1;

-- The case row's pointer into the global order goes: nothing read it, and
-- keeping it cost an extra write per event.
ALTER TABLE sager DROP COLUMN sidste_seq;

-- An anchor records the head (newest event number and hash) of every case
-- changed since the previous anchor, and is chained to it. til_seq is the
-- newest event it covers: writers are serialised, so seq is commit order,
-- and the cases with events after it are the ones the next anchor covers.
CREATE TABLE ankre (
    nr           BIGINT PRIMARY KEY,
    hashversion  BIGINT NOT NULL,
    registreret  TEXT COLLATE "C" NOT NULL,
    antal_sager  BIGINT NOT NULL,
    til_seq      BIGINT NOT NULL,
    forrige_hash TEXT COLLATE "C" NOT NULL,
    hash         TEXT COLLATE "C" NOT NULL
);

-- No reference to sager: a case deleted behind the store's back must still
-- be named by the anchors that recorded it.
CREATE TABLE anker_hoveder (
    anker_nr BIGINT NOT NULL REFERENCES ankre(nr),
    sag_id   TEXT COLLATE "C" NOT NULL,
    nr       BIGINT NOT NULL,
    hash     TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (anker_nr, sag_id)
);

-- PostgreSQL only: the cases with events not yet covered by an anchor, the
-- newest such event and how many there are. With several writers seq is not commit order, so
-- "events after the anchor's til_seq" would miss a transaction that took
-- its seq before the anchor but committed after it; this table cannot
-- (every append upserts its case's row, an anchor deletes the rows it
-- covered unless a later event changed them meanwhile).
CREATE TABLE uforankrede (
    sag_id TEXT COLLATE "C" PRIMARY KEY,
    nr     BIGINT NOT NULL,
    antal  BIGINT NOT NULL
);
