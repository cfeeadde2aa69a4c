package vn.tiepdon.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.counts.CountedEvents;
import vn.tiepdon.indicators.KioskEvent;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.PrintState;
import vn.tiepdon.queue.Service;
import vn.tiepdon.queue.ServiceDay;
import vn.tiepdon.queue.TicketLedger;
import vn.tiepdon.queue.TicketNumbers;

/**
 * The ticket ledger in the kiosk database. Taking the next number and recording it happen
 * in one write transaction, so numbers are unique per service and queue day across threads
 * and across processes (kiosk and reception desk) sharing the file.
 */
public final class SqliteTicketLedger implements TicketLedger {

    /** The note left on numbers whose printing was cut short by a crash or power cut. */
    public static final String INTERRUPTED = "interrupted";

    private static final Logger LOG = LoggerFactory.getLogger(SqliteTicketLedger.class);

    /** Tickets with their waiting count as it stands now (earlier numbers of the same queue not yet served). */
    private static final String SELECT_TICKETS = """
            SELECT t.id, t.service_code, t.service_day, t.number, t.display, t.issued_at, t.print_state,
                   (SELECT COUNT(*) FROM tickets w
                    WHERE w.service_code = t.service_code AND w.service_day = t.service_day
                      AND w.served_at IS NULL AND w.number < t.number) AS waiting_ahead
            FROM tickets t
            """;

    private final KioskDatabase database;
    private final int dayStartHour;
    private final Clock clock;
    private final String kioskId;
    private final EventRows events;
    private final int recoveredAtOpen;

    /** A ledger without start-up recovery, for tools that must not touch tickets a running kiosk is printing. */
    public SqliteTicketLedger(KioskDatabase database, int dayStartHour, Clock clock, String kioskId) {
        this(database, dayStartHour, clock, kioskId, 0);
    }

    private SqliteTicketLedger(KioskDatabase database, int dayStartHour, Clock clock, String kioskId,
                               int recoveredAtOpen) {
        ServiceDay.requireValidHour(dayStartHour);
        this.recoveredAtOpen = recoveredAtOpen;
        this.database = Objects.requireNonNull(database, "database");
        this.dayStartHour = dayStartHour;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.kioskId = Objects.requireNonNull(kioskId, "kioskId");
        this.events = new EventRows(clock.getZone());
    }

    /**
     * Opens the ledger for the kiosk: numbers left {@link PrintState#ISSUED} by a previous run
     * (a power cut mid-print) are marked not printed first, so staff can see and reprint them.
     */
    public static SqliteTicketLedger openForKiosk(KioskDatabase database, int dayStartHour, Clock clock,
                                                  String kioskId) {
        SqliteTicketLedger ledger = new SqliteTicketLedger(database, dayStartHour, clock, kioskId);
        int recovered = ledger.recoverInterrupted();
        if (recovered > 0) {
            LOG.warn("{} ticket(s) were left mid-print by the previous run and are now marked not printed ({})",
                    recovered, INTERRUPTED);
        }
        return new SqliteTicketLedger(database, dayStartHour, clock, kioskId, recovered);
    }

    /** How many interrupted tickets {@link #openForKiosk} found; 0 for a ledger made with the constructor. */
    public int recoveredAtOpen() {
        return recoveredAtOpen;
    }

    @Override
    public IssuedTicket issue(Service service, LocalDateTime now) {
        return issue(service, now, now.atZone(clock.getZone()).toInstant());
    }

    /**
     * The number, its row and its {@code TICKET_ISSUED} event in one transaction: counted exactly when given.
     *
     * @param patientStarted when the patient began (the accepted scan, or choosing the service): the printed
     *                       ticket's event carries the time from here
     */
    @Override
    public IssuedTicket issue(Service service, LocalDateTime now, Instant patientStarted) {
        LocalDateTime issuedAt = StoredTimes.storable(now);
        LocalDate day = ServiceDay.of(issuedAt, dayStartHour);
        String dayText = StoredTimes.day(day);
        return database.write(c -> {
            int number = lastNumber(c, service.code(), dayText) + 1;
            String display = TicketNumbers.display(service.prefix(), number);
            long id;
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO tickets (service_code, service_day, number, display, issued_at, print_state, started_at)
                    VALUES (?, ?, ?, ?, ?, 'ISSUED', ?)""")) {
                insert.setString(1, service.code());
                insert.setString(2, dayText);
                insert.setInt(3, number);
                insert.setString(4, display);
                insert.setString(5, StoredTimes.moment(issuedAt));
                insert.setString(6, StoredTimes.instant(patientStarted));
                insert.executeUpdate();
            }
            id = lastRowId(c);
            events.append(c, CountedEvents.ticketIssued(kioskId, instant(issuedAt), service.code()));
            // Last, before the commit: the marks outside the file are never behind a number given.
            database.markIssued(day, service.code(), number, lastRowId(c));
            int ahead = waitingBefore(c, service.code(), dayText, number);
            return new IssuedTicket(id, service.code(), day, number, display, issuedAt, ahead, PrintState.ISSUED);
        });
    }

    private static int lastNumber(Connection c, String serviceCode, String day) throws SQLException {
        // Above the floor a database recovery may have set (numbers given before the damage, not in the backup).
        try (PreparedStatement query = c.prepareStatement("""
                SELECT MAX(COALESCE((SELECT MAX(number) FROM tickets WHERE service_code = ?1 AND service_day = ?2), 0),
                           COALESCE((SELECT floor FROM ticket_number_floors
                                     WHERE service_code = ?1 AND service_day = ?2), 0))""")) {
            query.setString(1, serviceCode);
            query.setString(2, day);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static int waitingBefore(Connection c, String serviceCode, String day, int number) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("""
                SELECT COUNT(*) FROM tickets
                WHERE service_code = ? AND service_day = ? AND served_at IS NULL AND number < ?""")) {
            query.setString(1, serviceCode);
            query.setString(2, day);
            query.setInt(3, number);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /**
     * Always sets the state, whatever it was: if another process's start-up recovery marked a
     * ticket this kiosk was still printing as interrupted, the kiosk's own answer wins. The change
     * and its event are one transaction (see {@link CountedEvents#printOutcome}).
     */
    @Override
    public void markPrinted(long ticketId) {
        updatePrintState(ticketId, PrintState.PRINTED, null);
    }

    @Override
    public void markNotPrinted(long ticketId, String reason) {
        updatePrintState(ticketId, PrintState.NOT_PRINTED, reason);
    }

    private void updatePrintState(long ticketId, PrintState state, String note) {
        Instant now = clock.instant();
        boolean found = database.write(c -> {
            Optional<PrintedRow> before = printedRow(c, ticketId);
            if (before.isEmpty()) {
                return false;
            }
            setPrintState(c, ticketId, state, note, state == PrintState.PRINTED ? now : null);
            PrintedRow row = before.get();
            Optional<KioskEvent> event = CountedEvents.printOutcome(kioskId, now, row.serviceCode(), row.state(),
                    state, row.startedAt());
            if (event.isPresent()) {
                events.append(c, event.get());
            }
            return true;
        });
        if (!found) {
            throw new IllegalArgumentException("no ticket with id " + ticketId);
        }
    }

    /** What a print outcome's event needs to know of the ticket before the change. */
    private record PrintedRow(String serviceCode, PrintState state, Optional<Instant> startedAt) {
    }

    private static Optional<PrintedRow> printedRow(Connection c, long ticketId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(
                "SELECT service_code, print_state, started_at FROM tickets WHERE id = ?")) {
            query.setLong(1, ticketId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String started = rows.getString(3);
                return Optional.of(new PrintedRow(rows.getString(1), PrintState.valueOf(rows.getString(2)),
                        started == null ? Optional.empty() : Optional.of(StoredTimes.instant(started))));
            }
        }
    }

    private void setPrintState(Connection c, long ticketId, PrintState state, String note, Instant printedAt)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE tickets SET print_state = ?, print_note = ?, printed_at = ? WHERE id = ?")) {
            update.setString(1, state.name());
            update.setString(2, note);
            update.setString(3, printedAt == null ? null
                    : StoredTimes.moment(StoredTimes.storable(LocalDateTime.ofInstant(printedAt, clock.getZone()))));
            update.setLong(4, ticketId);
            update.executeUpdate();
        }
    }

    /** Records that staff called the number; it no longer counts as waiting. */
    public void markServed(long ticketId, LocalDateTime servedAt) {
        int changed = database.write(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE tickets SET served_at = ? WHERE id = ?")) {
                update.setString(1, StoredTimes.moment(servedAt));
                update.setLong(2, ticketId);
                return update.executeUpdate();
            }
        });
        requireFound(ticketId, changed);
    }

    private static void requireFound(long ticketId, int changed) {
        if (changed == 0) {
            throw new IllegalArgumentException("no ticket with id " + ticketId);
        }
    }

    /** The ticket with its waiting count as it stands now. */
    @Override
    public Optional<IssuedTicket> find(long ticketId) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement(
                    SELECT_TICKETS + "WHERE t.id = ?")) {
                query.setLong(1, ticketId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(ticket(rows)) : Optional.empty();
                }
            }
        });
    }

    /** Why a ticket did not print (a {@code PrintProblem} name or {@link #INTERRUPTED}); empty when it printed. */
    public Optional<String> printNote(long ticketId) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT print_note FROM tickets WHERE id = ?")) {
                query.setLong(1, ticketId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void noteTicket(long ticketId, Notes notes) {
        // One UPDATE, so the scan-to-ticket path pays one commit for both; COALESCE keeps a note not given.
        database.write(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE tickets SET"
                    + " payment_note = COALESCE(?, payment_note), priority_note = COALESCE(?, priority_note)"
                    + " WHERE id = ?")) {
                update.setString(1, notes.payment().orElse(null));
                update.setString(2, notes.priority().orElse(null));
                update.setLong(3, ticketId);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public Notes ticketNotes(long ticketId) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT payment_note, priority_note FROM tickets WHERE id = ?")) {
                query.setLong(1, ticketId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next()
                            ? new Notes(Optional.ofNullable(rows.getString(1)), Optional.ofNullable(rows.getString(2)))
                            : Notes.NONE;
                }
            }
        });
    }

    /** Every ticket of one queue day, in the order they were issued. */
    public List<IssuedTicket> list(LocalDate serviceDay) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement(
                    SELECT_TICKETS + "WHERE t.service_day = ? ORDER BY t.id")) {
                query.setString(1, StoredTimes.day(serviceDay));
                List<IssuedTicket> tickets = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        tickets.add(ticket(rows));
                    }
                }
                return tickets;
            }
        });
    }

    /** How many tickets of one queue day are in each print state; every state is present. */
    public Map<PrintState, Integer> countByPrintState(LocalDate serviceDay) {
        return database.read(c -> {
            Map<PrintState, Integer> counts = new EnumMap<>(PrintState.class);
            for (PrintState state : PrintState.values()) {
                counts.put(state, 0);
            }
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT print_state, COUNT(*) FROM tickets WHERE service_day = ? GROUP BY print_state")) {
                query.setString(1, StoredTimes.day(serviceDay));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        counts.put(PrintState.valueOf(rows.getString(1)), rows.getInt(2));
                    }
                }
            }
            return counts;
        });
    }

    /** The queue day {@code moment} belongs to under this ledger's day start hour. */
    public LocalDate serviceDay(LocalDateTime moment) {
        return ServiceDay.of(moment, dayStartHour);
    }

    /**
     * Marks every number still {@link PrintState#ISSUED} as not printed with the note
     * {@value #INTERRUPTED}, each with its {@code TICKET_FAILED} event in the same transaction. Returns how many
     * there were.
     */
    public int recoverInterrupted() {
        Instant now = clock.instant();
        return database.write(c -> {
            List<Long> interrupted = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT id FROM tickets WHERE print_state = 'ISSUED'");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    interrupted.add(rows.getLong(1));
                }
            }
            for (long id : interrupted) {
                PrintedRow row = printedRow(c, id).orElseThrow();
                setPrintState(c, id, PrintState.NOT_PRINTED, INTERRUPTED, null);
                events.append(c, CountedEvents.printOutcome(kioskId, now, row.serviceCode(), PrintState.ISSUED,
                        PrintState.NOT_PRINTED, row.startedAt()).orElseThrow());
            }
            return interrupted.size();
        });
    }

    private Instant instant(LocalDateTime local) {
        return local.atZone(clock.getZone()).toInstant();
    }

    private static long lastRowId(Connection c) throws SQLException {
        try (PreparedStatement rowId = c.prepareStatement("SELECT last_insert_rowid()");
             ResultSet rows = rowId.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static IssuedTicket ticket(ResultSet row) throws SQLException {
        return new IssuedTicket(row.getLong("id"), row.getString("service_code"),
                StoredTimes.day(row.getString("service_day")), row.getInt("number"), row.getString("display"),
                StoredTimes.moment(row.getString("issued_at")), row.getInt("waiting_ahead"),
                PrintState.valueOf(row.getString("print_state")));
    }
}
