package io.seizmon.core.wire;

import io.seizmon.benchmarks.MicrosecondBenchmark;
import io.seizmon.core.detect.DetectionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Encoding and decoding (with topic checks) the edge agent's JSON payloads: one seizure-onset alert and one score
 * update of {@code channels} channels (every fourth not scored); the baseline is decoding one binary float32
 * 100-ms frame of the same channel count at 1000 Hz, the message the agent receives ten times a second per stream.
 */
public class PayloadCodecBenchmark extends MicrosecondBenchmark {

    private static final String SHA256 = "99858ff1f0854474e10c8b14a408442305ef47624e90dab1dea63a60b10f6708";

    @Param({"2", "16"})
    public int channels;

    private StreamTopic alertsTopic;
    private StreamTopic scoresTopic;
    private AlertEvent alert;
    private ScoreUpdate scores;
    private byte[] alertJson;
    private byte[] scoresJson;
    private byte[] frame;

    @Setup
    public void setUp() {
        alertsTopic = Topics.parse(Topics.alerts("cage-07", true)).orElseThrow();
        scoresTopic = Topics.parse(Topics.scores("cage-07", true)).orElseThrow();
        long onsetMicros = 1_700_000_002_345_703L;
        alert = new AlertEvent(AlertEvent.idFor("edge-01", "cage-07", 0, onsetMicros, AlertKind.SEIZURE_ONSET),
                "edge-01", "cage-07", true, OptionalInt.of(0), Optional.of("EEG1"), AlertKind.SEIZURE_ONSET, 3,
                onsetMicros, OptionalLong.empty(), onsetMicros + 10_000_000, onsetMicros + 10_015_341, 0.97, 4,
                "seizmon-mlp-synth-1000hz", SHA256, DetectionSpec.DEFAULTS, "3 of 4 windows >= 0.50");
        Random random = new Random(11);
        double[] probabilities = new double[channels];
        List<ChannelQuality> quality = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            boolean scored = c % 4 != 3;
            probabilities[c] = scored ? random.nextDouble() : Double.NaN;
            quality.add(scored ? ChannelQuality.OK : ChannelQuality.FLAT);
        }
        scores = new ScoreUpdate("edge-01", "cage-07", true, onsetMicros, onsetMicros + 5_000_000, probabilities,
                quality, 0.5, "seizmon-mlp-synth-1000hz");
        alertJson = AlertEventCodec.encode(alert);
        scoresJson = ScoreUpdateCodec.encode(scores);
        float[] samples = new float[channels * 100];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (random.nextGaussian() * 60);
        }
        frame = FrameCodec.encodeFloat32(new EegFrame("cage-07", true, 1, onsetMicros, 1000.0, channels, 100,
                samples));
        check(AlertEventCodec.decode(alertJson, alertsTopic));
        check(ScoreUpdateCodec.decode(scoresJson, scoresTopic));
        check(FrameCodec.decode(frame, scoresTopic.subjectId(), true));
    }

    private static void check(PayloadResult<?> result) {
        if (!result.isDecoded()) {
            throw new IllegalStateException("benchmark payload does not decode: " + result);
        }
    }

    @Benchmark
    public byte[] encodeAlert() {
        return AlertEventCodec.encode(alert);
    }

    @Benchmark
    public PayloadResult<AlertEvent> decodeAlert() {
        return AlertEventCodec.decode(alertJson, alertsTopic);
    }

    @Benchmark
    public byte[] encodeScores() {
        return ScoreUpdateCodec.encode(scores);
    }

    @Benchmark
    public PayloadResult<ScoreUpdate> decodeScores() {
        return ScoreUpdateCodec.decode(scoresJson, scoresTopic);
    }

    @Benchmark
    public PayloadResult<EegFrame> decodeFrameBaseline() {
        return FrameCodec.decode(frame, "cage-07", true);
    }
}
