package dev.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltInRoutinesTest {
    private final BuiltInRoutines builtIn = new BuiltInRoutines(new TargetCatalogue());

    private static List<String> targetIds(Routine routine) {
        return routine.steps().stream().map(s -> s.target().id()).toList();
    }

    @Test
    void lowBackIsTheDefaultAndComesFirst() {
        Routine first = builtIn.all().get(0);

        assertSame(first, builtIn.defaultRoutine());
        assertEquals("Low back", first.name());
        assertEquals(BuiltInRoutines.LOW_BACK, first.id());
    }

    @Test
    void lowBackWorksGluteMaxPiriformisGluteMedMinTlfThenPsoasAndLeavesOutTheQl() {
        Routine lowBack = builtIn.defaultRoutine();

        assertEquals(List.of("glute_max", "piriformis", "glute_med_min", "tlf", "psoas"), targetIds(lowBack));
    }

    @Test
    void upperBackWorksOnlyTheUpperBack() {
        Routine upper = builtIn.all().get(1);

        assertEquals("Upper back", upper.name());
        assertEquals(BuiltInRoutines.UPPER_BACK, upper.id());
        assertEquals(List.of("upper_back"), targetIds(upper));
    }

    @Test
    void thereAreExactlyTwoAndBothAreReadOnly() {
        assertEquals(2, builtIn.all().size());
        assertTrue(builtIn.all().stream().allMatch(Routine::builtIn));
    }
}
