package dev.unknot.ui;

import java.util.List;
import java.util.Optional;

/**
 * The questions and messages a view-model puts to the person in a dialog of its own. The app shows JavaFX dialogs
 * over its window ({@code ui/FxDialogs}); tests answer with a script. Every call is made on the UI thread; the ones
 * that ask wait for the answer.
 */
public interface DialogService {
    /** A message with one OK; {@code problem} marks it as something that went wrong. */
    void tell(String title, String message, boolean problem);

    /**
     * A yes/no question.
     *
     * @param yes what the button that goes ahead says ("Replace my log"); the other one cancels
     * @return whether the person chose {@code yes}
     */
    boolean confirm(String title, String header, String message, String yes);

    /** One of {@code choices} (shown by their toString), {@code first} chosen at the start; empty if cancelled. */
    <T> Optional<T> choose(String title, String header, List<T> choices, T first);

    /**
     * A warning with two ways on: {@code yes} or {@code no} (with {@code yes} null, only OK).
     *
     * @return whether the person chose {@code yes}
     */
    boolean warn(String title, String header, String message, String yes, String no);
}
