package dev.unknot.ui.routines;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The question the routine editor asks before something is lost (delete this? discard your changes?), and what
 * the keys do while it is asked: Enter does it, Escape keeps things as they are, Tab and Space move between and
 * press its two answers, and every other key is swallowed, as nothing behind the question changes while it is
 * asked. The focus goes to the "keep" answer when it is asked, and back when it is answered.
 */
public final class ConfirmationViewModel {
    private final Consumer<FocusRequest> focus;
    private final ReadOnlyObjectWrapper<Confirmation> asked = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper confirmText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper keepText = new ReadOnlyStringWrapper("");
    private Runnable onConfirm = () -> { };
    private Runnable onKeep = () -> { };

    /** @param focus told where the keyboard goes when the question is asked and answered */
    public ConfirmationViewModel(Consumer<FocusRequest> focus) {
        this.focus = Objects.requireNonNull(focus);
    }

    /** Asks; {@code action} runs if the answer is yes. */
    public void ask(Confirmation confirmation, Runnable action) {
        ask(confirmation, action, () -> { });
    }

    /** Asks; {@code action} runs if the answer is yes, {@code keep} if it is no. */
    public void ask(Confirmation confirmation, Runnable action, Runnable keep) {
        onConfirm = Objects.requireNonNull(action);
        onKeep = Objects.requireNonNull(keep);
        question.set(confirmation.question());
        detail.set(confirmation.detail());
        confirmText.set(confirmation.confirmText());
        keepText.set(confirmation.keepText());
        asked.set(confirmation);
        showing.set(true);
        focus.accept(FocusRequest.to(FocusRequest.Spot.QUESTION));
    }

    /** Does what was asked about. */
    public void confirm() {
        Runnable action = onConfirm;
        answered();
        action.run();
    }

    /** Leaves things as they were. */
    public void cancel() {
        Runnable keep = onKeep;
        answered();
        keep.run();
    }

    /**
     * A key pressed while the question may be asked; true when the key is used (so nothing else acts on it):
     * while asked, all but Tab and Space.
     */
    public boolean keyPressed(EditorKey key) {
        if (!showing.get()) {
            return false;
        }
        switch (key) {
            case ENTER -> confirm();
            case ESCAPE -> cancel();
            default -> {
                return key != EditorKey.TAB && key != EditorKey.SPACE;
            }
        }
        return true;
    }

    /** The question being asked; null when none. */
    public ReadOnlyObjectProperty<Confirmation> confirmationProperty() {
        return asked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** The last question's words (kept after it is answered, so the card does not empty as it goes). */
    public ReadOnlyStringProperty questionProperty() {
        return question.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmTextProperty() {
        return confirmText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty keepTextProperty() {
        return keepText.getReadOnlyProperty();
    }

    private void answered() {
        boolean wasAsked = showing.get();
        onConfirm = () -> { };
        onKeep = () -> { };
        asked.set(null);
        showing.set(false);
        if (wasAsked) {
            focus.accept(FocusRequest.to(FocusRequest.Spot.BACK));
        }
    }
}
