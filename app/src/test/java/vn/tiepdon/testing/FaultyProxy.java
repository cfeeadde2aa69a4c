package vn.tiepdon.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * An HTTP/1.1 proxy on loopback that stands between a kiosk's sync client and the indicator server and does to
 * requests what a hospital's network does at peak hours. Each request takes the next planned fault (then
 * {@link Fault#PASS}); or, with {@link #chaos}, a random one. One request per connection: every answer closes the
 * connection, so a client that keeps connections alive is also made to reconnect.
 */
public final class FaultyProxy implements AutoCloseable {

    public enum Fault {
        /** Forwarded, the server's answer returned. */
        PASS,
        /** The connection is closed once the request is read: nothing reaches the server. */
        DROP_CONNECTION,
        /** Forwarded after a delay longer than the client waits; the server stores it, the client never hears. */
        DELAY,
        /** Half of the body reaches the server, then the connection is cut. */
        CUT_BODY,
        /** The server stores the batch, but its answer is lost on the way back. */
        LOSE_ANSWER,
        /** Answered 500 by the proxy; the server sees nothing. */
        ANSWER_500,
        /** Answered 429 with Retry-After: 0 by the proxy; the server sees nothing. */
        ANSWER_429,
        /** Sent to the server twice; the second answer returned. */
        SEND_TWICE
    }

    private final int targetPort;
    private final Duration delay;
    private final ServerSocket listener;
    private final Thread acceptor;
    private final Deque<Fault> planned = new ArrayDeque<>();
    private final EnumMap<Fault, Integer> applied = new EnumMap<>(Fault.class);
    private Random chaos;
    private double chaosShare;

    /** A proxy to {@code 127.0.0.1:targetPort}; {@code delay} is how long {@link Fault#DELAY} holds a request. */
    public FaultyProxy(int targetPort, Duration delay) throws IOException {
        this.targetPort = targetPort;
        this.delay = delay;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = Thread.ofVirtual().name("faulty-proxy").start(this::accept);
    }

    public int port() {
        return listener.getLocalPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** The next requests take these faults, in order. */
    public synchronized void plan(Fault... faults) {
        planned.addAll(java.util.List.of(faults));
    }

    /** After the planned faults, each request takes a random fault other than PASS with this probability. */
    public synchronized void chaos(Random random, double share) {
        this.chaos = random;
        this.chaosShare = share;
    }

    /** Every request passes from now on. */
    public synchronized void heal() {
        planned.clear();
        chaos = null;
    }

    /** How many requests took each fault so far. */
    public synchronized Map<Fault, Integer> applied() {
        return new EnumMap<>(applied);
    }

    private synchronized Fault next() {
        Fault fault = planned.poll();
        if (fault == null) {
            fault = Fault.PASS;
            if (chaos != null && chaos.nextDouble() < chaosShare) {
                Fault[] all = Fault.values();
                fault = all[1 + chaos.nextInt(all.length - 1)];
            }
        }
        applied.merge(fault, 1, Integer::sum);
        return fault;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread.ofVirtual().start(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            Request request = Request.read(client.getInputStream(), client.getOutputStream());
            if (request == null) {
                return;
            }
            OutputStream toClient = client.getOutputStream();
            switch (next()) {
                case PASS -> toClient.write(forward(request.bytes()));
                case DROP_CONNECTION -> { }
                case DELAY -> {
                    Thread.sleep(delay);
                    forward(request.bytes());
                }
                case CUT_BODY -> cut(request);
                case LOSE_ANSWER -> forward(request.bytes());
                case ANSWER_500 -> toClient.write(answer("500 Internal Server Error", ""));
                case ANSWER_429 -> toClient.write(answer("429 Too Many Requests", "Retry-After: 0\r\n"));
                case SEND_TWICE -> {
                    forward(request.bytes());
                    toClient.write(forward(request.bytes()));
                }
            }
            toClient.flush();
        } catch (IOException | InterruptedException e) {
            // A client that gave up, or a proxy closing: the fault the test wanted either way.
        }
    }

    private byte[] forward(byte[] request) throws IOException {
        try (Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
            server.getOutputStream().write(request);
            server.getOutputStream().flush();
            return server.getInputStream().readAllBytes();
        }
    }

    private void cut(Request request) throws IOException {
        try (Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
            OutputStream out = server.getOutputStream();
            out.write(request.head());
            out.write(request.body(), 0, request.body().length / 2);
            out.flush();
        }
    }

    private static byte[] answer(String status, String headers) {
        String body = "{\"error\":\"proxy\",\"message\":\"injected by the test proxy\"}";
        return ("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nConnection: close\r\n" + headers
                + "Content-Length: " + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        listener.close();
        acceptor.interrupt();
    }

    /** A request as read from the client, its {@code Connection} header replaced so the server closes after it. */
    private record Request(byte[] head, byte[] body) {

        byte[] bytes() {
            byte[] all = new byte[head.length + body.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(body, 0, all, head.length, body.length);
            return all;
        }

        /** Answers "100 Continue" to a client that waits for it before its body (the body is then forwarded whole). */
        static Request read(InputStream in, OutputStream out) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    return null;
                }
                head.write(b);
                matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            StringBuilder rewritten = new StringBuilder();
            int length = 0;
            boolean expectsContinue = false;
            for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(line.indexOf(':') + 1).strip());
                }
                if (lower.startsWith("transfer-encoding:")) {
                    throw new IOException("the proxy reads bodies by Content-Length only");
                }
                if (lower.startsWith("expect:") && lower.contains("100-continue")) {
                    expectsContinue = true;
                    continue;
                }
                if (!lower.startsWith("connection:") && !line.isEmpty()) {
                    rewritten.append(line).append("\r\n");
                }
            }
            rewritten.append("Connection: close\r\n\r\n");
            if (expectsContinue) {
                out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            return new Request(rewritten.toString().getBytes(StandardCharsets.ISO_8859_1), in.readNBytes(length));
        }
    }
}
