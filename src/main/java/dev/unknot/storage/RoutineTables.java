package dev.unknot.storage;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.Routine;
import dev.unknot.domain.Sides;
import dev.unknot.domain.Step;
import dev.unknot.domain.Target;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The person's own routines: the {@code routine} and {@code routine_step} tables (schema 3). Built-in routines
 * (ids starting {@value #BUILT_IN_PREFIX}) are never stored. Storage thread only, inside the caller's transaction.
 */
final class RoutineTables {
    static final String BUILT_IN_PREFIX = "builtin:";

    private static final System.Logger LOG = System.getLogger(RoutineTables.class.getName());

    private RoutineTables() {
    }

    /** The built-in routines' names, which the person's own may not take either. */
    static List<String> builtInNames(TargetCatalogue catalogue) {
        return new BuiltInRoutines(catalogue).all().stream().map(Routine::name).toList();
    }

    static boolean isBuiltIn(String id) {
        return id.startsWith(BUILT_IN_PREFIX);
    }

    static RefusedException builtInRefused(String what) {
        return new RefusedException("Unknot's own routines cannot be " + what
                + "; make a copy of one to change it as you like.");
    }

    /** The stored routines in their saved order, each with the steps this version can use. */
    static List<Routine> load(Connection c, TargetCatalogue catalogue) throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, name FROM routine ORDER BY position, created_at, id")) {
            while (rs.next()) {
                names.put(rs.getString(1), rs.getString(2));
            }
        }
        Map<String, List<Step>> steps = new LinkedHashMap<>();
        names.keySet().forEach(id -> steps.put(id, new ArrayList<>()));
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT routine_id, position, target, tool, sides, minutes FROM routine_step ORDER BY routine_id, position")) {
            while (rs.next()) {
                List<Step> into = steps.get(rs.getString(1));
                if (into != null) {
                    step(catalogue, rs, names.get(rs.getString(1))).ifPresent(into::add);
                }
            }
        }
        List<Routine> routines = new ArrayList<>(names.size());
        for (Map.Entry<String, String> routine : names.entrySet()) {
            List<Step> usable = steps.get(routine.getKey());
            if (usable.isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, "The routine \"" + routine.getValue()
                        + "\" has no step this version can use, so it is not shown.");
                continue;
            }
            try {
                routines.add(new Routine(routine.getKey(), routine.getValue(), usable, false));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "The routine " + routine.getKey()
                        + " cannot be used by this version (" + e.getMessage() + "), so it is not shown.");
            }
        }
        return routines;
    }

    /** A stored step, or empty (logged) when its target, tool or sides are not ones this version can use. */
    private static Optional<Step> step(TargetCatalogue catalogue, ResultSet rs, String routineName) throws SQLException {
        String target = rs.getString(3);
        String tool = rs.getString(4);
        String sides = rs.getString(5);
        try {
            Target known = catalogue.find(target).orElseThrow(() -> new IllegalArgumentException("unknown target " + target));
            return Optional.of(new Step(known, Tool.byId(tool), sides(sides), rs.getInt(6)));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Step " + (rs.getInt(2) + 1) + " of the routine \"" + routineName
                    + "\" (" + target + ", " + tool + ", " + sides + ") cannot be used by this version ("
                    + e.getMessage() + "); it is left out.");
            return Optional.empty();
        }
    }

    /**
     * Inserts the routine, or replaces the one with its id (name and steps; its place in the order and creation
     * time are kept). New routines go last. Refused when another routine, stored or among {@code builtInNames},
     * has the name.
     */
    static void save(Connection c, Routine routine, Instant now, List<String> builtInNames) throws SQLException {
        requireNameFree(c, routine.id(), routine.name(), builtInNames);
        boolean exists;
        try (PreparedStatement ps = c.prepareStatement("UPDATE routine SET name = ? WHERE id = ?")) {
            ps.setString(1, routine.name());
            ps.setString(2, routine.id());
            exists = ps.executeUpdate() > 0;
        }
        if (exists) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM routine_step WHERE routine_id = ?")) {
                ps.setString(1, routine.id());
                ps.executeUpdate();
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO routine (id, name, position, created_at) "
                    + "VALUES (?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM routine), ?)")) {
                ps.setString(1, routine.id());
                ps.setString(2, routine.name());
                ps.setString(3, SqlValues.timestamp(now));
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO routine_step "
                + "(routine_id, position, target, tool, sides, minutes) VALUES (?, ?, ?, ?, ?, ?)")) {
            List<Step> steps = routine.steps();
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                ps.setString(1, routine.id());
                ps.setInt(2, i);
                ps.setString(3, step.target().id());
                ps.setString(4, step.tool().id());
                ps.setString(5, sidesId(step.sides()));
                ps.setInt(6, step.minutes());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Deletes the routine; its steps go with it (ON DELETE CASCADE, and explicitly, should the foreign keys be off). */
    static void delete(Connection c, String id) throws SQLException {
        try (PreparedStatement steps = c.prepareStatement("DELETE FROM routine_step WHERE routine_id = ?");
             PreparedStatement routine = c.prepareStatement("DELETE FROM routine WHERE id = ?")) {
            steps.setString(1, id);
            steps.executeUpdate();
            routine.setString(1, id);
            if (routine.executeUpdate() == 0) {
                throw gone("deleted");
            }
        }
    }

    /**
     * Puts the routines in this order: the ids given first, in their order, then any others in the order they had.
     * Ids no longer stored are ignored.
     */
    static void reorder(Connection c, List<String> idsInOrder) throws SQLException {
        Set<String> order = new LinkedHashSet<>(idsInOrder);
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM routine ORDER BY position, created_at, id")) {
            while (rs.next()) {
                order.add(rs.getString(1));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE routine SET position = ? WHERE id = ?")) {
            int position = 0;
            for (String id : order) {
                ps.setInt(1, position++);
                ps.setString(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Refuses a name another routine (stored, or built in) already has, ignoring case: SQLite's NOCASE folds only
     * A–Z, so this compares in Java, which folds "É" and "é" too, after Unicode normalisation.
     */
    private static void requireNameFree(Connection c, String id, String name, List<String> builtInNames)
            throws SQLException {
        String wanted = comparable(name);
        for (String builtIn : builtInNames) {
            if (comparable(builtIn).equals(wanted)) {
                throw nameTaken(builtIn);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM routine WHERE id <> ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String other = rs.getString(1);
                    if (comparable(other).equals(wanted)) {
                        throw nameTaken(other);
                    }
                }
            }
        }
    }

    private static String comparable(String name) {
        String normal = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        return normal.toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT);
    }

    private static RefusedException nameTaken(String existing) {
        return new RefusedException("There is already a routine called \"" + existing
                + "\" (names are the same whatever the capitals). Choose another name.");
    }

    private static RefusedException gone(String what) {
        return new RefusedException("This routine is no longer saved (it may have been deleted), so it was not "
                + what + ".");
    }

    /** The id stored for {@link Sides}; fixed here, whatever the enum's constants are called. */
    static String sidesId(Sides sides) {
        return switch (sides) {
            case BOTH -> "both";
            case LEFT -> "left";
            case RIGHT -> "right";
            case CENTRAL -> "central";
        };
    }

    static Sides sides(String id) {
        return switch (id) {
            case "both" -> Sides.BOTH;
            case "left" -> Sides.LEFT;
            case "right" -> Sides.RIGHT;
            case "central" -> Sides.CENTRAL;
            default -> throw new IllegalArgumentException("unknown sides " + id);
        };
    }
}
