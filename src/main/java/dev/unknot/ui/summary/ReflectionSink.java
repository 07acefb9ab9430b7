package dev.unknot.ui.summary;

import java.util.OptionalInt;

/** Where the end summary's "pain after" and note go (the session's row in the log). */
@FunctionalInterface
public interface ReflectionSink {
    void save(OptionalInt painAfter, String note);
}
