package dev.unknot.storage;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.Routine;
import dev.unknot.domain.Sides;
import dev.unknot.domain.Step;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.unknot.storage.OpenStorage.await;
import static dev.unknot.storage.OpenStorage.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RoutineStorageTest {
    private static final Instant T0 = Instant.parse("2026-11-25T22:07:54.321Z");
    private static final TargetCatalogue CATALOGUE = new TargetCatalogue();
    private static final String ROUTINE_ROWS = "SELECT * FROM routine ORDER BY id";
    private static final String STEP_ROWS = "SELECT * FROM routine_step ORDER BY routine_id, position";

    @RegisterExtension
    final OpenStorage open = new OpenStorage(T0);

    private List<Routine> loaded() throws Exception {
        return await(open.storage().routines().load());
    }

    private List<List<String>> rows(String sql) throws Exception {
        try (RawDb db = new RawDb(open.file())) {
            return db.rows(sql);
        }
    }

    private static Step step(String target, Tool tool, Sides sides, int minutes) {
        return new Step(CATALOGUE.byId(target), tool, sides, minutes);
    }

    private static final Step PSOAS_LEFT = step(TargetCatalogue.PSOAS, Tool.SOFTBALL, Sides.LEFT, 7);
    private static final Step TLF_CENTRE = step(TargetCatalogue.TLF, Tool.FOAM_ROLLER, Sides.CENTRAL, 12);
    private static final Step GLUTE_MED_BOTH = step(TargetCatalogue.GLUTE_MED_MIN, Tool.LACROSSE_BALL, Sides.BOTH, 30);

    private static Routine hips() {
        return new Routine("custom:hips", "Hips after work", List.of(PSOAS_LEFT, TLF_CENTRE, GLUTE_MED_BOTH), false);
    }

    private static Routine simple(String id, String name) {
        return new Routine(id, name, List.of(step(TargetCatalogue.QL, Tool.LACROSSE_BALL, Sides.RIGHT, 5)), false);
    }

    @Test
    void aRoutineWithThreeStepsIsSavedAndReloadedIdenticallyAfterReopening() throws Exception {
        Routine hips = hips();
        await(open.storage().routines().save(hips));
        assertEquals(List.of(hips), loaded());

        open.reopen();
        assertEquals(List.of(hips), loaded());
        assertEquals(List.of(
                        List.of("custom:hips", "0", "psoas", "softball", "left", "7"),
                        List.of("custom:hips", "1", "tlf", "foam_roller", "central", "12"),
                        List.of("custom:hips", "2", "glute_med_min", "lacrosse_ball", "both", "30")),
                rows(STEP_ROWS), "the documented ids");
        assertEquals(List.of(List.of("custom:hips", "Hips after work", "0", "2026-11-25T22:07:54.321Z")),
                rows(ROUTINE_ROWS));
        assertEquals(List.of(), open.status().events);
    }

    @Test
    void anEditedRoutineWithItsStepsMovedAroundAndChangedReplacesTheSavedOneWhole() throws Exception {
        await(open.storage().routines().save(simple("custom:first", "First")));
        await(open.storage().routines().save(hips()));
        await(open.storage().routines().save(simple("custom:last", "Last")));
        open.wall().advance(Duration.ofDays(2));

        Routine edited = new Routine("custom:hips", "Hips, evenings", List.of(
                step(TargetCatalogue.GLUTE_MED_MIN, Tool.SOFTBALL, Sides.RIGHT, 5),      // was last, both sides
                step(TargetCatalogue.PSOAS, Tool.LACROSSE_BALL, Sides.BOTH, 20),         // was first, left only
                step(TargetCatalogue.TLF, Tool.SOFTBALL, Sides.CENTRAL, 6),              // another tool
                step(TargetCatalogue.UPPER_BACK, Tool.FOAM_ROLLER, Sides.CENTRAL, 8)),  // one more
                false);
        await(open.storage().routines().save(edited));

        assertEquals(List.of("First", "Hips, evenings", "Last"), loaded().stream().map(Routine::name).toList(),
                "its place in the order is kept");
        assertEquals(edited, loaded().get(1));

        Routine shorter = new Routine("custom:hips", "Hips, evenings", List.of(edited.steps().get(2)), false);
        await(open.storage().routines().save(shorter));
        open.reopen();
        assertEquals(shorter, loaded().get(1));
        assertEquals(3, rows(STEP_ROWS).size(), "no step of the longer version is left behind");
        assertEquals("2026-11-25T22:07:54.321Z",
                rows("SELECT created_at FROM routine WHERE id = 'custom:hips'").get(0).get(0), "created_at is kept");
    }

    @Test
    void routinesComeBackInTheirSavedOrderAndCanBeReordered() throws Exception {
        for (String name : List.of("A", "B", "C", "D")) {
            await(open.storage().routines().save(simple("custom:" + name, name)));
        }
        assertEquals(List.of("A", "B", "C", "D"), loaded().stream().map(Routine::name).toList());

        await(open.storage().routines().reorder(List.of("custom:C", "builtin:low_back", "custom:gone", "custom:A")));
        assertEquals(List.of("C", "A", "B", "D"), loaded().stream().map(Routine::name).toList(),
                "the ones named first, then the rest as they were; unknown ids ignored");

        await(open.storage().routines().delete("custom:A"));
        await(open.storage().routines().save(simple("custom:E", "E")));
        open.reopen();
        assertEquals(List.of("C", "B", "D", "E"), loaded().stream().map(Routine::name).toList(),
                "a new routine goes last");
    }

    @Test
    void aNameAnotherRoutineHasIsRefusedWhateverTheCapitalsNamingTheName() throws Exception {
        await(open.storage().routines().save(hips()));
        await(open.storage().routines().save(simple("custom:shoulders", "Épaules du soir")));
        List<List<String>> before = rows(ROUTINE_ROWS);

        RefusedException same = refused(open.storage().routines().save(simple("custom:other", "HIPS AFTER WORK")));
        assertEquals("There is already a routine called \"Hips after work\" (names are the same whatever the "
                + "capitals). Choose another name.", same.getMessage());
        RefusedException accented = refused(open.storage().routines().save(simple("custom:other", "  épaules DU SOIR ")));
        assertEquals("There is already a routine called \"Épaules du soir\" (names are the same whatever the "
                + "capitals). Choose another name.", accented.getMessage());
        RefusedException builtIn = refused(open.storage().routines().save(simple("custom:other", "low BACK")));
        assertEquals("There is already a routine called \"Low back\" (names are the same whatever the capitals). "
                + "Choose another name.", builtIn.getMessage());
        refused(open.storage().routines().save(simple("custom:shoulders", "hips after WORK")));
        refused(open.storage().routines().save(new Routine("custom:shoulders", "Upper Back", hips().steps(), false)));

        assertEquals(before, rows(ROUTINE_ROWS), "nothing changed");
        assertEquals(List.of(), open.status().events, "a refusal is not a failed save");

        await(open.storage().routines().save(new Routine("custom:hips", "HIPS after work", hips().steps(), false)));
        assertEquals("HIPS after work", loaded().get(0).name(), "a routine may change the capitals of its own name");
    }

    @Test
    void theFileItselfRefusesTwoRoutinesWithTheSameNameInAnyAsciiCase() throws Exception {
        await(open.storage().routines().save(hips()));
        try (RawDb db = new RawDb(open.file())) {
            assertThrows(SQLException.class, () -> db.execute("INSERT INTO routine (id, name, position, created_at) "
                    + "VALUES ('x', 'hips AFTER work', 9, '2026-01-01T00:00:00.000Z')"));
            assertThrows(SQLException.class, () -> db.execute("INSERT INTO routine_step VALUES "
                    + "('custom:hips', 9, 'psoas', 'softball', 'up', 5)"));
            assertThrows(SQLException.class, () -> db.execute("INSERT INTO routine_step VALUES "
                    + "('custom:hips', 9, 'psoas', 'softball', 'left', 31)"));
            assertThrows(SQLException.class, () -> db.execute("INSERT INTO routine_step VALUES "
                    + "('custom:hips', 9, 'psoas', 'softball', 'left', 4)"));
        }
    }

    @Test
    void builtInRoutinesAreNeverStoredAndCannotBeDeleted() throws Exception {
        BuiltInRoutines builtIns = new BuiltInRoutines(CATALOGUE);
        Routine lowBack = builtIns.defaultRoutine();

        RefusedException saved = refused(open.storage().routines().save(lowBack));
        assertEquals("Unknot's own routines cannot be saved; make a copy of one to change it as you like.",
                saved.getMessage());
        refused(open.storage().routines().save(
                new Routine(BuiltInRoutines.UPPER_BACK, "My upper back", hips().steps(), false)));
        refused(open.storage().routines().save(new Routine("custom:sneaky", "Sneaky", hips().steps(), true)));
        refused(open.storage().routines().delete(BuiltInRoutines.UPPER_BACK));

        assertEquals(List.of(), loaded());
        assertEquals(List.of(), rows(ROUTINE_ROWS));
        assertEquals(List.of(), open.status().events);
    }

    @Test
    void deletingARoutineRemovesItsStepsAndNoOtherRoutines() throws Exception {
        await(open.storage().routines().save(hips()));
        await(open.storage().routines().save(simple("custom:ql", "QL only")));

        await(open.storage().routines().delete("custom:hips"));

        assertEquals(List.of(simple("custom:ql", "QL only")), loaded());
        assertEquals(List.of(List.of("custom:ql", "0", "ql", "lacrosse_ball", "right", "5")), rows(STEP_ROWS));
        RefusedException again = refused(open.storage().routines().delete("custom:hips"));
        assertEquals("This routine is no longer saved (it may have been deleted), so it was not deleted.",
                again.getMessage());
    }

    @Test
    void theFileCascadesARoutinesStepsWhenTheRoutineRowGoes() throws Exception {
        await(open.storage().routines().save(hips()));
        try (RawDb db = new RawDb(open.file())) {
            db.execute("PRAGMA foreign_keys = ON");
            db.execute("DELETE FROM routine WHERE id = 'custom:hips'");
            assertEquals(0, db.number("SELECT count(*) FROM routine_step"));
        }
    }

    @Test
    void aRoutineSavedUnderANewNameKeepsItsStepsAndPlace() throws Exception {
        await(open.storage().routines().save(hips()));
        await(open.storage().routines().save(simple("custom:ql", "QL only")));

        await(open.storage().routines().save(new Routine("custom:hips", "  Hips, mornings  ", hips().steps(), false)));

        assertEquals(List.of(new Routine("custom:hips", "Hips, mornings", hips().steps(), false),
                simple("custom:ql", "QL only")), loaded());
    }

    @Test
    void theSelectedRoutineIsRememberedAcrossRestartsAndForgottenWhenItIsDeleted() throws Exception {
        assertEquals(Optional.empty(), await(open.storage().routines().selected()));
        await(open.storage().routines().saveSelected(BuiltInRoutines.UPPER_BACK));
        open.reopen();
        assertEquals(Optional.of(BuiltInRoutines.UPPER_BACK), await(open.storage().routines().selected()));

        await(open.storage().routines().save(hips()));
        await(open.storage().routines().saveSelected("custom:hips"));
        open.reopen();
        assertEquals(Optional.of("custom:hips"), await(open.storage().routines().selected()));

        await(open.storage().routines().save(simple("custom:ql", "QL only")));
        await(open.storage().routines().delete("custom:ql"));
        assertEquals(Optional.of("custom:hips"), await(open.storage().routines().selected()), "another one's delete");
        await(open.storage().routines().delete("custom:hips"));
        assertEquals(Optional.empty(), await(open.storage().routines().selected()));
    }

    @Test
    void aStepThisVersionCannotUseIsLeftOutAndARoutineWithNoneLeftIsNotShown() throws Exception {
        await(open.storage().routines().save(hips()));
        try (RawDb db = new RawDb(open.file())) {
            db.execute("INSERT INTO routine (id, name, position, created_at) VALUES "
                    + "('custom:future', 'From a later version', 1, '2027-01-01T00:00:00.000Z'), "
                    + "('custom:mixed', 'Mixed', 2, '2027-01-01T00:00:00.000Z')");
            db.execute("INSERT INTO routine_step VALUES "
                    + "('custom:future', 0, 'neck', 'foam_roller', 'central', 5), "
                    + "('custom:future', 1, 'psoas', 'massage_gun', 'left', 5), "
                    + "('custom:mixed', 0, 'calves', 'foam_roller', 'both', 5), "
                    + "('custom:mixed', 1, 'psoas', 'softball', 'left', 7), "
                    + "('custom:mixed', 2, 'tlf', 'lacrosse_ball', 'central', 5), " // the TLF does not take a lacrosse ball
                    + "('custom:mixed', 3, 'tlf', 'foam_roller', 'left', 5), "      // nor is it worked by side
                    + "('custom:mixed', 4, 'tlf', 'foam_roller', 'central', 12)");
        }

        List<Routine> routines = loaded();

        assertEquals(List.of(hips(), new Routine("custom:mixed", "Mixed", List.of(PSOAS_LEFT, TLF_CENTRE), false)),
                routines);
        assertEquals(List.of(), open.status().events);
    }
}
