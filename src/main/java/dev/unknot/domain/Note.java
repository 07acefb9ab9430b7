package dev.unknot.domain;

/** The free-text note a person may keep with a session. Always optional: empty means none. */
public final class Note {
    /** In characters (Unicode code points), after leading and trailing white space is removed. */
    public static final int MAX_LENGTH = 2_000;

    private Note() {
    }

    /** The note as it is kept: null becomes empty, surrounding white space is removed; too long is refused. */
    public static String clean(String note) {
        String stripped = note == null ? "" : note.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length > MAX_LENGTH) {
            throw new ValidationException(String.format(java.util.Locale.ROOT,
                    "A note can be at most %,d characters long; this one has %,d.", MAX_LENGTH, length));
        }
        return stripped;
    }
}
