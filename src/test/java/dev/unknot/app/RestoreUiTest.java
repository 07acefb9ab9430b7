package dev.unknot.app;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.HistoryFilter;
import dev.unknot.domain.Routine;
import dev.unknot.domain.Settings;
import dev.unknot.domain.Sides;
import dev.unknot.domain.Step;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;
import dev.unknot.storage.Storage;
import dev.unknot.storage.TestLogs;
import dev.unknot.storage.StorageStatusListener;
import dev.unknot.ui.history.HistoryViewModel.SessionRow;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import static dev.unknot.app.Screen.await;
import static dev.unknot.app.Screen.awaitLog;
import static dev.unknot.app.Screen.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Log → Restore from backup in the real window (issue 11): the log and its backup differ in their settings, their own
 * routine and their sessions. After the restore every screen shows the backup's, and History's undo list, made on
 * the log as it was, is gone: Ctrl+Z must not put a pre-restore session into the restored log.
 */
@ExtendWith(ApplicationExtension.class)
class RestoreUiTest {
    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final TargetCatalogue CATALOGUE = new TargetCatalogue();
    private static final BuiltInRoutines GUIDE = new BuiltInRoutines(CATALOGUE);
    private static final Instant BACKED_UP = Instant.parse("2026-11-15T08:00:00Z");
    private static final Routine EVENING = new Routine("custom:evening", "Evening glutes", List.of(
            new Step(CATALOGUE.byId("glute_max"), Tool.FOAM_ROLLER, Sides.BOTH, 6)), false);
    private static final Routine MORNING = new Routine("custom:morning", "Morning TLF", List.of(
            new Step(CATALOGUE.byId("tlf"), Tool.FOAM_ROLLER, Sides.CENTRAL, 7)), false);

    @TempDir
    Path dir;
    private Shell shell;

    /** The backup: piriformis at 12 min and Evening glutes; the log now: piriformis at 20 and Morning TLF instead. */
    @Start
    void start(Stage stage) throws Exception {
        Path db = dir.resolve("unknot.db");
        SeededLog.session(db, ZONE, Instant.parse("2026-11-01T08:00:00Z"), GUIDE.defaultRoutine(), 300,
                OptionalInt.empty(), OptionalInt.empty(), "");
        SeededLog.session(db, ZONE, Instant.parse("2026-11-10T08:00:00Z"), GUIDE.defaultRoutine(), 300,
                OptionalInt.empty(), OptionalInt.empty(), "");
        Storage seed = TestLogs.open(db, Clock.fixed(BACKED_UP, ZoneOffset.UTC), ZONE, StorageStatusListener.NONE);
        seed.settings().save(piriformisAt(12)).get(10, TimeUnit.SECONDS);
        seed.routines().save(EVENING).get(10, TimeUnit.SECONDS);
        seed.routines().saveSelected(EVENING.id()).get(10, TimeUnit.SECONDS);
        seed.safety().backupNow().get(10, TimeUnit.SECONDS);
        seed.settings().save(piriformisAt(20)).get(10, TimeUnit.SECONDS);
        seed.routines().delete(EVENING.id()).get(10, TimeUnit.SECONDS);
        seed.routines().save(MORNING).get(10, TimeUnit.SECONDS);
        seed.routines().saveSelected(MORNING.id()).get(10, TimeUnit.SECONDS);
        seed.close();
        SeededLog.session(db, ZONE, Instant.parse("2026-11-20T08:00:00Z"), GUIDE.defaultRoutine(), 300,
                OptionalInt.empty(), OptionalInt.empty(), "after the backup");

        // An hour after the backup by the wall clock, so the app makes no daily backup of its own to offer first.
        shell = app.on(db).wallClock(Clock.fixed(BACKED_UP.plusSeconds(3600), ZoneOffset.UTC)).zone(ZONE).start(stage);
    }

    private static Settings piriformisAt(int minutes) {
        Settings defaults = Settings.defaults(CATALOGUE);
        Map<String, Integer> changed = new HashMap<>(defaults.minutesByTarget());
        changed.put("piriformis", minutes);
        return new Settings(changed, defaults.repositionSeconds(), defaults.soundsOn(), defaults.volumePercent(),
                defaults.qlAfterDays());
    }

    @Test
    void afterARestoreEveryScreenShowsTheBackupAndUndoCannotBringBackAPreRestoreSession(FxRobot robot)
            throws Exception {
        awaitLog(shell);
        await(() -> homeRoutineNames(robot).contains("Morning TLF"));
        assertEquals(20, piriformisMinutesOnHome(robot));

        // History: delete the session made after the backup; its undo waits for Ctrl+Z.
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        await(() -> historyRows(robot).size() == 3);
        robot.type(KeyCode.DELETE);
        await(() -> robot.lookup(".delete-confirm").query().isVisible());
        robot.type(KeyCode.ENTER);
        await(() -> historyRows(robot).size() == 2);

        // Log → Restore from backup…: the one backup, then "Replace my log", then the report.
        robot.clickOn("Log");
        robot.clickOn("Restore from backup…");
        await(() -> robot.lookup("Which backup should replace your log?").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        await(() -> robot.lookup("Replace my log").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        await(() -> robot.lookup(".log-message").tryQuery().isPresent());
        assertTrue(robot.lookup(".log-message .content").queryLabeled().getText().contains("now holds the backup"));
        robot.type(KeyCode.ENTER);

        // The start screen: the backup's own routine, selected as it was, and its minutes in the built-in ones.
        await(() -> homeRoutineNames(robot).contains("Evening glutes"));
        assertFalse(homeRoutineNames(robot).contains("Morning TLF"));
        assertEquals("Evening glutes", selectedOnHome(robot));
        assertEquals(12, piriformisMinutesOnHome(robot));

        // Settings and the routine editor read the restored log.
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        await(() -> robot.lookup(".minutes-piriformis").tryQuery().isPresent()
                && "12".equals(robot.lookup(".minutes-piriformis").queryAs(TextField.class).getText()));
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        await(() -> editorRoutineLabels(robot).stream().anyMatch(l -> l.contains("Evening glutes")));
        assertTrue(editorRoutineLabels(robot).stream().noneMatch(l -> l.contains("Morning TLF")));

        // History shows the backup's two sessions, and Ctrl+Z has nothing of the old log to put back.
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        await(() -> historyRows(robot).size() == 2);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        shell.storage().flush().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        shell.storage().flush().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, shell.storage().sessions().history(HistoryFilter.ALL).get(10, TimeUnit.SECONDS).size(),
                "the restored log holds the backup's sessions only");
        assertEquals(2, historyRows(robot).size());
        assertFalse(text(robot, ".history-message").startsWith("Put back"), text(robot, ".history-message"));
    }

    @SuppressWarnings("unchecked")
    private static ListView<Routine> homeList(FxRobot robot) {
        return (ListView<Routine>) robot.lookup(".home-view .routine-list").query();
    }

    private static List<String> homeRoutineNames(FxRobot robot) {
        return homeList(robot).getItems().stream().map(Routine::name).toList();
    }

    private static String selectedOnHome(FxRobot robot) {
        return homeList(robot).getSelectionModel().getSelectedItem().name();
    }

    private static int piriformisMinutesOnHome(FxRobot robot) {
        Routine lowBack = homeList(robot).getItems().stream().filter(r -> r.id().equals(GUIDE.defaultRoutine().id()))
                .findFirst().orElseThrow();
        return lowBack.steps().stream().filter(s -> s.target().id().equals("piriformis")).findFirst().orElseThrow()
                .minutes();
    }

    private static List<String> editorRoutineLabels(FxRobot robot) {
        ListView<?> list = robot.lookup(".routine-editor-list").queryAs(ListView.class);
        return list.getItems().stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<SessionRow> historyRows(FxRobot robot) {
        return List.copyOf(((TableView<SessionRow>) robot.lookup(".session-list").query()).getItems());
    }
}
