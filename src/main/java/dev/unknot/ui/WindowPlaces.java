package dev.unknot.ui;

import java.util.Optional;

/** Remembers where windows were (by name, say "main" or "mini") and whether the mini timer was open. */
public interface WindowPlaces {
    Optional<WindowPlace> place(String window);

    void keepPlace(String window, WindowPlace place);

    boolean isOpen(String window);

    void keepOpen(String window, boolean open);
}
