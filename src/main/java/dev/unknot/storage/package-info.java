/**
 * The session log: the one package that talks to the database (SQLite over JDBC, {@code java.sql}).
 *
 * <p>{@link dev.unknot.storage.Storage} owns the only connection and the only thread that uses it
 * ("unknot-storage"); everything else hands it immutable values and gets {@link java.util.concurrent.CompletableFuture}s
 * back, so the UI thread never waits on the disk. The schema lives in {@link dev.unknot.storage.Schema} as
 * forward-only migrations. Failures are turned into plain words for the person using the app
 * ({@link dev.unknot.storage.StorageException}, {@link dev.unknot.storage.StorageStatusListener}).
 *
 * <p>Nothing here may depend on JavaFX or on the ui and app packages (see the architecture test).
 */
package dev.unknot.storage;
