package dev.unknot.ui.sound;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Joining pieces into one clip: lengths, the silence between, the WAV header, the tone's rate halved. */
class PcmTest {
    private static Pcm pcm(int rate, int... samples) {
        short[] s = new short[samples.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) samples[i];
        }
        return new Pcm(rate, s);
    }

    private static int[] samples(Pcm p) {
        int[] out = new int[p.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = p.sample(i);
        }
        return out;
    }

    @Test
    void joinPutsThePiecesInOrderWithTheGapBetweenEachTwoAndNoneAtTheEnds() {
        // 1000 Hz: a 3 ms gap is 3 samples.
        Pcm joined = Pcm.join(List.of(pcm(1000, 1, 2), pcm(1000, 3), pcm(1000, 4, 5, 6)), 3);
        assertArrayEquals(new int[]{1, 2, 0, 0, 0, 3, 0, 0, 0, 4, 5, 6}, samples(joined));
        assertEquals(1000, joined.sampleRate());
        assertArrayEquals(new int[]{7, 8}, samples(Pcm.join(List.of(pcm(1000, 7, 8)), 3)));
    }

    @Test
    void joinedLengthIsThePiecesPlusTheGapsAtVoiceRate() {
        Pcm a = new Pcm(Pcm.VOICE_RATE, new short[22_050]);
        Pcm b = new Pcm(Pcm.VOICE_RATE, new short[11_025]);
        Pcm c = new Pcm(Pcm.VOICE_RATE, new short[100]);
        Pcm joined = Pcm.join(List.of(a, b, c), 150);
        assertEquals(22_050 + 11_025 + 100 + 2 * 3307, joined.length()); // 150 ms at 22.05 kHz: 3307.5, rounded down
        assertEquals(joined.length() / 22_050.0, joined.seconds(), 1e-9);
    }

    @Test
    void joinRefusesMixedRatesAndNothing() {
        assertThrows(IllegalArgumentException.class, () -> Pcm.join(List.of(pcm(22_050, 1), pcm(44_100, 1)), 0));
        assertThrows(IllegalArgumentException.class, () -> Pcm.join(List.of(), 0));
        assertThrows(IllegalArgumentException.class, () -> Pcm.join(List.of(pcm(1000, 1)), -1));
    }

    @Test
    void theWavHeaderDescribesMono16BitPcmAndTheDataLength() {
        byte[] wav = pcm(22_050, 1, -2, 32767).toWav();
        assertEquals(44 + 6, wav.length);
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("RIFF", ascii(wav, 0));
        assertEquals(36 + 6, b.getInt(4));
        assertEquals("WAVE", ascii(wav, 8));
        assertEquals("fmt ", ascii(wav, 12));
        assertEquals(16, b.getInt(16));
        assertEquals(1, b.getShort(20), "PCM");
        assertEquals(1, b.getShort(22), "mono");
        assertEquals(22_050, b.getInt(24));
        assertEquals(44_100, b.getInt(28), "bytes a second");
        assertEquals(2, b.getShort(32), "block align");
        assertEquals(16, b.getShort(34), "bits");
        assertEquals("data", ascii(wav, 36));
        assertEquals(6, b.getInt(40));
        assertEquals(1, b.getShort(44));
        assertEquals(-2, b.getShort(46));
        assertEquals(32767, b.getShort(48));
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws IOException {
        Pcm original = Pcm.join(List.of(pcm(22_050, 5, -5, 300), pcm(22_050, -32768, 32767)), 1);
        Pcm read = Pcm.read(new ByteArrayInputStream(original.toWav()));
        assertEquals(22_050, read.sampleRate());
        assertArrayEquals(samples(original), samples(read));
    }

    @Test
    void readRefusesWhatIsNotMono16BitPcm() {
        byte[] stereo = pcm(22_050, 1, 2, 3, 4).toWav();
        stereo[22] = 2; // channels
        stereo[32] = 4; // block align
        ByteBuffer.wrap(stereo).order(ByteOrder.LITTLE_ENDIAN).putInt(28, 22_050 * 4);
        assertThrows(IOException.class, () -> Pcm.read(new ByteArrayInputStream(stereo)));
        assertThrows(IOException.class, () -> Pcm.read(new ByteArrayInputStream("not a wav".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void halvingTheRateAveragesEachPairAndLeavesTheSameRateAlone() {
        Pcm tone = pcm(44_100, 10, 20, -30, -10, 7);
        assertArrayEquals(new int[]{15, -20}, samples(tone.atRate(22_050)));
        assertEquals(22_050, tone.atRate(22_050).sampleRate());
        Pcm voice = pcm(22_050, 1, 2);
        assertEquals(voice, voice.atRate(22_050));
        assertThrows(IllegalArgumentException.class, () -> pcm(16_000, 1).atRate(22_050));
    }

    @Test
    void scalingSoftensAndClipsAtSixteenBits() {
        assertArrayEquals(new int[]{400, -400, 0}, samples(pcm(1000, 1000, -1000, 0).scaled(0.4)));
        assertArrayEquals(new int[]{32767, -32768}, samples(pcm(1000, 30000, -30000).scaled(2)));
    }

    private static String ascii(byte[] b, int at) {
        return new String(b, at, 4, StandardCharsets.US_ASCII);
    }
}
