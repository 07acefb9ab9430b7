package dev.unknot.storage;

import dev.unknot.domain.SelfCheck;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The self-check's four columns on {@code session} (schema 3): 1 yes, 0 no, NULL not answered. Storage thread
 * only, inside the caller's transaction.
 */
final class SelfCheckColumns {
    static final String COLUMNS = "eating_well, resting_enough, hydrated, sleeping_enough";

    private SelfCheckColumns() {
    }

    /** Replaces the session's answers; false if there is no such session. */
    static boolean save(Connection c, long sessionId, SelfCheck check) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE session SET eating_well = ?, resting_enough = ?, "
                + "hydrated = ?, sleeping_enough = ? WHERE id = ?")) {
            set(ps, 1, check.eatingWell());
            set(ps, 2, check.restingEnough());
            set(ps, 3, check.hydrated());
            set(ps, 4, check.sleepingEnough());
            ps.setLong(5, sessionId);
            return ps.executeUpdate() > 0;
        }
    }

    /** The session's answers; none answered if there is no such session. */
    static SelfCheck load(Connection c, long sessionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM session WHERE id = ?")) {
            ps.setLong(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs, 1) : SelfCheck.UNANSWERED;
            }
        }
    }

    /** The answers of every session with at least one, by session id. */
    static Map<Long, SelfCheck> answered(Connection c) throws SQLException {
        Map<Long, SelfCheck> checks = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, " + COLUMNS
                + " FROM session WHERE COALESCE(eating_well, resting_enough, hydrated, sleeping_enough) IS NOT NULL")) {
            while (rs.next()) {
                checks.put(rs.getLong(1), read(rs, 2));
            }
        }
        return checks;
    }

    /** Reads the four columns starting at {@code first}. */
    private static SelfCheck read(ResultSet rs, int first) throws SQLException {
        return new SelfCheck(answer(rs, first), answer(rs, first + 1), answer(rs, first + 2), answer(rs, first + 3));
    }

    private static Optional<Boolean> answer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value != 0);
    }

    private static void set(PreparedStatement ps, int index, Optional<Boolean> answer) throws SQLException {
        if (answer.isPresent()) {
            ps.setInt(index, answer.get() ? 1 : 0);
        } else {
            ps.setNull(index, Types.INTEGER);
        }
    }
}
