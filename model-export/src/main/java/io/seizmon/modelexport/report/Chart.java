package io.seizmon.modelexport.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A chart that renders itself to an RGB image with Java2D, headless (no display needed).
 *
 * <p>Charts are immutable descriptions of what to draw; {@link #render} may be called from any thread and
 * returns a new image each time, owned by the caller.
 */
public sealed interface Chart permits LineChart, RocChart, ScoreHistogram, DetectionTimeline {

    /** The width the training report uses, pixels. */
    int DEFAULT_WIDTH_PIXELS = 800;
    /** The height the training report uses, pixels. */
    int DEFAULT_HEIGHT_PIXELS = 500;

    /**
     * Draws the chart.
     *
     * @throws IllegalArgumentException when a side is under the chart's minimum (about 210 × 190) or above 8000
     */
    BufferedImage render(int widthPixels, int heightPixels);

    /** Draws the chart and writes it to {@code file} as PNG, replacing it. */
    default void writePng(Path file, int widthPixels, int heightPixels) throws IOException {
        if (!ImageIO.write(render(widthPixels, heightPixels), "png", file.toFile())) {
            throw new IOException(file + ": no PNG writer available");
        }
    }

    /** {@link #writePng(Path, int, int)} at 800 × 500. */
    default void writePng(Path file) throws IOException {
        writePng(file, DEFAULT_WIDTH_PIXELS, DEFAULT_HEIGHT_PIXELS);
    }
}
