package dev.unknot.ui.sound;

/** The sound output could not be opened: no sound device on this computer, or its sound system is not running. */
final class NoAudioOutput extends RuntimeException {
    static final String REASON = "no sound output could be opened (no sound device, or the sound system is not running)";

    NoAudioOutput(Throwable cause) {
        super(REASON, cause);
    }
}
