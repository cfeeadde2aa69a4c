package vn.tiepdon.sync.server.dhis2;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import vn.tiepdon.indicators.Breakdown;

/**
 * Which DHIS2 data element each indicator goes to, and which organisation unit each facility is: a properties file
 * IT writes once per province (UIDs or codes, as the DHIS2 instance is set to read them).
 *
 * <pre>
 * dataElement.registrations = kRg7bqZ4Tfa
 * dataElement.cashless_share_count = TIEPDON_CASHLESS_COUNT
 * orgUnit.79001 = DiszpKrYNg8
 * </pre>
 *
 * An indicator is a column of {@code tiepdon stats --by day} ({@link Breakdown#DAY_COLUMNS}).
 */
public record Dhis2Mapping(Map<String, String> dataElements, Map<String, String> orgUnits) {

    private static final String DATA_ELEMENT = "dataElement.";
    private static final String ORG_UNIT = "orgUnit.";

    public Dhis2Mapping {
        dataElements = Map.copyOf(dataElements);
        orgUnits = Map.copyOf(orgUnits);
    }

    /**
     * @throws IllegalArgumentException for a key that is neither, an indicator that does not exist, or no mapping
     * @throws IOException              when the file cannot be read
     */
    public static Dhis2Mapping read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> elements = new TreeMap<>();
        Map<String, String> units = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).strip();
            if (key.startsWith(DATA_ELEMENT)) {
                String indicator = key.substring(DATA_ELEMENT.length());
                if (!Breakdown.DAY_COLUMNS.contains(indicator) || indicator.equals("day")) {
                    throw new IllegalArgumentException(key + ": no such indicator (one of "
                            + String.join(", ", Breakdown.DAY_COLUMNS.subList(1, Breakdown.DAY_COLUMNS.size())) + ")");
                }
                elements.put(indicator, value);
            } else if (key.startsWith(ORG_UNIT)) {
                units.put(key.substring(ORG_UNIT.length()), value);
            } else {
                throw new IllegalArgumentException(key + ": a key is dataElement.INDICATOR or orgUnit.FACILITY");
            }
        }
        if (elements.isEmpty() || units.isEmpty()) {
            throw new IllegalArgumentException("the mapping needs at least one dataElement.… and one orgUnit.…");
        }
        return new Dhis2Mapping(elements, units);
    }
}
