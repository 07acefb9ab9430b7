package dev.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionPlanTest {
    private final TargetCatalogue catalogue = new TargetCatalogue();
    private final BuiltInRoutines builtIn = new BuiltInRoutines(catalogue);

    @Test
    void lowBackUnrollsEachPerSideStepIntoLeftThenRight() {
        SessionPlan plan = SessionPlan.of(builtIn.defaultRoutine(), 10);

        assertEquals(List.of(Side.LEFT, Side.RIGHT, Side.LEFT, Side.RIGHT, Side.LEFT, Side.RIGHT, Side.CENTRAL,
                Side.LEFT, Side.RIGHT), plan.segments().stream().map(Segment::side).toList());
        assertEquals(List.of("glute_max", "glute_max", "piriformis", "piriformis", "glute_med_min", "glute_med_min",
                "tlf", "psoas", "psoas"), plan.segments().stream().map(s -> s.target().id()).toList());
        assertEquals(List.of(0, 0, 1, 1, 2, 2, 3, 4, 4), plan.segments().stream().map(Segment::stepIndex).toList());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), plan.segments().stream().map(Segment::position).toList());
        assertEquals(builtIn.defaultRoutine().id(), plan.routineId());
        assertEquals("Low back", plan.routineName());
        assertEquals(10, plan.repositionSeconds());
    }

    @Test
    void theStepsMinutesApplyToEachSide() {
        Target piriformis = catalogue.byId(TargetCatalogue.PIRIFORMIS);
        Routine routine = new Routine("r", "R", List.of(new Step(piriformis, Tool.SOFTBALL, Sides.BOTH, 12)), false);

        SessionPlan plan = SessionPlan.of(routine, 0);

        assertEquals(List.of(720, 720), plan.segments().stream().map(Segment::plannedSeconds).toList());
        assertEquals(Tool.SOFTBALL, plan.segments().get(1).tool());
        assertEquals(1440, plan.plannedSeconds());
        assertEquals(routine.plannedSeconds(), plan.plannedSeconds());
    }

    @Test
    void aOneSidedStepGivesOneSegmentForThatSide() {
        Target psoas = catalogue.byId(TargetCatalogue.PSOAS);
        Routine routine = new Routine("r", "R", List.of(new Step(psoas, Tool.SOFTBALL, Sides.RIGHT, 6)), false);

        SessionPlan plan = SessionPlan.of(routine, 10);

        assertEquals(1, plan.segments().size());
        assertEquals(Side.RIGHT, plan.segments().get(0).side());
        assertEquals(360, plan.segments().get(0).plannedSeconds());
    }

    @Test
    void onlyTheSecondSideOfTheSameStepContinuesThePreviousSegment() {
        List<Segment> s = SessionPlan.of(builtIn.defaultRoutine(), 10).segments();

        assertTrue(s.get(1).continues(s.get(0)));
        assertEquals(false, s.get(2).continues(s.get(1)));
        assertEquals(false, s.get(0).continues(null));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 10, 60})
    void aRepositionCountdownOfZeroToSixtySecondsIsAccepted(int seconds) {
        assertEquals(seconds, SessionPlan.of(builtIn.defaultRoutine(), seconds).repositionSeconds());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 61, 600})
    void aRepositionCountdownOutsideZeroToSixtySecondsIsRefused(int seconds) {
        Routine routine = builtIn.defaultRoutine();

        ValidationException e = assertThrows(ValidationException.class, () -> SessionPlan.of(routine, seconds));
        assertTrue(e.getMessage().contains("from 0 to 60"), e.getMessage());
    }
}
