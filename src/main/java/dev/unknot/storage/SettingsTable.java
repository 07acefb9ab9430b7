package dev.unknot.storage;

import dev.unknot.domain.Durations;
import dev.unknot.domain.SessionPlan;
import dev.unknot.domain.Settings;
import dev.unknot.domain.Target;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Theme;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The {@code setting} table (schema 3): one row per key, the value as text, so a setting added later needs no
 * migration. The keys are documented in the README:
 *
 * <ul>
 *   <li>{@code minutes.<target id>}: whole minutes, 5–30, per side (in all when central)</li>
 *   <li>{@code reposition_seconds}: 0–60</li>
 *   <li>{@code sounds_on}: {@code true} or {@code false}</li>
 *   <li>{@code volume_percent}: 0–100</li>
 *   <li>{@code ql_after_days}: 1–14</li>
 *   <li>{@code voice_on}: {@code true} or {@code false}</li>
 *   <li>{@code theme}: {@code DARK} or {@code LIGHT}</li>
 *   <li>{@code selected_routine}: the routine id chosen on the home screen (a built-in one or the person's own)</li>
 * </ul>
 *
 * A key that is missing reads as its default; a value this version cannot use (not a number, out of range, a
 * target it does not know) is logged and read as the default too, never failing the whole load. Storage thread only.
 */
final class SettingsTable {
    static final String MINUTES_PREFIX = "minutes.";
    static final String REPOSITION_SECONDS = "reposition_seconds";
    static final String SOUNDS_ON = "sounds_on";
    static final String VOLUME_PERCENT = "volume_percent";
    static final String QL_AFTER_DAYS = "ql_after_days";
    static final String VOICE_ON = "voice_on";
    static final String THEME = "theme";
    static final String SELECTED_ROUTINE = "selected_routine";

    private static final System.Logger LOG = System.getLogger(SettingsTable.class.getName());

    private SettingsTable() {
    }

    static Settings load(Connection c, TargetCatalogue catalogue) throws SQLException {
        Map<String, String> stored = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT key, value FROM setting")) {
            while (rs.next()) {
                stored.put(rs.getString(1), rs.getString(2));
            }
        }
        Settings defaults = Settings.defaults(catalogue);
        Map<String, Integer> minutes = new LinkedHashMap<>();
        for (Target target : catalogue.all()) {
            minutes.put(target.id(), number(stored, MINUTES_PREFIX + target.id(), target.defaultMinutes(),
                    m -> m >= Durations.MIN_MINUTES && m <= Durations.MAX_MINUTES));
        }
        stored.keySet().stream()
                .filter(k -> k.startsWith(MINUTES_PREFIX) && catalogue.find(k.substring(MINUTES_PREFIX.length())).isEmpty())
                .sorted()
                .forEach(k -> LOG.log(System.Logger.Level.WARNING,
                        "The setting " + k + " is for a target this version does not know; it is ignored."));
        return new Settings(minutes,
                number(stored, REPOSITION_SECONDS, defaults.repositionSeconds(),
                        s -> s >= 0 && s <= SessionPlan.MAX_REPOSITION_SECONDS),
                bool(stored, SOUNDS_ON, defaults.soundsOn()),
                number(stored, VOLUME_PERCENT, defaults.volumePercent(), v -> v >= 0 && v <= 100),
                number(stored, QL_AFTER_DAYS, defaults.qlAfterDays(), d -> d >= 1 && d <= 14),
                bool(stored, VOICE_ON, defaults.voiceOn()),
                theme(stored, defaults.theme()));
    }

    /**
     * Replaces every setting {@link Settings} holds with {@code settings}' values: the minutes of a target not in its
     * map are removed, so they read as the default. The selected routine is left alone.
     */
    static void save(Connection c, Settings settings) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM setting WHERE substr(key, 1, ?) = ?")) {
            ps.setInt(1, MINUTES_PREFIX.length());
            ps.setString(2, MINUTES_PREFIX);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)")) {
            Map<String, String> rows = new LinkedHashMap<>();
            settings.minutesByTarget().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> rows.put(MINUTES_PREFIX + e.getKey(), Integer.toString(e.getValue())));
            rows.put(REPOSITION_SECONDS, Integer.toString(settings.repositionSeconds()));
            rows.put(SOUNDS_ON, Boolean.toString(settings.soundsOn()));
            rows.put(VOLUME_PERCENT, Integer.toString(settings.volumePercent()));
            rows.put(QL_AFTER_DAYS, Integer.toString(settings.qlAfterDays()));
            rows.put(VOICE_ON, Boolean.toString(settings.voiceOn()));
            rows.put(THEME, settings.theme().name());
            for (Map.Entry<String, String> row : rows.entrySet()) {
                ps.setString(1, row.getKey());
                ps.setString(2, row.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static Optional<String> selectedRoutine(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, SELECTED_ROUTINE);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static void saveSelectedRoutine(Connection c, String routineId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)")) {
            ps.setString(1, SELECTED_ROUTINE);
            ps.setString(2, routineId);
            ps.executeUpdate();
        }
    }

    /** Forgets the selected routine if it is {@code routineId} (which is being deleted). */
    static void forgetSelectedRoutine(Connection c, String routineId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM setting WHERE key = ? AND value = ?")) {
            ps.setString(1, SELECTED_ROUTINE);
            ps.setString(2, routineId);
            ps.executeUpdate();
        }
    }

    private static int number(Map<String, String> stored, String key, int fallback, IntPredicate valid) {
        String text = stored.get(key);
        if (text == null) {
            return fallback;
        }
        String trimmed = text.strip();
        if (trimmed.matches("[+-]?\\d{1,9}")) {
            int value = Integer.parseInt(trimmed);
            if (valid.test(value)) {
                return value;
            }
        }
        return unusable(key, text, fallback);
    }

    private static Theme theme(Map<String, String> stored, Theme fallback) {
        String text = stored.get(THEME);
        if (text == null) {
            return fallback;
        }
        for (Theme theme : Theme.values()) {
            if (theme.name().equals(text)) {
                return theme;
            }
        }
        LOG.log(System.Logger.Level.WARNING, "The setting " + THEME + " = " + text + " is not a theme this version knows; "
                + fallback + " is used.");
        return fallback;
    }

    private static boolean bool(Map<String, String> stored, String key, boolean fallback) {
        String text = stored.get(key);
        if (text == null) {
            return fallback;
        }
        return switch (text.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> unusable(key, text, fallback);
        };
    }

    private static <T> T unusable(String key, String text, T fallback) {
        LOG.log(System.Logger.Level.WARNING, "The setting " + key + " = \"" + text
                + "\" is not a value this version can use; using the default, " + fallback + ".");
        return fallback;
    }
}
