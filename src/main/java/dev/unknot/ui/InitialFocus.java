package dev.unknot.ui;

import javafx.scene.Node;

/** A screen that knows where typing should go when it opens (a list, the first field). */
public interface InitialFocus {
    Node initialFocus();
}
