package dev.unknot.domain.pose;

/** A point of the figure, centimetres, floor at y = 0, y up. */
public record Point(double x, double y) {
    Point plus(double length, double degrees) {
        double r = Math.toRadians(degrees);
        return new Point(x + length * Math.cos(r), y + length * Math.sin(r));
    }

    Point mirrored() {
        return new Point(-x, y);
    }

    Point between(Point other, double t) {
        return new Point(x + (other.x - x) * t, y + (other.y - y) * t);
    }
}
