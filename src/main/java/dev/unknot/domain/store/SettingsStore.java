package dev.unknot.domain.store;

import dev.unknot.domain.Settings;

import java.util.concurrent.CompletableFuture;

/** Where the settings live (the log's database in the app). */
public interface SettingsStore {
    CompletableFuture<Settings> load();

    CompletableFuture<Void> save(Settings settings);
}
