package dev.unknot.ui.session;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableNumberValue;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Region;

/**
 * The pieces every timer screen is made of (the session, the strengthening block, the mini timer), so they look,
 * scale and take keys alike. Views only: each binds to view-model properties.
 */
public final class TimerParts {
    public static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");
    public static final PseudoClass POSITIONING = PseudoClass.getPseudoClass("positioning");
    public static final PseudoClass WORKING = PseudoClass.getPseudoClass("working");

    private TimerParts() {
    }

    /** A label showing {@code text}, with a style class. */
    public static Label label(String styleClass, ObservableStringValue text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().add(styleClass);
        return label;
    }

    /** A label shown only while {@code text} is not empty, wrapping across the screen: notices and warnings. */
    public static Label notice(String styleClass, ObservableStringValue text) {
        Label label = label(styleClass, text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** The countdown, as large as {@code screen} allows: about a third of its height, so 1280x800 reads from 3 m. */
    public static Label countdown(Region screen, ObservableStringValue text) {
        Label countdown = label("countdown", text);
        countdown.setMinWidth(Region.USE_PREF_SIZE);
        countdown.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format("-fx-font-size: %.0fpx;",
                        Math.max(48, Math.min(screen.getWidth() * 0.21, screen.getHeight() * 0.30))),
                screen.widthProperty(), screen.heightProperty()));
        return countdown;
    }

    /** What is being worked on (a target, an exercise), in type that grows with {@code screen}. */
    public static Label subject(Region screen, ObservableStringValue text) {
        Label subject = label("target-name", text);
        subject.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format("-fx-font-size: %.0fpx;",
                        Math.max(20, Math.min(screen.getWidth() * 0.045, screen.getHeight() * 0.065))),
                screen.widthProperty(), screen.heightProperty()));
        return subject;
    }

    /** How far the current phase has run, 60 % of {@code screen}'s width. */
    public static ProgressBar progress(Region screen, ObservableNumberValue phaseProgress) {
        ProgressBar progress = new ProgressBar();
        progress.getStyleClass().add("phase-progress");
        progress.progressProperty().bind(phaseProgress);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.prefWidthProperty().bind(screen.widthProperty().multiply(0.6));
        progress.setMinHeight(Region.USE_PREF_SIZE);
        return progress;
    }

    /**
     * A button that names its key: the full words where {@code wide}, else just the symbol and the key. It never
     * takes the focus: every action has its own key, and a focused button would make Space mean "press me".
     */
    public static Button button(BooleanBinding wide, String wideText, String narrowText, String accessibleText,
                                Runnable action) {
        Button button = new Button(wideText);
        button.setAccessibleText(accessibleText);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        button.textProperty().bind(Bindings.when(wide).then(wideText).otherwise(narrowText));
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /** Pause or resume, its words following {@code paused}. */
    public static Button pauseButton(BooleanBinding wide, ObservableBooleanValue paused, Runnable toggle) {
        Button pause = button(wide, "", "", "Pause or resume", toggle);
        pause.textProperty().unbind();
        pause.textProperty().bind(Bindings.when(paused)
                .then(Bindings.when(wide).then("▶  Resume  (Space)").otherwise("▶ Space"))
                .otherwise(Bindings.when(wide).then("❚❚  Pause  (Space)").otherwise("❚❚ Space")));
        return pause;
    }
}
