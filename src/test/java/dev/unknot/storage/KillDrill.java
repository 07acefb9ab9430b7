package dev.unknot.storage;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.LoggedStep;
import dev.unknot.domain.SessionStatus;

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
 * What the kill drills share ({@link SigkillDrillTest}, {@link SigtermDrillTest}): a child JVM
 * ({@link KillDrillChild}) logs sessions through the real Storage and is stopped with a signal at a random moment,
 * again and again on the same log. After each signal the log is opened the way the app's next start opens it, and:
 * <ul>
 *   <li>it opens cleanly: nothing set aside as damaged, {@code PRAGMA integrity_check} says ok;</li>
 *   <li>every session finished, ended early or interrupted before is exactly as it was, step by step, and every
 *       session has an end;</li>
 *   <li>no session is lost or made up;</li>
 *   <li>the session that was running when the signal came is as the drill says ({@link CutCheck}); when it had ended
 *       before the signal, nothing was left running.</li>
 * </ul>
 * Session time runs 100 times faster than real time in the child (see there), so a signal lands anywhere in a
 * checkpoint interval within a fraction of a second. Rounds run one after the other; the seed fixes the children's
 * sessions and the delays before each signal. To keep a drill to seconds, the next child's JVM boots while the
 * current one runs; it touches the log only when told to, after the check of the previous round.
 */
final class KillDrill implements AutoCloseable {
    private static final String EOF = ChildJvm.EOF;

    /** How the child is stopped. */
    enum Signal {
        /** SIGKILL, through the process handle, as a crash or power cut stops the app: no code of its own runs. */
        KILL(9),
        /** SIGTERM, through the process handle, as a desktop logout stops the app: its shutdown hooks run. */
        TERM(15);

        final int number;

        Signal(int number) {
            this.number = number;
        }

        /**
         * Through the process handle: Process.destroy() and destroyForcibly() would also close our end of the child's
         * stdout at once and drop the lines still in the pipe, which say how far the child got.
         */
        boolean send(ProcessHandle child) {
            return this == KILL ? child.destroyForcibly() : child.destroy();
        }

        /**
         * Whether a session the child had not said was over, found in this state after the signal, ended on its own
         * before the signal: it ran out (finished), or, for SIGKILL, which runs nothing of the app, the child ended it
         * early (a skip past its last step).
         */
        boolean endedOnItsOwn(SessionStatus status) {
            return status == SessionStatus.FINISHED || (this == KILL && status == SessionStatus.ENDED_EARLY);
        }
    }

    /**
     * The session that was running when the signal came, as the next start found it.
     *
     * @param reached the worked seconds (all steps) the child last said it had reached
     * @param marked  how many sessions the next start marked interrupted
     */
    record Cut(String round, LoggedSession session, int reached, int marked, RawDb raw) {
    }

    /** What the drill asks of the cut session. */
    @FunctionalInterface
    interface CutCheck {
        void check(Cut cut) throws Exception;
    }

    /**
     * How a drill went: {@code cuts} signals came during a running session, {@code idle} after it had ended (of these,
     * {@code endedUnsaid} so shortly after that the child had not said so yet); {@code exitNotes} are the child's
     * {@code exit} lines, each with its round.
     */
    record Summary(int rounds, int cuts, int idle, int endedUnsaid, int sessions, List<String> exitNotes,
                   double seconds) {
    }

    private record Expected(SessionStatus status, List<Integer> doneSeconds) {
        static Expected of(LoggedSession s) {
            return new Expected(s.status(), s.steps().stream().map(LoggedStep::doneSeconds).toList());
        }
    }

    /** A child JVM booting (or booted), with its stdout lines and the file its stderr goes to. */
    private record Child(Process process, BlockingQueue<String> lines, Path stderr) {
    }

    private final Path dir;
    private final Signal signal;
    private final List<Process> children = new ArrayList<>();

    KillDrill(Path dir, Signal signal) {
        this.dir = dir;
        this.signal = signal;
    }

    /**
     * Runs {@code rounds} children on one log, each stopped with the signal at most {@code maxDelayMillis} real
     * milliseconds after it said go.
     */
    Summary run(long seed, int rounds, int maxDelayMillis, CutCheck cutCheck) throws Exception {
        Path file = dir.resolve("unknot.db");
        Random random = new Random(seed);
        Map<Long, Expected> expected = new LinkedHashMap<>();
        List<String> exitNotes = new ArrayList<>();
        int cuts = 0;
        int endedUnsaid = 0;
        long started = System.nanoTime();

        Child next = startChild(file, random.nextLong(), 1);
        for (int n = 1; n <= rounds; n++) {
            String round = "SIG" + signal + " " + n + " of " + rounds;
            Child current = next;
            Process child = current.process();
            Path stderr = current.stderr();
            BlockingQueue<String> lines = current.lines();
            String warm = lines.poll(60, TimeUnit.SECONDS);
            assertEquals("warm", warm, round + ": the child booted; stderr: " + Files.readString(stderr));
            try (OutputStream in = child.getOutputStream()) {
                in.write("open\n".getBytes(StandardCharsets.US_ASCII));
            }

            // Up to "go": a session the child may have finished first, and how far the session to be cut already is.
            Lines seen = new Lines(round, exitNotes);
            while (seen.reached < 0) {
                String line = lines.poll(60, TimeUnit.SECONDS);
                if (line == null || line.equals(EOF)) {
                    fail(round + ": the child stopped before it said go (" + line + "); stderr: " + Files.readString(stderr));
                }
                seen.take(line);
            }

            if (n < rounds) {
                next = startChild(file, random.nextLong(), n + 1); // boots while this one runs and is checked
            }
            // The random moment is the point of the drill; until it comes, read how far the child gets.
            long signalAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(random.nextInt(maxDelayMillis));
            for (long left = signalAt - System.nanoTime(); left > 0; left = signalAt - System.nanoTime()) {
                String line = lines.poll(left, TimeUnit.NANOSECONDS);
                if (line == null) {
                    break;
                }
                if (line.equals(EOF)) {
                    fail(round + ": the child stopped before the signal; stderr: " + Files.readString(stderr));
                }
                seen.take(line);
            }
            assertTrue(signal.send(child.toHandle()), round + ": signal sent");
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), round + ": the child stopped");
            assertEquals(128 + signal.number, child.exitValue(), round + ": stopped by the signal, not by itself; "
                    + "stderr: " + Files.readString(stderr));
            // Everything it printed before it stopped is still in the pipe.
            for (String line = lines.take(); !line.equals(EOF); line = lines.take()) {
                seen.take(line);
            }
            boolean cutRunning = !seen.endedTheCutSession();

            // The next start, as the app does it (Shell.openStorage).
            try (Storage log = TestLogs.open(file, Clock.systemUTC(), ZoneOffset.UTC, StorageStatusListener.NONE);
                 RawDb raw = new RawDb(file)) {
                log.ready().get(30, TimeUnit.SECONDS);
                OpenReport report = log.safety().openReport().get(30, TimeUnit.SECONDS);
                assertEquals(Optional.empty(), report.setAside(), round + ": nothing was set aside as damaged");
                assertEquals("ok", raw.text("PRAGMA integrity_check"), round);
                int marked = log.sessions().markRunningAsInterrupted().get(30, TimeUnit.SECONDS);

                List<LoggedSession> all = log.sessions().loadAll().get(30, TimeUnit.SECONDS);
                List<LoggedSession> unknown = new ArrayList<>();
                for (LoggedSession s : all) {
                    Expected before = expected.get(s.id());
                    Expected now = seen.completed.get(s.id());
                    if (before != null) {
                        assertEquals(before, Expected.of(s), round + ": session " + s.id() + " from an earlier round");
                    } else if (now != null) {
                        assertEquals(now, Expected.of(s), round + ": session " + s.id() + " the child finished");
                    } else {
                        unknown.add(s);
                    }
                    assertTrue(s.endedAt().isPresent(), round + ": session " + s.id() + " has an end");
                }
                assertEquals(expected.size() + seen.completed.size() + (cutRunning ? 1 : 0), all.size(),
                        round + ": no session lost, none made up");

                if (cutRunning) {
                    LoggedSession cut = unknown.get(0);
                    if (signal.endedOnItsOwn(cut.status())) {
                        // It ended on its own (its last step ran out) just before the signal, and its end was written,
                        // but the child was stopped before it could say so: nothing was running.
                        endedUnsaid++;
                        assertEquals(0, marked, round + ": the cut session had ended; nothing was running");
                        assertTrue(Math.abs(seen.reached - cut.doneSeconds()) <= 1, round + ": the log holds "
                                + cut.doneSeconds() + " s of the session that ended; the child had " + seen.reached);
                    } else {
                        cuts++;
                        cutCheck.check(new Cut(round, cut, seen.reached, marked, raw));
                    }
                    expected.put(cut.id(), Expected.of(cut));
                } else {
                    assertEquals(0, marked, round + ": the cut session had ended; nothing was running");
                }
                expected.putAll(seen.completed);
            }
        }
        return new Summary(rounds, cuts, rounds - cuts, endedUnsaid, expected.size(), exitNotes,
                (System.nanoTime() - started) / 1e9);
    }

    /** What one child said: how far it got, and the sessions it ended before the signal. */
    private static final class Lines {
        final String round;
        final List<String> exitNotes;
        final Map<Long, Expected> completed = new LinkedHashMap<>();
        /** The worked seconds reached so far (-1 before "go"). */
        int reached = -1;

        Lines(String round, List<String> exitNotes) {
            this.round = round;
            this.exitNotes = exitNotes;
        }

        void take(String line) {
            String[] words = line.split(" ", 4);
            switch (words[0]) {
                case "go", "at" -> reached = Integer.parseInt(words[1]);
                case "completed" -> {
                    List<Integer> done = Arrays.stream(words[3].split(",")).map(Integer::valueOf).toList();
                    completed.put(Long.valueOf(words[1]), new Expected(SessionStatus.byId(words[2]), done));
                }
                case "exit" -> exitNotes.add(round + ": " + line);
                default -> throw new AssertionError(round + ": the child said " + line);
            }
        }

        /** Whether one of the sessions the child said it ended is the one meant to be cut (the short one has one step). */
        boolean endedTheCutSession() {
            return completed.values().stream().anyMatch(e -> e.doneSeconds().size() > 1);
        }
    }

    private Child startChild(Path file, long seed, int number) throws IOException {
        Path stderr = dir.resolve("child-" + number + ".err");
        Process process = ChildJvm.start(dir, stderr, KillDrillChild.class, file.toString(), Long.toString(seed));
        children.add(process);
        return new Child(process, ChildJvm.lines(process), stderr);
    }

    /** Kills the children still alive (the next one, booted, when a round failed). */
    @Override
    public void close() throws InterruptedException {
        for (Process p : children) {
            if (p.isAlive()) {
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
