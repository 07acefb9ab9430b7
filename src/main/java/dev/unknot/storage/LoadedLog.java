package dev.unknot.storage;

import dev.unknot.domain.LoggedSession;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link SessionLog#loadAll()} read last, kept so the next call returns it without reading the whole log again
 * while nothing has changed (the Insights screen reloads it on each visit; on the ten-year log a full read takes
 * 140-180 ms). It is current only for the connection it was read on, and only while that connection's
 * {@code total_changes()} (every row this connection inserted, updated or deleted, whatever code did it) and the
 * file's {@code PRAGMA data_version} (a commit by any other connection) are as they were: any other write makes
 * the next call read the log again. A running session's checkpoints, the one write that comes often, patch just
 * their session as stale, which the next call reads again on its own ({@link #with}).
 */
final class LoadedLog {
    private static final Comparator<LoggedSession> ORDER =
            Comparator.comparing(LoggedSession::startedAt).thenComparingLong(LoggedSession::id);

    private final Connection connection;
    private final Mark mark;
    private final List<LoggedSession> sessions;
    private final Set<Long> stale;

    /** The file's state as seen from one connection. */
    record Mark(long totalChanges, long dataVersion) {
        static Mark of(Connection c) throws SQLException {
            try (Statement st = c.createStatement()) {
                long changes;
                try (ResultSet rs = st.executeQuery("SELECT total_changes()")) {
                    rs.next();
                    changes = rs.getLong(1);
                }
                try (ResultSet rs = st.executeQuery("PRAGMA data_version")) {
                    rs.next();
                    return new Mark(changes, rs.getLong(1));
                }
            }
        }
    }

    /** @param sessions in start order, as {@code loadAllIn} gives them */
    LoadedLog(Connection connection, Mark mark, List<LoggedSession> sessions) {
        this(connection, mark, List.copyOf(sessions), Set.of());
    }

    private LoadedLog(Connection connection, Mark mark, List<LoggedSession> sessions, Set<Long> stale) {
        this.connection = connection;
        this.mark = mark;
        this.sessions = java.util.Collections.unmodifiableList(sessions);
        this.stale = Set.copyOf(stale);
    }

    /**
     * True if nothing was written to the log since it was read, but for the {@link #stale()} sessions: with those
     * read again, {@link #sessions()} is what a read would give.
     */
    boolean isCurrent(Connection c) throws SQLException {
        return c == connection && Mark.of(c).equals(mark);
    }

    /** Every session, oldest first (unmodifiable). */
    List<LoggedSession> sessions() {
        return sessions;
    }

    /** Sessions written since this log was read, to be read again by the next loadAll ({@link #with}). */
    Set<Long> stale() {
        return stale;
    }

    /**
     * This log, current again as of {@code c}'s state after one write that changed only session {@code id}, which
     * the next loadAll reads again: a checkpoint does two tiny queries here and nothing more. Call only if this
     * log was current just before the write.
     */
    LoadedLog staleAfterWrite(Connection c, long id) throws SQLException {
        Set<Long> ids = new HashSet<>(stale);
        ids.add(id);
        return new LoadedLog(c, Mark.of(c), sessions, ids);
    }

    /** This log with each stale session as it is now ({@code now} empty: it is gone); none stale any more. */
    LoadedLog with(Connection c, Map<Long, Optional<LoggedSession>> now) throws SQLException {
        List<LoggedSession> next = new ArrayList<>(sessions.size() + now.size());
        boolean reorder = false;
        for (LoggedSession s : sessions) {
            Optional<LoggedSession> fresh = now.get(s.id());
            if (fresh == null) {
                next.add(s);
            } else if (fresh.isPresent()) {
                next.add(fresh.get());
                reorder |= !fresh.get().startedAt().equals(s.startedAt());
            }
        }
        for (Map.Entry<Long, Optional<LoggedSession>> e : now.entrySet()) {
            if (e.getValue().isPresent() && sessions.stream().noneMatch(s -> s.id() == e.getKey())) {
                LoggedSession added = e.getValue().get();
                reorder |= !next.isEmpty() && ORDER.compare(next.get(next.size() - 1), added) > 0;
                next.add(added);
            }
        }
        if (reorder) {
            next.sort(ORDER);
        }
        return new LoadedLog(c, Mark.of(c), next, Set.of());
    }
}
