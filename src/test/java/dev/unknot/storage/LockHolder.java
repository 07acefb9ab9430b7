package dev.unknot.storage;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A second Unknot, as far as the lock goes, for {@link InstanceLockTest}: run in its own JVM with the log's path,
 * it takes the log's lock and prints "locked", then holds it until a line (or the end) comes on stdin. If the lock
 * is held already it prints "already running" and exits with 3.
 */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        InstanceLock lock;
        try {
            lock = InstanceLock.acquire(Path.of(args[0]));
        } catch (AlreadyRunningException e) {
            System.out.println("already running");
            System.out.flush();
            System.exit(3);
            return;
        }
        try (lock) {
            System.out.println(lock.isHeld() ? "locked" : "could not lock");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
    }
}
