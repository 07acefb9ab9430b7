package dev.unknot.storage;

import dev.unknot.domain.HistoryFilter;
import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.SessionSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ten years of daily use, twice a day: 7,300 sessions and about 55,000 steps. The history and the full load must
 * stay instant, which means SQLite uses the indexes: that is checked on the query plans (the precise guard), with
 * generous time limits on top that only a full scan per session or a query per session would break.
 */
class HistoryScaleTest {
    private static final int SESSIONS = 7_300;
    private static final Instant FIRST = Instant.parse("2016-03-01T06:45:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final HistoryFilter ONE_MONTH = new HistoryFilter(Optional.of(LocalDate.parse("2021-06-01")),
            Optional.of(LocalDate.parse("2021-06-30")), Optional.empty());
    private static final HistoryFilter ONE_TARGET = onTarget(HistoryFilter.ALL, Optional.of("upper_back"));
    private static final HistoryFilter BOTH = onTarget(ONE_MONTH, Optional.of("psoas"));

    @TempDir
    Path dir;

    private Path file;
    private Storage storage;
    private int steps;

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(30, TimeUnit.SECONDS);
    }

    /** Every 5th session is Upper back (1 step), the others Low back (9 steps), 12 hours apart. */
    @BeforeEach
    void tenYearsOfSessions() throws Exception {
        file = dir.resolve("unknot.db");
        storage = TestLogs.open(file, new TestWallClock(FIRST), ZONE, StorageStatusListener.NONE);
        await(storage.ready());
        String[] lowBack = {"glute_max", "glute_max", "piriformis", "piriformis", "glute_med_min", "glute_med_min",
                "tlf", "psoas", "psoas"};
        try (RawDb db = new RawDb(file)) {
            db.execute("BEGIN");
            try (PreparedStatement session = db.connection.prepareStatement("INSERT INTO session (id, started_at, "
                    + "ended_at, updated_at, routine, routine_id, status, pain_before, note) VALUES (?, ?, ?, ?, ?, ?, "
                    + "'finished', ?, ?)");
                 PreparedStatement step = db.connection.prepareStatement("INSERT INTO session_step VALUES "
                         + "(?, ?, ?, 'foam_roller', 'central', 300, 280)")) {
                for (int id = 1; id <= SESSIONS; id++) {
                    Instant start = FIRST.plus(Duration.ofHours(12L * (id - 1)));
                    boolean upper = id % 5 == 0;
                    session.setInt(1, id);
                    session.setString(2, SqlValues.timestamp(start));
                    session.setString(3, SqlValues.timestamp(start.plusSeconds(2_800)));
                    session.setString(4, SqlValues.timestamp(start.plusSeconds(2_800)));
                    session.setString(5, upper ? "Upper back" : "Low back");
                    session.setString(6, upper ? "builtin:upper_back" : "builtin:low_back");
                    session.setInt(7, id % 11);
                    session.setString(8, id % 3 == 0 ? "a note of a few words, " + id : "");
                    session.addBatch();
                    String[] targets = upper ? new String[] {"upper_back"} : lowBack;
                    for (int position = 0; position < targets.length; position++) {
                        step.setInt(1, id);
                        step.setInt(2, position);
                        step.setString(3, targets[position]);
                        step.addBatch();
                        steps++;
                    }
                }
                session.executeBatch();
                step.executeBatch();
            }
            db.execute("COMMIT");
        }
    }

    @AfterEach
    void closeStorage() {
        storage.close();
    }

    @Test
    void theHistoryQueriesUseTheIndexesAndNeverReadAllTheSteps() throws Exception {
        try (RawDb db = new RawDb(file)) {
            for (HistoryFilter filter : List.of(HistoryFilter.ALL, ONE_MONTH, ONE_TARGET, BOTH)) {
                List<String> plan = plan(db, HistoryQuery.of(filter, ZONE));
                String shown = filter + ": " + plan;
                assertFalse(plan.stream().anyMatch(line -> line.startsWith("SCAN session_step")), shown);
                assertTrue(plan.stream().filter(line -> line.contains("session_step"))
                        .allMatch(line -> line.startsWith("SEARCH")), shown);
                if (filter.targetId().isPresent()) {
                    assertTrue(plan.stream().anyMatch(line -> line.contains("session_step_target")), shown);
                }
                if (filter.from().isPresent() || filter.targetId().isEmpty()) {
                    assertTrue(plan.stream().anyMatch(line -> line.contains("session_started_at")), shown);
                }
                if (filter.targetId().isEmpty()) {
                    assertFalse(plan.stream().anyMatch(line -> line.contains("TEMP B-TREE")),
                            "the index gives the order: " + shown);
                }
            }
        }
    }

    private static List<String> plan(RawDb db, HistoryQuery query) throws Exception {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement ps = db.connection.prepareStatement("EXPLAIN QUERY PLAN " + query.sql)) {
            for (int i = 0; i < query.parameters.size(); i++) {
                ps.setObject(i + 1, query.parameters.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString("detail"));
                }
            }
        }
        return lines;
    }

    @Test
    void tenYearsOfHistoryComeBackWholeAndFiltered() throws Exception {
        await(storage.sessions().history(HistoryFilter.ALL)); // warm up the JIT and the page cache, as the home screen would

        List<SessionSummary> all = await(storage.sessions().history(HistoryFilter.ALL));
        List<SessionSummary> month = await(storage.sessions().history(ONE_MONTH));
        List<SessionSummary> target = await(storage.sessions().history(ONE_TARGET));
        List<SessionSummary> both = await(storage.sessions().history(BOTH));

        assertEquals(SESSIONS, all.size());
        assertEquals(SESSIONS / 5, target.size());
        assertEquals(60, month.size(), "two a day in June");
        assertEquals(48, both.size(), "June's Low back sessions");
        assertEquals(9 * 280, all.get(1).doneSeconds());
        assertEquals(9 * 300, all.get(1).plannedSeconds());
    }

    @Test
    void tenYearsLoadInFullInTwoQueries() throws Exception {
        await(storage.sessions().loadAll()); // warm up

        List<LoggedSession> all = await(storage.sessions().loadAll());

        assertEquals(SESSIONS, all.size());
        assertEquals(steps, all.stream().mapToInt(s -> s.steps().size()).sum());
        assertEquals(1, all.get(0).id());
        assertEquals(SESSIONS, all.get(SESSIONS - 1).id());
    }

    /** The filter with the target set as the history screen sets it. */
    private static HistoryFilter onTarget(HistoryFilter filter, Optional<String> targetId) {
        return new HistoryFilter(filter.from(), filter.to(), targetId);
    }
}
