package io.seizmon.modelexport.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A white RGB image with a plot area, axes, title and legend, drawn with Java2D (headless). One canvas per
 * rendering, owned by the calling thread; {@link #finish} releases the graphics context.
 */
final class ChartCanvas {

    static final int MARGIN_LEFT = 84;
    static final int MARGIN_RIGHT = 28;
    static final int MARGIN_TOP = 46;
    static final int MARGIN_BOTTOM = 62;
    static final int MIN_WIDTH = MARGIN_LEFT + MARGIN_RIGHT + 100;
    static final int MIN_HEIGHT = MARGIN_TOP + MARGIN_BOTTOM + 80;
    static final int MAX_SIDE = 8000;
    static final Color AXIS = new Color(0x33, 0x33, 0x33);
    static final Color GRID = new Color(0xE3, 0xE3, 0xE3);

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    final BufferedImage image;
    final Graphics2D g;
    final Rectangle plot;

    ChartCanvas(int widthPixels, int heightPixels) {
        if (widthPixels < MIN_WIDTH || widthPixels > MAX_SIDE) {
            throw new IllegalArgumentException("widthPixels: " + widthPixels + " (expected: " + MIN_WIDTH + " to "
                    + MAX_SIDE + ")");
        }
        if (heightPixels < MIN_HEIGHT || heightPixels > MAX_SIDE) {
            throw new IllegalArgumentException("heightPixels: " + heightPixels + " (expected: " + MIN_HEIGHT + " to "
                    + MAX_SIDE + ")");
        }
        image = new BufferedImage(widthPixels, heightPixels, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, widthPixels, heightPixels);
        plot = plotArea(widthPixels, heightPixels);
    }

    /** The plot rectangle of an image of this size: the same for every chart, so tests can find the data. */
    static Rectangle plotArea(int widthPixels, int heightPixels) {
        return new Rectangle(MARGIN_LEFT, MARGIN_TOP, widthPixels - MARGIN_LEFT - MARGIN_RIGHT,
                heightPixels - MARGIN_TOP - MARGIN_BOTTOM);
    }

    /** A solid line with round ends and joins. */
    static BasicStroke solid(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** A dashed line (7 on, 5 off). */
    static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {7, 5}, 0);
    }

    static double x(Rectangle area, Axis axis, double value) {
        return area.x + axis.fraction(value) * area.width;
    }

    static double y(Rectangle area, Axis axis, double value) {
        return area.y + area.height - axis.fraction(value) * area.height;
    }

    void title(String text) {
        g.setFont(TITLE);
        g.setColor(AXIS);
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, (image.getWidth() - fm.stringWidth(text)) / 2, MARGIN_TOP - 16);
    }

    /** Grid lines, ticks and tick labels along the bottom of {@code area}, the label under them. */
    void xAxis(Rectangle area, Axis axis) {
        g.setFont(TICK);
        FontMetrics fm = g.getFontMetrics();
        for (double v : axis.ticks()) {
            float px = (float) x(area, axis, v);
            line(GRID, 1, px, area.y, px, area.y + area.height);
            line(AXIS, 1, px, area.y + area.height, px, area.y + area.height + 5);
            String text = axis.format(v);
            g.drawString(text, px - fm.stringWidth(text) / 2f, area.y + area.height + 7 + fm.getAscent());
        }
        g.setFont(LABEL);
        fm = g.getFontMetrics();
        g.drawString(axis.label(), area.x + (area.width - fm.stringWidth(axis.label())) / 2f,
                image.getHeight() - 14);
    }

    /** Grid lines, ticks and tick labels along the left of {@code area}, the label turned upright beside them. */
    void yAxis(Rectangle area, Axis axis) {
        g.setFont(TICK);
        FontMetrics fm = g.getFontMetrics();
        for (double v : axis.ticks()) {
            float py = (float) y(area, axis, v);
            line(GRID, 1, area.x, py, area.x + area.width, py);
            line(AXIS, 1, area.x - 5, py, area.x, py);
            String text = axis.format(v);
            g.drawString(text, area.x - 8 - fm.stringWidth(text), py + fm.getAscent() / 2f - 1);
        }
        verticalLabel(axis.label(), area);
    }

    void verticalLabel(String text, Rectangle area) {
        g.setFont(LABEL);
        FontMetrics fm = g.getFontMetrics();
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString(text, -(area.y + (area.height + fm.stringWidth(text)) / 2f), 20f + fm.getAscent());
        g.setTransform(saved);
    }

    void frame(Rectangle area) {
        g.setColor(AXIS);
        g.setStroke(new BasicStroke(1.2f));
        g.draw(area);
    }

    void line(Color color, float width, double x1, double y1, double x2, double y2) {
        g.setColor(color);
        g.setStroke(new BasicStroke(width));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    /** Draws {@code shape} clipped to {@code area}. */
    void drawClipped(Rectangle area, Shape shape, Color color, BasicStroke stroke) {
        Shape savedClip = g.getClip();
        g.clip(area);
        g.setColor(color);
        g.setStroke(stroke);
        g.draw(shape);
        g.setClip(savedClip);
    }

    /** A legend box in the top-right (or, with {@code bottomRight}, bottom-right) corner of {@code area}. */
    void legend(List<LegendEntry> entries, Rectangle area, boolean bottomRight) {
        if (entries.isEmpty()) {
            return;
        }
        g.setFont(LABEL);
        FontMetrics fm = g.getFontMetrics();
        int rowHeight = fm.getHeight() + 4;
        int textWidth = entries.stream().mapToInt(e -> fm.stringWidth(e.label())).max().orElse(0);
        int width = textWidth + 48;
        int height = entries.size() * rowHeight + 10;
        int left = area.x + area.width - width - 10;
        int top = bottomRight ? area.y + area.height - height - 10 : area.y + 10;
        g.setColor(new Color(255, 255, 255, 225));
        g.fillRect(left, top, width, height);
        g.setColor(GRID.darker());
        g.setStroke(new BasicStroke(1));
        g.drawRect(left, top, width, height);
        for (int i = 0; i < entries.size(); i++) {
            LegendEntry e = entries.get(i);
            int baseline = top + 5 + i * rowHeight + fm.getAscent();
            int mid = baseline - fm.getAscent() / 2 + 1;
            g.setColor(e.color());
            if (e.filled()) {
                g.fillRect(left + 8, mid - 6, 24, 12);
            } else {
                g.setStroke(e.stroke());
                g.draw(new Line2D.Double(left + 8, mid, left + 32, mid));
            }
            g.setColor(AXIS);
            g.drawString(e.label(), left + 40, baseline);
        }
    }

    BufferedImage finish() {
        g.dispose();
        return image;
    }

    /** One legend row: a line sample (or a filled box) in {@code color}, then {@code label}. */
    record LegendEntry(String label, Color color, BasicStroke stroke, boolean filled) {
    }
}
