package io.seizmon.modelexport.report;

import io.seizmon.modelexport.metrics.Roc;
import io.seizmon.modelexport.metrics.RocPoint;
import io.seizmon.modelexport.report.ChartCanvas.LegendEntry;
import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A ROC curve: sensitivity against 1 − specificity over all thresholds, the chance diagonal dashed, the AUC in the
 * title and, optionally, the operating point at one threshold marked.
 *
 * @param title     chart title; " (AUC = 0.xyz)" is appended
 * @param roc       the curve
 * @param threshold the operating threshold to mark, or NaN for none
 */
public record RocChart(String title, Roc roc, double threshold) implements Chart {

    private static final Axis X = Axis.linear(0, 1, "false-positive rate (1 − specificity)");
    private static final Axis Y = Axis.linear(0, 1, "true-positive rate (sensitivity)");

    public RocChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(roc, "roc");
    }

    /** A chart without a marked operating point. */
    public RocChart(String title, Roc roc) {
        this(title, roc, Double.NaN);
    }

    @Override
    public BufferedImage render(int widthPixels, int heightPixels) {
        ChartCanvas c = new ChartCanvas(widthPixels, heightPixels);
        c.title(title + String.format(Locale.ROOT, " (AUC = %.3f)", roc.auc()));
        c.xAxis(c.plot, X);
        c.yAxis(c.plot, Y);
        c.frame(c.plot);
        BasicStroke dashed = ChartCanvas.dashed(1.5f);
        BasicStroke solid = ChartCanvas.solid(2.6f);
        c.drawClipped(c.plot, new Line2D.Double(ChartCanvas.x(c.plot, X, 0), ChartCanvas.y(c.plot, Y, 0),
                ChartCanvas.x(c.plot, X, 1), ChartCanvas.y(c.plot, Y, 1)), Palette.GREY, dashed);
        c.drawClipped(c.plot, curve(c), Palette.BLUE, solid);
        List<LegendEntry> legend = new ArrayList<>(List.of(new LegendEntry("model", Palette.BLUE, solid, false),
                new LegendEntry("chance", Palette.GREY, dashed, false)));
        if (!Double.isNaN(threshold)) {
            markOperatingPoint(c);
            legend.add(new LegendEntry(String.format(Locale.ROOT, "threshold %.2f", threshold), Palette.ORANGE,
                    solid, true));
        }
        c.legend(legend, c.plot, true);
        return c.finish();
    }

    private Path2D curve(ChartCanvas c) {
        Path2D curve = new Path2D.Double();
        List<RocPoint> points = roc.points();
        for (int i = 0; i < points.size(); i++) {
            double px = ChartCanvas.x(c.plot, X, finite(points.get(i).falsePositiveRate()));
            double py = ChartCanvas.y(c.plot, Y, finite(points.get(i).truePositiveRate()));
            if (i == 0) {
                curve.moveTo(px, py);
            } else {
                curve.lineTo(px, py);
            }
        }
        return curve;
    }

    private void markOperatingPoint(ChartCanvas c) {
        RocPoint at = new RocPoint(threshold, roc.confusionAt(threshold));
        double px = ChartCanvas.x(c.plot, X, finite(at.falsePositiveRate()));
        double py = ChartCanvas.y(c.plot, Y, finite(at.truePositiveRate()));
        c.g.setColor(Palette.ORANGE);
        c.g.fill(new Ellipse2D.Double(px - 6, py - 6, 12, 12));
    }

    /** A rate of a one-class ROC is NaN: draw it at 0 rather than nowhere. */
    private static double finite(double rate) {
        return Double.isNaN(rate) ? 0 : rate;
    }
}
