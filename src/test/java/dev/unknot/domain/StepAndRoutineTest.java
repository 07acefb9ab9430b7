package dev.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StepAndRoutineTest {
    private final TargetCatalogue catalogue = new TargetCatalogue();
    private final Target tlf = catalogue.byId(TargetCatalogue.TLF);
    private final Target gluteMax = catalogue.byId(TargetCatalogue.GLUTE_MAX);
    private final Target upperBack = catalogue.byId(TargetCatalogue.UPPER_BACK);

    @Test
    void aStepRefusesAToolTheTargetDoesNotSuit() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new Step(tlf, Tool.LACROSSE_BALL, Sides.CENTRAL, 5));

        assertTrue(e.getMessage().contains("Lacrosse ball"), e.getMessage());
    }

    @Test
    void aPerSideTargetCannotBeWorkedCentrally() {
        assertThrows(ValidationException.class, () -> new Step(gluteMax, Tool.FOAM_ROLLER, Sides.CENTRAL, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BOTH", "LEFT", "RIGHT"})
    void aCentralTargetCannotBeWorkedBySide(String sides) {
        assertThrows(ValidationException.class,
                () -> new Step(upperBack, Tool.FOAM_ROLLER, Sides.valueOf(sides), 5));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, 31})
    void aStepRefusesMinutesOutOfRangeNamingTheRange(int minutes) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new Step(gluteMax, Tool.FOAM_ROLLER, Sides.BOTH, minutes));

        assertTrue(e.getMessage().contains("from 5 to 30"), e.getMessage());
    }

    @Test
    void aStepsPlannedTimeIsItsMinutesOnEachSide() {
        assertEquals(2 * 7 * 60, new Step(gluteMax, Tool.SOFTBALL, Sides.BOTH, 7).plannedSeconds());
        assertEquals(7 * 60, new Step(gluteMax, Tool.SOFTBALL, Sides.RIGHT, 7).plannedSeconds());
        assertEquals(7 * 60, new Step(tlf, Tool.SOFTBALL, Sides.CENTRAL, 7).plannedSeconds());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aRoutineNeedsAName(String name) {
        List<Step> steps = List.of(Step.usual(tlf));

        ValidationException e = assertThrows(ValidationException.class, () -> new Routine("r", name, steps, false));
        assertTrue(e.getMessage().contains("name"), e.getMessage());
        assertThrows(ValidationException.class, () -> new Routine("r", null, steps, false));
    }

    @Test
    void aRoutineNeedsAtLeastOneStep() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new Routine("r", "Empty", List.of(), false));

        assertTrue(e.getMessage().contains("step"), e.getMessage());
    }

    @Test
    void aRoutinesNameIsTrimmed() {
        assertEquals("Evening", new Routine("r", "  Evening ", List.of(Step.usual(tlf)), false).name());
    }
}
