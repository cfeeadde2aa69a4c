package vn.tiepdon.sync.server;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.HttpResponseException;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.sync.protocol.SyncProtocol;
import java.time.Clock;
import java.time.ZoneId;
import vn.tiepdon.sync.server.api.BasicAuth;
import vn.tiepdon.sync.server.dashboard.Dashboard;
import vn.tiepdon.sync.server.dashboard.Names;
import vn.tiepdon.sync.server.dashboard.Sessions;
import vn.tiepdon.sync.server.api.IndicatorReader;
import vn.tiepdon.sync.server.api.IndicatorsHandler;
import vn.tiepdon.sync.server.api.KiosksHandler;
import vn.tiepdon.sync.server.api.OpenApiHandler;
import vn.tiepdon.sync.server.dhis2.DataValueSetsHandler;
import vn.tiepdon.sync.server.http.ApiError;
import vn.tiepdon.sync.server.http.JsonErrorHandler;
import vn.tiepdon.sync.server.http.Refusals;
import vn.tiepdon.sync.server.http.Replies;
import vn.tiepdon.sync.server.ingest.BatchStore;
import vn.tiepdon.sync.server.ingest.BatchesHandler;
import vn.tiepdon.sync.server.kiosks.KioskRegistry;
import vn.tiepdon.sync.server.people.Users;
import vn.tiepdon.sync.server.store.ServerDatabase;
import vn.tiepdon.sync.server.store.StorageUnavailable;

/**
 * The central indicator server: kiosks post their batches, scripts read the indicators. Javalin on Jetty, as the
 * kiosk's payment API. It keeps nothing outside its database, so several may run on one PostgreSQL.
 *
 * <pre>
 * POST /api/v1/batches        kiosk token (Bearer)   a batch (sync/PROTOCOL.md) → 200 BatchAck
 * GET  /api/v1/indicators     HTTP Basic, a person   ?from&amp;to&amp;by[&amp;facility][&amp;kiosk] → the stats JSON
 * GET  /api/v1/kiosks         HTTP Basic, a person   → enrolled kiosks, last seen, last cursor
 * GET  /api/v1/dhis2/dataValueSets  a person         ?from&amp;to&amp;period → DHIS2 dataValues (with --dhis2-mapping)
 * GET  /api/v1/openapi.json   —                      → this API, described
 * </pre>
 */
public final class IndicatorServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IndicatorServer.class);

    /** Request threads: each batch is one short transaction, so a few dozen keep two cores and the database busy. */
    private static final int MAX_THREADS = 32;
    private static final int MIN_THREADS = 4;
    /** Requests waiting for a thread; beyond it connections are refused rather than queued without end. */
    private static final int QUEUE = 1024;
    /** A connection silent this long is closed: kiosks open one per cycle, scripts one per report. */
    private static final Duration IDLE = Duration.ofSeconds(30);
    private static final int MAX_HEADER_BYTES = 8 * 1024;
    /** A body trickled slower than this is dropped (a 4 MiB batch on a slow 3G link is still far faster). */
    private static final long MIN_BODY_BYTES_PER_SECOND = 1024;

    /** Days on the dashboard (its default period) are Vietnam's days, as the kiosks count them. */
    private static final ZoneId HOSPITAL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Javalin app;
    private final ServerDatabase database;

    private IndicatorServer(Javalin app, ServerDatabase database) {
        this.app = app;
        this.database = database;
    }

    /**
     * Opens (and migrates) the database, then listens.
     *
     * @throws StorageUnavailable when the database cannot be opened
     * @throws CannotListen       when the port cannot be opened
     */
    public static IndicatorServer start(ServerConfig config) {
        ServerDatabase database = ServerDatabase.open(config.database());
        try {
            return new IndicatorServer(listen(config, database), database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static Javalin listen(ServerConfig settings, ServerDatabase database) {
        InetSocketAddress address = settings.listen();
        KioskRegistry kiosks = new KioskRegistry(database);
        BasicAuth auth = new BasicAuth(new Users(database));
        BatchesHandler batches = new BatchesHandler(kiosks, new BatchStore(database));
        IndicatorReader reader = new IndicatorReader(database);
        IndicatorsHandler indicators = new IndicatorsHandler(auth, reader);
        DataValueSetsHandler dhis2 = new DataValueSetsHandler(auth, reader, settings.dhis2());
        KiosksHandler kioskList = new KiosksHandler(auth, kiosks);
        OpenApiHandler openApi = new OpenApiHandler();
        Dashboard dashboard = new Dashboard(new Users(database), new Sessions(database, Clock.systemUTC()), kiosks,
                new IndicatorReader(database), new Names(database), Clock.systemUTC(), HOSPITAL_ZONE);
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS, 60_000,
                new BlockingArrayQueue<>(QUEUE, QUEUE, QUEUE));
        threads.setName("indicator-server");
        // As the payment API measured: spinning spare threads take the CPU of a two-core PC from the requests.
        threads.setReservedThreads(0);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.threadPool = threads;
            config.http.maxRequestSize = SyncProtocol.MAX_BODY_BYTES;
            // Answers are small, or read by scripts on the same network: not worth the CPU of compressing.
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.http.prefer405over404 = true;
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(MAX_HEADER_BYTES);
                http.setSendServerVersion(false);
                http.setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND);
            });
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = settings.tls().isPresent()
                        ? new ServerConnector(server, 1, 1, tls(settings.tls().get()), new HttpConnectionFactory(secure(http)))
                        : new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
                connector.setHost(address.getAddress() != null ? address.getAddress().getHostAddress()
                        : address.getHostString());
                connector.setPort(address.getPort());
                connector.setIdleTimeout(IDLE.toMillis());
                return connector;
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.routes.post(SyncProtocol.BATCHES_PATH, batches::handle);
            config.routes.get(IndicatorsHandler.PATH, indicators::handle);
            config.routes.get(KiosksHandler.PATH, kioskList::handle);
            config.routes.get(OpenApiHandler.PATH, openApi::handle);
            dashboard.register(config.routes);
            config.routes.get(DataValueSetsHandler.PATH, dhis2::handle);
            config.routes.exception(ApiError.class, (refused, ctx) -> Replies.error(ctx, refused));
            config.routes.exception(HttpResponseException.class,
                    (refused, ctx) -> Replies.error(ctx, Refusals.of(refused.getStatus())));
            config.routes.exception(StorageUnavailable.class, (e, ctx) -> {
                // Down, full or locked: the kiosk keeps its batch and retries after backoff.
                LOG.error("{} {}: database unavailable: {}", ctx.method(), ctx.path(), e.getMessage());
                ctx.header("Retry-After", "30");
                Replies.error(ctx, Refusals.of(503));
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                Replies.error(ctx, Refusals.of(500));
            });
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            app.stop();
            throw CannotListen.because(address, e);
        }
        return app;
    }

    private static SslConnectionFactory tls(TlsSettings tls) {
        SslContextFactory.Server context = new SslContextFactory.Server();
        context.setKeyStorePath(tls.keystore().toAbsolutePath().toString());
        context.setKeyStorePassword(tls.password());
        context.setKeyStoreType("PKCS12");
        return new SslConnectionFactory(context, HttpVersion.HTTP_1_1.asString());
    }

    /** Requests over TLS are marked secure, so people's passwords are accepted on them from any computer. */
    private static HttpConfiguration secure(HttpConfiguration http) {
        HttpConfiguration https = new HttpConfiguration(http);
        SecureRequestCustomizer customizer = new SecureRequestCustomizer();
        // Kiosks and scripts may name the server by IP address; the certificate check is theirs to make.
        customizer.setSniHostCheck(false);
        https.addCustomizer(customizer);
        return https;
    }

    /** The port it really listens on, also when the configuration asked for port 0. */
    public int port() {
        return ((ServerConnector) app.jettyServer().server().getConnectors()[0]).getLocalPort();
    }

    /** The address it listens on, with the real port. */
    public InetSocketAddress address() {
        ServerConnector connector = (ServerConnector) app.jettyServer().server().getConnectors()[0];
        return new InetSocketAddress(connector.getHost(), connector.getLocalPort());
    }

    /** The database it keeps its data in (for the CLI and tests: enrolling kiosks, adding people). */
    public ServerDatabase database() {
        return database;
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            database.close();
        }
    }
}
