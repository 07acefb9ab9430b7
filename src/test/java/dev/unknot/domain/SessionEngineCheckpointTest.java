package dev.unknot.domain;

import static dev.unknot.domain.Sessions.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Checkpoints are what the log persists: at every transition and regularly during work. */
class SessionEngineCheckpointTest {

    private record At(Phase phase, int segment) {
    }

    private static List<At> places(List<SessionSnapshot> checkpoints) {
        return checkpoints.stream().map(c -> new At(c.phase(), c.current())).toList();
    }

    /** The most work done between two consecutive checkpoints, in seconds. */
    private static long longestWorkBetweenCheckpoints(List<SessionSnapshot> checkpoints) {
        long longest = 0;
        for (int i = 1; i < checkpoints.size(); i++) {
            longest = Math.max(longest, checkpoints.get(i).doneSeconds() - checkpoints.get(i - 1).doneSeconds());
        }
        return longest;
    }

    @Test
    void everyTransitionSavesACheckpoint() {
        Sessions s = new Sessions(Sessions.gluteThenTlf(), Long.MAX_VALUE);
        s.engine.start();

        s.runSeconds(3 * 310);

        assertEquals(List.of(new At(Phase.POSITIONING, 0), new At(Phase.WORKING, 0),
                new At(Phase.POSITIONING, 1), new At(Phase.WORKING, 1),
                new At(Phase.POSITIONING, 2), new At(Phase.WORKING, 2),
                new At(Phase.FINISHED, 2)), places(s.listener.checkpoints()));
    }

    @Test
    void skippingAndGoingBackSaveACheckpointEach() {
        Sessions s = new Sessions(Sessions.gluteThenTlf(), Long.MAX_VALUE).started();
        s.listener.clear();

        s.engine.next();
        s.engine.next();
        s.engine.previous();
        s.engine.endEarly();

        assertEquals(List.of(new At(Phase.WORKING, 0), new At(Phase.POSITIONING, 1),
                new At(Phase.POSITIONING, 0), new At(Phase.ENDED_EARLY, 0)), places(s.listener.checkpoints()));
    }

    @Test
    void withTicksEverySecondWorkIsCheckpointedEveryFifteenSeconds() {
        Sessions s = new Sessions(Sessions.lowBack()).started();

        s.runSeconds(9 * 310);

        List<SessionSnapshot> checkpoints = s.listener.checkpoints();
        assertEquals(15, longestWorkBetweenCheckpoints(checkpoints));
        for (int segment = 0; segment < 9; segment++) {
            int seg = segment;
            long duringWork = checkpoints.stream()
                    .filter(c -> c.phase() == Phase.WORKING && c.current() == seg).count();
            assertEquals(1 + 300 / 15 - 1, duringWork, "segment " + segment + ": on entry, then at 15 s .. 285 s");
        }
    }

    @Test
    void wakingOnlyWhenTheEngineAsksNeverLeavesWorkUnsavedForLongerThanTheInterval() {
        Sessions s = new Sessions(Sessions.upperBack(5)).started();
        s.clock.advanceNanos(333_333_333L); // ticks deliberately out of step with the phase's whole seconds
        s.engine.tick();
        long lastSavedAt = s.clock.nanoTime();
        int saved = s.listener.checkpoints().size();
        long longestGap = 0;

        while (s.engine.phase() != Phase.FINISHED) {
            s.clock.advanceNanos(s.engine.nanosToNextTick());
            s.engine.tick();
            if (s.listener.checkpoints().size() > saved) {
                saved = s.listener.checkpoints().size();
                longestGap = Math.max(longestGap, s.clock.nanoTime() - lastSavedAt);
                lastSavedAt = s.clock.nanoTime();
            }
        }

        assertEquals(15 * SECOND, longestGap);
    }

    @Test
    void theCheckpointIntervalIsTheEnginesToChoose() {
        Sessions s = new Sessions(Sessions.upperBack(5), 5 * SECOND).started();

        s.runSeconds(310);

        assertEquals(5, longestWorkBetweenCheckpoints(s.listener.checkpoints()));
    }

    @Test
    void aLongPauseSavesNoCheckpointsUntilResumed() {
        Sessions s = new Sessions(Sessions.gluteThenTlf()).started();
        s.runSeconds(10 + 20);
        s.engine.togglePause();
        s.listener.clear();

        s.runSeconds(600);
        assertEquals(List.of(), s.listener.checkpoints());
        s.engine.togglePause();

        assertEquals(1, s.listener.checkpoints().size());
    }

    @Test
    void workAfterAPauseIsCheckpointedFifteenSecondsAfterResuming() {
        Sessions s = new Sessions(Sessions.gluteThenTlf()).started();
        s.runSeconds(10 + 20);
        s.engine.togglePause();
        s.runSeconds(600);
        s.engine.togglePause();
        s.listener.clear();

        s.runSeconds(14);
        assertEquals(0, s.listener.checkpoints().size());
        s.runSeconds(1);

        assertEquals(1, s.listener.checkpoints().size());
        assertEquals(20 + 15, s.listener.checkpoints().get(0).progress().get(0).doneSeconds());
    }

    @Test
    void theLastCheckpointIsTheFinalSnapshot() {
        Sessions s = new Sessions(Sessions.gluteThenTlf()).started();

        s.runSeconds(3 * 310);

        List<SessionSnapshot> checkpoints = s.listener.checkpoints();
        SessionSnapshot last = checkpoints.get(checkpoints.size() - 1);
        assertEquals(s.listener.of(RecordingListener.Kind.ENDED).get(0).snapshot(), last);
        assertTrue(last.phase().isOver());
    }
}
