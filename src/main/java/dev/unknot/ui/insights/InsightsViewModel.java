package dev.unknot.ui.insights;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.Target;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.insights.Insights;
import dev.unknot.domain.insights.Overview;
import dev.unknot.domain.insights.Streaks;
import dev.unknot.ui.Failures;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The insights screen's state: the log is read and every insight computed off the UI thread (pure functions in
 * {@code domain.insights}); the view only draws what arrives here.
 */
public final class InsightsViewModel {
    private final Supplier<CompletableFuture<List<LoggedSession>>> log;
    private final TargetCatalogue catalogue;
    private final ZoneId zone;
    private final Supplier<LocalDate> today;
    private final Executor fx;

    private final ReadOnlyObjectWrapper<Insights> insights = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Reading your log…");
    private final ReadOnlyStringWrapper overviewText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper streakText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper painText = new ReadOnlyStringWrapper("");

    /**
     * @param log   reads the whole log (every session with its steps)
     * @param today the user's date now, in {@code zone}
     * @param fx    runs a result on the UI thread
     */
    public InsightsViewModel(Supplier<CompletableFuture<List<LoggedSession>>> log, TargetCatalogue catalogue,
                             ZoneId zone, Supplier<LocalDate> today, Executor fx) {
        this.log = log;
        this.catalogue = catalogue;
        this.zone = zone;
        this.today = today;
        this.fx = fx;
    }

    /** Reads the log and computes everything; the properties update on the UI thread when done. */
    public void load() {
        LocalDate day = today.get();
        log.get()
                .thenApply(sessions -> Insights.of(sessions, catalogue, zone, day))
                .whenCompleteAsync((result, error) -> {
                    if (error != null) {
                        message.set("Your insights could not be worked out: " + Failures.message(error));
                        return;
                    }
                    show(result);
                }, fx);
    }

    private void show(Insights result) {
        Overview o = result.overview();
        empty.set(o.totalSessions() == 0);
        message.set(o.totalSessions() == 0 ? "No sessions yet — press Enter on the start screen to start one." : "");
        overviewText.set(o.totalSessions() + (o.totalSessions() == 1 ? " session" : " sessions") + " · "
                + hoursAndMinutes(o.totalMinutes()) + " worked in all · " + o.sessionsLast7Days()
                + " in the last 7 days · " + o.sessionsLast30Days() + " in the last 30 days");
        Streaks s = result.streaks();
        streakText.set("Current streak: " + days(s.currentStreak())
                + (s.currentStreak() > 0 && !s.activeToday() ? " (keep it going today)" : "")
                + " · Longest: " + days(s.longestStreak()));
        StringBuilder pain = new StringBuilder(result.pain().verdict());
        result.pain().averageDrop().ifPresent(drop -> pain.append(String.format(Locale.ENGLISH,
                " On average a session takes pain %s by %.1f points (%d sessions rated before and after).",
                drop >= 0 ? "down" : "up", Math.abs(drop), result.pain().sessionsRatedBoth())));
        painText.set(pain.toString());
        insights.set(result);
    }

    /** The display name for a target id in the log; an id this version no longer knows is shown as stored. */
    public String targetName(String id) {
        return catalogue.find(id).map(Target::name).orElse(id);
    }

    static String hoursAndMinutes(double minutes) {
        long total = Math.round(minutes);
        return total >= 60 ? total / 60 + " h " + total % 60 + " min" : total + " min";
    }

    private static String days(int n) {
        return n + (n == 1 ? " day" : " days");
    }

    public ReadOnlyObjectProperty<Insights> insightsProperty() {
        return insights.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** Loading, failure or empty-state text; empty when the charts are showing. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty overviewTextProperty() {
        return overviewText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty streakTextProperty() {
        return streakText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty painTextProperty() {
        return painText.getReadOnlyProperty();
    }

    public ZoneId zone() {
        return zone;
    }
}
