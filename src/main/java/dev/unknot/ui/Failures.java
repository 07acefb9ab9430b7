package dev.unknot.ui;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns what a future failed with into the sentence to show a person. */
public final class Failures {
    private Failures() {
    }

    /** The message of the real cause, under any CompletionException/ExecutionException wrapping. */
    public static String message(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String text = cause.getMessage();
        return text == null || text.isBlank() ? cause.getClass().getSimpleName() : text;
    }
}
