package dev.unknot.storage;

import dev.unknot.domain.SessionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The logout drill of issue 11: as the SIGKILL drill, but the child JVM ({@link KillDrillChild}) gets SIGTERM
 * ({@link ProcessHandle#destroy()} on Linux), what a desktop logout sends, 12 times at random moments. The JVM runs
 * its shutdown hooks then, and the child's is the app's exit ({@code AppExit}), with the child's main thread as the UI
 * thread; in about half the rounds another hook stops that thread meanwhile, as JavaFX's own hook stops its toolkit,
 * and when it wins the race the exit ends the session from its last snapshot instead. {@link KillDrill} checks after each signal that the log opens cleanly and keeps every earlier session as it
 * was. Here, besides: the session that was running is ended early, not left running for the next start to mark
 * interrupted, and it keeps every second the child said it had worked (no checkpoint interval lost).
 */
class SigtermDrillTest {
    private static final long SEED = 0x5EED_0011L;
    private static final int SIGNALS = 12;
    /** Real milliseconds after "go" before the signal: up to about 30 s of session time, two checkpoint intervals. */
    private static final int MAX_DELAY_MILLIS = 300;

    @TempDir
    Path dir;

    @Test
    void terminatedAtRandomMomentsTheRunningSessionIsEndedEarlyWithEverySecondWorked() throws Exception {
        List<Integer> differences = new ArrayList<>();
        KillDrill.Summary drill;
        try (KillDrill terms = new KillDrill(dir, KillDrill.Signal.TERM)) {
            drill = terms.run(SEED, SIGNALS, MAX_DELAY_MILLIS, cut -> {
                String round = cut.round();
                assertEquals(SessionStatus.ENDED_EARLY, cut.session().status(), round + ": ended early on SIGTERM");
                assertEquals(0, cut.marked(), round + ": nothing was left running for the next start to mark");
                int logged = cut.session().doneSeconds();
                // The exit ends the session at the session time of the child's last line; a second either way at most.
                assertTrue(Math.abs(cut.reached() - logged) <= 1, round + ": the log holds " + logged
                        + " s; the child had worked " + cut.reached() + " s");
                differences.add(cut.reached() - logged);
            });
        }

        Map<String, Long> exits = drill.exitNotes().stream()
                .collect(Collectors.groupingBy(note -> note.substring(note.indexOf(": exit ") + 7), TreeMap::new,
                        Collectors.counting()));
        System.out.printf("SIGTERM drill: %d signals (%d during a running session, %d after it had ended), "
                        + "worked minus logged (session s) per cut %s; %d sessions in the log; the exits: %s; "
                        + "%.1f s%n", drill.rounds(), drill.cuts(), drill.idle(), differences, drill.sessions(),
                exits, drill.seconds());
        assertTrue(drill.cuts() >= SIGNALS / 2, "most signals came during a running session: " + differences);
    }
}
