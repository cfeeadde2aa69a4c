package vn.tiepdon.print.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.print.Alignment;
import vn.tiepdon.print.EscPos;
import vn.tiepdon.print.TextRasterizer;

class PrinterEmulatorTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path out;

    private PrinterEmulator emulator;

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    private PrinterEmulator start() throws Exception {
        emulator = new PrinterEmulator(0, out, TextRasterizer.PAPER_80MM).start();
        return emulator;
    }

    private void send(byte[] bytes) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulator.port())) {
            OutputStream o = socket.getOutputStream();
            o.write(bytes);
            o.flush();
            socket.shutdownOutput();
            // Wait for the emulator to finish reading before closing, like a polite client.
            socket.getInputStream().readAllBytes();
        }
    }

    private static byte[] ticket(String number) {
        return EscPos.toBuffer().init().align(Alignment.CENTER).size(4, 4).bold(true).line(number)
                .size(1, 1).bold(false).align(Alignment.LEFT)
                .raster(new TextRasterizer(576).render("Khoa Khám bệnh", 28, true, Alignment.CENTER))
                .feed(2).feedAndCut(16).toByteArray();
    }

    @Test
    void writesPngAndTxtForEachTicket() throws Exception {
        start();
        send(ticket("A001"));
        List<DecodedTicket> tickets = emulator.awaitTickets(1, WAIT);

        assertThat(tickets).hasSize(1);
        DecodedTicket t = tickets.get(0);
        assertThat(t.cutSeen()).isTrue();
        assertThat(t.textLines()).containsExactly("A001");
        assertThat(t.rasters()).isNotEmpty();
        assertThat(t.byteCount()).isEqualTo(ticket("A001").length);
        String txt = Files.readString(out.resolve("0001.txt"));
        assertThat(txt).contains("TEXT size=4x4 bold align=center \"A001\"", "CUT partial")
                .containsPattern("RASTER \\d+x\\d+")
                .doesNotContain("INCOMPLETE");
        var png = ImageIO.read(out.resolve("0001.png").toFile());
        assertThat(png.getWidth()).isEqualTo(576);
        assertThat(png.getHeight()).isGreaterThan(100);
    }

    @Test
    void twoTicketsOnOneConnectionAreSplitAtTheCut() throws Exception {
        start();
        byte[] a = ticket("A001");
        byte[] b = ticket("A002");
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        send(both);
        List<DecodedTicket> tickets = emulator.awaitTickets(2, WAIT);
        assertThat(tickets).extracting(t -> t.textLines().get(0)).containsExactly("A001", "A002");
        assertThat(tickets).extracting(DecodedTicket::byteCount).containsExactly((long) a.length, (long) b.length);
    }

    @Test
    void connectionClosedBeforeTheCutGivesAnIncompleteTicket() throws Exception {
        start();
        send(EscPos.toBuffer().init().line("HALF").toByteArray());
        List<DecodedTicket> tickets = emulator.awaitTickets(1, WAIT);
        assertThat(tickets).hasSize(1);
        assertThat(tickets.get(0).cutSeen()).isFalse();
        assertThat(Files.readString(out.resolve("0001.txt"))).endsWith("INCOMPLETE\n");
    }

    @Test
    void statusOnlyConnectionsLeaveNoTicket() throws Exception {
        start();
        send(EscPos.toBuffer().statusRequest(1).statusRequest(4).toByteArray());
        send(ticket("A003"));
        List<DecodedTicket> tickets = emulator.awaitTickets(2, Duration.ofMillis(500));
        assertThat(tickets).hasSize(1);
        assertThat(tickets.get(0).textLines()).containsExactly("A003");
    }

    @Test
    void paperOutDiscardsWhatIsSent() throws Exception {
        start();
        emulator.state(EmulatedState.PAPER_OUT);
        send(ticket("A004"));
        emulator.state(EmulatedState.READY);
        send(ticket("A005"));
        List<DecodedTicket> tickets = emulator.awaitTickets(2, Duration.ofMillis(500));
        assertThat(tickets).hasSize(1);
        assertThat(tickets.get(0).textLines()).containsExactly("A005");
    }

    @Test
    void servesConcurrentJobs() throws Exception {
        start();
        int jobs = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            for (int i = 0; i < jobs; i++) {
                String number = String.format("B%03d", i);
                pool.submit(() -> {
                    go.await();
                    send(ticket(number));
                    return null;
                });
            }
            go.countDown();
            List<DecodedTicket> tickets = emulator.awaitTickets(jobs, WAIT);
            assertThat(tickets).hasSize(jobs);
            assertThat(tickets).extracting(t -> t.textLines().get(0))
                    .containsExactlyInAnyOrder("B000", "B001", "B002", "B003", "B004", "B005", "B006", "B007");
            assertThat(tickets).allMatch(DecodedTicket::cutSeen);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void reportsWhenTheFirstByteOfEachJobArrives() throws Exception {
        start();
        List<Long> arrivals = new CopyOnWriteArrayList<>();
        emulator.onFirstByte(arrivals::add);
        long before = System.nanoTime();
        send(ticket("A006"));
        send(ticket("A007"));
        emulator.awaitTickets(2, WAIT);
        assertThat(arrivals).hasSize(2).allMatch(t -> t >= before);
    }

    @Test
    void continuesNumberingAfterTicketsAlreadyInTheFolder() throws Exception {
        Files.writeString(out.resolve("0041.txt"), "old");
        start();
        send(ticket("A008"));
        assertThat(emulator.awaitTickets(1, WAIT).get(0).sequence()).isEqualTo(42);
        assertThat(out.resolve("0042.png")).exists();
    }

    @Test
    void garbageDoesNotStopTheEmulator() throws Exception {
        start();
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        send(noise);
        send(ticket("A009"));
        // Noise may leave a few odd tickets of its own; the real one must come through after it.
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (emulator.tickets().stream().noneMatch(t -> t.textLines().contains("A009"))
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(emulator.tickets()).anySatisfy(t -> assertThat(t.textLines()).contains("A009"));
    }

    @Test
    void closingKeepsAJobInProgressAsIncomplete() throws Exception {
        start();
        CountDownLatch arrived = new CountDownLatch(1);
        emulator.onFirstByte(nanos -> arrived.countDown());
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulator.port())) {
            socket.getOutputStream().write(EscPos.toBuffer().init().line("MID").toByteArray());
            socket.getOutputStream().flush();
            assertThat(arrived.await(5, TimeUnit.SECONDS)).isTrue();
            emulator.close();
        }
        List<DecodedTicket> tickets = emulator.tickets();
        assertThat(tickets).hasSize(1);
        assertThat(tickets.get(0).cutSeen()).isFalse();
        assertThat(tickets.get(0).textLines()).containsExactly("MID");
    }
}
