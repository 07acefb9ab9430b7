package dev.unknot.app;

import static dev.unknot.app.Screen.await;
import static dev.unknot.app.Screen.awaitLog;
import static dev.unknot.app.Screen.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.domain.FakeClock;
import dev.unknot.domain.Routine;
import dev.unknot.domain.Sides;
import dev.unknot.domain.Step;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;
import dev.unknot.ui.WindowPlace;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
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

/** The mini timer shows the running session over other windows, takes its keys, and is remembered. */
@ExtendWith(ApplicationExtension.class)
class MiniTimerUiTest {
    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();
    private static final TargetCatalogue CATALOGUE = new TargetCatalogue();
    private static final Routine PIRIFORMIS = new Routine("test:piri", "Piriformis", List.of(
            new Step(CATALOGUE.byId(TargetCatalogue.PIRIFORMIS), Tool.LACROSSE_BALL, Sides.BOTH, 5)), false);

    @TempDir
    Path dir;
    private final FakeClock clock = new FakeClock();
    private Shell shell;
    private Path db;

    @Start
    void start(Stage stage) {
        db = dir.resolve("mini.db");
        shell = app.on(db).clock(clock).routines(PIRIFORMIS).start(stage);
    }


    private static String miniText(Stage mini, String query) {
        Node node = mini.getScene().getRoot().lookup(query);
        return ((Label) node).getText();
    }

    @Test
    void mShowsTheSameSessionOnTopAndItsButtonsDriveIt(FxRobot robot) throws Exception {
        awaitLog(shell);
        robot.type(KeyCode.ENTER);
        await(() -> text(robot, ".phase-label").equals("Get into position"));
        clock.advanceSeconds(10 + 15);
        await(() -> text(robot, ".countdown").equals("4:45"));

        robot.type(KeyCode.M);
        await(() -> shell.window().miniTimer() != null && shell.window().miniTimer().stage().isShowing());
        Stage mini = shell.window().miniTimer().stage();
        assertTrue(mini.isAlwaysOnTop());
        assertEquals("4:45", miniText(mini, ".mini-countdown"));
        assertEquals("Piriformis · Left side", miniText(mini, ".mini-target"));
        assertEquals("Work", miniText(mini, ".mini-phase"));

        clock.advanceSeconds(45);
        await(() -> miniText(mini, ".mini-countdown").equals("4:00") && text(robot, ".countdown").equals("4:00"));

        WaitForAsyncUtils.asyncFx(mini::requestFocus).get(10, TimeUnit.SECONDS); // as a click on it would
        robot.type(KeyCode.SPACE); // with the mini timer focused, its keys are the session's
        await(() -> text(robot, ".phase-label").equals("Paused") && miniText(mini, ".mini-phase").equals("Paused"));
        robot.type(KeyCode.SPACE);
        await(() -> text(robot, ".phase-label").equals("Work"));
        robot.type(KeyCode.N);
        await(() -> text(robot, ".phase-label").equals("Switch sides")
                && miniText(mini, ".mini-target").equals("Piriformis · Right side"));
        robot.type(KeyCode.ESCAPE); // asks on the session screen, as Escape does there...
        await(() -> robot.lookup(".confirm-backdrop").query().isVisible());
        robot.type(KeyCode.ESCAPE); // ...and Escape again keeps going
        await(() -> !robot.lookup(".confirm-backdrop").query().isVisible());
        assertTrue(mini.isShowing());
        robot.type(KeyCode.M);
        await(() -> !mini.isShowing());

        WindowPlacesFile kept = new WindowPlacesFile(WindowPlacesFile.besideLog(db));
        assertFalse(kept.isOpen("mini"));
        assertTrue(kept.place("mini").isPresent(), "where it was is kept for next time");
    }

    @Test
    void theMiniTimerComesBackOpenAtItsPlaceAndTheMainWindowAtItsSize(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shell.close()).get(10, TimeUnit.SECONDS); // it keeps its own place...
        WindowPlacesFile places = new WindowPlacesFile(WindowPlacesFile.besideLog(db)); // ...which these replace
        places.keepOpen("mini", true);
        places.keepPlace("mini", new WindowPlace(30, 40, 300, 180, false, false));
        places.keepPlace("main", new WindowPlace(5, 6, 900, 640, false, false));
        Stage[] second = new Stage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            second[0] = new Stage();
            shell = app.on(db).clock(clock).routines(PIRIFORMIS).start(second[0]);
        }).get(10, TimeUnit.SECONDS);
        assertEquals(900, second[0].getWidth(), 0.5);
        assertEquals(640, second[0].getHeight(), 0.5);
        awaitLog(shell);

        WaitForAsyncUtils.asyncFx(() -> second[0].requestFocus()).get(10, TimeUnit.SECONDS);
        robot.type(KeyCode.ENTER);
        await(() -> shell.window().miniTimer() != null && shell.window().miniTimer().stage().isShowing());
        Stage mini = shell.window().miniTimer().stage();
        assertEquals(Optional.of(30.0), Optional.of(mini.getX()));
        assertEquals(40, mini.getY(), 0.5);
        WaitForAsyncUtils.asyncFx(() -> {
            second[0].close();
            return null;
        }).get(10, TimeUnit.SECONDS);
    }
}
