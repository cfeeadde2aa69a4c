package vn.tiepdon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.indicators.sim.SimulatedKiosk;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqliteEventLog;
import vn.tiepdon.sync.client.ProtocolServer;
import vn.tiepdon.testing.KioskSettingsFile;

/** {@code tiepdon sync now} as IT runs it: what it prints in both languages, and its exit codes. */
class SyncCommandTest {

    private static final String TOKEN = "k01-token-0123456789abcdef";
    private static final LocalDate FROM = LocalDate.of(2026, 11, 9);
    private static final LocalDate TO = LocalDate.of(2026, 11, 11);

    @TempDir
    Path tmp;

    private final ProtocolServer server = ProtocolServer.http(TOKEN);
    private Path dataDir;

    @BeforeEach
    void aKioskCountedThreeDays() {
        dataDir = tmp.resolve("data");
        try (KioskDatabase database = KioskDatabase.open(dataDir)) {
            new SqliteEventLog(database, ZoneId.systemDefault())
                    .recordAll(new SimulatedKiosk("K01", ZoneId.systemDefault(), 50, 3L).days(FROM, TO));
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Path settings(String... syncLines) throws IOException {
        Path file = KioskSettingsFile.write(tmp.resolve("tiepdon.properties"), dataDir, tmp.resolve("backup"), 9100);
        Files.writeString(file, String.join("\n", syncLines) + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        return file;
    }

    private Path syncingTo(String url) throws IOException {
        return settings("sync.url=" + url, "sync.token=" + TOKEN, "sync.facility=79001");
    }

    @Test
    void sendsTheDaysSaysWhatWasSentAndExitsZero() throws IOException {
        Path file = syncingTo(server.uri().toString());

        CliRun run = CliRun.of("sync", "now", "--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(server.held().keySet()).containsExactly("2026-11-09", "2026-11-10", "2026-11-11");
        long rows = server.requests().getFirst().batch().days().stream()
                .mapToLong(d -> d.totals().size() + d.seconds().size()).sum();
        long cursor = server.requests().getFirst().batch().cursor();
        assertThat(run.out()).contains("Gửi tới " + server.uri()).contains("(kiosk K01, facility 79001)")
                .contains("Đã thử gửi 3 ngày, " + rows + " dòng số liệu, đến sự kiện " + cursor)
                .contains("Tried 3 day(s), " + rows + " row(s) of counts, up to event " + cursor)
                .contains("Đã gửi: máy chủ nhận 3 ngày").contains("Sent: the server acknowledged 3 day(s)");

        CliRun again = CliRun.of("sync", "now", "--config", file.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(again.out()).contains("Nothing new to send");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aRefusedTokenExitsOneAndSaysSo() throws IOException {
        server.fault(ProtocolServer.Fault.UNAUTHORIZED_401);

        CliRun run = CliRun.of("sync", "now", "--config", syncingTo(server.uri().toString()).toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("Máy chủ từ chối mã truy cập (HTTP 401)")
                .contains("The server refused the token (HTTP 401)").doesNotContain(TOKEN);
        assertThat(run.out()).contains("Tried 3 day(s)").doesNotContain(TOKEN);
    }

    @Test
    void aServerThatCannotBeReachedExitsOne() throws IOException {
        int nobody;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nobody = socket.getLocalPort();
        }

        CliRun run = CliRun.of("sync", "now", "--config", syncingTo("http://127.0.0.1:" + nobody).toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("Không kết nối được máy chủ chỉ số").contains("Cannot connect");
    }

    @Test
    void withoutASyncUrlOrWithPlainHttpElsewhereTheSettingsAreRejected() throws IOException {
        CliRun none = CliRun.of("sync", "now", "--config", settings().toString());
        assertThat(none.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(none.err()).contains("chưa có sync.url").contains("has no sync.url");

        CliRun plain = CliRun.of("sync", "now", "--config", syncingTo("http://chiso.example.vn").toString());
        assertThat(plain.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(plain.err()).contains("sync.url: plain http is refused");

        CliRun badOption = CliRun.of("sync", "now", "--everything");
        assertThat(badOption.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void theKiosksHistoryTravelsAsCountsOnly() throws IOException {
        CliRun run = CliRun.of("sync", "now", "--config", syncingTo(server.uri().toString()).toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        List<String> subjects = server.held().values().stream().flatMap(h -> h.totals().totals().stream())
                .map(t -> t.subject()).distinct().toList();
        assertThat(subjects).allSatisfy(s -> assertThat(s).matches("[A-Za-z0-9_:.-]{0,40}"));
    }
}
