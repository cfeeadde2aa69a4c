package vn.tiepdon.sync.protocol;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a kiosk sends: its absolute totals for some days, read in one snapshot of its database.
 *
 * @param protocol the {@link SyncProtocol#VERSION} the kiosk speaks
 * @param kiosk    the kiosk's id, as enrolled on the server
 * @param facility the facility (hospital) code the kiosk belongs to
 * @param cursor   the kiosk's event sequence at the snapshot: every event up to it, none after, is in these totals.
 *                 It only grows (a restored kiosk jumps it forward), so the server keeps, per day, the batch with
 *                 the highest cursor: a repeated, late or replayed batch changes nothing.
 */
public record Batch(int protocol, String kiosk, String facility, long cursor, List<DayTotals> days) {

    public Batch {
        if (protocol < 1) {
            throw new BatchRejected(BatchRejected.Reason.MALFORMED, "protocol must be 1 or more, was " + protocol);
        }
        if (protocol > SyncProtocol.VERSION) {
            throw new BatchRejected(BatchRejected.Reason.UNSUPPORTED_VERSION, "protocol " + protocol
                    + " is newer than this server (" + SyncProtocol.VERSION + "): upgrade the server first");
        }
        Codes.require("kiosk", kiosk, SyncProtocol.MAX_KIOSK_ID, false);
        Codes.require("facility", facility, SyncProtocol.MAX_FACILITY, false);
        if (cursor < 0) {
            throw new BatchRejected(BatchRejected.Reason.MALFORMED, "cursor is not negative");
        }
        days = List.copyOf(days == null ? List.of() : days);
        if (days.size() > SyncProtocol.MAX_DAYS) {
            throw new BatchRejected(BatchRejected.Reason.TOO_LARGE,
                    "at most " + SyncProtocol.MAX_DAYS + " days in one batch, was " + days.size());
        }
        Set<String> seen = new HashSet<>();
        for (DayTotals day : days) {
            if (!seen.add(day.day())) {
                throw new BatchRejected(BatchRejected.Reason.MALFORMED, "day " + day.day() + " appears twice");
            }
        }
    }
}
