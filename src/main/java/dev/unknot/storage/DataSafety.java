package dev.unknot.storage;


import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What keeps the log from being lost, behind the few hooks in {@link LogQueue} and {@link LogSafety}: the one-window lock and the health
 * check before every opening ({@link InstanceLock}, {@link DatabaseHealth}), backups and restore
 * ({@link Backups}), and the CSV export ({@link CsvExport}). Everything here runs on the storage thread; failures
 * come back as {@link StorageException}s in plain words that name the file.
 */
final class DataSafety implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(DataSafety.class.getName());

    private final Path dbFile;
    private final Clock clock;
    private final Backups backups;
    private InstanceLock lock;
    private OpenReport report;

    DataSafety(Path dbFile, Clock clock) {
        this.dbFile = dbFile.toAbsolutePath();
        this.clock = clock;
        this.backups = new Backups(this.dbFile, clock);
        this.report = OpenReport.fine(this.dbFile);
    }

    /**
     * Before each opening of the log (its folder exists): takes the one-window lock if it is not held yet, then sets
     * an unreadable file aside so a fresh log is made in its place.
     */
    void beforeOpen() throws AlreadyRunningException, IOException {
        if (lock == null) {
            lock = InstanceLock.acquire(dbFile);
        }
        Optional<String> damage = DatabaseHealth.damage(dbFile);
        if (damage.isPresent()) {
            Path aside;
            try {
                aside = DatabaseHealth.setAside(dbFile, clock.instant());
            } catch (IOException e) {
                String what = damage.get().substring(0, damage.get().length() - 1); // without its full stop
                throw new IOException("it cannot be read (" + what + ") and could not be moved aside to start a fresh "
                        + "log: " + e, e);
            }
            LOG.log(System.Logger.Level.WARNING, "The log at " + dbFile + " could not be read (" + damage.get()
                    + "); it was kept as " + aside + " and a new log is started.");
            Optional<BackupFile> newest;
            try {
                newest = backups.list().stream().findFirst();
            } catch (IOException e) {
                newest = Optional.empty();
            }
            report = new OpenReport(dbFile, Optional.of(aside), damage, newest);
        }
    }

    OpenReport openReport() {
        return report;
    }

    Path backupNow(Backups.Opened storage) throws StorageException {
        Connection c = open(storage);
        try {
            return backups.backupNow(c);
        } catch (SQLException | IOException e) {
            throw new StorageException(cannotBackUp(e), e);
        }
    }

    Optional<Path> backupIfDue(Backups.Opened storage) throws StorageException {
        Connection c = open(storage);
        try {
            return backups.backupIfDue(c);
        } catch (SQLException | IOException e) {
            throw new StorageException(cannotBackUp(e), e);
        }
    }

    List<BackupFile> listBackups() throws StorageException {
        try {
            return backups.list();
        } catch (IOException e) {
            throw new StorageException("Unknot cannot list the backups in " + backups.folder() + ": " + why(e), e);
        }
    }

    LogSummary describeCurrent(Backups.Opened storage) throws StorageException {
        Connection c = open(storage);
        try {
            return Backups.summarize(c, dbFile);
        } catch (SQLException e) {
            throw new StorageException(Problems.cannotRead(dbFile, e), e);
        }
    }

    /** What a backup (or any log file) holds, read without changing it. */
    LogSummary describe(Path file) throws StorageException {
        Path path = file.toAbsolutePath();
        try (Connection c = DatabaseHealth.openReadOnly(path)) {
            Optional<String> unusable = Backups.unusable(c);
            if (unusable.isPresent()) {
                throw new StorageException("Unknot cannot use " + path + ": " + unusable.get());
            }
            return Backups.summarize(c, path);
        } catch (SQLException e) {
            throw new StorageException("Unknot cannot read " + path + ": " + why(e), e);
        }
    }

    RestoreReport restoreFrom(Path backup, boolean recording, Backups.Opened storage, Runnable closeConnection)
            throws StorageException {
        if (recording) {
            throw new StorageException("A session is being recorded, so Unknot will not replace your log at " + dbFile
                    + " now. End the session first, then restore. Nothing was changed.");
        }
        try {
            RestoreReport done = backups.restore(backup, storage, closeConnection);
            LOG.log(System.Logger.Level.INFO, done.message());
            return done;
        } catch (Backups.RestoreFailed e) {
            throw new StorageException(e.getMessage(), e.getCause());
        }
    }

    /** Writes the sessions, as Storage loaded them (oldest first), as CSV files into the folder. */
    CsvFiles exportCsv(Path directory, CsvExport.Log log) throws StorageException {
        try {
            return CsvExport.write(directory, log);
        } catch (IOException e) {
            throw new StorageException("Unknot could not export your log to " + directory.toAbsolutePath() + ": "
                    + why(e) + " No half-written file was left.", e);
        }
    }

    /** Releases the one-window lock (after the connection is closed). */
    @Override
    public void close() {
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }

    private Connection open(Backups.Opened storage) throws StorageException {
        try {
            return storage.connection();
        } catch (StorageException e) {
            throw e;
        } catch (Exception e) {
            throw new StorageException(Problems.cannotOpen(dbFile, e), e);
        }
    }

    private String cannotBackUp(Exception e) {
        return "Unknot could not back up your log at " + dbFile + " into " + backups.folder() + ": " + why(e)
                + " Your log itself is unchanged.";
    }

    /** Why, in plain words ending in a full stop; file errors named with their file. */
    static String why(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException denied) {
                return "permission to use " + denied.getFile() + " was denied.";
            }
            if (t instanceof FileSystemException fs) {
                return "the disk reported a problem with " + fs.getFile()
                        + (fs.getReason() != null ? " (" + fs.getReason() + ")." : ".");
            }
            if (t instanceof SQLException) {
                break;
            }
        }
        return Problems.reason(problem);
    }
}
