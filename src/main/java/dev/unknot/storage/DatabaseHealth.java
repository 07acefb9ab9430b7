package dev.unknot.storage;

import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The check made before the log is opened: a file that is not a SQLite database, or that SQLite's own
 * {@code PRAGMA quick_check} finds damaged, is renamed aside (with its -wal and -shm) to
 * {@code <name>.corrupt-<UTC stamp>} and never deleted, so a fresh log can be started and sessions still saved,
 * while the old file waits, unchanged, for a restore or for someone who can mend it.
 *
 * <p>Only a verdict about the file's content sets it aside. When the check itself cannot run (the file is locked,
 * unreadable, its folder read-only) nothing is moved, and the ordinary opening reports the problem.
 */
final class DatabaseHealth {
    static final String SET_ASIDE_INFIX = ".corrupt-";

    private DatabaseHealth() {
    }

    /** What is wrong with the file's content, in plain words ending in a full stop; empty if sound or unknown. */
    static Optional<String> damage(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                return Optional.empty(); // absent or empty: SQLite makes a new log of it
            }
        } catch (IOException cannotTell) {
            return Optional.empty();
        }
        try (Connection c = openReadOnly(file)) {
            List<String> found = quickCheck(c);
            return found.equals(List.of("ok")) ? Optional.empty()
                    : Optional.of("it is damaged (SQLite's check says: " + found.get(0).strip().replaceAll("\\s+", " ") + ").");
        } catch (SQLException e) {
            return switch (Problems.code(e)) {
                case Problems.SQLITE_NOTADB -> Optional.of("it is not a database at all.");
                case Problems.SQLITE_CORRUPT -> Optional.of("it is damaged.");
                default -> Optional.empty();
            };
        }
    }

    /**
     * Renames the file's companions, then the file, to an unused {@code <name>.corrupt-<stamp>} beside it, and
     * returns that name. Companions go first: a -wal left beside a fresh file could be replayed into it.
     */
    static Path setAside(Path file, Instant now) throws IOException {
        Path aside = SafeFiles.unusedName(file, SET_ASIDE_INFIX, now);
        for (String suffix : SafeFiles.COMPANIONS) {
            Path companion = SafeFiles.companion(file, suffix);
            if (Files.exists(companion)) {
                SafeFiles.moveNoReplace(companion, SafeFiles.companion(aside, suffix));
            }
        }
        SafeFiles.moveNoReplace(file, aside);
        SafeFiles.fsyncFolder(file.toAbsolutePath().getParent());
        return aside;
    }

    /**
     * A read-only connection, so looking never changes the file (no checkpoint, no journal rolled back). SQLite may
     * still create an empty -wal and -shm beside a file in WAL mode.
     */
    static Connection openReadOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5_000);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    /** The rows of {@code PRAGMA quick_check}: just "ok" when SQLite finds nothing wrong. */
    static List<String> quickCheck(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows.isEmpty() ? List.of("no answer") : rows;
    }
}
