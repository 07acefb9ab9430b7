package dev.unknot.storage;

import org.sqlite.SQLiteConnection;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backups of the log in a {@code backups} folder beside it, named {@code <stem>-YYYYMMDD-HHMMSS.db} after the log
 * ({@code unknot-20261125-220754.db} for {@code unknot.db}; the time is UTC, so names sort in time order). Each is
 * made with SQLite's online backup API on the storage connection, so it is one consistent state of the log even
 * while a session is being recorded, and it is written under a temporary name and renamed when complete, so a
 * backup file is never half a backup. The newest {@value #KEEP} are kept; only files named like a backup of this
 * log are ever deleted.
 *
 * <p>Runs on the storage thread, with the storage connection.
 */
final class Backups {
    static final String FOLDER = "backups";
    static final int KEEP = 7;
    /** At most one automatic backup in this time. */
    static final Duration INTERVAL = Duration.ofHours(24);
    static final String BEFORE_RESTORE_INFIX = ".before-restore-";

    private final Path dbFile;
    private final Path folder;
    private final Clock clock;
    private final String stem;
    private final Pattern backupName;

    Backups(Path dbFile, Clock clock) {
        this.dbFile = dbFile.toAbsolutePath();
        this.folder = this.dbFile.resolveSibling(FOLDER);
        this.clock = clock;
        String name = this.dbFile.getFileName().toString();
        this.stem = name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
        this.backupName = Pattern.compile(Pattern.quote(stem) + "-(\\d{8}-\\d{6})\\.db");
    }

    Path folder() {
        return folder;
    }

    /** The backups of this log, newest first. */
    List<BackupFile> list() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupFile> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                timeOf(entry).ifPresent(time -> {
                    try {
                        if (Files.isRegularFile(entry)) {
                            found.add(new BackupFile(entry, time, Files.size(entry)));
                        }
                    } catch (IOException goneMeanwhile) {
                        // not listed
                    }
                });
            }
        }
        found.sort(Comparator.comparing(BackupFile::time).reversed());
        return found;
    }

    /** The time in a backup's name, or empty if the file is not named like a backup of this log. */
    Optional<Instant> timeOf(Path file) {
        Matcher m = backupName.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(m.group(1), SafeFiles.STAMP).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // e.g. unknot-20261399-000000.db: not one of ours
        }
    }

    /** Makes a backup now, then deletes all but the newest {@value #KEEP}. Returns the new backup. */
    Path backupNow(Connection c) throws SQLException, IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(stem + "-" + SafeFiles.stamp(clock.instant()) + ".db");
        // Two backups in one second: the later one replaces the earlier, which it contains.
        copyBySqlite(c, target, true);
        rotate();
        return target;
    }

    /**
     * A copy of {@code c}'s database made by SQLite's online backup API, never by reading the file from Java:
     * written under a temporary name, made one self-contained file, checked and forced to disk, then renamed to
     * {@code target} (over an existing one only if {@code replace}).
     */
    private static void copyBySqlite(Connection c, Path target, boolean replace) throws SQLException, IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        deleteWithCompanions(partial);
        try {
            onlineBackup(c, partial);
            makeSingleFile(partial);
            SafeFiles.fsync(partial);
            if (replace) {
                SafeFiles.moveReplacing(partial, target);
            } else {
                SafeFiles.moveNoReplace(partial, target);
            }
            SafeFiles.fsyncFolder(target.getParent());
        } finally {
            deleteWithCompanions(partial);
        }
    }

    /**
     * Makes a backup unless the log holds no session (so a fresh, empty log never pushes out good backups) or the
     * newest backup is less than {@link #INTERVAL} old by the clock. A backup dated in the future (the clock was
     * set back) does not count as recent.
     */
    Optional<Path> backupIfDue(Connection c) throws SQLException, IOException {
        if (summarize(c, dbFile).sessions() == 0) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        boolean recent = list().stream().map(BackupFile::time)
                .anyMatch(t -> !t.isAfter(now) && Duration.between(t, now).compareTo(INTERVAL) < 0);
        return recent ? Optional.empty() : Optional.of(backupNow(c));
    }

    private void rotate() throws IOException {
        List<BackupFile> all = list();
        for (BackupFile old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Files.deleteIfExists(old.path());
        }
    }

    // ---- restore -------------------------------------------------------------------------------------

    /** A step of a restore failed; the message is the whole plain sentence for the person. */
    static final class RestoreFailed extends Exception {
        private static final long serialVersionUID = 1L;

        RestoreFailed(String plainMessage, Throwable cause) {
            super(plainMessage, cause);
        }
    }

    /** The storage connection: opened (or reopened, with the health check and migrations) on demand. */
    @FunctionalInterface
    interface Opened {
        Connection connection() throws Exception;
    }

    /**
     * Replaces the log's content with the backup's, in this order, so that a crash at any point leaves the log file
     * whole, either as it was or as the backup, and loses nothing:
     * <ol>
     *   <li>the backup is opened read-only and must pass {@code PRAGMA quick_check} and be an Unknot log this
     *       version can read;</li>
     *   <li>it is copied with the online backup API to {@code <log>.restoring} beside the log (so its journal
     *       mode, page size or a -wal beside it do not matter) and that copy is checked and forced to disk;</li>
     *   <li>the log is checkpointed (which fails while another program is writing it), copied by SQLite to
     *       {@code <log>.before-restore-<stamp>}, kept for good, and its connection closed;</li>
     *   <li>{@code <log>.restoring} is renamed over the log (an atomic rename: the old file or the new);</li>
     *   <li>the log is opened again the usual way, which migrates an older backup; sessions the backup caught
     *       while running are marked interrupted, as after a crash.</li>
     * </ol>
     * Page sizes are why this is close/copy/reopen rather than SQLite's restore into the open connection: a
     * database in WAL mode cannot take a backup with another page size, and the logs of older versions may have one.
     */
    RestoreReport restore(Path backup, Opened storage, Runnable closeConnection) throws RestoreFailed {
        Path source = backup.toAbsolutePath().normalize();
        Path restoring = SafeFiles.companion(dbFile, ".restoring");
        String unchanged = " Your log at " + dbFile + " was not changed.";
        try {
            LogSummary incoming;
            try {
                deleteWithCompanions(restoring);
                if (!Files.isRegularFile(source)) {
                    throw new RestoreFailed("The backup " + source + " cannot be restored: there is no such file."
                            + unchanged, null);
                }
                if (Files.exists(dbFile) && Files.isSameFile(source, dbFile)) {
                    throw new RestoreFailed("The backup " + source + " cannot be restored: it is the log itself."
                            + unchanged, null);
                }
                try (Connection b = DatabaseHealth.openReadOnly(source)) {
                    Optional<String> unusable = unusable(b);
                    if (unusable.isPresent()) {
                        throw new RestoreFailed("The backup " + source + " cannot be restored: " + unusable.get()
                                + unchanged, null);
                    }
                    incoming = summarize(b, source);
                    onlineBackup(b, restoring);
                }
                makeSingleFile(restoring);
                SafeFiles.fsync(restoring);
            } catch (SQLException | IOException e) {
                throw new RestoreFailed("The backup " + source + " cannot be restored: " + DataSafety.why(e)
                        + unchanged, e);
            }

            LogSummary before;
            Path keptAs;
            try {
                Connection c = storage.connection();
                before = summarize(c, dbFile);
                checkpoint(c);
                keptAs = SafeFiles.unusedName(dbFile, BEFORE_RESTORE_INFIX, clock.instant());
                copyBySqlite(c, keptAs, false);
                closeConnection.run();
                Path wal = SafeFiles.companion(dbFile, "-wal");
                if (Files.exists(wal) && Files.size(wal) > 0) {
                    SafeFiles.deleteQuietly(keptAs); // the log stays as it is: no copy of it is needed
                    throw new RestoreFailed("Unknot will not replace your log at " + dbFile + " now: another program "
                            + "has it open (its -wal file is not empty). Close that program and try again."
                            + unchanged, null);
                }
            } catch (RestoreFailed e) {
                throw e;
            } catch (Exception e) {
                throw new RestoreFailed("Unknot could not set your log at " + dbFile + " aside before restoring: "
                        + DataSafety.why(e) + unchanged, e);
            }

            try {
                SafeFiles.moveReplacing(restoring, dbFile);
                SafeFiles.fsyncFolder(dbFile.getParent());
            } catch (IOException e) {
                throw new RestoreFailed("Unknot could not put the backup " + source + " in place of your log at "
                        + dbFile + ": " + DataSafety.why(e) + unchanged + " A copy of it is also kept at " + keptAs
                        + ".", e);
            }

            try {
                Connection c = storage.connection();
                int interrupted = Transactions.inImmediate(c, conn -> {
                    try (Statement st = conn.createStatement()) {
                        return st.executeUpdate("UPDATE session SET status = 'interrupted', ended_at = updated_at "
                                + "WHERE status = 'running'");
                    }
                });
                return new RestoreReport(source, keptAs, before, summarize(c, dbFile), incoming.schemaVersion(),
                        interrupted);
            } catch (Exception e) {
                throw new RestoreFailed("The backup " + source + " was put in place of your log at " + dbFile
                        + ", but Unknot cannot open it: " + DataSafety.why(e) + " Your log as it was before is kept at "
                        + keptAs + ".", e);
            }
        } finally {
            deleteWithCompanions(restoring);
        }
    }

    /** Why an open backup cannot be restored, in plain words ending in a full stop; empty if it can. */
    static Optional<String> unusable(Connection c) throws SQLException {
        List<String> check;
        try {
            check = DatabaseHealth.quickCheck(c);
        } catch (SQLException e) {
            return switch (Problems.code(e)) {
                case Problems.SQLITE_NOTADB -> Optional.of("it is not a database at all.");
                case Problems.SQLITE_CORRUPT -> Optional.of("it is damaged.");
                default -> throw e;
            };
        }
        if (!check.equals(List.of("ok"))) {
            return Optional.of("it is damaged (SQLite's check says: " + check.get(0).strip().replaceAll("\\s+", " ") + ").");
        }
        int version = Schema.userVersion(c);
        if (version > Schema.LATEST) {
            return Optional.of("it was written by a newer version of Unknot (schema " + version
                    + "; this version knows up to " + Schema.LATEST + ").");
        }
        if (version < 1 || !hasSessionTable(c)) {
            return Optional.of("it is a database, but not an Unknot log.");
        }
        return Optional.empty();
    }

    // ---- shared --------------------------------------------------------------------------------------

    /** How many sessions the open file holds and when the newest started, read in one transaction. */
    static LogSummary summarize(Connection c, Path file) throws SQLException {
        int version = Schema.userVersion(c);
        if (!hasSessionTable(c)) {
            return new LogSummary(file, 0, Optional.empty(), version);
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), max(started_at) FROM session")) {
            rs.next();
            String newest = rs.getString(2);
            Optional<Instant> when;
            try {
                when = Optional.ofNullable(newest).map(Instant::parse);
            } catch (DateTimeParseException e) {
                when = Optional.empty(); // shown as a count only; the restore does not depend on it
            }
            return new LogSummary(file, rs.getInt(1), when, version);
        }
    }

    private static boolean hasSessionTable(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'session'")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /** SQLite's online backup of {@code c}'s main database into a new file: one consistent state of it. */
    static void onlineBackup(Connection c, Path to) throws SQLException {
        int rc = c.unwrap(SQLiteConnection.class).getDatabase().backup("main", to.toString(), null);
        if (rc != 0) {
            throw new SQLException("the backup stopped with SQLite result code " + rc, null, rc);
        }
    }

    /**
     * A copy made from a log in WAL mode is marked WAL too, and SQLite would make a -wal and -shm beside it whenever
     * it is opened. Rollback-journal mode makes it one self-contained file; then it is checked.
     */
    private static void makeSingleFile(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            Transactions.execute(c, "PRAGMA journal_mode = DELETE");
            List<String> check = DatabaseHealth.quickCheck(c);
            if (!check.equals(List.of("ok"))) {
                throw new SQLException("the copy did not pass SQLite's check (" + check.get(0) + ")", null,
                        Problems.SQLITE_CORRUPT);
            }
        }
    }

    /** Writes everything in the -wal into the file and empties the -wal, so the file alone is the whole log. */
    private static void checkpoint(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            if (rs.next() && rs.getInt(1) != 0) {
                throw new SQLException("another program is using the log (the checkpoint was blocked)", null,
                        Problems.SQLITE_BUSY);
            }
        }
    }

    private static void deleteWithCompanions(Path file) {
        SafeFiles.deleteQuietly(file);
        for (String suffix : SafeFiles.COMPANIONS) {
            SafeFiles.deleteQuietly(SafeFiles.companion(file, suffix));
        }
    }
}
