package dev.unknot.app;

import javafx.scene.Scene;

import java.time.Instant;

/**
 * For the start-up benchmark (bench/): with {@code -Dunknot.firstFrame} set, prints one line,
 * {@code unknot.first-frame <epoch microseconds>}, when the first pulse after the window is shown has laid the
 * scene out (that pulse then renders the frame). Without the property nothing is installed at all.
 */
public final class FirstFrame {
    public static final String PROPERTY = "unknot.firstFrame";

    private FirstFrame() {
    }

    /** Call before the first pulse, e.g. right after {@code stage.show()}. */
    public static void reportTo(Scene scene) {
        if (System.getProperty(PROPERTY) == null) {
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                Instant now = Instant.now();
                scene.removePostLayoutPulseListener(this);
                System.out.println("unknot.first-frame " + (now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000));
                System.out.flush();
            }
        });
    }
}
