package dev.unknot.storage;

/** The file's user_version is newer than this build knows: it is refused and left as it is. */
final class SchemaTooNewException extends Exception {
    private static final long serialVersionUID = 1L;

    final int found;
    final int known;

    SchemaTooNewException(int found, int known) {
        super("schema " + found + " is newer than " + known);
        this.found = found;
        this.known = known;
    }
}
