package dev.unknot.domain.pose;

/** The box a figure is drawn in, centimetres, with room for the strokes' thickness; the floor is y = 0. */
public record Bounds(double minX, double minY, double maxX, double maxY) {
    /** Half the thickest stroke: what a point needs around it to be drawn whole. */
    static final double MARGIN = 9;

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    Bounds union(Bounds other) {
        return new Bounds(Math.min(minX, other.minX), Math.min(minY, other.minY), Math.max(maxX, other.maxX),
                Math.max(maxY, other.maxY));
    }

    static Bounds of(Figure f) {
        double[] box = {Double.MAX_VALUE, 0, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Bone b : f.bones()) {
            grow(box, b.from(), MARGIN);
            grow(box, b.to(), MARGIN);
        }
        grow(box, f.head(), Kinematics.HEAD_RADIUS);
        if (f.propCentre() != null) {
            grow(box, f.propCentre(), f.propRadius());
        }
        if (f.bandAnchor() != null) {
            grow(box, f.bandAnchor(), MARGIN);
        }
        return new Bounds(box[0], Math.min(box[1], 0), box[2], box[3]);
    }

    private static void grow(double[] box, Point p, double r) {
        box[0] = Math.min(box[0], p.x() - r);
        box[1] = Math.min(box[1], p.y() - r);
        box[2] = Math.max(box[2], p.x() + r);
        box[3] = Math.max(box[3], p.y() + r);
    }
}
