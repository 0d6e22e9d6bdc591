package io.seizmon.simulator.live;

import io.seizmon.core.wire.FrameLimits;
import io.seizmon.simulator.pacing.ChunkSchedule;
import io.seizmon.simulator.pacing.ReplaySpeed;
import io.seizmon.simulator.source.SampleSource;

/** Checks, before anything is published, that a source's frames fit the wire format's limits. */
final class StreamShape {

    private StreamShape() {
    }

    /**
     * Returns the schedule of {@code source}'s frames.
     *
     * @throws IllegalArgumentException naming the source, the limit and what to change
     */
    static ChunkSchedule schedule(SampleSource source, int chunkMillis, ReplaySpeed speed) {
        ChunkSchedule schedule;
        try {
            schedule = new ChunkSchedule(source.sampleRateHz(), chunkMillis, speed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source.name() + ": " + e.getMessage(), e);
        }
        check(source, schedule);
        return schedule;
    }

    private static void check(SampleSource source, ChunkSchedule schedule) {
        int channels = source.channelLabels().size();
        int perChunk = schedule.maxSamplesPerChunk();
        String problem = null;
        if (channels < 1 || channels > FrameLimits.MAX_CHANNELS) {
            problem = channels + " channels (expected: 1.." + FrameLimits.MAX_CHANNELS + ")";
        } else if (perChunk > FrameLimits.MAX_SAMPLES_PER_CHANNEL
                || (long) perChunk * channels > FrameLimits.MAX_TOTAL_SAMPLES) {
            problem = "frames of " + perChunk + " samples x " + channels + " channels (expected: at most "
                    + FrameLimits.MAX_SAMPLES_PER_CHANNEL + " samples per channel and " + FrameLimits.MAX_TOTAL_SAMPLES
                    + " in all; lower --chunk-ms)";
        } else if (schedule.sampleRateHz() < FrameLimits.MIN_SAMPLE_RATE_HZ
                || schedule.sampleRateHz() > FrameLimits.MAX_SAMPLE_RATE_HZ) {
            problem = "sample rate " + schedule.sampleRateHz() + " Hz (expected: 1..100000)";
        }
        if (problem != null) {
            throw new IllegalArgumentException(source.name() + ": " + problem);
        }
    }
}
