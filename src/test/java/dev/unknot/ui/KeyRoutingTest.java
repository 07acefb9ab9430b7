package dev.unknot.ui;

import dev.unknot.ui.KeyRouting.Focus;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The key rule on its own, without a scene: which keys a screen may act on, by what has the keyboard. */
class KeyRoutingTest {

    @ParameterizedTest(name = "{0} {1} ctrl={2} alt={3} -> screen {4}")
    @CsvSource({
            // The screens' plain keys type or edit in a field: Delete, Backspace, Space, letters, digits, +, arrows.
            "TEXT_LINE,   DELETE,     false, false, false",
            "TEXT_LINE,   BACK_SPACE, false, false, false",
            "TEXT_LINE,   SPACE,      false, false, false",
            "TEXT_LINE,   N,          false, false, false",
            "TEXT_LINE,   P,          false, false, false",
            "TEXT_LINE,   S,          false, false, false",
            "TEXT_LINE,   M,          false, false, false",
            "TEXT_LINE,   PLUS,       false, false, false",
            "TEXT_LINE,   ADD,        false, false, false",
            "TEXT_LINE,   EQUALS,     false, false, false",
            "TEXT_LINE,   DIGIT1,     false, false, false",
            "TEXT_LINE,   NUMPAD7,    false, false, false",
            "TEXT_LINE,   LEFT,       false, false, false",
            "TEXT_LINE,   F11,        false, false, false",
            "PICKER,      DELETE,     false, false, false",
            "PICKER,      SPACE,      false, false, false",
            "PICKER,      DOWN,       false, false, false",
            "TEXT_AREA,   N,          false, false, false",
            // The field's own editing commands stay the field's.
            "TEXT_LINE,   Z,          true,  false, false",
            "PICKER,      Z,          true,  false, false",
            "TEXT_AREA,   Y,          true,  false, false",
            "TEXT_LINE,   A,          true,  false, false",
            "TEXT_LINE,   C,          true,  false, false",
            "TEXT_LINE,   X,          true,  false, false",
            "TEXT_LINE,   V,          true,  false, false",
            "TEXT_LINE,   LEFT,       true,  false, false",
            "TEXT_LINE,   BACK_SPACE, true,  false, false",
            "TEXT_LINE,   RIGHT,      false, true,  false",
            // Escape is the screen's (leave, cancel), unless a field's list is open: that closes first.
            "TEXT_LINE,   ESCAPE,     false, false, true",
            "TEXT_AREA,   ESCAPE,     false, false, true",
            "PICKER,      ESCAPE,     false, false, true",
            "OPEN_PICKER, ESCAPE,     false, false, false",
            // Enter submits the form from a one-line field; a picker takes it for its date or item; a text area for a line.
            "TEXT_LINE,   ENTER,      false, false, true",
            "PICKER,      ENTER,      false, false, false",
            "OPEN_PICKER, ENTER,      false, false, false",
            "TEXT_AREA,   ENTER,      false, false, false",
            // Other commands are the screen's and the menus', from any field.
            "TEXT_LINE,   H,          true,  false, true",
            "TEXT_LINE,   Q,          true,  false, true",
            "TEXT_LINE,   S,          true,  false, true",
            "TEXT_LINE,   DIGIT1,     true,  false, true",
            "TEXT_LINE,   COMMA,      true,  false, true",
            "PICKER,      UP,         false, true,  true",
            "PICKER,      DOWN,       false, true,  true",
            "OPEN_PICKER, Q,          true,  false, true",
            "TEXT_LINE,   UP,         false, true,  true",
    })
    void aFieldKeepsItsKeys(Focus focus, KeyCode code, boolean command, boolean alt, boolean toScreen) {
        assertEquals(toScreen, KeyRouting.toScreen(focus, code, command, alt));
    }

    /** Outside a field nothing changes: Space pauses, Delete deletes, Ctrl+Z undoes, from a list or a button. */
    @Test
    void everyKeyIsTheScreensWhenNoFieldHasTheKeyboard() {
        List<String> kept = new ArrayList<>();
        for (KeyCode code : KeyCode.values()) {
            for (boolean[] held : new boolean[][] {{false, false}, {true, false}, {false, true}}) {
                if (!KeyRouting.toScreen(Focus.OTHER, code, held[0], held[1])) {
                    kept.add(code + " ctrl=" + held[0] + " alt=" + held[1]);
                }
            }
        }
        assertEquals(List.of(), kept);
    }
}
