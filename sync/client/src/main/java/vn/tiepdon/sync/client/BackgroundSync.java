package vn.tiepdon.sync.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link SyncClient#runOnce()} on a daemon thread of its own, at once and then as {@link Backoff} says: every
 * {@code sync.intervalSeconds} while all is well, sooner and sooner again (1 s, 2 s, 4 s … with jitter) while the
 * server cannot be reached, so the first cycle after it comes back is soon. Never on the screen's or the issuing
 * thread; a cycle that throws is logged and the thread goes on. The log says when the state changes, not every
 * cycle.
 */
public final class BackgroundSync implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundSync.class);
    /** A cycle still running at close (waiting on a 30 s read timeout) is interrupted after this. */
    private static final Duration FINISH_AT_CLOSE = Duration.ofSeconds(5);

    private final SyncClient client;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean closed;
    private volatile SyncOutcome last;
    private Thread thread;

    /** With the settings' interval, real time and real randomness. */
    public BackgroundSync(SyncClient client) {
        this(client, new Backoff(client.settings().interval(), RandomGenerator.getDefault()), null);
    }

    /**
     * @param sleeper how to wait between cycles; {@code null} for real waiting, which {@link #wake()} and
     *                {@link #close()} cut short
     */
    public BackgroundSync(SyncClient client, Backoff backoff, Sleeper sleeper) {
        this.client = Objects.requireNonNull(client, "client");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.sleeper = sleeper != null ? sleeper : this::waitOrWake;
    }

    public synchronized BackgroundSync start() {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        thread = Thread.ofPlatform().daemon().name("sync").start(this::run);
        return this;
    }

    /** The cycles, until {@link #close()}: runs in the caller's thread (tests call it directly). */
    public void run() {
        SyncOutcome.Status previous = null;
        while (!closed) {
            SyncOutcome outcome;
            wakeUps.drainPermits(); // a wake-up asked for before this cycle is answered by it
            try {
                outcome = client.runOnce();
            } catch (RuntimeException e) {
                LOG.warn("Sync cycle failed unexpectedly; tried again later", e);
                outcome = SyncOutcome.of(SyncOutcome.Status.KIOSK_DATA_UNREADABLE, java.time.Instant.now(),
                        Answers.cause(e));
            }
            last = outcome;
            if (outcome.status() != previous) {
                logChange(outcome);
                previous = outcome.status();
            }
            if (closed) {
                return;
            }
            try {
                sleeper.sleep(backoff.after(outcome));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void logChange(SyncOutcome outcome) {
        if (outcome.succeeded()) {
            LOG.info("Sync: {} ({} day(s), {} row(s), cursor {})", outcome.message(java.util.Locale.ENGLISH),
                    outcome.daysAcknowledged(), outcome.rowsSent(), outcome.cursor());
        } else {
            LOG.warn("Sync: {} [{}]", outcome.message(java.util.Locale.ENGLISH), outcome.detail());
        }
    }

    /** The last cycle's outcome; null before the first one ends. */
    public SyncOutcome last() {
        return last;
    }

    /** Starts the next cycle now instead of after the wait (the admin screen's "send now", a network that is back). */
    public void wake() {
        wakeUps.release();
    }

    private void waitOrWake(Duration wait) throws InterruptedException {
        wakeUps.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (closed) {
            throw new InterruptedException("closing");
        }
    }

    /** Stops the thread: a cycle under way is let finish for a few seconds, then interrupted. */
    @Override
    public void close() {
        closed = true;
        wakeUps.release();
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running != null) {
            try {
                running.join(FINISH_AT_CLOSE.toMillis());
                if (running.isAlive()) {
                    running.interrupt();
                    running.join(FINISH_AT_CLOSE.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
