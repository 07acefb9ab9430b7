package dev.unknot.storage;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.SelfCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import static dev.unknot.storage.OpenStorage.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SelfCheckStorageTest {
    private static final Instant T0 = Instant.parse("2026-11-25T22:07:54Z");
    private static final SelfCheck MIXED =
            new SelfCheck(Optional.of(true), Optional.of(false), Optional.empty(), Optional.of(true));

    @RegisterExtension
    final OpenStorage open = new OpenStorage(T0);

    private long endedSession() throws Exception {
        SessionDriver session = new SessionDriver(open.storage(), open.wall());
        session.startAndWork(30);
        session.engine.endEarly();
        return await(session.recorder.sessionId());
    }

    private List<String> columns(long id) throws SQLException {
        try (RawDb db = new RawDb(open.file())) {
            return db.rows("SELECT " + SelfCheckColumns.COLUMNS + " FROM session WHERE id = " + id).get(0);
        }
    }

    @Test
    void aSelfCheckIsSavedAndReadBackAfterReopeningAndALaterOneReplacesIt() throws Exception {
        long id = endedSession();
        long other = endedSession();
        assertEquals(SelfCheck.UNANSWERED, await(open.storage().sessions().selfCheck(id)), "not answered until saved");

        await(open.storage().sessions().saveSelfCheck(id, MIXED));
        assertEquals(MIXED, await(open.storage().sessions().selfCheck(id)));
        assertEquals(Arrays.asList("1", "0", null, "1"), columns(id), "1 yes, 0 no, NULL not answered");

        open.reopen();
        assertEquals(MIXED, await(open.storage().sessions().selfCheck(id)));
        assertEquals(SelfCheck.UNANSWERED, await(open.storage().sessions().selfCheck(other)), "only that session's");

        SelfCheck allNo = new SelfCheck(Optional.of(false), Optional.of(false), Optional.of(false), Optional.of(false));
        await(open.storage().sessions().saveSelfCheck(id, allNo));
        assertEquals(allNo, await(open.storage().sessions().selfCheck(id)));
        await(open.storage().sessions().saveSelfCheck(id, SelfCheck.UNANSWERED));
        assertEquals(SelfCheck.UNANSWERED, await(open.storage().sessions().selfCheck(id)), "answers can be taken back");
        assertEquals(List.of(), open.status().events);
    }

    @Test
    void aSelfCheckForASessionNoLongerInTheLogIsRefusedWithoutAWriteFailure() throws Exception {
        long id = endedSession();
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> await(open.storage().sessions().saveSelfCheck(id + 1, MIXED)));
        assertInstanceOf(RefusedException.class, e.getCause());
        assertEquals("This session is no longer in the log (it may have been deleted), so the self-check was not "
                + "saved.", e.getCause().getMessage());
        assertEquals(SelfCheck.UNANSWERED, await(open.storage().sessions().selfCheck(id + 1)), "reading one that is not there");
        assertEquals(List.of(), open.status().events);
    }

    @Test
    void aDeletedSessionPutBackHasItsSelfCheckBack() throws Exception {
        long id = endedSession();
        await(open.storage().sessions().saveSelfCheck(id, MIXED));
        LoggedSession before = await(open.storage().sessions().find(id)).orElseThrow();

        LoggedSession deleted = await(open.storage().sessions().delete(id));
        assertEquals(SelfCheck.UNANSWERED, await(open.storage().sessions().selfCheck(id)));
        await(open.storage().sessions().undelete(deleted));

        assertEquals(before, await(open.storage().sessions().find(id)).orElseThrow());
        assertEquals(MIXED, await(open.storage().sessions().selfCheck(id)));
    }

    @Test
    void theFileItselfRefusesAnAnswerOtherThanYesOrNo() throws Exception {
        long id = endedSession();
        try (RawDb db = new RawDb(open.file())) {
            for (String column : SelfCheckColumns.COLUMNS.split(", ")) {
                assertThrows(SQLException.class, () -> db.execute("UPDATE session SET " + column + " = 2 WHERE id = " + id),
                        column);
            }
        }
    }
}
