package vn.tiepdon.sync.server;

import java.util.List;
import vn.tiepdon.sync.protocol.Batch;
import vn.tiepdon.sync.protocol.DayTotals;
import vn.tiepdon.sync.protocol.HourTotal;
import vn.tiepdon.sync.protocol.SecondsCount;
import vn.tiepdon.sync.protocol.SyncProtocol;

/** Short ways to write batches in tests (ships in the test jar). */
public final class TestBatches {

    private TestBatches() {
    }

    public static Batch batch(String kiosk, String facility, long cursor, DayTotals... days) {
        return new Batch(SyncProtocol.VERSION, kiosk, facility, cursor, List.of(days));
    }

    public static DayTotals day(String day, List<HourTotal> totals, List<SecondsCount> seconds) {
        return new DayTotals(day, totals, seconds);
    }

    public static DayTotals day(String day, HourTotal... totals) {
        return new DayTotals(day, List.of(totals), List.of());
    }

    /** A count without amount or duration. */
    public static HourTotal count(int hour, String kind, String subject, long count) {
        return new HourTotal(hour, kind, subject, 0, count, 0, 0);
    }

    public static HourTotal total(int hour, String kind, String subject, int flag, long count, long amountDong,
                                  long millisSum) {
        return new HourTotal(hour, kind, subject, flag, count, amountDong, millisSum);
    }

    public static SecondsCount seconds(String kind, long seconds, long count) {
        return new SecondsCount(kind, seconds, count);
    }
}
