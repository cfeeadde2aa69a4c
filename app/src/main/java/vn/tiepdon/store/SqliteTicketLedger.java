package vn.tiepdon.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
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
    private final int recoveredAtOpen;

    /** A ledger without start-up recovery, for tools that must not touch tickets a running kiosk is printing. */
    public SqliteTicketLedger(KioskDatabase database, int dayStartHour, Clock clock) {
        this(database, dayStartHour, clock, 0);
    }

    private SqliteTicketLedger(KioskDatabase database, int dayStartHour, Clock clock, int recoveredAtOpen) {
        ServiceDay.requireValidHour(dayStartHour);
        this.recoveredAtOpen = recoveredAtOpen;
        this.database = Objects.requireNonNull(database, "database");
        this.dayStartHour = dayStartHour;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Opens the ledger for the kiosk: numbers left {@link PrintState#ISSUED} by a previous run
     * (a power cut mid-print) are marked not printed first, so staff can see and reprint them.
     */
    public static SqliteTicketLedger openForKiosk(KioskDatabase database, int dayStartHour, Clock clock) {
        ServiceDay.requireValidHour(dayStartHour);
        int recovered = recoverInterrupted(database);
        if (recovered > 0) {
            LOG.warn("{} ticket(s) were left mid-print by the previous run and are now marked not printed ({})",
                    recovered, INTERRUPTED);
        }
        return new SqliteTicketLedger(database, dayStartHour, clock, recovered);
    }

    /** How many interrupted tickets {@link #openForKiosk} found; 0 for a ledger made with the constructor. */
    public int recoveredAtOpen() {
        return recoveredAtOpen;
    }

    @Override
    public IssuedTicket issue(Service service, LocalDateTime now) {
        LocalDateTime issuedAt = StoredTimes.storable(now);
        LocalDate day = ServiceDay.of(issuedAt, dayStartHour);
        String dayText = StoredTimes.day(day);
        return database.write(c -> {
            int number = lastNumber(c, service.code(), dayText) + 1;
            String display = TicketNumbers.display(service.prefix(), number);
            long id;
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO tickets (service_code, service_day, number, display, issued_at, print_state)
                    VALUES (?, ?, ?, ?, ?, 'ISSUED')""")) {
                insert.setString(1, service.code());
                insert.setString(2, dayText);
                insert.setInt(3, number);
                insert.setString(4, display);
                insert.setString(5, StoredTimes.moment(issuedAt));
                insert.executeUpdate();
            }
            try (PreparedStatement rowId = c.prepareStatement("SELECT last_insert_rowid()");
                 ResultSet rows = rowId.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
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
     * ticket this kiosk was still printing as interrupted, the kiosk's own answer wins.
     */
    @Override
    public void markPrinted(long ticketId) {
        updatePrintState(ticketId, PrintState.PRINTED, null, StoredTimes.moment(LocalDateTime.now(clock)));
    }

    @Override
    public void markNotPrinted(long ticketId, String reason) {
        updatePrintState(ticketId, PrintState.NOT_PRINTED, reason, null);
    }

    private void updatePrintState(long ticketId, PrintState state, String note, String printedAt) {
        int changed = database.write(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE tickets SET print_state = ?, print_note = ?, printed_at = ? WHERE id = ?")) {
                update.setString(1, state.name());
                update.setString(2, note);
                update.setString(3, printedAt);
                update.setLong(4, ticketId);
                return update.executeUpdate();
            }
        });
        requireFound(ticketId, changed);
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
    public void notePayment(long ticketId, String paymentLine) {
        database.write(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE tickets SET payment_note = ? WHERE id = ?")) {
                update.setString(1, paymentLine);
                update.setLong(2, ticketId);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public Optional<String> paymentNote(long ticketId) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT payment_note FROM tickets WHERE id = ?")) {
                query.setLong(1, ticketId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
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
     * {@value #INTERRUPTED}. Returns how many there were.
     */
    public int recoverInterrupted() {
        return recoverInterrupted(database);
    }

    private static int recoverInterrupted(KioskDatabase database) {
        return database.write(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE tickets SET print_state = 'NOT_PRINTED', print_note = ? WHERE print_state = 'ISSUED'")) {
                update.setString(1, INTERRUPTED);
                return update.executeUpdate();
            }
        });
    }

    private static IssuedTicket ticket(ResultSet row) throws SQLException {
        return new IssuedTicket(row.getLong("id"), row.getString("service_code"),
                StoredTimes.day(row.getString("service_day")), row.getInt("number"), row.getString("display"),
                StoredTimes.moment(row.getString("issued_at")), row.getInt("waiting_ahead"),
                PrintState.valueOf(row.getString("print_state")));
    }
}
