-- The indicator server's tables. Plain SQL that SQLite and PostgreSQL both run unchanged: days are ISO text
-- (yyyy-MM-dd, so text order is date order), times are epoch milliseconds.

-- Each enrolled kiosk: its facility, the SHA-256 of its token (the token itself is shown once and never stored).
CREATE TABLE kiosks (
    kiosk_id    VARCHAR(32) NOT NULL PRIMARY KEY,
    facility    VARCHAR(16) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  BIGINT      NOT NULL,
    revoked_at  BIGINT,
    last_seen   BIGINT,
    last_cursor BIGINT
);
CREATE UNIQUE INDEX kiosks_by_token ON kiosks (token_hash);
CREATE INDEX kiosks_by_facility ON kiosks (facility);

-- Per kiosk and day, the cursor of the batch whose totals are held: a batch replaces a day only with a higher one.
CREATE TABLE kiosk_days (
    kiosk_id    VARCHAR(32) NOT NULL,
    day         VARCHAR(10) NOT NULL,
    cursor      BIGINT      NOT NULL,
    received_at BIGINT      NOT NULL,
    PRIMARY KEY (kiosk_id, day)
);

-- The totals of the held batch, one row per hour, kind, subject and flag (kinds this server does not know included).
CREATE TABLE hour_totals (
    kiosk_id    VARCHAR(32) NOT NULL,
    facility    VARCHAR(16) NOT NULL,
    day         VARCHAR(10) NOT NULL,
    hour        INTEGER     NOT NULL,
    kind        VARCHAR(40) NOT NULL,
    subject     VARCHAR(40) NOT NULL,
    flag        INTEGER     NOT NULL,
    count       BIGINT      NOT NULL,
    amount_dong BIGINT      NOT NULL,
    millis_sum  BIGINT      NOT NULL,
    -- Day first: reports read ranges of days, and a batch replaces one kiosk's day (both columns given), so this one
    -- index serves both and each row written maintains no other.
    PRIMARY KEY (day, kiosk_id, hour, kind, subject, flag)
);

-- The duration histograms of the held batch: per kind and whole seconds, how many events (for exact medians).
CREATE TABLE second_counts (
    kiosk_id VARCHAR(32) NOT NULL,
    facility VARCHAR(16) NOT NULL,
    day      VARCHAR(10) NOT NULL,
    kind     VARCHAR(40) NOT NULL,
    seconds  BIGINT      NOT NULL,
    count    BIGINT      NOT NULL,
    PRIMARY KEY (day, kiosk_id, kind, seconds)
);

-- People who read the indicators (viewer) or also manage the server (admin); passwords as slow salted hashes.
CREATE TABLE users (
    name          VARCHAR(64)  NOT NULL PRIMARY KEY,
    role          VARCHAR(10)  NOT NULL CHECK (role IN ('viewer', 'admin')),
    password_hash VARCHAR(255) NOT NULL,
    created_at    BIGINT       NOT NULL
);
