package dev.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuiltInRoutinesSettingsTest {
    private final TargetCatalogue catalogue = new TargetCatalogue();

    private Settings minutes(Map<String, Integer> changes) {
        Map<String, Integer> minutes = new HashMap<>(Settings.defaults(catalogue).minutesByTarget());
        minutes.putAll(changes);
        return new Settings(minutes, 10, true, 80, 3);
    }

    private static List<Integer> minutesOf(Routine routine) {
        return routine.steps().stream().map(Step::minutes).toList();
    }

    private static List<String> targetIds(Routine routine) {
        return routine.steps().stream().map(s -> s.target().id()).toList();
    }

    @Test
    void eachBuiltInStepRunsForThePersonsMinutesForItsTarget() {
        BuiltInRoutines builtIns = new BuiltInRoutines(catalogue, minutes(Map.of(
                TargetCatalogue.GLUTE_MAX, 12, TargetCatalogue.PSOAS, 6, TargetCatalogue.UPPER_BACK, 30)));

        assertEquals(List.of(12, 5, 5, 5, 6), minutesOf(builtIns.lowBack()));
        assertEquals(List.of(30), minutesOf(builtIns.upperBack()));
    }

    @Test
    void theOldConstructorGivesTheCatalogueDefaults() {
        BuiltInRoutines defaults = new BuiltInRoutines(catalogue);

        assertEquals(new BuiltInRoutines(catalogue, Settings.defaults(catalogue)).all(), defaults.all());
        assertEquals(List.of(5, 5, 5, 5, 5), minutesOf(defaults.lowBack()));
        assertEquals(List.of(8), minutesOf(defaults.upperBack()));
    }

    @Test
    void settingsChangeNeitherToolsNorSidesNorOrder() {
        Routine tuned = new BuiltInRoutines(catalogue, minutes(Map.of(TargetCatalogue.TLF, 20))).lowBack();
        Routine plain = new BuiltInRoutines(catalogue).lowBack();

        assertEquals(targetIds(plain), targetIds(tuned));
        for (int i = 0; i < plain.steps().size(); i++) {
            assertEquals(plain.steps().get(i).tool(), tuned.steps().get(i).tool());
            assertEquals(plain.steps().get(i).sides(), tuned.steps().get(i).sides());
        }
        assertEquals(BuiltInRoutines.LOW_BACK, tuned.id());
        assertTrue(tuned.builtIn());
    }

    @Test
    void lowBackWithQlAppendsTheQlWithALacrosseBallOnBothSidesForFiveMinutes() {
        BuiltInRoutines builtIns = new BuiltInRoutines(catalogue, minutes(Map.of(TargetCatalogue.QL, 20)));
        Routine withQl = builtIns.lowBackWithQl();
        Step ql = withQl.steps().get(withQl.steps().size() - 1);

        assertEquals(List.of("glute_max", "piriformis", "glute_med_min", "tlf", "psoas", "ql"), targetIds(withQl));
        assertEquals(Tool.LACROSSE_BALL, ql.tool());
        assertEquals(Sides.BOTH, ql.sides());
        assertEquals(5, ql.minutes(), "a little bit of the QL, whatever the QL setting");
        assertEquals(BuiltInRoutines.LOW_BACK, withQl.id());
        assertEquals("Low back", withQl.name());
        assertEquals(builtIns.lowBack().plannedSeconds() + 2 * 5 * 60, withQl.plannedSeconds());
    }

    @Test
    void lowBackTakesTheOfferDecision() {
        BuiltInRoutines builtIns = new BuiltInRoutines(catalogue);

        assertSame(builtIns.lowBackWithQl(), builtIns.lowBack(true));
        assertSame(builtIns.lowBack(), builtIns.lowBack(false));
        assertSame(builtIns.defaultRoutine(), builtIns.lowBack());
    }

    @Test
    void allStillHoldsTwoRoutinesWithoutTheQl() {
        BuiltInRoutines builtIns = new BuiltInRoutines(catalogue, minutes(Map.of()));

        assertEquals(2, builtIns.all().size());
        assertTrue(builtIns.all().stream().flatMap(r -> r.steps().stream())
                .noneMatch(s -> s.target().id().equals(TargetCatalogue.QL)));
    }

    @Test
    void findsBuiltInsById() {
        BuiltInRoutines builtIns = new BuiltInRoutines(catalogue);

        assertEquals(builtIns.upperBack(), builtIns.find(BuiltInRoutines.UPPER_BACK).orElseThrow());
        assertTrue(builtIns.find("custom:x").isEmpty());
    }

    @Test
    void withDurationsRetimesABuiltInButKeepsTheQlAtFiveMinutes() {
        Settings tuned = minutes(Map.of(TargetCatalogue.PIRIFORMIS, 9, TargetCatalogue.QL, 25));
        Routine retimed = BuiltInRoutines.withDurations(new BuiltInRoutines(catalogue).lowBackWithQl(), tuned);

        assertEquals(List.of(5, 9, 5, 5, 5, 5), minutesOf(retimed));
        assertTrue(retimed.builtIn());
    }

    @Test
    void withDurationsLeavesACustomRoutineItsOwnMinutes() {
        Target gluteMax = catalogue.byId(TargetCatalogue.GLUTE_MAX);
        Routine custom = new Routine("custom:1", "Mine", List.of(
                new Step(gluteMax, Tool.SOFTBALL, Sides.LEFT, 17)), false);

        assertSame(custom, BuiltInRoutines.withDurations(custom, minutes(Map.of(TargetCatalogue.GLUTE_MAX, 6))));
    }
}
