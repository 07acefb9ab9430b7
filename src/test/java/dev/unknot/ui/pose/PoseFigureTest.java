package dev.unknot.ui.pose;

import dev.unknot.domain.Side;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;
import dev.unknot.domain.exercises.ExerciseCatalogue;
import dev.unknot.domain.pose.PoseCatalogue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The figure draws the pose it is given, says it to a screen reader, mirrors the left side, and moves only
 * while it may: never while paused, hidden, or for a held pose.
 */
@ExtendWith(ApplicationExtension.class)
class PoseFigureTest {
    private static final PoseCatalogue POSES = new PoseCatalogue();
    private final PoseFigure figure = new PoseFigure();
    private final StackPane root = new StackPane(figure);

    private Stage own;

    @Start
    void start(Stage primary) {
        // A stage of its own, closed after each test: the shared primary stage keeps the size later tests expect.
        own = new Stage();
        figure.setPrefSize(300, 200);
        own.setScene(new Scene(root, 300, 200));
        own.show();
    }

    @AfterEach
    void close() throws Exception {
        fx(() -> {
            own.close();
            return null;
        });
    }

    @Test
    void drawsThePoseInsideItsRoomAndSaysIt() throws Exception {
        show(TargetCatalogue.GLUTE_MAX, Side.LEFT, Tool.FOAM_ROLLER);
        Bounds drawn = fx(() -> figure.localToScene(figure.getChildrenUnmodifiable().get(0).getBoundsInParent()));
        assertTrue(drawn.getWidth() > 150 && drawn.getHeight() > 100, "drawn large enough: " + drawn);
        assertTrue(drawn.getMinX() >= -12 && drawn.getMaxX() <= 312, "within its room across: " + drawn);
        String said = fx(figure::getAccessibleText);
        assertTrue(said.startsWith("Figure: Sitting on the foam roller"), said);
        assertTrue(said.endsWith("Left side."), said);
        assertTrue(fx(() -> figure.lookup(".pose-tool-core") != null), "a roller is drawn as a ring");
    }

    @Test
    void theLeftSideIsDrawnFacingTheOtherWay() throws Exception {
        show(TargetCatalogue.GLUTE_MAX, Side.RIGHT, Tool.FOAM_ROLLER);
        double right = headMinusHip();
        show(TargetCatalogue.GLUTE_MAX, Side.LEFT, Tool.FOAM_ROLLER);
        double left = headMinusHip();
        assertTrue(right < 0 && left > 0, "leaning back: head behind the hip, either way: " + right + ", " + left);
        assertEquals(-right, left, 0.5);
    }

    @Test
    void aMovementRunsOnlyWhileMovingIsAllowedAndStopsWhenPaused() throws Exception {
        show(TargetCatalogue.GLUTE_MED_MIN, Side.RIGHT, Tool.SOFTBALL);
        assertFalse(fx(() -> figure.animatingProperty().get()), "not before the timer runs");
        fx(() -> {
            figure.movingProperty().set(true);
            return null;
        });
        assertTrue(fx(() -> figure.animatingProperty().get()), "moves while working");
        fx(() -> {
            figure.movingProperty().set(false);
            return null;
        });
        assertFalse(fx(() -> figure.animatingProperty().get()), "stops when paused");
    }

    @Test
    void aHeldPoseOrAHiddenFigureDoesNotAnimate() throws Exception {
        show(TargetCatalogue.UPPER_BACK, Side.CENTRAL, Tool.FOAM_ROLLER);
        fx(() -> {
            figure.movingProperty().set(true);
            return null;
        });
        assertFalse(fx(() -> figure.animatingProperty().get()), "a held pose is drawn once");
        show(ExerciseCatalogue.BIRD_DOG, Side.CENTRAL, null);
        assertTrue(fx(() -> figure.animatingProperty().get()), "the bird dog reaches");
        fx(() -> {
            figure.setVisible(false);
            return null;
        });
        assertFalse(fx(() -> figure.animatingProperty().get()), "hidden: not redrawn");
    }

    private double headMinusHip() throws Exception {
        return fx(() -> {
            Node head = figure.lookup(".pose-head");
            Node hip = figure.lookup(".pose-hip");
            return head.localToScene(head.getBoundsInLocal()).getCenterX()
                    - hip.localToScene(hip.getBoundsInLocal()).getCenterX();
        });
    }

    private void show(String id, Side side, Tool tool) throws Exception {
        fx(() -> {
            figure.shownProperty().set(new PoseShown(POSES.forTarget(id).or(() -> POSES.forExercise(id))
                    .orElseThrow(), side, tool));
            root.layout();
            return null;
        });
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(5, TimeUnit.SECONDS);
    }
}
