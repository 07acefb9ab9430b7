import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Builds the installer's app image (and, on Debian/Ubuntu with the tools, the .deb) for the pom's installer profile:
 * {@code java src/installer/Image.java --key=value ...}. A source-file program so it runs on the JDK that runs Maven.
 *
 * <ol>
 * <li>The runtime: jlink'd from a JDK 25 where one is found (--jdk, that is JAVA_HOME; the JDK running this; then
 *     /usr/lib/jvm/temurin-25* and /usr/lib/jvm/*25*), else from this JDK as before, saying so.</li>
 * <li>JavaFX's modules are linked into that runtime from Maven's modular platform jars, its native libraries put in
 *     the runtime's library folder; jpackage makes the image with the app's jars on the class path. JavaFX is then
 *     the named modules it expects to be, so it no longer warns about an unsupported configuration.</li>
 * <li>With JDK 25: a training run of the image itself (-Dunknot.training: home screen, Enter, a few seconds of a
 *     session, clean exit) writes an AOT cache (JEP 483/514/515) that the image's launcher then uses. It needs a
 *     display: $DISPLAY, else a private Xvfb; without either the image goes without the cache, saying so.</li>
 * <li>The .deb from that image, on Linux where dpkg-deb and fakeroot are both there; else one line says why not.</li>
 * </ol>
 * Nothing here fails the build over a missing optional tool; a real failure of jlink or jpackage does.
 */
public final class Image {
    private static final String PREFIX = "[installer] ";

    private final Map<String, String> opt;

    private Image(Map<String, String> opt) {
        this.opt = opt;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --key=value, got " + arg);
            }
            opt.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        new Image(opt).build();
    }

    private String get(String key) {
        String value = opt.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + key + "=");
        }
        return value;
    }

    private void build() throws Exception {
        Path dest = Path.of(get("dest"));
        Path jdk25 = findJdk25();
        Path jdk = jdk25 != null ? jdk25 : Path.of(System.getProperty("java.home"));
        if (jdk25 != null) {
            say("runtime from JDK " + version(jdk25) + " at " + jdk25 + " (with an AOT cache trained at build time)");
        } else {
            say((Boolean.parseBoolean(opt.getOrDefault("jdk25", "true"))
                    ? "no JDK 25 found (JAVA_HOME, /usr/lib/jvm/temurin-25*)" : "JDK 25 not wanted (-Dinstaller.jdk25=false)")
                    + ": runtime from JDK " + version(jdk)
                    + " at " + jdk + ", without an AOT cache; the app starts slower");
        }

        // 1. The runtime: the JDK modules the app uses and JavaFX's, linked in from Maven's modular platform jars
        //    (the empty per-module jars beside them are left out). JavaFX's native libraries go into the runtime's
        //    library folder, where JavaFX loads them from when it is part of the runtime, not as resources
        //    inside its modules (which it would unpack into ~/.openjfx/cache on a user's first start).
        Path runtime = dest.resolve("runtime");
        deleteTree(runtime);
        Path fxJars = dest.resolve("javafx-modules");
        deleteTree(fxJars);
        Files.createDirectories(fxJars);
        List<Path> natives = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(get("javafx")))) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (n.endsWith(".jar")) {
                    if (isModular(f)) {
                        Files.copy(f, fxJars.resolve(n));
                    }
                } else if (Files.isRegularFile(f)) {
                    natives.add(f);
                }
            }
        }
        List<String> jlink = new ArrayList<>(List.of(tool(jdk, "jlink"), "--module-path", fxJars.toString(),
                "--add-modules", get("modules") + "," + get("javafx-modules"),
                "--exclude-resources=regex:/javafx\\.[a-z]+/[^/]+\\.(so|dll|dylib)",
                "--output", runtime.toString()));
        jlink.addAll(Arrays.asList(get("jlink-options").trim().split("\\s+")));
        run(jlink, null);
        Path runtimeLib = runtime.resolve(windows() ? "bin" : "lib");
        for (Path f : natives) {
            Files.copy(f, runtimeLib.resolve(f.getFileName()));
        }

        // 2. The image: the app on the class path; JavaFX is in the runtime, so named modules as it expects (no
        //    "Unsupported JavaFX configuration"), and the AOT cache's module graph is the runtime's own, which
        //    stays valid wherever the image is installed (a --module-path outside the runtime would not).
        Path input = dest.resolve("input");
        Path image = dest.resolve(get("name"));
        deleteTree(image);
        List<String> javaOptions = new ArrayList<>(List.of(get("java-options").trim().split("\\s+")));
        if (jdk25 != null) {
            // JavaFX 21 and sqlite-jdbc load native code, and JavaFX 21 uses sun.misc.Unsafe's memory access: both
            // allowed on purpose, so JDK 25 says nothing about them (it can only allow Unsafe for all or none).
            javaOptions.add("--enable-native-access=" + get("javafx-modules-native") + ",ALL-UNNAMED");
            javaOptions.add("--sun-misc-unsafe-memory-access=allow");
            javaOptions.addAll(List.of(opt.getOrDefault("java-options-25", "").trim().split("\\s+")));
        }
        javaOptions.removeIf(String::isEmpty);
        List<String> jpackage = new ArrayList<>(List.of(tool(jdk, "jpackage"), "--type", "app-image",
                "--dest", dest.toString(), "--name", get("name"), "--app-version", get("version"),
                "--vendor", get("vendor"), "--description", get("description"), "--input", input.toString(),
                "--main-jar", get("main-jar"), "--main-class", get("main-class"), "--icon", get("icon"),
                "--runtime-image", runtime.toString()));
        for (String o : javaOptions) {
            jpackage.add("--java-options");
            jpackage.add(o);
        }
        run(jpackage, null);
        Path appDir = appDir(image);

        // 3. The AOT cache, trained on the image itself.
        if (jdk25 != null && !Boolean.parseBoolean(opt.getOrDefault("skip-aot", "false"))) {
            train(image, appDir, dest);
        }

        // 4. The .deb.
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
        if (linux && Boolean.parseBoolean(opt.getOrDefault("deb", "true"))) {
            deb(jdk, image, dest);
        }
    }

    // ---- JDK 25 --------------------------------------------------------------------------------------------

    private Path findJdk25() throws IOException {
        if (!Boolean.parseBoolean(opt.getOrDefault("jdk25", "true"))) {
            return null;
        }
        List<Path> candidates = new ArrayList<>();
        String hint = opt.getOrDefault("jdk", "");
        if (!hint.isBlank() && !hint.startsWith("${")) {
            candidates.add(Path.of(hint));
        }
        candidates.add(Path.of(System.getProperty("java.home")));
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> s = Files.list(jvms)) {
                s.filter(p -> p.getFileName().toString().startsWith("temurin-25")).sorted().forEach(candidates::add);
            }
            try (Stream<Path> s = Files.list(jvms)) {
                s.filter(p -> p.getFileName().toString().matches(".*\\b25\\b.*")).sorted().forEach(candidates::add);
            }
        }
        for (Path c : candidates) {
            if (feature(c) >= 25 && Files.isExecutable(Path.of(tool(c, "jlink")))
                    && Files.isExecutable(Path.of(tool(c, "jpackage")))) {
                return c;
            }
        }
        return null;
    }

    private static String version(Path jdk) {
        Properties release = new Properties();
        try (var in = Files.newInputStream(jdk.resolve("release"))) {
            release.load(in);
        } catch (IOException e) {
            return "?";
        }
        return release.getProperty("JAVA_VERSION", "\"?\"").replace("\"", "");
    }

    private static int feature(Path jdk) {
        String v = version(jdk);
        try {
            return Integer.parseInt(v.split("[.+-]")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private static String tool(Path jdk, String name) {
        return jdk.resolve("bin").resolve(windows() ? name + ".exe" : name).toString();
    }

    private static boolean isModular(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry("module-info.class") != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the AOT cache -------------------------------------------------------------------------------------

    private void train(Path image, Path appDir, Path dest) throws Exception {
        Path launcher = launcher(image);
        Path work = dest.resolve("training");
        deleteTree(work);
        Files.createDirectories(work);
        Path cache = appDir.resolve(get("name").toLowerCase(Locale.ROOT) + ".aot");
        Process xvfb = null;
        String display = System.getenv("DISPLAY");
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        boolean mac = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");
        try {
            if (!windows && !mac && (display == null || display.isBlank())) {
                xvfb = startXvfb(work);
                if (xvfb == null) {
                    say("no display and no Xvfb: the image goes without an AOT cache (install xvfb to get one)");
                    return;
                }
                display = xvfbDisplay;
            }
            Map<String, String> env = new LinkedHashMap<>();
            if (display != null) {
                env.put("DISPLAY", display);
            }
            env.put("UNKNOT_DB", work.resolve("training.db").toString());
            // The training's own home, so the build never touches the builder's log, backups or window places.
            env.put("JAVA_TOOL_OPTIONS", "-XX:AOTCacheOutput=" + cache + " -Dunknot.training="
                    + opt.getOrDefault("training-seconds", "12") + " -Duser.home=" + work);
            say("training run for the AOT cache (home screen, a session, clean exit) on display " + display);
            int exit = run(List.of(launcher.toString()), env, work.resolve("training.log"), 180);
            if (exit != 0 || !Files.isRegularFile(cache)) {
                say("the training run failed (exit " + exit + ", see " + work.resolve("training.log")
                        + "): the image goes without an AOT cache");
                Files.deleteIfExists(cache);
                return;
            }
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
        Path cfg = appDir.resolve(get("name") + ".cfg");
        String text = Files.readString(cfg, StandardCharsets.UTF_8);
        text = text.replace("[JavaOptions]\n", "[JavaOptions]\njava-options=-XX:AOTCache=$APPDIR/"
                + cache.getFileName() + "\n");
        Files.writeString(cfg, text, StandardCharsets.UTF_8);
        say("AOT cache " + cache.getFileName() + " (" + Files.size(cache) / (1024 * 1024) + " MB) in the image");
    }

    private String xvfbDisplay;

    private Process startXvfb(Path work) throws Exception {
        Path xvfb = onPath("Xvfb");
        if (xvfb == null) {
            return null;
        }
        Path fd = work.resolve("xvfb.display");
        Process p = new ProcessBuilder(xvfb.toString(), "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten",
                "tcp").redirectOutput(fd.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline && p.isAlive()) {
            String s = Files.exists(fd) ? Files.readString(fd).trim() : "";
            if (!s.isEmpty() && Files.readString(fd).endsWith("\n")) {
                xvfbDisplay = ":" + s;
                return p;
            }
            Thread.sleep(100);
        }
        p.destroy();
        return null;
    }

    // ---- the .deb ------------------------------------------------------------------------------------------

    private void deb(Path jdk, Path image, Path dest) throws Exception {
        List<String> missing = new ArrayList<>();
        for (String t : List.of("dpkg-deb", "fakeroot")) {
            if (onPath(t) == null) {
                missing.add(t);
            }
        }
        if (!missing.isEmpty()) {
            say("no .deb: jpackage needs " + String.join(" and ", missing)
                    + " (sudo apt install " + String.join(" ", missing) + "); the app image is built");
            return;
        }
        // Our own .desktop: jpackage's has no StartupWMClass, so docks did not tie the window to its menu entry.
        Path resources = dest.resolve("deb-resources");
        deleteTree(resources);
        Files.createDirectories(resources);
        Files.copy(Path.of(get("desktop-template")), resources.resolve(get("name") + ".desktop"));
        List<String> jpackage = new ArrayList<>(List.of(tool(jdk, "jpackage"), "--type", "deb",
                "--app-image", image.toString(), "--dest", dest.toString(), "--name", get("name"),
                "--app-version", get("version"), "--vendor", get("vendor"), "--description", get("description"),
                "--icon", get("icon"), "--resource-dir", resources.toString(),
                "--linux-package-name", get("package-name"), "--linux-deb-maintainer", get("maintainer"),
                "--linux-app-category", "misc", "--linux-menu-group", "Utility", "--linux-shortcut"));
        run(jpackage, null);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static Path appDir(Path image) {
        Path linux = image.resolve("lib").resolve("app");
        if (Files.isDirectory(linux)) {
            return linux;
        }
        Path mac = image.resolve("Contents").resolve("app");
        return Files.isDirectory(mac) ? mac : image.resolve("app");
    }

    private Path launcher(Path image) {
        for (Path p : List.of(image.resolve("bin").resolve(get("name")), image.resolve(get("name") + ".exe"),
                image.resolve("Contents").resolve("MacOS").resolve(get("name")))) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("no launcher in " + image);
    }

    private static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir).resolve(name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private static void run(List<String> command, Map<String, String> env) throws Exception {
        say(String.join(" ", command));
        ProcessBuilder b = new ProcessBuilder(command).inheritIO();
        if (env != null) {
            b.environment().putAll(env);
        }
        int exit = b.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(command.get(0) + " failed with exit " + exit);
        }
    }

    private static int run(List<String> command, Map<String, String> env, Path log, int timeoutSeconds)
            throws Exception {
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        b.environment().putAll(env);
        Process p = b.start();
        p.getOutputStream().close();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            return -1;
        }
        return p.exitValue();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void say(String line) {
        System.out.println(PREFIX + line);
        System.out.flush();
    }
}
