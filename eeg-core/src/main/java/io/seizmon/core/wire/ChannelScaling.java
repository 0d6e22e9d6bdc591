package io.seizmon.core.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * The int16 calibration of one channel: physical µV = raw × {@code scale} + {@code offset}.
 *
 * <p>Decoding computes {@code (float) (raw * (double) scale + (double) offset)}. Encoding computes
 * {@code raw = rint((µV - offset) / scale)} in double (ties to even) and saturates it to -32768..32767, so a
 * value outside the range the scaling covers is clipped rather than wrapped. For a scaling from
 * {@link #forRange(float, float)}, every value within the range decodes to within {@code |scale| / 2} plus
 * two float32 ulps of {@code max(|min|, |max|)} of itself (the ulps cover the rounding of scale and offset).
 *
 * @param scale  µV per raw step, finite and not 0
 * @param offset µV at raw 0, finite
 */
public record ChannelScaling(float scale, float offset) {

    /** Raw steps used on each side of the offset by {@link #forRange}: -32767..32767 (-32768 is left unused). */
    static final int HALF_STEPS = Short.MAX_VALUE;

    public ChannelScaling {
        if (!Float.isFinite(scale) || scale == 0) {
            throw new IllegalArgumentException("scale: " + scale + " (expected: finite, != 0)");
        }
        if (!Float.isFinite(offset)) {
            throw new IllegalArgumentException("offset: " + offset + " (expected: finite)");
        }
    }

    /**
     * Returns the scaling that maps {@code minMicrovolts..maxMicrovolts} onto raw -32767..32767.
     * A constant channel ({@code min == max}) gets scale 1 and offset {@code min}, so it encodes exactly; so
     * does a range too narrow for a normal float32 scale (narrower than 65534 × {@link Float#MIN_NORMAL}),
     * whose offset is its midpoint.
     *
     * @throws IllegalArgumentException if a bound is not finite or {@code min > max}
     */
    public static ChannelScaling forRange(float minMicrovolts, float maxMicrovolts) {
        if (!Float.isFinite(minMicrovolts) || !Float.isFinite(maxMicrovolts) || minMicrovolts > maxMicrovolts) {
            throw new IllegalArgumentException("range: " + minMicrovolts + ".." + maxMicrovolts
                    + " (expected: finite, min <= max)");
        }
        float offset = (float) (((double) minMicrovolts + maxMicrovolts) / 2);
        float scale = (float) (((double) maxMicrovolts - minMicrovolts) / (2.0 * HALF_STEPS));
        if (!(scale > Float.MIN_NORMAL)) {
            return new ChannelScaling(1f, offset);
        }
        return new ChannelScaling(scale, offset);
    }

    /** Returns one scaling per channel of {@code frame}, each from that channel's min and max in this frame. */
    public static List<ChannelScaling> fitting(EegFrame frame) {
        int channels = frame.channelCount();
        List<ChannelScaling> scalings = new ArrayList<>(channels);
        for (int c = 0; c < channels; c++) {
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < frame.samplesPerChannel(); i++) {
                float value = frame.sample(i, c);
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
            scalings.add(forRange(min, max));
        }
        return scalings;
    }

    /** Returns the raw value for {@code microvolts}, rounded to nearest (ties to even), saturated to int16. */
    public short quantise(float microvolts) {
        double raw = Math.rint((microvolts - (double) offset) / scale);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, raw));
    }

    /** Returns the physical value of {@code raw}, µV; infinite if it overflows float32. */
    public float physical(int raw) {
        return (float) (raw * (double) scale + offset);
    }
}
