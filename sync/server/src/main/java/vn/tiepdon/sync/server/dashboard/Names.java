package vn.tiepdon.sync.server.dashboard;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.tiepdon.sync.server.store.ServerDatabase;

/**
 * What managers read instead of codes: a service's name ("Khám bảo hiểm y tế" for KBHYT), a facility's name. Kept on
 * the server, set by an administrator: the kiosks send codes only, never text.
 */
public final class Names {

    public enum Kind { SERVICE, FACILITY }

    private final ServerDatabase database;

    public Names(ServerDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Sets (or replaces) the Vietnamese and English names of a code. */
    public void set(Kind kind, String code, String vietnamese, String english) {
        database.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM names WHERE kind = ? AND code = ?")) {
                delete.setString(1, kind.name());
                delete.setString(2, code);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO names (kind, code, name_vi, name_en) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, kind.name());
                insert.setString(2, code);
                insert.setString(3, vietnamese);
                insert.setString(4, english.isBlank() ? vietnamese : english);
                return insert.executeUpdate();
            }
        });
    }

    /** Code → name in the language, for every named code of the kind. */
    public Map<String, String> all(Kind kind, Locale language) {
        boolean english = language.getLanguage().equals("en");
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT code, name_vi, name_en FROM names WHERE kind = ? ORDER BY code")) {
                query.setString(1, kind.name());
                Map<String, String> names = new TreeMap<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        names.put(rows.getString(1), english ? rows.getString(3) : rows.getString(2));
                    }
                }
                return names;
            }
        });
    }
}
