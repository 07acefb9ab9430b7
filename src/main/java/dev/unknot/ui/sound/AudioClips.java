package dev.unknot.ui.sound;

import javafx.scene.media.AudioClip;
import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;

import java.net.URL;
import java.util.function.Function;

/**
 * Real clips: JavaFX {@link AudioClip}s. AudioClip reports a missing audio output only on its own scheduler thread,
 * long after {@code play} has returned, so the first load also opens (and discards) a MediaPlayer on the same file:
 * that fails here, synchronously, where a player can turn itself off.
 */
final class AudioClips implements Function<URL, SoundClip> {
    private boolean probed;

    @Override
    public synchronized SoundClip apply(URL url) {
        String source = url.toExternalForm();
        if (!probed) {
            new MediaPlayer(new Media(source)).dispose();
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
}
