import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Draws Unknot's app icon: a teal rounded square with a white cord that makes one loose loop and then runs
 * out straight, ending in a ball (a knot letting go; the ball on the floor). Vector drawing with Java 2D,
 * rendered at each size rather than scaled down, so the small sizes get a thicker cord and no crossing gap.
 * No dependencies; runs headless.
 *
 * <pre>java src/tools/GenerateIcon.java assets/icons</pre>
 */
public final class GenerateIcon {
    static final int[] SIZES = {16, 32, 48, 64, 128, 256, 512};

    /** The design is drawn on a 512-unit square. */
    private static final double UNIT = 512;

    private static final Color TOP = new Color(0x5f, 0xe0, 0xcf);      // near the app's accent #4fd1c5
    private static final Color BOTTOM = new Color(0x1c, 0x5d, 0x80);   // a deep blue-teal
    private static final Color CORD = new Color(0xfb, 0xfd, 0xfc);

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java src/tools/GenerateIcon.java <output-dir>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        for (int size : SIZES) {
            Path file = dir.resolve("unknot-" + size + ".png");
            ImageIO.write(render(size), "png", file.toFile());
            System.out.println(file);
        }
    }

    static BufferedImage render(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            double scale = size / UNIT;
            g.transform(AffineTransform.getScaleInstance(scale, scale));
            draw(g, size, scale);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void draw(Graphics2D g, int size, double scale) {
        boolean small = size <= 32;
        // Small sizes use the whole square; larger ones keep the usual margin around the tile.
        double inset = small ? 6 : 28;
        double side = UNIT - 2 * inset;
        Shape tile = new RoundRectangle2D.Double(inset, inset, side, side, side * 0.45, side * 0.45);
        paintBackground(g, tile, small);
        g.clip(tile);
        AffineTransform tileSpace = g.getTransform();

        // The cord must stay about 2 px wide however small the icon is.
        double width = Math.max(38, 2.1 / scale);
        BasicStroke cord = new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

        if (small) {
            // Few pixels: a slightly larger figure, and the loop without the tail below the crossing.
            g.translate(256, 256);
            g.scale(1.12, 1.12);
            g.translate(-256, -256);
        }
        g.translate(-14, -28);
        // Under: up from below, round the right side of the loop, over its top and down its left side.
        Path2D.Double under = new Path2D.Double();
        if (small) {
            under.moveTo(222, 346);
            under.curveTo(262, 318, 290, 284, 290, 230);
        } else {
            under.moveTo(150, 440);
            under.curveTo(170, 360, 290, 320, 290, 230);
        }
        under.curveTo(290, 180, 250, 140, 200, 140);
        under.curveTo(150, 140, 112, 180, 112, 232);
        // Over: on down, across the first strand, and out straight to the right.
        Path2D.Double over = new Path2D.Double();
        over.moveTo(112, 232);
        over.curveTo(112, 300, 160, 340, 230, 340);
        over.lineTo(372, 340);

        g.setPaint(CORD);
        g.setStroke(cord);
        g.draw(under);
        if (!small) {
            // The crossing: a band of background along the top strand, just around where it crosses, so the
            // loop reads as one strand over the other.
            Point2D cross = crossing(under, over);
            Area band = new Area(new BasicStroke((float) (width * 1.9), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                    .createStrokedShape(over));
            // Only the under strand is cut, with edges along the top strand.
            band.intersect(new Area(new BasicStroke((float) (width * 1.15)).createStrokedShape(under)));
            band.intersect(new Area(new Ellipse2D.Double(cross.getX() - width * 2.5, cross.getY() - width * 2.5,
                    width * 5, width * 5)));
            // Painted in the tile's own space, so the band matches the gradient around it exactly.
            AffineTransform figure = g.getTransform();
            g.setTransform(tileSpace);
            paintBackground(g, band.createTransformedArea(inverse(tileSpace, figure)), false);
            g.setTransform(figure);
            g.setPaint(CORD);
        }
        g.draw(over);

        // The ball at the end of the line.
        double r = Math.max(46, 2.3 / scale);
        g.fill(new Ellipse2D.Double(404 - r, 340 - r, 2 * r, 2 * r));
    }

    /** The tile's gradient, and at the larger sizes a soft light from the top left so it is not flat. */
    private static void paintBackground(Graphics2D g, Shape area, boolean small) {
        g.setPaint(new GradientPaint(80, 40, TOP, 430, 480, BOTTOM));
        g.fill(area);
        if (!small) {
            g.setPaint(new RadialGradientPaint(new Point2D.Double(150, 110), 330, new float[] {0f, 1f},
                    new Color[] {new Color(255, 255, 255, 46), new Color(255, 255, 255, 0)}));
            g.fill(area);
        }
    }

    /** The transform from {@code inner}'s user space to {@code outer}'s. */
    private static AffineTransform inverse(AffineTransform outer, AffineTransform inner) {
        try {
            AffineTransform t = outer.createInverse();
            t.concatenate(inner);
            return t;
        } catch (java.awt.geom.NoninvertibleTransformException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where two paths cross (the first crossing of their flattened segments). */
    static Point2D crossing(Shape a, Shape b) {
        java.util.List<double[]> as = segments(a);
        java.util.List<double[]> bs = segments(b);
        for (double[] p : as) {
            for (double[] q : bs) {
                // Segment p: P + t(P' - P), segment q: Q + u(Q' - Q); where the strands join (t or u at an end) is
                // not a crossing.
                double d = (p[2] - p[0]) * (q[3] - q[1]) - (p[3] - p[1]) * (q[2] - q[0]);
                if (d == 0) {
                    continue;
                }
                double t = ((q[0] - p[0]) * (q[3] - q[1]) - (q[1] - p[1]) * (q[2] - q[0])) / d;
                double u = ((q[0] - p[0]) * (p[3] - p[1]) - (q[1] - p[1]) * (p[2] - p[0])) / d;
                if (t > 1e-6 && t < 1 - 1e-6 && u > 1e-6 && u < 1 - 1e-6) {
                    return new Point2D.Double(p[0] + t * (p[2] - p[0]), p[1] + t * (p[3] - p[1]));
                }
            }
        }
        throw new IllegalStateException("the strands do not cross");
    }

    private static java.util.List<double[]> segments(Shape shape) {
        java.util.List<double[]> out = new java.util.ArrayList<>();
        double[] c = new double[6];
        double x = 0;
        double y = 0;
        for (java.awt.geom.PathIterator it = shape.getPathIterator(null, 0.5); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == java.awt.geom.PathIterator.SEG_LINETO) {
                out.add(new double[] {x, y, c[0], c[1]});
            }
            x = c[0];
            y = c[1];
        }
        return out;
    }
}
