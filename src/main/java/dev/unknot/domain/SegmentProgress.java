package dev.unknot.domain;

/**
 * How far one segment has got.
 *
 * @param doneSeconds     whole seconds really worked on it (pauses and positioning excluded)
 * @param allottedSeconds planned seconds plus extensions (and a fresh round when revisited after completion)
 */
public record SegmentProgress(Segment segment, int doneSeconds, int allottedSeconds) {
}
