package dev.unknot.domain;

import static dev.unknot.domain.Cue.GET_INTO_POSITION;
import static dev.unknot.domain.Cue.GO;
import static dev.unknot.domain.Cue.SWITCH_SIDE;
import static dev.unknot.domain.Sessions.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** next() and previous(), on a plan of glute max left (0), right (1), then TLF (2); 10 s + 5 min each. */
class SessionEngineNavigationTest {
    private final Sessions s = new Sessions(Sessions.gluteThenTlf()).started();

    private void assertAt(Phase phase, int segment) {
        assertEquals(phase, s.engine.phase());
        assertEquals(segment, s.snap().current());
    }

    @Test
    void nextDuringPositioningStartsWorkOnTheSameSegmentAtOnceWithItsFullTime() {
        s.runSeconds(4);

        s.engine.next();

        assertAt(Phase.WORKING, 0);
        assertEquals(300 * SECOND, s.snap().phaseRemainingNanos());
        assertEquals(List.of(GET_INTO_POSITION, GO), s.listener.cues());
    }

    @Test
    void positioningCutShortWithNextDoesNotCountAsWork() {
        s.runSeconds(4);
        s.engine.next();

        s.runSeconds(300);

        assertAt(Phase.POSITIONING, 1);
        assertEquals(300, s.done(0));
    }

    @Test
    void nextDuringWorkMovesToTheNextSegmentKeepingTheSecondsDone() {
        s.runSeconds(10 + 120);

        s.engine.next();

        assertAt(Phase.POSITIONING, 1);
        assertEquals(120, s.done(0));
        assertEquals(300, s.allotted(0));
        assertEquals(SWITCH_SIDE, s.listener.cues().get(s.listener.cues().size() - 1));
        assertFalse(s.listener.cues().contains(Cue.TARGET_DONE), "skipping is not finishing the target");
    }

    @Test
    void nextDuringWorkOnTheLastSegmentEndsTheSessionEarlyNotFinished() {
        s.engine.next();
        s.engine.next();
        s.engine.next();
        s.engine.next();
        s.engine.next();
        s.runSeconds(30);
        assertTrue(s.engine.nextEnds(), "working on the last segment: next would end");

        s.engine.next();

        assertAt(Phase.ENDED_EARLY, 2);
        assertEquals(List.of(0, 0, 30), s.snap().progress().stream().map(SegmentProgress::doneSeconds).toList());
        assertEquals(1, s.listener.count(RecordingListener.Kind.ENDED));
        assertFalse(s.listener.cues().contains(Cue.TARGET_DONE));
        assertFalse(s.listener.cues().contains(Cue.SESSION_DONE), "skipping out is not completing the session");
    }

    @Test
    void nextEndsOnlyWhileWorkingOnTheLastSegment() {
        assertFalse(s.engine.nextEnds(), "positioning on the first");
        s.engine.next();
        assertFalse(s.engine.nextEnds(), "working on the first");
        s.engine.next();
        s.engine.next();
        s.engine.next();
        assertFalse(s.engine.nextEnds(), "positioning on the last: next starts its work");
        s.engine.next();
        assertTrue(s.engine.nextEnds());
        s.engine.endEarly();
        assertFalse(s.engine.nextEnds(), "over");
    }

    @Test
    void onlyRunningOutOnTheLastSegmentFinishesTheSession() {
        s.engine.next();
        s.engine.next(); // skip the first side's work
        s.runSeconds(10 + 300 + 10 + 300);

        assertAt(Phase.FINISHED, 2);
        assertEquals(List.of(StepOutcome.SKIPPED, StepOutcome.DONE, StepOutcome.DONE), StepOutcome.of(s.snap()));
    }

    @Test
    void nextWhilePausedInPositioningStartsWorkRunningNotFrozen() {
        s.runSeconds(3);
        s.engine.togglePause();

        s.engine.next();
        s.runSeconds(5);

        assertAt(Phase.WORKING, 0);
        assertFalse(s.engine.isPaused());
        assertEquals(5, s.done(0));
    }

    @Test
    void nextWhilePausedInWorkMovesOnKeepingOnlyTheTimeBeforeThePause() {
        s.runSeconds(10 + 40);
        s.engine.togglePause();
        s.runSeconds(100);

        s.engine.next();

        assertAt(Phase.POSITIONING, 1);
        assertFalse(s.engine.isPaused());
        assertEquals(40, s.done(0));
    }

    @Test
    void previousDuringPositioningGoesToThePreviousSegmentsPositioning() {
        s.engine.next();
        s.engine.next();
        s.engine.next();
        s.engine.next();
        s.runSeconds(4);
        s.listener.clear();

        s.engine.previous();

        assertAt(Phase.POSITIONING, 1);
        assertEquals(10 * SECOND, s.snap().phaseRemainingNanos());
        assertEquals(List.of(SWITCH_SIDE), s.listener.cues(), "segment 1 is the second side of glute max");
    }

    @Test
    void previousDuringWorkGoesToThePreviousSegmentAndKeepsThisOnesSeconds() {
        s.engine.next();
        s.engine.next();
        s.engine.next();
        s.runSeconds(40);
        s.listener.clear();

        s.engine.previous();

        assertAt(Phase.POSITIONING, 0);
        assertEquals(40, s.done(1));
        assertEquals(List.of(GET_INTO_POSITION), s.listener.cues());
    }

    @Test
    void revisitingAPartlyWorkedSegmentContinuesWhereItWasLeft() {
        s.runSeconds(10 + 100);
        s.engine.next();
        s.engine.previous();

        s.runSeconds(10);

        assertAt(Phase.WORKING, 0);
        assertEquals(200 * SECOND, s.snap().phaseRemainingNanos());
        assertEquals(200 * SECOND, s.snap().phaseLengthNanos());
        assertEquals(100, s.done(0));
        assertEquals(300, s.allotted(0));
        s.runSeconds(200);
        assertAt(Phase.POSITIONING, 1);
        assertEquals(300, s.done(0));
    }

    @Test
    void revisitingACompletedSegmentGivesAFreshRoundAndEarlierWorkStillCounts() {
        s.runSeconds(310);
        assertAt(Phase.POSITIONING, 1);
        s.engine.previous();
        assertEquals((10 + 300 + 2 * 310) * SECOND, s.snap().sessionRemainingNanos());

        s.runSeconds(10);

        assertAt(Phase.WORKING, 0);
        assertEquals(300 * SECOND, s.snap().phaseRemainingNanos());
        assertEquals(600, s.allotted(0));
        s.runSeconds(300);
        assertAt(Phase.POSITIONING, 1);
        assertEquals(600, s.done(0));
    }

    @Test
    void previousDuringPositioningOfTheFirstSegmentRestartsItsCountdown() {
        s.runSeconds(6);

        s.engine.previous();

        assertAt(Phase.POSITIONING, 0);
        assertEquals(10 * SECOND, s.snap().phaseRemainingNanos());
        assertEquals(List.of(GET_INTO_POSITION, GET_INTO_POSITION), s.listener.cues());
    }

    @Test
    void previousDuringWorkOnTheFirstSegmentRepositionsAndThenContinuesIt() {
        s.runSeconds(10 + 50);

        s.engine.previous();
        assertAt(Phase.POSITIONING, 0);
        assertEquals(50, s.done(0));
        s.runSeconds(10);

        assertAt(Phase.WORKING, 0);
        assertEquals(250 * SECOND, s.snap().phaseRemainingNanos());
    }

    @Test
    void previousWhilePausedLeavesTheSessionRunning() {
        s.runSeconds(10 + 50);
        s.engine.togglePause();

        s.engine.previous();
        s.runSeconds(3);

        assertFalse(s.engine.isPaused());
        assertEquals(7 * SECOND, s.snap().phaseRemainingNanos());
    }
}
