package dev.unknot.ui.sound;

import java.io.IOException;
import java.net.URL;

/** Where a joined clip is put so it can be opened by URL as every other clip is. */
@FunctionalInterface
interface ClipStore {
    /**
     * @param name a file name made of {@code [a-z0-9+-]} and ending in .wav; the same name is the same sound
     * @return where it can be opened
     */
    URL save(String name, byte[] wav) throws IOException;
}
