package dev.unknot.ui;

/**
 * A screen that can hold edits not yet saved (settings, the routine editor). Leaving it any way (Escape, a menu key,
 * the menu) asks first, the same question on every such screen: "Discard your changes?" with Enter to discard and
 * leave, as Enter answers yes to every question in Unknot, and Escape to keep editing.
 */
public interface UnsavedEdits {
    /** Runs {@code leave} at once when nothing is unsaved; otherwise asks, and runs it only if the person discards. */
    void leaveThen(Runnable leave);
}
