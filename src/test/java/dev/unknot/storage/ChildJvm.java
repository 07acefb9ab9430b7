package dev.unknot.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** A child JVM for the drills, run on the test class path and tuned to boot fast, with its stdout read line by line. */
final class ChildJvm {
    /** Put on {@link #lines} once the child's stdout is closed. */
    static final String EOF = "\u0000eof";

    private ChildJvm() {
    }

    /**
     * Starts {@code main} with {@code args}; its stderr goes to {@code stderr}. sqlite-jdbc unpacks its native
     * library into org.sqlite.tmpdir and removes it at a normal exit only; a killed child would leave one behind in
     * /tmp each time, so it goes into {@code dir}.
     */
    static Process start(Path dir, Path stderr, Class<?> main, String... args) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path natives = Files.createDirectories(dir.resolve("native"));
        List<String> command = new ArrayList<>(List.of(java.toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-XX:-UsePerfData", "-Xmx64m",
                "-Dorg.sqlite.tmpdir=" + natives,
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    }

    /** Every line the child prints, in order, then {@link #EOF} once its stdout is closed. */
    static BlockingQueue<String> lines(Process process) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("read error " + e);
            } finally {
                lines.add(EOF);
            }
        }, "child-jvm-reader");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }
}
