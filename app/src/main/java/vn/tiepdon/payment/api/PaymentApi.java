package vn.tiepdon.payment.api;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.payment.OrdersUnavailable;
import vn.tiepdon.payment.desk.PaymentDesk;

/**
 * The local payment API: the hospital information system posts payment requests and reads their status,
 * a bank-notification sender posts transfers. Served by Javalin on Jetty, the framework the indicator server uses
 * too: Jetty waits for request bytes without holding a thread, so a client that stalls mid-request (a hostile
 * neighbour, a broken proxy) costs a socket, not the bank's notification its turn.
 *
 * <pre>
 * POST /payments            Bearer token   {"amount":150000,"billNumber":"HD123","purpose":"Vien phi"} → 201
 * GET  /payments/{bill}     Bearer token   → 200 {"billNumber","amount","payload","status","expiresAt"}
 * POST /webhooks/transfer   X-Signature    {"reference","amount","content","time","senderAccount"} → 200 {"result"}
 * POST /webhooks/sepay      Apikey         SePay's webhook JSON → 200 {"success":true,"result"} (when configured)
 * </pre>
 *
 * Every answer is JSON, errors included ({@code {"error", "field"}}), also for a URL the server cannot parse.
 */
public final class PaymentApi implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentApi.class);

    /**
     * Threads for requests, with Jetty's own (one acceptor, one selector) among them. Each request is one short
     * SQLite transaction, so a few are plenty; a body that stalls holds one at most {@link #IDLE}.
     */
    static final int MAX_THREADS = 16;
    private static final int MIN_THREADS = 4;
    /** Requests waiting for a thread; beyond it the connection is closed rather than queued without end. */
    private static final int QUEUE = 256;
    /** A connection silent this long, mid-headers, mid-body or between requests, is closed. */
    static final Duration IDLE = Duration.ofSeconds(5);
    /**
     * A new connection's first request must have its headers in by then. The idle time alone would let a client
     * trickle a byte every few seconds for ever; this holds no thread, but it holds a socket.
     */
    static final Duration HEADERS_DEADLINE = Duration.ofSeconds(10);
    /** Headers larger than any real client's (a token, a signature, a content type). */
    private static final int MAX_HEADER_BYTES = 8 * 1024;
    /** A body trickled slower than this is dropped before the idle time runs out. */
    private static final long MIN_BODY_BYTES_PER_SECOND = 256;

    private final Javalin app;

    private PaymentApi(Javalin app) {
        this.app = app;
    }

    /**
     * Starts listening on the configured address (port 0 picks a free one; see {@link #address()}).
     *
     * @throws CannotListen when the port is taken, the address is not this computer's, or the system refuses
     */
    public static PaymentApi start(PaymentApiSettings settings, PaymentDesk desk) {
        Objects.requireNonNull(desk, "desk");
        PaymentsHandler payments = new PaymentsHandler(settings, desk);
        TransferWebhookHandler transfers = new TransferWebhookHandler(settings, desk);
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS, 60_000,
                new BlockingArrayQueue<>(QUEUE, QUEUE, QUEUE));
        threads.setName("payment-api");
        // No threads kept spinning for the selector's next task: on a two-core kiosk they take the CPU the requests
        // need, and measured under 50 clients (bench/run api) they doubled the slowest requests' time.
        threads.setReservedThreads(0);
        InetSocketAddress address = settings.address();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.threadPool = threads;
            config.http.maxRequestSize = Exchanges.MAX_BODY;
            config.http.prefer405over404 = true;
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(MAX_HEADER_BYTES);
                http.setSendServerVersion(false);
                http.setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND);
                // Bad percent-escapes are refused by the server (as JSON, below), never decoded into a bill number.
                http.setUriCompliance(UriCompliance.DEFAULT);
            });
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
                connector.setHost(address.getAddress() != null ? address.getAddress().getHostAddress()
                        : address.getHostString());
                connector.setPort(address.getPort());
                connector.setIdleTimeout(IDLE.toMillis());
                connector.addBean(new FirstRequestDeadline(connector));
                return connector;
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.routes.post(PaymentsHandler.PATH, payments::create);
            config.routes.get(PaymentsHandler.PATH + "/{bill}", payments::show);
            config.routes.post(TransferWebhookHandler.PATH, transfers::handle);
            settings.sepayApiKey().ifPresent(key ->
                    config.routes.post(SepayWebhookHandler.PATH, new SepayWebhookHandler(key, desk)::handle));
            config.routes.exception(BadRequest.class,
                    (bad, ctx) -> Exchanges.error(ctx, 400, bad.field(), bad.getMessage()));
            config.routes.exception(HttpResponseException.class,
                    (refused, ctx) -> Exchanges.error(ctx, refused.getStatus(), null, refusal(refused.getStatus())));
            config.routes.exception(OrdersUnavailable.class, (e, ctx) -> {
                // A full disk or a locked database: the sender (HIS, bank service) should retry later.
                LOG.error("payment API request {} {}: storage unavailable: {}", ctx.method(), ctx.path(),
                        e.getMessage());
                Exchanges.error(ctx, 503, null, "storage unavailable, retry later");
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("payment API request {} {} failed", ctx.method(), ctx.path(), e);
                Exchanges.error(ctx, 500, null, "internal error");
            });
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            app.stop();
            throw CannotListen.because(address, ioCause(e));
        }
        return new PaymentApi(app);
    }

    /** The words for a status the framework or the server decided (no route, wrong method, body too large). */
    static String refusal(int status) {
        return switch (status) {
            case 404 -> "no such route";
            case 405 -> "method not allowed here";
            case 408 -> "request too slow";
            case 413 -> "body too large (at most " + Exchanges.MAX_BODY + " bytes)";
            case 431 -> "headers too large";
            case 400 -> "malformed request";
            default -> status >= 500 ? "internal error" : "request refused";
        };
    }

    /** Closes a connection whose first request has not begun (headers whole) by {@link #HEADERS_DEADLINE}. */
    private record FirstRequestDeadline(ServerConnector connector) implements Connection.Listener {
        @Override
        public void onOpened(Connection connection) {
            connector.getScheduler().schedule(() -> {
                if (connection.getMessagesIn() == 0) {
                    connection.close();
                }
            }, HEADERS_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The system's own reason: Jetty wraps the BindException in an IOException of its own, Javalin wraps that. */
    private static IOException ioCause(Throwable failure) {
        IOException first = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.BindException bind) {
                return bind;
            }
            if (first == null && cause instanceof IOException io) {
                first = io;
            }
        }
        return first != null ? first : new IOException(failure.getMessage(), failure);
    }

    /** Where it listens: the real port, also when the settings asked for port 0. */
    public InetSocketAddress address() {
        ServerConnector connector = (ServerConnector) app.jettyServer().server().getConnectors()[0];
        String host = connector.getHost();
        return new InetSocketAddress(host, connector.getLocalPort());
    }

    @Override
    public void close() {
        app.stop();
    }
}
