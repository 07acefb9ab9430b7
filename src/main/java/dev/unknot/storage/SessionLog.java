package dev.unknot.storage;

import dev.unknot.domain.HistoryFilter;
import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.Note;
import dev.unknot.domain.Pain;
import dev.unknot.domain.SelfCheck;
import dev.unknot.domain.SessionStatus;
import dev.unknot.domain.SessionSummary;
import dev.unknot.domain.store.SessionArchive;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

/**
 * The sessions in the log: recording them as they run, reading them back (one, the newest, the history's lines,
 * all of them) and deleting and putting back, with the pain after, the note and the self-check kept with each.
 * Every call returns at once; the work is queued on the log's one thread ({@link LogQueue}).
 */
public final class SessionLog implements SessionArchive {
    private static final System.Logger LOG = System.getLogger(SessionLog.class.getName());
    /** How many deleted sessions' self-checks are kept for {@link #undelete} (LoggedSession has no place for them). */
    private static final int DELETED_SELF_CHECKS_KEPT = 32;

    private final LogQueue queue;
    /** The person's time zone: history days are local days here. */
    private final ZoneId zone;

    // The rest belongs to the storage thread.
    /** Recorders with a state still to write or a session still running, in the order they were made. */
    private final Set<SessionRecorder> recorders = new LinkedHashSet<>();
    /** What loadAll read last; null: read the log again. */
    private LoadedLog loaded;
    /** The self-checks of the latest deleted sessions, by what {@link #delete} returned. */
    private final Map<LoggedSession, SelfCheck> deletedSelfChecks = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LoggedSession, SelfCheck> eldest) {
            return size() > DELETED_SELF_CHECKS_KEPT;
        }
    };

    SessionLog(LogQueue queue, ZoneId zone) {
        this.queue = queue;
        this.zone = Objects.requireNonNull(zone);
        queue.writePendingWith(this::writePending);
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
    @Override
    public CompletableFuture<Void> saveReflection(long sessionId, OptionalInt painAfter, String note) {
        Objects.requireNonNull(painAfter, "painAfter is OptionalInt.empty() when not rated, never null");
        painAfter.ifPresent(Pain::requireScore);
        String kept = Note.clean(note);
        return queue.submit(() -> queue.write(c -> {
            if (!SessionTable.saveReflection(c, sessionId, painAfter, kept)) {
                throw new RefusedException("This session is no longer in the log (it may have been deleted), "
                        + "so the pain rating and note were not saved.");
            }
            return null;
        }, false));
    }

    /**
     * Sessions left 'running' by an earlier run that stopped without ending them (a crash, a power cut) become
     * 'interrupted', ended at their last checkpoint, with the time they had. Sessions being recorded by this log are
     * left alone; those with no second of work are deleted instead (a session ended before any work is not kept
     * either). Completes with how many were marked.
     */
    public CompletableFuture<Integer> markRunningAsInterrupted() {
        return queue.submit(() -> {
            writePending();
            List<Long> live = recorders.stream().filter(SessionRecorder::isLive).map(SessionRecorder::rowId).toList();
            // Looked for first: nearly every start finds none, and a log that can only be read then starts quietly.
            if (queue.read(c -> SessionTable.countRunning(c, live)) == 0) {
                return 0;
            }
            return queue.write(c -> {
                SessionTable.deleteUnworked(c, live); // in the same transaction as the marking
                return SessionTable.markInterrupted(c, live);
            }, false);
        });
    }

    /** One session with its steps, or empty if there is none with this id. */
    @Override
    public CompletableFuture<Optional<LoggedSession>> find(long id) {
        return queue.submit(() -> queue.read(c -> Transactions.inDeferred(c, conn -> SessionTable.find(conn, id))));
    }

    /** The newest {@code limit} sessions, newest first, each with its steps. */
    public CompletableFuture<List<LoggedSession>> recent(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return queue.submit(() -> queue.read(c -> Transactions.inDeferred(c, conn -> SessionTable.recent(conn, limit))));
    }

    /**
     * The history's lines, newest first, with each session's seconds summed but without its steps (open one with
     * {@link #find(long)}). Days are local days in the log's zone, both ends included.
     */
    @Override
    public CompletableFuture<List<SessionSummary>> history(HistoryFilter filter) {
        HistoryQuery query = HistoryQuery.of(Objects.requireNonNull(filter), zone);
        return queue.submit(() -> queue.read(query::run));
    }

    /** Every session with its steps, oldest first (by start, then id): what the insights are computed from. */
    @Override
    public CompletableFuture<List<LoggedSession>> loadAll() {
        return queue.submit(() -> queue.read(c -> {
            if (loaded != null && loaded.isCurrent(c)) {
                if (!loaded.stale().isEmpty()) {
                    LoadedLog before = loaded;
                    loaded = null;
                    loaded = Transactions.inDeferred(c, tx -> {
                        Map<Long, Optional<LoggedSession>> now = new HashMap<>();
                        for (long id : before.stale()) {
                            now.put(id, SessionTable.find(tx, id));
                        }
                        return before.with(tx, now);
                    });
                }
                return loaded.sessions();
            }
            loaded = null;
            return Transactions.inDeferred(c, tx -> {
                LoadedLog log = new LoadedLog(tx, LoadedLog.Mark.of(tx), SessionTable.all(tx));
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
    @Override
    public CompletableFuture<LoggedSession> delete(long id) {
        return queue.submit(() -> {
            if (recorders.stream().anyMatch(r -> r.isLive() && r.rowId() == id)) {
                throw new RefusedException("This session is still being recorded, so it cannot be deleted. "
                        + "End it first; then it can be deleted.");
            }
            Deleted deleted = queue.write(c -> {
                LoggedSession gone = SessionTable.find(c, id).orElseThrow(() -> new RefusedException(
                        "This session is no longer in the log; it may have been deleted already."));
                if (gone.status() == SessionStatus.RUNNING) {
                    // Not this run's (checked above): another run's that crashed, not yet marked interrupted.
                    throw new RefusedException("This session is still marked as running, so it was not deleted. "
                            + "Unknot marks it as interrupted the next time it starts; it can be deleted then.");
                }
                return new Deleted(gone, SessionTable.delete(c, id));
            }, false);
            if (!deleted.selfCheck().equals(SelfCheck.UNANSWERED)) {
                deletedSelfChecks.put(deleted.session(), deleted.selfCheck());
            }
            return deleted.session();
        });
    }

    private record Deleted(LoggedSession session, SelfCheck selfCheck) {
    }

    /**
     * Puts back a session that {@link #delete(long)} returned: its steps, ratings, note and self-check, every column
     * as it was ({@code updated_at}, not part of a LoggedSession, is its end time, which it always equals once a
     * session has ended), under the same id, or a new one if a later session has taken it. Fails with a
     * {@link RefusedException}, changing nothing, if the session is already back.
     *
     * @throws IllegalArgumentException at once for a running session (delete never returns one)
     */
    @Override
    public CompletableFuture<Void> undelete(LoggedSession deleted) {
        Objects.requireNonNull(deleted);
        if (deleted.endedAt().isEmpty()) {
            throw new IllegalArgumentException("only an ended session can be put back; session " + deleted.id()
                    + " has no end");
        }
        return queue.submit(() -> {
            SelfCheck check = deletedSelfChecks.getOrDefault(deleted, SelfCheck.UNANSWERED);
            queue.write(c -> {
                SessionTable.putBack(c, deleted, check);
                return null;
            }, false);
            deletedSelfChecks.remove(deleted);
            return null;
        });
    }

    /**
     * Keeps the self-check answered after a session, replacing earlier answers. Fails with a
     * {@link RefusedException} if the session is no longer in the log.
     */
    public CompletableFuture<Void> saveSelfCheck(long sessionId, SelfCheck check) {
        Objects.requireNonNull(check);
        return queue.submit(() -> queue.write(c -> {
            if (!SelfCheckColumns.save(c, sessionId, check)) {
                throw new RefusedException("This session is no longer in the log (it may have been deleted), "
                        + "so the self-check was not saved.");
            }
            return null;
        }, false));
    }

    /** A session's self-check; nothing answered for a session not answered, or not in the log. */
    public CompletableFuture<SelfCheck> selfCheck(long sessionId) {
        return queue.submit(() -> queue.read(c -> SelfCheckColumns.load(c, sessionId)));
    }

    // ---- the recorders ---------------------------------------------------------------------------------

    Instant now() {
        return queue.wallClock().instant();
    }

    /** Queues a recorder event; the event updates the recorder's pending state, then everything pending is written. */
    void recordEvent(SessionRecorder recorder, Runnable acceptOnStorageThread) {
        try {
            queue.enqueue(() -> {
                acceptOnStorageThread.run();
                recorders.add(recorder);
                writePending();
            }, null);
        } catch (RejectedExecutionException closedAlready) {
            LOG.log(System.Logger.Level.WARNING, "A session event came after the log was closed; it was not saved.");
        }
    }

    /** Storage thread: whether a session is being recorded (or has a state still to write). */
    boolean recording() {
        return !recorders.isEmpty();
    }

    /** Writes every recorder's latest pending state, oldest recorder first; stops at the first failure. */
    private void writePending() {
        for (SessionRecorder recorder : List.copyOf(recorders)) {
            if (recorder.hasPending()) {
                try {
                    boolean loadedWasCurrent = loadedIsCurrent();
                    long id = queue.write(recorder::write, true);
                    recorder.written(id);
                    if (loadedWasCurrent) {
                        refreshLoaded(id);
                    }
                } catch (StorageException e) {
                    queue.scheduleRetry();
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
            return loaded != null && queue.openConnection() != null && loaded.isCurrent(queue.openConnection());
        } catch (SQLException e) {
            loaded = null;
            return false;
        }
    }

    /** After a checkpoint of session {@code id}: what loadAll read last is current again but for that session. */
    private void refreshLoaded(long id) {
        try {
            LoadedLog before = loaded;
            loaded = queue.read(c -> before.staleAfterWrite(c, id));
        } catch (StorageException e) {
            loaded = null; // the next loadAll reads the whole log
        }
    }
}
