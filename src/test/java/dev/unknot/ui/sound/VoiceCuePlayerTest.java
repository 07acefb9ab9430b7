package dev.unknot.ui.sound;

import dev.unknot.domain.Cue;
import dev.unknot.domain.Segment;
import dev.unknot.domain.Side;
import dev.unknot.domain.Tool;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The speaking player with the sound system, the temporary files and the worker thread replaced: clips are recorded,
 * files kept in memory, and the worker's tasks run when the test says so. The pieces are the real files.
 */
class VoiceCuePlayerTest {
    private static final Segment PIRIFORMIS_LEFT = Segments.of("piriformis", Side.LEFT, Tool.LACROSSE_BALL);
    private static final String PIRIFORMIS_CLIP =
            "position+get-into-position+target-piriformis+side-left+tool-lacrosse-ball.wav";

    /** What happened, in order: "play NAME at VOLUME", "stop NAME", "tone CUE", "tone-preview CUE ...". */
    private final List<String> heard = new ArrayList<>();
    private final Map<String, byte[]> saved = new HashMap<>();
    private final List<String> loaded = new ArrayList<>();
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private final Executor worker = tasks::add;
    private final RecordingTones tones = new RecordingTones();
    private final RecordingLogger log = new RecordingLogger();

    private final ClipStore memory = (name, wav) -> {
        saved.merge(name, wav, (a, b) -> {
            throw new AssertionError(name + " saved twice: clips are kept");
        });
        return new URL("file:/memory/" + name);
    };

    private final Function<URL, SoundClip> clips = url -> {
        String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
        loaded.add(name);
        return new SoundClip() {
            @Override
            public void play(double volume) {
                heard.add("play " + name + " at " + volume);
            }

            @Override
            public void stop() {
                heard.add("stop " + name);
            }
        };
    };

    private VoiceCuePlayer player(Function<String, URL> resources, Function<URL, SoundClip> factory) {
        return new VoiceCuePlayer(tones, factory, resources, memory, worker, log);
    }

    private VoiceCuePlayer player() {
        return player(getClass()::getResource, clips);
    }

    private void runWorker() {
        while (!tasks.isEmpty()) {
            tasks.remove().run();
        }
    }

    @Test
    void withTheVoiceOffTheTonesPlayAsBefore() {
        VoiceCuePlayer player = player();
        player.play(Cue.GET_INTO_POSITION, PIRIFORMIS_LEFT);
        player.play(Cue.SWITCH_SIDE);
        assertEquals(List.of("tone GET_INTO_POSITION", "tone SWITCH_SIDE"), heard);
        assertTrue(tasks.isEmpty());
        assertTrue(saved.isEmpty());
    }

    @Test
    void getIntoPositionPlaysItsToneThenTheWordsAsOneClip() throws IOException {
        VoiceCuePlayer player = player();
        player.setVoice(true);
        player.setVolume(0.6);
        player.play(Cue.GET_INTO_POSITION, PIRIFORMIS_LEFT);
        assertEquals(List.of(), heard, "nothing on the calling thread");
        runWorker();

        assertEquals(List.of("play " + PIRIFORMIS_CLIP + " at 0.6"), heard);
        Pcm clip = Pcm.read(new ByteArrayInputStream(saved.get(PIRIFORMIS_CLIP)));
        assertEquals(Pcm.VOICE_RATE, clip.sampleRate());
        int expected = resource("/dev/unknot/sounds/position.wav").length() / 2;
        for (String piece : List.of("get-into-position", "target-piriformis", "side-left", "tool-lacrosse-ball")) {
            expected += resource(CuePhrases.resource(piece)).length();
        }
        expected += 4 * (Pcm.VOICE_RATE * VoiceCuePlayer.GAP_MILLIS / 1000);
        assertEquals(expected, clip.length(), "the tone at half rate, four pieces and four gaps");
        assertEquals(List.of(), log.warnings);
    }

    @Test
    void theWordsFollowTheToneInOrder() throws IOException {
        VoiceCuePlayer player = player();
        player.setVoice(true);
        player.play(Cue.SWITCH_SIDE, PIRIFORMIS_LEFT);
        runWorker();
        Pcm clip = Pcm.read(new ByteArrayInputStream(saved.get("switch+switch-sides.wav")));
        Pcm tone = resource("/dev/unknot/sounds/switch.wav").atRate(Pcm.VOICE_RATE).scaled(VoiceCuePlayer.TONE_BEFORE_WORDS);
        Pcm words = resource(CuePhrases.resource("switch-sides"));
        int gap = Pcm.VOICE_RATE * VoiceCuePlayer.GAP_MILLIS / 1000;
        assertEquals(tone.length() + gap + words.length(), clip.length());
        for (int i = 0; i < tone.length(); i++) {
            assertEquals(tone.sample(i), clip.sample(i), "tone sample " + i);
        }
        for (int i = 0; i < gap; i++) {
            assertEquals(0, clip.sample(tone.length() + i), "gap sample " + i);
        }
        for (int i = 0; i < words.length(); i++) {
            assertEquals(words.sample(i), clip.sample(tone.length() + gap + i), "word sample " + i);
        }
    }

    @Test
    void goStaysAShortToneAndTargetDoneIsSilent() {
        VoiceCuePlayer player = player();
        player.setVoice(true);
        player.play(Cue.GO, PIRIFORMIS_LEFT);
        player.play(Cue.TARGET_DONE, PIRIFORMIS_LEFT);
        runWorker();
        assertEquals(List.of("play go.wav at 1.0"), heard);
    }

    @Test
    void aNewerCueCutsTheOlderOneOff() {
        VoiceCuePlayer player = player();
        player.setVoice(true);
        player.play(Cue.GET_INTO_POSITION, PIRIFORMIS_LEFT);
        runWorker();
        player.play(Cue.GO, PIRIFORMIS_LEFT);
        runWorker();
        player.play(Cue.GO, PIRIFORMIS_LEFT);
        runWorker();
        assertEquals(List.of("play " + PIRIFORMIS_CLIP + " at 1.0",
                "stop " + PIRIFORMIS_CLIP, "play go.wav at 1.0",
                "stop go.wav", "play go.wav at 1.0"), heard);
        assertEquals(List.of(PIRIFORMIS_CLIP, "go.wav"), loaded, "a clip once made is kept");
    }

    @Test
    void cuesThatPileUpBeforeTheWorkerGetsToThemPlayOnlyTheNewest() {
        VoiceCuePlayer player = player();
        player.setVoice(true);
        player.play(Cue.GET_INTO_POSITION, PIRIFORMIS_LEFT);
        player.play(Cue.ONE_MINUTE_LEFT, PIRIFORMIS_LEFT);
        player.play(Cue.SESSION_DONE, PIRIFORMIS_LEFT);
        assertEquals(3, tasks.size());
        runWorker();
        assertEquals(List.of("play done+session-complete.wav at 1.0"), heard);
        assertEquals(List.of("done+session-complete.wav"), loaded, "the dropped ones are not even joined");
    }

    @Test
    void volumeReachesBothTheVoiceAndTheTones() {
        VoiceCuePlayer player = player();
        player.setVolume(0.25);
        assertEquals(0.25, tones.volume);
        player.setVoice(true);
        player.play(Cue.ONE_MINUTE_LEFT, PIRIFORMIS_LEFT);
        player.setVolume(7);
        player.play(Cue.ONE_MINUTE_LEFT, PIRIFORMIS_LEFT);
        runWorker();
        assertEquals(List.of("play minute+one-minute-left.wav at 1.0"), heard,
                "the second asked at full volume; the first, dropped, at a quarter");
    }

    @Test
    void theTestSoundUsesTheChoicesOnScreenAndLeavesTheSavedOnes() {
        VoiceCuePlayer player = player();
        player.setVolume(0.8);
        player.preview(Cue.GET_INTO_POSITION, PIRIFORMIS_LEFT, true, 0.3);
        runWorker();
        assertEquals(List.of("play " + PIRIFORMIS_CLIP + " at 0.3"), heard);
        assertFalse(player.voice(), "the saved choice stays off");
        assertEquals(0.8, player.volume());

        player.setVoice(true);
        player.preview(Cue.GET_INTO_POSITION, PIRIFORMIS_LEFT, false, 0.5);
        runWorker();
        assertEquals("tone-preview GET_INTO_POSITION piriformis voice=false 0.5", heard.get(heard.size() - 1));
        assertTrue(player.voice());
    }

    @Test
    void withNoAudioDeviceItStaysSilentAndLeavesTheWarningToTheTones() {
        tones.off = true;
        VoiceCuePlayer player = player();
        player.setVoice(true);
        for (Cue cue : Cue.values()) {
            assertDoesNotThrow(() -> player.play(cue, PIRIFORMIS_LEFT));
        }
        assertDoesNotThrow(() -> player.preview(Cue.GET_INTO_POSITION, PIRIFORMIS_LEFT, true, 1));
        runWorker();
        assertTrue(player.isOff());
        assertEquals(List.of(), heard);
        assertEquals(List.of(), loaded);
        assertEquals(List.of(), log.warnings);
    }

    @Test
    void aMissingPieceWarnsOnceAndTheCuesFallBackToTones() {
        VoiceCuePlayer player = player(name -> name.contains("psoas") ? null : getClass().getResource(name), clips);
        player.setVoice(true);
        Segment psoas = Segments.of("psoas", Side.RIGHT, Tool.SOFTBALL);
        player.play(Cue.GET_INTO_POSITION, psoas);
        runWorker();
        player.play(Cue.GET_INTO_POSITION, psoas);
        player.play(Cue.SWITCH_SIDE, psoas);
        runWorker();
        assertEquals(List.of("tone GET_INTO_POSITION", "tone GET_INTO_POSITION", "tone SWITCH_SIDE"), heard);
        assertEquals(List.of("Spoken cues are off: could not play "
                + "position+get-into-position+target-psoas+side-right+tool-softball.wav (IOException: "
                + "/dev/unknot/voice/target-psoas.wav is not on the class path). Tones play instead."), log.warnings);
        assertTrue(player.isSpeechOff());
        assertFalse(player.isOff(), "the tones still play");
    }

    @Test
    void aClipThatCannotLoadOrPlayNeverThrowsIntoTheSession() {
        VoiceCuePlayer player = player(getClass()::getResource, url -> {
            throw new UnsatisfiedLinkError("no jfxmedia");
        });
        player.setVoice(true);
        assertDoesNotThrow(() -> player.play(Cue.SESSION_DONE, PIRIFORMIS_LEFT));
        assertDoesNotThrow(this::runWorker);
        assertEquals(List.of("tone SESSION_DONE"), heard);
        assertEquals(1, log.warnings.size());
        assertTrue(log.warnings.get(0).contains("UnsatisfiedLinkError: no jfxmedia"), log.warnings.get(0));
    }

    @Test
    void aStoppedWorkerTurnsSpeechOffWithoutThrowing() {
        VoiceCuePlayer player = new VoiceCuePlayer(tones, clips, getClass()::getResource, memory, task -> {
            throw new java.util.concurrent.RejectedExecutionException("shut down");
        }, log);
        player.setVoice(true);
        assertDoesNotThrow(() -> player.play(Cue.SWITCH_SIDE, PIRIFORMIS_LEFT));
        assertEquals(List.of("tone SWITCH_SIDE"), heard);
        assertEquals(1, log.warnings.size());
    }

    @Test
    void clipNamesSayWhatIsInThem() {
        assertEquals("switch+switch-sides.wav",
                VoiceCuePlayer.clipName(Optional.of("/dev/unknot/sounds/switch.wav"), List.of("switch-sides")));
        assertEquals("a+b.wav", VoiceCuePlayer.clipName(Optional.empty(), List.of("a", "b")));
    }

    @Test
    void realTemporaryFilesHoldTheClip() throws Exception {
        TempClipFiles files = new TempClipFiles();
        byte[] wav = new Pcm(Pcm.VOICE_RATE, new short[]{1, 2, 3}).toWav();
        URL url = files.save("switch+switch-sides.wav", wav);
        try (InputStream in = url.openStream()) {
            assertEquals(java.util.Arrays.toString(wav), java.util.Arrays.toString(in.readAllBytes()));
        }
        assertEquals(url, files.save("switch+switch-sides.wav", wav), "the same name, the same file");
        assertTrue(new java.io.File(url.toURI()).getParentFile().equals(files.folder()));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> files.save("../escape.wav", wav));
        java.nio.file.Files.delete(java.nio.file.Path.of(url.toURI()));
    }

    private Pcm resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return Pcm.read(in);
        }
    }

    private final class RecordingTones implements CuePlayer {
        boolean off;
        double volume = 1;

        @Override
        public void play(Cue cue) {
            heard.add("tone " + cue);
        }

        @Override
        public void preview(Cue cue, Segment segment, boolean voice, double volume) {
            heard.add("tone-preview " + cue + " " + segment.target().id() + " voice=" + voice + " " + volume);
        }

        @Override
        public void setVolume(double volume) {
            this.volume = volume;
        }

        @Override
        public boolean isOff() {
            return off;
        }
    }
}
