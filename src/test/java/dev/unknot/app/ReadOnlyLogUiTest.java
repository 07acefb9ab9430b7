package dev.unknot.app;

import dev.unknot.domain.FakeClock;
import dev.unknot.domain.HistoryFilter;
import dev.unknot.ui.history.HistoryViewModel.SessionRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import static dev.unknot.app.Screen.await;
import static dev.unknot.app.Screen.awaitLog;
import static dev.unknot.app.Screen.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A log that can be read but not written (a read-only disk; issue 11): History and Insights show its sessions, and a
 * session runs in memory under the "cannot save" banner. The tests run as root, whom file permissions do not stop,
 * so the config's write check says "no" as the file system would on a read-only mount; Storage then opens the log
 * read-only and SQLite itself refuses the writes (ReadOnlyLogTest has the storage side, the read-only mount included).
 */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyLogUiTest {
    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;
    private Path db;
    private final FakeClock clock = new FakeClock();
    private Shell shell;

    @Start
    void start(Stage stage) throws Exception {
        db = dir.resolve("unknot.db");
        SeededLog.session(db, ZONE, Instant.parse("2026-11-20T08:00:00Z"), AppUnderTest.ONE_TARGET, 300, OptionalInt.of(6),
                OptionalInt.of(3), "");
        SeededLog.session(db, ZONE, Instant.parse("2026-11-24T08:00:00Z"), AppUnderTest.ONE_TARGET, 120, OptionalInt.empty(),
                OptionalInt.empty(), "");
        shell = app.on(db).clock(clock).wallClock(Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC))
                .zone(ZONE).routines(AppUnderTest.ONE_TARGET).writeAccess(dbFile -> false).start(stage);
    }

    @Test
    void historyAndInsightsShowTheLogAndASessionRunsInMemoryUnderTheBanner(FxRobot robot) throws Exception {
        awaitLog(shell);
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        await(() -> historyRows(robot).size() == 2);
        assertEquals("6 → 3", historyRows(robot).get(1).pain());

        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        await(() -> robot.lookup(".insights-overview").tryQuery().isPresent()
                && text(robot, ".insights-overview").startsWith("2 sessions · 7 min worked in all"));

        robot.type(KeyCode.ESCAPE);
        await(() -> robot.lookup(".home-view").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        await(() -> text(robot, ".phase-label").equals("Get into position"));
        clock.advanceSeconds(10);
        await(() -> text(robot, ".phase-label").equals("Work"));
        await(() -> robot.lookup(".save-problem").query().isVisible());
        assertEquals("Unknot cannot save to " + db + ": the file is read-only. Your session keeps running and will be "
                + "saved as soon as saving works again.", text(robot, ".save-problem"));

        clock.advanceSeconds(40); // the timer goes on in memory
        await(() -> text(robot, ".countdown").equals("4:20"));
        assertEquals(2, shell.storage().sessions().history(HistoryFilter.ALL).get(10, TimeUnit.SECONDS).size(),
                "the log is as it was");
    }

    @SuppressWarnings("unchecked")
    private static List<SessionRow> historyRows(FxRobot robot) {
        return List.copyOf(((TableView<SessionRow>) robot.lookup(".session-list").query()).getItems());
    }
}
