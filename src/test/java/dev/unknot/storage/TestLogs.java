package dev.unknot.storage;

import dev.unknot.domain.TargetCatalogue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/**
 * Logs made and opened at once, as tests want them (the app makes its {@link Storage} before the first frame and
 * opens it after). Routines and settings are read with {@link #CATALOGUE}.
 */
public final class TestLogs {
    /** The targets every log made here reads routines and settings with. */
    public static final TargetCatalogue CATALOGUE = new TargetCatalogue();

    private TestLogs() {
    }

    /** A log whose history days are local days in {@code zone}. */
    public static Storage open(Path dbFile, Clock wallClock, ZoneId zone, StorageStatusListener status) {
        return open(dbFile, wallClock, zone, status, ConnectionFactory.DRIVER_MANAGER, WriteAccess.FILE_SYSTEM);
    }

    /** As {@link #open(Path, Clock, ZoneId, StorageStatusListener)}, asking {@code writeAccess} whether it may write. */
    public static Storage open(Path dbFile, Clock wallClock, ZoneId zone, StorageStatusListener status,
                               WriteAccess writeAccess) {
        return open(dbFile, wallClock, zone, status, ConnectionFactory.DRIVER_MANAGER, writeAccess);
    }

    /** With the clock's zone for the history's days. */
    public static Storage open(Path dbFile, Clock wallClock, StorageStatusListener status) {
        return open(dbFile, wallClock, wallClock.getZone(), status);
    }

    static Storage open(Path dbFile, Clock wallClock, StorageStatusListener status, ConnectionFactory connections) {
        return open(dbFile, wallClock, wallClock.getZone(), status, connections, WriteAccess.FILE_SYSTEM);
    }

    static Storage open(Path dbFile, Clock wallClock, StorageStatusListener status, ConnectionFactory connections,
                        WriteAccess writeAccess) {
        return open(dbFile, wallClock, wallClock.getZone(), status, connections, writeAccess);
    }

    static Storage open(Path dbFile, Clock wallClock, ZoneId zone, StorageStatusListener status,
                        ConnectionFactory connections, WriteAccess writeAccess) {
        return new Storage(dbFile, wallClock, zone, CATALOGUE, status, connections, writeAccess).open();
    }

    /**
     * A drill child's log (system clock, UTC): its write failures and recoveries are said on stdout, one line each,
     * for the parent to read ("failed ..." and "recovered").
     */
    static Storage openSaying(Path dbFile, java.util.function.Consumer<String> say) {
        return open(dbFile, Clock.systemUTC(), java.time.ZoneOffset.UTC, new StorageStatusListener() {
            @Override
            public void writeFailed(String plainMessage) {
                say.accept("failed " + plainMessage);
            }

            @Override
            public void writeRecovered() {
                say.accept("recovered");
            }
        });
    }
}
