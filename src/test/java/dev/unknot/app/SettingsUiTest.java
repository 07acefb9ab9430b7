package dev.unknot.app;

import dev.unknot.domain.FakeClock;
import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.Routine;
import dev.unknot.domain.Sides;
import dev.unknot.domain.Step;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;
import dev.unknot.domain.Cue;
import dev.unknot.domain.Segment;
import dev.unknot.ui.sound.CuePlayer;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import dev.unknot.storage.Storage;
import dev.unknot.storage.TestLogs;
import dev.unknot.storage.StorageStatusListener;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static dev.unknot.app.Screen.await;
import static dev.unknot.app.Screen.awaitLog;
import static dev.unknot.app.Screen.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings by keyboard: a wrong value is explained and not saved; a right one reaches the next session and the log. */
@ExtendWith(ApplicationExtension.class)
class SettingsUiTest {
    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();
    private static final TargetCatalogue CATALOGUE = new TargetCatalogue();
    /** A routine of the person's own: piriformis left only at 12 min, then glute max both sides at 6. */
    private static final Routine MINE = new Routine("custom:test", "Evening glutes", List.of(
            new Step(CATALOGUE.byId("piriformis"), Tool.SOFTBALL, Sides.LEFT, 12),
            new Step(CATALOGUE.byId("glute_max"), Tool.FOAM_ROLLER, Sides.BOTH, 6)), false);

    @TempDir
    Path dir;
    private final FakeClock clock = new FakeClock();
    private final RecordingPlayer sounds = new RecordingPlayer();
    private final TestInfo test;
    private Shell shell;

    SettingsUiTest(TestInfo test) {
        this.test = test;
    }

    @Start
    void start(Stage stage) throws Exception {
        if (test.getDisplayName().startsWith("aRoutineOfYourOwn")) {
            Storage seed = TestLogs.open(dir.resolve("settings.db"), Clock.systemUTC(), ZoneId.of("Europe/Berlin"),
                    StorageStatusListener.NONE);
            seed.routines().save(MINE).get(10, TimeUnit.SECONDS);
            seed.close();
        }
        AppUnderTest.Config config = app.on(dir.resolve("settings.db")).clock(clock);
        if (test.getDisplayName().startsWith("spokenCues")) {
            config.sounds(() -> sounds);
        }
        shell = config.start(stage);
    }

    @Test
    void aRoutineOfYourOwnIsOfferedRememberedAndStartedWithEnter(FxRobot robot) throws Exception {
        awaitLog(shell);
        await(() -> routineNames(robot).contains("Evening glutes"));

        robot.clickOn(robot.lookup(".routine-list .list-cell").<javafx.scene.control.ListCell<?>>match(
                c -> "Evening glutes".equals(c.getText())).queryAs(javafx.scene.Node.class));
        await(() -> "custom:test".equals(shell.storage().routines().selected().get(10, TimeUnit.SECONDS).orElse("")));
        robot.type(KeyCode.ENTER);
        await(() -> "Evening glutes".equals(text(robot, ".session-routine")));
        assertEquals("Piriformis", text(robot, ".target-name"));
        assertEquals("Softball", text(robot, ".target-tool"));
        clock.advanceSeconds(15); // some work, so the session is kept and its summary shows
        robot.type(KeyCode.ESCAPE).type(KeyCode.ENTER);
        await(() -> robot.lookup(".summary-title").tryQuery().isPresent());
        shell.storage().flush().get(10, TimeUnit.SECONDS);
        LoggedSession logged = shell.storage().sessions().recent(1).get(10, TimeUnit.SECONDS).get(0);
        assertEquals("Evening glutes", logged.routineName());
        assertEquals(List.of(720, 360, 360), logged.steps().stream().map(s -> s.plannedSeconds()).toList());
    }

    @SuppressWarnings("unchecked")
    private static List<String> routineNames(FxRobot robot) {
        return ((javafx.scene.control.ListView<Routine>) robot.lookup(".routine-list").query()).getItems().stream()
                .map(Routine::name).toList();
    }

    @Test
    void piriformisAtTwelveMinutesByKeyboardReachesTheSessionAndTheLog(FxRobot robot) throws Exception {
        awaitLog(shell);
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        await(() -> robot.lookup(".minutes-piriformis").tryQuery().isPresent()
                && "5".equals(robot.lookup(".minutes-piriformis").queryAs(TextField.class).getText()));

        robot.clickOn(".minutes-piriformis");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("45");
        await(() -> errors(robot).stream().anyMatch(e -> e.contains("from 5 to 30 (got 45)")));
        robot.type(KeyCode.ENTER);
        await(() -> text(robot, ".settings-message").startsWith("Nothing was saved"));
        assertEquals(5, shell.storage().settings().load().get(10, TimeUnit.SECONDS)
                .minutesFor(CATALOGUE.byId("piriformis")));

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("12");
        await(() -> errors(robot).stream().allMatch(String::isEmpty));
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        await(() -> text(robot, ".settings-message").startsWith("Saved"));
        assertEquals(12, shell.storage().settings().load().get(10, TimeUnit.SECONDS)
                .minutesFor(CATALOGUE.byId("piriformis")));

        robot.type(KeyCode.ESCAPE);
        await(() -> robot.lookup(".start-button").tryQuery().isPresent());
        assertTrue(robot.lookup(".step-cell").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("Lacrosse ball  ·  12 min each side")));

        robot.type(KeyCode.ENTER);
        await(() -> "Get into position".equals(text(robot, ".phase-label")));
        clock.advanceSeconds(15); // some work, so the session is kept and its summary shows
        robot.type(KeyCode.ESCAPE).type(KeyCode.ENTER);
        await(() -> robot.lookup(".summary-title").tryQuery().isPresent());
        shell.storage().flush().get(10, TimeUnit.SECONDS);
        LoggedSession logged = shell.storage().sessions().recent(1).get(10, TimeUnit.SECONDS).get(0);
        assertEquals(720, logged.steps().stream().filter(s -> s.targetId().equals("piriformis"))
                .findFirst().orElseThrow().plannedSeconds());
    }

    @Test
    void escapeWithUnsavedEditsAsksAndEnterDiscardsOnlyAfterwards(FxRobot robot) throws Exception {
        awaitLog(shell);
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        await(() -> robot.lookup(".minutes-piriformis").tryQuery().isPresent()
                && "5".equals(robot.lookup(".minutes-piriformis").queryAs(TextField.class).getText()));
        robot.clickOn(".minutes-piriformis");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("9");

        robot.type(KeyCode.ESCAPE);
        await(() -> robot.lookup(".leave-confirm").query().isVisible());
        robot.type(KeyCode.ESCAPE); // keep editing
        await(() -> !robot.lookup(".leave-confirm").query().isVisible());
        assertEquals("9", robot.lookup(".minutes-piriformis").queryAs(TextField.class).getText());

        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL); // any way out asks, a menu key too
        await(() -> robot.lookup(".leave-confirm").query().isVisible());
        robot.type(KeyCode.ENTER); // discard and go where asked
        await(() -> robot.lookup(".session-list").tryQuery().isPresent());
        assertEquals(5, shell.storage().settings().load().get(10, TimeUnit.SECONDS)
                .minutesFor(CATALOGUE.byId("piriformis")));
    }

    @Test
    void escapeWithNothingChangedLeavesAtOnce(FxRobot robot) throws Exception {
        awaitLog(shell);
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        await(() -> robot.lookup(".minutes-piriformis").tryQuery().isPresent()
                && "5".equals(robot.lookup(".minutes-piriformis").queryAs(TextField.class).getText()));
        robot.type(KeyCode.ESCAPE);
        await(() -> robot.lookup(".start-button").tryQuery().isPresent());
    }

    private static List<String> errors(FxRobot robot) {
        return robot.lookup(".field-error").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void spokenCuesByKeyboardAreTestedSavedAndSpeakTheNextSession(FxRobot robot) throws Exception {
        awaitLog(shell);
        await(() -> sounds.calls.contains("voice false"));
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        await(() -> robot.lookup(".voice-on").tryQuery().isPresent());
        CheckBox voice = robot.lookup(".voice-on").queryAs(CheckBox.class);
        assertEquals("Spoken cues", voice.getText());
        assertFalse(voice.isSelected());

        tabTo(robot, ".voice-on");
        robot.type(KeyCode.SPACE);
        await(voice::isSelected);

        // Test sound, by keyboard, plays what is on screen before it is saved.
        tabTo(robot, ".test-sound");
        assertEquals("Test sound", robot.lookup(".test-sound").queryAs(Button.class).getText());
        robot.type(KeyCode.SPACE);
        await(() -> sounds.calls.contains("preview GET_INTO_POSITION piriformis left lacrosse_ball voice=true 0.8"));
        assertFalse(shell.storage().settings().load().get(10, TimeUnit.SECONDS).voiceOn());

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        await(() -> text(robot, ".settings-message").startsWith("Saved"));
        assertTrue(shell.storage().settings().load().get(10, TimeUnit.SECONDS).voiceOn(), "voice_on persisted");
        await(() -> sounds.calls.contains("voice true"));

        // The next session's first cue goes to the player with its segment, to be spoken.
        robot.type(KeyCode.ESCAPE);
        await(() -> robot.lookup(".start-button").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        await(() -> "Get into position".equals(text(robot, ".phase-label")));
        await(() -> sounds.calls.contains("play GET_INTO_POSITION glute_max left foam_roller"));
        clock.advanceSeconds(15); // some work, so the session is kept and its summary shows
        robot.type(KeyCode.ESCAPE).type(KeyCode.ENTER);
        await(() -> robot.lookup(".summary-title").tryQuery().isPresent());
    }

    @Test
    void testSoundIsOutOfReachWithSoundsOff(FxRobot robot) throws Exception {
        awaitLog(shell);
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        await(() -> robot.lookup(".sounds-on").tryQuery().isPresent());
        tabTo(robot, ".sounds-on");
        robot.type(KeyCode.SPACE);
        Button test = robot.lookup(".test-sound").queryAs(Button.class);
        await(test::isDisabled);
        assertTrue(robot.lookup(".voice-on").queryAs(CheckBox.class).isDisabled());
        robot.type(KeyCode.SPACE);
        await(() -> !test.isDisabled());
    }

    /** Presses Tab until the control matching {@code query} has the keyboard; fails if it never gets it. */
    private static void tabTo(FxRobot robot, String query) throws Exception {
        javafx.scene.Node target = robot.lookup(query).query();
        for (int i = 0; i < 40; i++) {
            if (WaitForAsyncUtils.asyncFx(target::isFocused).get(10, TimeUnit.SECONDS)) {
                return;
            }
            robot.type(KeyCode.TAB);
        }
        throw new AssertionError(query + " is not reachable with Tab");
    }

    /** Records what the app asks of the sound player, from whichever thread. */
    private static final class RecordingPlayer implements CuePlayer {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public void play(Cue cue) {
            calls.add("play " + cue);
        }

        @Override
        public void play(Cue cue, Segment segment) {
            calls.add("play " + cue + " " + segment.target().id() + " " + segment.side().id() + " " + segment.tool().id());
        }

        @Override
        public void setVoice(boolean on) {
            calls.add("voice " + on);
        }

        @Override
        public void setVolume(double volume) {
            calls.add("volume " + volume);
        }

        @Override
        public void preview(Cue cue, Segment segment, boolean voice, double volume) {
            calls.add("preview " + cue + " " + segment.target().id() + " " + segment.side().id() + " "
                    + segment.tool().id() + " voice=" + voice + " " + volume);
        }
    }
}
