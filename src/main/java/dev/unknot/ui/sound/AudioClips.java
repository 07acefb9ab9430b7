package dev.unknot.ui.sound;

import javafx.scene.media.AudioClip;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;

import java.net.URL;
import java.util.function.Function;

/**
 * Real clips: JavaFX {@link AudioClip}s. AudioClip reports a missing audio output only on its own scheduler thread,
 * long after {@code play} has returned, so the first load also opens (and discards) a MediaPlayer on the same file:
 * that fails here, synchronously, where a player can turn itself off. A probe that fails for any reason but the
 * file itself (our own WAVs, checked by a test) means the sound output could not be opened: it says so with
 * {@link NoAudioOutput}, so the warning names the cause a person can act on, not the file that happened to be first.
 */
final class AudioClips implements Function<URL, SoundClip> {
    private boolean probed;

    @Override
    public synchronized SoundClip apply(URL url) {
        String source = url.toExternalForm();
        if (!probed) {
            try {
                new MediaPlayer(new Media(source)).dispose();
            } catch (MediaException e) {
                throw fileAtFault(e.getType()) ? e : new NoAudioOutput(e);
            }
            probed = true;
        }
        AudioClip clip = new AudioClip(source);
        return new SoundClip() {
            @Override
            public void play(double volume) {
                clip.play(volume);
            }

            @Override
            public void stop() {
                clip.stop();
            }
        };
    }

    private static boolean fileAtFault(MediaException.Type type) {
        return switch (type) {
            case MEDIA_CORRUPTED, MEDIA_INACCESSIBLE, MEDIA_UNAVAILABLE, MEDIA_UNSUPPORTED -> true;
            default -> false;
        };
    }
}
