package dev.unknot.ui.routines;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.Routine;
import dev.unknot.domain.Settings;
import dev.unknot.domain.Sides;
import dev.unknot.domain.Step;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The routine being edited, on its own: moving and removing steps, where the focus goes, a built-in's refusals. */
class DraftViewModelTest {
    private static final TargetCatalogue CATALOGUE = new TargetCatalogue();
    private static final Routine EVENING = new Routine("custom:evening", "Evening", List.of(
            new Step(CATALOGUE.byId(TargetCatalogue.PIRIFORMIS), Tool.SOFTBALL, Sides.LEFT, 8),
            new Step(CATALOGUE.byId(TargetCatalogue.GLUTE_MAX), Tool.FOAM_ROLLER, Sides.BOTH, 6),
            new Step(CATALOGUE.byId(TargetCatalogue.TLF), Tool.FOAM_ROLLER, Sides.CENTRAL, 6)), false);

    private final List<String> said = new ArrayList<>();
    private final List<String> focus = new ArrayList<>();
    private final RoutineListViewModel list = new RoutineListViewModel(new InMemoryRoutineStore(EVENING),
            () -> Settings.defaults(CATALOGUE), new BuiltInRoutines(CATALOGUE).all(), Runnable::run, c -> { },
            said::add);
    private final DraftViewModel draft = new DraftViewModel(list, () -> Settings.defaults(CATALOGUE), said::add,
            r -> focus.add(r.toString()));

    DraftViewModelTest() {
        list.loaded(List.of(EVENING));
    }

    @Test
    void removingAStepSendsTheFocusToTheStepThatTookItsPlaceElseTheOneBeforeElseToAddingAStep() {
        draft.show(item("Evening"));

        draft.removeStep(0); // glute max takes its place
        draft.removeStep(1); // the last: the one before
        draft.removeStep(0); // none left

        assertEquals(List.of("STEP 0", "STEP 0", "ADD_STEP"), focus);
        assertTrue(draft.steps().isEmpty());
    }

    @Test
    void aStepDroppedOnAnotherMovesThereButNotOntoItselfNorOutsideTheSteps() {
        draft.show(item("Evening"));

        assertFalse(draft.canMoveStep(1, 1));
        assertFalse(draft.canMoveStep(-1, 0), "a drag that did not start on a step");
        assertFalse(draft.canMoveStep(0, 3));
        assertTrue(draft.canMoveStep(2, 0));

        assertFalse(draft.moveStep(1, 1));
        assertTrue(draft.moveStep(2, 0));
        assertEquals(List.of(TargetCatalogue.TLF, TargetCatalogue.PIRIFORMIS, TargetCatalogue.GLUTE_MAX),
                draft.steps().stream().map(r -> r.target().id()).toList());
    }

    @Test
    void aBuiltInsStepsCannotBeMovedOrRemovedAndSaySo() {
        draft.show(item("Low back"));

        assertFalse(draft.canMoveStep(0, 1));
        assertFalse(draft.moveStep(0, 1));
        draft.removeStep(0);

        assertEquals(5, draft.steps().size());
        assertTrue(focus.isEmpty(), "nothing removed, the focus stays");
        assertEquals(List.of(DraftViewModel.READ_ONLY_HINT, DraftViewModel.READ_ONLY_HINT), said);
    }

    private RoutineItem item(String name) {
        return list.items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }
}
