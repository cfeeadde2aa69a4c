package vn.tiepdon.payment;

/**
 * The payment orders cannot be read or written just now (disk full, database locked too long, damaged file).
 * Nothing changed: the caller tells its user, or its sender, to try again.
 */
public final class OrdersUnavailable extends RuntimeException {

    public OrdersUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
