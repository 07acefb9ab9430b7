package dev.unknot.ui.routines;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.Routine;
import dev.unknot.domain.Settings;
import dev.unknot.domain.Step;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.storage.Storage;
import dev.unknot.storage.TestLogs;
import dev.unknot.storage.StorageStatusListener;
import dev.unknot.domain.Theme;
import dev.unknot.ui.theme.Appearance;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The routine editor on a real log file: a routine made from Low back by keyboard, and one reordered by mouse,
 * are read back from the file as saved.
 */
@ExtendWith(ApplicationExtension.class)
class RoutineEditorUiTest {
    private static final TargetCatalogue CATALOGUE = new TargetCatalogue();

    /** What JavaFX says about the style sheets (an unresolved lookup, a value of the wrong type). */
    private static final Logger CSS_LOG = Logger.getLogger("javafx.css");
    private static final Heard CSS_PROBLEMS = new Heard();

    private static final class Heard extends Handler {
        private final List<String> messages = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                messages.add(record.getMessage());
            }
        }

        List<String> messages() {
            return List.copyOf(messages);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @TempDir
    Path dir;
    private Appearance appearance;
    private Path db;
    private Storage storage;
    private Stage stage;
    private final List<List<Routine>> changes = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        db = dir.resolve("routines.db");
        storage = TestLogs.open(db, Clock.systemUTC(), StorageStatusListener.NONE);
        storage.ready().get(10, TimeUnit.SECONDS);
        Scene scene = new Scene(editorOn(storage), 1280, 800);
        // The app's theme, put on the way the app puts it (Shell): the base look, Unknot's stylesheet and a palette.
        appearance = new Appearance(Theme.DARK, Application::setUserAgentStylesheet, Window.getWindows());
        appearance.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private RoutineEditorView editorOn(Storage opened) {
        RoutineEditorViewModel vm = new RoutineEditorViewModel(opened.routines(), CATALOGUE,
                () -> Settings.defaults(CATALOGUE), new BuiltInRoutines(CATALOGUE).all(), Platform::runLater,
                changes::add);
        vm.load();
        return new RoutineEditorView(vm);
    }

    @AfterEach
    void closeStorage() {
        appearance.close();
        storage.close();
    }

    @BeforeAll
    static void hearCssProblems() {
        CSS_LOG.addHandler(CSS_PROBLEMS);
    }

    @AfterAll
    static void stopHearingCssProblems() {
        CSS_LOG.removeHandler(CSS_PROBLEMS);
    }

    /** Every colour the stylesheet looks up is found: the editor is tested in the theme it is shown in. */
    @Test
    void theEditorFindsEveryColourItsStylesheetLooksUp(FxRobot robot) throws Exception {
        await(() -> robot.lookup(".routine-heading").queryAs(Label.class).getText().equals("Low back (built-in)"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), CSS_PROBLEMS.messages());
    }

    @Test
    void aRoutineMadeFromLowBackByKeyboardIsSavedAsShown(FxRobot robot) throws Exception {
        await(() -> robot.lookup(".routine-heading").queryAs(Label.class).getText().equals("Low back (built-in)"));
        assertTrue(isFocused(robot, ".routine-editor-list"), "the list has the focus");

        tabTo(robot, ".duplicate-routine");
        robot.type(KeyCode.SPACE);
        await(() -> "Low back (copy)".equals(robot.lookup(".routine-name").queryAs(TextField.class).getText())
                && isFocused(robot, ".routine-name"));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("Evening back");

        tabTo(robot, ".step-piriformis .step-minutes");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("45");
        await(() -> minutesError(robot, "piriformis").equals("Minutes must be a whole number from 5 to 30 (got 45)."));
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        await(() -> message(robot).startsWith("Nothing was saved"));
        assertTrue(storage.routines().load().get(10, TimeUnit.SECONDS).isEmpty(), "refused, nothing kept");

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("12");
        await(() -> minutesError(robot, "piriformis").isEmpty());
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        await(() -> stepOrder(robot).get(0).equals("piriformis"));
        assertTrue(isFocused(robot, ".step-piriformis .step-minutes"), "the focus moves with its step");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        await(() -> message(robot).equals("Saved \"Evening back\"."));

        Routine saved = reopenAndLoad().get(0);
        assertEquals("Evening back", saved.name());
        assertEquals(List.of("piriformis", "glute_max", "glute_med_min", "tlf", "psoas"), targetIds(saved));
        assertEquals(List.of(12, 5, 5, 5, 5), saved.steps().stream().map(Step::minutes).toList());
        assertEquals(List.of(List.of(saved)), changes);

        showEditorOnReopenedLog(robot);
        robot.clickOn(cell(robot, "Evening back"));
        await(() -> "Evening back".equals(robot.lookup(".routine-heading").queryAs(Label.class).getText()));
        assertEquals(List.of("piriformis", "glute_max", "glute_med_min", "tlf", "psoas"), stepOrder(robot));
        assertEquals("12", robot.lookup(".step-piriformis .step-minutes").queryAs(TextField.class).getText());
    }

    /** After New, as after Duplicate, the next thing to do is name it: typing goes to the name. */
    @Test
    void newSendsTheKeyboardToTheNameOfTheNewRoutine(FxRobot robot) throws Exception {
        await(() -> robot.lookup(".routine-heading").queryAs(Label.class).getText().equals("Low back (built-in)"));

        tabTo(robot, ".new-routine");
        robot.type(KeyCode.SPACE);
        await(() -> "New routine".equals(robot.lookup(".routine-heading").queryAs(Label.class).getText()));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(isFocused(robot, ".routine-name"), "the name field has the keyboard");
    }

    @Test
    void aBuiltInRoutineShowsItsStepsAsReadOnlyNotAsGreyedControls(FxRobot robot) throws Exception {
        await(() -> robot.lookup(".routine-heading").queryAs(Label.class).getText().equals("Low back (built-in)"));
        javafx.scene.control.TextField minutes = robot.lookup(".step-minutes").queryAs(javafx.scene.control.TextField.class);
        assertFalse(minutes.isEditable());
        assertTrue(minutes.getBackground() == null || minutes.getBackground().getFills().stream()
                .allMatch(f -> f.getFill().equals(javafx.scene.paint.Color.TRANSPARENT)), "no field box around 5");
        assertTrue(robot.lookup(".move-up").queryAll().stream().noneMatch(RoutineEditorUiTest::shown),
                "no move buttons");
        assertTrue(robot.lookup(".remove-step").queryAll().stream().noneMatch(RoutineEditorUiTest::shown),
                "no remove buttons");
        assertTrue(robot.lookup(".drag-handle").queryAll().stream().noneMatch(RoutineEditorUiTest::shown),
                "no drag handles");
    }

    /** Visible itself and inside visible parents. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aStepDraggedOntoAnotherTakesItsPlaceAndIsSavedThere(FxRobot robot) throws Exception {
        await(() -> robot.lookup(".duplicate-routine").tryQuery().isPresent());
        robot.clickOn(".duplicate-routine");
        await(() -> stepOrder(robot).size() == 5);

        robot.drag(robot.lookup(".step-psoas .drag-handle").queryAs(Node.class))
                .dropTo(robot.lookup(".step-glute_max .step-target").queryAs(Node.class));
        await(() -> stepOrder(robot).equals(List.of("psoas", "glute_max", "piriformis", "glute_med_min", "tlf")));
        robot.clickOn(".save-routine");
        await(() -> message(robot).equals("Saved \"Low back (copy)\"."));

        Routine saved = reopenAndLoad().get(0);
        assertEquals("Low back (copy)", saved.name());
        assertEquals(List.of("psoas", "glute_max", "piriformis", "glute_med_min", "tlf"), targetIds(saved));
    }

    // ---- helpers -------------------------------------------------------------------------------------

    /** Closes the log and opens the file again, as the next start of the app would. */
    private List<Routine> reopenAndLoad() throws Exception {
        storage.close();
        storage = TestLogs.open(db, Clock.systemUTC(), StorageStatusListener.NONE);
        storage.ready().get(10, TimeUnit.SECONDS);
        return storage.routines().load().get(10, TimeUnit.SECONDS);
    }

    private void showEditorOnReopenedLog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.getScene().setRoot(editorOn(storage))).get(10, TimeUnit.SECONDS);
        await(() -> robot.lookup(".routine-editor-list .list-cell").queryAllAs(ListCell.class).stream()
                .anyMatch(c -> "Evening back".equals(c.getText())));
    }

    private static Node cell(FxRobot robot, String text) {
        return robot.lookup(".routine-editor-list .list-cell").<ListCell<?>>match(c -> text.equals(c.getText())).query();
    }

    /** Presses Tab, as a person would, until the node the query finds has the focus. */
    private static void tabTo(FxRobot robot, String query) throws Exception {
        for (int i = 0; i < 60 && !isFocused(robot, query); i++) {
            robot.type(KeyCode.TAB);
        }
        assertTrue(isFocused(robot, query), "Tab reaches " + query);
    }

    private static boolean isFocused(FxRobot robot, String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).tryQuery().map(Node::isFocused).orElse(false))
                .get(10, TimeUnit.SECONDS);
    }

    private static List<String> stepOrder(FxRobot robot) {
        return robot.lookup(".step-row").queryAll().stream()
                .sorted(java.util.Comparator.comparingDouble(n -> n.localToScene(0, 0).getY()))
                .map(n -> n.getStyleClass().stream().filter(c -> c.startsWith("step-") && !c.equals("step-row"))
                        .findFirst().orElseThrow().substring("step-".length()))
                .toList();
    }

    private static String minutesError(FxRobot robot, String targetId) {
        return robot.lookup(".step-" + targetId + " .minutes-error").queryAs(Label.class).getText();
    }

    private static String message(FxRobot robot) {
        return robot.lookup(".routine-message").queryAs(Label.class).getText();
    }

    private static List<String> targetIds(Routine routine) {
        return routine.steps().stream().map(s -> s.target().id()).toList();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
