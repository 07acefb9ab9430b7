package dev.unknot.domain;

import static dev.unknot.domain.Cue.GET_INTO_POSITION;
import static dev.unknot.domain.Cue.GO;
import static dev.unknot.domain.Cue.ONE_MINUTE_LEFT;
import static dev.unknot.domain.Cue.SESSION_DONE;
import static dev.unknot.domain.Cue.SWITCH_SIDE;
import static dev.unknot.domain.Cue.TARGET_DONE;
import static dev.unknot.domain.Sessions.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Time comes from the clock, not from counting ticks: irregular, late or missing ticks shift nothing. */
class SessionEngineTimingTest {

    /** Runs with seeded random ticks of 1 ms to 3 s, checking the time left after each, until {@code untilNanos}. */
    private static void tickIrregularlyCheckingTimeLeft(Sessions s, long totalNanos, long untilNanos, long seed) {
        Random random = new Random(seed);
        long elapsed = 0;
        int ticks = 0;
        while (elapsed < untilNanos) {
            long step = Math.min(untilNanos - elapsed, 1_000_000L + (long) (random.nextDouble() * (3 * SECOND - 1_000_000L)));
            s.clock.advanceNanos(step);
            elapsed += step;
            s.engine.tick();
            ticks++;
            assertEquals(Math.max(0, totalNanos - elapsed), s.snap().sessionRemainingNanos(), "after tick " + ticks);
        }
        assertTrue(ticks > 1000, "ran " + ticks + " ticks");
    }

    /** Cue snapshots, leaving out the one-minute ones: ticks notice that crossing a little after it happens. */
    private static List<SessionSnapshot> exactCueSnapshots(RecordingListener listener) {
        return listener.cueEvents().stream().filter(e -> e.cue() != ONE_MINUTE_LEFT)
                .map(RecordingListener.Event::snapshot).toList();
    }

    @Test
    void timeLeftStaysExactThroughThousandsOfIrregularTicksToTheEnd() {
        Sessions s = new Sessions(Sessions.lowBack());
        long total = s.snap().sessionRemainingNanos();
        s.started();

        tickIrregularlyCheckingTimeLeft(s, total, total, 20261125L);

        assertEquals(Phase.FINISHED, s.engine.phase());
        assertEquals(2700, s.snap().doneSeconds());
    }

    @Test
    void theCountdownShowsWholeSecondsRoundedUp() {
        Sessions s = new Sessions(Sessions.gluteThenTlf()).started();

        s.jumpSeconds(0.3);

        assertEquals(9_700_000_000L, s.snap().phaseRemainingNanos());
        assertEquals(10, s.snap().phaseRemainingSecondsCeil());
        assertEquals(3 * 310 - 0.3, s.snap().sessionRemainingNanos() / (double) SECOND, 1e-9);
        assertEquals(930, s.snap().sessionRemainingSecondsCeil());
    }

    @Test
    void theNextDisplayChangeIsWhenTheRoundedUpSecondsDrop() {
        Sessions s = new Sessions(Sessions.gluteThenTlf()).started();
        assertEquals(SECOND, s.engine.nanosToNextTick(), "10.0 s shows 10 until 9.0 s");

        s.jumpSeconds(0.3);

        assertEquals(700_000_000L, s.engine.nanosToNextTick());
    }

    @Test
    void waitingForEachDisplayChangeDropsTheShownSecondsByOne() {
        Sessions s = new Sessions(Sessions.gluteThenTlf()).started();
        s.jumpSeconds(10 + 0.25);
        long shown = s.snap().phaseRemainingSecondsCeil();

        for (int i = 0; i < 50; i++) {
            s.clock.advanceNanos(s.engine.nanosToNextTick());
            s.engine.tick();
            assertEquals(shown - 1, s.snap().phaseRemainingSecondsCeil());
            shown--;
        }
    }

    @Test
    void irregularTicksEndInTheSameStateAsOneBigJump() {
        Sessions ticked = new Sessions(Sessions.lowBack());
        Sessions jumped = new Sessions(Sessions.lowBack());
        long total = ticked.snap().sessionRemainingNanos();
        long stopAt = 2000 * SECOND + 567_891_234L;
        ticked.started();
        jumped.started();

        tickIrregularlyCheckingTimeLeft(ticked, total, stopAt, 7L);
        jumped.clock.advanceNanos(stopAt);
        jumped.engine.tick();

        assertEquals(ticked.snap(), jumped.snap());
        assertEquals(Phase.WORKING, jumped.engine.phase());
        assertEquals(6, jumped.snap().current());
        assertEquals(ticked.listener.cues(), jumped.listener.cues());
        assertEquals(exactCueSnapshots(ticked.listener), exactCueSnapshots(jumped.listener));
    }

    @Test
    void irregularTicksAndOneBigJumpToTheEndGiveTheSameFinalSnapshotAndCues() {
        Sessions ticked = new Sessions(Sessions.lowBack());
        Sessions jumped = new Sessions(Sessions.lowBack());
        long total = ticked.snap().sessionRemainingNanos();
        ticked.started();
        jumped.started();

        tickIrregularlyCheckingTimeLeft(ticked, total, total + 5 * SECOND, 99L);
        jumped.clock.advanceNanos(total + 5 * SECOND);
        jumped.engine.tick();

        SessionSnapshot end = ticked.listener.of(RecordingListener.Kind.ENDED).get(0).snapshot();
        assertEquals(end, jumped.listener.of(RecordingListener.Kind.ENDED).get(0).snapshot());
        assertEquals(ticked.listener.cues(), jumped.listener.cues());
        assertEquals(exactCueSnapshots(ticked.listener), exactCueSnapshots(jumped.listener));
    }

    @Test
    void aSingleJumpAcrossSeveralPhasesEmitsEveryCueInOrder() {
        Sessions s = new Sessions(Sessions.gluteThenTlf()).started();

        s.jumpSeconds(310 + 310 + 5);

        assertEquals(List.of(GET_INTO_POSITION, GO, ONE_MINUTE_LEFT, SWITCH_SIDE, GO, ONE_MINUTE_LEFT, TARGET_DONE,
                GET_INTO_POSITION), s.listener.cues());
        assertEquals(Phase.POSITIONING, s.engine.phase());
        assertEquals(2, s.snap().current());
        assertEquals(5 * SECOND, s.snap().phaseRemainingNanos());
        assertEquals(List.of(300, 300, 0), s.snap().progress().stream().map(SegmentProgress::doneSeconds).toList());
    }

    @Test
    void aSingleJumpPastTheEndRunsTheWholeSession() {
        Sessions s = new Sessions(Sessions.upperBack(30)).started();

        s.jumpSeconds(3 * 3600);

        assertEquals(Phase.FINISHED, s.engine.phase());
        assertEquals(1800, s.done(0));
        assertEquals(List.of(GET_INTO_POSITION, GO, ONE_MINUTE_LEFT, TARGET_DONE, SESSION_DONE), s.listener.cues());
        assertEquals(60 * SECOND, s.listener.cueEvents().get(2).snapshot().phaseRemainingNanos(),
                "the one-minute cue shows the moment it stands for");
    }

    @Test
    void aPhaseThatEndedBeforeTheNextTickAsksForAChangeNowNotANegativeWait() {
        Sessions s = new Sessions(Sessions.gluteThenTlf()).started();

        s.clock.advanceNanos(10 * SECOND + 5_000);

        assertEquals(0, s.engine.nanosToNextTick());
    }
}
