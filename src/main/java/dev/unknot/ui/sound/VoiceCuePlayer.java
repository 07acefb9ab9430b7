package dev.unknot.ui.sound;

import dev.unknot.domain.Cue;
import dev.unknot.domain.Segment;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Speaks the cues: with the voice on, a cue plays as one clip — its tone, then its words ({@link CuePhrases}) —
 * joined from the pre-rendered pieces in assets/voice. With the voice off, or once speaking has failed, the tones
 * play as before through the player this one wraps.
 * <p>
 * Clips are put together on a worker thread of their own, one at a time and in the order asked, so the UI thread
 * never waits on a file. A newer cue cuts an older one off: a clip still playing is stopped, and one that has not
 * started yet is dropped. Sound is best effort: where the tones cannot play (no audio device) this stays silent
 * without a word of its own, since the tone player has already said so; when speaking fails for any other reason
 * (a missing piece, no temporary folder), one warning, then tones. Nothing here ever throws into the session.
 */
public final class VoiceCuePlayer implements CuePlayer {
    /** Silence between the tone and the words, and between one piece and the next. */
    static final int GAP_MILLIS = 150;
    /**
     * The tone before words, softened by 8 dB: the tones peak at -6 dBFS as steady sines, the voice at -1 dBFS with
     * an RMS near -18 dBFS, so at full level the lead-in chime would sound far louder than the words after it.
     */
    static final double TONE_BEFORE_WORDS = 0.4;
    private static final int CLIPS_KEPT = 12;

    private final CuePlayer tones;
    private final Function<URL, SoundClip> clipFactory;
    private final Function<String, URL> resources;
    private final ClipStore store;
    private final Executor worker;
    private final Logger log;
    private final AtomicBoolean off = new AtomicBoolean();
    /** The newest request's ticket; a request whose ticket is older by the time it runs stays silent. */
    private final AtomicLong latest = new AtomicLong();
    private volatile boolean voice;
    private volatile double volume = 1.0;

    // Worker thread only.
    private final Map<String, Pcm> pieces = new HashMap<>();
    private final Map<String, SoundClip> clips = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SoundClip> eldest) {
            return size() > CLIPS_KEPT;
        }
    };
    private SoundClip playing;

    /** Real clips, temporary files, a daemon worker thread; {@code tones} plays when the voice is off. */
    public VoiceCuePlayer(CuePlayer tones) {
        this(tones, new JavaSoundClips(), VoiceCuePlayer.class::getResource, new TempClipFiles(),
                Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "unknot-voice");
                    t.setDaemon(true);
                    return t;
                }),
                System.getLogger(VoiceCuePlayer.class.getName()));
    }

    /**
     * @param clipFactory loads one joined clip; may throw anything the sound system throws
     * @param resources   finds a class path resource by absolute name, null when missing
     * @param worker      runs the joining and playing, one task at a time, in order
     */
    VoiceCuePlayer(CuePlayer tones, Function<URL, SoundClip> clipFactory, Function<String, URL> resources,
                   ClipStore store, Executor worker, Logger log) {
        this.tones = Objects.requireNonNull(tones);
        this.clipFactory = Objects.requireNonNull(clipFactory);
        this.resources = Objects.requireNonNull(resources);
        this.store = Objects.requireNonNull(store);
        this.worker = Objects.requireNonNull(worker);
        this.log = Objects.requireNonNull(log);
    }

    @Override
    public void play(Cue cue) {
        play(cue, null);
    }

    @Override
    public void play(Cue cue, Segment segment) {
        if (cue == null) {
            return;
        }
        if (!voice || off.get()) {
            tones.play(cue, segment);
            return;
        }
        speak(cue, CuePhrases.piecesFor(cue, segment), volume);
    }

    /** With the voice: the cue's tone and words at this volume; without: the tones player's own test. */
    @Override
    public void preview(Cue cue, Segment segment, boolean voice, double volume) {
        if (cue == null) {
            return;
        }
        if (!voice || off.get()) {
            tones.preview(cue, segment, voice, volume);
            return;
        }
        speak(cue, CuePhrases.piecesFor(cue, segment), clamp(volume, this.volume));
    }

    @Override
    public void setVolume(double volume) {
        if (Double.isNaN(volume)) {
            throw new IllegalArgumentException("volume is NaN");
        }
        this.volume = clamp(volume, 1.0);
        tones.setVolume(volume);
    }

    @Override
    public void setVoice(boolean on) {
        voice = on;
    }

    public boolean voice() {
        return voice;
    }

    public double volume() {
        return volume;
    }

    /** Off when the tones are (no audio device); speaking having failed alone leaves the tones on. */
    @Override
    public boolean isOff() {
        return tones.isOff();
    }

    /** True once speaking has failed; cues then play as tones for good. */
    public boolean isSpeechOff() {
        return off.get();
    }

    private void speak(Cue cue, List<String> words, double volume) {
        if (tones.isOff()) {
            return; // no audio at all: the tone player has warned once already
        }
        Optional<String> tone = CueSounds.resourceFor(cue);
        if (words.isEmpty() && tone.isEmpty()) {
            return;
        }
        long ticket = latest.incrementAndGet();
        try {
            worker.execute(() -> playLatest(ticket, cue, tone, words, volume));
        } catch (RuntimeException e) {
            turnOff("the voice thread is not running (" + FxCuePlayer.describe(e) + ")", e);
            tones.play(cue);
        }
    }

    /** On the worker. */
    private void playLatest(long ticket, Cue cue, Optional<String> tone, List<String> words, double volume) {
        if (ticket != latest.get() || off.get()) {
            return; // a newer cue came before this one could start: it would only be cut off at once
        }
        String name = clipName(tone, words);
        try {
            SoundClip clip = clips.get(name);
            if (clip == null) {
                clip = load(name, tone, words);
                clips.put(name, clip);
            }
            if (ticket != latest.get()) {
                return;
            }
            if (playing != null) {
                playing.stop();
            }
            playing = clip;
            clip.play(volume);
        } catch (IOException | RuntimeException | LinkageError e) {
            turnOff("could not play " + name + " (" + FxCuePlayer.describe(e) + ")", e);
            tones.play(cue);
        }
    }

    private SoundClip load(String name, Optional<String> tone, List<String> words) throws IOException {
        List<Pcm> parts = new ArrayList<>(words.size() + 1);
        if (tone.isPresent()) {
            Pcm t = read(tone.get()).atRate(Pcm.VOICE_RATE);
            parts.add(words.isEmpty() ? t : t.scaled(TONE_BEFORE_WORDS));
        }
        for (String word : words) {
            Pcm piece = pieces.get(word);
            if (piece == null) {
                piece = read(CuePhrases.resource(word));
                if (piece.sampleRate() != Pcm.VOICE_RATE) {
                    throw new IOException(CuePhrases.resource(word) + " is at " + piece.sampleRate() + " Hz, not "
                            + Pcm.VOICE_RATE);
                }
                pieces.put(word, piece);
            }
            parts.add(piece);
        }
        URL url = store.save(name, Pcm.join(parts, GAP_MILLIS).toWav());
        SoundClip clip = clipFactory.apply(url);
        if (clip == null) {
            throw new IOException("no clip for " + url);
        }
        return clip;
    }

    private Pcm read(String resource) throws IOException {
        URL url = resources.apply(resource);
        if (url == null) {
            throw new IOException(resource + " is not on the class path");
        }
        try (InputStream in = url.openStream()) {
            return Pcm.read(in);
        }
    }

    /** e.g. {@code position+get-into-position+target-psoas+side-left+tool-softball.wav}: the same words, the same name. */
    static String clipName(Optional<String> toneResource, List<String> words) {
        List<String> parts = new ArrayList<>(words.size() + 1);
        toneResource.ifPresent(t -> parts.add(t.substring(t.lastIndexOf('/') + 1).replace(".wav", "")));
        parts.addAll(words);
        return String.join("+", parts) + ".wav";
    }

    private void turnOff(String reason, Throwable cause) {
        if (!off.compareAndSet(false, true)) {
            return;
        }
        try {
            log.log(Level.WARNING, "Spoken cues are off: " + reason + ". Tones play instead.");
            if (cause != null) {
                log.log(Level.DEBUG, "Why spoken cues are off", cause);
            }
        } catch (RuntimeException ignored) {
            // A broken logger must not stop the session either.
        }
    }

    private static double clamp(double volume, double ifNaN) {
        return Double.isNaN(volume) ? ifNaN : Math.max(0.0, Math.min(1.0, volume));
    }
}
