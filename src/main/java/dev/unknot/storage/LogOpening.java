package dev.unknot.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How the log's file is opened: made with its folder if missing, set to WAL and full sync, migrated to the newest
 * schema; or, where it may not be written, opened for reading only. Storage thread only.
 */
final class LogOpening {
    private static final System.Logger LOG = System.getLogger(LogOpening.class.getName());

    private final Path dbFile;
    private final ConnectionFactory connections;
    private final WriteAccess writeAccess;
    private boolean saidReadOnly;

    /** An open connection; {@code readOnly} when it was opened for reading as the log could not be written. */
    record Opened(Connection connection, boolean readOnly) {
    }

    LogOpening(Path dbFile, ConnectionFactory connections, WriteAccess writeAccess) {
        this.dbFile = dbFile;
        this.connections = connections;
        this.writeAccess = writeAccess;
    }

    /** Opens the log, for writing if it may be written, else for reading; migrated, or refused as too new. */
    Opened open() throws Exception {
        if (Files.isDirectory(dbFile)) {
            throw new LogProblem("that is a folder, and the log must be a file. Set UNKNOT_DB or --db= to a file, "
                    + "such as " + dbFile.resolve("unknot.db") + ".");
        }
        Path parent = dbFile.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (holdsData() && !writeAccess.canWrite(dbFile)) {
            return new Opened(openReadOnly(), true);
        }
        Connection c = connections.open("jdbc:sqlite:" + dbFile);
        try {
            Transactions.execute(c, "PRAGMA busy_timeout = 5000");
            Transactions.execute(c, "PRAGMA foreign_keys = ON");
            // Refuse a newer file before anything that could change it (switching to WAL rewrites the header).
            Schema.refuseNewer(c);
            String mode = pragma(c, "PRAGMA journal_mode = WAL");
            if (!"wal".equalsIgnoreCase(mode)) {
                LOG.log(System.Logger.Level.WARNING, "The log at " + dbFile + " could not use WAL; journal mode is " + mode);
            }
            Transactions.execute(c, "PRAGMA synchronous = FULL");
            Schema.migrate(c);
            return new Opened(c, false);
        } catch (Exception e) {
            LogQueue.closeQuietly(c);
            throw e;
        }
    }

    private boolean holdsData() {
        try {
            return Files.isRegularFile(dbFile) && Files.size(dbFile) > 0;
        } catch (IOException cannotTell) {
            return false;
        }
    }

    /**
     * A log that cannot be written where it is: opened for reading, so its history shows, while every write fails
     * with SQLITE_READONLY (reported once, like any failure to save; sessions wait in memory). Each write first asks
     * {@link #writeAccess} again, so the log is opened for writing as soon as it may be. On a read-only disk SQLite
     * cannot make the -shm a log in WAL mode needs and will not even read it; opened as immutable it needs none (and
     * reads no -wal, which a read-only disk holds only after a crash, and which the first way reads when it can).
     */
    private Connection openReadOnly() throws Exception {
        String uri = "jdbc:sqlite:" + dbFile.toUri();
        Connection c;
        try {
            c = readable(uri + "?mode=ro");
        } catch (SQLException e) {
            if (Problems.code(e) != Problems.SQLITE_CANTOPEN) {
                throw e;
            }
            c = readable(uri + "?mode=ro&immutable=1");
        }
        if (!saidReadOnly) {
            saidReadOnly = true;
            LOG.log(System.Logger.Level.WARNING, "The log at " + dbFile + " cannot be written; it is open for reading only.");
        }
        return c;
    }

    /** Opened and its schema read, so a file SQLite cannot read fails here; one that needs migrating is refused. */
    private Connection readable(String url) throws Exception {
        Connection c = connections.open(url);
        try {
            Transactions.execute(c, "PRAGMA busy_timeout = 5000");
            Schema.refuseNewer(c);
            if (Schema.userVersion(c) < Schema.LATEST) {
                throw new LogProblem("the file is read-only, and it was written by an older Unknot, so it cannot be "
                        + "brought up to date. Nothing was changed.");
            }
            return c;
        } catch (Exception e) {
            LogQueue.closeQuietly(c);
            throw e;
        }
    }

    private static String pragma(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
