package dev.unknot.storage;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.LoggedStep;
import dev.unknot.domain.SelfCheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The log as two CSV files a spreadsheet opens: {@value #SESSIONS_FILE} (one row per session) and
 * {@value #STEPS_FILE} (one row per step, joined by session_id). The names are fixed, not dated, so a person finds
 * them where they left them; exporting again into the same folder replaces both.
 *
 * <p>RFC 4180: a header row, CRLF after every record, a field quoted when it holds a comma, a double quote, CR or
 * LF, with quotes doubled inside. Times are ISO-8601 UTC with milliseconds, as the log stores them. Empty field:
 * not rated (pain), still running (ended_at), no note, not answered (the self-check's {@code yes}/{@code no}
 * columns, added in schema 3 at the end of the row so the earlier columns keep their places).
 *
 * <p>A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a CR as a formula
 * ("CSV injection"), so a note such as {@code =1+2} or {@code =HYPERLINK(...)} could act when the file is opened. As
 * OWASP advises, such a field is written with a leading apostrophe, which spreadsheets take as "this is text" and do
 * not show. A field that itself starts with an apostrophe gets one more, so reading back is always exact: drop one
 * leading apostrophe where there is one. Every other field is written as it is.
 *
 * <p>The formatting here is pure (sessions in, text out); the sessions come from Storage's own loading.
 */
final class CsvExport {
    static final String SESSIONS_FILE = "unknot-sessions.csv";
    static final String STEPS_FILE = "unknot-steps.csv";

    static final List<String> SESSION_COLUMNS = List.of("id", "started_at", "ended_at", "routine", "routine_id",
            "status", "done_seconds", "planned_seconds", "pain_before", "pain_after", "note",
            "eating_well", "resting_enough", "hydrated", "sleeping_enough");
    static final List<String> STEP_COLUMNS = List.of("session_id", "position", "target", "tool", "side",
            "planned_seconds", "done_seconds");

    static final String CRLF = "\r\n";
    /**
     * The files start with a UTF-8 byte order mark. Excel, which is what most people double-click a CSV into, reads
     * a CSV without one in the system's legacy code page, turning "ça va" and every emoji in a note into mojibake;
     * with it, Excel, LibreOffice, Numbers and Google Sheets all read UTF-8. Programs see one extra character at the
     * very start (Python: open with encoding="utf-8-sig").
     */
    static final String BOM = "\uFEFF";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private CsvExport() {
    }

    /** What is exported: every session, and the self-checks of those with one (by session id). */
    record Log(List<LoggedSession> sessions, Map<Long, SelfCheck> selfChecks) {
        Log {
            sessions = List.copyOf(sessions);
            selfChecks = Map.copyOf(selfChecks);
        }
    }

    /** The sessions file's text for sessions without a self-check. */
    static String sessions(List<LoggedSession> sessions) {
        return sessions(new Log(sessions, Map.of()));
    }

    /** The sessions file's text (without the byte order mark): header, then one record per session in list order. */
    static String sessions(Log log) {
        StringBuilder out = new StringBuilder(record(SESSION_COLUMNS));
        for (LoggedSession s : log.sessions()) {
            SelfCheck check = log.selfChecks().getOrDefault(s.id(), SelfCheck.UNANSWERED);
            out.append(record(List.of(Long.toString(s.id()), time(s.startedAt()),
                    s.endedAt().map(CsvExport::time).orElse(""), s.routineName(), s.routineId(), s.status().id(),
                    Integer.toString(s.doneSeconds()), Integer.toString(s.plannedSeconds()),
                    number(s.painBefore()), number(s.painAfter()), s.note(),
                    answer(check.eatingWell()), answer(check.restingEnough()), answer(check.hydrated()),
                    answer(check.sleepingEnough()))));
        }
        return out.toString();
    }

    /** The steps file's text (without the byte order mark): header, then each session's steps in order. */
    static String steps(List<LoggedSession> sessions) {
        StringBuilder out = new StringBuilder(record(STEP_COLUMNS));
        for (LoggedSession s : sessions) {
            for (LoggedStep step : s.steps()) {
                out.append(record(List.of(Long.toString(s.id()), Integer.toString(step.position()),
                        step.targetId(), step.toolId(), step.sideId(), Integer.toString(step.plannedSeconds()),
                        Integer.toString(step.doneSeconds()))));
            }
        }
        return out.toString();
    }

    /** One record: the fields, separated by commas, ended by CRLF. */
    static String record(List<String> fields) {
        List<String> quoted = new ArrayList<>(fields.size());
        for (String f : fields) {
            quoted.add(field(f));
        }
        return String.join(",", quoted) + CRLF;
    }

    /**
     * A field as RFC 4180 wants it (quoted, quotes doubled, when it holds a comma, quote, CR or LF), and neutralised
     * when a spreadsheet would take it for a formula.
     */
    static String field(String raw) {
        String value = neutralised(raw);
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** The value with a leading apostrophe when it starts like a formula, or with an apostrophe (see the class). */
    static String neutralised(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\'' -> "'" + value;
            default -> value;
        };
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    private static String number(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : "";
    }

    private static String answer(Optional<Boolean> value) {
        return value.map(yes -> yes ? "yes" : "no").orElse("");
    }

    /**
     * Writes both files into {@code directory} (made if missing): each is written in full under a temporary name,
     * forced to disk and only then renamed into place, so a failed export leaves no half file; the temporary files
     * are removed whatever happens.
     */
    static CsvFiles write(Path directory, Log log) throws IOException {
        List<LoggedSession> sessions = log.sessions();
        Path dir = directory.toAbsolutePath();
        Files.createDirectories(dir);
        Path sessionsFile = dir.resolve(SESSIONS_FILE);
        Path stepsFile = dir.resolve(STEPS_FILE);
        Path sessionsPartial = dir.resolve("." + SESSIONS_FILE + ".partial");
        Path stepsPartial = dir.resolve("." + STEPS_FILE + ".partial");
        try {
            writeUtf8(sessionsPartial, BOM + sessions(log));
            writeUtf8(stepsPartial, BOM + steps(sessions));
            SafeFiles.moveReplacing(sessionsPartial, sessionsFile);
            SafeFiles.moveReplacing(stepsPartial, stepsFile);
            SafeFiles.fsyncFolder(dir);
        } finally {
            SafeFiles.deleteQuietly(sessionsPartial);
            SafeFiles.deleteQuietly(stepsPartial);
        }
        int stepCount = sessions.stream().mapToInt(s -> s.steps().size()).sum();
        return new CsvFiles(sessionsFile, stepsFile, sessions.size(), stepCount);
    }

    /** getBytes, not an encoder that throws: a stray half of a surrogate pair becomes '?' rather than no export. */
    private static void writeUtf8(Path file, String text) throws IOException {
        SafeFiles.writeNew(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
