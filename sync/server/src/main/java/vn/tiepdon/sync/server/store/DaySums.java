package vn.tiepdon.sync.server.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One day's totals summed over its hours (by kind, subject and flag: count, amount, duration) and its seconds
 * histograms, kept as two short texts in the day's row of {@code kiosk_days} (one kiosk) and {@code facility_days}
 * (its kiosks summed). A report over a year then reads 365 rows a kiosk or facility instead of a row per kind and
 * per histogram bucket: the database's per-row cost, not the arithmetic, was what made a year's report slow.
 *
 * <p>The text is one entry a line, fields separated by one space, in a fixed order: {@code KIND SUBJECT FLAG COUNT
 * AMOUNT MILLIS} and {@code KIND SECONDS COUNT}. Kinds and subjects are protocol codes, which never hold a space or
 * a line break (sync/PROTOCOL.md); a subject may be empty.
 */
public final class DaySums {

    /** A total's key within a day. */
    public record TotalKey(String kind, String subject, int flag) implements Comparable<TotalKey> {
        @Override
        public int compareTo(TotalKey other) {
            int byKind = kind.compareTo(other.kind);
            if (byKind != 0) {
                return byKind;
            }
            int bySubject = subject.compareTo(other.subject);
            return bySubject != 0 ? bySubject : Integer.compare(flag, other.flag);
        }
    }

    /** A histogram bucket's key within a day. */
    public record SecondsKey(String kind, long seconds) implements Comparable<SecondsKey> {
        @Override
        public int compareTo(SecondsKey other) {
            int byKind = kind.compareTo(other.kind);
            return byKind != 0 ? byKind : Long.compare(seconds, other.seconds);
        }
    }

    // Hash maps to add into (a year's report adds 400 k entries); the texts are written in key order.
    private final Map<TotalKey, long[]> totals = new HashMap<>();
    private final Map<SecondsKey, long[]> seconds = new HashMap<>();

    public void addTotal(String kind, String subject, int flag, long count, long amountDong, long millisSum) {
        long[] sum = totals.computeIfAbsent(new TotalKey(kind, subject, flag), k -> new long[3]);
        sum[0] += count;
        sum[1] += amountDong;
        sum[2] += millisSum;
    }

    public void addSeconds(String kind, long bucket, long count) {
        seconds.computeIfAbsent(new SecondsKey(kind, bucket), k -> new long[1])[0] += count;
    }

    /** Adds a day held as text ({@link #totalsText()}, {@link #secondsText()}; null or empty for none). */
    public void addText(String totalsText, String secondsText) {
        if (totalsText != null) {
            Fields fields = new Fields(totalsText);
            while (fields.hasMore()) {
                addTotal(fields.kind(), fields.subject(), (int) fields.number(), fields.number(), fields.number(),
                        fields.number());
            }
        }
        if (secondsText != null) {
            Fields fields = new Fields(secondsText);
            while (fields.hasMore()) {
                addSeconds(fields.kind(), fields.number(), fields.number());
            }
        }
    }

    /** Totals by key: count, amount in đồng, duration in milliseconds. */
    public Map<TotalKey, long[]> totals() {
        return totals;
    }

    /** Histogram buckets by key: count. */
    public Map<SecondsKey, long[]> seconds() {
        return seconds;
    }

    public String totalsText() {
        StringBuilder text = new StringBuilder(totals.size() * 40);
        new TreeMap<>(totals).forEach((key, sum) -> line(text).append(key.kind()).append(' ').append(key.subject()).append(' ')
                .append(key.flag()).append(' ').append(sum[0]).append(' ').append(sum[1]).append(' ')
                .append(sum[2]));
        return text.toString();
    }

    public String secondsText() {
        StringBuilder text = new StringBuilder(seconds.size() * 20);
        new TreeMap<>(seconds).forEach((key, count) -> line(text).append(key.kind()).append(' ').append(key.seconds()).append(' ')
                .append(count[0]));
        return text.toString();
    }

    private static StringBuilder line(StringBuilder text) {
        return text.isEmpty() ? text : text.append('\n');
    }

    /** Reads the fields of the text in order, without splitting it into arrays first (a year is 400 k entries). */
    private static final class Fields {
        private final String text;
        private int at;
        // Entries come in key order, so a kind or subject is mostly the one just read: kept rather than copied again.
        private String lastKind = "";
        private String lastSubject = "";

        Fields(String text) {
            this.text = Objects.requireNonNull(text);
        }

        boolean hasMore() {
            return at < text.length();
        }

        String kind() {
            return lastKind = field(lastKind);
        }

        String subject() {
            return lastSubject = field(lastSubject);
        }

        private String field(String last) {
            int end = end();
            String field = end - at == last.length() && text.regionMatches(at, last, 0, last.length()) ? last
                    : text.substring(at, end);
            at = end + 1;
            return field;
        }

        /** Digits read as they are scanned: numbers are most of the text. */
        long number() {
            boolean negative = at < text.length() && text.charAt(at) == '-';
            if (negative) {
                at++;
            }
            long value = 0;
            int start = at;
            for (char c; at < text.length() && (c = text.charAt(at)) >= '0' && c <= '9'; at++) {
                value = value * 10 + (c - '0');
            }
            if (at == start) {
                throw new IllegalArgumentException("a day sum's text has no number at " + start);
            }
            at++;
            return negative ? -value : value;
        }

        private int end() {
            int end = at;
            while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '\n') {
                end++;
            }
            return end;
        }
    }
}
