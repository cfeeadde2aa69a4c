package vn.tiepdon.sync.protocol;

/** One bucket of a day's duration histogram: how many events of a kind took this many whole seconds. */
public record SecondsCount(String kind, long seconds, long count) {

    public SecondsCount {
        Codes.require("kind", kind, SyncProtocol.MAX_KIND, false);
        if (seconds < 0 || count < 0) {
            throw new BatchRejected(BatchRejected.Reason.MALFORMED, "seconds and counts are not negative");
        }
    }
}
