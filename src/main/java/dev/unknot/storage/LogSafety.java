package dev.unknot.storage;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Keeping the log safe: what its opening found, backups and restoring one, the CSV export, and closing its files
 * while code Unknot does not control looks into its folder (the work itself is in {@link DataSafety}). Every call
 * returns at once; the work is queued on the log's one thread ({@link LogQueue}).
 */
public final class LogSafety {
    private final LogQueue queue;
    private final SessionLog sessions;

    LogSafety(LogQueue queue, SessionLog sessions) {
        this.queue = queue;
        this.sessions = sessions;
    }

    /** The log file. */
    public Path file() {
        return queue.file();
    }

    /**
     * What opening found: whether an unreadable log was set aside (and a fresh one started in its place), with the
     * newest backup to offer then. Queued behind the opening, so it tells what that opening found.
     */
    public CompletableFuture<OpenReport> openReport() {
        return queue.submit(() -> queue.safety().openReport());
    }

    /** Backs the log up now into {@code backups/} beside it, keeping the newest 7; completes with the new file. */
    public CompletableFuture<Path> backupNow() {
        return queue.submit(() -> queue.safety().backupNow(queue::connection));
    }

    /** Backs up unless a backup is less than 24 hours old by the wall clock or the log holds no session. */
    public CompletableFuture<Optional<Path>> backupIfDue() {
        return queue.submit(() -> queue.safety().backupIfDue(queue::connection));
    }

    /** The backups, newest first. */
    public CompletableFuture<List<BackupFile>> listBackups() {
        return queue.submit(() -> queue.safety().listBackups());
    }

    /** What the log holds now, for the confirmation before a restore. */
    public CompletableFuture<LogSummary> describeCurrent() {
        return queue.submit(() -> queue.safety().describeCurrent(queue::connection));
    }

    /** What a backup holds, read without changing it; fails, in plain words, if it could not be restored. */
    public CompletableFuture<LogSummary> describe(Path backup) {
        Objects.requireNonNull(backup);
        return queue.submit(() -> queue.safety().describe(backup));
    }

    /**
     * Replaces the log's content with a backup's, first keeping the log as it was as
     * {@code <log>.before-restore-<stamp>}, and migrating an older backup. Refused while a session is being recorded.
     */
    public CompletableFuture<RestoreReport> restoreFrom(Path backup) {
        Objects.requireNonNull(backup);
        return queue.submit(() -> queue.safety().restoreFrom(backup, sessions.recording(), queue::connection,
                queue::closeConnection));
    }

    /**
     * Writes every session to {@code unknot-sessions.csv} and {@code unknot-steps.csv} in the folder (made if
     * missing), replacing earlier exports there; see {@link CsvExport}.
     */
    public CompletableFuture<CsvFiles> exportCsv(Path directory) {
        Objects.requireNonNull(directory);
        return queue.submit(() -> {
            CsvExport.Log log = queue.read(c -> Transactions.inDeferred(c,
                    conn -> new CsvExport.Log(SessionTable.all(conn), SelfCheckColumns.answered(conn))));
            return queue.safety().exportCsv(directory, log);
        });
    }

    /**
     * Closes the log's files (what is pending is written first) and keeps them closed until the handed-out handle is
     * closed: every request made meanwhile waits, then runs in order, opening the log again. For code Unknot does
     * not control that may open and close files in the log's folder, such as the system's folder chooser: GTK's
     * opens and reads every file of a folder it lists, to guess its type. On Linux and macOS SQLite's locks are
     * POSIX record locks, which belong to the process and are all dropped when any descriptor the process has on
     * the file is closed; another program that then opened and closed the log would take the log for unused,
     * checkpoint it and delete its -wal and -shm while this connection still wrote into them, and what it wrote
     * after that would be lost in a crash. With the files closed there is no lock to drop.
     *
     * <p>Close the handle in a finally (try-with-resources): until it is closed the log writes nothing.
     * {@link Storage#close()} closes it too.
     */
    public CompletableFuture<FilesClosed> closeFiles() {
        return queue.closeFiles();
    }
}
