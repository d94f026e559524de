-- Migration 12: the keyed chain (issue 16, docs/sikkerhed.md); the twin
-- of SQLite's migration 12. After this SQL, in the same transaction, the
-- store verifies every case's unkeyed chain, re-hashes every event with
-- the key file's current key (hashversion 3, HMAC-SHA-256) and writes a
-- keyed anchor over every case (sag__store_noeglekaede).

ALTER TABLE haendelser ADD COLUMN noegle BIGINT NOT NULL DEFAULT 0;
ALTER TABLE ankre ADD COLUMN noegle BIGINT NOT NULL DEFAULT 0;

-- The unkeyed anchors name heads whose hashes the re-hashing replaces;
-- they are dropped, and every case is unanchored again, so that the first
-- keyed anchor covers it.
DELETE FROM anker_hoveder;
DELETE FROM ankre;
DELETE FROM uforankrede;
INSERT INTO uforankrede (sag_id, nr, antal)
    SELECT sag_id, max(nr), count(*) FROM haendelser GROUP BY sag_id;

ALTER TABLE laesninger ADD COLUMN noegle BIGINT NOT NULL DEFAULT 0;
ALTER TABLE laesninger ADD COLUMN hash TEXT COLLATE "C" NOT NULL DEFAULT '';

CREATE TABLE databasen (
    nr BIGINT PRIMARY KEY CHECK (nr = 1),
    id TEXT COLLATE "C" NOT NULL
);
INSERT INTO databasen(nr, id)
    VALUES (1, md5(random()::text || clock_timestamp()::text));
