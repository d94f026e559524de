-- Migration 7: a worklist is read as a team's (or a caseworker's) tasks in
-- due-date order, 50 at a time, with the columns it shows. With those
-- columns in the index, the database answers from the index alone; before, it
-- looked each of the up to 100 rows up in the table, a third of the
-- server's time for GET /api/arbejdsliste on a 1.000.000-case portfolio
-- (docs/performance.md). sag_id follows forfald, so the order "forfald,
-- sag_id" needs no sort. The indexes of migration 1 are replaced.

DROP INDEX opgaver_team;
DROP INDEX opgaver_behandler;
CREATE INDEX opgaver_team
    ON opgaver(team, venter, forfald, sag_id, art, tekst, ref, sagsbehandler);
CREATE INDEX opgaver_behandler
    ON opgaver(sagsbehandler, venter, forfald, sag_id, art, tekst, ref);
