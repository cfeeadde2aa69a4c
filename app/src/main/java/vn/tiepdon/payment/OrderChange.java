package vn.tiepdon.payment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change of a payment order, as {@link TrackedOrder} decides it and a store commits it: what the order became,
 * what it was before, and when.
 *
 * @param from  the status before; empty for a new order (a first request, or a code shown again as a fresh order)
 * @param order the order as the change leaves it
 */
public record OrderChange(Optional<OrderStatus> from, TrackedOrder order, Instant at) {

    public OrderChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(at, "at");
    }

    /** A new order row: a new request for the patient to pay. */
    public boolean created() {
        return from.isEmpty();
    }
}
