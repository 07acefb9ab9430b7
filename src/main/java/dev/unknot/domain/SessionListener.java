package dev.unknot.domain;

/** What a running session tells the outside world: the screen, the sounds and the log. Called on the caller's thread. */
public interface SessionListener {
    /** The session has left READY. */
    default void started(SessionSnapshot snapshot) {
    }

    default void cue(Cue cue, SessionSnapshot snapshot) {
    }

    /** A moment to persist: every transition, pause, resume, extension, and at least every checkpoint interval of work. */
    default void checkpoint(SessionSnapshot snapshot) {
    }

    /**
     * The session paused itself because the computer slept (or the process stood still) for {@code gapNanos}; the
     * snapshot is the session as it stood when it stopped, and the gap is not counted as work.
     */
    default void slept(long gapNanos, SessionSnapshot snapshot) {
    }

    /** FINISHED or ENDED_EARLY; the snapshot holds the final seconds. */
    default void ended(SessionSnapshot snapshot) {
    }
}
