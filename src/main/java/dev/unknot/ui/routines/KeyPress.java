package dev.unknot.ui.routines;

/**
 * A key pressed on the routine editor, as the view-model needs it.
 *
 * @param key      which key
 * @param toScreen whether the key is the screen's rather than the focused field's ({@link dev.unknot.ui.KeyRouting})
 * @param onList   pressed on the list of routines
 * @param step     the step row it was pressed in, else -1
 */
public record KeyPress(EditorKey key, boolean toScreen, boolean onList, int step) {
    /** Pressed neither on the list nor in a step row. */
    public static KeyPress elsewhere(EditorKey key, boolean toScreen) {
        return new KeyPress(key, toScreen, false, -1);
    }
}
