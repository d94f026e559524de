-- Issue 12: worklist filters saved per user: a name and the query string of
-- /ui/arbejdsliste it stands for (fra, til, status, type, q, team). Saved
-- again under the same name, it is replaced. The same fields as the
-- worklist's address, which is a GET form's anyway.
CREATE TABLE gemte_filtre (
    bruger TEXT NOT NULL,
    navn TEXT NOT NULL,
    forespoergsel TEXT NOT NULL,
    gemt TEXT NOT NULL,
    PRIMARY KEY (bruger, navn)
);
