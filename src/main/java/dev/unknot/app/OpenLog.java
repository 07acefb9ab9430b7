package dev.unknot.app;

import dev.unknot.storage.Storage;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The app's log as the screens reach it. The storage opens after the first frame, so a request in that instant
 * gets a plain "not open yet" rather than a crash; a request that is refused at once (bad input) fails its future.
 */
final class OpenLog {
    private final Supplier<Storage> storage;

    OpenLog(Supplier<Storage> storage) {
        this.storage = storage;
    }

    <T> CompletableFuture<T> call(Function<Storage, CompletableFuture<T>> request) {
        Storage open = storage.get();
        if (open == null) {
            return CompletableFuture.failedFuture(
                    new IllegalStateException("The log is still being opened; try again in a moment."));
        }
        try {
            return request.apply(open);
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }
}
