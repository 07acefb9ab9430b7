package dev.unknot.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The X display the windows open on: the one in {@code $DISPLAY}, or else an Xvfb of our own (1280x1024, 24-bit,
 * no TCP) that picks a free display number itself, so benches running side by side do not collide.
 */
final class VirtualDisplay implements AutoCloseable {
    private final String display;
    private final Process xvfb;

    private VirtualDisplay(String display, Process xvfb) {
        this.display = display;
        this.xvfb = xvfb;
    }

    static VirtualDisplay open() throws Exception {
        String existing = System.getenv("DISPLAY");
        if (existing != null && !existing.isBlank()) {
            return new VirtualDisplay(existing, null);
        }
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8));
        String number = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (Exception e) {
                return null;
            }
        }).get(20, TimeUnit.SECONDS);
        if (number == null || number.isBlank()) {
            xvfb.destroy();
            throw new IllegalStateException("Xvfb did not start: no $DISPLAY and no virtual one");
        }
        return new VirtualDisplay(":" + number.strip(), xvfb);
    }

    String display() {
        return display;
    }

    /** How the report names it. */
    String describe() {
        return xvfb == null ? "the desktop's display " + display + "; JavaFX picks its own pipeline"
                : "Xvfb " + display + " (1280x1024x24), as there is no $DISPLAY here: no GPU, so JavaFX renders in "
                + "software (after its OpenGL probe has loaded Mesa)";
    }

    Optional<Process> server() {
        return Optional.ofNullable(xvfb);
    }

    @Override
    public void close() throws InterruptedException {
        if (xvfb != null) {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
