package io.seizmon.simulator.live;

import io.seizmon.core.wire.SampleEncoding;
import io.seizmon.simulator.pacing.ReplayClock;
import io.seizmon.simulator.pacing.ReplaySpeed;
import io.seizmon.simulator.publish.BrokerOptions;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link LiveStreamer} publishes streams. Build with {@link #builder()}; unset values are the defaults.
 *
 * @param broker        where to publish
 * @param speed         recording seconds per wall second, or {@link ReplaySpeed#MAX}
 * @param chunkMillis   recording time per frame, ms, &ge; 1 (frames hold {@code chunkMillis × rate / 1000} samples
 *                      per channel, rounded per frame from cumulative indices)
 * @param encoding      frame sample encoding: float32 (exact) or int16 (per-frame scaling, half a step of error)
 * @param loop          at the end of a source, open it again and go on (one continuous stream)
 * @param progress      print a progress line on the error stream once per second
 * @param quiet         print no summary at the end
 * @param clock         the clock pacing the streams
 * @param flushTimeout  how long to wait at the end for the broker to acknowledge what was published, &gt; 0
 */
public record StreamOptions(BrokerOptions broker, ReplaySpeed speed, int chunkMillis, SampleEncoding encoding,
                            boolean loop, boolean progress, boolean quiet, ReplayClock clock,
                            Duration flushTimeout) {

    /** Default recording time per frame. */
    public static final int DEFAULT_CHUNK_MILLIS = 100;
    /** Default wait for the last acknowledgements. */
    public static final Duration DEFAULT_FLUSH_TIMEOUT = Duration.ofSeconds(30);

    /** @throws IllegalArgumentException naming the first invalid component */
    public StreamOptions {
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(speed, "speed");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(flushTimeout, "flushTimeout");
        if (chunkMillis < 1) {
            throw new IllegalArgumentException("chunkMillis: " + chunkMillis + " (expected: >= 1)");
        }
        if (flushTimeout.isNegative() || flushTimeout.isZero()) {
            throw new IllegalArgumentException("flushTimeout: " + flushTimeout + " (expected: > 0)");
        }
    }

    /** Returns a builder holding the defaults: local broker, 1×, 100 ms, float32, once, silent, system clock. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link StreamOptions}; not thread-safe. */
    public static final class Builder {
        private BrokerOptions broker = BrokerOptions.of(BrokerOptions.DEFAULT_URL);
        private ReplaySpeed speed = ReplaySpeed.REAL_TIME;
        private int chunkMillis = DEFAULT_CHUNK_MILLIS;
        private SampleEncoding encoding = SampleEncoding.FLOAT32;
        private boolean loop;
        private boolean progress;
        private boolean quiet;
        private ReplayClock clock = ReplayClock.system();
        private Duration flushTimeout = DEFAULT_FLUSH_TIMEOUT;

        private Builder() {
        }

        /** Sets the broker. */
        public Builder broker(BrokerOptions value) {
            this.broker = value;
            return this;
        }

        /** Sets the speed. */
        public Builder speed(ReplaySpeed value) {
            this.speed = value;
            return this;
        }

        /** Sets the recording time per frame, ms. */
        public Builder chunkMillis(int value) {
            this.chunkMillis = value;
            return this;
        }

        /** Sets the sample encoding of frames. */
        public Builder encoding(SampleEncoding value) {
            this.encoding = value;
            return this;
        }

        /** Sets whether sources are looped. */
        public Builder loop(boolean value) {
            this.loop = value;
            return this;
        }

        /** Sets whether a progress line is printed. */
        public Builder progress(boolean value) {
            this.progress = value;
            return this;
        }

        /** Sets whether the summary is left out. */
        public Builder quiet(boolean value) {
            this.quiet = value;
            return this;
        }

        /** Sets the pacing clock. */
        public Builder clock(ReplayClock value) {
            this.clock = value;
            return this;
        }

        /** Sets the wait for the last acknowledgements. */
        public Builder flushTimeout(Duration value) {
            this.flushTimeout = value;
            return this;
        }

        /** @throws IllegalArgumentException naming the first invalid value */
        public StreamOptions build() {
            return new StreamOptions(broker, speed, chunkMillis, encoding, loop, progress, quiet, clock, flushTimeout);
        }
    }
}
