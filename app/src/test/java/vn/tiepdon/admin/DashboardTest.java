package vn.tiepdon.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.EventTotal;
import vn.tiepdon.indicators.KioskEvent;
import vn.tiepdon.indicators.sim.SimulatedKiosk;

class DashboardTest {

    private static final ZoneId ZONE = ZoneOffset.UTC;
    /** A Wednesday: the week so far is Monday to Wednesday, the last seven days reach back to Thursday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    private static final DeviceHealth FINE = new DeviceHealth(Optional.of(true), Optional.of(true), "", 50_000_000_000L,
            Optional.of(Instant.parse("2026-11-25T02:00:00Z")), SyncLine.NOT_YET, 0);

    @Test
    void todayTheWeekFromMondayAndTheLastSevenDays() {
        List<KioskEvent> events = new SimulatedKiosk("K01", ZONE, 300, 3L).days(Dashboard.firstDayNeeded(WEDNESDAY),
                WEDNESDAY);
        Dashboard dashboard = Dashboard.of(WEDNESDAY, totals(events), List.of(), FINE);

        assertThat(Dashboard.firstDayNeeded(WEDNESDAY)).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(dashboard.todayFigures().registrations()).isEqualTo(count(events, WEDNESDAY, WEDNESDAY));
        assertThat(dashboard.weekFigures().registrations())
                .isEqualTo(count(events, LocalDate.of(2026, 11, 23), WEDNESDAY));
        assertThat(dashboard.registrationsLastSevenDays().keySet()).first().isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(dashboard.registrationsLastSevenDays()).hasSize(7)
                .containsEntry(LocalDate.of(2026, 11, 22), count(events, LocalDate.of(2026, 11, 22),
                        LocalDate.of(2026, 11, 22)));
        long ticketsAtNine = events.stream().filter(e -> e.kind() == EventKind.TICKET_ISSUED
                && day(e).equals(WEDNESDAY) && LocalDateTime.ofInstant(e.at(), ZONE).getHour() == 9).count();
        assertThat(dashboard.ticketsByHourToday()[9]).isEqualTo(ticketsAtNine).isPositive();
    }

    @Test
    void warningsSayWhatNeedsIt() {
        Instant now = Instant.parse("2026-11-25T09:00:00Z");
        assertThat(FINE.warnings(now)).isEmpty();

        DeviceHealth poorly = new DeviceHealth(Optional.of(false), Optional.of(false), "paper out", 200_000_000L,
                Optional.of(now.minus(Duration.ofDays(3))),
                new SyncLine(Optional.empty(), "Không kết nối được", "Cannot connect", true), 12);
        assertThat(poorly.warnings(now)).containsExactly(DeviceHealth.Warning.EVENTS_NOT_STORED,
                DeviceHealth.Warning.DISK_LOW, DeviceHealth.Warning.PRINTER_NOT_READY,
                DeviceHealth.Warning.SCANNER_DISCONNECTED, DeviceHealth.Warning.BACKUP_OLD,
                DeviceHealth.Warning.SYNC_FAILING);
        DeviceHealth fresh = new DeviceHealth(Optional.empty(), Optional.empty(), "", 50_000_000_000L,
                Optional.empty(), SyncLine.NOT_YET, 0);
        assertThat(fresh.warnings(now)).containsExactly(DeviceHealth.Warning.NO_BACKUP);
        DeviceHealth noServer = new DeviceHealth(Optional.empty(), Optional.empty(), "", 50_000_000_000L,
                Optional.of(now), new SyncLine(Optional.empty(), "Chưa cấu hình", "Not configured", false), 0);
        assertThat(noServer.warnings(now)).as("a kiosk without a server is not a fault").isEmpty();
    }

    private static List<EventTotal> totals(List<KioskEvent> events) {
        java.util.Map<List<Object>, long[]> sums = new java.util.LinkedHashMap<>();
        for (KioskEvent e : events) {
            LocalDateTime at = LocalDateTime.ofInstant(e.at(), ZONE);
            sums.computeIfAbsent(List.of(at.toLocalDate(), at.getHour(), e.kind(), e.subject(), e.flag()),
                    k -> new long[3])[0]++;
        }
        List<EventTotal> totals = new ArrayList<>();
        sums.forEach((key, sum) -> totals.add(new EventTotal((LocalDate) key.get(0), (Integer) key.get(1),
                (EventKind) key.get(2), (String) key.get(3), (Integer) key.get(4), sum[0], 0, 0)));
        return totals;
    }

    private static long count(List<KioskEvent> events, LocalDate from, LocalDate to) {
        return events.stream().filter(e -> e.kind() == EventKind.REGISTRATION && !day(e).isBefore(from)
                && !day(e).isAfter(to)).count();
    }

    private static LocalDate day(KioskEvent e) {
        return LocalDateTime.ofInstant(e.at(), ZONE).toLocalDate();
    }
}
