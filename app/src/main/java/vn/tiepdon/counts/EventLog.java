package vn.tiepdon.counts;

import vn.tiepdon.indicators.KioskEvent;

/**
 * Where a kiosk's counted events go. Recording never fails towards the caller: a patient's ticket must not wait
 * on a statistic, so an event that cannot be stored now is kept and stored later.
 */
@FunctionalInterface
public interface EventLog {

    void record(KioskEvent event);

    /** Counts nothing: for tools that run a kiosk part without its statistics. */
    EventLog NONE = event -> { };
}
