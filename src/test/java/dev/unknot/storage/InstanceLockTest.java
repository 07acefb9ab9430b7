package dev.unknot.storage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.unknot.storage.SafetyFixtures.await;
import static dev.unknot.storage.SafetyFixtures.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One Unknot per log: a second Storage on the same file, in this JVM or in another, does not open it. */
class InstanceLockTest {
    private static final Instant T0 = Instant.parse("2026-11-25T22:07:54Z");

    @TempDir
    Path dir;

    private Path file;
    private TestWallClock wall;
    private final List<Storage> opened = new ArrayList<>();
    private final List<Process> children = new ArrayList<>();

    @BeforeEach
    void setUp() {
        file = dir.resolve("unknot.db");
        wall = new TestWallClock(T0);
    }

    @AfterEach
    void tearDown() {
        opened.forEach(Storage::close);
        children.forEach(Process::destroyForcibly);
    }

    private Storage open(StorageStatusListener status) {
        Storage storage = TestLogs.open(file, wall, status);
        opened.add(storage);
        return storage;
    }

    private String alreadyRunning() {
        return "Unknot is already running and using " + file
                + ". Close the other window: a session run in this one is kept and saved as soon as it is closed.";
    }

    /** A child JVM running {@link LockHolder} on the log; returns once it has said what it did. */
    private Child child() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        children.add(process);
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String said = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(60, TimeUnit.SECONDS);
        return new Child(process, said);
    }

    private record Child(Process process, String said) {
        /** Tells the child to let go, and waits until it has exited (and so released the lock). */
        void release() throws Exception {
            try (OutputStream in = process.getOutputStream()) {
                in.write('\n');
            }
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child exits");
            assertEquals(0, process.exitValue());
        }
    }

    @Test
    void aSecondStorageInThisProcessIsRefusedWhileTheFirstKeepsSaving() throws Exception {
        Storage first = open(StorageStatusListener.NONE);
        await(first.ready());

        Storage second = open(StorageStatusListener.NONE);
        assertEquals(alreadyRunning(), failure(second.ready()));

        SessionDriver session = new SessionDriver(first, wall);
        session.runToTheEnd();
        assertTrue(await(first.sessions().find(await(session.recorder.sessionId()))).isPresent(), "the first window saves");
        assertTrue(Files.exists(dir.resolve("unknot.db.lock")));

        // The refused second Storage must not have dropped the first one's OS lock on its way out: another
        // process still finds the log locked.
        Child other = child();
        assertEquals("already running", other.said());
        assertTrue(other.process().waitFor(60, TimeUnit.SECONDS));
        assertEquals(3, other.process().exitValue());

        first.close();
        second.close();
        Storage third = open(StorageStatusListener.NONE);
        await(third.ready()); // closing released the lock
    }

    @Test
    void whileAnotherProcessHoldsTheLogThisWindowSavesNothingUntilItLetsGo() throws Exception {
        Child other = child();
        assertEquals("locked", other.said());

        RecordingStatus status = new RecordingStatus();
        Storage storage = open(status);
        assertEquals(alreadyRunning(), failure(storage.ready()));
        assertTrue(Files.notExists(file), "the log was not even created");

        SessionDriver session = new SessionDriver(storage, wall);
        session.startAndWork(20);
        await(storage.flush());
        assertEquals(List.of("Unknot cannot save to " + file + ": Unknot is already running in another window and "
                + "using this file. Your session keeps running and will be saved as soon as saving works again."),
                status.failures);

        other.release();
        session.pass(15);
        await(storage.flush());
        assertEquals(List.of("failed", "recovered"), status.events, "saved once the other window let go");
        assertTrue(await(storage.sessions().find(await(session.recorder.sessionId()))).isPresent());
    }

    @Test
    void theLockIsReleasedOnCloseForAnotherProcess() throws Exception {
        Storage storage = open(StorageStatusListener.NONE);
        await(storage.ready());
        storage.close();

        Child other = child();
        assertEquals("locked", other.said());
        other.release();
    }
}
