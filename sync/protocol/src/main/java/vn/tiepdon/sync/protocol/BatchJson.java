package vn.tiepdon.sync.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Batches to and from JSON, strictly: an unknown field, a missing number or a string where a number belongs is
 * refused, so nothing can ride along with the counts.
 */
public final class BatchJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(1024).maxNestingDepth(8).build());
    }

    private BatchJson() {
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a protocol record could not be written as JSON", e);
        }
    }

    public static Batch readBatch(byte[] body) {
        if (body.length > SyncProtocol.MAX_BODY_BYTES) {
            throw new BatchRejected(BatchRejected.Reason.TOO_LARGE,
                    "a batch is at most " + SyncProtocol.MAX_BODY_BYTES + " bytes, was " + body.length);
        }
        try {
            return MAPPER.readValue(body, Batch.class);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof BatchRejected rejected) {
                throw rejected;
            }
            // Name the field, never quote the value: it may be the personal data this check keeps out.
            throw new BatchRejected(BatchRejected.Reason.MALFORMED, "not a batch: " + field(e)
                    + " is missing, unknown or of the wrong type");
        } catch (java.io.IOException e) {
            throw new BatchRejected(BatchRejected.Reason.MALFORMED, "not JSON (line "
                    + (e instanceof JsonProcessingException j && j.getLocation() != null ? j.getLocation().getLineNr() : 0)
                    + ")");
        }
    }

    private static String field(JsonMappingException e) {
        String path = e.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName()
                : "[" + ref.getIndex() + "]").reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
        return path.isEmpty() ? "the body" : "field " + path;
    }

    public static BatchAck readAck(byte[] body) {
        try {
            return MAPPER.readValue(body, BatchAck.class);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the server's answer is not an acknowledgement", e);
        }
    }
}
