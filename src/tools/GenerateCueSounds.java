import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Synthesises Unknot's cue sounds: 16-bit PCM mono 44.1 kHz WAV, each at most 1.2 s, peak at -6 dBFS.
 * No dependencies and no audio device; StrictMath keeps the output byte-identical on every JVM.
 *
 * <pre>java src/tools/GenerateCueSounds.java assets/sounds</pre>
 */
public final class GenerateCueSounds {
    private static final float RATE = 44_100f;
    private static final double PEAK = Math.pow(10, -6 / 20.0); // -6 dBFS
    private static final double MAX_SECONDS = 1.2;

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java src/tools/GenerateCueSounds.java <output-dir>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        write(dir.resolve("position.wav"), position());
        write(dir.resolve("go.wav"), go());
        write(dir.resolve("switch.wav"), switchSides());
        write(dir.resolve("minute.wav"), minute());
        write(dir.resolve("done.wav"), done());
    }

    /** Get into position: two soft, rounded tones rising a fourth (E5 then A5), unhurried. */
    static double[] position() {
        double[] out = buffer(0.62);
        tone(out, 0.00, 0.24, 659.25, 0.012, 0.08, SOFT);
        tone(out, 0.32, 0.28, 880.00, 0.012, 0.10, SOFT);
        return out;
    }

    /** Go: one bright, short beep (C6) with a touch of upper harmonics. */
    static double[] go() {
        double[] out = buffer(0.26);
        tone(out, 0.00, 0.24, 1046.50, 0.004, 0.05, BRIGHT);
        return out;
    }

    /** Switch sides: high-low-high-low (B5 / F#5), quick and even. */
    static double[] switchSides() {
        double[] out = buffer(0.58);
        double[] freqs = {987.77, 739.99, 987.77, 739.99};
        for (int i = 0; i < freqs.length; i++) {
            tone(out, i * 0.145, 0.12, freqs[i], 0.006, 0.03, MEDIUM);
        }
        return out;
    }

    /** One minute left: three short, soft ticks (G6), like a gentle clock. */
    static double[] minute() {
        double[] out = buffer(0.46);
        for (int i = 0; i < 3; i++) {
            tone(out, i * 0.19, 0.07, 1567.98, 0.003, 0.055, SOFT);
        }
        return out;
    }

    /** Session done: a descending three-note chime (G5, E5, C5), the last ringing out. */
    static double[] done() {
        double[] out = buffer(1.18);
        chime(out, 0.00, 0.55, 783.99, 0.10);
        chime(out, 0.20, 0.60, 659.25, 0.12);
        chime(out, 0.40, 0.78, 523.25, 0.22);
        return out;
    }

    // Harmonic weights (fundamental, 2nd, 3rd): mostly sine, "a little harmonic".
    private static final double[] SOFT = {1.0, 0.08, 0.03};
    private static final double[] MEDIUM = {1.0, 0.15, 0.06};
    private static final double[] BRIGHT = {1.0, 0.25, 0.12};

    private static double[] buffer(double seconds) {
        if (seconds > MAX_SECONDS) {
            throw new IllegalArgumentException("cue longer than " + MAX_SECONDS + " s");
        }
        return new double[(int) Math.round(seconds * RATE)];
    }

    /** A steady tone with a raised-cosine attack and release, so it starts and stops without a click. */
    private static void tone(double[] out, double start, double length, double freq,
                             double attack, double release, double[] harmonics) {
        int from = (int) Math.round(start * RATE);
        int n = (int) Math.round(length * RATE);
        int a = (int) Math.round(attack * RATE);
        int r = (int) Math.round(release * RATE);
        for (int i = 0; i < n && from + i < out.length; i++) {
            double env = 1.0;
            if (i < a) {
                env = ramp((double) i / a);
            } else if (i >= n - r) {
                env = ramp((double) (n - 1 - i) / r);
            }
            out[from + i] += env * voice(i / RATE, freq, harmonics);
        }
    }

    /** A struck note: short attack, exponential decay with time constant {@code tau}, faded to zero by its end. */
    private static void chime(double[] out, double start, double length, double freq, double tau) {
        int from = (int) Math.round(start * RATE);
        int n = (int) Math.round(length * RATE);
        int a = (int) Math.round(0.005 * RATE);
        int r = (int) Math.round(0.06 * RATE);
        for (int i = 0; i < n && from + i < out.length; i++) {
            double t = i / RATE;
            double env = StrictMath.exp(-t / tau);
            if (i < a) {
                env *= ramp((double) i / a);
            }
            if (i >= n - r) {
                env *= ramp((double) (n - 1 - i) / r);
            }
            // A bell-ish partial at 3x decays faster than the fundamental.
            double s = voice(t, freq, SOFT) + 0.12 * StrictMath.exp(-t / (tau / 3)) * sine(t, freq * 3.0);
            out[from + i] += env * s;
        }
    }

    private static double voice(double t, double freq, double[] harmonics) {
        double s = 0;
        for (int h = 0; h < harmonics.length; h++) {
            s += harmonics[h] * sine(t, freq * (h + 1));
        }
        return s;
    }

    private static double sine(double t, double freq) {
        return StrictMath.sin(2 * Math.PI * freq * t);
    }

    /** 0 to 1 along half a cosine. */
    private static double ramp(double x) {
        double c = Math.max(0, Math.min(1, x));
        return 0.5 - 0.5 * StrictMath.cos(Math.PI * c);
    }

    private static void write(Path file, double[] samples) throws IOException {
        double max = 0;
        for (double s : samples) {
            max = Math.max(max, Math.abs(s));
        }
        double gain = PEAK / max;
        byte[] pcm = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            long v = Math.round(samples[i] * gain * 32767);
            short s = (short) Math.max(-32768, Math.min(32767, v));
            pcm[2 * i] = (byte) s;
            pcm[2 * i + 1] = (byte) (s >> 8);
        }
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, samples.length)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
        System.out.printf("%s: %.2f s%n", file, samples.length / RATE);
    }
}
