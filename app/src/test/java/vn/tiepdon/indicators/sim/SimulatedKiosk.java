package vn.tiepdon.indicators.sim;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.tiepdon.indicators.DocumentSubject;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.KioskEvent;

/**
 * Made-up events of a busy kiosk, for tests, benchmarks and the demo's history: about {@code perDay} patients on a
 * weekday (fewer at weekends, a peak on Monday mornings), mostly scanning a CCCD, some a BHYT card, some without a
 * document; a few garbled or foreign scans; paid services paid by QR, in cash, or left to expire; the printer
 * running out of paper now and then. Seeded, so a test can compute what it expects from the same list.
 */
public final class SimulatedKiosk {

    private static final String[] SERVICES = {"KBHYT", "KDV", "XN"};
    private static final long[] PRICES = {0, 150_000, 90_000};
    private static final String[] REJECTIONS = {"GARBLED", "URL", "TRUNCATED", "NOT_AN_ID", "EXPIRED_CARD"};
    private static final Duration RUNNING_INTERVAL = Duration.ofMinutes(10);

    private final String kioskId;
    private final ZoneId zone;
    private final int perDay;
    private final Random random;

    public SimulatedKiosk(String kioskId, ZoneId zone, int perDay, long seed) {
        this.kioskId = kioskId;
        this.zone = zone;
        this.perDay = perDay;
        this.random = new Random(seed);
    }

    /** Every event of the days from {@code from} to {@code to}, both included, in time order within each day. */
    public List<KioskEvent> days(LocalDate from, LocalDate to) {
        List<KioskEvent> events = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            events.addAll(day(day));
        }
        return events;
    }

    public List<KioskEvent> day(LocalDate day) {
        List<KioskEvent> events = new ArrayList<>();
        Instant opens = day.atTime(LocalTime.of(6, 0)).atZone(zone).toInstant();
        Instant closes = day.atTime(LocalTime.of(17, 0)).atZone(zone).toInstant();
        events.add(KioskEvent.of(kioskId, opens.minusSeconds(60), EventKind.APP_START, ""));
        for (Instant t = opens; t.isBefore(closes); t = t.plus(RUNNING_INTERVAL)) {
            events.add(KioskEvent.of(kioskId, t, EventKind.APP_RUNNING, "").withMillis(RUNNING_INTERVAL.toMillis()));
        }
        int patients = patients(day);
        for (int i = 0; i < patients; i++) {
            patient(events, arrival(day, opens, closes));
        }
        if (random.nextInt(4) == 0) {
            Instant out = opens.plus(Duration.ofMinutes(60 + random.nextInt(300)));
            long minutes = 1 + random.nextInt(20);
            events.add(KioskEvent.of(kioskId, out, EventKind.DEVICE_FAULT, "printer"));
            events.add(KioskEvent.of(kioskId, out.plus(Duration.ofMinutes(minutes)), EventKind.DEVICE_RESTORED,
                    "printer").withMillis(Duration.ofMinutes(minutes).toMillis()));
        }
        events.add(KioskEvent.of(kioskId, closes, EventKind.APP_STOP, ""));
        events.sort((a, b) -> a.at().compareTo(b.at()));
        return events;
    }

    private int patients(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        double factor = switch (weekday) {
            case MONDAY -> 1.3;
            case SATURDAY -> 0.4;
            case SUNDAY -> 0.15;
            default -> 1.0;
        };
        return (int) Math.round(perDay * factor * (0.9 + random.nextDouble() * 0.2));
    }

    /** Mornings are busiest; on Mondays half the day's patients come before nine. */
    private Instant arrival(LocalDate day, Instant opens, Instant closes) {
        long span = Duration.between(opens, closes).toSeconds();
        double r = random.nextDouble();
        double skew = day.getDayOfWeek() == DayOfWeek.MONDAY ? r * r * r : r * r;
        return opens.plusSeconds((long) (skew * span));
    }

    private void patient(List<KioskEvent> events, Instant at) {
        Instant t = at;
        while (random.nextInt(25) == 0) {
            events.add(KioskEvent.of(kioskId, t, EventKind.SCAN_REJECTED, REJECTIONS[random.nextInt(REJECTIONS.length)]));
            t = t.plusSeconds(5);
        }
        int documentRoll = random.nextInt(100);
        DocumentSubject document = documentRoll < 78 ? DocumentSubject.CCCD_VNEID
                : documentRoll < 90 ? DocumentSubject.BHYT : DocumentSubject.NONE;
        if (document != DocumentSubject.NONE) {
            events.add(KioskEvent.of(kioskId, t, EventKind.SCAN_ACCEPTED, document.name()));
        }
        int service = random.nextInt(10) < 6 ? 0 : random.nextInt(10) < 7 ? 1 : 2;
        String code = SERVICES[service];
        boolean priority = random.nextInt(8) == 0;
        Instant chosen = t.plusSeconds(6 + random.nextInt(25));
        if (PRICES[service] > 0 && !payment(events, chosen, PRICES[service])) {
            events.add(KioskEvent.of(kioskId, chosen.plusSeconds(60), EventKind.IDLE_RESET, ""));
            return;
        }
        Instant issued = chosen.plusSeconds(PRICES[service] > 0 ? 40 + random.nextInt(120) : 1);
        events.add(KioskEvent.of(kioskId, issued, EventKind.REGISTRATION, document.name()).withFlag(priority));
        events.add(KioskEvent.of(kioskId, issued, EventKind.TICKET_ISSUED, code));
        if (random.nextInt(100) == 0) {
            events.add(KioskEvent.of(kioskId, issued.plusSeconds(2), EventKind.TICKET_FAILED, code));
        } else {
            Instant printed = issued.plusSeconds(2);
            events.add(KioskEvent.of(kioskId, printed, EventKind.TICKET_PRINTED, code)
                    .withMillis(Duration.between(at, printed).toMillis()));
        }
    }

    /** @return true when the patient goes on to take a number (paid, or chose the counter) */
    private boolean payment(List<KioskEvent> events, Instant at, long price) {
        events.add(KioskEvent.of(kioskId, at, EventKind.PAYMENT_REQUESTED, "QR").withAmount(price));
        int roll = random.nextInt(100);
        if (roll < 55) {
            long seconds = 20 + random.nextInt(100);
            events.add(KioskEvent.of(kioskId, at.plusSeconds(seconds), EventKind.PAYMENT_PAID, "QR")
                    .withAmount(price).withMillis(seconds * 1000));
            return true;
        }
        if (roll < 85) {
            events.add(KioskEvent.of(kioskId, at.plusSeconds(15), EventKind.PAYMENT_CANCELLED, "QR").withAmount(price));
            events.add(KioskEvent.of(kioskId, at.plusSeconds(600), EventKind.PAYMENT_PAID,
                    random.nextInt(10) == 0 ? "MANUAL" : "CASH").withAmount(price));
            return true;
        }
        events.add(KioskEvent.of(kioskId, at.plusSeconds(300), EventKind.PAYMENT_EXPIRED, "QR").withAmount(price));
        return false;
    }
}
