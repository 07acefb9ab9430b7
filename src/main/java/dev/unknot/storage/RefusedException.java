package dev.unknot.storage;

/**
 * The log works, but what was asked cannot be done to it as it is now (the session is still being recorded, it is
 * gone, its place is taken). Nothing was changed. The message says why, in plain words, for the person.
 */
public final class RefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RefusedException(String plainMessage) {
        super(plainMessage);
    }
}
