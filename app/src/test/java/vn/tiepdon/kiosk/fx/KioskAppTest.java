package vn.tiepdon.kiosk.fx;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.tiepdon.kiosk.CountingScanCounter;
import vn.tiepdon.kiosk.FakeScanSource;
import vn.tiepdon.kiosk.FakeTicketIssuer;
import vn.tiepdon.kiosk.KioskFixtures;
import vn.tiepdon.kiosk.KioskWiring;
import vn.tiepdon.kiosk.ScriptedIdentityReader;

/** The application as the CLI starts it: full screen that no key leaves, scanner started and closed. */
class KioskAppTest {

    @Test
    void startsFullScreenWithTheScannerAndClosesItOnExit() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FakeScanSource scanner = new FakeScanSource();
        KioskWiring wiring = new KioskWiring(KioskFixtures.kioskSettings(), scanner, new ScriptedIdentityReader(),
                new CountingScanCounter(), new FakeTicketIssuer(), () -> "", true);

        KioskApp app = (KioskApp) FxToolkit.setupApplication(() -> new KioskApp(wiring));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(scanner.isStarted()).isTrue();
        assertThat(stage.getScene().lookup("#attractScreen")).isNotNull();
        assertThat(stage.getFullScreenExitKeyCombination()).isEqualTo(KeyCombination.NO_MATCH);
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(stage.getTitle()).isEqualTo(KioskFixtures.kioskSettings().hospitalName());

        FxToolkit.cleanupApplication(app);
        assertThat(scanner.closed()).isTrue();
        FxToolkit.cleanupStages();
    }
}
