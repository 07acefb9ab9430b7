package dev.unknot.storage;

import dev.unknot.app.AppExit;
import dev.unknot.domain.FakeClock;
import dev.unknot.domain.Phase;
import dev.unknot.domain.Routine;
import dev.unknot.domain.SessionEngine;
import dev.unknot.domain.SessionPlan;
import dev.unknot.domain.SessionSnapshot;
import dev.unknot.domain.SessionStatus;
import dev.unknot.domain.Sides;
import dev.unknot.domain.Step;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;

import org.sqlite.SQLiteJDBCLoader;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * The app's side of the kill drills ({@link SigkillDrillTest}, {@link SigtermDrillTest}), run in its own JVM and
 * stopped with a signal while it works. It logs sessions the way the app does: a real {@link Storage} on the file, a
 * {@link SessionRecorder} as the listener of a real {@link SessionEngine}, the engine ticked whenever
 * {@link SessionEngine#nanosToNextTick()} says (what the app's ScheduledTicker does), so checkpoints fall due every
 * 15 s of session time as in the app. And it leaves the way the app does: the app's {@link AppExit} is its shutdown
 * hook, with the main thread as the UI thread the session's engine lives on; between two ticks the main thread runs
 * what the exit posts to it, as the JavaFX thread runs what is posted with {@code Platform.runLater}. In about half the
 * runs a second hook stops that thread at the same time, as JavaFX's own hook stops its toolkit (after which
 * {@code Platform.runLater} drops what it is given); when it wins the race, the exit ends the session from its last
 * snapshot. SIGKILL never runs the hooks; SIGTERM does.
 *
 * <p>Session time runs {@value #SPEED_UP} times faster than real time, so the 15 s checkpoint interval is 150 ms. The
 * session clock moves only at the ticks, by exactly the time the engine asked to wait, and the real wait before each
 * tick is that time divided by {@value #SPEED_UP}. Two things keep the speed-up from changing what is measured:
 * <ul>
 *   <li>a late wake-up of a busy machine delays the next tick in real time but never stretches a checkpoint interval
 *       in session time (a real clock times 100 would turn a 10 ms scheduling hiccup into a 1 s longer interval);</li>
 *   <li>after each tick the child waits until the storage thread has caught up ({@link Storage#flush()}) before it
 *       goes on. In the app a checkpoint's write takes about half a millisecond and the next tick is a second away,
 *       so a write is always on disk long before the session moves on; at 100 times the speed a slow fsync on a busy
 *       disk would otherwise count as seconds of session time. The kill can still land in the middle of a write.</li>
 * </ul>
 *
 * <p>Arguments: the log's path and a seed. It boots, says {@code warm} and waits for a line {@code open} on stdin
 * before it touches the log. What it says on stdout then, one line each, flushed at once:
 * <ul>
 *   <li>{@code completed <id> <status> <done seconds per step, comma-separated>}: a session ended and its end is
 *       written (the storage queue was flushed after it);</li>
 *   <li>{@code go <worked>}: the session to be killed is running and everything up to here is written; from now
 *       on it runs in paced time;</li>
 *   <li>{@code at <worked>}: after each tick of that session, the worked seconds (all steps) it has reached, said
 *       before that tick's write is waited for;</li>
 *   <li>{@code failed <message>}: the storage reported a failed write (the drill expects none);</li>
 *   <li>{@code exit <message>}: how the exit ended the session (by the UI thread, or from the last snapshot), or
 *       its warning (the UI thread did not answer, the log did not finish writing).</li>
 * </ul>
 * Once the exit has ended the session, the main thread says nothing more.
 */
public final class KillDrillChild {
    static final int SPEED_UP = 100;
    static final int REPOSITION_SECONDS = 10;

    private static final TargetCatalogue CATALOGUE = new TargetCatalogue();
    /**
     * Three segments (a target worked left then right, then a central one), so kills land in positioning, in work,
     * at a side switch and at a new target; shorter than the built-in routines, so the fast-forward before the paced
     * part, a checkpoint write every 15 s, stays quick.
     */
    static final Routine KILLED = new Routine("test:drill", "Drill", List.of(
            new Step(CATALOGUE.byId(TargetCatalogue.PIRIFORMIS), Tool.LACROSSE_BALL, Sides.BOTH, 5),
            new Step(CATALOGUE.byId(TargetCatalogue.TLF), Tool.FOAM_ROLLER, Sides.CENTRAL, 5)), false);
    /** One central segment: the sessions the child finishes or ends early before the one that is killed. */
    static final Routine SHORT = new Routine("test:short", "Short", List.of(
            new Step(CATALOGUE.byId(TargetCatalogue.TLF), Tool.FOAM_ROLLER, Sides.CENTRAL, 5)), false);

    private static final PrintStream OUT =
            new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

    private KillDrillChild() {
    }

    public static void main(String[] args) throws Exception {
        // Boot first, while the drill still checks the log after the previous kill: the driver's classes and its
        // native library, then wait for the word to open the log.
        SQLiteJDBCLoader.initialize();
        say("warm");
        if (!"open".equals(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine())) {
            return;
        }
        Path file = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        Storage storage = TestLogs.openSaying(file, KillDrillChild::say);
        storage.ready().get(30, TimeUnit.SECONDS);
        Ui ui = new Ui();
        Exit exit = new Exit();
        Runtime.getRuntime().addShutdownHook(new AppExit(ui, exit::onUi, () -> { }, exit::withoutUi, storage::close,
                message -> say("exit " + message)).shutdownHook());
        if (random.nextBoolean()) {
            Runtime.getRuntime().addShutdownHook(new Thread(ui::stop, "toolkit-shutdown"));
        }

        // Sometimes a short session first, run to its end or ended early, at full speed. Every session here has
        // worked a second at least when it ends or is cut, so the log keeps it whatever it does with a session ended
        // before any work.
        if (random.nextBoolean()) {
            Run done = new Run(storage, SHORT);
            done.engine.start();
            long endAt = random.nextBoolean() ? Long.MAX_VALUE : afterSomeWork(random, done.totalSeconds());
            done.fastForward(endAt);
            if (!done.engine.phase().isOver()) {
                done.engine.endEarly();
            }
            done.reportCompleted(storage);
        }

        // The session that is killed, fast-forwarded to a random point, then paced.
        Run killed = new Run(storage, KILLED);
        exit.running = killed;
        killed.engine.start();
        killed.fastForward(afterSomeWork(random, killed.totalSeconds()));
        storage.flush().get(30, TimeUnit.SECONDS);
        killed.publish();
        say("go " + SessionDriver.worked(killed.engine.snapshot()));
        killed.runPaced(storage, random, ui, exit);
        if (killed.engine.phase().isOver() && !exit.ended) {
            killed.reportCompleted(storage);
        }
        // Idle until killed, like an app left open on its summary.
        ui.serveForever();
    }

    /** A random moment in a session of {@code totalSeconds}, after the first countdown and a second of work. */
    private static long afterSomeWork(Random random, int totalSeconds) {
        return REPOSITION_SECONDS + 1 + random.nextInt(totalSeconds - REPOSITION_SECONDS - 1);
    }

    /**
     * The main thread as the exit's UI thread: it runs what is posted to it between its ticks. Like the JavaFX thread
     * it can be stopped by a shutdown hook of its own toolkit; then it runs nothing more, not even what was posted.
     */
    private static final class Ui implements AppExit.UiThread {
        private final Thread thread = Thread.currentThread();
        private final BlockingQueue<Runnable> posted = new LinkedBlockingQueue<>();
        private volatile boolean stopped;

        @Override
        public boolean isCurrent() {
            return Thread.currentThread() == thread;
        }

        @Override
        public void post(Runnable job) {
            posted.add(job);
        }

        /**
         * What JavaFX's own shutdown hook does to its thread, at the same time as the app's exit: no more ticks, and
         * what was posted is not run.
         */
        void stop() {
            stopped = true;
            posted.add(() -> { });
        }

        /**
         * Waits {@code nanos} of real time, or less if something is posted meanwhile, which it runs; whether it ran
         * one. Once stopped it never returns.
         */
        boolean idle(long nanos) throws InterruptedException {
            Runnable job = posted.poll(nanos, TimeUnit.NANOSECONDS);
            if (stopped) {
                deadForever();
            }
            if (job != null) {
                job.run();
            }
            return job != null;
        }

        void serveForever() throws InterruptedException {
            while (true) {
                idle(Long.MAX_VALUE);
            }
        }

        private static void deadForever() {
            while (true) {
                LockSupport.park();
            }
        }
    }

    /** The exit's two ways to end the running session, as the app's Shell has them. */
    private static final class Exit {
        volatile Run running;
        volatile boolean ended;

        /** On the main thread: the engine's own end, at the session clock's reading now. */
        void onUi() {
            Run run = running;
            if (run != null && !run.engine.phase().isOver()) {
                ended = true;
                say("exit ended by the UI thread");
                run.engine.endEarly();
            }
        }

        /** On the exiting thread, when the main thread does not answer: the last snapshot, ended. */
        void withoutUi() {
            Run run = running;
            SessionSnapshot last = run == null ? null : run.shown;
            if (last != null && last.endedEarly().phase() != last.phase()) {
                ended = true;
                say("exit ended from the last snapshot");
                run.recorder.ended(last.endedEarly());
            }
        }
    }

    /** One session: an engine on a session clock of its own, logged by the storage's recorder. */
    private static final class Run {
        final FakeClock clock = new FakeClock();
        final SessionRecorder recorder;
        final SessionEngine engine;
        /** The engine's snapshot after the last tick, for the exit's other thread (the app's session screen has one). */
        volatile SessionSnapshot shown;
        private final long startNanos = clock.nanoTime();

        Run(Storage storage, Routine routine) {
            recorder = storage.sessions().newSessionRecorder(java.util.OptionalInt.empty());
            engine = new SessionEngine(SessionPlan.of(routine, REPOSITION_SECONDS), clock, recorder);
        }

        int totalSeconds() {
            return engine.plan().segments().stream().mapToInt(s -> REPOSITION_SECONDS + s.plannedSeconds()).sum();
        }

        /** Ticks as the engine asks, without real waiting, until {@code seconds} of session time have passed. */
        void fastForward(long seconds) {
            long until = startNanos + TimeUnit.SECONDS.toNanos(Math.min(seconds, Integer.MAX_VALUE));
            while (!engine.phase().isOver() && clock.nanoTime() < until) {
                long wait = engine.nanosToNextTick();
                clock.advanceNanos(Math.min(Math.max(wait, 0), until - clock.nanoTime()));
                engine.tick();
            }
        }

        void publish() {
            shown = engine.snapshot();
        }

        /**
         * Ticks as the engine asks, waiting 1/{@value #SPEED_UP} of that in real time first, and says how far it got
         * after every tick. Now and then a person's command: a skip ahead, or a pause of a few seconds. Stops when
         * the exit has ended the session: a job it posted runs instead of the next tick, at the same session time.
         */
        void runPaced(Storage storage, Random random, Ui ui, Exit exit) throws InterruptedException {
            long resumeAt = -1;
            while (!engine.phase().isOver() && !exit.ended) {
                long wait = engine.nanosToNextTick();
                if (wait < 0) { // paused: the app's ticker still wakes every second
                    wait = TimeUnit.SECONDS.toNanos(1);
                }
                if (ui.idle(wait / SPEED_UP)) {
                    continue;
                }
                clock.advanceNanos(wait);
                engine.tick();
                if (engine.isPaused() && clock.nanoTime() >= resumeAt) {
                    engine.togglePause();
                } else if (!engine.isPaused() && engine.phase() == Phase.WORKING) {
                    int roll = random.nextInt(1000);
                    if (roll < 3) {
                        engine.next();
                    } else if (roll < 6) {
                        engine.togglePause();
                        resumeAt = clock.nanoTime() + TimeUnit.SECONDS.toNanos(1 + random.nextInt(20));
                    }
                }
                publish();
                say("at " + SessionDriver.worked(engine.snapshot()));
                storage.flush().join();
            }
        }

        void reportCompleted(Storage storage) throws Exception {
            storage.flush().get(30, TimeUnit.SECONDS);
            long id = recorder.sessionId().get(30, TimeUnit.SECONDS);
            SessionSnapshot last = engine.snapshot();
            say("completed " + id + " " + SessionStatus.of(last.phase()).id() + " "
                    + last.progress().stream().map(p -> Integer.toString(p.doneSeconds())).collect(Collectors.joining(",")));
        }
    }

    private static void say(String line) {
        OUT.println(line);
    }
}
