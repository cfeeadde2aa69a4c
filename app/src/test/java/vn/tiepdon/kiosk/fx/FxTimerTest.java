package vn.tiepdon.kiosk.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.tiepdon.kiosk.KioskTimer;

class FxTimerTest {

    private final FxTimer timer = new FxTimer();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void runsTheActionOnTheFxThread() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        AtomicBoolean onFxThread = new AtomicBoolean();
        WaitForAsyncUtils.asyncFx(() -> timer.schedule(Duration.ofMillis(20), () -> {
            onFxThread.set(Platform.isFxApplicationThread());
            ran.countDown();
        }));

        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(onFxThread).isTrue();
    }

    @Test
    void aCancelledActionNeverRuns() throws Exception {
        AtomicBoolean cancelledRan = new AtomicBoolean();
        CountDownLatch laterRan = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> {
            KioskTimer.Cancellable cancelled = timer.schedule(Duration.ofMillis(20), () -> cancelledRan.set(true));
            cancelled.cancel();
            // Scheduled after, due after: once it has run, the cancelled one had its chance.
            timer.schedule(Duration.ofMillis(200), laterRan::countDown);
        });

        assertThat(laterRan.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(cancelledRan).isFalse();
    }
}
