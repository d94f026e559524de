-- Migration 16: a worklist row carries its case's type. Since the worklists
-- got a case-type column and filter (issue 12), each of the up to 100 rows
-- of GET /api/arbejdsliste looked its case up in `sager` (an index seek on
-- the text id, then a table seek): on the 1.000.000-case portfolio that was
-- half the database time of a worklist request (docs/performance.md). The type
-- of a case never changes, so the projection writes it with the task and the
-- covering indexes of migration 7 include it: the worklist is answered from
-- the index alone again.

ALTER TABLE opgaver ADD COLUMN type TEXT NOT NULL DEFAULT '';
UPDATE opgaver SET type = sager.type FROM sager WHERE sager.id = opgaver.sag_id;
DROP INDEX opgaver_team;
DROP INDEX opgaver_behandler;
CREATE INDEX opgaver_team
    ON opgaver(team, venter, forfald, sag_id, art, tekst, ref, sagsbehandler, type);
CREATE INDEX opgaver_behandler
    ON opgaver(sagsbehandler, venter, forfald, sag_id, art, tekst, ref, type);
