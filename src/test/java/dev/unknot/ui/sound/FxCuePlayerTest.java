package dev.unknot.ui.sound;

import dev.unknot.domain.Cue;
import org.junit.jupiter.api.Test;

import java.lang.System.Logger;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** FxCuePlayer with the clips behind a fake factory: no sound device. */
class FxCuePlayerTest {
    private final RecordingLogger log = new RecordingLogger();
    private final List<String> played = new ArrayList<>();
    private final List<Double> volumes = new ArrayList<>();
    private final List<String> loaded = new ArrayList<>();

    private final Function<URL, SoundClip> workingFactory = url -> {
        String file = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
        loaded.add(file);
        return volume -> {
            played.add(file);
            volumes.add(volume);
        };
    };

    @Test
    void playsTheRightClipForEachCue() {
        FxCuePlayer player = new FxCuePlayer(workingFactory, getClass()::getResource, log);
        for (Cue cue : Cue.values()) {
            player.play(cue);
        }
        assertEquals(List.of("position.wav", "go.wav", "switch.wav", "minute.wav", "done.wav"), played);
        assertTrue(log.warnings.isEmpty());
        assertFalse(player.isOff());
    }

    @Test
    void targetDoneHasNoSoundOfItsOwn() {
        FxCuePlayer player = new FxCuePlayer(workingFactory, getClass()::getResource, log);
        player.play(Cue.TARGET_DONE);
        assertEquals(List.of(), played);
        assertEquals(List.of(), loaded);
    }

    @Test
    void appliesTheVolumeClampedToZeroToOne() {
        FxCuePlayer player = new FxCuePlayer(workingFactory, getClass()::getResource, log);
        player.play(Cue.GO);
        player.setVolume(0.35);
        player.play(Cue.GO);
        player.setVolume(7);
        player.play(Cue.GO);
        player.setVolume(-1);
        player.play(Cue.GO);
        assertEquals(List.of(1.0, 0.35, 1.0, 0.0), volumes);
        assertThrows(IllegalArgumentException.class, () -> player.setVolume(Double.NaN));
    }

    @Test
    void preloadLoadsEachSoundOnceAndPlayReusesIt() {
        FxCuePlayer player = new FxCuePlayer(workingFactory, getClass()::getResource, log);
        player.preload();
        assertEquals(List.of("position.wav", "go.wav", "switch.wav", "minute.wav", "done.wav"), loaded);
        player.play(Cue.GO);
        player.play(Cue.GO);
        player.preload();
        assertEquals(5, loaded.size());
        assertEquals(List.of("go.wav", "go.wav"), played);
    }

    @Test
    void noSoundOutputIsSaidAsSuchNotAsAFileThatCouldNotLoad() {
        FxCuePlayer player = new FxCuePlayer(url -> {
            throw new NoAudioOutput(new IllegalStateException("Could not create player!"));
        }, getClass()::getResource, log);

        player.play(Cue.GO);

        assertEquals(List.of("Sound cues are off: no sound output could be opened (no sound device, or the sound "
                + "system is not running). The session goes on silently."), log.warnings);
    }

    @Test
    void aThrowingFactoryTurnsSoundOffWithOneWarningAndNeverThrows() {
        int[] attempts = {0};
        FxCuePlayer player = new FxCuePlayer(url -> {
            attempts[0]++;
            throw new IllegalStateException("no audio device");
        }, getClass()::getResource, log);

        for (int i = 0; i < 50; i++) {
            for (Cue cue : Cue.values()) {
                assertDoesNotThrow(() -> player.play(cue));
            }
        }
        assertDoesNotThrow(player::preload);

        assertTrue(player.isOff());
        assertEquals(1, attempts[0], "once off, it stops trying");
        assertEquals(1, log.warnings.size());
        assertEquals("Sound cues are off: could not load /dev/unknot/sounds/position.wav "
                + "(IllegalStateException: no audio device). The session goes on silently.", log.warnings.get(0));
    }

    @Test
    void aNativeLinkFailureIsCaughtToo() {
        FxCuePlayer player = new FxCuePlayer(url -> {
            throw new UnsatisfiedLinkError("no jfxmedia in java.library.path");
        }, getClass()::getResource, log);
        assertDoesNotThrow(player::preload);
        assertDoesNotThrow(() -> player.play(Cue.GO));
        assertEquals(1, log.warnings.size());
        assertTrue(log.warnings.get(0).contains("UnsatisfiedLinkError"));
    }

    @Test
    void aClipThatFailsToPlayTurnsSoundOffAndLaterPlaysAreSilent() {
        int[] plays = {0};
        FxCuePlayer player = new FxCuePlayer(url -> volume -> {
            plays[0]++;
            throw new RuntimeException("device went away");
        }, getClass()::getResource, log);
        player.play(Cue.GO);
        player.play(Cue.GO);
        player.play(Cue.SESSION_DONE);
        assertEquals(1, plays[0]);
        assertEquals(List.of("Sound cues are off: could not play /dev/unknot/sounds/go.wav "
                + "(RuntimeException: device went away). The session goes on silently."), log.warnings);
    }

    @Test
    void aMissingSoundFileTurnsSoundOff() {
        FxCuePlayer player = new FxCuePlayer(workingFactory, name -> null, log);
        player.play(Cue.GO);
        player.play(Cue.SWITCH_SIDE);
        assertEquals(List.of(), loaded);
        assertEquals(List.of("Sound cues are off: the sound file /dev/unknot/sounds/go.wav is not on the class path. "
                + "The session goes on silently."), log.warnings);
    }

    @Test
    void aBrokenLoggerDoesNotBreakPlay() {
        Logger throwing = new RecordingLogger() {
            @Override
            public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
                throw new IllegalStateException("logger down");
            }

            @Override
            public void log(Level level, ResourceBundle bundle, String format, Object... params) {
                throw new IllegalStateException("logger down");
            }
        };
        FxCuePlayer player = new FxCuePlayer(url -> {
            throw new IllegalStateException("no audio");
        }, getClass()::getResource, throwing);
        assertDoesNotThrow(() -> player.play(Cue.GO));
        assertTrue(player.isOff());
    }
}
