package dev.unknot.storage;

import dev.unknot.domain.HistoryFilter;
import dev.unknot.domain.LoggedSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A log that can be read but not written (issue 11). The tests run as root, whom neither chmod nor access(2) stops,
 * so the two things a read-only disk changes are put in by hand, each as measured on a real read-only mount
 * (tmpfs remounted ro, log left by a clean close, so no -wal or -shm beside it):
 * <ul>
 *   <li>the file system's answer to "may I write here?" ({@link WriteAccess}), which is false there;</li>
 *   <li>SQLite's answer: it cannot make the -shm a log in WAL mode needs, so it refuses to open the log at all
 *       (SQLITE_CANTOPEN, with or without {@code mode=ro}) unless it is opened as immutable; then it reads, and every
 *       write fails with SQLITE_READONLY ({@link #READ_ONLY_DISK}).</li>
 * </ul>
 */
class ReadOnlyLogTest {
    private static final Instant T0 = Instant.parse("2026-11-25T22:07:54Z");

    /** SQLite on a read-only disk, as measured: only an immutable opening reads, and it writes nothing. */
    private static final ConnectionFactory READ_ONLY_DISK = url -> {
        if (!url.contains("immutable=1")) {
            throw new SQLiteException("[SQLITE_CANTOPEN] Unable to open the database file (unable to open database file)",
                    SQLiteErrorCode.SQLITE_CANTOPEN);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection(url);
    };

    @TempDir
    Path dir;
    private Path file;
    private TestWallClock wall;
    private final RecordingStatus status = new RecordingStatus();
    private Storage storage;

    @BeforeEach
    void aLogWithTwoSessions() throws Exception {
        file = dir.resolve("unknot.db");
        wall = new TestWallClock(T0);
        Storage seed = TestLogs.open(file, wall, StorageStatusListener.NONE);
        new SessionDriver(seed, wall).runToTheEnd();
        new SessionDriver(seed, wall).runToTheEnd();
        seed.close();
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

    @Test
    void aLogOnAReadOnlyDiskIsReadForHistoryAndInsightsAndASessionGoesOnInMemoryWithTheMessage() throws Exception {
        storage = TestLogs.open(file, wall, status, READ_ONLY_DISK, dbFile -> false);

        await(storage.ready());
        assertEquals(2, await(storage.sessions().history(HistoryFilter.ALL)).size(), "the history shows the log's sessions");
        assertEquals(2, await(storage.sessions().loadAll()).size(), "so do the insights");
        assertEquals(0, await(storage.sessions().markRunningAsInterrupted()), "nothing to mark, so nothing to write");
        assertEquals(List.of(), status.events, "nothing failed yet: reading works");

        SessionDriver session = new SessionDriver(storage, wall);
        session.startAndWork(10);
        await(storage.flush());
        assertEquals(List.of("Unknot cannot save to " + file + ": the file is read-only. Your session keeps "
                + "running and will be saved as soon as saving works again."), status.failures);
        assertEquals(10, SessionDriver.worked(session.engine.snapshot()), "the session goes on in memory");
        assertEquals(2, await(storage.sessions().loadAll()).size(), "the log is as it was, and still readable");
    }

    /**
     * A write-protected log on a disk SQLite can work in (or a -wal left by a crash on a read-only disk): the plain
     * read-only opening reads it, SQLite itself refuses the writes, and once the file may be written the session is
     * saved with every second it had.
     */
    @Test
    void aWriteProtectedLogIsReadAndTheSessionIsSavedWithEverySecondOnceItMayBeWritten() throws Exception {
        AtomicBoolean writable = new AtomicBoolean(false);
        storage = TestLogs.open(file, wall, status, ConnectionFactory.DRIVER_MANAGER, dbFile -> writable.get());
        await(storage.ready());
        assertEquals(2, await(storage.sessions().history(HistoryFilter.ALL)).size());

        SessionDriver session = new SessionDriver(storage, wall);
        session.startAndWork(10);
        session.pass(30);
        await(storage.flush());
        assertEquals(List.of("failed"), status.events, "one message for the whole streak");
        assertEquals(List.of("Unknot cannot save to " + file + ": the file is read-only. Your session keeps running "
                + "and will be saved as soon as saving works again."), status.failures);
        assertEquals(2, await(storage.sessions().loadAll()).size(), "nothing was written");

        writable.set(true);
        session.pass(20);
        await(storage.flush());
        assertEquals(List.of("failed", "recovered"), status.events);
        LoggedSession logged = await(storage.sessions().find(await(session.recorder.sessionId()))).orElseThrow();
        assertEquals(60, logged.steps().get(0).doneSeconds(), "10 + 30 + 20 seconds of work");
        assertEquals(3, await(storage.sessions().loadAll()).size());
    }

    @Test
    void aLogNamedAsAFolderIsRefusedWithWhatToNameInstead() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("logs"));
        storage = TestLogs.open(folder, wall, status);

        ExecutionException e = assertThrows(ExecutionException.class, () -> await(storage.ready()));
        assertEquals("Unknot cannot open its log at " + folder + ": that is a folder, and the log must be a file. "
                + "Set UNKNOT_DB or --db= to a file, such as " + folder.resolve("unknot.db") + ".",
                e.getCause().getMessage());
    }
}
