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

    /** FINISHED or ENDED_EARLY; the snapshot holds the final seconds. */
    default void ended(SessionSnapshot snapshot) {
    }
}
