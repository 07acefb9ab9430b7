package dev.unknot.app;

import dev.unknot.domain.FakeClock;
import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.SessionEngine;
import dev.unknot.domain.SessionPlan;
import dev.unknot.domain.SessionSnapshot;
import dev.unknot.domain.SessionStatus;
import dev.unknot.storage.SessionRecorder;
import dev.unknot.storage.Storage;
import dev.unknot.storage.TestLogs;
import dev.unknot.storage.StorageStatusListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one exit (issue 11) with a real log and a real session engine on a UI thread of the test's own (the JavaFX
 * thread in the app): from the shutdown hook and from the UI thread, once, and bounded when the UI thread does not
 * answer or the log does not finish writing. The window's own ways out are in {@link ExitUiTest}; SIGTERM to a whole
 * JVM in {@code SigtermDrillTest}.
 */
class AppExitTest {
    /** Long enough never to run out in a test that expects an answer, so a wrong wait shows as a fallback said. */
    private static final Duration LONG = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private Thread uiThread;
    private final ExecutorService uiExecutor = Executors.newSingleThreadExecutor(r -> {
        uiThread = new Thread(r, "test-ui");
        return uiThread;
    });
    private final AppExit.UiThread ui = new AppExit.UiThread() {
        @Override
        public boolean isCurrent() {
            return Thread.currentThread() == uiThread;
        }

        @Override
        public void post(Runnable job) {
            try {
                uiExecutor.execute(job);
            } catch (RejectedExecutionException gone) {
                throw new IllegalStateException("Toolkit has exited", gone);
            }
        }
    };

    private final List<String> said = new CopyOnWriteArrayList<>();
    private final AtomicInteger endedOnUi = new AtomicInteger();
    private final AtomicInteger endedWithoutUi = new AtomicInteger();
    private final AtomicInteger closes = new AtomicInteger();
    private final AtomicInteger tidied = new AtomicInteger();
    private Storage storage;
    private UiSession session;

    /** A session on the UI thread, as the session screen runs it: it publishes its snapshot after every tick. */
    private final class UiSession {
        final FakeClock clock = new FakeClock();
        final SessionRecorder recorder = storage.sessions().newSessionRecorder(java.util.OptionalInt.empty());
        final SessionEngine engine = new SessionEngine(SessionPlan.of(AppUnderTest.ONE_TARGET, 10), clock, recorder);
        volatile SessionSnapshot shown;

        void startAndWork(int seconds) throws Exception {
            onUi(() -> {
                engine.start();
                clock.advanceSeconds(10);
                engine.tick();
                for (int i = 0; i < seconds; i++) {
                    clock.advanceSeconds(1);
                    engine.tick();
                }
                shown = engine.snapshot();
                return null;
            });
        }

        /** Shell.leaveUi: the engine's own end, on its thread. */
        void endOnUi() {
            assertTrue(ui.isCurrent(), "the engine is ended on its own thread");
            endedOnUi.incrementAndGet();
            engine.endEarly();
        }

        /** Shell.endFromLastSnapshot: never touches the engine. */
        void endWithoutUi() {
            endedWithoutUi.incrementAndGet();
            recorder.ended(shown.endedEarly());
        }
    }

    @BeforeEach
    void openTheLogAndStartASession() throws Exception {
        storage = TestLogs.open(dir.resolve("unknot.db"), Clock.systemUTC(), ZoneOffset.UTC, StorageStatusListener.NONE);
        storage.ready().get(10, TimeUnit.SECONDS);
        session = new UiSession();
        session.startAndWork(42); // the log's last checkpoint has 30 s
    }

    @AfterEach
    void stop() {
        uiExecutor.shutdownNow();
        storage.close();
    }

    private AppExit exit(Duration uiWait, AppExit.Log log) {
        return new AppExit(ui, session::endOnUi, tidied::incrementAndGet, session::endWithoutUi, wait -> {
            closes.incrementAndGet();
            return log.close(wait);
        }, said::add, uiWait, AppExit.WRITE_WAIT);
    }

    private AppExit exit() {
        return exit(LONG, storage::close);
    }

    private <T> T onUi(Callable<T> job) throws Exception {
        return uiExecutor.submit(job).get(10, TimeUnit.SECONDS);
    }

    /** The shutdown hook's thread, run as the JVM runs it at SIGTERM. */
    private static void runHook(AppExit exit) throws InterruptedException {
        Thread hook = exit.shutdownHook();
        hook.start();
        hook.join(TimeUnit.MINUTES.toMillis(1));
        assertFalse(hook.isAlive(), "the hook finished");
    }

    /** The log as the next start finds it. */
    private LoggedSession logged() throws Exception {
        try (Storage next = TestLogs.open(dir.resolve("unknot.db"), Clock.systemUTC(), ZoneOffset.UTC,
                StorageStatusListener.NONE)) {
            next.ready().get(10, TimeUnit.SECONDS);
            List<LoggedSession> all = next.sessions().recent(10).get(10, TimeUnit.SECONDS);
            assertEquals(1, all.size());
            return all.get(0);
        }
    }

    private void assertEndedEarlyWith42Seconds() throws Exception {
        LoggedSession logged = logged();
        assertEquals(SessionStatus.ENDED_EARLY, logged.status());
        assertEquals(42, logged.doneSeconds(), "every second worked, not the last checkpoint's 30");
    }

    @Test
    void fromTheShutdownHookTheUiThreadEndsTheSessionAndTheLogHoldsEverySecondWorked() throws Exception {
        runHook(exit());

        assertEquals(1, endedOnUi.get());
        assertEquals(0, endedWithoutUi.get());
        assertEquals(List.of(), said);
        assertEndedEarlyWith42Seconds();
    }

    @Test
    void closedOnTheUiThreadThenByTheHookAtTheJvmsExitItIsDoneOnce() throws Exception {
        AppExit exit = exit();

        onUi(() -> {
            exit.run(); // the window closed
            exit.run(); // Application.stop()
            return null;
        });
        runHook(exit);

        assertEquals(1, endedOnUi.get());
        assertEquals(1, tidied.get());
        assertEquals(1, closes.get());
        assertEquals(List.of(), said);
        assertEndedEarlyWith42Seconds();
    }

    @Test
    void aSecondCallReturnsOnlyOnceTheFirstHasFinishedWriting() throws Exception {
        CountDownLatch diskHangs = new CountDownLatch(1);
        AppExit exit = exit(LONG, wait -> {
            try {
                diskHangs.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return storage.close(wait);
        });
        Thread first = exit.shutdownHook();
        first.start();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> closes.get() == 1);
        Thread second = new Thread(exit::run, "application-stop");
        second.start();
        // The second caller waits for the first: a shutdown hook must not let the JVM halt in the middle of the write.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> second.getState() == Thread.State.TIMED_WAITING);
        assertTrue(second.isAlive());

        diskHangs.countDown();
        second.join(TimeUnit.MINUTES.toMillis(1));
        first.join(TimeUnit.MINUTES.toMillis(1));
        assertFalse(second.isAlive() || first.isAlive());

        assertEquals(1, closes.get());
        assertEquals(1, endedOnUi.get());
        assertEndedEarlyWith42Seconds();
    }

    @Test
    void aCallOnTheUiThreadWhileTheHookWaitsForThatThreadEndsTheSessionItselfAndNeitherWaitsForTheOther()
            throws Exception {
        AppExit exit = exit();
        CountDownLatch windowCloses = new CountDownLatch(1);
        Future<?> onUi = uiExecutor.submit(() -> {
            windowCloses.await(); // the UI thread is busy when the hook asks it...
            exit.run(); // ...with the window's own close
            return null;
        });
        Thread hook = exit.shutdownHook();
        hook.start();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hook.getState() == Thread.State.TIMED_WAITING);

        windowCloses.countDown();
        onUi.get(1, TimeUnit.MINUTES);
        hook.join(TimeUnit.MINUTES.toMillis(1));

        assertEquals(List.of(), said, "no one waited for the other until the bound");
        assertEquals(1, endedOnUi.get());
        assertEquals(0, endedWithoutUi.get());
        assertEquals(1, closes.get());
        assertEndedEarlyWith42Seconds();
    }

    @Test
    void aUiThreadThatDoesNotAnswerIsNotWaitedForAndTheSessionEndsAsItLastShowed() throws Exception {
        CountDownLatch blocked = new CountDownLatch(1);
        uiExecutor.execute(() -> {
            try {
                blocked.await(); // say, in System.exit called on it, which waits for the shutdown hooks
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            runHook(exit(Duration.ofMillis(50), storage::close));
        } finally {
            blocked.countDown();
        }
        onUi(() -> null); // the exit's late job has run by now: it must not end the session a second time

        assertEquals(0, endedOnUi.get());
        assertEquals(1, endedWithoutUi.get());
        assertEquals(List.of(), said, "on SIGTERM the usual way (JavaFX's own hook drops what is posted), not a fault");
        assertEndedEarlyWith42Seconds();
    }

    @Test
    void whenWhatIsPostedIsDroppedAsJavaFxDoesOnceItsOwnHookRunsTheSessionEndsAsItLastShowed() throws Exception {
        AppExit.UiThread dropping = new AppExit.UiThread() {
            @Override
            public boolean isCurrent() {
                return false;
            }

            @Override
            public void post(Runnable job) {
                // Platform.runLater once the toolkit is stopping: accepted, never run
            }
        };

        runHook(new AppExit(dropping, session::endOnUi, tidied::incrementAndGet, session::endWithoutUi, storage::close,
                said::add, Duration.ofMillis(50), AppExit.WRITE_WAIT));

        assertEquals(0, endedOnUi.get());
        assertEquals(1, endedWithoutUi.get());
        assertEquals(List.of(), said);
        assertEndedEarlyWith42Seconds();
    }

    @Test
    void withTheUiToolkitGoneTheSessionEndsAsItLastShowed() throws Exception {
        uiExecutor.shutdown();

        runHook(exit());

        assertEquals(0, endedOnUi.get());
        assertEquals(1, endedWithoutUi.get());
        assertEquals(List.of(), said);
        assertEndedEarlyWith42Seconds();
    }

    @Test
    void aLogThatDoesNotFinishWritingInTimeIsLeftBehindAndSaidSo() throws Exception {
        runHook(exit(LONG, wait -> {
            assertEquals(AppExit.WRITE_WAIT, wait);
            storage.close(wait);
            return false; // what Storage.close(wait) says when it gave up on a stuck disk (StorageCloseTest)
        }));

        assertEquals(List.of("Unknot: the log did not finish writing within 3 s (is the disk working?); closing"
                + " without it. The session is kept as last saved and is marked interrupted at the next start."), said);
    }
}
