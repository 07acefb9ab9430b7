package dev.unknot.domain;

public enum Phase {
    /** Built, not started. */
    READY,
    /** The reposition countdown before a segment: get onto the tool. */
    POSITIONING,
    /** Timed work on the segment. */
    WORKING,
    /** Every segment ran to its end (some may have been skipped with next). */
    FINISHED,
    /** The person ended the session before its end. */
    ENDED_EARLY;

    public boolean isOver() {
        return this == FINISHED || this == ENDED_EARLY;
    }
}
