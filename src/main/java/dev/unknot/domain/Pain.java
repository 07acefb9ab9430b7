package dev.unknot.domain;

/** A 0–10 pain rating, as people give it: 0 none, 10 the worst imaginable. Always optional. */
public final class Pain {
    public static final int MIN = 0;
    public static final int MAX = 10;

    private Pain() {
    }

    public static int requireScore(int score) {
        if (score < MIN || score > MAX) {
            throw new ValidationException("Pain is rated from " + MIN + " to " + MAX + " (got " + score + ").");
        }
        return score;
    }
}
