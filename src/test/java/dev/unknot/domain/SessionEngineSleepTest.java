package dev.unknot.domain;

import static dev.unknot.domain.Sessions.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A running session that finds the computer slept, or the process stood still, pauses itself as of the last look
 * at the clock and counts none of the gap as work. Glute max then TLF, 10 s countdowns, 5 minutes each.
 */
class SessionEngineSleepTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final FakeClock clock = new FakeClock();
    private final FakeWallClock wall = new FakeWallClock(Instant.parse("2026-11-25T20:00:00Z"));
    private final List<Long> gaps = new ArrayList<>();
    private final List<SessionSnapshot> sleptAt = new ArrayList<>();
    private final RecordingListener recorded = new RecordingListener() {
        @Override
        public void slept(long gapNanos, SessionSnapshot snapshot) {
            gaps.add(gapNanos);
            sleptAt.add(snapshot);
        }
    };
    private final SessionEngine engine = new SessionEngine(Sessions.gluteThenTlf(), clock, recorded,
            SessionEngine.DEFAULT_CHECKPOINT_NANOS, SleepWatch.of(wall));

    /** Both clocks move together by whole seconds, with a tick each second: a computer that is awake. */
    private void awakeSeconds(long seconds) {
        for (long i = 0; i < seconds; i++) {
            clock.advanceSeconds(1);
            wall.advance(Duration.ofSeconds(1));
            engine.tick();
        }
    }

    private int done(int segment) {
        return engine.snapshot().progress().get(segment).doneSeconds();
    }

    @Test
    void aSuspendThatStopsTheMonotonicClockPausesTheSessionAsOfTheLastLook() {
        engine.start();
        awakeSeconds(10 + 100);

        wall.advance(Duration.ofMinutes(12)); // Linux: CLOCK_MONOTONIC stands still while suspended
        clock.advanceNanos(300_000_000L);     // the first tick after waking up
        wall.advance(Duration.ofMillis(300));
        engine.tick();

        assertTrue(engine.isPaused());
        assertEquals(List.of(Duration.ofMinutes(12).plusMillis(300).toNanos()), gaps);
        assertEquals(100, done(0), "the 0.3 s after waking is not work either: nobody was there to do it");
        assertEquals(Phase.WORKING, sleptAt.get(0).phase());
        assertTrue(sleptAt.get(0).paused());
        assertEquals(200 * SECOND, sleptAt.get(0).phaseRemainingNanos());
        assertEquals(sleptAt.get(0), recorded.checkpoints().get(recorded.checkpoints().size() - 1),
                "the pause is written to the log at once");
    }

    @Test
    void aFrozenProcessWhoseClocksBothRanOnIsCaughtByTheStandstill() {
        engine.start();
        awakeSeconds(10 + 100);

        clock.advance(Duration.ofMinutes(20)); // SIGSTOP, or a system whose monotonic clock counts sleep
        wall.advance(Duration.ofMinutes(20));
        engine.tick();

        assertTrue(engine.isPaused());
        assertEquals(List.of(Duration.ofMinutes(20).toNanos()), gaps);
        assertEquals(Phase.WORKING, engine.phase(), "the 20 minutes did not run the segment out");
        assertEquals(100, done(0));
        assertEquals(List.of(Cue.GET_INTO_POSITION, Cue.GO), recorded.cues());
    }

    @Test
    void theWallClockAheadByExactlyTheThresholdIsNotASleepButOneNanosecondMoreIs() {
        engine.start();
        awakeSeconds(30);

        clock.advanceSeconds(1);
        wall.advance(Duration.ofSeconds(1).plus(Duration.ofNanos(SleepWatch.DEFAULT_WALL_AHEAD_NANOS)));
        engine.tick();
        assertFalse(engine.isPaused());
        assertEquals(List.of(), gaps);

        clock.advanceSeconds(1);
        wall.advance(Duration.ofSeconds(1).plus(Duration.ofNanos(SleepWatch.DEFAULT_WALL_AHEAD_NANOS + 1)));
        engine.tick();
        assertTrue(engine.isPaused());
        assertEquals(1, gaps.size());
    }

    @Test
    void aStandstillOfExactlyTheThresholdIsALateTickButOneNanosecondMoreIsNot() {
        engine.start();
        awakeSeconds(30);

        clock.advanceNanos(SleepWatch.DEFAULT_STANDSTILL_NANOS);
        wall.advance(Duration.ofNanos(SleepWatch.DEFAULT_STANDSTILL_NANOS));
        engine.tick();
        assertFalse(engine.isPaused());

        clock.advanceNanos(SleepWatch.DEFAULT_STANDSTILL_NANOS + 1);
        wall.advance(Duration.ofNanos(SleepWatch.DEFAULT_STANDSTILL_NANOS + 1));
        engine.tick();
        assertTrue(engine.isPaused());
        assertEquals(List.of(SleepWatch.DEFAULT_STANDSTILL_NANOS + 1), gaps);
    }

    @Test
    void resumingAfterTheSleepCarriesOnWhereTheWorkStoppedAndTheLogCountsOnlyRealWork() {
        engine.start();
        awakeSeconds(10 + 100);
        wall.advance(Duration.ofMinutes(45));
        engine.tick();

        engine.togglePause();
        assertEquals(100, done(0));
        awakeSeconds(200);
        assertEquals(300, done(0), "the segment ends after its 300 s of real work, the 45 minutes not counted");
        awakeSeconds(3_000);

        assertEquals(Phase.FINISHED, engine.phase());
        SessionSnapshot last = engine.snapshot();
        assertEquals(last.plan().plannedSeconds(), last.doneSeconds());
        assertEquals(1, gaps.size());
    }

    @Test
    void aLongPauseByThePersonIsNeverTakenForASleep() {
        engine.start();
        awakeSeconds(10 + 100);
        engine.togglePause();

        clock.advance(MINUTE.multipliedBy(30));
        wall.advance(MINUTE.multipliedBy(30));
        engine.togglePause();
        awakeSeconds(5);

        assertFalse(engine.isPaused());
        assertEquals(List.of(), gaps);
        assertEquals(105, done(0));
    }

    @Test
    void skippingAheadFromALongPauseStartsTheWatchAfresh() {
        engine.start();
        awakeSeconds(10 + 100);
        engine.togglePause();
        clock.advance(MINUTE.multipliedBy(30));
        wall.advance(MINUTE.multipliedBy(30));

        engine.next(); // moving on resumes the session
        awakeSeconds(3);

        assertFalse(engine.isPaused());
        assertEquals(List.of(), gaps);
        assertEquals(Phase.POSITIONING, engine.phase());
    }

    @Test
    void aWallClockSetBackIsIgnored() {
        engine.start();
        awakeSeconds(30);

        wall.setBack(Duration.ofHours(1));
        awakeSeconds(5);

        assertFalse(engine.isPaused());
        assertEquals(List.of(), gaps);
    }

    @Test
    void aSleepIsNoticedByAKeyPressAsWellAsByATickAndTheKeyStillActs() {
        engine.start();
        awakeSeconds(10 + 100);
        wall.advance(Duration.ofMinutes(3));

        engine.extendOneMinute();

        assertTrue(engine.isPaused());
        assertEquals(1, gaps.size());
        assertEquals(360, engine.snapshot().progress().get(0).allottedSeconds());
        assertEquals(100, done(0));
    }

    @Test
    void nothingIsWatchedBeforeTheStartOrAfterTheEnd() {
        wall.advance(Duration.ofHours(2));
        engine.start();
        awakeSeconds(3);
        engine.endEarly();
        wall.advance(Duration.ofHours(2));
        engine.tick();

        assertEquals(List.of(), gaps);
        assertEquals(Phase.ENDED_EARLY, engine.phase());
    }

    @Test
    void withTheWatchOffOneHugeJumpStillRunsTheSessionThrough() {
        Sessions s = new Sessions(Sessions.gluteThenTlf()).started();
        s.jumpSeconds(3_600);
        assertEquals(Phase.FINISHED, s.engine.phase());
    }
}
