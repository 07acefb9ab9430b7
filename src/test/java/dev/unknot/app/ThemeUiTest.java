package dev.unknot.app;

import dev.unknot.domain.FakeClock;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Theme;
import dev.unknot.ui.theme.Appearance;
import javafx.application.Application;
import javafx.scene.Scene;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.unknot.app.Screen.await;
import static dev.unknot.app.Screen.awaitLog;
import static dev.unknot.app.Screen.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The theme chosen in settings dresses the whole window at once, is saved, and is the first thing seen next time. */
@ExtendWith(ApplicationExtension.class)
class ThemeUiTest {
    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();
    private static final TargetCatalogue CATALOGUE = new TargetCatalogue();

    @TempDir
    Path dir;
    private final FakeClock clock = new FakeClock();
    private Stage stage;
    private Shell shell;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = newShell();
        shell.start(stage);
    }

    private Shell newShell() {
        return app.on(dir.resolve("theme.db")).clock(clock).build();
    }

    @Test
    void aFreshLogStartsDark(FxRobot robot) throws Exception {
        awaitLog(shell);
        Scene scene = stage.getScene();
        assertWears(Theme.DARK, scene.getStylesheets(), scene.getRoot().getStyleClass());
    }

    @Test
    void lightChosenInSettingsIsSavedAppliedAtOnceAndFirstOnScreenAfterARestart(FxRobot robot) throws Exception {
        awaitLog(shell);
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        await(() -> robot.lookup(".theme-light-option").tryQuery().isPresent());

        robot.clickOn(".theme-light-option");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        await(() -> text(robot, ".settings-message").startsWith("Saved"));

        assertEquals(Theme.LIGHT, shell.storage().settings().load().get(10, TimeUnit.SECONDS).theme());
        Scene scene = stage.getScene();
        await(() -> shell.appearance().themeProperty().get() == Theme.LIGHT);
        assertWears(Theme.LIGHT, scene.getStylesheets(), scene.getRoot().getStyleClass());
        assertEquals(Appearance.userAgentStylesheet(Theme.LIGHT), Application.getUserAgentStylesheet());

        // Restart on the same log: what the first frame wears is read before anything settles.
        List<List<String>> firstFrame = WaitForAsyncUtils.asyncFx(() -> {
            shell.close();
            shell = newShell();
            shell.start(stage);
            Scene restarted = stage.getScene();
            return List.of(List.copyOf(restarted.getStylesheets()), List.copyOf(restarted.getRoot().getStyleClass()));
        }).get(10, TimeUnit.SECONDS);
        assertWears(Theme.LIGHT, firstFrame.get(0), firstFrame.get(1));
        assertEquals(Appearance.userAgentStylesheet(Theme.LIGHT), Application.getUserAgentStylesheet());
    }

    private static void assertWears(Theme theme, List<String> stylesheets, List<String> rootClasses) {
        Theme other = theme == Theme.DARK ? Theme.LIGHT : Theme.DARK;
        assertTrue(stylesheets.contains(Appearance.MAIN), "Unknot's stylesheet: " + stylesheets);
        assertTrue(stylesheets.contains(Appearance.palette(theme)), theme + " palette: " + stylesheets);
        assertFalse(stylesheets.contains(Appearance.palette(other)), "no " + other + " palette: " + stylesheets);
        assertTrue(rootClasses.contains(Appearance.styleClass(theme)), "root marked " + theme + ": " + rootClasses);
        assertFalse(rootClasses.contains(Appearance.styleClass(other)), "root not marked " + other + ": " + rootClasses);
    }
}
