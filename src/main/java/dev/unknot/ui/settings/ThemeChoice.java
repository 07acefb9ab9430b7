package dev.unknot.ui.settings;

import dev.unknot.domain.Theme;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/** Light or dark, as two radio buttons (arrow keys move between them), bound both ways to the settings' theme. */
final class ThemeChoice extends HBox {
    private final ToggleGroup group = new ToggleGroup();

    ThemeChoice(ObjectProperty<Theme> theme) {
        super(14);
        getStyleClass().add("theme-choice");
        setAlignment(Pos.CENTER_LEFT);
        RadioButton dark = option(Theme.DARK, "Dark", "Dark theme, for a dim room");
        RadioButton light = option(Theme.LIGHT, "Light", "Light theme, for a bright room");
        Label caption = new Label("Theme");
        caption.getStyleClass().add("theme-caption");
        caption.setLabelFor(dark);
        getChildren().addAll(caption, dark, light);

        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was); // one theme is always chosen
            } else {
                theme.set((Theme) now.getUserData());
            }
        });
        theme.addListener((o, was, now) -> show(now));
        show(theme.get());
    }

    private RadioButton option(Theme value, String text, String accessibleText) {
        RadioButton button = new RadioButton(text);
        button.setUserData(value);
        button.setToggleGroup(group);
        button.setAccessibleText(accessibleText);
        button.getStyleClass().add(Theme.LIGHT == value ? "theme-light-option" : "theme-dark-option");
        return button;
    }

    private void show(Theme theme) {
        group.getToggles().stream().filter(t -> t.getUserData() == theme).findFirst().ifPresent(group::selectToggle);
    }
}
