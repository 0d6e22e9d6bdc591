package io.seizmon.core.recording;

import java.io.IOException;

/**
 * Streams a reader once and keeps, per data signal, the samples with indices in {@code [0, n)} and in
 * {@code [middleStart[s], middleStart[s] + n)}: what the cross-checks compare, without holding whole signals.
 */
final class SignalSampler {

    final double[][] first;
    final double[][] middle;
    final long[] count;

    private SignalSampler(int signals, int n) {
        first = new double[signals][n];
        middle = new double[signals][n];
        count = new long[signals];
    }

    static SignalSampler sample(RecordingReader reader, int n, long[] middleStart) throws IOException {
        RecordingHeader h = reader.header();
        SignalSampler sampler = new SignalSampler(h.signalCount(), n);
        int max = h.signals().stream().mapToInt(SignalInfo::samplesPerRecord).max().orElse(1);
        double[] buf = new double[max];
        while (reader.nextRecord()) {
            for (int s : h.dataSignalIndices()) {
                int got = reader.readPhysical(s, buf, 0);
                for (int i = 0; i < got; i++) {
                    long k = sampler.count[s] + i;
                    if (k < n) {
                        sampler.first[s][(int) k] = buf[i];
                    }
                    long m = k - middleStart[s];
                    if (m >= 0 && m < n) {
                        sampler.middle[s][(int) m] = buf[i];
                    }
                }
                sampler.count[s] += got;
            }
        }
        return sampler;
    }
}
