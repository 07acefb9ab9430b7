package dev.unknot.ui.sound;

import dev.unknot.domain.Cue;

/** Plays nothing: for tests, and for when the person has turned sound off. */
public final class SilentCuePlayer implements CuePlayer {
    @Override
    public void play(Cue cue) {
    }
}
