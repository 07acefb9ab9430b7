package dev.unknot.ui.sound;

import dev.unknot.domain.Cue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Which sound file tells the person about which cue. The files are in assets/sounds, on the class path here. */
final class CueSounds {
    static final String DIRECTORY = "/dev/unknot/sounds/";

    private CueSounds() {
    }

    /** The file name, or empty for a cue that has no sound of its own. */
    static Optional<String> fileFor(Cue cue) {
        return Optional.ofNullable(switch (cue) {
            case GET_INTO_POSITION -> "position.wav";
            case GO -> "go.wav";
            case SWITCH_SIDE -> "switch.wav";
            case ONE_MINUTE_LEFT -> "minute.wav";
            // The GET_INTO_POSITION (or SESSION_DONE) that follows in the same instant tells the person to move.
            case TARGET_DONE -> null;
            case SESSION_DONE -> "done.wav";
        });
    }

    /** The class path resource name, e.g. {@code /dev/unknot/sounds/go.wav}. */
    static Optional<String> resourceFor(Cue cue) {
        return fileFor(cue).map(file -> DIRECTORY + file);
    }

    /** Every sound file, once each, in cue order. */
    static List<String> files() {
        return Arrays.stream(Cue.values()).map(CueSounds::fileFor).flatMap(Optional::stream).distinct().toList();
    }
}
