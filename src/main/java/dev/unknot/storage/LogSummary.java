package dev.unknot.storage;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * What a log file holds, for a person deciding whether to replace it: shown side by side for the current log and
 * a backup before a restore.
 *
 * @param file          the file described
 * @param sessions      how many sessions it holds
 * @param newestSession when its newest session started; empty when it holds none
 * @param schemaVersion its {@code PRAGMA user_version}
 */
public record LogSummary(Path file, int sessions, Optional<Instant> newestSession, int schemaVersion) {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public LogSummary {
        Objects.requireNonNull(file);
        Objects.requireNonNull(newestSession);
    }

    /** E.g. "12 sessions, the newest started 2026-11-25 22:07 UTC", or "no sessions". */
    public String plain() {
        if (sessions == 0) {
            return "no sessions";
        }
        return sessions + (sessions == 1 ? " session" : " sessions")
                + newestSession.map(t -> ", the newest started " + WHEN.format(t)).orElse("");
    }

    static String when(Instant instant) {
        return WHEN.format(instant);
    }
}
