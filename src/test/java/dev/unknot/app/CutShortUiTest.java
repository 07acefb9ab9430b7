package dev.unknot.app;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.HistoryFilter;
import dev.unknot.domain.SessionStatus;
import dev.unknot.domain.SessionSummary;
import dev.unknot.domain.TargetCatalogue;
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
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.unknot.app.Screen.await;
import static dev.unknot.app.Screen.awaitLog;
import static dev.unknot.app.Screen.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The start after a crash: sessions the crash cut short are kept as interrupted with their time, and the start screen
 * says so; one cut off before any work is not kept (as a session ended before any work is not) and not counted.
 */
@ExtendWith(ApplicationExtension.class)
class CutShortUiTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final BuiltInRoutines ROUTINES = new BuiltInRoutines(new TargetCatalogue());

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();
    @TempDir
    Path dir;
    private Shell shell;
    private final TestInfo test;

    CutShortUiTest(TestInfo test) {
        this.test = test;
    }

    @Start
    void start(Stage stage) throws Exception {
        Path db = dir.resolve("unknot.db");
        if (!test.getDisplayName().startsWith("aFirstSession")) {
            SeededLog.cutShort(db, ZONE, Instant.parse("2026-11-28T08:00:00Z"), ROUTINES.defaultRoutine(), 95);
        }
        SeededLog.cutShort(db, ZONE, Instant.parse("2026-11-29T08:00:00Z"), ROUTINES.defaultRoutine(), 0);
        shell = app.on(db).zone(ZONE).start(stage);
    }

    /** The first session ever, cut off in its countdown: nothing is left of it, so the welcome is still there. */
    @Test
    void aFirstSessionCutOffBeforeAnyWorkLeavesTheFirstRunsWelcome(FxRobot robot) throws Exception {
        awaitLog(shell);
        await(() -> text(robot, ".welcome").startsWith("Welcome."));
        assertEquals(List.of(), shell.storage().sessions().history(HistoryFilter.ALL).get(10, TimeUnit.SECONDS));
    }

    @Test
    void theStartScreenTellsOfTheSessionCutShortWithWorkAndTheLogKeepsOnlyThatOne(FxRobot robot) throws Exception {
        await(() -> text(robot, ".notice").startsWith("Your last session was cut short"));

        List<SessionSummary> logged = shell.storage().sessions().history(HistoryFilter.ALL).get(10, TimeUnit.SECONDS);
        assertEquals(1, logged.size(), logged.toString());
        assertEquals(SessionStatus.INTERRUPTED, logged.get(0).status());
        assertEquals(95, logged.get(0).doneSeconds());
    }
}
