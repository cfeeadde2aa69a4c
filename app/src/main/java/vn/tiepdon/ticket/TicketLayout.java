package vn.tiepdon.ticket;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.tiepdon.print.Alignment;
import vn.tiepdon.print.BitImage;
import vn.tiepdon.print.EscPos;
import vn.tiepdon.print.TextRasterizer;
import vn.tiepdon.queue.IssuedTicket;
import vn.tiepdon.queue.Service;
import vn.tiepdon.registration.Priority;

/**
 * What a queue ticket looks like, as ESC/POS bytes. Pure: no I/O, same input, same bytes.
 * <p>
 * Vietnamese lines are raster images (no printer code page is trusted with Vietnamese); the number, the
 * date and the staff line are ASCII in the printer's own font, which is sharp and costs a few bytes.
 * Rasters are cropped to their ink and printed left-justified because they carry their own placement.
 */
public final class TicketLayout {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final int PRINTER_FONT_WIDTH = 12;
    private static final int MAX_NUMBER_SCALE = 6;

    private static final float HOSPITAL_SIZE = 26;
    private static final float SERVICE_SIZE = 30;
    private static final float WAITING_SIZE = 26;
    private static final float THANKS_SIZE = 22;
    private static final float WHERE_SIZE = 28;
    private static final TicketTexts TEXTS = new TicketTexts();
    static final float MARK_SIZE = 30;

    private final String hospitalName;
    private final TextRasterizer rasterizer;
    /**
     * Hospital and service names, priority reasons and where-to-go lines never change during a day and are few:
     * draw each once.
     */
    private final Map<String, BitImage> drawn = new ConcurrentHashMap<>();

    /** @param paperWidthDots {@value TextRasterizer#PAPER_80MM} for 80 mm paper, {@value TextRasterizer#PAPER_58MM} for 58 mm */
    public TicketLayout(String hospitalName, int paperWidthDots) {
        this.hospitalName = hospitalName == null ? "" : hospitalName.strip();
        this.rasterizer = new TextRasterizer(paperWidthDots);
        if (!this.hospitalName.isEmpty()) {
            // Loads the font and draws the name now, at start-up, not while the first patient waits.
            cached(this.hospitalName, HOSPITAL_SIZE, true);
        }
    }

    public byte[] render(Service service, IssuedTicket ticket) {
        return render(service, ticket, PaymentMark.NONE, Optional.empty(), Optional.empty());
    }

    /**
     * The ticket, always in Vietnamese (the desk and the consulting room read it; the screen speaks the patient's
     * language). Top to bottom: hospital, service, the number as large as fits, why it is a priority number, date
     * and time, a reprint's mark, what to do about paying (first) and where to go (then), people waiting ahead,
     * thanks, and one compact staff line (plus one for the payment) in the printer's sharp ASCII font.
     *
     * @param priority    why the patient is served first; printed large under the number
     * @param reprintedAt a reprint carries "BẢN IN LẠI" and its time under the number, and "IN LAI" on the staff line
     */
    public byte[] render(Service service, IssuedTicket ticket, PaymentMark payment, Optional<Priority> priority,
                         Optional<LocalDateTime> reprintedAt) {
        EscPos out = EscPos.toBuffer().init().align(Alignment.LEFT);

        if (!hospitalName.isEmpty()) {
            out.raster(cached(hospitalName, HOSPITAL_SIZE, true));
        }
        out.raster(cached(service.nameVi(), SERVICE_SIZE, true)).feed(1);

        int scale = numberScale(ticket.display());
        out.align(Alignment.CENTER).bold(true).size(scale, scale).line(ticket.display())
                .size(1, 1).bold(false)
                .align(Alignment.LEFT);
        priority.ifPresent(p -> out.raster(cached(TEXTS.priority(p), MARK_SIZE, true)));
        out.align(Alignment.CENTER).line(DATE_TIME.format(ticket.issuedAt())).align(Alignment.LEFT);
        if (reprintedAt.isPresent()) {
            out.raster(rasterizer.render(TEXTS.reprint(DATE_TIME.format(reprintedAt.get())), MARK_SIZE, true,
                    Alignment.CENTER));
        }
        List<String> paymentLines = TEXTS.payment(payment);
        for (int i = 0; i < paymentLines.size(); i++) {
            boolean mark = i == 0;
            out.raster(rasterizer.render(paymentLines.get(i), mark ? MARK_SIZE : WAITING_SIZE, mark,
                    Alignment.CENTER));
        }
        if (!service.whereVi().isEmpty()) {
            // After paying, if there is something to pay: the order the patient walks in.
            out.raster(cached(TEXTS.where(service.whereVi(), payment.toPay()), WHERE_SIZE, true));
        }
        if (!paymentLines.isEmpty() || !service.whereVi().isEmpty()) {
            // A little paper between what to do and the queue lines, so each stands on its own.
            out.feed(1);
        }
        out.raster(rasterizer.render(TEXTS.waitingAhead(ticket.waitingAhead()), WAITING_SIZE, true,
                        Alignment.CENTER))
                .raster(cached(TEXTS.thanks(), THANKS_SIZE, false))
                .feed(1)
                .align(Alignment.CENTER)
                .line(staffLine(ticket) + reprintedAt.map(at -> " | IN LAI " + TIME.format(at)).orElse(""));
        String paymentLine = PaymentMark.printedLine(payment);
        if (!paymentLine.isEmpty()) {
            out.line(paymentLine);
        }
        out.feed(3)
                .feedAndCut(0);
        return out.toByteArray();
    }

    /**
     * For staff at the counter, in the printer's font: the ledger id to find the ticket by and the service code,
     * e.g. {@code Ma #1234 | KBHYT}.
     */
    public static String staffLine(IssuedTicket ticket) {
        return "Ma #" + ticket.id() + " | " + ticket.serviceCode();
    }

    /** As big as fits the paper, at most 6× the printer font (12×24 dots a character). */
    private int numberScale(String display) {
        int fit = rasterizer.paperWidthDots() / (PRINTER_FONT_WIDTH * Math.max(1, display.length()));
        return Math.max(1, Math.min(MAX_NUMBER_SCALE, fit));
    }

    private BitImage cached(String text, float size, boolean bold) {
        return drawn.computeIfAbsent(size + "|" + bold + "|" + text,
                key -> rasterizer.render(text, size, bold, Alignment.CENTER));
    }
}
