package dev.unknot.ui.pose;

import dev.unknot.domain.Tool;
import dev.unknot.domain.pose.Bone;
import dev.unknot.domain.pose.Bounds;
import dev.unknot.domain.pose.Figure;
import dev.unknot.domain.pose.Kinematics;
import dev.unknot.domain.pose.Part;
import dev.unknot.domain.pose.PoseGuide;
import dev.unknot.domain.pose.Prop;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import dev.unknot.ui.session.ScheduledTicker;
import dev.unknot.ui.session.Ticker;

import java.util.ArrayList;
import java.util.List;

/**
 * A pictogram of a pose: thick rounded limbs on a floor line, the worked part in the accent and the tool in its
 * own colour, scaled to whatever room it is given and themed by the style sheet. A pose with two key poses eases
 * between them at {@link #FRAMES_PER_SECOND} frames a second, only while {@link #movingProperty()} is true and the
 * figure is on screen; held poses are drawn once.
 */
public final class PoseFigure extends Region {
    /** At most this many redraws a second, so a running session stays light on the CPU. */
    public static final int FRAMES_PER_SECOND = 4;
    /** One slow roll out and back: six seconds. */
    static final int FRAMES_PER_CYCLE = 6 * FRAMES_PER_SECOND;
    private static final long FRAME_NANOS = 1_000_000_000L / FRAMES_PER_SECOND;
    /** Width to height of the room the figure asks for. */
    private static final double ASPECT = 1.5;
    private static final PseudoClass WORKED = PseudoClass.getPseudoClass("worked");

    private final Group drawing = new Group();
    private final ObjectProperty<PoseShown> shown = new SimpleObjectProperty<>();
    private final BooleanProperty moving = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper animating = new ReadOnlyBooleanWrapper();
    /** Wakes the UI thread for each frame; unlike an animation it does not keep JavaFX pulsing 60 times a second. */
    private final Ticker ticker = new ScheduledTicker(1000 / FRAMES_PER_SECOND);
    private final List<Line> bones = new ArrayList<>();
    private final Line floor = new Line();
    private final Circle tool = new Circle();
    private final Circle toolCore = new Circle();
    private final Line band = new Line();
    private final Circle bandAnchor = new Circle(4);
    private final Circle hip = new Circle(9);
    private final Circle head = new Circle(Kinematics.HEAD_RADIUS);
    private final List<Rectangle> weights = List.of(weight(), weight());
    private Bounds box = new Bounds(-100, 0, 100, 120);
    private long frame;

    public PoseFigure() {
        getStyleClass().add("pose-figure");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        drawing.setManaged(false);
        getChildren().add(drawing);
        setMinSize(0, 0);
        setPrefSize(240, 240 / ASPECT);
        floor.getStyleClass().add("pose-floor");
        tool.getStyleClass().add("pose-tool");
        toolCore.getStyleClass().add("pose-tool-core");
        band.getStyleClass().add("pose-band");
        bandAnchor.getStyleClass().add("pose-tool");
        hip.getStyleClass().add("pose-hip");
        head.getStyleClass().add("pose-head");
        shown.addListener((o, was, now) -> rebuild());
        moving.addListener((o, was, now) -> playOrStop());
        visibleProperty().addListener((o, was, now) -> playOrStop());
        sceneProperty().addListener((o, was, now) -> playOrStop());
        rebuild();
    }

    /** The pose to show; null shows nothing. */
    public ObjectProperty<PoseShown> shownProperty() {
        return shown;
    }

    /** Whether the movement may run: bind it to "running and not paused". */
    public BooleanProperty movingProperty() {
        return moving;
    }

    /** Whether the figure is being redrawn now; false while paused, hidden, or for a held pose. */
    public ReadOnlyBooleanProperty animatingProperty() {
        return animating.getReadOnlyProperty();
    }

    /**
     * Sizes the figure to a share of {@code screen}'s width (at most {@code maxHeightShare} of its height) and
     * hides it when the screen is narrower or lower than the given size, so the countdown keeps the room.
     */
    public void fitTo(Region screen, double widthShare, double maxHeightShare, double minScreenWidth,
                      double minScreenHeight) {
        prefWidthProperty().bind(javafx.beans.binding.Bindings.min(screen.widthProperty().multiply(widthShare),
                screen.heightProperty().multiply(maxHeightShare * ASPECT)));
        maxWidthProperty().bind(prefWidthProperty());
        prefHeightProperty().bind(prefWidthProperty().divide(ASPECT));
        maxHeightProperty().bind(prefHeightProperty());
        setMinWidth(Region.USE_PREF_SIZE);
        visibleProperty().bind(screen.widthProperty().greaterThanOrEqualTo(minScreenWidth)
                .and(screen.heightProperty().greaterThanOrEqualTo(minScreenHeight)));
        managedProperty().bind(visibleProperty());
    }

    /**
     * A still figure of {@code pose}, {@code width} wide, to the left of {@code entry} (a step or an exercise in a
     * list), the entry taking the rest of the row.
     */
    public static javafx.scene.layout.HBox besideEntry(PoseShown pose, double width, double gap,
                                                       javafx.scene.Node entry) {
        PoseFigure figure = new PoseFigure();
        figure.fixSize(width);
        figure.shownProperty().set(pose);
        javafx.scene.layout.HBox.setHgrow(entry, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(gap, figure, entry);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    /** A figure of one size, e.g. a small one beside each step of a list. */
    public void fixSize(double width) {
        setMinSize(width, width / ASPECT);
        setPrefSize(width, width / ASPECT);
        setMaxSize(width, width / ASPECT);
    }

    @Override
    protected double computePrefHeight(double width) {
        return (width <= 0 ? prefWidth(-1) : width) / ASPECT;
    }

    @Override
    protected void layoutChildren() {
        double scale = Math.min(getWidth() / box.width(), getHeight() / box.height());
        // Centred across, standing on the bottom edge.
        drawing.getTransforms().setAll(new Translate((getWidth() - box.width() * scale) / 2,
                getHeight() - box.height() * scale), new Scale(scale, scale));
    }

    private void rebuild() {
        PoseShown now = shown.get();
        drawing.getChildren().clear();
        bones.clear();
        if (now == null) {
            setAccessibleText("");
            playOrStop();
            return;
        }
        PoseGuide guide = now.guide();
        box = guide.bounds(now.side());
        frame = 0;
        Figure first = guide.figure(0, now.side());
        drawing.getChildren().add(floor);
        if (first.propCentre() != null) {
            drawing.getChildren().add(tool);
            boolean roller = first.props().contains(Prop.TOOL) && now.tool() == Tool.FOAM_ROLLER;
            if (roller) {
                drawing.getChildren().add(toolCore); // a roller seen end-on: a ring
            }
        }
        if (first.bandAnchor() != null) {
            drawing.getChildren().addAll(band, bandAnchor);
        }
        boolean hipAdded = false;
        for (Bone bone : first.bones()) {
            if (!bone.far() && !hipAdded) {
                drawing.getChildren().add(hip); // the buttock: over the far limbs, under the near ones
                hipAdded = true;
            }
            Line line = new Line();
            line.getStyleClass().add("pose-limb");
            if (bone.far()) {
                line.getStyleClass().add("far");
            }
            boolean torso = bone.part() == Part.LOWER_TORSO || bone.part() == Part.UPPER_TORSO;
            line.setStrokeWidth(torso ? 16 : bone.part() == Part.NECK ? 8 : 10);
            line.pseudoClassStateChanged(WORKED, first.isWorked(bone));
            bones.add(line);
            drawing.getChildren().add(line);
            if (bone.part() == Part.NECK) {
                drawing.getChildren().add(head);
            }
        }
        boolean hipWorked = first.worked().contains(Part.HIP);
        hip.pseudoClassStateChanged(WORKED, hipWorked);
        hip.setRadius(hipWorked ? 12 : 9);
        if (hipWorked) {
            hip.toFront(); // the worked buttock is not hidden behind the crossed leg
        }
        if (first.props().contains(Prop.WEIGHTS)) {
            drawing.getChildren().addAll(weights);
        }
        setAccessibleText(now.spoken());
        redraw();
        requestLayout();
        playOrStop();
    }

    private void redraw() {
        PoseShown now = shown.get();
        if (now == null) {
            return;
        }
        Figure f = now.guide().figure(PoseGuide.swing(frame, FRAMES_PER_CYCLE), now.side());
        floor.setStartX(x(box.minX()) + 2);
        floor.setEndX(x(box.maxX()) - 2);
        floor.setStartY(y(0) + 1);
        floor.setEndY(y(0) + 1);
        for (int i = 0; i < bones.size(); i++) {
            Bone bone = f.bones().get(i);
            Line line = bones.get(i);
            line.setStartX(x(bone.from().x()));
            line.setStartY(y(bone.from().y()));
            line.setEndX(x(bone.to().x()));
            line.setEndY(y(bone.to().y()));
        }
        hip.setCenterX(x(f.hip().x()));
        hip.setCenterY(y(f.hip().y()));
        head.setCenterX(x(f.head().x()));
        head.setCenterY(y(f.head().y()));
        if (f.propCentre() != null) {
            tool.setCenterX(x(f.propCentre().x()));
            tool.setCenterY(y(f.propCentre().y()));
            tool.setRadius(f.propRadius());
            toolCore.setCenterX(tool.getCenterX());
            toolCore.setCenterY(tool.getCenterY());
            toolCore.setRadius(f.propRadius() * 0.45);
        }
        if (f.bandAnchor() != null) {
            bandAnchor.setCenterX(x(f.bandAnchor().x()));
            bandAnchor.setCenterY(y(f.bandAnchor().y()));
            band.setStartX(bandAnchor.getCenterX());
            band.setStartY(bandAnchor.getCenterY());
            band.setEndX(x(f.hands().get(0).x()));
            band.setEndY(y(f.hands().get(0).y()));
        }
        for (int i = 0; i < weights.size(); i++) {
            weights.get(i).setX(x(f.hands().get(i).x()) - 7);
            weights.get(i).setY(y(f.hands().get(i).y()) - 3.5);
        }
    }

    private void playOrStop() {
        PoseShown now = shown.get();
        boolean run = moving.get() && isVisible() && getScene() != null && now != null && now.guide().moves();
        if (run && !animating.get()) {
            ticker.start(() -> FRAME_NANOS, () -> {
                frame++;
                redraw();
            });
        } else if (!run && animating.get()) {
            ticker.stop(); // the figure stays where it was, as a paused timer does
        }
        animating.set(run);
    }

    private double x(double cm) {
        return cm - box.minX();
    }

    private double y(double cm) {
        return box.maxY() - cm;
    }

    private static Rectangle weight() {
        Rectangle r = new Rectangle(14, 7);
        r.setArcWidth(3);
        r.setArcHeight(3);
        r.getStyleClass().add("pose-weight");
        return r;
    }
}
