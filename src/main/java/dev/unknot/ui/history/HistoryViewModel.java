package dev.unknot.ui.history;

import dev.unknot.domain.DateInput;
import dev.unknot.domain.HistoryFilter;
import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.LoggedStep;
import dev.unknot.domain.StepOutcome;
import dev.unknot.domain.store.SessionArchive;
import dev.unknot.domain.SessionSummary;
import dev.unknot.domain.Side;
import dev.unknot.domain.Target;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;
import dev.unknot.domain.ValidationException;
import dev.unknot.ui.Failures;
import dev.unknot.ui.Format;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;

/**
 * Every logged session, newest first, filtered by date range and target; one session's steps; delete with a
 * confirmation and undo for as long as the app runs (this view-model lives as long as the window).
 */
public final class HistoryViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.ENGLISH);

    /** One line of the session list, ready to show. */
    public record SessionRow(long id, String when, String routine, String worked, String status, String pain) {
    }

    /** One line of a session's steps. */
    public record StepRow(String target, String side, String tool, String planned, String worked, String outcome) {
    }

    private final SessionArchive archive;
    private final TargetCatalogue catalogue;
    private final ZoneId zone;
    private final Executor fx;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>();
    private final ObservableList<SessionRow> sessions = FXCollections.observableArrayList();
    /** Kept, not made per call: a view listening to a fresh wrapper could lose its listener to the collector. */
    private final ObservableList<SessionRow> sessionsView = FXCollections.unmodifiableObservableList(sessions);
    private final ObjectProperty<SessionRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    private final ObservableList<StepRow> stepsView = FXCollections.unmodifiableObservableList(steps);
    private final ReadOnlyStringWrapper detailTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detailNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fromError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper toError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper confirmingDelete = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final Deque<LoggedSession> deleted = new ArrayDeque<>();
    /** Answers to older requests are dropped, so a slow query never overwrites a newer one. */
    private long generation;

    /** @param fx runs a result on the UI thread ({@code Platform::runLater} in the app) */
    public HistoryViewModel(SessionArchive archive, TargetCatalogue catalogue, ZoneId zone, Executor fx) {
        this.archive = archive;
        this.catalogue = catalogue;
        this.zone = zone;
        this.fx = fx;
        from.addListener((o, a, b) -> {
            fromError.set("");
            refresh();
        });
        to.addListener((o, a, b) -> {
            toError.set("");
            refresh();
        });
        target.addListener((o, a, b) -> refresh());
        selected.addListener((o, a, b) -> loadSteps(b));
    }

    // ---- Commands ------------------------------------------------------------------------------------

    /** Reloads the list with the current filters (call when the screen is shown). */
    public void refresh() {
        if (from.get() != null && to.get() != null && from.get().isAfter(to.get())) {
            message.set("The \"from\" date is after the \"to\" date, so no session can match. Change one of them.");
            sessions.clear();
            selected.set(null); // nothing listed, nothing shown or deleted
            return;
        }
        long asked = ++generation;
        HistoryFilter filter = new HistoryFilter(Optional.ofNullable(from.get()), Optional.ofNullable(to.get()),
                Optional.ofNullable(target.get()).map(Target::id));
        archive.history(filter).whenCompleteAsync((found, error) -> {
            if (asked != generation) {
                return;
            }
            if (error != null) {
                message.set("The history could not be read: " + Failures.message(error));
                return;
            }
            Long keep = selected.get() == null ? null : selected.get().id();
            sessions.setAll(found.stream().map(this::row).toList());
            emptyText.set(filter.equals(HistoryFilter.ALL)
                    ? "No sessions yet — press Enter on the start screen to start one."
                    : "No session matches these filters.");
            selected.set(sessions.stream().filter(r -> keep != null && r.id() == keep).findFirst()
                    .orElse(sessions.isEmpty() ? null : sessions.get(0)));
            if (message.get().startsWith("The \"from\"") || message.get().startsWith("The history")) {
                message.set("");
            }
        }, fx);
    }

    public void clearFilters() {
        fromError.set("");
        toError.set("");
        from.set(null);
        to.set(null);
        target.set(null);
    }

    /** Delete key: asks first. */
    public void requestDelete() {
        if (selected.get() != null) {
            confirmingDelete.set(true);
        }
    }

    public void cancelDelete() {
        confirmingDelete.set(false);
    }

    public void confirmDelete() {
        SessionRow row = selected.get();
        confirmingDelete.set(false);
        if (row == null || !sessions.contains(row)) {
            return; // only a session the list shows can be deleted
        }
        archive.delete(row.id()).whenCompleteAsync((gone, error) -> {
            if (error != null) {
                message.set("The session was not deleted: " + Failures.message(error));
                return;
            }
            deleted.push(gone);
            canUndo.set(true);
            message.set("Deleted the session of " + row.when() + ". Undo with Ctrl+Z until you close Unknot.");
            int index = sessions.indexOf(row);
            sessions.remove(row);
            selected.set(sessions.isEmpty() ? null : sessions.get(Math.min(index, sessions.size() - 1)));
        }, fx);
    }

    /** Puts back the most recently deleted session. */
    public void undo() {
        LoggedSession last = deleted.peek();
        if (last == null) {
            return;
        }
        archive.undelete(last).whenCompleteAsync((v, error) -> {
            if (error != null) {
                message.set("The session could not be put back: " + Failures.message(error));
                return;
            }
            deleted.pop();
            canUndo.set(!deleted.isEmpty());
            message.set("Put back the session of " + when(last) + ".");
            refresh();
        }, fx);
    }

    /**
     * The "from" day as typed: a day is taken; anything else keeps the filter as it was and says what is wrong
     * beside the field. Returns the day the field should show.
     */
    public LocalDate typedFrom(String text) {
        return typed(text, from, fromError);
    }

    /** As {@link #typedFrom}, for the "to" day. */
    public LocalDate typedTo(String text) {
        return typed(text, to, toError);
    }

    private static LocalDate typed(String text, ObjectProperty<LocalDate> day, ReadOnlyStringWrapper error) {
        try {
            LocalDate parsed = DateInput.parse(text).orElse(null);
            error.set("");
            return parsed;
        } catch (ValidationException e) {
            error.set(e.getMessage() + (day.get() == null ? " No date is used until it is right."
                    : " The list still starts or ends at " + day.get() + "."));
            return day.get();
        }
    }

    /** What is wrong with the typed "from" day; empty when nothing is. */
    public ReadOnlyStringProperty fromErrorProperty() {
        return fromError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty toErrorProperty() {
        return toError.getReadOnlyProperty();
    }

    // ---- State ---------------------------------------------------------------------------------------

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The target filter; null for all targets. */
    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    public List<Target> targets() {
        return catalogue.all();
    }

    public ObservableList<SessionRow> sessions() {
        return sessionsView;
    }

    /** The session whose steps are shown; the list's selection drives it. */
    public ObjectProperty<SessionRow> selectedProperty() {
        return selected;
    }

    public ObservableList<StepRow> steps() {
        return stepsView;
    }

    public ReadOnlyStringProperty detailTitleProperty() {
        return detailTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailNoteProperty() {
        return detailNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty confirmingDeleteProperty() {
        return confirmingDelete.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    // ---- Internals -----------------------------------------------------------------------------------

    private void loadSteps(SessionRow row) {
        steps.clear();
        detailTitle.set(row == null ? "" : row.when() + " · " + row.routine());
        detailNote.set("");
        if (row == null) {
            return;
        }
        archive.find(row.id()).whenCompleteAsync((found, error) -> {
            if (selected.get() != row) {
                return;
            }
            if (error != null) {
                message.set("The steps could not be read: " + Failures.message(error));
                return;
            }
            found.ifPresent(s -> {
                List<StepOutcome> outcomes = StepOutcome.of(s);
                List<StepRow> rows = new ArrayList<>(s.steps().size());
                for (int i = 0; i < s.steps().size(); i++) {
                    rows.add(stepRow(s.steps().get(i), outcomes.get(i)));
                }
                steps.setAll(rows);
                detailNote.set(s.note().isBlank() ? "" : "Note: " + s.note());
            });
        }, fx);
    }

    private SessionRow row(SessionSummary s) {
        return new SessionRow(s.id(), WHEN.format(s.startedAt().atZone(zone)), s.routineName(),
                Math.round(s.doneSeconds() / 60.0) + " / " + Format.minutesShort(s.plannedSeconds()),
                s.status().label(), pain(s.painBefore(), s.painAfter()));
    }

    private String when(LoggedSession s) {
        return WHEN.format(s.startedAt().atZone(zone));
    }

    static String pain(OptionalInt before, OptionalInt after) {
        if (before.isEmpty() && after.isEmpty()) {
            return "";
        }
        return score(before) + " → " + score(after);
    }

    private static String score(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : "–";
    }

    private StepRow stepRow(LoggedStep step, StepOutcome outcome) {
        String targetName = catalogue.find(step.targetId()).map(Target::name).orElse(step.targetId());
        String side = safe(() -> Side.byId(step.sideId()).shortLabel(), step.sideId());
        String tool = safe(() -> Tool.byId(step.toolId()).label(), step.toolId());
        return new StepRow(targetName, side, tool, Format.minutes(step.plannedSeconds()),
                step.doneSeconds() == 0 ? "—" : Format.minutes(step.doneSeconds()), outcome.label());
    }

    /** An old log may name a side or tool this version no longer knows: show the stored id. */
    private static String safe(java.util.function.Supplier<String> label, String fallback) {
        try {
            return label.get();
        } catch (RuntimeException unknown) {
            return fallback;
        }
    }
}
