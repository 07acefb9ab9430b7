import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Renders Unknot's spoken cue pieces with espeak-ng, once, at authoring time; the app only plays the WAVs.
 * <p>
 * Reads {@code <dir>/phrases.txt} ({@code piece<TAB>words} per line, {@code #} for comments) and writes, for each
 * line, {@code <dir>/<piece>.wav}: 16-bit PCM mono at espeak-ng's 22.05 kHz, leading and trailing silence trimmed to
 * 20 ms, 8 ms fades so no piece clicks, and every piece at the same loudness (RMS of its voiced part at -16 dBFS,
 * peaks kept under -1 dBFS) so joined pieces sound like one speaker. It also writes {@code <dir>/manifest.tsv}: the
 * words each file was rendered from and the espeak-ng version, which a test compares with phrases.txt.
 * Needs espeak-ng on the PATH (Debian/Ubuntu: {@code apt-get install espeak-ng}); nothing else, and nothing at
 * run time or in {@code mvn verify}.
 *
 * <pre>java src/tools/GenerateVoice.java assets/voice</pre>
 */
public final class GenerateVoice {
    static final String VOICE = "en-gb";
    static final int WORDS_PER_MINUTE = 150;
    static final int PITCH = 50;
    static final float RATE = 22_050f;
    private static final double TARGET_RMS = Math.pow(10, -16 / 20.0);
    private static final double PEAK_CEILING = Math.pow(10, -1 / 20.0);
    /** Below this (about -42 dBFS) a sample counts as silence when trimming. */
    private static final double SILENCE = 0.008;
    private static final double MARGIN_SECONDS = 0.02;
    private static final double FADE_SECONDS = 0.008;

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java src/tools/GenerateVoice.java <voice-dir containing phrases.txt>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Map<String, String> phrases = readPhrases(dir.resolve("phrases.txt"));
        String version = run(List.of("espeak-ng", "--version")).split("\\s+Data at")[0].strip();
        Path scratch = Files.createTempFile("unknot-voice-", ".wav");
        StringBuilder manifest = new StringBuilder("# Rendered by src/tools/GenerateVoice.java with " + version
                + ", voice " + VOICE + ", " + WORDS_PER_MINUTE + " words a minute, pitch " + PITCH + "\n");
        try {
            for (Map.Entry<String, String> e : phrases.entrySet()) {
                run(List.of("espeak-ng", "-v", VOICE, "-s", Integer.toString(WORDS_PER_MINUTE),
                        "-p", Integer.toString(PITCH), "-w", scratch.toString(), e.getValue()));
                double[] samples = shape(readMono16(scratch), e.getKey());
                write(dir.resolve(e.getKey() + ".wav"), samples);
                manifest.append(e.getKey()).append('\t').append(e.getValue()).append('\n');
            }
        } finally {
            Files.deleteIfExists(scratch);
        }
        Files.writeString(dir.resolve("manifest.tsv"), manifest.toString(), StandardCharsets.UTF_8);
    }

    static Map<String, String> readPhrases(Path file) throws IOException {
        Map<String, String> phrases = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            if (parts.length != 2 || !parts[0].matches("[a-z0-9-]+") || parts[1].isBlank()) {
                throw new IOException("not <piece><TAB><words>: " + line);
            }
            if (phrases.put(parts[0], parts[1].strip()) != null) {
                throw new IOException("piece twice: " + parts[0]);
            }
        }
        return phrases;
    }

    private static double[] readMono16(Path wav) throws Exception {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            AudioFormat f = in.getFormat();
            if (f.getSampleRate() != RATE || f.getSampleSizeInBits() != 16 || f.getChannels() != 1 || f.isBigEndian()) {
                throw new IOException("espeak-ng wrote " + f + ", expected 16-bit mono " + RATE + " Hz");
            }
            byte[] bytes = in.readAllBytes();
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            double[] out = new double[bytes.length / 2];
            for (int i = 0; i < out.length; i++) {
                out[i] = b.getShort() / 32768.0;
            }
            return out;
        }
    }

    /** Trims the silence at both ends (keeping a short margin), fades the edges, and sets the loudness. */
    static double[] shape(double[] in, String piece) {
        int first = 0;
        while (first < in.length && Math.abs(in[first]) < SILENCE) {
            first++;
        }
        int last = in.length - 1;
        while (last > first && Math.abs(in[last]) < SILENCE) {
            last--;
        }
        if (first >= in.length) {
            throw new IllegalStateException(piece + ": espeak-ng produced silence");
        }
        int margin = (int) Math.round(MARGIN_SECONDS * RATE);
        int from = Math.max(0, first - margin);
        int to = Math.min(in.length, last + 1 + margin);
        double[] out = new double[to - from];
        System.arraycopy(in, from, out, 0, out.length);

        int fade = (int) Math.round(FADE_SECONDS * RATE);
        for (int i = 0; i < fade && i < out.length; i++) {
            double g = 0.5 - 0.5 * StrictMath.cos(Math.PI * i / fade);
            out[i] *= g;
            out[out.length - 1 - i] *= g;
        }

        // Loudness of the voiced part only, so a short word with long pauses is not pushed up.
        double sum = 0;
        int voiced = 0;
        double peak = 0;
        for (double s : out) {
            peak = Math.max(peak, Math.abs(s));
            if (Math.abs(s) >= SILENCE) {
                sum += s * s;
                voiced++;
            }
        }
        double rms = Math.sqrt(sum / Math.max(1, voiced));
        double gain = Math.min(TARGET_RMS / rms, PEAK_CEILING / peak);
        for (int i = 0; i < out.length; i++) {
            out[i] *= gain;
        }
        return out;
    }

    private static void write(Path file, double[] samples) throws IOException {
        byte[] pcm = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            long v = Math.round(samples[i] * 32767);
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

    private static String run(List<String> command) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("cannot run " + command.get(0)
                    + ": install it first (Debian/Ubuntu: apt-get install espeak-ng)", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
