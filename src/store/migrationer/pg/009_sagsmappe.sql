-- Migration 9 (issue 10, the case file), as SQLite's 009: the journal's
-- documents, stored content-addressed by their SHA-256. A case refers to a
-- document through its hash-chained "dokument" event; a document never
-- changes once stored: the trigger refuses UPDATE and DELETE.

CREATE TABLE dokumenter (
    sha256 TEXT COLLATE "C" PRIMARY KEY,
    mime TEXT COLLATE "C" NOT NULL,
    stoerrelse BIGINT NOT NULL,
    indhold BYTEA NOT NULL,
    registreret TEXT COLLATE "C" NOT NULL
);

CREATE FUNCTION dokumenter_uforanderlig() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'et dokument ændres eller slettes aldrig';
END
$$;

CREATE TRIGGER dokumenter_uforanderlig BEFORE UPDATE OR DELETE ON dokumenter
    FOR EACH ROW EXECUTE FUNCTION dokumenter_uforanderlig();
