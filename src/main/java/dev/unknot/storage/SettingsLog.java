package dev.unknot.storage;

import dev.unknot.domain.Settings;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.store.SettingsStore;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** What the person has tuned, in the log. Every call returns at once; the work is queued on the log's one thread. */
public final class SettingsLog implements SettingsStore {
    private final LogQueue queue;
    private final TargetCatalogue catalogue;

    SettingsLog(LogQueue queue, TargetCatalogue catalogue) {
        this.queue = queue;
        this.catalogue = Objects.requireNonNull(catalogue);
    }

    /**
     * The settings. One never saved reads as its default ({@link Settings#defaults}); a stored value this version
     * cannot use (out of range, not a number, for a target it does not know) is logged and read as its default too,
     * so the rest still loads.
     */
    @Override
    public CompletableFuture<Settings> load() {
        return queue.submit(() -> queue.read(c -> Transactions.inDeferred(c, conn -> SettingsTable.load(conn, catalogue))));
    }

    /**
     * Keeps every setting in one transaction, replacing what was kept; a target missing from the minutes map goes
     * back to its default. The selected routine is not a setting here and is left alone.
     */
    @Override
    public CompletableFuture<Void> save(Settings settings) {
        Objects.requireNonNull(settings);
        return queue.submit(() -> queue.write(c -> {
            SettingsTable.save(c, settings);
            return null;
        }, false));
    }
}
