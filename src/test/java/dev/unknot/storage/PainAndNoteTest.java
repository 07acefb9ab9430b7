package dev.unknot.storage;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.Note;
import dev.unknot.domain.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;

import static dev.unknot.storage.OpenStorage.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PainAndNoteTest {
    private static final Instant T0 = Instant.parse("2026-11-25T22:07:54Z");

    @RegisterExtension
    final OpenStorage open = new OpenStorage(T0);

    /** A Low back session rated {@code painBefore}, worked 30 s and ended early; returns its id. */
    private long endedSession(OptionalInt painBefore) throws Exception {
        SessionDriver session = new SessionDriver(open.storage().sessions().newSessionRecorder(painBefore), open.wall(),
                SessionDriver.lowBack());
        session.startAndWork(30);
        session.engine.endEarly();
        return await(session.recorder.sessionId());
    }

    private LoggedSession find(long id) throws Exception {
        return await(open.storage().sessions().find(id)).orElseThrow();
    }

    @Test
    void thePainRatedBeforeIsWrittenWithTheSessionRowWhenItStarts() throws Exception {
        SessionDriver session = new SessionDriver(open.storage().sessions().newSessionRecorder(OptionalInt.of(7)), open.wall(),
                SessionDriver.lowBack());
        session.engine.start(); // the row is inserted at the start, before any checkpoint
        long id = await(session.recorder.sessionId());

        try (RawDb db = new RawDb(open.file())) {
            assertEquals(7, db.number("SELECT pain_before FROM session WHERE id = " + id));
            assertNull(db.text("SELECT pain_after FROM session WHERE id = " + id));
            assertEquals("", db.text("SELECT note FROM session WHERE id = " + id));
        }
        LoggedSession logged = find(id);
        assertEquals(OptionalInt.of(7), logged.painBefore());
        assertEquals(OptionalInt.empty(), logged.painAfter());
        assertEquals("", logged.note());

        session.pass(SessionDriver.REPOSITION_SECONDS + 40);
        session.engine.endEarly();
        await(open.storage().flush());
        assertEquals(OptionalInt.of(7), find(id).painBefore(), "checkpoints and the end keep it");
    }

    @Test
    void aSessionNotRatedBeforeHasNoPainBefore() throws Exception {
        long unrated = endedSession(OptionalInt.empty());
        SessionDriver plain = new SessionDriver(open.storage(), open.wall()); // the no-argument recorder
        plain.startAndWork(10);
        long noArgument = await(plain.recorder.sessionId());
        await(open.storage().flush());

        assertEquals(OptionalInt.empty(), find(unrated).painBefore());
        assertEquals(OptionalInt.empty(), find(noArgument).painBefore());
        try (RawDb db = new RawDb(open.file())) {
            assertEquals(2, db.number("SELECT count(*) FROM session WHERE pain_before IS NULL"));
        }
    }

    @Test
    void aReflectionIsSavedTrimmedAndReloadedAndASecondOneReplacesIt() throws Exception {
        long id = endedSession(OptionalInt.of(6));
        await(open.storage().sessions().saveReflection(id, OptionalInt.of(3), "  Hips much looser.\nLeft side tender.  \n"));

        LoggedSession logged = find(id);
        assertEquals(OptionalInt.of(6), logged.painBefore());
        assertEquals(OptionalInt.of(3), logged.painAfter());
        assertEquals("Hips much looser.\nLeft side tender.", logged.note());

        open.reopen(); // and it survives reopening
        assertEquals(logged, find(id));

        await(open.storage().sessions().saveReflection(id, OptionalInt.empty(), null));
        LoggedSession cleared = find(id);
        assertEquals(OptionalInt.empty(), cleared.painAfter(), "a later save may take the rating back");
        assertEquals("", cleared.note());
        assertEquals(OptionalInt.of(6), cleared.painBefore(), "the rating before is not the reflection's to change");
        assertEquals(List.of(), open.status().events);
    }

    @Test
    void painOutsideZeroToTenIsRefusedAtOnceAndNothingIsWritten() throws Exception {
        long id = endedSession(OptionalInt.empty());
        ValidationException before = assertThrows(ValidationException.class,
                () -> open.storage().sessions().newSessionRecorder(OptionalInt.of(11)));
        assertEquals("Pain is rated from 0 to 10 (got 11).", before.getMessage());
        assertThrows(ValidationException.class, () -> open.storage().sessions().newSessionRecorder(OptionalInt.of(-1)));
        ValidationException after = assertThrows(ValidationException.class,
                () -> open.storage().sessions().saveReflection(id, OptionalInt.of(-1), "fine"));
        assertEquals("Pain is rated from 0 to 10 (got -1).", after.getMessage());
        assertThrows(ValidationException.class, () -> open.storage().sessions().saveReflection(id, OptionalInt.of(11), ""));

        await(open.storage().sessions().saveReflection(id, OptionalInt.of(0), "")); // both ends are ratings
        await(open.storage().sessions().saveReflection(id, OptionalInt.of(10), ""));
        assertEquals(OptionalInt.of(10), find(id).painAfter());
        assertEquals(OptionalInt.empty(), find(id).painBefore());
    }

    @Test
    void theFileItselfRefusesPainOutsideZeroToTen() throws Exception {
        long id = endedSession(OptionalInt.empty());
        try (RawDb db = new RawDb(open.file())) {
            assertThrows(SQLException.class, () -> db.execute("UPDATE session SET pain_after = 11 WHERE id = " + id));
            assertThrows(SQLException.class, () -> db.execute("UPDATE session SET pain_before = -1 WHERE id = " + id));
            assertThrows(SQLException.class, () -> db.execute("UPDATE session SET note = NULL WHERE id = " + id));
        }
    }

    @Test
    void aNoteOverTwoThousandCharactersIsRefusedAtOnceWithAPlainMessage() throws Exception {
        long id = endedSession(OptionalInt.empty());
        String longest = "x".repeat(Note.MAX_LENGTH);
        ValidationException tooLong = assertThrows(ValidationException.class,
                () -> open.storage().sessions().saveReflection(id, OptionalInt.empty(), longest + "y"));
        assertEquals("A note can be at most 2,000 characters long; this one has 2,001.", tooLong.getMessage());
        assertEquals("", find(id).note(), "nothing was written");

        await(open.storage().sessions().saveReflection(id, OptionalInt.empty(), "\n  " + longest + "  \n"));
        assertEquals(longest, find(id).note(), "white space around the note does not count");
        String emoji = "\uD83D\uDE42".repeat(Note.MAX_LENGTH); // 2,000 characters, 4,000 UTF-16 units
        await(open.storage().sessions().saveReflection(id, OptionalInt.empty(), emoji));
        assertEquals(emoji, find(id).note(), "characters are counted as people count them");
    }

    @Test
    void aReflectionForASessionNoLongerInTheLogIsRefusedWithoutAWriteFailure() throws Exception {
        long id = endedSession(OptionalInt.empty());
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> await(open.storage().sessions().saveReflection(id + 1, OptionalInt.of(2), "lost")));
        assertInstanceOf(RefusedException.class, e.getCause());
        assertEquals("This session is no longer in the log (it may have been deleted), so the pain rating and note "
                + "were not saved.", e.getCause().getMessage());
        assertEquals(List.of(), open.status().events, "the file works: nothing to report as a failed save");
        assertTrue(find(id).painAfter().isEmpty());
    }
}
