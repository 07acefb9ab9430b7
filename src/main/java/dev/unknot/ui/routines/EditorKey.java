package dev.unknot.ui.routines;

/**
 * The keys the routine editor acts on, as the view reads them from a key press (Ctrl+S, Alt+Up, Alt+Down with
 * exactly those modifiers; the others by their key alone). The view-model decides what each does.
 */
public enum EditorKey {
    SAVE, MOVE_UP, MOVE_DOWN, DELETE, ENTER, ESCAPE, TAB, SPACE, OTHER
}
