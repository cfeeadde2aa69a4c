-- Reports read days, not hours: each kiosk's day summed over its hours, and each facility's day summed over its
-- kiosks, kept in the same transaction as the hour rows they come from. A year of 200 kiosks is 12 M hour rows,
-- 1.2 M kiosk-day rows and, for 20 facilities, 120 k facility-day rows. Plain SQL for SQLite and PostgreSQL.

CREATE TABLE kiosk_day_totals (
    kiosk_id    VARCHAR(32) NOT NULL,
    facility    VARCHAR(16) NOT NULL,
    day         VARCHAR(10) NOT NULL,
    kind        VARCHAR(40) NOT NULL,
    subject     VARCHAR(40) NOT NULL,
    flag        INTEGER     NOT NULL,
    count       BIGINT      NOT NULL,
    amount_dong BIGINT      NOT NULL,
    millis_sum  BIGINT      NOT NULL,
    PRIMARY KEY (day, kiosk_id, kind, subject, flag)
);

CREATE TABLE facility_day_totals (
    facility    VARCHAR(16) NOT NULL,
    day         VARCHAR(10) NOT NULL,
    kind        VARCHAR(40) NOT NULL,
    subject     VARCHAR(40) NOT NULL,
    flag        INTEGER     NOT NULL,
    count       BIGINT      NOT NULL,
    amount_dong BIGINT      NOT NULL,
    millis_sum  BIGINT      NOT NULL,
    PRIMARY KEY (day, facility, kind, subject, flag)
);

CREATE TABLE facility_second_counts (
    facility VARCHAR(16) NOT NULL,
    day      VARCHAR(10) NOT NULL,
    kind     VARCHAR(40) NOT NULL,
    seconds  BIGINT      NOT NULL,
    count    BIGINT      NOT NULL,
    PRIMARY KEY (day, facility, kind, seconds)
);

-- One row per facility and day, written first by every batch that changes the day: on PostgreSQL its row lock makes
-- batches of two kiosks of one facility recompute the facility's day one after the other, each seeing the other's.
CREATE TABLE facility_days (
    facility VARCHAR(16) NOT NULL,
    day      VARCHAR(10) NOT NULL,
    changes  BIGINT      NOT NULL,
    PRIMARY KEY (facility, day)
);

INSERT INTO kiosk_day_totals (kiosk_id, facility, day, kind, subject, flag, count, amount_dong, millis_sum)
SELECT kiosk_id, facility, day, kind, subject, flag, SUM(count), SUM(amount_dong), SUM(millis_sum)
FROM hour_totals GROUP BY kiosk_id, facility, day, kind, subject, flag;

INSERT INTO facility_day_totals (facility, day, kind, subject, flag, count, amount_dong, millis_sum)
SELECT facility, day, kind, subject, flag, SUM(count), SUM(amount_dong), SUM(millis_sum)
FROM hour_totals GROUP BY facility, day, kind, subject, flag;

INSERT INTO facility_second_counts (facility, day, kind, seconds, count)
SELECT facility, day, kind, seconds, SUM(count) FROM second_counts GROUP BY facility, day, kind, seconds;

INSERT INTO facility_days (facility, day, changes)
SELECT DISTINCT facility, day, 0 FROM hour_totals;
