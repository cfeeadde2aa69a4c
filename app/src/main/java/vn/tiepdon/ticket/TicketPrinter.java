package vn.tiepdon.ticket;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.print.PrinterConnection;
import vn.tiepdon.print.PrinterStatus;
import vn.tiepdon.print.PrinterStatusProbe;
import vn.tiepdon.print.PrinterTransport;

/**
 * Sends one ticket's bytes and says whether the paper came out. Status is asked before printing
 * (do not print into an empty printer) and after (paper can run out mid-ticket). A one-way link
 * cannot be asked: printing is attempted and trusted.
 *
 * <p>Patient with the answers: a printer busy printing and cutting, or a busy PC, answers late. On a loaded two-core
 * PC the emulator's answer came 1.3 s after the question; with a one-second limit a ticket that was printed and cut
 * was reported lost and the patient offered a second paper with the same number. The limits below leave twice that
 * before printing and more after it, when the printer is still feeding and cutting the paper.
 */
public final class TicketPrinter {

    /** How long each status answer may take before printing. */
    public static final Duration DEFAULT_STATUS_TIMEOUT = Duration.ofSeconds(3);
    /** How long each status answer may take after the ticket was sent: the printer may be printing and cutting. */
    public static final Duration DEFAULT_AFTER_PRINT_TIMEOUT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(TicketPrinter.class);

    private final PrinterTransport printer;
    private final PrinterStatusProbe probe;
    private final PrinterStatusProbe afterPrint;
    // One conversation with the printer at a time: a check between patients never cuts into a ticket.
    private final java.util.concurrent.locks.ReentrantLock line = new java.util.concurrent.locks.ReentrantLock();

    public TicketPrinter(PrinterTransport printer, PrinterStatusProbe probe, PrinterStatusProbe afterPrint) {
        this.printer = printer;
        this.probe = probe;
        this.afterPrint = afterPrint;
    }

    /** One probe for both questions (tests with a short limit). */
    public TicketPrinter(PrinterTransport printer, PrinterStatusProbe probe) {
        this(printer, probe, probe);
    }

    public TicketPrinter(PrinterTransport printer) {
        this(printer, new PrinterStatusProbe(DEFAULT_STATUS_TIMEOUT),
                new PrinterStatusProbe(DEFAULT_AFTER_PRINT_TIMEOUT));
    }

    public String describe() {
        return printer.describe();
    }

    /**
     * Whether the printer could print now (empty), else why not: asked between patients, so the start screen
     * can say the kiosk is paused. Never throws for printer trouble; waits for a print in progress.
     */
    public PrinterCheck check() {
        return talk(false, connection -> {
            PrinterStatus status = probe.probe(connection);
            if (!status.canPrint()) {
                return PrinterCheck.failing(problemFor(status));
            }
            return status == PrinterStatus.PAPER_NEAR_END ? PrinterCheck.PAPER_NEAR_END : PrinterCheck.READY;
        }, PrinterCheck::failing);
    }

    /**
     * @return empty when printed, else why not. Never throws for printer trouble. A ticket whose bytes all reached
     *         the printer, which then did not answer the status question, counts as printed: it almost always is
     *         (a printer still cutting, a busy PC), and calling it lost sends the patient to the desk for a second
     *         paper with the same number. Paper out, cover open or a paused printer after the ticket are believed.
     */
    public Optional<PrintProblem> print(byte[] ticket) {
        return talk(true, connection -> {
            PrinterStatus before = probe.probe(connection);
            if (!before.canPrint()) {
                return Optional.of(problemFor(before));
            }
            OutputStream out = connection.output();
            out.write(ticket);
            out.flush();
            PrinterStatus after = afterPrint.probe(connection);
            if (after == PrinterStatus.NO_ANSWER) {
                LOG.warn("Printer {} took the ticket but did not confirm it; counted as printed",
                        printer.describe());
                return Optional.<PrintProblem>empty();
            }
            return after.canPrint() ? Optional.<PrintProblem>empty() : Optional.of(problemFor(after));
        }, Optional::of);
    }

    private interface Conversation<T> {
        T with(PrinterConnection connection) throws IOException;
    }

    /**
     * One conversation at a time, on a connection of its own; printer trouble is an answer, never an exception.
     *
     * @param forATicket a ticket's trouble is a warning in the log; a check every few seconds while the printer
     *                   is off would fill the log, so its trouble is logged at debug
     * @param trouble    the answer when the printer cannot be reached or its driver fails
     */
    private <T> T talk(boolean forATicket, Conversation<T> conversation, Function<PrintProblem, T> trouble) {
        line.lock();
        try (PrinterConnection connection = printer.open()) {
            return conversation.with(connection);
        } catch (IOException | UncheckedIOException e) {
            if (forATicket) {
                LOG.warn("Printer {} unreachable: {}", printer.describe(), e.toString());
            } else {
                LOG.debug("Printer {} unreachable when checked: {}", printer.describe(), e.toString());
            }
            return trouble.apply(PrintProblem.UNREACHABLE);
        } catch (RuntimeException e) {
            // A driver fault must not lose the patient's number: it is recorded, reported, reprintable.
            LOG.error("Printer {} failed", printer.describe(), e);
            return trouble.apply(PrintProblem.UNREACHABLE);
        } finally {
            line.unlock();
        }
    }

    static PrintProblem problemFor(PrinterStatus status) {
        return switch (status) {
            case PAPER_OUT -> PrintProblem.PAPER_OUT;
            case COVER_OPEN -> PrintProblem.COVER_OPEN;
            case OFFLINE -> PrintProblem.OFFLINE;
            case NO_ANSWER -> PrintProblem.NO_ANSWER;
            case READY, PAPER_NEAR_END, UNKNOWN_ONE_WAY ->
                    throw new IllegalArgumentException(status + " can print");
        };
    }
}
