package dev.unknot.bench;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.Routine;
import dev.unknot.domain.Segment;
import dev.unknot.domain.SessionPlan;
import dev.unknot.domain.Sides;
import dev.unknot.domain.Step;
import dev.unknot.domain.Target;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;
import dev.unknot.storage.Storage;
import dev.unknot.storage.StorageStatusListener;
import dev.unknot.storage.WriteAccess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Writes a realistic ten-year log: about 7,000 sessions and 50,000 steps ending on a given day, the scale the
 * history issue sets ("ten years of daily use"). Reaching 7,000 sessions in 3,650 days takes about two a day, so
 * most days have a morning and an evening session, flare-ups add a third, quiet spells drop to one, and there are
 * gaps of a few days and a few breaks of weeks. Pain comes in flare-ups that start lower as the years go by.
 *
 * <p>Deterministic: the same seed and last day give the same log. The file is created by the app's own
 * {@link Storage} (so schema, pragmas and migrations are the app's), then filled with plain JDBC in one transaction.
 * That is bench code, not app code: the app writes only through Storage, and its layer test keeps JDBC there.
 * No ANALYZE is run, so SQLite plans queries exactly as it does on a real user's file.
 *
 * <p>{@code generate PATH} makes a demo log to look at: {@code UNKNOT_DB=PATH mvn javafx:run}.
 */
public final class LogGenerator {
    public static final long DEFAULT_SEED = 20160301L;
    public static final int YEARS = 10;
    private static final int REPOSITION_SECONDS = 10;
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** What was written. */
    public record Stats(int sessions, int steps, int rated, int withNote, int finished, int endedEarly,
                        int interrupted, LocalDate firstDay, LocalDate lastDay) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%,d sessions, %,d steps from %s to %s; %,d finished, %,d ended "
                            + "early, %,d interrupted; %,d rated for pain, %,d with a note",
                    sessions, steps, firstDay, lastDay, finished, endedEarly, interrupted, rated, withNote);
        }
    }

    private static final String[] NOTES = {
            "Left piriformis very tight, eased after 3 min",
            "Slept badly. Stiff all morning",
            "Used the \"big\" roller, too hard on the TLF",
            "Better than yesterday, but the psoas still twinges",
            "Desk day, 9 hours sitting\nback tight by 6 pm",
            "Rücken viel besser — endlich!",
            "Ça va mieux après la séance; à refaire demain",
            "Glute med: found the spot, 2 fingers below the crest, \"ouch\"",
            "Long drive (4 h), hips locked",
            "Felt great 👍",
            "Stopped early: phone, kids, dinner",
            "Right side worse than left, again",
            "After the gym: deadlifts, 3×5",
            "Lacrosse ball instead of softball for piriformis; deeper, better",
            "Spasm at work, did this at lunch\r\nmuch calmer afterwards",
            "背中が楽になった",
    };

    private final SplittableRandom random;
    private final ZoneId zone;
    private final TargetCatalogue catalogue = new TargetCatalogue();
    private final Routine lowBack;
    private final Routine upperBack;
    private final List<Routine> custom;

    private LogGenerator(long seed, ZoneId zone) {
        this.random = new SplittableRandom(seed);
        this.zone = zone;
        List<Routine> builtIn = new BuiltInRoutines(catalogue).all();
        lowBack = builtIn.stream().filter(r -> r.id().equals(BuiltInRoutines.LOW_BACK)).findFirst().orElseThrow();
        upperBack = builtIn.stream().filter(r -> r.id().equals(BuiltInRoutines.UPPER_BACK)).findFirst().orElseThrow();
        // Own routines (issue 5) do not exist yet; these are the mixes a person would make, built with the domain's
        // own rules so they are valid: a QL day, a short hips one and a long full one.
        custom = List.of(
                new Routine("custom:1", "Hips & QL", List.of(
                        new Step(target(TargetCatalogue.GLUTE_MAX), Tool.SOFTBALL, Sides.BOTH, 6),
                        new Step(target(TargetCatalogue.PIRIFORMIS), Tool.LACROSSE_BALL, Sides.BOTH, 5),
                        new Step(target(TargetCatalogue.QL), Tool.LACROSSE_BALL, Sides.BOTH, 5)), false),
                new Routine("custom:2", "Quick psoas", List.of(
                        new Step(target(TargetCatalogue.PSOAS), Tool.SOFTBALL, Sides.BOTH, 8)), false),
                new Routine("custom:3", "Everything, slowly", List.of(
                        new Step(target(TargetCatalogue.UPPER_BACK), Tool.FOAM_ROLLER, Sides.CENTRAL, 6),
                        new Step(target(TargetCatalogue.GLUTE_MAX), Tool.FOAM_ROLLER, Sides.BOTH, 7),
                        new Step(target(TargetCatalogue.PIRIFORMIS), Tool.LACROSSE_BALL, Sides.BOTH, 7),
                        new Step(target(TargetCatalogue.GLUTE_MED_MIN), Tool.SOFTBALL, Sides.BOTH, 7),
                        new Step(target(TargetCatalogue.TLF), Tool.FOAM_ROLLER, Sides.CENTRAL, 7),
                        new Step(target(TargetCatalogue.PSOAS), Tool.SOFTBALL, Sides.BOTH, 7),
                        new Step(target(TargetCatalogue.QL), Tool.LACROSSE_BALL, Sides.RIGHT, 5)), false));
    }

    private Target target(String id) {
        return catalogue.byId(id);
    }

    /**
     * Creates {@code file} with the app's Storage and fills it with the ten years up to {@code now}: sessions end by
     * then, none is in the future (the random draws for a later one are still made, so the log before it is the
     * same whatever the hour).
     *
     * @throws IllegalArgumentException if the file exists: this never writes into a log that is already there
     */
    public static Stats generate(Path file, Instant now, ZoneId zone, long seed) throws Exception {
        if (Files.exists(file)) {
            throw new IllegalArgumentException(file + " already exists; give a path for a new file "
                    + "(the generator never writes into an existing log).");
        }
        Storage storage = new Storage(file, Clock.systemUTC(), zone, new TargetCatalogue(), StorageStatusListener.NONE,
                WriteAccess.FILE_SYSTEM).open();
        try {
            storage.ready().get(30, TimeUnit.SECONDS);
        } finally {
            storage.close();
        }
        LogGenerator generator = new LogGenerator(seed, zone);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            return generator.fill(c, now);
        }
    }

    // ---- the person's ten years ------------------------------------------------------------------------

    private record Session(Instant start, Instant end, String routine, String routineId, String status,
                           Integer painBefore, Integer painAfter, String note, List<StepRow> steps) {
    }

    private record StepRow(int position, String target, String tool, String side, int planned, int done) {
    }

    private Stats fill(Connection c, Instant now) throws SQLException {
        LocalDate lastDay = LocalDate.ofInstant(now, zone);
        LocalDate firstDay = lastDay.minusYears(YEARS).plusDays(1);
        int[] counts = new int[7]; // sessions, steps, rated, notes, finished, ended early, interrupted
        try (Statement st = c.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
        }
        try (PreparedStatement session = c.prepareStatement("INSERT INTO session (id, started_at, ended_at, "
                + "updated_at, routine, routine_id, status, pain_before, pain_after, note) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement step = c.prepareStatement("INSERT INTO session_step (session_id, position, target, "
                     + "tool, side, planned_seconds, done_seconds) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            long id = 0;
            int pause = 0;
            LocalDate flareStart = null;
            int flareLength = 0;
            int flarePain = 0;
            LocalDate nextFlare = firstDay.plusDays(random.nextInt(3, 20));
            for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
                double years = (day.toEpochDay() - firstDay.toEpochDay()) / 365.25;
                if (day.equals(nextFlare)) {
                    flareStart = day;
                    flareLength = random.nextInt(7, 29);
                    // Flare-ups start at 9 in the first year and about 6 by the tenth.
                    flarePain = clamp((int) Math.round(9 - 0.3 * years + random.nextInt(-1, 2)), 5, 9);
                    nextFlare = day.plusDays(flareLength + random.nextInt(25, 80));
                }
                boolean inFlare = flareStart != null && day.isBefore(flareStart.plusDays(flareLength));
                if (pause > 0) {
                    pause--;
                    continue;
                }
                if (!inFlare && random.nextDouble() < 0.0015) {
                    pause = random.nextInt(14, 36) - 1; // a holiday, an illness: a few of these in ten years
                    continue;
                }
                if (!inFlare && random.nextDouble() < 0.03) {
                    pause = random.nextInt(1, 4) - 1; // a busy few days
                    continue;
                }
                int calm = (int) Math.round(5 - 0.2 * years); // between flare-ups: 5 in the first years, 3 by the last
                int pain = inFlare
                        ? flarePain - (int) Math.round((flarePain - calm) * (day.toEpochDay() - flareStart.toEpochDay())
                        / (double) flareLength)
                        : calm;
                double r = random.nextDouble();
                int sessionsToday = inFlare ? (r < 0.45 ? 3 : 2) : (r < 0.11 ? 1 : r < 0.97 ? 2 : 3);
                for (int slot = 0; slot < sessionsToday; slot++) {
                    Session s = session(day, slot, sessionsToday, clamp(pain + random.nextInt(-1, 2), 3, 9), inFlare);
                    if (s.end().isAfter(now)) {
                        continue;
                    }
                    id++;
                    insert(session, step, id, s);
                    counts[0]++;
                    counts[1] += s.steps().size();
                    counts[2] += s.painBefore() != null || s.painAfter() != null ? 1 : 0;
                    counts[3] += s.note().isEmpty() ? 0 : 1;
                    counts[switch (s.status()) {
                        case "finished" -> 4;
                        case "ended_early" -> 5;
                        default -> 6;
                    }]++;
                }
            }
            session.executeBatch();
            step.executeBatch();
        } catch (SQLException | RuntimeException e) {
            try (Statement st = c.createStatement()) {
                st.execute("ROLLBACK");
            }
            throw e;
        }
        try (Statement st = c.createStatement()) {
            st.execute("COMMIT");
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)"); // the .db file alone holds the log, ready to copy
        }
        return new Stats(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], firstDay, lastDay);
    }

    private Session session(LocalDate day, int slot, int ofDay, int painToday, boolean inFlare) {
        Routine routine = routine(slot, ofDay);
        LocalTime time = switch (ofDay == 1 ? (random.nextDouble() < 0.6 ? 0 : 2) : ofDay == 2 ? slot * 2 : slot) {
            case 0 -> LocalTime.of(6, 30).plusMinutes(random.nextInt(0, 120));
            case 1 -> LocalTime.of(12, 0).plusMinutes(random.nextInt(0, 120));
            default -> LocalTime.of(18, 30).plusMinutes(random.nextInt(0, 180));
        };
        Instant start = day.atTime(time).plusSeconds(random.nextInt(0, 60)).plusNanos(random.nextInt(0, 1000) * 1_000_000L)
                .atZone(zone).toInstant();

        double r = random.nextDouble();
        String status = r < 0.86 ? "finished" : r < 0.96 ? "ended_early" : "interrupted";
        List<Segment> segments = SessionPlan.of(routine, REPOSITION_SECONDS).segments();
        String swappedTarget = random.nextDouble() < 0.1 ? segments.get(random.nextInt(segments.size())).target().id() : null;
        int cut = status.equals("finished") ? segments.size() : random.nextInt(segments.size());
        int extended = status.equals("finished") && random.nextDouble() < 0.04 ? random.nextInt(segments.size()) : -1;
        int skipped = status.equals("finished") && random.nextDouble() < 0.05 ? random.nextInt(segments.size()) : -1;
        List<StepRow> steps = new ArrayList<>(segments.size());
        long elapsed = 0;
        for (Segment seg : segments) {
            int planned = seg.plannedSeconds();
            int done;
            if (seg.position() < cut) {
                done = seg.position() == extended ? planned + 60
                        : seg.position() == skipped ? (int) (planned * (0.3 + 0.65 * random.nextDouble())) : planned;
            } else if (seg.position() == cut) {
                done = random.nextInt(0, planned); // the partial seconds of the segment the session stopped in
            } else {
                done = 0;
            }
            if (seg.position() <= cut) {
                elapsed += REPOSITION_SECONDS + done;
            }
            Tool tool = seg.tool();
            if (seg.target().id().equals(swappedTarget) && seg.target().tools().size() > 1) {
                tool = seg.target().tools().get(1); // the other ball today
            }
            steps.add(new StepRow(seg.position(), seg.target().id(), tool.id(), seg.side().id(), planned, done));
        }
        if (random.nextDouble() < 0.15) {
            elapsed += random.nextInt(30, 300); // a pause
        }
        Instant end = start.plusSeconds(elapsed).plusMillis(random.nextInt(0, 1000));
        if (status.equals("interrupted")) {
            end = end.minusSeconds(random.nextInt(0, 15)); // marked at its last checkpoint, up to 15 s before the crash
        }

        // About half the sessions are rated; more often in a flare-up, when it matters.
        Integer before = null;
        Integer after = null;
        if (random.nextDouble() < (inFlare ? 0.65 : 0.45)) {
            before = painToday;
            double a = random.nextDouble();
            if (!status.equals("interrupted") && a < 0.9) { // the end summary never showed for an interrupted one
                int drop = a < 0.77 ? random.nextInt(1, 4) : a < 0.86 ? 0 : 4;
                after = Math.max(0, before - drop);
            }
        } else if (!status.equals("interrupted") && random.nextDouble() < 0.03) {
            after = random.nextInt(1, 4); // rated only at the end
        }
        String note = random.nextDouble() < 0.05 ? NOTES[random.nextInt(NOTES.length)] : "";
        return new Session(start, end, routine.name(), routine.id(), status, before, after, note, steps);
    }

    /** Mornings are Low back, evenings often the short Upper back, now and then one of the person's own mixes. */
    private Routine routine(int slot, int ofDay) {
        double r = random.nextDouble();
        if (r < 0.06) {
            return custom.get(random.nextInt(custom.size()));
        }
        double upper = slot == 0 ? 0.05 : slot == ofDay - 1 ? 0.33 : 0.5;
        return r < 0.06 + upper ? upperBack : lowBack;
    }

    private static void insert(PreparedStatement session, PreparedStatement step, long id, Session s)
            throws SQLException {
        String end = TIMESTAMP.format(s.end());
        session.setLong(1, id);
        session.setString(2, TIMESTAMP.format(s.start()));
        session.setString(3, end);
        session.setString(4, end);
        session.setString(5, s.routine());
        session.setString(6, s.routineId());
        session.setString(7, s.status());
        setInteger(session, 8, s.painBefore());
        setInteger(session, 9, s.painAfter());
        session.setString(10, s.note());
        session.addBatch();
        for (StepRow row : s.steps()) {
            step.setLong(1, id);
            step.setInt(2, row.position());
            step.setString(3, row.target());
            step.setString(4, row.tool());
            step.setString(5, row.side());
            step.setInt(6, row.planned());
            step.setInt(7, row.done());
            step.addBatch();
        }
        if (id % 1_000 == 0) { // the session rows go first: the steps' foreign key points at them
            session.executeBatch();
            step.executeBatch();
        }
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    /** {@code PATH}: a new ten-year log ending today (the system's zone) at PATH. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1 || args[0].startsWith("-")) {
            System.err.println("usage: LogGenerator PATH   (PATH must not exist yet)");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        ZoneId zone = ZoneId.systemDefault();
        Stats stats = generate(file, Instant.now(), zone, DEFAULT_SEED);
        System.out.println("Wrote " + file.toAbsolutePath() + ": " + stats);
        System.out.println("Look at it with: UNKNOT_DB=" + file.toAbsolutePath() + " mvn javafx:run");
    }
}
