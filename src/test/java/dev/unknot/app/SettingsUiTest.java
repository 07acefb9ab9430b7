package dev.unknot.app;

import dev.unknot.domain.FakeClock;
import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.ui.sound.SilentCuePlayer;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings by keyboard: a wrong value is explained and not saved; a right one reaches the next session and the log. */
@ExtendWith(ApplicationExtension.class)
class SettingsUiTest {
    private static final TargetCatalogue CATALOGUE = new TargetCatalogue();

    @TempDir
    Path dir;
    private final FakeClock clock = new FakeClock();
    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = new Shell(new AppConfig(dir.resolve("settings.db"), clock, Clock.systemUTC(), ZoneId.of("Europe/Berlin"),
                AppConfig.BuiltIns.guide(CATALOGUE), 10, 20, SilentCuePlayer::new));
        shell.start(stage);
    }

    @AfterEach
    void closeShell() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shell.close()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void piriformisAtTwelveMinutesByKeyboardReachesTheSessionAndTheLog(FxRobot robot) throws Exception {
        await(() -> shell.storage() != null);
        shell.storage().ready().get(10, TimeUnit.SECONDS);
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        await(() -> robot.lookup(".minutes-piriformis").tryQuery().isPresent()
                && "5".equals(robot.lookup(".minutes-piriformis").queryAs(TextField.class).getText()));

        robot.clickOn(".minutes-piriformis");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("45");
        await(() -> errors(robot).stream().anyMatch(e -> e.contains("from 5 to 30 (got 45)")));
        robot.type(KeyCode.ENTER);
        await(() -> text(robot, ".settings-message").startsWith("Nothing was saved"));
        assertEquals(5, shell.storage().loadSettings(CATALOGUE).get(10, TimeUnit.SECONDS)
                .minutesFor(CATALOGUE.byId("piriformis")));

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("12");
        await(() -> errors(robot).stream().allMatch(String::isEmpty));
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        await(() -> text(robot, ".settings-message").startsWith("Saved"));
        assertEquals(12, shell.storage().loadSettings(CATALOGUE).get(10, TimeUnit.SECONDS)
                .minutesFor(CATALOGUE.byId("piriformis")));

        robot.type(KeyCode.ESCAPE);
        await(() -> robot.lookup(".start-button").tryQuery().isPresent());
        assertTrue(robot.lookup(".step-cell").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("Lacrosse ball  ·  12 min each side")));

        robot.type(KeyCode.ENTER);
        await(() -> "Get into position".equals(text(robot, ".phase-label")));
        robot.type(KeyCode.ESCAPE).type(KeyCode.ENTER);
        await(() -> robot.lookup(".summary-title").tryQuery().isPresent());
        shell.storage().flush().get(10, TimeUnit.SECONDS);
        LoggedSession logged = shell.storage().recent(1).get(10, TimeUnit.SECONDS).get(0);
        assertEquals(720, logged.steps().stream().filter(s -> s.targetId().equals("piriformis"))
                .findFirst().orElseThrow().plannedSeconds());
    }

    private static List<String> errors(FxRobot robot) {
        return robot.lookup(".field-error").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
