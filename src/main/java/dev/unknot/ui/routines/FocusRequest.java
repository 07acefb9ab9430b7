package dev.unknot.ui.routines;

/**
 * Where the keyboard goes after something the person did. Each request is a new object, equal only to itself, so
 * asking for the same place twice (removing the first step twice) is seen twice.
 */
public final class FocusRequest {
    /** The places the editor sends the focus to. */
    public enum Spot {
        /** The list of routines. */
        LIST,
        /** The name field, its text selected, to name a new routine. */
        NAME,
        /** A step's remove button ({@link #step()} says which step). */
        STEP,
        /** The target chooser for adding a step. */
        ADD_STEP,
        /** The question's "keep" answer (Escape's), while it is asked. */
        QUESTION,
        /** Back where it was before the question, if that is still there to take it; else the list. */
        BACK
    }

    private final Spot spot;
    private final int step;

    private FocusRequest(Spot spot, int step) {
        this.spot = spot;
        this.step = step;
    }

    public static FocusRequest to(Spot spot) {
        return new FocusRequest(spot, -1);
    }

    /** To the remove button of step {@code step} (0-based). */
    public static FocusRequest toStep(int step) {
        return new FocusRequest(Spot.STEP, step);
    }

    public Spot spot() {
        return spot;
    }

    /** For {@link Spot#STEP}: which step; else -1. */
    public int step() {
        return step;
    }

    @Override
    public String toString() {
        return spot == Spot.STEP ? "STEP " + step : spot.name();
    }
}
