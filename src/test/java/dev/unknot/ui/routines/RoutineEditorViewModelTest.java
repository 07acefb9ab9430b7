package dev.unknot.ui.routines;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.Routine;
import dev.unknot.domain.Settings;
import dev.unknot.domain.Sides;
import dev.unknot.domain.Step;
import dev.unknot.domain.Target;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The routine editor's rules, without JavaFX running: an in-memory store and answers on the caller's thread. */
class RoutineEditorViewModelTest {
    private static final TargetCatalogue CATALOGUE = new TargetCatalogue();
    private static final BuiltInRoutines BUILT_INS = new BuiltInRoutines(CATALOGUE);
    private static final Target GLUTE_MAX = CATALOGUE.byId(TargetCatalogue.GLUTE_MAX);
    private static final Target PIRIFORMIS = CATALOGUE.byId(TargetCatalogue.PIRIFORMIS);
    private static final Target TLF = CATALOGUE.byId(TargetCatalogue.TLF);
    private static final Routine EVENING = new Routine("custom:evening", "Evening", List.of(
            new Step(PIRIFORMIS, Tool.SOFTBALL, Sides.LEFT, 8),
            new Step(TLF, Tool.FOAM_ROLLER, Sides.CENTRAL, 6)), false);

    private final InMemoryRoutineStore store = new InMemoryRoutineStore(EVENING);
    private final List<List<Routine>> changes = new ArrayList<>();
    private final RoutineEditorViewModel vm = new RoutineEditorViewModel(store, CATALOGUE,
            () -> Settings.defaults(CATALOGUE), BUILT_INS.all(), Runnable::run, changes::add);

    @Test
    void listsTheBuiltInsFirstMarkedBuiltInThenThePersonsOwn() {
        vm.load();

        assertEquals(List.of("Low back  · built-in", "Upper back  · built-in", "Evening"),
                vm.routines().stream().map(RoutineItem::label).toList());
        assertEquals("Low back", vm.list().selectedProperty().get().name());
        assertTrue(vm.draft().readOnlyProperty().get());
        assertEquals(RoutineEditorViewModel.READ_ONLY_HINT, vm.draft().hintProperty().get());
    }

    @Test
    void aBuiltInCannotBeChangedOnlyDuplicated() {
        vm.load();

        vm.draft().setMinutes(1, "12");
        vm.save();

        assertEquals("5", vm.draft().steps().get(1).minutes());
        assertEquals(RoutineEditorViewModel.READ_ONLY_HINT, vm.messageProperty().get());
        assertFalse(vm.draft().canDeleteProperty().get());
        assertTrue(vm.draft().canDuplicateProperty().get());
        assertTrue(store.saved.isEmpty());
    }

    @Test
    void duplicatingLowBackStartsAnUnsavedCopyNamedLowBackCopy() {
        vm.load();

        vm.duplicate();

        assertEquals("Low back (copy)", vm.draft().nameProperty().get());
        assertTrue(vm.draft().draftProperty().get().id().startsWith("custom:"));
        assertEquals(List.of("Glute max", "Piriformis", "Glute medius & minimus", "TLF (thoracolumbar fascia)", "Psoas"),
                targetNames());
        assertFalse(vm.draft().readOnlyProperty().get());
        assertTrue(vm.draft().newRoutineProperty().get());
        assertTrue(vm.draft().dirtyProperty().get());
        assertNull(vm.list().selectedProperty().get());
        assertTrue(store.saved.isEmpty(), "a copy is kept only when saved");
    }

    @Test
    void minutesOfFortyFiveAreMarkedNextToTheirStepAndTheSaveIsRefused() {
        vm.load();
        vm.duplicate();

        vm.draft().setMinutes(1, "45");
        vm.save();

        StepRow piriformis = vm.draft().steps().get(1);
        assertEquals("45", piriformis.minutes(), "kept as typed, never clamped");
        assertEquals("Minutes must be a whole number from 5 to 30 (got 45).", piriformis.minutesErrorProperty().get());
        assertEquals("", vm.draft().steps().get(0).minutesErrorProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Nothing was saved"));
        assertTrue(store.saved.isEmpty());
        assertTrue(changes.isEmpty());
    }

    @Test
    void movingAStepUpDownOrOntoAnotherReordersTheDraftAndKeepsItsRow() {
        vm.load();
        vm.duplicate();
        StepRow psoas = vm.draft().steps().get(4);

        vm.draft().moveStepUp(1);
        assertEquals(List.of("Piriformis", "Glute max", "Glute medius & minimus", "TLF (thoracolumbar fascia)", "Psoas"),
                targetNames());
        vm.draft().moveStepDown(2);
        assertEquals(List.of("Piriformis", "Glute max", "TLF (thoracolumbar fascia)", "Glute medius & minimus", "Psoas"),
                targetNames());
        vm.draft().moveStep(4, 0);
        assertEquals(List.of("Psoas", "Piriformis", "Glute max", "TLF (thoracolumbar fascia)", "Glute medius & minimus"),
                targetNames());

        assertEquals(psoas, vm.draft().steps().get(0), "the same row, moved");
        assertEquals(0, psoas.index());
        assertFalse(psoas.canMoveUpProperty().get());
        assertTrue(psoas.canMoveDownProperty().get());
        assertEquals(PIRIFORMIS, vm.draft().draftProperty().get().steps().get(1).target());
    }

    @Test
    void aNameAnotherRoutineHasWhateverTheCapitalsIsRefused() {
        vm.load();
        vm.duplicate();

        vm.draft().rename("  EVENING ");
        assertEquals("There is already a routine called \"Evening\" (names differ by more than capitals); "
                + "choose a different name.",
                vm.draft().nameErrorProperty().get());
        vm.save();
        assertTrue(store.saved.isEmpty());

        vm.draft().rename("low back");
        assertTrue(vm.draft().nameErrorProperty().get().startsWith("There is already a routine called \"Low back\""));
        vm.save();
        assertTrue(store.saved.isEmpty());
    }

    @Test
    void keepingItsOwnNameIsNoClash() {
        vm.load();
        vm.select(item("Evening"));

        vm.draft().rename("evening");
        vm.save();

        assertEquals("", vm.draft().nameErrorProperty().get());
        assertEquals("evening", store.saved.get(0).name());
    }

    @Test
    void aNewRoutineSaysItNeedsANameAndAStepOnlyOnceASaveIsTried() {
        vm.load();
        vm.newRoutine();
        assertEquals("", vm.draft().nameErrorProperty().get());
        assertEquals("", vm.draft().stepsErrorProperty().get());
        assertFalse(vm.draft().dirtyProperty().get(), "nothing typed yet, nothing to lose");

        vm.save();

        assertEquals("A routine needs a name.", vm.draft().nameErrorProperty().get());
        assertEquals("A routine needs at least one step.", vm.draft().stepsErrorProperty().get());
        assertTrue(store.saved.isEmpty());
    }

    @Test
    void saveGivesTheStoreTheRoutineAsEditedAndTellsTheRoutinesOfOnesOwn() {
        vm.load();
        vm.duplicate();
        String id = vm.draft().draftProperty().get().id();
        vm.draft().rename("  Evening low back ");
        vm.draft().setMinutes(1, "12");
        vm.draft().setTool(1, Tool.SOFTBALL);
        vm.draft().setSides(1, Sides.RIGHT);
        vm.draft().removeStep(4);
        vm.draft().addStep(CATALOGUE.byId(TargetCatalogue.QL));
        vm.draft().moveStepUp(1);

        vm.save();

        Routine expected = new Routine(id, "Evening low back", List.of(
                new Step(PIRIFORMIS, Tool.SOFTBALL, Sides.RIGHT, 12),
                new Step(GLUTE_MAX, Tool.FOAM_ROLLER, Sides.BOTH, 5),
                new Step(CATALOGUE.byId(TargetCatalogue.GLUTE_MED_MIN), Tool.SOFTBALL, Sides.BOTH, 5),
                new Step(TLF, Tool.FOAM_ROLLER, Sides.CENTRAL, 5),
                new Step(CATALOGUE.byId(TargetCatalogue.QL), Tool.LACROSSE_BALL, Sides.BOTH, 5)), false);
        assertEquals(List.of(expected), store.saved);
        assertEquals(List.of(List.of(EVENING, expected)), changes);
        assertEquals("Saved \"Evening low back\".", vm.messageProperty().get());
        assertEquals("Evening low back", vm.list().selectedProperty().get().name());
        assertEquals("Evening low back", vm.draft().nameProperty().get(), "the name as kept");
        assertFalse(vm.draft().dirtyProperty().get());
        assertFalse(vm.draft().newRoutineProperty().get());
        assertTrue(vm.draft().canDeleteProperty().get());
    }

    @Test
    void anEditAfterSavingClearsSavedSoItNeverShowsBesideUnsavedChanges() {
        vm.load();
        vm.duplicate();
        vm.draft().rename("Morning");
        vm.save();
        assertEquals("Saved \"Morning\".", vm.messageProperty().get());
        assertEquals("", vm.draft().hintProperty().get());

        vm.draft().moveStepDown(0);

        assertTrue(vm.draft().hintProperty().get().startsWith("Unsaved changes"));
        assertEquals("", vm.messageProperty().get(), "the move made 'Saved' untrue");
        vm.draft().revert();
        assertEquals("Changes undone.", vm.messageProperty().get());
        assertEquals("", vm.draft().hintProperty().get());
    }

    @Test
    void savingARoutineOfOnesOwnAgainReplacesItInPlace() {
        vm.load();
        vm.select(item("Evening"));
        vm.draft().setMinutes(0, "20");

        vm.save();

        assertEquals(20, store.saved.get(0).steps().get(0).minutes());
        assertEquals("custom:evening", store.saved.get(0).id());
        assertEquals(List.of("Low back", "Upper back", "Evening"),
                vm.routines().stream().map(RoutineItem::name).toList());
        assertEquals(1, changes.size());
    }

    @Test
    void aRefusalFromTheStoreIsShownAndTheChangesStay() {
        vm.load();
        vm.duplicate();
        store.refuseNext("The disk is full.");

        vm.save();

        assertEquals("\"Low back (copy)\" was not saved: The disk is full.", vm.messageProperty().get());
        assertTrue(vm.draft().dirtyProperty().get());
        assertTrue(vm.draft().newRoutineProperty().get());
        assertTrue(changes.isEmpty());
    }

    @Test
    void deleteAsksFirstAndKeepsTheRoutineWhenTheAnswerIsNo() {
        vm.load();
        vm.select(item("Evening"));

        vm.requestDelete();
        assertEquals("Delete \"Evening\"?", vm.confirmationProperty().get().question());
        assertTrue(store.deleted.isEmpty(), "nothing deleted before the answer");

        vm.cancelConfirmation();
        assertNull(vm.confirmationProperty().get());
        assertTrue(store.deleted.isEmpty());
        assertEquals(3, vm.routines().size());
    }

    @Test
    void deleteConfirmedRemovesTheRoutineAndTellsTheRoutinesOfOnesOwn() {
        vm.load();
        vm.select(item("Evening"));

        vm.requestDelete();
        vm.confirm();

        assertEquals(List.of("custom:evening"), store.deleted);
        assertEquals(List.of(List.of()), changes);
        assertEquals(List.of("Low back", "Upper back"), vm.routines().stream().map(RoutineItem::name).toList());
        assertEquals("Upper back", vm.list().selectedProperty().get().name(), "the one before it");
        assertEquals("Deleted \"Evening\".", vm.messageProperty().get());
    }

    @Test
    void aBuiltInCannotBeDeleted() {
        vm.load();

        vm.requestDelete();

        assertNull(vm.confirmationProperty().get());
        assertEquals(RoutineEditorViewModel.READ_ONLY_HINT, vm.messageProperty().get());
    }

    @Test
    void choosingAnotherRoutineWithUnsavedChangesAsksBeforeDiscardingThem() {
        vm.load();
        vm.select(item("Evening"));
        vm.draft().setMinutes(0, "9");

        vm.select(item("Upper back"));
        assertNotNull(vm.confirmationProperty().get());
        assertEquals("Evening", vm.list().selectedProperty().get().name());
        vm.cancelConfirmation();
        assertEquals("9", vm.draft().steps().get(0).minutes(), "kept");

        vm.select(item("Upper back"));
        vm.confirm();
        assertEquals("Upper back", vm.list().selectedProperty().get().name());
        assertTrue(store.saved.isEmpty());
    }

    @Test
    void revertGoesBackToTheRoutineAsSaved() {
        vm.load();
        vm.select(item("Evening"));
        vm.draft().rename("Morning");
        vm.draft().removeStep(0);
        assertTrue(vm.draft().dirtyProperty().get());

        vm.draft().revert();

        assertEquals("Evening", vm.draft().nameProperty().get());
        assertEquals(List.of("Piriformis", "TLF (thoracolumbar fascia)"), targetNames());
        assertEquals("8", vm.draft().steps().get(0).minutes());
        assertFalse(vm.draft().dirtyProperty().get());
    }

    @Test
    void aStepOffersOnlyTheToolsAndSidesItsTargetAllows() {
        vm.load();
        vm.select(item("Evening"));

        assertEquals(List.of(Sides.BOTH, Sides.LEFT, Sides.RIGHT), vm.draft().steps().get(0).sidesChoices());
        assertEquals(List.of(Sides.CENTRAL), vm.draft().steps().get(1).sidesChoices());
        assertEquals(List.of(Tool.FOAM_ROLLER, Tool.SOFTBALL), vm.draft().steps().get(1).tools());
    }

    @Test
    void aRoutineOfOnesOwnMovesAmongThemAndTheNewOrderIsKept() {
        Routine morning = new Routine("custom:morning", "Morning", List.of(Step.usual(GLUTE_MAX)), false);
        store.routines.add(morning);
        vm.load();
        vm.select(item("Morning"));

        vm.moveRoutineUp();

        assertEquals(List.of(List.of("custom:morning", "custom:evening")), store.reordered);
        assertEquals(List.of("Low back", "Upper back", "Morning", "Evening"),
                vm.routines().stream().map(RoutineItem::name).toList());
        assertEquals("Morning", vm.list().selectedProperty().get().name());
        assertEquals(List.of(List.of(morning, EVENING)), changes);
    }

    // ---- keys and focus: what the screen passes on and follows -----------------------------------------

    @Test
    void ctrlSSavesWhereverItIsPressedUnlessAFieldKeepsIt() {
        vm.load();
        vm.select(item("Evening"));
        vm.draft().setMinutes(0, "9");

        assertFalse(vm.keyPressed(KeyPress.elsewhere(EditorKey.SAVE, false)), "a field's key, not the screen's");
        assertTrue(store.saved.isEmpty());
        assertTrue(vm.keyPressed(new KeyPress(EditorKey.SAVE, true, false, 0)));
        assertEquals(9, store.saved.get(0).steps().get(0).minutes());
    }

    @Test
    void onTheListAltUpAndAltDownMoveTheRoutineAndDeleteAsksToDeleteIt() {
        store.routines.add(new Routine("custom:morning", "Morning", List.of(Step.usual(GLUTE_MAX)), false));
        vm.load();
        vm.select(item("Morning"));

        assertTrue(vm.keyPressed(new KeyPress(EditorKey.MOVE_UP, true, true, -1)));
        assertEquals(List.of("Low back", "Upper back", "Morning", "Evening"), names());
        assertTrue(vm.keyPressed(new KeyPress(EditorKey.MOVE_DOWN, true, true, -1)));
        assertEquals(List.of("Low back", "Upper back", "Evening", "Morning"), names());
        assertTrue(vm.keyPressed(new KeyPress(EditorKey.DELETE, true, true, -1)));
        assertEquals("Delete \"Morning\"?", vm.confirmationProperty().get().question());
    }

    @Test
    void inAStepRowAltUpAndAltDownMoveThatStepAndElsewhereTheyAreNotTheScreens() {
        vm.load();
        vm.select(item("Evening"));

        assertTrue(vm.keyPressed(new KeyPress(EditorKey.MOVE_DOWN, true, false, 0)),
                "used, so a tool or sides list does not open");
        assertEquals(List.of("TLF (thoracolumbar fascia)", "Piriformis"), targetNames());
        assertTrue(vm.keyPressed(new KeyPress(EditorKey.MOVE_UP, true, false, 1)));
        assertEquals(List.of("Piriformis", "TLF (thoracolumbar fascia)"), targetNames());

        assertFalse(vm.keyPressed(KeyPress.elsewhere(EditorKey.MOVE_UP, true)));
        assertFalse(vm.keyPressed(KeyPress.elsewhere(EditorKey.DELETE, true)));
        assertFalse(vm.keyPressed(new KeyPress(EditorKey.DELETE, true, false, 0)), "Delete in a row is the row's");
        assertFalse(vm.keyPressed(new KeyPress(EditorKey.ENTER, true, true, -1)));
        assertNull(vm.confirmationProperty().get());
    }

    @Test
    void whileAQuestionIsAskedItHasTheKeysEvenAFieldsOwn() {
        vm.load();
        vm.select(item("Evening"));
        vm.requestDelete();

        assertTrue(vm.keyPressed(new KeyPress(EditorKey.MOVE_UP, true, true, -1)), "swallowed");
        assertTrue(vm.keyPressed(new KeyPress(EditorKey.SAVE, false, false, 0)), "swallowed");
        assertFalse(vm.keyPressed(KeyPress.elsewhere(EditorKey.TAB, true)), "moves between its answers");
        assertEquals(List.of("Low back", "Upper back", "Evening"), names());
        assertTrue(store.reordered.isEmpty());

        assertTrue(vm.keyPressed(new KeyPress(EditorKey.ESCAPE, false, false, -1)));
        assertNull(vm.confirmationProperty().get());
        vm.requestDelete();
        assertTrue(vm.keyPressed(KeyPress.elsewhere(EditorKey.ENTER, true)));
        assertEquals(List.of("custom:evening"), store.deleted);
    }

    @Test
    void newAndDuplicateSendTheFocusToTheNameAndAQuestionTakesItAndGivesItBack() {
        List<String> focus = new ArrayList<>();
        vm.focusRequestProperty().addListener((o, a, b) -> focus.add(b.toString()));
        vm.load();
        vm.shown();
        vm.duplicate();
        vm.newRoutine(); // the copy is unsaved: asked first
        vm.confirm();

        assertEquals(List.of("LIST", "NAME", "QUESTION", "BACK", "NAME"), focus);
    }

    @Test
    void aRoutineChosenWhileChangesAreUnsavedStaysSelectedInTheListUntilEscapeKeepsTheChanges() {
        vm.load();
        vm.select(item("Evening"));
        vm.draft().setMinutes(0, "9");

        vm.select(item("Upper back"));
        assertEquals(1, vm.list().shownProperty().get().selected(), "the list shows the choice being asked about");

        vm.keyPressed(KeyPress.elsewhere(EditorKey.ESCAPE, true));
        assertEquals(2, vm.list().shownProperty().get().selected(), "back to the routine still shown");
        assertEquals("Evening", vm.list().selectedProperty().get().name());
    }

    private List<String> names() {
        return vm.routines().stream().map(RoutineItem::name).toList();
    }

    private RoutineItem item(String name) {
        return vm.routines().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> targetNames() {
        return vm.draft().steps().stream().map(r -> r.target().name()).toList();
    }
}
