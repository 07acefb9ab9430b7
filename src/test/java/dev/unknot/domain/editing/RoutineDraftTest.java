package dev.unknot.domain.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.Routine;
import dev.unknot.domain.Settings;
import dev.unknot.domain.Sides;
import dev.unknot.domain.Step;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;
import dev.unknot.domain.ValidationException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Starting points and operations; the checks are in {@link RoutineDraftCheckTest}. */
class RoutineDraftTest {
    static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000042");

    private final TargetCatalogue catalogue = new TargetCatalogue();
    private final Settings settings = Settings.defaults(catalogue);
    private final BuiltInRoutines builtIns = new BuiltInRoutines(catalogue);

    private static List<String> targetIds(RoutineDraft draft) {
        return draft.steps().stream().map(s -> s.target().id()).toList();
    }

    /** glute_max, piriformis, glute_med_min, tlf, psoas. */
    private RoutineDraft lowBackCopy() {
        return RoutineDraft.copyOf(builtIns.lowBack(), ID, List.of());
    }

    // ---- starting points --------------------------------------------------------------------------------

    @Test
    void copyingABuiltInGivesACustomIdAndNamesItACopy() {
        RoutineDraft draft = RoutineDraft.copyOf(builtIns.lowBack(), ID, List.of("Low back"));

        assertEquals("custom:00000000-0000-0000-0000-000000000042", draft.id());
        assertEquals("Low back (copy)", draft.name());
        assertEquals(List.of("glute_max", "piriformis", "glute_med_min", "tlf", "psoas"), targetIds(draft));
        assertEquals("5", draft.steps().get(0).minutesText());
    }

    @Test
    void aCopyOfABuiltInBuildsIntoACustomRoutineWithTheSameSteps() {
        Routine built = lowBackCopy().check(List.of("Low back", "Upper back")).routine().orElseThrow();

        assertFalse(built.builtIn());
        assertEquals(builtIns.lowBack().steps(), built.steps());
        assertEquals("Low back (copy)", built.name());
    }

    @Test
    void aSecondCopyGetsANumberSoItsNameIsFree() {
        assertEquals("Low back (copy)",
                RoutineDraft.copyOf(builtIns.lowBack(), ID, List.of("Low back", "Upper back")).name());
        assertEquals("Low back (copy 2)",
                RoutineDraft.copyOf(builtIns.lowBack(), ID, List.of("Low back", "low back (COPY)")).name());
        assertEquals("Low back (copy 3)", RoutineDraft.copyOf(builtIns.lowBack(), ID,
                List.of("Low back (copy)", "Low back (copy 2)")).name());
    }

    @Test
    void editingACustomRoutineKeepsItsIdAndName() {
        Routine custom = new Routine("custom:abc", "Evening", List.of(
                new Step(catalogue.byId(TargetCatalogue.PSOAS), Tool.LACROSSE_BALL, Sides.RIGHT, 12)), false);

        RoutineDraft draft = RoutineDraft.editing(custom);

        assertEquals("custom:abc", draft.id());
        assertEquals("Evening", draft.name());
        assertEquals(custom, draft.check(List.of("Low back")).routine().orElseThrow());
    }

    @Test
    void aBuiltInCannotBeEditedInPlace() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> RoutineDraft.editing(builtIns.upperBack()));

        assertTrue(e.getMessage().contains("copy"), e.getMessage());
    }

    @Test
    void aBlankDraftHasANewIdNoNameAndNoSteps() {
        RoutineDraft draft = RoutineDraft.blank(ID);

        assertEquals("custom:" + ID, draft.id());
        assertEquals("", draft.name());
        assertTrue(draft.steps().isEmpty());
    }

    // ---- operations -------------------------------------------------------------------------------------

    @Test
    void operationsReturnANewDraftAndLeaveTheOldOneAlone() {
        RoutineDraft before = lowBackCopy();

        RoutineDraft after = before.renamed("Mine").withStepRemoved(0).withTool(0, Tool.SOFTBALL);

        assertEquals("Low back (copy)", before.name());
        assertEquals(5, before.steps().size());
        assertEquals(Tool.LACROSSE_BALL, before.steps().get(1).tool());
        assertEquals("Mine", after.name());
        assertEquals(4, after.steps().size());
    }

    @Test
    void renamingKeepsTheNameAsTypedAndBuildingTrimsIt() {
        RoutineDraft draft = lowBackCopy().renamed("  Evening  ");

        assertEquals("  Evening  ", draft.name());
        assertEquals("Evening", draft.check(List.of()).routine().orElseThrow().name());
    }

    @Test
    void anAddedStepTakesTheTargetsUsualToolAndSidesAndThePersonsMinutes() {
        Map<String, Integer> minutes = new HashMap<>(settings.minutesByTarget());
        minutes.put(TargetCatalogue.QL, 7);
        Settings tuned = new Settings(minutes, 10, true, 80, 3);

        RoutineDraft draft = RoutineDraft.blank(ID)
                .withStepAdded(catalogue.byId(TargetCatalogue.QL), tuned)
                .withStepAdded(catalogue.byId(TargetCatalogue.TLF), tuned);

        assertEquals(new DraftStep(catalogue.byId(TargetCatalogue.QL), Tool.LACROSSE_BALL, Sides.BOTH, "7"),
                draft.steps().get(0));
        assertEquals(new DraftStep(catalogue.byId(TargetCatalogue.TLF), Tool.FOAM_ROLLER, Sides.CENTRAL, "5"),
                draft.steps().get(1));
    }

    @Test
    void theSameTargetMayBeAddedTwice() {
        RoutineDraft draft = RoutineDraft.blank(ID).renamed("Twice")
                .withStepAdded(catalogue.byId(TargetCatalogue.PSOAS), settings)
                .withStepAdded(catalogue.byId(TargetCatalogue.PSOAS), settings);

        assertEquals(2, draft.check(List.of()).routine().orElseThrow().steps().size());
    }

    @Test
    void removingAStepClosesTheGap() {
        assertEquals(List.of("glute_max", "piriformis", "tlf", "psoas"), targetIds(lowBackCopy().withStepRemoved(2)));
        assertEquals(List.of("piriformis", "glute_med_min", "tlf", "psoas"),
                targetIds(lowBackCopy().withStepRemoved(0)));
        assertEquals(List.of("glute_max", "piriformis", "glute_med_min", "tlf"),
                targetIds(lowBackCopy().withStepRemoved(4)));
    }

    @Test
    void movingOnePlaceSwapsWithTheNeighbour() {
        assertEquals(List.of("glute_max", "glute_med_min", "piriformis", "tlf", "psoas"),
                targetIds(lowBackCopy().withStepMoved(2, 1)));
        assertEquals(List.of("glute_max", "piriformis", "glute_med_min", "psoas", "tlf"),
                targetIds(lowBackCopy().withStepMoved(3, 4)));
    }

    @Test
    void theFirstStepCannotMoveUpNorTheLastDown() {
        RoutineDraft draft = lowBackCopy();

        assertFalse(draft.canMoveUp(0));
        assertTrue(draft.canMoveUp(1));
        assertTrue(draft.canMoveDown(3));
        assertFalse(draft.canMoveDown(4));
        assertFalse(draft.canMoveUp(5));
        assertFalse(draft.canMoveDown(-1));
    }

    @Test
    void movingToAnIndexShiftsTheStepsBetween() {
        assertEquals(List.of("piriformis", "glute_med_min", "tlf", "glute_max", "psoas"),
                targetIds(lowBackCopy().withStepMoved(0, 3)));
        assertEquals(List.of("psoas", "glute_max", "piriformis", "glute_med_min", "tlf"),
                targetIds(lowBackCopy().withStepMoved(4, 0)));
        assertEquals(targetIds(lowBackCopy()), targetIds(lowBackCopy().withStepMoved(2, 2)));
    }

    @Test
    void anIndexOutsideTheStepsIsAProgrammingError() {
        RoutineDraft draft = lowBackCopy();

        assertThrows(IndexOutOfBoundsException.class, () -> draft.withStepRemoved(5));
        assertThrows(IndexOutOfBoundsException.class, () -> draft.withStepRemoved(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> draft.withStepMoved(0, 5));
        assertThrows(IndexOutOfBoundsException.class, () -> draft.withStepMoved(5, 4));
        assertThrows(IndexOutOfBoundsException.class, () -> draft.withTool(5, Tool.SOFTBALL));
        assertThrows(IndexOutOfBoundsException.class, () -> draft.withSides(-1, Sides.LEFT));
        assertThrows(IndexOutOfBoundsException.class, () -> draft.withMinutes(5, "10"));
        assertThrows(IndexOutOfBoundsException.class, () -> RoutineDraft.blank(ID).withStepMoved(0, 1));
    }

    @Test
    void settingToolSidesAndMinutesChangesOnlyThatStep() {
        RoutineDraft draft = lowBackCopy()
                .withTool(1, Tool.SOFTBALL)
                .withSides(1, Sides.LEFT)
                .withMinutes(1, "12")
                .withMinutes(2, "20");

        assertEquals(new DraftStep(catalogue.byId(TargetCatalogue.PIRIFORMIS), Tool.SOFTBALL, Sides.LEFT, "12"),
                draft.steps().get(1));
        assertEquals("20", draft.steps().get(2).minutesText());
        assertEquals(lowBackCopy().steps().get(0), draft.steps().get(0));
        Step built = draft.check(List.of()).routine().orElseThrow().steps().get(1);
        assertEquals(new Step(catalogue.byId(TargetCatalogue.PIRIFORMIS), Tool.SOFTBALL, Sides.LEFT, 12), built);
    }

    @Test
    void typedMinutesAreKeptExactlyAsTyped() {
        assertEquals(" 45x", lowBackCopy().withMinutes(0, " 45x").steps().get(0).minutesText());
        assertEquals("", lowBackCopy().withMinutes(0, null).steps().get(0).minutesText());
    }

    @Test
    void typedMinutesWithSurroundingSpaceAreAccepted() {
        assertEquals(9, lowBackCopy().withMinutes(0, " 9 ").check(List.of()).routine().orElseThrow().steps().get(0).minutes());
    }
}
