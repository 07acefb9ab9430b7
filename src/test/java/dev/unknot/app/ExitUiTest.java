package dev.unknot.app;

import dev.unknot.domain.FakeClock;
import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.SessionStatus;
import dev.unknot.storage.Storage;
import dev.unknot.storage.TestLogs;
import dev.unknot.storage.StorageStatusListener;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.unknot.app.Screen.await;
import static dev.unknot.app.Screen.awaitLog;
import static dev.unknot.app.Screen.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Leaving the app mid-session (issue 11): closing the window and Ctrl+Q end the session early with every second
 * worked, not just the seconds of its last checkpoint, and close the log. Checked the way the next start would see
 * it: the log opened afresh after the app let it go.
 */
@ExtendWith(ApplicationExtension.class)
class ExitUiTest {
    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    @TempDir
    static Path dir;
    private final FakeClock clock = new FakeClock();
    private Path db;
    private Stage stage;
    private Shell shell;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        db = dir.resolve("exit-" + System.nanoTime() + ".db");
        shell = app.on(db).clock(clock).routines(AppUnderTest.ONE_TARGET).start(stage);
    }


    /** Starts the routine and works 42 s: the log's last checkpoint has 30 of them. */
    private void work42Seconds(FxRobot robot) throws Exception {
        awaitLog(shell);
        robot.type(KeyCode.ENTER);
        await(() -> text(robot, ".phase-label").equals("Get into position"));
        clock.advanceSeconds(10);
        await(() -> text(robot, ".phase-label").equals("Work"));
        clock.advanceSeconds(42);
        await(() -> text(robot, ".countdown").equals("4:18"));
    }

    @Test
    void closingTheWindowMidSessionLogsItEndedEarlyWithEverySecondWorked(FxRobot robot) throws Exception {
        work42Seconds(robot);

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        await(() -> !stage.isShowing());
        assertEndedEarlyAfter42Seconds();
    }

    @Test
    void ctrlQMidSessionLogsItEndedEarlyWithEverySecondWorked(FxRobot robot) throws Exception {
        work42Seconds(robot);

        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);

        await(() -> !stage.isShowing());
        assertEndedEarlyAfter42Seconds();
    }

    /**
     * The window may outlive the app (a test's stage is shown again for the next app): once closed, the app no longer
     * writes the window's place into its folder, which may be gone by then (a test's temp folder, made again).
     */
    @Test
    void aClosedAppNoLongerWritesTheWindowPlaceWhenItsWindowHides() throws Exception {
        awaitLog(shell);
        Path places = WindowPlacesFile.besideLog(db);
        WaitForAsyncUtils.asyncFx(() -> shell.close()).get(10, TimeUnit.SECONDS);
        assertTrue(Files.deleteIfExists(places), "the place is kept as the app closes");

        WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);

        assertFalse(Files.exists(places), "written after the app closed");
    }

    /** Opens the log as the next start would: possible only once the app has let it go. */
    private void assertEndedEarlyAfter42Seconds() throws Exception {
        try (Storage next = TestLogs.open(db, Clock.systemUTC(), ZoneId.of("Europe/Berlin"), StorageStatusListener.NONE)) {
            next.ready().get(10, TimeUnit.SECONDS);
            List<LoggedSession> sessions = next.sessions().recent(10).get(10, TimeUnit.SECONDS);
            assertEquals(1, sessions.size());
            LoggedSession logged = sessions.get(0);
            assertEquals(SessionStatus.ENDED_EARLY, logged.status());
            assertTrue(logged.endedAt().isPresent());
            assertEquals(42, logged.doneSeconds(), "every second worked, not the last checkpoint's 30");
        }
    }
}
