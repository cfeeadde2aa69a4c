package vn.tiepdon.print.sim;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.print.TextRasterizer;

/**
 * A network receipt printer on 127.0.0.1 for tests, demos and trying a configuration without paper:
 * decodes each connection's ESC/POS, answers DLE EOT from its {@link EmulatedState}, and writes each
 * ticket as {@code NNNN.png} and {@code NNNN.txt}. Several connections may print at once.
 * <pre>{@code
 * try (PrinterEmulator printer = new PrinterEmulator(9100, Path.of("tickets"), 576).start()) { ... }
 * }</pre>
 */
public final class PrinterEmulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PrinterEmulator.class);
    private static final Pattern TICKET_FILE = Pattern.compile("(\\d{4,})\\.(png|txt)");

    private final int requestedPort;
    private final Path outputDir;
    private final TicketPainter painter;
    private final List<DecodedTicket> tickets = new ArrayList<>();
    private final ExecutorService jobs = Executors.newVirtualThreadPerTaskExecutor();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile EmulatedState state = EmulatedState.READY;
    private volatile LongConsumer firstByteHook = nanos -> { };
    private volatile Duration answerDelay = Duration.ZERO;
    private final java.util.concurrent.atomic.AtomicReference<EmulatedState> afterNextCut =
            new java.util.concurrent.atomic.AtomicReference<>();
    private ServerSocket server;
    private Thread acceptor;
    private int nextSequence = 1;

    /**
     * @param port           TCP port on 127.0.0.1; 0 picks a free one, see {@link #port()}
     * @param outputDir      where tickets are written; null keeps them in memory only
     * @param paperWidthDots width of the paper pictures, {@value TextRasterizer#PAPER_80MM} for 80 mm
     */
    public PrinterEmulator(int port, Path outputDir, int paperWidthDots) {
        this.requestedPort = port;
        this.outputDir = outputDir;
        this.painter = new TicketPainter(paperWidthDots);
    }

    /** An 80 mm printer on a free port, tickets in memory only. */
    public PrinterEmulator() {
        this(0, null, TextRasterizer.PAPER_80MM);
    }

    public synchronized PrinterEmulator start() throws IOException {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        if (outputDir != null) {
            Files.createDirectories(outputDir);
            nextSequence = highestExistingTicket(outputDir) + 1;
        }
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort));
        acceptor = Thread.ofPlatform().daemon().name("printer-emulator-" + server.getLocalPort())
                .start(this::acceptLoop);
        LOG.info("Printer emulator listening on 127.0.0.1:{}, state {}", server.getLocalPort(), state);
        return this;
    }

    public int port() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return server.getLocalPort();
    }

    public EmulatedState state() {
        return state;
    }

    /** Takes effect at once, also for a job in progress (paper can run out mid-ticket). */
    public void state(EmulatedState newState) {
        this.state = newState;
    }

    /**
     * Answers each status question this late, as a printer busy feeding and cutting paper, or a printer on a busy PC,
     * does. Printing itself is not held up.
     */
    public void answerDelay(Duration delay) {
        this.answerDelay = delay;
    }

    /**
     * Once the next ticket is cut, the printer goes into {@code next}: paper running out at the end of a ticket, or a
     * printer that took the ticket and then stopped answering.
     */
    public void stateAfterNextCut(EmulatedState next) {
        afterNextCut.set(java.util.Objects.requireNonNull(next, "next"));
    }

    /** Called with {@link System#nanoTime()} when the first byte of each connection arrives. */
    public void onFirstByte(LongConsumer hook) {
        this.firstByteHook = hook;
    }

    /** Tickets finished so far, oldest first. */
    public synchronized List<DecodedTicket> tickets() {
        return List.copyOf(tickets);
    }

    /** Waits until at least {@code n} tickets are finished or the timeout passes; returns them all either way. */
    public synchronized List<DecodedTicket> awaitTickets(int n, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (tickets.size() < n) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                wait(Math.max(1, left / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.copyOf(tickets);
    }

    @Override
    public void close() {
        try {
            synchronized (this) {
                if (server != null) {
                    server.close();
                }
            }
        } catch (IOException e) {
            LOG.debug("closing the emulator's socket", e);
        }
        // Like pulling the printer's cable: jobs in progress end (and are kept as INCOMPLETE).
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                LOG.debug("closing a job's socket", e);
            }
        }
        jobs.shutdown();
        try {
            jobs.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (acceptor != null) {
            try {
                acceptor.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                jobs.submit(() -> serve(socket));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.warn("Printer emulator could not accept a connection: {}", e.toString());
                }
            } catch (java.util.concurrent.RejectedExecutionException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        open.add(socket);
        try (socket) {
            Job job = new Job(socket.getOutputStream());
            EscPosDecoder decoder = new EscPosDecoder(
                    new BufferedInputStream(new FirstByteStream(socket.getInputStream())), job::element);
            job.decoder = decoder;
            try {
                decoder.run();
            } catch (IOException e) {
                LOG.debug("job connection broke: {}", e.toString());
            }
            job.end();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Printer emulator job failed: {}", e.toString());
        } finally {
            open.remove(socket);
        }
    }

    /** One connection: collects elements into tickets, answers status, drops what cannot print. */
    private final class Job {
        private final OutputStream answers;
        private final List<EscPosElement> current = new ArrayList<>();
        private EscPosDecoder decoder;
        private long ticketStart;

        Job(OutputStream answers) {
            this.answers = answers;
        }

        void element(EscPosElement element) throws IOException {
            EmulatedState now = state;
            if (element instanceof EscPosElement.StatusRequest request) {
                OptionalInt answer = now.answer(request.n());
                if (answer.isPresent()) {
                    answerLate(answer.getAsInt());
                }
                current.add(element);
                return;
            }
            if (now.discardsPrinting()) {
                return;
            }
            current.add(element);
            if (element instanceof EscPosElement.Cut) {
                finish(true);
                EmulatedState next = afterNextCut.getAndSet(null);
                if (next != null) {
                    state = next;
                }
            }
        }

        private void answerLate(int answer) throws IOException {
            Duration delay = answerDelay;
            if (delay.isZero()) {
                answers.write(answer);
                answers.flush();
                return;
            }
            // From another thread, so the bytes after the question (the ticket) are still read and printed meanwhile.
            Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(delay);
                    synchronized (answers) {
                        answers.write(answer);
                        answers.flush();
                    }
                } catch (IOException | InterruptedException closed) {
                    // The connection went: the kiosk stopped waiting for this answer.
                }
            });
        }

        void end() {
            // A job closed before its cut still left paper in the printer: keep it, marked incomplete.
            if (current.stream().anyMatch(e -> EscPosElement.prints(e) || e instanceof EscPosElement.Truncated)) {
                finish(false);
            }
        }

        private void finish(boolean cut) {
            long bytes = decoder.position() - ticketStart;
            ticketStart = decoder.position();
            List<EscPosElement> elements = List.copyOf(current);
            current.clear();
            record(elements, cut, bytes);
        }
    }

    private void record(List<EscPosElement> elements, boolean cut, long bytes) {
        DecodedTicket ticket;
        synchronized (this) {
            ticket = new DecodedTicket(nextSequence++, elements, cut, bytes);
        }
        if (outputDir != null) {
            write(ticket);
        }
        synchronized (this) {
            tickets.add(ticket);
            notifyAll();
        }
        LOG.info("Printer emulator: ticket {} ({} bytes{})", ticket.sequence(), bytes, cut ? "" : ", INCOMPLETE");
    }

    private void write(DecodedTicket ticket) {
        String name = String.format("%04d", ticket.sequence());
        try {
            Files.writeString(outputDir.resolve(name + ".txt"), ticket.describe(), StandardCharsets.UTF_8);
            ImageIO.write(painter.paint(ticket), "png", outputDir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write ticket " + name + " to " + outputDir, e);
        }
    }

    private static int highestExistingTicket(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> TICKET_FILE.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
        }
    }

    /** Reports the arrival time of the first byte, for the latency benchmark. */
    private final class FirstByteStream extends FilterInputStream {
        private boolean seen;

        FirstByteStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                arrived();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                arrived();
            }
            return n;
        }

        private void arrived() {
            if (!seen) {
                seen = true;
                firstByteHook.accept(System.nanoTime());
            }
        }
    }
}
