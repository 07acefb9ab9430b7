package dev.unknot.storage;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.Region;
import dev.unknot.domain.SessionStatus;
import dev.unknot.domain.SpasmEpisode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import static dev.unknot.storage.OpenStorage.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Storage is made before the app's first frame and opened after it: what is asked of it in between waits behind
 * the opening, and the file is not touched until then.
 */
class StorageOpeningTest {
    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    @TempDir
    Path dir;

    private Storage made(Path file) {
        return new Storage(file, new TestWallClock(T0), ZoneOffset.UTC, TestLogs.CATALOGUE, StorageStatusListener.NONE,
                WriteAccess.FILE_SYSTEM);
    }

    @Test
    void whatIsAskedBeforeTheOpeningWaitsForItAndThenRunsInOrder() throws Exception {
        Path file = dir.resolve("unknot.db");
        try (Storage storage = made(file)) {
            CompletableFuture<SpasmEpisode> recorded = storage.episodes().record(T0, Region.LOW_BACK, 6);
            CompletableFuture<List<SpasmEpisode>> read = storage.episodes().all();

            assertFalse(Files.exists(file), "nothing touches the file before open()");
            assertFalse(recorded.isDone() || read.isDone() || storage.ready().isDone(), "the requests wait");

            storage.open();

            await(storage.ready());
            assertEquals(List.of(await(recorded)), await(read), "in the order asked, after the opening");
        }
    }

    @Test
    void aLogClosedBeforeItWasOpenedAndAskedNothingIsNeverMade() {
        Path file = dir.resolve("unknot.db");
        Storage storage = made(file);

        assertTrue(storage.close(java.time.Duration.ofSeconds(5)));

        assertFalse(Files.exists(file), "no file, no instance lock, nothing to set aside");
        ExecutionException e = assertThrows(ExecutionException.class, () -> await(storage.ready()));
        assertInstanceOf(StorageException.class, e.getCause());
        ExecutionException later = assertThrows(ExecutionException.class, () -> await(storage.flush()));
        assertInstanceOf(StorageException.class, later.getCause(), "closed: later calls fail");
    }

    @Test
    void aSessionRecordedBeforeTheOpeningIsWrittenWhenTheLogCloses() throws Exception {
        Path file = dir.resolve("unknot.db");
        Storage storage = made(file);
        SessionDriver session = new SessionDriver(storage.sessions().newSessionRecorder(java.util.OptionalInt.empty()), new TestWallClock(T0),
                SessionDriver.lowBack());
        session.startAndWork(30);
        session.engine.endEarly();

        storage.close(); // never opened: the close opens it to write what was asked for

        try (Storage next = TestLogs.open(file, new TestWallClock(T0), StorageStatusListener.NONE)) {
            List<LoggedSession> all = await(next.sessions().loadAll());
            assertEquals(1, all.size());
            assertEquals(SessionStatus.ENDED_EARLY, all.get(0).status());
            assertEquals(30, all.get(0).steps().stream().mapToInt(s -> s.doneSeconds()).sum());
        }
    }
}
