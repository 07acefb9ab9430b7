package dev.unknot.ui.sound;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Objects;

/**
 * Mono 16-bit PCM in memory: read from a WAV, joined with others into one clip, written back as a WAV. This is how
 * the spoken pieces of a cue become one sound that plays in order, with no gaps left to chance.
 */
final class Pcm {
    /** The voice files' rate: espeak-ng's own. */
    static final int VOICE_RATE = 22_050;

    private final int sampleRate;
    private final short[] samples;

    Pcm(int sampleRate, short[] samples) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate " + sampleRate);
        }
        this.sampleRate = sampleRate;
        this.samples = samples.clone();
    }

    int sampleRate() {
        return sampleRate;
    }

    int length() {
        return samples.length;
    }

    short sample(int i) {
        return samples[i];
    }

    double seconds() {
        return (double) samples.length / sampleRate;
    }

    /**
     * Reads a WAV that must be 16-bit signed little-endian mono PCM, at any rate.
     *
     * @throws IOException when it is not a WAV of that kind
     */
    static Pcm read(InputStream wav) throws IOException {
        Objects.requireNonNull(wav);
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new BufferedInputStream(wav))) {
            AudioFormat f = in.getFormat();
            if (!AudioFormat.Encoding.PCM_SIGNED.equals(f.getEncoding()) || f.getSampleSizeInBits() != 16
                    || f.getChannels() != 1 || f.isBigEndian()) {
                throw new IOException("not 16-bit little-endian mono PCM: " + f);
            }
            byte[] bytes = in.readAllBytes();
            short[] s = new short[bytes.length / 2];
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(s);
            return new Pcm(Math.round(f.getSampleRate()), s);
        } catch (UnsupportedAudioFileException e) {
            throw new IOException("not a WAV file: " + e.getMessage(), e);
        }
    }

    /**
     * This sound at {@code rate}: itself when already there, halved (each pair of samples averaged) from twice the
     * rate. Enough for the cue tones (44.1 kHz, nothing above 5 kHz) to join the voice (22.05 kHz).
     */
    Pcm atRate(int rate) {
        if (rate == sampleRate) {
            return this;
        }
        if (sampleRate != 2 * rate) {
            throw new IllegalArgumentException("cannot convert " + sampleRate + " Hz to " + rate + " Hz");
        }
        short[] out = new short[samples.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (short) ((samples[2 * i] + samples[2 * i + 1]) / 2);
        }
        return new Pcm(rate, out);
    }

    /** This sound louder or softer by {@code gain}, clipped to 16 bits. */
    Pcm scaled(double gain) {
        short[] out = new short[samples.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (short) Math.max(-32768, Math.min(32767, Math.round(samples[i] * gain)));
        }
        return new Pcm(sampleRate, out);
    }

    /** The parts one after another, {@code gapMillis} of silence between each two; all at the same rate. */
    static Pcm join(List<Pcm> parts, int gapMillis) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to join");
        }
        if (gapMillis < 0) {
            throw new IllegalArgumentException("gap " + gapMillis + " ms");
        }
        int rate = parts.get(0).sampleRate;
        int gap = (int) ((long) rate * gapMillis / 1000);
        long total = (long) gap * (parts.size() - 1);
        for (Pcm p : parts) {
            if (p.sampleRate != rate) {
                throw new IllegalArgumentException("mixed rates: " + rate + " Hz and " + p.sampleRate + " Hz");
            }
            total += p.samples.length;
        }
        short[] out = new short[Math.toIntExact(total)];
        int at = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                at += gap; // already silence
            }
            short[] s = parts.get(i).samples;
            System.arraycopy(s, 0, out, at, s.length);
            at += s.length;
        }
        return new Pcm(rate, out);
    }

    /** A canonical 44-byte-header WAV: RIFF, fmt (PCM, mono, 16-bit), data. */
    byte[] toWav() {
        int dataBytes = samples.length * 2;
        ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt(36 + dataBytes).put(ascii("WAVE"));
        b.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
        b.put(ascii("data")).putInt(dataBytes);
        b.put(samplesLittleEndian());
        return b.array();
    }

    /** The samples as a line plays them: 16-bit signed little-endian, one channel. */
    byte[] samplesLittleEndian() {
        ByteBuffer b = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : samples) {
            b.putShort(s);
        }
        return b.array();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
