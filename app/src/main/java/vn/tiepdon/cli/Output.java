package vn.tiepdon.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/** How the CLI prints a record it read: indented JSON for scripts, a labelled table for people. */
final class Output {

    private Output() {
    }

    /** Built on first use: picocli creates every command at start-up, and Jackson is slow to load. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    static String json(Object value) throws JsonProcessingException {
        return Json.MAPPER.writeValueAsString(value);
    }

    /**
     * One line per field that has a label, {@code "Label: value"}, values aligned; {@code show} turns a
     * field's value into text ("-" for nothing).
     */
    static String table(Map<String, Object> fields, Map<String, String> labels,
                        BiFunction<String, Object, String> show) {
        int width = labels.values().stream().mapToInt(String::length).max().orElse(0) + 2;
        StringBuilder text = new StringBuilder();
        fields.forEach((key, value) -> {
            String label = labels.get(key);
            if (label != null) {
                text.append(String.format(Locale.ROOT, "%-" + width + "s %s%n", label + ":", show.apply(key, value)));
            }
        });
        return text.toString().stripTrailing();
    }

    /** {@code {"kind": "REJECTED", "rejection": {"code", [detail], "message": {"vi", "en"}}}}. */
    static String rejectionJson(String code, String detail, String vi, String en) throws JsonProcessingException {
        Map<String, Object> rejection = new LinkedHashMap<>();
        rejection.put("code", code);
        if (detail != null) {
            rejection.put("detail", detail);
        }
        rejection.put("message", Map.of("vi", vi, "en", en));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("kind", "REJECTED");
        root.put("rejection", rejection);
        return json(root);
    }
}
