package vn.tiepdon.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.admin.SyncLine;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.config.SettingsLoader;
import vn.tiepdon.sync.client.ProtocolServer;
import vn.tiepdon.sync.client.SyncSettings;
import vn.tiepdon.sync.protocol.HourTotal;

/** The kiosk process sends its counts on its own thread, tells the admin screen how it went, and never stops for it. */
class KioskSyncTest {

    private static final String TOKEN = "demo-token-0123456789abcdef";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final ProtocolServer server = ProtocolServer.http(TOKEN);

    @AfterEach
    void stop() {
        server.close();
    }

    private KioskSettings settings(Optional<URI> syncTo) {
        KioskSettings demo = SettingsLoader.demo(dir, Kiosk.STDIN_SCANNER, "file:" + dir.resolve("printer"))
                .withPayment(Optional.empty());
        return demo.withSync(syncTo.map(uri -> SyncSettings.of(uri, TOKEN, demo.kioskId(), "79001",
                Optional.empty())));
    }

    /** Waits for the sync thread, which the test does not drive: the condition is checked, never a fixed sleep. */
    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    private long ticketsHeld(LocalDate day) {
        var held = server.held().get(day.toString());
        return held == null ? 0 : held.totals().totals().stream().filter(t -> t.kind().equals("TICKET_ISSUED"))
                .mapToLong(HourTotal::count).sum();
    }

    @Test
    void countsAreSentAtOnceAndAgainWhenWokenAndTheAdminLineSaysWhen() {
        Clock clock = Clock.systemDefaultZone();
        KioskSettings settings = settings(Optional.of(server.uri()));
        try (Kiosk kiosk = Kiosk.open(settings, clock)) {
            LocalDate today = LocalDate.now(clock);
            await("the first cycle", () -> server.held().containsKey(today.toString()));
            await("the line", () -> kiosk.sync.line().lastSuccess().isPresent());
            Instant before = Instant.now();

            kiosk.parts.ledger.issue(settings.services().getFirst(), LocalDateTime.now(clock));
            kiosk.sync.wake();

            await("the ticket reaches the server", () -> ticketsHeld(today) == 1);
            SyncLine line = kiosk.sync.line();
            assertThat(line.failing()).isFalse();
            assertThat(line.whyNot(Locale.ENGLISH)).isEmpty();
            assertThat(line.lastSuccess().orElseThrow()).isAfterOrEqualTo(before.minusSeconds(1));
            assertThat(server.requests()).allSatisfy(r -> assertThat(r.batch().kiosk()).isEqualTo("DEMO"));
        }
    }

    @Test
    void aKioskWithoutASyncUrlSaysItDoesNotSend() {
        try (Kiosk kiosk = Kiosk.open(settings(Optional.empty()), Clock.systemDefaultZone())) {
            SyncLine line = kiosk.sync.line();

            assertThat(line.failing()).as("not a fault").isFalse();
            assertThat(line.lastSuccess()).isEmpty();
            assertThat(line.whyNot(Locale.forLanguageTag("vi"))).contains("Chưa cấu hình máy chủ chỉ số");
            assertThat(line.whyNot(Locale.ENGLISH)).contains("No indicator server configured");
        }
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aServerThatCannotBeReachedNeverStopsTheKioskAndTheLineSaysWhy() throws IOException {
        int nobody;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nobody = socket.getLocalPort();
        }
        KioskSettings settings = settings(Optional.of(URI.create("http://127.0.0.1:" + nobody)));
        try (Kiosk kiosk = Kiosk.open(settings, Clock.systemDefaultZone())) {
            var issued = kiosk.parts.ledger.issue(settings.services().getFirst(), LocalDateTime.now());
            assertThat(issued.number()).isEqualTo(1);

            await("the first failure is told", () -> kiosk.sync.line().failing());
            SyncLine line = kiosk.sync.line();
            assertThat(line.lastSuccess()).isEmpty();
            assertThat(line.whyNot(Locale.ENGLISH)).contains("Cannot connect to the indicator server");
            assertThat(line.whyNot(Locale.forLanguageTag("vi"))).contains("Không kết nối được máy chủ chỉ số");
        }
    }
}
