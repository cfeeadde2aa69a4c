package vn.tiepdon.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.cli.Main;
import vn.tiepdon.config.SettingsLoader;
import vn.tiepdon.indicators.io.ReportWorkbook;
import vn.tiepdon.print.sim.EmulatedState;
import vn.tiepdon.print.sim.PrinterEmulator;
import vn.tiepdon.testing.KioskSettingsFile;
import vn.tiepdon.testing.MovableClock;

/**
 * What IT saw: "the device-uptime sheet stayed empty after a printer outage". The kiosk as it opens and closes, its
 * printer asked every 10 seconds through the counting issuer as the kiosk's printer watch asks it, an ESC/POS printer
 * emulator that runs out of paper and is refilled, on a clock the test moves; then {@code tiepdon stats export} as IT
 * runs it. A tester's session is minutes long: shorter than the kiosk's 10-minute running report.
 */
class PrinterOutageInTheReportTest {

    private static final Duration CHECK = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void anOutageInAShortSessionIsInTheUptimeSheetAsItsShareOfTheRunningTime() throws Exception {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-25T02:00:00Z"));
        Path settings;
        try (PrinterEmulator printer = new PrinterEmulator().start()) {
            settings = KioskSettingsFile.write(dir.resolve("tiepdon.properties"), dir.resolve("data"),
                    dir.resolve("backup"), printer.port());
            try (Kiosk kiosk = Kiosk.open(SettingsLoader.load(settings), clock)) {
                checks(kiosk, clock, 12);              // 0:00–2:00, the printer ready
                printer.state(EmulatedState.PAPER_OUT);
                checks(kiosk, clock, 18);              // out from the check at 2:10 …
                printer.state(EmulatedState.READY);
                checks(kiosk, clock, 1);               // … to the check at 5:10: 3 minutes
                clock.advance(Duration.ofSeconds(50)); // closed at 6:00
            }
        }
        Path report = dir.resolve("bao-cao.xlsx");

        int exit = Main.run("stats", "export", "--config", settings.toString(), "--from", "2026-11-25", "--out",
                report.toString());

        assertThat(exit).isZero();
        ReportWorkbook workbook = ReportWorkbook.read(Files.readAllBytes(report));
        List<Row> rows = workbook.table("Thiết bị hoạt động", "Ngày");
        assertThat(rows).hasSize(2);
        // 3 minutes out of 6 running.
        assertThat(rows.get(0).getCellAsNumber(1)).as("printer uptime of the day").isPresent()
                .get().satisfies(uptime -> assertThat(uptime.doubleValue()).isEqualTo(0.5));
        assertThat(rows.get(0).getCellAsNumber(2).orElseThrow().doubleValue()).as("the scanner was never out")
                .isEqualTo(1.0);
        assertThat(rows.get(1).getCellText(0)).isEqualTo("Tổng");
        assertThat(rows.get(1).getCellAsNumber(1).orElseThrow().doubleValue()).isEqualTo(0.5);
    }

    /** {@code n} of the printer watch's checks, 10 seconds apart. */
    private static void checks(Kiosk kiosk, MovableClock clock, int n) {
        for (int i = 0; i < n; i++) {
            clock.advance(CHECK);
            kiosk.parts.issuer.printerCheck();
        }
    }
}
