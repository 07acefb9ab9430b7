package dev.unknot.domain.editing;

/** The editor's fields an error can belong to. NAME and STEPS belong to the routine; the rest to one step. */
public enum DraftField {
    NAME,
    STEPS,
    TOOL,
    SIDES,
    MINUTES;

    public boolean perStep() {
        return this == TOOL || this == SIDES || this == MINUTES;
    }
}
