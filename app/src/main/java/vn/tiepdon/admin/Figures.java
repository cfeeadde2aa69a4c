package vn.tiepdon.admin;

import java.util.Optional;
import java.util.OptionalDouble;
import vn.tiepdon.indicators.EventKind;
import vn.tiepdon.indicators.Indicators;
import vn.tiepdon.indicators.CashlessShare;

/** The headline indicators of a period, as the admin screen's tiles show them. */
public record Figures(long registrations, OptionalDouble citizenIdShare, long tickets, long printFailures,
                      OptionalDouble medianSecondsScanToTicket, CashlessShare cashless, OptionalDouble rejectionRate) {

    public static Figures of(Indicators indicators) {
        return new Figures(indicators.registrations(), indicators.citizenIdShare(),
                indicators.count(EventKind.TICKET_ISSUED), indicators.ticketsNotPrinted(Optional.empty()),
                indicators.medianSecondsScanToTicket(), indicators.cashless(), indicators.rejectionRate());
    }
}
