package dev.unknot.ui.exercises;

import dev.unknot.ui.KeyRouting;
import dev.unknot.domain.Phase;
import dev.unknot.ui.pose.PoseFigure;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import static dev.unknot.ui.session.TimerParts.PAUSED;
import static dev.unknot.ui.session.TimerParts.POSITIONING;
import static dev.unknot.ui.session.TimerParts.WORKING;
import static dev.unknot.ui.session.TimerParts.button;
import static dev.unknot.ui.session.TimerParts.countdown;
import static dev.unknot.ui.session.TimerParts.label;
import static dev.unknot.ui.session.TimerParts.notice;
import static dev.unknot.ui.session.TimerParts.pauseButton;
import static dev.unknot.ui.session.TimerParts.progress;
import static dev.unknot.ui.session.TimerParts.subject;

/**
 * The strengthening block: the countdown as large as a session's, the exercise, the set, and how to do it.
 * Space pauses, Right/N skips, Left/P goes back, Escape ends (nothing is logged, so it does not ask).
 */
public final class ExerciseView extends BorderPane {
    public ExerciseView(ExerciseViewModel vm) {
        // The session's style classes, so both timers look and scale alike.
        getStyleClass().addAll("session-view", "exercise-view");

        Label title = new Label("Strengthening");
        title.getStyleClass().add("session-routine");
        Label left = label("session-remaining", vm.blockRemainingTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(16, title, spacer, left);
        header.getStyleClass().add("session-header");
        header.setAlignment(Pos.CENTER_LEFT);
        Label slept = notice("slept-notice", vm.sleptNoticeProperty());

        Label phaseLabel = label("phase-label", vm.phaseLabelProperty());
        Label countdown = countdown(this, vm.remainingTextProperty());
        ProgressBar progress = progress(this, vm.phaseProgressProperty());
        Label name = subject(this, vm.exerciseNameProperty());
        Label set = label("exercise-set", vm.setTextProperty());
        Label howTo = label("how-to", vm.howToProperty());
        howTo.setWrapText(true);
        howTo.maxWidthProperty().bind(widthProperty().multiply(0.8));
        howTo.visibleProperty().bind(heightProperty().greaterThan(560));
        howTo.managedProperty().bind(howTo.visibleProperty());
        Label next = label("next-up", vm.nextTextProperty());
        for (Region fixed : new Region[] {phaseLabel, countdown, name, set, next}) {
            fixed.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox centre = new VBox(8, phaseLabel, countdown, progress, name, set, howTo, next);
        centre.getStyleClass().add("session-centre");
        centre.setAlignment(Pos.CENTER);

        BooleanBinding wide = widthProperty().greaterThan(760);
        Button previous = button(wide, "◀  Previous  (P)", "◀ P", "Previous set", vm::previous);
        Button pause = pauseButton(wide, vm.pausedProperty(), vm::togglePause);
        Button nextButton = button(wide, "Next  (N)  ▶", "N ▶", "Skip to what comes next", vm::next);
        Button end = button(wide, "Done  (Esc)", "Esc", "End the strengthening and go back to the summary", vm::end);
        HBox buttons = new HBox(10, previous, pause, nextButton, end);
        buttons.getStyleClass().add("session-buttons");
        buttons.setAlignment(Pos.CENTER);

        // How to do it, beside the countdown; it gives way before the countdown does in a small window.
        PoseFigure pose = new PoseFigure();
        pose.shownProperty().bind(vm.poseProperty());
        pose.movingProperty().bind(vm.poseMovingProperty());
        pose.fitTo(this, 0.22, 0.42, 760, 500);
        Region balance = new Region(); // keeps the countdown in the middle of a wide window
        balance.minWidthProperty().bind(pose.widthProperty());
        balance.managedProperty().bind(pose.managedProperty().and(widthProperty().greaterThanOrEqualTo(1000)));
        BorderPane.setAlignment(pose, Pos.CENTER);

        setTop(new VBox(header, slept));
        setCenter(centre);
        setLeft(balance);
        setRight(pose);
        setBottom(buttons);
        getStyleClass().add("session-layout");

        vm.phaseProperty().addListener((o, a, b) -> phaseClass(b));
        vm.pausedProperty().addListener((o, a, b) -> pseudoClassStateChanged(PAUSED, b));
        phaseClass(vm.phaseProperty().get());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (KeyRouting.toScreen(e) && handleKey(vm, e.getCode())) {
                e.consume();
            }
        });
        setFocusTraversable(true);
    }

    private void phaseClass(Phase phase) {
        pseudoClassStateChanged(POSITIONING, phase == Phase.POSITIONING);
        pseudoClassStateChanged(WORKING, phase == Phase.WORKING);
    }

    private static boolean handleKey(ExerciseViewModel vm, KeyCode code) {
        switch (code) {
            case SPACE -> vm.togglePause();
            case RIGHT, N -> vm.next();
            case LEFT, P -> vm.previous();
            case ESCAPE -> vm.end();
            default -> {
                return false;
            }
        }
        return true;
    }
}
