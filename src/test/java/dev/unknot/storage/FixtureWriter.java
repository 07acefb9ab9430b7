package dev.unknot.storage;

import dev.unknot.domain.Region;
import dev.unknot.domain.Routine;
import dev.unknot.domain.SelfCheck;
import dev.unknot.domain.Settings;
import dev.unknot.domain.Sides;
import dev.unknot.domain.SpasmEpisode;
import dev.unknot.domain.Step;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Writes a small log with this version's real code, as a migration fixture for later versions: one finished
 * session (rated before and after, with a note, since schema 2; with a self-check, since schema 3), one ended early
 * and one cut short by a "crash" (closed while running, then marked interrupted on the next start, as the app does).
 * Since schema 3 also: tuned settings, two routines of the person's own (one selected), a relieved spasm episode
 * and one still going on. Run it once per released
 * schema and commit the file as {@code src/test/resources/fixtures/unknot-v<version>.db}; never regenerate an old
 * fixture with newer code.
 *
 * <pre>
 * mvn -q test-compile
 * java -cp target/classes:target/test-classes:$HOME/.m2/repository/org/xerial/sqlite-jdbc/VERSION/sqlite-jdbc-VERSION.jar \
 *      dev.unknot.storage.FixtureWriter src/test/resources/fixtures/unknot-vN.db
 * </pre>
 *
 * Afterwards the file is rewritten with 1 KiB pages (VACUUM) to keep it small, and left in WAL mode with the WAL
 * checkpointed into it, so the fixture is a single file like a log whose app was closed normally.
 */
public final class FixtureWriter {
    private FixtureWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        if (Files.exists(out)) {
            throw new IllegalStateException(out + " exists; fixtures of released versions are never rewritten");
        }
        TestWallClock wall = new TestWallClock(Instant.parse("2026-03-01T07:30:00Z"));
        try (Storage storage = TestLogs.open(out, wall, StorageStatusListener.NONE)) {
            storage.ready().get(5, TimeUnit.SECONDS);

            // Since schema 2: rated before and after, with a note (one with every field, one with none).
            SessionDriver finished = new SessionDriver(storage.sessions().newSessionRecorder(OptionalInt.of(6)), wall,
                    SessionDriver.upperBack()).runToTheEnd();
            storage.sessions().saveReflection(finished.recorder.sessionId().get(5, TimeUnit.SECONDS), OptionalInt.of(3),
                    "Upper back much looser.\nLeft shoulder blade still tender.").get(5, TimeUnit.SECONDS);
            // Since schema 3: the self-check, settings, routines of one's own, spasm episodes.
            long finishedId = finished.recorder.sessionId().get(5, TimeUnit.SECONDS);
            storage.sessions().saveSelfCheck(finishedId, new SelfCheck(Optional.of(true), Optional.of(false), Optional.empty(),
                    Optional.of(true))).get(5, TimeUnit.SECONDS);
            TargetCatalogue catalogue = new TargetCatalogue();
            Map<String, Integer> minutes = new LinkedHashMap<>(Settings.defaults(catalogue).minutesByTarget());
            minutes.put(TargetCatalogue.PSOAS, 7);
            minutes.put(TargetCatalogue.UPPER_BACK, 12);
            storage.settings().save(new Settings(minutes, 15, false, 60, 4)).get(5, TimeUnit.SECONDS);
            storage.routines().save(new Routine("custom:0b5e4c1e-hips", "Hips, evenings", List.of(
                    new Step(catalogue.byId(TargetCatalogue.PSOAS), Tool.SOFTBALL, Sides.LEFT, 7),
                    new Step(catalogue.byId(TargetCatalogue.TLF), Tool.FOAM_ROLLER, Sides.CENTRAL, 12),
                    new Step(catalogue.byId(TargetCatalogue.QL), Tool.LACROSSE_BALL, Sides.BOTH, 5)), false))
                    .get(5, TimeUnit.SECONDS);
            storage.routines().save(new Routine("custom:7a1d2f90-shoulders", "Épaules", List.of(
                    new Step(catalogue.byId(TargetCatalogue.UPPER_BACK), Tool.SOFTBALL, Sides.CENTRAL, 30)), false))
                    .get(5, TimeUnit.SECONDS);
            storage.routines().saveSelected("custom:0b5e4c1e-hips").get(5, TimeUnit.SECONDS);
            SpasmEpisode over = storage.episodes().record(wall.instant().minus(Duration.ofDays(20)), Region.LOW_BACK, 8)
                    .get(5, TimeUnit.SECONDS);
            storage.episodes().markRelieved(over.id(), over.onset().plus(Duration.ofDays(4))).get(5, TimeUnit.SECONDS);
            storage.episodes().record(wall.instant().plus(Duration.ofHours(30)), Region.UPPER_BACK, 5).get(5, TimeUnit.SECONDS);
            wall.advance(Duration.ofHours(36));

            SessionDriver early = new SessionDriver(storage.sessions().newSessionRecorder(java.util.OptionalInt.empty()), wall, SessionDriver.lowBack());
            early.startAndWork(300 + 10 + 125); // the first segment, the next countdown and 125 s of the second
            early.engine.endEarly();
            wall.advance(Duration.ofHours(25));

            new SessionDriver(storage.sessions().newSessionRecorder(java.util.OptionalInt.empty()), wall, SessionDriver.lowBack()).startAndWork(95);
            storage.flush().get(5, TimeUnit.SECONDS);
        } // closed while the last session runs: it stays 'running', as after a crash
        wall.advance(Duration.ofMinutes(10));
        try (Storage storage = TestLogs.open(out, wall, StorageStatusListener.NONE)) {
            storage.sessions().markRunningAsInterrupted().get(5, TimeUnit.SECONDS);
        }
        try (RawDb db = new RawDb(out)) {
            db.execute("PRAGMA journal_mode = DELETE");
            db.execute("PRAGMA page_size = 1024");
            db.execute("VACUUM");
            db.execute("PRAGMA journal_mode = WAL");
        }
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            if (Files.exists(Path.of(out + suffix))) {
                throw new IllegalStateException(out + suffix + " was left behind");
            }
        }
        System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
    }
}
