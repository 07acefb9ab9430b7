package dev.unknot.storage;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.LoggedStep;
import dev.unknot.domain.SelfCheck;
import dev.unknot.domain.SessionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static dev.unknot.storage.SafetyFixtures.await;
import static dev.unknot.storage.SafetyFixtures.failure;
import static dev.unknot.storage.SafetyFixtures.names;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvExportTest {
    private static final Instant T0 = Instant.parse("2026-11-25T22:07:54.123Z");
    private static final String TRICKY = "Piriformis – ça va, \"tender\"\nnext line";

    @TempDir
    Path dir;

    private static LoggedSession session(long id, String routine, String note, OptionalInt before, OptionalInt after,
                                         Optional<Instant> ended, SessionStatus status) {
        return new LoggedSession(id, T0.plusSeconds(id * 3600), ended, "builtin:low_back", routine, status,
                List.of(new LoggedStep(0, "glute_max", "softball", "left", 90, 95),
                        new LoggedStep(1, "piriformis", "lacrosse_ball", "right", 60, 12)),
                before, after, note);
    }

    private static final List<LoggedSession> SESSIONS = List.of(
            session(1, "Low back", TRICKY, OptionalInt.of(7), OptionalInt.of(3), Optional.of(T0.plusSeconds(4000)),
                    SessionStatus.FINISHED),
            session(2, "Hips, \"deep\"", "CR alone\rthen CRLF\r\nthen LF\n", OptionalInt.empty(), OptionalInt.of(0),
                    Optional.of(T0.plusSeconds(8000)), SessionStatus.ENDED_EARLY),
            session(3, "Rücken 背中", "emoji 🧘‍♀️💆 and \"quotes\" \"\" and ,,, commas", OptionalInt.of(10),
                    OptionalInt.empty(), Optional.empty(), SessionStatus.RUNNING),
            session(4, "  spaced  ", "", OptionalInt.empty(), OptionalInt.empty(), Optional.of(T0.plusSeconds(20000)),
                    SessionStatus.INTERRUPTED));

    @Test
    void sessionsRoundTripThroughRfc4180WithEveryAwkwardCharacter() {
        String text = CsvExport.sessions(SESSIONS);
        List<List<String>> records = Rfc4180.parse(text);

        assertEquals(CsvExport.SESSION_COLUMNS, records.get(0));
        assertEquals(List.of("id", "started_at", "ended_at", "routine", "routine_id", "status", "done_seconds",
                "planned_seconds", "pain_before", "pain_after", "note",
                "eating_well", "resting_enough", "hydrated", "sleeping_enough"), records.get(0));
        assertEquals(SESSIONS.size() + 1, records.size());
        for (int i = 0; i < SESSIONS.size(); i++) {
            LoggedSession s = SESSIONS.get(i);
            List<String> r = records.get(i + 1);
            assertEquals(Long.toString(s.id()), r.get(0));
            assertEquals(s.startedAt(), Instant.parse(r.get(1)));
            assertEquals(s.endedAt(), r.get(2).isEmpty() ? Optional.empty() : Optional.of(Instant.parse(r.get(2))));
            assertEquals(s.routineName(), r.get(3));
            assertEquals(s.routineId(), r.get(4));
            assertEquals(s.status().id(), r.get(5));
            assertEquals(Integer.toString(s.doneSeconds()), r.get(6));
            assertEquals(Integer.toString(s.plannedSeconds()), r.get(7));
            assertEquals(s.painBefore(), r.get(8).isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(r.get(8))));
            assertEquals(s.painAfter(), r.get(9).isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(r.get(9))));
            assertEquals(s.note(), r.get(10), "note of session " + s.id());
            assertEquals(List.of("", "", "", ""), r.subList(11, 15), "no self-check answered");
        }
        assertTrue(text.startsWith("id,started_at,ended_at,routine,routine_id,status,done_seconds,planned_seconds,"
                + "pain_before,pain_after,note,eating_well,resting_enough,hydrated,sleeping_enough\r\n"
                + "1,2026-11-25T23:07:54.123Z,2026-11-25T23:14:34.123Z,Low back,builtin:low_back,finished,107,150,7,3,"
                + "\"Piriformis – ça va, \"\"tender\"\"\nnext line\",,,,\r\n"
                + "2,"), text);
    }

    @Test
    void stepsRoundTripAndJoinBySessionId() {
        List<List<String>> records = Rfc4180.parse(CsvExport.steps(SESSIONS));

        assertEquals(List.of("session_id", "position", "target", "tool", "side", "planned_seconds", "done_seconds"),
                records.get(0));
        assertEquals(1 + 2 * SESSIONS.size(), records.size());
        assertEquals(List.of("3", "1", "piriformis", "lacrosse_ball", "right", "60", "12"), records.get(6));
    }

    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBe() {
        assertEquals("plain text", CsvExport.field("plain text"));
        assertEquals("  spaced  ", CsvExport.field("  spaced  "));
        assertEquals("\"a,b\"", CsvExport.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvExport.field("say \"hi\""));
        assertEquals("\"a\rb\"", CsvExport.field("a\rb"));
        assertEquals("\"a\nb\"", CsvExport.field("a\nb"));
        assertEquals("", CsvExport.field(""));
        assertEquals("a,\"b,c\",\r\n", CsvExport.record(List.of("a", "b,c", "")));
        assertThrows(IllegalArgumentException.class, () -> Rfc4180.parse("a\nb\r\n"), "the parser is strict");
    }

    @Test
    void theLogIsExportedToTwoUtf8FilesWithAByteOrderMarkAndNothingElseIsLeft() throws Exception {
        Path log = dir.resolve("unknot.db");
        TestWallClock wall = new TestWallClock(T0);
        try (Storage storage = TestLogs.open(log, wall, StorageStatusListener.NONE)) {
            await(storage.ready());
            SessionDriver finished = new SessionDriver(storage, wall);
            finished.runToTheEnd();
            SessionDriver running = new SessionDriver(storage, wall);
            running.startAndWork(40);
            await(storage.flush());
            List<LoggedSession> logged = await(storage.sessions().loadAll());

            Path out = dir.resolve("export/here");
            CsvFiles files = await(storage.safety().exportCsv(out));

            assertEquals(out.resolve("unknot-sessions.csv"), files.sessions());
            assertEquals(out.resolve("unknot-steps.csv"), files.steps());
            assertEquals(List.of("unknot-sessions.csv", "unknot-steps.csv"), names(out), "no temporary file left");
            byte[] bytes = Files.readAllBytes(files.sessions());
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
            String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
            // what the log holds now, read back by the same loading the rest of the app uses
            assertEquals(CsvExport.sessions(logged), text);
            List<List<String>> sessions = Rfc4180.parse(text);
            assertEquals(3, sessions.size());
            assertEquals("finished", sessions.get(1).get(5));
            assertEquals("running", sessions.get(2).get(5));
            assertEquals("", sessions.get(2).get(2), "still running: no end");
            assertEquals(2, files.sessionCount());

            String steps = Files.readString(files.steps(), StandardCharsets.UTF_8).substring(1);
            assertEquals(files.stepCount() + 1, Rfc4180.parse(steps).size());
            assertEquals(CsvExport.steps(logged), steps);

            // exporting again replaces both
            running.pass(30);
            running.engine.endEarly();
            await(storage.flush());
            await(storage.safety().exportCsv(out));
            assertEquals("ended_early", Rfc4180.parse(Files.readString(files.sessions()).substring(1)).get(2).get(5));
            assertEquals(List.of("unknot-sessions.csv", "unknot-steps.csv"), names(out));
        }
    }

    @Test
    void aNoteSavedInTheLogComesBackFromTheExportedFileExactly() throws Exception {
        Path log = dir.resolve("unknot.db");
        TestWallClock wall = new TestWallClock(T0);
        try (Storage storage = TestLogs.open(log, wall, StorageStatusListener.NONE)) {
            await(storage.ready());
            SessionDriver session = new SessionDriver(storage, wall);
            session.runToTheEnd();
            long id = await(session.recorder.sessionId());
            String note = TRICKY + " \r 🧘 end";
            await(storage.onStorageThread(c -> {
                try (var ps = c.prepareStatement("UPDATE session SET note = ?, pain_before = 6 WHERE id = ?")) {
                    ps.setString(1, note);
                    ps.setLong(2, id);
                    return ps.executeUpdate();
                }
            }));

            CsvFiles files = await(storage.safety().exportCsv(dir));

            List<String> row = Rfc4180.parse(Files.readString(files.sessions(), StandardCharsets.UTF_8).substring(1)).get(1);
            assertEquals(note, row.get(10));
            assertEquals("6", row.get(8));
            assertEquals("", row.get(9));
        }
    }

    @Test
    void theSelfCheckIsExportedAsYesNoOrBlankInTheLastFourColumns() {
        SelfCheck some = new SelfCheck(Optional.of(true), Optional.of(false), Optional.empty(), Optional.of(true));
        SelfCheck all = new SelfCheck(Optional.of(false), Optional.of(true), Optional.of(true), Optional.of(false));
        String text = CsvExport.sessions(new CsvExport.Log(SESSIONS, Map.of(1L, some, 3L, all)));

        List<List<String>> records = Rfc4180.parse(text);
        assertEquals(List.of("eating_well", "resting_enough", "hydrated", "sleeping_enough"),
                records.get(0).subList(11, 15));
        assertEquals(List.of("yes", "no", "", "yes"), records.get(1).subList(11, 15));
        assertEquals(List.of("", "", "", ""), records.get(2).subList(11, 15), "not answered: blank");
        assertEquals(List.of("no", "yes", "yes", "no"), records.get(3).subList(11, 15));
        assertEquals(List.of("", "", "", ""), records.get(4).subList(11, 15));
        assertEquals(TRICKY, records.get(1).get(10), "the note before them is unchanged");
    }

    @Test
    void aSelfCheckSavedInTheLogComesOutInTheExportedFile() throws Exception {
        Path log = dir.resolve("unknot.db");
        TestWallClock wall = new TestWallClock(T0);
        try (Storage storage = TestLogs.open(log, wall, StorageStatusListener.NONE)) {
            await(storage.ready());
            SessionDriver answered = new SessionDriver(storage, wall);
            answered.runToTheEnd();
            long id = await(answered.recorder.sessionId());
            new SessionDriver(storage, wall).runToTheEnd();
            await(storage.sessions().saveSelfCheck(id, new SelfCheck(Optional.of(false), Optional.empty(), Optional.of(true),
                    Optional.of(false))));

            CsvFiles files = await(storage.safety().exportCsv(dir));

            List<List<String>> rows = Rfc4180.parse(Files.readString(files.sessions(), StandardCharsets.UTF_8).substring(1));
            assertEquals(3, rows.size());
            assertEquals(Long.toString(id), rows.get(1).get(0));
            assertEquals(List.of("no", "", "yes", "no"), rows.get(1).subList(11, 15));
            assertEquals(List.of("", "", "", ""), rows.get(2).subList(11, 15));
        }
    }

    @Test
    void aFailedExportLeavesNoHalfFile() throws Exception {
        Path log = dir.resolve("unknot.db");
        TestWallClock wall = new TestWallClock(T0);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createDirectories(out.resolve("unknot-steps.csv/in the way"));
        try (Storage storage = TestLogs.open(log, wall, StorageStatusListener.NONE)) {
            await(storage.ready());
            new SessionDriver(storage, wall).runToTheEnd();

            String message = failure(storage.safety().exportCsv(out));

            assertTrue(message.startsWith("Unknot could not export your log to " + out + ": "), message);
            assertTrue(message.endsWith(" No half-written file was left."), message);
            assertTrue(names(out).stream().noneMatch(n -> n.contains("partial")), names(out).toString());
            assertEquals(List.of("in the way"), names(out.resolve("unknot-steps.csv")));
            // a file that was written is whole
            if (Files.exists(out.resolve("unknot-sessions.csv"))) {
                assertEquals(2, Rfc4180.parse(Files.readString(out.resolve("unknot-sessions.csv")).substring(1)).size());
            }
        }
    }

    @Test
    void aNoteThatLooksLikeAFormulaIsWrittenAsTextForSpreadsheets() {
        for (String note : List.of("=1+2", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\",\"y\")")) {
            assertEquals("'" + note, Rfc4180.parse(CsvExport.record(List.of(note))).get(0).get(0), note);
        }
        assertEquals("''twas", CsvExport.field("'twas"), "an apostrophe of its own is kept by doubling");
        assertEquals("a=1", CsvExport.field("a=1"), "only the start counts");
    }
}
