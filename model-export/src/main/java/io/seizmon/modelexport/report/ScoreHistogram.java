package io.seizmon.modelexport.report;

import io.seizmon.modelexport.report.ChartCanvas.LegendEntry;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The distribution of window scores per class, overlaid: non-seizure windows in blue, seizure windows in red,
 * translucent so both stay visible. Bins are equal-width over [0, 1] (scores outside are counted in the end
 * bins); counts can be drawn on a log scale so a rare class stays visible next to a common one. An optional
 * threshold is drawn as a vertical line.
 *
 * @param title     chart title
 * @param scores    window scores (copied)
 * @param labels    true for seizure windows, same length (copied)
 * @param bins      number of bins, 2 to 200
 * @param logCount  whether the count axis is logarithmic
 * @param threshold the decision threshold to mark, or NaN for none
 */
public record ScoreHistogram(String title, double[] scores, boolean[] labels, int bins, boolean logCount,
                             double threshold) implements Chart {

    /** Default number of bins: 0.05 wide. */
    public static final int DEFAULT_BINS = 20;

    public ScoreHistogram {
        Objects.requireNonNull(title, "title");
        if (scores.length != labels.length) {
            throw new IllegalArgumentException("labels.length: " + labels.length + " (expected: scores.length "
                    + scores.length + ")");
        }
        if (bins < 2 || bins > 200) {
            throw new IllegalArgumentException("bins: " + bins + " (expected: 2 to 200)");
        }
        scores = scores.clone();
        labels = labels.clone();
    }

    /** Counts per bin: {@code [0]} non-seizure, {@code [1]} seizure. NaN scores are skipped. */
    long[][] counts() {
        long[][] counts = new long[2][bins];
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isNaN(scores[i])) {
                int bin = (int) Math.floor(scores[i] * bins);
                counts[labels[i] ? 1 : 0][Math.max(0, Math.min(bins - 1, bin))]++;
            }
        }
        return counts;
    }

    @Override
    public BufferedImage render(int widthPixels, int heightPixels) {
        ChartCanvas c = new ChartCanvas(widthPixels, heightPixels);
        long[][] counts = counts();
        Axis x = Axis.linear(0, 1, "seizure probability");
        Axis y = countAxis(counts);
        c.title(title);
        c.xAxis(c.plot, x);
        c.yAxis(c.plot, y);
        bars(c, x, y, counts[0], Palette.NON_SEIZURE);
        bars(c, x, y, counts[1], Palette.SEIZURE);
        BasicStroke solid = ChartCanvas.solid(2);
        List<LegendEntry> legend = new ArrayList<>(List.of(
                new LegendEntry(label("non-seizure", counts[0]), Palette.translucent(Palette.NON_SEIZURE, 140),
                        solid, true),
                new LegendEntry(label("seizure", counts[1]), Palette.translucent(Palette.SEIZURE, 140), solid,
                        true)));
        if (!Double.isNaN(threshold)) {
            double px = ChartCanvas.x(c.plot, x, threshold);
            BasicStroke dashed = ChartCanvas.dashed(2);
            c.drawClipped(c.plot, new Line2D.Double(px, c.plot.y, px, c.plot.y + c.plot.height), ChartCanvas.AXIS,
                    dashed);
            legend.add(new LegendEntry(String.format(Locale.ROOT, "threshold %.2f", threshold), ChartCanvas.AXIS,
                    dashed, false));
        }
        c.frame(c.plot);
        c.legend(legend, c.plot, false);
        return c.finish();
    }

    /** Up to the highest count (at least 1), with headroom; log axes start below 1 so a count of 1 shows. */
    private Axis countAxis(long[][] counts) {
        long highest = 1;
        for (long[] perClass : counts) {
            for (long n : perClass) {
                highest = Math.max(highest, n);
            }
        }
        return logCount ? new Axis(0.7, Math.pow(10, Math.ceil(Math.log10(highest * 1.2))), "windows (log)", true)
                : Axis.linear(0, highest * 1.08, "windows");
    }

    private void bars(ChartCanvas c, Axis x, Axis y, long[] counts, Color color) {
        double base = ChartCanvas.y(c.plot, y, y.min());
        for (int b = 0; b < bins; b++) {
            if (counts[b] == 0) {
                continue;
            }
            double left = ChartCanvas.x(c.plot, x, (double) b / bins);
            double right = ChartCanvas.x(c.plot, x, (double) (b + 1) / bins);
            double top = ChartCanvas.y(c.plot, y, counts[b]);
            Rectangle2D bar = new Rectangle2D.Double(left + 1, top, right - left - 2, base - top);
            c.g.setColor(Palette.translucent(color, 140));
            c.g.fill(bar);
            c.g.setColor(color);
            c.g.setStroke(new BasicStroke(1.2f));
            c.g.draw(bar);
        }
    }

    private static String label(String name, long[] counts) {
        long n = 0;
        for (long count : counts) {
            n += count;
        }
        return name + " (" + n + ")";
    }
}
