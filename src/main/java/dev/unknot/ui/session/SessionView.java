package dev.unknot.ui.session;

import dev.unknot.domain.Phase;
import dev.unknot.ui.KeyRouting;
import dev.unknot.ui.ConfirmOverlay;
import dev.unknot.ui.body.BodyOutline;
import dev.unknot.ui.pose.PoseFigure;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.NumberBinding;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

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
 * The session screen: huge countdown, where to be and with what, what comes next. Every action has a
 * button and a key; the keys are caught before any button so Space always pauses, whatever has focus.
 */
public final class SessionView extends StackPane {

    public SessionView(SessionViewModel vm, ObservableStringValue saveProblem) {
        getStyleClass().add("session-view");

        Label routine = label("session-routine", vm.routineNameProperty());
        Label position = label("session-position", vm.positionTextProperty());
        Label sessionLeft = label("session-remaining", vm.sessionRemainingTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(16, routine, position, spacer, sessionLeft);
        header.getStyleClass().add("session-header");
        header.setAlignment(Pos.CENTER_LEFT);

        Label problem = notice("save-problem", saveProblem);

        Label phaseLabel = label("phase-label", vm.phaseLabelProperty());
        Label countdown = countdown(this, vm.remainingTextProperty());
        ProgressBar progress = progress(this, vm.phaseProgressProperty());

        Label target = subject(this, vm.targetNameProperty());
        Label side = label("target-side", vm.sideTextProperty());
        Label tool = label("target-tool", vm.toolTextProperty());
        HBox where = new HBox(24, side, new Label("·"), tool);
        where.getStyleClass().add("target-where");
        where.setAlignment(Pos.CENTER);
        Label howTo = label("how-to", vm.howToProperty());
        howTo.setWrapText(true);
        howTo.maxWidthProperty().bind(widthProperty().multiply(0.8));
        // In a small window the countdown, target and side matter most; the how-to gives way first.
        howTo.visibleProperty().bind(heightProperty().greaterThan(560));
        howTo.managedProperty().bind(howTo.visibleProperty());
        Label caution = notice("caution", vm.cautionProperty());
        caution.maxWidthProperty().bind(widthProperty().multiply(0.8));
        Label next = label("next-up", vm.nextTextProperty());
        next.setWrapText(true);

        for (Region fixed : new Region[] {phaseLabel, countdown, target, where, next}) {
            fixed.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox centre = new VBox(8, phaseLabel, countdown, progress, target, where, howTo, caution, next);
        centre.getStyleClass().add("session-centre");
        centre.setAlignment(Pos.CENTER);

        // Full labels where there is room; in a narrow window just the symbol and its key.
        BooleanBinding wide = widthProperty().greaterThan(980);
        Button previous = button(wide, "◀  Previous  (P)", "◀ P", "Previous target or side", vm::previous);
        Button pause = pauseButton(wide, vm.pausedProperty(), vm::togglePause);
        Button extend = button(wide, "+1 min  (+)", "+1 min", "One more minute on this side", vm::extendOneMinute);
        Button nextButton = button(wide, "Next  (N)  ▶", "N ▶", "Skip to what comes next", vm::next);
        Button end = button(wide, "End  (Esc)", "Esc", "End the session early", vm::requestEnd);
        Button fullScreen = button(wide, "Full screen  (F11)", "F11", "Toggle full screen", this::toggleFullScreen);
        Button mini = button(wide, "Mini timer  (M)", "M", "Show or hide the small timer that stays on top",
                vm::toggleMiniTimer);
        mini.getStyleClass().add("mini-toggle");
        HBox buttons = new HBox(10, previous, pause, extend, nextButton, end, mini, fullScreen);
        buttons.getStyleClass().add("session-buttons");
        buttons.setAlignment(Pos.CENTER);

        BorderPane layout = new BorderPane(centre);
        Label advisory = notice("advisory", vm.advisoryProperty());
        Label slept = notice("slept-notice", vm.sleptNoticeProperty());
        Label limit = notice("limit-notice", vm.limitNoticeProperty());
        layout.setTop(new VBox(header, problem, slept, limit, advisory));
        layout.setBottom(buttons);
        BodyOutline body = new BodyOutline();
        body.marksProperty().bind(vm.bodyMarksProperty());
        body.fitTo(this, 0.42, 1000, 560);
        // How to lie, beside the how-to; it gives way before the countdown does in a small window.
        PoseFigure pose = new PoseFigure();
        pose.shownProperty().bind(vm.poseProperty());
        pose.movingProperty().bind(vm.poseMovingProperty());
        pose.fitTo(this, 0.22, 0.42, 760, 500);
        // With the outline shown, both side columns are as wide as the wider of the two, so the countdown stays in
        // the middle of the window; in a narrower window (no outline) the figure alone keeps a column.
        NumberBinding both = Bindings.max(body.prefWidthProperty(),
                Bindings.when(pose.managedProperty()).then(pose.prefWidthProperty()).otherwise(0.0));
        NumberBinding leftWidth = Bindings.when(body.managedProperty()).then(both).otherwise(0.0);
        NumberBinding rightWidth = Bindings.when(body.managedProperty()).then(both)
                .otherwise(Bindings.when(pose.managedProperty()).then(pose.prefWidthProperty()).otherwise(0.0));
        StackPane left = new StackPane(body);
        StackPane right = new StackPane(pose);
        left.minWidthProperty().bind(leftWidth);
        left.maxWidthProperty().bind(leftWidth);
        right.minWidthProperty().bind(rightWidth);
        right.maxWidthProperty().bind(rightWidth);
        layout.setLeft(left);
        layout.setRight(right);
        layout.getStyleClass().add("session-layout");

        Node confirm = confirmation(vm);

        getChildren().addAll(layout, confirm);
        vm.phaseProperty().addListener((o, a, b) -> phaseClass(b));
        vm.pausedProperty().addListener((o, a, b) -> pseudoClassStateChanged(PAUSED, b));
        phaseClass(vm.phaseProperty().get());

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (handleKey(vm, e)) {
                e.consume();
            }
        });
        setFocusTraversable(true);
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                requestFocus();
            }
        });
    }

    private void phaseClass(Phase phase) {
        pseudoClassStateChanged(POSITIONING, phase == Phase.POSITIONING);
        pseudoClassStateChanged(WORKING, phase == Phase.WORKING);
    }

    private boolean handleKey(SessionViewModel vm, KeyEvent e) {
        KeyCode code = e.getCode();
        if (vm.confirmingEndProperty().get()) {
            switch (code) {
                case ENTER -> vm.confirmEnd();
                case ESCAPE -> vm.cancelEnd();
                default -> {
                    return code != KeyCode.F11 && code != KeyCode.SPACE;
                }
            }
            return true;
        }
        if (!KeyRouting.toScreen(e)) {
            return false;
        }
        switch (code) {
            case SPACE -> vm.togglePause();
            case RIGHT, N -> vm.next();
            case LEFT, P -> vm.previous();
            case PLUS, ADD, EQUALS -> vm.extendOneMinute();
            case ESCAPE -> vm.requestEnd();
            case F11 -> toggleFullScreen();
            case M -> vm.toggleMiniTimer();
            default -> {
                return false;
            }
        }
        return true;
    }

    private void toggleFullScreen() {
        if (getScene() != null && getScene().getWindow() instanceof Stage stage) {
            // Escape belongs to "end session"; F11 is the way in and out of full screen.
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("Press F11 to leave full screen");
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    private Node confirmation(SessionViewModel vm) {
        ConfirmOverlay overlay = new ConfirmOverlay("end-confirm", vm::confirmEnd, vm::cancelEnd).texts(
                "", "", "End session  (Enter)", "Keep going  (Esc)");
        overlay.question().textProperty().bind(vm.endQuestionProperty());
        overlay.detail().textProperty().bind(vm.endDetailProperty());
        overlay.yes().setAccessibleText("End the session now");
        overlay.no().setAccessibleText("Keep the session running");
        // Every action has its own key; keeping focus off the buttons keeps Space meaning "pause".
        overlay.yes().setFocusTraversable(false);
        overlay.no().setFocusTraversable(false);
        overlay.visibleProperty().bind(vm.confirmingEndProperty());
        return overlay;
    }
}
