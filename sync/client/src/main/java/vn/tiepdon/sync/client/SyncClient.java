package vn.tiepdon.sync.client;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.sync.protocol.Batch;
import vn.tiepdon.sync.protocol.BatchJson;
import vn.tiepdon.sync.protocol.DayTotals;
import vn.tiepdon.sync.protocol.SyncProtocol;

/**
 * A kiosk's side of sync/PROTOCOL.md: one {@link #runOnce() cycle} reads a snapshot through the kiosk's
 * {@link SnapshotSource}, posts its changed days in batches of at most {@link SyncProtocol#MAX_DAYS} days (a week
 * offline is one batch), and tells the {@link SyncLedger} which days the server acknowledged at the snapshot's
 * cursor. A batch the server finds too large (413) is halved and sent again. The first refusal or failure ends the
 * cycle; what was acknowledged before it stays acknowledged.
 *
 * <pre>{@code
 * SyncSettings settings = SyncSettings.of(URI.create("https://chiso.example.vn"), token, "K01", "79001", caFile);
 * try (SyncClient client = new SyncClient(settings, kioskSnapshots, kioskLedger)) {
 *     SyncOutcome outcome = client.runOnce();          // or new BackgroundSync(client).start()
 *     System.out.println(outcome.bothLanguages());
 * }
 * }</pre>
 *
 * Not for concurrent use: one cycle at a time (the background thread, or the CLI's {@code sync now}).
 */
public final class SyncClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncClient.class);

    private final SyncSettings settings;
    private final SnapshotSource source;
    private final SyncLedger ledger;
    private final Clock clock;
    private final HttpTransport transport;

    /**
     * @throws IllegalArgumentException when {@code settings.caFile()} cannot be read as PEM certificates
     */
    public SyncClient(SyncSettings settings, SnapshotSource source, SyncLedger ledger, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.source = Objects.requireNonNull(source, "source");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transport = new HttpTransport(settings);
    }

    public SyncClient(SyncSettings settings, SnapshotSource source, SyncLedger ledger) {
        this(settings, source, ledger, Clock.systemUTC());
    }

    public SyncSettings settings() {
        return settings;
    }

    /** One cycle, in the caller's thread: snapshot, batches, posts, acknowledgements. Never throws. */
    public SyncOutcome runOnce() {
        SyncOutcome outcome;
        try {
            outcome = send(source.read());
        } catch (RuntimeException e) {
            LOG.warn("Sync: the kiosk's counts could not be read or the acknowledgement kept", e);
            outcome = SyncOutcome.of(SyncOutcome.Status.KIOSK_DATA_UNREADABLE, clock.instant(),
                    Answers.cause(e));
        }
        try {
            ledger.finished(outcome);
        } catch (RuntimeException e) {
            LOG.warn("Sync: the outcome could not be kept", e);
        }
        return outcome;
    }

    private SyncOutcome send(Snapshot snapshot) {
        long cursor = snapshot.cursor();
        if (snapshot.days().isEmpty()) {
            return new SyncOutcome(SyncOutcome.Status.NOTHING_TO_SEND, clock.instant(), 0, 0, 0, cursor, 0,
                    Optional.empty(), "");
        }
        Deque<List<DayTotals>> pending = new ArrayDeque<>();
        for (int i = 0; i < snapshot.days().size(); i += SyncProtocol.MAX_DAYS) {
            pending.add(snapshot.days().subList(i, Math.min(snapshot.days().size(), i + SyncProtocol.MAX_DAYS)));
        }
        Set<String> sent = new LinkedHashSet<>();
        long rows = 0;
        int acknowledged = 0;
        int httpStatus = 0;
        while (!pending.isEmpty()) {
            List<DayTotals> days = pending.pop();
            byte[] body = BatchJson.write(new Batch(SyncProtocol.VERSION, settings.kiosk(), settings.facility(),
                    cursor, days));
            if (body.length > SyncProtocol.MAX_BODY_BYTES && days.size() > 1) {
                halve(days, pending);
                continue;
            }
            PostAnswer answer = transport.post(body);
            for (DayTotals day : days) {
                if (sent.add(day.day())) {
                    rows += day.totals().size() + day.seconds().size();
                }
            }
            httpStatus = answer.httpStatus();
            if (answer.ack().isPresent()) {
                ledger.acknowledged(days.stream().map(DayTotals::day).toList(), cursor);
                acknowledged += days.size();
                LOG.debug("Sync: {} day(s) acknowledged at cursor {} ({} stored, {} unchanged)", days.size(), cursor,
                        answer.ack().get().stored(), answer.ack().get().unchanged());
            } else if (answer.status() == SyncOutcome.Status.TOO_LARGE && days.size() > 1) {
                halve(days, pending);
            } else {
                return new SyncOutcome(answer.status(), clock.instant(), sent.size(), acknowledged, rows, cursor,
                        httpStatus, answer.retryAfter(), answer.detail());
            }
        }
        return new SyncOutcome(SyncOutcome.Status.SENT, clock.instant(), sent.size(), acknowledged, rows, cursor,
                httpStatus, Optional.empty(), "");
    }

    /** The first half goes next, then the second, then what was waiting. */
    private static void halve(List<DayTotals> days, Deque<List<DayTotals>> pending) {
        int half = days.size() / 2;
        pending.push(new ArrayList<>(days.subList(half, days.size())));
        pending.push(new ArrayList<>(days.subList(0, half)));
    }

    @Override
    public void close() {
        transport.close();
    }
}
