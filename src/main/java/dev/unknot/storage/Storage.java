package dev.unknot.storage;

import dev.unknot.domain.HistoryFilter;
import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.LoggedStep;
import dev.unknot.domain.Note;
import dev.unknot.domain.Pain;
import dev.unknot.domain.Region;
import dev.unknot.domain.Routine;
import dev.unknot.domain.SelfCheck;
import dev.unknot.domain.SessionStatus;
import dev.unknot.domain.SessionSummary;
import dev.unknot.domain.Settings;
import dev.unknot.domain.SpasmEpisode;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.ValidationException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The session log: the single owner of the SQLite connection and of the one thread ("unknot-storage", a daemon)
 * that uses it. Every JDBC call runs on that thread, in submission order; callers get futures back and never wait
 * on the disk. Futures complete on the storage thread, so chain UI work with an executor of your own.
 *
 * <p>Opening happens on the storage thread. If it fails, {@link #ready()} says why, and every later write and read
 * tries to open the file again first, so a fault fixed while the app runs (a folder made writable, space freed)
 * is picked up without a restart.
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
    static final String THREAD_NAME = "unknot-storage";

    private static final System.Logger LOG = System.getLogger(Storage.class.getName());
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path dbFile;
    private final Clock wallClock;
    /** The person's time zone: history days are local days here. */
    private final ZoneId zone;
    private final StorageStatusListener status;
    private final ConnectionFactory connections;
    private final WriteAccess writeAccess;
    private final ThreadPoolExecutor executor;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Handed out by {@link #closeFiles()} and not yet closed: {@link #close()} closes them so the queue drains. */
    private final Set<FilesClosed> filesClosed = ConcurrentHashMap.newKeySet();
    private volatile Thread storageThread;

    // The rest belongs to the storage thread.
    private Connection connection;
    /** What loadAll read last (storage thread only); null: read the log again. */
    private LoadedLog loaded;
    private boolean failing;
    /** The connection was opened for reading only, as the log could not be written then. */
    private boolean readOnly;
    private boolean saidReadOnly;
    private boolean shutDown;
    /** Recorders with a state still to write or a session still running, in the order they were made. */
    private final Set<SessionRecorder> recorders = new LinkedHashSet<>();
    /**
     * While a session's state cannot be written, wakes the storage thread to try again: a session that ends while the
     * log is locked or read-only has no later event to carry its end, and the app may stay open for hours.
     */
    private final java.util.concurrent.ScheduledExecutorService retryTimer =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, THREAD_NAME + "-retry");
                t.setDaemon(true);
                return t;
            });
    /** Storage thread only. */
    private boolean retryScheduled;
    private volatile long retryMillis = DEFAULT_RETRY_MILLIS;
    static final long DEFAULT_RETRY_MILLIS = 5_000;

    private Storage(Path dbFile, Clock wallClock, ZoneId zone, StorageStatusListener status,
                    ConnectionFactory connections, WriteAccess writeAccess) {
        this.dbFile = dbFile.toAbsolutePath();
        this.wallClock = Objects.requireNonNull(wallClock);
        this.zone = Objects.requireNonNull(zone);
        this.status = Objects.requireNonNull(status);
        this.connections = Objects.requireNonNull(connections);
        this.writeAccess = Objects.requireNonNull(writeAccess);
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, THREAD_NAME);
            t.setDaemon(true);
            storageThread = t;
            return t;
        });
    }

    /**
     * Returns at once; the file is opened (created and migrated as needed) on the storage thread.
     *
     * @param wallClock the time sessions are logged at
     * @param zone      the person's time zone ({@code ZoneId.systemDefault()} in the app): the days of
     *                  {@link #history(HistoryFilter)} are local days here
     */
    public static Storage open(Path dbFile, Clock wallClock, ZoneId zone, StorageStatusListener status) {
        return open(dbFile, wallClock, zone, status, WriteAccess.FILE_SYSTEM);
    }

    /**
     * As {@link #open(Path, Clock, ZoneId, StorageStatusListener)}, asking {@code writeAccess} whether an existing log
     * may be written; when it may not, the log is opened for reading only (tests stand in for a read-only disk).
     */
    public static Storage open(Path dbFile, Clock wallClock, ZoneId zone, StorageStatusListener status,
                               WriteAccess writeAccess) {
        return open(dbFile, wallClock, zone, status, ConnectionFactory.DRIVER_MANAGER, writeAccess);
    }

    /**
     * As {@link #open(Path, Clock, ZoneId, StorageStatusListener)} with the clock's zone. Beware: that is UTC for
     * {@code Clock.systemUTC()}, so history days would be UTC days; the app passes its zone explicitly.
     */
    public static Storage open(Path dbFile, Clock wallClock, StorageStatusListener status) {
        return open(dbFile, wallClock, wallClock.getZone(), status);
    }

    static Storage open(Path dbFile, Clock wallClock, StorageStatusListener status, ConnectionFactory connections) {
        return open(dbFile, wallClock, wallClock.getZone(), status, connections, WriteAccess.FILE_SYSTEM);
    }

    static Storage open(Path dbFile, Clock wallClock, StorageStatusListener status, ConnectionFactory connections,
                        WriteAccess writeAccess) {
        return open(dbFile, wallClock, wallClock.getZone(), status, connections, writeAccess);
    }

    static Storage open(Path dbFile, Clock wallClock, ZoneId zone, StorageStatusListener status,
                        ConnectionFactory connections, WriteAccess writeAccess) {
        Storage storage = new Storage(dbFile, wallClock, zone, status, connections, writeAccess);
        storage.enqueue(() -> {
            try {
                storage.connection();
                storage.ready.complete(null);
            } catch (Exception e) {
                storage.ready.completeExceptionally(new StorageException(Problems.cannotOpen(storage.dbFile, e), e));
            }
        }, null);
        return storage;
    }

    public Path file() {
        return dbFile;
    }

    /** Completes when the file is open and migrated, or exceptionally with a {@link StorageException}. */
    public CompletableFuture<Void> ready() {
        return ready;
    }

    /** A listener that logs one session, not rated for pain; give each session its own. */
    public SessionRecorder newSessionRecorder() {
        return newSessionRecorder(OptionalInt.empty());
    }

    /**
     * A listener that logs one session with the pain rated before it (0–10, written with the session's row); give
     * each session its own.
     *
     * @throws dev.unknot.domain.ValidationException if the rating is outside 0–10
     */
    public SessionRecorder newSessionRecorder(OptionalInt painBefore) {
        Objects.requireNonNull(painBefore, "painBefore is OptionalInt.empty() when not rated, never null");
        painBefore.ifPresent(Pain::requireScore);
        return new SessionRecorder(this, painBefore);
    }

    /**
     * Keeps the pain rated after a session and the person's note (stripped of surrounding white space; empty for
     * none), replacing what was kept before. Fails with a {@link RefusedException} if the session is no longer in
     * the log.
     *
     * @throws dev.unknot.domain.ValidationException at once if the rating is outside 0–10 or the note is longer
     *                                               than {@value Note#MAX_LENGTH} characters
     */
    public CompletableFuture<Void> saveReflection(long sessionId, OptionalInt painAfter, String note) {
        Objects.requireNonNull(painAfter, "painAfter is OptionalInt.empty() when not rated, never null");
        painAfter.ifPresent(Pain::requireScore);
        String kept = Note.clean(note);
        return submit(() -> write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE session SET pain_after = ?, note = ? WHERE id = ?")) {
                setOptionalInt(ps, 1, painAfter);
                ps.setString(2, kept);
                ps.setLong(3, sessionId);
                if (ps.executeUpdate() == 0) {
                    throw new RefusedException("This session is no longer in the log (it may have been deleted), "
                            + "so the pain rating and note were not saved.");
                }
            }
            return null;
        }, false));
    }

    /**
     * Sessions left 'running' by an earlier run that stopped without ending them (a crash, a power cut) become
     * 'interrupted', ended at their last checkpoint, with the time they had. Sessions being recorded by this
     * Storage are left alone. Completes with how many were changed.
     */
    public CompletableFuture<Integer> markRunningAsInterrupted() {
        return submit(() -> {
            writePending();
            List<Long> live = recorders.stream().filter(SessionRecorder::isLive).map(SessionRecorder::rowId).toList();
            StringJoiner keep = new StringJoiner(", ", " AND id NOT IN (", ")").setEmptyValue("");
            live.forEach(id -> keep.add("?"));
            String running = "WHERE status = 'running'" + keep;
            // Looked for first: nearly every start finds none, and a log that can only be read then starts quietly.
            if (read(c -> withIds(c, "SELECT count(*) FROM session " + running, live, ps -> {
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            })) == 0) {
                return 0;
            }
            return write(c -> withIds(c, "UPDATE session SET status = 'interrupted', ended_at = updated_at " + running,
                    live, PreparedStatement::executeUpdate), false);
        });
    }

    /** One use of a prepared statement. */
    @FunctionalInterface
    private interface Use<T> {
        T run(PreparedStatement ps) throws SQLException;
    }

    /** Runs {@code sql} with the ids as its parameters, in order. */
    private static <T> T withIds(Connection c, String sql, List<Long> ids, Use<T> run) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 1, ids.get(i));
            }
            return run.run(ps);
        }
    }

    /** One session with its steps, or empty if there is none with this id. */
    public CompletableFuture<Optional<LoggedSession>> find(long id) {
        return submit(() -> read(c -> Transactions.inDeferred(c, conn -> findIn(conn, id))));
    }

    /** The newest {@code limit} sessions, newest first, each with its steps. */
    public CompletableFuture<List<LoggedSession>> recent(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return submit(() -> read(c -> Transactions.inDeferred(c,
                conn -> load(conn, "ORDER BY started_at DESC, id DESC LIMIT ?", limit))));
    }

    /**
     * The history's lines, newest first, with each session's seconds summed but without its steps (open one with
     * {@link #find(long)}). Days are local days in this Storage's zone, both ends included.
     */
    public CompletableFuture<List<SessionSummary>> history(HistoryFilter filter) {
        HistoryQuery query = HistoryQuery.of(Objects.requireNonNull(filter), zone);
        return submit(() -> read(query::run));
    }

    /** Every session with its steps, oldest first (by start, then id): what the insights are computed from. */
    public CompletableFuture<List<LoggedSession>> loadAll() {
        return submit(() -> read(c -> {
            if (loaded != null && loaded.isCurrent(c)) {
                if (!loaded.stale().isEmpty()) {
                    LoadedLog before = loaded;
                    loaded = null;
                    loaded = Transactions.inDeferred(c, tx -> {
                        Map<Long, Optional<LoggedSession>> now = new HashMap<>();
                        for (long id : before.stale()) {
                            now.put(id, findIn(tx, id));
                        }
                        return before.with(tx, now);
                    });
                }
                return loaded.sessions();
            }
            loaded = null;
            return Transactions.inDeferred(c, tx -> {
                LoadedLog log = new LoadedLog(tx, LoadedLog.Mark.of(tx), loadAllIn(tx));
                loaded = log;
                return log.sessions();
            });
        }));
    }

    /**
     * Deletes a session and its steps, in one transaction, and completes with what was deleted (steps, ratings and
     * note included) so it can be put back with {@link #undelete(LoggedSession)}. Fails with a
     * {@link RefusedException}, deleting nothing, if the session is being recorded right now (or is still marked
     * running) or is not in the log.
     */
    public CompletableFuture<LoggedSession> delete(long id) {
        return submit(() -> {
            if (recorders.stream().anyMatch(r -> r.isLive() && r.rowId() == id)) {
                throw new RefusedException("This session is still being recorded, so it cannot be deleted. "
                        + "End it first; then it can be deleted.");
            }
            Deleted deleted = write(c -> {
                LoggedSession gone = findIn(c, id).orElseThrow(() -> new RefusedException(
                        "This session is no longer in the log; it may have been deleted already."));
                if (gone.status() == SessionStatus.RUNNING) {
                    // Not this run's (checked above): another run's that crashed, not yet marked interrupted.
                    throw new RefusedException("This session is still marked as running, so it was not deleted. "
                            + "Unknot marks it as interrupted the next time it starts; it can be deleted then.");
                }
                try (PreparedStatement steps = c.prepareStatement("DELETE FROM session_step WHERE session_id = ?");
                     PreparedStatement session = c.prepareStatement("DELETE FROM session WHERE id = ?")) {
                    steps.setLong(1, id);
                    steps.executeUpdate();
                    SelfCheck check = SelfCheckColumns.load(c, id);
                    session.setLong(1, id);
                    session.executeUpdate();
                    return new Deleted(gone, check);
                }
            }, false);
            if (!deleted.selfCheck().equals(SelfCheck.UNANSWERED)) {
                deletedSelfChecks.put(deleted.session(), deleted.selfCheck());
            }
            return deleted.session();
        });
    }

    private record Deleted(LoggedSession session, SelfCheck selfCheck) {
    }

    /** How many deleted sessions' self-checks are kept for {@link #undelete} (LoggedSession has no place for them). */
    private static final int DELETED_SELF_CHECKS_KEPT = 32;

    /** Storage thread only: the self-checks of the latest deleted sessions, by what {@link #delete} returned. */
    private final Map<LoggedSession, SelfCheck> deletedSelfChecks = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LoggedSession, SelfCheck> eldest) {
            return size() > DELETED_SELF_CHECKS_KEPT;
        }
    };

    /**
     * Puts back a session that {@link #delete(long)} returned: its steps, ratings, note and self-check, every column
     * as it was ({@code updated_at}, not part of a LoggedSession, is its end time, which it always equals once a
     * session has ended), under the same id, or a new one if a later session has taken it. Fails with a
     * {@link RefusedException}, changing nothing, if the session is already back.
     *
     * @throws IllegalArgumentException at once for a running session (delete never returns one)
     */
    public CompletableFuture<Void> undelete(LoggedSession deleted) {
        Objects.requireNonNull(deleted);
        if (deleted.endedAt().isEmpty()) {
            throw new IllegalArgumentException("only an ended session can be put back; session " + deleted.id()
                    + " has no end");
        }
        return submit(() -> {
            SelfCheck check = deletedSelfChecks.getOrDefault(deleted, SelfCheck.UNANSWERED);
            write(c -> putBack(c, deleted, check), false);
            deletedSelfChecks.remove(deleted);
            return null;
        });
    }

    private static Void putBack(Connection c, LoggedSession deleted, SelfCheck check) throws SQLException {
        LoggedSession back = deleted;
        try (PreparedStatement taken = c.prepareStatement("SELECT started_at FROM session WHERE id = ?")) {
            taken.setLong(1, deleted.id());
            try (ResultSet rs = taken.executeQuery()) {
                if (rs.next()) {
                    if (timestamp(deleted.startedAt()).equals(rs.getString(1))) {
                        throw new RefusedException("This session is already back in the log.");
                    }
                    // SQLite hands the highest free id out again, so a session recorded after the delete may
                    // hold it now; the id means nothing to the person, so the deleted one comes back under a new one.
                    back = withId(deleted, nextSessionId(c));
                }
            }
        }
        insert(c, back);
        if (!check.equals(SelfCheck.UNANSWERED)) {
            SelfCheckColumns.save(c, back.id(), check);
        }
        return null;
    }

    private static long nextSessionId(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM session")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static LoggedSession withId(LoggedSession s, long id) {
        return new LoggedSession(id, s.startedAt(), s.endedAt(), s.routineId(), s.routineName(), s.status(), s.steps(),
                s.painBefore(), s.painAfter(), s.note());
    }

    /** Completes once everything submitted before it has run. */
    public CompletableFuture<Void> flush() {
        return submit(() -> null);
    }

    /**
     * Writes what is still queued or pending (waiting at most {@value #CLOSE_WAIT_MILLIS} ms), then closes the
     * connection. Later calls fail with a StorageException; later session events are dropped.
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
        if (!closed.compareAndSet(false, true)) {
            return true;
        }
        try {
            enqueue(() -> {
                writePending();
                shutDown = true;
                closeConnection();
                safety().close(); // lets another window open the log
            }, null);
        } catch (RejectedExecutionException alreadyShut) {
            // nothing to drain
        }
        filesClosed.forEach(FilesClosed::close); // a chooser still open must not hold up the closing
        executor.shutdown();
        retryTimer.shutdownNow();
        if (Thread.currentThread() == storageThread) {
            return true; // called from a callback on the storage thread: the queue drains after we return
        }
        boolean interrupted = false;
        boolean drained = false;
        try {
            drained = executor.awaitTermination(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (!drained) {
            LOG.log(System.Logger.Level.WARNING, "The log at " + dbFile + " did not finish writing within "
                    + wait.toMillis() + " ms; giving up on what is still queued.");
            for (Runnable dropped : executor.shutdownNow()) {
                if (dropped instanceof Task task) {
                    task.abandon(closedException());
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return drained;
    }

    // ---- settings, the person's own routines, spasm episodes, the self-check (schema 3) ---------------

    /**
     * What the person has tuned. A setting never saved reads as its default ({@link Settings#defaults}); a stored
     * value this version cannot use (out of range, not a number, for a target it does not know) is logged and read
     * as its default too, so the rest still loads.
     */
    public CompletableFuture<Settings> loadSettings(TargetCatalogue catalogue) {
        Objects.requireNonNull(catalogue);
        return submit(() -> read(c -> Transactions.inDeferred(c, conn -> SettingsTable.load(conn, catalogue))));
    }

    /**
     * Keeps every setting in one transaction, replacing what was kept; a target missing from the minutes map goes
     * back to its default. The selected routine is not a setting here and is left alone.
     */
    public CompletableFuture<Void> saveSettings(Settings settings) {
        Objects.requireNonNull(settings);
        return submit(() -> write(c -> {
            SettingsTable.save(c, settings);
            return null;
        }, false));
    }

    /**
     * The person's own routines (never the built-in ones), in their saved order. A step whose target, tool or sides
     * this version does not know is left out (logged) rather than failing the routine; a routine left with no step
     * is left out.
     */
    public CompletableFuture<List<Routine>> loadRoutines(TargetCatalogue catalogue) {
        Objects.requireNonNull(catalogue);
        return submit(() -> read(c -> Transactions.inDeferred(c, conn -> RoutineTables.load(conn, catalogue))));
    }

    /**
     * Saves one of the person's routines, in one transaction: a new id goes last in the order; a saved id has its
     * name and all its steps replaced, keeping its place. Fails with a {@link RefusedException}, changing nothing,
     * for a built-in routine or when another routine (a built-in one too) has the name, whatever the capitals.
     */
    public CompletableFuture<Void> saveRoutine(Routine routine) {
        Objects.requireNonNull(routine);
        return submit(() -> {
            if (routine.builtIn() || RoutineTables.isBuiltIn(routine.id())) {
                throw RoutineTables.builtInRefused("saved");
            }
            return write(c -> {
                RoutineTables.save(c, routine, now());
                return null;
            }, false);
        });
    }

    /**
     * Renames one of the person's routines. Fails with a {@link RefusedException} for a built-in routine, one no
     * longer saved, or a name another routine has, whatever the capitals.
     *
     * @throws dev.unknot.domain.ValidationException at once for an empty name
     */
    public CompletableFuture<Void> renameRoutine(String id, String newName) {
        Objects.requireNonNull(id);
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty()) {
            throw new ValidationException("A routine needs a name.");
        }
        return submit(() -> {
            if (RoutineTables.isBuiltIn(id)) {
                throw RoutineTables.builtInRefused("renamed");
            }
            return write(c -> {
                RoutineTables.rename(c, id, name);
                return null;
            }, false);
        });
    }

    /**
     * Deletes one of the person's routines and its steps, in one transaction; if it was the selected routine, the
     * selection is forgotten too. Sessions done with it keep its name. Fails with a {@link RefusedException} for a
     * built-in routine or one no longer saved.
     */
    public CompletableFuture<Void> deleteRoutine(String id) {
        Objects.requireNonNull(id);
        return submit(() -> {
            if (RoutineTables.isBuiltIn(id)) {
                throw RoutineTables.builtInRefused("deleted");
            }
            return write(c -> {
                RoutineTables.delete(c, id);
                SettingsTable.forgetSelectedRoutine(c, id);
                return null;
            }, false);
        });
    }

    /**
     * Puts the person's routines in this order: the ids given first, then any not given in the order they had.
     * Ids not saved (built-in ones, deleted ones) are ignored.
     */
    public CompletableFuture<Void> reorderRoutines(List<String> idsInOrder) {
        List<String> ids = List.copyOf(idsInOrder);
        return submit(() -> write(c -> {
            RoutineTables.reorder(c, ids);
            return null;
        }, false));
    }

    /** Remembers the routine chosen on the home screen (built-in or the person's own) for the next start. */
    public CompletableFuture<Void> saveSelectedRoutine(String id) {
        Objects.requireNonNull(id);
        return submit(() -> write(c -> {
            SettingsTable.saveSelectedRoutine(c, id);
            return null;
        }, false));
    }

    /**
     * The routine id chosen on the home screen, if one was remembered. It is not checked against the routines: a
     * caller falls back to the default routine when it names none it knows.
     */
    public CompletableFuture<Optional<String>> loadSelectedRoutine() {
        return submit(() -> read(SettingsTable::selectedRoutine));
    }

    /**
     * Logs "I have a spasm now" and completes with the episode as kept: its new id, the onset to the millisecond.
     *
     * @throws dev.unknot.domain.ValidationException at once if the severity is outside 0–10
     */
    public CompletableFuture<SpasmEpisode> recordEpisode(Instant onset, Region region, int severity) {
        SpasmEpisode episode = new SpasmEpisode(0, onset.truncatedTo(ChronoUnit.MILLIS), region, severity,
                Optional.empty());
        return submit(() -> write(c -> {
            long id = EpisodeTable.insert(c, episode);
            return new SpasmEpisode(id, episode.onset(), episode.region(), episode.severity(), episode.relievedAt());
        }, false));
    }

    /**
     * Marks an episode relieved at {@code at}, replacing an earlier time. Fails with a {@link RefusedException},
     * changing nothing, if the episode is not in the log or began after {@code at}.
     */
    public CompletableFuture<Void> markRelieved(long id, Instant at) {
        Instant when = at.truncatedTo(ChronoUnit.MILLIS);
        return submit(() -> write(c -> {
            EpisodeTable.markRelieved(c, id, when);
            return null;
        }, false));
    }

    /** Undoes {@link #markRelieved}: the episode goes on again. */
    public CompletableFuture<Void> markOngoing(long id) {
        return submit(() -> write(c -> {
            EpisodeTable.markOngoing(c, id);
            return null;
        }, false));
    }

    /** Every spasm episode, newest onset first. */
    public CompletableFuture<List<SpasmEpisode>> episodes() {
        return submit(() -> read(EpisodeTable::all));
    }

    /** The newest episode not yet marked relieved, if any. */
    public CompletableFuture<Optional<SpasmEpisode>> currentEpisode() {
        return submit(() -> read(EpisodeTable::current));
    }

    /**
     * Keeps the self-check answered after a session, replacing earlier answers. Fails with a
     * {@link RefusedException} if the session is no longer in the log.
     */
    public CompletableFuture<Void> saveSelfCheck(long sessionId, SelfCheck check) {
        Objects.requireNonNull(check);
        return submit(() -> write(c -> {
            if (!SelfCheckColumns.save(c, sessionId, check)) {
                throw new RefusedException("This session is no longer in the log (it may have been deleted), "
                        + "so the self-check was not saved.");
            }
            return null;
        }, false));
    }

    /** A session's self-check; nothing answered for a session not answered, or not in the log. */
    public CompletableFuture<SelfCheck> selfCheck(long sessionId) {
        return submit(() -> read(c -> SelfCheckColumns.load(c, sessionId)));
    }

    // ---- data safety: backups, restore, CSV export, what the opening found (all in DataSafety) -----------

    /**
     * What opening found: whether an unreadable log was set aside (and a fresh one started in its place), with the
     * newest backup to offer then. Queued behind the opening, so it tells what that opening found.
     */
    public CompletableFuture<OpenReport> openReport() {
        return submit(() -> safety().openReport());
    }

    /** Backs the log up now into {@code backups/} beside it, keeping the newest 7; completes with the new file. */
    public CompletableFuture<Path> backupNow() {
        return submit(() -> safety().backupNow(this::connection));
    }

    /** Backs up unless a backup is less than 24 hours old by the wall clock or the log holds no session. */
    public CompletableFuture<Optional<Path>> backupIfDue() {
        return submit(() -> safety().backupIfDue(this::connection));
    }

    /** The backups, newest first. */
    public CompletableFuture<List<BackupFile>> listBackups() {
        return submit(() -> safety().listBackups());
    }

    /** What the log holds now, for the confirmation before a restore. */
    public CompletableFuture<LogSummary> describeCurrent() {
        return submit(() -> safety().describeCurrent(this::connection));
    }

    /** What a backup holds, read without changing it; fails, in plain words, if it could not be restored. */
    public CompletableFuture<LogSummary> describe(Path backup) {
        Objects.requireNonNull(backup);
        return submit(() -> safety().describe(backup));
    }

    /**
     * Replaces the log's content with a backup's, first keeping the log as it was as
     * {@code <log>.before-restore-<stamp>}, and migrating an older backup. Refused while a session is being recorded.
     */
    public CompletableFuture<RestoreReport> restoreFrom(Path backup) {
        Objects.requireNonNull(backup);
        return submit(() -> safety().restoreFrom(backup, !recorders.isEmpty(), this::connection, this::closeConnection));
    }

    /**
     * Writes every session to {@code unknot-sessions.csv} and {@code unknot-steps.csv} in the folder (made if
     * missing), replacing earlier exports there; see {@link CsvExport}.
     */
    public CompletableFuture<CsvFiles> exportCsv(Path directory) {
        Objects.requireNonNull(directory);
        return submit(() -> {
            CsvExport.Log log = read(c -> Transactions.inDeferred(c,
                    conn -> new CsvExport.Log(loadAllIn(conn), SelfCheckColumns.answered(conn))));
            return safety().exportCsv(directory, log);
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
     * {@link #close()} closes it too.
     */
    public CompletableFuture<FilesClosed> closeFiles() {
        FilesClosed handle = new FilesClosed();
        CompletableFuture<FilesClosed> future = new CompletableFuture<>();
        try {
            enqueue(() -> {
                writePending();
                closeConnection();
                filesClosed.add(handle);
                if (closed.get()) {
                    handle.close(); // closing began: nothing may hold the queue now
                }
                future.complete(handle);
                handle.awaitRelease();
                filesClosed.remove(handle);
            }, future);
        } catch (RejectedExecutionException e) {
            future.completeExceptionally(closedException());
        }
        return future;
    }

    /** Storage thread only. */
    private DataSafety safety;

    private DataSafety safety() {
        if (safety == null) {
            safety = new DataSafety(dbFile, wallClock);
        }
        return safety;
    }

    // ---- end of data safety ------------------------------------------------------------------------------

    // ---- package-private: the recorder and tests ------------------------------------------------------

    Instant now() {
        return wallClock.instant();
    }

    /** Queues a recorder event; the event updates the recorder's pending state, then everything pending is written. */
    void recordEvent(SessionRecorder recorder, Runnable acceptOnStorageThread) {
        try {
            enqueue(() -> {
                acceptOnStorageThread.run();
                recorders.add(recorder);
                writePending();
            }, null);
        } catch (RejectedExecutionException closedAlready) {
            LOG.log(System.Logger.Level.WARNING, "A session event came after the log was closed; it was not saved.");
        }
    }

    /** Test hook: runs {@code work} with the storage connection on the storage thread, in queue order. */
    <T> CompletableFuture<T> onStorageThread(SqlWork<T> work) {
        return submit(() -> work.run(connection()));
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * Reads a timestamp the log holds. The log's own format ({@link #timestamp}) is read directly, four times faster
     * than {@link Instant#parse}, which matters when ten years of history load; anything else goes to Instant.parse.
     */
    static Instant instant(String text) {
        if (text.length() == 24 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == '.'
                && text.charAt(23) == 'Z' && digits(text, 0, 4) && digits(text, 5, 7) && digits(text, 8, 10)
                && digits(text, 11, 13) && digits(text, 14, 16) && digits(text, 17, 19) && digits(text, 20, 23)) {
            try {
                return LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
                        number(text, 11, 13), number(text, 14, 16), number(text, 17, 19),
                        number(text, 20, 23) * 1_000_000).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException outOfRange) {
                // fall through: Instant.parse says what is wrong
            }
        }
        return Instant.parse(text);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }

    /** An INTEGER column that may be NULL. */
    static OptionalInt optionalInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    static void setOptionalInt(PreparedStatement ps, int index, OptionalInt value) throws SQLException {
        if (value.isPresent()) {
            ps.setInt(index, value.getAsInt());
        } else {
            ps.setNull(index, Types.INTEGER);
        }
    }

    // ---- storage thread ------------------------------------------------------------------------------

    /** Opens (and migrates) the file if it is not open. */
    private Connection connection() throws Exception {
        if (shutDown) {
            throw closedException();
        }
        if (connection == null) {
            connection = openAndMigrate();
        }
        return connection;
    }

    private Connection openAndMigrate() throws Exception {
        if (Files.isDirectory(dbFile)) {
            throw new LogProblem("that is a folder, and the log must be a file. Set UNKNOT_DB or --db= to a file, "
                    + "such as " + dbFile.resolve("unknot.db") + ".");
        }
        Path parent = dbFile.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        safety().beforeOpen(); // one window per log, then an unreadable file is set aside (DataSafety)
        if (holdsData() && !writeAccess.canWrite(dbFile)) {
            Connection c = openReadOnly();
            readOnly = true;
            return c;
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
            return c;
        } catch (Exception e) {
            closeQuietly(c);
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
            closeQuietly(c);
            throw e;
        }
    }

    private static String pragma(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** One write transaction, with the failure streak kept and reported. */
    private <T> T write(SqlWork<T> work, boolean duringSession) throws StorageException {
        try {
            if (readOnly && writeAccess.canWrite(dbFile)) {
                closeConnection(); // it may be written now: open it for writing
            }
            T result = Transactions.inImmediate(connection(), work);
            if (failing) {
                failing = false;
                tell(StorageStatusListener::writeRecovered);
            }
            return result;
        } catch (RefusedException e) {
            throw e; // the file works; the transaction was rolled back and there is nothing to report or retry
        } catch (Exception e) {
            afterFailure(e);
            String message = Problems.cannotSave(dbFile, e, duringSession);
            if (!failing) {
                failing = true;
                tell(l -> l.writeFailed(message));
            }
            throw new StorageException(message, e);
        }
    }

    private <T> T read(SqlWork<T> work) throws StorageException {
        try {
            return work.run(connection());
        } catch (Exception e) {
            afterFailure(e);
            throw new StorageException(Problems.cannotRead(dbFile, e), e);
        }
    }

    /** Writes every recorder's latest pending state, oldest recorder first; stops at the first failure. */
    private void writePending() {
        for (SessionRecorder recorder : List.copyOf(recorders)) {
            if (recorder.hasPending()) {
                try {
                    boolean loadedWasCurrent = loadedIsCurrent();
                    long id = write(recorder::write, true);
                    recorder.written(id);
                    if (loadedWasCurrent) {
                        refreshLoaded(id);
                    }
                } catch (StorageException e) {
                    scheduleRetry();
                    return; // reported; the state stays pending for the next event or the retry
                }
            }
            if (recorder.isDone()) {
                recorders.remove(recorder);
            }
        }
    }

    private boolean loadedIsCurrent() {
        try {
            return loaded != null && connection != null && loaded.isCurrent(connection);
        } catch (SQLException e) {
            loaded = null;
            return false;
        }
    }

    /** After a checkpoint of session {@code id}: what loadAll read last is current again but for that session. */
    private void refreshLoaded(long id) {
        try {
            LoadedLog before = loaded;
            loaded = read(c -> before.staleAfterWrite(c, id));
        } catch (StorageException e) {
            loaded = null; // the next loadAll reads the whole log
        }
    }

    /** Asks for one more try at the pending writes after {@link #retryMillis}, unless one is asked for already. */
    private void scheduleRetry() {
        if (retryScheduled || shutDown) {
            return;
        }
        retryScheduled = true;
        try {
            retryTimer.schedule(() -> {
                try {
                    enqueue(() -> {
                        retryScheduled = false;
                        if (!shutDown) {
                            writePending();
                        }
                    }, null);
                } catch (RejectedExecutionException closed) {
                    // closing wrote what it could
                }
            }, retryMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            retryScheduled = false;
        }
    }

    /** Test hook: how long a failed session write waits before it is tried again on its own. */
    void retryEvery(long millis) {
        retryMillis = millis;
    }

    private void afterFailure(Exception e) {
        // A connection opened for reading on purpose is kept through the refusals it was opened for; write() asks
        // before each write whether the log may be written again.
        if (connection != null && Problems.needsReopen(e) && !(readOnly && Problems.isReadOnly(e))) {
            closeConnection();
        }
    }

    private void closeConnection() {
        if (connection != null) {
            closeQuietly(connection);
            connection = null;
            readOnly = false;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the log connection failed", e);
        }
    }

    private void tell(java.util.function.Consumer<StorageStatusListener> call) {
        try {
            call.accept(status);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The storage status listener failed", e);
        }
    }

    private static final String SESSION_COLUMNS =
            "id, started_at, ended_at, routine_id, routine, status, pain_before, pain_after, note";
    private static final String STEP_COLUMNS =
            "session_id, position, target, tool, side, planned_seconds, done_seconds";

    private static Optional<LoggedSession> findIn(Connection c, long id) throws SQLException {
        List<LoggedSession> found = load(c, "WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * The sessions {@code whereOrder} selects, in its order, with their steps; in the caller's transaction, so both
     * queries see one state of the file. {@code whereOrder} has one parameter.
     */
    private static List<LoggedSession> load(Connection c, String whereOrder, Object parameter) throws SQLException {
        Map<Long, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SESSION_COLUMNS + " FROM session " + whereOrder)) {
            ps.setObject(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row row = Row.of(rs);
                    rows.put(row.id(), row);
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + STEP_COLUMNS + " FROM session_step "
                + "WHERE session_id IN (SELECT id FROM session " + whereOrder + ") ORDER BY session_id, position")) {
            ps.setObject(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row row = rows.get(rs.getLong(1));
                    if (row != null) {
                        row.steps().add(step(rs));
                    }
                }
            }
        }
        List<LoggedSession> sessions = new ArrayList<>(rows.size());
        for (Row row : rows.values()) {
            sessions.add(row.toSession());
        }
        return sessions;
    }

    /**
     * Every session, oldest first, with its steps: the sessions and the steps each in id order, merged in one pass
     * (two queries for the whole log, whatever its size), then put in start order.
     */
    private static List<LoggedSession> loadAllIn(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + SESSION_COLUMNS + " FROM session ORDER BY id")) {
            while (rs.next()) {
                rows.add(Row.of(rs));
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT " + STEP_COLUMNS + " FROM session_step ORDER BY session_id, position")) {
            int i = 0;
            while (rs.next()) {
                long sessionId = rs.getLong(1);
                while (i < rows.size() && rows.get(i).id() < sessionId) {
                    i++;
                }
                if (i < rows.size() && rows.get(i).id() == sessionId) {
                    rows.get(i).steps().add(step(rs));
                } // else a step without its session (the foreign key was off when it was written): skipped
            }
        }
        List<LoggedSession> sessions = new ArrayList<>(rows.size());
        for (Row row : rows) {
            sessions.add(row.toSession());
        }
        sessions.sort(Comparator.comparing(LoggedSession::startedAt).thenComparingLong(LoggedSession::id));
        return sessions;
    }

    private static LoggedStep step(ResultSet rs) throws SQLException {
        return new LoggedStep(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.getInt(7));
    }

    /** Writes a whole session, its id included, as it was; the id must be free. */
    private static void insert(Connection c, LoggedSession s) throws SQLException {
        String endedAt = s.endedAt().map(Storage::timestamp).orElse(null);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO session (id, started_at, ended_at, updated_at, "
                + "routine, routine_id, status, pain_before, pain_after, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, s.id());
            ps.setString(2, timestamp(s.startedAt()));
            ps.setString(3, endedAt);
            ps.setString(4, endedAt != null ? endedAt : timestamp(s.startedAt()));
            ps.setString(5, s.routineName());
            ps.setString(6, s.routineId());
            ps.setString(7, s.status().id());
            setOptionalInt(ps, 8, s.painBefore());
            setOptionalInt(ps, 9, s.painAfter());
            ps.setString(10, s.note());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO session_step (" + STEP_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (LoggedStep step : s.steps()) {
                ps.setLong(1, s.id());
                ps.setInt(2, step.position());
                ps.setString(3, step.targetId());
                ps.setString(4, step.toolId());
                ps.setString(5, step.sideId());
                ps.setInt(6, step.plannedSeconds());
                ps.setInt(7, step.doneSeconds());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private record Row(long id, String startedAt, String endedAt, String routineId, String routine, String status,
                       OptionalInt painBefore, OptionalInt painAfter, String note, List<LoggedStep> steps) {
        /** Reads {@link #SESSION_COLUMNS}. */
        static Row of(ResultSet rs) throws SQLException {
            return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), optionalInt(rs, 7), optionalInt(rs, 8), rs.getString(9), new ArrayList<>());
        }

        LoggedSession toSession() throws SQLException {
            try {
                return new LoggedSession(id, instant(startedAt),
                        Optional.ofNullable(endedAt).map(Storage::instant), routineId, routine,
                        SessionStatus.byId(status), steps, painBefore, painAfter, note);
            } catch (RuntimeException e) {
                throw new SQLException("session " + id + " has a value this version cannot read (" + e.getMessage() + ")", e);
            }
        }
    }

    // ---- the queue -----------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Work<T> {
        T run() throws Exception;
    }

    /** A queued job; {@code future} (may be null) is failed if the job is dropped at close. */
    private record Task(Runnable job, CompletableFuture<?> future) implements Runnable {
        @Override
        public void run() {
            try {
                job.run();
            } catch (RuntimeException | LinkageError e) {
                // A LinkageError (a class that failed to load) would otherwise leave the caller's future waiting forever.
                LOG.log(System.Logger.Level.ERROR, "A storage job failed unexpectedly", e);
                if (future != null) {
                    future.completeExceptionally(e);
                }
            }
        }

        void abandon(StorageException why) {
            if (future != null) {
                future.completeExceptionally(why);
            }
        }
    }

    private void enqueue(Runnable job, CompletableFuture<?> future) {
        executor.execute(new Task(job, future));
    }

    private <T> CompletableFuture<T> submit(Work<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        try {
            enqueue(() -> {
                try {
                    future.complete(work.run());
                } catch (Exception e) {
                    future.completeExceptionally(e);
                }
            }, future);
        } catch (RejectedExecutionException e) {
            future.completeExceptionally(closedException());
        }
        return future;
    }

    private StorageException closedException() {
        return new StorageException("Unknot's log at " + dbFile + " is closed.");
    }
}
