package dev.unknot.storage;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.LoggedStep;
import dev.unknot.domain.SelfCheck;
import dev.unknot.domain.SessionStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.StringJoiner;

/**
 * The {@code session} and {@code session_step} tables as whole sessions: read, put back, deleted (the recorder
 * writes a running session's rows itself, see {@link SessionRecorder}). Storage thread only, inside the caller's
 * transaction.
 */
final class SessionTable {
    private static final String SESSION_COLUMNS =
            "id, started_at, ended_at, routine_id, routine, status, pain_before, pain_after, note";
    private static final String STEP_COLUMNS =
            "session_id, position, target, tool, side, planned_seconds, done_seconds";

    private SessionTable() {
    }

    static Optional<LoggedSession> find(Connection c, long id) throws SQLException {
        List<LoggedSession> found = load(c, "WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The newest {@code limit} sessions, newest first, each with its steps. */
    static List<LoggedSession> recent(Connection c, int limit) throws SQLException {
        return load(c, "ORDER BY started_at DESC, id DESC LIMIT ?", limit);
    }

    /** Keeps the pain after and the note; false if the session is not in the log. */
    static boolean saveReflection(Connection c, long sessionId, OptionalInt painAfter, String note)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE session SET pain_after = ?, note = ? WHERE id = ?")) {
            SqlValues.setOptionalInt(ps, 1, painAfter);
            ps.setString(2, note);
            ps.setLong(3, sessionId);
            return ps.executeUpdate() > 0;
        }
    }

    /** How many sessions are marked running, but for those with the ids given. */
    static int countRunning(Connection c, List<Long> except) throws SQLException {
        return withIds(c, "SELECT count(*) FROM session " + running(except), except, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** Marks the sessions running (but for those with the ids given) interrupted at their last checkpoint. */
    static int markInterrupted(Connection c, List<Long> except) throws SQLException {
        return withIds(c, "UPDATE session SET status = 'interrupted', ended_at = updated_at " + running(except),
                except, PreparedStatement::executeUpdate);
    }

    /**
     * Deletes the sessions running (but for those with the ids given) that hold no second of work: cut off before
     * their first work was checkpointed, they are not kept, as a session ended before any work is not.
     */
    static int deleteUnworked(Connection c, List<Long> except) throws SQLException {
        String unworked = running(except)
                + " AND NOT EXISTS (SELECT 1 FROM session_step st WHERE st.session_id = session.id AND st.done_seconds > 0)";
        withIds(c, "DELETE FROM session_step WHERE session_id IN (SELECT id FROM session " + unworked + ")", except,
                PreparedStatement::executeUpdate);
        return withIds(c, "DELETE FROM session " + unworked, except, PreparedStatement::executeUpdate);
    }

    private static String running(List<Long> except) {
        StringJoiner keep = new StringJoiner(", ", " AND id NOT IN (", ")").setEmptyValue("");
        except.forEach(id -> keep.add("?"));
        return "WHERE status = 'running'" + keep;
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

    /** Deletes a session's steps and row; returns its self-check, which goes with the row. */
    static SelfCheck delete(Connection c, long id) throws SQLException {
        try (PreparedStatement steps = c.prepareStatement("DELETE FROM session_step WHERE session_id = ?");
             PreparedStatement session = c.prepareStatement("DELETE FROM session WHERE id = ?")) {
            steps.setLong(1, id);
            steps.executeUpdate();
            SelfCheck check = SelfCheckColumns.load(c, id);
            session.setLong(1, id);
            session.executeUpdate();
            return check;
        }
    }

    /**
     * Puts back a deleted session with its self-check, under its id or a new one if a later session holds it.
     *
     * @throws RefusedException if the session is back already
     */
    static void putBack(Connection c, LoggedSession deleted, SelfCheck check) throws SQLException {
        LoggedSession back = deleted;
        try (PreparedStatement taken = c.prepareStatement("SELECT started_at FROM session WHERE id = ?")) {
            taken.setLong(1, deleted.id());
            try (ResultSet rs = taken.executeQuery()) {
                if (rs.next()) {
                    if (SqlValues.timestamp(deleted.startedAt()).equals(rs.getString(1))) {
                        throw new RefusedException("This session is already back in the log.");
                    }
                    // SQLite hands the highest free id out again, so a session recorded after the delete may
                    // hold it now; the id means nothing to the person, so the deleted one comes back under a new one.
                    back = withId(deleted, nextId(c));
                }
            }
        }
        insert(c, back);
        if (!check.equals(SelfCheck.UNANSWERED)) {
            SelfCheckColumns.save(c, back.id(), check);
        }
    }

    private static long nextId(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM session")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static LoggedSession withId(LoggedSession s, long id) {
        return new LoggedSession(id, s.startedAt(), s.endedAt(), s.routineId(), s.routineName(), s.status(), s.steps(),
                s.painBefore(), s.painAfter(), s.note());
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
    static List<LoggedSession> all(Connection c) throws SQLException {
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
        String endedAt = s.endedAt().map(SqlValues::timestamp).orElse(null);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO session (id, started_at, ended_at, updated_at, "
                + "routine, routine_id, status, pain_before, pain_after, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, s.id());
            ps.setString(2, SqlValues.timestamp(s.startedAt()));
            ps.setString(3, endedAt);
            ps.setString(4, endedAt != null ? endedAt : SqlValues.timestamp(s.startedAt()));
            ps.setString(5, s.routineName());
            ps.setString(6, s.routineId());
            ps.setString(7, s.status().id());
            SqlValues.setOptionalInt(ps, 8, s.painBefore());
            SqlValues.setOptionalInt(ps, 9, s.painAfter());
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
                    rs.getString(6), SqlValues.optionalInt(rs, 7), SqlValues.optionalInt(rs, 8), rs.getString(9),
                    new ArrayList<>());
        }

        LoggedSession toSession() throws SQLException {
            try {
                return new LoggedSession(id, SqlValues.instant(startedAt),
                        Optional.ofNullable(endedAt).map(SqlValues::instant), routineId, routine,
                        SessionStatus.byId(status), steps, painBefore, painAfter, note);
            } catch (RuntimeException e) {
                throw new SQLException("session " + id + " has a value this version cannot read (" + e.getMessage() + ")", e);
            }
        }
    }
}
