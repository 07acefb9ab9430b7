package dev.unknot.storage;

import dev.unknot.domain.SessionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The crash drill of issue 7: a child JVM ({@link KillDrillChild}) logs sessions through the real Storage and
 * session recorder and is killed with SIGKILL ({@link ProcessHandle#destroyForcibly()} on Linux) at a random moment,
 * 20 times on the same log; {@link KillDrill} checks after each kill that the log opens cleanly and keeps every
 * earlier session as it was. Here, besides: the session that was running is marked interrupted by the next start
 * (ended at its last checkpoint), and it lost at most 15 s of worked time against the last progress line the child
 * printed before it died.
 */
class SigkillDrillTest {
    private static final long SEED = 0x5EED_0007L;
    private static final int KILLS = 20;
    /** The most worked time a crash may lose: the checkpoint interval (README, "Your data"). */
    private static final int MAX_LOSS_SECONDS = 15;
    /** Real milliseconds after "go" before the kill: up to about 30 s of session time, two checkpoint intervals. */
    private static final int MAX_DELAY_MILLIS = 300;

    @TempDir
    Path dir;

    @Test
    void killedAtRandomMomentsTheLogReopensCleanlyLosesAtMostFifteenSecondsAndKeepsEveryEarlierSession()
            throws Exception {
        List<Integer> losses = new ArrayList<>();
        KillDrill.Summary drill;
        try (KillDrill kills = new KillDrill(dir, KillDrill.Signal.KILL)) {
            drill = kills.run(SEED, KILLS, MAX_DELAY_MILLIS, cut -> {
                String round = cut.round();
                assertEquals(SessionStatus.INTERRUPTED, cut.session().status(), round);
                assertEquals(1, cut.marked(), round + ": the next start marked one session interrupted");
                assertEquals(1, cut.raw().number("SELECT ended_at = updated_at FROM session WHERE id = "
                        + cut.session().id()), round + ": ended at its last checkpoint");
                int logged = cut.session().doneSeconds();
                int loss = cut.reached() - logged;
                // The child may have taken one more tick (at most 1 s) after its last line before it died.
                assertTrue(loss >= -1, round + ": the log holds " + logged + " s, more than the child reached ("
                        + cut.reached() + " s)");
                assertTrue(loss <= MAX_LOSS_SECONDS, round + ": lost " + loss + " s of work (reached "
                        + cut.reached() + " s, logged " + logged + " s)");
                losses.add(Math.max(loss, 0));
            });
        }

        int maxLoss = losses.stream().mapToInt(Integer::intValue).max().orElse(-1);
        System.out.printf("SIGKILL drill: %d kills (%d during a running session, %d after it had ended, %d of these "
                        + "just before), lost (session s) max %d, mean %.1f; %d sessions in the log; %.1f s%n",
                drill.rounds(), drill.cuts(), drill.idle(), drill.endedUnsaid(), maxLoss, losses.stream().mapToInt(Integer::intValue).average().orElse(0),
                drill.sessions(), drill.seconds());
        // The kills must really land inside running sessions, all over the checkpoint interval.
        assertTrue(losses.size() >= KILLS / 2, "most kills hit a running session: " + losses);
        assertTrue(maxLoss >= 5, "some kills came late in a checkpoint interval: " + losses);
    }
}
