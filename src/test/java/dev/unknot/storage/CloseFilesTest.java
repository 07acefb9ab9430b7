package dev.unknot.storage;

import dev.unknot.domain.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static dev.unknot.storage.SafetyFixtures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link LogSafety#closeFiles()}: what the system's folder chooser is shown under (issue 11; the drill: WalDrillTest). */
class CloseFilesTest {
    private static final Instant T0 = Instant.parse("2026-11-25T22:07:54.321Z");

    @RegisterExtension
    final OpenStorage open = new OpenStorage(T0, StorageStatusListener.NONE, SafetyFixtures.SECONDS);

    @Test
    void whileTheFilesAreClosedTheProcessHoldsNoneOfThemAndRequestsWaitThenRun() throws Exception {
        Storage storage = open.storage();
        await(storage.episodes().record(T0, Region.LOW_BACK, 3));
        assertEquals(List.of("unknot.db", "unknot.db-shm", "unknot.db-wal"), openLogFiles());

        CompletableFuture<Long> written;
        try (FilesClosed closed = await(storage.safety().closeFiles())) {
            assertEquals(List.of(), openLogFiles(), "no descriptor on the log, its -wal or -shm: no lock to lose");
            written = storage.episodes().record(T0.plusSeconds(60), Region.UPPER_BACK, 5).thenApply(e -> e.id());
            assertFalse(written.isDone(), "the write waits until the files may be opened again");
        }

        long id = await(written);
        assertEquals(List.of(id, 1L), await(storage.episodes().all()).stream().map(e -> e.id()).toList());
        assertEquals(List.of("unknot.db", "unknot.db-shm", "unknot.db-wal"), openLogFiles());
    }

    @Test
    void closingTheStorageLetsGoOfFilesStillClosed() throws Exception {
        Storage storage = open.storage();
        FilesClosed neverReleased = await(storage.safety().closeFiles());
        CompletableFuture<?> queued = storage.flush();

        storage.close(); // the chooser is still open, say, when the window is closed

        await(queued); // ran before the close, once the files were let go
        assertTrue(neverReleased.isReleased());
        assertThrows(Exception.class, () -> await(storage.safety().closeFiles()), "a closed storage hands out no more");
        assertEquals(List.of(), openLogFiles());
    }

    /** The names of the files in the log's folder that this process has a descriptor on (Linux: /proc/self/fd). */
    private List<String> openLogFiles() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    Path target = Files.readSymbolicLink(fd);
                    if (open.dir().equals(target.getParent()) && target.getFileName().toString().startsWith("unknot.db")
                            && !target.getFileName().toString().endsWith(".lock")) {
                        names.add(target.getFileName().toString());
                    }
                } catch (IOException goneMeanwhile) {
                    // the descriptor of the listing itself, or one closed since
                }
            }
        }
        names.sort(null);
        return names;
    }
}
