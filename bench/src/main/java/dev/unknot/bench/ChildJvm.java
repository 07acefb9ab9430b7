package dev.unknot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One JVM started the way the installer will start the app: {@code java} with the app's JVM options (this JVM's
 * own, which the pom gives as the app's) and a plain class path of jars (the app's jar and its dependencies), so the app and the bare window
 * differ only in their main class. Its standard output is read line by line; standard error goes to a file.
 */
final class ChildJvm implements AutoCloseable {
    private static final String EOF = "\u0000eof";

    private final Process process;
    /** Epoch microseconds read just before the process was started: "process start" for the start-up figure. */
    private final long launchedMicros;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private ChildJvm(Process process, long launchedMicros) {
        this.process = process;
        this.launchedMicros = launchedMicros;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process went away
            } finally {
                lines.add(EOF);
            }
        }, "bench-child-out");
        reader.setDaemon(true);
        reader.start();
    }

    /** The app's JVM options: this JVM's -X/-XX ones (the pom passes the app's), not Maven's or the IDE's. */
    static List<String> appOptions() {
        List<String> options = new ArrayList<>();
        for (String arg : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-X")) {
                options.add(arg);
            }
        }
        return options;
    }

    /** The app's jar, which replaces the classes folder on the children's class path; null keeps that folder. */
    private static volatile Path appJar;

    static void useJar(Path jar) {
        appJar = jar;
    }

    /**
     * This JVM's class path with its classes folder swapped for the packaged jar: as an installed app runs, and
     * AppCDS archives only classes from jars.
     */
    static String classPath(Path instead) {
        Path jar = instead != null ? instead : appJar;
        List<String> entries = new ArrayList<>();
        if (jar != null) {
            entries.add(jar.toString());
        }
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (jar == null || !java.nio.file.Files.isDirectory(Path.of(entry))) {
                entries.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    static ChildJvm start(String mainClass, List<String> jvmOptions, List<String> args, Map<String, String> env,
                          Path errors, Path jar) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath(jar));
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(env);
        Instant now = Instant.now();
        long launched = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
        return new ChildJvm(builder.start(), launched);
    }

    /**
     * The installed app as a user starts it: the app image's own launcher (jpackage's, which runs the JVM in its own
     * process with the options in the image's .cfg), {@code more} JVM options passed in JAVA_TOOL_OPTIONS.
     */
    static ChildJvm startImage(Path launcher, List<String> more, Map<String, String> env, Path errors)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(launcher.toString())
                .redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(env);
        if (!more.isEmpty()) {
            builder.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", more));
        }
        Instant now = Instant.now();
        long launched = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
        return new ChildJvm(builder.start(), launched);
    }

    long pid() {
        return process.pid();
    }

    long launchedMicros() {
        return launchedMicros;
    }

    /** The next line starting with {@code prefix} (earlier lines are dropped), or an exception after the timeout. */
    String await(String prefix, long timeoutMillis) throws Exception {
        List<String> all = linesUntil(prefix, timeoutMillis);
        return all.get(all.size() - 1);
    }

    /** Every line up to and including the next one starting with {@code prefix}. */
    List<String> linesUntil(String prefix, long timeoutMillis) throws Exception {
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new IllegalStateException("no '" + prefix + "' from the child within " + timeoutMillis + " ms");
            }
            if (line.equals(EOF)) {
                lines.add(EOF);
                throw new IllegalStateException("the child ended (exit " + process.waitFor() + ") before '" + prefix
                        + "'");
            }
            seen.add(line);
            if (line.startsWith(prefix)) {
                return seen;
            }
        }
    }

    /** SIGTERM, then SIGKILL if it lingers; returns once it is gone. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
