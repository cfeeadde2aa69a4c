package vn.tiepdon.scan.sim;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a second process type into a running simulator, over a UNIX domain socket next to the link.
 *
 * <p>Protocol, one request per connection: the client sends a 4-byte big-endian length and that many
 * payload bytes; the server types them and answers one status byte.
 */
final class ControlChannel implements AutoCloseable {

    /** Typer outcome codes sent back to the client. */
    static final byte TYPED = 0;
    static final byte UNPLUGGED = 1;
    static final byte FAILED = 2;

    static final int MAX_PAYLOAD_BYTES = 64 * 1024;
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(ControlChannel.class);

    /** What the server does with a received payload. */
    @FunctionalInterface
    interface Typer {
        byte type(byte[] payload);
    }

    private final Path socketPath;
    private final ServerSocketChannel server;

    private ControlChannel(Path socketPath, ServerSocketChannel server) {
        this.socketPath = socketPath;
        this.server = server;
    }

    static Path socketFor(Path link) {
        return link.resolveSibling(link.getFileName() + ".ctl");
    }

    /**
     * Binds the socket and serves requests on a daemon thread. A socket file left by a simulator that
     * died is replaced; a live one is refused.
     */
    static ControlChannel open(Path link, Typer typer) throws IOException {
        Path socketPath = socketFor(link);
        if (Files.exists(socketPath)) {
            if (isServing(socketPath)) {
                throw new IllegalStateException("A scanner simulator already runs at " + link);
            }
            Files.delete(socketPath);
        }
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socketPath));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            // Only this user may type scans into the kiosk.
            Files.setPosixFilePermissions(socketPath, PosixFilePermissions.fromString("rw-------"));
        }
        ControlChannel channel = new ControlChannel(socketPath, server);
        Thread.ofPlatform().daemon().name("scanner-sim-control " + link).start(() -> channel.serve(typer));
        return channel;
    }

    /** Sends one payload; true only when a running simulator answered that it typed it. */
    static boolean send(Path link, byte[] payload) {
        if (payload.length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("Payload over " + MAX_PAYLOAD_BYTES + " bytes");
        }
        Path socketPath = socketFor(link);
        if (!Files.exists(socketPath)) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socketPath))) {
            ByteBuffer request = ByteBuffer.allocate(Integer.BYTES + payload.length).putInt(payload.length)
                    .put(payload).flip();
            while (request.hasRemaining()) {
                channel.write(request);
            }
            return readStatus(channel) == TYPED;
        } catch (IOException e) {
            // refused (stale socket file), reset, or timed out: nobody typed it
            LOG.debug("No scanner simulator answered at {}: {}", socketPath, e.toString());
            return false;
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("Closing control socket failed: {}", e.toString());
        }
        try {
            Files.deleteIfExists(socketPath);
        } catch (IOException e) {
            LOG.debug("Could not remove {}: {}", socketPath, e.toString());
        }
    }

    private static boolean isServing(Path socketPath) {
        try (SocketChannel ignored = SocketChannel.open(UnixDomainSocketAddress.of(socketPath))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static byte readStatus(SocketChannel channel) throws IOException {
        channel.configureBlocking(false);
        ByteBuffer status = ByteBuffer.allocate(1);
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_READ);
            long deadline = System.nanoTime() + CLIENT_TIMEOUT.toNanos();
            while (status.hasRemaining()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IOException("no answer within " + CLIENT_TIMEOUT);
                }
                selector.select(Math.max(1, Duration.ofNanos(left).toMillis()));
                if (channel.read(status) < 0) {
                    throw new IOException("closed without an answer");
                }
            }
        }
        return status.get(0);
    }

    private void serve(Typer typer) {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                byte[] payload = readRequest(client);
                byte result = payload == null ? FAILED : typer.type(payload);
                client.write(ByteBuffer.wrap(new byte[] {result}));
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                LOG.debug("Control request failed: {}", e.toString());
            }
        }
    }

    private static byte[] readRequest(SocketChannel client) throws IOException {
        ByteBuffer header = readFully(client, Integer.BYTES);
        int length = header.getInt(0);
        if (length < 0 || length > MAX_PAYLOAD_BYTES) {
            return null;
        }
        return readFully(client, length).array();
    }

    private static ByteBuffer readFully(SocketChannel client, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (client.read(buffer) < 0) {
                throw new IOException("request cut short");
            }
        }
        return buffer;
    }
}
