package vn.tiepdon.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.tiepdon.testing.MovableClock;

class SchedulerTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T08:00:00Z"));
    private final Scheduler scheduler = new Scheduler(clock);
    private final List<String> ran = new ArrayList<>();

    @Test
    void aJobThatThrowsStopsNeitherTheOthersNorItsOwnNextTurn() {
        scheduler.everyTick("failing", () -> {
            ran.add("failing");
            throw new IllegalStateException("disk gone");
        });
        scheduler.everyTick("after it", () -> ran.add("after it"));

        scheduler.tick();
        clock.advance(Scheduler.TICK);
        scheduler.tick();

        assertThat(ran).containsExactly("failing", "after it", "failing", "after it");
    }

    @Test
    void aJobWithAPeriodRunsAtTheFirstTickThenOncePerPeriod() {
        scheduler.every(Duration.ofHours(1), "hourly", () -> ran.add("hourly"));

        for (int minute = 0; minute <= 120; minute++) {
            scheduler.tick();
            clock.advance(Scheduler.TICK);
        }

        assertThat(ran).hasSize(3);
    }

    @Test
    void startedItTicksAtOnceOnADaemonThreadAndClosingEndsIt() throws InterruptedException {
        CountDownLatch ticked = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        scheduler.everyTick("look", () -> {
            threads.add(Thread.currentThread());
            ticked.countDown();
        });

        scheduler.start();
        assertThat(ticked.await(10, TimeUnit.SECONDS)).isTrue();
        scheduler.close();

        Thread thread = threads.getFirst();
        assertThat(threads).hasSize(1);
        assertThat(thread.isDaemon()).isTrue();
        assertThat(thread.getName()).isEqualTo("housekeeping");
        thread.join(Duration.ofSeconds(10));
        assertThat(thread.isAlive()).as("closed, the thread ends").isFalse();
    }
}
