-- Migration 2: the case list is read newest first within a team, within a
-- caseworker, or overall; index exactly those orders so a page of a large
-- portfolio is read from the index without sorting. The (team, status) and
-- (caseworker, status) indexes of migration 1 are replaced.

DROP INDEX sager_team_status;
DROP INDEX sager_behandler_status;
CREATE INDEX sager_team_nyeste ON sager(team, oprettet, id);
CREATE INDEX sager_behandler_nyeste ON sager(sagsbehandler, oprettet, id);
CREATE INDEX sager_nyeste ON sager(oprettet, id);
