package vn.tiepdon.counts;

import java.util.List;
import vn.tiepdon.indicators.KioskEvent;

/**
 * Where a kiosk's counted events go. Recording never fails towards the caller: a patient's ticket must not wait
 * on a statistic, so an event that cannot be stored now is kept and stored later.
 */
@FunctionalInterface
public interface EventLog {

    void record(KioskEvent event);

    /** Several events at once; a store that can writes them in one go. */
    default void recordAll(List<KioskEvent> events) {
        events.forEach(this::record);
    }

    /** Counts nothing: for tools that run a kiosk part without its statistics. */
    EventLog NONE = event -> { };
}
