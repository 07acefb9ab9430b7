package dev.unknot.storage;

import java.io.IOException;

/** A problem with the log found before SQLite is asked; the message is already the plain reason, ending in a full stop. */
final class LogProblem extends IOException {
    private static final long serialVersionUID = 1L;

    LogProblem(String plainReason) {
        super(plainReason);
    }
}
