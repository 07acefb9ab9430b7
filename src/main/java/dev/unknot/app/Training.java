package dev.unknot.app;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/**
 * For the installer's build (src/installer/Image.java): with {@code -Dunknot.training=SECONDS} set, the app plays a
 * short use by itself so that JDK 25's AOT cache is trained on what a user's start really loads: the home screen
 * shows, Enter starts the selected routine's session (the home screen's default button, as a user's Enter does), the
 * session runs for SECONDS, then the app quits the normal way ({@link Platform#exit()}, so every screen closes and
 * the log is checkpointed). Without the property nothing is installed at all.
 */
public final class Training {
    public static final String PROPERTY = "unknot.training";
    /** Time for the log to open and the home screen to fill before Enter. */
    private static final Duration SETTLE = Duration.seconds(3);

    private Training() {
    }

    /** Call once the window is shown. */
    public static void runIn(Scene scene) {
        String value = System.getProperty(PROPERTY);
        if (value == null) {
            return;
        }
        Duration session = Duration.seconds(value.isBlank() ? 5 : Double.parseDouble(value));
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(e -> {
            press(scene, KeyCode.ENTER);
            PauseTransition run = new PauseTransition(session);
            run.setOnFinished(f -> Platform.exit());
            run.play();
        });
        settle.play();
    }

    private static void press(Scene scene, KeyCode code) {
        Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
        for (var type : new javafx.event.EventType<?>[] {KeyEvent.KEY_PRESSED, KeyEvent.KEY_RELEASED}) {
            @SuppressWarnings("unchecked")
            var keyType = (javafx.event.EventType<KeyEvent>) type;
            Event.fireEvent(target, new KeyEvent(keyType, "", "", code, false, false, false, false));
        }
    }
}
