package dev.unknot.domain;

import static dev.unknot.domain.Sessions.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SessionEngineLifecycleTest {
    private final Sessions s = new Sessions(Sessions.gluteThenTlf());

    private void pressEverythingButStart() {
        s.engine.tick();
        s.engine.togglePause();
        s.engine.next();
        s.engine.previous();
        s.engine.extendOneMinute();
        s.engine.endEarly();
        s.clock.advanceSeconds(1000);
        s.engine.tick();
    }

    @Test
    void beforeStartTheSessionIsReadyWithItsWholeTimeAhead() {
        SessionSnapshot ready = s.snap();

        assertEquals(Phase.READY, ready.phase());
        assertEquals(3 * 310 * SECOND, ready.sessionRemainingNanos());
        assertEquals(0, ready.doneSeconds());
        assertEquals(-1, s.engine.nanosToNextTick());
    }

    @Test
    void commandsBeforeStartDoNothing() {
        SessionSnapshot ready = s.snap();

        pressEverythingButStart();

        assertEquals(ready, s.snap());
        assertEquals(List.of(), s.listener.events);
    }

    @Test
    void startingTellsTheListenerOnceWithARunningSnapshot() {
        s.engine.start();
        s.engine.start();

        List<RecordingListener.Event> started = s.listener.of(RecordingListener.Kind.STARTED);
        assertEquals(1, started.size());
        assertEquals(Phase.POSITIONING, started.get(0).snapshot().phase());
        assertEquals(10 * SECOND, started.get(0).snapshot().phaseRemainingNanos());
        assertEquals(List.of(Cue.GET_INTO_POSITION), s.listener.cues());
    }

    @Test
    void commandsAfterTheNaturalEndDoNothing() {
        s.engine.start();
        s.runSeconds(3 * 310);
        assertEquals(Phase.FINISHED, s.engine.phase());
        SessionSnapshot end = s.snap();
        s.listener.clear();

        pressEverythingButStart();
        s.engine.start();

        assertEquals(end, s.snap());
        assertEquals(List.of(), s.listener.events);
        assertEquals(-1, s.engine.nanosToNextTick());
    }

    @Test
    void commandsAfterEndingEarlyDoNothing() {
        s.engine.start();
        s.runSeconds(30);
        s.engine.endEarly();
        SessionSnapshot end = s.snap();
        s.listener.clear();

        pressEverythingButStart();

        assertEquals(Phase.ENDED_EARLY, s.engine.phase());
        assertEquals(end, s.snap());
        assertEquals(List.of(), s.listener.events);
    }

    @Test
    void theEndIsToldOnceWithTheFinalSnapshot() {
        s.engine.start();

        s.runSeconds(3 * 310 + 100);

        List<RecordingListener.Event> ended = s.listener.of(RecordingListener.Kind.ENDED);
        assertEquals(1, ended.size());
        assertEquals(s.snap(), ended.get(0).snapshot());
        assertFalse(ended.get(0).snapshot().nextSegment().isPresent());
    }

    @Test
    void aZeroSecondRepositionGoesStraightToWork() {
        SessionPlan plan = SessionPlan.of(Sessions.BUILT_IN.defaultRoutine(), 0);
        Sessions z = new Sessions(plan).started();

        assertEquals(Phase.WORKING, z.engine.phase());
        assertEquals(List.of(Cue.GET_INTO_POSITION, Cue.GO), z.listener.cues());
        z.runSeconds(300);
        assertEquals(Phase.WORKING, z.engine.phase());
        assertEquals(1, z.snap().current());
    }

    @Test
    void aCheckpointIntervalMustBePositive() {
        SessionPlan plan = Sessions.gluteThenTlf();

        assertThrows(IllegalArgumentException.class, () -> new SessionEngine(plan, new FakeClock(),
                new RecordingListener(), 0));
    }
}
