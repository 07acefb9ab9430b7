package dev.unknot.domain;

import java.util.List;

/** The two routines the guide describes. The QL is left out of Low back: the guide brings it in days later. */
public final class BuiltInRoutines {
    public static final String UPPER_BACK = "builtin:upper_back";
    public static final String LOW_BACK = "builtin:low_back";

    private final List<Routine> routines;

    public BuiltInRoutines(TargetCatalogue catalogue) {
        routines = List.of(
                new Routine(LOW_BACK, "Low back", List.of(
                        Step.usual(catalogue.byId(TargetCatalogue.GLUTE_MAX)),
                        Step.usual(catalogue.byId(TargetCatalogue.PIRIFORMIS)),
                        Step.usual(catalogue.byId(TargetCatalogue.GLUTE_MED_MIN)),
                        Step.usual(catalogue.byId(TargetCatalogue.TLF)),
                        Step.usual(catalogue.byId(TargetCatalogue.PSOAS))), true),
                new Routine(UPPER_BACK, "Upper back", List.of(
                        Step.usual(catalogue.byId(TargetCatalogue.UPPER_BACK))), true));
    }

    /** Low back first: it is the one selected on a fresh install. */
    public List<Routine> all() {
        return routines;
    }

    public Routine defaultRoutine() {
        return routines.get(0);
    }
}
