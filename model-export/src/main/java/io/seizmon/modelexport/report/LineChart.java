package io.seizmon.modelexport.report;

import io.seizmon.modelexport.report.ChartCanvas.LegendEntry;
import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Several named series against one x axis, with a legend: e.g. training and validation loss per epoch. Axes fit
 * the data unless given. Series with few points also get a dot per point.
 *
 * @param title  chart title
 * @param xLabel x axis label
 * @param yLabel y axis label
 * @param series the lines, drawn in order (colours from a fixed palette)
 * @param yAxis  the y axis, or null to fit the data
 */
public record LineChart(String title, String xLabel, String yLabel, List<Series> series, Axis yAxis)
        implements Chart {

    private static final int MAX_DOTTED_POINTS = 40;

    public LineChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        series = List.copyOf(series);
    }

    /** A chart whose axes fit the data. */
    public LineChart(String title, String xLabel, String yLabel, List<Series> series) {
        this(title, xLabel, yLabel, series, null);
    }

    @Override
    public BufferedImage render(int widthPixels, int heightPixels) {
        ChartCanvas c = new ChartCanvas(widthPixels, heightPixels);
        Axis x = Axis.fitted(min(true), max(true), xLabel);
        Axis y = yAxis != null ? yAxis : Axis.fitted(min(false), max(false), yLabel);
        c.title(title);
        c.xAxis(c.plot, x);
        c.yAxis(c.plot, y);
        List<LegendEntry> legend = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            BasicStroke stroke = new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            c.drawClipped(c.plot, path(c, x, y, line), Palette.series(s), stroke);
            if (line.x().length <= MAX_DOTTED_POINTS) {
                dots(c, x, y, line, s);
            }
            legend.add(new LegendEntry(line.name(), Palette.series(s), stroke, false));
        }
        c.frame(c.plot);
        c.legend(legend, c.plot, false);
        return c.finish();
    }

    private static Path2D path(ChartCanvas c, Axis x, Axis y, Series line) {
        Path2D path = new Path2D.Double();
        boolean penDown = false;
        double[] xs = line.x();
        double[] ys = line.y();
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(ys[i])) {
                penDown = false;
                continue;
            }
            double px = ChartCanvas.x(c.plot, x, xs[i]);
            double py = ChartCanvas.y(c.plot, y, ys[i]);
            if (penDown) {
                path.lineTo(px, py);
            } else {
                path.moveTo(px, py);
                penDown = true;
            }
        }
        return path;
    }

    private static void dots(ChartCanvas c, Axis x, Axis y, Series line, int s) {
        double[] xs = line.x();
        double[] ys = line.y();
        c.g.setColor(Palette.series(s));
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(ys[i])) {
                double px = ChartCanvas.x(c.plot, x, xs[i]);
                double py = ChartCanvas.y(c.plot, y, ys[i]);
                if (c.plot.contains(px, py)) {
                    c.g.fill(new Ellipse2D.Double(px - 3.5, py - 3.5, 7, 7));
                }
            }
        }
    }

    private double min(boolean ofX) {
        return series.stream().flatMapToDouble(s -> Arrays.stream(ofX ? s.x() : s.y()))
                .filter(Double::isFinite).min().orElse(Double.NaN);
    }

    private double max(boolean ofX) {
        return series.stream().flatMapToDouble(s -> Arrays.stream(ofX ? s.x() : s.y()))
                .filter(Double::isFinite).max().orElse(Double.NaN);
    }
}
