package dev.unknot.domain.editing;

import dev.unknot.domain.Durations;
import dev.unknot.domain.Routine;
import dev.unknot.domain.Settings;
import dev.unknot.domain.Sides;
import dev.unknot.domain.Step;
import dev.unknot.domain.Target;
import dev.unknot.domain.Tool;
import dev.unknot.domain.ValidationException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A custom routine being edited. Immutable: every operation returns a new draft and leaves this one as it was,
 * so the editor can keep the previous draft for undo or cancel.
 *
 * <p>Step indexes are 0-based; an index outside the steps is a programming error
 * ({@link IndexOutOfBoundsException}); {@link #canMoveUp} and {@link #canMoveDown} say whether a step has a
 * neighbour to swap with.
 *
 * @param id    {@code custom:<uuid>}, or the id of the custom routine being edited
 * @param name  the name as typed (checked and trimmed only by {@link #check})
 * @param steps the steps in order
 */
public record RoutineDraft(String id, String name, List<DraftStep> steps) {
    /** The longest name a routine may have: it stays on one line as a heading and in the home screen's list. */
    public static final int MAX_NAME_LENGTH = 40;


    public static final String ID_PREFIX = "custom:";
    public static final String COPY_SUFFIX = " (copy)";

    public RoutineDraft {
        Objects.requireNonNull(id);
        name = name == null ? "" : name;
        steps = List.copyOf(steps);
    }

    // ---- starting points ------------------------------------------------------------------------------

    /** A new routine with no name and no steps. */
    public static RoutineDraft blank(UUID newId) {
        return new RoutineDraft(ID_PREFIX + newId, "", List.of());
    }

    /**
     * A copy of any routine, built-in or not, with a new id, named so that it clashes with none of
     * {@code takenNames} (case-insensitive): "Low back (copy)", else "Low back (copy 2)", "Low back (copy 3)", …
     */
    public static RoutineDraft copyOf(Routine source, UUID newId, Collection<String> takenNames) {
        return new RoutineDraft(ID_PREFIX + newId, copyName(source.name(), takenNames),
                source.steps().stream().map(DraftStep::of).toList());
    }

    /** Editing a custom routine in place: same id, same name. A built-in is refused: copy it instead. */
    public static RoutineDraft editing(Routine custom) {
        if (custom.builtIn()) {
            throw new ValidationException("\"" + custom.name() + "\" is built in and cannot be changed; copy it to "
                    + "make your own version.");
        }
        return new RoutineDraft(custom.id(), custom.name(), custom.steps().stream().map(DraftStep::of).toList());
    }

    /** "Evening (copy)", "Evening (copy 2)" …: free, and within {@link #MAX_NAME_LENGTH} (the name cut if need be). */
    static String copyName(String name, Collection<String> takenNames) {
        String candidate = fitted(name, COPY_SUFFIX);
        for (int n = 2; takenBy(candidate, takenNames).isPresent(); n++) {
            candidate = fitted(name, " (copy " + n + ")");
        }
        return candidate;
    }

    private static String fitted(String name, String suffix) {
        int room = MAX_NAME_LENGTH - suffix.length();
        String base = name.codePointCount(0, name.length()) <= room ? name
                : name.substring(0, name.offsetByCodePoints(0, room)).strip();
        return base + suffix;
    }

    // ---- operations -----------------------------------------------------------------------------------

    public RoutineDraft renamed(String newName) {
        return new RoutineDraft(id, newName, steps);
    }

    /** Appends a step for {@code target}: its usual tool and sides, the person's minutes for it. */
    public RoutineDraft withStepAdded(Target target, Settings settings) {
        List<DraftStep> changed = new ArrayList<>(steps);
        changed.add(DraftStep.usual(target, settings));
        return withSteps(changed);
    }

    public RoutineDraft withStepRemoved(int index) {
        Objects.checkIndex(index, steps.size());
        List<DraftStep> changed = new ArrayList<>(steps);
        changed.remove(index);
        return withSteps(changed);
    }

    /** Moves step {@code from} so that it ends up at index {@code to}; the steps between shift by one. */
    public RoutineDraft withStepMoved(int from, int to) {
        Objects.checkIndex(from, steps.size());
        Objects.checkIndex(to, steps.size());
        List<DraftStep> changed = new ArrayList<>(steps);
        changed.add(to, changed.remove(from));
        return withSteps(changed);
    }

    public boolean canMoveUp(int index) {
        return index > 0 && index < steps.size();
    }

    public boolean canMoveDown(int index) {
        return index >= 0 && index < steps.size() - 1;
    }

    public RoutineDraft withTool(int index, Tool tool) {
        Objects.requireNonNull(tool);
        return withStep(index, steps.get(Objects.checkIndex(index, steps.size())).withTool(tool));
    }

    public RoutineDraft withSides(int index, Sides sides) {
        Objects.requireNonNull(sides);
        return withStep(index, steps.get(Objects.checkIndex(index, steps.size())).withSides(sides));
    }

    /** Keeps the minutes exactly as typed; {@link #check} judges them with {@link Durations#parseMinutes}. */
    public RoutineDraft withMinutes(int index, String typed) {
        return withStep(index, steps.get(Objects.checkIndex(index, steps.size())).withMinutesText(typed));
    }

    private RoutineDraft withStep(int index, DraftStep step) {
        List<DraftStep> changed = new ArrayList<>(steps);
        changed.set(index, step);
        return withSteps(changed);
    }

    private RoutineDraft withSteps(List<DraftStep> changed) {
        return new RoutineDraft(id, name, changed);
    }

    // ---- checking -------------------------------------------------------------------------------------

    /**
     * Every problem with this draft, and the routine when there is none.
     *
     * @param otherNames the names of every other routine, built-ins included, but not this one's saved name
     *                   (compared trimmed and case-insensitively)
     */
    public DraftCheck check(Collection<String> otherNames) {
        List<DraftError> errors = new ArrayList<>();
        String trimmed = name.strip();
        Optional<String> taken = takenBy(trimmed, otherNames);
        int length = trimmed.codePointCount(0, trimmed.length());
        if (trimmed.isEmpty()) {
            errors.add(DraftError.ofRoutine(DraftField.NAME, "A routine needs a name."));
        } else if (length > MAX_NAME_LENGTH) {
            errors.add(DraftError.ofRoutine(DraftField.NAME, "A routine's name can be at most " + MAX_NAME_LENGTH
                    + " characters; this one has " + length + "."));
        } else if (taken.isPresent()) {
            errors.add(DraftError.ofRoutine(DraftField.NAME, "There is already a routine called \"" + taken.get()
                    + "\" (names differ by more than capitals); choose a different name."));
        }
        if (steps.isEmpty()) {
            errors.add(DraftError.ofRoutine(DraftField.STEPS, "A routine needs at least one step."));
        }
        List<Step> built = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            DraftStep step = steps.get(i);
            Target target = step.target();
            int before = errors.size();
            if (!target.suits(step.tool())) {
                errors.add(DraftError.ofStep(DraftField.TOOL, i, step.tool().label() + " does not suit the "
                        + target.name() + "; use " + toolChoices(target) + "."));
            }
            if (!step.sides().allowedFor(target)) {
                errors.add(DraftError.ofStep(DraftField.SIDES, i, target.perSide()
                        ? target.name() + " is worked one side at a time; choose left, right or both."
                        : target.name() + " is worked in the centre, not by side; choose centre."));
            }
            int minutes = 0;
            try {
                minutes = Durations.parseMinutes(step.minutesText());
            } catch (ValidationException e) {
                errors.add(DraftError.ofStep(DraftField.MINUTES, i, e.getMessage()));
            }
            if (errors.size() == before) {
                built.add(new Step(target, step.tool(), step.sides(), minutes));
            }
        }
        if (!errors.isEmpty()) {
            return new DraftCheck(errors, Optional.empty());
        }
        return new DraftCheck(List.of(), Optional.of(new Routine(id, trimmed, built, false)));
    }

    /** The other routine's name, as it is spelled, that {@code name} would clash with. */
    private static Optional<String> takenBy(String name, Collection<String> otherNames) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return otherNames.stream().filter(Objects::nonNull)
                .filter(n -> n.strip().toLowerCase(Locale.ROOT).equals(wanted)).map(String::strip).findFirst();
    }

    private static String toolChoices(Target target) {
        List<String> labels = target.tools().stream().map(t -> t.label().toLowerCase(Locale.ROOT)).toList();
        if (labels.size() == 1) {
            return "a " + labels.get(0);
        }
        return "a " + labels.subList(0, labels.size() - 1).stream().collect(Collectors.joining(", a "))
                + " or a " + labels.get(labels.size() - 1);
    }
}
