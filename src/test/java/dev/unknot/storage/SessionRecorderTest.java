package dev.unknot.storage;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.LoggedStep;
import dev.unknot.domain.SessionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.unknot.storage.OpenStorage.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionRecorderTest {
    private static final Instant T0 = Instant.parse("2026-11-25T22:07:54Z");
    /** Low back: glute max L/R, piriformis L/R, glute med/min L/R, TLF, psoas L/R; 5 minutes each. */
    private static final int SEGMENTS = 9;

    @RegisterExtension
    final OpenStorage open = new OpenStorage(T0);

    private LoggedSession logged(SessionDriver session) throws Exception {
        long id = await(session.recorder.sessionId());
        await(open.storage().flush());
        return await(open.storage().sessions().find(id)).orElseThrow();
    }

    @Test
    void aStartedSessionIsLoggedAsRunningWithOneStepPerSegmentAndNothingDone() throws Exception {
        SessionDriver session = new SessionDriver(open.storage(), open.wall());
        session.engine.start();

        LoggedSession logged = logged(session);
        assertEquals(SessionStatus.RUNNING, logged.status());
        assertEquals(T0, logged.startedAt());
        assertEquals(Optional.empty(), logged.endedAt());
        assertEquals("builtin:low_back", logged.routineId());
        assertEquals("Low back", logged.routineName());
        assertEquals(SEGMENTS, logged.steps().size());
        assertEquals(new LoggedStep(0, "glute_max", "foam_roller", "left", 300, 0), logged.steps().get(0));
        assertEquals(new LoggedStep(6, "tlf", "foam_roller", "central", 300, 0), logged.steps().get(6));
        assertEquals(0, logged.doneSeconds());
        assertEquals(SEGMENTS * 300, logged.plannedSeconds());
        try (RawDb db = new RawDb(open.file())) {
            assertEquals("2026-11-25T22:07:54.000Z", db.text("SELECT started_at FROM session"),
                    "timestamps are ISO-8601 UTC with milliseconds, even when they are zero");
            assertEquals("2026-11-25T22:07:54.000Z", db.text("SELECT updated_at FROM session"));
        }
        assertEquals(List.of(), open.status().events);
    }

    @Test
    void checkpointsUpdateDoneSecondsAndTheLastUpdateTime() throws Exception {
        SessionDriver session = new SessionDriver(open.storage(), open.wall());
        session.startAndWork(40);
        long id = await(session.recorder.sessionId());
        await(open.storage().flush());
        assertEquals(40, await(open.storage().sessions().find(id)).orElseThrow().steps().get(0).doneSeconds());

        session.pass(20);
        await(open.storage().flush());
        LoggedSession logged = await(open.storage().sessions().find(id)).orElseThrow();
        assertEquals(60, logged.steps().get(0).doneSeconds());
        assertEquals(0, logged.steps().get(1).doneSeconds());
        assertEquals(SessionStatus.RUNNING, logged.status());
        try (RawDb db = new RawDb(open.file())) {
            assertEquals("2026-11-25T22:09:04.000Z", db.text("SELECT updated_at FROM session"),
                    "updated_at is the wall time of the last checkpoint (10 s positioning + 60 s work)");
        }
    }

    @Test
    void aSessionRunToItsEndIsLoggedFinishedWithItsEndTimeAndAllItsSeconds() throws Exception {
        SessionDriver session = new SessionDriver(open.storage(), open.wall());
        session.engine.start();
        session.pass(SEGMENTS * (SessionDriver.REPOSITION_SECONDS + 300));

        LoggedSession logged = logged(session);
        assertEquals(SessionStatus.FINISHED, logged.status());
        assertEquals(Optional.of(T0.plusSeconds(SEGMENTS * 310)), logged.endedAt());
        assertEquals(SEGMENTS * 300, logged.doneSeconds());
    }

    @Test
    void aSessionEndedEarlyIsLoggedEndedEarlyWithTheTimeDoneSoFar() throws Exception {
        SessionDriver session = new SessionDriver(open.storage(), open.wall());
        session.startAndWork(90);
        session.engine.endEarly();

        LoggedSession logged = logged(session);
        assertEquals(SessionStatus.ENDED_EARLY, logged.status());
        assertEquals(Optional.of(T0.plusSeconds(100)), logged.endedAt());
        assertEquals(90, logged.doneSeconds());
        assertEquals(90, logged.steps().get(0).doneSeconds());
    }

    @Test
    void aSessionEndedBeforeAnyWorkIsNotKept() throws Exception {
        SessionDriver session = new SessionDriver(open.storage(), open.wall());
        session.engine.start();
        long id = await(session.recorder.sessionId());
        session.pass(4); // still in the first countdown
        session.engine.endEarly();
        await(open.storage().flush());

        assertEquals(Optional.empty(), await(open.storage().sessions().find(id)));
        try (RawDb db = new RawDb(open.file())) {
            assertEquals("0", db.text("SELECT count(*) FROM session_step"), "its steps went with it");
        }
    }

    @Test
    void aSessionEndedWithAnyWorkIsKept() throws Exception {
        SessionDriver session = new SessionDriver(open.storage(), open.wall());
        session.startAndWork(1);
        session.engine.endEarly();

        assertEquals(1, logged(session).doneSeconds());
    }

    @Test
    void closingWritesWhatIsQueuedAndReopeningFindsEverythingIntact() throws Exception {
        SessionDriver session = new SessionDriver(open.storage(), open.wall());
        session.startAndWork(45);
        session.engine.endEarly();
        open.storage().close(); // no flush first: close itself must drain the queue

        await(open.open().ready());
        List<LoggedSession> all = await(open.storage().sessions().recent(10));
        assertEquals(1, all.size());
        LoggedSession logged = all.get(0);
        assertEquals(SessionStatus.ENDED_EARLY, logged.status());
        assertEquals(T0, logged.startedAt());
        assertEquals(Optional.of(T0.plusSeconds(55)), logged.endedAt());
        assertEquals(45, logged.doneSeconds());
        assertEquals(SEGMENTS, logged.steps().size());
    }

    @Test
    void aSessionLeftRunningByACrashIsMarkedInterruptedAtItsLastCheckpointKeepingItsTime() throws Exception {
        SessionDriver crashed = new SessionDriver(open.storage(), open.wall());
        crashed.startAndWork(30); // last checkpoint: T0 + 40 s
        long id = await(crashed.recorder.sessionId());
        open.wall().advance(java.time.Duration.ofMinutes(5)); // the app is gone for a while before it starts again
        open.storage().close(); // the session never ended

        await(open.open().ready());
        assertEquals(1, await(open.storage().sessions().markRunningAsInterrupted()));
        LoggedSession logged = await(open.storage().sessions().find(id)).orElseThrow();
        assertEquals(SessionStatus.INTERRUPTED, logged.status());
        assertEquals(Optional.of(T0.plusSeconds(40)), logged.endedAt());
        assertEquals(30, logged.doneSeconds());
        assertEquals(0, await(open.storage().sessions().markRunningAsInterrupted()), "a second call finds nothing left running");
    }

    /**
     * Cut off in its first countdown (SIGKILL, power): nothing was worked, so at the next start it goes, as a session
     * ended before any work does, instead of staying in the log as an interrupted session of 0 s.
     */
    @Test
    void aSessionACrashCutOffBeforeAnyWorkIsNotKeptAndNotCounted() throws Exception {
        SessionDriver crashed = new SessionDriver(open.storage(), open.wall());
        crashed.engine.start();
        crashed.pass(5); // half the countdown
        long id = await(crashed.recorder.sessionId());
        SessionDriver worked = new SessionDriver(open.storage(), open.wall());
        worked.startAndWork(30);
        long workedId = await(worked.recorder.sessionId());
        open.storage().close(); // neither ended

        await(open.open().ready());
        assertEquals(1, await(open.storage().sessions().markRunningAsInterrupted()), "only the one with work is told of");
        assertEquals(Optional.empty(), await(open.storage().sessions().find(id)));
        assertEquals(SessionStatus.INTERRUPTED, await(open.storage().sessions().find(workedId)).orElseThrow().status());
    }

    @Test
    void markingInterruptedSessionsLeavesTheSessionThisRunIsRecordingAlone() throws Exception {
        SessionDriver live = new SessionDriver(open.storage(), open.wall());
        live.startAndWork(20);
        long id = await(live.recorder.sessionId());

        assertEquals(0, await(open.storage().sessions().markRunningAsInterrupted()));
        assertEquals(SessionStatus.RUNNING, await(open.storage().sessions().find(id)).orElseThrow().status());
    }

    @Test
    void recentListsTheNewestSessionsFirstWithTheirSteps() throws Exception {
        long[] ids = new long[3];
        for (int i = 0; i < 3; i++) {
            SessionDriver session = new SessionDriver(open.storage(), open.wall());
            session.startAndWork(15 + i);
            session.engine.endEarly();
            ids[i] = await(session.recorder.sessionId());
            open.wall().advance(java.time.Duration.ofHours(1));
        }
        List<LoggedSession> two = await(open.storage().sessions().recent(2));
        assertEquals(List.of(ids[2], ids[1]), two.stream().map(LoggedSession::id).toList());
        assertEquals(List.of(17, 16), two.stream().map(LoggedSession::doneSeconds).toList());
        assertTrue(two.stream().allMatch(s -> s.steps().size() == SEGMENTS));
        assertEquals(Optional.empty(), await(open.storage().sessions().find(ids[2] + 100)));
    }
}
