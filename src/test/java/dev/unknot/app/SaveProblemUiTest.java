package dev.unknot.app;

import dev.unknot.domain.FakeClock;
import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.SessionStatus;
import dev.unknot.storage.LockHolder;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.unknot.app.Screen.await;
import static dev.unknot.app.Screen.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the person sees while the log cannot be written during a session (issue 7): the storage's plain words as a
 * banner on the session screen while the timer goes on, the banner gone once writing works again, and every second
 * in the log. The fault is the one the app test can cause without reaching into storage: another process holds the
 * log (the {@link LockHolder} child, as a second Unknot window would) from before the app starts until mid-session.
 * The storage tests cover the other faults' messages word for word (StorageFaultTest); this one covers the way from
 * the storage's status listener through the Shell to the screen.
 */
@ExtendWith(ApplicationExtension.class)
class SaveProblemUiTest {
    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    @TempDir
    static Path dir;
    private static Path db;
    private static Process other;

    private final FakeClock clock = new FakeClock();
    private Shell shell;

    /** Before the app starts: another process takes the log and says so. */
    @BeforeAll
    static void anotherProcessHoldsTheLog() throws Exception {
        db = dir.resolve("unknot.db").toAbsolutePath();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        other = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("locked", CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(60, TimeUnit.SECONDS));
    }

    @AfterAll
    static void stopTheOtherProcess() throws InterruptedException {
        if (other != null && other.isAlive()) {
            other.destroyForcibly();
            other.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Start
    void start(Stage stage) {
        shell = app.on(db).clock(clock).routines(AppUnderTest.ONE_TARGET).start(stage);
    }

    @Test
    void theSessionScreenSaysWhyNothingIsSavedKeepsTimeAndClearsOnceTheLogIsWrittenWithEverySecond(FxRobot robot)
            throws Exception {
        await(() -> shell.storage().ready().isCompletedExceptionally());
        robot.type(KeyCode.ENTER);
        await(() -> text(robot, ".phase-label").equals("Get into position"));
        clock.advanceSeconds(10);
        await(() -> text(robot, ".phase-label").equals("Work"));

        String message = "Unknot cannot save to " + db + ": Unknot is already running in another window and using "
                + "this file. Your session keeps running and will be saved as soon as saving works again.";
        await(() -> robot.lookup(".save-problem").query().isVisible());
        assertEquals(message, text(robot, ".save-problem"));

        clock.advanceSeconds(40); // the timer goes on, and the checkpoints in between fail quietly
        await(() -> text(robot, ".countdown").equals("4:20"));
        assertEquals(message, text(robot, ".save-problem"));

        try (OutputStream in = other.getOutputStream()) {
            in.write('\n'); // the other process lets go
        }
        assertTrue(other.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, other.exitValue());

        clock.advanceSeconds(15); // the next checkpoint
        await(() -> !robot.lookup(".save-problem").query().isVisible());
        assertEquals("", text(robot, ".save-problem"));

        shell.storage().flush().get(10, TimeUnit.SECONDS);
        List<LoggedSession> logged = shell.storage().sessions().recent(10).get(10, TimeUnit.SECONDS);
        assertEquals(1, logged.size());
        assertEquals(SessionStatus.RUNNING, logged.get(0).status());
        assertEquals(55, logged.get(0).doneSeconds(), "40 + 15 seconds of work, none lost to the fault");
    }
}
