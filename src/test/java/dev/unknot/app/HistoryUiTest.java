package dev.unknot.app;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.HistoryFilter;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.ui.history.HistoryViewModel.SessionRow;
import dev.unknot.ui.history.HistoryViewModel.StepRow;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import static dev.unknot.app.Screen.await;
import static dev.unknot.app.Screen.awaitLog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The history screen on a seeded log, driven by keyboard and mouse: filter, open, delete, undo. */
@ExtendWith(ApplicationExtension.class)
class HistoryUiTest {
    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final BuiltInRoutines ROUTINES = new BuiltInRoutines(new TargetCatalogue());
    /** As long as a note may be, ending in words that must be readable. */
    private static final String LONG_NOTE = "Tender left side. ".repeat(110) + "a bit more:  THE END";

    @TempDir
    Path dir;
    private Shell shell;

    @Start
    void start(Stage stage) throws Exception {
        Path db = dir.resolve("history.db");
        SeededLog.session(db, ZONE, Instant.parse("2026-11-01T08:00:00Z"), ROUTINES.defaultRoutine(), 600,
                OptionalInt.of(7), OptionalInt.of(4), "");
        SeededLog.session(db, ZONE, Instant.parse("2026-11-10T08:00:00Z"), ROUTINES.all().get(1), 180,
                OptionalInt.of(6), OptionalInt.empty(), "short one, \"tender\"");
        SeededLog.session(db, ZONE, Instant.parse("2026-11-20T08:00:00Z"), ROUTINES.defaultRoutine(), 900,
                OptionalInt.empty(), OptionalInt.empty(), LONG_NOTE);
        shell = app.on(db).zone(ZONE).builtIns((catalogue, settings, ql) -> ROUTINES.all()).start(stage);
    }

    @Test
    void filterOpenDeleteAndUndoByKeyboardAndMouse(FxRobot robot) throws Exception {
        awaitLog(shell);
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        await(() -> rows(robot).size() == 3);
        assertTrue(rows(robot).get(0).when().startsWith("Fri 20 Nov 2026"), "newest first");
        assertEquals("7 → 4", rows(robot).get(2).pain());
        robot.type(KeyCode.DOWN); // the list has the keyboard as soon as the screen opens
        await(() -> steps(robot).size() == 1);
        robot.type(KeyCode.UP);
        await(() -> steps(robot).size() == 9);

        robot.clickOn(".filter-from").write("2026-11-05").type(KeyCode.ENTER);
        await(() -> rows(robot).size() == 2);

        robot.clickOn(".filter-target");
        javafx.scene.Node upperBack = robot.lookup(".list-cell").<ListCell<?>>match(c -> "Upper back".equals(c.getText())).query();
        robot.clickOn(upperBack);
        await(() -> rows(robot).size() == 1);
        assertEquals("Upper back", rows(robot).get(0).routine());

        robot.clickOn("Clear filters");
        await(() -> rows(robot).size() == 3);

        // Row cells are recycled in any order; click the one showing the first (newest) session.
        javafx.scene.Node firstRow = robot.lookup(".session-list .table-row-cell")
                .<javafx.scene.control.TableRow<?>>match(r -> r.getIndex() == 0).query();
        robot.clickOn(firstRow);
        robot.type(KeyCode.DOWN);
        await(() -> steps(robot).size() == 1);
        assertEquals(new StepRow("Upper back", "Centre", "Foam roller", "8 min", "3 min", "ended here"), steps(robot).get(0));
        await(() -> robot.lookup(".detail-note").queryAs(TextArea.class).getText().contains("short one"));

        robot.type(KeyCode.DELETE);
        await(() -> robot.lookup(".delete-confirm").query().isVisible());
        robot.type(KeyCode.ENTER);
        await(() -> rows(robot).size() == 2);
        assertEquals(2, shell.storage().sessions().history(HistoryFilter.ALL).get(10, TimeUnit.SECONDS).size());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        await(() -> rows(robot).size() == 3);
        assertEquals(3, shell.storage().sessions().history(HistoryFilter.ALL).get(10, TimeUnit.SECONDS).size());
        assertEquals("Upper back", rows(robot).get(1).routine());
    }

    @Test
    void escapeInTheDeleteConfirmationKeepsTheSession(FxRobot robot) throws Exception {
        Screen.awaitLog(shell);
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        await(() -> rows(robot).size() == 3);
        robot.type(KeyCode.DELETE);
        await(() -> robot.lookup(".delete-confirm").query().isVisible());
        robot.type(KeyCode.ESCAPE);
        await(() -> !robot.lookup(".delete-confirm").query().isVisible());
        assertEquals(3, rows(robot).size());
        assertEquals(3, shell.storage().sessions().history(HistoryFilter.ALL).get(10, TimeUnit.SECONDS).size());
    }

    @Test
    void aDateThatIsNotADayIsNamedBesideItsFieldAndTheFilterStaysAsItWas(FxRobot robot) throws Exception {
        awaitLog(shell);
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        await(() -> rows(robot).size() == 3);

        robot.clickOn(".filter-from").write("2026-13-45").type(KeyCode.ENTER);
        await(() -> robot.lookup(".from-error").query().isVisible());
        assertEquals("2026-13-45 is not a date: there is no month 13. No date is used until it is right.",
                Screen.text(robot, ".from-error"));
        assertEquals(3, rows(robot).size());

        robot.clickOn(".filter-to").write("yesterday").type(KeyCode.ENTER);
        await(() -> robot.lookup(".to-error").query().isVisible());
        assertTrue(Screen.text(robot, ".to-error").startsWith("\"yesterday\" is not a date: type it as year-month-day"));

        robot.clickOn(".filter-from").eraseText(12).write("2026-11-05").type(KeyCode.ENTER);
        await(() -> rows(robot).size() == 2);
        assertTrue(!robot.lookup(".from-error").query().isVisible(), "a right date clears its message");
    }

    @Test
    void aFilterThatHidesTheSelectedSessionClearsItsDetailAndDeleteDeletesNothing(FxRobot robot) throws Exception {
        awaitLog(shell);
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        await(() -> rows(robot).size() == 3);
        await(() -> steps(robot).size() == 9);

        robot.clickOn(".filter-from").write("2026-11-25").type(KeyCode.ENTER);
        robot.clickOn(".filter-to").write("2026-11-02").type(KeyCode.ENTER);
        await(() -> rows(robot).isEmpty() && steps(robot).isEmpty());
        assertEquals("", Screen.text(robot, ".detail-title"));

        robot.clickOn(".session-list").type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!robot.lookup(".delete-confirm").query().isVisible(), "nothing listed, nothing to delete");
        assertEquals(3, shell.storage().sessions().history(HistoryFilter.ALL).get(10, TimeUnit.SECONDS).size());
    }

    @Test
    void aLongNoteIsReadInFullOnDemandAndTheStepsKeepTheirPlace(FxRobot robot) throws Exception {
        awaitLog(shell);
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        await(() -> steps(robot).size() == 9); // the newest, with the long note, is selected
        TextArea note = robot.lookup(".detail-note").queryAs(TextArea.class);
        await(() -> note.getText().endsWith("THE END"));
        assertEquals(2000, LONG_NOTE.length());
        double closed = note.getHeight();
        javafx.scene.Node table = robot.lookup(".step-list-table").query();
        double tableBefore = table.getBoundsInParent().getHeight();

        robot.clickOn(".whole-note");
        await(() -> note.getHeight() > closed * 1.5);
        assertTrue(table.getBoundsInParent().getHeight() >= Math.min(tableBefore, 100) * 0.9 - 1,
                "the steps table keeps room: " + table.getBoundsInParent().getHeight());
        assertTrue(table.localToScene(table.getBoundsInLocal()).getMaxY() <= table.getScene().getHeight() + 1,
                "and stays on screen");
    }

    @SuppressWarnings("unchecked")
    private static List<SessionRow> rows(FxRobot robot) {
        return List.copyOf(((TableView<SessionRow>) robot.lookup(".session-list").query()).getItems());
    }

    @SuppressWarnings("unchecked")
    private static List<StepRow> steps(FxRobot robot) {
        return List.copyOf(((TableView<StepRow>) robot.lookup(".step-list-table").query()).getItems());
    }
}
