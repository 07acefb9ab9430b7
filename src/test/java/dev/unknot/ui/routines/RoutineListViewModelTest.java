package dev.unknot.ui.routines;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.Routine;
import dev.unknot.domain.Settings;
import dev.unknot.domain.Step;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.ui.routines.RoutineListViewModel.RoutineList;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The routine editor's list: its order, its selection as the screen shows it, moving and deleting. */
class RoutineListViewModelTest {
    private static final TargetCatalogue CATALOGUE = new TargetCatalogue();
    private static final Routine EVENING = new Routine("custom:evening", "Evening",
            List.of(Step.usual(CATALOGUE.byId(TargetCatalogue.PIRIFORMIS))), false);
    private static final Routine MORNING = new Routine("custom:morning", "Morning",
            List.of(Step.usual(CATALOGUE.byId(TargetCatalogue.GLUTE_MAX))), false);

    private final InMemoryRoutineStore store = new InMemoryRoutineStore(EVENING, MORNING);
    private final List<List<Routine>> changes = new ArrayList<>();
    private final List<String> said = new ArrayList<>();
    private final RoutineListViewModel list = new RoutineListViewModel(store, () -> Settings.defaults(CATALOGUE),
            new BuiltInRoutines(CATALOGUE).all(), Runnable::run, changes::add, said::add);
    /** Every state of the list the screen was shown, as "names, selected". */
    private final List<String> shown = new ArrayList<>();

    RoutineListViewModelTest() {
        list.loaded(List.of(EVENING, MORNING));
        list.shownProperty().addListener((o, a, b) -> shown.add(describe(b)));
    }

    @Test
    void theListShowsTheRoutineShownSelectedOrNoneForANewOne() {
        list.select(item("Evening"));
        assertEquals(2, list.shownProperty().get().selected());

        list.select(null);
        assertEquals(-1, list.shownProperty().get().selected());
    }

    @Test
    void aChoiceStaysSelectedWhileAskedAboutAndTheListGoesBackIfItIsNotTaken() {
        list.select(item("Evening"));

        list.pick(item("Morning"));
        assertEquals(3, list.shownProperty().get().selected());
        assertEquals("Evening", list.selectedProperty().get().name(), "not shown until the answer");

        list.forgetPick();
        assertEquals(2, list.shownProperty().get().selected());
    }

    @Test
    void movingARoutineUpKeepsItSelectedInEveryStateTheScreenIsShown() {
        list.select(item("Morning"));
        shown.clear();

        list.moveSelected(-1);

        assertEquals(List.of(List.of("custom:morning", "custom:evening")), store.reordered);
        assertEquals(List.of("Low back, Upper back, Morning, Evening: Morning"), shown,
                "the routines and the selection change together, never a moment apart");
        assertEquals(List.of(List.of(MORNING, EVENING)), changes);
    }

    @Test
    void theFirstOfOnesOwnStaysFirstAndBuiltInsDoNotMove() {
        list.select(item("Evening"));
        list.moveSelected(-1);
        assertTrue(store.reordered.isEmpty());
        assertTrue(said.isEmpty(), "nothing to say: it is already first");

        list.select(item("Low back"));
        list.moveSelected(1);
        assertTrue(store.reordered.isEmpty());
        assertEquals(List.of("Built-in routines stay first; only your own routines can be moved."), said);
    }

    @Test
    void aRefusedReorderIsSaidAndTheOrderStays() {
        list.select(item("Morning"));
        store.refuseNext("The disk is full.");

        list.moveSelected(-1);

        assertEquals(List.of("The routines were not reordered: The disk is full."), said);
        assertEquals(List.of("Low back", "Upper back", "Evening", "Morning"), names());
        assertTrue(changes.isEmpty());
    }

    @Test
    void deletingTellsTheRoutineThatTookItsPlaceElseTheOneBefore() {
        List<String> next = new ArrayList<>();
        list.delete(item("Evening"), n -> next.add(n.name()));
        list.delete(item("Morning"), n -> next.add(n.name()));

        assertEquals(List.of("Morning", "Upper back"), next);
        assertEquals(List.of("custom:evening", "custom:morning"), store.deleted);
        assertEquals(List.of("Deleted \"Evening\".", "Deleted \"Morning\"."), said);
        assertEquals(List.of(List.of(MORNING), List.of()), changes);
    }

    @Test
    void aSavedRoutineReplacesItsOldSelfInPlaceOrJoinsTheEnd() {
        Routine renamed = new Routine(EVENING.id(), "Late evening", EVENING.steps(), false);
        Routine fresh = new Routine("custom:noon", "Noon", MORNING.steps(), false);

        list.saved(renamed);
        list.saved(fresh);

        assertEquals(List.of("Low back", "Upper back", "Late evening", "Morning", "Noon"), names());
        assertEquals(4, list.shownProperty().get().selected());
        assertTrue(changes.isEmpty(), "the app is told when the screen has caught up");
        list.tellChanged();
        assertEquals(List.of(List.of(renamed, MORNING, fresh)), changes);
    }

    private RoutineItem item(String name) {
        return list.items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> names() {
        return list.items().stream().map(RoutineItem::name).toList();
    }

    private static String describe(RoutineList state) {
        return String.join(", ", state.items().stream().map(RoutineItem::name).toList()) + ": "
                + (state.selected() < 0 ? "none" : state.items().get(state.selected()).name());
    }
}
