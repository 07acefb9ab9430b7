package dev.unknot.storage;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.SessionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static dev.unknot.storage.OpenStorage.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Storage#close(Duration)}, the app's exit's close (issue 11): bounded, and once. */
class StorageCloseTest {
    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    @RegisterExtension
    final OpenStorage open = new OpenStorage(T0);

    @Test
    void aStuckDiskIsNotWaitedForBeyondTheBoundAndWhatWasQueuedFails() throws Exception {
        CountDownLatch stuck = new CountDownLatch(1);
        CompletableFuture<Void> inTheWrite = new CompletableFuture<>();
        // The storage thread hangs in a write, as it would in an fsync on a broken disk.
        open.storage().onStorageThread(c -> {
            inTheWrite.complete(null);
            try {
                stuck.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the close gave up and stops the thread
            }
            return null;
        });
        try {
            await(inTheWrite);
            CompletableFuture<Void> queued = open.storage().flush();

            assertFalse(open.storage().close(Duration.ofMillis(50)), "gave up waiting");

            ExecutionException e = assertThrows(ExecutionException.class, () -> queued.get(5, TimeUnit.SECONDS));
            assertInstanceOf(StorageException.class, e.getCause());
            assertTrue(open.storage().close(Duration.ofMillis(50)), "closed already: nothing to wait for");
        } finally {
            stuck.countDown();
        }
    }

    @Test
    void aCloseWritesTheSessionsEndAndASecondCloseWritesNothingMore() throws Exception {
        SessionDriver session = new SessionDriver(open.storage(), open.wall());
        session.startAndWork(42);
        session.engine.endEarly();

        assertTrue(open.storage().close(Duration.ofSeconds(5)));
        session.engine.start(); // an event after the close is dropped, not written
        assertTrue(open.storage().close(Duration.ofSeconds(5)));

        await(open.open().ready());
        LoggedSession logged = await(open.storage().sessions().recent(1)).get(0);
        assertEquals(SessionStatus.ENDED_EARLY, logged.status());
        assertEquals(42, logged.doneSeconds());
    }
}
