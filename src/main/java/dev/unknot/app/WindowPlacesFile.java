package dev.unknot.app;

import dev.unknot.domain.Theme;
import dev.unknot.ui.WindowPlace;
import dev.unknot.ui.WindowPlaces;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Window places and a copy of the theme in a small properties file beside the log ({@code unknot-windows.properties}),
 * read once before the first frame so the window opens where it was and as it looked (the log itself opens only
 * after the first frame). Losing this file
 * loses nothing that matters: a missing or damaged file reads as "no place", and a failed write is only logged.
 */
final class WindowPlacesFile implements WindowPlaces {
    private static final System.Logger LOG = System.getLogger(WindowPlacesFile.class.getName());

    private final Path file;
    private final Properties values = new Properties();

    WindowPlacesFile(Path file) {
        this.file = Objects.requireNonNull(file);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not read the window places in " + file + "; using defaults", e);
                values.clear();
            }
        }
    }

    /** Beside the log: {@code unknot.db} → {@code unknot-windows.properties}. */
    static Path besideLog(Path dbFile) {
        return dbFile.toAbsolutePath().resolveSibling("unknot-windows.properties");
    }

    @Override
    public Optional<WindowPlace> place(String window) {
        return WindowPlace.decode(values.getProperty(window + ".place"));
    }

    @Override
    public void keepPlace(String window, WindowPlace place) {
        values.setProperty(window + ".place", place.encode());
        write();
    }

    @Override
    public boolean isOpen(String window) {
        return Boolean.parseBoolean(values.getProperty(window + ".open"));
    }

    @Override
    public void keepOpen(String window, boolean open) {
        values.setProperty(window + ".open", Boolean.toString(open));
        write();
    }

    @Override
    public Optional<Theme> theme() {
        String text = values.getProperty("theme");
        for (Theme theme : Theme.values()) {
            if (theme.name().equals(text)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }

    @Override
    public void keepTheme(Theme theme) {
        if (!theme.name().equals(values.getProperty("theme"))) {
            values.setProperty("theme", theme.name());
            write();
        }
    }

    private void write() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "unknot-windows", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                values.store(out, "Unknot: where its windows were");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not keep the window places in " + file, e);
        }
    }
}
