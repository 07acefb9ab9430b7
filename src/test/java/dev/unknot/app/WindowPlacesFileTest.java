package dev.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.domain.Theme;
import dev.unknot.ui.WindowPlace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowPlacesFileTest {
    @TempDir
    Path dir;

    @Test
    void placesAndTheMiniTimerSwitchSurviveARestart() {
        Path file = WindowPlacesFile.besideLog(dir.resolve("unknot.db"));
        assertEquals(dir.resolve("unknot-windows.properties"), file);
        WindowPlacesFile first = new WindowPlacesFile(file);
        assertEquals(Optional.empty(), first.place("main"));
        assertFalse(first.isOpen("mini"));

        first.keepPlace("main", new WindowPlace(10, 20, 900, 700, false, true));
        first.keepPlace("mini", new WindowPlace(1500, 40, 280, 170, false, false));
        first.keepOpen("mini", true);

        WindowPlacesFile again = new WindowPlacesFile(file);
        assertEquals(Optional.of(new WindowPlace(10, 20, 900, 700, false, true)), again.place("main"));
        assertEquals(Optional.of(new WindowPlace(1500, 40, 280, 170, false, false)), again.place("mini"));
        assertTrue(again.isOpen("mini"));
    }

    @Test
    void theThemeCopyIsKeptForTheFirstFrameOfTheNextStart() {
        Path file = dir.resolve("unknot-windows.properties");
        WindowPlacesFile places = new WindowPlacesFile(file);
        assertEquals(Optional.empty(), places.theme());
        places.keepTheme(Theme.LIGHT);
        assertEquals(Optional.of(Theme.LIGHT), new WindowPlacesFile(file).theme());
    }

    @Test
    void aDamagedFileReadsAsNoPlacesAndIsReplacedOnTheNextWrite() throws Exception {
        Path file = dir.resolve("unknot-windows.properties");
        Files.write(file, new byte[] {'m', 'a', 'i', 'n', '.', 'p', 'l', 'a', 'c', 'e', '=', '\\', 'u', '1', 'z'});
        WindowPlacesFile places = new WindowPlacesFile(file);
        assertEquals(Optional.empty(), places.place("main"));

        places.keepPlace("main", new WindowPlace(0, 0, 800, 600, true, false));
        assertEquals(Optional.of(new WindowPlace(0, 0, 800, 600, true, false)), new WindowPlacesFile(file).place("main"));
    }

    @Test
    void aFolderThatCannotBeWrittenLosesThePlaceQuietly() throws Exception {
        Path blocked = dir.resolve("not-a-folder");
        Files.writeString(blocked, "a file where the folder should be");
        WindowPlacesFile places = new WindowPlacesFile(blocked.resolve("unknot-windows.properties"));

        places.keepOpen("mini", true); // logged, never thrown: window places are not worth an error on screen

        assertTrue(places.isOpen("mini"), "still known for as long as the app runs");
        assertFalse(Files.exists(blocked.resolve("unknot-windows.properties")));
    }
}
