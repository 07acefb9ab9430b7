package dev.unknot.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.unknot.domain.Theme;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Puts the chosen theme on the whole app at once: AtlantaFX's Primer light or dark as the base look of every
 * control (dialogs included), then Unknot's stylesheet and the theme's palette on every window's scene, and the
 * root marked {@code theme-dark} or {@code theme-light}. Popups (menus, notifications) copy their owner's
 * stylesheets when they open, so they are left to do that.
 */
public final class Appearance implements AutoCloseable {
    public static final String MAIN = stylesheet("unknot.css");
    private static final String DARK_PALETTE = stylesheet("palette-dark.css");
    private static final String LIGHT_PALETTE = stylesheet("palette-light.css");
    private static final List<String> THEME_CLASSES = List.of(styleClass(Theme.DARK), styleClass(Theme.LIGHT));

    private final Consumer<String> userAgent;
    private final ObservableList<Window> windows;
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>();
    private final ListChangeListener<Window> opened = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::style);
        }
    };

    /**
     * @param userAgent sets the base stylesheet for every window ({@code Application::setUserAgentStylesheet})
     * @param windows   the app's windows ({@code Window.getWindows()}), followed until {@link #close()}
     */
    public Appearance(Theme initial, Consumer<String> userAgent, ObservableList<Window> windows) {
        this.userAgent = Objects.requireNonNull(userAgent);
        this.windows = Objects.requireNonNull(windows);
        windows.addListener(opened);
        apply(initial);
    }

    /** Switches every open window now, and every window opened later. */
    public void apply(Theme chosen) {
        Objects.requireNonNull(chosen);
        if (chosen == theme.get()) {
            return;
        }
        userAgent.accept(userAgentStylesheet(chosen));
        theme.set(chosen);
        List.copyOf(windows).forEach(this::style);
    }

    /** The theme on screen. */
    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    /** Gives a scene Unknot's stylesheet and the current palette, replacing any other palette. */
    public void style(Scene scene) {
        Theme current = theme.get();
        List<String> sheets = scene.getStylesheets();
        sheets.removeAll(List.of(DARK_PALETTE, LIGHT_PALETTE));
        if (!sheets.contains(MAIN)) {
            sheets.add(0, MAIN);
        }
        sheets.add(palette(current));
        markRoot(scene.getRoot(), current);
    }

    public static String userAgentStylesheet(Theme theme) {
        return theme == Theme.LIGHT ? new PrimerLight().getUserAgentStylesheet() : new PrimerDark().getUserAgentStylesheet();
    }

    public static String palette(Theme theme) {
        return theme == Theme.LIGHT ? LIGHT_PALETTE : DARK_PALETTE;
    }

    /** The root's style class for a theme, for rules that differ by more than a colour. */
    public static String styleClass(Theme theme) {
        return "theme-" + theme.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void close() {
        windows.removeListener(opened);
    }

    private void style(Window window) {
        if (window instanceof PopupWindow || window.getScene() == null) {
            return;
        }
        style(window.getScene());
    }

    private static void markRoot(Parent root, Theme theme) {
        if (root != null) {
            root.getStyleClass().removeAll(THEME_CLASSES);
            root.getStyleClass().add(styleClass(theme));
        }
    }

    private static String stylesheet(String name) {
        return Objects.requireNonNull(Appearance.class.getResource("/dev/unknot/ui/" + name), name).toExternalForm();
    }
}
