package dev.unknot.storage;

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
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * The app's side of {@link SigkillDrillTest}, run in its own JVM and killed with SIGKILL while it works. It logs
 * sessions the way the app does: a real {@link Storage} on the file, a {@link SessionRecorder} as the listener of a
 * real {@link SessionEngine}, the engine ticked whenever {@link SessionEngine#nanosToNextTick()} says (what the
 * app's ScheduledTicker does), so checkpoints fall due every 15 s of session time as in the app.
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
 *   <li>{@code failed <message>}: the storage reported a failed write (the drill expects none).</li>
 * </ul>
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
        Storage storage = Storage.open(file, Clock.systemUTC(), ZoneOffset.UTC, new StorageStatusListener() {
            @Override
            public void writeFailed(String plainMessage) {
                say("failed " + plainMessage);
            }

            @Override
            public void writeRecovered() {
                say("recovered");
            }
        });
        storage.ready().get(30, TimeUnit.SECONDS);

        // Sometimes a short session first, run to its end or ended early, at full speed.
        if (random.nextBoolean()) {
            Run done = new Run(storage, SHORT);
            done.engine.start();
            long endAt = random.nextBoolean() ? Long.MAX_VALUE : 1 + random.nextInt(done.totalSeconds());
            done.fastForward(endAt);
            if (!done.engine.phase().isOver()) {
                done.engine.endEarly();
            }
            done.reportCompleted(storage);
        }

        // The session that is killed, fast-forwarded to a random point, then paced.
        Run killed = new Run(storage, KILLED);
        killed.engine.start();
        killed.fastForward(random.nextInt(killed.totalSeconds()));
        storage.flush().get(30, TimeUnit.SECONDS);
        say("go " + SessionDriver.worked(killed.engine.snapshot()));
        killed.runPaced(storage, random);
        if (killed.engine.phase().isOver()) {
            killed.reportCompleted(storage);
        }
        // Idle until killed, like an app left open on its summary.
        while (true) {
            LockSupport.park();
        }
    }

    /** One session: an engine on a session clock of its own, logged by the storage's recorder. */
    private static final class Run {
        final FakeClock clock = new FakeClock();
        final SessionRecorder recorder;
        final SessionEngine engine;
        private final long startNanos = clock.nanoTime();

        Run(Storage storage, Routine routine) {
            recorder = storage.newSessionRecorder();
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

        /**
         * Ticks as the engine asks, waiting 1/{@value #SPEED_UP} of that in real time first, and says how far it got
         * after every tick. Now and then a person's command: a skip ahead, or a pause of a few seconds.
         */
        void runPaced(Storage storage, Random random) {
            long resumeAt = -1;
            while (!engine.phase().isOver()) {
                long wait = engine.nanosToNextTick();
                if (wait < 0) { // paused: the app's ticker still wakes every second
                    wait = TimeUnit.SECONDS.toNanos(1);
                }
                LockSupport.parkNanos(wait / SPEED_UP);
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
