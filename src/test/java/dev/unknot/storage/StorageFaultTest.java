package dev.unknot.storage;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.SessionStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Saving breaks while a session runs, and is fixed again. Each fault comes from SQLite itself, on the real write
 * path, so the error code our messages and retries depend on is the one the driver really raises:
 * <ul>
 *   <li>read-only: the tests run as root, who ignores permission bits, so chmod would not fail a write. Instead the
 *       connection is opened read-only (SQLITE_OPEN_READONLY, what SQLite itself falls back to when the file is
 *       write-protected). Writes then fail with SQLITE_READONLY exactly as on a read-only file, and the fix (a
 *       writable file) only helps if Storage drops that connection and opens a new one, which is what is tested.</li>
 *   <li>disk full: {@code PRAGMA max_page_count} caps the file at its current size and the session table is filled
 *       to the brim, so the next insert fails with SQLITE_FULL; raising the cap is "freeing space".</li>
 *   <li>locked: a second connection holds the write lock with BEGIN EXCLUSIVE (SQLITE_BUSY); busy_timeout is cut
 *       from 5 s to 50 ms on the storage connection to keep the test fast.</li>
 *   <li>not a database: the file holds text (SQLITE_NOTADB). This is no longer a fault that lasts: the opening
 *       sets such a file aside and starts a fresh log (DatabaseHealthTest has the details).</li>
 * </ul>
 */
class StorageFaultTest {
    private static final Instant T0 = Instant.parse("2026-11-25T22:07:54Z");
    private static final int UNLIMITED_PAGES = 1_073_741_823;

    @TempDir
    Path dir;

    private Path file;
    private TestWallClock wall;
    private RecordingStatus status;
    private Storage storage;

    @BeforeEach
    void setUp() {
        file = dir.resolve("unknot.db");
        wall = new TestWallClock(T0);
        status = new RecordingStatus();
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

    /** Fault present: the next checkpoints fail quietly (one message in all); then the fix, and one more checkpoint. */
    private LoggedSession keepGoingThroughFault(SessionDriver session, Runnable fix) throws Exception {
        int worked = SessionDriver.worked(session.engine.snapshot());
        session.pass(30);
        session.checkpointNow(); // pause
        session.checkpointNow(); // resume
        await(storage.flush());
        assertEquals(List.of("failed"), status.events, "one message for the whole streak of failures");
        assertEquals(worked + 30, SessionDriver.worked(session.engine.snapshot()), "the session went on in memory");

        fix.run();
        session.pass(20);
        await(storage.flush());
        assertEquals(List.of("failed", "recovered"), status.events);
        assertTrue(status.threads.stream().allMatch(LogQueue.THREAD_NAME::equals), status.threads.toString());

        long id = await(session.recorder.sessionId());
        LoggedSession logged = await(storage.sessions().find(id)).orElseThrow();
        assertEquals(SessionStatus.RUNNING, logged.status());
        assertEquals(T0, logged.startedAt(), "started_at is when the session started, not when saving worked again");
        return logged;
    }

    private void assertPlainMessage(String expectedReason) {
        assertEquals(1, status.failures.size());
        String message = status.failures.get(0);
        assertEquals("Unknot cannot save to " + file + ": " + expectedReason
                + " Your session keeps running and will be saved as soon as saving works again.", message);
    }

    @Test
    void aReadOnlyFileIsReportedOnceAndTheLatestStateIsSavedWhenItIsWritableAgain() throws Exception {
        TestLogs.open(file, wall, StorageStatusListener.NONE).close(); // an existing, migrated log
        AtomicBoolean readOnly = new AtomicBoolean(true);
        storage = TestLogs.open(file, wall, status, url -> {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(readOnly.get());
            return config.createConnection(url);
        });
        await(storage.ready());

        SessionDriver session = new SessionDriver(storage, wall);
        session.startAndWork(10);
        await(storage.flush());
        assertPlainMessage("the file is read-only.");
        assertFalse(session.recorder.sessionId().isDone(), "nothing could be inserted");

        LoggedSession logged = keepGoingThroughFault(session, () -> readOnly.set(false));
        assertEquals(60, logged.steps().get(0).doneSeconds(), "10 + 30 + 20 seconds of work, written at once");
    }

    /**
     * The test above has the file read-only from the start, so only the insert is retried. Here it turns read-only
     * after the session's row is written (a disk remounted read-only, say): the open connection refuses writes
     * (query_only, SQLITE_READONLY as for a write-protected file), Storage drops it, and every reopening is
     * read-only until the file is writable again; then the same row is updated, not a second one inserted.
     */
    @Test
    void aFileThatTurnsReadOnlyDuringASessionIsReportedOnceAndTheSameRowCatchesUpWhenItIsWritableAgain()
            throws Exception {
        TestLogs.open(file, wall, StorageStatusListener.NONE).close();
        AtomicBoolean readOnly = new AtomicBoolean(false);
        storage = TestLogs.open(file, wall, status, url -> {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(readOnly.get());
            return config.createConnection(url);
        });
        await(storage.ready());
        SessionDriver session = new SessionDriver(storage, wall);
        session.startAndWork(10);
        long id = await(session.recorder.sessionId());

        readOnly.set(true);
        await(pragma("query_only = 1"));
        session.pass(5);
        await(storage.flush());
        assertPlainMessage("the file is read-only.");
        assertEquals(SessionStatus.RUNNING, await(storage.sessions().find(id)).orElseThrow().status(), "reading still works");

        LoggedSession logged = keepGoingThroughFault(session, () -> readOnly.set(false));
        assertEquals(id, logged.id());
        assertEquals(65, logged.steps().get(0).doneSeconds(), "10 + 5 + 30 + 20 seconds of work");
        assertEquals(1, await(storage.sessions().loadAll()).size(), "one row for the session, updated");

        session.engine.endEarly();
        await(storage.flush());
        assertEquals(SessionStatus.ENDED_EARLY, await(storage.sessions().find(id)).orElseThrow().status());
    }

    @Test
    void aFullDiskIsReportedOnceAndTheSessionIsInsertedWhenSpaceIsFreed() throws Exception {
        storage = TestLogs.open(file, wall, status);
        await(storage.ready());
        await(storage.onStorageThread(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA max_page_count = " + pageCount(st));
                fillSessionTable(st);
            }
            return null;
        }));

        SessionDriver session = new SessionDriver(storage, wall);
        session.startAndWork(10);
        await(storage.flush());
        assertPlainMessage("the disk is full.");

        LoggedSession logged = keepGoingThroughFault(session, () -> awaitFix(pragma("max_page_count = " + UNLIMITED_PAGES)));
        assertEquals(60, logged.steps().get(0).doneSeconds());
        assertEquals(9, logged.steps().size());
    }

    @Test
    void aFileLockedByAnotherProgramIsReportedOnceAndTheLatestCheckpointIsWrittenWhenItIsFree() throws Exception {
        storage = TestLogs.open(file, wall, status);
        await(storage.ready());
        await(pragma("busy_timeout = 50"));
        SessionDriver session = new SessionDriver(storage, wall);
        session.startAndWork(10);
        long id = await(session.recorder.sessionId()); // the insert worked before the lock

        try (RawDb other = new RawDb(file)) {
            other.execute("BEGIN EXCLUSIVE");
            session.pass(5);
            await(storage.flush());
            assertPlainMessage("another program is using the file.");

            LoggedSession logged = keepGoingThroughFault(session, run(() -> other.execute("COMMIT")));
            assertEquals(id, logged.id());
            assertEquals(65, logged.steps().get(0).doneSeconds(), "10 + 5 + 30 + 20 seconds of work");
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsSetAsideAtOpeningAndSessionsAreSavedInAFreshLog() throws Exception {
        Files.writeString(file, "These are my notes, not a database.\n".repeat(200));
        storage = TestLogs.open(file, wall, status);
        await(storage.ready());
        Path aside = await(storage.safety().openReport()).setAside().orElseThrow();
        assertTrue(Files.readString(aside).startsWith("These are my notes"), "the notes are kept, untouched");

        SessionDriver session = new SessionDriver(storage, wall);
        session.startAndWork(10);
        session.pass(20);
        await(storage.flush());
        assertEquals(List.of(), status.events, "nothing failed");
        assertEquals(30, await(storage.sessions().find(await(session.recorder.sessionId()))).orElseThrow().doneSeconds());
    }

    @Test
    void anEndThatCouldNotBeSavedIsSavedWhenTheLogCloses() throws Exception {
        long id = endWhileAnotherProgramHoldsTheLog(LogQueue.DEFAULT_RETRY_MILLIS);
        storage.close(); // no further session event, before any retry: close must write what is pending

        storage = TestLogs.open(file, wall, status);
        assertEndedEarlyAfter30Seconds(id);
    }

    @Test
    void anEndThatCouldNotBeSavedIsSavedOnItsOwnOnceTheLockGoesWithNoFurtherEvent() throws Exception {
        long id = endWhileAnotherProgramHoldsTheLog(50);

        // No session event and no close: the storage tries again by itself and the banner goes.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.events.equals(List.of("failed", "recovered")));
        assertEndedEarlyAfter30Seconds(id);
    }

    /** 10 s of work saved, then 20 s more and the end while another program holds the log; returns the row id. */
    private long endWhileAnotherProgramHoldsTheLog(long retryMillis) throws Exception {
        storage = TestLogs.open(file, wall, status);
        await(storage.ready());
        storage.retryEvery(retryMillis);
        await(pragma("busy_timeout = 50"));
        SessionDriver session = new SessionDriver(storage, wall);
        session.startAndWork(10);
        long id = await(session.recorder.sessionId());
        try (RawDb other = new RawDb(file)) {
            other.execute("BEGIN EXCLUSIVE");
            session.pass(20);
            session.engine.endEarly();
            await(storage.flush());
            assertEquals(List.of("failed"), status.events);
            other.execute("COMMIT");
        }
        return id;
    }

    private void assertEndedEarlyAfter30Seconds(long id) throws Exception {
        LoggedSession logged = await(storage.sessions().find(id)).orElseThrow();
        assertEquals(SessionStatus.ENDED_EARLY, logged.status());
        assertEquals(30, logged.doneSeconds());
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private static long pageCount(Statement st) throws SQLException {
        try (var rs = st.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Inserts small finished sessions until not one more fits under max_page_count. Halving batches keep it to a
     * few dozen statements. The filler rows are smaller than any real session row, so a real one cannot fit either.
     */
    private static void fillSessionTable(Statement st) {
        for (int batch = 1024; batch >= 1; ) {
            try {
                st.execute("INSERT INTO session (started_at, updated_at, ended_at, routine, routine_id, status) "
                        + "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + batch + ") "
                        + "SELECT '2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z', "
                        + "'2000-01-01T00:00:00.000Z', 'x', 'x', 'finished' FROM n");
            } catch (SQLException full) {
                assertEquals(Problems.SQLITE_FULL, Problems.code(full), full.getMessage());
                batch /= 2;
            }
        }
    }

    @FunctionalInterface
    private interface Fix {
        void run() throws Exception;
    }

    private static Runnable run(Fix fix) {
        return () -> {
            try {
                fix.run();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
    }

    private static void awaitFix(CompletableFuture<?> onStorageThread) {
        try {
            await(onStorageThread);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Sets a pragma on the log's own connection, on the storage thread. */
    private CompletableFuture<Void> pragma(String setting) {
        return storage.onStorageThread(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA " + setting);
            }
            return null;
        });
    }
}
