package dev.unknot.domain;

import static dev.unknot.domain.Cue.GET_INTO_POSITION;
import static dev.unknot.domain.Cue.GO;
import static dev.unknot.domain.Cue.ONE_MINUTE_LEFT;
import static dev.unknot.domain.Cue.SESSION_DONE;
import static dev.unknot.domain.Cue.SWITCH_SIDE;
import static dev.unknot.domain.Cue.TARGET_DONE;
import static dev.unknot.domain.Sessions.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole sessions, run in milliseconds with a fake clock ticking once a second. */
class SessionEngineFullRunTest {

    /** Seconds since start at which a snapshot was taken, from the time it says is left (nothing skipped). */
    private static long elapsedSeconds(SessionSnapshot snapshot, long totalNanos) {
        long elapsed = totalNanos - snapshot.sessionRemainingNanos();
        assertEquals(0, elapsed % SECOND, "cue at a whole second");
        return elapsed / SECOND;
    }

    private record Change(Phase phase, int segment) {
    }

    private static List<Change> phaseChanges(List<SessionSnapshot> checkpoints) {
        List<Change> changes = new ArrayList<>();
        for (SessionSnapshot c : checkpoints) {
            Change change = new Change(c.phase(), c.current());
            if (changes.isEmpty() || !changes.get(changes.size() - 1).equals(change)) {
                changes.add(change);
            }
        }
        return changes;
    }

    @Test
    void aThirtyMinuteUpperBackSessionRunsToItsEndWithExactSecondsAndCues() {
        Sessions s = new Sessions(Sessions.upperBack(30));
        long total = s.snap().sessionRemainingNanos();
        s.started();

        s.runSeconds(10 + 1800);

        SessionSnapshot end = s.snap();
        assertEquals(Phase.FINISHED, end.phase());
        assertEquals(1800, end.progress().get(0).doneSeconds());
        assertEquals(1800, end.progress().get(0).allottedSeconds());
        assertEquals(Side.CENTRAL, end.progress().get(0).segment().side());
        assertEquals(0, end.sessionRemainingNanos());
        assertEquals(0, end.phaseRemainingNanos());
        assertEquals(List.of(GET_INTO_POSITION, GO, ONE_MINUTE_LEFT, TARGET_DONE, SESSION_DONE), s.listener.cues());
        assertEquals(List.of(0L, 10L, 10L + 1740, 1810L, 1810L),
                s.listener.cueEvents().stream().map(e -> elapsedSeconds(e.snapshot(), total)).toList());
        assertEquals(List.of(new Change(Phase.POSITIONING, 0), new Change(Phase.WORKING, 0),
                new Change(Phase.FINISHED, 0)), phaseChanges(s.listener.checkpoints()));
        assertEquals(List.of(end), s.listener.of(RecordingListener.Kind.ENDED).stream()
                .map(RecordingListener.Event::snapshot).toList());
    }

    @Test
    void theUpperBackSessionIsStillWorkingOneSecondBeforeItsEnd() {
        Sessions s = new Sessions(Sessions.upperBack(30)).started();

        s.runSeconds(9);
        assertEquals(Phase.POSITIONING, s.engine.phase());
        assertEquals(SECOND, s.snap().phaseRemainingNanos());
        s.runSeconds(1);
        assertEquals(Phase.WORKING, s.engine.phase());
        assertEquals(1800 * SECOND, s.snap().phaseRemainingNanos());
        s.runSeconds(1799);

        assertEquals(Phase.WORKING, s.engine.phase());
        assertEquals(SECOND, s.snap().phaseRemainingNanos());
        assertEquals(1799, s.done(0));
    }

    @Test
    void theLowBackSessionWorksEverySideOfEveryTargetForItsFullTime() {
        Sessions s = new Sessions(Sessions.lowBack());
        long total = s.snap().sessionRemainingNanos();
        s.started();

        s.runSeconds(9 * (10 + 300));

        SessionSnapshot end = s.snap();
        assertEquals(9L * 310 * SECOND, total);
        assertEquals(Phase.FINISHED, end.phase());
        assertEquals(List.of(300, 300, 300, 300, 300, 300, 300, 300, 300),
                end.progress().stream().map(SegmentProgress::doneSeconds).toList());
        assertEquals(List.of(Side.LEFT, Side.RIGHT, Side.LEFT, Side.RIGHT, Side.LEFT, Side.RIGHT, Side.CENTRAL,
                Side.LEFT, Side.RIGHT), end.progress().stream().map(p -> p.segment().side()).toList());
        assertEquals(2700, end.doneSeconds());
        assertEquals(1, s.listener.count(RecordingListener.Kind.STARTED));
        assertEquals(1, s.listener.count(RecordingListener.Kind.ENDED));
    }

    @Test
    void theLowBackSessionCuesEachSideAndEachTargetAtTheRightMoment() {
        Sessions s = new Sessions(Sessions.lowBack());
        long total = s.snap().sessionRemainingNanos();
        s.started();

        s.runSeconds(9 * 310);

        List<Cue> expected = new ArrayList<>();
        List<Long> expectedAt = new ArrayList<>();
        boolean[] secondSide = {false, true, false, true, false, true, false, false, true};
        boolean[] lastSide = {false, true, false, true, false, true, true, false, true};
        for (int i = 0; i < 9; i++) {
            long start = i * 310L;
            expected.addAll(List.of(secondSide[i] ? SWITCH_SIDE : GET_INTO_POSITION, GO, ONE_MINUTE_LEFT));
            expectedAt.addAll(List.of(start, start + 10, start + 250));
            if (lastSide[i]) {
                expected.add(TARGET_DONE);
                expectedAt.add(start + 310);
            }
        }
        expected.add(SESSION_DONE);
        expectedAt.add(9 * 310L);
        assertEquals(expected, s.listener.cues());
        assertEquals(expectedAt,
                s.listener.cueEvents().stream().map(e -> elapsedSeconds(e.snapshot(), total)).toList());
    }

    @Test
    void theLowBackSessionGoesThroughPositioningAndWorkForEachSegmentInOrder() {
        Sessions s = new Sessions(Sessions.lowBack()).started();

        s.runSeconds(9 * 310);

        List<Change> expected = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            expected.add(new Change(Phase.POSITIONING, i));
            expected.add(new Change(Phase.WORKING, i));
        }
        expected.add(new Change(Phase.FINISHED, 8));
        assertEquals(expected, phaseChanges(s.listener.checkpoints()));
    }
}
