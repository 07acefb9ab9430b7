package dev.unknot.ui.session;

import dev.unknot.domain.Cue;
import dev.unknot.domain.Segment;
import dev.unknot.domain.SessionSnapshot;
import dev.unknot.ui.Format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Decides which moments of a session are worth a desktop notification: a side or a target ended, or the session
 * did, and only while the window is not focused (in front of it, the screen itself says so). Of the cues of one
 * instant, one notice is shown: the session's end over a target's, a target's over a side's.
 */
public final class SessionNotices {
    /** What a notification says. */
    public record Notice(String title, String text) {
    }

    private final BooleanSupplier windowFocused;
    private final Consumer<Notice> show;
    private final List<Ranked> pending = new ArrayList<>();

    private record Ranked(int rank, Notice notice) {
    }

    /**
     * @param windowFocused whether the app's window has the focus now
     * @param show          puts a notice on the desktop (the app's notification popup)
     */
    public SessionNotices(BooleanSupplier windowFocused, Consumer<Notice> show) {
        this.windowFocused = Objects.requireNonNull(windowFocused);
        this.show = Objects.requireNonNull(show);
    }

    /** A cue as the engine raised it, with the picture at that instant. */
    void cue(Cue cue, SessionSnapshot at) {
        Segment segment = at.currentSegment();
        switch (cue) {
            case SESSION_DONE -> pending.add(new Ranked(0, new Notice("Session complete",
                    at.plan().routineName() + " is done. Your summary is on screen.")));
            case TARGET_DONE -> pending.add(new Ranked(1, new Notice(segment.target().name() + " done",
                    at.nextSegment().map(n -> "Next: get into position for " + Format.segment(n) + ", "
                            + n.tool().label().toLowerCase() + ".").orElse("That was the last one."))));
            case SWITCH_SIDE -> pending.add(new Ranked(2, new Notice("Switch sides",
                    Format.segment(segment) + ", " + segment.tool().label().toLowerCase() + ".")));
            default -> {
            }
        }
    }

    /** After the cues of one instant: shows the one that matters most, if the window is not in front. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Notice most = pending.stream().min(Comparator.comparingInt(Ranked::rank)).orElseThrow().notice();
        pending.clear();
        if (!windowFocused.getAsBoolean()) {
            show.accept(most);
        }
    }
}
