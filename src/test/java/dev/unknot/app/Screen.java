package dev.unknot.app;

import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.service.query.EmptyNodeQueryException;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** What the app's TestFX tests share: waiting on the screen, reading it, waiting for the log. */
final class Screen {
    private Screen() {
    }

    /**
     * Waits (up to 10 s) until the condition, checked on the JavaFX thread, holds. Never sleeps. A node the condition
     * looks up that is not on screen yet (the next screen comes a pulse after the key or click) counts as "not yet",
     * not as a failure.
     */
    static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            try {
                return condition.call();
            } catch (EmptyNodeQueryException notThereYet) {
                return false;
            }
        }).get());
    }

    /** The text of the label the query finds. */
    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Waits until the app has opened its log (it opens after the first frame). */
    static void awaitLog(Shell shell) throws Exception {
        shell.storage().ready().get(10, TimeUnit.SECONDS);
    }
}
