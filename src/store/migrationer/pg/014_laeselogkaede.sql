-- Migration 14: the read log chained row by row; the twin of SQLite's
-- migration 14 (issue 16, docs/hashkaede.md "The read log"). After this
-- SQL, in the same transaction, the store chains every existing row, case
-- by case in insertion order, with HMAC-SHA-256 under the key file's
-- current key (sag__store_laeselogkaede).

-- Each new row is chained to the newest row of its case, found by walking
-- this index backwards under the case's advisory lock.
CREATE INDEX laesninger_kaede ON laesninger(sag_id, seq);
DROP INDEX laesninger_sag;
