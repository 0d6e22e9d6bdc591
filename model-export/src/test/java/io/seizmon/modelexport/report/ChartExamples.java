package io.seizmon.modelexport.report;

import io.seizmon.core.dataset.SeizureInterval;
import io.seizmon.core.detect.DetectionEvent;
import io.seizmon.core.detect.DetectionPolicy;
import io.seizmon.core.detect.DetectionSpec;
import io.seizmon.core.detect.WindowScore;
import io.seizmon.modelexport.metrics.HypothesisEvent;
import io.seizmon.modelexport.metrics.Roc;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic, seeded inputs for every chart type: the charts of the tests and of {@code docs/img/evaluation}.
 * Nothing here comes from real recordings.
 */
final class ChartExamples {

    static final long SEED = 20240417L;
    static final int NON_SEIZURE_WINDOWS = 2000;
    static final int SEIZURE_WINDOWS = 300;
    static final double RECORDING_SECONDS = 7200;
    static final List<SeizureInterval> SEIZURES = List.of(new SeizureInterval(1800, 1890),
            new SeizureInterval(5400, 5460));

    private ChartExamples() {
    }

    /** Training loss falling fast, validation loss flattening and creeping up after epoch 22. */
    static LineChart lossCurves() {
        Random random = new Random(SEED);
        int epochs = 30;
        double[] train = new double[epochs];
        double[] validation = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            train[e] = 0.6 * Math.exp(-e / 7.0) + 0.1 + random.nextGaussian() * 0.006;
            validation[e] = 0.55 * Math.exp(-e / 9.0) + 0.17 + Math.max(0, e - 22) * 0.006
                    + random.nextGaussian() * 0.01;
        }
        return new LineChart("Training loss", "epoch", "cross-entropy loss",
                List.of(Series.perEpoch("training", train), Series.perEpoch("validation", validation)));
    }

    /** Scores of a good but imperfect classifier: non-seizure around 0.25, seizure around 0.65. */
    static double[] scores() {
        Random random = new Random(SEED);
        double[] scores = new double[NON_SEIZURE_WINDOWS + SEIZURE_WINDOWS];
        for (int i = 0; i < scores.length; i++) {
            double mean = i < NON_SEIZURE_WINDOWS ? 0.25 : 0.65;
            double sd = i < NON_SEIZURE_WINDOWS ? 0.14 : 0.18;
            scores[i] = Math.max(0, Math.min(1, mean + sd * random.nextGaussian()));
        }
        return scores;
    }

    static boolean[] labels() {
        boolean[] labels = new boolean[NON_SEIZURE_WINDOWS + SEIZURE_WINDOWS];
        for (int i = NON_SEIZURE_WINDOWS; i < labels.length; i++) {
            labels[i] = true;
        }
        return labels;
    }

    static RocChart roc() {
        return new RocChart("Validation ROC", Roc.of(scores(), labels()), 0.5);
    }

    static ScoreHistogram histogram(boolean logCount) {
        return new ScoreHistogram("Validation scores per class", scores(), labels(), ScoreHistogram.DEFAULT_BINS,
                logCount, 0.5);
    }

    /** Probabilities per 1-s hop over 2 h; high during both seizures, one false bump at 50 min. */
    static double[] probabilities() {
        Random random = new Random(SEED);
        double[] p = new double[(int) RECORDING_SECONDS - 4];
        for (int i = 0; i < p.length; i++) {
            double t = i + 5;
            double base = 0.08 + 0.05 * random.nextGaussian();
            boolean ictal = SEIZURES.stream().anyMatch(s -> t > s.onsetSeconds() + 8 && t < s.offsetSeconds() + 4);
            boolean bump = t > 3000 && t < 3012;
            p[i] = Math.max(0, Math.min(1, ictal ? 0.85 + 0.08 * random.nextGaussian() : bump ? 0.7 : base));
        }
        return p;
    }

    /** Window end times of {@link #probabilities()}: 5-s windows, 1-s hop. */
    static double[] traceSeconds() {
        double[] t = new double[probabilities().length];
        for (int i = 0; i < t.length; i++) {
            t[i] = i + 5;
        }
        return t;
    }

    /** The detections eeg-core's default detection policy makes of {@link #probabilities()}. */
    static List<HypothesisEvent> detections() {
        List<DetectionEvent> events = new ArrayList<>();
        DetectionPolicy policy = new DetectionPolicy(DetectionSpec.of(0.5, 3, 4, 3, 0, 30), events::add);
        double[] p = probabilities();
        long second = 1_000_000L;
        for (int i = 0; i < p.length; i++) {
            policy.onScore(new WindowScore(i, i * second, (i + 5) * second, p[i]));
        }
        policy.finish((long) RECORDING_SECONDS * second);
        return HypothesisEvent.fromDetections(events, 0, RECORDING_SECONDS);
    }

    static DetectionTimeline timeline() {
        return new DetectionTimeline("Recording sub-01 (synthetic)", RECORDING_SECONDS, SEIZURES, detections(),
                traceSeconds(), probabilities(), 0.5);
    }
}
