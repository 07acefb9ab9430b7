package dev.unknot.app;

import java.net.URL;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The window's icons: the PNGs drawn by {@code src/tools/GenerateIcon.java} into {@code assets/icons/}, which
 * the build puts on the class path. The window system picks the size it needs.
 */
final class WindowIcons {
    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private WindowIcons() {
    }

    static String resource(int size) {
        return "/dev/unknot/icons/unknot-" + size + ".png";
    }

    /** Adds every icon found; a missing one leaves the platform's default, never stops the start. */
    static void addTo(Stage stage) {
        for (int size : SIZES) {
            URL url = WindowIcons.class.getResource(resource(size));
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm()));
            }
        }
    }
}
