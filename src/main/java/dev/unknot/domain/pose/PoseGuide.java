package dev.unknot.domain.pose;

import dev.unknot.domain.Side;
import dev.unknot.domain.Tool;

import java.util.Objects;
import java.util.Set;

/**
 * How one target or exercise is done: one key pose, or two when the guide's movement is a slow roll or a reach
 * (the figure eases between them), what it uses, what it works, and a line a screen reader can say.
 *
 * @param id          the target or exercise id
 * @param description one sentence: the position, as the how-to gives it; {@code {tool}} stands for the tool
 * @param first       the starting pose
 * @param second      where the movement goes; the same as {@code first} when the pose is held
 * @param props       the tool, ball, band or weights; empty for none
 * @param worked      the parts drawn in the accent
 * @param sideWorked  worked one side at a time (the near side); false for central targets and exercises
 */
public record PoseGuide(String id, String description, Pose first, Pose second, Set<Prop> props, Set<Part> worked,
                        boolean sideWorked) {

    public PoseGuide {
        Objects.requireNonNull(id);
        Objects.requireNonNull(description);
        Objects.requireNonNull(first);
        second = second == null ? first : second;
        worked = Set.copyOf(worked);
        props = Set.copyOf(props);
    }

    /** Whether the figure moves between two key poses. */
    public boolean moves() {
        return !first.equals(second);
    }

    /** The pose part way through the movement: 0 is the first key pose, 1 the second. */
    public Pose at(double t) {
        double clamped = Math.max(0, Math.min(1, t));
        Pose pose = first.towards(second, clamped);
        // Mixing joint angles alone would sink the feet into the floor half way up a squat: keep the lowest point
        // where the key poses have it, as a body does by pushing on the floor.
        double wanted = Limbs.mix(lowest(first), lowest(second), clamped);
        return pose.lifted(wanted - lowest(pose));
    }

    private static double lowest(Pose pose) {
        return Kinematics.figure(pose, Set.of(), Set.of(), false).bones().stream()
                .flatMap(b -> java.util.stream.Stream.of(b.from().y(), b.to().y()))
                .min(Double::compare).orElse(0.0);
    }

    /** The figure at {@code t}, seen so that the side being worked faces the viewer (the left mirrored). */
    public Figure figure(double t, Side side) {
        Figure figure = Kinematics.figure(at(t), props, worked, sideWorked);
        return side == Side.LEFT ? figure.mirrored() : figure;
    }

    /** The box the whole movement is drawn in, so the figure keeps one scale while it moves. */
    public Bounds bounds(Side side) {
        Bounds box = Bounds.of(figure(0, side));
        for (int i = 1; i <= 8; i++) {
            box = box.union(Bounds.of(figure(i / 8.0, side)));
        }
        return box;
    }

    /** The line a screen reader says: the description with the tool named, and the side when there is one. */
    public String spoken(Side side, Tool tool) {
        String line = description.replace("{tool}", "the " + (tool == null ? "tool" : tool.label().toLowerCase()));
        return side == null || side == Side.CENTRAL ? line : line + " " + side.label() + ".";
    }

    /**
     * Where in the movement frame {@code frame} of a cycle of {@code framesPerCycle} is: eased out from the first
     * key pose to the second and back, so the figure slows at each end as a slow roll does.
     */
    public static double swing(long frame, int framesPerCycle) {
        double phase = (double) Math.floorMod(frame, framesPerCycle) / framesPerCycle;
        return (1 - Math.cos(2 * Math.PI * phase)) / 2;
    }
}
