package dev.unknot.domain;

import static dev.unknot.domain.Cue.GET_INTO_POSITION;
import static dev.unknot.domain.Cue.GO;
import static dev.unknot.domain.Cue.ONE_MINUTE_LEFT;
import static dev.unknot.domain.Cue.SESSION_DONE;
import static dev.unknot.domain.Cue.TARGET_DONE;
import static dev.unknot.domain.Sessions.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SessionEngineExtendAndEndTest {

    @Test
    void extendingDuringWorkAddsAMinuteToTheCurrentSideOnly() {
        Sessions s = new Sessions(Sessions.gluteThenTlf()).started();
        s.runSeconds(10 + 100);
        long sessionLeft = s.snap().sessionRemainingNanos();

        s.engine.extendOneMinute();

        assertEquals(260 * SECOND, s.snap().phaseRemainingNanos());
        assertEquals(sessionLeft + 60 * SECOND, s.snap().sessionRemainingNanos());
        assertEquals(List.of(360, 300, 300),
                s.snap().progress().stream().map(SegmentProgress::allottedSeconds).toList());
        s.runSeconds(260 + 310 + 310);
        assertEquals(Phase.FINISHED, s.engine.phase());
        assertEquals(List.of(360, 300, 300), s.snap().progress().stream().map(SegmentProgress::doneSeconds).toList());
    }

    @Test
    void extendingAfterTheOneMinuteCueArmsItAgain() {
        Sessions s = new Sessions(Sessions.upperBack(5)).started();
        s.runSeconds(10 + 270);
        assertEquals(List.of(GET_INTO_POSITION, GO, ONE_MINUTE_LEFT), s.listener.cues());

        s.engine.extendOneMinute();
        s.runSeconds(29);
        assertEquals(1, s.listener.cues().stream().filter(c -> c == ONE_MINUTE_LEFT).count());
        s.runSeconds(1 + 60);

        assertEquals(List.of(GET_INTO_POSITION, GO, ONE_MINUTE_LEFT, ONE_MINUTE_LEFT, TARGET_DONE, SESSION_DONE),
                s.listener.cues());
        assertEquals(360, s.done(0));
    }

    @Test
    void extendingBeforeTheOneMinuteCueStillCuesOnlyOnce() {
        Sessions s = new Sessions(Sessions.upperBack(5)).started();
        s.runSeconds(10 + 20);

        s.engine.extendOneMinute();
        s.runSeconds(340);

        assertEquals(List.of(GET_INTO_POSITION, GO, ONE_MINUTE_LEFT, TARGET_DONE, SESSION_DONE), s.listener.cues());
        assertEquals(360, s.done(0));
    }

    @Test
    void extendingDuringPositioningLengthensTheWorkAboutToStart() {
        Sessions s = new Sessions(Sessions.gluteThenTlf()).started();

        s.engine.extendOneMinute();
        assertEquals(Phase.POSITIONING, s.engine.phase());
        assertEquals(10 * SECOND, s.snap().phaseRemainingNanos());
        s.runSeconds(10);

        assertEquals(360 * SECOND, s.snap().phaseRemainingNanos());
        assertEquals(300, s.allotted(1));
    }

    @Test
    void extendingWhileAboutToRedoACompletedSegmentAddsTheMinuteToItsFreshRound() {
        Sessions s = new Sessions(Sessions.gluteThenTlf()).started();
        s.runSeconds(310);
        s.engine.previous();
        long sessionLeft = s.snap().sessionRemainingNanos();

        s.engine.extendOneMinute();
        s.runSeconds(10);

        assertEquals(Phase.WORKING, s.engine.phase());
        assertEquals(360 * SECOND, s.snap().phaseRemainingNanos());
        assertEquals(sessionLeft + 60 * SECOND - 10 * SECOND, s.snap().sessionRemainingNanos());
        s.runSeconds(360);
        assertEquals(660, s.done(0));
    }

    @Test
    void extendingSavesACheckpoint() {
        Sessions s = new Sessions(Sessions.gluteThenTlf()).started();
        s.runSeconds(12);
        s.listener.clear();

        s.engine.extendOneMinute();

        assertEquals(1, s.listener.checkpoints().size());
        assertEquals(360, s.listener.checkpoints().get(0).progress().get(0).allottedSeconds());
    }

    @Test
    void endingEarlyKeepsTheSecondsWorkedAndDoesNotAnnounceTheSessionDone() {
        Sessions s = new Sessions(Sessions.gluteThenTlf()).started();
        s.runSeconds(310 + 10 + 45);
        s.jumpSeconds(0.5);

        s.engine.endEarly();

        SessionSnapshot end = s.snap();
        assertEquals(Phase.ENDED_EARLY, end.phase());
        assertEquals(List.of(300, 45, 0), end.progress().stream().map(SegmentProgress::doneSeconds).toList());
        assertEquals(0, end.phaseRemainingNanos());
        assertEquals(0, end.sessionRemainingNanos());
        assertFalse(s.listener.cues().contains(SESSION_DONE));
        List<RecordingListener.Event> ended = s.listener.of(RecordingListener.Kind.ENDED);
        assertEquals(1, ended.size());
        assertEquals(end, ended.get(0).snapshot());
        assertEquals(end, s.listener.checkpoints().get(s.listener.checkpoints().size() - 1));
    }

    @Test
    void endingEarlyWhilePausedKeepsOnlyTheWorkBeforeThePause() {
        Sessions s = new Sessions(Sessions.gluteThenTlf()).started();
        s.runSeconds(10 + 70);
        s.engine.togglePause();
        s.runSeconds(100);

        s.engine.endEarly();

        assertEquals(Phase.ENDED_EARLY, s.engine.phase());
        assertFalse(s.engine.isPaused());
        assertEquals(70, s.done(0));
    }

    @Test
    void endingEarlyDuringPositioningKeepsEarlierWorkAndAddsNone() {
        Sessions s = new Sessions(Sessions.gluteThenTlf()).started();
        s.runSeconds(310 + 8);

        s.engine.endEarly();

        assertEquals(List.of(300, 0, 0), s.snap().progress().stream().map(SegmentProgress::doneSeconds).toList());
        assertEquals(List.of(GET_INTO_POSITION, GO, ONE_MINUTE_LEFT, Cue.SWITCH_SIDE), s.listener.cues());
    }

    @Test
    void plusStopsAtThirtyMinutesASideAndSaysSo() {
        Sessions s = new Sessions(Sessions.upperBack(28)).started();
        s.runSeconds(10 + 60);

        assertTrue(s.engine.extendOneMinute());
        assertTrue(s.engine.extendOneMinute());
        assertFalse(s.engine.extendOneMinute(), "a third minute would make 31");
        for (int i = 0; i < 40; i++) {
            s.engine.extendOneMinute();
        }

        assertEquals(30 * 60, s.snap().progress().get(0).allottedSeconds());
        assertEquals((30 * 60 - 60) * SECOND, s.snap().phaseRemainingNanos());
    }

    @Test
    void plusDuringPositioningCountsTowardsTheSameLimit() {
        Sessions s = new Sessions(Sessions.upperBack(30)).started();

        assertFalse(s.engine.extendOneMinute(), "already 30 minutes planned");
        assertEquals(30 * 60, s.snap().progress().get(0).allottedSeconds());
    }

    @Test
    void aRevisitedSideGetsAFreshRoundUpToTheLimitAgain() {
        Sessions s = new Sessions(Sessions.gluteThenTlf()).started();
        s.runSeconds(10 + 300); // glute max left done: 5 min
        s.engine.previous(); // back to it: a fresh round of 5 min
        s.engine.next();
        int added = 0;
        while (s.engine.extendOneMinute()) {
            added++;
        }
        assertEquals(25, added, "the fresh round goes from 5 to 30 minutes");
    }

    @Test
    void theLimitIsTheSettingsLimit() {
        assertEquals(30, Durations.MAX_MINUTES);
        assertThrows(ValidationException.class, () -> Durations.requireMinutes(Durations.MAX_MINUTES + 1));
    }
}
