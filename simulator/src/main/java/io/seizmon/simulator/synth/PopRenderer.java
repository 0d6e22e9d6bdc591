package io.seizmon.simulator.synth;

import java.util.Arrays;

/**
 * Electrode pops on one channel: 1 to 3 abrupt steps of ±200-900 µV (at most 45% of the amplifier range), the first
 * at the event's start and the others in its first half, each decaying exponentially with a time constant of
 * 0.05-0.4 s (short enough that the last one has decayed by e⁻⁶ at the end).
 */
final class PopRenderer extends EventRenderer {

    private static final int MAX_POPS = 3;

    private final double maxMicrovolts;
    private final long[] popAt = new long[MAX_POPS];
    private final double[] popMicrovolts = new double[MAX_POPS];
    private int pops;
    private int nextPop;
    private double decayPerSample;
    private double value;

    PopRenderer(double sampleRateHz, SubjectProfile profile, double amplifierRangeMicrovolts) {
        super(sampleRateHz, profile);
        this.maxMicrovolts = 0.45 * amplifierRangeMicrovolts;
    }

    @Override
    protected void onBegin() {
        pops = 1 + (rng.chance(0.4) ? 1 : 0) + (rng.chance(0.2) ? 1 : 0);
        long last = 0;
        for (int i = 0; i < pops; i++) {
            popAt[i] = i == 0 ? 0 : (long) (rng.nextDouble() * length / 2);
            popMicrovolts[i] = rng.sign() * Math.min(maxMicrovolts, rng.uniform(200, 900));
            last = Math.max(last, popAt[i]);
        }
        Arrays.sort(popAt, 0, pops);
        double tauSamples = Math.min(rng.uniform(0.05, 0.4) * sampleRateHz, (length - last) / 6.0);
        decayPerSample = Math.exp(-1 / Math.max(1, tauSamples));
        nextPop = 0;
        value = 0;
    }

    @Override
    double next() {
        value *= decayPerSample;
        while (nextPop < pops && popAt[nextPop] == position) {
            value += popMicrovolts[nextPop++];
        }
        position++;
        return value;
    }
}
