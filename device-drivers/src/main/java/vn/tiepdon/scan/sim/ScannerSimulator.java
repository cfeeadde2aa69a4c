package vn.tiepdon.scan.sim;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.scan.Framing;
import vn.tiepdon.scan.ScanFramer;

/**
 * A pretend 2D scanner in USB virtual COM mode, for demos and tests without hardware. It makes a
 * pseudo-terminal with socat and links it at a path (e.g. {@code /tmp/ttyScanner}) that the kiosk opens
 * with jSerialComm exactly like a real scanner's port; {@link #type(byte[])} sends a payload and the
 * terminator through it. {@link #unplug()} and {@link #replug()} make the terminal vanish and come back,
 * like pulling and reinserting the cable.
 *
 * <p>Another process can type into a running simulator with {@link #sendToRunning(Path, byte[])} over a
 * UNIX domain socket at {@code <link>.ctl}. Linux and macOS only (socat and pseudo-terminals).
 */
public final class ScannerSimulator implements AutoCloseable {

    /** The advice shown when socat is missing. */
    public static final String INSTALL_HINT = "install it with `sudo apt-get install socat`";

    /**
     * Silence kept after each GAP-framed payload so two payloads typed back to back stay two scans; longer
     * than any sensible kiosk gap setting.
     */
    public static final Duration GAP_QUIET = Duration.ofMillis(300);

    private static final Logger LOG = LoggerFactory.getLogger(ScannerSimulator.class);
    private static final Duration LINK_WAIT = Duration.ofSeconds(5);
    /** Characters socat would read as address syntax inside {@code link=...}. */
    private static final Pattern UNSAFE_FOR_SOCAT = Pattern.compile("[,:!\"'\\\\\\s]");
    private static final Set<ScannerSimulator> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        // socat also exits by itself when our pipe closes; this hook just makes it immediate and tidy.
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> RUNNING.forEach(ScannerSimulator::killForShutdown), "scanner-sim-shutdown"));
    }

    private final Path socat;
    private final Path link;
    private final Framing framing;
    private final Duration interCharacterDelay;
    private final ControlChannel control;
    private volatile SocatPty pty;
    private boolean closed;

    private ScannerSimulator(Path socat, Path link, Framing framing, Duration interCharacterDelay)
            throws IOException {
        this.socat = socat;
        this.link = link;
        this.framing = framing;
        this.interCharacterDelay = interCharacterDelay;
        this.control = ControlChannel.open(link, this::typeForControl);
    }

    /** Starts a simulator that sends each payload at once. See {@link #start(Path, Framing, Duration)}. */
    public static ScannerSimulator start(Path link, Framing framing) throws IOException {
        return start(link, framing, Duration.ZERO);
    }

    /**
     * Starts socat and the control socket, and returns once the link exists (plugged in).
     *
     * @param link                where the terminal appears, e.g. {@code /tmp/ttyScanner}; its directory must exist
     * @param interCharacterDelay pause after each byte, as scanners set to a slow "inter-character delay" do
     * @throws SocatMissingException when socat is not installed (its message says how to install it)
     * @throws IllegalStateException when another simulator already runs at this link
     * @throws IOException           when the link or socket cannot be made, or socat fails to start
     */
    public static ScannerSimulator start(Path link, Framing framing, Duration interCharacterDelay)
            throws IOException {
        return start(link, framing, interCharacterDelay, System.getenv("PATH"));
    }

    static ScannerSimulator start(Path link, Framing framing, Duration interCharacterDelay, String pathValue)
            throws IOException {
        Objects.requireNonNull(framing, "framing");
        if (interCharacterDelay.isNegative()) {
            throw new IllegalArgumentException("Negative inter-character delay: " + interCharacterDelay);
        }
        Path socat = Executables.find("socat", pathValue).orElseThrow(SocatMissingException::new);
        Path absolute = checkedLink(link);
        ScannerSimulator simulator = new ScannerSimulator(socat, absolute, framing, interCharacterDelay);
        RUNNING.add(simulator);
        try {
            simulator.replug();
        } catch (IOException | RuntimeException e) {
            simulator.close();
            throw e;
        }
        LOG.info("Scanner simulator at {} ({} framing)", absolute, framing);
        return simulator;
    }

    /** Whether socat is on the PATH. */
    public static boolean socatAvailable() {
        return Executables.find("socat", System.getenv("PATH")).isPresent();
    }

    /**
     * Types a payload into the simulator already running at this link, in another process or this one.
     *
     * @param payload the scan without terminator (the simulator adds its framing's), at most 64 KiB
     * @return true when it was typed; false when no simulator runs there (or it is unplugged)
     * @throws IllegalArgumentException for a payload over 64 KiB
     */
    public static boolean sendToRunning(Path link, byte[] payload) {
        return ControlChannel.send(link.toAbsolutePath(), payload);
    }

    /** The control socket path of a simulator at this link. */
    public static Path controlSocketOf(Path link) {
        return ControlChannel.socketFor(link.toAbsolutePath());
    }

    public Path link() {
        return link;
    }

    public Framing framing() {
        return framing;
    }

    /** The process id of the socat behind the terminal, or -1 while unplugged; for tests and diagnostics. */
    public long socatPid() {
        SocatPty current = pty;
        return current == null ? -1 : current.pid();
    }

    public synchronized boolean isPlugged() {
        return pty != null;
    }

    /**
     * Sends the payload followed by the framing's terminator, as one scan.
     *
     * @throws IllegalStateException while unplugged or after close
     * @throws IOException           when socat died underneath
     */
    public synchronized void type(byte[] payload) throws IOException {
        SocatPty current = pty;
        if (closed || current == null) {
            throw new IllegalStateException("The simulated scanner at " + link + " is "
                    + (closed ? "closed" : "unplugged"));
        }
        byte[] terminator = framing.terminator();
        if (interCharacterDelay.isZero()) {
            byte[] scan = new byte[payload.length + terminator.length];
            System.arraycopy(payload, 0, scan, 0, payload.length);
            System.arraycopy(terminator, 0, scan, payload.length, terminator.length);
            current.write(scan);
        } else {
            typeSlowly(current, payload);
            typeSlowly(current, terminator);
        }
        if (framing == Framing.GAP) {
            pause(GAP_QUIET);
        }
    }

    /**
     * Types each line of the stream as one scan until end of input, for {@code sim scan} reading stdin.
     * Empty lines are skipped; lines arriving while unplugged are dropped with a warning.
     *
     * @return how many lines were typed
     */
    public int typeLinesFrom(InputStream lines) throws IOException {
        ScanFramer framer = ScanFramer.forTypedLines(ControlChannel.MAX_PAYLOAD_BYTES);
        byte[] chunk = new byte[4096];
        int typed = 0;
        int count;
        while ((count = lines.read(chunk)) >= 0) {
            for (byte[] line : framer.feed(chunk, count, System.nanoTime())) {
                typed += typeIfPlugged(line);
            }
        }
        Optional<byte[]> lastLine = framer.flush();
        if (lastLine.isPresent()) {
            typed += typeIfPlugged(lastLine.get());
        }
        return typed;
    }

    /** Pulls the cable: socat stops, the terminal and its link vanish. Does nothing if already unplugged. */
    public synchronized void unplug() {
        SocatPty current = pty;
        pty = null;
        if (current != null) {
            current.stop();
            LOG.info("Scanner simulator at {} unplugged", link);
        }
    }

    /** Plugs the cable back: a new terminal at the same link. Does nothing if already plugged. */
    public synchronized void replug() throws IOException {
        if (closed) {
            throw new IllegalStateException("The simulated scanner at " + link + " is closed");
        }
        if (pty == null) {
            clearDeadLink(link);
            pty = SocatPty.start(socat, link, LINK_WAIT);
            LOG.info("Scanner simulator at {} plugged in (socat pid {})", link, pty.pid());
        }
    }

    /** Stops socat, removes the link and the control socket. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            unplug();
            closed = true;
        }
        control.close();
        RUNNING.remove(this);
    }

    private byte typeForControl(byte[] payload) {
        try {
            type(payload);
            return ControlChannel.TYPED;
        } catch (IllegalStateException e) {
            return ControlChannel.UNPLUGGED;
        } catch (IOException e) {
            LOG.warn("Typing a {}-byte scan failed: {}", payload.length, e.toString());
            return ControlChannel.FAILED;
        }
    }

    private int typeIfPlugged(byte[] line) throws IOException {
        try {
            type(line);
            return 1;
        } catch (IllegalStateException e) {
            LOG.warn("Dropped a {}-byte line: {}", line.length, e.getMessage());
            return 0;
        }
    }

    private void typeSlowly(SocatPty target, byte[] bytes) throws IOException {
        for (byte b : bytes) {
            target.write(new byte[] {b});
            pause(interCharacterDelay);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void killForShutdown() {
        SocatPty current = pty;
        if (current != null) {
            current.kill();
        }
        control.close();
    }

    private static Path checkedLink(Path link) {
        Path absolute = link.toAbsolutePath().normalize();
        if (UNSAFE_FOR_SOCAT.matcher(absolute.toString()).find()) {
            throw new IllegalArgumentException("Choose a link path without spaces, commas, colons, quotes, "
                    + "'!' or backslashes (socat would misread it): " + absolute);
        }
        if (absolute.getParent() == null || !Files.isDirectory(absolute.getParent())) {
            throw new IllegalArgumentException("The folder of " + absolute + " does not exist");
        }
        return absolute;
    }

    /** Clears the way for socat's link without ever deleting something that is not a dead link. */
    private static void clearDeadLink(Path link) throws IOException {
        if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isSymbolicLink(link)) {
            throw new IOException(link + " exists and is not a link; choose another path");
        }
        if (Files.exists(link)) {
            throw new IOException(link + " already points to a live terminal (another socat?)");
        }
        SocatPty.removeLink(link);
    }
}
