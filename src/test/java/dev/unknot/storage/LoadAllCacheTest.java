package dev.unknot.storage;

import dev.unknot.domain.HistoryFilter;
import dev.unknot.domain.LoggedSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

import static dev.unknot.storage.OpenStorage.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** loadAll keeps what it read (LoadedLog) and gives exactly what a fresh read would after every kind of write. */
class LoadAllCacheTest {
    private static final Instant T0 = Instant.parse("2026-11-25T22:07:54.321Z");

    @RegisterExtension
    final OpenStorage open = new OpenStorage(T0);

    private long endedSession(int worked) throws Exception {
        SessionDriver session = new SessionDriver(open.storage().sessions().newSessionRecorder(OptionalInt.of(5)),
                open.wall(), SessionDriver.lowBack());
        session.startAndWork(worked);
        session.engine.endEarly();
        long id = await(session.recorder.sessionId());
        open.wall().advance(Duration.ofHours(1));
        return id;
    }

    /** What a read of each session on its own gives, in loadAll's order. */
    private List<LoggedSession> readOneByOne() throws Exception {
        List<LoggedSession> all = new ArrayList<>();
        for (var summary : await(open.storage().sessions().history(HistoryFilter.ALL))) {
            all.add(await(open.storage().sessions().find(summary.id())).orElseThrow());
        }
        all.sort(Comparator.comparing(LoggedSession::startedAt).thenComparingLong(LoggedSession::id));
        return all;
    }

    private void assertLoadAllIsFresh(String after) throws Exception {
        assertEquals(readOneByOne(), await(open.storage().sessions().loadAll()), "after " + after);
    }

    @Test
    void anUnchangedLogIsNotReadAgain() throws Exception {
        endedSession(40);
        endedSession(60);
        List<LoggedSession> first = await(open.storage().sessions().loadAll());
        assertEquals(2, first.size());
        assertSame(first, await(open.storage().sessions().loadAll()), "the same list, not a second read of the log");
    }

    @Test
    void everyKindOfWriteShowsInTheNextLoad() throws Exception {
        long a = endedSession(40);
        long b = endedSession(60);
        assertLoadAllIsFresh("two sessions");

        await(open.storage().sessions().saveReflection(a, OptionalInt.of(2), "looser"));
        assertLoadAllIsFresh("a rating and a note");

        LoggedSession deleted = await(open.storage().sessions().delete(b));
        assertLoadAllIsFresh("a delete");
        await(open.storage().sessions().undelete(deleted));
        assertLoadAllIsFresh("an undelete");

        // A running session: each checkpoint patches its session into what was loaded.
        SessionDriver live = new SessionDriver(open.storage(), open.wall());
        live.startAndWork(30);
        long id = await(live.recorder.sessionId());
        assertLoadAllIsFresh("a new running session");
        live.pass(40);
        await(open.storage().flush());
        assertLoadAllIsFresh("its later checkpoints");
        assertTrue(await(open.storage().sessions().loadAll()).stream().anyMatch(s -> s.id() == id));

        // Another connection writes to the file (as a restore or another tool would).
        try (RawDb db = new RawDb(open.file())) {
            db.execute("UPDATE session SET note = 'from elsewhere' WHERE id = " + a);
        }
        assertEquals("from elsewhere", await(open.storage().sessions().loadAll()).stream().filter(s -> s.id() == a)
                .findFirst().orElseThrow().note());
        assertLoadAllIsFresh("a write by another connection");
    }
}
