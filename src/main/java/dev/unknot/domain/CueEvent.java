package dev.unknot.domain;

import java.util.Objects;

/**
 * A cue and the session as it stood when it fired, so whoever voices it can say what it is about
 * ("Get into position: piriformis, left side").
 */
public record CueEvent(Cue cue, SessionSnapshot snapshot) {

    public CueEvent {
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(snapshot, "snapshot");
    }

    /** The segment the cue is about: the one being entered, worked or (for SESSION_DONE) the last one. */
    public Segment segment() {
        return snapshot.currentSegment();
    }
}
