package io.seizmon.core.wire;

import io.seizmon.benchmarks.MicrosecondBenchmark;
import java.util.Random;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Decoding one 100-ms frame at 1000 Hz (100 samples per channel), checked against its topic, in the three forms a
 * frame can take: binary float32, binary int16 with per-channel scale, and JSON (the baseline).
 */
public class FrameCodecBenchmark extends MicrosecondBenchmark {

    @Param({"1", "16"})
    public int channels;

    @Param({"100"})
    public int samplesPerChannel;

    private byte[] float32;
    private byte[] int16;
    private byte[] json;

    @Setup
    public void setUp() {
        Random random = new Random(11);
        float[] samples = new float[channels * samplesPerChannel];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (random.nextGaussian() * 60);
        }
        EegFrame frame = new EegFrame("cage-07", false, 1234, 1_700_000_000_000_000L, 1000.0, channels,
                samplesPerChannel, samples);
        float32 = FrameCodec.encodeFloat32(frame);
        int16 = FrameCodec.encodeInt16(frame);
        json = JsonFrameCodec.encode(frame);
        check(FrameCodec.decode(float32, "cage-07", false));
        check(FrameCodec.decode(int16, "cage-07", false));
        check(JsonFrameCodec.decode(json, "cage-07", false));
    }

    private static void check(PayloadResult<EegFrame> result) {
        if (!(result instanceof PayloadResult.Decoded<EegFrame>)) {
            throw new IllegalStateException("benchmark frame does not decode: " + result);
        }
    }

    @Benchmark
    public PayloadResult<EegFrame> decodeFloat32() {
        return FrameCodec.decode(float32, "cage-07", false);
    }

    @Benchmark
    public PayloadResult<EegFrame> decodeInt16() {
        return FrameCodec.decode(int16, "cage-07", false);
    }

    @Benchmark
    public PayloadResult<EegFrame> decodeJsonBaseline() {
        return JsonFrameCodec.decode(json, "cage-07", false);
    }
}
