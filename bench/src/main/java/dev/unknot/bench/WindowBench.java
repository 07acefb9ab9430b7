package dev.unknot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The figures that need real windows, each in JVMs of their own started as the installer will start the app
 * ({@link ChildJvm}): start-up against a bare window, CPU and memory while a session runs, and the timer's accuracy.
 */
final class WindowBench {
    static final String APP = "dev.unknot.app.Main";
    static final String BARE = "dev.unknot.bench.BareWindow";
    private static final long FIRST_FRAME_TIMEOUT_MS = 60_000;

    private final VirtualDisplay display;
    private final Path dir;
    private final Path log;
    private final Path errors;

    /**
     * One way of starting a JVM: its main class and JVM options on top of the app's; {@code jar} replaces the app's
     * jar on the class path (null: the one built), to set another build beside this one.
     */
    record Variant(String name, String mainClass, List<String> extraOptions, Path jar, Path image, boolean plainJvm) {
        Variant(String name, String mainClass, List<String> extraOptions) {
            this(name, mainClass, extraOptions, null);
        }

        Variant(String name, String mainClass, List<String> extraOptions, Path jar) {
            this(name, mainClass, extraOptions, jar, null, false);
        }

        /** The installed app: the app image's launcher ({@code launcher}), as a user starts it. */
        static Variant image(String name, Path launcher) {
            return new Variant(name, APP, List.of(), null, launcher, false);
        }

        /** {@code mainClass} with the default JDK's defaults: none of the app's JVM options. */
        static Variant plain(String name, String mainClass) {
            return new Variant(name, mainClass, List.of(), null, null, true);
        }

        boolean usesArchive() {
            return extraOptions.stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile="));
        }
    }

    /** Wall-clock milliseconds to the first frame, and the CPU time the JVM had used by then (all threads). */
    record Startup(Variant variant, double[] millis, double[] cpuMillis) {
        double median() {
            return Bench.percentile(millis, 50);
        }

        double p95() {
            return Bench.percentile(millis, 95);
        }
    }

    record Load(String what, double seconds, double cpuPercent, long rssKb, long anonKb, long fileKb, long peakRssKb,
                String check) {
    }

    /**
     * One minute of a soak: CPU over it as a share of one core; memory and threads at its end; and how often the
     * JavaFX Application Thread went to sleep in it, which is how often something woke it (a tick, a pulse, input).
     */
    record Minute(double cpuPercent, long rssKb, long anonKb, long fileKb, long threads, long uiWakeUps) {
    }

    /**
     * The app's minutes with a session running, a bare window's over the same wall-clock minutes, and the machine's
     * load (the 1-minute load average, /proc/loadavg) at the end of each.
     */
    record Soak(String what, List<Minute> app, List<Minute> bare, List<Double> load, String check) {
    }

    record Timer(int targetSeconds, long monoErrorNanos, long wallErrorNanos, long endShownErrorNanos, int workedSeconds,
                 double[] setLateMillis, double[] paintLateMillis) {
    }

    /**
     * @param log a copy of the ten-year log: the app opens it as a user's would be (a copy per use, so nothing the
     *            app writes carries over between runs)
     */
    WindowBench(VirtualDisplay display, Path dir, Path log) {
        this.display = display;
        this.dir = dir;
        this.log = log;
        this.errors = dir.resolve("children.err");
    }

    Path errors() {
        return errors;
    }

    private Map<String, String> env(Path db) {
        return Map.of("DISPLAY", display.display(), "UNKNOT_DB", db.toString());
    }

    private Path freshLog(String name) throws IOException {
        Path copy = dir.resolve(name);
        for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
            Files.deleteIfExists(Path.of(copy + suffix));
        }
        Files.copy(log, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    private ChildJvm launch(Variant v, List<String> more, List<String> args, Path db) throws IOException {
        if (v.image() != null) {
            return ChildJvm.startImage(v.image(), more, env(db), errors);
        }
        List<String> options = new ArrayList<>(v.plainJvm() ? List.of() : ChildJvm.appOptions());
        options.addAll(v.extraOptions());
        options.addAll(more);
        return ChildJvm.start(v.mainClass(), options, args, env(db), errors, v.jar());
    }

    /** Process start (the parent's clock just before it) to the child's first laid-out pulse, in ms. */
    private double firstFrameMillis(ChildJvm child) throws Exception {
        String line = child.await("unknot.first-frame ", FIRST_FRAME_TIMEOUT_MS);
        long frame = Long.parseLong(line.substring("unknot.first-frame ".length()).strip());
        return (frame - child.launchedMicros()) / 1000.0;
    }

    // ---- start-up -------------------------------------------------------------------------------------------

    /**
     * Each round starts every variant once, in an order that turns round each time (ABC, CBA, ...), so drift in the
     * machine's load falls on all alike; one untimed round first warms the disk cache.
     */
    List<Startup> startup(List<Variant> variants, int rounds) throws Exception {
        double[][] millis = new double[variants.size()][rounds];
        double[][] cpu = new double[variants.size()][rounds];
        Path db = freshLog("startup.db");
        for (int round = -1; round < rounds; round++) {
            for (int k = 0; k < variants.size(); k++) {
                int i = Math.floorMod(round, 2) == 0 ? k : variants.size() - 1 - k;
                Variant v = variants.get(i);
                double ms;
                double cpuMs;
                try (ChildJvm child = launch(v, List.of("-D" + dev.unknot.app.FirstFrame.PROPERTY), List.of(), db)) {
                    ms = firstFrameMillis(child);
                    cpuMs = ProcStats.cpuTicks(child.pid()) * 1000.0 / ProcStats.TICKS_PER_SECOND;
                }
                if (round >= 0) {
                    millis[i][round] = ms;
                    cpu[i][round] = cpuMs;
                }
                System.out.printf(Locale.ROOT, "start-up %s %s: %.0f ms, %.0f ms CPU%n",
                        round < 0 ? "warm-up" : "run " + (round + 1), v.name(), ms, cpuMs);
                Thread.sleep(300);
            }
        }
        List<Startup> out = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            out.add(new Startup(variants.get(i), millis[i], cpu[i]));
        }
        return out;
    }

    /**
     * Makes a dynamic AppCDS archive of the classes a start of {@code mainClass} loads: one training start with
     * {@code -XX:ArchiveClassesAtExit}, ended a few seconds after its first frame (SIGTERM; the JVM writes the
     * archive as it exits). Returns the archive, or null if the JVM wrote none.
     */
    Path trainArchive(String name, String mainClass) throws Exception {
        Path archive = dir.resolve(name + ".jsa");
        Variant training = new Variant("training", mainClass, List.of("-XX:ArchiveClassesAtExit=" + archive));
        try (ChildJvm child = launch(training, List.of("-D" + dev.unknot.app.FirstFrame.PROPERTY), List.of(),
                freshLog("training.db"))) {
            firstFrameMillis(child);
            Thread.sleep(3000);
        }
        return Files.isRegularFile(archive) && Files.size(archive) > 0 ? archive : null;
    }

    // ---- while a session runs -------------------------------------------------------------------------------

    /**
     * The app with a real session running (Enter pressed on the start screen with xdotool, the Low back routine it
     * selects by default), or the bare window: settle, then CPU over {@code seconds} from /proc/PID/stat as a share
     * of one core, and RSS from /proc/PID/status at the end (VmRSS) and at its peak (VmHWM).
     */
    Load load(Variant v, boolean startSession, int seconds) throws Exception {
        Path db = freshLog("load.db");
        long before = sessions(db);
        String check;
        try (ChildJvm child = launch(v, List.of("-D" + dev.unknot.app.FirstFrame.PROPERTY), List.of(), db)) {
            firstFrameMillis(child);
            Thread.sleep(4000); // the log opens, the daily backup is made, the sounds load
            if (startSession) {
                pressEnter(child.pid());
            }
            Thread.sleep(15_000); // into the first target's work (10 s positioning), past the JIT's first burst
            long pid = child.pid();
            long cpu0 = ProcStats.cpuTicks(pid);
            long t0 = System.nanoTime();
            Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
            long cpu1 = ProcStats.cpuTicks(pid);
            double elapsed = (System.nanoTime() - t0) / 1e9;
            long rss = ProcStats.status(pid, "VmRSS");
            long peak = ProcStats.status(pid, "VmHWM");
            long anon = ProcStats.status(pid, "RssAnon");
            long file = ProcStats.status(pid, "RssFile");
            double percent = 100.0 * (cpu1 - cpu0) / ProcStats.TICKS_PER_SECOND / elapsed;
            System.out.printf(Locale.ROOT, "while running, %s: CPU %.2f %% of one core over %.1f s, RSS %d MB, peak %d MB%n",
                    v.name(), percent, elapsed, rss / 1024, peak / 1024);
            child.close();
            check = startSession ? checkSessionLogged(db, before) : "";
            return new Load(v.name(), elapsed, percent, rss, anon, file, peak, check);
        }
    }

    /** Enter in the app's window: the one titled Unknot of that process (a bare window may be open beside it). */
    // ---- soak: a long session, minute by minute ------------------------------------------------------------

    /**
     * The app with a real session running for {@code minutes} (Enter on the start screen: the default Low back
     * routine, in real time with the real ticker) and a bare window started beside it, both read at the Enter and
     * at the end of every minute after it; the two share the machine's cores, but each one's CPU time is its own.
     */
    Soak soak(Variant app, Variant bare, int minutes) throws Exception {
        Path db = freshLog("soak.db");
        long before = sessions(db);
        List<Minute> appMinutes = new ArrayList<>();
        List<Minute> bareMinutes = new ArrayList<>();
        List<Double> load = new ArrayList<>();
        List<String> firstFrame = List.of("-D" + dev.unknot.app.FirstFrame.PROPERTY);
        try (ChildJvm bareChild = launch(bare, firstFrame, List.of(), freshLog("soak-bare.db"));
             ChildJvm appChild = launch(app, firstFrame, List.of(), db)) {
            firstFrameMillis(bareChild);
            firstFrameMillis(appChild);
            Thread.sleep(4000); // as in load(): the log opens, the daily backup is made, the sounds load
            pressEnter(appChild.pid());
            long start = System.nanoTime();
            Watch appWatch = new Watch(appChild.pid());
            Watch bareWatch = new Watch(bareChild.pid());
            for (int m = 1; m <= minutes; m++) {
                TimeUnit.NANOSECONDS.sleep(start + TimeUnit.MINUTES.toNanos(m) - System.nanoTime());
                Minute a = appWatch.next();
                Minute b = bareWatch.next();
                appMinutes.add(a);
                bareMinutes.add(b);
                load.add(ProcStats.loadAverage());
                System.out.printf(Locale.ROOT, "soak %s, minute %d: CPU %.2f %% (bare %.2f %%), RSS %d MB (bare %d), "
                                + "%d threads (bare %d), %d UI wake-ups (bare %d), machine load %.2f%n", app.name(), m,
                        a.cpuPercent(), b.cpuPercent(), a.rssKb() / 1024, b.rssKb() / 1024, a.threads(), b.threads(),
                        a.uiWakeUps(), b.uiWakeUps(), load.get(m - 1));
            }
            appChild.close();
        }
        return new Soak(app.name(), appMinutes, bareMinutes, load, checkSessionLogged(db, before));
    }

    /** One process's counters, read again at the end of each minute: the minute is the difference. */
    private static final class Watch {
        private final long pid;
        private final long uiThread;
        private long nanos;
        private long ticks;
        private long waits;

        Watch(long pid) throws IOException {
            this.pid = pid;
            this.uiThread = ProcStats.threadId(pid, "JavaFX Application Thread");
            this.nanos = System.nanoTime();
            this.ticks = ProcStats.cpuTicks(pid);
            this.waits = ProcStats.waits(pid, uiThread);
        }

        Minute next() throws IOException {
            long now = System.nanoTime();
            long cpu = ProcStats.cpuTicks(pid);
            long slept = ProcStats.waits(pid, uiThread);
            Minute minute = new Minute(100.0 * (cpu - ticks) / ProcStats.TICKS_PER_SECOND / ((now - nanos) / 1e9),
                    ProcStats.status(pid, "VmRSS"), ProcStats.status(pid, "RssAnon"), ProcStats.status(pid, "RssFile"),
                    ProcStats.status(pid, "Threads"), slept - waits);
            nanos = now;
            ticks = cpu;
            waits = slept;
            return minute;
        }
    }

    private void pressEnter(long pid) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("xdotool", "search", "--sync", "--onlyvisible", "--all", "--pid", Long.toString(pid),
                "--name", "^Unknot$", "windowfocus", "--sync", "key", "Return")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", display.display());
        Process xdotool = builder.start();
        xdotool.getOutputStream().close();
        if (!xdotool.waitFor(20, TimeUnit.SECONDS) || xdotool.exitValue() != 0) {
            xdotool.destroyForcibly();
            throw new IllegalStateException("xdotool could not press Enter in the app's window");
        }
    }

    private static long sessions(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM session")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The session really ran: one more session in the log (its work is checkpointed every 15 s). */
    private static String checkSessionLogged(Path db, long before) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), (SELECT coalesce(sum(done_seconds), 0) FROM session_step "
                     + "WHERE session_id = (SELECT max(id) FROM session)) FROM session")) {
            rs.next();
            long added = rs.getLong(1) - before;
            long worked = rs.getLong(2);
            if (added != 1) {
                throw new IllegalStateException("the session did not run: " + added + " sessions added, " + worked
                        + " s worked");
            }
            return "the session is in the log, " + worked + " s of work checkpointed";
        }
    }

    // ---- timer accuracy ----------------------------------------------------------------------------------------

    /** One real {@code seconds} target in the real session screen ({@link TimerAccuracy}), started as the app is. */
    Timer timer(Variant app, int seconds) throws Exception {
        Variant v = new Variant("timer", TimerAccuracy.class.getName(), app.extraOptions());
        try (ChildJvm child = launch(v, List.of(), List.of(Integer.toString(seconds)), freshLog("timer.db"))) {
            List<String> lines = child.linesUntil("end ", TimeUnit.SECONDS.toMillis(seconds + 120L));
            List<Double> set = new ArrayList<>();
            List<Double> paint = new ArrayList<>();
            for (String line : lines) {
                String[] f = line.split(" ");
                if (f[0].equals("change")) {
                    set.add(Long.parseLong(f[3]) / 1e6);
                    paint.add(Long.parseLong(f[4]) / 1e6);
                }
            }
            String[] end = lines.get(lines.size() - 1).split(" ");
            if (set.size() != seconds) {
                throw new IllegalStateException("saw " + set.size() + " shown values for a " + seconds + " s target");
            }
            Timer t = new Timer(Integer.parseInt(end[1]), Long.parseLong(end[2]), Long.parseLong(end[3]),
                    Long.parseLong(end[4]), Integer.parseInt(end[5]),
                    set.stream().mapToDouble(Double::doubleValue).toArray(),
                    paint.stream().mapToDouble(Double::doubleValue).toArray());
            System.out.printf(Locale.ROOT, "timer %d s: end %.1f ms late (wall clock), shown %.1f ms after; "
                            + "text set late max %.1f ms, painted late median %.1f max %.1f ms%n", seconds,
                    t.wallErrorNanos() / 1e6, t.endShownErrorNanos() / 1e6, max(t.setLateMillis()),
                    median(t.paintLateMillis()), max(t.paintLateMillis()));
            return t;
        }
    }

    static double median(double[] values) {
        return Bench.percentile(values, 50);
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
