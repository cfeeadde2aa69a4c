package vn.tiepdon.sync.client;

import java.time.Duration;
import java.util.Optional;
import vn.tiepdon.sync.protocol.BatchAck;

/**
 * What came back for one posted batch: an acknowledgement, or the status the protocol maps the refusal or failure
 * to.
 *
 * @param ack        present exactly when the server stored the batch (200)
 * @param status     {@link SyncOutcome.Status#SENT} with an ack, else the failure
 * @param httpStatus 0 when there was no answer
 * @param detail     the server's message or the failure's cause, never a value the kiosk sent
 */
record PostAnswer(Optional<BatchAck> ack, SyncOutcome.Status status, int httpStatus, Optional<Duration> retryAfter,
                  String detail) {

    static PostAnswer acknowledged(BatchAck ack) {
        return new PostAnswer(Optional.of(ack), SyncOutcome.Status.SENT, 200, Optional.empty(), "");
    }

    static PostAnswer failed(SyncOutcome.Status status, int httpStatus, Optional<Duration> retryAfter, String detail) {
        return new PostAnswer(Optional.empty(), status, httpStatus, retryAfter, detail);
    }

    static PostAnswer noAnswer(SyncOutcome.Status status, String detail) {
        return failed(status, 0, Optional.empty(), detail);
    }
}
