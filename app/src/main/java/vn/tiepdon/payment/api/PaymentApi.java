package vn.tiepdon.payment.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.payment.OrdersUnavailable;
import vn.tiepdon.payment.desk.PaymentDesk;

/**
 * The local payment API: the hospital information system posts payment requests and reads their status,
 * a bank-notification sender posts transfers. Served by the JDK's built-in HTTP server: four routes on a
 * low-spec kiosk PC do not need a web framework.
 *
 * <pre>
 * POST /payments            Bearer token   {"amount":150000,"billNumber":"HD123","purpose":"Vien phi"} → 201
 * GET  /payments/{bill}     Bearer token   → 200 {"billNumber","amount","payload","status","expiresAt"}
 * POST /webhooks/transfer   X-Signature    {"reference","amount","content","time"} → 200 {"result"}
 * POST /webhooks/sepay      Apikey         SePay's webhook JSON → 200 {"success":true,"result"} (when configured)
 * </pre>
 */
public final class PaymentApi implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentApi.class);

    private final HttpServer server;
    private final ExecutorService executor;

    private PaymentApi(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts listening on the configured address (port 0 picks a free one; see {@link #address()}).
     *
     * @throws CannotListen when the port is taken, the address is not this computer's, or the system refuses
     */
    public static PaymentApi start(PaymentApiSettings settings, PaymentDesk desk) {
        Objects.requireNonNull(desk, "desk");
        HttpServer server;
        try {
            server = HttpServer.create(settings.address(), 16);
        } catch (IOException e) {
            throw CannotListen.because(settings.address(), e);
        }
        PaymentsHandler payments = new PaymentsHandler(settings, desk);
        TransferWebhookHandler transfers = new TransferWebhookHandler(settings, desk);
        server.createContext(PaymentsHandler.PATH, exchange -> guarded(exchange, payments::handle));
        server.createContext(TransferWebhookHandler.PATH, exchange -> guarded(exchange, transfers::handle));
        settings.sepayApiKey().ifPresent(key -> {
            SepayWebhookHandler sepay = new SepayWebhookHandler(key, desk);
            server.createContext(SepayWebhookHandler.PATH, exchange -> guarded(exchange, sepay::handle));
        });
        server.createContext("/", exchange -> guarded(exchange,
                e -> Exchanges.error(e, 404, null, "no such route")));
        // Few callers, each request one short SQLite transaction: a small pool is plenty.
        ExecutorService executor = Executors.newFixedThreadPool(2);
        server.setExecutor(executor);
        server.start();
        return new PaymentApi(server, executor);
    }

    /** Where it listens: the real port, also when the settings asked for port 0. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
    }

    private interface Route {
        void handle(HttpExchange exchange) throws IOException, BadRequest;
    }

    /** Every reply is JSON: bad input is a 400 naming the field, anything else a bare 500 and a log line. */
    private static void guarded(HttpExchange exchange, Route route) {
        try (exchange) {
            try {
                route.handle(exchange);
            } catch (BadRequest bad) {
                Exchanges.error(exchange, 400, bad.field(), bad.getMessage());
            } catch (OrdersUnavailable e) {
                // A full disk or a locked database: the sender (HIS, bank service) should retry later.
                LOG.error("payment API request {} {}: storage unavailable: {}", exchange.getRequestMethod(),
                        exchange.getRequestURI().getRawPath(), e.getMessage());
                Exchanges.error(exchange, 503, null, "storage unavailable, retry later");
            } catch (RuntimeException e) {
                LOG.error("payment API request {} {} failed", exchange.getRequestMethod(),
                        exchange.getRequestURI().getRawPath(), e);
                Exchanges.error(exchange, 500, null, "internal error");
            }
        } catch (IOException e) {
            LOG.warn("payment API reply could not be sent: {}", e.getMessage());
        }
    }
}
