package dev.unknot.ui.sound;

import dev.unknot.domain.Cue;

/** Makes a cue heard. Implementations never throw: a session must not stop because a sound could not play. */
public interface CuePlayer {
    void play(Cue cue);

    /** 0 silent .. 1 full; players that cannot change volume ignore it. */
    default void setVolume(double volume) {
    }
}
