package vn.tiepdon.station;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.admin.SyncLine;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqliteSyncLedger;
import vn.tiepdon.store.SqliteSyncSnapshots;
import vn.tiepdon.sync.client.BackgroundSync;
import vn.tiepdon.sync.client.SyncClient;
import vn.tiepdon.sync.client.SyncOutcome;

/**
 * The kiosk's counts on their way to the indicator server: the sync client on its own daemon thread, reading
 * through a read-only connection of its own (so the issuing connection is never waited for), acknowledgements kept
 * in the kiosk's file. Whatever fails here is logged and shown on the admin screen; it never stops the kiosk.
 */
final class KioskSync implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KioskSync.class);
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final boolean configured;
    private final SqliteSyncLedger ledger;
    private final KioskDatabase reading;
    private final SyncClient client;
    private final BackgroundSync background;
    /** Why sync could not even start (a CA file that is not PEM); empty when it runs or is not configured. */
    private final Optional<SyncOutcome> startFailure;

    private KioskSync(boolean configured, SqliteSyncLedger ledger, KioskDatabase reading, SyncClient client,
                      BackgroundSync background, Optional<SyncOutcome> startFailure) {
        this.configured = configured;
        this.ledger = ledger;
        this.reading = reading;
        this.client = client;
        this.background = background;
        this.startFailure = startFailure;
    }

    /** Starts sending when {@code sync.url} is set; otherwise says once in the log that the kiosk does not. */
    static KioskSync start(KioskSettings settings, KioskDatabase database, Clock clock) {
        SqliteSyncLedger ledger = new SqliteSyncLedger(database);
        if (settings.sync().isEmpty()) {
            LOG.info("Sync: no sync.url in the settings; the counts stay on this kiosk");
            return new KioskSync(false, ledger, null, null, null, Optional.empty());
        }
        KioskDatabase reading = null;
        SyncClient client = null;
        try {
            reading = KioskDatabase.openForReading(database.file(), SqliteSyncSnapshots.SCHEMA_VERSION);
            client = new SyncClient(settings.sync().get(), new SqliteSyncSnapshots(reading), ledger, clock);
            BackgroundSync background = new BackgroundSync(client).start();
            LOG.info("Sync: sending the counts to {} every {} s", settings.sync().get().server(),
                    settings.sync().get().interval().toSeconds());
            return new KioskSync(true, ledger, reading, client, background, Optional.empty());
        } catch (RuntimeException e) {
            LOG.warn("Sync could not start; the kiosk goes on without sending its counts", e);
            if (client != null) {
                client.close();
            }
            if (reading != null) {
                reading.close();
            }
            SyncOutcome failed = new SyncOutcome(e instanceof IllegalArgumentException
                    ? SyncOutcome.Status.CERTIFICATE_REFUSED : SyncOutcome.Status.KIOSK_DATA_UNREADABLE,
                    clock.instant(), 0, 0, 0, 0, 0, Optional.empty(), e.getMessage());
            return new KioskSync(true, ledger, null, null, null, Optional.of(failed));
        }
    }

    /** The admin screen's line: read now from the last outcome and the kept state. */
    SyncLine line() {
        if (!configured) {
            SyncOutcome off = new SyncOutcome(SyncOutcome.Status.NOT_CONFIGURED, Instant.EPOCH, 0, 0, 0, 0, 0,
                    Optional.empty(), "");
            return new SyncLine(Optional.empty(), off.message(VI), off.message(Locale.ENGLISH), false);
        }
        Optional<SqliteSyncLedger.State> state = ledger.state();
        Optional<Instant> lastSuccess = state.flatMap(SqliteSyncLedger.State::lastSuccess);
        // This run's outcome says more (HTTP status, Retry-After) than the one kept from an earlier run.
        Optional<SyncOutcome> last = startFailure
                .or(() -> Optional.ofNullable(background == null ? null : background.last()))
                .or(() -> state.map(SqliteSyncLedger.State::lastAttempt));
        if (last.isEmpty()) {
            return SyncLine.NOT_YET;
        }
        if (last.get().succeeded()) {
            return new SyncLine(lastSuccess, "", "", false);
        }
        return new SyncLine(lastSuccess, last.get().message(VI), last.get().message(Locale.ENGLISH), true);
    }

    /** Sends now instead of at the next interval. */
    void wake() {
        if (background != null) {
            background.wake();
        }
    }

    @Override
    public void close() {
        if (background != null) {
            background.close();
        }
        if (client != null) {
            client.close();
        }
        if (reading != null) {
            reading.close();
        }
    }
}
