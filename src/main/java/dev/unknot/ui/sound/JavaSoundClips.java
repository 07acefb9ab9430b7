package dev.unknot.ui.sound;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineEvent;
import javax.sound.sampled.LineUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Real clips through javax.sound.sampled: our WAVs are plain 16-bit PCM ({@link Pcm}), which Java plays without a
 * media stack (JavaFX's media plays them through GStreamer: some megabytes of native code for a few short cues).
 * <p>
 * A clip holds its samples in memory; each play opens a line, plays, and closes it when the sound ends, so no sound
 * device is held between cues. Opening a line can take some milliseconds, so plays and stops run in order on a
 * daemon thread of their own and never hold up the caller (the UI thread at a cue). The volume scales the samples
 * (0 to 1, as JavaFX's AudioClip took it), which needs no gain control from the device.
 * <p>
 * The first load also opens (and closes) a line: where none can be opened (no sound device, no sound system) that
 * fails here, synchronously, as {@link NoAudioOutput}, so the player turns itself off with a message a person can
 * act on. A file that cannot be read fails as itself.
 */
final class JavaSoundClips implements Function<URL, SoundClip> {
    /** Opens a line for one sound: {@link AudioSystem#getClip()} and {@link Clip#open} in the app. */
    @FunctionalInterface
    interface Output {
        Clip open(AudioFormat format, byte[] samples) throws LineUnavailableException;
    }

    private final Output output;
    private final Executor player;
    private final Logger log;
    private final AtomicBoolean warned = new AtomicBoolean();
    private boolean probed;

    JavaSoundClips() {
        this((format, samples) -> {
            Clip clip = AudioSystem.getClip();
            clip.open(format, samples, 0, samples.length);
            return clip;
        }, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "unknot-sound");
            t.setDaemon(true);
            return t;
        }), System.getLogger(JavaSoundClips.class.getName()));
    }

    JavaSoundClips(Output output, Executor player, Logger log) {
        this.output = Objects.requireNonNull(output);
        this.player = Objects.requireNonNull(player);
        this.log = Objects.requireNonNull(log);
    }

    @Override
    public synchronized SoundClip apply(URL url) {
        Pcm sound;
        try (InputStream in = url.openStream()) {
            sound = Pcm.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(url + ": " + e.getMessage(), e);
        }
        AudioFormat format = new AudioFormat(sound.sampleRate(), 16, 1, true, false);
        if (!probed) {
            try {
                output.open(format, new byte[2]).close();
            } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
                // IllegalArgumentException: "No line matching interface Clip ..." where there is no device at all.
                throw new NoAudioOutput(e);
            }
            probed = true;
        }
        return new Played(sound, format);
    }

    /** One sound; its plays and stops run on the player thread. */
    private final class Played implements SoundClip {
        private final Pcm sound;
        private final AudioFormat format;
        /** The player thread's: the line of the play still sounding, or null. */
        private Clip playing;

        Played(Pcm sound, AudioFormat format) {
            this.sound = sound;
            this.format = format;
        }

        @Override
        public void play(double volume) {
            player.execute(() -> {
                stopNow();
                try {
                    Pcm atVolume = volume >= 1.0 ? sound : sound.scaled(Math.max(0.0, volume));
                    Clip clip = output.open(format, atVolume.samplesLittleEndian());
                    clip.addLineListener(event -> {
                        if (event.getType() == LineEvent.Type.STOP) {
                            clip.close();
                        }
                    });
                    playing = clip;
                    clip.start();
                } catch (LineUnavailableException | RuntimeException e) {
                    warnOnce(e);
                }
            });
        }

        @Override
        public void stop() {
            player.execute(this::stopNow);
        }

        private void stopNow() {
            Clip clip = playing;
            playing = null;
            if (clip != null) {
                clip.stop();
                clip.close();
            }
        }
    }

    /** A cue that could not play here has already left its caller: one plain line, then quiet. */
    private void warnOnce(Exception e) {
        if (warned.compareAndSet(false, true)) {
            try {
                log.log(Level.WARNING, "A sound cue could not play (" + FxCuePlayer.describe(e) + ").");
            } catch (RuntimeException ignored) {
                // A broken logger must not stop the session either.
            }
        }
    }
}
