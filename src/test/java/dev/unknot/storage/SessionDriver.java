package dev.unknot.storage;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.FakeClock;
import dev.unknot.domain.SessionEngine;
import dev.unknot.domain.SessionPlan;
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
        this.wallClock = wallClock;
        this.recorder = storage.newSessionRecorder();
        SessionPlan plan = SessionPlan.of(new BuiltInRoutines(new TargetCatalogue()).defaultRoutine(), REPOSITION_SECONDS);
        this.engine = new SessionEngine(plan, clock, recorder);
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

    /** A pause forces a checkpoint without moving time. */
    void checkpointNow() {
        engine.togglePause();
    }
}
