package vn.tiepdon.payment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The banks a VietQR code can name, searchable the way a cashier types: by BIN, short name or full name,
 * without caring about case or diacritics. Built from text ({@link #parse}); reading a file is for the io package.
 */
public final class BankDirectory {

    private static final Pattern BIN = Pattern.compile("[0-9]{6}");
    private static final String VERSION_PREFIX = "# version:";
    private static final String HEADER = "bin,short_name,full_name";

    private final String version;
    private final List<Bank> banks;
    private final Map<String, Bank> byBin;

    private BankDirectory(String version, List<Bank> banks) {
        this.version = version;
        this.banks = List.copyOf(banks);
        this.byBin = new HashMap<>();
        for (Bank bank : banks) {
            byBin.put(bank.bin(), bank);
        }
    }

    /**
     * Reads the directory format: a {@code # version: X} line, other {@code #} comments, the header
     * {@code bin,short_name,full_name}, then one bank a line (the full name may contain commas).
     *
     * @throws IllegalArgumentException naming the line that is wrong, so IT can fix a replaced file
     */
    public static BankDirectory parse(String text) {
        String version = null;
        boolean header = false;
        List<Bank> banks = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String[] lines = text.strip().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i].strip();
            if (line.startsWith(VERSION_PREFIX)) {
                version = line.substring(VERSION_PREFIX.length()).strip();
            } else if (line.isEmpty() || line.startsWith("#")) {
                continue;
            } else if (!header) {
                if (!line.equalsIgnoreCase(HEADER)) {
                    throw new IllegalArgumentException("line " + lineNumber + ": expected header " + HEADER);
                }
                header = true;
            } else {
                String[] cells = line.split(",", 3);
                if (cells.length < 3 || !BIN.matcher(cells[0].strip()).matches()
                        || cells[1].isBlank() || cells[2].isBlank()) {
                    throw new IllegalArgumentException("line " + lineNumber + ": expected BIN (6 digits),short name,full name");
                }
                Integer earlier = seen.putIfAbsent(cells[0].strip(), lineNumber);
                if (earlier != null) {
                    throw new IllegalArgumentException("line " + lineNumber + ": BIN " + cells[0].strip()
                            + " already on line " + earlier);
                }
                banks.add(new Bank(cells[0].strip(), cells[1].strip(), cells[2].strip()));
            }
        }
        if (version == null || version.isEmpty()) {
            throw new IllegalArgumentException("missing '# version: …' line");
        }
        if (banks.isEmpty()) {
            throw new IllegalArgumentException("no banks listed");
        }
        return new BankDirectory(version, banks);
    }

    public String version() {
        return version;
    }

    /** In file order. */
    public List<Bank> banks() {
        return banks;
    }

    /** Never required to decode a code: an unknown BIN is still a valid transfer, just shown without a name. */
    public Optional<Bank> byBin(String bin) {
        return Optional.ofNullable(byBin.get(bin));
    }

    /**
     * Banks whose BIN starts with the query or whose short or full name contains it, ignoring case and
     * diacritics ("ngoai thuong" finds Vietcombank). An exact BIN comes first, then short-name matches,
     * then full-name matches, each in file order. A blank query lists all.
     */
    public List<Bank> search(String query) {
        String wanted = Diacritics.fold(query == null ? "" : query);
        if (wanted.isEmpty()) {
            return banks;
        }
        List<Bank> exact = new ArrayList<>();
        List<Bank> shortMatches = new ArrayList<>();
        List<Bank> fullMatches = new ArrayList<>();
        for (Bank bank : banks) {
            if (bank.bin().equals(wanted)) {
                exact.add(bank);
            } else if (bank.bin().startsWith(wanted) || Diacritics.fold(bank.shortName()).contains(wanted)) {
                shortMatches.add(bank);
            } else if (Diacritics.fold(bank.fullName()).contains(wanted)) {
                fullMatches.add(bank);
            }
        }
        exact.addAll(shortMatches);
        exact.addAll(fullMatches);
        return List.copyOf(exact);
    }
}
