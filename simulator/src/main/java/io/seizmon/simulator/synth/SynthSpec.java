package io.seizmon.simulator.synth;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a synthesis run generates: rate, duration, seed, channels, seizure schedule, artefact rates, mains frequency
 * and amplifier range. Every subject of a run shares the spec; each draws its own profile and schedule from
 * {@link #subjectSeed(int)}. See {@code docs/synthetic-eeg.md} for the model behind the parameters.
 *
 * <p>Build one with {@link #of} and the {@code with*} methods; the canonical constructor checks every argument
 * and throws {@link IllegalArgumentException} naming the parameter, its value and what is expected.
 *
 * @param sampleRateHz             samples per second per channel, {@value #MIN_SAMPLE_RATE_HZ} to
 *                                 {@value #MAX_SAMPLE_RATE_HZ}
 * @param durationSeconds          length of each subject's recording, &gt; 0 and at most
 *                                 {@value #MAX_DURATION_SECONDS} (31 days), at least one sample
 * @param seed                     the run's seed; subject {@code i}'s seed is {@link #subjectSeed(int)}
 * @param channelCount             channels per subject, 1 to {@value #MAX_CHANNEL_COUNT}; extra channels are
 *                                 correlated with the first but not identical
 * @param seizuresPerDay           mean seizure rate, &ge; 0 and below {@code 86400 / minSeizureSpacingSeconds}
 * @param minSeizureSeconds        shortest seizure, {@value #MIN_SEIZURE_SECONDS_LIMIT} to
 *                                 {@code maxSeizureSeconds}
 * @param maxSeizureSeconds        longest seizure, at most {@value #MAX_SEIZURE_SECONDS_LIMIT}
 * @param minSeizureSpacingSeconds least time from one seizure's onset to the next one's, 0 to 86400
 * @param eventsPerHour            mean rate per hour, 0 to {@value #MAX_EVENTS_PER_HOUR}, of every kind with
 *                                 {@link EventKind#ratePerHour()} (all of them, and only them)
 * @param mainsHz                  mains frequency, 50 or 60
 * @param amplifierRangeMicrovolts the amplifier clips at ± this, {@value #MIN_AMPLIFIER_RANGE_MICROVOLTS} to
 *                                 {@value #MAX_AMPLIFIER_RANGE_MICROVOLTS} µV; the EDF physical range
 */
public record SynthSpec(double sampleRateHz, double durationSeconds, long seed, int channelCount,
                        double seizuresPerDay, double minSeizureSeconds, double maxSeizureSeconds,
                        double minSeizureSpacingSeconds, Map<EventKind, Double> eventsPerHour, double mainsHz,
                        double amplifierRangeMicrovolts) {

    public static final double DEFAULT_SAMPLE_RATE_HZ = 1000;
    public static final double MIN_SAMPLE_RATE_HZ = 64;
    public static final double MAX_SAMPLE_RATE_HZ = 4000;
    public static final double DEFAULT_DURATION_SECONDS = 86_400;
    public static final double MAX_DURATION_SECONDS = 31 * 86_400;
    public static final long DEFAULT_SEED = 1;
    public static final int DEFAULT_CHANNEL_COUNT = 1;
    public static final int MAX_CHANNEL_COUNT = 64;
    public static final double DEFAULT_SEIZURES_PER_DAY = 6;
    public static final double DEFAULT_MIN_SEIZURE_SECONDS = 10;
    public static final double DEFAULT_MAX_SEIZURE_SECONDS = 120;
    public static final double MIN_SEIZURE_SECONDS_LIMIT = 2;
    public static final double MAX_SEIZURE_SECONDS_LIMIT = 600;
    public static final double DEFAULT_MIN_SEIZURE_SPACING_SECONDS = 600;
    public static final double DEFAULT_MOVEMENT_PER_HOUR = 3;
    public static final double DEFAULT_CHEWING_PER_HOUR = 2;
    public static final double DEFAULT_POP_PER_HOUR = 2;
    public static final double DEFAULT_MAINS_PER_HOUR = 0.5;
    public static final double DEFAULT_SATURATION_PER_HOUR = 0.5;
    public static final double DEFAULT_FLATLINE_PER_HOUR = 0.3;
    public static final double DEFAULT_SPINDLE_PER_HOUR = 3;
    public static final double DEFAULT_SPIKE_TRAIN_PER_HOUR = 3;
    public static final double MAX_EVENTS_PER_HOUR = 600;
    public static final double DEFAULT_MAINS_HZ = 50;
    public static final double DEFAULT_AMPLIFIER_RANGE_MICROVOLTS = 2000;
    public static final double MIN_AMPLIFIER_RANGE_MICROVOLTS = 200;
    public static final double MAX_AMPLIFIER_RANGE_MICROVOLTS = 100_000;

    private static final double SECONDS_PER_DAY = 86_400;

    public SynthSpec {
        SpecChecks.range("sampleRateHz", sampleRateHz, MIN_SAMPLE_RATE_HZ, MAX_SAMPLE_RATE_HZ);
        SpecChecks.positive("durationSeconds", durationSeconds, MAX_DURATION_SECONDS);
        if (Math.round(durationSeconds * sampleRateHz) < 1) {
            throw new IllegalArgumentException("durationSeconds: " + durationSeconds + " (expected: at least one "
                    + "sample at " + sampleRateHz + " Hz)");
        }
        if (channelCount < 1 || channelCount > MAX_CHANNEL_COUNT) {
            throw new IllegalArgumentException("channelCount: " + channelCount + " (expected: 1 to "
                    + MAX_CHANNEL_COUNT + ")");
        }
        SpecChecks.range("minSeizureSeconds", minSeizureSeconds, MIN_SEIZURE_SECONDS_LIMIT, MAX_SEIZURE_SECONDS_LIMIT);
        SpecChecks.range("maxSeizureSeconds", maxSeizureSeconds, minSeizureSeconds, MAX_SEIZURE_SECONDS_LIMIT);
        SpecChecks.range("minSeizureSpacingSeconds", minSeizureSpacingSeconds, 0, SECONDS_PER_DAY);
        double maxPerDay = minSeizureSpacingSeconds > 0 ? SECONDS_PER_DAY / minSeizureSpacingSeconds
                : Double.POSITIVE_INFINITY;
        if (!(seizuresPerDay >= 0 && seizuresPerDay < maxPerDay && Double.isFinite(seizuresPerDay))) {
            throw new IllegalArgumentException("seizuresPerDay: " + seizuresPerDay + " (expected: >= 0 and < 86400 / "
                    + "minSeizureSpacingSeconds = " + maxPerDay + ")");
        }
        eventsPerHour = SpecChecks.rates(eventsPerHour, MAX_EVENTS_PER_HOUR);
        if (mainsHz != 50 && mainsHz != 60) {
            throw new IllegalArgumentException("mainsHz: " + mainsHz + " (expected: 50 or 60)");
        }
        SpecChecks.range("amplifierRangeMicrovolts", amplifierRangeMicrovolts, MIN_AMPLIFIER_RANGE_MICROVOLTS,
                MAX_AMPLIFIER_RANGE_MICROVOLTS);
    }

    /** Returns a spec with every other parameter at its default. */
    public static SynthSpec of(double sampleRateHz, double durationSeconds, long seed) {
        return new SynthSpec(sampleRateHz, durationSeconds, seed, DEFAULT_CHANNEL_COUNT, DEFAULT_SEIZURES_PER_DAY,
                DEFAULT_MIN_SEIZURE_SECONDS, DEFAULT_MAX_SEIZURE_SECONDS, DEFAULT_MIN_SEIZURE_SPACING_SECONDS,
                defaultEventsPerHour(), DEFAULT_MAINS_HZ, DEFAULT_AMPLIFIER_RANGE_MICROVOLTS);
    }

    /** The default rate per hour of every kind scheduled by rate. */
    public static Map<EventKind, Double> defaultEventsPerHour() {
        Map<EventKind, Double> rates = new EnumMap<>(EventKind.class);
        rates.put(EventKind.MOVEMENT, DEFAULT_MOVEMENT_PER_HOUR);
        rates.put(EventKind.CHEWING, DEFAULT_CHEWING_PER_HOUR);
        rates.put(EventKind.POP, DEFAULT_POP_PER_HOUR);
        rates.put(EventKind.MAINS, DEFAULT_MAINS_PER_HOUR);
        rates.put(EventKind.SATURATION, DEFAULT_SATURATION_PER_HOUR);
        rates.put(EventKind.FLATLINE, DEFAULT_FLATLINE_PER_HOUR);
        rates.put(EventKind.SPINDLE, DEFAULT_SPINDLE_PER_HOUR);
        rates.put(EventKind.SPIKE_TRAIN, DEFAULT_SPIKE_TRAIN_PER_HOUR);
        return Collections.unmodifiableMap(rates);
    }

    /** Number of samples per channel: {@code round(durationSeconds * sampleRateHz)}. */
    public long totalSamples() {
        return Math.round(durationSeconds * sampleRateHz);
    }

    /** The seed of subject {@code subjectIndex} (0-based): a mix of the run's seed and the index. */
    public long subjectSeed(int subjectIndex) {
        if (subjectIndex < 0) {
            throw new IllegalArgumentException("subjectIndex: " + subjectIndex + " (expected: >= 0)");
        }
        return Rng.derive(seed, subjectIndex);
    }

    /** Mean rate per hour of {@code kind} (0 for kinds not scheduled by rate). */
    public double eventsPerHour(EventKind kind) {
        return eventsPerHour.getOrDefault(Objects.requireNonNull(kind, "kind"), 0.0);
    }

    public SynthSpec withSampleRateHz(double hz) {
        return new SynthSpec(hz, durationSeconds, seed, channelCount, seizuresPerDay, minSeizureSeconds,
                maxSeizureSeconds, minSeizureSpacingSeconds, eventsPerHour, mainsHz, amplifierRangeMicrovolts);
    }

    public SynthSpec withDurationSeconds(double seconds) {
        return new SynthSpec(sampleRateHz, seconds, seed, channelCount, seizuresPerDay, minSeizureSeconds,
                maxSeizureSeconds, minSeizureSpacingSeconds, eventsPerHour, mainsHz, amplifierRangeMicrovolts);
    }

    public SynthSpec withSeed(long newSeed) {
        return new SynthSpec(sampleRateHz, durationSeconds, newSeed, channelCount, seizuresPerDay, minSeizureSeconds,
                maxSeizureSeconds, minSeizureSpacingSeconds, eventsPerHour, mainsHz, amplifierRangeMicrovolts);
    }

    public SynthSpec withChannelCount(int channels) {
        return new SynthSpec(sampleRateHz, durationSeconds, seed, channels, seizuresPerDay, minSeizureSeconds,
                maxSeizureSeconds, minSeizureSpacingSeconds, eventsPerHour, mainsHz, amplifierRangeMicrovolts);
    }

    public SynthSpec withSeizuresPerDay(double perDay) {
        return new SynthSpec(sampleRateHz, durationSeconds, seed, channelCount, perDay, minSeizureSeconds,
                maxSeizureSeconds, minSeizureSpacingSeconds, eventsPerHour, mainsHz, amplifierRangeMicrovolts);
    }

    public SynthSpec withSeizureSeconds(double minSeconds, double maxSeconds) {
        return new SynthSpec(sampleRateHz, durationSeconds, seed, channelCount, seizuresPerDay, minSeconds,
                maxSeconds, minSeizureSpacingSeconds, eventsPerHour, mainsHz, amplifierRangeMicrovolts);
    }

    public SynthSpec withMinSeizureSpacingSeconds(double seconds) {
        return new SynthSpec(sampleRateHz, durationSeconds, seed, channelCount, seizuresPerDay, minSeizureSeconds,
                maxSeizureSeconds, seconds, eventsPerHour, mainsHz, amplifierRangeMicrovolts);
    }

    /** Returns this spec with {@code kind} scheduled at {@code perHour}; the other rates are kept. */
    public SynthSpec withEventsPerHour(EventKind kind, double perHour) {
        Map<EventKind, Double> rates = new EnumMap<>(eventsPerHour);
        rates.put(Objects.requireNonNull(kind, "kind"), perHour);
        return new SynthSpec(sampleRateHz, durationSeconds, seed, channelCount, seizuresPerDay, minSeizureSeconds,
                maxSeizureSeconds, minSeizureSpacingSeconds, rates, mainsHz, amplifierRangeMicrovolts);
    }

    public SynthSpec withMainsHz(double hz) {
        return new SynthSpec(sampleRateHz, durationSeconds, seed, channelCount, seizuresPerDay, minSeizureSeconds,
                maxSeizureSeconds, minSeizureSpacingSeconds, eventsPerHour, hz, amplifierRangeMicrovolts);
    }

    public SynthSpec withAmplifierRangeMicrovolts(double microvolts) {
        return new SynthSpec(sampleRateHz, durationSeconds, seed, channelCount, seizuresPerDay, minSeizureSeconds,
                maxSeizureSeconds, minSeizureSpacingSeconds, eventsPerHour, mainsHz, microvolts);
    }
}
