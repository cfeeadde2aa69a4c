package vn.tiepdon.sync.protocol;

/**
 * The server's answer to a stored batch: the kiosk may forget what it sent up to {@code cursor}.
 *
 * @param stored    days whose totals the server replaced with the batch's
 * @param unchanged days the server already held at this cursor or a later one (a repeat or a late batch)
 */
public record BatchAck(int protocol, long cursor, int stored, int unchanged) {
}
