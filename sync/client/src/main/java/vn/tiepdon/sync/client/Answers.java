package vn.tiepdon.sync.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import vn.tiepdon.sync.protocol.BatchJson;

/** The protocol's table of answers (sync/PROTOCOL.md, "Answers"), and what a failed exchange means. */
final class Answers {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A Retry-After beyond a day is a misconfigured proxy, not a plan: the interval takes over. */
    private static final long MAX_RETRY_AFTER_SECONDS = 86_400;

    private Answers() {
    }

    static PostAnswer of(int status, byte[] body, Optional<String> retryAfter) {
        if (status == 200) {
            try {
                return PostAnswer.acknowledged(BatchJson.readAck(body));
            } catch (IllegalArgumentException e) {
                return PostAnswer.failed(SyncOutcome.Status.UNEXPECTED_ANSWER, status, Optional.empty(),
                        "a 200 answer that is not an acknowledgement");
            }
        }
        SyncOutcome.Status meaning = switch (status) {
            case 400 -> SyncOutcome.Status.MALFORMED;
            case 401, 403 -> SyncOutcome.Status.TOKEN_REFUSED;
            case 413 -> SyncOutcome.Status.TOO_LARGE;
            case 422 -> SyncOutcome.Status.SERVER_TOO_OLD;
            case 429, 503 -> SyncOutcome.Status.BUSY;
            default -> status >= 500 && status <= 599 ? SyncOutcome.Status.SERVER_ERROR
                    : SyncOutcome.Status.UNEXPECTED_ANSWER;
        };
        Optional<Duration> wait = meaning == SyncOutcome.Status.BUSY ? retryAfter.flatMap(Answers::seconds)
                : Optional.empty();
        return PostAnswer.failed(meaning, status, wait, message(body));
    }

    /** Connection refused or reset, a name not found, a timeout, a certificate not trusted. */
    static PostAnswer of(IOException failure) {
        String cause = cause(failure);
        if (failure instanceof SSLException) {
            return PostAnswer.noAnswer(SyncOutcome.Status.CERTIFICATE_REFUSED, cause);
        }
        if (failure instanceof ConnectTimeoutException || failure instanceof ConnectException
                || failure instanceof UnknownHostException || failure instanceof NoRouteToHostException) {
            return PostAnswer.noAnswer(SyncOutcome.Status.CANNOT_CONNECT, cause);
        }
        if (failure instanceof InterruptedIOException) {
            return PostAnswer.noAnswer(SyncOutcome.Status.TIMED_OUT, cause);
        }
        // The server hung up without answering (NoHttpResponseException), a reset, a broken pipe.
        return PostAnswer.noAnswer(SyncOutcome.Status.CANNOT_CONNECT, cause);
    }

    /** The failure in words for IT ("Connect to … failed: Connection refused"), without Java's class names. */
    static String cause(Throwable failure) {
        String message = failure.getMessage();
        if (message != null && !message.isBlank()) {
            return message;
        }
        return failure.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** Only the seconds form: the protocol's servers send nothing else, and an HTTP-date needs a trusted clock. */
    static Optional<Duration> seconds(String header) {
        try {
            long seconds = Long.parseLong(header.strip());
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.min(seconds,
                    MAX_RETRY_AFTER_SECONDS)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code error: message} of the protocol's error body, or a note that the body was not one. */
    private static String message(byte[] body) {
        try {
            JsonNode error = JSON.readTree(body);
            if (error != null && error.hasNonNull("error")) {
                String text = error.path("error").asText() + ": " + error.path("message").asText("");
                return text.length() > 300 ? text.substring(0, 300) : text;
            }
        } catch (IOException notJson) {
            // fall through: a proxy's HTML page, for instance
        }
        String start = new String(body, 0, Math.min(body.length, 80), StandardCharsets.UTF_8).strip();
        return start.isEmpty() ? "no body" : "not a protocol error body";
    }
}
