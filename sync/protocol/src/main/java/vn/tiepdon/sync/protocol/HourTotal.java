package vn.tiepdon.sync.protocol;

/**
 * One aggregate row of a day: how many events of one kind, subject and flag a kiosk counted in one hour, with their
 * amounts and durations summed. Absolute: the whole count so far, never the change since the last batch.
 */
public record HourTotal(int hour, String kind, String subject, int flag, long count, long amountDong, long millisSum) {

    public HourTotal {
        if (hour < 0 || hour > 23) {
            throw new BatchRejected(BatchRejected.Reason.MALFORMED, "hour must be 0–23, was " + hour);
        }
        Codes.require("kind", kind, SyncProtocol.MAX_KIND, false);
        Codes.require("subject", subject, SyncProtocol.MAX_SUBJECT, true);
        if (flag != 0 && flag != 1) {
            throw new BatchRejected(BatchRejected.Reason.MALFORMED, "flag must be 0 or 1, was " + flag);
        }
        if (count < 0 || amountDong < 0 || millisSum < 0) {
            throw new BatchRejected(BatchRejected.Reason.MALFORMED, "counts, amounts and durations are not negative");
        }
    }
}
