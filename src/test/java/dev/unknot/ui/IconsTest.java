package dev.unknot.ui;

import dev.unknot.domain.Theme;
import dev.unknot.ui.theme.Appearance;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every icon is drawn on its 24 x 24 grid, sized and coloured by the style sheet like the text beside it. */
@ExtendWith(ApplicationExtension.class)
class IconsTest {
    @Test
    void everyIconFitsItsGridAndTakesTheSizeAndTextColourTheStyleSheetGives() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            for (Theme theme : Theme.values()) {
                for (Icon icon : Icon.values()) {
                    Label text = new Label("text");
                    Button button = Icons.on(new Button("Save"), icon);
                    VBox root = new VBox(text, button);
                    Scene scene = new Scene(root, 300, 200);
                    scene.getStylesheets().addAll(Appearance.MAIN, Appearance.palette(theme));
                    root.applyCss();
                    root.layout();

                    Region box = (Region) button.getGraphic();
                    SVGPath shape = (SVGPath) box.getChildrenUnmodifiable().get(0);
                    assertTrue(box.getStyleClass().contains("icon"));
                    assertEquals(18, box.getWidth(), icon.name());
                    assertEquals(18, box.getHeight(), icon.name());
                    Bounds grid = shape.getLayoutBounds();
                    assertTrue(grid.getMinX() >= 0 && grid.getMinY() >= 0 && grid.getMaxX() <= Icon.GRID
                            && grid.getMaxY() <= Icon.GRID && grid.getWidth() > 8, icon + " on its grid: " + grid);
                    Bounds drawn = shape.getBoundsInParent();
                    assertTrue(drawn.getMinX() >= 0 && drawn.getMaxX() <= 18.01 && drawn.getMinY() >= 0
                            && drawn.getMaxY() <= 18.01, icon + " inside its box: " + drawn);
                    assertEquals(text.getTextFill(), shape.getFill(), icon + " in the text colour, " + theme);
                }
            }
            return null;
        }).get(20, TimeUnit.SECONDS);
    }
}
