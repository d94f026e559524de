-- Migration 6: accounts, browser sessions and API tokens (docs/adgang.md).
-- None of this is case data: account changes are not events and are not in
-- the hash chains. Times are Unix seconds (UTC). No secret is stored in a
-- form that lets its holder log in: passwords as Argon2id strings, session
-- and API tokens as the SHA-256 (hex) of the token. The TOTP seed is the
-- exception a TOTP verifier cannot avoid (docs/adgang.md, "What is stored").

CREATE TABLE konti (
    navn             TEXT COLLATE "C" PRIMARY KEY,
    rolle            TEXT COLLATE "C" NOT NULL,      -- sagsbehandler, jurist, ..., borger
    team             TEXT COLLATE "C",               -- NULL: every team
    cpr              TEXT COLLATE "C",               -- borger accounts only
    forsikring       TEXT COLLATE "C",               -- forsikring accounts only
    kodeord_hash     TEXT COLLATE "C" NOT NULL,      -- crypto_pwhash_str (Argon2id)
    totp_hemmelighed BYTEA,               -- raw seed; NULL: no second factor
    totp_brugt       BIGINT NOT NULL DEFAULT 0, -- last TOTP step accepted
    aktiv            BIGINT NOT NULL,
    fejl             BIGINT NOT NULL,   -- consecutive failed logins
    spaerret_til     BIGINT NOT NULL,   -- no login before this time
    oprettet         BIGINT NOT NULL,
    aendret          BIGINT NOT NULL
);

-- A citizen has at most one account.
CREATE UNIQUE INDEX konti_cpr ON konti(cpr) WHERE cpr IS NOT NULL;

CREATE TABLE sessioner (
    token_hash  TEXT COLLATE "C" PRIMARY KEY,        -- SHA-256 hex of the token
    bruger      TEXT COLLATE "C" NOT NULL REFERENCES konti(navn),
    csrf        TEXT COLLATE "C" NOT NULL,
    oprettet    BIGINT NOT NULL,
    sidst_brugt BIGINT NOT NULL,
    udloeber    BIGINT NOT NULL         -- absolute end
);

CREATE INDEX sessioner_bruger ON sessioner(bruger, oprettet);
CREATE INDEX sessioner_udloeber ON sessioner(udloeber);

CREATE TABLE api_noegler (
    token_hash  TEXT COLLATE "C" PRIMARY KEY,        -- SHA-256 hex of the token
    bruger      TEXT COLLATE "C" NOT NULL REFERENCES konti(navn),
    scope       BIGINT NOT NULL,        -- bit set (konto.h SAG_SCOPE_*)
    beskrivelse TEXT COLLATE "C" NOT NULL,
    oprettet    BIGINT NOT NULL,
    udloeber    BIGINT,                 -- NULL: until revoked
    aktiv       BIGINT NOT NULL
);

CREATE INDEX api_noegler_bruger ON api_noegler(bruger);
