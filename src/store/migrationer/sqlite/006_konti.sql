-- Migration 6: accounts, browser sessions and API tokens (docs/adgang.md).
-- None of this is case data: account changes are not events and are not in
-- the hash chains. Times are Unix seconds (UTC). No secret is stored in a
-- form that lets its holder log in: passwords as Argon2id strings, session
-- and API tokens as the SHA-256 (hex) of the token. The TOTP seed is the
-- exception a TOTP verifier cannot avoid (docs/adgang.md, "What is stored").

CREATE TABLE konti (
    navn             TEXT PRIMARY KEY,
    rolle            TEXT NOT NULL,      -- sagsbehandler, jurist, ..., borger
    team             TEXT,               -- NULL: every team
    cpr              TEXT,               -- borger accounts only
    forsikring       TEXT,               -- forsikring accounts only
    kodeord_hash     TEXT NOT NULL,      -- crypto_pwhash_str (Argon2id)
    totp_hemmelighed BLOB,               -- raw seed; NULL: no second factor
    totp_brugt       INTEGER NOT NULL DEFAULT 0, -- last TOTP step accepted
    aktiv            INTEGER NOT NULL,
    fejl             INTEGER NOT NULL,   -- consecutive failed logins
    spaerret_til     INTEGER NOT NULL,   -- no login before this time
    oprettet         INTEGER NOT NULL,
    aendret          INTEGER NOT NULL
) STRICT;

-- A citizen has at most one account.
CREATE UNIQUE INDEX konti_cpr ON konti(cpr) WHERE cpr IS NOT NULL;

CREATE TABLE sessioner (
    token_hash  TEXT PRIMARY KEY,        -- SHA-256 hex of the token
    bruger      TEXT NOT NULL REFERENCES konti(navn),
    csrf        TEXT NOT NULL,
    oprettet    INTEGER NOT NULL,
    sidst_brugt INTEGER NOT NULL,
    udloeber    INTEGER NOT NULL         -- absolute end
) STRICT, WITHOUT ROWID;

CREATE INDEX sessioner_bruger ON sessioner(bruger, oprettet);
CREATE INDEX sessioner_udloeber ON sessioner(udloeber);

CREATE TABLE api_noegler (
    token_hash  TEXT PRIMARY KEY,        -- SHA-256 hex of the token
    bruger      TEXT NOT NULL REFERENCES konti(navn),
    scope       INTEGER NOT NULL,        -- bit set (konto.h SAG_SCOPE_*)
    beskrivelse TEXT NOT NULL,
    oprettet    INTEGER NOT NULL,
    udloeber    INTEGER,                 -- NULL: until revoked
    aktiv       INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX api_noegler_bruger ON api_noegler(bruger);
