package dev.unknot.app;

import dev.unknot.domain.FakeClock;
import dev.unknot.domain.Routine;
import dev.unknot.domain.SessionEngine;
import dev.unknot.domain.SessionPlan;
import dev.unknot.storage.SessionRecorder;
import dev.unknot.storage.Storage;
import dev.unknot.storage.TestLogs;
import dev.unknot.storage.StorageStatusListener;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/** Writes sessions into a log file through the real engine and storage, at chosen wall-clock times. */
final class SeededLog {
    private SeededLog() {
    }

    /** Runs {@code routine} from {@code startedAt}, working {@code workSeconds} in all, then ends it early (or it finishes). */
    static void session(Path db, ZoneId zone, Instant startedAt, Routine routine, int workSeconds,
                        OptionalInt painBefore, OptionalInt painAfter, String note) throws Exception {
        Storage storage = TestLogs.open(db, Clock.fixed(startedAt, ZoneOffset.UTC), zone, StorageStatusListener.NONE);
        try {
            storage.ready().get(10, TimeUnit.SECONDS);
            SessionRecorder recorder = storage.sessions().newSessionRecorder(painBefore);
            FakeClock clock = new FakeClock();
            SessionEngine engine = new SessionEngine(SessionPlan.of(routine, 0), clock, recorder);
            engine.start();
            clock.advanceSeconds(workSeconds);
            engine.tick();
            engine.endEarly();
            long id = recorder.sessionId().get(10, TimeUnit.SECONDS);
            storage.sessions().saveReflection(id, painAfter, note).get(10, TimeUnit.SECONDS);
            storage.flush().get(10, TimeUnit.SECONDS);
        } finally {
            storage.close();
        }
    }

    /**
     * Starts {@code routine} at {@code startedAt} and works {@code workSeconds}, then the app is gone (a crash, a
     * power cut): the session is left running in the log, as its last checkpoint had it.
     */
    static void cutShort(Path db, ZoneId zone, Instant startedAt, Routine routine, int workSeconds) throws Exception {
        Storage storage = TestLogs.open(db, Clock.fixed(startedAt, ZoneOffset.UTC), zone, StorageStatusListener.NONE);
        try {
            storage.ready().get(10, TimeUnit.SECONDS);
            SessionRecorder recorder = storage.sessions().newSessionRecorder(OptionalInt.empty());
            FakeClock clock = new FakeClock();
            SessionEngine engine = new SessionEngine(SessionPlan.of(routine, 0), clock, recorder);
            engine.start();
            clock.advanceSeconds(workSeconds);
            engine.togglePause(); // a checkpoint of the seconds so far
            recorder.sessionId().get(10, TimeUnit.SECONDS);
            storage.flush().get(10, TimeUnit.SECONDS);
        } finally {
            storage.close();
        }
    }
}
