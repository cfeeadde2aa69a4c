package vn.tiepdon.counts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tiepdon.identity.DocumentKind;
import vn.tiepdon.identity.RejectionReason;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.KioskEvent;
import vn.tiepdon.testing.MovableClock;

class RecordingScanCounterTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T01:00:00Z"));
    private final List<KioskEvent> events = new ArrayList<>();
    private final RecordingScanCounter counter = new RecordingScanCounter(new KioskCounts("K01", events::add, clock));

    @Test
    void scansBecomeEvents() {
        counter.accepted(DocumentKind.HEALTH_INSURANCE);
        counter.rejected(RejectionReason.MRZ);
        counter.idleReset();

        assertThat(events).extracting(KioskEvent::kind, KioskEvent::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple(EventKind.SCAN_ACCEPTED, "BHYT"),
                org.assertj.core.groups.Tuple.tuple(EventKind.SCAN_REJECTED, "MRZ"),
                org.assertj.core.groups.Tuple.tuple(EventKind.IDLE_RESET, ""));
    }

    @Test
    void aScannerUnpluggedAndBackIsAnOutageOfThatLength() {
        counter.scannerConnection(true);
        counter.scannerConnection(false);
        clock.advance(Duration.ofSeconds(90));
        counter.scannerConnection(true);

        assertThat(events).extracting(KioskEvent::kind).containsExactly(EventKind.DEVICE_FAULT,
                EventKind.DEVICE_RESTORED);
        assertThat(events.getLast().subject()).isEqualTo("scanner");
        assertThat(events.getLast().millis()).hasValue(90_000);
    }
}
