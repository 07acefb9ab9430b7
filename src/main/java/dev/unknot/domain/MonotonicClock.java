package dev.unknot.domain;

/**
 * Elapsed-time source. Only differences between readings mean anything; it never jumps when the wall clock
 * is changed. Production uses {@link System#nanoTime()}; tests move a fake one by hand.
 */
@FunctionalInterface
public interface MonotonicClock {
    long nanoTime();

    static MonotonicClock system() {
        return System::nanoTime;
    }
}
