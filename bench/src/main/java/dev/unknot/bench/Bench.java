package dev.unknot.bench;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.HistoryFilter;
import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.SessionEngine;
import dev.unknot.domain.SessionPlan;
import dev.unknot.domain.SessionSnapshot;
import dev.unknot.domain.SessionSummary;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.insights.DailyMinutes;
import dev.unknot.domain.insights.Insights;
import dev.unknot.domain.insights.Overview;
import dev.unknot.domain.insights.PainTrend;
import dev.unknot.domain.insights.SideBalance;
import dev.unknot.domain.insights.Streaks;
import dev.unknot.domain.insights.TargetTotals;
import dev.unknot.domain.insights.WeeklyMinutes;
import dev.unknot.storage.SessionRecorder;
import dev.unknot.storage.Storage;
import dev.unknot.storage.StorageStatusListener;
import dev.unknot.storage.WriteAccess;
import dev.unknot.ui.history.HistoryViewModel;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * The history issue's scale figures on a freshly generated ten-year log: history screen ready, each insight, and one
 * durable checkpoint write. Each figure is timed {@code n} times after a warm-up; the table gives the median and
 * the 95th percentile (nearest rank) and compares them with the issue's targets.
 *
 * <p>Arguments: {@code --results=FILE} (default {@code bench/RESULTS.md}), {@code --dir=DIR} where the temporary
 * log goes (default the JVM's temp folder; the checkpoint figure is an fsync, so it depends on that disk).
 */
public final class Bench {
    static final String COMMAND = "mvn -Pbench -DskipTests verify";
    private static final double HISTORY_TARGET_MS = 150;
    private static final double INSIGHT_TARGET_MS = 50;
    private static final double CHECKPOINT_TARGET_MS = 5;
    private static final String FOR_TARGET = "psoas";

    private static final double STARTUP_RATIO_TARGET = 1.0;
    private static final double CPU_TARGET_PERCENT = 0.5;
    private static final double RSS_TARGET_MB = 150;
    private static final double END_ERROR_TARGET_MS = 50;
    private static final double FRAME_MS = 1000.0 / 60;
    /** Flat: the last 3 minutes of a soak at most this many times the first 3 (CPU, UI wake-ups). */
    private static final double FLAT_RATIO_TARGET = 1.2;

    private final ZoneId zone = ZoneId.systemDefault();
    private final Options options;
    private List<WindowBench.Startup> startups = List.of();
    private final List<WindowBench.Load> loads = new ArrayList<>();
    private WindowBench.Timer timer;
    private final List<WindowBench.Soak> soaks = new ArrayList<>();
    private String displayText = "";
    private String cdsText = "";

    /** What to run; the defaults are the documented run, the rest is for working on the bench itself. */
    record Options(boolean scale, boolean windows, boolean soak, int startupRounds, int loadSeconds, int timerSeconds,
                   int soakMinutes, boolean cds, List<Path> compareJars, List<List<String>> compareOptions,
                   List<String> compareImages) {
    }

    Bench(Options options) {
        this.options = options;
    }
    private final TargetCatalogue catalogue = new TargetCatalogue();
    private final List<Row> rows = new ArrayList<>();

    /** How a row is judged: on its median or its 95th percentile; no target at all for the ones that inform. */
    private enum On { MEDIAN, P95, NONE }

    private record Row(String metric, double[] millis, double target, On on) {
        double median() {
            return percentile(millis, 50);
        }

        double p95() {
            return percentile(millis, 95);
        }

        String targetText() {
            return on == On.NONE ? "—"
                    : String.format(Locale.ROOT, "≤ %.0f (%s)", target, on == On.MEDIAN ? "median" : "p95");
        }

        String met() {
            if (on == On.NONE) {
                return "";
            }
            double value = on == On.MEDIAN ? median() : p95();
            return value <= target ? "yes"
                    : String.format(Locale.ROOT, "**no** (+%s ms, ×%.1f)", format(value - target), value / target);
        }
    }

    @FunctionalInterface
    private interface Timed {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path results = Path.of("bench", "RESULTS.md");
        Path parent = Path.of(System.getProperty("java.io.tmpdir"));
        boolean scale = true;
        boolean windows = true;
        boolean soak = true;
        boolean cds = true;
        int rounds = 7;
        int loadSeconds = 60;
        int timerSeconds = 120;
        int soakMinutes = 10;
        List<Path> compareJars = new ArrayList<>();
        List<List<String>> compareOptions = new ArrayList<>();
        List<String> compareImages = new ArrayList<>();
        for (String arg : String.join(" ", args).strip().split("\\s+")) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--only=")) {
                scale = value.equals("scale");
                windows = value.equals("windows");
                soak = value.equals("soak");
            } else if (arg.startsWith("--startup-runs=")) {
                rounds = Integer.parseInt(value);
            } else if (arg.startsWith("--load-seconds=")) {
                loadSeconds = Integer.parseInt(value);
            } else if (arg.startsWith("--timer-seconds=")) {
                timerSeconds = Integer.parseInt(value);
            } else if (arg.startsWith("--soak-minutes=")) {
                soakMinutes = Integer.parseInt(value);
            } else if (arg.startsWith("--compare-jar=")) {
                compareJars.add(Path.of(value));
            } else if (arg.startsWith("--compare-options=")) {
                compareOptions.add(List.of(value.split(",")));
            } else if (arg.startsWith("--compare-image=")) {
                compareImages.add(value);
            } else if (arg.startsWith("--jar=")) {
                ChildJvm.useJar(Path.of(value));
            } else if (arg.startsWith("--cds=")) {
                cds = Boolean.parseBoolean(value);
            } else
            if (arg.startsWith("--results=")) {
                results = Path.of(arg.substring("--results=".length()));
            } else if (arg.startsWith("--dir=")) {
                parent = Path.of(arg.substring("--dir=".length()));
            } else if (!arg.isBlank()) {
                System.err.println("usage: Bench [--results=FILE] [--dir=DIR] [--only=scale|windows|soak] "
                        + "[--startup-runs=7] [--load-seconds=60] [--timer-seconds=120] [--soak-minutes=10] [--cds=true] [--compare-jar=JAR] [--compare-options=-Xa,-Xb] [--compare-image=NAME@LAUNCHER]");
                System.exit(2);
            }
        }
        Files.createDirectories(parent);
        Path dir = Files.createTempDirectory(parent, "unknot-bench-");
        try {
            String report = new Bench(new Options(scale, windows, soak, rounds, loadSeconds, timerSeconds,
                    soakMinutes, cds, compareJars, compareOptions, compareImages)).run(dir);
            System.out.println();
            System.out.println(report);
            Files.createDirectories(results.toAbsolutePath().getParent());
            Files.writeString(results, report, StandardCharsets.UTF_8);
            System.out.println("Written to " + results.toAbsolutePath());
        } finally {
            deleteTree(dir);
        }
    }

    private String run(Path dir) throws Exception {
        Path file = dir.resolve("unknot.db");
        LocalDate today = LocalDate.now(zone);
        long generating = System.nanoTime();
        LogGenerator.Stats stats = LogGenerator.generate(file, Instant.now(), zone, LogGenerator.DEFAULT_SEED);
        System.out.printf("Generated in %d ms: %s%n", (System.nanoTime() - generating) / 1_000_000, stats);
        long fileBytes = Files.size(file);

        if (options.windows() || options.soak()) {
            windows(dir, file);
        }
        if (options.scale()) {
            Storage storage = new Storage(file, Clock.systemUTC(), zone, catalogue, StorageStatusListener.NONE,
                    WriteAccess.FILE_SYSTEM).open();
            try {
                await(storage.ready());
                history(storage, today, stats.sessions());
                insights(storage, today);
                checkpoint(storage);
                fsync(dir);
            } finally {
                storage.close();
            }
        }
        return report(stats, fileBytes, dir);
    }

    // ---- windows: start-up, while a session runs, timer accuracy, the soak ---------------------------------

    private void windows(Path dir, Path log) throws Exception {
        try (VirtualDisplay display = VirtualDisplay.open()) {
            displayText = display.describe();
            WindowBench bench = new WindowBench(display, dir, log);
            WindowBench.Variant bare = new WindowBench.Variant("Bare window (one Label)", WindowBench.BARE, List.of());
            WindowBench.Variant app = new WindowBench.Variant("Unknot, home screen", WindowBench.APP, List.of());
            List<WindowBench.Variant> variants = new ArrayList<>(List.of(bare, app));
            for (Path jar : options.compareJars()) {
                variants.add(new WindowBench.Variant("Unknot, " + jar.getFileName(), WindowBench.APP, List.of(), jar));
            }
            for (List<String> more : options.compareOptions()) {
                variants.add(new WindowBench.Variant("Unknot, " + String.join(" ", more), WindowBench.APP, more));
            }
            if (options.windows()) {
                startupLoadTimer(bench, bare, app, variants);
            }
            if (options.soak()) {
                for (WindowBench.Variant v : variants) {
                    if (v.mainClass().equals(WindowBench.APP) && !v.usesArchive() && v.image() == null) {
                        soaks.add(bench.soak(v, bare, options.soakMinutes()));
                    }
                }
                // The goal's own terms: the installed app beside a bare window with the default JDK and options.
                if (!options.windows()) {
                    imageVariants(variants);
                }
                if (imageVariants.size() >= 2) {
                    soaks.add(bench.soak(imageVariants.get(1), imageVariants.get(0), options.soakMinutes()));
                }
            }
        }
    }

    private void startupLoadTimer(WindowBench bench, WindowBench.Variant bare, WindowBench.Variant app,
                                  List<WindowBench.Variant> variants) throws Exception {
        imageVariants(variants);
        if (options.cds()) {
            Path bareArchive = bench.trainArchive("bare", WindowBench.BARE);
            Path appArchive = bench.trainArchive("app", WindowBench.APP);
            if (bareArchive != null && appArchive != null) {
                variants.add(new WindowBench.Variant("Bare window, AppCDS", WindowBench.BARE,
                        List.of("-XX:SharedArchiveFile=" + bareArchive)));
                variants.add(new WindowBench.Variant("Unknot, AppCDS", WindowBench.APP,
                        List.of("-XX:SharedArchiveFile=" + appArchive)));
                cdsText = String.format(Locale.ROOT, "AppCDS archives made in this run by one training start each "
                        + "(`-XX:ArchiveClassesAtExit`): app %.1f MB, bare window %.1f MB",
                        Files.size(appArchive) / 1e6, Files.size(bareArchive) / 1e6);
            } else {
                cdsText = "AppCDS: the training start wrote no archive, so no AppCDS rows";
            }
        }
        startups = bench.startup(variants, options.startupRounds());
        loads.add(bench.load(app, true, options.loadSeconds()));
        loads.add(bench.load(bare, false, options.loadSeconds()));
        for (WindowBench.Variant v : variants) {
            if (v.mainClass().equals(WindowBench.APP) && v != app && !v.usesArchive() && v.image() == null) {
                loads.add(bench.load(v, true, options.loadSeconds()));
            }
        }
        for (WindowBench.Variant v : imageVariants) {
            loads.add(bench.load(v, v.mainClass().equals(WindowBench.APP), options.loadSeconds()));
        }
        timer = bench.timer(app, options.timerSeconds());
    }

    // ---- the installed app (issue 13) ------------------------------------------------------------------------

    /** The app image's launcher (-Dbench.image, from the pom: target/installer/Unknot/bin/Unknot). */
    private static final String IMAGE_PROPERTY = "bench.image";
    private static final double IMAGE_STARTUP_RATIO_TARGET = 0.8;
    private static final double IMAGE_RSS_TARGET_MB = 150;
    private final List<WindowBench.Variant> imageVariants = new ArrayList<>();
    private String imageText = "";

    /**
     * Adds the installed app (the app image built by `mvn -Pinstaller`) and, as its reference, a bare window started
     * with the default JDK's defaults (no JVM options), if the image is there.
     */
    private void imageVariants(List<WindowBench.Variant> variants) throws IOException {
        String launcher = System.getProperty(IMAGE_PROPERTY, "");
        if (launcher.isBlank() || !Files.isExecutable(Path.of(launcher))) {
            imageText = "No app image at `" + launcher + "`: build it first with `mvn -Pinstaller -DskipTests "
                    + "package` for the installed app's rows";
            return;
        }
        Path image = Path.of(launcher);
        imageVariants.add(WindowBench.Variant.plain("Bare window, default JDK and options", WindowBench.BARE));
        imageVariants.add(WindowBench.Variant.image("Unknot app image (installed app)", image));
        StringBuilder others = new StringBuilder();
        for (String other : options.compareImages()) {
            // NAME@LAUNCHER: another build's app image, started beside this one in the same rounds.
            String name = other.contains("@") ? other.substring(0, other.indexOf('@')) : other;
            Path otherLauncher = Path.of(other.substring(other.indexOf('@') + 1));
            if (!Files.isExecutable(otherLauncher)) {
                throw new IllegalArgumentException("no app image at " + otherLauncher);
            }
            imageVariants.add(WindowBench.Variant.image("Unknot app image, " + name, otherLauncher));
            others.append("; *").append(name).append("*: `").append(otherLauncher).append("`, options `")
                    .append(imageOptions(otherLauncher)).append('`');
        }
        variants.addAll(imageVariants);
        Path release = image.getParent().getParent().resolve("lib/runtime/release");
        String runtime = "?";
        if (Files.isRegularFile(release)) {
            runtime = Files.readAllLines(release).stream().filter(l -> l.startsWith("JAVA_VERSION="))
                    .map(l -> l.substring(l.indexOf('=') + 1).replace("\"", "")).findFirst().orElse("?");
        }
        imageText = "App image: `" + image + "`, runtime JDK " + runtime + ", options `" + imageOptions(image)
                + "`; the bare window: `" + System.getProperty("java.home") + "/bin/java` with no options" + others;
    }

    /** The JVM options in an app image's launcher configuration (lib/app/Unknot.cfg), as one line. */
    private static String imageOptions(Path launcher) throws IOException {
        Path cfg = launcher.getParent().getParent().resolve("lib/app/Unknot.cfg");
        List<String> jvmOptions = Files.isRegularFile(cfg) ? Files.readAllLines(cfg).stream()
                .filter(l -> l.startsWith("java-options=")).map(l -> l.substring("java-options=".length()))
                .filter(o -> !o.startsWith("-Djpackage")).toList() : List.of();
        return String.join(" ", jvmOptions).replace("$APPDIR/", "");
    }

    private void imageReport(StringBuilder out) {
        if (imageVariants.isEmpty()) {
            out.append("- ").append(imageText).append("\n\n");
            return;
        }
        double mb = 1024.0;
        WindowBench.Startup bare = startups.stream().filter(s -> s.variant() == imageVariants.get(0)).findFirst()
                .orElseThrow();
        WindowBench.Startup image = startups.stream().filter(s -> s.variant() == imageVariants.get(1)).findFirst()
                .orElseThrow();
        WindowBench.Load bareLoad = loads.stream().filter(l -> l.what().equals(imageVariants.get(0).name()))
                .findFirst().orElseThrow();
        WindowBench.Load imageLoad = loads.stream().filter(l -> l.what().equals(imageVariants.get(1).name()))
                .findFirst().orElseThrow();
        double ratio = image.median() / bare.median();
        out.append("## The installed app against a bare window with the default JDK's defaults\n\n");
        out.append("- ").append(imageText).append("\n\n");
        out.append("| Goal | App image | Bare window, defaults | Target | Met? |\n");
        out.append("| --- | ---: | ---: | --- | --- |\n");
        out.append(String.format(Locale.ROOT, "| Start-up: process start → first frame, median of %d | %.0f ms | %.0f ms "
                        + "| ratio ≤ %.1f | %s (ratio %.2f) |\n", image.millis().length, image.median(), bare.median(),
                IMAGE_STARTUP_RATIO_TARGET, ratio <= IMAGE_STARTUP_RATIO_TARGET ? "yes" : "**no**", ratio));
        out.append(String.format(Locale.ROOT, "| Start-up CPU time to the first frame, median | %.0f ms | %.0f ms | — | |\n",
                percentile(image.cpuMillis(), 50), percentile(bare.cpuMillis(), 50)));
        out.append(String.format(Locale.ROOT, "| CPU while a session runs (bare: idle), %.0f s, share of one core | %.2f %% "
                        + "| %.2f %% | ≤ the bare window's | %s |\n", imageLoad.seconds(), imageLoad.cpuPercent(),
                bareLoad.cpuPercent(), imageLoad.cpuPercent() <= bareLoad.cpuPercent() ? "yes" : "**no**"));
        out.append(String.format(Locale.ROOT, "| RSS while a session runs (VmRSS at the end) | %.0f MB | %.0f MB | ≤ %.0f MB "
                        + "| %s |\n", imageLoad.rssKb() / mb, bareLoad.rssKb() / mb, IMAGE_RSS_TARGET_MB,
                imageLoad.rssKb() / mb <= IMAGE_RSS_TARGET_MB ? "yes" : "**no**"));
        out.append("\nBoth are also in the start-up and session tables below.\n\n");
    }

    // ---- history -----------------------------------------------------------------------------------------

    private void history(Storage storage, LocalDate today, int sessions) throws Exception {
        HistoryViewModel history = new HistoryViewModel(storage.sessions(), catalogue, zone, Runnable::run);
        ObservableList<HistoryViewModel.SessionRow> list = history.sessions();
        AtomicReference<CompletableFuture<Void>> filled = new AtomicReference<>();
        // The view-model's results executor is direct here, so the list is filled on the storage thread; in the app
        // it is Platform.runLater, one more hop to the FX thread, and the table then draws only the visible rows.
        list.addListener((ListChangeListener<HistoryViewModel.SessionRow>) change -> {
            if (list.size() == sessions) {
                filled.get().complete(null);
            }
        });
        rows.add(measure("History screen ready: `HistoryViewModel.refresh()` → " + String.format(Locale.ROOT, "%,d", sessions)
                + " rows in `sessions`", 20, 100, HISTORY_TARGET_MS, On.P95, () -> {
            filled.set(new CompletableFuture<>());
            history.refresh();
            await(filled.get());
        }, () -> await(storage.flush()))); // the row it selects then loads its steps: let that finish untimed
        if (!history.messageProperty().get().isEmpty()) {
            throw new IllegalStateException("the history said: " + history.messageProperty().get());
        }

        List<SessionSummary> all = await(storage.sessions().history(HistoryFilter.ALL));
        check(all.size() == sessions, "history(ALL) gave " + all.size() + " of " + sessions);
        HistoryFilter month = new HistoryFilter(Optional.of(today.minusDays(29)), Optional.of(today), Optional.empty());
        HistoryFilter target = onTarget(HistoryFilter.ALL, Optional.of(FOR_TARGET));
        HistoryFilter both = onTarget(month, Optional.of(FOR_TARGET));
        rows.add(measure("`storage.history(ALL)` alone", 20, 100, HISTORY_TARGET_MS, On.P95,
                () -> await(storage.sessions().history(HistoryFilter.ALL))));
        rows.add(measure("`storage.history`: last 30 days (" + await(storage.sessions().history(month)).size() + " rows)",
                20, 200, HISTORY_TARGET_MS, On.P95, () -> await(storage.sessions().history(month))));
        rows.add(measure("`storage.history`: target " + FOR_TARGET + ", all time ("
                        + String.format(Locale.ROOT, "%,d", await(storage.sessions().history(target)).size()) + " rows)",
                20, 100, HISTORY_TARGET_MS, On.P95, () -> await(storage.sessions().history(target))));
        rows.add(measure("`storage.history`: last 30 days and " + FOR_TARGET + " (" + await(storage.sessions().history(both)).size()
                + " rows)", 20, 200, HISTORY_TARGET_MS, On.P95, () -> await(storage.sessions().history(both))));
    }

    // ---- insights ----------------------------------------------------------------------------------------

    private void insights(Storage storage, LocalDate today) throws Exception {
        rows.add(measure("`storage.loadAll()`: the log the insights are computed from", 20, 100, INSIGHT_TARGET_MS,
                On.P95, () -> await(storage.sessions().loadAll())));
        List<LoggedSession> log = await(storage.sessions().loadAll());
        check(!log.isEmpty(), "loadAll gave nothing");
        // loadAll keeps what it read while the log is unchanged (the row above): the two cases that read again.
        LoggedSession first = log.get(0);
        rows.add(measure("`storage.loadAll()` after any other write (an edited note): the whole log read again", 5, 30,
                0, On.NONE, () -> await(storage.sessions().saveReflection(first.id(), first.painAfter(), first.note())),
                () -> await(storage.sessions().loadAll()), () -> { }));
        Object[] sink = new Object[1]; // keeps each result reachable so the JIT cannot drop the work
        rows.add(measure("`Overview.of`", 30, 200, INSIGHT_TARGET_MS, On.P95,
                () -> sink[0] = Overview.of(log, zone, today)));
        rows.add(measure("`WeeklyMinutes.of` (12 weeks)", 30, 200, INSIGHT_TARGET_MS, On.P95,
                () -> sink[0] = WeeklyMinutes.of(log, catalogue, zone, today, WeeklyMinutes.DEFAULT_WEEKS)));
        rows.add(measure("`PainTrend.of`", 30, 200, INSIGHT_TARGET_MS, On.P95,
                () -> sink[0] = PainTrend.of(log, zone)));
        rows.add(measure("`Streaks.of`", 30, 200, INSIGHT_TARGET_MS, On.P95,
                () -> sink[0] = Streaks.of(log, zone, today)));
        rows.add(measure("`DailyMinutes.of` (12 weeks)", 30, 200, INSIGHT_TARGET_MS, On.P95,
                () -> sink[0] = DailyMinutes.of(log, zone, today, DailyMinutes.DEFAULT_WEEKS)));
        rows.add(measure("`SideBalance.of`", 30, 200, INSIGHT_TARGET_MS, On.P95,
                () -> sink[0] = SideBalance.of(log, catalogue)));
        rows.add(measure("`TargetTotals.of`", 30, 200, INSIGHT_TARGET_MS, On.P95,
                () -> sink[0] = TargetTotals.of(log, catalogue, zone)));
        rows.add(measure("`Insights.of`: all seven", 20, 100, INSIGHT_TARGET_MS, On.P95,
                () -> sink[0] = Insights.of(log, catalogue, zone, today)));
        rows.add(measure("Insights screen's data: `loadAll()` then `Insights.of`", 10, 50, 0, On.NONE,
                () -> sink[0] = Insights.of(await(storage.sessions().loadAll()), catalogue, zone, today)));
        check(sink[0] != null, "no insights");
    }

    // ---- checkpoint --------------------------------------------------------------------------------------

    /**
     * A Low back session really running through the engine on a hand-moved clock, 3 s of it between checkpoints
     * (so 320 of them stay inside its 45 minutes). Each timed write is the recorder's checkpoint and the wait for it
     * to commit: one transaction that updates the session and its 9 steps, fsynced (WAL with synchronous=FULL).
     */
    private void checkpoint(Storage storage) throws Exception {
        SessionPlan plan = SessionPlan.of(new BuiltInRoutines(catalogue).defaultRoutine(), 10);
        long[] clock = {0};
        SessionRecorder recorder = storage.sessions().newSessionRecorder(OptionalInt.of(6));
        SessionEngine engine = new SessionEngine(plan, () -> clock[0], recorder);
        engine.start();
        await(storage.flush());
        await(recorder.sessionId());
        SessionSnapshot[] snapshot = new SessionSnapshot[1];
        rows.add(measure("Checkpoint write: `recorder.checkpoint(snapshot)` until `flush()` completes", 20, 300,
                CHECKPOINT_TARGET_MS, On.MEDIAN, () -> {
                    await(storage.flush());
                    check(!engine.phase().isOver(), "the session ended during the benchmark");
                    snapshot[0] = engine.snapshot();
                }, () -> {
                    recorder.checkpoint(snapshot[0]);
                    await(storage.flush());
                }, () -> {
                    clock[0] += TimeUnit.SECONDS.toNanos(3);
                    engine.tick(); // may checkpoint by itself; the next untimed flush lets that finish first
                }));
        await(storage.sessions().loadAll());
        rows.add(measure("`storage.loadAll()` after each checkpoint of a running session: that session read again",
                10, 100, INSIGHT_TARGET_MS, On.P95, () -> {
                    await(storage.flush());
                    clock[0] += TimeUnit.SECONDS.toNanos(3);
                    engine.tick();
                    recorder.checkpoint(engine.snapshot());
                    await(storage.flush());
                }, () -> await(storage.sessions().loadAll()), () -> { }));
        engine.endEarly();
        await(storage.flush());
    }

    /** What the disk under the log charges for one fsync: the floor under every checkpoint write. */
    private void fsync(Path dir) throws Exception {
        Path probe = dir.resolve("fsync-probe");
        ByteBuffer page = ByteBuffer.allocate(4096);
        try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            rows.add(measure("Reference: one 4 KiB write and `FileChannel.force` on the same disk", 20, 300, 0, On.NONE,
                    () -> channel.write(page.clear()), () -> channel.force(false), () -> { }));
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    // ---- measuring ---------------------------------------------------------------------------------------

    private static Row measure(String metric, int warmUp, int n, double target, On on, Timed timed) throws Exception {
        return measure(metric, warmUp, n, target, on, () -> { }, timed, () -> { });
    }

    private static Row measure(String metric, int warmUp, int n, double target, On on, Timed timed, Timed after)
            throws Exception {
        return measure(metric, warmUp, n, target, on, () -> { }, timed, after);
    }

    /** {@code before} and {@code after} run around each timed run, untimed. */
    private static Row measure(String metric, int warmUp, int n, double target, On on, Timed before, Timed timed,
                               Timed after) throws Exception {
        double[] millis = new double[n];
        for (int i = -warmUp; i < n; i++) {
            before.run();
            long start = System.nanoTime();
            timed.run();
            long took = System.nanoTime() - start;
            after.run();
            if (i >= 0) {
                millis[i] = took / 1e6;
            }
        }
        Row row = new Row(metric, millis, target, on);
        System.out.printf(Locale.ROOT, "%-100s n=%d median %s ms, p95 %s ms%n", metric, n, format(row.median()),
                format(row.p95()));
        return row;
    }

    /** Nearest rank: the smallest value with at least {@code p} % of the values at or below it. */
    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String format(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%.0f", millis)
                : millis >= 10 ? String.format(Locale.ROOT, "%.1f", millis)
                : String.format(Locale.ROOT, "%.2f", millis);
    }

    // ---- the report --------------------------------------------------------------------------------------

    private String report(LogGenerator.Stats stats, long fileBytes, Path dir) throws Exception {
        StringBuilder out = new StringBuilder();
        out.append("# Unknot benchmark results\n\n");
        out.append("Made by `").append(COMMAND).append("` (see [README.md](README.md)); every run overwrites this "
                + "file.\n\n");
        out.append("- **Date**: ").append(ZonedDateTime.now(zone).format(DateTimeFormatter.ofPattern(
                "uuuu-MM-dd HH:mm zzz", Locale.ROOT))).append('\n');
        out.append("- **Machine**: ").append(Runtime.getRuntime().availableProcessors()).append(" cores")
                .append(cpuModel().map(m -> " (" + m + ")").orElse("")).append(", ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(' ').append(System.getProperty("os.arch")).append('\n');
        out.append("- **JVM**: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(", options `")
                .append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())).append("`\n");
        out.append("- **SQLite**: ").append(sqliteVersion()).append(", the log on ")
                .append(Files.getFileStore(dir).type()).append(" (").append(dir.getParent()).append(")\n");
        out.append("- **Log**: ").append(stats).append(String.format(Locale.ROOT, "; %.1f MB", fileBytes / 1e6))
                .append(", generated with seed ").append(LogGenerator.DEFAULT_SEED).append(", zone ").append(zone)
                .append("\n");
        if (options.windows() || options.soak()) {
            out.append("- **Windows**: ").append(displayText).append(". Each JVM is started as the installer will start "
                    + "the app: `java` with the app's options and a plain class path, main class `")
                    .append(WindowBench.APP).append("` or `").append(WindowBench.BARE).append("`\n");
        }
        if (!cdsText.isEmpty()) {
            out.append("- **").append(cdsText).append("**\n");
        }
        out.append('\n');
        if (options.windows()) {
            windowsReport(out);
        }
        if (options.soak()) {
            soakReport(out);
        }
        if (!options.scale()) {
            return out.toString();
        }
        out.append("## History and insights on the ten-year log\n\n");
        out.append("| Metric | n | Median ms | p95 ms | Target ms | Met? |\n");
        out.append("| --- | ---: | ---: | ---: | --- | --- |\n");
        for (Row row : rows) {
            out.append("| ").append(row.metric()).append(" | ").append(row.millis().length).append(" | ")
                    .append(format(row.median())).append(" | ").append(format(row.p95())).append(" | ")
                    .append(row.targetText()).append(" | ").append(row.met()).append(" |\n");
        }
        return out.toString();
    }

    private void windowsReport(StringBuilder out) {
        WindowBench.Startup bare = startups.get(0);
        WindowBench.Startup app = startups.get(1);
        WindowBench.Load appLoad = loads.get(0);
        WindowBench.Load bareLoad = loads.get(1);
        double ratio = app.median() / bare.median();
        double mb = 1024.0;
        double lag = WindowBench.max(timer.paintLateMillis());
        double endError = Math.abs(timer.wallErrorNanos() / 1e6);
        out.append("## Goals\n\n");
        out.append("| Goal | Unknot | Bare window | Target | Met? |\n");
        out.append("| --- | ---: | ---: | --- | --- |\n");
        out.append(String.format(Locale.ROOT, "| Start-up: process start → first frame, median of %d | %.0f ms | %.0f ms | "
                        + "ratio ≤ %.1f | %s (ratio %.2f) |\n", bare.millis().length, app.median(), bare.median(),
                STARTUP_RATIO_TARGET, ratio <= STARTUP_RATIO_TARGET ? "yes" : "**no**", ratio));
        WindowBench.Startup bareCds = startups.stream().filter(r -> r.variant().usesArchive()
                && r.variant().mainClass().equals(WindowBench.BARE)).findFirst().orElse(null);
        WindowBench.Startup appCds = startups.stream().filter(r -> r.variant().usesArchive()
                && r.variant().mainClass().equals(WindowBench.APP)).findFirst().orElse(null);
        if (bareCds != null && appCds != null) {
            double cdsRatio = appCds.median() / bareCds.median();
            out.append(String.format(Locale.ROOT, "| Start-up, both with an AppCDS archive (as an installer could ship "
                            + "it) | %.0f ms | %.0f ms | ratio ≤ %.1f | %s (ratio %.2f) |\n", appCds.median(),
                    bareCds.median(), STARTUP_RATIO_TARGET, cdsRatio <= STARTUP_RATIO_TARGET ? "yes" : "**no**",
                    cdsRatio));
        }
        out.append(String.format(Locale.ROOT, "| CPU while a session runs, %.0f s, share of one core | %.2f %% | %.2f %% | "
                        + "≤ %.1f %% | %s |\n", appLoad.seconds(), appLoad.cpuPercent(), bareLoad.cpuPercent(),
                CPU_TARGET_PERCENT, appLoad.cpuPercent() <= CPU_TARGET_PERCENT ? "yes" : "**no**"));
        out.append(String.format(Locale.ROOT, "| RSS while a session runs (VmRSS at the end) | %.0f MB | %.0f MB | ≤ %.0f MB "
                        + "| %s |\n", appLoad.rssKb() / mb, bareLoad.rssKb() / mb, RSS_TARGET_MB,
                appLoad.rssKb() / mb <= RSS_TARGET_MB ? "yes" : "**no**"));
        if (!soaks.isEmpty()) {
            WindowBench.Soak soak = soaks.get(0);
            double appGrowth = lastToFirst(soak.app(), WindowBench.Minute::cpuPercent);
            out.append(String.format(Locale.ROOT, "| CPU through a %d-minute session: last 3 minutes' mean ÷ first 3 "
                            + "minutes' | %.2f | %.2f | ≤ %.1f (flat) | %s |\n", soak.app().size(), appGrowth,
                    lastToFirst(soak.bare(), WindowBench.Minute::cpuPercent), FLAT_RATIO_TARGET,
                    appGrowth <= FLAT_RATIO_TARGET ? "yes" : "**no**"));
        }
        out.append(String.format(Locale.ROOT, "| Timer: end error on a real %d s target, wall clock | %+.1f ms | — | ≤ %.0f ms "
                        + "| %s |\n", timer.targetSeconds(), timer.wallErrorNanos() / 1e6, END_ERROR_TARGET_MS,
                endError <= END_ERROR_TARGET_MS ? "yes" : "**no**"));
        out.append(String.format(Locale.ROOT, "| Timer: largest display lag, %d shown values | %.1f ms | — | ≤ %.1f ms "
                        + "(one frame) | %s |\n", timer.paintLateMillis().length, lag, FRAME_MS,
                lag <= FRAME_MS ? "yes" : "**no**"));
        out.append('\n');
        imageReport(out);

        out.append("### Start-up\n\n");
        out.append("From the parent's clock just before it starts the JVM to the first pulse after the window is shown "
                + "(`-D").append(dev.unknot.app.FirstFrame.PROPERTY).append("`: the app's `FirstFrame` hook, the same "
                + "in both). The variants alternate, the order turning round each round, after one untimed round.\n\n");
        out.append("*CPU ms* is the CPU time the JVM had used (all threads, /proc/PID/stat) when its first frame was "
                + "reported: less sensitive than the wall clock to other work on the machine.\n\n");
        out.append("| Variant | n | Median ms | p95 ms | Min ms | Max ms | Median ÷ bare window's | CPU ms, median |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (WindowBench.Startup s : startups) {
            WindowBench.Startup ref = s.variant().usesArchive() ? startups.stream()
                    .filter(r -> r.variant().mainClass().equals(WindowBench.BARE) && r.variant().usesArchive())
                    .findFirst().orElse(bare) : bare;
            double[] sorted = s.millis().clone();
            Arrays.sort(sorted);
            out.append(String.format(Locale.ROOT, "| %s%s | %d | %.0f | %.0f | %.0f | %.0f | %.2f%s | %.0f |\n",
                    s.variant().name(),
                    !s.variant().usesArchive() ? "" : " (`" + String.join(" ", s.variant().extraOptions())
                            .replaceAll("=.*/", "=…/") + "`)",
                    sorted.length, s.median(), s.p95(), sorted[0], sorted[sorted.length - 1], s.median() / ref.median(),
                    ref == bare ? "" : " (of the bare window with AppCDS)", percentile(s.cpuMillis(), 50)));
        }
        out.append('\n');

        out.append("### While a session runs\n\n");
        out.append("The app's start screen, Enter pressed with xdotool (the default Low back routine), 15 s to get into the "
                + "first target's work, then CPU time (utime + stime of every thread, /proc/PID/stat) over the window as a "
                + "share of one core, and resident memory (/proc/PID/status). The bare window is measured the same way, "
                + "without the Enter.\n\n");
        out.append("| Process | Window s | CPU % of one core | RSS MB (VmRSS) | of which anonymous / file-backed MB "
                + "| Peak RSS MB (VmHWM) | Check |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (WindowBench.Load l : loads) {
            out.append(String.format(Locale.ROOT, "| %s | %.1f | %.2f | %.0f | %.0f / %.0f | %.0f | %s |\n", l.what(),
                    l.seconds(), l.cpuPercent(), l.rssKb() / mb, l.anonKb() / mb, l.fileKb() / mb, l.peakRssKb() / mb,
                    l.check()));
        }
        out.append('\n');

        out.append("### Timer accuracy\n\n");
        out.append(String.format(Locale.ROOT, "One %d s segment (no positioning) run by the app's `SessionViewModel` and "
                + "`ScheduledTicker` on `System.nanoTime`, in the real `SessionView` with the app's style sheet, in a window "
                + "of its own JVM started as the app is. *Set* is when the countdown label's text changed, *shown* when the "
                + "pulse that lays it out (and then renders it) ran; both against when the value was due (start + whole "
                + "seconds). Worked seconds logged by the engine: %d.%n%n", timer.targetSeconds(), timer.workedSeconds()));
        out.append("| Measure | n | Median ms | p95 ms | Max ms |\n");
        out.append("| --- | ---: | ---: | ---: | ---: |\n");
        out.append(String.format(Locale.ROOT, "| Text set late | %d | %.1f | %.1f | %.1f |\n", timer.setLateMillis().length,
                WindowBench.median(timer.setLateMillis()), percentile(timer.setLateMillis(), 95),
                WindowBench.max(timer.setLateMillis())));
        out.append(String.format(Locale.ROOT, "| Shown late (display lag) | %d | %.1f | %.1f | %.1f |\n",
                timer.paintLateMillis().length, WindowBench.median(timer.paintLateMillis()),
                percentile(timer.paintLateMillis(), 95), lag));
        out.append(String.format(Locale.ROOT, "%nEnd of the %d s target: the session ended %+.1f ms from the target by the "
                        + "wall clock (%+.1f ms by the monotonic clock); the end was shown %+.1f ms after the target.%n%n",
                timer.targetSeconds(), timer.wallErrorNanos() / 1e6, timer.monoErrorNanos() / 1e6,
                timer.endShownErrorNanos() / 1e6));
    }

    private void soakReport(StringBuilder out) {
        int minutes = options.soakMinutes();
        out.append(String.format(Locale.ROOT, "## Soak: a %d-minute real session%n%n", minutes));
        out.append("The app on a copy of the ten-year log, Enter pressed on its start screen 4 s after its first frame "
                + "(the default Low back routine, in real time with the real ticker), and a bare window started beside "
                + "it; both are read at the Enter and at the end of every minute after it. *CPU* is the CPU time of "
                + "every thread in that minute as a share of one core (/proc/PID/stat); *RSS* (VmRSS, of which RssAnon / "
                + "RssFile) and *threads* are read at the minute's end (/proc/PID/status); *UI wake-ups* is how often "
                + "the JavaFX Application Thread went to sleep in the minute (its voluntary_ctxt_switches, "
                + "/proc/PID/task/TID/status): each time something woke it — a tick, a pulse, input. The two processes "
                + "run at once and share the machine's cores (each one's CPU time is still its own); other work on the "
                + "machine shows in both. *Slope* is the least-squares change per minute; *last 3 ÷ first 3* the mean of "
                + "the last three minutes over the first three's: flat is ≤ " + FLAT_RATIO_TARGET + ". *Machine load* is the "
                + "1-minute load average at the minute's end (/proc/loadavg; the machine has "
                + Runtime.getRuntime().availableProcessors() + " cores).\n\n");
        for (WindowBench.Soak soak : soaks) {
            out.append("### ").append(soak.what()).append(", bare window beside it\n\n");
            out.append("Check: ").append(soak.check()).append(".\n\n");
            out.append("| Minute | CPU % | bare CPU % | RSS MB (anon / file) | bare RSS MB | Threads | bare threads "
                    + "| UI wake-ups | bare UI wake-ups | Machine load |\n");
            out.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (int i = 0; i < soak.app().size(); i++) {
                WindowBench.Minute a = soak.app().get(i);
                WindowBench.Minute b = soak.bare().get(i);
                out.append(String.format(Locale.ROOT, "| %d | %.2f | %.2f | %.0f (%.0f / %.0f) | %.0f | %d | %d | %d | %d | %.2f |%n",
                        i + 1, a.cpuPercent(), b.cpuPercent(), a.rssKb() / 1024.0, a.anonKb() / 1024.0,
                        a.fileKb() / 1024.0, b.rssKb() / 1024.0, a.threads(), b.threads(), a.uiWakeUps(), b.uiWakeUps(),
                        soak.load().get(i)));
            }
            List<ToDoubleFunction<WindowBench.Minute>> columns = List.of(WindowBench.Minute::cpuPercent,
                    m -> m.rssKb() / 1024.0, WindowBench.Minute::threads, WindowBench.Minute::uiWakeUps);
            StringBuilder slope = new StringBuilder("| Slope per minute");
            StringBuilder growth = new StringBuilder("| Last 3 ÷ first 3");
            for (ToDoubleFunction<WindowBench.Minute> column : columns) {
                for (List<WindowBench.Minute> process : List.of(soak.app(), soak.bare())) {
                    slope.append(String.format(Locale.ROOT, " | %+.2f", slope(process, column)));
                    growth.append(String.format(Locale.ROOT, " | %.2f", lastToFirst(process, column)));
                }
            }
            out.append(slope).append(" | |\n").append(growth).append(" | |\n\n");
            double cpu = soak.app().stream().mapToDouble(WindowBench.Minute::cpuPercent).average().orElse(Double.NaN);
            double bareCpu = soak.bare().stream().mapToDouble(WindowBench.Minute::cpuPercent).average().orElse(Double.NaN);
            double rss = soak.app().stream().mapToDouble(m -> m.rssKb() / 1024.0).max().orElse(Double.NaN);
            out.append(String.format(Locale.ROOT, "Over minutes 1 to %d: CPU %.2f %% of one core (bare window %.2f %%: "
                            + "%s), RSS at most %.0f MB (goal ≤ %.0f MB: %s).%n%n", soak.app().size(), cpu, bareCpu,
                    cpu <= bareCpu ? "met" : "**not met**", rss, RSS_TARGET_MB, rss <= RSS_TARGET_MB ? "met" : "**not met**"));
        }
    }

    /** Least-squares slope of a column over the minutes (1, 2, ...), per minute. */
    static double slope(List<WindowBench.Minute> minutes, ToDoubleFunction<WindowBench.Minute> column) {
        double n = minutes.size();
        double meanX = (n + 1) / 2;
        double meanY = minutes.stream().mapToDouble(column).average().orElse(Double.NaN);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < minutes.size(); i++) {
            double dx = i + 1 - meanX;
            sxy += dx * (column.applyAsDouble(minutes.get(i)) - meanY);
            sxx += dx * dx;
        }
        return sxx == 0 ? 0 : sxy / sxx;
    }

    /** The mean of the last three minutes over that of the first three (fewer if the soak was shorter). */
    static double lastToFirst(List<WindowBench.Minute> minutes, ToDoubleFunction<WindowBench.Minute> column) {
        int k = Math.min(3, minutes.size());
        double first = minutes.subList(0, k).stream().mapToDouble(column).average().orElse(Double.NaN);
        double last = minutes.subList(minutes.size() - k, minutes.size()).stream().mapToDouble(column).average()
                .orElse(Double.NaN);
        return last / first;
    }

    private static Optional<String> cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst();
        } catch (IOException | RuntimeException notLinux) {
            return Optional.empty();
        }
    }

    private static String sqliteVersion() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT sqlite_version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    // ---- plumbing ----------------------------------------------------------------------------------------

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(60, TimeUnit.SECONDS);
    }

    private static void check(boolean condition, String otherwise) {
        if (!condition) {
            throw new IllegalStateException(otherwise);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The filter with the target set as the history screen sets it. */
    private static HistoryFilter onTarget(HistoryFilter filter, Optional<String> targetId) {
        return new HistoryFilter(filter.from(), filter.to(), targetId);
    }
}
