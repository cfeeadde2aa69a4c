package vn.tiepdon.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tiepdon.kiosk.fx.KeyTyping;
import vn.tiepdon.print.sim.DecodedTicket;

/**
 * One card read both ways on the kiosk as the command starts it (the real CCCD reader, SQLite,
 * ESC/POS to the printer emulator): once by a scanner on a serial port, once typed as key events
 * into the kiosk window by a scanner in keyboard (USB HID) mode. The patient must see the same
 * thing and get a ticket either way.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardWedgeEndToEndTest {

    /** Fake person, used only here, so the log check cannot be satisfied by another test's data. */
    private static final String ID_NUMBER = "036185007788";
    private static final String FULL_NAME = "Đặng Thị Thu Hà";
    private static final String PAYLOAD = ID_NUMBER + "|162534789|" + FULL_NAME
            + "|12071985|Nữ|Số 5 Đường Trần Hưng Đạo, Thành phố Nam Định|01062021";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path tmp;

    private KioskOnEmulatedDevices kiosk;
    private KeyTyping keyboard;
    private vn.tiepdon.testing.LogSince log;

    @Start
    void start(Stage stage) throws IOException {
        log = vn.tiepdon.testing.LogSince.now();
        kiosk = KioskOnEmulatedDevices.start(stage, tmp);
        keyboard = new KeyTyping(stage.getScene());
    }

    @AfterEach
    void stop() throws InterruptedException {
        kiosk.close();
    }

    @Test
    void aCardTypedByAKeyboardModeScannerReadsAsOverTheSerialPort(FxRobot robot) throws Exception {
        kiosk.scanWhenConnected(PAYLOAD, WAIT);
        waitUntilShowing(robot, "#confirmScreen");
        List<String> overSerial = confirmScreen(robot);
        takeTicket(robot, "B001");

        keyboard.scan(PAYLOAD, KeyCode.ENTER);

        waitUntilShowing(robot, "#confirmScreen");
        assertThat(confirmScreen(robot)).isEqualTo(overSerial)
                .containsExactly(FULL_NAME, "12/07/1985", "0361******88");
        assertThat(robot.lookup("#nameUnverifiedNote").tryQuery()).as("no letter was lost").isEmpty();
        takeTicket(robot, "B002");
        assertThat(kiosk.printer.awaitTickets(2, WAIT).get(1).textLines()).contains("B002");
        assertThat(registrations()).as("the same registration either way").hasSize(2)
                .containsOnly("KDV|CITIZEN_ID|0361******88|" + vn.tiepdon.registration.PriorityRule.ageInYears(
                        java.time.LocalDate.of(1985, 7, 12), java.time.LocalDate.now()) + "|FEMALE|0|0");

        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> kiosk.parts.countedToday().count(vn.tiepdon.indicators.EventKind.SCAN_ACCEPTED) == 2);
        assertThat(kiosk.runtime.adminStatus().snapshot().keyboardScans()).isEqualTo(1);
        String logged = log.written();
        assertThat(logged).contains("Keyboard scan of " + PAYLOAD.length() + " characters")
                .doesNotContain(ID_NUMBER).doesNotContain(FULL_NAME).doesNotContain("Đặng");
    }

    @Test
    void aTypedCardThatLostItsVietnameseLettersIsAcceptedWithTheNameToBeChecked(FxRobot robot) throws Exception {
        // What a keyboard layout without Vietnamese makes of the card: letters dropped or turned into '?'.
        String lossy = ID_NUMBER + "|162534789|?ng Th? Thu H?|12071985|N?|S? 5 ?u?ng Tr?n H?ng ?o|01062021";

        keyboard.scan(lossy, KeyCode.ENTER);

        waitUntilShowing(robot, "#confirmScreen");
        assertThat(confirmScreen(robot)).containsExactly("?ng Th? Thu H?", "12/07/1985", "0361******88");
        assertThat(robot.lookup("#nameUnverifiedNote").tryQuery()).as("the desk is told to check the name")
                .isPresent();
    }

    private void takeTicket(FxRobot robot, String expected) throws TimeoutException {
        robot.clickOn("#confirmButton");
        waitUntilShowing(robot, "#chooseServiceScreen");
        robot.clickOn("#service-KDV");
        waitUntilShowing(robot, "#doneScreen");
        assertThat(text(robot, "#ticketNumber")).isEqualTo(expected);
        robot.clickOn("#backButton");
        waitUntilShowing(robot, "#attractScreen");
    }

    /** The registrations as statistics see them, one line each. */
    private List<String> registrations() {
        return kiosk.parts.database.read(c -> {
            List<String> rows = new java.util.ArrayList<>();
            try (var result = c.createStatement().executeQuery("""
                    SELECT service_code || '|' || document_kind || '|' || masked_number || '|' || age_years || '|'
                           || sex || '|' || priority || '|' || name_unverified FROM registrations ORDER BY ticket_id""")) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        });
    }

    /** Name, date of birth and masked number, as the patient sees them. */
    private static List<String> confirmScreen(FxRobot robot) {
        return List.of(text(robot, "#fullName"), text(robot, "#dateOfBirth"), text(robot, "#maskedId"));
    }

    private static void waitUntilShowing(FxRobot robot, String query) throws TimeoutException {
        ScreenLookups.waitUntilShowing(robot, query, WAIT);
    }

    private static String text(FxRobot robot, String query) {
        return ScreenLookups.text(robot, query);
    }
}
