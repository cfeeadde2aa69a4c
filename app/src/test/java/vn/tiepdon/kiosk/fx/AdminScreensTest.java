package vn.tiepdon.kiosk.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.tiepdon.admin.Dashboard;
import vn.tiepdon.admin.DeviceHealth;
import vn.tiepdon.indicators.sim.SimulatedKiosk;
import vn.tiepdon.kiosk.AdminConsole;
import vn.tiepdon.kiosk.AdminStatus;
import vn.tiepdon.kiosk.CountingScanCounter;
import vn.tiepdon.kiosk.FakeAdminAccess;
import vn.tiepdon.kiosk.FakeTicketIssuer;
import vn.tiepdon.kiosk.FlowSettings;
import vn.tiepdon.kiosk.KioskFixtures;
import vn.tiepdon.kiosk.KioskFlow;
import vn.tiepdon.kiosk.ManualTimer;
import vn.tiepdon.kiosk.ScriptedIdentityReader;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.PrintState;
import vn.tiepdon.store.KioskDatabase;
import vn.tiepdon.store.SqliteEventLog;
import vn.tiepdon.store.SqliteEventTotals;

/**
 * Renders the admin screen (keypad, figures of a simulated week, devices in trouble, reprint list) in both
 * languages at both panel sizes to {@code target/screens} (see {@link KioskScreensTest#shoot}), and checks that nothing is cut off.
 */
class AdminScreensTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Instant NOW = TODAY.atTime(11, 30).atZone(ZoneId.systemDefault()).toInstant();

    @TempDir
    static Path tmp;
    private static Dashboard week;

    @BeforeAll
    static void fillADatabase() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (KioskDatabase database = KioskDatabase.open(Files.createDirectories(tmp.resolve("data")))) {
            new SqliteEventLog(database, ZoneId.systemDefault()).recordAll(
                    new SimulatedKiosk("kiosk-1", ZoneId.systemDefault(), 140, 11).days(TODAY.minusDays(13), TODAY));
            SqliteEventTotals totals = new SqliteEventTotals(database);
            LocalDate first = Dashboard.firstDayNeeded(TODAY);
            week = Dashboard.of(TODAY, totals.totals(first, TODAY), totals.durations(first, TODAY),
                    new DeviceHealth(Optional.of(true), Optional.of(false), "tcp:192.168.1.50:9100", "PAPER_OUT",
                            false, 800_000_000L,
                            Optional.of(NOW.minusSeconds(60 * 60 * 40)), new vn.tiepdon.admin.SyncLine(
                                    Optional.of(NOW.minusSeconds(60 * 60 * 3)),
                                    "Không kết nối được máy chủ chỉ số; sẽ thử lại.",
                                    "Cannot connect to the indicator server; retrying.", true), 3));
        }
    }

    record Shot(String name, boolean english, Consumer<Parent> reach) {
        @Override
        public String toString() {
            return name + (english ? "-en" : "-vi");
        }
    }

    static Stream<Arguments> shots() {
        List<Arguments> all = new ArrayList<>();
        for (boolean english : new boolean[] {false, true}) {
            List<Shot> shots = List.of(
                    new Shot("admin-1-pin", english, root -> {
                        press(root, "#pinDigit1");
                        press(root, "#pinDigit2");
                        press(root, "#pinOk");
                        press(root, "#pinDigit3");
                    }),
                    new Shot("admin-2-figures", english, AdminScreensTest::unlock),
                    new Shot("admin-3-devices", english, root -> {
                        unlock(root);
                        press(root, "#adminTabDevices");
                        // Why the printer cannot print, in words, not only "not ready".
                        assertThat(((javafx.scene.control.Label) root.lookup("#devicePrinter")).getText())
                                .contains(english ? "out of paper" : "hết giấy");
                    }),
                    new Shot("admin-4-reprint", english, root -> {
                        unlock(root);
                        press(root, "#adminTabReprint");
                    }),
                    new Shot("admin-5-quit", english, root -> {
                        unlock(root);
                        press(root, "#adminQuit");
                    }));
            for (Shot shot : shots) {
                all.add(Arguments.of(shot, 1280, 800));
                all.add(Arguments.of(shot, 1024, 768));
            }
        }
        return all.stream();
    }

    private static void unlock(Parent root) {
        for (char digit : FakeAdminAccess.PIN.toCharArray()) {
            press(root, "#pinDigit" + digit);
        }
        press(root, "#pinOk");
    }

    private static void press(Parent root, String id) {
        ((Button) root.lookup(id)).fire();
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @MethodSource("shots")
    void fitsThePanel(Shot shot, int width, int height) throws Exception {
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> render(shot, width, height)).get();

        assertThat(problems).isEmpty();
    }

    private static List<String> render(Shot shot, int width, int height) throws Exception {
        FakeAdminAccess access = new FakeAdminAccess(Clock.systemUTC()).showing(week, tickets());
        CountingScanCounter counter = new CountingScanCounter();
        KioskFlow flow = new KioskFlow(KioskFixtures.flowSettings(), new ScriptedIdentityReader(), counter,
                new FakeTicketIssuer(), new ManualTimer(), Runnable::run, Runnable::run);
        AdminStatus status = new AdminStatus("serial /dev/ttyACM0 @9600", "tcp:192.168.1.50:9100", () -> "");
        status.scannerConnection(true, "");
        KioskView view = KioskView.create(KioskFixtures.kioskSettings().hospitalName(), flow, status,
                new ManualTimer(), new AdminConsole(access, status, Runnable::run, Runnable::run));
        if (shot.english()) {
            flow.toggleLanguage();
        }
        view.openAdmin();
        shot.reach().accept(view.root());
        return KioskScreensTest.shoot(view.root(), width, height, shot.toString());
    }

    private static List<IssuedTicket> tickets() {
        List<IssuedTicket> tickets = new ArrayList<>();
        String[] codes = {"KBHYT", "KDV", "XN"};
        String[] prefixes = {"A", "B", "C"};
        for (int i = 1; i <= 14; i++) {
            int s = i % 3;
            PrintState state = i == 4 || i == 11 ? PrintState.NOT_PRINTED : PrintState.PRINTED;
            tickets.add(new IssuedTicket(i, codes[s], TODAY, i, String.format("%s%03d", prefixes[s], i),
                    TODAY.atTime(7 + i / 3, (i * 7) % 60), 0, state));
        }
        return tickets;
    }
}
