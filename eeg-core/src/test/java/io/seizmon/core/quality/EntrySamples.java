package io.seizmon.core.quality;

import io.seizmon.core.dataset.DatasetEntry;
import io.seizmon.core.recording.RecordingReader;
import java.io.IOException;
import java.util.Arrays;

/** Reads one dataset entry's channel completely into memory (the public datasets are small or decimated). */
final class EntrySamples {

    private EntrySamples() {
    }

    static double[] read(DatasetEntry entry) throws IOException {
        try (RecordingReader reader = entry.open()) {
            double[] all = new double[1 << 16];
            double[] record = new double[reader.header().signal(entry.channel()).samplesPerRecord()];
            int count = 0;
            while (reader.nextRecord()) {
                int n = reader.readPhysical(entry.channel(), record, 0);
                if (count + n > all.length) {
                    all = Arrays.copyOf(all, Math.max(2 * all.length, count + n));
                }
                System.arraycopy(record, 0, all, count, n);
                count += n;
            }
            return Arrays.copyOf(all, count);
        }
    }
}
