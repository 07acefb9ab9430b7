package dev.unknot.ui.pose;

import dev.unknot.domain.Side;
import dev.unknot.domain.Tool;
import dev.unknot.domain.pose.PoseGuide;

import java.util.Objects;

/**
 * What a {@link PoseFigure} shows: a target's or exercise's pose, the side being worked (the left is drawn
 * mirrored) and the tool in use (a roller is drawn as a roller, a ball as a ball).
 */
public record PoseShown(PoseGuide guide, Side side, Tool tool) {
    public PoseShown {
        Objects.requireNonNull(guide);
        side = side == null ? Side.CENTRAL : side;
    }

    /** The one line a screen reader says for the figure. */
    public String spoken() {
        return "Figure: " + guide.spoken(side, tool);
    }
}
