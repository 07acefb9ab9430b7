package dev.unknot.ui.sound;

import dev.unknot.domain.Cue;
import dev.unknot.domain.Segment;

/** Makes a cue heard. Implementations never throw: a session must not stop because a sound could not play. */
public interface CuePlayer {
    /** Plays the cue's tone. */
    void play(Cue cue);

    /**
     * Plays a cue about a segment: spoken ("Get into position: piriformis, left side, lacrosse ball") by players
     * that can speak and have the voice on, else as {@link #play(Cue)}.
     */
    default void play(Cue cue, Segment segment) {
        play(cue);
    }

    /** 0 silent .. 1 full; players that cannot change volume ignore it. */
    default void setVolume(double volume) {
    }

    /** Spoken cues on or off; players that cannot speak ignore it. */
    default void setVoice(boolean on) {
    }

    /**
     * The settings screen's test: plays the cue once with this voice choice and volume (those on screen, perhaps
     * not saved yet), leaving the player's own as they are. Players that cannot do better just play the cue.
     */
    default void preview(Cue cue, Segment segment, boolean voice, double volume) {
        play(cue, segment);
    }

    /** True once the player has given up on sound for good (no audio device, say). */
    default boolean isOff() {
        return false;
    }
}
