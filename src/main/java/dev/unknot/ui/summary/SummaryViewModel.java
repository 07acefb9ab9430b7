package dev.unknot.ui.summary;

import dev.unknot.domain.Phase;
import dev.unknot.domain.SegmentProgress;
import dev.unknot.domain.SessionSnapshot;
import dev.unknot.ui.Format;

import java.util.List;
import java.util.Objects;

/** What the end summary shows: per target and side, planned against worked. Immutable. */
public final class SummaryViewModel {

    /** One line of the summary table. */
    public record Row(String target, String side, String tool, String planned, String worked, boolean complete) {
    }

    private final String title;
    private final String totals;
    private final List<Row> rows;
    private final Runnable onDone;

    public SummaryViewModel(SessionSnapshot last, Runnable onDone) {
        this.onDone = Objects.requireNonNull(onDone);
        title = (last.phase() == Phase.FINISHED ? "Session complete" : "Session ended early")
                + " — " + last.plan().routineName();
        int planned = last.plan().plannedSeconds();
        totals = Format.minutes(last.doneSeconds()) + " worked of " + Format.minutes(planned) + " planned";
        rows = last.progress().stream().map(SummaryViewModel::row).toList();
    }

    private static Row row(SegmentProgress p) {
        return new Row(p.segment().target().name(), p.segment().side().label(), p.segment().tool().label(),
                Format.minutes(p.segment().plannedSeconds()), p.doneSeconds() == 0 ? "—" : Format.minutes(p.doneSeconds()),
                p.doneSeconds() >= p.segment().plannedSeconds());
    }

    public String title() {
        return title;
    }

    public String totals() {
        return totals;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Back to the home screen. */
    public void done() {
        onDone.run();
    }
}
