package vn.tiepdon.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The indicators of {@link Indicator}, computed from aggregates ({@link EventTotal}, {@link DurationCount}) of any
 * period and any set of kiosks: the caller chooses the rows, this class only adds them up. Pure: no database, no
 * clock, so the kiosk, the CLI and the central server cannot drift apart.
 */
public final class Indicators {

    /** The one kind whose durations an indicator takes the median of: scan to printed ticket. */
    public static final EventKind MEDIAN_KIND = EventKind.TICKET_PRINTED;

    private final Map<EventKind, List<EventTotal>> byKind = new EnumMap<>(EventKind.class);
    private final List<DurationCount> durations;
    private final boolean hourly;

    private Indicators(Collection<EventTotal> totals, Collection<DurationCount> durations) {
        for (EventKind kind : EventKind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        boolean allHourly = true;
        for (EventTotal total : totals) {
            byKind.get(total.kind()).add(total);
            allHourly &= total.hour() != EventTotal.WHOLE_DAY;
        }
        this.hourly = allHourly;
        this.durations = List.copyOf(durations);
    }

    public static Indicators of(Collection<EventTotal> totals, Collection<DurationCount> durations) {
        return new Indicators(totals, durations);
    }

    /** How many events of this kind, all subjects. */
    public long count(EventKind kind) {
        return byKind.get(kind).stream().mapToLong(EventTotal::count).sum();
    }

    /** How many events of this kind and subject. */
    public long count(EventKind kind, String subject) {
        return byKind.get(kind).stream().filter(t -> t.subject().equals(subject)).mapToLong(EventTotal::count).sum();
    }

    private long count(EventKind kind, Optional<String> subject, int flag) {
        return byKind.get(kind).stream().filter(t -> t.flag() == flag)
                .filter(t -> subject.isEmpty() || t.subject().equals(subject.get())).mapToLong(EventTotal::count).sum();
    }

    /**
     * Tickets that are printed now: every print, less the printed tickets whose reprint then failed (see
     * {@code counts.CountedEvents}); equals the ledger's PRINTED tickets. {@code service} empty for all.
     */
    public long ticketsPrinted(Optional<String> service) {
        return count(EventKind.TICKET_PRINTED, service, 0) + count(EventKind.TICKET_PRINTED, service, 1)
                - count(EventKind.TICKET_FAILED, service, 1);
    }

    /** Tickets not printed now (to reprint): every failure, less the ones printed later; equals the ledger's. */
    public long ticketsNotPrinted(Optional<String> service) {
        return count(EventKind.TICKET_FAILED, service, 0) + count(EventKind.TICKET_FAILED, service, 1)
                - count(EventKind.TICKET_PRINTED, service, 1);
    }

    public long registrations() {
        return count(EventKind.REGISTRATION);
    }

    public long registrations(DocumentSubject document) {
        return count(EventKind.REGISTRATION, document.name());
    }

    /** Registrations from the priority series (children, the elderly). */
    public long priorityRegistrations() {
        return byKind.get(EventKind.REGISTRATION).stream().filter(t -> t.flag() == 1).mapToLong(EventTotal::count)
                .sum();
    }

    public OptionalDouble citizenIdShare() {
        return share(registrations(DocumentSubject.CCCD_VNEID), registrations());
    }

    /** Service code → numbers given in each hour 0–23, services in code order. */
    public Map<String, long[]> ticketsByServiceAndHour() {
        requireHours();
        Map<String, long[]> tickets = new TreeMap<>();
        for (EventTotal total : byKind.get(EventKind.TICKET_ISSUED)) {
            tickets.computeIfAbsent(total.subject(), s -> new long[24])[total.hour()] += total.count();
        }
        return tickets;
    }

    /** Numbers given in each hour 0–23, all services. */
    public long[] ticketsByHour() {
        requireHours();
        long[] hours = new long[24];
        for (EventTotal total : byKind.get(EventKind.TICKET_ISSUED)) {
            hours[total.hour()] += total.count();
        }
        return hours;
    }

    /** In whole seconds; the mean of the two middle values when the count is even; empty with no printed ticket. */
    public OptionalDouble medianSecondsScanToTicket() {
        TreeMap<Long, Long> histogram = new TreeMap<>();
        long n = 0;
        for (DurationCount d : durations) {
            if (d.kind() == MEDIAN_KIND) {
                histogram.merge(d.seconds(), d.count(), Long::sum);
                n += d.count();
            }
        }
        if (n == 0) {
            return OptionalDouble.empty();
        }
        long lower = valueAt(histogram, (n - 1) / 2);
        long upper = valueAt(histogram, n / 2);
        return OptionalDouble.of((lower + upper) / 2.0);
    }

    private static long valueAt(TreeMap<Long, Long> histogram, long index) {
        long seen = 0;
        for (Map.Entry<Long, Long> bucket : histogram.entrySet()) {
            seen += bucket.getValue();
            if (index < seen) {
                return bucket.getKey();
            }
        }
        throw new IllegalStateException("index past the histogram");
    }

    /** Paid bills by method ({@link CashlessShare#isCashless}). */
    public CashlessShare cashless() {
        long paid = 0;
        long cashless = 0;
        long paidDong = 0;
        long cashlessDong = 0;
        for (EventTotal total : byKind.get(EventKind.PAYMENT_PAID)) {
            paid += total.count();
            paidDong += total.amountDong();
            if (CashlessShare.isCashless(total.subject())) {
                cashless += total.count();
                cashlessDong += total.amountDong();
            }
        }
        return new CashlessShare(paid, cashless, paidDong, cashlessDong);
    }

    public long scans() {
        return count(EventKind.SCAN_ACCEPTED) + count(EventKind.SCAN_REJECTED);
    }

    public OptionalDouble rejectionRate() {
        return share(count(EventKind.SCAN_REJECTED), scans());
    }

    /** Reason → rejected scans ÷ all scans; reasons in name order. */
    public Map<String, Double> rejectionRateByReason() {
        Map<String, Double> rates = new TreeMap<>();
        long scans = scans();
        if (scans == 0) {
            return rates;
        }
        Map<String, Long> rejected = new TreeMap<>();
        for (EventTotal total : byKind.get(EventKind.SCAN_REJECTED)) {
            rejected.merge(total.subject(), total.count(), Long::sum);
        }
        rejected.forEach((reason, count) -> rates.put(reason, (double) count / scans));
        return rates;
    }

    /** 1 − time out of order ÷ time running, for a device; empty when the kiosk reported no running time. */
    public OptionalDouble uptime(String device) {
        long running = byKind.get(EventKind.APP_RUNNING).stream().mapToLong(EventTotal::millisSum).sum();
        if (running == 0) {
            return OptionalDouble.empty();
        }
        long down = byKind.get(EventKind.DEVICE_RESTORED).stream().filter(t -> t.subject().equals(device))
                .mapToLong(EventTotal::millisSum).sum();
        return OptionalDouble.of(Math.max(0, 1 - (double) down / running));
    }

    /** Day-level totals cannot be split by hour; reporting zeros instead would look like a quiet day. */
    private void requireHours() {
        if (!hourly) {
            throw new IllegalStateException("these totals are by day; read the hourly totals for figures by hour");
        }
    }

    /** Service codes that had a number given, in code order. */
    public java.util.SortedSet<String> services() {
        java.util.SortedSet<String> services = new java.util.TreeSet<>();
        for (EventTotal total : byKind.get(EventKind.TICKET_ISSUED)) {
            services.add(total.subject());
        }
        return services;
    }

    private static OptionalDouble share(long part, long whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }
}
