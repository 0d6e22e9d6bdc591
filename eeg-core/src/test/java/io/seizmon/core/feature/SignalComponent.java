package io.seizmon.core.feature;

import java.util.Arrays;

/**
 * One additive component of a synthetic test signal, as listed in {@code feature/reference.txt}; the same
 * definitions as {@code make_reference.py}, so both sides regenerate identical inputs.
 *
 * @param kind       {@code noise} (seed, sigma), {@code sine} (amplitude µV, frequency Hz, phase rad),
 *                   {@code dc} (value µV) or {@code ramp} (slope µV/s)
 * @param parameters the parameters in that order
 */
record SignalComponent(String kind, double... parameters) {

    /** Returns {@code round(windowSeconds * sampleRateHz)} samples: the sum of {@code components} at t = i / fs. */
    static double[] render(double sampleRateHz, int samples, SignalComponent... components) {
        double[] x = new double[samples];
        for (SignalComponent component : components) {
            component.addTo(x, sampleRateHz);
        }
        return x;
    }

    /** Adds this component's values to {@code x}, sample {@code i} at time {@code i / sampleRateHz}. */
    void addTo(double[] x, double sampleRateHz) {
        switch (kind) {
            case "noise" -> {
                // Uniform white noise of standard deviation sigma: sigma * sqrt(3) * (2u - 1), u from SplitMix64.
                long state = (long) parameters[0];
                double scale = parameters[1] * Math.sqrt(3.0);
                for (int i = 0; i < x.length; i++) {
                    state += 0x9E3779B97F4A7C15L;
                    long z = state;
                    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
                    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
                    z = z ^ (z >>> 31);
                    x[i] += scale * (2.0 * ((z >>> 11) * 0x1.0p-53) - 1.0);
                }
            }
            case "sine" -> {
                double amplitude = parameters[0];
                double frequencyHz = parameters[1];
                for (int i = 0; i < x.length; i++) {
                    x[i] += amplitude * Math.sin(2.0 * Math.PI * frequencyHz * (i / sampleRateHz) + parameters[2]);
                }
            }
            case "dc" -> {
                for (int i = 0; i < x.length; i++) {
                    x[i] += parameters[0];
                }
            }
            case "ramp" -> {
                for (int i = 0; i < x.length; i++) {
                    x[i] += parameters[0] * (i / sampleRateHz);
                }
            }
            default -> throw new IllegalArgumentException("kind: " + kind + " (expected: noise, sine, dc or ramp)");
        }
    }

    static SignalComponent noise(long seed, double sigma) {
        return new SignalComponent("noise", seed, sigma);
    }

    static SignalComponent sine(double amplitude, double frequencyHz, double phaseRadians) {
        return new SignalComponent("sine", amplitude, frequencyHz, phaseRadians);
    }

    static SignalComponent dc(double value) {
        return new SignalComponent("dc", value);
    }

    static SignalComponent ramp(double slopePerSecond) {
        return new SignalComponent("ramp", slopePerSecond);
    }

    @Override
    public String toString() {
        return kind + Arrays.toString(parameters);
    }
}
