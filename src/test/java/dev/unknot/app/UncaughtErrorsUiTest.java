package dev.unknot.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.unknot.app.Screen.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The handler as the bootstrap installs it: an exception thrown on the JavaFX thread and one on a thread of its own
 * are both written to the errors file, and the person sees one plain dialog, not one per error.
 */
@ExtendWith(ApplicationExtension.class)
class UncaughtErrorsUiTest {
    @TempDir
    Path dir;
    private Stage stage;
    private AutoCloseable installed;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("Unknot"), 400, 300));
        stage.show();
    }

    @AfterEach
    void putBackTheHandlers() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            if (installed != null) {
                installed.close();
            }
            List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
            return null;
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void anErrorOnTheJavaFxThreadAndOneOnAnotherAreWrittenDownAndToldInOneDialog(FxRobot robot) throws Exception {
        UncaughtErrors errors = new UncaughtErrors(UncaughtErrors.besideLog(dir.resolve("unknot.db")),
                Clock.systemUTC(), UncaughtErrors.alertOver(() -> stage));
        installed = WaitForAsyncUtils.asyncFx(errors::install).get(10, TimeUnit.SECONDS);

        Platform.runLater(() -> {
            throw new IllegalStateException("thrown on the JavaFX thread");
        });
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("thrown on a worker");
        }, "unknot-test-worker");
        worker.start();
        worker.join(10_000);

        await(() -> Files.exists(errors.file()) && Files.readString(errors.file()).contains("thrown on a worker")
                && Files.readString(errors.file()).contains("thrown on the JavaFX thread"));
        String written = Files.readString(errors.file());
        assertTrue(written.contains("uncaught in thread \"JavaFX Application Thread\"\n"
                + "java.lang.IllegalStateException: thrown on the JavaFX thread"), written);
        assertTrue(written.contains("uncaught in thread \"unknot-test-worker\"\n"
                + "java.lang.IllegalStateException: thrown on a worker"), written);

        await(() -> robot.lookup(".uncaught-error").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.lookup(".uncaught-error").queryAll().size(), "one dialog for both errors");
        assertTrue(robot.lookup(".uncaught-error .content").queryLabeled().getText()
                .contains("The details are in " + errors.file()));
    }
}
