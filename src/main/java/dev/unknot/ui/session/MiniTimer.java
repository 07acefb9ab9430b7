package dev.unknot.ui.session;

import dev.unknot.ui.KeyRouting;
import dev.unknot.ui.WindowKeeper;
import dev.unknot.ui.WindowPlaces;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

import java.util.List;

/**
 * A small always-on-top window with the countdown, the target and side, pause and next: the session readable at a
 * glance over other windows. It shows the same {@link SessionViewModel} as the session screen (one source of
 * truth) and takes the same keys. Movable by its title bar; its place is remembered.
 */
public final class MiniTimer {
    static final String NAME = "mini";
    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final WindowKeeper keeper;
    private boolean placed;

    public MiniTimer(SessionViewModel vm, Window owner, List<String> stylesheets, WindowPlaces places) {
        Label phase = TimerParts.label("mini-phase", vm.phaseLabelProperty());
        Label countdown = TimerParts.label("mini-countdown", vm.remainingTextProperty());
        Label target = new Label();
        target.textProperty().bind(Bindings.concat(vm.targetNameProperty(), " · ", vm.sideTextProperty()));
        target.getStyleClass().add("mini-target");
        Button pause = new Button();
        pause.textProperty().bind(Bindings.when(vm.pausedProperty()).then("▶ Space").otherwise("❚❚ Space"));
        pause.setAccessibleText("Pause or resume");
        pause.setFocusTraversable(false);
        pause.setOnAction(e -> vm.togglePause());
        Button next = new Button("N ▶");
        next.setAccessibleText("Skip to what comes next");
        next.setFocusTraversable(false);
        next.setOnAction(e -> vm.next());
        HBox buttons = new HBox(8, pause, next);
        buttons.setAlignment(Pos.CENTER);
        VBox root = new VBox(2, phase, countdown, target, buttons);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().addAll("mini-timer", "session-view");
        Scene scene = new Scene(root, 280, 170);
        // On the scene: nothing in the mini timer takes the focus, so key events target the scene itself.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // The session's keys, whichever of the two windows has the keyboard.
            if (vm.confirmingEndProperty().get()) {
                switch (e.getCode()) {
                    case ENTER -> vm.confirmEnd();
                    case ESCAPE -> vm.cancelEnd();
                    default -> {
                        return;
                    }
                }
                e.consume();
                return;
            }
            if (!KeyRouting.toScreen(e)) {
                return;
            }
            switch (e.getCode()) {
                case SPACE -> vm.togglePause();
                case RIGHT, N -> vm.next();
                case LEFT, P -> vm.previous();
                case PLUS, ADD, EQUALS -> vm.extendOneMinute();
                case ESCAPE -> vm.requestEnd(); // asks on the session screen, as there
                case M -> vm.setMiniTimerShown(false);
                default -> {
                    return;
                }
            }
            e.consume();
        });
        vm.pausedProperty().addListener((o, a, b) -> root.pseudoClassStateChanged(TimerParts.PAUSED, b));

        scene.getStylesheets().setAll(stylesheets);
        stage.setScene(scene);
        stage.setTitle("Unknot timer");
        stage.setAlwaysOnTop(true);
        stage.initOwner(owner);
        if (owner instanceof Stage main) {
            stage.getIcons().setAll(main.getIcons()); // the app's icon, in task switchers too
        }
        keeper = new WindowKeeper(stage, NAME, places);
        // Closed by its own close button: the session goes on, the main window's M brings it back.
        stage.setOnCloseRequest(e -> vm.setMiniTimerShown(false));
    }

    public void show() {
        if (!placed) {
            placed = true;
            if (keeper.remembered().isPresent()) {
                keeper.restore();
            } else {
                // First time: the top right corner of the screen, out of the way of what it floats over.
                javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
                stage.setX(screen.getMaxX() - stage.getScene().getWidth() - 24);
                stage.setY(screen.getMinY() + 24);
            }
        }
        stage.show();
    }

    public void hide() {
        if (stage.isShowing()) {
            stage.hide();
        }
    }

    public Stage stage() {
        return stage;
    }
}
