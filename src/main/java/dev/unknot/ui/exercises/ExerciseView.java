package dev.unknot.ui.exercises;

import dev.unknot.domain.Phase;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
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

/**
 * The strengthening block: the countdown as large as a session's, the exercise, the set, and how to do it.
 * Space pauses, Right/N skips, Left/P goes back, Escape ends (nothing is logged, so it does not ask).
 */
public final class ExerciseView extends BorderPane {
    private static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");
    private static final PseudoClass POSITIONING = PseudoClass.getPseudoClass("positioning");
    private static final PseudoClass WORKING = PseudoClass.getPseudoClass("working");

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
        Label slept = label("slept-notice", vm.sleptNoticeProperty());
        slept.visibleProperty().bind(Bindings.isNotEmpty(vm.sleptNoticeProperty()));
        slept.managedProperty().bind(slept.visibleProperty());
        slept.setWrapText(true);
        slept.setMaxWidth(Double.MAX_VALUE);

        Label phaseLabel = label("phase-label", vm.phaseLabelProperty());
        Label countdown = label("countdown", vm.remainingTextProperty());
        countdown.setMinWidth(Region.USE_PREF_SIZE);
        countdown.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format("-fx-font-size: %.0fpx;", Math.max(48, Math.min(getWidth() * 0.21, getHeight() * 0.30))),
                widthProperty(), heightProperty()));
        ProgressBar progress = new ProgressBar();
        progress.getStyleClass().add("phase-progress");
        progress.progressProperty().bind(vm.phaseProgressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.prefWidthProperty().bind(widthProperty().multiply(0.6));
        progress.setMinHeight(Region.USE_PREF_SIZE);
        Label name = label("target-name", vm.exerciseNameProperty());
        name.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format("-fx-font-size: %.0fpx;", Math.max(20, Math.min(getWidth() * 0.045, getHeight() * 0.065))),
                widthProperty(), heightProperty()));
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
        Button pause = button(wide, "", "", "Pause or resume", vm::togglePause);
        pause.textProperty().bind(Bindings.when(vm.pausedProperty())
                .then(Bindings.when(wide).then("▶  Resume  (Space)").otherwise("▶ Space"))
                .otherwise(Bindings.when(wide).then("❚❚  Pause  (Space)").otherwise("❚❚ Space")));
        Button nextButton = button(wide, "Next  (N)  ▶", "N ▶", "Skip to what comes next", vm::next);
        Button end = button(wide, "Done  (Esc)", "Esc", "End the strengthening and go back to the summary", vm::end);
        HBox buttons = new HBox(10, previous, pause, nextButton, end);
        buttons.getStyleClass().add("session-buttons");
        buttons.setAlignment(Pos.CENTER);

        setTop(new VBox(header, slept));
        setCenter(centre);
        setBottom(buttons);
        getStyleClass().add("session-layout");

        vm.phaseProperty().addListener((o, a, b) -> phaseClass(b));
        vm.pausedProperty().addListener((o, a, b) -> pseudoClassStateChanged(PAUSED, b));
        phaseClass(vm.phaseProperty().get());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (handleKey(vm, e.getCode())) {
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

    private static Label label(String styleClass, ObservableStringValue text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static Button button(BooleanBinding wide, String wideText, String narrowText, String accessibleText,
                                 Runnable action) {
        Button button = new Button(wideText);
        button.setAccessibleText(accessibleText);
        // Every action has its own key; keeping focus off the buttons keeps Space meaning "pause".
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        if (!wideText.isEmpty()) {
            button.textProperty().bind(Bindings.when(wide).then(wideText).otherwise(narrowText));
        }
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
