package dev.unknot.app;

import static dev.unknot.app.Screen.await;
import static dev.unknot.app.Screen.awaitLog;
import static dev.unknot.app.Screen.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unknot.domain.FakeClock;
import dev.unknot.domain.LoggedSession;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

/** After a session, one strengthening exercise timed 3 × 30 s from the summary, by mouse and keys, on a fake clock. */
@ExtendWith(ApplicationExtension.class)
class StrengtheningUiTest {
    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    @TempDir
    static Path dir;
    private final FakeClock clock = new FakeClock();
    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = app.on(dir.resolve("strength-" + System.nanoTime() + ".db")).clock(clock).routines(AppUnderTest.ONE_TARGET).start(stage);
    }

    @Test
    void aTimedExerciseRunsItsSetsAndRestsAndComesBackToTheSameSummary(FxRobot robot) throws Exception {
        awaitLog(shell);
        robot.type(KeyCode.ENTER);
        await(() -> text(robot, ".phase-label").equals("Get into position"));
        clock.advanceSeconds(10 + 60);
        await(() -> text(robot, ".countdown").equals("4:00"));
        robot.type(KeyCode.ESCAPE).type(KeyCode.ENTER);
        await(() -> robot.lookup(".summary-title").tryQuery().isPresent());
        robot.clickOn(".session-note").write("Bird dog next");

        robot.clickOn(".show-strengthening"); // opens the list and scrolls to it, below the targets
        await(() -> robot.lookup(".strengthen-one").query().isVisible());
        javafx.scene.Node birdDog = robot.lookup(".strengthen-one")
                .match(n -> n.getAccessibleText().startsWith("Time Bird dog")).query();
        // The button scrolls the page to the list once it has opened: click only when it has come to rest in view.
        await(() -> {
            javafx.geometry.Bounds b = birdDog.localToScene(birdDog.getBoundsInLocal());
            return b.getMinY() >= 0 && b.getMaxY() <= birdDog.getScene().getHeight() - 60;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(birdDog);
        await(() -> text(robot, ".phase-label").equals("Get ready"));
        assertEquals("Bird dog", text(robot, ".target-name"));
        assertEquals("Set 1 of 3 · 30 s", text(robot, ".exercise-set"));
        assertEquals("0:10", text(robot, ".countdown"));

        clock.advanceSeconds(10);
        await(() -> text(robot, ".phase-label").equals("Work") && text(robot, ".countdown").equals("0:30"));
        assertEquals("Next: 30 s rest, then set 2", text(robot, ".next-up"));
        clock.advanceSeconds(30);
        await(() -> text(robot, ".phase-label").equals("Rest") && text(robot, ".countdown").equals("0:30"));
        assertEquals("Set 2 of 3 · 30 s", text(robot, ".exercise-set"));
        assertEquals("Set 2 starts after the rest", text(robot, ".next-up"));

        robot.type(KeyCode.SPACE);
        await(() -> text(robot, ".phase-label").equals("Paused"));
        clock.advanceSeconds(120);
        robot.type(KeyCode.SPACE);
        await(() -> text(robot, ".phase-label").equals("Rest") && text(robot, ".countdown").equals("0:30"));
        robot.type(KeyCode.N); // rested enough
        await(() -> text(robot, ".phase-label").equals("Work")
                && text(robot, ".exercise-set").equals("Set 2 of 3 · 30 s"));
        clock.advanceSeconds(30);
        await(() -> text(robot, ".phase-label").equals("Rest"));

        robot.type(KeyCode.ESCAPE);
        await(() -> robot.lookup(".strength-result").tryQuery().isPresent()
                && text(robot, ".strength-result").equals("Strengthening: 2 of 3 sets done."));
        assertEquals("Bird dog next", robot.lookup(".session-note").queryAs(TextField.class).getText(),
                "the summary comes back as it was left");

        shell.storage().flush().get(10, TimeUnit.SECONDS);
        List<LoggedSession> logged = shell.storage().sessions().recent(10).get(10, TimeUnit.SECONDS);
        assertEquals(1, logged.size(), "the strengthening block is not an SMR session");
        assertEquals(60, logged.get(0).doneSeconds());
        assertEquals("Bird dog next", logged.get(0).note(), "the note was saved before the block began");

        robot.type(KeyCode.ENTER);
        await(() -> robot.lookup(".start-button").tryQuery().isPresent());
    }

    @Test
    void sThenEnterTimesAllFourByKeyboardAlone(FxRobot robot) throws Exception {
        awaitLog(shell);
        robot.type(KeyCode.ENTER);
        await(() -> text(robot, ".phase-label").equals("Get into position"));
        clock.advanceSeconds(15); // some work, so the session is kept and its summary shows
        robot.type(KeyCode.ESCAPE).type(KeyCode.ENTER);
        await(() -> robot.lookup(".summary-title").tryQuery().isPresent());

        robot.type(KeyCode.S);
        await(() -> robot.lookup(".strengthen-all").query().isFocused());
        robot.type(KeyCode.ENTER);

        await(() -> text(robot, ".phase-label").equals("Get ready"));
        assertEquals("Bird dog", text(robot, ".target-name"));
        assertEquals("11:40 left", text(robot, ".session-remaining"));
        clock.advanceSeconds(10 + 30 + 30 + 30 + 30 + 30);
        await(() -> text(robot, ".target-name").equals("8-point plank") && text(robot, ".phase-label").equals("Get ready"));
        robot.type(KeyCode.ESCAPE);
        await(() -> robot.lookup(".strength-result").tryQuery().isPresent()
                && text(robot, ".strength-result").equals("Strengthening: 3 of 12 sets done."));
    }
}
