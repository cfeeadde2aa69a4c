package vn.tiepdon.sync.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.sync.client.ProtocolServer.Fault;

/**
 * The background schedule, paced by the cycles themselves: the sleeper returns at once and records the wait it was
 * asked for, and the random source is fixed, so the expected waits are written by hand.
 */
class BackgroundSyncTest {

    private static final String TOKEN = "k01-token-0123456789abcdef";
    private static final Duration INTERVAL = Duration.ofSeconds(300);
    /** Full jitter with this "random" number waits exactly half the ceiling. */
    private static final RandomGenerator HALF = () -> Long.MIN_VALUE; // nextDouble() of this is 0.5

    private final ProtocolServer server = ProtocolServer.http(TOKEN);
    private final InMemoryKiosk kiosk = new InMemoryKiosk();
    private final List<Duration> waits = new ArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    /** Runs cycles in this thread until {@code cycles} waits were asked for. */
    private void runCycles(int cycles) {
        try (SyncClient client = new SyncClient(SyncSettings.of(server.uri(), TOKEN, "K01", "79001", Optional.empty())
                .withInterval(INTERVAL), kiosk, kiosk)) {
            BackgroundSync[] background = new BackgroundSync[1];
            background[0] = new BackgroundSync(client, new Backoff(INTERVAL, HALF), wait -> {
                waits.add(wait);
                if (waits.size() == cycles) {
                    background[0].close();
                }
            });
            background[0].run();
        }
    }

    @Test
    void theFixedRandomSourceGivesAHalf() {
        assertThat(HALF.nextDouble()).isEqualTo(0.5);
    }

    @Test
    void failuresBackOffDoublingWithJitterAndTheFirstSuccessReturnsToTheInterval() {
        kiosk.count("2026-12-01", 3);
        server.fault(Fault.ERROR_500, 4);

        runCycles(6);

        // Ceilings 1, 2, 4, 8 s halved by the jitter; then the success and a quiet cycle at the interval.
        assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4), INTERVAL, INTERVAL);
        assertThat(server.requests()).extracting(ProtocolServer.Request::status)
                .containsExactly(500, 500, 500, 500, 200);
        assertThat(kiosk.acknowledged).containsEntry("2026-12-01", 3L);
        assertThat(kiosk.outcomes).extracting(SyncOutcome::status).containsExactly(SyncOutcome.Status.SERVER_ERROR,
                SyncOutcome.Status.SERVER_ERROR, SyncOutcome.Status.SERVER_ERROR, SyncOutcome.Status.SERVER_ERROR,
                SyncOutcome.Status.SENT, SyncOutcome.Status.NOTHING_TO_SEND);
    }

    @Test
    void theBackoffStopsGrowingAtTheInterval() {
        Backoff backoff = new Backoff(INTERVAL, () -> -1L); // nextDouble() just below 1: the whole ceiling
        SyncOutcome down = SyncOutcome.of(SyncOutcome.Status.CANNOT_CONNECT, java.time.Instant.EPOCH, "");
        List<Long> seconds = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            seconds.add(Math.round(backoff.after(down).toMillis() / 1000.0));
        }
        assertThat(seconds).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 300L, 300L, 300L);
    }

    @Test
    void aBusyServersRetryAfterIsWaitedAtLeast() {
        kiosk.count("2026-12-01", 3);
        server.fault(Fault.BUSY_429, 2).retryAfter("7");

        runCycles(3);

        assertThat(waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7), INTERVAL);
        assertThat(kiosk.acknowledged).containsEntry("2026-12-01", 3L);
    }

    @Test
    void theLogSaysWhenTheStateChangesAndNeverHoldsTheToken() {
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger("vn.tiepdon.sync");
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> seen =
                new ch.qos.logback.core.read.ListAppender<>();
        seen.start();
        logger.addAppender(seen);
        try {
            kiosk.count("2026-12-01", 3);
            server.fault(Fault.UNAUTHORIZED_401, 2);

            runCycles(4);
        } finally {
            logger.detachAppender(seen);
        }

        List<String> changes = seen.list.stream().filter(e -> e.getLoggerName().endsWith("BackgroundSync"))
                .map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage).toList();
        assertThat(changes).as("refused, sent, nothing new: three changes in four cycles").hasSize(3);
        assertThat(changes.getFirst()).contains("refused the token");
        assertThat(seen.list).allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain(TOKEN));
    }

    @Test
    void aRefusedTokenIsTriedAgainAtTheIntervalNotHammered() {
        kiosk.count("2026-12-01", 3);
        server.fault(Fault.UNAUTHORIZED_401);

        runCycles(2);

        assertThat(waits).containsExactly(INTERVAL, INTERVAL);
    }

    @Test
    void theBackgroundThreadSyncsAtOnceAndAgainWhenWoken() throws InterruptedException {
        kiosk.count("2026-12-01", 3);
        CountDownLatch twoCycles = new CountDownLatch(2);
        try (SyncClient client = new SyncClient(SyncSettings.of(server.uri(), TOKEN, "K01", "79001",
                Optional.empty()), new SnapshotSource() {
                    @Override
                    public Snapshot read() {
                        return kiosk.read();
                    }
                }, new SyncLedger() {
                    @Override
                    public void acknowledged(java.util.Collection<String> days, long cursor) {
                        kiosk.acknowledged(days, cursor);
                    }

                    @Override
                    public void finished(SyncOutcome outcome) {
                        kiosk.finished(outcome);
                        twoCycles.countDown();
                    }
                });
             BackgroundSync background = new BackgroundSync(client).start()) {
            while (kiosk.acknowledged.isEmpty() && twoCycles.getCount() == 2) {
                Thread.onSpinWait();
            }
            kiosk.count("2026-12-01", 2);
            background.wake();
            assertThat(twoCycles.await(20, TimeUnit.SECONDS)).as("a second cycle long before the interval").isTrue();
            assertThat(background.last()).isNotNull();
        }
        assertThat(server.requests()).hasSizeGreaterThanOrEqualTo(1);
        assertThat(kiosk.outcomes).first().extracting(SyncOutcome::status).isEqualTo(SyncOutcome.Status.SENT);
    }
}
