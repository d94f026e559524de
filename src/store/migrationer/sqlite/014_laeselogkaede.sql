-- Migration 14: the read log chained row by row (issue 16,
-- docs/hashkaede.md "The read log"). After this SQL, in the same
-- transaction, the store chains every existing row, case by case in
-- insertion order, with HMAC-SHA-256 under the key file's current key
-- (sag__store_laeselogkaede). A database with read-log rows needs the key
-- file to migrate.

-- Each new row is chained to the newest row of its case: the lookup walks
-- this index backwards (an index on sag_id alone also holds seq, the
-- rowid, but this one names the order the chain follows).
CREATE INDEX laesninger_kaede ON laesninger(sag_id, seq);
DROP INDEX laesninger_sag;
