package dev.unknot.app;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.FakeClock;
import dev.unknot.domain.TargetCatalogue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
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

import static dev.unknot.app.Screen.await;
import static dev.unknot.app.Screen.awaitLog;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An 800x560 window: the start screen previews most of a routine; the summary shows rating and note at once. */
@ExtendWith(ApplicationExtension.class)
class SmallWindowUiTest {
    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();
    private static final BuiltInRoutines ROUTINES = new BuiltInRoutines(new TargetCatalogue());

    @TempDir
    Path dir;
    private final FakeClock clock = new FakeClock();
    private Shell shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = app.on(dir.resolve("small.db")).clock(clock).builtIns((catalogue, settings, ql) -> ROUTINES.all()).start(stage);
        stage.setWidth(800);
        stage.setHeight(560);
    }

    @Test
    void theStartScreenShowsAtLeastFourStepsOfLowBackWhole(FxRobot robot) throws Exception {
        awaitLog(shell);
        await(() -> robot.lookup(".step-entry").queryAll().size() == 5);
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane scroll = robot.lookup(".step-scroll").queryAs(ScrollPane.class);
        Bounds viewport = scroll.localToScene(scroll.getBoundsInLocal());
        long whole = robot.lookup(".step-entry").queryAll().stream()
                .filter(entry -> within(entry.localToScene(entry.getBoundsInLocal()), viewport)).count();
        assertTrue(whole >= 4, "steps seen whole: " + whole + " of 5");
        assertTrue(within(scene(robot.lookup(".start-button").query()), sceneBounds()), "Start stays in view");
    }

    @Test
    void theSummaryShowsPainAfterAndTheNoteWithoutScrolling(FxRobot robot) throws Exception {
        awaitLog(shell);
        robot.type(KeyCode.ENTER);
        await(() -> robot.lookup(".countdown").tryQuery().isPresent());
        clock.advanceSeconds(15);
        robot.type(KeyCode.ESCAPE).type(KeyCode.ENTER);
        await(() -> robot.lookup(".summary-title").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        Bounds window = sceneBounds();
        assertTrue(within(scene(robot.lookup(".session-note").query()), window), "the note field is in view");
        Node lastScore = robot.lookup(".pain-score").match(n -> "Pain after 10 of 10".equals(n.getAccessibleText()))
                .query();
        assertTrue(within(scene(lastScore), window), "pain after is in view");
    }

    private Bounds sceneBounds() {
        return new javafx.geometry.BoundingBox(0, 0, stage.getScene().getWidth(), stage.getScene().getHeight());
    }

    private static Bounds scene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    private static boolean within(Bounds inner, Bounds outer) {
        return inner.getMinY() >= outer.getMinY() - 1 && inner.getMaxY() <= outer.getMaxY() + 1
                && inner.getMinX() >= outer.getMinX() - 1 && inner.getMaxX() <= outer.getMaxX() + 1;
    }
}
