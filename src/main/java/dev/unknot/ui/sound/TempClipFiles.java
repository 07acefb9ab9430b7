package dev.unknot.ui.sound;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Joined clips as files in a temporary folder of their own, removed when the app exits. One file per phrase
 * (a few dozen at most, some 100 KB each), rewritten when asked again.
 */
final class TempClipFiles implements ClipStore {
    private Path dir;
    private final Set<String> written = new HashSet<>();

    @Override
    public synchronized URL save(String name, byte[] wav) throws IOException {
        if (!name.matches("[a-z0-9+-]{1,200}\\.wav")) {
            throw new IllegalArgumentException("clip name " + name);
        }
        if (dir == null) {
            dir = Files.createTempDirectory("unknot-voice-");
            dir.toFile().deleteOnExit();
        }
        Path file = dir.resolve(name);
        Files.write(file, wav);
        if (written.add(name)) {
            // Registered after the folder, so deleted before it on exit.
            file.toFile().deleteOnExit();
        }
        return file.toUri().toURL();
    }

    /** For tests: the folder, or null before the first clip. */
    synchronized File folder() {
        return dir == null ? null : dir.toFile();
    }
}
