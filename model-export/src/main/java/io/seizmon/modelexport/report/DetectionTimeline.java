package io.seizmon.modelexport.report;

import io.seizmon.core.dataset.SeizureInterval;
import io.seizmon.modelexport.metrics.HypothesisEvent;
import io.seizmon.modelexport.report.ChartCanvas.LegendEntry;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One recording on a time axis: the labelled seizures (top lane, red), the detections (second lane, orange) and
 * the model's probability trace with the threshold (below, blue; labelled seizures shaded behind it). Time is
 * shown in seconds, minutes or hours, whichever suits the recording's length.
 *
 * @param title            chart title
 * @param recordingSeconds the recording's duration, &gt; 0
 * @param reference        labelled seizures
 * @param detections       detected events
 * @param traceSeconds     time of each probability (e.g. each window's end), seconds from the start (copied)
 * @param probabilities    the probabilities, same length (copied)
 * @param threshold        the decision threshold to draw, or NaN for none
 */
public record DetectionTimeline(String title, double recordingSeconds, List<SeizureInterval> reference,
                                List<HypothesisEvent> detections, double[] traceSeconds, double[] probabilities,
                                double threshold) implements Chart {

    private static final int LANE_PIXELS = 24;
    private static final int LANE_GAP_PIXELS = 10;

    public DetectionTimeline {
        Objects.requireNonNull(title, "title");
        if (!(recordingSeconds > 0) || !Double.isFinite(recordingSeconds)) {
            throw new IllegalArgumentException("recordingSeconds: " + recordingSeconds + " (expected: finite, > 0)");
        }
        if (traceSeconds.length != probabilities.length) {
            throw new IllegalArgumentException("probabilities.length: " + probabilities.length
                    + " (expected: traceSeconds.length " + traceSeconds.length + ")");
        }
        reference = List.copyOf(reference);
        detections = List.copyOf(detections);
        traceSeconds = traceSeconds.clone();
        probabilities = probabilities.clone();
    }

    /** Lane rectangles and the trace area inside the plot area: {@code [reference, detections, trace]}. */
    static Rectangle[] layout(Rectangle plot) {
        Rectangle referenceLane = new Rectangle(plot.x, plot.y + LANE_GAP_PIXELS, plot.width, LANE_PIXELS);
        Rectangle detectionLane = new Rectangle(plot.x, referenceLane.y + LANE_PIXELS + LANE_GAP_PIXELS, plot.width,
                LANE_PIXELS);
        int traceTop = detectionLane.y + LANE_PIXELS + 2 * LANE_GAP_PIXELS;
        Rectangle trace = new Rectangle(plot.x, traceTop, plot.width, plot.y + plot.height - traceTop);
        return new Rectangle[] {referenceLane, detectionLane, trace};
    }

    @Override
    public BufferedImage render(int widthPixels, int heightPixels) {
        ChartCanvas c = new ChartCanvas(widthPixels, heightPixels);
        double unit = recordingSeconds > 3 * 3600 ? 3600 : recordingSeconds > 600 ? 60 : 1;
        String unitName = unit == 3600 ? "h" : unit == 60 ? "min" : "s";
        Axis x = Axis.linear(0, recordingSeconds / unit, "time [" + unitName + "]");
        Axis p = Axis.linear(0, 1, "p(seizure)");
        Rectangle[] areas = layout(c.plot);
        c.title(title);
        c.xAxis(c.plot, x);
        c.yAxis(areas[2], p);
        lanes(c, areas, x, unit);
        BasicStroke traceStroke = ChartCanvas.solid(1.6f);
        c.drawClipped(areas[2], trace(areas[2], x, p, unit), Palette.BLUE, traceStroke);
        List<LegendEntry> legend = new ArrayList<>(List.of(
                new LegendEntry("probability", Palette.BLUE, traceStroke, false)));
        if (!Double.isNaN(threshold)) {
            BasicStroke dashed = ChartCanvas.dashed(1.6f);
            double py = ChartCanvas.y(areas[2], p, threshold);
            c.drawClipped(areas[2], new Line2D.Double(areas[2].x, py, areas[2].x + areas[2].width, py),
                    ChartCanvas.AXIS, dashed);
            legend.add(new LegendEntry(String.format(Locale.ROOT, "threshold %.2f", threshold), ChartCanvas.AXIS,
                    dashed, false));
        }
        c.frame(c.plot);
        c.line(ChartCanvas.GRID.darker(), 1, c.plot.x, areas[2].y - LANE_GAP_PIXELS, c.plot.x + c.plot.width,
                areas[2].y - LANE_GAP_PIXELS);
        c.legend(legend, areas[2], false);
        return c.finish();
    }

    /** Labelled seizures in the top lane (and shaded behind the trace), detections in the second lane. */
    private void lanes(ChartCanvas c, Rectangle[] areas, Axis x, double unit) {
        for (SeizureInterval s : reference) {
            span(c, areas[2], x, unit, s.onsetSeconds(), s.offsetSeconds(), Palette.translucent(Palette.SEIZURE, 38));
            span(c, areas[0], x, unit, s.onsetSeconds(), s.offsetSeconds(), Palette.SEIZURE);
        }
        for (HypothesisEvent d : detections) {
            span(c, areas[1], x, unit, d.onsetSeconds(), d.offsetSeconds(), Palette.ORANGE);
        }
        laneLabel(c, areas[0], "reference");
        laneLabel(c, areas[1], "detected");
    }

    private Path2D trace(Rectangle area, Axis x, Axis p, double unit) {
        Path2D path = new Path2D.Double();
        boolean penDown = false;
        for (int i = 0; i < traceSeconds.length; i++) {
            if (!Double.isFinite(probabilities[i]) || !Double.isFinite(traceSeconds[i])) {
                penDown = false;
                continue;
            }
            double px = ChartCanvas.x(area, x, traceSeconds[i] / unit);
            double py = ChartCanvas.y(area, p, probabilities[i]);
            if (penDown) {
                path.lineTo(px, py);
            } else {
                path.moveTo(px, py);
                penDown = true;
            }
        }
        return path;
    }

    /** Fills [from, to) seconds of {@code area}; at least 2 pixels wide so a short event stays visible. */
    private static void span(ChartCanvas c, Rectangle area, Axis x, double unit, double fromSeconds,
                             double toSeconds, Color color) {
        double left = Math.max(area.x, ChartCanvas.x(area, x, fromSeconds / unit));
        double right = Math.min(area.x + area.width, ChartCanvas.x(area, x, toSeconds / unit));
        c.g.setColor(color);
        c.g.fill(new Rectangle2D.Double(left, area.y, Math.max(2, right - left), area.height));
    }

    private static void laneLabel(ChartCanvas c, Rectangle lane, String text) {
        c.g.setFont(c.g.getFont().deriveFont(12f));
        c.g.setColor(ChartCanvas.AXIS);
        FontMetrics fm = c.g.getFontMetrics();
        c.g.drawString(text, lane.x - 8 - fm.stringWidth(text), lane.y + (lane.height + fm.getAscent()) / 2f - 2);
    }
}
