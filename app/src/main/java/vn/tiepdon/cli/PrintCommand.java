package vn.tiepdon.cli;

import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.print.PrinterAddress;
import vn.tiepdon.print.PrinterTransport;
import vn.tiepdon.print.TextRasterizer;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.PrintState;
import vn.tiepdon.queue.Service;
import vn.tiepdon.ticket.PrintProblem;
import vn.tiepdon.ticket.TicketLayout;
import vn.tiepdon.ticket.TicketPrinter;

/** {@code tiepdon print test}: is the printer reachable, does Vietnamese come out right, does it cut. */
@Command(name = "print", description = "Máy in / Printer.", mixinStandardHelpOptions = true,
        subcommands = PrintCommand.Test.class)
final class PrintCommand {

    static final Service TEST_SERVICE = new Service("TEST", "T", "In thử — Tiếng Việt có dấu: ăâđêôơư",
            "Test print");

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"In một phiếu thử / Print a test ticket.", "Exit 0: printed; 1: not printed (the reason is shown); 2: bad address."})
    static final class Test implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = {"-p", "--printer"}, required = true, paramLabel = "ADDRESS",
                description = "tcp:HOST:PORT | serial:PORT[@BAUD] | file:PATH")
        String printer;

        @Option(names = "--paper-width", paramLabel = "DOTS", defaultValue = "" + TextRasterizer.PAPER_80MM,
                description = "576 (80 mm, default) or 384 (58 mm).")
        int paperWidthDots;

        @Option(names = "--hospital", paramLabel = "NAME", defaultValue = "Tiếp Đón",
                description = "Tên in ở đầu phiếu / Name printed at the top.")
        String hospital;

        @Override
        public Integer call() {
            PrinterTransport transport;
            try {
                transport = PrinterAddress.parse(printer);
            } catch (IllegalArgumentException e) {
                throw CliText.rejected("print.badAddress", e.getMessage());
            }
            IssuedTicket sample = new IssuedTicket(0, TEST_SERVICE.code(), LocalDateTime.now().toLocalDate(), 0,
                    "T000", LocalDateTime.now(), 0, PrintState.ISSUED);
            byte[] bytes = new TicketLayout(hospital, paperWidthDots)
                    .render(TEST_SERVICE, sample);
            PrintProblem problem = new TicketPrinter(transport).print(bytes).orElse(null);
            if (problem == null) {
                spec.commandLine().getOut().println(CliText.both("print.done", transport.describe(), bytes.length));
                return ExitCodes.OK;
            }
            spec.commandLine().getErr().println(CliText.both("print.failed", transport.describe(), problem.name()));
            return ExitCodes.FAILED;
        }
    }
}
