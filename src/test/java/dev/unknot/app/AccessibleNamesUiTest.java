package dev.unknot.app;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.FakeClock;
import dev.unknot.domain.TargetCatalogue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
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
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import static dev.unknot.app.Screen.await;
import static dev.unknot.app.Screen.awaitLog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks every screen by keyboard and checks that Tab reaches each control, and that each has a name a screen
 * reader can say: its accessible text, a label that is {@code labelFor} it, or (for a button, check box and the like)
 * its own words. A control named only by a symbol or a key ("◀ P", "Esc") needs an accessible text.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesUiTest {
    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final BuiltInRoutines ROUTINES = new BuiltInRoutines(new TargetCatalogue());

    @TempDir
    Path dir;
    private final FakeClock clock = new FakeClock();
    private Stage stage;
    private Shell shell;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path db = dir.resolve("names.db");
        SeededLog.session(db, ZONE, Instant.parse("2026-11-20T08:00:00Z"), ROUTINES.defaultRoutine(), 600,
                OptionalInt.of(6), OptionalInt.of(3), "easier");
        shell = app.on(db).clock(clock).zone(ZONE).builtIns((catalogue, settings, ql) -> ROUTINES.all()).start(stage);
    }

    @Test
    void everyControlOnEveryScreenHasANameAndIsReachedByTab(FxRobot robot) throws Exception {
        awaitLog(shell);
        List<String> unnamed = new ArrayList<>();
        List<String> unreached = new ArrayList<>();
        int[] checked = {0};

        await(() -> robot.lookup(".start-button").tryQuery().isPresent());
        tabThrough("start screen", collect("start screen", unnamed, checked), unreached);
        robot.clickOn(".spasm-button");
        await(() -> robot.lookup(".record-spasm").query().isVisible());
        tabThrough("spasm form", collect("start screen, spasm form", unnamed, checked), unreached);

        for (Object[] screen : new Object[][] {
                {KeyCode.H, ".session-list", "history"},
                {KeyCode.I, ".insights-page", "insights"},
                {KeyCode.R, ".routine-editor-layout", "routines"},
                {KeyCode.COMMA, ".settings-page", "settings"}}) {
            robot.press(KeyCode.CONTROL).type((KeyCode) screen[0]).release(KeyCode.CONTROL);
            await(() -> robot.lookup((String) screen[1]).tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            tabThrough((String) screen[2], collect((String) screen[2], unnamed, checked), unreached);
        }

        robot.type(KeyCode.ESCAPE);
        await(() -> robot.lookup(".start-button").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        await(() -> robot.lookup(".countdown").tryQuery().isPresent());
        collect("session", unnamed, checked);
        clock.advanceSeconds(15); // some work, so the session is kept and its summary shows
        robot.type(KeyCode.ESCAPE).type(KeyCode.ENTER);
        await(() -> robot.lookup(".summary-title").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        tabThrough("summary", collect("summary", unnamed, checked), unreached);

        assertEquals(List.of(), unnamed);
        assertEquals(List.of(), unreached);
        assertTrue(checked[0] > 40, "walked " + checked[0] + " controls");
    }

    @Test
    void theMenuKeysWorkWhileTypingInAField(FxRobot robot) throws Exception {
        awaitLog(shell);
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        await(() -> stage.getScene().getFocusOwner() instanceof javafx.scene.control.TextField);
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        await(() -> robot.lookup(".session-list").tryQuery().isPresent());
        robot.clickOn(".filter-from");
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        await(() -> robot.lookup(".insights-page").tryQuery().isPresent());
    }

    /** Every reachable control on the screen now, with what it lacks. */
    private List<Control> collect(String screen, List<String> unnamed, int[] checked) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Parent root = stage.getScene().getRoot();
            Map<Node, Label> labelled = new IdentityHashMap<>();
            List<Control> controls = new ArrayList<>();
            walk(root, controls, labelled);
            for (Control c : controls) {
                checked[0]++;
                if (!named(c, labelled)) {
                    unnamed.add(screen + ": " + c.getClass().getSimpleName() + " " + c.getStyleClass()
                            + (c instanceof Labeled l ? " \"" + l.getText() + "\"" : ""));
                }
            }
            return controls;
        }).get(10, TimeUnit.SECONDS);
    }

    /**
     * Presses Tab once more than there are controls and notes which ones got the focus (a date picker's or combo
     * box's own field counts for it): every control must be reached, so nothing needs the mouse.
     */
    private void tabThrough(String screen, List<Control> controls, List<String> unreached) throws Exception {
        java.util.Set<Control> reached = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        // Tab pressed on whatever has the focus, as the keyboard would, all in one go on the JavaFX thread.
        WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 0; i <= controls.size(); i++) {
                Node owner = stage.getScene().getFocusOwner();
                javafx.event.Event.fireEvent(owner == null ? stage.getScene().getRoot() : owner,
                        new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB,
                                false, false, false, false));
                for (Node n = stage.getScene().getFocusOwner(); n != null; n = n.getParent()) {
                    if (n instanceof Control c) {
                        reached.add(c);
                    }
                }
            }
        }).get(10, TimeUnit.SECONDS);
        // A disabled control takes no focus; in a toggle group Tab stops once and the arrow keys choose.
        controls.stream().filter(c -> !c.isDisabled() && !reached.contains(c) && !groupReached(c, reached))
                .forEach(c -> unreached.add(screen + ": " + c.getClass().getSimpleName() + " " + c.getStyleClass()));
    }

    private static void walk(Node node, List<Control> controls, Map<Node, Label> labelled) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Label label && label.getLabelFor() != null) {
            labelled.put(label.getLabelFor(), label);
        }
        if (node instanceof Control c && c.isFocusTraversable()) {
            controls.add(c);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> walk(child, controls, labelled));
        }
    }

    private static boolean groupReached(Control c, java.util.Set<Control> reached) {
        return c instanceof javafx.scene.control.Toggle t && t.getToggleGroup() != null
                && reached.stream().anyMatch(r -> r instanceof javafx.scene.control.Toggle o
                && o.getToggleGroup() == t.getToggleGroup());
    }

    private static boolean named(Control c, Map<Node, Label> labelled) {
        if (c.getAccessibleText() != null && !c.getAccessibleText().isBlank()) {
            return true;
        }
        if (labelled.containsKey(c)) {
            return true;
        }
        // A button's own words are what a screen reader says; a symbol or a key alone is not a name.
        return c instanceof Labeled l && !(c instanceof Label) && l.getText() != null
                && l.getText().matches(".*\\p{L}{3,}.*");
    }
}
