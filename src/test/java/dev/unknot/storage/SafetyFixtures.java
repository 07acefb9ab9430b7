package dev.unknot.storage;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Helpers for the data-safety tests: awaiting futures, reading whole tables, damaging files. */
final class SafetyFixtures {
    /** How long {@link #await} and {@link #failure} wait for a storage job. */
    static final long SECONDS = 20;

    private SafetyFixtures() {
    }

    static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(SECONDS, TimeUnit.SECONDS);
    }

    /** The future's failure, which must be a StorageException; returns its plain message. */
    static String failure(CompletableFuture<?> future) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(SECONDS, TimeUnit.SECONDS));
        return assertInstanceOf(StorageException.class, e.getCause(), String.valueOf(e.getCause())).getMessage();
    }

    /** Every row of every table the log has, as text, in a fixed order: two files with equal dumps hold the same rows. */
    static List<String> dump(Path file) throws SQLException {
        try (RawDb db = new RawDb(file)) {
            List<String> rows = new ArrayList<>();
            rows.addAll(db.column("SELECT 'session|' || quote(id) || '|' || quote(started_at) || '|' || quote(ended_at)"
                    + " || '|' || quote(updated_at) || '|' || quote(routine) || '|' || quote(routine_id) || '|'"
                    + " || quote(status) FROM session ORDER BY id"));
            rows.addAll(db.column("SELECT 'step|' || session_id || '|' || position || '|' || target || '|' || tool"
                    + " || '|' || side || '|' || planned_seconds || '|' || done_seconds FROM session_step"
                    + " ORDER BY session_id, position"));
            return rows;
        }
    }

    /** Adds {@code count} small finished sessions straight into the file (schema 1 columns), to make it many pages. */
    static void fill(Path file, int count) throws SQLException {
        try (RawDb db = new RawDb(file)) {
            db.execute("INSERT INTO session (started_at, updated_at, ended_at, routine, routine_id, status) "
                    + "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + count + ") "
                    + "SELECT printf('2026-01-01T00:%02d:%02d.000Z', i / 60 % 60, i % 60), "
                    + "'2026-01-01T01:00:00.000Z', '2026-01-01T01:00:00.000Z', "
                    + "'Filler routine ' || hex(randomblob(40)), 'builtin:low_back', 'finished' FROM n");
        }
    }

    /** Overwrites pages {@code from} to {@code to} (1-based, inclusive) with 0xAB, in place. */
    static void overwritePages(Path file, int pageSize, int from, int to) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[pageSize];
            Arrays.fill(junk, (byte) 0xAB);
            for (int page = from; page <= to; page++) {
                raf.seek((long) (page - 1) * pageSize);
                raf.write(junk);
            }
        }
    }

    /** The names in a folder, sorted. */
    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
