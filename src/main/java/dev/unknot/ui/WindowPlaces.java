package dev.unknot.ui;

import dev.unknot.domain.Theme;

import java.util.Optional;

/**
 * Remembers where windows were (by name, say "main" or "mini"), whether the mini timer was open, and the theme they
 * wear: all read before the first frame, so the window opens as it was left.
 */
public interface WindowPlaces {
    Optional<WindowPlace> place(String window);

    void keepPlace(String window, WindowPlace place);

    boolean isOpen(String window);

    void keepOpen(String window, boolean open);

    /** A copy of the saved theme setting (the log, which holds the setting, opens after the first frame). */
    Optional<Theme> theme();

    void keepTheme(Theme theme);
}
