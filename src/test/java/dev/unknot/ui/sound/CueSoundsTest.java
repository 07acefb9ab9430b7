package dev.unknot.ui.sound;

import dev.unknot.domain.Cue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CueSoundsTest {
    @Test
    void eachCueHasItsOwnSoundExceptTargetDone() {
        assertEquals(Optional.of("position.wav"), CueSounds.fileFor(Cue.GET_INTO_POSITION));
        assertEquals(Optional.of("go.wav"), CueSounds.fileFor(Cue.GO));
        assertEquals(Optional.of("switch.wav"), CueSounds.fileFor(Cue.SWITCH_SIDE));
        assertEquals(Optional.of("minute.wav"), CueSounds.fileFor(Cue.ONE_MINUTE_LEFT));
        assertEquals(Optional.empty(), CueSounds.fileFor(Cue.TARGET_DONE));
        assertEquals(Optional.of("done.wav"), CueSounds.fileFor(Cue.SESSION_DONE));
        assertEquals(Optional.of("/dev/unknot/sounds/go.wav"), CueSounds.resourceFor(Cue.GO));
        assertEquals(List.of("position.wav", "go.wav", "switch.wav", "minute.wav", "done.wav"), CueSounds.files());
    }

    @Test
    void silentPlayerPlaysNothingAndNeverThrows() {
        SilentCuePlayer silent = new SilentCuePlayer();
        for (Cue cue : Cue.values()) {
            assertDoesNotThrow(() -> silent.play(cue));
        }
    }
}
