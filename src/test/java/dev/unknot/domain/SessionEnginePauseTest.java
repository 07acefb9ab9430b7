package dev.unknot.domain;

import static dev.unknot.domain.Sessions.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SessionEnginePauseTest {
    private final Sessions s = new Sessions(Sessions.gluteThenTlf()).started();

    @Test
    void pausingDuringPositioningFreezesTheCountdown() {
        s.runSeconds(3);

        s.engine.togglePause();
        s.runSeconds(120);

        assertEquals(Phase.POSITIONING, s.engine.phase());
        assertTrue(s.engine.isPaused());
        assertTrue(s.snap().paused());
        assertEquals(7 * SECOND, s.snap().phaseRemainingNanos());
        assertEquals(List.of(Cue.GET_INTO_POSITION), s.listener.cues());
    }

    @Test
    void resumingPositioningCarriesOnFromWhereItStopped() {
        s.runSeconds(3);
        s.engine.togglePause();
        s.runSeconds(120);

        s.engine.togglePause();
        s.runSeconds(6);
        assertEquals(Phase.POSITIONING, s.engine.phase());
        s.runSeconds(1);

        assertFalse(s.engine.isPaused());
        assertEquals(Phase.WORKING, s.engine.phase());
        assertEquals(300 * SECOND, s.snap().phaseRemainingNanos());
    }

    @Test
    void pausingDuringWorkFreezesTheTimeLeftAndTheSecondsDone() {
        s.runSeconds(10 + 100);
        long sessionLeft = s.snap().sessionRemainingNanos();

        s.engine.togglePause();
        s.runSeconds(500);

        assertEquals(Phase.WORKING, s.engine.phase());
        assertEquals(100, s.done(0));
        assertEquals(200 * SECOND, s.snap().phaseRemainingNanos());
        assertEquals(sessionLeft, s.snap().sessionRemainingNanos());
    }

    @Test
    void timeSpentPausedNeverCountsAsWork() {
        s.runSeconds(10 + 100);
        s.jumpSeconds(0.4);
        s.engine.togglePause();
        s.runSeconds(500);
        s.engine.togglePause();

        s.runSeconds(199);
        assertEquals(299, s.done(0));
        s.jumpSeconds(0.6);

        assertEquals(Phase.POSITIONING, s.engine.phase());
        assertEquals(1, s.snap().current());
        assertEquals(300, s.done(0));
    }

    @Test
    void pauseAndResumeEachSaveACheckpointShowingWhetherPaused() {
        s.runSeconds(10 + 20);
        s.listener.clear();

        s.engine.togglePause();
        s.engine.togglePause();

        assertEquals(List.of(true, false), s.listener.checkpoints().stream().map(SessionSnapshot::paused).toList());
        assertEquals(List.of(), s.listener.cues());
    }

    @Test
    void nothingOnScreenChangesByItselfWhilePaused() {
        s.runSeconds(15);

        s.engine.togglePause();

        assertEquals(-1, s.engine.nanosToNextTick());
    }
}
