package vn.tiepdon.scan.sim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running socat that owns a pseudo-terminal and links it at a path. Its other side is socat's
 * standard input, held by this JVM: what we write there comes out of the terminal, exactly as a USB
 * scanner's virtual COM port would deliver it. Should this JVM die without cleaning up, even by
 * {@code kill -9}, socat reads end-of-file on that pipe and exits on its own, removing the link.
 */
final class SocatPty {

    private static final Logger LOG = LoggerFactory.getLogger(SocatPty.class);
    private static final Duration POLL = Duration.ofMillis(10);
    private static final Duration STOP_WAIT = Duration.ofSeconds(2);
    private static final int STDERR_LINES_KEPT = 10;

    private final Path link;
    private final Process process;
    private final OutputStream toTerminal;
    private final Deque<String> stderrTail = new ArrayDeque<>();

    private SocatPty(Path link, Process process) {
        this.link = link;
        this.process = process;
        this.toTerminal = process.getOutputStream();
        Thread.ofPlatform().daemon().name("socat-stderr " + link).start(this::drainStderr);
    }

    /** Starts socat and returns once the link exists, or throws with what socat said. */
    static SocatPty start(Path socat, Path link, Duration linkWait) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(socat.toString(), "-d",
                "PTY,link=" + link + ",rawer", "STDIO")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        SocatPty pty = new SocatPty(link, builder.start());
        try {
            pty.awaitLink(linkWait);
        } catch (IOException | RuntimeException e) {
            pty.stop();
            throw e;
        }
        LOG.debug("socat {} linked {}", pty.process.pid(), link);
        return pty;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    void write(byte[] bytes) throws IOException {
        toTerminal.write(bytes);
        toTerminal.flush();
    }

    /**
     * Stops socat like pulling the cable: its terminal vanishes, so a reader gets an error at once.
     * SIGTERM first, so socat removes its own link; the link is also removed here in case it could not.
     */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        closeQuietly();
        removeLink(link);
    }

    /** For the shutdown hook: no waiting, no locks. */
    void kill() {
        process.destroy();
        removeLink(link);
    }

    static void removeLink(Path link) {
        try {
            if (Files.isSymbolicLink(link)) {
                Files.delete(link);
            }
        } catch (IOException e) {
            LOG.debug("Could not remove {}: {}", link, e.toString());
        }
    }

    private void awaitLink(Duration linkWait) throws IOException {
        long deadline = System.nanoTime() + linkWait.toNanos();
        while (!Files.exists(link)) {
            if (!process.isAlive()) {
                throw new IOException("socat exited (code " + process.exitValue() + ") before creating "
                        + link + ": " + stderrTail());
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IOException("socat did not create " + link + " within " + linkWait.toMillis()
                        + " ms: " + stderrTail());
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while waiting for " + link, e);
            }
        }
    }

    private String stderrTail() {
        // Give the drainer a moment to collect socat's last words before quoting them.
        try {
            process.waitFor(200, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (stderrTail) {
            return stderrTail.isEmpty() ? "(socat printed nothing)" : String.join(" / ", stderrTail);
        }
    }

    private void drainStderr() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                LOG.debug("socat: {}", line);
                synchronized (stderrTail) {
                    if (stderrTail.size() == STDERR_LINES_KEPT) {
                        stderrTail.removeFirst();
                    }
                    stderrTail.addLast(line);
                }
            }
        } catch (IOException e) {
            LOG.trace("socat stderr closed: {}", e.toString());
        }
    }

    private void closeQuietly() {
        try {
            toTerminal.close();
        } catch (IOException e) {
            LOG.trace("socat stdin already closed: {}", e.toString());
        }
    }
}
