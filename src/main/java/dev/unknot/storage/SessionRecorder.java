package dev.unknot.storage;

import dev.unknot.domain.Segment;
import dev.unknot.domain.SegmentProgress;
import dev.unknot.domain.SessionListener;
import dev.unknot.domain.SessionSnapshot;
import dev.unknot.domain.SessionStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * Logs one session. Get one from {@link SessionLog#newSessionRecorder(OptionalInt)} and hand it to the session's engine.
 *
 * <p>The listener methods run on the caller's (UI) thread: they read the wall clock, keep the immutable snapshot
 * and queue the write, nothing more. Every write is the full state, so when one fails only the latest state is
 * kept and written at the next event (inserting the session first if that never worked), or when the log closes.
 */
public final class SessionRecorder implements SessionListener {

    private final SessionLog storage;
    /** Written with the session's row; validated by SessionLog. */
    private final OptionalInt painBefore;
    private final CompletableFuture<Long> sessionId = new CompletableFuture<>();

    // The rest belongs to the storage thread.
    private Instant startedAt;
    private Long rowId;
    /** The newest state not yet written, or null. */
    private State latest;
    private boolean endReceived;
    private boolean endWritten;

    private record State(SessionSnapshot snapshot, Instant at, boolean end) {
    }

    SessionRecorder(SessionLog storage, OptionalInt painBefore) {
        this.storage = storage;
        this.painBefore = painBefore;
    }

    @Override
    public void started(SessionSnapshot snapshot) {
        Instant at = storage.now();
        storage.recordEvent(this, () -> accept(snapshot, at, false));
    }

    @Override
    public void checkpoint(SessionSnapshot snapshot) {
        Instant at = storage.now();
        storage.recordEvent(this, () -> accept(snapshot, at, false));
    }

    @Override
    public void ended(SessionSnapshot snapshot) {
        Instant at = storage.now();
        storage.recordEvent(this, () -> accept(snapshot, at, true));
    }

    /**
     * The session's row id, once its row has been written. Completes on the storage thread; it never completes if
     * the session was never saved.
     */
    public CompletableFuture<Long> sessionId() {
        return sessionId;
    }

    // ---- storage thread --------------------------------------------------------------------------------

    private void accept(SessionSnapshot snapshot, Instant at, boolean end) {
        if (endReceived) {
            return; // the final state is in; nothing after it may overwrite it
        }
        if (startedAt == null) {
            startedAt = at; // the started event comes first; any first event will do if it did not
        }
        latest = new State(snapshot, at, end);
        endReceived = end;
    }

    boolean hasPending() {
        return latest != null;
    }

    /** Its row says 'running' because the session is going on in this process right now. */
    boolean isLive() {
        return rowId != null && !endWritten;
    }

    Long rowId() {
        return rowId;
    }

    boolean isDone() {
        return endWritten;
    }

    /** Writes the pending state inside the caller's transaction; returns the row id. Changes no field. */
    long write(Connection c) throws SQLException {
        State s = latest;
        SessionSnapshot snapshot = s.snapshot();
        SessionStatus status = s.end() ? SessionStatus.of(snapshot.phase()) : SessionStatus.RUNNING;
        String updatedAt = SqlValues.timestamp(s.at());
        String endedAt = status == SessionStatus.RUNNING ? null : updatedAt;
        if (s.end() && !snapshot.hasWork()) {
            // Ended before any work was done: not kept as a 0 s session (its steps go with it).
            if (rowId != null) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM session WHERE id = ?")) {
                    ps.setLong(1, rowId);
                    ps.executeUpdate();
                }
                return rowId;
            }
            return 0L;
        }
        if (rowId != null) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE session SET updated_at = ?, ended_at = ?, status = ? WHERE id = ?")) {
                ps.setString(1, updatedAt);
                ps.setString(2, endedAt);
                ps.setString(3, status.id());
                ps.setLong(4, rowId);
                if (ps.executeUpdate() == 1) {
                    updateSteps(c, rowId, snapshot);
                    return rowId;
                }
            }
            // The row is gone (the file was replaced or reset while we ran): write it again under the same id.
        }
        return insert(c, rowId, updatedAt, endedAt, status, snapshot);
    }

    private long insert(Connection c, Long id, String updatedAt, String endedAt, SessionStatus status,
                        SessionSnapshot snapshot) throws SQLException {
        long newId;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO session "
                + "(id, started_at, ended_at, updated_at, routine, routine_id, status, pain_before) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            if (id == null) {
                ps.setNull(1, Types.INTEGER);
            } else {
                ps.setLong(1, id);
            }
            ps.setString(2, SqlValues.timestamp(startedAt));
            ps.setString(3, endedAt);
            ps.setString(4, updatedAt);
            ps.setString(5, snapshot.plan().routineName());
            ps.setString(6, snapshot.plan().routineId());
            ps.setString(7, status.id());
            SqlValues.setOptionalInt(ps, 8, painBefore);
            ps.executeUpdate();
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            newId = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO session_step "
                + "(session_id, position, target, tool, side, planned_seconds, done_seconds) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (SegmentProgress p : snapshot.progress()) {
                Segment segment = p.segment();
                ps.setLong(1, newId);
                ps.setInt(2, segment.position());
                ps.setString(3, segment.target().id());
                ps.setString(4, segment.tool().id());
                ps.setString(5, segment.side().id());
                ps.setInt(6, segment.plannedSeconds());
                ps.setInt(7, p.doneSeconds());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return newId;
    }

    private static void updateSteps(Connection c, long id, SessionSnapshot snapshot) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE session_step SET done_seconds = ? WHERE session_id = ? AND position = ?")) {
            for (SegmentProgress p : snapshot.progress()) {
                ps.setInt(1, p.doneSeconds());
                ps.setLong(2, id);
                ps.setInt(3, p.segment().position());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The transaction that ran {@link #write} has committed. */
    void written(long id) {
        rowId = id;
        if (latest != null && latest.end()) {
            endWritten = true;
        }
        latest = null;
        if (id > 0) {
            sessionId.complete(id);
        }
    }
}
