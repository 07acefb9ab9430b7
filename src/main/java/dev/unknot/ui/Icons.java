package dev.unknot.ui;

import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Icons from the Material Design font (Ikonli): drawn as text, so they take the text colour of either theme and
 * stay sharp at any size. Decoration only: every control keeps its words and accessible name.
 */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("icon");
        return icon;
    }

    /** Puts the icon before the control's text. */
    public static <T extends Labeled> T on(T control, Ikon ikon) {
        control.setGraphic(of(ikon));
        return control;
    }

    public static <T extends MenuItem> T on(T item, Ikon ikon) {
        item.setGraphic(of(ikon));
        return item;
    }
}
