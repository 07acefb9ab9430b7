package dev.unknot.app;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.TargetCatalogue;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.unknot.app.Screen.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The start-up chain loses no error: a stage at its very end (handing the log's settings and routines to the start
 * screen, on the JavaFX thread, after four reads of the log) throws, and the error handler the Shell was given hears it.
 */
@ExtendWith(ApplicationExtension.class)
class StartupErrorsUiTest {
    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();
    private static final BuiltInRoutines ROUTINES = new BuiltInRoutines(new TargetCatalogue());

    @TempDir
    Path dir;
    private final List<Throwable> unexpected = new CopyOnWriteArrayList<>();
    private final AtomicInteger builtInsMade = new AtomicInteger();
    private Shell shell;

    @Start
    void start(Stage stage) {
        // The first call builds the start screen; the second comes from the chain, once the log has been read.
        AppConfig.BuiltIns failingLater = (catalogue, settings, ql) -> {
            if (builtInsMade.incrementAndGet() > 1) {
                throw new IllegalStateException("deep in the start-up chain");
            }
            return ROUTINES.all();
        };
        shell = app.on(dir.resolve("unknot.db")).zone(ZoneId.of("UTC")).builtIns(failingLater).unexpected(unexpected::add)
                .start(stage);
    }

    @Test
    void anExceptionInTheLastStageOfTheStartUpChainReachesTheErrorHandler() throws Exception {
        await(() -> !unexpected.isEmpty());
        assertEquals(1, unexpected.size(), unexpected.toString());
        Throwable cause = unexpected.get(0);
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertTrue(cause instanceof IllegalStateException, String.valueOf(cause));
        assertEquals("deep in the start-up chain", cause.getMessage());
    }
}
