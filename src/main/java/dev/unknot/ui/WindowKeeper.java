package dev.unknot.ui;

import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.util.Objects;

/**
 * Puts a stage back where {@link WindowPlaces} remembers it and keeps its place when it hides. Only the normal
 * bounds are remembered, so a window closed in full screen or maximised comes back that way and leaves it to
 * where it was. A place no longer on any screen (a monitor unplugged) is ignored.
 */
public final class WindowKeeper {
    private final Stage stage;
    private final String name;
    private final WindowPlaces places;
    private double x = Double.NaN;
    private double y = Double.NaN;
    private double width = Double.NaN;
    private double height = Double.NaN;
    private final ChangeListener<Number> moved = (o, a, b) -> noteBounds();
    private final EventHandler<WindowEvent> hiding = e -> keep();

    public WindowKeeper(Stage stage, String name, WindowPlaces places) {
        this.stage = Objects.requireNonNull(stage);
        this.name = Objects.requireNonNull(name);
        this.places = Objects.requireNonNull(places);
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, hiding);
    }

    /** The remembered place, if it is still on a screen: make the scene this size, then {@link #restore()}. */
    public java.util.Optional<WindowPlace> remembered() {
        return places.place(name).filter(WindowKeeper::onSomeScreen);
    }

    /** Before the stage shows: its remembered size and place, if it is still on a screen. */
    public void restore() {
        remembered().ifPresent(p -> {
            stage.setX(p.x());
            stage.setY(p.y());
            stage.setWidth(p.width());
            stage.setHeight(p.height());
            x = p.x();
            y = p.y();
            width = p.width();
            height = p.height();
            stage.setMaximized(p.maximized());
            stage.setFullScreen(p.fullScreen());
        });
    }

    /** Remembers the stage's place now (it also does so as the stage hides). */
    public void keep() {
        noteBounds();
        if (Double.isNaN(width) || !(width > 0) || !(height > 0)) {
            return;
        }
        places.keepPlace(name, new WindowPlace(x, y, width, height, stage.isFullScreen(), stage.isMaximized()));
    }

    /**
     * Remembers the place one last time and lets go of the stage: a stage that outlives its app (a test's window,
     * shown again for the next app) no longer writes to this app's places, which may be gone by then.
     */
    public void release() {
        keep();
        stage.xProperty().removeListener(moved);
        stage.yProperty().removeListener(moved);
        stage.widthProperty().removeListener(moved);
        stage.heightProperty().removeListener(moved);
        stage.removeEventHandler(WindowEvent.WINDOW_HIDING, hiding);
    }

    private void noteBounds() {
        if (stage.isFullScreen() || stage.isMaximized() || !Double.isFinite(stage.getWidth())) {
            return;
        }
        x = stage.getX();
        y = stage.getY();
        width = stage.getWidth();
        height = stage.getHeight();
    }

    static boolean onSomeScreen(WindowPlace p) {
        // At least a corner big enough to grab must be visible.
        Rectangle2D grab = new Rectangle2D(p.x(), p.y(), Math.min(p.width(), 100), Math.min(p.height(), 40));
        return !Screen.getScreensForRectangle(grab).isEmpty();
    }
}
