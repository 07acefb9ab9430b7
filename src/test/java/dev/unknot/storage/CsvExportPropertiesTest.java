package dev.unknot.storage;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.LoggedStep;
import dev.unknot.domain.SelfCheck;
import dev.unknot.domain.SessionStatus;
import dev.unknot.domain.ValidationException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated logs through the CSV export (issue 7): whatever the sessions hold (names and notes with commas, quotes,
 * CR, LF, byte-order marks, emoji, any time from year 0 to 9999, unrated, unanswered), the two files parse as strict
 * RFC 4180 ({@link Rfc4180}) and give back every session, step and self-check exactly as it was.
 */
class CsvExportPropertiesTest {
    private static final Instant YEAR_0 = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant YEAR_9999 = Instant.parse("9999-12-31T23:59:59.999Z");

    @Property(tries = 300, seed = "7301")
    void theExportedTextParsesBackToTheSameSessionsStepsAndSelfChecks(@ForAll("logs") CsvExport.Log log) {
        List<List<String>> sessions = Rfc4180.parse(CsvExport.sessions(log));
        List<List<String>> steps = Rfc4180.parse(CsvExport.steps(log.sessions()));

        assertEquals(log.sessions(), readBack(sessions, steps));
        assertEquals(answered(log), selfChecks(sessions));

        // The property must really meet the fields that need quoting, not just plain words.
        Statistics.label("a field needs quoting").collect(log.sessions().stream()
                .flatMap(x -> Stream.of(x.note(), x.routineName(), x.routineId()))
                .anyMatch(f -> !CsvExport.field(f).equals(f)));
        Statistics.label("a field needs quoting").coverage(c -> c.check(true).percentage(p -> p >= 30));
    }

    /** The files themselves: UTF-8 with a byte order mark, in a folder of their own, nothing else left there. */
    @Property(tries = 25, seed = "7302")
    void theWrittenFilesParseBackToTheSameLog(@ForAll("logs") CsvExport.Log log) throws IOException {
        Path dir = Files.createTempDirectory("csv-property");
        try {
            CsvFiles files = CsvExport.write(dir.resolve("out"), log);
            List<List<String>> sessions = Rfc4180.parse(withoutBom(files.sessions()));
            List<List<String>> steps = Rfc4180.parse(withoutBom(files.steps()));

            assertEquals(log.sessions(), readBack(sessions, steps));
            assertEquals(answered(log), selfChecks(sessions));
            assertEquals(log.sessions().size(), files.sessionCount());
            assertEquals(steps.size() - 1, files.stepCount());
            try (Stream<Path> left = Files.list(dir.resolve("out"))) {
                assertEquals(List.of(CsvExport.SESSIONS_FILE, CsvExport.STEPS_FILE),
                        left.map(p -> p.getFileName().toString()).sorted().toList());
            }
        } finally {
            deleteAll(dir);
        }
    }

    /** Any Java string at all, lone surrogates and NULs included, survives as one field of a record. */
    @Property(tries = 500, seed = "7303")
    void anyFieldSurvivesARecord(@ForAll String a, @ForAll("text") String b) {
        List<String> parsed = Rfc4180.parse(CsvExport.record(List.of(a, b, ""))).get(0);
        assertEquals(List.of(a, b, ""), parsed.stream().map(CsvExportPropertiesTest::text).toList());
    }

    /** No field reaches a spreadsheet looking like a formula; fields that do not start like one are left as they are. */
    @Property(tries = 500, seed = "7305")
    void noFieldStartsLikeAFormulaAndOthersAreUntouched(@ForAll("text") String note) {
        String written = Rfc4180.parse(CsvExport.record(List.of(note))).get(0).get(0);
        assertFalse(!written.isEmpty() && "=+-@\t\r".indexOf(written.charAt(0)) >= 0, written);
        if (note.isEmpty() || "=+-@\t\r'".indexOf(note.charAt(0)) < 0) {
            assertEquals(note, written);
        } else {
            assertEquals("'" + note, written);
        }
    }

    /**
     * Ratings are the one value a session checks itself: outside 0–10 it is refused with our ValidationException
     * before it can reach the export; inside, the session exports.
     */
    @Property(tries = 300, seed = "7304")
    void aRatingOutsideZeroToTenIsRefusedBeforeTheExportAndAnyOtherExports(
            @ForAll @IntRange(min = -50, max = 50) int before, @ForAll @IntRange(min = -50, max = 50) int after) {
        boolean valid = before >= 0 && before <= 10 && after >= 0 && after <= 10;
        if (!valid) {
            ValidationException e = assertThrows(ValidationException.class, () -> session(before, after));
            assertTrue(e.getMessage().startsWith("Pain is rated from 0 to 10"), e.getMessage());
            return;
        }
        LoggedSession s = session(before, after);
        List<String> row = Rfc4180.parse(CsvExport.sessions(List.of(s))).get(1);
        assertEquals(List.of(Integer.toString(before), Integer.toString(after)), row.subList(8, 10));
    }

    private static LoggedSession session(int before, int after) {
        return new LoggedSession(1, YEAR_0, Optional.empty(), "builtin:low_back", "Low back", SessionStatus.RUNNING,
                List.of(), OptionalInt.of(before), OptionalInt.of(after), "");
    }

    // ---- reading the CSV back into the log's types ---------------------------------------------------

    private static List<LoggedSession> readBack(List<List<String>> sessions, List<List<String>> steps) {
        assertEquals(CsvExport.SESSION_COLUMNS, sessions.get(0));
        assertEquals(CsvExport.STEP_COLUMNS, steps.get(0));
        Map<Long, List<LoggedStep>> stepsById = new LinkedHashMap<>();
        for (List<String> r : steps.subList(1, steps.size())) {
            assertEquals(CsvExport.STEP_COLUMNS.size(), r.size(), r.toString());
            stepsById.computeIfAbsent(Long.parseLong(r.get(0)), id -> new ArrayList<>()).add(new LoggedStep(
                    Integer.parseInt(r.get(1)), text(r.get(2)), text(r.get(3)), text(r.get(4)), Integer.parseInt(r.get(5)),
                    Integer.parseInt(r.get(6))));
        }
        List<LoggedSession> read = new ArrayList<>();
        for (List<String> r : sessions.subList(1, sessions.size())) {
            assertEquals(CsvExport.SESSION_COLUMNS.size(), r.size(), r.toString());
            long id = Long.parseLong(r.get(0));
            LoggedSession s = new LoggedSession(id, Instant.parse(r.get(1)),
                    r.get(2).isEmpty() ? Optional.empty() : Optional.of(Instant.parse(r.get(2))), text(r.get(4)),
                    text(r.get(3)), SessionStatus.byId(r.get(5)), stepsById.getOrDefault(id, List.of()),
                    rating(r.get(8)), rating(r.get(9)), text(r.get(10)));
            assertEquals(Integer.toString(s.doneSeconds()), r.get(6), "done_seconds is the sum of the steps'");
            assertEquals(Integer.toString(s.plannedSeconds()), r.get(7), "planned_seconds is the sum of the steps'");
            read.add(s);
        }
        return read;
    }

    private static Map<Long, SelfCheck> selfChecks(List<List<String>> sessions) {
        Map<Long, SelfCheck> checks = new LinkedHashMap<>();
        for (List<String> r : sessions.subList(1, sessions.size())) {
            checks.put(Long.parseLong(r.get(0)), new SelfCheck(answer(r.get(11)), answer(r.get(12)),
                    answer(r.get(13)), answer(r.get(14))));
        }
        return checks;
    }

    /** What the export should say: each session's self-check, unanswered where the log has none. */
    private static Map<Long, SelfCheck> answered(CsvExport.Log log) {
        Map<Long, SelfCheck> checks = new LinkedHashMap<>();
        log.sessions().forEach(s -> checks.put(s.id(), log.selfChecks().getOrDefault(s.id(), SelfCheck.UNANSWERED)));
        return checks;
    }

    /** A text field as the person wrote it: the export's one leading apostrophe, where there is one, dropped. */
    private static String text(String field) {
        return field.startsWith("'") ? field.substring(1) : field;
    }

    private static OptionalInt rating(String text) {
        return text.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text));
    }

    private static Optional<Boolean> answer(String text) {
        return switch (text) {
            case "" -> Optional.empty();
            case "yes" -> Optional.of(true);
            case "no" -> Optional.of(false);
            default -> throw new AssertionError("not yes, no or blank: " + text);
        };
    }

    private static String withoutBom(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertTrue(text.startsWith(CsvExport.BOM), "starts with a byte order mark");
        return text.substring(1);
    }

    private static void deleteAll(Path dir) throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.walk(dir)) {
            all = s.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            Files.delete(p);
        }
    }

    // ---- generators ----------------------------------------------------------------------------------

    /**
     * Text as a person or the log may hold it: whole Unicode code points (what SQLite's UTF-8 can store; a lone
     * surrogate cannot get into the log), weighted towards what CSV must escape and what spreadsheets trip over.
     */
    @Provide
    Arbitrary<String> text() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of((int) ',', (int) '"', (int) '\r', (int) '\n', (int) ' ', (int) '\t',
                        0xFEFF, 0, (int) '=')),
                Tuple.of(5, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(2, Arbitraries.integers().between(0xA0, 0xD7FF)),
                Tuple.of(1, Arbitraries.integers().between(0xE000, 0xFFFF)),
                Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10FFFF)));
        return codePoint.list().ofMaxSize(24).map(cps -> {
            StringBuilder b = new StringBuilder();
            cps.forEach(b::appendCodePoint);
            return b.toString();
        });
    }

    private Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(YEAR_0.toEpochMilli(), YEAR_9999.toEpochMilli()).map(Instant::ofEpochMilli);
    }

    private Arbitrary<OptionalInt> ratings() {
        return Arbitraries.integers().between(-1, 10).map(r -> r < 0 ? OptionalInt.empty() : OptionalInt.of(r));
    }

    private Arbitrary<Optional<Boolean>> answers() {
        return Arbitraries.of(Optional.<Boolean>empty(), Optional.of(true), Optional.of(false));
    }

    private Arbitrary<LoggedStep> steps() {
        Arbitrary<String> id = Arbitraries.oneOf(Arbitraries.of("glute_max", "piriformis", "tlf", "left", "central",
                "foam_roller"), text());
        Arbitrary<Integer> seconds = Arbitraries.integers().between(0, 100_000);
        return Combinators.combine(Arbitraries.integers().between(0, 40), id, id, id, seconds, seconds)
                .as(LoggedStep::new);
    }

    private Arbitrary<LoggedSession> sessions() {
        Arbitrary<Optional<Instant>> ended = Arbitraries.oneOf(Arbitraries.just(Optional.<Instant>empty()),
                instants().map(Optional::of));
        Arbitrary<Tuple.Tuple5<Long, Instant, Optional<Instant>, String, String>> head = Combinators.combine(
                Arbitraries.longs().between(1, Long.MAX_VALUE), instants(), ended,
                Arbitraries.oneOf(Arbitraries.of("builtin:low_back", "custom:0b5e4c1e"), text()), text())
                .as(Tuple::of);
        return Combinators.combine(head, Arbitraries.of(SessionStatus.class), steps().list().ofMaxSize(6), ratings(),
                ratings(), text()).as((h, status, steps, before, after, note) -> new LoggedSession(h.get1(), h.get2(),
                h.get3(), h.get4(), h.get5(), status, steps, before, after, note));
    }

    @Provide
    Arbitrary<CsvExport.Log> logs() {
        Arbitrary<SelfCheck> check = Combinators.combine(answers(), answers(), answers(), answers()).as(SelfCheck::new);
        return sessions().list().ofMaxSize(6).uniqueElements(LoggedSession::id).flatMap(list -> {
            if (list.isEmpty()) {
                return Arbitraries.just(new CsvExport.Log(list, Map.of()));
            }
            Arbitrary<Long> ids = Arbitraries.of(list.stream().map(LoggedSession::id).toList());
            return Arbitraries.maps(ids, check).ofMaxSize(list.size()).map(checks -> new CsvExport.Log(list, checks));
        });
    }
}
