package vn.tiepdon.station;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All of a station's periodic work, on one daemon thread: once a minute it runs every job that is due, in the
 * order they were added. Each job is guarded: one that throws is logged and tried again when next due, and stops
 * neither the others nor the thread (an executor silently drops a task that throws once).
 */
final class Scheduler implements AutoCloseable {

    /** How often the jobs are looked at. */
    static final Duration TICK = Duration.ofMinutes(1);
    /** A tick still running when the station closes is let finish, so that no job sees its database closed. */
    private static final Duration FINISH_AT_CLOSE = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

    private final Clock clock;
    private final List<Job> jobs = new ArrayList<>();
    private volatile ScheduledExecutorService thread;

    private static final class Job {
        final String name;
        final Duration period;
        final Runnable work;
        Instant lastRun;

        Job(String name, Duration period, Runnable work) {
            this.name = name;
            this.period = period;
            this.work = work;
        }

        boolean due(Instant now) {
            return lastRun == null || !now.isBefore(lastRun.plus(period));
        }
    }

    Scheduler(Clock clock) {
        this.clock = clock;
    }

    /** Runs {@code work} at every tick; the work itself may look whether there is anything to do. */
    synchronized void everyTick(String name, Runnable work) {
        jobs.add(new Job(name, Duration.ZERO, work));
    }

    /** Runs {@code work} at the first tick, then at the first tick {@code period} or more after it last ran. */
    synchronized void every(Duration period, String name, Runnable work) {
        jobs.add(new Job(name, period, work));
    }

    /** Runs the jobs that are due now. */
    synchronized void tick() {
        Instant now = clock.instant();
        for (Job job : jobs) {
            if (job.due(now)) {
                job.lastRun = now;
                try {
                    job.work.run();
                } catch (RuntimeException e) {
                    LOG.warn("Periodic job '{}' failed; tried again when next due", job.name, e);
                }
            }
        }
    }

    /** Ticks on the station's one daemon thread: at once, then every {@link #TICK}. */
    synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        thread = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("housekeeping").factory());
        thread.scheduleWithFixedDelay(this::tick, 0, TICK.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        ScheduledExecutorService running = thread;
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(FINISH_AT_CLOSE.toSeconds(), TimeUnit.SECONDS)) {
                LOG.warn("A periodic job was still running when the station closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
