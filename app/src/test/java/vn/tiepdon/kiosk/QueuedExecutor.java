package vn.tiepdon.kiosk;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/** Holds tasks until the test runs them: shows what the kiosk does while the worker is busy. */
public final class QueuedExecutor implements Executor {

    private final Queue<Runnable> tasks = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
    }

    public void runAll() {
        Runnable task;
        while ((task = tasks.poll()) != null) {
            task.run();
        }
    }

    public int size() {
        return tasks.size();
    }
}
