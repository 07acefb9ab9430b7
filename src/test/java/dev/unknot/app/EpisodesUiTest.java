package dev.unknot.app;

import dev.unknot.domain.FakeClock;
import dev.unknot.domain.Region;
import dev.unknot.domain.SelfCheck;
import dev.unknot.domain.SpasmEpisode;
import dev.unknot.storage.Storage;
import dev.unknot.storage.TestLogs;
import dev.unknot.storage.StorageStatusListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static dev.unknot.app.Screen.await;
import static dev.unknot.app.Screen.awaitLog;
import static dev.unknot.app.Screen.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spasm episodes and the guide's advice in the real window, on a fixed wall clock. */
@ExtendWith(ApplicationExtension.class)
class EpisodesUiTest {
    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();
    private final FakeClock clock = new FakeClock();
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("UTC");

    @TempDir
    Path dir;
    private final TestInfo test;
    private Shell shell;

    EpisodesUiTest(TestInfo test) {
        this.test = test;
    }

    @Start
    void start(Stage stage) throws Exception {
        Path db = dir.resolve("episodes.db");
        if (test.getDisplayName().contains("QL")) {
            // A low-back spasm that began four days ago, recorded before the app starts.
            Storage seed = TestLogs.open(db, Clock.fixed(NOW, ZoneOffset.UTC), ZONE, StorageStatusListener.NONE);
            seed.episodes().record(NOW.minus(Duration.ofDays(4)), Region.LOW_BACK, 5).get(10, TimeUnit.SECONDS);
            seed.close();
        }
        shell = app.on(db).clock(clock).wallClock(Clock.fixed(NOW, ZoneOffset.UTC)).zone(ZONE).start(stage);
    }

    @Test
    void aSpasmRecordedNowAdvisesRestAndAStartedSessionIsWarnedNotBlocked(FxRobot robot) throws Exception {
        awaitLog(shell);
        robot.clickOn(".spasm-button");
        robot.clickOn(accessible(robot, "Spasm severity 8 of 10"));
        robot.clickOn(".record-spasm");
        await(() -> text(robot, ".episode-advice").endsWith("SMR advised in 24 h."));
        assertTrue(text(robot, ".episode-text").contains("rated 8/10"));
        await(() -> text(robot, ".doctor-notice").contains("Low Back Pain Fact Sheet"));
        List<SpasmEpisode> stored = shell.storage().episodes().all().get(10, TimeUnit.SECONDS);
        assertEquals(1, stored.size());
        assertEquals(NOW, stored.get(0).onset());
        assertEquals(8, stored.get(0).severity());

        robot.type(KeyCode.ENTER);
        await(() -> robot.lookup(".advisory").tryQuery().map(Node::isVisible).orElse(false));
        assertTrue(text(robot, ".advisory").contains("less than 24 hours ago"));
        assertEquals("Get into position", text(robot, ".phase-label"));

        clock.advanceSeconds(15); // some work, so the session is kept and its summary shows
        robot.type(KeyCode.ESCAPE).type(KeyCode.ENTER);
        await(() -> robot.lookup(".summary-title").tryQuery().isPresent());
        robot.clickOn(accessible(robot, "Are you getting enough sleep? No"));
        robot.clickOn(accessible(robot, "Are you eating nutritious food? Yes"));
        shell.storage().flush().get(10, TimeUnit.SECONDS);
        long id = shell.storage().sessions().recent(1).get(10, TimeUnit.SECONDS).get(0).id();
        await(() -> shell.storage().sessions().selfCheck(id).get(10, TimeUnit.SECONDS).eatingWell().isPresent());
        SelfCheck check = shell.storage().sessions().selfCheck(id).get(10, TimeUnit.SECONDS);
        assertEquals(Optional.of(true), check.eatingWell());
        assertEquals(Optional.of(false), check.sleepingEnough());
        assertEquals(Optional.empty(), check.hydrated());
    }

    @Test
    void theQLJoinsLowBackOnceTheSpasmIsDaysOldAndMarkingItRelievedTakesItAway(FxRobot robot) throws Exception {
        Screen.awaitLog(shell);
        await(() -> robot.lookup(".step-target").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().endsWith("QL (quadratus lumborum)")));
        assertTrue(text(robot, ".episode-advice").contains("SMR can help now"));

        robot.clickOn("Mark relieved"); // asks first
        await(() -> robot.lookup(".confirm-relieved").query().isVisible());
        robot.clickOn("Not yet");
        await(() -> robot.lookup(".mark-relieved").query().isVisible());
        assertTrue(shell.storage().episodes().all().get(10, TimeUnit.SECONDS).get(0).relievedAt().isEmpty(),
                "not yet: nothing changed");

        robot.clickOn("Mark relieved");
        await(() -> robot.lookup(".confirm-relieved").query().isVisible());
        robot.clickOn("Yes, relieved");
        await(() -> robot.lookup(".step-target").queryAllAs(Label.class).stream()
                .noneMatch(l -> l.getText().contains("QL")));
        assertTrue(shell.storage().episodes().all().get(10, TimeUnit.SECONDS).get(0).relievedAt().isPresent());

        robot.clickOn(".undo-relieved"); // a slip of the mouse is put right
        await(() -> robot.lookup(".step-target").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().endsWith("QL (quadratus lumborum)")));
        assertTrue(shell.storage().episodes().all().get(10, TimeUnit.SECONDS).get(0).relievedAt().isEmpty());
        assertTrue(text(robot, ".episode-message").contains("ongoing again"));
    }

    private static Node accessible(FxRobot robot, String name) {
        return robot.lookup(n -> name.equals(n.getAccessibleText())).query();
    }
}
