package vn.tiepdon.sync.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.tiepdon.sync.server.TestServers;
import vn.tiepdon.sync.server.TestServers.Backend;
import vn.tiepdon.sync.server.kiosks.KioskRegistry;
import vn.tiepdon.sync.server.people.Role;
import vn.tiepdon.sync.server.people.Users;
import vn.tiepdon.sync.server.store.DatabaseLocation;
import vn.tiepdon.sync.server.store.ServerDatabase;

/** {@code tiepdon server kiosk …} and {@code server user add}: what IT types, what it reads, the exit codes. */
class ServerCliTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ServerMain.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void kiosksAreEnrolledListedAndRevoked(Backend backend) {
        String db = TestServers.freshDatabaseUrl(backend, dir);
        try {
            Run added = run("", "kiosk", "add", "--facility", "79001", "--kiosk", "K01", "--db", db);
            assertThat(added.exitCode()).as(added.err()).isZero();
            List<String> lines = added.out().lines().toList();
            assertThat(lines.get(0)).contains("Đã đăng ký kiosk K01").contains("Kiosk K01 enrolled");
            String token = lines.get(1);
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            assertThat(kioskOf(db, token)).hasValue("K01");

            Run again = run("", "kiosk", "add", "--facility", "79001", "--kiosk", "K01", "--db", db);
            assertThat(again.exitCode()).isEqualTo(2);
            assertThat(again.err()).contains("đã được đăng ký").contains("already enrolled").contains("--new-token");

            Run renewed = run("", "kiosk", "add", "--facility", "79001", "--kiosk", "K01", "--new-token", "--db", db);
            assertThat(renewed.exitCode()).isZero();
            String newToken = renewed.out().lines().toList().get(1);
            assertThat(newToken).isNotEqualTo(token);
            assertThat(kioskOf(db, token)).as("the old token stops working").isEmpty();
            assertThat(kioskOf(db, newToken)).hasValue("K01");

            Run list = run("", "kiosk", "list", "--db", db);
            assertThat(list.exitCode()).isZero();
            assertThat(list.out()).contains("KIOSK").contains("CƠ SỞ/FACILITY");
            assertThat(list.out().lines().skip(1).findFirst().orElseThrow())
                    .matches("K01 +79001 +- +- +không / no");

            assertThat(run("", "kiosk", "revoke", "--kiosk", "K01", "--db", db).exitCode()).isZero();
            assertThat(run("", "kiosk", "list", "--db", db).out()).contains("có / yes");
            Run unknown = run("", "kiosk", "revoke", "--kiosk", "K99", "--db", db);
            assertThat(unknown.exitCode()).isEqualTo(2);
            assertThat(unknown.err()).contains("Không có kiosk K99").contains("No kiosk K99");

            Run badCode = run("", "kiosk", "add", "--facility", "79001", "--kiosk", "079305001234", "--db", db);
            assertThat(badCode.exitCode()).isEqualTo(2);
        } finally {
            TestServers.dropDatabase(DatabaseLocation.parse(db));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aUserIsAddedWithThePasswordFromStandardInput(Backend backend) {
        String db = TestServers.freshDatabaseUrl(backend, dir);
        try {
            Run added = run("mat-khau-dai-du\n", "user", "add", "lan", "--role", "viewer", "--db", db);
            assertThat(added.exitCode()).as(added.err()).isZero();
            assertThat(added.out()).contains("lan").contains("viewer").doesNotContain("mat-khau");
            try (ServerDatabase database = ServerDatabase.open(DatabaseLocation.parse(db))) {
                assertThat(new Users(database).authenticate("lan", "mat-khau-dai-du".toCharArray()))
                        .hasValue(Role.VIEWER);
                assertThat(new Users(database).authenticate("lan", "mat-khau-khac".toCharArray())).isEmpty();
            }

            assertThat(run("mat-khau-dai-du\n", "user", "add", "lan", "--role", "admin", "--db", db).err())
                    .contains("already exists");
            assertRejected(run("ngan\n", "user", "add", "minh", "--role", "viewer", "--db", db), "at least 10");
            assertRejected(run("", "user", "add", "minh", "--role", "viewer", "--db", db), "No password");
            assertRejected(run("mat-khau-dai-du\n", "user", "add", "minh", "--role", "boss", "--db", db),
                    "Not a role");
            assertRejected(run("mat-khau-dai-du\n", "user", "add", "a:b", "--role", "viewer", "--db", db),
                    "no colon");
        } finally {
            TestServers.dropDatabase(DatabaseLocation.parse(db));
        }
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsExplainedWithExit1() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");

        Run run = run("", "kiosk", "list", "--db", notAFolder.resolve("indicators.db").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Không mở được cơ sở dữ liệu").contains("Cannot open the database")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aPostgresqlPasswordIsNeverShown() {
        Run run = run("", "kiosk", "list", "--db", "postgresql://tiepdon:bi-mat@127.0.0.1:1/none");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("postgresql://tiepdon@127.0.0.1:1/none").doesNotContain("bi-mat");
    }

    @Test
    void aPortInUseIsExplainedWithExit1() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = run("", "--db", dir.resolve("i.db").toString(), "--listen", "127.0.0.1:" + taken.getLocalPort());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("đang được chương trình khác dùng").contains("is used by another program");
        }
    }

    @Test
    void aBadListenAddressIsRejectedWithExit2() {
        Run run = run("", "--db", dir.resolve("i.db").toString(), "--listen", "8780");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Not an address to listen on");
    }

    private static void assertRejected(Run run, String english) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(english).doesNotContain("\tat ");
    }

    private static java.util.Optional<String> kioskOf(String db, String token) {
        try (ServerDatabase database = ServerDatabase.open(DatabaseLocation.parse(db))) {
            return new KioskRegistry(database).byToken(token).map(k -> k.id());
        }
    }
}
