package dev.unknot.storage;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A real {@link Storage} on {@code unknot.db} in a fresh temporary folder, with a {@link TestWallClock} that starts
 * at the instant given, opened and ready before each test and closed after it (then the folder is deleted). Register
 * it with {@code @RegisterExtension final OpenStorage db = new OpenStorage(T0);}.
 */
final class OpenStorage implements BeforeEachCallback, AfterEachCallback {
    /** How long {@link #await} waits for a storage job. */
    static final long SECONDS = 5;

    private final Instant start;
    private final StorageStatusListener listener;
    private final RecordingStatus status;
    private final long readySeconds;
    private Path dir;
    private Path file;
    private TestWallClock wall;
    private Storage storage;

    /** Status messages go to a {@link RecordingStatus}; the first opening is awaited for {@link #SECONDS}. */
    OpenStorage(Instant start) {
        this.start = start;
        this.status = new RecordingStatus();
        this.listener = status;
        this.readySeconds = SECONDS;
    }

    /** Status messages go to {@code listener}; the first opening is awaited for {@code readySeconds}. */
    OpenStorage(Instant start, StorageStatusListener listener, long readySeconds) {
        this.start = start;
        this.status = null;
        this.listener = listener;
        this.readySeconds = readySeconds;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("junit");
        file = dir.resolve("unknot.db");
        wall = new TestWallClock(start);
        storage = TestLogs.open(file, wall, listener);
        storage.ready().get(readySeconds, TimeUnit.SECONDS);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (storage != null) {
                storage.close();
            }
        } finally {
            deleteAll(dir);
        }
    }

    private static void deleteAll(Path folder) throws IOException {
        if (folder == null) {
            return;
        }
        List<Path> all;
        try (Stream<Path> s = Files.walk(folder)) {
            all = s.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            Files.delete(p);
        }
    }

    /** The temporary folder the log is in. */
    Path dir() {
        return dir;
    }

    /** The log file. */
    Path file() {
        return file;
    }

    TestWallClock wall() {
        return wall;
    }

    /** What the storage said about saving; only with the {@link RecordingStatus} constructor. */
    RecordingStatus status() {
        if (status == null) {
            throw new IllegalStateException("this OpenStorage was given its own status listener");
        }
        return status;
    }

    /** The storage open now: the one from before the test, or the newest {@link #open()}. */
    Storage storage() {
        return storage;
    }

    /** Opens another Storage on the same file, clock and listener and uses it from now on; does not wait for it. */
    Storage open() {
        storage = TestLogs.open(file, wall, listener);
        return storage;
    }

    /** Closes the storage and opens another on the same file, as the next run of the app would; does not wait. */
    Storage reopen() {
        storage.close();
        return open();
    }

    static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(SECONDS, TimeUnit.SECONDS);
    }

    /** The future's failure, which must be a {@link RefusedException}. */
    static RefusedException refused(CompletableFuture<?> future) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> await(future));
        return assertInstanceOf(RefusedException.class, e.getCause());
    }
}
