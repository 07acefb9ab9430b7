package dev.unknot.storage;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.LoggedStep;
import dev.unknot.domain.SessionStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The crash drill of issue 7: a child JVM ({@link KillDrillChild}) logs sessions through the real Storage and
 * session recorder and is killed with SIGKILL ({@link ProcessHandle#destroyForcibly()} on Linux) at a random moment,
 * again and again on the same log. After each kill the log is opened the way the app's next start opens it, and:
 * <ul>
 *   <li>it opens cleanly: nothing set aside as damaged, {@code PRAGMA integrity_check} says ok;</li>
 *   <li>the session that was running is marked interrupted (ended at its last checkpoint), as the app marks it;</li>
 *   <li>it lost at most 15 s of worked time against the last progress line the child printed before it died;</li>
 *   <li>every session finished, ended early or interrupted before is exactly as it was, step by step.</li>
 * </ul>
 * Session time runs 100 times faster than real time in the child (see there), so a kill lands anywhere in a
 * checkpoint interval within a fraction of a second. Kills run one after the other; the seed fixes the children's
 * sessions and the delays before each kill. To keep the drill to seconds, the next child's JVM boots while the
 * current one runs; it touches the log only when told to, after the check of the previous kill.
 */
class SigkillDrillTest {
    private static final long SEED = 0x5EED_0007L;
    private static final int KILLS = 20;
    /** The most worked time a crash may lose: the checkpoint interval (README, "Your data"). */
    private static final int MAX_LOSS_SECONDS = 15;
    /** Real milliseconds after "go" before the kill: up to about 30 s of session time, two checkpoint intervals. */
    private static final int MAX_DELAY_MILLIS = 300;
    private static final String EOF = ChildJvm.EOF;

    @TempDir
    Path dir;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void killLeftovers() throws InterruptedException {
        for (Process p : children) {
            if (p.isAlive()) {
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private record Expected(SessionStatus status, List<Integer> doneSeconds) {
        static Expected of(LoggedSession s) {
            return new Expected(s.status(), s.steps().stream().map(LoggedStep::doneSeconds).toList());
        }
    }

    @Test
    void killedAtRandomMomentsTheLogReopensCleanlyLosesAtMostFifteenSecondsAndKeepsEveryEarlierSession()
            throws Exception {
        Path file = dir.resolve("unknot.db");
        Random random = new Random(SEED);
        Map<Long, Expected> expected = new LinkedHashMap<>();
        List<Integer> losses = new ArrayList<>();
        int idleKills = 0;
        long started = System.nanoTime();

        Child next = startChild(file, random.nextLong(), 1);
        for (int kill = 1; kill <= KILLS; kill++) {
            String round = "kill " + kill + " of " + KILLS;
            Child current = next;
            Process child = current.process();
            Path stderr = current.stderr();
            BlockingQueue<String> lines = current.lines();
            String warm = lines.poll(60, TimeUnit.SECONDS);
            assertEquals("warm", warm, round + ": the child booted; stderr: " + Files.readString(stderr));
            try (OutputStream in = child.getOutputStream()) {
                in.write("open\n".getBytes(StandardCharsets.US_ASCII));
            }

            // Up to "go": a session the child may have finished first, and how far the session to be killed already is.
            Map<Long, Expected> completed = new LinkedHashMap<>();
            int reached = -1;
            while (reached < 0) {
                String line = lines.poll(60, TimeUnit.SECONDS);
                if (line == null || line.equals(EOF)) {
                    fail(round + ": the child stopped before it said go (" + line + "); stderr: " + Files.readString(stderr));
                }
                reached = take(line, completed, reached, round);
            }

            if (kill < KILLS) {
                next = startChild(file, random.nextLong(), kill + 1); // boots while this one runs and is checked
            }
            // The random moment is the point of the drill; until it comes, read how far the child gets.
            long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(random.nextInt(MAX_DELAY_MILLIS));
            for (long left = killAt - System.nanoTime(); left > 0; left = killAt - System.nanoTime()) {
                String line = lines.poll(left, TimeUnit.NANOSECONDS);
                if (line == null) {
                    break;
                }
                if (line.equals(EOF)) {
                    fail(round + ": the child stopped before it was killed; stderr: " + Files.readString(stderr));
                }
                reached = take(line, completed, reached, round);
            }
            // SIGKILL, through the process handle: Process.destroyForcibly() would also close our end of the
            // child's stdout at once and drop the lines still in the pipe, which say how far the child got.
            assertTrue(child.toHandle().destroyForcibly(), round + ": SIGKILL sent");
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), round + ": the child died");
            assertEquals(128 + 9, child.exitValue(), round + ": killed by SIGKILL, not ended by itself; stderr: "
                    + Files.readString(stderr));
            // Everything it printed before it died is still in the pipe.
            for (String line = lines.take(); !line.equals(EOF); line = lines.take()) {
                reached = take(line, completed, reached, round);
            }
            boolean killedRunning = !endedTheKilledSession(completed);

            // The next start, as the app does it (Shell.openStorage).
            try (Storage log = Storage.open(file, Clock.systemUTC(), ZoneOffset.UTC, StorageStatusListener.NONE);
                 RawDb raw = new RawDb(file)) {
                log.ready().get(30, TimeUnit.SECONDS);
                OpenReport report = log.openReport().get(30, TimeUnit.SECONDS);
                assertEquals(Optional.empty(), report.setAside(), round + ": nothing was set aside as damaged");
                assertEquals("ok", raw.text("PRAGMA integrity_check"), round);
                int marked = log.markRunningAsInterrupted().get(30, TimeUnit.SECONDS);

                List<LoggedSession> all = log.loadAll().get(30, TimeUnit.SECONDS);
                List<LoggedSession> unknown = new ArrayList<>();
                for (LoggedSession s : all) {
                    Expected before = expected.get(s.id());
                    Expected now = completed.get(s.id());
                    if (before != null) {
                        assertEquals(before, Expected.of(s), round + ": session " + s.id() + " from an earlier round");
                    } else if (now != null) {
                        assertEquals(now, Expected.of(s), round + ": session " + s.id() + " the child finished");
                    } else {
                        unknown.add(s);
                    }
                    assertTrue(s.endedAt().isPresent(), round + ": session " + s.id() + " has an end");
                }
                assertEquals(expected.size() + completed.size() + (killedRunning ? 1 : 0), all.size(),
                        round + ": no session lost, none made up");

                if (killedRunning) {
                    LoggedSession cut = unknown.get(0);
                    assertEquals(SessionStatus.INTERRUPTED, cut.status(), round);
                    assertEquals(1, marked, round + ": the next start marked one session interrupted");
                    assertEquals(1, raw.number("SELECT ended_at = updated_at FROM session WHERE id = " + cut.id()),
                            round + ": ended at its last checkpoint");
                    int loss = reached - cut.doneSeconds();
                    // The child may have taken one more tick (at most 1 s) after its last line before it died.
                    assertTrue(loss >= -1, round + ": the log holds " + cut.doneSeconds()
                            + " s, more than the child reached (" + reached + " s)");
                    assertTrue(loss <= MAX_LOSS_SECONDS, round + ": lost " + loss + " s of work (reached " + reached
                            + " s, logged " + cut.doneSeconds() + " s)");
                    losses.add(Math.max(loss, 0));
                    expected.put(cut.id(), Expected.of(cut));
                } else {
                    idleKills++;
                    assertEquals(0, marked, round + ": the killed session had ended; nothing was running");
                }
                expected.putAll(completed);
            }
        }

        double seconds = (System.nanoTime() - started) / 1e9;
        int maxLoss = losses.stream().mapToInt(Integer::intValue).max().orElse(-1);
        System.out.printf("SIGKILL drill: %d kills (%d during a running session, %d after it had ended), "
                        + "lost (session s) max %d, mean %.1f; %d sessions in the log; %.1f s%n", KILLS, losses.size(),
                idleKills, maxLoss, losses.stream().mapToInt(Integer::intValue).average().orElse(0),
                expected.size(), seconds);
        // The kills must really land inside running sessions, all over the checkpoint interval.
        assertTrue(losses.size() >= KILLS / 2, "most kills hit a running session: " + losses);
        assertTrue(maxLoss >= 5, "some kills came late in a checkpoint interval: " + losses);
    }

    /** Reads one line of the child; returns the worked seconds reached so far (-1 before "go"). */
    private static int take(String line, Map<Long, Expected> completed, int reached, String round) {
        String[] words = line.split(" ", 4);
        switch (words[0]) {
            case "go", "at" -> {
                return Integer.parseInt(words[1]);
            }
            case "completed" -> {
                List<Integer> done = Arrays.stream(words[3].split(",")).map(Integer::valueOf).toList();
                if (done.stream().anyMatch(d -> d > 0)) {
                    completed.put(Long.valueOf(words[1]), new Expected(SessionStatus.byId(words[2]), done));
                } // else ended before any work: not kept in the log, as the app does
                return reached;
            }
            default -> throw new AssertionError(round + ": the child said " + line);
        }
    }

    /** Whether one of the sessions the child reported ended is the one meant to be killed (the short one has one step). */
    private static boolean endedTheKilledSession(Map<Long, Expected> completed) {
        return completed.values().stream().anyMatch(e -> e.doneSeconds().size() > 1);
    }

    /** A child JVM booting (or booted), with its stdout lines and the file its stderr goes to. */
    private record Child(Process process, BlockingQueue<String> lines, Path stderr) {
    }

    private Child startChild(Path file, long seed, int number) throws IOException {
        Path stderr = dir.resolve("child-" + number + ".err");
        Process process = ChildJvm.start(dir, stderr, KillDrillChild.class, file.toString(), Long.toString(seed));
        children.add(process);
        return new Child(process, ChildJvm.lines(process), stderr);
    }
}
