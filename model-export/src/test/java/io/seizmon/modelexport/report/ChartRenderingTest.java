package io.seizmon.modelexport.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.seizmon.modelexport.metrics.Roc;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every chart type renders at the requested size, is not blank, and puts its data where the data says. */
class ChartRenderingTest {

    private static final int W = Chart.DEFAULT_WIDTH_PIXELS;
    private static final int H = Chart.DEFAULT_HEIGHT_PIXELS;
    private static final Rectangle PLOT = ChartCanvas.plotArea(W, H);

    @TempDir
    Path dir;

    @Test
    void everyChartWritesANonBlankPngOfTheRequestedSize() throws IOException {
        List<Chart> charts = List.of(ChartExamples.lossCurves(), ChartExamples.roc(),
                ChartExamples.histogram(false), ChartExamples.timeline());
        for (Chart chart : charts) {
            Path file = dir.resolve(chart.getClass().getSimpleName() + ".png");
            chart.writePng(file, 640, 420);

            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image.getWidth()).isEqualTo(640);
            assertThat(image.getHeight()).isEqualTo(420);
            assertThat(Pixels.distinctColours(image)).as("colours of %s", file).isGreaterThan(50);
            assertThat(Pixels.nonWhiteFraction(image)).as("ink of %s", file).isGreaterThan(0.02);
        }
    }

    @Test
    void rejectsImagesTooSmallToHoldAPlot() {
        assertThatThrownBy(() -> ChartExamples.roc().render(100, 400))
                .hasMessage("widthPixels: 100 (expected: 212 to 8000)");
    }

    @Test
    void lineChartDrawsAFallingSeriesHighOnTheLeftAndLowOnTheRight() {
        double[] falling = {1.0, 0.8, 0.6, 0.4, 0.3, 0.2, 0.15, 0.1};
        double[] rising = {0.1, 0.15, 0.2, 0.3, 0.4, 0.6, 0.8, 1.0};
        BufferedImage image = new LineChart("loss", "epoch", "loss",
                List.of(Series.perEpoch("falling", falling), Series.perEpoch("rising", rising))).render(W, H);

        int quarter = PLOT.width / 4;
        int belowLegend = 80;
        Rectangle left = new Rectangle(PLOT.x, PLOT.y, quarter, PLOT.height);
        Rectangle right = new Rectangle(PLOT.x + PLOT.width - quarter, PLOT.y + belowLegend, quarter,
                PLOT.height - belowLegend);
        double centre = PLOT.y + PLOT.height / 2.0;
        var blue = Pixels.near(Palette.series(0), 30);
        var orange = Pixels.near(Palette.series(1), 30);
        assertThat(Pixels.meanY(Pixels.matching(image, left, blue))).isLessThan(centre);
        assertThat(Pixels.meanY(Pixels.matching(image, right, blue))).isGreaterThan(centre);
        assertThat(Pixels.meanY(Pixels.matching(image, left, orange))).isGreaterThan(centre);
        assertThat(Pixels.matching(image, right, orange)).isNotEmpty();
    }

    @Test
    void rocCurveOfAGoodClassifierLiesAboveTheDiagonal() {
        List<int[]> curve = rocCurvePixels(ChartExamples.roc().render(W, H));

        assertThat(curve).hasSizeGreaterThan(200);
        long above = curve.stream().filter(p -> tpr(p) >= fpr(p) - 0.01).count();
        assertThat((double) above / curve.size()).isGreaterThan(0.98);
        assertThat(curve).anySatisfy(p -> {
            assertThat(fpr(p)).isLessThan(0.1);
            assertThat(tpr(p)).isGreaterThan(0.6);
        });
    }

    @Test
    void rocCurveOfAnInvertedClassifierLiesBelowTheDiagonal() {
        double[] inverted = Arrays.stream(ChartExamples.scores()).map(s -> 1 - s).toArray();
        Roc roc = Roc.of(inverted, ChartExamples.labels());
        List<int[]> curve = rocCurvePixels(new RocChart("inverted", roc).render(W, H));

        long below = curve.stream().filter(p -> tpr(p) <= fpr(p) + 0.01).count();
        assertThat((double) below / curve.size()).isGreaterThan(0.98);
    }

    @Test
    void histogramPutsSeizureScoresRightAndNonSeizureScoresLeft() {
        BufferedImage image = ChartExamples.histogram(false).render(W, H);
        Rectangle belowLegend = new Rectangle(PLOT.x, PLOT.y + 90, PLOT.width, PLOT.height - 90);

        double seizureX = Pixels.meanX(Pixels.matching(image, belowLegend, Pixels::reddish));
        double nonSeizureX = Pixels.meanX(Pixels.matching(image, belowLegend, Pixels::bluish));

        double middle = PLOT.x + PLOT.width / 2.0;
        assertThat(seizureX).isGreaterThan(middle);
        assertThat(nonSeizureX).isLessThan(middle);
    }

    @Test
    void logCountsLiftTheRareClassIntoView() {
        Rectangle upperHalf = new Rectangle(PLOT.x, PLOT.y + 90, PLOT.width, PLOT.height / 2 - 90);

        List<int[]> linear = Pixels.matching(ChartExamples.histogram(false).render(W, H), upperHalf,
                Pixels::reddish);
        List<int[]> log = Pixels.matching(ChartExamples.histogram(true).render(W, H), upperHalf, Pixels::reddish);

        // 300 seizure windows in 20 bins never reach half of the 2000 non-seizure windows' peak on a linear axis
        assertThat(linear).isEmpty();
        assertThat(log).isNotEmpty();
    }

    @Test
    void histogramBinsCountEachClassAndClampOutOfRangeScores() {
        ScoreHistogram h = new ScoreHistogram("t", new double[] {0, 0.04, 0.05, 0.5, 0.99, 1.0, 1.2, -0.1, 0.5},
                new boolean[] {false, false, false, false, true, true, true, false, true}, 20, false, Double.NaN);

        long[][] counts = h.counts();

        assertThat(counts[0][0]).isEqualTo(3);
        assertThat(counts[0][1]).isEqualTo(1);
        assertThat(counts[0][10]).isEqualTo(1);
        assertThat(counts[1][10]).isEqualTo(1);
        assertThat(counts[1][19]).isEqualTo(3);
    }

    @Test
    void timelineDrawsSeizuresAndDetectionsInTheirLanesAtTheirTimes() {
        BufferedImage image = ChartExamples.timeline().render(W, H);
        Rectangle[] areas = DetectionTimeline.layout(PLOT);
        // the first seizure spans 1800-1890 s of 7200 s; nothing else is labelled before 5400 s
        int seizureLeft = PLOT.x + (int) Math.floor(1800.0 / 7200 * PLOT.width);
        int seizureRight = PLOT.x + (int) Math.ceil(1890.0 / 7200 * PLOT.width);
        Rectangle inSeizure = new Rectangle(seizureLeft, 0, seizureRight - seizureLeft, H);
        Rectangle beforeSeizure = new Rectangle(PLOT.x, 0, seizureLeft - PLOT.x - 2, H);

        assertThat(Pixels.matching(image, areas[0].intersection(inSeizure), Pixels.near(Palette.SEIZURE, 10)))
                .isNotEmpty();
        assertThat(Pixels.matching(image, areas[0].intersection(beforeSeizure), Pixels::reddish)).isEmpty();
        assertThat(Pixels.matching(image, areas[1].intersection(inSeizure), Pixels.near(Palette.ORANGE, 10)))
                .isNotEmpty();
        double thresholdY = ChartCanvas.y(areas[2], Axis.linear(0, 1, "p"), 0.5);
        Rectangle traceAboveThreshold = new Rectangle(seizureLeft, areas[2].y, seizureRight - seizureLeft,
                (int) thresholdY - areas[2].y);
        assertThat(Pixels.matching(image, traceAboveThreshold, Pixels.near(Palette.BLUE, 30))).isNotEmpty();
    }

    private static List<int[]> rocCurvePixels(BufferedImage image) {
        Rectangle legendFree = new Rectangle(PLOT.x + 2, PLOT.y + 2, PLOT.width - 4, PLOT.height - 4);
        return Pixels.matching(image, legendFree, Pixels.near(Palette.BLUE, 25)).stream()
                .filter(p -> !(p[0] > PLOT.x + PLOT.width - 220 && p[1] > PLOT.y + PLOT.height - 110))
                .toList();
    }

    private static double fpr(int[] pixel) {
        return (pixel[0] - PLOT.x) / (double) PLOT.width;
    }

    private static double tpr(int[] pixel) {
        return (PLOT.y + PLOT.height - pixel[1]) / (double) PLOT.height;
    }
}
