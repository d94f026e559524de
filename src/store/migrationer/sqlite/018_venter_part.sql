-- Migration 18: a wait on an external party names the party. The worklist's
-- line of an open "afventer_ekstern" read "Afventer ekstern part (datoen er,
-- hvornår ventetiden begyndte)"; it now says whom the case waits on
-- ("Afventer lægen", from the event's part; audit of issue 12, point 6).
-- The task rows are projections of the events, so they are rebuilt from
-- them when the database is next opened (as migration 3 did).

INSERT INTO taellere(navn, vaerdi) VALUES ('genopbyg_projektioner', 1)
    ON CONFLICT(navn) DO UPDATE SET vaerdi = 1;
