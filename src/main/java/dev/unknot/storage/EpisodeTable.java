package dev.unknot.storage;

import dev.unknot.domain.Region;
import dev.unknot.domain.SpasmEpisode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code episode} table (schema 3): the spasms the person reported. Storage thread only. */
final class EpisodeTable {
    private static final String COLUMNS = "id, onset, region, severity, relieved_at";
    /** Newest first; the id breaks ties between episodes reported for the same moment. */
    private static final String NEWEST_FIRST = " ORDER BY onset DESC, id DESC";

    private EpisodeTable() {
    }

    /** Inserts the episode (its id ignored) and returns its new id. */
    static long insert(Connection c, SpasmEpisode episode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO episode (onset, region, severity, relieved_at) "
                + "VALUES (?, ?, ?, ?)")) {
            ps.setString(1, SqlValues.timestamp(episode.onset()));
            ps.setString(2, regionId(episode.region()));
            ps.setInt(3, episode.severity());
            ps.setString(4, episode.relievedAt().map(SqlValues::timestamp).orElse(null));
            ps.executeUpdate();
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Sets when the episode was relieved, replacing an earlier time; refuses a time before its onset. */
    static void markRelieved(Connection c, long id, Instant at) throws SQLException {
        String onset;
        try (PreparedStatement ps = c.prepareStatement("SELECT onset FROM episode WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new RefusedException("This spasm episode is no longer in the log, so it was not marked "
                            + "relieved.");
                }
                onset = rs.getString(1);
            }
        }
        if (at.isBefore(SqlValues.instant(onset))) {
            throw new RefusedException("A spasm cannot be relieved before it began (it began at " + onset
                    + " UTC), so it was not marked relieved.");
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE episode SET relieved_at = ? WHERE id = ?")) {
            ps.setString(1, SqlValues.timestamp(at));
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** Makes the episode ongoing again (an undone "relieved"); nothing when it is not in the log. */
    static void markOngoing(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE episode SET relieved_at = NULL WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    static List<SpasmEpisode> all(Connection c) throws SQLException {
        return select(c, "SELECT " + COLUMNS + " FROM episode" + NEWEST_FIRST);
    }

    private static List<SpasmEpisode> select(Connection c, String sql) throws SQLException {
        List<SpasmEpisode> episodes = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                long id = rs.getLong(1);
                try {
                    String relieved = rs.getString(5);
                    episodes.add(new SpasmEpisode(id, SqlValues.instant(rs.getString(2)), region(rs.getString(3)),
                            rs.getInt(4), Optional.ofNullable(relieved).map(SqlValues::instant)));
                } catch (RuntimeException e) {
                    throw new SQLException("spasm episode " + id + " has a value this version cannot read ("
                            + e.getMessage() + ")", e);
                }
            }
        }
        return episodes;
    }

    /** The id stored for a {@link Region}; fixed here, whatever the enum's constants are called. */
    static String regionId(Region region) {
        return switch (region) {
            case UPPER_BACK -> "upper_back";
            case LOW_BACK -> "low_back";
        };
    }

    static Region region(String id) {
        return switch (id) {
            case "upper_back" -> Region.UPPER_BACK;
            case "low_back" -> Region.LOW_BACK;
            default -> throw new IllegalArgumentException("unknown region " + id);
        };
    }
}
