package dev.unknot.storage;

import dev.unknot.domain.HistoryFilter;
import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.Routine;
import dev.unknot.domain.SessionStatus;
import dev.unknot.domain.SessionSummary;
import dev.unknot.domain.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The history screen's lines and the insights' full load, on real sessions recorded by the real recorder. */
class HistoryTest {
    private static final Instant T0 = Instant.parse("2026-03-01T07:30:00Z");
    private static final int LOW_BACK_PLANNED = 9 * 300;

    @TempDir
    Path dir;

    private Path file;
    private TestWallClock wall;
    private Storage storage;

    private void open(ZoneId zone) throws Exception {
        file = dir.resolve("unknot.db");
        wall = new TestWallClock(T0);
        storage = TestLogs.open(file, wall, zone, StorageStatusListener.NONE);
        await(storage.ready());
    }

    @AfterEach
    void closeStorage() {
        if (storage != null) {
            storage.close();
        }
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(5, TimeUnit.SECONDS);
    }

    /** A session of {@code routine} started at {@code start}, worked {@code seconds} and ended early. */
    private long endedEarly(Instant start, Routine routine, int seconds) throws Exception {
        wall.set(start);
        SessionDriver session = new SessionDriver(storage.sessions().newSessionRecorder(java.util.OptionalInt.empty()), wall, routine);
        session.startAndWork(seconds);
        session.engine.endEarly();
        return await(session.recorder.sessionId());
    }

    private List<Long> ids(HistoryFilter filter) throws Exception {
        return await(storage.sessions().history(filter)).stream().map(SessionSummary::id).toList();
    }

    private static HistoryFilter days(String from, String to) {
        return new HistoryFilter(Optional.ofNullable(from).map(LocalDate::parse),
                Optional.ofNullable(to).map(LocalDate::parse), Optional.empty());
    }

    @Test
    void historyIsNewestFirstWithTheSecondsSummedAndTheRatingsAndNote() throws Exception {
        open(ZoneOffset.UTC);
        long early = endedEarly(T0, SessionDriver.lowBack(), 30);
        await(storage.sessions().saveReflection(early, OptionalInt.of(4), "stiff"));
        wall.set(T0.plusSeconds(86_400));
        SessionDriver finished = new SessionDriver(storage.sessions().newSessionRecorder(OptionalInt.of(8)), wall,
                SessionDriver.upperBack()).runToTheEnd();
        long upper = await(finished.recorder.sessionId());
        wall.set(T0.plusSeconds(2 * 86_400));
        SessionDriver live = new SessionDriver(storage.sessions().newSessionRecorder(java.util.OptionalInt.empty()), wall, SessionDriver.lowBack());
        live.startAndWork(20);
        long running = await(live.recorder.sessionId());
        long clockSetBack = endedEarly(T0.minusSeconds(3_600), SessionDriver.lowBack(), 50);
        await(storage.flush());

        List<SessionSummary> history = await(storage.sessions().history(HistoryFilter.ALL));
        assertEquals(List.of(running, upper, early, clockSetBack), history.stream().map(SessionSummary::id).toList(),
                "by start time, not by id");

        SessionSummary line = history.get(2);
        assertEquals(new SessionSummary(early, T0, Optional.of(T0.plusSeconds(40)), "Low back",
                SessionStatus.ENDED_EARLY, 30, LOW_BACK_PLANNED, OptionalInt.empty(), OptionalInt.of(4), "stiff"), line);
        assertEquals(new SessionSummary(upper, T0.plusSeconds(86_400), Optional.of(T0.plusSeconds(86_400 + 490)),
                "Upper back", SessionStatus.FINISHED, 480, 480, OptionalInt.of(8), OptionalInt.empty(), ""),
                history.get(1));
        assertEquals(SessionStatus.RUNNING, history.get(0).status());
        assertEquals(Optional.empty(), history.get(0).endedAt());
        assertEquals(20, history.get(0).doneSeconds());
        for (SessionSummary summary : history) {
            assertEquals(SessionSummary.of(await(storage.sessions().find(summary.id())).orElseThrow()), summary,
                    "the SQL sums agree with the steps");
        }
    }

    @Test
    void aSessionWithoutStepsSumsToZero() throws Exception {
        open(ZoneOffset.UTC);
        try (RawDb db = new RawDb(file)) {
            db.execute("INSERT INTO session (id, started_at, ended_at, updated_at, routine, routine_id, status) VALUES "
                    + "(5, '2026-03-01T07:30:00.000Z', '2026-03-01T07:30:00.000Z', '2026-03-01T07:30:00.000Z', "
                    + "'Empty', 'custom:empty', 'ended_early')");
        }
        SessionSummary line = await(storage.sessions().history(HistoryFilter.ALL)).get(0);
        assertEquals(0, line.doneSeconds());
        assertEquals(0, line.plannedSeconds());
        assertEquals(List.of(), await(storage.sessions().find(5)).orElseThrow().steps());
    }

    @Test
    void anEmptyLogHasNoHistory() throws Exception {
        open(ZoneOffset.UTC);
        assertEquals(List.of(), await(storage.sessions().history(HistoryFilter.ALL)));
        assertEquals(List.of(), await(storage.sessions().history(days("2026-03-01", "2026-03-31"))));
        assertEquals(List.of(), await(storage.sessions().loadAll()));
    }

    /**
     * Tokyo is ahead of UTC: 00:30 on the day after {@code to} is still {@code to} in UTC. New York is behind: 23:30
     * on {@code to} is already the next day in UTC. Both must go by the local day.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Asia/Tokyo", "America/New_York"})
    void daysAreLocalDaysWithBothEndsIncluded(String zoneId) throws Exception {
        ZoneId zone = ZoneId.of(zoneId);
        open(zone);
        long beforeFrom = endedEarly(local("2026-03-09T23:59:59.999", zone), SessionDriver.lowBack(), 15);
        long fromMidnight = endedEarly(local("2026-03-10T00:00", zone), SessionDriver.lowBack(), 15);
        long middle = endedEarly(local("2026-03-11T12:00", zone), SessionDriver.lowBack(), 15);
        long lateOnTo = endedEarly(local("2026-03-12T23:30", zone), SessionDriver.lowBack(), 15);
        long nextMidnight = endedEarly(local("2026-03-13T00:00", zone), SessionDriver.lowBack(), 15);
        long earlyNextDay = endedEarly(local("2026-03-13T00:30", zone), SessionDriver.lowBack(), 15);

        assertEquals(List.of(lateOnTo, middle, fromMidnight), ids(days("2026-03-10", "2026-03-12")));
        assertEquals(List.of(lateOnTo), ids(days("2026-03-12", "2026-03-12")), "a single day");
        assertEquals(List.of(earlyNextDay, nextMidnight, lateOnTo, middle, fromMidnight),
                ids(days("2026-03-10", null)), "from only");
        assertEquals(List.of(lateOnTo, middle, fromMidnight, beforeFrom), ids(days(null, "2026-03-12")), "to only");
        assertEquals(List.of(), ids(days("2026-03-14", "2026-12-31")));
    }

    private static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    @Test
    void aFirstDayAfterTheLastIsRefusedWithAPlainMessage() {
        ValidationException e = assertThrows(ValidationException.class, () -> days("2026-03-12", "2026-03-10"));
        assertEquals("The first day (2026-03-12) is after the last day (2026-03-10); choose a first day on or before "
                + "the last.", e.getMessage());
    }

    @Test
    void theTargetFilterKeepsSessionsWithAtLeastOneStepOnThatTarget() throws Exception {
        open(ZoneOffset.UTC);
        long lowBack = endedEarly(T0, SessionDriver.lowBack(), 30); // psoas planned, never reached
        long upperBack = endedEarly(T0.plusSeconds(86_400), SessionDriver.upperBack(), 30);
        long lowBackAgain = endedEarly(T0.plusSeconds(2 * 86_400), SessionDriver.lowBack(), 30);

        assertEquals(List.of(upperBack), ids(onTarget(HistoryFilter.ALL, Optional.of("upper_back"))));
        assertEquals(List.of(lowBackAgain, lowBack), ids(onTarget(HistoryFilter.ALL, Optional.of("psoas"))));
        assertEquals(List.of(), ids(onTarget(HistoryFilter.ALL, Optional.of("ql"))));
        assertEquals(List.of(lowBack), ids(onTarget(days("2026-03-01", "2026-03-02"), Optional.of("glute_max"))),
                "days and target together");
        List<SessionSummary> lines = await(storage.sessions().history(onTarget(HistoryFilter.ALL, Optional.of("psoas"))));
        assertEquals(List.of(30, 30), lines.stream().map(SessionSummary::doneSeconds).toList(),
                "the sums are over all the session's steps, not only the target's");
        assertEquals(List.of(LOW_BACK_PLANNED, LOW_BACK_PLANNED),
                lines.stream().map(SessionSummary::plannedSeconds).toList());
    }

    @Test
    void loadAllGivesEverySessionWithAllItsStepsOldestFirst() throws Exception {
        open(ZoneOffset.UTC);
        long third = endedEarly(T0.plusSeconds(2 * 86_400), SessionDriver.lowBack(), 30);
        long first = endedEarly(T0, SessionDriver.upperBack(), 40); // the clock was set back
        long gone = endedEarly(T0.plusSeconds(86_400), SessionDriver.lowBack(), 50);
        long second = endedEarly(T0.plusSeconds(86_400), SessionDriver.lowBack(), 60); // same start: by id
        await(storage.sessions().saveReflection(second, OptionalInt.of(2), "better"));
        try (RawDb db = new RawDb(file)) {
            // Deleted by hand with the sqlite3 tool, which does not enforce foreign keys: a gap in the ids, and steps
            // left behind without their session (they are skipped).
            db.execute("DELETE FROM session WHERE id = " + gone);
        }
        SessionDriver live = new SessionDriver(storage.sessions().newSessionRecorder(OptionalInt.of(5)), wall,
                SessionDriver.lowBack());
        wall.set(T0.plusSeconds(3 * 86_400));
        live.startAndWork(20);
        long running = await(live.recorder.sessionId());
        await(storage.flush());

        List<LoggedSession> all = await(storage.sessions().loadAll());
        assertEquals(List.of(first, second, third, running), all.stream().map(LoggedSession::id).toList());
        for (LoggedSession session : all) {
            assertEquals(await(storage.sessions().find(session.id())).orElseThrow(), session, "complete: steps, ratings, note");
        }
        assertEquals(List.of(1, 9, 9, 9), all.stream().map(s -> s.steps().size()).toList());
        assertEquals(List.of(40, 60, 30, 20), all.stream().map(LoggedSession::doneSeconds).toList());
        assertEquals("better", all.get(1).note());
        assertTrue(all.stream().allMatch(s -> s.steps().stream().map(st -> st.position()).toList()
                .equals(java.util.stream.IntStream.range(0, s.steps().size()).boxed().toList())), "steps in order");
    }

    /** The filter with the target set as the history screen sets it. */
    private static HistoryFilter onTarget(HistoryFilter filter, Optional<String> targetId) {
        return new HistoryFilter(filter.from(), filter.to(), targetId);
    }
}
