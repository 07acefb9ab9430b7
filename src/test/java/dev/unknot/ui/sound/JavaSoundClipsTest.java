package dev.unknot.ui.sound;

import dev.unknot.domain.Cue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineEvent;
import javax.sound.sampled.LineListener;
import javax.sound.sampled.LineUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The javax.sound.sampled clips with the sound device replaced by recording fakes, plays run on the caller. */
class JavaSoundClipsTest {
    private final RecordingLogger log = new RecordingLogger();
    private final List<FakeLine> opened = new ArrayList<>();

    private final JavaSoundClips.Output working = (format, samples) -> {
        FakeLine line = new FakeLine(format, samples);
        opened.add(line);
        return line.clip;
    };

    private URL sound(String file) {
        return getClass().getResource(CueSounds.DIRECTORY + file);
    }

    @Test
    void noLineAtAllIsNoSoundOutputNotABadFile() {
        JavaSoundClips clips = new JavaSoundClips((format, samples) -> {
            throw new IllegalArgumentException("No line matching interface Clip supporting format PCM_SIGNED");
        }, Runnable::run, log);
        assertThrows(NoAudioOutput.class, () -> clips.apply(sound("go.wav")));

        JavaSoundClips busy = new JavaSoundClips((format, samples) -> {
            throw new LineUnavailableException("device busy");
        }, Runnable::run, log);
        assertThrows(NoAudioOutput.class, () -> busy.apply(sound("go.wav")));
    }

    @Test
    void withoutASoundDeviceThePlayerSaysSoInPlainWords() {
        FxCuePlayer player = new FxCuePlayer(new JavaSoundClips((format, samples) -> {
            throw new LineUnavailableException("no device");
        }, Runnable::run, log), getClass()::getResource, log);

        player.play(Cue.GO);

        assertTrue(player.isOff());
        assertEquals(List.of("Sound cues are off: no sound output could be opened (no sound device, or the sound "
                + "system is not running). The session goes on silently."), log.warnings);
    }

    @Test
    void aFileThatIsNotAWavFailsAsItself(@TempDir Path dir) throws IOException {
        Path notWav = Files.writeString(dir.resolve("go.wav"), "not a sound");
        JavaSoundClips clips = new JavaSoundClips(working, Runnable::run, log);
        RuntimeException e = assertThrows(RuntimeException.class, () -> clips.apply(notWav.toUri().toURL()));
        assertInstanceOf(UncheckedIOException.class, e);
        assertTrue(opened.isEmpty(), "no line opened for a file that cannot be read");
    }

    @Test
    void eachPlayOpensALineAtTheVolumeAndClosesItWhenTheSoundEnds() throws IOException {
        JavaSoundClips clips = new JavaSoundClips(working, Runnable::run, log);
        SoundClip go = clips.apply(sound("go.wav"));
        assertEquals(1, opened.size(), "the probe");
        assertTrue(opened.get(0).closed, "the probe's line is closed at once");

        go.play(1.0);
        FakeLine full = opened.get(1);
        Pcm pcm;
        try (var in = sound("go.wav").openStream()) {
            pcm = Pcm.read(in);
        }
        assertEquals(new AudioFormat(pcm.sampleRate(), 16, 1, true, false).toString(), full.format.toString());
        assertArrayEquals(pcm.samplesLittleEndian(), full.samples);
        assertTrue(full.started);
        assertFalse(full.closed);
        full.end();
        assertTrue(full.closed, "the line goes back once the sound has played");

        go.play(0.25);
        FakeLine quiet = opened.get(2);
        assertArrayEquals(pcm.scaled(0.25).samplesLittleEndian(), quiet.samples);
        go.play(0.5);
        assertTrue(quiet.closed, "a new play cuts the one still sounding");
        go.stop();
        assertTrue(opened.get(3).closed);
        assertTrue(log.warnings.isEmpty());
    }

    @Test
    void aLineThatWillNotOpenAtAPlayWarnsOnceAndNeverThrows() throws IOException {
        int[] opens = {0};
        JavaSoundClips clips = new JavaSoundClips((format, samples) -> {
            if (++opens[0] > 1) {
                throw new LineUnavailableException("device went away");
            }
            return new FakeLine(format, samples).clip;
        }, Runnable::run, log);
        SoundClip go = clips.apply(sound("go.wav"));
        go.play(1.0);
        go.play(1.0);
        assertEquals(List.of("A sound cue could not play (LineUnavailableException: device went away)."),
                log.warnings);
    }

    /** A Clip that records what was asked of it; {@link #end()} is the sound running out. */
    private static final class FakeLine {
        final AudioFormat format;
        final byte[] samples;
        final List<LineListener> listeners = new ArrayList<>();
        boolean started;
        boolean closed;
        final Clip clip;

        FakeLine(AudioFormat format, byte[] samples) {
            this.format = format;
            this.samples = samples.clone();
            this.clip = (Clip) Proxy.newProxyInstance(Clip.class.getClassLoader(), new Class<?>[] {Clip.class},
                    (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "start" -> started = true;
                            case "stop" -> {
                                if (started) {
                                    started = false;
                                    listeners.forEach(l -> l.update(
                                            new LineEvent((Clip) proxy, LineEvent.Type.STOP, 0)));
                                }
                            }
                            case "close" -> closed = true;
                            case "addLineListener" -> listeners.add((LineListener) args[0]);
                            case "hashCode" -> {
                                return System.identityHashCode(proxy);
                            }
                            case "equals" -> {
                                return proxy == args[0];
                            }
                            default -> {
                                // nothing else is asked of a line here
                            }
                        }
                        return null;
                    });
        }

        void end() {
            clip.stop();
        }
    }
}
