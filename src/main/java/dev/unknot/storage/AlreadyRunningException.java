package dev.unknot.storage;

import java.nio.file.Path;

/** Another Unknot window (in this process or another) holds the log's lock. The message is for the person. */
public final class AlreadyRunningException extends Exception {
    private static final long serialVersionUID = 1L;

    AlreadyRunningException(Path dbFile) {
        super("Unknot is already running and using " + dbFile
                + ". Close the other window: a session run in this one is kept and saved as soon as it is closed.");
    }
}
