package vn.tiepdon.kiosk;

import java.util.Objects;
import java.util.function.Supplier;
import vn.tiepdon.config.KioskSettings;
import vn.tiepdon.counts.ScanCounter;
import vn.tiepdon.identity.IdentityReader;
import vn.tiepdon.scan.ScanSource;
import vn.tiepdon.ticket.TicketIssuer;

/**
 * Everything the kiosk screens need from the rest of the product, assembled by the CLI.
 *
 * @param scanSource  not started yet: the kiosk starts it once the screen is up, and closes it on exit
 * @param adminCounts today's counts as text for the hidden status overlay; called on the UI thread
 * @param fullScreen  true on a real kiosk; false in a window for trying things out
 * @param onShown     runs once, on the UI thread, after the first screen has been drawn: work that
 *                    can wait until then (opening the database, loading the ticket font) starts here
 *                    so that it does not delay the first screen
 * @param payments    QR payments for priced services; {@link KioskPayments#NONE} sends every patient to the counter
 * @param admin       the admin screen's figures and actions; {@link AdminAccess#NONE} keeps it closed
 */
public record KioskWiring(KioskSettings settings, ScanSource scanSource, IdentityReader identityReader,
                          ScanCounter scanCounter, TicketIssuer ticketIssuer, Supplier<String> adminCounts,
                          boolean fullScreen, Runnable onShown, KioskPayments payments, AdminAccess admin) {

    public KioskWiring {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(scanSource, "scanSource");
        Objects.requireNonNull(identityReader, "identityReader");
        Objects.requireNonNull(scanCounter, "scanCounter");
        Objects.requireNonNull(ticketIssuer, "ticketIssuer");
        adminCounts = adminCounts == null ? () -> "" : adminCounts;
        onShown = onShown == null ? () -> { } : onShown;
        payments = payments == null ? KioskPayments.NONE : payments;
        admin = admin == null ? AdminAccess.NONE : admin;
    }

    public KioskWiring(KioskSettings settings, ScanSource scanSource, IdentityReader identityReader,
                       ScanCounter scanCounter, TicketIssuer ticketIssuer, Supplier<String> adminCounts,
                       boolean fullScreen, Runnable onShown, KioskPayments payments) {
        this(settings, scanSource, identityReader, scanCounter, ticketIssuer, adminCounts, fullScreen, onShown,
                payments, null);
    }

    public KioskWiring(KioskSettings settings, ScanSource scanSource, IdentityReader identityReader,
                       ScanCounter scanCounter, TicketIssuer ticketIssuer, Supplier<String> adminCounts,
                       boolean fullScreen, Runnable onShown) {
        this(settings, scanSource, identityReader, scanCounter, ticketIssuer, adminCounts, fullScreen, onShown, null,
                null);
    }

    public KioskWiring(KioskSettings settings, ScanSource scanSource, IdentityReader identityReader,
                       ScanCounter scanCounter, TicketIssuer ticketIssuer, Supplier<String> adminCounts,
                       boolean fullScreen) {
        this(settings, scanSource, identityReader, scanCounter, ticketIssuer, adminCounts, fullScreen, null, null,
                null);
    }
}
