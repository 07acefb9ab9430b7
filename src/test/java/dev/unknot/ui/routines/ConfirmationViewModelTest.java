package dev.unknot.ui.routines;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The question asked before something is lost: its answers, its keys, and where the focus goes. */
class ConfirmationViewModelTest {
    private static final Confirmation DELETE = new Confirmation("Delete \"Evening\"?", "This cannot be undone.",
            "Delete  (Enter)", "Keep it  (Esc)");

    private final List<String> focus = new ArrayList<>();
    private final List<String> done = new ArrayList<>();
    private final ConfirmationViewModel question = new ConfirmationViewModel(r -> focus.add(r.toString()));

    @Test
    void askingShowsTheWordsAndSendsTheFocusToKeepAndAnsweringSendsItBack() {
        question.ask(DELETE, () -> done.add("deleted"), () -> done.add("kept"));

        assertTrue(question.showingProperty().get());
        assertEquals(DELETE, question.confirmationProperty().get());
        assertEquals(List.of("Delete \"Evening\"?", "This cannot be undone.", "Delete  (Enter)", "Keep it  (Esc)"),
                List.of(question.questionProperty().get(), question.detailProperty().get(),
                        question.confirmTextProperty().get(), question.keepTextProperty().get()));
        assertEquals(List.of("QUESTION"), focus);
        assertTrue(done.isEmpty(), "nothing done before the answer");

        question.confirm();

        assertFalse(question.showingProperty().get());
        assertNull(question.confirmationProperty().get());
        assertEquals(List.of("deleted"), done);
        assertEquals(List.of("QUESTION", "BACK"), focus);
        assertEquals("Delete \"Evening\"?", question.questionProperty().get(), "the card keeps its words as it goes");
    }

    @Test
    void enterConfirmsEscapeKeepsAndEachAnswersOnce() {
        question.ask(DELETE, () -> done.add("deleted"), () -> done.add("kept"));
        assertTrue(question.keyPressed(EditorKey.ENTER));
        question.ask(DELETE, () -> done.add("deleted"), () -> done.add("kept"));
        assertTrue(question.keyPressed(EditorKey.ESCAPE));

        assertFalse(question.keyPressed(EditorKey.ENTER), "no question: Enter is not the question's");
        question.confirm();
        question.cancel();
        assertEquals(List.of("deleted", "kept"), done);
        assertEquals(List.of("QUESTION", "BACK", "QUESTION", "BACK"), focus, "no focus moves without a question");
    }

    @Test
    void whileAskedTabAndSpaceMoveAndPressItsAnswersAndEveryOtherKeyIsSwallowed() {
        question.ask(DELETE, () -> done.add("deleted"));

        assertFalse(question.keyPressed(EditorKey.TAB));
        assertFalse(question.keyPressed(EditorKey.SPACE));
        for (EditorKey key : List.of(EditorKey.SAVE, EditorKey.DELETE, EditorKey.MOVE_UP, EditorKey.MOVE_DOWN,
                EditorKey.OTHER)) {
            assertTrue(question.keyPressed(key), key + " is swallowed");
        }
        assertTrue(question.showingProperty().get());
        assertTrue(done.isEmpty());
    }

    @Test
    void noKeyIsTheQuestionsWhenNoneIsAsked() {
        for (EditorKey key : EditorKey.values()) {
            assertFalse(question.keyPressed(key), key.name());
        }
        assertTrue(focus.isEmpty());
    }
}
