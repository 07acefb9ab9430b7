package dev.unknot.bench;

import dev.unknot.domain.MonotonicClock;
import dev.unknot.domain.Phase;
import dev.unknot.domain.Segment;
import dev.unknot.domain.SessionListener;
import dev.unknot.domain.SessionPlan;
import dev.unknot.domain.Side;
import dev.unknot.domain.TargetCatalogue;
import dev.unknot.domain.Tool;
import dev.unknot.ui.session.ScheduledTicker;
import dev.unknot.ui.session.SessionView;
import dev.unknot.ui.session.SessionViewModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A child JVM for the timer-accuracy figure: one 120 s segment (no positioning countdown) run by the app's real
 * {@link SessionViewModel} and {@link ScheduledTicker} on the system's monotonic clock, in the real
 * {@link SessionView} with the app's style sheet in a real window. It notes when the countdown's text changed and
 * when the pulse that lays out (and then renders) that text ran, against when the value was due, and how far the
 * end was from the target by the wall clock.
 *
 * <p>Prints {@code change VALUE DUE_NS SET_LATE_NS PAINT_LATE_NS} per shown value and
 * {@code end TARGET_S MONO_ERR_NS WALL_ERR_NS PAINT_ERR_NS WORKED_S}, then exits. Argument: the target in seconds.
 */
public final class TimerAccuracy {
    private TimerAccuracy() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        private static final long NANOS = 1_000_000_000L;

        private int seconds;
        /** Set just before start(): the engine's first clock reading after it is the session's start. */
        private volatile boolean armed;
        private volatile long startNanos = -1;
        private final List<long[]> changes = new ArrayList<>();
        private final List<long[]> unpainted = new ArrayList<>();
        private Instant startWall;
        private long endedNanos = -1;
        private Instant endedWall;
        private long endPaintedNanos = -1;
        private int worked;


        @Override
        public void start(Stage stage) {
            seconds = getParameters().getRaw().isEmpty() ? 120 : Integer.parseInt(getParameters().getRaw().get(0));
            TargetCatalogue catalogue = new TargetCatalogue();
            Segment one = new Segment(0, 0, catalogue.byId(TargetCatalogue.UPPER_BACK), Tool.FOAM_ROLLER, Side.CENTRAL,
                    seconds);
            SessionPlan plan = new SessionPlan("bench:timer", "Timer accuracy", List.of(one), 0);
            MonotonicClock system = MonotonicClock.system();
            MonotonicClock watched = () -> {
                long now = system.nanoTime();
                if (armed) {
                    armed = false;
                    startNanos = now;
                }
                return now;
            };
            SessionViewModel vm = new SessionViewModel(plan, watched, new SessionListener() { }, new ScheduledTicker(1000),
                    cues -> { });
            SessionView view = new SessionView(vm, new SimpleStringProperty(""));
            Scene scene = new Scene(view, 1280, 800);
            scene.getStylesheets().add(SessionView.class.getResource("/dev/unknot/ui/unknot.css").toExternalForm());
            Label countdown = (Label) view.lookup(".countdown");
            if (countdown == null) {
                throw new IllegalStateException("no .countdown label in the session view");
            }
            countdown.textProperty().addListener((o, was, now) -> {
                if (startNanos < 0 || vm.phaseProperty().get() != Phase.WORKING) {
                    return;
                }
                long at = System.nanoTime();
                long value = parseClock(now);
                long due = startNanos + (seconds - value) * NANOS;
                long[] change = {value, due - startNanos, at - due, -1};
                changes.add(change);
                unpainted.add(change);
            });
            scene.addPostLayoutPulseListener(() -> {
                long at = System.nanoTime();
                for (long[] change : unpainted) {
                    change[3] = at - (startNanos + change[1]);
                }
                unpainted.clear();
                if (endedNanos >= 0 && endPaintedNanos < 0) {
                    endPaintedNanos = at;
                    Platform.runLater(this::report);
                }
            });
            vm.setOnEnded(last -> {
                endedNanos = System.nanoTime();
                endedWall = Instant.now();
                worked = last.progress().get(0).doneSeconds();
            });
            stage.setTitle("Unknot timer accuracy");
            stage.setScene(scene);
            stage.show();
            // A moment for the window to settle, as a person would look before pressing Enter.
            javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
            settle.setOnFinished(e -> {
                armed = true;
                vm.start();
                startWall = Instant.now();
                // The wall clock was read a little after the monotonic start: take that out.
                startWall = startWall.minusNanos(System.nanoTime() - startNanos);
            });
            settle.play();
        }

        private void report() {
            for (long[] c : changes) {
                System.out.println("change " + c[0] + " " + c[1] + " " + c[2] + " " + c[3]);
            }
            long target = seconds * NANOS;
            long mono = endedNanos - startNanos - target;
            long wall = java.time.Duration.between(startWall, endedWall).toNanos() - target;
            long painted = endPaintedNanos - startNanos - target;
            System.out.println("end " + seconds + " " + mono + " " + wall + " " + painted + " " + worked);
            System.out.flush();
            Platform.exit();
        }

        /** "1:59" or "1:02:03" to seconds. */
        static long parseClock(String text) {
            long total = 0;
            for (String part : text.split(":")) {
                total = total * 60 + Long.parseLong(part.strip());
            }
            return total;
        }
    }
}
