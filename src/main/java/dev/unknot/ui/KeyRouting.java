package dev.unknot.ui;

import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whose a key press is: the field that has the keyboard, or the screen's keys (Delete deletes, Space pauses, N skips,
 * Escape leaves, Ctrl+Z undoes a delete, the menus' Ctrl keys...). Every screen, the menu bar and the mini timer ask
 * here before acting on a key, so one rule holds everywhere:
 *
 * <p>While a <b>field</b> has the keyboard — a text field or area, a combo box, a date picker, a spinner, a choice
 * box — a key is the field's and the screen does nothing with it. So Delete, Backspace, Space, letters, digits, +,
 * the arrows and Ctrl+Z type or edit in the field (or move in its list) and never delete a session, pause, skip or
 * undo a delete. Three kinds of key are still the screen's:
 * <ul>
 *   <li><b>Escape</b>: leave the screen or cancel, as the screen defines (the start screen from history, settings
 *       and routines; back to the start from the summary). A field's open list or calendar takes it first and
 *       closes.</li>
 *   <li><b>Enter in a one-line text field</b>: it submits the screen's form, as a default button would (settings
 *       save, the summary goes back to the start). In a date picker, combo box or spinner Enter is the field's: it
 *       takes the typed date or the chosen item. In a text area it starts a new line.</li>
 *   <li><b>Commands</b> (a key with Ctrl, Cmd or Alt): the menus' keys (Ctrl+H, Ctrl+Q...), Ctrl+S, Alt+Up/Down;
 *       except the field's own editing commands: undo and redo (Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z), select all, copy,
 *       cut and paste (Ctrl+A, C, X, V, Insert), and moving or deleting by word (Ctrl or Alt with Left, Right,
 *       Home, End, Backspace, Delete).</li>
 * </ul>
 * With anything else focused (a list, a table, a button, the screen itself) every key is the screen's, as before.
 *
 * <p>A question laid over a screen ({@link ConfirmOverlay}) is not routed here: while it is asked, its Enter and
 * Escape answer it wherever the focus is.
 */
public final class KeyRouting {
    /** What has the keyboard, as far as keys are concerned. */
    public enum Focus {
        /** Not a field: a list, a table, a button, a toggle, the screen itself, or nothing. */
        OTHER,
        /** A one-line text field. */
        TEXT_LINE,
        /** A text area. */
        TEXT_AREA,
        /** A combo box, date picker, spinner or choice box (editable or not), its list closed. */
        PICKER,
        /** A combo box, date picker or choice box with its list or calendar open. */
        OPEN_PICKER
    }

    /** The field's own editing commands, with Ctrl (Cmd). */
    private static final Set<KeyCode> EDITING_COMMANDS = EnumSet.of(KeyCode.Z, KeyCode.Y, KeyCode.A, KeyCode.C,
            KeyCode.X, KeyCode.V, KeyCode.INSERT);
    /** Moving or deleting by word or to the end, with Ctrl (Cmd) or Alt. */
    private static final Set<KeyCode> WORD_KEYS = EnumSet.of(KeyCode.LEFT, KeyCode.RIGHT, KeyCode.HOME, KeyCode.END,
            KeyCode.BACK_SPACE, KeyCode.DELETE, KeyCode.KP_LEFT, KeyCode.KP_RIGHT);

    private KeyRouting() {
    }

    /**
     * The rule: may the screen act on this key, pressed while {@code focus} has the keyboard?
     *
     * @param command Ctrl, Cmd (Meta) or the platform's shortcut key is held
     * @param alt     Alt is held
     */
    public static boolean toScreen(Focus focus, KeyCode code, boolean command, boolean alt) {
        if (focus == Focus.OTHER) {
            return true;
        }
        if (command || alt) {
            boolean editing = (command && EDITING_COMMANDS.contains(code)) || WORD_KEYS.contains(code);
            return !editing;
        }
        return switch (code) {
            case ESCAPE -> focus != Focus.OPEN_PICKER;
            case ENTER -> focus == Focus.TEXT_LINE;
            default -> false;
        };
    }

    /** The rule for a key event, its target being what has the keyboard (or the scene, when nothing has). */
    public static boolean toScreen(KeyEvent e) {
        return toScreen(focusOf(e.getTarget()), e.getCode(), e.isShortcutDown() || e.isControlDown() || e.isMetaDown(),
                e.isAltDown());
    }

    /**
     * What kind of thing has the keyboard: the target or the control it is part of (a date picker's or combo box's
     * own text field is the picker's).
     */
    public static Focus focusOf(EventTarget target) {
        Focus found = Focus.OTHER;
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof ComboBoxBase<?> picker) {
                return picker.isShowing() ? Focus.OPEN_PICKER : Focus.PICKER;
            }
            if (n instanceof ChoiceBox<?> choice) {
                return choice.isShowing() ? Focus.OPEN_PICKER : Focus.PICKER;
            }
            if (n instanceof Spinner<?>) {
                return Focus.PICKER;
            }
            if (found == Focus.OTHER && n instanceof TextInputControl) {
                found = n instanceof TextArea ? Focus.TEXT_AREA : Focus.TEXT_LINE;
            }
        }
        return found;
    }
}
