package dev.unknot.domain.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.domain.Cue;
import dev.unknot.domain.FakeClock;
import dev.unknot.domain.Phase;
import dev.unknot.domain.SleepWatch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strengthening sets on the session's timing core, on a fake clock. */
class ExerciseRunTest {
    private static final long SECOND = 1_000_000_000L;
    private static final ExerciseCatalogue CATALOGUE = new ExerciseCatalogue();
    private static final Exercise BIRD_DOG = CATALOGUE.byId(ExerciseCatalogue.BIRD_DOG);
    private static final Exercise PLANK = CATALOGUE.byId(ExerciseCatalogue.EIGHT_POINT_PLANK);

    private final FakeClock clock = new FakeClock();
    private final List<Cue> cues = new ArrayList<>();
    private final List<ExerciseSnapshot> ended = new ArrayList<>();

    private ExerciseRun run(List<Exercise> chosen) {
        return new ExerciseRun(ExercisePlan.of(chosen), clock, new ExerciseRun.Listener() {
            @Override
            public void cue(Cue cue, ExerciseSnapshot snapshot) {
                cues.add(cue);
            }

            @Override
            public void ended(ExerciseSnapshot snapshot) {
                ended.add(snapshot);
            }
        }, SleepWatch.OFF);
    }

    private void seconds(ExerciseRun run, long seconds) {
        for (long i = 0; i < seconds; i++) {
            clock.advanceSeconds(1);
            run.tick();
        }
    }

    @Test
    void oneExerciseIsGetReadyThenThreeSetsOfThirtySecondsWithThirtySecondRestsBetween() {
        ExerciseRun run = run(List.of(BIRD_DOG));
        run.start();
        assertEquals((10 + 30 + 30 + 30 + 30 + 30) * SECOND, run.snapshot().remainingNanos());
        assertFalse(run.snapshot().resting(), "the first countdown is getting ready, not a rest");

        seconds(run, 10);
        assertEquals(Phase.WORKING, run.snapshot().phase());
        assertEquals(1, run.snapshot().currentSet().setNumber());
        seconds(run, 30);
        assertTrue(run.snapshot().resting());
        assertEquals(30 * SECOND, run.snapshot().phaseRemainingNanos());
        assertEquals(1, run.snapshot().setsDone());
        seconds(run, 30 + 30 + 30);
        assertEquals(3, run.snapshot().currentSet().setNumber());
        assertEquals(Phase.WORKING, run.snapshot().phase());

        clock.advanceNanos(30 * SECOND - 1);
        run.tick();
        assertEquals(Phase.WORKING, run.snapshot().phase(), "one nanosecond before the end it still runs");
        clock.advanceNanos(1);
        run.tick();

        assertEquals(Phase.FINISHED, run.snapshot().phase());
        assertEquals(3, ended.get(0).setsDone());
        assertEquals(List.of(Cue.GET_INTO_POSITION, Cue.GO, Cue.SWITCH_SIDE, Cue.GO, Cue.SWITCH_SIDE, Cue.GO,
                Cue.TARGET_DONE, Cue.SESSION_DONE), cues);
    }

    @Test
    void theNextExerciseStartsWithAGetReadyCountdownNotARest() {
        ExerciseRun run = run(List.of(BIRD_DOG, PLANK));
        run.start();
        seconds(run, 10 + 30 + 30 + 30 + 30 + 30);

        ExerciseSnapshot now = run.snapshot();
        assertEquals(PLANK, now.currentSet().exercise());
        assertEquals(Phase.POSITIONING, now.phase());
        assertFalse(now.resting());
        assertEquals(30 * SECOND, now.phaseLengthNanos());
        assertEquals(3, now.setsOfCurrentExercise());
        assertEquals(List.of(Cue.GET_INTO_POSITION, Cue.GO, Cue.SWITCH_SIDE, Cue.GO, Cue.SWITCH_SIDE, Cue.GO,
                Cue.TARGET_DONE, Cue.GET_INTO_POSITION), cues);
    }

    @Test
    void allFourRunInOneJumpExactlyAsInSmallTicks() {
        ExerciseRun run = run(CATALOGUE.all());
        run.start();
        long total = run.snapshot().remainingNanos();
        assertEquals((10 + 12 * 30 + 11 * 30) * SECOND, total);

        clock.advanceNanos(total);
        run.tick();

        assertEquals(Phase.FINISHED, run.snapshot().phase());
        assertEquals(12, ended.get(0).setsDone());
        assertEquals(12, cues.stream().filter(c -> c == Cue.GO).count());
        assertEquals(4, cues.stream().filter(c -> c == Cue.TARGET_DONE).count());
    }

    @Test
    void pauseFreezesARestAndNextSkipsIt() {
        ExerciseRun run = run(List.of(BIRD_DOG));
        run.start();
        seconds(run, 10 + 30 + 5);
        run.togglePause();
        seconds(run, 300);
        assertEquals(25 * SECOND, run.snapshot().phaseRemainingNanos());
        assertTrue(run.snapshot().paused());

        run.next();

        assertEquals(Phase.WORKING, run.snapshot().phase());
        assertFalse(run.snapshot().paused());
        assertEquals(2, run.snapshot().currentSet().setNumber());
    }

    @Test
    void endingEarlyCountsOnlyTheSetsWorkedToTheirEnd() {
        ExerciseRun run = run(List.of(BIRD_DOG));
        run.start();
        seconds(run, 10 + 30 + 30 + 12);

        run.end();

        assertEquals(Phase.ENDED_EARLY, ended.get(0).phase());
        assertEquals(1, ended.get(0).setsDone());
        assertFalse(cues.contains(Cue.SESSION_DONE));
    }
}
