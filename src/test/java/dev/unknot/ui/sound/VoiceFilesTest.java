package dev.unknot.ui.sound;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped voice pieces: each one the cues can ask for is on the class path as a short 22.05 kHz mono 16-bit
 * WAV, trimmed and at a common level; and assets/voice holds exactly what phrases.txt lists, rendered from the words
 * it lists now (espeak-ng is not needed here: the generator's manifest says what each file was made from).
 */
class VoiceFilesTest {
    private static final Path DIR = Path.of("assets/voice");

    @Test
    void everyPieceTheCuesCanAskForIsOnTheClassPathInTheVoiceFormat() throws IOException {
        Set<String> pieces = CuePhrasesTest.everyPiece();
        assertEquals(16, pieces.size(), "4 cue phrases, 7 targets, 2 sides, 3 tools: " + pieces);
        for (String piece : pieces) {
            String resource = CuePhrases.resource(piece);
            URL url = getClass().getResource(resource);
            assertNotNull(url, resource + " missing: add it to assets/voice/phrases.txt and run "
                    + "java src/tools/GenerateVoice.java assets/voice");
            Pcm pcm;
            try (InputStream in = url.openStream()) {
                pcm = Pcm.read(in);
            }
            assertEquals(Pcm.VOICE_RATE, pcm.sampleRate(), piece);
            assertTrue(pcm.seconds() > 0.3 && pcm.seconds() < 2.5, piece + " lasts " + pcm.seconds() + " s");
            int peak = 0;
            for (int i = 0; i < pcm.length(); i++) {
                peak = Math.max(peak, Math.abs(pcm.sample(i)));
            }
            double peakDb = 20 * Math.log10(peak / 32768.0);
            assertTrue(peakDb > -8 && peakDb < -0.9, piece + " peaks at " + peakDb + " dBFS");
            // Trimmed and faded: quiet at both edges, and no more than 60 ms of near-silence before the words.
            assertTrue(Math.abs(pcm.sample(0)) < 50 && Math.abs(pcm.sample(pcm.length() - 1)) < 50, piece);
            int lead = 0;
            while (lead < pcm.length() && Math.abs(pcm.sample(lead)) < 300) {
                lead++;
            }
            assertTrue(lead < 0.06 * Pcm.VOICE_RATE, piece + " starts with " + lead + " samples of silence");
        }
    }

    @Test
    void theFolderHoldsExactlyThePiecesOfThePhraseListAndTheCuesUseThemAll() throws IOException {
        Set<String> listed = phrases(DIR.resolve("phrases.txt")).keySet();
        Set<String> wavs;
        try (Stream<Path> files = Files.list(DIR)) {
            wavs = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".wav"))
                    .map(n -> n.substring(0, n.length() - 4)).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(new TreeSet<>(listed), wavs, "phrases.txt and the WAVs in assets/voice differ");
        assertEquals(CuePhrasesTest.everyPiece(), new TreeSet<>(listed), "phrases.txt and CuePhrases differ");
    }

    @Test
    void everyFileWasRenderedFromTheWordsThePhraseListHasNow() throws IOException {
        Map<String, String> manifest = phrases(DIR.resolve("manifest.tsv"));
        assertEquals(phrases(DIR.resolve("phrases.txt")), manifest,
                "phrases.txt changed since the files were made: run java src/tools/GenerateVoice.java assets/voice");
    }

    private static Map<String, String> phrases(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split("\t", -1);
                assertEquals(2, parts.length, file + ": " + line);
                out.put(parts[0], parts[1].strip());
            }
        }
        return out;
    }
}
