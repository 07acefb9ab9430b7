package dev.unknot.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated steps and routines (issue 7): a step is made exactly when the tool suits the target, the sides fit how
 * the target is worked and the minutes are 5–30, and refused otherwise with our own {@link ValidationException};
 * a routine needs a name and a step, and its planned time is its steps' minutes on each side.
 */
class RoutinePropertiesTest {
    private static final TargetCatalogue CATALOGUE = new TargetCatalogue();

    @Property(tries = 500, seed = "7101")
    void aStepIsMadeExactlyWhenToolSidesAndMinutesAllFitItsTarget(@ForAll("targets") Target target,
            @ForAll Tool tool, @ForAll Sides sides, @ForAll @IntRange(min = -5, max = 40) int minutes) {
        boolean sidesFit = target.perSide() ? sides != Sides.CENTRAL : sides == Sides.CENTRAL;
        boolean valid = target.tools().contains(tool) && sidesFit && minutes >= 5 && minutes <= 30;
        try {
            Step step = new Step(target, tool, sides, minutes);
            assertTrue(valid, "made " + step);
            assertEquals((sides == Sides.BOTH ? 2 : 1) * minutes * 60, step.plannedSeconds());
        } catch (ValidationException refused) {
            assertFalse(valid, "refused a valid step: " + refused.getMessage());
            assertFalse(refused.getMessage().isBlank());
        }
    }

    @Property(tries = 300, seed = "7102")
    void aRoutineNeedsANameAndAStepAndPlansTheSumOfItsSteps(@ForAll("names") String name,
            @ForAll("validSteps") List<Step> steps) {
        try {
            Routine routine = new Routine("custom:x", name, steps, false);
            assertFalse(name == null || name.isBlank(), "made a routine named \"" + name + "\"");
            assertFalse(steps.isEmpty(), "made a routine without steps");
            assertEquals(name.strip(), routine.name());
            assertEquals(steps, routine.steps());
            assertEquals(steps.stream().mapToInt(s -> s.sides().order().size() * s.minutes() * 60).sum(),
                    routine.plannedSeconds());
        } catch (ValidationException refused) {
            assertTrue(name == null || name.isBlank() || steps.isEmpty(), "refused: " + refused.getMessage());
        }
    }

    @Property(tries = 200, seed = "7103")
    void aSessionPlanHasOneSegmentPerSideInOrder(@ForAll("someValidSteps") List<Step> steps,
            @ForAll @IntRange(min = 0, max = 60) int reposition) {
        SessionPlan plan = SessionPlan.of(new Routine("custom:x", "Mine", steps, false), reposition);
        List<String> expected = new ArrayList<>();
        steps.forEach(s -> s.sides().order().forEach(side -> expected.add(s.target().id() + "/" + side.id()
                + "/" + s.minutes() * 60)));
        assertEquals(expected, plan.segments().stream()
                .map(g -> g.target().id() + "/" + g.side().id() + "/" + g.plannedSeconds()).toList());
    }

    @Provide
    Arbitrary<Target> targets() {
        return Arbitraries.of(CATALOGUE.all());
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withChars(" \t\n\u2003").ofMaxLength(4),
                Arbitraries.just((String) null));
    }

    @Provide
    Arbitrary<List<Step>> validSteps() {
        Arbitrary<Step> step = targets().flatMap(t -> Arbitraries.of(t.tools()).flatMap(tool ->
                Arbitraries.of(t.perSide() ? List.of(Sides.BOTH, Sides.LEFT, Sides.RIGHT) : List.of(Sides.CENTRAL))
                        .flatMap(sides -> Arbitraries.integers().between(5, 30)
                                .map(minutes -> new Step(t, tool, sides, minutes)))));
        return step.list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Step>> someValidSteps() {
        return validSteps().filter(list -> !list.isEmpty());
    }
}
