package dev.unknot.storage;

/** The log could not be opened, read or written. The message is in plain words and names the file. */
public final class StorageException extends Exception {
    private static final long serialVersionUID = 1L;

    public StorageException(String plainMessage) {
        super(plainMessage);
    }

    public StorageException(String plainMessage, Throwable cause) {
        super(plainMessage, cause);
    }
}
