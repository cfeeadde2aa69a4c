package vn.tiepdon.sync.server.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.sync.server.CannotListen;
import vn.tiepdon.sync.server.IndicatorServer;
import vn.tiepdon.sync.server.ServerConfig;
import vn.tiepdon.sync.server.TlsSettings;
import vn.tiepdon.sync.server.dhis2.Dhis2Mapping;
import vn.tiepdon.sync.server.store.StorageUnavailable;

/**
 * {@code tiepdon server}: runs the indicator server until SIGTERM, and manages its kiosks and users. The launcher
 * runs this class (without JavaFX) when the first argument is {@code server}, and passes the arguments after it.
 */
@Command(name = "tiepdon server", mixinStandardHelpOptions = true,
        description = {"Máy chủ chỉ số trung tâm: nhận số liệu từ các kiosk, phục vụ chỉ số cho báo cáo.",
                "The central indicator server: receives the kiosks' counts, serves the indicators to reports.",
                "Exit 1: the database cannot be opened or the port is in use; 2: a bad option."},
        subcommands = {KioskCommand.class, UserCommand.class, NameCommand.class, CommandLine.HelpCommand.class})
public final class ServerMain implements Callable<Integer> {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int REJECTED = 2;

    private static final Logger LOG = LoggerFactory.getLogger(ServerMain.class);

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Option(names = "--listen", paramLabel = "HOST:PORT", defaultValue = ServerConfig.DEFAULT_LISTEN,
            description = "Địa chỉ lắng nghe / Address to listen on. Default: ${DEFAULT-VALUE}.")
    String listen;

    @Option(names = "--dhis2-mapping", paramLabel = "FILE",
            description = "Ánh xạ chỉ số và cơ sở sang DHIS2 / Indicator and facility mapping to DHIS2 (properties).")
    Path dhis2Mapping;

    @Option(names = "--tls-keystore", paramLabel = "FILE.p12",
            description = "Phục vụ HTTPS bằng kho khóa PKCS#12 / Serve HTTPS with this PKCS#12 keystore.")
    Path tlsKeystore;

    @Option(names = "--tls-password-file", paramLabel = "FILE",
            description = "Tệp chứa mật khẩu kho khóa (dòng đầu) / File holding the keystore password (first line).")
    Path tlsPasswordFile;

    @Option(names = "--stop-when-input-closes", hidden = true,
            description = "Stop when standard input closes: for a program that starts the server as its child.")
    boolean stopWhenInputCloses;

    private final InputStream in;

    private ServerMain(InputStream in) {
        this.in = in;
    }

    public static void main(String[] args) {
        System.exit(run(System.in, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
    }

    /** Runs a command and returns its exit code, so tests can call the CLI without a new JVM. */
    public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new ServerMain(in));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? REJECTED : FAILED);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Whatever went wrong, the user gets one line; details go to the log, never the terminal.
            if (e instanceof ServerText.CliFailure failure) {
                commandLine.getErr().println(failure.getMessage());
                return failure.exitCode();
            }
            if (e instanceof StorageUnavailable unavailable) {
                LOG.error("database unavailable", unavailable);
                commandLine.getErr().println(ServerText.both("error.database", database(commandLine),
                        rootMessage(unavailable)));
                return FAILED;
            }
            if (e instanceof CannotListen cannot) {
                commandLine.getErr().println(cannotListen(cannot));
                return FAILED;
            }
            LOG.error("command '{}' failed", commandLine.getCommandName(), e);
            commandLine.getErr().println(ServerText.both("error.unexpected"));
            return FAILED;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws InterruptedException {
        InetSocketAddress address;
        try {
            address = ServerConfig.parseListen(listen);
        } catch (IllegalArgumentException e) {
            throw ServerText.rejected("error.badListen", listen, e.getMessage());
        }
        Optional<Dhis2Mapping> dhis2 = Optional.empty();
        if (dhis2Mapping != null) {
            try {
                dhis2 = Optional.of(Dhis2Mapping.read(dhis2Mapping));
            } catch (IOException e) {
                throw ServerText.failed("error.dhis2Unreadable", dhis2Mapping, e.getMessage());
            } catch (IllegalArgumentException e) {
                throw ServerText.rejected("error.dhis2Mapping", dhis2Mapping, e.getMessage());
            }
        }
        IndicatorServer server = IndicatorServer.start(new ServerConfig(database.location(), address, dhis2, tls()));
        CountDownLatch stopped = new CountDownLatch(1);
        PrintWriter out = spec.commandLine().getOut();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            out.println(ServerText.both("server.stopped"));
            out.flush();
            stopped.countDown();
        }, "indicator-server-stop"));
        InetSocketAddress real = server.address();
        LOG.info("indicator server listening on {}:{}, database {}", real.getHostString(), real.getPort(),
                server.database().location());
        out.println(ServerText.both("server.listening", (tlsKeystore != null ? "https" : "http") + "://"
                + real.getHostString() + ":" + real.getPort(),
                server.database().location()));
        out.flush();
        if (stopWhenInputCloses) {
            stopWhenInputCloses();
        }
        stopped.await();
        return OK;
    }

    /**
     * The demo starts the server as its child and stops it in a shutdown hook, but a parent that dies without its
     * hooks (kill -9, a crash, its X display gone) would leave the server running. The pipe on standard input
     * closes however the parent ends.
     */
    private void stopWhenInputCloses() {
        Thread watch = new Thread(() -> {
            try {
                in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException closed) {
                // Closed either way.
            }
            LOG.info("standard input closed: the program that started the server has ended; stopping");
            System.exit(OK);
        }, "stop-when-input-closes");
        watch.setDaemon(true);
        watch.start();
    }

    private Optional<TlsSettings> tls() {
        if (tlsKeystore == null && tlsPasswordFile == null) {
            return Optional.empty();
        }
        if (tlsKeystore == null || tlsPasswordFile == null) {
            throw ServerText.rejected("error.tlsBoth");
        }
        try {
            return Optional.of(TlsSettings.read(tlsKeystore, tlsPasswordFile));
        } catch (IOException e) {
            throw ServerText.failed("error.tlsUnreadable", tlsPasswordFile, e.getMessage());
        }
    }

    private static String cannotListen(CannotListen cannot) {
        return switch (cannot.reason()) {
            case PORT_IN_USE -> ServerText.both("error.portInUse", cannot.address().getPort());
            case NOT_THIS_COMPUTER -> ServerText.both("error.notThisComputer", cannot.address().getHostString());
            case REFUSED -> ServerText.both("error.cannotListen",
                    cannot.address().getHostString() + ":" + cannot.address().getPort(), cannot.getMessage());
        };
    }

    /** The database named on the command line that failed, without its password. */
    private static String database(CommandLine failed) {
        Object command = failed.getCommand();
        DatabaseOption option = command instanceof ServerMain main ? main.database
                : failed.getCommandSpec().mixins().get("database") != null
                ? (DatabaseOption) failed.getCommandSpec().mixins().get("database").userObject() : null;
        return option == null ? "?" : option.location().shown();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    /** Standard input of the command line being run (a test's, or the process's). */
    static InputStream stdin(CommandSpec spec) {
        return ((ServerMain) spec.root().userObject()).in;
    }
}
