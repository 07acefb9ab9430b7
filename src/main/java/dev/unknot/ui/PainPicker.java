package dev.unknot.ui;

import dev.unknot.domain.Pain;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;

/**
 * An optional 0–10 pain rating: eleven toggles, none selected means "not rated". Clicking (or Space on) the
 * selected one clears it. Bound both ways to a view-model's nullable Integer property.
 */
public final class PainPicker extends FlowPane {
    private final ToggleGroup group = new ToggleGroup();
    private final javafx.beans.property.BooleanProperty compact = new javafx.beans.property.SimpleBooleanProperty();
    private boolean updating;

    public PainPicker(String caption, String accessibleName, ObjectProperty<Integer> value) {
        getStyleClass().add("pain-picker");
        setAlignment(Pos.CENTER_LEFT);
        // Wraps in a narrow window rather than pushing the screen wider than it is.
        setHgap(4);
        setVgap(4);
        Label label = new Label(caption);
        label.getStyleClass().add("pain-caption");
        getChildren().add(label);
        for (int score = Pain.MIN; score <= Pain.MAX; score++) {
            ToggleButton button = new ToggleButton(Integer.toString(score));
            button.setUserData(score);
            button.setToggleGroup(group);
            button.getStyleClass().add("pain-score");
            button.setAccessibleText(accessibleName + " " + score + " of 10");
            getChildren().add(button);
        }
        Label scale = new Label("0 none · 10 worst");
        scale.getStyleClass().add("pain-scale");
        scale.visibleProperty().bind(compact.not());
        scale.managedProperty().bind(scale.visibleProperty());
        getChildren().add(scale);
        label.setLabelFor(getChildren().get(1));

        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (!updating) {
                value.set(b == null ? null : (Integer) b.getUserData());
            }
        });
        value.addListener((o, a, b) -> show(b));
        show(value.get());
    }

    /** Compact (a short window): the scale's words give way, so the scores fit on one line. */
    public javafx.beans.property.BooleanProperty compactProperty() {
        return compact;
    }

    private void show(Integer score) {
        updating = true;
        try {
            group.getToggles().forEach(t -> t.setSelected(score != null && score.equals(t.getUserData())));
        } finally {
            updating = false;
        }
    }
}
