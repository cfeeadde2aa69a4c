package vn.tiepdon.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.config.SettingsLoader;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.PrintState;

class ReceptionDeskTest {

    @TempDir
    Path dir;

    @Test
    void aDeskOpenedBesideTheKioskLeavesTheTicketTheKioskIsPrintingAlone() {
        KioskSettings settings = SettingsLoader.demo(dir, Kiosk.STDIN_SCANNER, "file:" + dir.resolve("printer"));
        Clock clock = Clock.systemDefaultZone();
        try (Kiosk kiosk = Kiosk.open(settings, clock)) {
            // Numbered and committed, not yet printed: the kiosk is between steps 1 and 4 of issuing.
            IssuedTicket printing = kiosk.parts.ledger.issue(settings.services().getFirst(), LocalDateTime.now(clock));

            try (ReceptionDesk desk = ReceptionDesk.open(settings, clock)) {
                assertThat(desk.issue(settings.services().getFirst()).ticket().number())
                        .isEqualTo(printing.number() + 1);
            }

            assertThat(kiosk.parts.ledger.find(printing.id()).orElseThrow().printState())
                    .as("only the kiosk marks what its own previous run left mid-print").isEqualTo(PrintState.ISSUED);
        }
    }
}
