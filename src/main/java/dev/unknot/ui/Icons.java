package dev.unknot.ui;

import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;

/**
 * Draws an {@link Icon} as a filled SVG path in a square box: style class {@code icon} on the box (its size:
 * {@code -fx-pref-width} / {@code -fx-pref-height}, 16 px unless a style sheet says otherwise) and
 * {@code icon-shape} on the path (its colour: {@code -fx-fill}), so the style sheet gives icons the text colour of
 * either theme. Vector shapes: sharp at any size. Decoration only: every control keeps its words and accessible
 * name, and the icon has none of its own.
 */
public final class Icons {
    private static final double DEFAULT_SIZE = 16;

    private Icons() {
    }

    public static Region of(Icon icon) {
        Box box = new Box(icon);
        box.getStyleClass().add("icon");
        box.setPrefSize(DEFAULT_SIZE, DEFAULT_SIZE);
        box.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return box;
    }

    /** Puts the icon before the control's text. */
    public static <T extends Labeled> T on(T control, Icon icon) {
        control.setGraphic(of(icon));
        return control;
    }

    public static <T extends MenuItem> T on(T item, Icon icon) {
        item.setGraphic(of(icon));
        return item;
    }

    /** The path's 24 x 24 grid scaled onto the box, so each icon keeps its place on the grid (nothing stretched). */
    private static final class Box extends Region {
        private final SVGPath shape = new SVGPath();
        private final Scale scale = new Scale(1, 1, 0, 0);

        Box(Icon icon) {
            shape.setContent(icon.path());
            shape.getStyleClass().add("icon-shape");
            shape.getTransforms().add(scale);
            getChildren().add(shape);
        }

        @Override
        protected void layoutChildren() {
            double s = Math.min(getWidth(), getHeight()) / Icon.GRID;
            scale.setX(s);
            scale.setY(s);
            shape.setLayoutX((getWidth() - s * Icon.GRID) / 2);
            shape.setLayoutY((getHeight() - s * Icon.GRID) / 2);
        }
    }
}
