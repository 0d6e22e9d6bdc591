package io.seizmon.simulator.synth;

import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.core.feature.WelchPeriodogram;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Renders one synthetic seizure, from before its onset to the end of its post-ictal suppression, as the PNG in
 * {@code docs/img/}: the trace with the annotations shaded, its spectrogram (log10 power of 2-s windows, 0-50 Hz)
 * and three 3-s close-ups. Run by hand (not a test):
 * <pre>
 * mvn -q -o -pl simulator org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.seizmon.simulator.synth.SeizurePlot -Dexec.args="docs/img/synthetic-seizure.png 1 0"
 * </pre>
 * Arguments: output file, run seed, subject index. The first seizure of 40-90 s of that subject is drawn.
 */
public final class SeizurePlot {

    private static final int WIDTH = 1600;
    private static final double RATE_HZ = 1000;
    private static final double MARGIN_SECONDS = 20;
    private static final Color SEIZURE = new Color(255, 120, 120, 70);
    private static final Color POSTICTAL = new Color(90, 140, 255, 60);

    private SeizurePlot() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/img/synthetic-seizure.png");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        int subject = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        SynthSpec spec = SynthSpec.of(RATE_HZ, 12 * 3600, seed).withSeizuresPerDay(24);
        SyntheticSource source = SyntheticSource.subject(spec, subject);
        SynthEvent seizure = source.schedule().events(EventKind.SEIZURE).stream()
                .filter(e -> e.samples() >= 40 * RATE_HZ && e.samples() <= 90 * RATE_HZ).findFirst()
                .orElseThrow(() -> new IllegalStateException("no seizure of 40-90 s in 12 h"));
        SynthEvent postictal = source.schedule().events(EventKind.POSTICTAL).stream()
                .filter(e -> e.startSample() == seizure.endSample()).findFirst().orElseThrow();
        long from = seizure.startSample() - Math.round(MARGIN_SECONDS * RATE_HZ);
        long to = postictal.endSample() + Math.round(MARGIN_SECONDS * RATE_HZ);
        float[] x = read(source, from, to);
        BufferedImage image = new BufferedImage(WIDTH, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, 1000);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString(String.format("Synthetic rodent EEG, %s (seed %d): a %.0f-s seizure (base %.1f Hz) and its "
                        + "post-ictal suppression", source.name(), seed, seizure.samples() / RATE_HZ,
                source.profile().seizureBaseHz()), 70, 28);
        double seconds = (to - from) / RATE_HZ;
        Panel trace = new Panel(70, 50, WIDTH - 100, 330, 0, seconds);
        drawTrace(g, trace, x, 0, x.length, from, seizure, postictal);
        Panel spectrogram = new Panel(70, 430, WIDTH - 100, 230, 0, seconds);
        drawSpectrogram(g, spectrogram, x);
        long[] starts = {seizure.startSample(), seizure.startSample() + seizure.samples() / 2,
            seizure.endSample() - Math.round(3 * RATE_HZ)};
        String[] names = {"onset: low-voltage fast activity, then rhythmic build-up", "middle",
            "end: slower spike-and-wave, abrupt stop"};
        int gap = 80;
        int w = (WIDTH - 100 - 2 * gap) / 3;
        for (int i = 0; i < 3; i++) {
            Panel zoom = new Panel(70 + i * (w + gap), 720, w, 230, 0, 3);
            int a = (int) (starts[i] - from);
            drawTrace(g, zoom, x, a, a + (int) (3 * RATE_HZ), from, seizure, postictal);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            g.drawString(names[i], zoom.left, zoom.top - 6);
        }
        g.dispose();
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.write(image, "png", out.toFile());
        System.out.println("wrote " + out + " (" + source.name() + ", seizure at " + seizure.startSample() / RATE_HZ
                + " s)");
    }

    private static float[] read(SyntheticSource source, long from, long to) {
        float[] skip = new float[(int) RATE_HZ];
        while (source.position() < from) {
            source.read(skip, (int) Math.min(skip.length, from - source.position()));
        }
        float[] x = new float[(int) (to - from)];
        for (int off = 0; off < x.length; ) {
            float[] chunk = new float[Math.min(10_000, x.length - off)];
            int n = source.read(chunk, chunk.length);
            System.arraycopy(chunk, 0, x, off, n);
            off += n;
        }
        return x;
    }

    /** Draws x[a, b) into the panel with a scale bar and the annotations shaded. */
    private static void drawTrace(Graphics2D g, Panel p, float[] x, int a, int b, long from, SynthEvent seizure,
                                  SynthEvent postictal) {
        double t0 = a / RATE_HZ;
        double span = (b - a) / RATE_HZ;
        Panel local = new Panel(p.left, p.top, p.width, p.height, 0, span);
        shade(g, local, (seizure.startSample() - from) / RATE_HZ - t0, (seizure.endSample() - from) / RATE_HZ - t0,
                SEIZURE, "sz (annotation)");
        shade(g, local, (postictal.startSample() - from) / RATE_HZ - t0, (postictal.endSample() - from) / RATE_HZ
                - t0, POSTICTAL, "postictal");
        double peak = 0;
        for (int i = a; i < b; i++) {
            peak = Math.max(peak, Math.abs(x[i]));
        }
        double microvoltsPerPixel = 2.2 * Math.max(200, peak) / p.height;
        Path2D.Double line = new Path2D.Double();
        for (int i = a; i < b; i++) {
            double px = local.x((i - a) / RATE_HZ);
            double py = p.top + p.height / 2.0 - x[i] / microvoltsPerPixel;
            if (i == a) {
                line.moveTo(px, py);
            } else {
                line.lineTo(px, py);
            }
        }
        g.setClip(p.left, p.top, p.width, p.height);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(span > 10 ? 0.6f : 1.2f));
        g.draw(line);
        g.setClip(null);
        g.setColor(Color.GRAY);
        g.drawRect(p.left, p.top, p.width, p.height);
        int barMicrovolts = peak > 600 ? 500 : 200;
        int bar = (int) Math.round(barMicrovolts / microvoltsPerPixel);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2f));
        g.drawLine(p.left - 12, p.top + p.height - 10 - bar, p.left - 12, p.top + p.height - 10);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(barMicrovolts + " µV", p.left - 60, p.top + p.height - 14 - bar);
        timeAxis(g, local, span > 10 ? 10 : 1);
    }

    private static void shade(Graphics2D g, Panel p, double startSeconds, double endSeconds, Color color,
                              String label) {
        int x0 = (int) Math.max(p.left, p.x(startSeconds));
        int x1 = (int) Math.min(p.left + p.width, p.x(endSeconds));
        if (x1 <= x0) {
            return;
        }
        g.setColor(color);
        g.fillRect(x0, p.top, x1 - x0, p.height);
        g.setColor(new Color(color.getRed() / 2, color.getGreen() / 2, color.getBlue() / 2));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString(label, x0 + 4, p.top + 16);
    }

    private static void drawSpectrogram(Graphics2D g, Panel p, float[] x) {
        double windowSeconds = 2;
        double hopSeconds = 0.25;
        int maxHz = 50;
        WelchPeriodogram periodogram = new WelchPeriodogram(new FeatureSpec(FeatureSpec.ID_V1, RATE_HZ,
                windowSeconds, maxHz, FeatureSpec.DEFAULT_EPSILON));
        int n = (int) (windowSeconds * RATE_HZ);
        int hop = (int) (hopSeconds * RATE_HZ);
        double[] window = new double[n];
        double[] features = new double[maxHz];
        double cellWidth = p.width * hopSeconds / p.toSeconds;
        double cellHeight = (double) p.height / maxHz;
        for (int start = 0; start + n <= x.length; start += hop) {
            for (int i = 0; i < n; i++) {
                window[i] = x[start + i];
            }
            periodogram.computeFeatures(window, 0, features, 0);
            double centre = (start + n / 2.0) / RATE_HZ;
            for (int k = 0; k < maxHz; k++) {
                g.setColor(heat((features[k] + 1) / 5));
                int px = (int) (p.x(centre) - cellWidth / 2);
                int py = (int) (p.top + p.height - (k + 1) * cellHeight);
                g.fillRect(px, py, (int) Math.ceil(cellWidth), (int) Math.ceil(cellHeight));
            }
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int hz = 0; hz <= maxHz; hz += 10) {
            int py = (int) (p.top + p.height - hz * cellHeight);
            g.drawString(hz + " Hz", p.left - 45, py + 4);
        }
        g.drawString("log10 power per 1-Hz band, 2-s windows: -1 (dark) to 4 µV² (bright)", p.left, p.top - 6);
        timeAxis(g, p, 10);
    }

    private static void timeAxis(Graphics2D g, Panel p, double stepSeconds) {
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (double t = 0; t <= p.toSeconds + 1e-9; t += stepSeconds) {
            int px = (int) p.x(t);
            g.drawLine(px, p.top + p.height, px, p.top + p.height + 4);
            g.drawString(String.format("%.0f s", t), px - 10, p.top + p.height + 18);
        }
    }

    /** Black, purple, orange, yellow, for 0 ≤ v ≤ 1. */
    private static Color heat(double v) {
        double t = Math.max(0, Math.min(1, v));
        float[][] stops = {{0, 0, 0.02f}, {0.35f, 0.05f, 0.45f}, {0.85f, 0.25f, 0.2f}, {1, 0.65f, 0.05f},
            {1, 1, 0.7f}};
        double s = t * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) s);
        double f = s - i;
        return new Color((float) (stops[i][0] + f * (stops[i + 1][0] - stops[i][0])),
                (float) (stops[i][1] + f * (stops[i + 1][1] - stops[i][1])),
                (float) (stops[i][2] + f * (stops[i + 1][2] - stops[i][2])));
    }

    /** A plotting area and its time range. */
    private record Panel(int left, int top, int width, int height, double fromSeconds, double toSeconds) {
        double x(double seconds) {
            return left + (seconds - fromSeconds) / (toSeconds - fromSeconds) * width;
        }
    }
}
