package dev.unknot.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The two routines the guide describes. The QL is left out of Low back: the guide brings it in days later, and
 * {@link #lowBack(boolean)} appends it when the QL rule offers it.
 *
 * <p>Each built-in step runs for the person's minutes for its target ({@link Settings#minutesFor(Target)}); the
 * QL, when appended, always runs {@link #QL_MINUTES} per side ("a little bit of the QL"), whatever the setting
 * says. The person's QL setting applies where they put the QL in a routine of their own.
 */
public final class BuiltInRoutines {
    public static final String UPPER_BACK = "builtin:upper_back";
    public static final String LOW_BACK = "builtin:low_back";
    /** Minutes per side for the QL when it joins Low back. */
    public static final int QL_MINUTES = 5;

    private final List<Routine> routines;
    private final Routine lowBackWithQl;

    /** The built-ins at the catalogue's default minutes. */
    public BuiltInRoutines(TargetCatalogue catalogue) {
        this(catalogue, Settings.defaults(catalogue));
    }

    /** The built-ins at the person's minutes. */
    public BuiltInRoutines(TargetCatalogue catalogue, Settings settings) {
        Routine lowBack = new Routine(LOW_BACK, "Low back", List.of(
                step(catalogue, TargetCatalogue.GLUTE_MAX, settings),
                step(catalogue, TargetCatalogue.PIRIFORMIS, settings),
                step(catalogue, TargetCatalogue.GLUTE_MED_MIN, settings),
                step(catalogue, TargetCatalogue.TLF, settings),
                step(catalogue, TargetCatalogue.PSOAS, settings)), true);
        routines = List.of(lowBack,
                new Routine(UPPER_BACK, "Upper back", List.of(
                        step(catalogue, TargetCatalogue.UPPER_BACK, settings)), true));
        List<Step> withQl = new ArrayList<>(lowBack.steps());
        withQl.add(qlStep(catalogue.byId(TargetCatalogue.QL)));
        lowBackWithQl = new Routine(LOW_BACK, lowBack.name(), withQl, true);
    }

    private static Step step(TargetCatalogue catalogue, String targetId, Settings settings) {
        Target target = catalogue.byId(targetId);
        return new Step(target, target.usualTool(), target.usualSides(), settings.minutesFor(target));
    }

    private static Step qlStep(Target ql) {
        return new Step(ql, Tool.LACROSSE_BALL, Sides.BOTH, QL_MINUTES);
    }

    /** Low back first: it is the one selected on a fresh install. */
    public List<Routine> all() {
        return routines;
    }

    public Routine defaultRoutine() {
        return routines.get(0);
    }

    /** Low back without the QL. */
    public Routine lowBack() {
        return routines.get(0);
    }

    public Routine upperBack() {
        return routines.get(1);
    }

    /**
     * Low back with the QL appended as its last step: lacrosse ball, left then right, {@link #QL_MINUTES} per side.
     * Same id and name as {@link #lowBack()}: it is the same routine, so history groups both together.
     */
    public Routine lowBackWithQl() {
        return lowBackWithQl;
    }

    /** Low back, with the QL appended when {@code qlOffered} (see {@code dev.unknot.domain.advice.QlRule}). */
    public Routine lowBack(boolean qlOffered) {
        return qlOffered ? lowBackWithQl : lowBack();
    }

    /** The built-in with this id (Low back without the QL for {@link #LOW_BACK}); empty for any other id. */
    public Optional<Routine> find(String id) {
        return routines.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * A built-in routine with each step at the person's minutes (an appended QL stays at {@link #QL_MINUTES});
     * a custom routine is returned unchanged, because its per-step minutes are the person's own choice and
     * override the target's setting.
     */
    public static Routine withDurations(Routine routine, Settings settings) {
        if (!routine.builtIn()) {
            return routine;
        }
        List<Step> steps = routine.steps().stream()
                .map(s -> s.target().id().equals(TargetCatalogue.QL)
                        ? s
                        : new Step(s.target(), s.tool(), s.sides(), settings.minutesFor(s.target())))
                .toList();
        return new Routine(routine.id(), routine.name(), steps, true);
    }
}
