package vn.tiepdon.station;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.admin.Dashboard;
import vn.tiepdon.admin.DeviceHealth;
import vn.tiepdon.admin.PinLockout;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.kiosk.AdminAccess;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.store.SqliteEventTotals;
import vn.tiepdon.ticket.IssueOutcome;

/**
 * The admin screen's figures and actions from the kiosk's own parts. While the parts are still opening it shows an
 * empty dashboard and no tickets rather than making the screen wait; a reprint waits for them like a patient's
 * ticket does.
 */
final class KioskAdmin implements AdminAccess {

    private static final Logger LOG = LoggerFactory.getLogger(KioskAdmin.class);

    private final CompletableFuture<Kiosk> opening;
    private final Optional<PinLockout> lockout;
    private final Runnable quit;
    private final Clock clock;

    KioskAdmin(CompletableFuture<Kiosk> opening, Optional<PinLockout> lockout, Runnable quit, Clock clock) {
        this.opening = opening;
        this.lockout = lockout;
        this.quit = quit;
        this.clock = clock;
    }

    /** One lockout for the kiosk's lifetime: closing and reopening the screen does not reset the count. */
    static Optional<PinLockout> lockout(KioskSettings settings, Clock clock) {
        return settings.upkeep().adminPin().map(pin -> new PinLockout(pin, clock));
    }

    @Override
    public Optional<PinLockout> lockout() {
        return lockout;
    }

    @Override
    public Dashboard dashboard() {
        LocalDate today = LocalDate.now(clock);
        Optional<IssuingParts> open = open();
        if (open.isEmpty()) {
            return AdminAccess.emptyDashboard(today);
        }
        SqliteEventTotals totals = new SqliteEventTotals(open.get().database);
        LocalDate first = Dashboard.firstDayNeeded(today);
        return Dashboard.of(today, totals.totals(first, today), totals.durations(first, today), devices(open.get()));
    }

    @Override
    public List<IssuedTicket> todaysTickets() {
        return open().map(p -> p.ledger.list(p.ledger.serviceDay(LocalDateTime.now(clock)))).orElse(List.of());
    }

    @Override
    public IssueOutcome reprint(long ticketId) {
        return opening.join().parts.issuer.reprint(ticketId);
    }

    @Override
    public void quitKioskMode() {
        quit.run();
    }

    private Optional<IssuingParts> open() {
        return opening.isDone() && !opening.isCompletedExceptionally() ? Optional.of(opening.join().parts)
                : Optional.empty();
    }

    /** The scanner is left unknown: the kiosk screen knows it and fills it in. */
    private DeviceHealth devices(IssuingParts open) {
        List<IssuedTicket> today = todaysTickets();
        // The last ticket tells whether the printer printed; asking it directly would compete with the next ticket.
        Optional<Boolean> printerReady = today.isEmpty() ? Optional.empty()
                : switch (today.getLast().printState()) {
                    case PRINTED -> Optional.of(true);
                    case NOT_PRINTED -> Optional.of(false);
                    case ISSUED -> Optional.empty();
                };
        Optional<Instant> lastBackup = open.backup.latest()
                .map(copy -> copy.takenAt().atZone(clock.getZone()).toInstant());
        return new DeviceHealth(Optional.empty(), printerReady, open.settings.printerAddress(),
                diskFree(open), lastBackup, opening.join().sync.line(), open.events.waiting());
    }

    private static long diskFree(IssuingParts open) {
        try {
            return Files.getFileStore(open.settings.dataDir()).getUsableSpace();
        } catch (IOException e) {
            LOG.warn("Free disk space of the data folder unknown", e);
            return Long.MAX_VALUE; // shown as "—", and no warning drawn from a guess
        }
    }
}
