package dev.unknot.domain;

/** A value the user gave (or a routine holds) breaks one of our rules; the message says which, in plain words. */
public final class ValidationException extends IllegalArgumentException {
    public ValidationException(String message) {
        super(message);
    }
}
