-- Migration 17: an index of the parties' names. A search by name
-- (sag_tj_soeg_navn: the search page and POST /api/sager/soeg) replayed
-- every case in the searcher's scope to read its parties: minutes on the
-- 1.000.000-case portfolio. Each party's name is kept here as its words
-- (sag_navneord: lower-cased, split at what is not a letter or digit), so
-- a search finds its candidates by the prefix of its longest word through
-- the index; the events still decide (each candidate is replayed and
-- matched). Written by the projection with the case's other derived
-- tables, compared by `verificer`; the rows of cases that had parties
-- before this migration are written by its step in C
-- (sag__store_parter_indeks).

CREATE TABLE parter (
    sag_id TEXT NOT NULL REFERENCES sager(id),
    nr     INTEGER NOT NULL,
    ord    TEXT NOT NULL
) STRICT;
CREATE INDEX parter_ord ON parter(ord, sag_id);
CREATE INDEX parter_sag ON parter(sag_id, nr, ord);
