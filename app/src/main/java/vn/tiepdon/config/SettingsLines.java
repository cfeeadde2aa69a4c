package vn.tiepdon.config;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Reads the settings text as {@link Properties} does, but refuses a key written twice: {@code Properties} silently
 * keeps the last one, so a price or an address edited further down the file would override the one IT is looking
 * at. Each logical line (continuations joined) is read by {@code Properties} itself, so keys are exactly the ones it
 * would see, escapes included; only the line bookkeeping is done here.
 */
final class SettingsLines {

    private SettingsLines() {
    }

    static Properties read(String text) throws SettingsException {
        Properties all = new Properties();
        Map<String, Integer> firstLine = new HashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        int n = 0;
        while (n < lines.length) {
            int start = n + 1;
            StringBuilder logical = new StringBuilder(lines[n]);
            boolean comment = isComment(lines[n]);
            // A line ending in an odd number of backslashes continues on the next (comments never continue).
            while (!comment && endsInOddBackslashes(lines[n]) && n + 1 < lines.length) {
                n++;
                logical.append('\n').append(lines[n]);
            }
            n++;
            if (comment) {
                continue;
            }
            Properties one = new Properties();
            try {
                one.load(new StringReader(logical.toString()));
            } catch (IOException | IllegalArgumentException e) {
                throw new SettingsException("cannot read settings line " + start + ": " + e.getMessage(), e);
            }
            for (String key : one.stringPropertyNames()) {
                String stripped = key.strip();
                Integer earlier = firstLine.putIfAbsent(stripped, start);
                if (earlier != null) {
                    throw new SettingsException(stripped, "written twice, on lines " + earlier + " and " + start
                            + "; keep one");
                }
                all.setProperty(key, one.getProperty(key));
            }
        }
        return all;
    }

    private static boolean isComment(String line) {
        String lead = line.stripLeading();
        return lead.isEmpty() || lead.charAt(0) == '#' || lead.charAt(0) == '!';
    }

    private static boolean endsInOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }
}
