package vn.tiepdon.kiosk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A timer whose time only moves when the test says so. */
public final class ManualTimer implements KioskTimer {

    private final List<Task> tasks = new ArrayList<>();
    private Duration now = Duration.ZERO;

    private static final class Task {
        final Duration due;
        final Runnable action;
        boolean cancelled;

        Task(Duration due, Runnable action) {
            this.due = due;
            this.action = action;
        }
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Task task = new Task(now.plus(delay), action);
        tasks.add(task);
        return () -> task.cancelled = true;
    }

    /** Moves time forward, running what falls due in order. */
    public void advance(Duration step) {
        Duration end = now.plus(step);
        while (true) {
            Task next = tasks.stream().filter(t -> !t.cancelled && t.due.compareTo(end) <= 0)
                    .min(Comparator.comparing(t -> t.due)).orElse(null);
            if (next == null) {
                break;
            }
            tasks.remove(next);
            now = next.due;
            next.action.run();
        }
        now = end;
    }

    public long pending() {
        return tasks.stream().filter(t -> !t.cancelled).count();
    }
}
