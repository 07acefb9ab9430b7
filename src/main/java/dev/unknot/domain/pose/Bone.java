package dev.unknot.domain.pose;

/** One drawn stroke of the figure, from joint to joint; {@code far} for the limbs behind the body. */
public record Bone(Part part, boolean far, Point from, Point to) {
    Bone mirrored() {
        return new Bone(part, far, from.mirrored(), to.mirrored());
    }
}
