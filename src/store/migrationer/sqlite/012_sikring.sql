-- Migration 12: the keyed chain (issue 16, docs/sikkerhed.md). After this
-- SQL, in the same transaction, the store verifies every case's unkeyed
-- chain (hashversion 2; a tampered database is refused and stays at
-- schema 11), re-hashes every event with the key file's current key
-- (hashversion 3, HMAC-SHA-256) and writes a keyed anchor over every case
-- (sag__store_noeglekaede). A database with events needs the key file to
-- migrate.

-- The key (its number in the key ring) an event, an anchor or a read-log
-- row was chained with; 0: none (not yet migrated).
ALTER TABLE haendelser ADD COLUMN noegle INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ankre ADD COLUMN noegle INTEGER NOT NULL DEFAULT 0;

-- The unkeyed anchors name heads whose hashes the re-hashing replaces;
-- they are dropped, and the first keyed anchor covers every case.
DELETE FROM anker_hoveder;
DELETE FROM ankre;

-- The read log is chained too (one chain for the whole log, keyed).
ALTER TABLE laesninger ADD COLUMN noegle INTEGER NOT NULL DEFAULT 0;
ALTER TABLE laesninger ADD COLUMN hash TEXT NOT NULL DEFAULT '';

-- The database's identity, named by its signed checkpoints (a checkpoint
-- file may serve several databases).
CREATE TABLE databasen (
    nr INTEGER PRIMARY KEY CHECK (nr = 1),
    id TEXT NOT NULL
) STRICT;
INSERT INTO databasen(nr, id) VALUES (1, lower(hex(randomblob(16))));
