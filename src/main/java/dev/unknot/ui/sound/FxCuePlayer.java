package dev.unknot.ui.sound;

import dev.unknot.domain.Cue;
import dev.unknot.domain.Segment;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Plays the cue tones ({@link JavaSoundClips}: javax.sound.sampled) loaded from the class path.
 * <p>
 * Clips load lazily on first use, or all at once through {@link #preload()}, which is meant for a background
 * thread after the first frame (the first clip starts Java's sound system and probes the audio output, which can
 * take a moment). Sound is best effort:
 * the first time anything fails (no device, no sound system, a missing file) the player logs one warning and
 * stays silent from then on. {@link #play} never throws.
 */
public final class FxCuePlayer implements CuePlayer {
    private final Function<URL, SoundClip> clipFactory;
    private final Function<String, URL> resources;
    private final Logger log;
    private final Map<Cue, SoundClip> clips = new EnumMap<>(Cue.class);
    private final AtomicBoolean off = new AtomicBoolean();
    private volatile double volume = 1.0;

    public FxCuePlayer() {
        this(new JavaSoundClips(), FxCuePlayer.class::getResource, System.getLogger(FxCuePlayer.class.getName()));
    }

    /**
     * @param clipFactory loads one sound; may throw anything the sound system throws
     * @param resources   finds a class path resource by absolute name, null when missing
     */
    FxCuePlayer(Function<URL, SoundClip> clipFactory, Function<String, URL> resources, Logger log) {
        this.clipFactory = Objects.requireNonNull(clipFactory);
        this.resources = Objects.requireNonNull(resources);
        this.log = Objects.requireNonNull(log);
    }

    /** Loads every clip now. Blocking; call it off the JavaFX thread. Never throws. */
    public void preload() {
        for (Cue cue : Cue.values()) {
            if (off.get()) {
                return;
            }
            clipFor(cue);
        }
    }

    @Override
    public void play(Cue cue) {
        playAt(cue, volume);
    }

    /** Tones only: the test plays the cue's tone at the volume on screen. */
    @Override
    public void preview(Cue cue, Segment segment, boolean voice, double volume) {
        playAt(cue, Double.isNaN(volume) ? this.volume : Math.max(0.0, Math.min(1.0, volume)));
    }

    private void playAt(Cue cue, double volume) {
        if (cue == null || off.get()) {
            return;
        }
        Optional<SoundClip> clip = clipFor(cue);
        if (clip.isEmpty()) {
            return;
        }
        try {
            clip.get().play(volume);
        } catch (RuntimeException | LinkageError e) {
            turnOff("could not play " + CueSounds.resourceFor(cue).orElseThrow() + " (" + describe(e) + ")", e);
        }
    }

    /** @param volume 0 (silent) to 1 (full); values outside are clamped */
    @Override
    public void setVolume(double volume) {
        if (Double.isNaN(volume)) {
            throw new IllegalArgumentException("volume is NaN");
        }
        this.volume = Math.max(0.0, Math.min(1.0, volume));
    }

    public double volume() {
        return volume;
    }

    /** True once sound has failed; the player then stays silent for good. */
    @Override
    public boolean isOff() {
        return off.get();
    }

    private synchronized Optional<SoundClip> clipFor(Cue cue) {
        SoundClip loaded = clips.get(cue);
        if (loaded != null || off.get()) {
            return Optional.ofNullable(loaded);
        }
        Optional<String> resource = CueSounds.resourceFor(cue);
        if (resource.isEmpty()) {
            return Optional.empty();
        }
        try {
            URL url = resources.apply(resource.get());
            if (url == null) {
                turnOff("the sound file " + resource.get() + " is not on the class path", null);
                return Optional.empty();
            }
            SoundClip clip = clipFactory.apply(url);
            if (clip == null) {
                turnOff("no clip for " + resource.get(), null);
                return Optional.empty();
            }
            clips.put(cue, clip);
            return Optional.of(clip);
        } catch (NoAudioOutput e) {
            turnOff(NoAudioOutput.REASON, e);
            return Optional.empty();
        } catch (RuntimeException | LinkageError e) {
            turnOff("could not load " + resource.get() + " (" + describe(e) + ")", e);
            return Optional.empty();
        }
    }

    private void turnOff(String reason, Throwable cause) {
        if (!off.compareAndSet(false, true)) {
            return;
        }
        synchronized (this) {
            clips.clear();
        }
        try {
            // No audio device is an ordinary situation: one plain line, the stack trace only for debugging.
            log.log(Level.WARNING, "Sound cues are off: " + reason + ". The session goes on silently.");
            if (cause != null) {
                log.log(Level.DEBUG, "Why sound cues are off", cause);
            }
        } catch (RuntimeException ignored) {
            // A broken logger must not stop the session either.
        }
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        String name = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? name : name + ": " + message;
    }
}
