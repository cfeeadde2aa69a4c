package vn.tiepdon.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import vn.tiepdon.kiosk.fx.FxToolkit;
import vn.tiepdon.store.DatabaseRecovery;
import vn.tiepdon.store.StorageException;
import picocli.CommandLine.Command;

/** The one entry point: {@code ./tiepdon <command>}. */
@Command(name = "tiepdon",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Tiếp Đón — kiosk lấy số cho bệnh viện / hospital queue-ticket kiosk."},
        // The launcher runs `server` itself, without JavaFX and without the kiosk's code: named here so it is found.
        footer = {"  server   Máy chủ chỉ số và bảng chỉ số / Indicator server and dashboard (server --help)."})
public final class Main {

    /** Every command, in the order {@code tiepdon --help} lists them. */
    static final List<Class<?>> COMMANDS = List.of(
            DemoCommand.class,
            KioskCommand.class,
            CashierCommand.class,
            IdCommand.class,
            PrintCommand.class,
            TicketCommand.class,
            DevicesCommand.class,
            SimCommand.class,
            VietqrCommand.class,
            StatsCommand.class,
            SyncCommand.class,
            BackupCommand.class,
            AdminCommand.class,
            VoiceCommand.class,
            CommandLine.HelpCommand.class);

    static {
        // Tickets are drawn with Java2D into memory only. Headless AWT never opens the display,
        // which JavaFX is opening at the same moment (both at once can deadlock in X11).
        System.setProperty("java.awt.headless", "true");
    }

    private static final java.util.concurrent.atomic.AtomicBoolean LOGGING_STARTED =
            new java.util.concurrent.atomic.AtomicBoolean();

    public static void main(String[] args) {
        if (opensWindow(args)) {
            // JavaFX takes a third of a second to start: let it start while the rest is read.
            FxToolkit.startInBackground();
        }
        startLoggingSetup();
        int code = run(args);
        if (code != Integer.MIN_VALUE) {
            System.exit(code);
        }
    }

    /**
     * Setting up logging takes a tenth of a second on a cold JVM: do it beside the rest of start-up.
     * Anything logged meanwhile is kept and written once logging is ready.
     */
    private static void startLoggingSetup() {
        if (LOGGING_STARTED.compareAndSet(false, true)) {
            Thread.ofPlatform().daemon().name("logging-setup").start(LoggerFactory::getILoggerFactory);
        }
    }

    private static String logFile() {
        return java.nio.file.Path.of(System.getProperty("tiepdon.logDir", "logs"), "tiepdon.log").toString();
    }

    private static boolean opensWindow(String[] args) {
        return args.length > 0 && ("kiosk".equals(args[0]) || "demo".equals(args[0]))
                && java.util.Arrays.stream(args).noneMatch(a -> a.equals("-h") || a.equals("--help"))
                && Display.present();
    }

    /** Runs a command and returns its exit code, so tests can call the CLI without a new JVM. */
    public static int run(String... args) {
        startLoggingSetup();
        return commandLine(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args).execute(args);
    }

    /**
     * Only the command that was asked for, when one was: picocli reads every option of every command it is given,
     * and reading all fourteen took a third of a second of the kiosk's cold start (measured), on every command.
     * Help, a mistyped command and no command at all get them all, to list them or to suggest one.
     */
    static List<Class<?>> commandsFor(String... args) {
        if (args.length > 0 && !args[0].equals("help")) {
            for (Class<?> command : COMMANDS) {
                if (command.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(command);
                }
            }
        }
        return COMMANDS;
    }

    /** The command line that runs {@code args}, writing to {@code out} and {@code err}. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        for (Class<?> command : commandsFor(args)) {
            cli.addSubcommand(command);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> switch (e) {
            case UserError u -> u.exitCode();
            case CommandLine.ParameterException p -> ExitCodes.REJECTED;
            default -> ExitCodes.FAILED;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Whatever went wrong, the user gets one line; the details go to the log file, never the terminal.
            if (e instanceof UserError u) {
                commandLine.getErr().println(u.getMessage());
                return u.exitCode();
            }
            LoggerFactory.getLogger(Main.class).error("Command '{}' failed", commandLine.getCommandName(), e);
            if (e instanceof DatabaseRecovery.NeedsRepair repair) {
                commandLine.getErr().println(CliText.both("error.needsRepair", repair.file()));
            } else if (e instanceof StorageException) {
                // Disk full, folder not writable, database damaged: IT can act on the reason.
                commandLine.getErr().println(CliText.both("error.storage", e.getMessage()));
            } else {
                commandLine.getErr().println(CliText.both("error.unexpected", logFile()));
            }
            return ExitCodes.FAILED;
        });
        return cli;
    }
}
