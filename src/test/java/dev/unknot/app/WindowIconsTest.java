package dev.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class WindowIconsTest {
    @Test
    void everyWindowIconIsOnTheClassPathAtItsSize() throws IOException {
        for (int size : WindowIcons.SIZES) {
            try (InputStream in = WindowIcons.class.getResourceAsStream(WindowIcons.resource(size))) {
                assertNotNull(in, WindowIcons.resource(size));
                BufferedImage image = ImageIO.read(in);
                assertEquals(size, image.getWidth(), WindowIcons.resource(size));
                assertEquals(size, image.getHeight(), WindowIcons.resource(size));
            }
        }
    }
}
