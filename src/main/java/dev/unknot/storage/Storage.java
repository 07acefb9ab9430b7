package dev.unknot.storage;

import dev.unknot.domain.TargetCatalogue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;

/**
 * The session log: one SQLite file, one thread ("unknot-storage", a daemon) that alone uses it, and the parts of the
 * log the app reaches through it: {@link #sessions()}, {@link #routines()}, {@link #settings()},
 * {@link #episodes()} and {@link #safety()}. Every JDBC call runs on that thread, in submission order; callers get
 * futures back and never wait on the disk. Futures complete on the storage thread, so chain UI work with an
 * executor of your own.
 *
 * <p>Making one is cheap and touches no file: {@link #open()} queues the opening, and everything asked for before
 * it waits behind it, so the app can hand the parts out before its first frame and open the file after it. If the
 * opening fails, {@link #ready()} says why, and every later write and read tries to open the file again first, so a
 * fault fixed while the app runs (a folder made writable, space freed) is picked up without a restart.
 *
 * <p>Write failures go to the {@link StorageStatusListener} once per streak, and a recovery once; failures of the
 * first opening are reported through {@link #ready()} only.
 *
 * <p>Futures fail with a {@link StorageException} when the file cannot be read or written, and with a
 * {@link RefusedException} when the file works but the change cannot be made (nothing is changed then, and the
 * status listener is not told). Values the person gave that break a rule are refused at once, on the caller's
 * thread, with a {@link dev.unknot.domain.ValidationException}.
 */
public final class Storage implements AutoCloseable {
    /** How long {@link #close()} waits for queued writes. */
    static final long CLOSE_WAIT_MILLIS = 5_000;

    private final LogQueue queue;
    private final SessionLog sessions;
    private final RoutineLog routines;
    private final SettingsLog settings;
    private final EpisodeLog episodes;
    private final LogSafety safety;

    /**
     * A log on {@code dbFile}, not opened yet (see {@link #open()}).
     *
     * @param wallClock   the time sessions are logged at
     * @param zone        the person's time zone ({@code ZoneId.systemDefault()} in the app): the days of the
     *                    history are local days here
     * @param catalogue   the targets routines and settings are read with
     * @param writeAccess asked whether an existing log may be written; when it may not, the log is opened for
     *                    reading only ({@link WriteAccess#FILE_SYSTEM} but in tests, which stand in for a read-only
     *                    disk with it)
     */
    public Storage(Path dbFile, Clock wallClock, ZoneId zone, TargetCatalogue catalogue, StorageStatusListener status,
                   WriteAccess writeAccess) {
        this(dbFile, wallClock, zone, catalogue, status, ConnectionFactory.DRIVER_MANAGER, writeAccess);
    }

    Storage(Path dbFile, Clock wallClock, ZoneId zone, TargetCatalogue catalogue, StorageStatusListener status,
            ConnectionFactory connections, WriteAccess writeAccess) {
        queue = new LogQueue(dbFile, wallClock, status, connections, writeAccess);
        sessions = new SessionLog(queue, zone);
        routines = new RoutineLog(queue, catalogue);
        settings = new SettingsLog(queue, catalogue);
        episodes = new EpisodeLog(queue);
        safety = new LogSafety(queue, sessions);
    }

    /**
     * Returns at once; the file is opened (created and migrated as needed) on the storage thread, ahead of everything
     * asked for so far. Calling it again does nothing.
     */
    public Storage open() {
        queue.open();
        return this;
    }

    public Path file() {
        return queue.file();
    }

    /** Completes when the file is open and migrated, or exceptionally with a {@link StorageException}. */
    public CompletableFuture<Void> ready() {
        return queue.ready();
    }

    /** The sessions: recording them, the history, the insights' sessions, deleting and putting back. */
    public SessionLog sessions() {
        return sessions;
    }

    /** The person's own routines and the home screen's choice. */
    public RoutineLog routines() {
        return routines;
    }

    /** What the person has tuned. */
    public SettingsLog settings() {
        return settings;
    }

    /** The spasm record. */
    public EpisodeLog episodes() {
        return episodes;
    }

    /** Backups, restore, the CSV export, what the opening found. */
    public LogSafety safety() {
        return safety;
    }

    /** Completes once everything submitted before it has run. */
    public CompletableFuture<Void> flush() {
        return queue.submit(() -> null);
    }

    /**
     * Writes what is still queued or pending (waiting at most {@value #CLOSE_WAIT_MILLIS} ms), then closes the
     * connection. Later calls fail with a StorageException; later session events are dropped. A log closed before
     * it was opened is opened only if something was asked of it meanwhile.
     */
    @Override
    public void close() {
        close(Duration.ofMillis(CLOSE_WAIT_MILLIS));
    }

    /**
     * As {@link #close()}, waiting at most {@code wait} for what is queued to be written: a hung or broken disk cannot
     * hold the caller longer. Returns false if it gave up waiting (what was still queued is then dropped and its
     * futures fail); true when everything was written, or the log was closed already.
     */
    public boolean close(Duration wait) {
        return queue.close(wait);
    }

    /** Test hook: runs {@code work} with the storage connection on the storage thread, in queue order. */
    <T> CompletableFuture<T> onStorageThread(SqlWork<T> work) {
        return queue.submit(() -> work.run(queue.connection()));
    }

    /** Test hook: how long a failed session write waits before it is tried again on its own. */
    void retryEvery(long millis) {
        queue.retryEvery(millis);
    }
}
