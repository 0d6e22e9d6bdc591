package io.seizmon.modelexport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Writes one 800 × 500 PNG per chart type from {@link ChartExamples} to {@code target/chart-examples}, or to the
 * folder named by {@code -Dseizmon.charts.out=DIR} (how {@code docs/img/evaluation} is made), and reads each back.
 */
class ChartExamplesTest {

    @Test
    void writesOneExamplePerChartType() throws IOException {
        Path out = Paths.get(System.getProperty("seizmon.charts.out", "target/chart-examples"));
        Files.createDirectories(out);

        ChartExamples.lossCurves().writePng(out.resolve("loss-curves.png"));
        ChartExamples.roc().writePng(out.resolve("roc.png"));
        ChartExamples.histogram(true).writePng(out.resolve("score-histogram.png"));
        ChartExamples.timeline().writePng(out.resolve("detection-timeline.png"));

        for (String name : new String[] {"loss-curves", "roc", "score-histogram", "detection-timeline"}) {
            var image = ImageIO.read(out.resolve(name + ".png").toFile());
            assertThat(image.getWidth()).as(name).isEqualTo(800);
            assertThat(image.getHeight()).as(name).isEqualTo(500);
        }
    }
}
