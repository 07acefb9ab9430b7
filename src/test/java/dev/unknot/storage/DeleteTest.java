package dev.unknot.storage;

import dev.unknot.domain.HistoryFilter;
import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.SessionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static dev.unknot.storage.OpenStorage.await;
import static dev.unknot.storage.OpenStorage.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DeleteTest {
    private static final Instant T0 = Instant.parse("2026-11-25T22:07:54.321Z");
    private static final String SESSION_ROWS = "SELECT * FROM session ORDER BY id";
    private static final String STEP_ROWS = "SELECT * FROM session_step ORDER BY session_id, position";

    @RegisterExtension
    final OpenStorage open = new OpenStorage(T0);

    /** A rated Low back session with a note, 45 s worked, ended early; then an hour passes. */
    private long ratedSession(int painBefore, String note) throws Exception {
        SessionDriver session = new SessionDriver(open.storage().sessions().newSessionRecorder(OptionalInt.of(painBefore)),
                open.wall(), SessionDriver.lowBack());
        session.startAndWork(45);
        session.engine.endEarly();
        long id = await(session.recorder.sessionId());
        await(open.storage().sessions().saveReflection(id, OptionalInt.of(painBefore - 2), note));
        open.wall().advance(Duration.ofHours(1));
        return id;
    }

    private List<List<String>> rows(String sql) throws Exception {
        try (RawDb db = new RawDb(open.file())) {
            return db.rows(sql);
        }
    }

    @Test
    void deleteThenUndeleteGivesBackTheIdenticalSessionAndEveryColumnAsItWas() throws Exception {
        long before = ratedSession(5, "before");
        long id = ratedSession(7, "Tight left glute.\nBetter after.");
        long after = ratedSession(4, "after");
        LoggedSession original = await(open.storage().sessions().find(id)).orElseThrow();
        List<List<String>> sessionRows = rows(SESSION_ROWS);
        List<List<String>> stepRows = rows(STEP_ROWS);

        LoggedSession deleted = await(open.storage().sessions().delete(id));
        assertEquals(original, deleted, "complete: steps, ratings, note");
        assertEquals(Optional.empty(), await(open.storage().sessions().find(id)));
        assertEquals(List.of(after, before), await(open.storage().sessions().history(HistoryFilter.ALL)).stream()
                .map(s -> s.id()).toList());
        try (RawDb db = new RawDb(open.file())) {
            assertEquals(0, db.number("SELECT count(*) FROM session_step WHERE session_id = " + id), "steps too");
            assertEquals(18, db.number("SELECT count(*) FROM session_step"), "the others' steps are untouched");
        }

        await(open.storage().sessions().undelete(deleted));
        assertEquals(original, await(open.storage().sessions().find(id)).orElseThrow());
        assertEquals(sessionRows, rows(SESSION_ROWS), "every column of the row, updated_at included");
        assertEquals(stepRows, rows(STEP_ROWS));
        assertEquals(List.of(), open.status().events);
    }

    @Test
    void aSessionBeingRecordedCannotBeDeleted() throws Exception {
        SessionDriver live = new SessionDriver(open.storage(), open.wall());
        live.startAndWork(30);
        long id = await(live.recorder.sessionId());

        RefusedException e = refused(open.storage().sessions().delete(id));
        assertEquals("This session is still being recorded, so it cannot be deleted. End it first; then it can be "
                + "deleted.", e.getMessage());
        live.pass(20);
        await(open.storage().flush());
        assertEquals(50, await(open.storage().sessions().find(id)).orElseThrow().doneSeconds(),
                "it is still there and still recorded");

        live.engine.endEarly();
        assertEquals(SessionStatus.ENDED_EARLY, await(open.storage().sessions().delete(id)).status(), "once ended it can go");
        assertEquals(Optional.empty(), await(open.storage().sessions().find(id)));
        assertEquals(List.of(), open.status().events, "a refusal is not a failed save");
    }

    @Test
    void aSessionLeftRunningByAnotherRunCannotBeDeletedUntilItIsMarkedInterrupted() throws Exception {
        SessionDriver crashed = new SessionDriver(open.storage(), open.wall());
        crashed.startAndWork(30);
        long id = await(crashed.recorder.sessionId());
        open.reopen();

        RefusedException e = refused(open.storage().sessions().delete(id));
        assertEquals("This session is still marked as running, so it was not deleted. Unknot marks it as interrupted "
                + "the next time it starts; it can be deleted then.", e.getMessage());
        await(open.storage().sessions().markRunningAsInterrupted());
        LoggedSession deleted = await(open.storage().sessions().delete(id));
        await(open.storage().sessions().undelete(deleted));
        assertEquals(deleted, await(open.storage().sessions().find(id)).orElseThrow());
    }

    @Test
    void deletingASessionThatIsNotThereIsRefused() throws Exception {
        long id = ratedSession(3, "");
        await(open.storage().sessions().delete(id));
        RefusedException e = refused(open.storage().sessions().delete(id));
        assertEquals("This session is no longer in the log; it may have been deleted already.", e.getMessage());
        assertEquals(List.of(), open.status().events);
    }

    @Test
    void undeleteAfterANewSessionTookTheIdPutsItBackUnderANewId() throws Exception {
        ratedSession(6, "first");
        long newest = ratedSession(5, "newest");
        LoggedSession deleted = await(open.storage().sessions().delete(newest));
        long next = ratedSession(2, "recorded after the delete"); // SQLite hands the highest free id out again
        assertEquals(newest, next);

        await(open.storage().sessions().undelete(deleted));

        List<LoggedSession> all = await(open.storage().sessions().loadAll());
        assertEquals(3, all.size());
        assertEquals("recorded after the delete", await(open.storage().sessions().find(next)).orElseThrow().note());
        LoggedSession back = all.stream().filter(s -> s.note().equals("newest")).findFirst().orElseThrow();
        assertEquals(next + 1, back.id());
        assertEquals(deleted.steps(), back.steps());
        assertEquals(deleted.startedAt(), back.startedAt());
        assertEquals(deleted.painBefore(), back.painBefore());
        assertEquals(List.of(), open.status().events);
    }

    @Test
    void aSessionIsPutBackOnceOnly() throws Exception {
        LoggedSession deleted = await(open.storage().sessions().delete(ratedSession(6, "")));
        await(open.storage().sessions().undelete(deleted));
        refused(open.storage().sessions().undelete(deleted));
        assertEquals(List.of(deleted), await(open.storage().sessions().loadAll()));
    }
}
