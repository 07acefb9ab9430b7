package dev.unknot.app;

import dev.unknot.domain.FakeClock;
import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.LoggedStep;
import dev.unknot.domain.Routine;
import dev.unknot.domain.SessionStatus;
import dev.unknot.domain.Sides;
import dev.unknot.domain.Step;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;
import javafx.scene.Node;
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
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import static dev.unknot.app.Screen.await;
import static dev.unknot.app.Screen.awaitLog;
import static dev.unknot.app.Screen.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real application, wired with a fake clock and a temp database, driven by the keyboard the way a person
 * on a roller would (one key to start), then checked on screen and in the log.
 */
@ExtendWith(ApplicationExtension.class)
class SessionFlowUiTest {
    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();
    private static final TargetCatalogue CATALOGUE = new TargetCatalogue();
    /** Two targets: piriformis left and right, then the TLF centrally. */
    private static final Routine TWO_TARGETS = new Routine("test:two", "Two targets", List.of(
            new Step(CATALOGUE.byId(TargetCatalogue.PIRIFORMIS), Tool.LACROSSE_BALL, Sides.BOTH, 5),
            new Step(CATALOGUE.byId(TargetCatalogue.TLF), Tool.FOAM_ROLLER, Sides.CENTRAL, 5)), false);

    @TempDir
    static Path dir;
    private final FakeClock clock = new FakeClock();
    private Shell shell;

    @Start
    void start(Stage stage) {
        Path db = dir.resolve("flow-" + System.nanoTime() + ".db");
        shell = app.on(db).clock(clock).routines(TWO_TARGETS).start(stage);
    }


    /** Starts the routine by Enter, the one key a person on a roller needs: the first target's countdown. */
    private void startByEnter(FxRobot robot) throws Exception {
        awaitLog(shell);
        robot.type(KeyCode.ENTER);
        await(() -> text(robot, ".phase-label").equals("Get into position"));
    }

    /** Starts by Enter and waits out the countdown: the left piriformis's five minutes of work. */
    private void startWorking(FxRobot robot) throws Exception {
        startByEnter(robot);
        clock.advanceSeconds(10);
        await(() -> text(robot, ".phase-label").equals("Work") && text(robot, ".countdown").equals("5:00"));
    }

    /** Works the whole routine (two minutes of the left side, then N) to its summary. */
    private void runToTheSummary(FxRobot robot) throws Exception {
        startWorking(robot);
        clock.advanceSeconds(120);
        await(() -> text(robot, ".countdown").equals("3:00"));
        robot.type(KeyCode.N);
        await(() -> text(robot, ".phase-label").equals("Switch sides"));
        clock.advanceSeconds(10 + 300);
        await(() -> text(robot, ".target-name").startsWith("TLF"));
        clock.advanceSeconds(10 + 300);
        await(() -> robot.lookup(".summary-title").tryQuery().isPresent());
    }

    /**
     * The menu hides during a session and its keys with it: Ctrl+B (back up now) and Ctrl+E (export) opened their
     * dialogs over the running session. Only Quit still works (see ExitUiTest).
     */
    @Test
    void theLogMenusKeysDoNothingDuringASession(FxRobot robot) throws Exception {
        startWorking(robot);
        int windows = robot.listTargetWindows().size();

        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        // A backup or an export would be queued on the storage thread before this; its dialog follows on the UI thread.
        shell.storage().flush().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        // Back up now and Export each answer in a dialog of their own (the day's backup at start says nothing).
        assertEquals(windows, robot.listTargetWindows().size(), "a dialog opened over the session");
        assertEquals("Work", text(robot, ".phase-label"));
    }

    @Test
    void enterStartsTheFirstTargetsFirstSideAndItsWorkFollowsTheCountdown(FxRobot robot) throws Exception {
        startByEnter(robot);
        assertEquals("Piriformis", text(robot, ".target-name"));
        assertEquals("Left side", text(robot, ".target-side"));
        assertEquals("Lacrosse ball", text(robot, ".target-tool"));

        clock.advanceSeconds(10);
        await(() -> text(robot, ".phase-label").equals("Work") && text(robot, ".countdown").equals("5:00"));
    }

    @Test
    void spacePausesAndResumesAndPausedTimeIsNotWorkedTime(FxRobot robot) throws Exception {
        startWorking(robot);
        robot.type(KeyCode.SPACE);
        await(() -> text(robot, ".phase-label").equals("Paused"));
        clock.advanceSeconds(300);
        robot.type(KeyCode.SPACE);
        await(() -> text(robot, ".phase-label").equals("Work") && text(robot, ".countdown").equals("5:00"));
    }

    @Test
    void plusAddsAMinuteToTheSide(FxRobot robot) throws Exception {
        startWorking(robot);
        robot.type(KeyCode.PLUS);
        await(() -> text(robot, ".countdown").equals("6:00"));
    }

    @Test
    void nSkipsTheRestOfTheSideToTheOtherSide(FxRobot robot) throws Exception {
        startWorking(robot);
        robot.type(KeyCode.N);
        await(() -> text(robot, ".phase-label").equals("Switch sides"));
        assertEquals("Right side", text(robot, ".target-side"));
    }

    @Test
    void escapeAsksBeforeEndingAndEscapeAgainKeepsGoing(FxRobot robot) throws Exception {
        startWorking(robot);
        robot.type(KeyCode.ESCAPE);
        await(() -> robot.lookup(".confirm-backdrop").query().isVisible());
        robot.type(KeyCode.ESCAPE);
        await(() -> !robot.lookup(".confirm-backdrop").query().isVisible());
        assertEquals("Work", text(robot, ".phase-label"));
    }

    @Test
    void aRoutineRunToItsEndShowsTheSummaryAndLogsEverySideAsWorked(FxRobot robot) throws Exception {
        runToTheSummary(robot);
        assertTrue(text(robot, ".summary-title").startsWith("Session complete"));

        LoggedSession logged = onlySession();
        assertEquals(SessionStatus.FINISHED, logged.status());
        assertTrue(logged.endedAt().isPresent());
        List<LoggedStep> steps = logged.steps();
        assertEquals(3, steps.size());
        assertStep(steps.get(0), "piriformis", "left", 300, 120);
        assertStep(steps.get(1), "piriformis", "right", 300, 300);
        assertStep(steps.get(2), "tlf", "central", 300, 300);
    }

    @Test
    void enterOnTheSummaryGoesHome(FxRobot robot) throws Exception {
        runToTheSummary(robot);
        robot.type(KeyCode.ENTER);
        await(() -> robot.lookup(".start-button").tryQuery().isPresent());
    }

    @Test
    void escapeThenEnterEndsEarlyAndKeepsTheWorkedSeconds(FxRobot robot) throws Exception {
        startByEnter(robot);
        clock.advanceSeconds(10 + 42);
        await(() -> text(robot, ".countdown").equals("4:18"));

        robot.type(KeyCode.ESCAPE);
        await(() -> robot.lookup(".confirm-backdrop").query().isVisible());
        robot.type(KeyCode.ENTER);
        await(() -> robot.lookup(".summary-title").tryQuery().isPresent());
        assertTrue(text(robot, ".summary-title").startsWith("Session ended early"));

        LoggedSession logged = onlySession();
        assertEquals(SessionStatus.ENDED_EARLY, logged.status());
        assertStep(logged.steps().get(0), "piriformis", "left", 300, 42);
        assertEquals(0, logged.steps().get(1).doneSeconds());
    }

    @Test
    void nextPressedThirtyTimesAsksBeforeEndingAndLogsTheSkipsAsEndedEarly(FxRobot robot) throws Exception {
        startByEnter(robot);
        clock.advanceSeconds(10 + 7);
        await(() -> text(robot, ".countdown").equals("4:53"));
        for (int i = 0; i < 30; i++) {
            robot.type(KeyCode.N);
        }
        await(() -> robot.lookup(".end-confirm").query().isVisible());
        assertEquals("That was the last one. End the session now?", text(robot, ".end-confirm .confirm-question"));
        robot.type(KeyCode.ESCAPE); // keeps going, on the last step's work
        await(() -> !robot.lookup(".end-confirm").query().isVisible());
        assertEquals("Work", text(robot, ".phase-label"));
        assertTrue(text(robot, ".target-name").startsWith("TLF"));

        robot.type(KeyCode.N).type(KeyCode.ENTER);
        await(() -> robot.lookup(".summary-title").tryQuery().isPresent());
        assertTrue(text(robot, ".summary-title").startsWith("Session ended early"));
        assertTrue(text(robot, ".summary-totals").endsWith("2 steps skipped"), text(robot, ".summary-totals"));

        LoggedSession logged = onlySession();
        assertEquals(SessionStatus.ENDED_EARLY, logged.status(), "skipping to the end is not finishing");
        assertEquals(7, logged.doneSeconds());
    }

    @Test
    void endedInTheFirstCountdownGoesHomeAndKeepsNoEmptySession(FxRobot robot) throws Exception {
        startByEnter(robot);
        clock.advanceSeconds(4);
        robot.type(KeyCode.ESCAPE);
        await(() -> robot.lookup(".end-confirm").query().isVisible());
        assertEquals("Nothing has been worked yet, so nothing will be logged.",
                text(robot, ".end-confirm .confirm-detail"));
        robot.type(KeyCode.ENTER);
        await(() -> robot.lookup(".start-button").tryQuery().isPresent());
        await(() -> robot.lookup(".notice").tryQuery().map(Node::isVisible).orElse(false));
        assertTrue(text(robot, ".notice").contains("nothing was logged"));

        shell.storage().flush().get(10, TimeUnit.SECONDS);
        assertEquals(List.of(), shell.storage().sessions().recent(10).get(10, TimeUnit.SECONDS));
    }

    @Test
    void plusStopsAtThirtyMinutesASideAndSaysSo(FxRobot robot) throws Exception {
        startWorking(robot);
        for (int i = 0; i < 40; i++) {
            robot.type(KeyCode.PLUS);
        }
        await(() -> robot.lookup(".limit-notice").query().isVisible());
        assertEquals("30:00", text(robot, ".countdown"));
        assertTrue(text(robot, ".limit-notice").contains("30 minutes"));
    }

    @Test
    void painBeforeAndAfterAndANoteAreRatedWithTheMouseAndLandInTheLog(FxRobot robot) throws Exception {
        awaitLog(shell);
        robot.clickOn(painButton(robot, "Pain now", 7));
        robot.type(KeyCode.ENTER); // Enter still starts, whatever has focus
        await(() -> text(robot, ".phase-label").equals("Get into position"));
        clock.advanceSeconds(10 + 20);
        await(() -> text(robot, ".countdown").equals("4:40"));
        robot.type(KeyCode.ESCAPE).type(KeyCode.ENTER);
        await(() -> robot.lookup(".summary-title").tryQuery().isPresent());

        robot.clickOn(painButton(robot, "Pain after", 3));
        robot.clickOn(".session-note").write("Looser, \"tender\" left side");
        robot.type(KeyCode.ENTER);
        await(() -> robot.lookup(".start-button").tryQuery().isPresent());

        LoggedSession logged = onlySession();
        assertEquals(OptionalInt.of(7), logged.painBefore());
        assertEquals(OptionalInt.of(3), logged.painAfter());
        assertEquals("Looser, \"tender\" left side", logged.note());
        assertEquals(20, logged.doneSeconds());
    }

    @Test
    void aPastedNoteOverTheLimitKeepsTwoThousandCharactersAndSaysSo(FxRobot robot) throws Exception {
        startByEnter(robot);
        clock.advanceSeconds(10 + 30);
        await(() -> text(robot, ".countdown").equals("4:30"));
        robot.type(KeyCode.ESCAPE).type(KeyCode.ENTER);
        await(() -> robot.lookup(".summary-title").tryQuery().isPresent());

        javafx.scene.control.TextField note = robot.lookup(".session-note").queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(note);
        WaitForAsyncUtils.asyncFx(() -> note.replaceSelection("n".repeat(4998))).get(10, TimeUnit.SECONDS); // a paste
        await(() -> robot.lookup(".note-notice").query().isVisible());
        assertEquals(2000, note.getText().length());
        assertTrue(text(robot, ".note-notice").contains("the last 2,998"), text(robot, ".note-notice"));
        assertEquals("2,000 of 2,000 characters", text(robot, ".note-count"));
        robot.type(KeyCode.ENTER);
        await(() -> robot.lookup(".start-button").tryQuery().isPresent());
        assertEquals(2000, onlySession().note().length());
    }

    private static Node painButton(FxRobot robot, String name, int score) {
        return robot.lookup(".pain-score").match(n -> (name + " " + score + " of 10").equals(n.getAccessibleText())).query();
    }

    @Test
    void aFreshLogShowsTheWelcomeOnceAndItGoesAfterTheFirstSession(FxRobot robot) throws Exception {
        awaitLog(shell);
        await(() -> text(robot, ".welcome").contains("guidance, not medical advice"));
        assertEquals(1, saidNotMedicalAdvice(robot), "said once on the screen");
        robot.type(KeyCode.ENTER); // the welcome never stands in the way
        await(() -> text(robot, ".phase-label").equals("Get into position"));
        clock.advanceSeconds(15);
        await(() -> text(robot, ".phase-label").equals("Work"));
        robot.type(KeyCode.ESCAPE).type(KeyCode.ENTER);
        await(() -> robot.lookup(".summary-title").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        await(() -> robot.lookup(".start-button").tryQuery().isPresent());
        assertFalse(robot.lookup(".welcome").query().isVisible());
        assertEquals(1, saidNotMedicalAdvice(robot), "said once on the screen, by the standing line");
    }

    /** How many labels on screen say that Unknot is not medical advice. */
    private static long saidNotMedicalAdvice(FxRobot robot) {
        return robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.isVisible() && n.getScene() != null
                && l.getText() != null && l.getText().contains("not medical advice")).queryAll().size();
    }

    @Test
    void homeScreenHasARoutineSelectedAndSaysItIsNotMedicalAdvice(FxRobot robot) throws Exception {
        awaitLog(shell);
        await(() -> saidNotMedicalAdvice(robot) == 1); // a fresh log: the welcome says it
        assertFalse(text(robot, ".routine-total").isEmpty());
        Node start = robot.lookup(".start-button").query();
        assertTrue(start.isVisible());
    }

    private LoggedSession onlySession() throws Exception {
        // Everything written so far is on disk once the storage thread has drained its queue.
        shell.storage().flush().get(10, TimeUnit.SECONDS);
        List<LoggedSession> sessions = shell.storage().sessions().recent(10).get(10, TimeUnit.SECONDS);
        assertEquals(1, sessions.size());
        return sessions.get(0);
    }

    private static void assertStep(LoggedStep step, String target, String side, int planned, int done) {
        assertEquals(target, step.targetId());
        assertEquals(side, step.sideId());
        assertEquals(planned, step.plannedSeconds());
        assertEquals(done, step.doneSeconds(), () -> "done seconds of " + target + " " + side);
    }
}
