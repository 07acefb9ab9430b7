package dev.unknot.ui.routines;

import dev.unknot.domain.Routine;

import java.util.Objects;

/** One routine in the editor's list. */
public record RoutineItem(Routine routine) {
    public RoutineItem {
        Objects.requireNonNull(routine);
    }

    public String id() {
        return routine.id();
    }

    public String name() {
        return routine.name();
    }

    public boolean builtIn() {
        return routine.builtIn();
    }

    /** The name, marked when built in. */
    public String label() {
        return builtIn() ? routine.name() + "  · built-in" : routine.name();
    }

    @Override
    public String toString() {
        return label();
    }
}
