package vn.tiepdon.sync.client;

import java.util.Collection;

/** The port through which the client remembers what the server holds and how the last attempt went. */
public interface SyncLedger {

    /** The server stored (or already held) these days at {@code cursor}: they need sending again only once changed. */
    void acknowledged(Collection<String> days, long cursor);

    /** How the last cycle ended, for the admin screen (kept across restarts by the kiosk). */
    void finished(SyncOutcome outcome);
}
