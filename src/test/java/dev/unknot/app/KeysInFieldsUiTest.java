package dev.unknot.app;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.FakeClock;
import dev.unknot.domain.HistoryFilter;
import dev.unknot.domain.Routine;
import dev.unknot.domain.Sides;
import dev.unknot.domain.Step;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;
import dev.unknot.storage.Storage;
import dev.unknot.storage.TestLogs;
import dev.unknot.storage.StorageStatusListener;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static dev.unknot.app.Screen.awaitLog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The screens' keys (Delete, Enter, Escape, Space, N, P, S, M, +, digits, Ctrl+Z) do nothing but edit while a field
 * has the keyboard. Each screen with fields is one data-driven walk: every field, every key, each pressed after
 * "12" was typed into the field and the caret put between the digits; then the field must hold what the key
 * types or edits, and nothing else on the screen may have changed (no question asked, nothing deleted, undone,
 * saved or started, the focus where it was, the same screen). The exceptions are the rule's (see KeyRouting):
 * Escape leaves the screen, and Enter in a one-line text field submits the screen's form.
 *
 * <p>The keys are sent as the keyboard sends them, to whatever has the focus (pressed, the character typed,
 * released) and on the JavaFX thread, so the walk of a few hundred presses takes seconds.
 */
@ExtendWith(ApplicationExtension.class)
class KeysInFieldsUiTest {
    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();
    private final FakeClock clock = new FakeClock();
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final TargetCatalogue CATALOGUE = new TargetCatalogue();
    private static final BuiltInRoutines ROUTINES = new BuiltInRoutines(CATALOGUE);
    /** A routine of the person's own, so its fields can be typed in. */
    private static final Routine MINE = new Routine("custom:keys", "Evening glutes", List.of(
            new Step(CATALOGUE.byId("piriformis"), Tool.SOFTBALL, Sides.BOTH, 12),
            new Step(CATALOGUE.byId("glute_max"), Tool.FOAM_ROLLER, Sides.BOTH, 6)), false);

    /** A key as the keyboard sends it; {@code typed} is the character it types, if any. */
    private record Key(String name, KeyCode code, String typed, boolean shortcut) {
        static Key of(String name, KeyCode code, String typed) {
            return new Key(name, code, typed, false);
        }
    }

    private static final Key ENTER = Key.of("Enter", KeyCode.ENTER, "");
    private static final Key ESCAPE = Key.of("Escape", KeyCode.ESCAPE, "");

    /** A key pressed in a field holding "1|2", and what the field holds then (null: the key types nothing). */
    private record Press(Key key, String text) {
    }

    private static final List<Press> PRESSES = List.of(
            new Press(Key.of("Delete", KeyCode.DELETE, ""), "1"),
            new Press(Key.of("Backspace", KeyCode.BACK_SPACE, ""), "2"),
            new Press(Key.of("Space", KeyCode.SPACE, " "), "1 2"),
            new Press(Key.of("N", KeyCode.N, "n"), "1n2"),
            new Press(Key.of("P", KeyCode.P, "p"), "1p2"),
            new Press(Key.of("S", KeyCode.S, "s"), "1s2"),
            new Press(Key.of("M", KeyCode.M, "m"), "1m2"),
            new Press(Key.of("+", KeyCode.PLUS, "+"), "1+2"),
            new Press(Key.of("keypad +", KeyCode.ADD, "+"), "1+2"),
            new Press(Key.of("=", KeyCode.EQUALS, "="), "1=2"),
            new Press(Key.of("1", KeyCode.DIGIT1, "1"), "112"),
            new Press(Key.of("keypad 7", KeyCode.NUMPAD7, "7"), "172"),
            new Press(new Key("Ctrl+Z", KeyCode.Z, "", true), ""), // the field's own undo takes back the typing
            new Press(ENTER, null),
            new Press(ESCAPE, null)); // last: it leaves the screen

    /**
     * A screen with fields: how to open it, its fields, what Enter does in a one-line text field there (null: nothing,
     * the screen has no form to submit) and what else of it must not change.
     */
    private record FieldScreen(String name, String shown, Opener open, List<String> fields, Outcome enterInText,
                               Callable<Object> more) {
    }

    @FunctionalInterface
    private interface Opener {
        void run() throws Exception;
    }

    /** Checks that Enter did what the screen's form does with it. */
    @FunctionalInterface
    private interface Outcome {
        void check() throws Exception;
    }

    @TempDir
    Path dir;
    private Shell shell;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path db = dir.resolve("keys.db");
        SeededLog.session(db, ZONE, Instant.parse("2026-11-01T08:00:00Z"), ROUTINES.defaultRoutine(), 600,
                OptionalInt.of(7), OptionalInt.of(4), "");
        SeededLog.session(db, ZONE, Instant.parse("2026-11-10T08:00:00Z"), ROUTINES.defaultRoutine(), 300,
                OptionalInt.empty(), OptionalInt.empty(), "");
        Storage seed = TestLogs.open(db, Clock.systemUTC(), ZONE, StorageStatusListener.NONE);
        seed.routines().save(MINE).get(10, TimeUnit.SECONDS);
        seed.close();
        shell = app.on(db).clock(clock).zone(ZONE).builtIns((catalogue, settings, ql) -> ROUTINES.all()).start(stage);
    }

    /** Opened by Ctrl+R, the editor's arrow keys move through its routines at once: the list has the keyboard. */
    @Test
    void theRoutineEditorOpensWithTheKeyboardOnItsList(org.testfx.api.FxRobot robot) throws Exception {
        awaitLog(shell);
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        Screen.await(() -> robot.lookup(".routine-editor-list").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> list = robot.lookup(".routine-editor-list").queryAs(ListView.class);
        assertTrue(list.isFocused(), "the list has the keyboard, not " + stage.getScene().getFocusOwner());
    }

    @Test
    void historyFiltersKeepTheirKeys() throws Exception {
        awaitLog(shell);
        Opener open = () -> onFx(() -> shell.window().showHistory());
        open.run();
        Screen.await(() -> sessionRows() == 2);
        // One session deleted first, so a Ctrl+Z that reached the screen would put it back.
        onFx(() -> stage.getScene().lookup(".session-list").requestFocus());
        press(Key.of("Delete", KeyCode.DELETE, ""));
        press(ENTER);
        Screen.await(() -> sessionRows() == 1);
        walk(new FieldScreen("history", ".session-list", open, List.of(".filter-from", ".filter-to", ".filter-target"),
                null, () -> List.of(sessionRows(), label(".history-message"))));
        assertEquals(1, shell.storage().sessions().history(HistoryFilter.ALL).get(10, TimeUnit.SECONDS).size(), "still deleted");
    }

    @Test
    void settingsFieldsKeepTheirKeysAndEnterSaves() throws Exception {
        awaitLog(shell);
        List<String> fields = new ArrayList<>(CATALOGUE.all().stream().map(t -> ".minutes-" + t.id()).toList());
        fields.add(".reposition-seconds");
        walk(new FieldScreen("settings", ".settings-page", () -> press(new Key("Ctrl+,", KeyCode.COMMA, "", true)),
                fields, () -> Screen.await(() -> label(".settings-message").startsWith("Saved")),
                () -> label(".settings-message")));
    }

    @Test
    void routineEditorFieldsKeepTheirKeys() throws Exception {
        awaitLog(shell);
        Opener open = () -> {
            press(new Key("Ctrl+R", KeyCode.R, "", true));
            Screen.await(() -> stage.getScene().lookup(".routine-editor-list") instanceof ListView<?> list
                    && list.getItems().size() > 2);
            // The own routine, last in the list, so its fields can be typed in.
            onFx(() -> ((ListView<?>) stage.getScene().lookup(".routine-editor-list")).getSelectionModel().selectLast());
            Screen.await(() -> fx(() -> stage.getScene().lookup(".routine-name") instanceof TextField name
                    && name.isEditable() && name.getText().equals(MINE.name())));
        };
        walk(new FieldScreen("routines", ".routine-editor-layout", open, List.of(".routine-name",
                ".step-piriformis .step-tool", ".step-piriformis .step-sides", ".step-piriformis .step-minutes",
                ".step-glute_max .step-tool", ".step-glute_max .step-minutes", ".add-step-target"),
                null, () -> label(".routine-message")));
    }

    @Test
    void summaryNoteKeepsItsKeysAndEnterGoesBackToTheStart() throws Exception {
        awaitLog(shell);
        Opener open = () -> {
            press(ENTER); // the start screen: start the selected routine
            awaitShown(".countdown");
            clock.advanceSeconds(15); // some work, so the session is kept and its summary shows
            press(ESCAPE);
            press(ENTER); // end it early
            awaitShown(".summary-title");
        };
        walk(new FieldScreen("summary", ".summary-title", open, List.of(".session-note"), this::leaves,
                () -> ((TitledPane) stage.getScene().lookup(".strengthening")).isExpanded()));
    }

    // ---- the walk ----------------------------------------------------------------------------------------

    /** Every key in every field of the screen; all that went wrong is reported together. */
    private void walk(FieldScreen screen) throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String query : screen.fields()) {
            for (Press press : PRESSES) {
                if (stage.getScene().lookup(screen.shown()) == null) {
                    screen.open().run();
                    awaitShown(screen.shown());
                    WaitForAsyncUtils.waitForFxEvents(); // the screen's own first focus, given on a later pulse
                }
                Node field = stage.getScene().lookup(query);
                Snapshot before = fx(() -> {
                    field.requestFocus();
                    typeOneTwo(field);
                    Snapshot typed = snapshot(screen, field);
                    send(press.key());
                    return typed;
                });
                String where = screen.name() + ", " + query + ", " + press.key().name() + ": ";
                assertTrue(before.focused() && (editor(field) == null || "12".equals(before.text())),
                        where + "\"12\" was typed into the focused field first");
                shell.storage().flush().get(10, TimeUnit.SECONDS); // what the key started in the log is done
                Snapshot after = fx(() -> {
                    Snapshot now = snapshot(screen, field);
                    if (field instanceof ComboBoxBase<?> c) {
                        c.hide(); // Space opens a combo box's list
                    }
                    return now;
                });
                try {
                    if (press.key() == ESCAPE) {
                        leavesAskingFirstIfEdited();
                    } else if (press.key() == ENTER && field instanceof TextField && screen.enterInText() != null) {
                        screen.enterInText().check();
                    } else {
                        assertEquals(before.screen(), after.screen(), "nothing else changed");
                        if (press.text() != null && editor(field) != null) {
                            assertEquals(press.text(), after.text(), "the field's text");
                        }
                        assertEquals(before.value(), after.value(), "the field's value");
                    }
                } catch (AssertionError | java.util.concurrent.TimeoutException e) {
                    wrong.add(where + e.getMessage());
                    recover();
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** The field as typed in, and what must not change on the screen: the screen, the focus, questions, a session. */
    private record Snapshot(boolean focused, String text, Object value, List<Object> screen) {
    }

    private Snapshot snapshot(FieldScreen screen, Node field) throws Exception {
        Scene scene = stage.getScene();
        TextInputControl editor = editor(field);
        return new Snapshot(field.isFocused(), editor == null ? null : editor.getText(),
                field instanceof ComboBoxBase<?> c ? c.getValue() : null,
                List.of(((StackPane) scene.lookup(".content")).getChildren().get(0), scene.getFocusOwner(),
                        scene.getRoot().lookupAll(".confirm-backdrop").stream().filter(Node::isVisible).count(),
                        Objects.toString(shell.window().runningSession()),
                        scene.lookup(screen.shown()) == null ? "left" : screen.more().call()));
    }

    /** Gives the field "12" by keyboard with the caret between the digits; a pick-only list is left as it is. */
    private void typeOneTwo(Node field) {
        TextInputControl editor = editor(field);
        if (editor == null) {
            return;
        }
        editor.clear();
        send(Key.of("1", KeyCode.DIGIT1, "1"));
        send(Key.of("2", KeyCode.DIGIT2, "2"));
        send(Key.of("Left", KeyCode.LEFT, ""));
    }

    private static TextInputControl editor(Node field) {
        if (field instanceof TextInputControl t) {
            return t;
        }
        if (field instanceof DatePicker d) {
            return d.getEditor();
        }
        return field instanceof ComboBox<?> c && c.isEditable() ? c.getEditor() : null;
    }

    private void leaves() throws Exception {
        awaitShown(".start-button");
    }

    /** Escape leaves; from a screen with unsaved edits (the "12" typed) it asks first, and Enter discards. */
    private void leavesAskingFirstIfEdited() throws Exception {
        Screen.await(() -> fx(() -> stage.getScene().lookup(".start-button") != null || questionShown()));
        if (fx(this::questionShown)) {
            press(ENTER);
        }
        leaves();
    }

    private boolean questionShown() {
        return stage.getScene().getRoot().lookupAll(".confirm-backdrop").stream().anyMatch(Node::isVisible);
    }

    /** Back to a known start after a key did what it must not: no question left open, the start screen. */
    private void recover() throws Exception {
        while (fx(() -> stage.getScene().getRoot().lookupAll(".confirm-backdrop").stream().anyMatch(Node::isVisible))) {
            press(ESCAPE);
        }
        onFx(() -> shell.window().showHome());
        if (fx(this::questionShown)) {
            press(ENTER); // unsaved edits: discard them to get out
        }
    }

    private void press(Key key) {
        onFx(() -> send(key));
    }

    /** Pressed, typed, released, each to whatever has the focus then, as the scene sends them (Ctrl: Linux's shortcut). */
    private void send(Key key) {
        fire(new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, key.typed(), key.code(), false,
                key.shortcut(), false, false));
        if (!key.typed().isEmpty()) {
            fire(new KeyEvent(KeyEvent.KEY_TYPED, key.typed(), "", KeyCode.UNDEFINED, false, key.shortcut(), false,
                    false));
        }
        fire(new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, key.typed(), key.code(), false,
                key.shortcut(), false, false));
    }

    private void fire(KeyEvent event) {
        Node owner = stage.getScene().getFocusOwner();
        EventTarget target = owner == null ? stage.getScene() : owner;
        Event.fireEvent(target, event);
    }

    /** On the JavaFX thread, as the two below. */
    private int sessionRows() {
        // -1 until the history screen is up (its rows come a pulse or two after it is asked for)
        return stage.getScene().lookup(".session-list") instanceof javafx.scene.control.TableView<?> list
                ? list.getItems().size() : -1;
    }

    private String label(String query) {
        return ((Labeled) stage.getScene().lookup(query)).getText();
    }

    private void awaitShown(String query) throws Exception {
        Screen.await(() -> stage.getScene().lookup(query) != null);
    }

    private static void onFx(Runnable work) {
        fx(() -> {
            work.run();
            return null;
        });
    }

    private static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
