package dev.unknot.domain.editing;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.Routine;
import dev.unknot.domain.Settings;
import dev.unknot.domain.Sides;
import dev.unknot.domain.Step;
import dev.unknot.domain.Target;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;
import dev.unknot.domain.ValidationException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated editing sessions (issue 7): a draft is started blank or from any routine, then edited by a random run of
 * the editor's operations with anything typed into the name and minutes fields. Checking it never throws; it reports
 * exactly the fields that break a rule, each by its step, and builds the routine exactly when there are none.
 */
class RoutineDraftPropertiesTest {
    private static final TargetCatalogue CATALOGUE = new TargetCatalogue();
    private static final Settings SETTINGS = Settings.defaults(CATALOGUE);
    private static final List<Routine> BUILT_INS = new BuiltInRoutines(CATALOGUE).all();

    /** One editor operation; indexes are taken modulo the number of steps, so they always name a step. */
    private record Edit(int kind, int a, int b, Target target, Tool tool, Sides sides, String text) {
        RoutineDraft applyTo(RoutineDraft d) {
            int n = d.steps().size();
            if (kind == 0 || n == 0) {
                return d.withStepAdded(target, SETTINGS);
            }
            int i = Math.floorMod(a, n);
            return switch (kind) {
                case 1 -> d.withStepRemoved(i);
                case 2 -> d.withStepMoved(i, Math.floorMod(b, n));
                case 3 -> d.withStepMoved(i, Math.max(0, i - 1));
                case 4 -> d.withStepMoved(i, Math.min(n - 1, i + 1));
                case 5 -> d.withTool(i, tool);
                case 6 -> d.withSides(i, sides);
                case 7 -> d.withMinutes(i, text);
                case 8 -> d.withMinutes(i, Integer.toString(a));
                default -> d.renamed(text);
            };
        }
    }

    @Property(tries = 400, seed = "7201")
    void checkingAnyEditedDraftReportsExactlyTheBrokenRulesOrBuildsTheRoutine(@ForAll("starts") RoutineDraft start,
            @ForAll("edits") List<Edit> edits, @ForAll("otherNames") List<String> others) {
        RoutineDraft draft = start;
        for (Edit edit : edits) {
            int before = draft.steps().size();
            RoutineDraft next = edit.applyTo(draft);
            assertEquals(before + (edit.kind() == 0 || before == 0 ? 1 : edit.kind() == 1 ? -1 : 0),
                    next.steps().size(), "steps after " + edit);
            draft = next;
        }

        DraftCheck check = draft.check(others); // never throws: every problem is an error for its field

        List<String> expected = new ArrayList<>();
        String trimmed = draft.name().strip();
        if (trimmed.isEmpty()) {
            expected.add("NAME");
        } else if (others.stream().anyMatch(o -> o.strip().toLowerCase(Locale.ROOT).equals(trimmed.toLowerCase(Locale.ROOT)))) {
            expected.add("NAME");
        }
        if (draft.steps().isEmpty()) {
            expected.add("STEPS");
        }
        for (int i = 0; i < draft.steps().size(); i++) {
            DraftStep s = draft.steps().get(i);
            if (!s.target().tools().contains(s.tool())) {
                expected.add("TOOL " + i);
            }
            if (s.target().perSide() == (s.sides() == Sides.CENTRAL)) {
                expected.add("SIDES " + i);
            }
            if (minutes(s.minutesText()).isEmpty()) {
                expected.add("MINUTES " + i);
            }
        }
        assertEquals(expected, check.errors().stream()
                .map(e -> e.field() + e.step().stream().mapToObj(i -> " " + i).findFirst().orElse("")).toList(),
                "errors of " + draft);
        check.errors().forEach(e -> assertFalse(e.message().isBlank()));
        assertEquals(expected.isEmpty(), check.isValid());

        if (check.isValid()) {
            Routine routine = check.routine().orElseThrow();
            assertEquals(draft.id(), routine.id());
            assertEquals(trimmed, routine.name());
            assertFalse(routine.builtIn());
            List<Step> steps = new ArrayList<>();
            for (DraftStep s : draft.steps()) {
                steps.add(new Step(s.target(), s.tool(), s.sides(), minutes(s.minutesText()).getAsInt()));
            }
            assertEquals(steps, routine.steps());
        }
    }

    @Property(tries = 200, seed = "7202")
    void aCopyIsNamedApartFromEveryTakenNameAndKeepsTheSteps(@ForAll("routines") Routine source,
            @ForAll("otherNames") List<String> taken) {
        RoutineDraft copy = RoutineDraft.copyOf(source, UUID.randomUUID(), taken);
        String name = copy.name().toLowerCase(Locale.ROOT);
        assertTrue(taken.stream().noneMatch(t -> t.strip().toLowerCase(Locale.ROOT).equals(name.strip())), copy.name());
        assertTrue(copy.name().startsWith(source.name() + " (copy"), copy.name());
        assertEquals(source.steps(), copy.check(taken).routine().orElseThrow().steps());
    }

    @Property(tries = 200, seed = "7203")
    void aBuiltInRoutineIsNeverEditedInPlace(@ForAll("routines") Routine source) {
        if (source.builtIn()) {
            assertTrue(throwsValidation(() -> RoutineDraft.editing(source)));
        } else {
            assertEquals(source.id(), RoutineDraft.editing(source).id());
        }
    }

    /** The minutes a typed text means when it is a plain whole number 5–30, written independently of Durations. */
    private static OptionalInt minutes(String typed) {
        String s = typed.strip();
        if (!s.matches("[+-]?[0-9]{1,9}")) {
            return OptionalInt.empty();
        }
        int value = Integer.parseInt(s);
        return value >= 5 && value <= 30 ? OptionalInt.of(value) : OptionalInt.empty();
    }

    private static boolean throwsValidation(Runnable r) {
        try {
            r.run();
            return false;
        } catch (ValidationException e) {
            return true;
        }
    }

    // ---- generators ----------------------------------------------------------------------------------

    @Provide
    Arbitrary<Routine> routines() {
        Arbitrary<Routine> custom = Arbitraries.of(BUILT_INS).map(r -> new Routine("custom:" + r.id(),
                r.name() + " mine", r.steps(), false));
        return Arbitraries.oneOf(Arbitraries.of(BUILT_INS), custom);
    }

    @Provide
    Arbitrary<RoutineDraft> starts() {
        return Arbitraries.oneOf(Arbitraries.just(RoutineDraft.blank(new UUID(0, 7))),
                routines().map(r -> r.builtIn() ? RoutineDraft.copyOf(r, new UUID(0, 8), List.of())
                        : RoutineDraft.editing(r)));
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> text = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(-5, 40).map(String::valueOf)),
                Tuple.of(2, Arbitraries.strings().withChars("0123456789 +-x\t.").ofMaxLength(6)),
                Tuple.of(2, Arbitraries.of("Low back", "low back ", "Evening", " ", "")),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(10)),
                Tuple.of(1, Arbitraries.just((String) null)));
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(-3, 40), Arbitraries.integers().between(0, 20),
                Arbitraries.of(CATALOGUE.all()), Arbitraries.of(Tool.class), Arbitraries.of(Sides.class), text)
                .as(Edit::new);
        return edit.list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<String>> otherNames() {
        return Arbitraries.oneOf(Arbitraries.of("Low back", "Upper back", "EVENING", "  evening "),
                Arbitraries.strings().ofMaxLength(8)).list().ofMaxSize(4);
    }
}
