package dev.unknot.bench;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.HistoryFilter;
import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.SessionArchive;
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
import java.util.stream.Stream;

/**
 * The history issue's scale figures on a freshly generated ten-year log: history screen ready, each insight, and one
 * durable checkpoint write. Each figure is timed {@code n} times after a warm-up; the table gives the median and
 * the 95th percentile (nearest rank) and compares them with the targets.
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

    private final ZoneId zone = ZoneId.systemDefault();
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
        for (String arg : args) {
            if (arg.startsWith("--results=")) {
                results = Path.of(arg.substring("--results=".length()));
            } else if (arg.startsWith("--dir=")) {
                parent = Path.of(arg.substring("--dir=".length()));
            } else if (!arg.isBlank()) {
                System.err.println("usage: Bench [--results=FILE] [--dir=DIR]");
                System.exit(2);
            }
        }
        Files.createDirectories(parent);
        Path dir = Files.createTempDirectory(parent, "unknot-bench-");
        try {
            String report = new Bench().run(dir);
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

        Storage storage = Storage.open(file, Clock.systemUTC(), zone, StorageStatusListener.NONE);
        try {
            await(storage.ready());
            history(storage, today, stats.sessions());
            insights(storage, today);
            checkpoint(storage);
            fsync(dir);
        } finally {
            storage.close();
        }
        return report(stats, fileBytes, dir);
    }

    // ---- history -----------------------------------------------------------------------------------------

    private void history(Storage storage, LocalDate today, int sessions) throws Exception {
        HistoryViewModel history = new HistoryViewModel(new Archive(storage), catalogue, zone, Runnable::run);
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

        List<SessionSummary> all = await(storage.history(HistoryFilter.ALL));
        check(all.size() == sessions, "history(ALL) gave " + all.size() + " of " + sessions);
        HistoryFilter month = new HistoryFilter(Optional.of(today.minusDays(29)), Optional.of(today), Optional.empty());
        HistoryFilter target = HistoryFilter.ALL.withTarget(Optional.of(FOR_TARGET));
        HistoryFilter both = month.withTarget(Optional.of(FOR_TARGET));
        rows.add(measure("`storage.history(ALL)` alone", 20, 100, HISTORY_TARGET_MS, On.P95,
                () -> await(storage.history(HistoryFilter.ALL))));
        rows.add(measure("`storage.history`: last 30 days (" + await(storage.history(month)).size() + " rows)",
                20, 200, HISTORY_TARGET_MS, On.P95, () -> await(storage.history(month))));
        rows.add(measure("`storage.history`: target " + FOR_TARGET + ", all time ("
                        + String.format(Locale.ROOT, "%,d", await(storage.history(target)).size()) + " rows)",
                20, 100, HISTORY_TARGET_MS, On.P95, () -> await(storage.history(target))));
        rows.add(measure("`storage.history`: last 30 days and " + FOR_TARGET + " (" + await(storage.history(both)).size()
                + " rows)", 20, 200, HISTORY_TARGET_MS, On.P95, () -> await(storage.history(both))));
    }

    // ---- insights ----------------------------------------------------------------------------------------

    private void insights(Storage storage, LocalDate today) throws Exception {
        rows.add(measure("`storage.loadAll()`: the log the insights are computed from", 20, 100, INSIGHT_TARGET_MS,
                On.P95, () -> await(storage.loadAll())));
        List<LoggedSession> log = await(storage.loadAll());
        check(!log.isEmpty(), "loadAll gave nothing");
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
                () -> sink[0] = Insights.of(await(storage.loadAll()), catalogue, zone, today)));
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
        SessionRecorder recorder = storage.newSessionRecorder(OptionalInt.of(6));
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
                .append("\n\n");
        out.append("| Metric | n | Median ms | p95 ms | Target ms | Met? |\n");
        out.append("| --- | ---: | ---: | ---: | --- | --- |\n");
        for (Row row : rows) {
            out.append("| ").append(row.metric()).append(" | ").append(row.millis().length).append(" | ")
                    .append(format(row.median())).append(" | ").append(format(row.p95())).append(" | ")
                    .append(row.targetText()).append(" | ").append(row.met()).append(" |\n");
        }
        return out.toString();
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

    /** The screens' view of the log, straight over one open Storage (the app's LogArchive is package-private). */
    private record Archive(Storage storage) implements SessionArchive {
        @Override
        public CompletableFuture<List<SessionSummary>> history(HistoryFilter filter) {
            return storage.history(filter);
        }

        @Override
        public CompletableFuture<Optional<LoggedSession>> find(long id) {
            return storage.find(id);
        }

        @Override
        public CompletableFuture<List<LoggedSession>> loadAll() {
            return storage.loadAll();
        }

        @Override
        public CompletableFuture<LoggedSession> delete(long id) {
            return storage.delete(id);
        }

        @Override
        public CompletableFuture<Void> undelete(LoggedSession deleted) {
            return storage.undelete(deleted);
        }

        @Override
        public CompletableFuture<Void> saveReflection(long sessionId, OptionalInt painAfter, String note) {
            return storage.saveReflection(sessionId, painAfter, note);
        }
    }
}
