package dev.unknot.storage;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.FakeClock;
import dev.unknot.domain.Routine;
import dev.unknot.domain.SegmentProgress;
import dev.unknot.domain.SessionEngine;
import dev.unknot.domain.SessionPlan;
import dev.unknot.domain.SessionSnapshot;
import dev.unknot.domain.TargetCatalogue;

import java.time.Duration;

/** A real session engine on the built-in Low back routine, its clock moved together with the wall clock. */
final class SessionDriver {
    static final int REPOSITION_SECONDS = 10;

    final FakeClock clock = new FakeClock();
    final TestWallClock wallClock;
    final SessionRecorder recorder;
    final SessionEngine engine;

    SessionDriver(Storage storage, TestWallClock wallClock) {
        this(storage.sessions().newSessionRecorder(java.util.OptionalInt.empty()), wallClock, lowBack());
    }

    SessionDriver(SessionRecorder recorder, TestWallClock wallClock, Routine routine) {
        this.wallClock = wallClock;
        this.recorder = recorder;
        this.engine = new SessionEngine(SessionPlan.of(routine, REPOSITION_SECONDS), clock, recorder);
    }

    static Routine lowBack() {
        return new BuiltInRoutines(new TargetCatalogue()).defaultRoutine();
    }

    static Routine upperBack() {
        return new BuiltInRoutines(new TargetCatalogue()).all().stream()
                .filter(r -> r.id().equals(BuiltInRoutines.UPPER_BACK)).findFirst().orElseThrow();
    }

    /** Starts and runs the whole plan to its end: every segment's positioning countdown and planned time. */
    SessionDriver runToTheEnd() {
        engine.start();
        return pass(engine.plan().segments().stream().mapToLong(s -> REPOSITION_SECONDS + s.plannedSeconds()).sum());
    }

    /** Lets {@code seconds} pass on both clocks, then ticks the engine (which checkpoints at least every 15 s of work). */
    SessionDriver pass(long seconds) {
        clock.advanceSeconds(seconds);
        wallClock.advance(Duration.ofSeconds(seconds));
        engine.tick();
        return this;
    }

    /** Starts, lets the first reposition countdown run out and works {@code seconds} on the first segment. */
    SessionDriver startAndWork(long seconds) {
        engine.start();
        pass(REPOSITION_SECONDS);
        return pass(seconds);
    }

    /** The seconds worked so far on all steps, as the engine (in memory) has them. */
    static int worked(SessionSnapshot snapshot) {
        return snapshot.progress().stream().mapToInt(SegmentProgress::doneSeconds).sum();
    }

    /** A pause forces a checkpoint without moving time. */
    void checkpointNow() {
        engine.togglePause();
    }
}
