package dev.unknot.ui.home;

import dev.unknot.domain.store.EpisodeStore;
import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.Region;
import dev.unknot.domain.SpasmEpisode;
import dev.unknot.domain.advice.DoctorNotice;
import dev.unknot.domain.advice.EpisodeAdvice;
import dev.unknot.domain.advice.Episodes;
import dev.unknot.ui.Failures;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "I have a spasm now": records the onset, then shows the guide's advice (rest first for about 24 hours, then
 * SMR), and a doctor notice when the rules call for one. Nothing here ever stands between the person and Enter.
 */
public final class EpisodesViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    private final EpisodeStore store;
    private final Supplier<Instant> now;
    private final ZoneId zone;
    private final Executor fx;
    private Consumer<List<SpasmEpisode>> onChanged = e -> { };

    private final ReadOnlyBooleanWrapper formOpen = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper ongoing = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>(Region.LOW_BACK);
    private final ObjectProperty<Integer> severity = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper episodeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper adviceText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper doctorText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private List<SpasmEpisode> episodes = List.of();
    private SpasmEpisode current;
    private SpasmEpisode lastRelieved;
    private final ReadOnlyBooleanWrapper confirmingRelieved = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndoRelieved = new ReadOnlyBooleanWrapper();

    public EpisodesViewModel(EpisodeStore store, Supplier<Instant> now, ZoneId zone, Executor fx) {
        this.store = store;
        this.now = now;
        this.zone = zone;
        this.fx = fx;
    }

    /** Told the episodes whenever they change (the QL rule and the start warning depend on them). */
    public void setOnChanged(Consumer<List<SpasmEpisode>> onChanged) {
        this.onChanged = onChanged;
    }

    // ---- Commands ------------------------------------------------------------------------------------

    public void refresh() {
        store.all().thenCombine(store.recentSessions(), Loaded::new).whenCompleteAsync((loaded, error) -> {
            if (error != null) {
                message.set("Your spasm record could not be read: " + Failures.message(error));
                return;
            }
            show(loaded.episodes(), loaded.sessions());
        }, fx);
    }

    public void openForm() {
        severity.set(null);
        formOpen.set(true);
    }

    public void cancelForm() {
        formOpen.set(false);
    }

    /** Records a spasm beginning now, in the chosen region, with the chosen severity (5 if none was chosen). */
    public void record() {
        int rated = severity.get() == null ? 5 : severity.get();
        store.record(now.get(), region.get(), rated).whenCompleteAsync((saved, error) -> {
            if (error != null) {
                message.set("The spasm was not recorded: " + Failures.message(error));
                return;
            }
            formOpen.set(false);
            message.set("");
            lastRelieved = null;
            canUndoRelieved.set(false);
            refresh();
        }, fx);
    }

    /** "Mark relieved": asks first, since it ends the rest advice and the QL rule's count. */
    public void askRelieved() {
        if (current != null) {
            confirmingRelieved.set(true);
        }
    }

    public void cancelRelieved() {
        confirmingRelieved.set(false);
    }

    /** Yes to "Has it eased?": marks the spasm relieved now; it can be undone until the next one is recorded. */
    public void markRelieved() {
        confirmingRelieved.set(false);
        if (current == null) {
            return;
        }
        SpasmEpisode episode = current;
        Instant at = now.get();
        store.markRelieved(episode.id(), at).whenCompleteAsync((v, error) -> {
            if (error != null) {
                message.set("The spasm was not marked relieved: " + Failures.message(error));
                return;
            }
            SpasmEpisode relieved = new SpasmEpisode(episode.id(), episode.onset(), episode.region(), episode.severity(),
                    Optional.of(at));
            message.set(EpisodeAdvice.of(relieved, at).text() + " Glad it eased.");
            lastRelieved = episode;
            canUndoRelieved.set(true);
            refresh();
        }, fx);
    }

    /** Undo: the spasm marked relieved by mistake goes on again, as it was. */
    public void undoRelieved() {
        SpasmEpisode episode = lastRelieved;
        if (episode == null) {
            return;
        }
        store.markOngoing(episode.id()).whenCompleteAsync((v, error) -> {
            if (error != null) {
                message.set("The spasm was not marked ongoing again: " + Failures.message(error));
                return;
            }
            lastRelieved = null;
            canUndoRelieved.set(false);
            message.set("Marked ongoing again.");
            refresh();
        }, fx);
    }

    /** True while "Has it eased?" is asked. */
    public ReadOnlyBooleanProperty confirmingRelievedProperty() {
        return confirmingRelieved.getReadOnlyProperty();
    }

    /** True after a spasm was marked relieved here, until it is undone or another is recorded. */
    public ReadOnlyBooleanProperty canUndoRelievedProperty() {
        return canUndoRelieved.getReadOnlyProperty();
    }

    /** A gentle word when a session starts within the rest period; never a reason not to start. */
    public Optional<String> startWarning() {
        return EpisodeAdvice.startWarning(episodes, now.get());
    }

    // ---- State ---------------------------------------------------------------------------------------

    public ReadOnlyBooleanProperty formOpenProperty() {
        return formOpen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ongoingProperty() {
        return ongoing.getReadOnlyProperty();
    }

    public ObjectProperty<Region> regionProperty() {
        return region;
    }

    /** 0–10, or null before the person picks one. */
    public ObjectProperty<Integer> severityProperty() {
        return severity;
    }

    public ReadOnlyStringProperty episodeTextProperty() {
        return episodeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty adviceTextProperty() {
        return adviceText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty doctorTextProperty() {
        return doctorText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // ---- Internals -----------------------------------------------------------------------------------

    private record Loaded(List<SpasmEpisode> episodes, List<LoggedSession> sessions) {
    }

    private void show(List<SpasmEpisode> all, List<LoggedSession> sessions) {
        Instant at = now.get();
        episodes = List.copyOf(all);
        current = Episodes.current(all, at).orElse(null);
        ongoing.set(current != null);
        if (current == null) {
            episodeText.set("");
            adviceText.set("");
        } else {
            EpisodeAdvice advice = EpisodeAdvice.of(current, at);
            episodeText.set("Spasm in the " + current.region().label().toLowerCase(Locale.ROOT) + " since "
                    + WHEN.format(current.onset().atZone(zone)) + ", rated " + current.severity() + "/10.");
            adviceText.set(advice.text() + advice.timing().map(t -> " " + t + ".").orElse(""));
        }
        doctorText.set(DoctorNotice.check(all, sessions, at, zone).orElse(""));
        onChanged.accept(episodes);
    }
}
