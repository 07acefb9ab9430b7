package dev.unknot.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the log lives: {@code --db=PATH}, else {@code UNKNOT_DB}, else the OS's per-user data folder
 * (Linux {@code $XDG_DATA_HOME/unknot/unknot.db}, default {@code ~/.local/share/unknot/unknot.db}; macOS
 * {@code ~/Library/Application Support/Unknot/unknot.db}; Windows {@code %APPDATA%/Unknot/unknot.db}).
 */
public final class DataLocation {
    public static final String ENV_VARIABLE = "UNKNOT_DB";
    public static final String ARGUMENT = "--db=";
    static final String FILE_NAME = "unknot.db";

    private DataLocation() {
    }

    public static Path resolve(List<String> args, Map<String, String> env, String osName, String userHome) {
        for (String arg : args) {
            if (arg.startsWith(ARGUMENT) && arg.length() > ARGUMENT.length()) {
                return Path.of(arg.substring(ARGUMENT.length())).toAbsolutePath();
            }
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Unknot").resolve(FILE_NAME);
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Unknot").resolve(FILE_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("unknot").resolve(FILE_NAME);
    }
}
