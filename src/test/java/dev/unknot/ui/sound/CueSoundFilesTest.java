package dev.unknot.ui.sound;

import org.junit.jupiter.api.Test;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped WAVs: on the class path, in the agreed format, short, click-free, distinct, and reproducible. */
class CueSoundFilesTest {
    @Test
    void everySoundIsOnTheClassPathAsShortMono16BitPcm() throws Exception {
        for (String file : CueSounds.files()) {
            String resource = CueSounds.DIRECTORY + file;
            assertNotNull(getClass().getResource(resource), resource + " missing from the class path");
            try (InputStream raw = getClass().getResourceAsStream(resource);
                 AudioInputStream in = AudioSystem.getAudioInputStream(new BufferedInputStream(raw))) {
                AudioFormat f = in.getFormat();
                assertEquals(AudioFormat.Encoding.PCM_SIGNED, f.getEncoding(), file);
                assertEquals(44_100f, f.getSampleRate(), file);
                assertEquals(16, f.getSampleSizeInBits(), file);
                assertEquals(1, f.getChannels(), file);
                assertFalse(f.isBigEndian(), file);
                double seconds = in.getFrameLength() / f.getFrameRate();
                assertTrue(seconds > 0.05 && seconds <= 1.2, file + " lasts " + seconds + " s");

                short[] samples = samples(in.readAllBytes());
                assertEquals(in.getFrameLength(), samples.length, file);
                int peak = Arrays.stream(toInts(samples)).map(Math::abs).max().orElseThrow();
                double peakDb = 20 * Math.log10(peak / 32768.0);
                assertTrue(peakDb > -7 && peakDb < -5, file + " peaks at " + peakDb + " dBFS");
                // Starts and ends in silence: no click at either edge.
                assertTrue(Math.abs(samples[0]) < 50 && Math.abs(samples[samples.length - 1]) < 50, file);
            }
        }
    }

    @Test
    void theFiveSoundsDiffer() throws IOException {
        List<byte[]> contents = new ArrayList<>();
        for (String file : CueSounds.files()) {
            try (InputStream in = getClass().getResourceAsStream(CueSounds.DIRECTORY + file)) {
                contents.add(in.readAllBytes());
            }
        }
        assertEquals(5, contents.size());
        for (int i = 0; i < contents.size(); i++) {
            for (int j = i + 1; j < contents.size(); j++) {
                assertFalse(Arrays.equals(contents.get(i), contents.get(j)),
                        CueSounds.files().get(i) + " = " + CueSounds.files().get(j));
            }
        }
    }

    @Test
    void theGeneratorReproducesTheCommittedFilesByteForByte() throws Exception {
        Path generator = Path.of("src/tools/GenerateCueSounds.java");
        assertTrue(Files.isRegularFile(generator), "run from the project directory");
        Path out = Files.createTempDirectory("cue-sounds");
        try {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process process = new ProcessBuilder(java.toString(), generator.toString(), out.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "generator hung");
            assertEquals(0, process.exitValue(), output);
            for (String file : CueSounds.files()) {
                assertArrayEquals(Files.readAllBytes(Path.of("assets/sounds", file)), Files.readAllBytes(out.resolve(file)),
                        file + " is stale: run java src/tools/GenerateCueSounds.java assets/sounds");
            }
        } finally {
            try (var files = Files.list(out)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(out);
        }
    }

    private static short[] samples(byte[] pcm) {
        short[] s = new short[pcm.length / 2];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
        }
        return s;
    }

    private static int[] toInts(short[] s) {
        int[] out = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = s[i];
        }
        return out;
    }
}
