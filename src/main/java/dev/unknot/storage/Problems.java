package dev.unknot.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;

/** Turns what went wrong into plain words for a person lying on the floor, naming the file. */
final class Problems {
    // SQLite primary result codes (extended codes carry them in the low byte).
    static final int SQLITE_CORRUPT = 11;
    static final int SQLITE_BUSY = 5;
    static final int SQLITE_LOCKED = 6;
    static final int SQLITE_READONLY = 8;
    static final int SQLITE_IOERR = 10;
    static final int SQLITE_FULL = 13;
    static final int SQLITE_CANTOPEN = 14;
    static final int SQLITE_NOTADB = 26;

    static final String SESSION_GOES_ON =
            "Your session keeps running and will be saved as soon as saving works again.";
    /** For writes outside a session (tidying up after a crash): nothing is at stake but the change itself. */
    static final String NOTHING_LOST = "Nothing already saved is lost.";

    private Problems() {
    }

    static String cannotSave(Path file, Throwable problem, boolean duringSession) {
        return "Unknot cannot save to " + file + ": " + reason(problem) + " "
                + (duringSession ? SESSION_GOES_ON : NOTHING_LOST);
    }

    static String cannotOpen(Path file, Throwable problem) {
        if (problem instanceof AlreadyRunningException running) {
            return running.getMessage(); // says it all, naming the file
        }
        return "Unknot cannot open its log at " + file + ": " + reason(problem);
    }

    static String cannotRead(Path file, Throwable problem) {
        return "Unknot cannot read its log at " + file + ": " + reason(problem);
    }

    /** Why, as one or two sentences ending in a full stop. */
    static String reason(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof LogProblem known) {
                return known.getMessage();
            }
            if (t instanceof AlreadyRunningException) {
                return "Unknot is already running in another window and using this file.";
            }
            if (t instanceof SchemaTooNewException newer) {
                return "the file was written by a newer version of Unknot (schema " + newer.found
                        + "; this version knows up to " + newer.known + "). Nothing was changed.";
            }
            if (t instanceof AccessDeniedException) {
                return "its folder is read-only, so the file cannot be created.";
            }
            if (t instanceof FileSystemException fs) {
                return "its folder cannot be created (" + plain(fs.getReason() != null ? fs.getReason() : fs.getMessage()) + ").";
            }
            if (t instanceof IOException io) {
                return "the disk reported a problem (" + plain(io.getMessage()) + ").";
            }
            if (t instanceof SQLException sql) {
                return switch (code(sql)) {
                    case SQLITE_READONLY -> "the file is read-only.";
                    case SQLITE_CANTOPEN -> "the file cannot be opened or created; its folder may be read-only or missing.";
                    case SQLITE_FULL -> "the disk is full.";
                    case SQLITE_BUSY, SQLITE_LOCKED -> "another program is using the file.";
                    case SQLITE_NOTADB -> "the file is not an Unknot log (it is not a database at all).";
                    case SQLITE_CORRUPT -> "the file is damaged.";
                    case SQLITE_IOERR -> "the disk reported an error.";
                    default -> "the database said \"" + plain(sql.getMessage()) + "\".";
                };
            }
        }
        return "something unexpected went wrong (" + plain(String.valueOf(problem)) + ").";
    }

    /**
     * Whether the connection should be dropped and opened afresh next time: a file that was read-only, missing,
     * replaced or unreadable may be fine once reopened, while a full disk or a lock clears by itself.
     */
    static boolean needsReopen(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                int code = code(sql);
                return code == SQLITE_READONLY || code == SQLITE_CANTOPEN || code == SQLITE_NOTADB
                        || code == SQLITE_CORRUPT || code == SQLITE_IOERR;
            }
        }
        return false;
    }

    /** Whether SQLite refused a write because the file (or its connection) is read-only. */
    static boolean isReadOnly(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return code(sql) == SQLITE_READONLY;
            }
        }
        return false;
    }

    /** The primary SQLite result code; from the message when the driver left the error code at 0. */
    static int code(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        if (code != 0) {
            return code;
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("SQLITE_READONLY")) {
            return SQLITE_READONLY;
        } else if (message.contains("SQLITE_FULL")) {
            return SQLITE_FULL;
        } else if (message.contains("SQLITE_BUSY")) {
            return SQLITE_BUSY;
        } else if (message.contains("SQLITE_LOCKED")) {
            return SQLITE_LOCKED;
        } else if (message.contains("SQLITE_NOTADB")) {
            return SQLITE_NOTADB;
        } else if (message.contains("SQLITE_CANTOPEN")) {
            return SQLITE_CANTOPEN;
        }
        return 0;
    }

    private static String plain(String text) {
        String s = text == null ? "" : text.strip();
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
