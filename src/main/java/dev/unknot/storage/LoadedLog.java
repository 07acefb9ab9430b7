package dev.unknot.storage;

import dev.unknot.domain.LoggedSession;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What {@link Storage#loadAll()} read last, kept so the next call returns it without reading the whole log again
 * while nothing has changed (the Insights screen reloads it on each visit; on the ten-year log a full read takes
 * 140-180 ms). It is current only for the connection it was read on, and only while that connection's
 * {@code total_changes()} (every row this connection inserted, updated or deleted, whatever code did it) and the
 * file's {@code PRAGMA data_version} (a commit by any other connection) are as they were: any other write makes
 * the next call read the log again. A running session's checkpoints, the one write that comes often, patch just
 * their session in ({@link #with}).
 */
final class LoadedLog {
    private static final Comparator<LoggedSession> ORDER =
            Comparator.comparing(LoggedSession::startedAt).thenComparingLong(LoggedSession::id);

    private final Connection connection;
    private final Mark mark;
    private final List<LoggedSession> sessions;

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
        this.connection = connection;
        this.mark = mark;
        this.sessions = List.copyOf(sessions);
    }

    /** True if nothing was written to the log since it was read, so {@link #sessions()} is what a read would give. */
    boolean isCurrent(Connection c) throws SQLException {
        return c == connection && Mark.of(c).equals(mark);
    }

    /** Every session, oldest first (unmodifiable). */
    List<LoggedSession> sessions() {
        return sessions;
    }

    /**
     * This log with session {@code id} as it is now ({@code now} empty: it is gone), current as of {@code c}'s
     * state after that one write. Call only if this log was current just before the write.
     */
    LoadedLog with(Connection c, long id, Optional<LoggedSession> now) throws SQLException {
        List<LoggedSession> next = new ArrayList<>(sessions.size() + 1);
        for (LoggedSession s : sessions) {
            if (s.id() != id) {
                next.add(s);
            }
        }
        now.ifPresent(next::add);
        next.sort(ORDER);
        return new LoadedLog(c, Mark.of(c), next);
    }
}
