package dev.unknot.storage;

import dev.unknot.domain.HistoryFilter;
import dev.unknot.domain.SessionStatus;
import dev.unknot.domain.SessionSummary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The history screen's query: one row per session, newest first, the steps' seconds summed by SQLite.
 *
 * <p>Only the clauses the filter needs are added, so SQLite can pick an index for each: the days are a range on
 * {@code session_started_at} (which also gives the order, so nothing is sorted), the target a lookup in
 * {@code session_step_target} (which covers it), and each row's sums two lookups in the steps' primary key. No
 * query reads the steps from end to end; the unfiltered history reads the sessions' start index in order.
 * Every value is a bound parameter. HistoryScaleTest checks the plans on ten years of sessions.
 */
final class HistoryQuery {
    private static final String SELECT = "SELECT s.id, s.started_at, s.ended_at, s.routine, s.status, "
            + "(SELECT COALESCE(SUM(done_seconds), 0) FROM session_step WHERE session_id = s.id), "
            + "(SELECT COALESCE(SUM(planned_seconds), 0) FROM session_step WHERE session_id = s.id), "
            + "s.pain_before, s.pain_after, s.note FROM session s";
    private static final String ORDER = " ORDER BY s.started_at DESC, s.id DESC";

    final String sql;
    final List<Object> parameters;

    private HistoryQuery(String sql, List<Object> parameters) {
        this.sql = sql;
        this.parameters = List.copyOf(parameters);
    }

    /**
     * Days are local days in {@code zone}: from the first day's midnight (inclusive) to the midnight after the last
     * day (exclusive), compared as the log's UTC timestamps, which sort as text in time order.
     */
    static HistoryQuery of(HistoryFilter filter, ZoneId zone) {
        StringJoiner where = new StringJoiner(" AND ", " WHERE ", "").setEmptyValue("");
        List<Object> parameters = new ArrayList<>();
        filter.from().ifPresent(day -> {
            where.add("s.started_at >= ?");
            parameters.add(SqlValues.timestamp(day.atStartOfDay(zone).toInstant()));
        });
        filter.to().ifPresent(day -> {
            where.add("s.started_at < ?");
            parameters.add(SqlValues.timestamp(day.plusDays(1).atStartOfDay(zone).toInstant()));
        });
        boolean days = filter.from().isPresent() || filter.to().isPresent();
        filter.targetId().ifPresent(target -> {
            // With days, the day range drives (it gives the order too) and each session is looked up in the target
            // index; without, the target index drives. SQLite, without statistics, would otherwise drive by the
            // target in both cases and read every session with that target to keep a month of them.
            where.add(days
                    ? "EXISTS (SELECT 1 FROM session_step t WHERE t.session_id = s.id AND t.target = ?)"
                    : "s.id IN (SELECT session_id FROM session_step WHERE target = ?)");
            parameters.add(target);
        });
        return new HistoryQuery(SELECT + where + ORDER, parameters);
    }

    List<SessionSummary> run(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            List<SessionSummary> summaries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    summaries.add(summary(rs));
                }
            }
            return summaries;
        }
    }

    private static SessionSummary summary(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        try {
            return new SessionSummary(id, SqlValues.instant(rs.getString(2)),
                    Optional.ofNullable(rs.getString(3)).map(SqlValues::instant), rs.getString(4),
                    SessionStatus.byId(rs.getString(5)), Math.toIntExact(rs.getLong(6)), Math.toIntExact(rs.getLong(7)),
                    SqlValues.optionalInt(rs, 8), SqlValues.optionalInt(rs, 9), rs.getString(10));
        } catch (RuntimeException e) {
            throw new SQLException("session " + id + " has a value this version cannot read (" + e.getMessage() + ")", e);
        }
    }
}
