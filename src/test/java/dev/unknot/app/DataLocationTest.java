package dev.unknot.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DataLocationTest {

    @Test
    void linuxDefaultIsUnderLocalShare() {
        assertEquals(Path.of("/home/a/.local/share/unknot/unknot.db"),
                DataLocation.resolve(List.of(), Map.of(), "Linux", "/home/a"));
    }

    @Test
    void linuxHonoursAnAbsoluteXdgDataHome() {
        assertEquals(Path.of("/data/x/unknot/unknot.db"),
                DataLocation.resolve(List.of(), Map.of("XDG_DATA_HOME", "/data/x"), "Linux", "/home/a"));
    }

    @Test
    void linuxIgnoresARelativeXdgDataHomeAsTheSpecSays() {
        assertEquals(Path.of("/home/a/.local/share/unknot/unknot.db"),
                DataLocation.resolve(List.of(), Map.of("XDG_DATA_HOME", "rel/dir"), "Linux", "/home/a"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/Users/a/Library/Application Support/Unknot/unknot.db"),
                DataLocation.resolve(List.of(), Map.of(), "Mac OS X", "/Users/a"));
    }

    @Test
    void windowsUsesAppData() {
        Path resolved = DataLocation.resolve(List.of(), Map.of("APPDATA", "/appdata"), "Windows 11", "/home/a");
        assertEquals(Path.of("/appdata", "Unknot", "unknot.db"), resolved);
    }

    @Test
    void environmentVariableOverridesTheDefault() {
        assertEquals(Path.of("/tmp/mine.db"),
                DataLocation.resolve(List.of(), Map.of("UNKNOT_DB", "/tmp/mine.db"), "Linux", "/home/a"));
    }

    @Test
    void commandLineOverridesTheEnvironmentVariable() {
        assertEquals(Path.of("/tmp/arg.db"),
                DataLocation.resolve(List.of("--db=/tmp/arg.db"), Map.of("UNKNOT_DB", "/tmp/env.db"), "Linux", "/home/a"));
    }
}
