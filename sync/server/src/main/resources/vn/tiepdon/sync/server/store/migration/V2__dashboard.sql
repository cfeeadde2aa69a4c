-- Dashboard sessions (kept here, not in a server's memory, so several instances share them) and the names managers
-- read in place of codes. Plain SQL for SQLite and PostgreSQL alike.

-- The SHA-256 of the session cookie's random id; the id itself is only in the person's browser.
CREATE TABLE sessions (
    id_hash    VARCHAR(64) NOT NULL PRIMARY KEY,
    user_name  VARCHAR(64) NOT NULL,
    role       VARCHAR(10) NOT NULL,
    csrf       VARCHAR(64) NOT NULL,
    created_at BIGINT      NOT NULL,
    expires_at BIGINT      NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_name);

-- A service's or a facility's name in Vietnamese and English, set by an administrator.
CREATE TABLE names (
    kind    VARCHAR(10)  NOT NULL CHECK (kind IN ('SERVICE', 'FACILITY')),
    code    VARCHAR(40)  NOT NULL,
    name_vi VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    PRIMARY KEY (kind, code)
);
