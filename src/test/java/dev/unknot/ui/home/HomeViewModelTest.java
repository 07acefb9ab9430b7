package dev.unknot.ui.home;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.Routine;
import dev.unknot.domain.TargetCatalogue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HomeViewModelTest {
    private final BuiltInRoutines builtIns = new BuiltInRoutines(new TargetCatalogue());
    private final List<Routine> started = new ArrayList<>();
    private final List<OptionalInt> pains = new ArrayList<>();

    @Test
    void painNowIsOptionalGoesWithTheStartAndIsClearedForTheNextSession() {
        HomeViewModel vm = new HomeViewModel(builtIns.all(), null, 10);
        vm.setOnStart((r, pain) -> { started.add(r); pains.add(pain); });
        vm.start();
        vm.painBeforeProperty().set(7);
        vm.start();
        assertEquals(List.of(OptionalInt.empty(), OptionalInt.of(7)), pains);
        assertNull(vm.painBeforeProperty().get());
    }

    @Test
    void aFreshStartHasLowBackSelectedSoEnterStartsIt() {
        HomeViewModel vm = new HomeViewModel(builtIns.all(), null, 10);
        vm.setOnStart((r, pain) -> { started.add(r); pains.add(pain); });
        vm.start();
        assertEquals(List.of(builtIns.defaultRoutine()), started);
        assertEquals("Low back", started.get(0).name());
    }

    @Test
    void totalCountsWorkAndTheCountdownBeforeEachSide() {
        HomeViewModel vm = new HomeViewModel(builtIns.all(), null, 10);
        vm.setOnStart((r, pain) -> { started.add(r); pains.add(pain); });
        // 45 min of work and 9 countdowns of 10 s: 46.5 min, shown to the nearest minute.
        assertEquals("About 47 min in all, with 10 s to get into position before each target and side.",
                vm.totalTextProperty().get());
    }

    @Test
    void stepLinesSaySidesToolAndMinutesPerSide() {
        List<HomeViewModel.StepLine> lines = HomeViewModel.lines(builtIns.defaultRoutine());
        assertEquals(new HomeViewModel.StepLine("Glute max", "Left, then right", "Foam roller", "5 min each side"), lines.get(0));
        assertEquals(new HomeViewModel.StepLine("TLF (thoracolumbar fascia)", "Centre", "Foam roller", "5 min"), lines.get(3));
    }
}
