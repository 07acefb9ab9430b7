package dev.unknot.ui.sound;

/** One loaded sound, ready to play; behind an interface so tests need no sound device. */
@FunctionalInterface
interface SoundClip {
    /** @param volume 0 (silent) to 1 (full) */
    void play(double volume);

    /** Cuts the sound off if it is still playing. */
    default void stop() {
    }
}
