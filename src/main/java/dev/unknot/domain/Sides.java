package dev.unknot.domain;

import java.util.List;

/** Which sides a routine step works, in order. Per-side targets take LEFT, RIGHT or BOTH; central ones CENTRAL. */
public enum Sides {
    BOTH(List.of(Side.LEFT, Side.RIGHT), "Left, then right"),
    LEFT(List.of(Side.LEFT), "Left only"),
    RIGHT(List.of(Side.RIGHT), "Right only"),
    CENTRAL(List.of(Side.CENTRAL), "Centre");

    private final List<Side> order;
    private final String label;

    Sides(List<Side> order, String label) {
        this.order = order;
        this.label = label;
    }

    public List<Side> order() {
        return order;
    }

    public String label() {
        return label;
    }

    public boolean allowedFor(Target target) {
        return target.perSide() != (this == CENTRAL);
    }
}
