package vn.tiepdon.sync.client;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import vn.tiepdon.sync.protocol.Batch;
import vn.tiepdon.sync.protocol.BatchAck;
import vn.tiepdon.sync.protocol.BatchJson;
import vn.tiepdon.sync.protocol.BatchRejected;
import vn.tiepdon.sync.protocol.DayTotals;
import vn.tiepdon.sync.protocol.SyncProtocol;

/**
 * A small server speaking sync/PROTOCOL.md on 127.0.0.1, for the client's tests (and, from the test jar, the
 * kiosk's): it checks the token, reads batches strictly, keeps per day the totals of the highest cursor, records
 * every request, and answers with a fault when told to.
 */
public final class ProtocolServer implements AutoCloseable {

    public enum Fault { NONE, ERROR_500, BUSY_429, BUSY_503, UNAUTHORIZED_401, FORBIDDEN_403, UNSUPPORTED_422, SLOW }

    /** One request as it arrived. */
    public record Request(String authorization, int status, Batch batch) {
    }

    /** A day as the server holds it. */
    public record Held(long cursor, DayTotals totals) {
    }

    private final String token;
    private final Javalin app;
    private final boolean https;
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, Held> held = new TreeMap<>();
    private final CountDownLatch releaseSlow = new CountDownLatch(1);
    private volatile Fault fault = Fault.NONE;
    private volatile int faultsLeft = Integer.MAX_VALUE;
    private volatile String retryAfter;
    private volatile int mostDays = SyncProtocol.MAX_DAYS;

    private ProtocolServer(String token, Path keyStore, String password) {
        this.token = token;
        this.https = keyStore != null;
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = SyncProtocol.MAX_BODY_BYTES;
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector;
                if (keyStore != null) {
                    SslContextFactory.Server tls = new SslContextFactory.Server();
                    tls.setKeyStorePath(keyStore.toString());
                    tls.setKeyStorePassword(password);
                    tls.setKeyStoreType("PKCS12");
                    connector = new ServerConnector(server, tls, new HttpConnectionFactory(http));
                } else {
                    connector = new ServerConnector(server, new HttpConnectionFactory(http));
                }
                connector.setHost("127.0.0.1");
                connector.setPort(0);
                return connector;
            });
            config.routes.post(SyncProtocol.BATCHES_PATH, this::batch);
        });
        app.start();
    }

    public static ProtocolServer http(String token) {
        return new ProtocolServer(token, null, null);
    }

    /** HTTPS with the key and certificate of a PKCS12 file. */
    public static ProtocolServer https(String token, Path keyStore, String password) {
        return new ProtocolServer(token, keyStore, password);
    }

    public URI uri() {
        ServerConnector connector = (ServerConnector) app.jettyServer().server().getConnectors()[0];
        return URI.create((https ? "https" : "http") + "://127.0.0.1:" + connector.getLocalPort());
    }

    /** Answers every request with {@code fault} from now on. */
    public ProtocolServer fault(Fault fault) {
        return fault(fault, Integer.MAX_VALUE);
    }

    /** Answers the next {@code times} requests with {@code fault}, then normally. */
    public ProtocolServer fault(Fault fault, int times) {
        this.fault = fault;
        this.faultsLeft = times;
        return this;
    }

    public ProtocolServer retryAfter(String seconds) {
        this.retryAfter = seconds;
        return this;
    }

    /** Refuses (413) a batch of more days than this. */
    public ProtocolServer mostDays(int days) {
        this.mostDays = days;
        return this;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The days as stored, by day. */
    public synchronized java.util.SortedMap<String, Held> held() {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(held));
    }

    private void batch(Context ctx) throws InterruptedException {
        Fault now = takeFault();
        if (now == Fault.SLOW) {
            releaseSlow.await(20, TimeUnit.SECONDS);
        }
        String authorization = ctx.header("Authorization");
        if (!("Bearer " + token).equals(authorization)) {
            answer(ctx, authorization, null, 401, "unauthorized", "no token, or an unknown one");
            return;
        }
        switch (now) {
            case ERROR_500 -> answer(ctx, authorization, null, 500, "server_error", "something broke");
            case BUSY_429, BUSY_503 -> {
                if (retryAfter != null) {
                    ctx.header("Retry-After", retryAfter);
                }
                answer(ctx, authorization, null, now == Fault.BUSY_429 ? 429 : 503, "busy", "try later");
            }
            case UNAUTHORIZED_401 -> answer(ctx, authorization, null, 401, "unauthorized", "token revoked");
            case FORBIDDEN_403 -> answer(ctx, authorization, null, 403, "forbidden", "another kiosk's token");
            case UNSUPPORTED_422 -> answer(ctx, authorization, null, 422, "unsupported_version", "protocol");
            default -> store(ctx, authorization);
        }
    }

    private void store(Context ctx, String authorization) {
        Batch batch;
        try {
            batch = BatchJson.readBatch(ctx.bodyAsBytes());
        } catch (BatchRejected e) {
            int status = switch (e.reason()) {
                case MALFORMED -> 400;
                case TOO_LARGE -> 413;
                case UNSUPPORTED_VERSION -> 422;
            };
            answer(ctx, authorization, null, status, e.reason().name().toLowerCase(), e.getMessage());
            return;
        }
        if (batch.days().size() > mostDays) {
            answer(ctx, authorization, batch, 413, "too_large", "too many days");
            return;
        }
        int stored = 0;
        int unchanged = 0;
        synchronized (this) {
            for (DayTotals day : batch.days()) {
                Held before = held.get(day.day());
                if (before != null && before.cursor() >= batch.cursor()) {
                    unchanged++;
                } else {
                    held.put(day.day(), new Held(batch.cursor(), day));
                    stored++;
                }
            }
            requests.add(new Request(authorization, 200, batch));
        }
        ctx.contentType("application/json");
        ctx.result(BatchJson.write(new BatchAck(SyncProtocol.VERSION, batch.cursor(), stored, unchanged)));
    }

    private Fault takeFault() {
        synchronized (this) {
            if (fault == Fault.NONE || faultsLeft <= 0) {
                return Fault.NONE;
            }
            faultsLeft--;
            return fault;
        }
    }

    private void answer(Context ctx, String authorization, Batch batch, int status, String error, String message) {
        synchronized (this) {
            requests.add(new Request(authorization, status, batch));
        }
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.result(("{\"error\":\"" + error + "\",\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        releaseSlow.countDown();
        app.stop();
    }
}
