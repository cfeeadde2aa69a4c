package vn.tiepdon.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one entry point: {@code ./tiepdon <command>}. */
@Command(name = "tiepdon",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Tiếp Đón — kiosk lấy số cho bệnh viện / hospital queue-ticket kiosk."},
        subcommands = {
                DemoCommand.class,
                KioskCommand.class,
                IdCommand.class,
                PrintCommand.class,
                TicketCommand.class,
                DevicesCommand.class,
                SimCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    private static final Logger log = LoggerFactory.getLogger(Main.class);

    public static void main(String[] args) {
        int code = run(args);
        if (code != Integer.MIN_VALUE) {
            System.exit(code);
        }
    }

    /** Runs a command and returns its exit code, so tests can call the CLI without a new JVM. */
    public static int run(String... args) {
        return commandLine(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)).execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof UserError u ? u.exitCode() : ExitCodes.FAILED);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Whatever went wrong, the user gets one line; the details go to the log file, never the terminal.
            if (e instanceof UserError u) {
                commandLine.getErr().println(u.getMessage());
                return u.exitCode();
            }
            log.error("Command '{}' failed", commandLine.getCommandName(), e);
            commandLine.getErr().println(CliText.both("error.unexpected", e.getClass().getSimpleName()));
            return ExitCodes.FAILED;
        });
        return cli;
    }
}
