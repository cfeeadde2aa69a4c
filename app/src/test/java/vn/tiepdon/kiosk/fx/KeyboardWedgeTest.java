package vn.tiepdon.kiosk.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.kiosk.ScriptedIdentityReader.AN;
import static vn.tiepdon.kiosk.ScriptedIdentityReader.BINH;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tiepdon.kiosk.CountingScanCounter;
import vn.tiepdon.kiosk.FakeScanSource;
import vn.tiepdon.kiosk.FakeTicketIssuer;
import vn.tiepdon.kiosk.KioskFixtures;
import vn.tiepdon.kiosk.KioskWiring;
import vn.tiepdon.kiosk.ScriptedIdentityReader;

/**
 * A scanner in keyboard mode, typing into the real kiosk scene, next to the serial scanner and
 * a person at a keyboard. Real time: the wedge decides on the JavaFX clock and timer.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardWedgeTest {

    /** Well over the 50 ms gap, well under how slowly people type. */
    private static final long HUMAN_PAUSE_MS = 130;

    private final FakeScanSource serial = new FakeScanSource();
    private final CountingScanCounter counter = new CountingScanCounter();
    private KioskRuntime runtime;
    private KeyTyping keyboard;

    @Start
    void start(Stage stage) {
        KioskWiring wiring = new KioskWiring(KioskFixtures.kioskSettings(), serial, new ScriptedIdentityReader(),
                counter, new FakeTicketIssuer(), counter::summary, false);
        runtime = KioskRuntime.start(wiring, new FxTimer(), Runnable::run, Platform::runLater);
        stage.setScene(runtime.view().scene());
        stage.show();
        keyboard = new KeyTyping(stage.getScene());
    }

    @AfterEach
    void closeRuntime() {
        runtime.close();
    }

    @Test
    void aScanTypedAsKeysReachesTheConfirmScreen(FxRobot robot) {
        keyboard.scan(AN.idNumber(), KeyCode.ENTER);

        assertThat(showing(robot, "#confirmScreen")).isTrue();
        assertThat(text(robot, "#fullName")).isEqualTo(AN.fullName());
        assertThat(text(robot, "#maskedId")).isEqualTo(AN.maskedId());
        assertThat(counter.acceptedCount()).isEqualTo(1);
        assertThat(runtime.adminStatus().snapshot().keyboardScans()).isEqualTo(1);
    }

    @Test
    void tabEndsAScanToo(FxRobot robot) {
        keyboard.scan(BINH.idNumber(), KeyCode.TAB);

        assertThat(showing(robot, "#confirmScreen")).isTrue();
        assertThat(text(robot, "#fullName")).isEqualTo(BINH.fullName());
    }

    @Test
    void keyboardAndSerialScansLandInTheSameFlow(FxRobot robot) {
        serial.emit(ScriptedIdentityReader.scanOf(AN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#fullName")).isEqualTo(AN.fullName());

        keyboard.scan(BINH.idNumber(), KeyCode.ENTER);

        assertThat(text(robot, "#fullName")).as("the card under the scanner replaces the last one")
                .isEqualTo(BINH.fullName());
        assertThat(counter.acceptedCount()).isEqualTo(2);
    }

    @Test
    void aScanNeverTypesIntoTheFocusedField(FxRobot robot) {
        TextField field = textFieldOnTheKiosk(robot);

        keyboard.scan(AN.idNumber(), KeyCode.ENTER);

        assertThat(field.getText()).isEmpty();
        assertThat(showing(robot, "#confirmScreen")).isTrue();
    }

    @Test
    void aPersonTypingSlowlyIsNotAScanAndTheirTypingArrives(FxRobot robot) throws Exception {
        TextField field = textFieldOnTheKiosk(robot);

        // Through the window system's keyboard (JavaFX's headless glass), at a person's pace.
        robot.write(AN.idNumber(), (int) HUMAN_PAUSE_MS).type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> field.getText().equals(AN.idNumber()));
        assertThat(showing(robot, "#attractScreen")).as("no scan was taken").isTrue();
        assertThat(counter.acceptedCount()).isZero();
        assertThat(runtime.adminStatus().snapshot().keyboardScans()).isZero();
    }

    @Test
    void aSpaceInAScanDoesNotPressTheFocusedButtonButAPersonsSpaceDoes(FxRobot robot) throws Exception {
        keyboard.scan(AN.idNumber(), KeyCode.ENTER);
        Button notMe = robot.lookup("#notMeButton").queryAs(Button.class);
        AtomicInteger presses = new AtomicInteger();
        robot.interact(() -> {
            notMe.addEventHandler(ActionEvent.ACTION, e -> presses.incrementAndGet());
            notMe.requestFocus();
        });

        keyboard.scan("Nguyen Van An 15081990", KeyCode.ENTER);

        assertThat(presses).as("the scan's spaces reached no button").hasValue(0);
        assertThat(showing(robot, "#rejectedScreen")).as("the scan went to the reader instead").isTrue();

        robot.clickOn("#backButton");
        keyboard.scan(AN.idNumber(), KeyCode.ENTER);
        Button confirm = robot.lookup("#confirmButton").queryAs(Button.class);
        robot.interact(confirm::requestFocus);
        keyboard.slowly(" ", HUMAN_PAUSE_MS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> showing(robot, "#chooseServiceScreen"));
    }

    @Test
    void theStaffKeyStillWorksAndTheOverlayNamesTheKeyboardScanner(FxRobot robot) {
        keyboard.scan(AN.idNumber(), KeyCode.ENTER);
        keyboard.scan(BINH.idNumber(), KeyCode.ENTER);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);

        assertThat(showing(robot, "#adminOverlay")).isTrue();
        assertThat(text(robot, "#adminKeyboardScanner")).contains("USB HID").contains("2");
    }

    /** A text field as a later screen might have one, focused. */
    private TextField textFieldOnTheKiosk(FxRobot robot) {
        TextField field = new TextField();
        field.setId("typedInto");
        robot.interact(() -> {
            ((StackPane) runtime.view().root()).getChildren().add(field);
            field.requestFocus();
        });
        assertThat(field.isFocused()).isTrue();
        return field;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }
}
